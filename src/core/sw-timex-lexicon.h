/* sw-timex-lexicon.h: the words the temporal tagger knows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Words are data: tables of names, units, numbers and cue words, looked
 * up in lower case through one hash table built on first use.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SW_UNIT_NONE,
  SW_UNIT_SECOND,
  SW_UNIT_MINUTE,
  SW_UNIT_HOUR,
  SW_UNIT_DAY,
  SW_UNIT_WEEKEND,
  SW_UNIT_WEEK,
  SW_UNIT_FORTNIGHT,
  SW_UNIT_MONTH,
  SW_UNIT_QUARTER,
  SW_UNIT_YEAR,
  SW_UNIT_DECADE,
  SW_UNIT_CENTURY,
  SW_UNIT_MILLENNIUM,
} SwUnit;

typedef enum
{
  SW_KW_NONE,
  /* function words the patterns use */
  SW_KW_THE, SW_KW_A, SW_KW_OF, SW_KW_AND, SW_KW_OR, SW_KW_TO, SW_KW_FROM,
  SW_KW_BETWEEN, SW_KW_THROUGH, SW_KW_UNTIL, SW_KW_IN, SW_KW_ON, SW_KW_AT,
  SW_KW_BY, SW_KW_FOR, SW_KW_WITHIN, SW_KW_DURING, SW_KW_SINCE, SW_KW_OVER,
  SW_KW_UNDER, SW_KW_THAN, SW_KW_LEAST, SW_KW_MOST, SW_KW_UP, SW_KW_OTHER,
  /* deictic and anaphoric */
  SW_KW_THIS, SW_KW_THAT, SW_KW_THESE, SW_KW_LAST, SW_KW_NEXT, SW_KW_PAST,
  SW_KW_COMING, SW_KW_PREVIOUS, SW_KW_FOLLOWING, SW_KW_SAME, SW_KW_FIRST,
  SW_KW_FINAL, SW_KW_ANOTHER,
  SW_KW_AGO, SW_KW_LATER, SW_KW_EARLIER, SW_KW_BEFORE, SW_KW_AFTER,
  /* position inside a period */
  SW_KW_EARLY, SW_KW_LATE, SW_KW_MID, SW_KW_MIDDLE, SW_KW_BEGINNING,
  SW_KW_START, SW_KW_END, SW_KW_LATTER,
  /* quantity modifiers */
  SW_KW_ABOUT, SW_KW_ALMOST, SW_KW_MORE, SW_KW_LESS, SW_KW_JUST, SW_KW_CLOSE,
  SW_KW_WELL,
  /* deictic words */
  SW_KW_TODAY, SW_KW_YESTERDAY, SW_KW_TOMORROW, SW_KW_TONIGHT,
  SW_KW_OVERNIGHT, SW_KW_NOON, SW_KW_MIDNIGHT,
  SW_KW_VAGUE,          /* a word that is a vague reference alone: "now" */
  SW_KW_RECENT, SW_KW_FUTURE, SW_KW_PRESENT, SW_KW_CURRENT, SW_KW_RIGHT,
  SW_KW_TIME, SW_KW_BEING, SW_KW_DAYS_LIKE,
  /* sets */
  SW_KW_EVERY, SW_KW_PER, SW_KW_ONCE, SW_KW_TWICE, SW_KW_TIMES,
  SW_KW_SETWORD,        /* "daily", "annually": a set alone */
  SW_KW_HOLIDAY,        /* opens the name of a holiday: "Christmas", "Halloween" */
  /* counting */
  SW_KW_FISCAL, SW_KW_HALF, SW_KW_SEVERAL, SW_KW_FEW, SW_KW_MANY, SW_KW_COUPLE,
  SW_KW_DOZEN, SW_KW_SOME, SW_KW_COUNTADJ, /* "consecutive", "straight", "full" */
  /* clock */
  SW_KW_AM, SW_KW_PM, SW_KW_HRS, SW_KW_TZ, SW_KW_OCLOCK,
  /* eras */
  SW_KW_BC, SW_KW_AD,
  SW_KW_LONG, SW_KW_OLD,
  SW_KW_WAS_LIKE,
} SwKeyword;

typedef enum
{
  SW_TENSE_NONE,
  SW_TENSE_PAST,
  SW_TENSE_FUTURE,
  SW_TENSE_PRESENT,
} SwTense;

typedef struct
{
  guint8       kw;        /* SwKeyword */
  gint8        month;     /* 1..12 */
  gint8        weekday;   /* 1..7, Monday first */
  gint8        unit;      /* SwUnit */
  gint8        plural;    /* the unit in the plural */
  gint8        season;    /* 1 spring .. 4 winter */
  gint8        pod;       /* 1 morning, 2 afternoon, 3 evening, 4 night, 5 daytime */
  gint8        abbr;      /* an abbreviated month or weekday */
  gint8        ord;       /* ordinal value: "third" = 3 */
  gint8        tense;     /* SwTense cue */
  gint8        floating;  /* the first word of a holiday whose date moves */
  gint16       num;       /* cardinal value or -1 */
  const char  *value;     /* zone offset, vague value or set value */
} SwLex;

/* Longest word in the lexicon, in bytes: longer words need no lookup. */
#define SW_LEX_MAX_WORD 16

/* FNV-1a, one byte at a time */
#define SW_LEX_HASH_INIT 2166136261u
#define SW_LEX_HASH_STEP(h, c) (((h) ^ (guint8)(c)) * 16777619u)

typedef void (*SwLexForeachFunc) (const char  *lower_word,
                                  guint        len,
                                  guint        id,
                                  gpointer     user_data);

const SwLex *sw_lex_lookup        (const char *lower_word);
void         sw_lex_foreach       (SwLexForeachFunc func,
                                   gpointer         user_data);
const SwLex *sw_lex_from_id       (guint            id);
const SwLex *sw_lex_lookup_hashed (const char *lower_word,
                                   guint       len,
                                   guint32     hash);

G_END_DECLS
