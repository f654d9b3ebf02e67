#include "CGlossaICU.h"

#include <unicode/uspoof.h>

_Static_assert(GLOSSA_SPOOF_SINGLE_SCRIPT_CONFUSABLE == USPOOF_SINGLE_SCRIPT_CONFUSABLE,
               "spoof mirror is stale");
_Static_assert(GLOSSA_SPOOF_MIXED_SCRIPT_CONFUSABLE == USPOOF_MIXED_SCRIPT_CONFUSABLE,
               "spoof mirror is stale");
_Static_assert(GLOSSA_SPOOF_WHOLE_SCRIPT_CONFUSABLE == USPOOF_WHOLE_SCRIPT_CONFUSABLE,
               "spoof mirror is stale");
_Static_assert(GLOSSA_SPOOF_RESTRICTION_LEVEL == USPOOF_RESTRICTION_LEVEL, "spoof mirror is stale");
_Static_assert(GLOSSA_SPOOF_MIXED_NUMBERS == USPOOF_MIXED_NUMBERS, "spoof mirror is stale");

glossa_spoof *glossa_spoof_open(glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  USpoofChecker *handle = uspoof_open(&code);
  if (U_SUCCESS(code)) {
    uspoof_setChecks(handle, USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS, &code);
    uspoof_setRestrictionLevel(handle, USPOOF_SINGLE_SCRIPT_RESTRICTIVE);
  }
  if (U_FAILURE(code) && handle != NULL) {
    uspoof_close(handle);
    handle = NULL;
  }
  *status = code;
  return (glossa_spoof *)handle;
}

void glossa_spoof_close(glossa_spoof *spoof) {
  if (spoof != NULL) uspoof_close((USpoofChecker *)spoof);
}

int32_t glossa_spoof_check(const glossa_spoof *spoof, const uint16_t *text, int32_t length,
                           glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t result = uspoof_check2((const USpoofChecker *)spoof, (const UChar *)text, length, NULL,
                                 &code);
  *status = code;
  return result;
}

int32_t glossa_spoof_skeleton(const glossa_spoof *spoof, const uint16_t *text, int32_t length,
                              uint16_t *dest, int32_t capacity, glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t needed = uspoof_getSkeleton((const USpoofChecker *)spoof, 0, (const UChar *)text, length,
                                      (UChar *)dest, capacity, &code);
  *status = code;
  return needed;
}
