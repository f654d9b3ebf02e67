#include "CGlossaICU.h"

#include <unicode/ucasemap.h>

glossa_casemap *glossa_casemap_open(const char *locale, glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  UCaseMap *handle = ucasemap_open(locale, 0, &code);
  *status = code;
  return (glossa_casemap *)handle;
}

void glossa_casemap_close(glossa_casemap *casemap) {
  if (casemap != NULL) ucasemap_close((UCaseMap *)casemap);
}

int32_t glossa_casemap_apply(glossa_casemap *casemap, glossa_case_operation operation,
                             const char *source, int32_t length, char *dest, int32_t capacity,
                             glossa_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  UCaseMap *map = (UCaseMap *)casemap;
  int32_t needed = 0;
  switch (operation) {
    case GLOSSA_CASE_LOWER:
      needed = ucasemap_utf8ToLower(map, dest, capacity, source, length, &code);
      break;
    case GLOSSA_CASE_UPPER:
      needed = ucasemap_utf8ToUpper(map, dest, capacity, source, length, &code);
      break;
    case GLOSSA_CASE_TITLE:
      needed = ucasemap_utf8ToTitle(map, dest, capacity, source, length, &code);
      break;
    case GLOSSA_CASE_FOLD:
      needed = ucasemap_utf8FoldCase(map, dest, capacity, source, length, &code);
      break;
    default:
      code = U_ILLEGAL_ARGUMENT_ERROR;
      break;
  }
  *status = code;
  return needed;
}
