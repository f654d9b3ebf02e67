#include "CGlossaICU.h"

#include <unicode/unorm2.h>

const glossa_normalizer *glossa_normalizer_get(glossa_normalization_form form,
                                               glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *instance = NULL;
  switch (form) {
    case GLOSSA_NFC: instance = unorm2_getNFCInstance(&code); break;
    case GLOSSA_NFD: instance = unorm2_getNFDInstance(&code); break;
    case GLOSSA_NFKC: instance = unorm2_getNFKCInstance(&code); break;
    case GLOSSA_NFKD: instance = unorm2_getNFKDInstance(&code); break;
    case GLOSSA_NFKC_CASEFOLD: instance = unorm2_getNFKCCasefoldInstance(&code); break;
    default: code = U_ILLEGAL_ARGUMENT_ERROR; break;
  }
  *status = code;
  return (const glossa_normalizer *)instance;
}

int32_t glossa_normalizer_normalize(const glossa_normalizer *normalizer, const uint16_t *source,
                                    int32_t length, uint16_t *dest, int32_t capacity,
                                    glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t needed = unorm2_normalize((const UNormalizer2 *)normalizer, (const UChar *)source,
                                    length, (UChar *)dest, capacity, &code);
  *status = code;
  return needed;
}

int32_t glossa_normalizer_span_quick_check_yes(const glossa_normalizer *normalizer,
                                               const uint16_t *source, int32_t length,
                                               glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t span = unorm2_spanQuickCheckYes((const UNormalizer2 *)normalizer, (const UChar *)source,
                                          length, &code);
  *status = code;
  return span;
}
