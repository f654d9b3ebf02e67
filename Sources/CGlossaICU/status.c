#include "CGlossaICU.h"

#include <unicode/uchar.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar is not 16 bits");
_Static_assert(sizeof(UErrorCode) == sizeof(glossa_status), "UErrorCode is not 32 bits");
_Static_assert(GLOSSA_STATUS_ZERO_ERROR == U_ZERO_ERROR, "status mirror is stale");
_Static_assert(GLOSSA_STATUS_ILLEGAL_ARGUMENT == U_ILLEGAL_ARGUMENT_ERROR, "status mirror is stale");
_Static_assert(GLOSSA_STATUS_INDEX_OUTOFBOUNDS == U_INDEX_OUTOFBOUNDS_ERROR, "status mirror is stale");
_Static_assert(GLOSSA_STATUS_INVALID_CHAR_FOUND == U_INVALID_CHAR_FOUND, "status mirror is stale");
_Static_assert(GLOSSA_STATUS_BUFFER_OVERFLOW == U_BUFFER_OVERFLOW_ERROR, "status mirror is stale");
_Static_assert(GLOSSA_STATUS_STRING_NOT_TERMINATED == U_STRING_NOT_TERMINATED_WARNING,
               "status mirror is stale");

const char *glossa_status_name(glossa_status status) {
  return u_errorName((UErrorCode)status);
}

const char *glossa_icu_version(void) {
  static char text[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo version;
  u_getVersion(version);
  u_versionToString(version, text);
  return text;
}
