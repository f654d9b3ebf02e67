/*
 * CGlossaICU: the only code in Glossa that includes ICU headers.
 *
 * This header is plain C with <stdint.h> types and opaque structs, so Swift never
 * sees ICU's versioned symbol macros (utrans_openU -> utrans_openU_72) or its
 * headers. Every function carries the glossa_ prefix. The .c files tie the
 * mirrored constants to ICU with _Static_assert.
 *
 * Status values mirror ICU's UErrorCode: 0 is success, negative values are
 * warnings, positive values are errors.
 */
#ifndef CGLOSSA_ICU_H
#define CGLOSSA_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#pragma clang assume_nonnull begin

typedef int32_t glossa_status;

#define GLOSSA_STATUS_ZERO_ERROR 0
#define GLOSSA_STATUS_ILLEGAL_ARGUMENT 1
#define GLOSSA_STATUS_INDEX_OUTOFBOUNDS 8
#define GLOSSA_STATUS_INVALID_CHAR_FOUND 10
#define GLOSSA_STATUS_BUFFER_OVERFLOW 15
#define GLOSSA_STATUS_STRING_NOT_TERMINATED (-124)

/* ---- status ---------------------------------------------------------------------------- */

/** The ICU name of a status code, such as "U_BUFFER_OVERFLOW_ERROR". Never NULL. */
const char *glossa_status_name(glossa_status status);

/** The ICU library version, such as "72.1". Never NULL. */
const char *glossa_icu_version(void);

/* ---- transliteration (utrans) ---------------------------------------------------------- */

typedef struct glossa_translit glossa_translit;

/** Opens a system transform by identifier, such as "Greek-Latin/UNGEGN". */
glossa_translit *_Nullable glossa_translit_open(const uint16_t *id, int32_t id_length,
                                                glossa_status *status);

/**
 * Compiles a transform from ICU rule text. On a syntax error, `error_line` and
 * `error_offset` receive ICU's parse position (the line is 0 when unknown).
 */
glossa_translit *_Nullable glossa_translit_open_rules(const uint16_t *id, int32_t id_length,
                                                      const uint16_t *rules, int32_t rules_length,
                                                      int32_t *error_line, int32_t *error_offset,
                                                      glossa_status *status);

void glossa_translit_close(glossa_translit *_Nullable translit);

/**
 * Transliterates `text[0..<length]` in place. Returns the new length. When the
 * result does not fit in `capacity`, the status is GLOSSA_STATUS_BUFFER_OVERFLOW
 * and the buffer holds a truncated result: retry from the original input.
 */
int32_t glossa_translit_apply(const glossa_translit *translit, uint16_t *text, int32_t length,
                              int32_t capacity, glossa_status *status);

/* ---- normalization (unorm2) ------------------------------------------------------------ */

typedef struct glossa_normalizer glossa_normalizer;

/** Normalization forms, matching ICU's getNFCInstance() and friends. */
typedef enum glossa_normalization_form {
  GLOSSA_NFC = 0,
  GLOSSA_NFD = 1,
  GLOSSA_NFKC = 2,
  GLOSSA_NFKD = 3,
  GLOSSA_NFKC_CASEFOLD = 4,
} glossa_normalization_form;

/** Returns ICU's shared, thread-safe instance for `form`. The caller must not close it. */
const glossa_normalizer *_Nullable glossa_normalizer_get(glossa_normalization_form form,
                                                         glossa_status *status);

/** Writes the normalized form of `source` into `dest`; returns the full length needed. */
int32_t glossa_normalizer_normalize(const glossa_normalizer *normalizer, const uint16_t *source,
                                    int32_t length, uint16_t *_Nullable dest, int32_t capacity,
                                    glossa_status *status);

/** Returns the length of the prefix of `source` that is certainly normalized already. */
int32_t glossa_normalizer_span_quick_check_yes(const glossa_normalizer *normalizer,
                                               const uint16_t *source, int32_t length,
                                               glossa_status *status);

/* ---- case mapping (ucasemap, UTF-8) ------------------------------------------------------ */

typedef struct glossa_casemap glossa_casemap;

/** Opens a case mapper for a locale such as "el" (Greek upper-casing drops accents). */
glossa_casemap *_Nullable glossa_casemap_open(const char *locale, glossa_status *status);
void glossa_casemap_close(glossa_casemap *_Nullable casemap);

typedef enum glossa_case_operation {
  GLOSSA_CASE_LOWER = 0,
  GLOSSA_CASE_UPPER = 1,
  GLOSSA_CASE_TITLE = 2,
  GLOSSA_CASE_FOLD = 3,
} glossa_case_operation;

/** Maps UTF-8 `source` into `dest`; returns the full length needed in bytes. */
int32_t glossa_casemap_apply(glossa_casemap *casemap, glossa_case_operation operation,
                             const char *source, int32_t length, char *_Nullable dest,
                             int32_t capacity, glossa_status *status);

/* ---- break iteration (ubrk) ------------------------------------------------------------ */

typedef struct glossa_breakiter glossa_breakiter;

typedef enum glossa_break_kind {
  GLOSSA_BREAK_WORD = 1,
  GLOSSA_BREAK_SENTENCE = 3,
} glossa_break_kind;

#define GLOSSA_BREAK_DONE (-1)

/**
 * Opens a break iterator for `locale` (such as "el" or "en@ss=standard") over `text`.
 * ICU keeps a pointer to `text`: it must stay alive and unchanged until the iterator
 * is closed or given new text.
 */
glossa_breakiter *_Nullable glossa_breakiter_open(glossa_break_kind kind, const char *locale,
                                                  const uint16_t *_Nullable text, int32_t length,
                                                  glossa_status *status);
void glossa_breakiter_close(glossa_breakiter *_Nullable iterator);
void glossa_breakiter_set_text(glossa_breakiter *iterator, const uint16_t *_Nullable text,
                               int32_t length, glossa_status *status);
int32_t glossa_breakiter_first(glossa_breakiter *iterator);
int32_t glossa_breakiter_next(glossa_breakiter *iterator);
/** The rule status of the boundary last returned (ICU's UWordBreak ranges for words). */
int32_t glossa_breakiter_rule_status(const glossa_breakiter *iterator);

/* ---- confusables (uspoof) -------------------------------------------------------------- */

typedef struct glossa_spoof glossa_spoof;

#define GLOSSA_SPOOF_SINGLE_SCRIPT_CONFUSABLE 1
#define GLOSSA_SPOOF_MIXED_SCRIPT_CONFUSABLE 2
#define GLOSSA_SPOOF_WHOLE_SCRIPT_CONFUSABLE 4
#define GLOSSA_SPOOF_RESTRICTION_LEVEL 16
#define GLOSSA_SPOOF_MIXED_NUMBERS 128

glossa_spoof *_Nullable glossa_spoof_open(glossa_status *status);
void glossa_spoof_close(glossa_spoof *_Nullable spoof);
/** Runs the restriction-level and mixed-number checks; returns ICU's check bit set. */
int32_t glossa_spoof_check(const glossa_spoof *spoof, const uint16_t *text, int32_t length,
                           glossa_status *status);
/** Writes the confusable skeleton of `text`; returns the full length needed. */
int32_t glossa_spoof_skeleton(const glossa_spoof *spoof, const uint16_t *text, int32_t length,
                              uint16_t *_Nullable dest, int32_t capacity, glossa_status *status);

/* ---- character properties (uchar, uscript) ------------------------------------------------ */

#define GLOSSA_SCRIPT_COMMON 0
#define GLOSSA_SCRIPT_INHERITED 1
#define GLOSSA_SCRIPT_CYRILLIC 8
#define GLOSSA_SCRIPT_GREEK 14
#define GLOSSA_SCRIPT_LATIN 25

/** The Unicode Script property of a code point (ICU's UScriptCode). */
int32_t glossa_script(int32_t code_point);

#pragma clang assume_nonnull end

#ifdef __cplusplus
}
#endif

#endif /* CGLOSSA_ICU_H */
