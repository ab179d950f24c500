/*
 * math.h - hvcilint's compact stand-in for the C runtime <math.h>.
 *
 * Written for hvcilint from public facts (the C library signatures and
 * the Microsoft "Math constants" page: the M_* names appear when
 * _USE_MATH_DEFINES is defined before the include), not taken from the
 * WDK or any CRT.  Only reached when no C runtime is on the include path.
 * Declares the double and float forms of the common elementary functions.
 * Left out: long double forms, classification macros, error handling
 * (errno, matherr), the C99 extras.
 */
#pragma once
#ifndef _HVCILINT_MATH_H
#define _HVCILINT_MATH_H

#if defined(_MSC_VER) || defined(_MSC_EXTENSIONS)
#define _HVCILINT_MATHCC __cdecl
#else
#define _HVCILINT_MATHCC
#endif

#ifdef __cplusplus
extern "C" {
#endif

double _HVCILINT_MATHCC sin(double _X);
double _HVCILINT_MATHCC cos(double _X);
double _HVCILINT_MATHCC tan(double _X);
double _HVCILINT_MATHCC asin(double _X);
double _HVCILINT_MATHCC acos(double _X);
double _HVCILINT_MATHCC atan(double _X);
double _HVCILINT_MATHCC atan2(double _Y, double _X);
double _HVCILINT_MATHCC sinh(double _X);
double _HVCILINT_MATHCC cosh(double _X);
double _HVCILINT_MATHCC tanh(double _X);
double _HVCILINT_MATHCC exp(double _X);
double _HVCILINT_MATHCC log(double _X);
double _HVCILINT_MATHCC log10(double _X);
double _HVCILINT_MATHCC pow(double _X, double _Y);
double _HVCILINT_MATHCC sqrt(double _X);
double _HVCILINT_MATHCC floor(double _X);
double _HVCILINT_MATHCC ceil(double _X);
double _HVCILINT_MATHCC fabs(double _X);
double _HVCILINT_MATHCC fmod(double _X, double _Y);
double _HVCILINT_MATHCC modf(double _X, double *_Y);
double _HVCILINT_MATHCC frexp(double _X, int *_Y);
double _HVCILINT_MATHCC ldexp(double _X, int _Y);
float _HVCILINT_MATHCC sinf(float _X);
float _HVCILINT_MATHCC cosf(float _X);
float _HVCILINT_MATHCC tanf(float _X);
float _HVCILINT_MATHCC atan2f(float _Y, float _X);
float _HVCILINT_MATHCC expf(float _X);
float _HVCILINT_MATHCC logf(float _X);
float _HVCILINT_MATHCC log10f(float _X);
float _HVCILINT_MATHCC powf(float _X, float _Y);
float _HVCILINT_MATHCC sqrtf(float _X);
float _HVCILINT_MATHCC floorf(float _X);
float _HVCILINT_MATHCC ceilf(float _X);
float _HVCILINT_MATHCC fabsf(float _X);
float _HVCILINT_MATHCC fmodf(float _X, float _Y);
#ifndef _HVCILINT_ABS_DECLARED
int _HVCILINT_MATHCC abs(int _X);
long _HVCILINT_MATHCC labs(long _X);
#endif

#ifdef __cplusplus
}
#endif

#if defined(_USE_MATH_DEFINES) && !defined(_MATH_DEFINES_DEFINED)
#define _MATH_DEFINES_DEFINED
#define M_E        2.71828182845904523536
#define M_LOG2E    1.44269504088896340736
#define M_LOG10E   0.434294481903251827651
#define M_LN2      0.693147180559945309417
#define M_LN10     2.30258509299404568402
#define M_PI       3.14159265358979323846
#define M_PI_2     1.57079632679489661923
#define M_PI_4     0.785398163397448309616
#define M_1_PI     0.318309886183790671538
#define M_2_PI     0.636619772367581343076
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2    1.41421356237309504880
#define M_SQRT1_2  0.707106781186547524401
#endif

#endif /* _HVCILINT_MATH_H */
