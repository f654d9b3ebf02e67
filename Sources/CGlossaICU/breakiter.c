#include "CGlossaICU.h"

#include <unicode/ubrk.h>

_Static_assert((int)GLOSSA_BREAK_WORD == (int)UBRK_WORD, "break kind mirror is stale");
_Static_assert((int)GLOSSA_BREAK_SENTENCE == (int)UBRK_SENTENCE, "break kind mirror is stale");
_Static_assert(GLOSSA_BREAK_DONE == UBRK_DONE, "UBRK_DONE mirror is stale");

glossa_breakiter *glossa_breakiter_open(glossa_break_kind kind, const char *locale,
                                        const uint16_t *text, int32_t length,
                                        glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  UBreakIterator *handle =
      ubrk_open((UBreakIteratorType)kind, locale, (const UChar *)text, length, &code);
  *status = code;
  return (glossa_breakiter *)handle;
}

void glossa_breakiter_close(glossa_breakiter *iterator) {
  if (iterator != NULL) ubrk_close((UBreakIterator *)iterator);
}

void glossa_breakiter_set_text(glossa_breakiter *iterator, const uint16_t *text, int32_t length,
                               glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &code);
  *status = code;
}

int32_t glossa_breakiter_first(glossa_breakiter *iterator) {
  return ubrk_first((UBreakIterator *)iterator);
}

int32_t glossa_breakiter_next(glossa_breakiter *iterator) {
  return ubrk_next((UBreakIterator *)iterator);
}

int32_t glossa_breakiter_rule_status(const glossa_breakiter *iterator) {
  return ubrk_getRuleStatus((UBreakIterator *)iterator);
}
