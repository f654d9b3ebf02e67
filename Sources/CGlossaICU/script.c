#include "CGlossaICU.h"

#include <unicode/uscript.h>

_Static_assert(GLOSSA_SCRIPT_COMMON == USCRIPT_COMMON, "script mirror is stale");
_Static_assert(GLOSSA_SCRIPT_INHERITED == USCRIPT_INHERITED, "script mirror is stale");
_Static_assert(GLOSSA_SCRIPT_CYRILLIC == USCRIPT_CYRILLIC, "script mirror is stale");
_Static_assert(GLOSSA_SCRIPT_GREEK == USCRIPT_GREEK, "script mirror is stale");
_Static_assert(GLOSSA_SCRIPT_LATIN == USCRIPT_LATIN, "script mirror is stale");

int32_t glossa_script(int32_t code_point) {
  UErrorCode code = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(code_point, &code);
  return U_SUCCESS(code) ? (int32_t)script : GLOSSA_SCRIPT_COMMON;
}
