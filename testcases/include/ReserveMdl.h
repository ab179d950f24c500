/* Declares the reserve MDL volatile, where recover/msvc_volatile_redefinition.c
 * defines it without the qualifier; included there as "reservemdl.h". */
__volatile extern PMDL ReserveMdl;
