/*
 * excpt.h - hvcilint's compact stand-in for the structured-exception
 * helpers used with __try / __except.
 *
 * Written for hvcilint from public facts (names and values), not taken
 * from the WDK or the CRT.  Left out: EXCEPTION_DISPOSITION handlers,
 * _except_handler prototypes, the abnormal-termination helpers.
 */
#pragma once
#ifndef _HVCILINT_EXCPT_H
#define _HVCILINT_EXCPT_H

#define EXCEPTION_EXECUTE_HANDLER      1
#define EXCEPTION_CONTINUE_SEARCH      0
#define EXCEPTION_CONTINUE_EXECUTION (-1)

#if defined(_MSC_VER) || defined(_MSC_EXTENSIONS)
#  ifndef GetExceptionCode
#    define GetExceptionCode        _exception_code
#    define exception_code          _exception_code
#    define GetExceptionInformation (struct _EXCEPTION_POINTERS *)_exception_info
#    define exception_info          (struct _EXCEPTION_POINTERS *)_exception_info
#    define AbnormalTermination     _abnormal_termination
#  endif
/* The C spellings of the SEH keywords that driver sources use
 * (try { } except (...) { }, finally, leave); C++ keeps its own try. */
#  if !defined(__cplusplus) && !defined(try)
#    define try     __try
#    define except  __except
#    define finally __finally
#    define leave   __leave
#  endif
#endif

#endif /* _HVCILINT_EXCPT_H */
