#include "CGlossaICU.h"

#include <unicode/parseerr.h>
#include <unicode/utrans.h>

glossa_translit *glossa_translit_open(const uint16_t *id, int32_t id_length,
                                      glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  UTransliterator *handle =
      utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, NULL, &code);
  *status = code;
  return (glossa_translit *)handle;
}

glossa_translit *glossa_translit_open_rules(const uint16_t *id, int32_t id_length,
                                            const uint16_t *rules, int32_t rules_length,
                                            int32_t *error_line, int32_t *error_offset,
                                            glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  UParseError parse_error = {0};
  UTransliterator *handle = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD,
                                         (const UChar *)rules, rules_length, &parse_error, &code);
  *error_line = parse_error.line;
  *error_offset = parse_error.offset;
  *status = code;
  return (glossa_translit *)handle;
}

void glossa_translit_close(glossa_translit *translit) {
  if (translit != NULL) utrans_close((UTransliterator *)translit);
}

int32_t glossa_translit_apply(const glossa_translit *translit, uint16_t *text, int32_t length,
                              int32_t capacity, glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t text_length = length;
  int32_t limit = length;
  utrans_transUChars((const UTransliterator *)translit, (UChar *)text, &text_length, capacity, 0,
                     &limit, &code);
  *status = code;
  return text_length;
}
