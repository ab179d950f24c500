/* Found through the project's VC++ include directories ($(IncludePath)). */
#define VCINC_SEEN 1
