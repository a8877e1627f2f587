/* sw-timex.c: temporal expressions found and normalised in one pass
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is cut into sentences and tokens by one scan over its bytes;
 * words are looked up once in the lexicon; patterns are tried only where
 * a token could start an expression. Recognition (what the words say)
 * and resolution (which calendar day that is) are separate passes so that
 * the reference date can be inferred from the whole text before anything
 * relative is resolved against it.
 */
#define G_LOG_DOMAIN "sw-timex"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sw-timex.h"
#include "sw-timex-lexicon.h"

/* ------------------------------------------------------------------ */
/* Tokens */

typedef enum
{
  TK_WORD,
  TK_NUM,
  TK_PUNCT,
} TokKind;

typedef struct
{
  guint         start;
  guint         end;
  guint8        kind;
  guint8        space_before : 1; /* whitespace or a line start before it */
  guint8        cap : 1;          /* starts with an upper-case letter */
  guint8        lower : 1;        /* has a lower-case letter */
  guint8        ordinal : 1;      /* "18th" */
  guint8        decimal : 1;      /* "2.5", "1,460" */
  guint8        ndigits;
  char          ch;               /* TK_PUNCT: the ASCII it stands for */
  double        num;              /* TK_NUM */
  const SwLex  *lex;              /* TK_WORD: lexicon entry or NULL */
} Tok;

#define MAX_SENTENCE_TOKENS 400

typedef struct
{
  const char *text;
  Tok        *t;
  int         n;
  gboolean    allcaps;
  guint       index;              /* sentence number in the text */
  guint       para;               /* paragraph number */
  struct _Accounts *accounts;     /* whether the text reports a business's
                                   * figures up to here (see accounts_by()) */
} Sent;

/* Whether a text reports a business's figures, found out only when asked
 * (few sentences need it) and read on from where the last question
 * stopped, so that the whole text is read at most once. */
typedef struct _Accounts
{
  const char *text;
  gsize       read;   /* bytes read so far */
  gboolean    found;
} Accounts;

/* ------------------------------------------------------------------ */
/* What an expression says, before it is put on the calendar */

typedef enum
{
  G_NONE,
  G_MILLENNIUM,
  G_CENTURY,
  G_DECADE,
  G_YEAR,
  G_HALF,
  G_QUARTER,
  G_SEASON,
  G_MONTH,
  G_WEEK,
  G_WEEKEND,
  G_DAY,
  G_POD,
  G_TIME,
} Gran;

typedef enum
{
  REF_NONE,     /* says its own year */
  REF_YEARLESS, /* month, day, season, quarter without a year */
  REF_DCT,      /* today, last week, two days ago: the moment of writing */
  REF_ANCHOR,   /* the next day, that year: the date the narrative is at */
  REF_WEEKDAY,  /* a weekday alone */
  REF_DAYONLY,  /* "the 18th" */
} RefKind;

typedef struct
{
  guint8       type;       /* SwTimexType */
  guint8       gran;       /* Gran of the value */
  guint8       ref;        /* RefKind */
  guint8       unit;       /* SwUnit: of a duration or a shift */
  gint8        dir;        /* REF_WEEKDAY, month: -1 before, +1 after, 0 tense */
  guint8       bc : 1;
  guint8       fiscal : 1;
  guint8       amount_x : 1;
  guint8       explicit_year : 1;
  guint8       session : 1; /* the trading day a market report closes */
  guint8       short_year : 1; /* .year is '82 without its century */
  guint8       compare : 1; /* "the same month a year ago": the story stays */
  guint8       overnight : 1; /* the night about the moment of writing */
  guint8       deictic : 1; /* "this summer", "next spring", "last March":
                             * counted from the day of writing */
  guint8       floating;   /* a holiday whose date moves: its place in
                            * floating_holidays[] plus one, or 0 */
  const char  *mod;
  const char  *literal;    /* a fixed value: "PRESENT_REF", "P1W" */
  int          year, month, day, weekday;
  int          quarter, half, season, pod;
  int          decade, century;
  int          hour, minute, second;
  const char  *tz;
  int          shift;      /* added to the reference, in .unit */
  double       amount;     /* duration */
  /* the smaller part of a duration of two: "an hour and 20 minutes" */
  double       more_amount;
  guint8       more_unit;  /* SwUnit, or SW_UNIT_NONE */
  /* an explicit end ("March 3-5", "from 2009 to 2011") */
  int          end_year, end_month, end_day;
} Sem;

typedef struct
{
  guint    start;
  guint    end;
  Sem      sem;
  guint8   tense;
  guint8   firm_future : 1; /* a future said as such, not a past's future ("would") */
  guint8   would : 1;       /* the clause's future is "would" (not "would have") */
  guint8   topic;      /* near the start of its sentence: sets the scene */
  guint8   endpoint;   /* ends a span ("lasted until the fall of Budapest in
                        * February 1945"): not where the story is */
  guint8   deadline;   /* after "by": "plans to close two plants by 2025" */
  guint8   reported;   /* when it was said: "officials said early Friday" */
  guint8   range_end;  /* a weekday ending a span of weekdays: "from Monday
                        * to Wednesday" */
  guint    sentence;
  guint    para;
} Cand;

/* Every part unknown: copied whole, which costs less than clearing the
 * struct and setting each part, and the recognisers start from it often */
static const Sem sem_unknown = {
  .type = SW_TIMEX_DATE,
  .year = -1, .month = -1, .day = -1, .weekday = -1,
  .quarter = -1, .half = -1, .season = -1, .pod = -1,
  .decade = -1, .century = -1,
  .hour = -1, .minute = -1, .second = -1,
  .end_year = -1, .end_month = -1, .end_day = -1,
};

static void
sem_init (Sem *sem)
{
  *sem = sem_unknown;
}

/* ------------------------------------------------------------------ */
/* Token access */

static inline const SwLex *
LX (const Sent *s, int i)
{
  return (i >= 0 && i < s->n && s->t[i].kind == TK_WORD) ? s->t[i].lex : NULL;
}

static inline int
KW (const Sent *s, int i)
{
  const SwLex *l = LX (s, i);
  return l != NULL ? l->kw : SW_KW_NONE;
}

static inline gboolean
IS_PUNCT (const Sent *s, int i, char c)
{
  return i >= 0 && i < s->n && s->t[i].kind == TK_PUNCT && s->t[i].ch == c;
}

static inline gboolean
IS_NUM (const Sent *s, int i)
{
  return i >= 0 && i < s->n && s->t[i].kind == TK_NUM;
}

static inline gboolean
IS_WORD (const Sent *s, int i)
{
  return i >= 0 && i < s->n && s->t[i].kind == TK_WORD;
}

/* token i touches token i-1 */
static inline gboolean
GLUED (const Sent *s, int i)
{
  return i > 0 && i < s->n && !s->t[i].space_before;
}

static inline gboolean
CAP (const Sent *s, int i)
{
  return s->allcaps || s->t[i].cap;
}

/* g_ascii_tolower() is a call into GLib; this is two compares */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Compared letter by letter: most words differ at the first, and the
 * patterns ask this of every token they look at, so that one is compared
 * where the pattern asks and the rest in a call. */
static gboolean
word_rest_is (const char *t,
              guint       n,
              const char *w)
{
  for (guint k = 1; k < n; k++)
    if (w[k] == '\0' || ascii_lower (t[k]) != ascii_lower (w[k]))
      return FALSE;
  return w[n] == '\0';
}

static inline gboolean
word_is (const Sent *s, int i, const char *w)
{
  const char *t;

  if (!IS_WORD (s, i))
    return FALSE;
  t = s->text + s->t[i].start;
  /* a word has a first letter; "" is no word */
  if (ascii_lower (t[0]) != ascii_lower (w[0]))
    return FALSE;
  return word_rest_is (t, s->t[i].end - s->t[i].start, w);
}

/* A number that stands alone: not "F-16", "7-Eleven", "$40", "MH17". */
static gboolean
free_number (const Sent *s, int i)
{
  if (!IS_NUM (s, i))
    return FALSE;
  if (GLUED (s, i) && (IS_WORD (s, i - 1) || IS_PUNCT (s, i - 1, '$') ||
                       IS_PUNCT (s, i - 1, '#') ||
                       (IS_PUNCT (s, i - 1, '-') && GLUED (s, i - 1) && IS_WORD (s, i - 2) &&
                        !(LX (s, i - 2) != NULL && (LX (s, i - 2)->month > 0 ||
                                                    LX (s, i - 2)->kw == SW_KW_MID ||
                                                    LX (s, i - 2)->kw == SW_KW_EARLY ||
                                                    LX (s, i - 2)->kw == SW_KW_LATE)))))
    return FALSE;
  return TRUE;
}

/* The token after i does not continue a compound ("7-Eleven", "30s"). */
static gboolean
free_end (const Sent *s, int i)
{
  if (i + 1 >= s->n)
    return TRUE;
  if (GLUED (s, i + 1) && IS_WORD (s, i + 1))
    return FALSE;
  if (IS_PUNCT (s, i + 1, '-') && GLUED (s, i + 1) && i + 2 < s->n && GLUED (s, i + 2) &&
      (IS_WORD (s, i + 2) || IS_NUM (s, i + 2)))
    return FALSE;
  if (IS_PUNCT (s, i + 1, '%'))
    return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Tokenizer */

static gboolean
sentence_abbreviation (const char *text,
                       const Tok  *tok)
{
  static const char * const abbrs[] = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "gov", "sen",
    "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "no", "vs", "jr", "sr", "inc", "corp", "co", "ltd",
    "prof", "capt", "cmdr", "adm", "maj", "ca", "mon", "tue", "tues", "wed",
    "thu", "thurs", "fri", "sat", "sun", "est", "approx",
  };
  guint len = tok->end - tok->start;
  const char *w = text + tok->start;

  if (tok->kind != TK_WORD)
    return FALSE;
  if (len == 1)
    return TRUE;
  if (len > 6)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (abbrs); i++)
    {
      guint k = 0;

      if (abbrs[i][0] != ascii_lower (w[0]))
        continue;
      while (k < len && abbrs[i][k] != '\0' && ascii_lower (w[k]) == abbrs[i][k])
        k++;
      if (k == len && abbrs[i][k] == '\0')
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  const char    *text;
  gsize          len;
  gsize          pos;
  guint          sentence;
  const SwText  *words;   /* the same text in words, or NULL */
  guint          word;    /* the first of its tokens not before pos */
  guint          para;    /* the paragraph of the sentence just read: a
                           * sentence that starts a line starts one */
  gboolean       line_ended;
} Scanner;

/* Reads the next sentence into @toks. Returns FALSE at the end of text. */
static gboolean
scan_sentence (Scanner *sc,
               GArray  *toks)
{
  const char *text = sc->text;
  gsize len = sc->len;
  gsize p = sc->pos;
  gboolean space = TRUE;
  /* Tokens are written in place: the array keeps its room from sentence
   * to sentence, and an append call per token cost more than the token. */
  guint n = 0;
  Tok *slots;
  gboolean new_line = p == 0 || sc->line_ended;

  g_array_set_size (toks, MAX_SENTENCE_TOKENS);
  sc->line_ended = FALSE;
  slots = (Tok *)(gpointer)toks->data;

  while (p < len)
    {
      guchar c = text[p];
      /* written in place: a token built aside and copied in stalled the
       * processor on every word, its wide loads waiting on narrow stores */
      Tok *tok = &slots[n];

      if (c == '\n')
        {
          p++;
          if (n > 0)
            {
              sc->line_ended = TRUE;
              break;
            }
          new_line = TRUE;
          space = TRUE;
          continue;
        }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
        {
          p++;
          space = TRUE;
          continue;
        }

      memset (tok, 0, sizeof *tok);
      tok->start = p;
      tok->space_before = space;
      space = FALSE;

      /* A word of ASCII letters the text's tokens already read, folded and
       * looked up: taken as it is, the same token the bytes would give,
       * since such a word ends at a byte that is no letter or digit. */
      if (sc->words != NULL && g_ascii_isalpha (c))
        {
          const SwText *w = sc->words;
          const SwToken *st = NULL;

          while (sc->word < w->tokens->len && sw_text_token (w, sc->word)->start < p)
            sc->word++;
          if (sc->word < w->tokens->len)
            st = sw_text_token (w, sc->word);
          if (st != NULL && st->start == p && (st->flags & SW_TOKEN_ASCII_LETTERS))
            {
              tok->kind = TK_WORD;
              tok->end = st->end;
              tok->cap = st->cap != SW_CAP_LOWER;
              tok->lower = st->cap == SW_CAP_LOWER || (st->cap == SW_CAP_INITIAL && st->end - st->start > 1);
              tok->lex = st->timex != 0 ? sw_lex_from_id (st->timex) : NULL;
              p = st->end;
              n++;
              if (n >= MAX_SENTENCE_TOKENS)
                break;
              continue;
            }
        }

      if (g_ascii_isdigit (c))
        {
          gsize q = p;
          double v = 0;

          while (q < len && g_ascii_isdigit (text[q]))
            v = v * 10 + (text[q++] - '0');
          tok->kind = TK_NUM;
          tok->ndigits = MIN (q - p, 255);

          /* thousands: 1,460 and 12,000 (never "1, 1939") */
          if (q - p <= 3)
            while (q + 3 < len + 0 && text[q] == ',' && g_ascii_isdigit (text[q + 1]) &&
                   g_ascii_isdigit (text[q + 2]) && g_ascii_isdigit (text[q + 3]) &&
                   (q + 4 >= len || !g_ascii_isdigit (text[q + 4])))
              {
                v = v * 1000 + (text[q + 1] - '0') * 100 + (text[q + 2] - '0') * 10 + (text[q + 3] - '0');
                q += 4;
                tok->decimal = TRUE;
              }
          /* decimals: 2.5 */
          if (q + 1 < len && text[q] == '.' && g_ascii_isdigit (text[q + 1]) && !tok->decimal)
            {
              double scale = 0.1;

              q++;
              while (q < len && g_ascii_isdigit (text[q]))
                {
                  v += (text[q++] - '0') * scale;
                  scale /= 10;
                }
              tok->decimal = TRUE;
            }
          /* ordinals: 18th, 1st, 22nd, 3rd */
          if (q + 1 < len && g_ascii_isalpha (text[q]) && g_ascii_isalpha (text[q + 1]) &&
              (q + 2 >= len || !g_ascii_isalnum (text[q + 2])))
            {
              char a = g_ascii_tolower (text[q]), b = g_ascii_tolower (text[q + 1]);

              if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
                  (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
                {
                  q += 2;
                  tok->ordinal = TRUE;
                }
            }
          /* no date or duration needs more than nine digits, and the
           * patterns turn numbers into ints: a longer one ("999…") keeps
           * its count of digits but not a value no int holds */
          tok->num = MIN (v, 1e9);
          tok->end = q;
          p = q;
        }
      else if (g_ascii_isalpha (c) || c >= 0x80)
        {
          gsize q = p;
          gboolean is_word = TRUE;

          if (c >= 0x80)
            {
              gunichar u = g_utf8_get_char_validated (text + p, len - p);
              const char *next = g_utf8_next_char (text + p);

              if (u == (gunichar)-1 || u == (gunichar)-2)
                {
                  p++;
                  continue;
                }
              if (g_unichar_isspace (u) || u == 0x00A0)
                {
                  p = next - text;
                  space = TRUE;
                  continue;
                }
              if (!g_unichar_isalnum (u))
                {
                  is_word = FALSE;
                  tok->kind = TK_PUNCT;
                  switch (u)
                    {
                    case 0x2019: case 0x2018: tok->ch = '\''; break;
                    case 0x201C: case 0x201D: tok->ch = '"'; break;
                    case 0x2013: case 0x2012: case 0x2010: case 0x2011: tok->ch = '-'; break;
                    case 0x2014: tok->ch = ';'; break;
                    default: tok->ch = '?'; break;
                    }
                  tok->end = next - text;
                  p = tok->end;
                }
            }

          if (is_word)
            {
              char lower[SW_LEX_MAX_WORD + 1];
              gboolean ascii = TRUE;

              tok->kind = TK_WORD;
              while (q < len)
                {
                  guchar d = text[q];

                  if (g_ascii_isalpha (d))
                    {
                      if (g_ascii_islower (d))
                        tok->lower = TRUE;
                      q++;
                    }
                  else if (d >= 0x80)
                    {
                      gunichar u = g_utf8_get_char_validated (text + q, len - q);

                      /* letters and digits of other scripts are word
                       * characters, as the start test above counted them */
                      if (u == (gunichar)-1 || u == (gunichar)-2 || !g_unichar_isalnum (u))
                        break;
                      if (g_unichar_islower (u))
                        tok->lower = TRUE;
                      ascii = FALSE;
                      q = g_utf8_next_char (text + q) - text;
                    }
                  else
                    break;
                }
              /* a token is never empty, so the scan always moves on */
              if (q == p)
                q = g_utf8_next_char (text + p) - text;
              tok->end = q;
              tok->cap = g_ascii_isupper (c) || (c >= 0x80 && g_unichar_isupper (g_utf8_get_char (text + p)));
              if (ascii && q - p <= SW_LEX_MAX_WORD)
                {
                  guint32 h = SW_LEX_HASH_INIT;

                  /* ASCII letters only here: setting bit 5 lowers them */
                  for (gsize k = 0; k < q - p; k++)
                    {
                      lower[k] = text[p + k] | 0x20;
                      h = SW_LEX_HASH_STEP (h, lower[k]);
                    }
                  tok->lex = sw_lex_lookup_hashed (lower, q - p, h);
                }
              p = q;
            }
        }
      else
        {
          tok->kind = TK_PUNCT;
          tok->ch = c;
          tok->end = p + 1;
          p++;
        }

      n++;

      /* sentence ends: ". The", "? “", "! 2" */
      if (tok->kind == TK_PUNCT && (tok->ch == '.' || tok->ch == '!' || tok->ch == '?') &&
          (p >= len || text[p] == ' ' || text[p] == '\n' || text[p] == '\t'))
        {
          gsize q = p;
          const Tok *prev = n >= 2 ? &slots[n - 2] : NULL;

          while (q < len && (text[q] == ' ' || text[q] == '\t'))
            q++;
          if (q >= len || g_ascii_isupper (text[q]) || g_ascii_isdigit (text[q]) ||
              text[q] == '"' || (guchar)text[q] >= 0x80 || text[q] == '\n')
            {
              if (tok->ch != '.' || prev == NULL || !sentence_abbreviation (text, prev))
                break;
            }
        }

      if (n >= MAX_SENTENCE_TOKENS)
        break;
    }

  g_array_set_size (toks, n);
  sc->pos = p;
  if (n > 0 && new_line)
    sc->para++;
  return n > 0;
}

/* Does the text up to the end of sentence @s speak of a business's
 * figures: "profit", "revenue", "earnings", "percent", a "%"? Then "the
 * first half" is of its year, not of a match. */
static gboolean
accounts_by (const Sent *s)
{
  static const char *const words[] = {
    "profit", "profits", "revenue", "revenues", "sales", "earnings", "ebitda", "results", "dividend",
    "margin", "margins", "guidance", "outlook", "percent", "turnover", "shareholders", "investors",
  };
  Accounts *a = s->accounts;
  gsize end = s->n > 0 ? s->t[s->n - 1].end : 0;

  while (!a->found && a->read < end)
    {
      const char *w = a->text + a->read;
      gsize n = 0;

      if (*w == '%')
        {
          a->found = TRUE;
          break;
        }
      while (a->read + n < end && g_ascii_isalpha (w[n]))
        n++;
      if (n == 0)
        {
          a->read++;
          continue;
        }
      if (n >= 5 && n <= 12)
        for (guint k = 0; k < G_N_ELEMENTS (words) && !a->found; k++)
          a->found = strlen (words[k]) == n && g_ascii_strncasecmp (w, words[k], n) == 0;
      a->read += n;
    }
  return a->found;
}

static gboolean
sentence_all_caps (const Sent *s)
{
  guint upper = 0;

  for (int i = 0; i < s->n; i++)
    if (s->t[i].kind == TK_WORD && s->t[i].end - s->t[i].start > 1)
      {
        if (s->t[i].lower)
          return FALSE;
        upper++;
      }
  return upper >= 3;
}

/* ------------------------------------------------------------------ */
/* Small recognisers: each returns the index after what it read, or -1 */

static int
month_at (const Sent *s,
          int         i,
          int        *month)
{
  const SwLex *l = LX (s, i);

  if (l == NULL || l->month == 0 || !CAP (s, i))
    return -1;

  if (l->abbr)
    {
      /* "Mar. 18", "Sept 2009": an abbreviation needs a dot or a number */
      if (IS_PUNCT (s, i + 1, '.') && GLUED (s, i + 1))
        {
          *month = l->month;
          return i + 2;
        }
      if (IS_NUM (s, i + 1))
        {
          *month = l->month;
          return i + 1;
        }
      return -1;
    }

  /* "May" and "March" are also common words: they need a date around them */
  if (l->month == 5 || l->month == 3)
    {
      int k = KW (s, i - 1);
      gboolean ok = IS_NUM (s, i + 1) || IS_NUM (s, i - 1) ||
                    (IS_PUNCT (s, i - 1, '-') && GLUED (s, i)) ||
                    k == SW_KW_IN || k == SW_KW_OF || k == SW_KW_SINCE || k == SW_KW_UNTIL ||
                    k == SW_KW_BY || k == SW_KW_EARLY || k == SW_KW_LATE || k == SW_KW_MID ||
                    k == SW_KW_LAST || k == SW_KW_NEXT || k == SW_KW_THIS || k == SW_KW_FROM ||
                    k == SW_KW_DURING || k == SW_KW_THROUGH || k == SW_KW_TO ||
                    k == SW_KW_BETWEEN || k == SW_KW_PREVIOUS || k == SW_KW_FOLLOWING ||
                    (LX (s, i - 1) != NULL && LX (s, i - 1)->ord > 0);

      if (!ok || (l->month == 5 && s->t[i].lower == FALSE && !s->allcaps && FALSE))
        return -1;
      /* "the March on Rome", "May I" */
      if (IS_WORD (s, i + 1) && CAP (s, i + 1) && !s->allcaps && !IS_NUM (s, i + 1) &&
          LX (s, i + 1) == NULL)
        return -1;
    }

  *month = l->month;
  return i + 1;
}

static int
weekday_at (const Sent *s,
            int         i,
            int        *weekday)
{
  const SwLex *l = LX (s, i);

  if (l == NULL || l->weekday == 0 || !CAP (s, i))
    return -1;
  if (l->abbr)
    {
      if (IS_PUNCT (s, i + 1, '.') && GLUED (s, i + 1))
        {
          *weekday = l->weekday;
          return i + 2;
        }
      return -1;
    }
  *weekday = l->weekday;
  /* plural weekdays ("Mondays") are not in the lexicon, so this is one day */
  return i + 1;
}

static int
day_at (const Sent *s,
        int         i,
        int        *day)
{
  if (!free_number (s, i) || s->t[i].decimal || s->t[i].ndigits > 2 ||
      s->t[i].num < 1 || s->t[i].num > 31)
    return -1;
  /* "March 3:30" is a clock time, "March 5 percent" is not a date */
  if (IS_PUNCT (s, i + 1, ':') && IS_NUM (s, i + 2))
    return -1;
  if (GLUED (s, i + 1) && IS_WORD (s, i + 1))
    return -1;
  *day = (int)s->t[i].num;
  return i + 1;
}

static gboolean
plausible_year (double v)
{
  return v >= 1000 && v <= 2199;
}

/* A year inside a date: "March 18, 2025", "May 1943" */
static int
year_at (const Sent *s,
         int         i,
         int        *year,
         gboolean   *bc)
{
  int end;

  *bc = FALSE;
  if (!free_number (s, i) || s->t[i].decimal || s->t[i].ordinal)
    return -1;
  end = i + 1;
  if (KW (s, end) == SW_KW_BC || (word_is (s, end, "B") && IS_PUNCT (s, end + 1, '.') &&
                                   word_is (s, end + 2, "C")))
    {
      *bc = TRUE;
      end = KW (s, end) == SW_KW_BC ? end + 1 : end + 3;
      if (IS_PUNCT (s, end, '.') && GLUED (s, end))
        end++;
      if (s->t[i].num < 1 || s->t[i].num > 9999)
        return -1;
      *year = (int)s->t[i].num;
      return end;
    }
  if (KW (s, end) == SW_KW_AD && !s->t[end].lower)
    {
      *year = (int)s->t[i].num;
      return end + 1;
    }
  if (s->t[i].ndigits != 4 || !plausible_year (s->t[i].num))
    return -1;
  if (!free_end (s, i) && !(IS_PUNCT (s, i + 1, '-') && IS_NUM (s, i + 2) &&
                             (s->t[i + 2].ndigits == 2 || s->t[i + 2].ndigits == 4)))
    return -1;
  *year = (int)s->t[i].num;
  return end;
}

/* A year standing alone needs stronger evidence: "in 2022", "2022's",
 * not "1500 troops" or "2000 people". */
static int
lone_year_at (const Sent *s,
              int         i,
              int        *year,
              gboolean   *bc)
{
  int end = year_at (s, i, year, bc);
  int k;

  if (end < 0)
    return -1;
  if (*bc)
    return end;
  if (*year < 1400 || *year > 2100)
    {
      k = KW (s, i - 1);
      if (k != SW_KW_IN && k != SW_KW_SINCE && k != SW_KW_OF && k != SW_KW_BY &&
          k != SW_KW_UNTIL && k != SW_KW_FROM)
        return -1;
    }
  /* a counted noun follows: "1500 troops", "2000 meters" */
  if (IS_WORD (s, end) && s->t[end].lower && s->t[end].space_before)
    {
      const SwLex *l = LX (s, end);
      const char *w = s->text + s->t[end].start;
      guint len = s->t[end].end - s->t[end].start;

      /* (but a recent year before the plural it dates: "2025 earnings",
       * "the 2016 elections"; news writes counts of thousands with a
       * comma) */
      if ((l == NULL || (l->kw == SW_KW_NONE && l->tense == SW_TENSE_NONE)) &&
          len > 3 && g_ascii_tolower (w[len - 1]) == 's' && g_ascii_tolower (w[len - 2]) != 's' &&
          !(*year >= 1950 && *year <= 2050 && s->t[i].ndigits == 4))
        return -1;
      if (l != NULL && l->unit != SW_UNIT_NONE)
        return -1;
    }
  if (IS_PUNCT (s, i - 1, '$') || IS_PUNCT (s, end, '%'))
    return -1;
  {
    static const char * const counted[] = {
      "people", "men", "women", "children", "police", "staff", "personnel", "cattle",
      "feet", "metres", "meters", "miles", "km", "kilometres", "kilometers", "pounds",
      "troops", "soldiers", "jobs", "workers", "employees", "homes", "houses", "residents",
      "students", "families", "patients", "votes", "tonnes", "tons", "barrels", "vehicles",
      "cars", "refugees", "migrants", "prisoners", "civilians", "deaths", "cases", "acres",
      "hectares", "members", "units", "shares", NULL,
    };
    static const char * const labels[] = {
      "flight", "room", "route", "highway", "apartment", "number", "no", "model",
      "version", "gate", "platform", "suite", "unit", "bus", "line", "resolution", NULL,
    };
    static const char * const streets[] = {
      "street", "avenue", "road", "boulevard", "lane", "drive", "st", "ave", "rd", NULL,
    };

    for (guint k2 = 0; counted[k2] != NULL; k2++)
      if (word_is (s, end, counted[k2]))
        return -1;
    for (guint k2 = 0; labels[k2] != NULL; k2++)
      if (word_is (s, i - 1, labels[k2]))
        return -1;
    for (int n = end; n < end + 3 && IS_WORD (s, n) && CAP (s, n); n++)
      for (guint k2 = 0; streets[k2] != NULL; k2++)
        if (word_is (s, n, streets[k2]))
          return -1;
  }
  return end;
}

/* A number written in digits or words: "30", "twenty-five", "a", "two and a half" */
static int
number_at (const Sent *s,
           int         i,
           double     *value,
           gboolean    allow_article)
{
  const SwLex *l;
  int end;
  double v;

  if (IS_NUM (s, i))
    {
      if (!free_number (s, i) || s->t[i].ordinal)
        return -1;
      v = s->t[i].num;
      end = i + 1;
    }
  else
    {
      l = LX (s, i);
      if (l == NULL)
        return -1;
      if (l->kw == SW_KW_A && allow_article)
        {
          /* "a dozen", "a couple of", "a half" */
          if (KW (s, i + 1) == SW_KW_DOZEN)
            {
              *value = 12;
              return i + 2;
            }
          if (KW (s, i + 1) == SW_KW_COUPLE && KW (s, i + 2) == SW_KW_OF)
            {
              *value = 2;
              return i + 3;
            }
          *value = 1;
          return i + 1;
        }
      if (l->num < 0 || l->num >= 100)
        return -1;
      v = l->num;
      end = i + 1;
      /* twenty-five, twenty five */
      if (v >= 20 && fmod (v, 10) == 0)
        {
          int j = end;

          if (IS_PUNCT (s, j, '-') && GLUED (s, j))
            j++;
          if (LX (s, j) != NULL && LX (s, j)->num > 0 && LX (s, j)->num < 10)
            {
              v += LX (s, j)->num;
              end = j + 1;
            }
        }
      if (KW (s, end) == SW_KW_NONE && LX (s, end) != NULL && LX (s, end)->num == 100)
        {
          v *= 100;
          end++;
          if (KW (s, end) == SW_KW_AND && LX (s, end + 1) != NULL && LX (s, end + 1)->num > 0 &&
              LX (s, end + 1)->num < 100)
            {
              v += LX (s, end + 1)->num;
              end += 2;
            }
        }
      if (KW (s, end) == SW_KW_DOZEN)
        {
          v *= 12;
          end++;
        }
    }

  /* two and a half */
  if (KW (s, end) == SW_KW_AND && KW (s, end + 1) == SW_KW_A && KW (s, end + 2) == SW_KW_HALF)
    {
      v += 0.5;
      end += 3;
    }
  *value = v;
  return end;
}

/* A unit word, singular or plural */
static int
unit_at (const Sent *s,
         int         i,
         SwUnit     *unit,
         gboolean   *plural)
{
  const SwLex *l = LX (s, i);

  if (l == NULL || l->unit == SW_UNIT_NONE)
    return -1;
  /* "Second" as a name, "min" as a word: only lower case or all caps */
  *unit = l->unit;
  *plural = l->plural;
  return i + 1;
}

/* ------------------------------------------------------------------ */
/* Durations */

static int
duration_core (const Sent *s,
               int         i,
               Sem        *sem,
               gboolean    allow_bare)
{
  double v = 1;
  gboolean x = FALSE;
  int j = i, end;
  SwUnit unit;
  gboolean plural;
  int k = KW (s, i);

  sem_init (sem);
  sem->type = SW_TIMEX_DURATION;

  /* month-long, decades-long */
  if (unit_at (s, i, &unit, &plural) > 0 && IS_PUNCT (s, i + 1, '-') && GLUED (s, i + 1) &&
      KW (s, i + 2) == SW_KW_LONG)
    {
      sem->amount = 1;
      sem->amount_x = plural;
      sem->unit = unit;
      return i + 3;
    }
  if (k == SW_KW_A && unit_at (s, i + 1, &unit, &plural) > 0 && IS_PUNCT (s, i + 2, '-'))
    return -1;

  /* half an hour, half a day */
  if (k == SW_KW_HALF && KW (s, i + 1) == SW_KW_A && unit_at (s, i + 2, &unit, &plural) > 0 && !plural)
    {
      sem->amount = 0.5;
      sem->unit = unit;
      return i + 3;
    }

  if (k == SW_KW_SEVERAL || k == SW_KW_MANY || k == SW_KW_SOME)
    {
      x = TRUE;
      j = i + 1;
    }
  else if (k == SW_KW_A && KW (s, i + 1) == SW_KW_FEW)
    {
      x = TRUE;
      j = i + 2;
    }
  else if (k == SW_KW_FEW)
    {
      x = TRUE;
      j = i + 1;
    }
  else if ((end = number_at (s, i, &v, TRUE)) > 0)
    {
      j = end;
      /* "ten more years", "two more weeks" */
      if (KW (s, j) == SW_KW_MORE && v > 1)
        j++;
    }
  /* "another decade", "another year" */
  else if (k == SW_KW_ANOTHER && unit_at (s, i + 1, &unit, &plural) > 0 && !plural &&
           /* (not "pay another quarter out of income", "another second") */
           unit != SW_UNIT_QUARTER && unit != SW_UNIT_SECOND)
    j = i + 1;
  else if (!allow_bare)
    return -1;
  else
    x = TRUE;
  /* "for several more months", "a few more days" (not "some more") */
  if (x && j > i && k != SW_KW_SOME && KW (s, j) == SW_KW_MORE)
    j++;

  /* a 30-day ceasefire, a two-hour conversation, twelve-year */
  if (!x && IS_PUNCT (s, j, '-') && GLUED (s, j) && GLUED (s, j + 1) &&
      unit_at (s, j + 1, &unit, &plural) > 0 && !plural)
    {
      end = j + 2;
      /* "-old" is an age, not a time */
      if (IS_PUNCT (s, end, '-') && GLUED (s, end) && KW (s, end + 1) == SW_KW_OLD)
        return -1;
      if (IS_PUNCT (s, end, '-') && GLUED (s, end) && KW (s, end + 1) == SW_KW_LONG)
        end += 2;
      else if (!free_end (s, end - 1))
        return -1;
      sem->amount = v;
      sem->unit = unit;
      return end;
    }

  /* two full days, six straight days, five trading days */
  while (KW (s, j) == SW_KW_COUNTADJ && j < i + 3)
    j++;

  if (unit_at (s, j, &unit, &plural) < 0)
    return -1;
  if (j == i && !plural)
    return -1;
  /* "a day" needs a singular, "two days" a plural (or "one day" / "1 year") */
  if (!x && v > 1 && !plural)
    {
      /* "30 day" in "a 30 day period" still counts */
      if (!IS_NUM (s, i))
        {
          if (!(IS_WORD (s, j + 1)))
            return -1;
        }
    }
  if (!x && v <= 1 && plural && v != 0 && !(v > 0 && v < 1))
    {
      if (v == 1)
        return -1;
    }
  if (x && !plural)
    return -1;

  end = j + 1;
  /* "for a second day", "a second term": the ordinal before a noun */
  if (unit == SW_UNIT_SECOND && !plural && IS_WORD (s, end) && s->t[end].lower &&
      (LX (s, end) == NULL || LX (s, end)->unit != SW_UNIT_NONE || LX (s, end)->kw == SW_KW_NONE))
    return -1;
  /* age: "18 years old", "51-year-old" */
  if (KW (s, end) == SW_KW_OLD || (IS_PUNCT (s, end, '-') && KW (s, end + 1) == SW_KW_OLD))
    return -1;
  if (KW (s, end) == SW_KW_OF && word_is (s, end + 1, "age"))
    return -1;
  /* decades-long, month-long */
  if (IS_PUNCT (s, end, '-') && GLUED (s, end) && KW (s, end + 1) == SW_KW_LONG)
    end += 2;
  else if (!free_end (s, end - 1))
    return -1;

  /* "one day" is as often "some day" as a length: keep only with a context */
  sem->amount = v;
  sem->amount_x = x;
  sem->unit = unit;
  return end;
}

/* ------------------------------------------------------------------ */
/* Absolute dates */

static int year_suffix (const Sent *s, int i, Sem *sem);

/* A day of a month, then maybe its year: "[,] 2025". Returns the end. */
static int
day_and_year (const Sent *s,
              int         end,
              int         month,
              int         day,
              Sem        *sem)
{
  int year;
  gboolean bc;

  sem->month = month;
  sem->day = day;
  sem->gran = G_DAY;
  if (IS_PUNCT (s, end, ',') && year_at (s, end + 1, &year, &bc) > 0)
    end++;
  if (year_at (s, end, &year, &bc) > 0)
    {
      sem->year = year;
      sem->bc = bc;
      sem->explicit_year = TRUE;
      end = year_at (s, end, &year, &bc);
    }
  return end;
}

static int
date_md (const Sent *s,
         int         i,
         Sem        *sem)
{
  int month, day, year, end, j;
  gboolean bc;

  /* MONTH [.] DAY [,] [YEAR] */
  if ((j = month_at (s, i, &month)) > 0)
    {
      int d_end = day_at (s, j, &day);

      if (d_end > 0)
        {
          sem->month = month;
          sem->day = day;
          sem->gran = G_DAY;
          end = d_end;
          if (IS_PUNCT (s, end, ',') && (year_at (s, end + 1, &year, &bc) > 0))
            {
              sem->year = year;
              sem->bc = bc;
              sem->explicit_year = TRUE;
              end = year_at (s, end + 1, &year, &bc);
            }
          else if (year_at (s, end, &year, &bc) > 0)
            {
              sem->year = year;
              sem->bc = bc;
              sem->explicit_year = TRUE;
              end = year_at (s, end, &year, &bc);
            }
          else if (KW (s, end) == SW_KW_OF && year_suffix (s, end, sem) > 0)
            end = year_suffix (s, end, sem);
          return end;
        }

      /* MONTH [,] [of] YEAR */
      end = j;
      if (IS_PUNCT (s, end, ',') || KW (s, end) == SW_KW_OF)
        end++;
      if (year_at (s, end, &year, &bc) > 0)
        {
          sem->month = month;
          sem->year = year;
          sem->bc = bc;
          sem->explicit_year = TRUE;
          sem->gran = G_MONTH;
          return year_at (s, end, &year, &bc);
        }

      sem->month = month;
      sem->gran = G_MONTH;
      if (KW (s, j) == SW_KW_OF && (end = year_suffix (s, j, sem)) > 0)
        return end;
      return j;
    }

  /* [the] DAY[th] [of] MONTH [,] [YEAR] */
  j = i;
  if (KW (s, j) == SW_KW_THE)
    j++;
  if (day_at (s, j, &day) > 0)
    {
      int k = j + 1;

      if (KW (s, k) == SW_KW_OF)
        k++;
      if ((end = month_at (s, k, &month)) > 0)
        return day_and_year (s, end, month, day, sem);
    }

  return -1;
}

/* A holiday on @month and @day ending at @end, and the year after it if
 * any ("Christmas 1963", "Christmas of 1963"); without one, the year is
 * left to resolution. Returns the end. */
static int
holiday_and_year (const Sent *s,
                  int         end,
                  int         month,
                  int         day,
                  Sem        *sem)
{
  end = day_and_year (s, end, month, day, sem);
  if (!sem->explicit_year && KW (s, end) == SW_KW_OF && year_suffix (s, end, sem) > 0)
    end = year_suffix (s, end, sem);
  if (!sem->explicit_year && sem->ref == REF_NONE)
    sem->ref = REF_YEARLESS;
  return end;
}

/* Holidays whose date moves with the year: a weekday of a month, the
 * last one when @nth is -1, or a number of days from Easter Sunday. The
 * US ones are the US's, as news in English means them; those that differ
 * by country under one name (Mother's Day) are left alone, and so is
 * "Good Friday", which names an agreement as often as the day. */
#define EASTER 0

static const struct
{
  const char *first;
  const char *second;  /* NULL: the first word alone */
  int         month;   /* EASTER: counted from Easter Sunday */
  int         weekday; /* GDateWeekday */
  int         nth;     /* or, from Easter, the days after it */
  int         after;   /* days after that weekday */
} floating_holidays[] = {
  { "thanksgiving", "day", 11, G_DATE_THURSDAY, 4 },
  { "thanksgiving", NULL, 11, G_DATE_THURSDAY, 4 },
  { "labor", "day", 9, G_DATE_MONDAY, 1 },
  { "labour", "day", 9, G_DATE_MONDAY, 1 },
  { "memorial", "day", 5, G_DATE_MONDAY, -1 },
  { "columbus", "day", 10, G_DATE_MONDAY, 2 },
  { "presidents", "day", 2, G_DATE_MONDAY, 3 },
  { "easter", "sunday", EASTER, 0, 0 },
  { "easter", "day", EASTER, 0, 0 },
  { "easter", "monday", EASTER, 0, 1 },
  { "easter", NULL, EASTER, 0, 0 },
  /* the US general election: the Tuesday after the first Monday */
  { "election", "day", 11, G_DATE_MONDAY, 1, 1 },
};

/* Easter Sunday of @year in the Gregorian calendar, by the anonymous
 * algorithm of 1876 (Meeus, Astronomical Algorithms, chapter 8) */
static void
easter_of (int  year,
           int *month,
           int *day)
{
  int a = year % 19, b = year / 100, c = year % 100;
  int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;

  *month = (h + l - 7 * m + 114) / 31;
  *day = (h + l - 7 * m + 114) % 31 + 1;
}

/* The month and day of floating holiday @index (Sem.floating) in @year */
static void
floating_date (guint  index,
               int    year,
               int   *month,
               int   *day)
{
  const int n = floating_holidays[index - 1].nth;
  GDate date;

  g_date_clear (&date, 1);
  if (floating_holidays[index - 1].month == EASTER)
    {
      easter_of (year, month, day);
      g_date_set_dmy (&date, *day, *month, year);
      g_date_add_days (&date, n);
    }
  else
    {
      const int m = floating_holidays[index - 1].month, wd = floating_holidays[index - 1].weekday;

      if (n > 0)
        {
          g_date_set_dmy (&date, 1, m, year);
          g_date_add_days (&date, (wd - g_date_get_weekday (&date) + 7) % 7 + 7 * (n - 1) +
                                  floating_holidays[index - 1].after);
        }
      else
        {
          g_date_set_dmy (&date, g_date_get_days_in_month (m, year), m, year);
          g_date_subtract_days (&date, (g_date_get_weekday (&date) - wd + 7) % 7);
        }
    }
  *month = g_date_get_month (&date);
  *day = g_date_get_day (&date);
}

/* "Thanksgiving", "on Labor Day 2025", "Easter Monday": the date comes
 * with the year, known here or once the year is chosen */
static int
floating_holiday_at (const Sent *s,
                     int         i,
                     Sem        *sem)
{
  for (guint h = 0; h < G_N_ELEMENTS (floating_holidays); h++)
    {
      int k = i + 1, end, month, day;

      if (!word_is (s, i, floating_holidays[h].first))
        continue;
      if (floating_holidays[h].second != NULL)
        {
          if (!word_is (s, k, floating_holidays[h].second) || !(s->t[k].cap || s->allcaps))
            continue;
          k++;
        }
      /* "Easter Island", "the Easter Rising", "Labor Day Parade": a name
       * goes on */
      if (IS_WORD (s, k) && s->t[k].cap && !s->allcaps)
        return -1;

      /* a year that has the holiday, until the year is known */
      floating_date (h + 1, 2001, &month, &day);
      end = holiday_and_year (s, k, month, day, sem);
      sem->floating = h + 1;
      if (sem->explicit_year && !sem->bc && sem->year >= 1583)
        floating_date (h + 1, sem->year, &sem->month, &sem->day);
      return end;
    }
  return -1;
}

/* Holidays on a fixed date, with a year or without: "Christmas", "on
 * Christmas Eve 2024", "New Year's Day", "Halloween", "Valentine's Day",
 * "Armistice Day"; and those of floating_holiday_at(). The national days
 * that differ by country are left alone. */
static int
holiday_at (const Sent *s,
            int         i,
            Sem        *sem)
{
  static const struct
  {
    const char *first;
    const char *second;   /* NULL: the first word alone */
    gboolean    possessive;  /* "Valentine's Day", "New Year's Eve" */
    int         month, day;
  } holidays[] = {
    { "christmas", "eve", FALSE, 12, 24 },
    { "christmas", "day", FALSE, 12, 25 },
    { "christmas", NULL, FALSE, 12, 25 },
    { "year", "day", TRUE, 1, 1 },         /* after "new" */
    { "year", "eve", TRUE, 12, 31 },
    { "halloween", NULL, FALSE, 10, 31 },
    { "valentine", "day", TRUE, 2, 14 },
    { "boxing", "day", FALSE, 12, 26 },
    { "bastille", "day", FALSE, 7, 14 },
    { "armistice", "day", FALSE, 11, 11 },
    { "veterans", "day", FALSE, 11, 11 },
    { "remembrance", "day", FALSE, 11, 11 },
  };
  int j = i;
  gboolean new_year;

  /* "White Christmas", "Merry Christmas": a title or a greeting */
  if (i > 0 && IS_WORD (s, i - 1) && s->t[i - 1].cap && !s->allcaps && LX (s, i - 1) == NULL)
    return -1;
  new_year = word_is (s, j, "new") && s->t[j].cap;
  if (new_year)
    j++;
  else if (KW (s, j) != SW_KW_HOLIDAY || !(s->t[j].cap || s->allcaps))
    return -1;
  /* set up only here: most words are no holiday's */
  sem_init (sem);
  if (!new_year && LX (s, j)->floating)
    return floating_holiday_at (s, j, sem);

  for (guint h = 0; h < G_N_ELEMENTS (holidays); h++)
    {
      int k = j + 1;

      if (!word_is (s, j, holidays[h].first) || (j > i) != g_str_equal (holidays[h].first, "year"))
        continue;
      if (holidays[h].possessive)
        {
          /* "Valentine's", "New Year's": a mark and an "s" */
          if (!(IS_PUNCT (s, k, '\'') && GLUED (s, k) && word_is (s, k + 1, "s")))
            continue;
          k += 2;
        }
      if (holidays[h].second != NULL)
        {
          if (!word_is (s, k, holidays[h].second))
            continue;
          k++;
        }
      /* "Christmas Island", "Christmas Carol": a name goes on */
      else if (IS_WORD (s, k) && s->t[k].cap && !s->allcaps)
        return -1;

      return holiday_and_year (s, k, holidays[h].month, holidays[h].day, sem);
    }

  return -1;
}

static int
date_absolute (const Sent *s,
               int         i,
               Sem        *sem)
{
  int wd, j, end;

  sem_init (sem);

  /* WEEKDAY [,] [the] date */
  if ((j = weekday_at (s, i, &wd)) > 0)
    {
      int k = j;

      if (IS_PUNCT (s, k, ','))
        k++;
      if ((end = date_md (s, k, sem)) > 0 && sem->day > 0)
        {
          sem->weekday = wd;
          if (sem->year < 0 && sem->ref == REF_NONE)
            sem->ref = REF_YEARLESS;
          return end;
        }
      sem_init (sem);
      sem->weekday = wd;
      sem->ref = REF_WEEKDAY;
      sem->gran = G_DAY;
      return j;
    }

  if ((end = date_md (s, i, sem)) > 0)
    {
      if (sem->year < 0 && sem->ref == REF_NONE)
        sem->ref = REF_YEARLESS;
      return end;
    }
  return -1;
}

/* 2025-03-18, 2009-12-19T17:00:00, 3/18/2025, 18/03/2025 */
static int
date_numeric (const Sent           *s,
              int                   i,
              const SwTimexOptions *opts,
              Sem                  *sem)
{
  if (!free_number (s, i))
    return -1;
  sem_init (sem);

  if (s->t[i].ndigits == 4 && IS_PUNCT (s, i + 1, '-') && GLUED (s, i + 1) &&
      IS_NUM (s, i + 2) && GLUED (s, i + 2) && s->t[i + 2].ndigits == 2 &&
      IS_PUNCT (s, i + 3, '-') && GLUED (s, i + 3) &&
      IS_NUM (s, i + 4) && GLUED (s, i + 4) && s->t[i + 4].ndigits == 2)
    {
      int y = s->t[i].num, m = s->t[i + 2].num, d = s->t[i + 4].num;
      int end = i + 5;

      if (!g_date_valid_dmy (d, m, y))
        return -1;
      sem->year = y;
      sem->month = m;
      sem->day = d;
      sem->explicit_year = TRUE;
      sem->gran = G_DAY;
      /* T17:00[:00] */
      if (IS_WORD (s, end) && GLUED (s, end) && word_is (s, end, "T") &&
          IS_NUM (s, end + 1) && GLUED (s, end + 1) && IS_PUNCT (s, end + 2, ':') &&
          IS_NUM (s, end + 3))
        {
          sem->type = SW_TIMEX_TIME;
          sem->gran = G_TIME;
          sem->hour = s->t[end + 1].num;
          sem->minute = s->t[end + 3].num;
          end += 4;
          if (IS_PUNCT (s, end, ':') && IS_NUM (s, end + 1) && GLUED (s, end + 1))
            {
              sem->second = s->t[end + 1].num;
              end += 2;
            }
        }
      return end;
    }

  if (s->t[i].ndigits <= 2 && IS_PUNCT (s, i + 1, '/') && GLUED (s, i + 1) &&
      IS_NUM (s, i + 2) && GLUED (s, i + 2) && s->t[i + 2].ndigits <= 2 &&
      IS_PUNCT (s, i + 3, '/') && GLUED (s, i + 3) &&
      IS_NUM (s, i + 4) && GLUED (s, i + 4) &&
      (s->t[i + 4].ndigits == 4 || s->t[i + 4].ndigits == 2) && free_end (s, i + 4))
    {
      int a = s->t[i].num, b = s->t[i + 2].num, y = s->t[i + 4].num;
      int m, d;

      if (s->t[i + 4].ndigits == 2)
        y += y < 50 ? 2000 : 1900;
      /* the impossible reading settles it; else the setting, US order by default */
      if (a > 12 && b <= 12)
        m = b, d = a;
      else if (b > 12 && a <= 12)
        m = a, d = b;
      else if (opts != NULL && opts->day_first)
        m = b, d = a;
      else
        m = a, d = b;
      if (!g_date_valid_dmy (d, m, y))
        return -1;
      sem->year = y;
      sem->month = m;
      sem->day = d;
      sem->explicit_year = TRUE;
      sem->gran = G_DAY;
      return i + 5;
    }

  return -1;
}

/* 2022, 480 BC, the 1990s, the 19th century */
static int
date_year (const Sent *s,
           int         i,
           Sem        *sem)
{
  int j = i, year, end;
  gboolean bc;
  gboolean the = FALSE;

  sem_init (sem);
  if (KW (s, j) == SW_KW_THE)
    {
      the = TRUE;
      j++;
    }

  /* decades: the 1990s, 1980s; centuries by hundreds: the 1800s */
  if (IS_NUM (s, j) && free_number (s, j) && s->t[j].ndigits == 4 &&
      plausible_year (s->t[j].num) && ((int)s->t[j].num) % 10 == 0 &&
      IS_WORD (s, j + 1) && GLUED (s, j + 1) && s->t[j + 1].end - s->t[j + 1].start == 1 &&
      g_ascii_tolower (s->text[s->t[j + 1].start]) == 's')
    {
      int y = s->t[j].num;

      /* (but "the early 2000s" is the decade: no one names the century
       * they live in so) */
      if (y % 100 == 0 && y < 2000)
        {
          sem->century = y / 100;
          sem->gran = G_CENTURY;
        }
      else
        {
          sem->decade = y / 10;
          sem->gran = G_DECADE;
        }
      sem->explicit_year = TRUE;
      return j + 2;
    }

  /* centuries: the 19th century, the nineteenth century, eighteenth-century */
  {
    int ord = 0;
    int k = j;

    if (IS_NUM (s, k) && s->t[k].ordinal && s->t[k].num <= 30)
      ord = s->t[k].num, k++;
    else if (LX (s, k) != NULL && LX (s, k)->ord > 0)
      {
        ord = LX (s, k)->ord;
        k++;
      }
    else if (LX (s, k) != NULL && LX (s, k)->num >= 20 && IS_PUNCT (s, k + 1, '-') &&
             LX (s, k + 2) != NULL && LX (s, k + 2)->ord > 0 && LX (s, k + 2)->ord < 10)
      {
        ord = LX (s, k)->num + LX (s, k + 2)->ord;
        k += 3;
      }
    if (ord > 0)
      {
        if (IS_PUNCT (s, k, '-') && GLUED (s, k))
          k++;
        if (LX (s, k) != NULL && LX (s, k)->unit == SW_UNIT_CENTURY && !LX (s, k)->plural)
          {
            end = k + 1;
            sem->century = ord - 1;
            sem->gran = G_CENTURY;
            sem->explicit_year = TRUE;
            if (KW (s, end) == SW_KW_BC)
              {
                sem->bc = TRUE;
                end++;
              }
            return end;
          }
      }
  }

  if (the)
    return -1;

  if ((end = lone_year_at (s, j, &year, &bc)) > 0)
    {
      sem->year = year;
      sem->bc = bc;
      sem->explicit_year = TRUE;
      sem->gran = G_YEAR;
      return end;
    }
  return -1;
}

/* '82 and '80s: a year or a decade with its century left out, which
 * resolution puts back. Not a version: "iLife '11", "Windows '95". */
static int
short_year_at (const Sent *s,
               int         i,
               Sem        *sem)
{
  if (!IS_PUNCT (s, i, '\'') || !(i == 0 || s->t[i].space_before || IS_PUNCT (s, i - 1, '(')) ||
      !IS_NUM (s, i + 1) || !GLUED (s, i + 1) || s->t[i + 1].ndigits != 2 ||
      s->t[i + 1].decimal || s->t[i + 1].ordinal)
    return -1;
  sem_init (sem);
  if (IS_WORD (s, i - 1) && LX (s, i - 1) == NULL)
    for (guint p = s->t[i - 1].start; p < s->t[i - 1].end; p++)
      if (g_ascii_isupper (s->text[p]))
        return -1;

  sem->short_year = TRUE;
  sem->year = s->t[i + 1].num;
  /* '80s */
  if (IS_WORD (s, i + 2) && GLUED (s, i + 2) && word_is (s, i + 2, "s") && sem->year % 10 == 0)
    {
      if (!free_end (s, i + 2))
        return -1;
      sem->gran = G_DECADE;
      return i + 3;
    }
  if (!free_end (s, i + 1) || IS_PUNCT (s, i + 2, '\''))
    return -1;
  sem->gran = G_YEAR;
  return i + 2;
}

/* ------------------------------------------------------------------ */
/* Seasons, quarters, halves, fiscal years */

static int
year_suffix (const Sent *s,
             int         i,
             Sem        *sem)
{
  int year, end;
  gboolean bc;
  int k = KW (s, i);

  /* "of 1963", "1963", "of this year", "of last year", "of the year" */
  if (k == SW_KW_OF)
    {
      if ((end = year_at (s, i + 1, &year, &bc)) > 0)
        {
          sem->year = year;
          sem->bc = bc;
          sem->explicit_year = TRUE;
          return end;
        }
      if (KW (s, i + 1) == SW_KW_THE && (KW (s, i + 2) == SW_KW_SAME || KW (s, i + 2) == SW_KW_FOLLOWING ||
                                          KW (s, i + 2) == SW_KW_NEXT || KW (s, i + 2) == SW_KW_PREVIOUS) &&
          LX (s, i + 3) != NULL && LX (s, i + 3)->unit == SW_UNIT_YEAR && !LX (s, i + 3)->plural)
        {
          int kk = KW (s, i + 2);

          sem->ref = REF_ANCHOR;
          sem->unit = SW_UNIT_YEAR;
          sem->shift = kk == SW_KW_SAME ? 0 : kk == SW_KW_PREVIOUS ? -1 : 1;
          return i + 4;
        }
      if ((KW (s, i + 1) == SW_KW_THIS || KW (s, i + 1) == SW_KW_LAST ||
           KW (s, i + 1) == SW_KW_NEXT || KW (s, i + 1) == SW_KW_THAT ||
           KW (s, i + 1) == SW_KW_THE) &&
          LX (s, i + 2) != NULL && LX (s, i + 2)->unit == SW_UNIT_YEAR && !LX (s, i + 2)->plural)
        {
          int kk = KW (s, i + 1);

          sem->ref = (kk == SW_KW_THE || kk == SW_KW_THAT) ? REF_ANCHOR : REF_DCT;
          sem->unit = SW_UNIT_YEAR;
          sem->shift = kk == SW_KW_LAST ? -1 : kk == SW_KW_NEXT ? 1 : 0;
          return i + 3;
        }
      return -1;
    }
  if ((end = year_at (s, i, &year, &bc)) > 0)
    {
      sem->year = year;
      sem->bc = bc;
      sem->explicit_year = TRUE;
      return end;
    }
  return -1;
}

static int
date_period (const Sent *s,
             int         i,
             Sem        *sem)
{
  int j = i, end;
  gboolean the = FALSE;
  const SwLex *l;

  sem_init (sem);
  if (KW (s, j) == SW_KW_THE)
    {
      the = TRUE;
      j++;
    }

  /* seasons */
  l = LX (s, j);
  if (l != NULL && l->season > 0 && (!s->t[j].cap || s->allcaps || !GLUED (s, j) || TRUE))
    {
      sem->season = l->season;
      sem->gran = G_SEASON;
      sem->ref = REF_YEARLESS;
      if ((end = year_suffix (s, j + 1, sem)) > 0)
        {
          if (sem->explicit_year)
            sem->ref = REF_NONE;
          return end;
        }
      /* "spring" and "fall" are also other words: alone they need "the" or "in" */
      if (word_is (s, j, "spring") || word_is (s, j, "fall"))
        {
          int k = KW (s, i - 1);

          if (!the && k != SW_KW_IN && k != SW_KW_DURING && k != SW_KW_SINCE &&
              k != SW_KW_UNTIL && k != SW_KW_BY)
            return -1;
          if (the && l->season == 3 && KW (s, j + 1) == SW_KW_OF)
            return -1; /* "the fall of Saigon" */
        }
      if (IS_PUNCT (s, j + 1, '-') && GLUED (s, j + 1))
        return -1;
      return j + 1;
    }

  /* quarters: the third quarter [of 2009], third-quarter, the final quarter */
  {
    int q = 0, k = j;

    l = LX (s, k);
    if (l != NULL && l->ord >= 1 && l->ord <= 4)
      q = l->ord;
    else if (IS_NUM (s, k) && s->t[k].ordinal && s->t[k].num >= 1 && s->t[k].num <= 4)
      q = s->t[k].num;
    else if (KW (s, k) == SW_KW_FINAL || (the && KW (s, k) == SW_KW_LAST))
      q = 4;
    if (q > 0)
      {
        k++;
        if (IS_PUNCT (s, k, '-') && GLUED (s, k))
          k++;
        if (LX (s, k) != NULL && LX (s, k)->unit == SW_UNIT_QUARTER && !LX (s, k)->plural)
          {
            sem->quarter = q;
            sem->gran = G_QUARTER;
            sem->ref = REF_YEARLESS;
            end = k + 1;
            if (year_suffix (s, end, sem) > 0)
              {
                end = year_suffix (s, end, sem);
                if (sem->explicit_year)
                  sem->ref = REF_NONE;
              }
            else if (!the && !IS_PUNCT (s, k - 1, '-'))
              return -1;
            return end;
          }
        /* halves: the first half of 2008, the second half; alone only
         * in a story of a business's figures ("profit for the first
         * half"), not of a match ("scored in the second half") */
        if (KW (s, k) == SW_KW_HALF && (q == 1 || q == 2) &&
            (KW (s, k + 1) == SW_KW_OF ||
             ((the || IS_PUNCT (s, k - 1, '-')) && !(IS_PUNCT (s, k + 1, '-') && GLUED (s, k + 1)) &&
              !word_is (s, k + 1, "time") && accounts_by (s))))
          {
            sem->half = q;
            sem->gran = G_HALF;
            sem->ref = REF_YEARLESS;
            if (KW (s, k + 1) != SW_KW_OF)
              return k + 1;
            if ((end = year_suffix (s, k + 1, sem)) > 0)
              {
                if (sem->explicit_year)
                  sem->ref = REF_NONE;
                return end;
              }
            return -1;
          }
      }
    if (KW (s, j) == SW_KW_LATTER && KW (s, j + 1) == SW_KW_HALF && KW (s, j + 2) == SW_KW_OF)
      {
        sem->half = 2;
        sem->gran = G_HALF;
        sem->ref = REF_YEARLESS;
        if ((end = year_suffix (s, j + 2, sem)) > 0)
          {
            if (sem->explicit_year)
              sem->ref = REF_NONE;
            return end;
          }
        return -1;
      }
  }

  if (the)
    return -1;

  /* Q3 2024, H1 2025 */
  if (IS_WORD (s, j) && s->t[j].end - s->t[j].start == 1 && IS_NUM (s, j + 1) &&
      GLUED (s, j + 1) && s->t[j + 1].ndigits == 1)
    {
      char c = g_ascii_toupper (s->text[s->t[j].start]);
      int v = s->t[j + 1].num;

      if ((c == 'Q' && v >= 1 && v <= 4) || (c == 'H' && v >= 1 && v <= 2))
        {
          int year;
          gboolean bc;

          if (c == 'Q')
            sem->quarter = v, sem->gran = G_QUARTER;
          else
            sem->half = v, sem->gran = G_HALF;
          if ((end = year_at (s, j + 2, &year, &bc)) > 0)
            {
              sem->year = year;
              sem->explicit_year = TRUE;
              return end;
            }
          if (c == 'Q' && free_end (s, j + 1))
            {
              sem->ref = REF_YEARLESS;
              return j + 2;
            }
          return -1;
        }
    }

  /* fiscal 2024, fiscal year 2024, FY2024 */
  if (KW (s, j) == SW_KW_FISCAL)
    {
      int k = j + 1, year;
      gboolean bc;

      if (LX (s, k) != NULL && LX (s, k)->unit == SW_UNIT_YEAR && !LX (s, k)->plural)
        k++;
      if ((end = year_at (s, k, &year, &bc)) > 0)
        {
          sem->year = year;
          sem->fiscal = TRUE;
          sem->explicit_year = TRUE;
          sem->gran = G_YEAR;
          return end;
        }
      return -1;
    }
  if (word_is (s, j, "FY") && IS_NUM (s, j + 1) && GLUED (s, j + 1))
    {
      int y = s->t[j + 1].num;

      if (s->t[j + 1].ndigits == 2)
        y += 2000;
      else if (s->t[j + 1].ndigits != 4)
        return -1;
      sem->year = y;
      sem->fiscal = TRUE;
      sem->explicit_year = TRUE;
      sem->gran = G_YEAR;
      return j + 2;
    }

  return -1;
}

/* ------------------------------------------------------------------ */
/* Clock times */

static int
ampm_at (const Sent *s,
         int         i,
         int        *pm)
{
  /* am, pm, a.m., p.m., AM, PM */
  int k = KW (s, i);

  if (k == SW_KW_AM || k == SW_KW_PM)
    {
      /* (a period after "7am" ends the sentence, not the word) */
      *pm = k == SW_KW_PM;
      return i + 1;
    }
  if ((word_is (s, i, "a") || word_is (s, i, "p")) && IS_PUNCT (s, i + 1, '.') &&
      GLUED (s, i + 1) && word_is (s, i + 2, "m") && GLUED (s, i + 2))
    {
      *pm = word_is (s, i, "p");
      if (IS_PUNCT (s, i + 3, '.') && GLUED (s, i + 3))
        return i + 4;
      return i + 3;
    }
  return -1;
}

static int
clock_at (const Sent *s,
          int         i,
          Sem        *sem)
{
  int h, m = 0, end, pm = -1, e2;
  gboolean noon = KW (s, i) == SW_KW_NOON || KW (s, i) == SW_KW_MIDNIGHT;

  /* set up only past this test: most candidates are no clock */
  if (!noon && (!free_number (s, i) || s->t[i].ordinal))
    return -1;

  sem_init (sem);
  sem->type = SW_TIMEX_TIME;
  sem->gran = G_TIME;

  if (noon)
    {
      sem->hour = KW (s, i) == SW_KW_NOON ? 12 : 24;
      sem->minute = 0;
      sem->ref = REF_DCT;
      return i + 1;
    }

  if (s->t[i].decimal)
    {
      /* "5.40am", "12.30 p.m.": a clock with a point, as British papers
       * write it, only before am or pm ("5.40" alone is a number) */
      const char *w = s->text + s->t[i].start;
      guint len = s->t[i].end - s->t[i].start;
      const char *dot = memchr (w, '.', len);

      /* (or, on the 24-hour clock, before a time zone: "09.40 GMT") */
      gboolean zone = KW (s, i + 1) == SW_KW_TZ;

      e2 = zone ? i + 1 : ampm_at (s, i + 1, &pm);
      if (dot == NULL || dot == w || dot - w > 2 || w + len - dot != 3 || !g_ascii_isdigit (dot[1]) ||
          !g_ascii_isdigit (dot[2]) || e2 <= 0)
        return -1;
      h = dot - w == 2 ? (w[0] - '0') * 10 + (w[1] - '0') : w[0] - '0';
      m = (dot[1] - '0') * 10 + (dot[2] - '0');
      if (zone ? (h > 23 || m > 59) : (h < 1 || h > 12 || m > 59))
        return -1;
      end = e2;
    }
  else if (s->t[i].ndigits <= 2 && IS_PUNCT (s, i + 1, ':') && GLUED (s, i + 1) &&
      IS_NUM (s, i + 2) && GLUED (s, i + 2) && s->t[i + 2].ndigits == 2)
    {
      h = s->t[i].num;
      m = s->t[i + 2].num;
      if (h > 24 || m > 59)
        return -1;
      end = i + 3;
      if (IS_PUNCT (s, end, ':') && IS_NUM (s, end + 1) && GLUED (s, end + 1) && s->t[end + 1].ndigits == 2)
        {
          sem->second = s->t[end + 1].num;
          end += 2;
        }
      if ((e2 = ampm_at (s, end, &pm)) > 0)
        end = e2;
      else if (KW (s, end) == SW_KW_HRS)
        end++;
      else if (!free_end (s, end - 1))
        return -1;
    }
  else if (s->t[i].ndigits <= 2 && (e2 = ampm_at (s, i + 1, &pm)) > 0)
    {
      h = s->t[i].num;
      if (h < 1 || h > 12)
        return -1;
      end = e2;
    }
  else if (s->t[i].ndigits <= 2 && KW (s, i + 1) == SW_KW_OCLOCK)
    {
      h = s->t[i].num;
      if (h < 1 || h > 12)
        return -1;
      end = i + 2;
    }
  else if (s->t[i].ndigits <= 2 && word_is (s, i + 1, "o") && IS_PUNCT (s, i + 2, '\'') &&
           KW (s, i + 3) == SW_KW_OCLOCK)
    {
      h = s->t[i].num;
      if (h < 1 || h > 12)
        return -1;
      end = i + 4;
    }
  else if (s->t[i].ndigits == 4 && (KW (s, i + 1) == SW_KW_HRS || KW (s, i + 1) == SW_KW_TZ))
    {
      h = (int)s->t[i].num / 100;
      m = (int)s->t[i].num % 100;
      if (h > 24 || m > 59)
        return -1;
      end = KW (s, i + 1) == SW_KW_HRS ? i + 2 : i + 1;
    }
  else
    return -1;

  if (pm == 1 && h < 12)
    h += 12;
  else if (pm == 0 && h == 12)
    h = 0;
  sem->hour = h;
  sem->minute = m;
  sem->ref = REF_DCT;

  if (KW (s, end) == SW_KW_TZ)
    {
      sem->tz = LX (s, end)->value;
      end++;
    }
  return end;
}

/* ------------------------------------------------------------------ */
/* Relative and anaphoric expressions */

static SwUnit
unit_singular (const Sent *s,
               int         i)
{
  const SwLex *l = LX (s, i);

  if (l == NULL || l->unit == SW_UNIT_NONE || l->plural)
    return SW_UNIT_NONE;
  return l->unit;
}

static Gran
gran_of_unit (SwUnit u)
{
  switch (u)
    {
    case SW_UNIT_SECOND:
    case SW_UNIT_MINUTE:
    case SW_UNIT_HOUR:
    case SW_UNIT_DAY:
      return G_DAY;
    case SW_UNIT_WEEKEND:
      return G_WEEKEND;
    case SW_UNIT_WEEK:
    case SW_UNIT_FORTNIGHT:
      return G_WEEK;
    case SW_UNIT_MONTH:
      return G_MONTH;
    case SW_UNIT_QUARTER:
      return G_QUARTER;
    case SW_UNIT_YEAR:
      return G_YEAR;
    case SW_UNIT_DECADE:
      return G_DECADE;
    case SW_UNIT_CENTURY:
      return G_CENTURY;
    case SW_UNIT_MILLENNIUM:
      return G_MILLENNIUM;
    case SW_UNIT_NONE:
    default:
      return G_NONE;
    }
}

static int
pod_after (const Sent *s,
           int         i,
           Sem        *sem)
{
  const SwLex *l = LX (s, i);

  if (l != NULL && l->pod > 0 && !l->plural)
    {
      sem->pod = l->pod;
      sem->type = SW_TIMEX_TIME;
      sem->gran = G_POD;
      return i + 1;
    }
  return -1;
}

/* "the day" that a market report closes: "ended the day at 7,114",
 * "finished the day higher", "fell 2% for the day." It is the day the
 * story is at. A verb of closing must precede it, or "for" or "on" with
 * nothing after it ("for the day of the vote" is something else). */
static gboolean
session_day_at (const Sent *s,
                int         i)
{
  static const char * const closing[] = {
    "end", "ends", "ended", "ending", "close", "closes", "closed", "closing",
    "finish", "finishes", "finished", "finishing", NULL,
  };
  int k = KW (s, i - 1);

  if (KW (s, i) != SW_KW_THE || unit_singular (s, i + 1) != SW_UNIT_DAY ||
      (IS_PUNCT (s, i + 2, '\'') && word_is (s, i + 3, "s")))
    return FALSE;
  if (k == SW_KW_FOR || k == SW_KW_ON)
    return i + 2 >= s->n || IS_PUNCT (s, i + 2, ',') || IS_PUNCT (s, i + 2, '.') ||
           IS_PUNCT (s, i + 2, ';');
  for (guint n = 0; closing[n] != NULL; n++)
    if (word_is (s, i - 1, closing[n]))
      return TRUE;
  return FALSE;
}

/* "last year", "a year ago", "a year earlier", "the previous year", "the
 * year before", "of last year": one year back. Returns the end or -1. */
static int
year_back_at (const Sent *s,
              int         i)
{
  if (KW (s, i) == SW_KW_OF || KW (s, i) == SW_KW_IN)
    i++;
  if (KW (s, i) == SW_KW_LAST && unit_singular (s, i + 1) == SW_UNIT_YEAR)
    return i + 2;
  if ((KW (s, i) == SW_KW_A || word_is (s, i, "one")) && unit_singular (s, i + 1) == SW_UNIT_YEAR &&
      (KW (s, i + 2) == SW_KW_AGO || KW (s, i + 2) == SW_KW_EARLIER || KW (s, i + 2) == SW_KW_BEFORE))
    return i + 3;
  if (KW (s, i) == SW_KW_THE && KW (s, i + 1) == SW_KW_PREVIOUS &&
      unit_singular (s, i + 2) == SW_UNIT_YEAR)
    return i + 3;
  if (KW (s, i) == SW_KW_THE && unit_singular (s, i + 1) == SW_UNIT_YEAR &&
      (KW (s, i + 2) == SW_KW_BEFORE || KW (s, i + 2) == SW_KW_EARLIER ||
       KW (s, i + 2) == SW_KW_PREVIOUS))
    return i + 3;
  return -1;
}

/* After "the same": "month a year ago", "quarter last year", "period a
 * year earlier". The period the story is at, one year back; "period" and
 * "time" take the story's own precision. A comparison, not where the
 * story goes next. */
static int
same_period_at (const Sent *s,
                int         i,
                Sem        *sem)
{
  SwUnit u = unit_singular (s, i);
  int end, year;
  gboolean bc;

  if (u != SW_UNIT_DAY && u != SW_UNIT_WEEK && u != SW_UNIT_MONTH && u != SW_UNIT_QUARTER &&
      !word_is (s, i, "period") && !word_is (s, i, "time"))
    return -1;
  /* "the same month of 2019": the story's period in the year it names */
  if ((KW (s, i + 1) == SW_KW_OF || KW (s, i + 1) == SW_KW_IN) && s->t[i + 2].kind == TK_NUM &&
      s->t[i + 2].num >= 1000 && (end = year_at (s, i + 2, &year, &bc)) > 0 && !bc)
    {
      sem->ref = REF_ANCHOR;
      sem->year = year;
      sem->gran = u == SW_UNIT_NONE ? G_NONE : gran_of_unit (u);
      sem->compare = TRUE;
      return end;
    }
  if ((end = year_back_at (s, i + 1)) < 0)
    return -1;
  sem->ref = REF_ANCHOR;
  sem->unit = SW_UNIT_YEAR;
  sem->shift = -1;
  sem->gran = u == SW_UNIT_NONE ? G_NONE : gran_of_unit (u);
  sem->compare = TRUE;
  return end;
}

static int
date_relative (const Sent *s,
               int         i,
               Sem        *sem)
{
  int k = KW (s, i);
  int end, j, v;
  SwUnit u;
  const SwLex *l;

  sem_init (sem);

  switch (k)
    {
    case SW_KW_TODAY:
    case SW_KW_YESTERDAY:
    case SW_KW_TOMORROW:
      /* "USA Today", "Radio 4's Today programme", "the Today show": a name */
      if (k == SW_KW_TODAY && s->t[i].cap && !s->allcaps && i > 0 &&
          (word_is (s, i - 1, "usa") || word_is (s, i - 1, "the") ||
           (word_is (s, i - 1, "s") && IS_PUNCT (s, i - 2, '\'')) ||
           word_is (s, i + 1, "programme") || word_is (s, i + 1, "program") || word_is (s, i + 1, "show")))
        return -1;
      sem->ref = REF_DCT;
      sem->unit = SW_UNIT_DAY;
      sem->shift = k == SW_KW_TODAY ? 0 : k == SW_KW_YESTERDAY ? -1 : 1;
      sem->gran = G_DAY;
      end = i + 1;
      if (IS_PUNCT (s, end, '\'') && word_is (s, end + 1, "s"))
        return end;
      if ((j = pod_after (s, end, sem)) > 0)
        end = j;
      return end;

    case SW_KW_TONIGHT:
    case SW_KW_OVERNIGHT:
      sem->ref = REF_DCT;
      sem->unit = SW_UNIT_DAY;
      sem->type = SW_TIMEX_TIME;
      sem->gran = G_POD;
      sem->pod = 4;
      sem->overnight = k == SW_KW_OVERNIGHT;
      return i + 1;

    case SW_KW_THE:
      j = i + 1;
      /* "ended the day at 7,114", "down 2% for the day." */
      if (session_day_at (s, i))
        {
          sem->ref = REF_ANCHOR;
          sem->unit = SW_UNIT_DAY;
          sem->gran = G_DAY;
          sem->session = TRUE;
          return j + 1;
        }
      /* the day before yesterday, the day after tomorrow */
      if (unit_singular (s, j) == SW_UNIT_DAY &&
          (KW (s, j + 1) == SW_KW_BEFORE || KW (s, j + 1) == SW_KW_AFTER) &&
          (KW (s, j + 2) == SW_KW_YESTERDAY || KW (s, j + 2) == SW_KW_TOMORROW))
        {
          sem->ref = REF_DCT;
          sem->unit = SW_UNIT_DAY;
          sem->shift = KW (s, j + 2) == SW_KW_YESTERDAY ? -2 : 2;
          sem->gran = G_DAY;
          return j + 3;
        }
      /* the day before, the year after: anaphoric */
      if ((u = unit_singular (s, j)) != SW_UNIT_NONE && u != SW_UNIT_SECOND && u != SW_UNIT_MINUTE &&
          (KW (s, j + 1) == SW_KW_BEFORE || KW (s, j + 1) == SW_KW_AFTER ||
           KW (s, j + 1) == SW_KW_PREVIOUS) &&
          (j + 2 >= s->n || s->t[j + 2].kind == TK_PUNCT))
        {
          sem->ref = REF_ANCHOR;
          sem->unit = u;
          sem->shift = KW (s, j + 1) == SW_KW_AFTER ? 1 : -1;
          sem->gran = gran_of_unit (u);
          return j + 2;
        }
      /* the same month a year ago, the same period last year */
      if (KW (s, j) == SW_KW_SAME && (end = same_period_at (s, j + 1, sem)) > 0)
        return end;
      /* the same day, the next day, the following year, the previous month */
      k = KW (s, j);
      if ((k == SW_KW_SAME || k == SW_KW_NEXT || k == SW_KW_FOLLOWING || k == SW_KW_PREVIOUS) &&
          (u = unit_singular (s, j + 1)) != SW_UNIT_NONE && u != SW_UNIT_SECOND &&
          u != SW_UNIT_MINUTE && u != SW_UNIT_HOUR)
        {
          sem->ref = REF_ANCHOR;
          sem->unit = u;
          sem->shift = k == SW_KW_SAME ? 0 : k == SW_KW_PREVIOUS ? -1 : 1;
          sem->gran = gran_of_unit (u);
          end = j + 2;
          if ((j = pod_after (s, end, sem)) > 0)
            end = j;
          return end;
        }
      /* the next morning, the following evening, the previous afternoon */
      if ((k == SW_KW_NEXT || k == SW_KW_FOLLOWING || k == SW_KW_SAME || k == SW_KW_PREVIOUS) &&
          (l = LX (s, j + 1)) != NULL && l->pod > 0)
        {
          sem->ref = REF_ANCHOR;
          sem->unit = SW_UNIT_DAY;
          sem->shift = k == SW_KW_SAME ? 0 : k == SW_KW_PREVIOUS ? -1 : 1;
          sem->pod = l->pod;
          sem->type = SW_TIMEX_TIME;
          sem->gran = G_POD;
          return j + 2;
        }
      /* the previous April, the following spring */
      if ((k == SW_KW_NEXT || k == SW_KW_FOLLOWING || k == SW_KW_PREVIOUS) &&
          month_at (s, j + 1, &v) > 0)
        {
          sem->ref = REF_YEARLESS;
          sem->month = v;
          sem->gran = G_MONTH;
          sem->dir = k == SW_KW_PREVIOUS ? -1 : 1;
          return month_at (s, j + 1, &v);
        }
      if ((k == SW_KW_NEXT || k == SW_KW_FOLLOWING || k == SW_KW_PREVIOUS) && (l = LX (s, j + 1)) != NULL &&
          l->season > 0 && !l->plural)
        {
          sem->ref = REF_YEARLESS;
          sem->season = l->season;
          sem->gran = G_SEASON;
          sem->dir = k == SW_KW_PREVIOUS ? -1 : 1;
          return j + 2;
        }
      /* the weekend */
      if (unit_singular (s, j) == SW_UNIT_WEEKEND)
        {
          sem->ref = REF_DCT;
          sem->unit = SW_UNIT_WEEK;
          sem->gran = G_WEEKEND;
          return j + 1;
        }
      /* the morning / the night of DATE */
      if ((l = LX (s, j)) != NULL && l->pod > 0 && !l->plural && KW (s, j + 1) == SW_KW_OF)
        {
          Sem d;
          int e = date_absolute (s, j + 2, &d);

          if (e > 0 && d.gran == G_DAY)
            {
              *sem = d;
              sem->pod = l->pod;
              sem->type = SW_TIMEX_TIME;
              sem->gran = G_POD;
              return e;
            }
        }
      /* the 18th (of the month) */
      if (IS_NUM (s, j) && s->t[j].ordinal && s->t[j].num >= 1 && s->t[j].num <= 31 &&
          !(IS_WORD (s, j + 1) && s->t[j + 1].lower && KW (s, j + 1) == SW_KW_NONE) &&
          !(IS_PUNCT (s, j + 1, '-')) && LX (s, j + 1) == NULL)
        {
          sem->ref = REF_DAYONLY;
          sem->day = s->t[j].num;
          sem->gran = G_DAY;
          return j + 1;
        }
      return -1;

    case SW_KW_THIS:
    case SW_KW_LAST:
    case SW_KW_NEXT:
    case SW_KW_THAT:
    case SW_KW_PAST:
      j = i + 1;
      /* "this past week" */
      if (k == SW_KW_THIS && KW (s, j) == SW_KW_PAST)
        {
          k = SW_KW_LAST;
          j++;
        }
      if ((u = unit_singular (s, j)) != SW_UNIT_NONE && u != SW_UNIT_SECOND &&
          u != SW_UNIT_MINUTE && u != SW_UNIT_HOUR && k != SW_KW_PAST)
        {
          /* "that day", and "this day" too: news says "today" for the day
           * it is written, and "this day" for the day just told of */
          sem->ref = k == SW_KW_THAT || (k == SW_KW_THIS && u == SW_UNIT_DAY) ? REF_ANCHOR : REF_DCT;
          sem->unit = u == SW_UNIT_WEEKEND ? SW_UNIT_WEEK : u;
          sem->shift = k == SW_KW_LAST ? -1 : k == SW_KW_NEXT ? 1 : 0;
          sem->gran = gran_of_unit (u);
          /* "that day" in news is as often the day just named */
          return j + 1;
        }
      if (k == SW_KW_PAST)
        return -1;
      if ((end = month_at (s, j, &v)) > 0)
        {
          sem->ref = REF_YEARLESS;
          sem->month = v;
          sem->gran = G_MONTH;
          sem->dir = k == SW_KW_LAST ? -1 : k == SW_KW_NEXT ? 1 : 0;
          sem->deictic = TRUE;
          if (k == SW_KW_THAT)
            return -1;
          return end;
        }
      if ((end = weekday_at (s, j, &v)) > 0)
        {
          sem->ref = REF_WEEKDAY;
          sem->weekday = v;
          sem->gran = G_DAY;
          sem->dir = k == SW_KW_LAST ? -2 : k == SW_KW_NEXT ? 2 : 0;
          if (k == SW_KW_THAT)
            return -1;
          if ((j = pod_after (s, end, sem)) > 0)
            end = j;
          return end;
        }
      if ((l = LX (s, j)) != NULL && l->season > 0)
        {
          sem->ref = REF_YEARLESS;
          sem->season = l->season;
          sem->gran = G_SEASON;
          sem->dir = k == SW_KW_LAST ? -1 : k == SW_KW_NEXT ? 1 : 0;
          sem->deictic = k != SW_KW_THAT;
          if (k == SW_KW_THAT)
            sem->ref = REF_ANCHOR, sem->unit = SW_UNIT_YEAR;
          return j + 1;
        }
      if ((l = LX (s, j)) != NULL && l->pod > 0 && !l->plural && k != SW_KW_NEXT)
        {
          sem->ref = k == SW_KW_THAT ? REF_ANCHOR : REF_DCT;
          sem->unit = SW_UNIT_DAY;
          sem->shift = k == SW_KW_LAST ? -1 : 0;
          sem->pod = l->pod;
          sem->type = SW_TIMEX_TIME;
          sem->gran = G_POD;
          return j + 1;
        }
      return -1;

    default:
      break;
    }

  return -1;
}

/* ------------------------------------------------------------------ */
/* The whole expression at one position */

typedef struct
{
  const SwTimexOptions *opts;
} Ctx;

static int match_core (const Sent *s, int i, const Ctx *ctx, Sem *sem, gboolean allow_bare);

static int
pick_longest (int   end,
              Sem  *best,
              int   cand_end,
              Sem  *cand)
{
  if (cand_end > end)
    {
      *best = *cand;
      return cand_end;
    }
  return end;
}

/* WEEKDAY/today [early|late] POD: "Tuesday night", "Friday morning" */
static int
with_pod (const Sent *s,
          int         end,
          Sem        *sem)
{
  int j;

  if (sem->gran != G_DAY || sem->hour >= 0)
    return end;
  if ((j = pod_after (s, end, sem)) > 0)
    return j;
  return end;
}

/* A date that a clock time may attach to */
static int
date_for_clock (const Sent *s,
                int         i,
                Sem        *sem)
{
  int end;

  if ((end = date_absolute (s, i, sem)) > 0 && sem->gran == G_DAY)
    return end;
  if ((end = date_relative (s, i, sem)) > 0 && sem->gran == G_DAY)
    return end;
  return -1;
}

/* Does @smaller count in a unit below @larger that a duration of both
 * would write after it? Years then months, days then hours, hours then
 * minutes … but not weeks then days' halves of a fortnight. */
static gboolean
unit_below (SwUnit larger,
            SwUnit smaller)
{
  switch (larger)
    {
    case SW_UNIT_YEAR: return smaller == SW_UNIT_MONTH || smaller == SW_UNIT_WEEK || smaller == SW_UNIT_DAY;
    case SW_UNIT_MONTH: return smaller == SW_UNIT_WEEK || smaller == SW_UNIT_DAY;
    case SW_UNIT_WEEK: return smaller == SW_UNIT_DAY;
    case SW_UNIT_DAY: return smaller == SW_UNIT_HOUR || smaller == SW_UNIT_MINUTE;
    case SW_UNIT_HOUR: return smaller == SW_UNIT_MINUTE || smaller == SW_UNIT_SECOND;
    case SW_UNIT_MINUTE: return smaller == SW_UNIT_SECOND;
    default: return FALSE;
    }
}

/* "an hour and 20 minutes", "three years and six months": a duration in
 * whole units that goes on in a smaller one is one duration. Returns the
 * end of both, or @end. */
static int
with_smaller_part (const Sent *s,
                   int         end,
                   Sem        *sem)
{
  Sem more;
  int e;

  if (sem->type != SW_TIMEX_DURATION || sem->amount_x || sem->amount != floor (sem->amount) ||
      sem->mod != NULL || KW (s, end) != SW_KW_AND)
    return end;
  if ((e = duration_core (s, end + 1, &more, FALSE)) <= 0 || more.type != SW_TIMEX_DURATION || more.amount_x ||
      more.amount != floor (more.amount) || more.mod != NULL || !unit_below (sem->unit, more.unit))
    return end;
  sem->more_amount = more.amount;
  sem->more_unit = more.unit;
  return e;
}

static int
match_core (const Sent *s,
            int         i,
            const Ctx  *ctx,
            Sem        *sem,
            gboolean    allow_bare)
{
  Sem cand;
  int end = -1, e;

  sem_init (sem);

  if ((e = date_numeric (s, i, ctx->opts, &cand)) > 0)
    end = pick_longest (end, sem, e, &cand);
  if ((e = date_absolute (s, i, &cand)) > 0)
    {
      e = with_pod (s, e, &cand);
      end = pick_longest (end, sem, e, &cand);
    }
  if ((e = date_year (s, i, &cand)) > 0)
    end = pick_longest (end, sem, e, &cand);
  if ((e = holiday_at (s, i, &cand)) > 0)
    end = pick_longest (end, sem, e, &cand);
  if ((e = short_year_at (s, i, &cand)) > 0)
    end = pick_longest (end, sem, e, &cand);
  if ((e = date_period (s, i, &cand)) > 0)
    end = pick_longest (end, sem, e, &cand);
  if ((e = date_relative (s, i, &cand)) > 0)
    end = pick_longest (end, sem, e, &cand);
  if ((e = clock_at (s, i, &cand)) > 0)
    {
      Sem d;
      int k = e, e2;
      gboolean comma = IS_PUNCT (s, k, ',');

      /* 12:00 UTC Monday, 16:00 UTC today, 3:30 p.m. on Tuesday */
      if (comma)
        k++;
      if (KW (s, k) == SW_KW_ON)
        k++;
      if ((e2 = date_for_clock (s, k, &d)) > 0)
        {
          d.type = SW_TIMEX_TIME;
          d.gran = G_TIME;
          d.hour = cand.hour;
          d.minute = cand.minute;
          d.second = cand.second;
          d.tz = cand.tz;
          if (KW (s, e2) == SW_KW_TZ)
            d.tz = LX (s, e2)->value, e2++;
          /* "11 o'clock Sunday night", "9:30 Monday evening": the part of
           * the day says which half of it a twelve-hour clock means */
          else if (LX (s, e2) != NULL && LX (s, e2)->pod > 0 && LX (s, e2)->pod < 5 && !LX (s, e2)->plural)
            {
              int pod = LX (s, e2)->pod;

              if (d.hour >= 1 && d.hour < 12 &&
                  ((pod == 2 && d.hour <= 6) || (pod == 3 && d.hour >= 4) || (pod == 4 && d.hour >= 6)))
                d.hour += 12;
              e2++;
            }
          cand = d;
          /* "at 16:15 UTC, June 1st": the time on that day, and the day
           * as an expression of its own */
          if (!comma)
            e = e2;
        }
      end = pick_longest (end, sem, e, &cand);
    }
  if ((e = duration_core (s, i, &cand, allow_bare)) > 0)
    {
      e = with_smaller_part (s, e, &cand);
      end = pick_longest (end, sem, e, &cand);
    }

  /* a date followed by its clock time: "May 8 1:00AM", "March 19, 9:34 p.m." */
  if (end > 0 && sem->type == SW_TIMEX_DATE && sem->gran == G_DAY)
    {
      int k = end, e2;
      Sem t;

      if ((e2 = clock_at (s, k, &t)) > 0 && t.hour >= 0 && !IS_PUNCT (s, k - 1, ','))
        {
          sem->type = SW_TIMEX_TIME;
          sem->gran = G_TIME;
          sem->hour = t.hour;
          sem->minute = t.minute;
          sem->second = t.second;
          sem->tz = t.tz;
          end = e2;
          if (KW (s, end) == SW_KW_TZ)
            sem->tz = LX (s, end)->value, end++;
        }
    }

  return end;
}

static const char *
quantity_mod (const Sent *s,
              int         i,
              int        *after)
{
  int k = KW (s, i);

  switch (k)
    {
    case SW_KW_ABOUT:
      *after = i + 1;
      if (IS_PUNCT (s, i + 1, '.') && GLUED (s, i + 1))
        *after = i + 2;
      return "APPROX";
    case SW_KW_SOME:
      if (IS_NUM (s, i + 1) || (LX (s, i + 1) != NULL && LX (s, i + 1)->num > 0))
        {
          *after = i + 1;
          return "APPROX";
        }
      return NULL;
    case SW_KW_ALMOST:
      *after = i + 1;
      return "LESS_THAN";
    case SW_KW_MORE:
    case SW_KW_LESS:
      if (KW (s, i + 1) == SW_KW_THAN)
        {
          *after = i + 2;
          return k == SW_KW_MORE ? "MORE_THAN" : "LESS_THAN";
        }
      return NULL;
    case SW_KW_OVER:
    case SW_KW_UNDER:
      if (KW (s, i + 1) == SW_KW_THE)
        return NULL;
      *after = i + 1;
      return k == SW_KW_OVER ? "MORE_THAN" : "LESS_THAN";
    case SW_KW_AT:
      if (KW (s, i + 1) == SW_KW_LEAST || KW (s, i + 1) == SW_KW_MOST)
        {
          *after = i + 2;
          return KW (s, i + 1) == SW_KW_LEAST ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
        }
      return NULL;
    case SW_KW_UP:
      if (KW (s, i + 1) == SW_KW_TO)
        {
          *after = i + 2;
          return "EQUAL_OR_LESS";
        }
      return NULL;
    case SW_KW_CLOSE:
      if (KW (s, i + 1) == SW_KW_TO)
        {
          *after = i + 2;
          return "LESS_THAN";
        }
      return NULL;
    case SW_KW_WELL:
      if (KW (s, i + 1) == SW_KW_OVER)
        {
          *after = i + 2;
          return "MORE_THAN";
        }
      return NULL;
    case SW_KW_JUST:
    case SW_KW_ANOTHER:
      *after = i + 1;
      return "";
    default:
      return NULL;
    }
}

/* Position inside a period: "early 2024", "mid-March", "the end of 2008",
 * "late on Tuesday", "the middle of August" */
static int
position_mod (const Sent *s,
              int         i,
              const char **mod)
{
  int k = KW (s, i);
  int j = i;
  gboolean the = FALSE;

  if (k == SW_KW_THE)
    {
      the = TRUE;
      j++;
      k = KW (s, j);
    }
  /* "the last week of October", "the first days of 1919": a part of the
   * period, not the week before the article */
  if (the && (k == SW_KW_FIRST || k == SW_KW_LAST || k == SW_KW_FINAL ||
              (LX (s, j) != NULL && LX (s, j)->ord == 1)))
    {
      if (KW (s, j + 2) != SW_KW_OF || LX (s, j + 1) == NULL ||
          (LX (s, j + 1)->unit != SW_UNIT_WEEK && LX (s, j + 1)->unit != SW_UNIT_DAY))
        return -1;
      *mod = k == SW_KW_LAST || k == SW_KW_FINAL ? "END" : "START";
      return j + 3;
    }
  switch (k)
    {
    case SW_KW_EARLY:
    case SW_KW_LATE:
      /* "the late 1930s", "the early 19th century" */
      if (the && !(IS_NUM (s, j + 1) && (s->t[j + 1].ordinal ||
                                         (s->t[j + 1].ndigits == 4 && IS_WORD (s, j + 2) && GLUED (s, j + 2)))))
        return -1;
      *mod = k == SW_KW_EARLY ? "START" : "END";
      if (KW (s, j + 1) == SW_KW_ON || KW (s, j + 1) == SW_KW_IN)
        return j + 2;
      if (IS_PUNCT (s, j + 1, '-') && GLUED (s, j + 1))
        return j + 2;
      return j + 1;
    case SW_KW_MID:
      *mod = "MID";
      if (IS_PUNCT (s, j + 1, '-') && GLUED (s, j + 1))
        return j + 2;
      return j + 1;
    case SW_KW_MIDDLE:
    case SW_KW_BEGINNING:
    case SW_KW_START:
    case SW_KW_END:
      if (!the || KW (s, j + 1) != SW_KW_OF)
        return -1;
      *mod = k == SW_KW_MIDDLE ? "MID" : k == SW_KW_END ? "END" : "START";
      return j + 2;
    default:
      return -1;
    }
}

/* A part of the day after a preposition, with no day of its own: "Rain
 * delayed the start in the morning", "rescuers were searching the rubble
 * by mid-morning", "By evening, volunteers had set up tents": that part
 * of the day the story is at. "moved only at night": any night. Not a
 * part of the day that qualifies a noun ("the morning session", "night
 * attacks"), nor "the morning of 12 May", which says its day. */
static int
pod_alone_at (const Sent *s,
              int         i,
              Sem        *sem)
{
  static const char *const after[] = {
    "and", "or", "but", "when", "as", "after", "before", "while", "with", "to", "by", "in", "on",
    "at", "from", "until", "the", "a", "an", "he", "she", "they", "it", "we", "local", "time",
  };
  int prev = KW (s, i - 1);
  int j = i;
  const SwLex *l;
  gboolean ok;
  /* "volunteers spent the morning filling sandbags": the morning of the
   * story's day, as "in the morning" is */
  gboolean spent = i >= 1 && KW (s, i) == SW_KW_THE &&
                   (word_is (s, i - 1, "spent") || word_is (s, i - 1, "spend") || word_is (s, i - 1, "spending"));
  const char *mod = NULL;

  if (i < 1 || !(prev == SW_KW_IN || prev == SW_KW_BY || prev == SW_KW_DURING || prev == SW_KW_UNTIL ||
                 prev == SW_KW_AT || prev == SW_KW_THROUGH || spent))
    return -1;
  sem_init (sem);
  if (KW (s, j) == SW_KW_THE)
    j++;
  if (word_is (s, j, "mid") && IS_PUNCT (s, j + 1, '-') && GLUED (s, j + 1) && GLUED (s, j + 2))
    j += 2;
  /* "By early evening", "in the late afternoon" */
  else if ((KW (s, j) == SW_KW_EARLY || KW (s, j) == SW_KW_LATE) && prev != SW_KW_AT && !spent)
    {
      mod = KW (s, j) == SW_KW_EARLY ? "START" : "END";
      j++;
    }
  l = LX (s, j);
  if (l == NULL || l->pod <= 0 || l->pod > 4 || l->plural || CAP (s, j) ||
      (IS_PUNCT (s, j + 1, '-') && GLUED (s, j + 1)))
    return -1;
  /* "in the morning" and "by evening", but "at night" alone: "at the
   * night of …" and "in night trains" are something else */
  if ((prev == SW_KW_AT) != (l->pod == 4 && j == i))
    return -1;
  if (j == i && prev != SW_KW_BY && prev != SW_KW_UNTIL && prev != SW_KW_AT)
    return -1;
  /* ("by early evening" and "in the late afternoon", not "in early
   * evening light") */
  if (mod != NULL && j == i + 1 && prev != SW_KW_BY && prev != SW_KW_UNTIL)
    return -1;
  if (spent && l->pod == 4)
    return -1;
  ok = spent || j + 1 >= s->n || s->t[j + 1].kind == TK_PUNCT || CAP (s, j + 1);
  for (guint k = 0; !ok && k < G_N_ELEMENTS (after); k++)
    ok = word_is (s, j + 1, after[k]);
  if (!ok)
    return -1;

  sem->type = SW_TIMEX_TIME;
  sem->pod = l->pod;
  sem->mod = mod;
  if (prev == SW_KW_AT)
    {
      sem->literal = "XXXX-XX-XXTNI";
      return j + 1;
    }
  sem->ref = REF_ANCHOR;
  sem->unit = SW_UNIT_DAY;
  sem->shift = 0;
  sem->gran = G_POD;
  return j + 1;
}

/* Vague references: now, recently, in the past, the future, the time being */
static int
vague_at (const Sent *s,
          int         i,
          Sem        *sem)
{
  int k = KW (s, i);
  const SwLex *l = LX (s, i);

  /* (numbers, months, weekdays: no case below) */
  if (k == SW_KW_NONE)
    return -1;
  sem_init (sem);
  switch (k)
    {
    case SW_KW_VAGUE:
      /* "now" as a conjunction ("now that") still says the present */
      sem->literal = l->value;
      return i + 1;
    case SW_KW_RIGHT:
      if (word_is (s, i + 1, "now"))
        {
          sem->literal = "PRESENT_REF";
          return i + 2;
        }
      return -1;
    case SW_KW_RECENT:
      if (s->t[i].cap && !s->allcaps && i > 0)
        return -1;
      if (LX (s, i + 1) != NULL && LX (s, i + 1)->unit != SW_UNIT_NONE && LX (s, i + 1)->plural)
        {
          sem->type = SW_TIMEX_DURATION;
          sem->amount_x = TRUE;
          sem->unit = LX (s, i + 1)->unit;
          return i + 2;
        }
      sem->literal = "PAST_REF";
      return i + 1;
    case SW_KW_CURRENT:
      if (!s->t[i].lower)
        return -1;
      sem->literal = "PRESENT_REF";
      return i + 1;
    case SW_KW_AT:
      if (KW (s, i + 1) == SW_KW_PRESENT && (i + 2 >= s->n || s->t[i + 2].kind == TK_PUNCT))
        {
          sem->literal = "PRESENT_REF";
          return i + 2;
        }
      return -1;
    case SW_KW_PRESENT:
      if (IS_PUNCT (s, i + 1, '-') && GLUED (s, i + 1) && word_is (s, i + 2, "day"))
        {
          sem->literal = "PRESENT_REF";
          return i + 3;
        }
      return -1;
    case SW_KW_THIS:
      /* "still stands to this day.": the present, not a day; but "referred
       * to this day as …" means the day */
      if (word_is (s, i + 1, "day") && i > 0 && (word_is (s, i - 1, "to") || word_is (s, i - 1, "until")) &&
          (i + 2 >= s->n || s->t[i + 2].kind == TK_PUNCT))
        {
          sem->literal = "PRESENT_REF";
          return i + 2;
        }
      return -1;
    case SW_KW_THESE:
      /* (or "These days she spends …": a subject after it, a pronoun or
       * a name) */
      if (word_is (s, i + 1, "days") && (i + 2 >= s->n || s->t[i + 2].kind == TK_PUNCT ||
                                         !IS_WORD (s, i + 2) || LX (s, i + 2) != NULL ||
                                         (s->t[i + 2].cap && !s->allcaps) || word_is (s, i + 2, "he") ||
                                         word_is (s, i + 2, "she") || word_is (s, i + 2, "they") ||
                                         word_is (s, i + 2, "we") || word_is (s, i + 2, "it") ||
                                         word_is (s, i + 2, "you")))
        {
          sem->literal = "PRESENT_REF";
          return i + 2;
        }
      return -1;
    case SW_KW_THE:
      k = KW (s, i + 1);
      if (k == SW_KW_PAST && (i + 2 >= s->n || s->t[i + 2].kind == TK_PUNCT ||
                              KW (s, i + 2) == SW_KW_AND || KW (s, i + 2) == SW_KW_OR ||
                              (IS_WORD (s, i + 2) && LX (s, i + 2) == NULL && !s->t[i + 2].lower && FALSE)))
        {
          sem->literal = "PAST_REF";
          return i + 2;
        }
      if (k == SW_KW_FUTURE)
        {
          sem->literal = "FUTURE_REF";
          return i + 2;
        }
      if (k == SW_KW_PRESENT && (i + 2 >= s->n || s->t[i + 2].kind == TK_PUNCT))
        {
          sem->literal = "PRESENT_REF";
          return i + 2;
        }
      if (k == SW_KW_TIME && KW (s, i + 2) == SW_KW_BEING)
        {
          sem->literal = "PRESENT_REF";
          return i + 3;
        }
      return -1;
    case SW_KW_IN:
      if (KW (s, i + 1) == SW_KW_FUTURE)
        {
          sem->literal = "FUTURE_REF";
          return i + 2;
        }
      return -1;
    default:
      return -1;
    }
}

/* Sets: every week, each day, twice a year, daily, per month */
static int
set_at (const Sent *s,
        int         i,
        Sem        *sem)
{
  int k = KW (s, i), j;
  double v = 1;
  SwUnit u;
  gboolean plural;

  sem_init (sem);
  sem->type = SW_TIMEX_SET;

  if (k == SW_KW_SETWORD)
    {
      /* not "NBC Nightly News", "the Daily Mail" */
      if (i > 0 && CAP (s, i) && !s->allcaps)
        return -1;
      sem->literal = LX (s, i)->value;
      return i + 1;
    }
  if (k == SW_KW_EVERY)
    {
      int wd;

      j = i + 1;
      if (KW (s, j) == SW_KW_OTHER)
        {
          v = 2;
          j++;
        }
      else if (number_at (s, j, &v, FALSE) > 0 && v > 1)
        j = number_at (s, j, &v, FALSE);
      /* "every single day" */
      else if (word_is (s, j, "single"))
        j++;
      /* ("every other week": two of them, in the singular) */
      if (unit_at (s, j, &u, &plural) > 0 && (plural == (v > 1 && KW (s, i + 1) != SW_KW_OTHER)))
        {
          sem->amount = v;
          sem->unit = u;
          return j + 1;
        }
      if (weekday_at (s, j, &wd) > 0)
        {
          static const char *wds[] = { "", "XXXX-WXX-1", "XXXX-WXX-2", "XXXX-WXX-3",
                                       "XXXX-WXX-4", "XXXX-WXX-5", "XXXX-WXX-6", "XXXX-WXX-7" };
          sem->literal = wds[wd];
          return weekday_at (s, j, &wd);
        }
      /* "every night", "every morning": that part of any day */
      if (LX (s, j) != NULL && v == 1 && LX (s, j)->pod > 0 && LX (s, j)->pod <= 4 && !CAP (s, j))
        {
          static const char *parts[] = { "", "XXXX-XX-XXTMO", "XXXX-XX-XXTAF", "XXXX-XX-XXTEV", "XXXX-XX-XXTNI" };
          sem->literal = parts[LX (s, j)->pod];
          return j + 1;
        }
      /* "every January", "every summer" */
      if (LX (s, j) != NULL && v == 1 && LX (s, j)->month > 0 && !LX (s, j)->abbr && CAP (s, j))
        {
          static const char *months[] = { "", "XXXX-01", "XXXX-02", "XXXX-03", "XXXX-04", "XXXX-05", "XXXX-06",
                                          "XXXX-07", "XXXX-08", "XXXX-09", "XXXX-10", "XXXX-11", "XXXX-12" };
          sem->literal = months[LX (s, j)->month];
          return j + 1;
        }
      if (LX (s, j) != NULL && v == 1 && LX (s, j)->season > 0 && LX (s, j)->season <= 4)
        {
          static const char *seasons[] = { "", "XXXX-SP", "XXXX-SU", "XXXX-FA", "XXXX-WI" };
          sem->literal = seasons[LX (s, j)->season];
          return j + 1;
        }
      return -1;
    }
  if (k == SW_KW_ONCE || k == SW_KW_TWICE ||
      (number_at (s, i, &v, FALSE) > 0 && KW (s, number_at (s, i, &v, FALSE)) == SW_KW_TIMES))
    {
      j = (k == SW_KW_ONCE || k == SW_KW_TWICE) ? i + 1 : number_at (s, i, &v, FALSE) + 1;
      if ((KW (s, j) == SW_KW_A || KW (s, j) == SW_KW_PER || KW (s, j) == SW_KW_EVERY) &&
          unit_at (s, j + 1, &u, &plural) > 0 && !plural)
        {
          sem->amount = 1;
          sem->unit = u;
          return j + 2;
        }
      return -1;
    }
  return -1;
}

static gboolean
good_boundaries (const Sent *s,
                 int         i,
                 int         end)
{
  /* never split a hyphenated word: "pre-2008", "Trump-Putin" */
  if (IS_PUNCT (s, i - 1, '-') && GLUED (s, i) && GLUED (s, i - 1) &&
      !IS_NUM (s, i - 2) && !(LX (s, i - 2) != NULL && LX (s, i - 2)->month > 0))
    return FALSE;
  if (!free_end (s, end - 1) && !(IS_PUNCT (s, end, '-') && IS_NUM (s, end + 1)))
    return FALSE;
  return TRUE;
}

/* A unit in the plural with no number is a length of time where nothing
 * else could count it: "in minutes", "in just minutes", "the highest in
 * years", "after days of fighting", "damaged by years of conflict", "decades
 * in the making". Minutes and seconds only after "in": "minutes of the
 * meeting" is a record. */
static gboolean
bare_length_at (const Sent *s,
                int         i)
{
  const SwLex *l = LX (s, i);
  int kprev = KW (s, i - 1);
  gboolean opens;

  if (l == NULL || l->unit == SW_UNIT_NONE || !l->plural || !s->t[i].lower || s->t[i].cap)
    return FALSE;
  if (kprev == SW_KW_IN || (kprev == SW_KW_JUST && KW (s, i - 2) == SW_KW_IN))
    return TRUE;
  /* not "after hours trading" */
  if (kprev == SW_KW_AFTER)
    return KW (s, i + 1) == SW_KW_OF || i + 1 >= s->n || s->t[i + 1].kind == TK_PUNCT;
  if (l->unit == SW_UNIT_MINUTE || l->unit == SW_UNIT_SECOND)
    return FALSE;
  /* "could take years", "spent weeks in hospital", "lasted months", "a
   * matter of months, not years" */
  if (i > 0)
    {
      static const char * const verbs[] = {
        "take", "takes", "took", "taking", "taken", "spend", "spends", "spent", "spending",
        "last", "lasts", "lasted", "lasting", "wait", "waits", "waited", "waiting",
      };

      for (guint k = 0; k < G_N_ELEMENTS (verbs); k++)
        if (word_is (s, i - 1, verbs[k]))
          return TRUE;
      if (kprev == SW_KW_OF && i > 1 && word_is (s, i - 2, "matter"))
        return TRUE;
      if (word_is (s, i - 1, "not") && i > 1 && IS_PUNCT (s, i - 2, ','))
        return TRUE;
    }
  opens = i == 0 || (s->t[i - 1].kind == TK_PUNCT && s->t[i - 1].ch != '-');
  return (KW (s, i + 1) == SW_KW_OF && (opens || kprev == SW_KW_BY || kprev == SW_KW_FROM)) ||
         (KW (s, i + 1) == SW_KW_IN && opens);
}

static int
match_at (const Sent *s,
          int         i,
          const Ctx  *ctx,
          Sem        *sem)
{
  Sem cand;
  int end = -1, e, j;
  const char *mod = NULL;
  int k = KW (s, i);

  sem_init (sem);

  /* vague and set expressions stand alone */
  if ((e = vague_at (s, i, &cand)) > 0)
    end = pick_longest (end, sem, e, &cand);
  if ((e = set_at (s, i, &cand)) > 0)
    end = pick_longest (end, sem, e, &cand);
  if ((e = pod_alone_at (s, i, &cand)) > 0)
    end = pick_longest (end, sem, e, &cand);

  /* the past/next/first N units, the coming weeks: durations */
  if (k == SW_KW_THE)
    {
      int kk = KW (s, i + 1);

      if (kk == SW_KW_PAST || kk == SW_KW_NEXT || kk == SW_KW_LAST || kk == SW_KW_FIRST ||
          kk == SW_KW_FOLLOWING || kk == SW_KW_COMING || kk == SW_KW_PREVIOUS ||
          kk == SW_KW_FINAL || (LX (s, i + 1) != NULL && LX (s, i + 1)->ord == 1))
        {
          j = i + 2;
          if (KW (s, j) == SW_KW_FEW)
            {
              SwUnit u;
              gboolean pl;

              if (unit_at (s, j + 1, &u, &pl) > 0 && pl)
                {
                  sem_init (&cand);
                  cand.type = SW_TIMEX_DURATION;
                  cand.amount_x = TRUE;
                  cand.unit = u;
                  end = pick_longest (end, sem, j + 2, &cand);
                }
            }
          else if ((e = duration_core (s, j, &cand, TRUE)) > 0 &&
                   (kk == SW_KW_PAST || kk == SW_KW_COMING || cand.amount_x ||
                    !(cand.amount == 1 && !IS_NUM (s, j) && LX (s, j) != NULL && LX (s, j)->num < 0)))
            end = pick_longest (end, sem, e, &cand);
          /* the past year, the coming year: one unit; so is "for the next
           * decade" (but "in the next month" is a date) */
          else if ((kk == SW_KW_PAST || kk == SW_KW_COMING ||
                    ((kk == SW_KW_NEXT || kk == SW_KW_FOLLOWING) && KW (s, i - 1) == SW_KW_FOR)) &&
                   unit_singular (s, j) != SW_UNIT_NONE)
            {
              sem_init (&cand);
              cand.type = SW_TIMEX_DURATION;
              cand.amount = 1;
              cand.unit = unit_singular (s, j);
              end = pick_longest (end, sem, j + 1, &cand);
            }
        }
    }

  /* about two hours, almost a month, more than 40 days, some eight years */
  if ((mod = quantity_mod (s, i, &j)) != NULL)
    {
      if ((e = match_core (s, j, ctx, &cand, FALSE)) > 0 &&
          (cand.type == SW_TIMEX_DURATION ||
           (mod[0] == 'A' && (cand.gran == G_YEAR || cand.gran == G_DAY || cand.gran == G_TIME) &&
            (cand.ref == REF_NONE || cand.gran == G_TIME))))
        {
          if (mod[0] != '\0')
            cand.mod = mod;
          end = pick_longest (end, sem, e, &cand);
        }
    }

  /* early 2024, mid-March, the end of the year, late on Tuesday */
  if ((j = position_mod (s, i, &mod)) > 0)
    {
      Sem inner;

      if ((e = match_core (s, j, ctx, &inner, FALSE)) > 0 &&
          inner.type != SW_TIMEX_DURATION && inner.literal == NULL)
        {
          inner.mod = mod;
          end = pick_longest (end, sem, e, &inner);
        }
      else if ((KW (s, j) == SW_KW_THE || KW (s, j) == SW_KW_THIS) && unit_singular (s, j + 1) != SW_UNIT_NONE)
        {
          /* the end of the year, late in the day: the unit around the reference */
          SwUnit u = unit_singular (s, j + 1);

          sem_init (&inner);
          inner.ref = KW (s, j) == SW_KW_THIS ? REF_DCT : REF_ANCHOR;
          inner.unit = u;
          inner.gran = gran_of_unit (u);
          inner.mod = mod;
          if (inner.gran != G_NONE && u != SW_UNIT_HOUR)
            end = pick_longest (end, sem, j + 2, &inner);
        }
    }

  /* earlier this year, later today, later in the year */
  if (k == SW_KW_EARLIER || k == SW_KW_LATER)
    {
      j = i + 1;
      if (KW (s, j) == SW_KW_IN && KW (s, j + 1) == SW_KW_THE && unit_singular (s, j + 2) != SW_UNIT_NONE)
        {
          SwUnit u = unit_singular (s, j + 2);

          sem_init (&cand);
          cand.ref = REF_ANCHOR;
          cand.unit = u;
          cand.gran = gran_of_unit (u);
          if (cand.gran != G_NONE)
            end = pick_longest (end, sem, j + 3, &cand);
        }
      else if ((KW (s, j) == SW_KW_THIS || KW (s, j) == SW_KW_TODAY || KW (s, j) == SW_KW_TONIGHT) &&
               (e = date_relative (s, j, &cand)) > 0)
        end = pick_longest (end, sem, e, &cand);
    }

  {
    gboolean bare = FALSE;
    int kprev = KW (s, i - 1);

    /* "for years", "in recent months", "over decades", "years later" */
    if (kprev == SW_KW_FOR || kprev == SW_KW_RECENT || kprev == SW_KW_OVER ||
        kprev == SW_KW_WITHIN || kprev == SW_KW_DURING)
      bare = TRUE;
    if (IS_WORD (s, i) && LX (s, i) != NULL && LX (s, i)->unit != SW_UNIT_NONE && LX (s, i)->plural &&
        (KW (s, i + 1) == SW_KW_AGO || KW (s, i + 1) == SW_KW_LATER || KW (s, i + 1) == SW_KW_EARLIER ||
         (IS_PUNCT (s, i + 1, '-') && KW (s, i + 2) == SW_KW_LONG)))
      bare = TRUE;
    if (bare_length_at (s, i))
      bare = TRUE;
    if ((e = match_core (s, i, ctx, &cand, bare)) > 0)
      end = pick_longest (end, sem, e, &cand);
  }

  if (end < 0)
    return -1;

  /* two days ago, a year earlier, three days later, weeks earlier */
  if (sem->type == SW_TIMEX_DURATION && sem->literal == NULL)
    {
      int kk = KW (s, end);

      if (kk == SW_KW_AGO || kk == SW_KW_LATER || kk == SW_KW_EARLIER ||
          ((kk == SW_KW_BEFORE || kk == SW_KW_AFTER) &&
           (end + 1 >= s->n || s->t[end + 1].kind == TK_PUNCT)))
        {
          Sem d = *sem;

          sem_init (sem);
          sem->mod = d.mod && strcmp (d.mod, "APPROX") == 0 ? d.mod : NULL;
          /* "666666666666666 days ago" names no day a calendar has: only
           * that it was before (and it would overflow an int below) */
          if (d.amount_x || d.amount > 100000)
            sem->literal = kk == SW_KW_LATER || kk == SW_KW_AFTER ? "FUTURE_REF" : "PAST_REF";
          else
            {
              sem->ref = kk == SW_KW_AGO ? REF_DCT : REF_ANCHOR;
              sem->unit = d.unit;
              sem->shift = (int)d.amount * ((kk == SW_KW_AGO || kk == SW_KW_EARLIER || kk == SW_KW_BEFORE) ? -1 : 1);
              sem->gran = gran_of_unit (d.unit);
              if (d.unit == SW_UNIT_WEEK || d.unit == SW_UNIT_FORTNIGHT)
                sem->gran = G_DAY;
              if (d.unit == SW_UNIT_FORTNIGHT)
                sem->unit = SW_UNIT_DAY, sem->shift *= 14;
              if (d.amount != floor (d.amount))
                sem->literal = sem->shift < 0 ? "PAST_REF" : "FUTURE_REF";
            }
          end++;
        }
    }

  if (!good_boundaries (s, i, end))
    return -1;

  return end;
}

/* ------------------------------------------------------------------ */
/* Tense of the clause around an expression */

static gboolean
regular_past (const Sent *s,
              int         i)
{
  static const char * const not_past[] = {
    "need", "speed", "seed", "feed", "hundred", "united", "naked", "wicked",
    "sacred", "indeed", "proceed", "exceed", "succeed", "breed", "greed",
    "creed", "weed", "deed", "embed", "shed", "reed", "bed", "red", "wed",
    "ted", "fred", "ned", "ahmed", "mohammed", "mohamed", "limited", "interested",
    "concerned", "based", "related", "armed", "so-called", "alleged", "detailed",
    "advanced", "experienced", "talented", "expected", "scheduled",
  };
  const Tok *t = &s->t[i];
  guint len = t->end - t->start;
  const char *w = s->text + t->start;

  if (t->kind != TK_WORD || len < 4 || (!s->allcaps && t->cap && i > 0))
    return FALSE;
  if (g_ascii_tolower (w[len - 1]) != 'd' || g_ascii_tolower (w[len - 2]) != 'e')
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (not_past); k++)
    if ((w[0] | 0x20) == not_past[k][0] && strlen (not_past[k]) == len &&
        g_ascii_strncasecmp (w, not_past[k], len) == 0)
      return FALSE;
  /* "is expected", "was scheduled" are caught by their auxiliary */
  return TRUE;
}

/* Is the word in -ed at @i a participle after "be", "being" or a present
 * "is", "are": "is being billed", "are expected" say no past? */
static gboolean
passive_present (const Sent *s,
                 int         i)
{
  int k = i - 1;

  if (word_is (s, k, "already") || word_is (s, k, "now") || word_is (s, k, "widely"))
    k--;
  return word_is (s, k, "be") || word_is (s, k, "being") || word_is (s, k, "is") || word_is (s, k, "are") ||
         word_is (s, k, "am");
}

/* Is the word in -ed at @i an adjective before its noun, not the
 * clause's verb: "the revised plan", "would publish revised proposals",
 * "to hold delayed talks"? */
static gboolean
word_ends_ly (const Sent *s,
              int         i)
{
  guint n = s->t[i].end - s->t[i].start;
  const char *t = s->text + s->t[i].start;

  return n > 4 && ascii_lower (t[n - 2]) == 'l' && ascii_lower (t[n - 1]) == 'y';
}

static gboolean
first_or_final (const Sent *s,
                int         i)
{
  return word_is (s, i, "final") || word_is (s, i, "first") || word_is (s, i, "second") ||
         word_is (s, i, "new") || word_is (s, i, "long");
}

static gboolean
attributive_past (const Sent *s,
                  int         i)
{
  if (i < 1 || !IS_WORD (s, i + 1) || !s->t[i + 1].lower || LX (s, i + 1) != NULL)
    return FALSE;
  if (KW (s, i - 1) == SW_KW_THE || word_is (s, i - 1, "a") || word_is (s, i - 1, "an"))
    return TRUE;
  /* "a final televised debate", "the newly renovated hall": an adverb
   * or an adjective of order between the article and the participle */
  if (i >= 2 && (KW (s, i - 2) == SW_KW_THE || word_is (s, i - 2, "a") || word_is (s, i - 2, "an")) &&
      IS_WORD (s, i - 1) && s->t[i - 1].lower && (word_ends_ly (s, i - 1) || first_or_final (s, i - 1)))
    return TRUE;
  /* a verb in its plain form between a future or "to" and the word */
  return i >= 2 && IS_WORD (s, i - 1) && s->t[i - 1].lower && LX (s, i - 1) == NULL && !regular_past (s, i - 1) &&
         (KW (s, i - 2) == SW_KW_TO || (LX (s, i - 2) != NULL && LX (s, i - 2)->tense == SW_TENSE_FUTURE));
}

/* Is the participle at @i the second of two after one "be": "will be
 * cast on site and lifted into place from October", "are being built
 * and tested"? It shares the first one's tense, which the look back
 * finds on. */
static gboolean
coordinated_passive (const Sent *s,
                     int         i)
{
  if (i < 3 || !(KW (s, i - 1) == SW_KW_AND || KW (s, i - 1) == SW_KW_OR))
    return FALSE;
  for (int k = i - 2; k >= 1 && k >= i - 7; k--)
    {
      if (!IS_WORD (s, k))
        return FALSE;
      /* (after "be" any word: "cast", "ready" have no ending to know) */
      if (word_is (s, k - 1, "be") || word_is (s, k - 1, "being") || word_is (s, k - 1, "been"))
        return s->t[k].lower;
      if ((regular_past (s, k) || (LX (s, k) != NULL && LX (s, k)->tense == SW_TENSE_PAST)) &&
          (word_is (s, k - 1, "is") || word_is (s, k - 1, "are")))
        return TRUE;
    }
  return FALSE;
}

/* "her government's plan to overhaul …", "the plans for": the noun, not
 * the verb of a future */
static gboolean
noun_of_intent (const Sent *s,
                int         i)
{
  static const char *const determiners[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose",
  };

  if (!(word_is (s, i, "plan") || word_is (s, i, "plans") || word_is (s, i, "hopes")) || i < 1)
    return FALSE;
  /* "government's plan": the scanner reads "government", "'", "s" */
  if (i >= 2 && word_is (s, i - 1, "s") && IS_PUNCT (s, i - 2, '\''))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (determiners); k++)
    if (word_is (s, i - 1, determiners[k]))
      return TRUE;
  return FALSE;
}

static gboolean infinitive_at (const Sent *s,
                               int         i);

/* "said it planned to bring the app to Android in April", "agreed to
 * hold talks in May", "said Turkey was prepared to host talks in
 * January": an intention or a readiness told in the past, then an
 * infinitive, looks ahead ("had planned to open in March" stays in the
 * past) */
static gboolean
past_intent (const Sent *s,
             int         i)
{
  static const char *const verbs[] = {
    "planned", "intended", "hoped", "aimed", "promised", "pledged", "vowed", "wanted",
    "agreed", "decided", "prepared", "ready", "willing", "poised", "eager",
  };
  static const char *const requests[] = {
    "asked", "urged", "invited", "instructed", "pressed",
  };

  /* "had asked the mediator to reconvene talks at 4:30 p.m. Wednesday",
   * "urged both sides to return on Monday": what somebody was asked to
   * do comes after the asking (every such verb ends in "ed", which
   * turns most words away before the list: this runs on every word the
   * tense is looked for in) */
  if (IS_WORD (s, i) && s->t[i].end - s->t[i].start >= 5 && ascii_lower (s->text[s->t[i].end - 1]) == 'd' &&
      ascii_lower (s->text[s->t[i].end - 2]) == 'e')
    for (guint k = 0; k < G_N_ELEMENTS (requests); k++)
      if (word_is (s, i, requests[k]))
        {
          for (int j = i + 1; j < s->n && j <= i + 5 && IS_WORD (s, j); j++)
            if (infinitive_at (s, j))
              return j > i + 1;
          return FALSE;
        }
  if (KW (s, i + 1) != SW_KW_TO || !IS_WORD (s, i + 2) || !s->t[i + 2].lower || s->t[i + 2].cap ||
      regular_past (s, i + 2) || word_is (s, i - 1, "had"))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (verbs); k++)
    if (word_is (s, i, verbs[k]))
      return TRUE;
  return FALSE;
}

/* "the union would ballot members if managers did not agree to a review
 * by the end of October": a past in a condition of what would or will
 * happen is that future's ("would have won if she had started in March"
 * is not); @i is the past verb */
static gboolean
conditional_future (const Sent *s,
                    int         i)
{
  int k;

  if (word_is (s, i, "had"))
    return FALSE;
  for (k = i - 1; k >= 0 && i - k <= 6; k--)
    {
      if (IS_PUNCT (s, k, ',') || IS_PUNCT (s, k, ';') || IS_PUNCT (s, k, '"'))
        return FALSE;
      if (word_is (s, k, "if") || word_is (s, k, "unless"))
        break;
    }
  if (k < 0 || i - k > 6)
    return FALSE;
  for (int m = k - 1; m >= 0 && k - m <= 16; m--)
    {
      if (IS_PUNCT (s, m, ';') || IS_PUNCT (s, m, '"') || IS_PUNCT (s, m, '.'))
        return FALSE;
      if (word_is (s, m, "would") || word_is (s, m, "will"))
        return !word_is (s, m + 1, "have");
    }
  return FALSE;
}

/* Is there a "had" in the few words before token @i: "had originally
 * been scheduled for"? */
static gboolean
past_perfect_before (const Sent *s,
                     int         i)
{
  for (int h = i - 1; h >= 0 && i - h <= 5; h--)
    {
      if (IS_PUNCT (s, h, ',') || IS_PUNCT (s, h, ';'))
        return FALSE;
      if (word_is (s, h, "had"))
        return TRUE;
    }
  return FALSE;
}

/* Is the word before the participle at @i one that makes it a state:
 * "be", "being", "stay", "remain"? */
static gboolean
state_before (const Sent *s,
              int         i)
{
  static const char *const words[] = { "be", "being", "stay", "stays", "remain", "remains" };
  guint n;

  if (i < 1 || !IS_WORD (s, i - 1))
    return FALSE;
  n = s->t[i - 1].end - s->t[i - 1].start;
  if (n < 2 || n > 7)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (word_is (s, i - 1, words[k]))
      return TRUE;
  return FALSE;
}

/* The tense of the clause around tokens [start, end); *cue is the token
 * that says so, or -1 */
static SwTense
tense_of (const Sent *s,
          int         start,
          int         end,
          int        *cue)
{
  *cue = -1;
  /* "with a month to go before Election Day", "days to go until the
   * vote": what is still to come */
  if (start >= 3 && (KW (s, start - 1) == SW_KW_UNTIL || word_is (s, start - 1, "before")) &&
      word_is (s, start - 2, "go") && KW (s, start - 3) == SW_KW_TO)
    {
      *cue = start - 2;
      return SW_TENSE_FUTURE;
    }
  /* "proceeds from a fundraiser on Saturday would go to …": the date
   * closes the subject's noun phrase, and the verb right after it is the
   * clause's, not the reporting verb before */
  if (start >= 2 && end < s->n && (KW (s, start - 1) == SW_KW_ON || KW (s, start - 1) == SW_KW_IN) &&
      IS_WORD (s, start - 2) && s->t[start - 2].lower && LX (s, start - 2) == NULL &&
      !regular_past (s, start - 2) && LX (s, end) != NULL && LX (s, end)->tense != SW_TENSE_NONE)
    {
      *cue = end;
      return LX (s, end)->tense;
    }
  /* "admitted that this winter would be tough": a date that opens the
   * clause a reporting verb introduces takes the tense of the clause's
   * own verb, after it */
  if (start >= 1 && word_is (s, start - 1, "that"))
    for (int i = end; i < s->n && i < end + 4; i++)
      {
        if (!IS_WORD (s, i))
          break;
        if (LX (s, i) != NULL && LX (s, i)->tense != SW_TENSE_NONE)
          {
            *cue = i;
            return LX (s, i)->tense;
          }
      }
  /* up to fourteen words back, a hyphenated "four-hour" or "7-4" one */
  for (int i = start - 1, seen = 0; i >= 0 && seen < 14; seen += s->t[i].space_before, i--)
    {
      const SwLex *l;

      /* "at 6 a.m. local time (1000 GMT) on Sunday": an aside in
       * brackets does not count against the look back */
      if (IS_PUNCT (s, i, ')'))
        {
          int k = i - 1;

          while (k > 0 && i - k < 10 && !IS_PUNCT (s, k, '('))
            k--;
          if (k > 0 && IS_PUNCT (s, k, '('))
            {
              i = k;
              seen--;
              continue;
            }
        }
      l = LX (s, i);
      if (IS_PUNCT (s, i, ';') || IS_PUNCT (s, i, '"'))
        break;
      /* "Rothwell, who have not won since 1998, host Eastgate on 23
       * November", "the crossing, closed since 1994, and to resuming
       * flights in September": a relative clause or a participle's
       * phrase set off by commas has a tense of its own */
      if (IS_PUNCT (s, i, ','))
        {
          int k;

          for (k = i - 1; k > 0 && i - k < 16 && !IS_PUNCT (s, k, ',') && !IS_PUNCT (s, k, ';'); k--)
            ;
          if (k > 0 && i - k < 16 && IS_PUNCT (s, k, ',') &&
              (word_is (s, k + 1, "who") || word_is (s, k + 1, "which") || regular_past (s, k + 1)))
            {
              i = k;
              continue;
            }
        }
      *cue = i;
      /* "what we need for the second quarter": a plain verb right after
       * a subject pronoun, neither past nor known, is a present */
      if (i >= 1 && IS_WORD (s, i) && s->t[i].lower && l == NULL && !regular_past (s, i) &&
          (word_is (s, i - 1, "we") || word_is (s, i - 1, "i") || word_is (s, i - 1, "you") ||
           word_is (s, i - 1, "they")))
        return SW_TENSE_PRESENT;
      /* "would have a scan on Monday": the modal's tense (what the
       * caller makes of "would have recovered") */
      if (word_is (s, i, "have") && i > 0 && LX (s, i - 1) != NULL && LX (s, i - 1)->tense == SW_TENSE_FUTURE)
        {
          *cue = i - 1;
          return SW_TENSE_FUTURE;
        }
      if (l != NULL && l->tense != SW_TENSE_NONE && l->tense != SW_TENSE_PAST && !noun_of_intent (s, i))
        return l->tense;
      if (coordinated_passive (s, i))
        continue;
      if (past_intent (s, i))
        return SW_TENSE_FUTURE;
      /* "would be held in the spring", "would stay closed on Wednesday":
       * a participle after "be", or after "stay" or "remain" as a state,
       * has the tense of the verb before it */
      if (l != NULL && l->tense == SW_TENSE_PAST)
        {
          if (!state_before (s, i))
            return conditional_future (s, i) ? SW_TENSE_FUTURE : SW_TENSE_PAST;
        }
      else if (regular_past (s, i) && !state_before (s, i) && !passive_present (s, i) && !attributive_past (s, i))
        return conditional_future (s, i) ? SW_TENSE_FUTURE : SW_TENSE_PAST;
    }
  for (int i = end; i < s->n && i < end + 8; i++)
    {
      const SwLex *l = LX (s, i);

      if (IS_PUNCT (s, i, ';') || IS_PUNCT (s, i, '.') || IS_PUNCT (s, i, '"'))
        break;
      *cue = i;
      if (l != NULL && l->tense != SW_TENSE_NONE)
        return l->tense;
      if (regular_past (s, i) && !passive_present (s, i))
        return SW_TENSE_PAST;
    }
  *cue = -1;
  return SW_TENSE_NONE;
}

/* A month alone before its noun, "August unemployment data", "the March
 * sales figures", names the period a report covers: the clause's tense
 * is that of the report, not of the month. After a preposition the month
 * is its object, and the word after it the next verb: "the stance adopted
 * in December remains". */
static gboolean
period_modifier (const Sent *s,
                 const Sem  *sem,
                 int         start,
                 int         end)
{
  static const char * const not_nouns[] = {
    "as", "when", "if", "but", "because", "while", "unless", "with", "amid",
    "despite", "so", "where", "which", "who", "whose", "once", NULL,
  };
  static const char * const prepositions[] = {
    "since", "until", "by", "during", "before", "after", "from", "through", NULL,
  };

  if (sem->ref != REF_YEARLESS || sem->month <= 0 || sem->day > 0 || sem->mod != NULL ||
      !IS_WORD (s, end) || !s->t[end].lower || s->t[end].cap || LX (s, end) != NULL ||
      regular_past (s, end))
    return FALSE;
  if (start > 0 && (KW (s, start - 1) == SW_KW_IN || KW (s, start - 1) == SW_KW_ON))
    return FALSE;
  for (guint k = 0; start > 0 && prepositions[k] != NULL; k++)
    if (word_is (s, start - 1, prepositions[k]))
      return FALSE;
  for (guint k = 0; not_nouns[k] != NULL; k++)
    if (word_is (s, end, not_nouns[k]))
      return FALSE;
  return TRUE;
}

/* "to" opening an infinitive: "to remain", "to report", not "to the" */
static gboolean
infinitive_at (const Sent *s,
               int         i)
{
  return KW (s, i) == SW_KW_TO && IS_WORD (s, i + 1) && s->t[i + 1].lower &&
         !s->t[i + 1].cap && LX (s, i + 1) == NULL && !regular_past (s, i + 1);
}

/* The tense that "until Friday", "by March" look from, @prep being the
 * preposition. A deadline or the end of a state is ahead unless the
 * clause is told in the past: "markets to remain closed until Friday",
 * "has kept them shut until Friday", "closed until Friday" look forward;
 * "remained closed until Friday" looks back. The participle right before
 * the preposition ("closed", "adjourned") says a state, not a tense. */
/* "delayed", "postponed", "pushed back" right before token @prep: what
 * was put off moves to a new date, which the tense of the putting off
 * does not place */
static gboolean
put_off_before (const Sent *s,
                int         prep)
{
  static const char * const verbs[] = {
    "delayed", "postponed", "deferred", "rescheduled", "adjourned", "extended", "moved",
  };
  int v = prep - 1;

  if ((word_is (s, v, "back") || word_is (s, v, "off")) &&
      (word_is (s, v - 1, "pushed") || word_is (s, v - 1, "put") || word_is (s, v - 1, "moved")))
    return TRUE;
  /* (or past its object: "had extended its highest-level flood warning
   * until 6pm on Monday") */
  for (; v >= 0 && v >= prep - 8 && (IS_WORD (s, v) || (IS_PUNCT (s, v, '-') && GLUED (s, v))); v--)
    {
      for (guint k = 0; k < G_N_ELEMENTS (verbs); k++)
        if (word_is (s, v, verbs[k]))
          return TRUE;
      if (word_is (s, v, "and") || word_is (s, v, "that") || word_is (s, v, "which") || LX (s, v) != NULL)
        break;
    }
  return FALSE;
}

/* "listed the matter for hearing on", "set down for trial on", "for
 * sentencing on": the date of a court's next step, @on being the "on"
 * before it */
static gboolean
court_date_before (const Sent *s,
                   int         on)
{
  static const char * const steps[] = {
    "hearing", "trial", "sentencing", "judgment", "judgement", "arguments",
  };
  int k = on - 1;

  for (guint n = 0; n < G_N_ELEMENTS (steps); n++)
    if (word_is (s, k, steps[n]))
      {
        if (word_is (s, k - 1, "a") || word_is (s, k - 1, "further") || word_is (s, k - 1, "final"))
          k--;
        return KW (s, k - 1) == SW_KW_FOR;
      }
  return FALSE;
}

static SwTense
deadline_tense (const Sent *s,
                int         prep,
                const Sem  *sem)
{
  /* "the vote was delayed until 23 November": the nearest such day;
   * "adjourned until Monday": the coming one */
  if (put_off_before (s, prep))
    return sem->ref == REF_WEEKDAY ? SW_TENSE_FUTURE : SW_TENSE_NONE;
  /* "released on bail until April", "remanded in custody until Friday":
   * the court's next date, still ahead whatever the tense */
  if (word_is (s, prep - 1, "bail") || word_is (s, prep - 1, "bailed") || word_is (s, prep - 1, "custody"))
    return SW_TENSE_FUTURE;

  for (int i = prep - 1; i >= 0 && i >= prep - 12; i--)
    {
      const SwLex *l = LX (s, i);

      if (IS_PUNCT (s, i, ';') || IS_PUNCT (s, i, '"') || IS_PUNCT (s, i, ','))
        break;
      if (infinitive_at (s, i))
        return SW_TENSE_FUTURE;
      if (word_is (s, i, "has") || word_is (s, i, "have"))
        return SW_TENSE_FUTURE;
      /* "the session runs until Friday" looks forward too */
      if (l != NULL && l->tense != SW_TENSE_NONE)
        return l->tense == SW_TENSE_PRESENT || (l->tense == SW_TENSE_PAST && conditional_future (s, i)) ?
               SW_TENSE_FUTURE : l->tense;
      /* "has cancelled all services until Friday": a perfect still
       * holds */
      if (i < prep - 1 && regular_past (s, i) && (word_is (s, i - 1, "has") || word_is (s, i - 1, "have")))
        return SW_TENSE_FUTURE;
      /* (a state after "remain" is the verb's: "will remain closed
       * between the two avenues until …") */
      if (i < prep - 1 && regular_past (s, i) && !word_is (s, i - 1, "be") &&
          !word_is (s, i - 1, "being") && !word_is (s, i - 1, "remain") && !word_is (s, i - 1, "stay"))
        return conditional_future (s, i) ? SW_TENSE_FUTURE : SW_TENSE_PAST;
    }
  return SW_TENSE_FUTURE;
}

/* Is the expression at @i the end of a span, "until" a few words back in
 * the same phrase: "until Friday", "lasted until the fall of Budapest in
 * February 1945"? A comma, a coordinator or a number ends the search. */
static gboolean
in_until_phrase (const Sent *s,
                 int         i)
{
  int k;

  for (k = i - 1; k >= 0 && i - k <= 8; k--)
    {
      int kw = KW (s, k);

      if (kw == SW_KW_UNTIL)
        break;
      if (s->t[k].kind != TK_WORD || kw == SW_KW_AND || kw == SW_KW_OR)
        return FALSE;
    }
  if (k < 0 || i - k > 8)
    return FALSE;

  /* but "until in March 1980, Iran downgraded …" opens a clause that
   * happens then */
  if (k + 1 < i && (KW (s, k + 1) == SW_KW_IN || KW (s, k + 1) == SW_KW_ON ||
                    KW (s, k + 1) == SW_KW_AT || KW (s, k + 1) == SW_KW_DURING))
    return FALSE;
  /* and so does "until the agreement was reached in January 1946" */
  for (int v = k + 1; v < i; v++)
    if ((LX (s, v) != NULL && LX (s, v)->tense != SW_TENSE_NONE) || regular_past (s, v))
      return FALSE;

  return TRUE;
}

/* Does token i start anything? Cheap filter before the patterns. */
static inline gboolean
can_start (const Sent *s,
           int         i)
{
  const Tok *t = &s->t[i];

  if (t->kind == TK_NUM)
    return TRUE;
  if (t->kind == TK_PUNCT)
    return t->ch == '\'' && i + 1 < s->n && s->t[i + 1].kind == TK_NUM; /* '82 */
  if (t->kind != TK_WORD)
    return FALSE;
  if (t->lex == NULL)
    return (t->end - t->start <= 2 && (t->cap || s->allcaps)) || /* "Q3", "FY2024" */
           (t->cap && word_is (s, i, "new") && word_is (s, i + 1, "year")); /* "New Year's Day" */
  switch (t->lex->kw)
    {
    /* function words start nothing alone; a few pairs need a look ahead */
    case SW_KW_OF: case SW_KW_AND: case SW_KW_OR: case SW_KW_TO: case SW_KW_FROM:
    case SW_KW_BETWEEN: case SW_KW_THROUGH: case SW_KW_UNTIL: case SW_KW_ON:
    case SW_KW_BY: case SW_KW_FOR: case SW_KW_WITHIN: case SW_KW_DURING:
    case SW_KW_SINCE: case SW_KW_THAN: case SW_KW_LEAST: case SW_KW_MOST:
    case SW_KW_OTHER: case SW_KW_AGO: case SW_KW_BEFORE: case SW_KW_AFTER:
    case SW_KW_BEING: case SW_KW_TIME: case SW_KW_LONG: case SW_KW_OLD:
    case SW_KW_AM: case SW_KW_PM: case SW_KW_HRS: case SW_KW_TZ: case SW_KW_BC:
    case SW_KW_AD: case SW_KW_OCLOCK: case SW_KW_PER: case SW_KW_TIMES:
      return FALSE;
    case SW_KW_IN: case SW_KW_AT: case SW_KW_UP: case SW_KW_CLOSE: case SW_KW_WELL:
    case SW_KW_THE: case SW_KW_A: case SW_KW_THIS: case SW_KW_THAT: case SW_KW_THESE:
    case SW_KW_SOME: case SW_KW_MORE: case SW_KW_LESS: case SW_KW_OVER: case SW_KW_UNDER:
    case SW_KW_JUST: case SW_KW_ABOUT: case SW_KW_ALMOST: case SW_KW_ANOTHER:
    case SW_KW_EARLIER: case SW_KW_LATER: case SW_KW_RIGHT: case SW_KW_PRESENT:
      /* only before a word the lexicon knows or a number */
      return i + 1 < s->n && (s->t[i + 1].kind == TK_NUM || s->t[i + 1].lex != NULL);
    case SW_KW_NONE:
      {
        const SwLex *l = t->lex;

        return l->month || l->weekday || l->unit || l->num >= 0 || l->ord || l->season || l->pod;
      }
    default:
      return TRUE;
    }
}

/* can_start() with its commonest answer inline: a word longer than "Q3"
 * or "New" that the temporal lexicon does not know starts nothing */
static inline gboolean
may_start (const Sent *s,
           int         i)
{
  const Tok *t = &s->t[i];

  if (t->kind == TK_WORD && t->lex == NULL && t->end - t->start > 3)
    return FALSE;
  return can_start (s, i);
}

static gboolean
range_word (const Sent *s,
            int         i)
{
  int k = KW (s, i);

  return (IS_PUNCT (s, i, '-') && GLUED (s, i) && GLUED (s, i + 1)) ||
         k == SW_KW_TO || k == SW_KW_AND || k == SW_KW_THROUGH || k == SW_KW_UNTIL;
}

/* The first half of a range whose second half says the month or era:
 * "6-7 January 1916", "22 to 25 April", "499-493 BC". Ranges are two
 * timexes, the first taking what it lacks from the second. */
static int
range_head (const Sent *s,
            int         i,
            const Ctx  *ctx,
            Sem        *sem)
{
  Sem other;
  int e;

  if (!free_number (s, i) || s->t[i].decimal || !range_word (s, i + 1) || s->t[i].ndigits > 4)
    return -1;
  if (!IS_NUM (s, i + 2) || (e = match_core (s, i + 2, ctx, &other, FALSE)) < 0)
    return -1;
  if (other.type != SW_TIMEX_DATE || other.literal != NULL)
    return -1;
  if (other.gran == G_DAY && other.day > 0 && other.month > 0 && s->t[i].ndigits <= 2 &&
      s->t[i].num >= 1 && s->t[i].num < other.day && !s->t[i].ordinal == !s->t[i + 2].ordinal)
    {
      *sem = other;
      sem->day = s->t[i].num;
      sem->weekday = -1;
      sem->hour = -1;
      return i + 1;
    }
  if (other.gran == G_YEAR && other.bc && s->t[i].num > other.year)
    {
      *sem = other;
      sem->year = s->t[i].num;
      return i + 1;
    }
  return -1;
}

/* The first number of a range of lengths: "between 60 and 90 days",
 * "twelve to eighteen months", "two or three weeks", "5-10 years". The
 * first takes the unit of the second and stands as its own duration. */
static int
duration_range_head (const Sent *s,
                     int         i,
                     const Ctx  *ctx,
                     Sem        *sem)
{
  Sem other;
  double v;
  int n_end, k, e;

  if ((n_end = number_at (s, i, &v, FALSE)) < 0 || v <= 0 || KW (s, i) == SW_KW_A)
    return -1;
  if (IS_NUM (s, i) && (s->t[i].decimal || s->t[i].ordinal))
    return -1;
  k = KW (s, n_end);
  if (!((IS_PUNCT (s, n_end, '-') && GLUED (s, n_end) && GLUED (s, n_end + 1)) ||
        k == SW_KW_TO || k == SW_KW_OR || (k == SW_KW_AND && KW (s, i - 1) == SW_KW_BETWEEN)))
    return -1;
  if (!(IS_NUM (s, n_end + 1) || (LX (s, n_end + 1) != NULL && LX (s, n_end + 1)->num > 0)))
    return -1;
  if ((e = match_core (s, n_end + 1, ctx, &other, FALSE)) < 0 || other.type != SW_TIMEX_DURATION ||
      other.amount_x || other.literal != NULL || other.unit == SW_UNIT_NONE || other.amount <= v)
    return -1;
  /* "10 to 15 years ago" is a date */
  k = KW (s, e);
  if (k == SW_KW_AGO || k == SW_KW_LATER || k == SW_KW_EARLIER || k == SW_KW_BEFORE ||
      k == SW_KW_AFTER)
    return -1;
  *sem = other;
  sem->amount = v;
  return n_end;
}

static void
tag_sentence (const Sent *s,
              const Ctx  *ctx,
              GArray     *cands)
{
  int i = 0;

  while (i < s->n)
    {
      Sem sem;
      int end;

      if (!may_start (s, i))
        {
          i++;
          continue;
        }
      if ((end = range_head (s, i, ctx, &sem)) < 0 &&
          (end = duration_range_head (s, i, ctx, &sem)) < 0 &&
          (end = match_at (s, i, ctx, &sem)) <= i)
        {
          i++;
          continue;
        }

      /* A lone "one day", "a day", "a second" or "a minute" is rarely
       * meant as a length of time; keep it where a preposition or
       * modifier says so. */
      if (sem.type == SW_TIMEX_DURATION && !sem.amount_x && sem.amount == 1 && end - i == 2 &&
          sem.mod == NULL && (KW (s, i) == SW_KW_A || word_is (s, i, "one")))
        {
          int kp = KW (s, i - 1);

          if (kp != SW_KW_FOR && kp != SW_KW_WITHIN && kp != SW_KW_IN && kp != SW_KW_AFTER &&
              kp != SW_KW_OVER && kp != SW_KW_THAN && kp != SW_KW_DURING && kp != SW_KW_UNTIL &&
              kp != SW_KW_TO && kp != SW_KW_SINCE && kp != SW_KW_BEFORE && kp != SW_KW_JUST &&
              !(IS_WORD (s, i - 1) && LX (s, i - 1) != NULL && LX (s, i - 1)->tense != SW_TENSE_NONE))
            {
              SwUnit u = LX (s, i + 1) != NULL ? LX (s, i + 1)->unit : SW_UNIT_NONE;

              if (u == SW_UNIT_SECOND || u == SW_UNIT_MINUTE || u == SW_UNIT_DAY ||
                  u == SW_UNIT_QUARTER || (IS_WORD (s, end) && s->t[end].lower &&
                                           KW (s, end) == SW_KW_NONE))
                {
                  i++;
                  continue;
                }
            }
        }

      {
        Cand c;
        int start = i;

        /* "from 2009 to 2011", "between 2019 and 2021": the range words belong to it */
        if ((sem.end_year >= 0 || sem.end_day >= 0) &&
            (KW (s, i - 1) == SW_KW_FROM || KW (s, i - 1) == SW_KW_BETWEEN))
          start = i - 1;

        c.start = s->t[start].start;
        c.end = s->t[end - 1].end;
        c.sem = sem;
        {
          int cue;
          /* the preposition before the date, past "at least": "until at
           * least Wednesday" is a deadline as "until Wednesday" is */
          int prep = i >= 3 && word_is (s, i - 1, "least") && word_is (s, i - 2, "at") ? i - 3 : i - 1;

          c.tense = tense_of (s, i, end, &cue);
          /* "would" is as often the future of a past as the future, and
           * "could" and "might" say what may be */
          c.firm_future = c.tense == SW_TENSE_FUTURE && !word_is (s, cue, "would") && !word_is (s, cue, "could") &&
                          !word_is (s, cue, "might");
          /* "would have recovered in January", "could have won in March"
           * look back */
          if (c.tense == SW_TENSE_FUTURE && cue >= 0 &&
              (word_is (s, cue, "would") || word_is (s, cue, "could") || word_is (s, cue, "might")) &&
              word_is (s, cue + 1, "have") &&
              /* (but "would have a scan on Monday" has one) */
              (word_is (s, cue + 2, "been") || regular_past (s, cue + 2) ||
               (LX (s, cue + 2) != NULL && LX (s, cue + 2)->tense == SW_TENSE_PAST)))
            c.tense = SW_TENSE_PAST;
          c.would = c.tense == SW_TENSE_FUTURE && cue >= 0 && word_is (s, cue, "would");
          /* "the launch had originally been scheduled for Monday", "had
           * been expected to close in March": a plan already overtaken,
           * told in the past perfect, was for a day now past */
          if (c.tense == SW_TENSE_FUTURE && cue >= 2 &&
              (word_is (s, cue, "scheduled") || word_is (s, cue, "expected") || word_is (s, cue, "due")) &&
              word_is (s, cue - 1, "been") && past_perfect_before (s, cue - 1))
            {
              c.tense = SW_TENSE_PAST;
              c.firm_future = FALSE;
              c.would = FALSE;
            }
          if (period_modifier (s, &sem, i, end))
            {
              c.tense = SW_TENSE_NONE;
              c.firm_future = FALSE;
              c.would = FALSE;
            }
          /* "listed the matter for hearing on September 20": the day a
           * court fixed lies ahead of the fixing */
          else if ((sem.ref == REF_WEEKDAY || sem.ref == REF_YEARLESS) && sem.dir == 0 && i >= 3 &&
                   KW (s, i - 1) == SW_KW_ON && court_date_before (s, i - 1))
            {
              c.tense = SW_TENSE_FUTURE;
              c.firm_future = FALSE;
              c.would = FALSE;
            }
          else if ((sem.ref == REF_WEEKDAY || sem.ref == REF_YEARLESS) && sem.dir == 0 &&
                   (KW (s, prep) == SW_KW_UNTIL || KW (s, prep) == SW_KW_BY ||
                    (KW (s, i - 1) == SW_KW_TO && put_off_before (s, i - 1)) ||
                    /* "schools would remain closed through Wednesday",
                     * not the end of "from Monday through Wednesday" */
                    (KW (s, i - 1) == SW_KW_THROUGH && !(i >= 3 && KW (s, i - 3) == SW_KW_FROM) &&
                     !(i >= 4 && KW (s, i - 4) == SW_KW_FROM))))
            {
              c.tense = deadline_tense (s, prep, &sem);
              c.firm_future = c.tense == SW_TENSE_FUTURE;
              c.would = FALSE;
            }
        }
        c.topic = i <= 3;
        /* "who have not won the title since 1998": a year that opens a
         * span still running is not where the story is either */
        c.endpoint = in_until_phrase (s, start) ||
                     (KW (s, start - 1) == SW_KW_SINCE && sem.ref == REF_NONE && sem.month < 0 && sem.decade < 0);
        c.deadline = KW (s, start - 1) == SW_KW_BY;
        /* "has called a national strike for Saturday", "a vote set for
         * Monday": what a day is set aside for lies ahead */
        if (sem.ref == REF_WEEKDAY && sem.dir == 0 && KW (s, start - 1) == SW_KW_FOR && c.tense != SW_TENSE_FUTURE &&
            !past_perfect_before (s, start - 1))
          {
            c.tense = SW_TENSE_FUTURE;
            c.firm_future = TRUE;
          }
        {
          static const char *const said[] = {
            "said", "says", "told", "announced", "reported", "added", "confirmed", "stated", "wrote",
          };
          int v = KW (s, start - 1) == SW_KW_ON ? start - 2 : start - 1;

          c.reported = FALSE;
          for (guint k = 0; k < G_N_ELEMENTS (said) && !c.reported; k++)
            c.reported = word_is (s, v, said[k]);
        }
        {
          int wd;

          c.range_end = sem.ref == REF_WEEKDAY && sem.dir == 0 && i >= 2 &&
                        (KW (s, i - 1) == SW_KW_TO || KW (s, i - 1) == SW_KW_THROUGH ||
                         KW (s, i - 1) == SW_KW_UNTIL || IS_PUNCT (s, i - 1, '-')) &&
                        weekday_at (s, i - 2, &wd) == i - 1;
        }
        c.sentence = s->index;
        c.para = s->para;
        g_array_append_val (cands, c);

        /* "March 3-5", "April 6 and 7": the second day takes the first one's month */
        if (sem.gran == G_DAY && sem.day > 0 && sem.month > 0 && sem.hour < 0 &&
            range_word (s, end) && IS_NUM (s, end + 1) && s->t[end + 1].ndigits <= 2 &&
            !s->t[end + 1].decimal && s->t[end + 1].num > sem.day && s->t[end + 1].num <= 31 &&
            free_end (s, end + 1) && month_at (s, end + 2, &start) < 0 &&
            !(IS_PUNCT (s, end + 2, ':')))
          {
            c.sem.day = s->t[end + 1].num;
            c.sem.weekday = -1;
            c.start = s->t[end + 1].start;
            c.end = s->t[end + 1].end;
            c.topic = FALSE;
            /* the first half knows where the range ends */
            g_array_index (cands, Cand, cands->len - 1).sem.end_day = c.sem.day;
            g_array_index (cands, Cand, cands->len - 1).sem.end_month = c.sem.month;
            g_array_append_val (cands, c);
            end += 2;
          }

        /* "1915-17", "1861-1863": two years, the second one's century from the first */
        if (sem.gran == G_YEAR && sem.ref == REF_NONE && sem.year >= 1000 && !sem.bc &&
            IS_PUNCT (s, end, '-') && IS_NUM (s, end + 1) && GLUED (s, end + 1) &&
            s->t[end + 1].ndigits == 2 && free_end (s, end + 1))
          {
            int y2 = (sem.year / 100) * 100 + (int)s->t[end + 1].num;

            if (y2 > sem.year)
              {
                c.sem.year = y2;
                c.start = s->t[end + 1].start;
                c.end = s->t[end + 1].end;
                c.topic = FALSE;
                g_array_append_val (cands, c);
                end += 2;
              }
          }
      }
      i = end;
    }
}

/* ------------------------------------------------------------------ */
/* Resolution */

typedef struct
{
  int     y, m, d;    /* -1 where unknown */
  Gran    g;
  gboolean bc;
  gboolean set;
} Ref;

static int
days_in_month (int y, int m)
{
  return g_date_get_days_in_month (m, y);
}

static void
ref_add_days (Ref *r,
              int  n)
{
  GDate date;

  /* "2rd November 0AD": a day GLib's calendar does not hold (no year 0)
   * moves nowhere */
  if (r->y < 1 || r->y > 65535 || r->m < 1 || r->m > 12 || r->d < 1 ||
      !g_date_valid_dmy (r->d, r->m, r->y))
    {
      r->y = r->m = r->d = -1;
      return;
    }
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, r->d, r->m, r->y);
  /* before the first day GLib counts, or past its last: no day at all */
  if ((n < 0 && g_date_get_julian (&date) <= (guint)-(gint64)n) ||
      (n > 0 && (guint64)g_date_get_julian (&date) + n > 3652059))
    {
      r->y = r->m = r->d = -1;
      return;
    }
  if (n >= 0)
    g_date_add_days (&date, n);
  else
    g_date_subtract_days (&date, -n);
  r->y = g_date_get_year (&date);
  r->m = g_date_get_month (&date);
  r->d = g_date_get_day (&date);
}

static void
ref_add_months (Ref *r,
                int  n)
{
  int total = r->y * 12 + (r->m - 1) + n;

  r->y = total / 12;
  r->m = total % 12 + 1;
  if (r->d > 0 && r->d > days_in_month (r->y, r->m))
    r->d = days_in_month (r->y, r->m);
}

static int
weekday_of (int y, int m, int d)
{
  if (!g_date_valid_dmy (d, m, y))
    return 0;
  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, d, m, y);
    return g_date_get_weekday (&date);
  }
}

/* "%0*d" for a number that is not negative, without printf: every date
 * of every document passes here. */
static void
append_num (GString *v,
            int      n,
            int      width)
{
  char buf[16];
  int i = sizeof buf;

  do
    {
      buf[--i] = '0' + n % 10;
      n /= 10;
    }
  while (n > 0 && i > 0);
  while ((int)sizeof buf - i < width && i > 0)
    buf[--i] = '0';
  g_string_append_len (v, buf + i, sizeof buf - i);
}

static void
append_year (GString *v, const Ref *r)
{
  if (r->y < 0)
    g_string_append (v, "XXXX");
  else
    {
      if (r->bc)
        g_string_append (v, "BC");
      append_num (v, r->y, 4);
    }
}

static void
append_iso_week (GString *v, const Ref *r, gboolean weekend)
{
  GDate date;
  int wk, thursday_year;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, r->d, r->m, r->y);
  wk = g_date_get_iso8601_week_of_year (&date);
  /* the ISO year is the year of that week's Thursday */
  {
    int wd = g_date_get_weekday (&date);

    if (wd < 4)
      g_date_add_days (&date, 4 - wd);
    else if (wd > 4)
      g_date_subtract_days (&date, wd - 4);
    thursday_year = g_date_get_year (&date);
  }
  g_string_append_printf (v, "%04d-W%02d%s", thursday_year, wk, weekend ? "-WE" : "");
}

static const char * const season_codes[] = { "", "SP", "SU", "FA", "WI" };
static const char * const pod_codes[] = { "", "MO", "AF", "EV", "NI", "DT" };

/* Writes the value of a date known to the precision of @r->g at granularity @g */
static void
format_date (GString    *v,
             const Ref  *r,
             Gran        g,
             const Sem  *sem)
{
  Ref x = *r;

  /* parts finer than the reference are unknown */
  if (r->g < G_MONTH)
    x.m = -1;
  if (r->g < G_DAY)
    x.d = -1;
  /* a holiday whose date moves has no known day in an unknown year */
  if (sem != NULL && sem->floating && x.y < 0)
    x.d = -1;

  switch (g)
    {
    case G_MILLENNIUM:
      if (x.y < 0)
        g_string_append (v, "X");
      else
        g_string_append_printf (v, "%d", x.y / 1000);
      break;
    case G_CENTURY:
      if (x.y < 0)
        g_string_append (v, "XX");
      else
        g_string_append_printf (v, "%s%02d", x.bc ? "BC" : "", x.y / 100);
      break;
    case G_DECADE:
      if (x.y < 0)
        g_string_append (v, "XXX");
      else
        g_string_append_printf (v, "%s%03d", x.bc ? "BC" : "", x.y / 10);
      break;
    case G_YEAR:
      append_year (v, &x);
      break;
    case G_HALF:
      append_year (v, &x);
      if (sem->half > 0)
        g_string_append_printf (v, "-H%d", sem->half);
      else if (x.m > 0)
        g_string_append_printf (v, "-H%d", x.m <= 6 ? 1 : 2);
      else
        g_string_append (v, "-HX");
      break;
    case G_QUARTER:
      append_year (v, &x);
      if (sem->quarter > 0)
        g_string_append_printf (v, "-Q%d", sem->quarter);
      else if (x.m > 0)
        g_string_append_printf (v, "-Q%d", (x.m - 1) / 3 + 1);
      else
        g_string_append (v, "-QX");
      break;
    case G_SEASON:
      append_year (v, &x);
      g_string_append_printf (v, "-%s", season_codes[CLAMP (sem->season, 0, 4)]);
      break;
    case G_MONTH:
      append_year (v, &x);
      if (x.m > 0)
        {
          g_string_append_c (v, '-');
          append_num (v, x.m, 2);
        }
      else
        g_string_append (v, "-XX");
      break;
    case G_WEEK:
    case G_WEEKEND:
      if (x.y > 0 && x.m > 0 && x.d > 0 && !x.bc)
        append_iso_week (v, &x, g == G_WEEKEND);
      else
        {
          append_year (v, &x);
          g_string_append (v, g == G_WEEKEND ? "-WXX-WE" : "-WXX");
        }
      break;
    case G_DAY:
    case G_POD:
    case G_TIME:
    default:
      append_year (v, &x);
      if (x.m > 0)
        {
          g_string_append_c (v, '-');
          append_num (v, x.m, 2);
        }
      else
        g_string_append (v, "-XX");
      if (x.d > 0)
        {
          g_string_append_c (v, '-');
          append_num (v, x.d, 2);
        }
      else
        g_string_append (v, "-XX");
      if (g == G_POD)
        g_string_append_printf (v, "T%s", pod_codes[CLAMP (sem->pod, 0, 5)]);
      else if (g == G_TIME)
        {
          if (sem->hour >= 0)
            {
              g_string_append_printf (v, "T%02d:%02d", sem->hour, MAX (sem->minute, 0));
              if (sem->second >= 0)
                g_string_append_printf (v, ":%02d", sem->second);
            }
          else
            g_string_append (v, "TXX:XX");
          if (sem->tz != NULL)
            g_string_append (v, sem->tz);
        }
      break;
    }
}

/* The letters of @u in a TimeML duration; *@time when it counts the
 * time of day ("PT…") */
static const char *
unit_code (SwUnit    u,
           gboolean *time)
{
  *time = u == SW_UNIT_SECOND || u == SW_UNIT_MINUTE || u == SW_UNIT_HOUR;
  switch (u)
    {
    case SW_UNIT_SECOND: return "S";
    case SW_UNIT_MINUTE: return "M";
    case SW_UNIT_HOUR: return "H";
    case SW_UNIT_DAY: return "D";
    case SW_UNIT_WEEKEND: return "WE";
    case SW_UNIT_WEEK: return "W";
    case SW_UNIT_MONTH: return "M";
    case SW_UNIT_QUARTER: return "Q";
    case SW_UNIT_DECADE: return "DE";
    case SW_UNIT_CENTURY: return "CE";
    case SW_UNIT_MILLENNIUM: return "ML";
    case SW_UNIT_YEAR:
    default: return "Y";
    }
}

static void
format_duration (GString   *v,
                 const Sem *sem)
{
  double a = sem->amount;
  SwUnit u = sem->unit;
  const char *code;
  gboolean time = FALSE;
  char num[32];

  /* half units read better in the next smaller unit */
  if (!sem->amount_x && a != floor (a))
    {
      if (u == SW_UNIT_HOUR && a * 60 == floor (a * 60))
        a *= 60, u = SW_UNIT_MINUTE;
      else if (u == SW_UNIT_DAY && a * 24 == floor (a * 24) && a < 1)
        a *= 24, u = SW_UNIT_HOUR;
      else if (u == SW_UNIT_YEAR && a < 1)
        a *= 12, u = SW_UNIT_MONTH;
    }
  if (u == SW_UNIT_FORTNIGHT)
    a *= 2, u = SW_UNIT_WEEK;
  if (u == SW_UNIT_DECADE && !sem->amount_x)
    a *= 10, u = SW_UNIT_YEAR;
  if (u == SW_UNIT_MILLENNIUM && !sem->amount_x)
    a *= 1000, u = SW_UNIT_YEAR;

  code = unit_code (u, &time);
  g_string_append (v, time ? "PT" : "P");
  /* without printf: a duration is formatted for most of the timexes */
  if (sem->amount_x)
    g_string_append_c (v, 'X');
  else if (a == floor (a) && a >= 0 && a < 1e9)
    append_num (v, (int)a, 1);
  else
    {
      g_ascii_formatd (num, sizeof num, a == floor (a) ? "%.0f" : "%.2f", a);
      /* 2.50 -> 2.5 */
      while (a != floor (a) && strlen (num) > 1 && num[strlen (num) - 1] == '0')
        num[strlen (num) - 1] = '\0';
      g_string_append (v, num);
    }
  g_string_append (v, code);

  /* "P3Y6M", "PT1H20M", "P1DT6H" */
  if (sem->more_unit != SW_UNIT_NONE)
    {
      gboolean more_time;
      const char *more_code = unit_code (sem->more_unit, &more_time);

      if (more_time && !time)
        g_string_append_c (v, 'T');
      append_num (v, (int)MIN (sem->more_amount, 1e9 - 1), 1);
      g_string_append (v, more_code);
    }
}

typedef struct
{
  Ref       dct;          /* .set FALSE when unknown */
  Ref       anchor;       /* the date the narrative is at */
  Ref       day_anchor;   /* the last day the narrative was at */
  Ref       past_anchor;  /* the last date it was at not after the moment
                           * of writing */
  gboolean  narrative;    /* history rather than news: years come from the text */
  guint     anchor_sentence;
  guint     anchor_para;
  gboolean  anchor_from_dct; /* the anchor was counted from the moment of
                              * writing ("last year"), not stated */
  guint     day_anchor_sentence;
  gboolean  anchor_reported; /* the anchor is when something was said */
  Ref       event_day;    /* the last day not only the day of a report */
  guint     event_day_sentence;
  int       quarter;      /* the last quarter named, 1-4, and its year */
  int       quarter_y;
  guint     quarter_sentence;
  Ref       clock_day;    /* the day of the last clock time */
  int       clock_hour;
  guint     clock_sentence;
  guint     clock_end;    /* where that time ends in the text */
  Ref       night;        /* the day of the last night named ("on Saturday night") */
  guint     night_sentence;
  Ref       year_said;    /* the last year the text stated, anchor or not */
  guint     year_said_sentence;
  gboolean  year_said_newer; /* stated since the anchor was set */
  gboolean  year_said_relative; /* counted from the day of writing: "last year" */
  const char *text;
} Resolver;

static int
season_of_month (int m)
{
  if (m >= 3 && m <= 5)
    return 1;
  if (m >= 6 && m <= 8)
    return 2;
  if (m >= 9 && m <= 11)
    return 3;
  return 4;
}

/* The year of a quarter or half named without one ("the fourth
 * quarter"), in year @y at month @m: in the past tense the last one that
 * began, in the future the next one not over, else the nearest. Counted
 * in quarters; a half is the quarters it spans. */
static int
quarter_year (const Cand *c,
              int         y,
              int         m)
{
  const Sem *sem = &c->sem;
  int first = sem->quarter > 0 ? sem->quarter : sem->half * 2 - 1;
  int last = sem->quarter > 0 ? sem->quarter : sem->half * 2;
  int now = (m + 2) / 3;

  if (sem->dir != 0)
    return y + (sem->dir > 0 && last <= now ? 1 : sem->dir < 0 && first >= now ? -1 : 0);
  if (c->tense == SW_TENSE_PAST)
    return first > now ? y - 1 : y;
  if (c->tense == SW_TENSE_FUTURE)
    return last < now ? y + 1 : y;
  if (first - now > 2)
    return y - 1;
  if (now - last > 2)
    return y + 1;
  return y;
}

/* The year of a month, season or quarter named without one, from the
 * date the narrative is at */
static int
anchor_year (const Resolver *rs,
             const Cand     *c)
{
  const Sem *sem = &c->sem;
  int ay = rs->anchor.y;
  int am = rs->anchor.g >= G_MONTH ? rs->anchor.m : -1;
  int p = sem->month > 0 ? sem->month : sem->season > 0 ? sem->season * 3 : -1;

  if ((sem->quarter > 0 || sem->half > 0) && am > 0)
    return quarter_year (c, ay, am);

  if (sem->dir != 0 && (p < 0 || am < 0))
    return ay + sem->dir;
  if (sem->dir > 0 && p <= am)
    return ay + 1;
  if (sem->dir < 0 && p >= am)
    return ay - 1;
  /* a story told in order: "December 1941 ... in January" */
  if (sem->dir == 0 && sem->month > 0 && am > 0 && am - sem->month >= 8 &&
      c->tense != SW_TENSE_FUTURE)
    return ay + 1;
  /* "said on Friday that prices would recover in January": a future, even
   * the future of a past, lies after the date the narrative is at */
  if (sem->dir == 0 && c->would && p > 0 && am > 0 && p < am)
    return ay + 1;
  return ay;
}

/* The first and last month of the month, season, quarter or half of
 * year that @sem names, counted from January of its year (winter ends in
 * the next one); FALSE when it names none of them. */
static gboolean
period_months (const Sem *sem,
               int       *first,
               int       *last)
{
  if (sem->month > 0)
    *first = *last = sem->month;
  else if (sem->season > 0)
    {
      *first = sem->season * 3;
      *last = sem->season == 4 ? 14 : sem->season * 3 + 2;
    }
  else if (sem->quarter > 0)
    {
      *first = sem->quarter * 3 - 2;
      *last = sem->quarter * 3;
    }
  else if (sem->half > 0)
    {
      *first = sem->half * 6 - 5;
      *last = sem->half * 6;
    }
  else
    return FALSE;
  return TRUE;
}

/* Is that period of year @y over before the month of the reference date
 * begins? */
static gboolean
over_before_dct (const Resolver *rs,
                 const Sem      *sem,
                 int             y)
{
  int first, last;

  return period_months (sem, &first, &last) && y * 12 + last < rs->dct.y * 12 + rs->dct.m;
}

/* Does that period of year @y begin after the month of the reference
 * date? */
static gboolean
begins_after_dct (const Resolver *rs,
                  const Sem      *sem,
                  int             y)
{
  int first, last;

  return period_months (sem, &first, &last) && y * 12 + first > rs->dct.y * 12 + rs->dct.m;
}

/* The year of a month, season or quarter named without one */
static int
choose_year (const Resolver *rs,
             const Cand     *c,
             Ref            *base)
{
  const Sem *sem = &c->sem;
  int y, pos, now;

  /* the narrative names its years; so does a sentence with its own year.
   * A clause about what will happen cannot name a month already past in
   * news: "the board is due to report in January" after a paragraph on
   * last year means the coming January. */
  /* "next spring", "last March", "this summer" in a story of the day
   * count from the day it was written, whatever year the sentence before
   * named: "what happened in February 2023 … would open next spring" */
  gboolean deictic = rs->dct.set && !rs->narrative && sem->deictic;

  /* "The study was launched last year, and most patients were enrolled
   * in the spring": a year told in passing earlier in the sentence is
   * the year of what happened after it */
  if (rs->year_said.set && rs->year_said_newer && rs->year_said_relative && rs->year_said_sentence == c->sentence &&
      !deictic &&
      sem->dir == 0 && c->tense == SW_TENSE_PAST && rs->dct.set && !rs->narrative)
    {
      *base = rs->year_said;
      return rs->year_said.y;
    }

  if (rs->anchor.set && !deictic &&
      (rs->narrative || !rs->dct.set || (rs->anchor_sentence + 2 >= c->sentence && rs->anchor_para == c->para)) &&
      /* (at the dateline's date, the story's own day, a month no tense
       * places is the nearest one: "at an earlier hearing in November",
       * told in March) */
      !(rs->dct.set && !rs->narrative && c->tense == SW_TENSE_NONE && sem->dir == 0 && sem->month > 0 &&
        rs->anchor.y == rs->dct.y && rs->anchor.m == rs->dct.m && rs->anchor.d == rs->dct.d) &&
      /* (nor does "last year" in an earlier sentence place the future of
       * what is reported now: "would face voters at the elections in
       * May"; a year the story states, "Sales fell in 2024", does) */
      !(rs->dct.set && !rs->narrative && c->would && sem->dir == 0 && rs->anchor.g < G_MONTH &&
        rs->anchor_from_dct && rs->anchor_sentence != c->sentence && rs->anchor.y < rs->dct.y))
    {
      y = anchor_year (rs, c);
      /* nor can what was done ("the loan was arranged in March") begin
       * after the day the story was written */
      /* (a story told as history may still end in what "will take place
       * in September", when its years are recent: a court story that
       * recounts a fraud) */
      if (!(c->firm_future && sem->dir == 0 && rs->dct.set &&
            (!rs->narrative || (rs->anchor.y >= rs->dct.y - 5 && !c->deadline && !c->endpoint)) &&
            over_before_dct (rs, sem, y)) &&
          !(c->tense == SW_TENSE_PAST && sem->dir == 0 && rs->dct.set && !rs->narrative &&
            begins_after_dct (rs, sem, y)))
        {
          *base = rs->anchor;
          return y;
        }
    }
  if (!rs->dct.set)
    return -1;

  *base = rs->dct;
  y = rs->dct.y;
  if (sem->month > 0)
    {
      /* a month without its day is this month, whatever the tense */
      pos = sem->month * 40 + MAX (sem->day, 0);
      now = rs->dct.m * 40 + (sem->day > 0 ? rs->dct.d : 0);
    }
  else if (sem->season > 0)
    {
      pos = sem->season;
      now = season_of_month (rs->dct.m);
      /* winter straddles the new year: December counts with the next one,
       * so in January this winter began the year before, and next winter
       * begins this year */
      if (sem->season == 4 && rs->dct.m <= 2)
        return y - 1 + sem->dir;
      /* "planned to come back this summer", "was warm this spring": the
       * season of the year of writing, whatever the tense (but "this
       * winter was mild", told in April, is the one just gone) */
      if (deictic && sem->dir == 0 && sem->season < 4)
        return y;
      /* and in January or February, the year's other seasons all lie
       * ahead: "hired a technician in the fall" is the fall before */
      else if (rs->dct.m <= 2)
        now = 0;
    }
  else if (sem->quarter > 0 || sem->half > 0)
    return quarter_year (c, y, rs->dct.m);
  else
    return y;

  {
    int dir = sem->dir;

    if (dir == 0)
      dir = c->tense == SW_TENSE_PAST ? -1 : c->tense == SW_TENSE_FUTURE ? 1 : 0;
    if (sem->dir == -1 && pos >= now)
      return y - 1;
    if (sem->dir == 1 && pos <= now)
      return y + 1;
    if (sem->dir != 0)
      return y;
    if (dir < 0 && pos > now)
      return y - 1;
    if (dir > 0 && pos < now)
      return y + 1;
    if (dir == 0 && (sem->month > 0 || (sem->season > 0 && sem->season < 4)))
      {
        /* the nearest: more than half a year away means the other year
         * (a season by its middle month: April, July, October) */
        int diff = (sem->month > 0 ? sem->month : 3 * sem->season + 1) - rs->dct.m;

        if (diff > 6)
          return y - 1;
        if (diff < -6)
          return y + 1;
      }
    return y;
  }
}

/* Is the day @a later than the day @b? */
static gboolean
day_after (const Ref *a,
           const Ref *b)
{
  if (a->y != b->y)
    return a->y > b->y;
  if (a->m != b->m)
    return a->m > b->m;
  return a->d > b->d;
}

static void
shift_ref (Ref    *r,
           SwUnit  unit,
           int     n)
{
  switch (unit)
    {
    case SW_UNIT_SECOND:
    case SW_UNIT_MINUTE:
    case SW_UNIT_HOUR:
      break;
    case SW_UNIT_DAY:
    case SW_UNIT_WEEKEND:
      if (r->g >= G_DAY)
        ref_add_days (r, n);
      else
        r->d = r->m = -1;
      break;
    case SW_UNIT_WEEK:
    case SW_UNIT_FORTNIGHT:
      if (r->g >= G_DAY)
        ref_add_days (r, n * (unit == SW_UNIT_WEEK ? 7 : 14));
      else
        r->d = -1;
      break;
    case SW_UNIT_MONTH:
      if (r->g >= G_MONTH)
        ref_add_months (r, n);
      else
        r->m = -1;
      break;
    case SW_UNIT_QUARTER:
      if (r->g >= G_MONTH)
        ref_add_months (r, 3 * n);
      break;
    case SW_UNIT_YEAR:
      if (r->y >= 0)
        r->y += r->bc ? -n : n;
      break;
    case SW_UNIT_DECADE:
      if (r->y >= 0)
        r->y += 10 * n;
      break;
    case SW_UNIT_CENTURY:
      if (r->y >= 0)
        r->y += 100 * n;
      break;
    case SW_UNIT_MILLENNIUM:
    case SW_UNIT_NONE:
    default:
      break;
    }
}

/* The century of a year written '82: in a history, the one nearest the
 * date the narrative is at; else the one that puts the year no more than
 * ten years after the reference date. */
static int
full_year (const Resolver *rs,
           int             yy)
{
  int y;

  if (rs->narrative && rs->anchor.set && rs->anchor.y >= 0 && !rs->anchor.bc)
    {
      y = rs->anchor.y / 100 * 100 + yy;
      if (y - rs->anchor.y > 50)
        y -= 100;
      else if (rs->anchor.y - y > 50)
        y += 100;
      return y;
    }
  if (rs->dct.set)
    {
      y = (rs->dct.y + 10) / 100 * 100 + yy;
      if (y > rs->dct.y + 10)
        y -= 100;
      return y;
    }
  return yy <= 30 ? 2000 + yy : 1900 + yy;
}

/* "The next day", "three days later", "later in the day" count from a
 * day. Where the narrative has since named only a month or a year, they
 * count from the last day it named: in a history, when that day lies in
 * the month or year named since; in news, where a month or a year in
 * passing ("sales in February") does not move the story off its day,
 * always. */
static gboolean
day_anchored (const Resolver *rs,
              const Sem      *sem)
{
  const Ref *d = &rs->day_anchor;

  if (!d->set || (sem->unit != SW_UNIT_DAY && sem->unit != SW_UNIT_WEEK &&
                  sem->unit != SW_UNIT_WEEKEND))
    return FALSE;
  if (!rs->narrative)
    return TRUE;
  return d->y == rs->anchor.y && d->bc == rs->anchor.bc &&
         (rs->anchor.g < G_MONTH || d->m == rs->anchor.m);
}

/* Is the text between byte @from and @to of @text what joins the hours
 * of a span: " to ", " until ", "-", " and "? */
static gboolean
hours_joined (const char *text,
              guint       from,
              guint       to)
{
  static const char *const joins[] = { " to ", " until ", " till ", "-", " - ", "\xe2\x80\x93", " and " };

  if (text == NULL || to <= from || to - from > 8)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (joins); k++)
    if (strlen (joins[k]) == to - from && strncmp (text + from, joins[k], to - from) == 0)
      return TRUE;
  return FALSE;
}

/* The value of @c, written in @v (emptied first: one buffer serves all
 * the expressions of a text) and returned as a copy of its own. */
static char *
resolve (Resolver   *rs,
         const Cand *c,
         GString    *v,
         char      **end_value)
{
  const Sem *sem = &c->sem;
  Ref r = { -1, -1, -1, G_NONE, FALSE, FALSE };
  gboolean absolute = FALSE;
  gboolean same_quarter = FALSE;

  *end_value = NULL;
  g_string_truncate (v, 0);

  if (sem->literal != NULL)
    {
      g_string_append (v, sem->literal);
      return g_strndup (v->str, v->len);
    }

  if (sem->type == SW_TIMEX_DURATION)
    {
      format_duration (v, sem);
      return g_strndup (v->str, v->len);
    }

  /* "every week" P1W, "every three months" P3M, "twice a year" P1Y */
  if (sem->type == SW_TIMEX_SET)
    {
      Sem one = *sem;

      one.amount_x = FALSE;
      format_duration (v, &one);
      return g_strndup (v->str, v->len);
    }

  switch (sem->ref)
    {
    case REF_NONE:
      r.y = sem->year;
      if (sem->short_year)
        r.y = full_year (rs, sem->year);
      r.m = sem->month;
      r.d = sem->day;
      r.bc = sem->bc;
      r.g = sem->day > 0 ? G_DAY : sem->month > 0 ? G_MONTH : G_YEAR;
      if (sem->decade >= 0)
        r.y = sem->decade * 10;
      if (sem->century >= 0)
        r.y = sem->century * 100;
      absolute = sem->decade < 0 && sem->century < 0;
      break;

    case REF_YEARLESS:
      {
        Ref base = { -1, -1, -1, G_NONE, FALSE, FALSE };
        int y;

        if (sem->weekday > 0 && sem->month > 0 && sem->day > 0)
          {
            /* the year in which that day is that weekday, nearest the reference */
            const Ref *near = rs->dct.set ? &rs->dct : rs->anchor.set ? &rs->anchor : NULL;

            y = -1;
            if (near != NULL)
              for (int dy = 0; dy <= 11 && y < 0; dy++)
                {
                  if (weekday_of (near->y - dy, sem->month, sem->day) == sem->weekday)
                    y = near->y - dy;
                  else if (weekday_of (near->y + dy, sem->month, sem->day) == sem->weekday)
                    y = near->y + dy;
                }
          }
        else if (sem->floating)
          {
            /* "Thanksgiving": where it falls in the reference's year
             * decides whether it is that year's */
            const Ref *near = rs->dct.set ? &rs->dct : rs->anchor.set ? &rs->anchor : NULL;
            Cand moved = *c;

            if (near != NULL && near->y >= 1583)
              floating_date (sem->floating, near->y, &moved.sem.month, &moved.sem.day);
            y = choose_year (rs, &moved, &base);
          }
        else
          y = choose_year (rs, c, &base);
        r.y = y;
        r.m = sem->month;
        r.d = sem->day;
        if (sem->floating && y >= 1583 && !(base.bc && rs->narrative))
          floating_date (sem->floating, y, &r.m, &r.d);
        r.bc = base.bc && rs->narrative;
        r.g = sem->day > 0 ? G_DAY : sem->month > 0 ? G_MONTH : G_YEAR;
        absolute = y >= 0;
        if (sem->quarter > 0 || sem->half > 0 || sem->season > 0)
          absolute = FALSE;
      }
      break;

    case REF_DCT:
    case REF_ANCHOR:
      {
        const Ref *base;
        Ref night_end;

        if (sem->session && (rs->day_anchor.set || !rs->narrative))
          base = rs->day_anchor.set ? &rs->day_anchor : rs->dct.set ? &rs->dct : NULL;
        /* "a curfew from 10pm to 6am": the end of a span of hours that
         * passes midnight is on the next day */
        else if (sem->hour >= 0 && sem->month < 0 && rs->clock_day.set && rs->clock_sentence == c->sentence &&
                 sem->hour < rs->clock_hour && hours_joined (rs->text, rs->clock_end, c->start))
          {
            night_end = rs->clock_day;
            ref_add_days (&night_end, 1);
            base = &night_end;
          }
        /* "it intensified sharply on Saturday night. The river broke
         * through a barrier at 3.40am": the small hours after a night
         * told are the next day's */
        else if (sem->hour >= 0 && sem->hour < 6 && sem->month < 0 && !rs->narrative && rs->night.set &&
                 rs->night_sentence != c->sentence && rs->night_sentence + 3 >= c->sentence &&
                 c->tense == SW_TENSE_PAST)
          {
            night_end = rs->night;
            ref_add_days (&night_end, 1);
            base = &night_end;
          }
        /* "officials said early Friday. … The tornado touched down at
         * about 4:15 p.m.": in a sentence of its own, a clock time of what
         * happened is on the day it happened, not the day of the report */
        else if (sem->hour >= 0 && sem->month < 0 && !rs->narrative && rs->anchor_reported &&
                 rs->anchor_sentence != c->sentence && rs->event_day.set &&
                 rs->event_day_sentence + 3 >= c->sentence && c->tense == SW_TENSE_PAST)
          base = &rs->event_day;
        /* "robbed his store shortly after 11pm on Thursday … anyone who was
         * in the area between 10:45pm and 11:30pm": a past clock time near
         * the last one told is on its day */
        else if (sem->hour >= 0 && sem->month < 0 && !rs->narrative && rs->clock_day.set &&
                 c->tense == SW_TENSE_PAST && rs->clock_sentence != c->sentence &&
                 rs->clock_sentence + 8 >= c->sentence && ABS (sem->hour - rs->clock_hour) <= 2)
          base = &rs->clock_day;
        /* "volunteers spent the morning filling sandbags", "By early
         * evening": in news, that part of the story's day, the last day
         * told that is not ahead, or the day of writing */
        else if (sem->ref == REF_ANCHOR && sem->gran == G_POD && !rs->narrative && rs->dct.set)
          base = rs->day_anchor.set && !day_after (&rs->day_anchor, &rs->dct) ? &rs->day_anchor : &rs->dct;
        else if (sem->ref == REF_ANCHOR && rs->anchor.set && rs->anchor.g < G_DAY &&
                 day_anchored (rs, sem))
          base = &rs->day_anchor;
        /* "He formed the band in 1969. … A decade later, …": in news,
         * years on count from the last year stated, even one in passing
         * that left the story on its day */
        else if (sem->ref == REF_ANCHOR && sem->shift != 0 && rs->year_said.set && !rs->narrative &&
                 (sem->unit == SW_UNIT_YEAR || sem->unit == SW_UNIT_DECADE || sem->unit == SW_UNIT_CENTURY) &&
                 rs->anchor.set && rs->year_said_newer && rs->year_said_sentence + 3 >= c->sentence)
          base = &rs->year_said;
        /* "The first increase was to take effect on Monday, July 1. A
         * coalition of business groups sued the following month": what
         * happened counts from the last date not still ahead */
        else if (sem->ref == REF_ANCHOR && rs->anchor.set && c->tense == SW_TENSE_PAST && !rs->narrative &&
                 rs->dct.set && day_after (&rs->anchor, &rs->dct) && rs->past_anchor.set)
          base = &rs->past_anchor;
        else if (sem->ref == REF_ANCHOR && rs->anchor.set &&
                 /* ("expects prices to ease in the second half of the
                  * year" after a sentence on 2024, told in 2025: what is
                  * still to come is in the year of writing) */
                 !(c->tense == SW_TENSE_FUTURE && !rs->narrative && rs->dct.set && sem->unit == SW_UNIT_YEAR &&
                   sem->shift == 0 && rs->anchor.y < rs->dct.y))
          base = &rs->anchor;
        else if (sem->hour >= 0 && rs->narrative && rs->anchor.set && rs->anchor.g >= G_DAY)
          base = &rs->anchor;
        /* "On Sunday, the storm made landfall at 6 a.m.": the day its
         * sentence gave; or, told in the past, the day a sentence just
         * before gave ("… early Sunday morning. Crews were called at
         * about 3:15 a.m.") */
        else if (sem->hour >= 0 && sem->month < 0 && rs->day_anchor.set &&
                 (rs->day_anchor_sentence == c->sentence ||
                  (c->tense == SW_TENSE_PAST && rs->day_anchor_sentence + 3 >= c->sentence &&
                   /* (not a day still ahead: "will appear in court on
                    * Monday. In an update at 3pm, police said …") */
                   !(rs->dct.set && !rs->narrative && day_after (&rs->day_anchor, &rs->dct)))))
          base = &rs->day_anchor;
        else if (rs->dct.set)
          base = &rs->dct;
        else if (rs->anchor.set)
          base = &rs->anchor;
        else
          base = NULL;

        if (base != NULL)
          {
            r = *base;
            if (sem->unit != SW_UNIT_NONE && sem->shift != 0)
              shift_ref (&r, sem->unit, sem->shift);
            if (sem->compare && sem->year >= 0)
              r.y = sem->year;
            /* "revenue in the fourth quarter rose 12% from a year
             * earlier": the same quarter, that many years before */
            if (sem->unit == SW_UNIT_YEAR && sem->gran == G_YEAR && ABS (sem->shift) == 1 && !sem->compare &&
                sem->ref == REF_ANCHOR && rs->quarter > 0 && c->sentence >= rs->quarter_sentence &&
                c->sentence <= rs->quarter_sentence + 1)
              {
                r.y = rs->quarter_y + sem->shift;
                r.m = (rs->quarter - 1) * 3 + 1;
                r.d = -1;
                r.g = G_MONTH;
                same_quarter = TRUE;
              }
            /* "Drones hit the city overnight", told the next day: the
             * night before the day of writing ("will move in overnight"
             * is tonight) */
            if (sem->overnight && c->tense == SW_TENSE_PAST && base == &rs->dct && r.g >= G_DAY)
              shift_ref (&r, SW_UNIT_DAY, -1);
            /* "spoke with them over the weekend", told on a weekday: the
             * weekend before, not the one ahead in the same ISO week */
            if (sem->gran == G_WEEKEND && sem->shift == 0 && c->tense == SW_TENSE_PAST && r.g >= G_DAY &&
                weekday_of (r.y, r.m, r.d) <= 5)
              shift_ref (&r, SW_UNIT_WEEK, -1);
            if (sem->month > 0)
              {
                r.m = sem->month;
                r.d = sem->day;
                r.g = sem->day > 0 ? G_DAY : G_MONTH;
              }
            /* in news, "yesterday" is a day the story can count from */
            absolute = r.y >= 0 && (sem->ref == REF_ANCHOR || !rs->narrative);
          }
        if (sem->gran == G_DECADE && sem->shift == 0 && sem->unit == SW_UNIT_DECADE)
          absolute = FALSE;
      }
      break;

    case REF_WEEKDAY:
      {
        const Ref *base = (rs->narrative && rs->anchor.set && rs->anchor.g >= G_DAY) ? &rs->anchor :
                          rs->dct.set ? &rs->dct :
                          (rs->anchor.set && rs->anchor.g >= G_DAY) ? &rs->anchor : NULL;

        /* "from Monday to Wednesday": the end lies after the start */
        if (c->range_end && rs->day_anchor.set && rs->day_anchor.g >= G_DAY)
          {
            int wd = weekday_of (rs->day_anchor.y, rs->day_anchor.m, rs->day_anchor.d);
            int fwd = (sem->weekday - wd + 7) % 7;

            r = rs->day_anchor;
            r.g = G_DAY;
            ref_add_days (&r, fwd == 0 ? 7 : fwd);
            absolute = TRUE;
            break;
          }

        if (base == NULL)
          {
            g_string_append_printf (v, "XXXX-WXX-%d", sem->weekday);
            return g_strndup (v->str, v->len);
          }
        {
          int wd = weekday_of (base->y, base->m, base->d);
          int back = (wd - sem->weekday + 7) % 7;   /* days back to the last such weekday */
          int fwd = (sem->weekday - wd + 7) % 7;    /* days on to the next */
          int dir = sem->dir;
          int delta;

          if (dir == 0)
            dir = c->tense == SW_TENSE_PAST ? -1 : c->tense == SW_TENSE_FUTURE ? 1 : 0;
          /* "host Albion next Tuesday before travelling to Northgate on
           * Saturday": no tense, but a day ahead named in the sentence */
          if (dir == 0 && c->tense == SW_TENSE_NONE && rs->day_anchor.set && rs->day_anchor_sentence == c->sentence &&
              rs->dct.set && !rs->narrative && day_after (&rs->day_anchor, &rs->dct))
            dir = 1;

          if (dir == -2)
            delta = back == 0 ? -7 : -back;
          else if (dir == 2)
            delta = fwd == 0 ? 7 : fwd;
          else if (dir < 0)
            delta = -back;
          else if (dir > 0)
            delta = fwd;
          else
            delta = back <= fwd ? -back : fwd;

          r = *base;
          r.g = G_DAY;
          ref_add_days (&r, delta);
          absolute = TRUE;
        }
      }
      break;

    case REF_DAYONLY:
      {
        const Ref *base = rs->anchor.set && (rs->narrative || !rs->dct.set) ? &rs->anchor :
                          rs->dct.set ? &rs->dct : NULL;

        if (base != NULL && base->g >= G_MONTH)
          {
            r = *base;
            r.d = sem->day;
            r.g = G_DAY;
            if (!g_date_valid_dmy (r.d, r.m, r.y))
              r.d = -1;
          }
        else
          {
            r.d = sem->day;
            r.g = G_DAY;
          }
      }
      break;

    default:
      break;
    }

  if (sem->fiscal)
    {
      g_string_append_printf (v, "FY%04d", r.y);
      return g_strndup (v->str, v->len);
    }

  {
    Gran g = sem->gran;

    if (sem->short_year && g == G_DECADE)
      absolute = FALSE;
    if (sem->compare)
      absolute = FALSE;
    /* "the same period": as precise as the date it compares with */
    if (g == G_NONE)
      g = r.g == G_NONE ? G_YEAR : r.g;
    if (sem->ref == REF_NONE && sem->decade >= 0)
      g = G_DECADE;
    if (sem->ref == REF_NONE && sem->century >= 0)
      g = G_CENTURY;
    if (same_quarter)
      {
        g = G_QUARTER;
        absolute = FALSE;
      }
    format_date (v, &r, g, sem);
  }

  if (sem->end_year >= 0 || sem->end_day >= 0)
    {
      Ref e = r;
      GString *ev = g_string_new (NULL);

      if (sem->end_year >= 0)
        e.y = sem->end_year;
      if (sem->end_month > 0)
        e.m = sem->end_month;
      if (sem->end_day > 0)
        e.d = sem->end_day;
      format_date (ev, &e, sem->gran, sem);
      *end_value = g_string_free (ev, FALSE);
    }

  if (absolute && (sem->ref == REF_NONE || sem->ref == REF_DCT) && sem->gran == G_YEAR && r.y >= 0)
    {
      rs->year_said = r;
      rs->year_said.g = G_YEAR;
      rs->year_said.m = rs->year_said.d = -1;
      rs->year_said.set = TRUE;
      rs->year_said_sentence = c->sentence;
      rs->year_said_newer = TRUE;
      rs->year_said_relative = sem->ref == REF_DCT;
    }
  /* the narrative moves on to dates it states (or pins down); a year in
   * passing ("plans for 1976") does not move it off a known month */
  if (absolute && sem->gran == G_YEAR && rs->anchor.set && rs->anchor.g >= G_MONTH &&
      !c->topic && rs->anchor.y != r.y)
    absolute = FALSE;
  /* and in news, a deadline still ahead ("plans to close two plants by
   * the end of 2025") is where the story aims, not where it is */
  if (absolute && c->deadline && !rs->narrative && rs->dct.set &&
      (r.y > rs->dct.y || (r.y == rs->dct.y && r.m > rs->dct.m)))
    absolute = FALSE;
  /* and so is a holiday ahead ("her march toward Election Day later this
   * week"), or one of a year the story had to guess */
  if (absolute && sem->floating && !rs->narrative && (!rs->dct.set || day_after (&r, &rs->dct)))
    absolute = FALSE;
  if (absolute && r.y >= 0 && sem->gran >= G_YEAR && sem->gran != G_WEEK && sem->gran != G_WEEKEND &&
      !c->endpoint)
    {
      Ref a = r;

      a.g = r.g;
      if (sem->gran < a.g)
        a.g = sem->gran == G_HALF || sem->gran == G_QUARTER || sem->gran == G_SEASON ? G_YEAR : sem->gran;
      if (a.g > G_DAY)
        a.g = G_DAY;
      if (a.d < 0 && a.g >= G_DAY)
        a.g = a.m > 0 ? G_MONTH : G_YEAR;
      if (a.m < 0 && a.g >= G_MONTH)
        a.g = G_YEAR;
      a.set = TRUE;
      rs->anchor = a;
      rs->year_said_newer = FALSE;
      rs->quarter = 0;
      if (!rs->dct.set || !day_after (&a, &rs->dct))
        rs->past_anchor = a;
      rs->anchor_sentence = c->sentence;
      rs->anchor_para = c->para;
      rs->anchor_from_dct = sem->ref == REF_DCT;
      rs->anchor_reported = c->reported;
      /* (the day something was said is no day for the clock times of
       * what happened: "officials said early Friday. … the tornado
       * touched down at about 4:15 p.m." is Thursday's) */
      if (a.g >= G_DAY && !c->reported)
        {
          rs->event_day = a;
          rs->event_day_sentence = c->sentence;
        }
      if (a.g >= G_DAY)
        {
          rs->day_anchor = a;
          rs->day_anchor_sentence = c->sentence;
          if (sem->pod == 4)
            {
              rs->night = a;
              rs->night_sentence = c->sentence;
            }
        }
    }
  if (sem->quarter > 0 && r.y >= 0)
    {
      rs->quarter = sem->quarter;
      rs->quarter_y = r.y;
      rs->quarter_sentence = c->sentence;
    }
  /* the day of the last clock time with a day of its own */
  if (sem->hour >= 0 && r.y >= 0 && r.m > 0 && r.d > 0 && !c->reported)
    {
      rs->clock_day = r;
      rs->clock_day.g = G_DAY;
      rs->clock_day.set = TRUE;
      rs->clock_hour = sem->hour;
      rs->clock_sentence = c->sentence;
      rs->clock_end = c->end;
    }

  return g_strndup (v->str, v->len);
}

/* ------------------------------------------------------------------ */
/* The reference date from the text */

static gboolean
parse_dct (const char *s,
           Ref        *r)
{
  int y, m, d;

  if (s == NULL || sscanf (s, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  r->y = y;
  r->m = m;
  r->d = d;
  r->g = G_DAY;
  r->bc = FALSE;
  r->set = TRUE;
  return TRUE;
}

/* Offset of the start of line @n (0-based) or @len */
static gsize
line_start (const char *text,
            gsize       len,
            guint       n)
{
  gsize p = 0;

  while (n > 0 && p < len)
    {
      const char *nl = memchr (text + p, '\n', len - p);

      if (nl == NULL)
        return len;
      p = nl - text + 1;
      /* blank lines do not count */
      if (p < len && text[p] != '\n')
        n--;
    }
  return p;
}

static char *
infer_dct (const char *text,
           gsize       len,
           GArray     *cands)
{
  gsize header_end;
  int max_year = -1;
  GDateTime *now;
  int clock_year;

  /* 1. a dateline: a full date among the first lines, on a short line or
   *    at the very start of one */
  header_end = line_start (text, len, 4);
  for (guint i = 0; i < cands->len; i++)
    {
      const Cand *c = &g_array_index (cands, Cand, i);
      const Sem *sem = &c->sem;
      const char *ls, *le;

      if (c->start >= header_end)
        break;
      if (sem->ref != REF_NONE || sem->day <= 0 || sem->year < 0 || sem->bc)
        continue;
      ls = c->start > 0 ? g_strrstr_len (text, c->start, "\n") : NULL;
      ls = ls ? ls + 1 : text;
      le = memchr (text + c->end, '\n', len - c->end);
      if (le == NULL)
        le = text + len;
      if (le - ls <= 120 || (text + c->start) - ls <= 40)
        return g_strdup_printf ("%04d-%02d-%02d", sem->year, sem->month, sem->day);
    }

  /* 2. a weekday with its day and month pins the year: the nearest year in
   *    which that day is that weekday, at or after the latest year named */
  for (guint i = 0; i < cands->len; i++)
    {
      const Sem *sem = &g_array_index (cands, Cand, i).sem;

      if (sem->explicit_year && sem->year > 0 && !sem->bc && sem->ref == REF_NONE &&
          sem->gran != G_CENTURY && sem->gran != G_DECADE)
        max_year = MAX (max_year, sem->year);
    }
  now = g_date_time_new_now_utc ();
  clock_year = g_date_time_get_year (now);
  g_date_time_unref (now);

  for (guint i = 0; i < cands->len; i++)
    {
      const Sem *sem = &g_array_index (cands, Cand, i).sem;

      if (sem->weekday > 0 && sem->month > 0 && sem->day > 0 && sem->year < 0)
        {
          if (max_year > 0)
            {
              for (int y = max_year; y <= max_year + 28; y++)
                if (weekday_of (y, sem->month, sem->day) == sem->weekday)
                  return g_strdup_printf ("%04d-%02d-%02d", y, sem->month, sem->day);
            }
          else
            {
              /* nothing else to go by: the latest such year up to now */
              for (int y = clock_year; y >= clock_year - 28; y--)
                if (weekday_of (y, sem->month, sem->day) == sem->weekday)
                  return g_strdup_printf ("%04d-%02d-%02d", y, sem->month, sem->day);
            }
        }
    }

  return NULL;
}

/* History rather than news: most years the text names are far from the
 * reference date, so unstated years follow the text, not the calendar;
 * unless the text keeps counting from the day it was written ("on
 * Wednesday", "last month"), as news with a back story does. */
static gboolean
is_narrative (GArray    *cands,
              const Ref *dct)
{
  guint n = 0, far = 0, from_now = 0;

  for (guint i = 0; i < cands->len; i++)
    {
      const Sem *sem = &g_array_index (cands, Cand, i).sem;

      if (sem->ref == REF_WEEKDAY || (sem->ref == REF_DCT && sem->literal == NULL && sem->type == SW_TIMEX_DATE))
        from_now++;
      if (!sem->explicit_year || sem->year < 0)
        continue;
      n++;
      /* years ahead are plans, which news tells and history does not: "a
       * bid to host the tournament in 2031" */
      if (dct->set && !sem->bc && sem->year > dct->y)
        from_now++;
      else if (!dct->set || sem->bc || sem->year < dct->y - 1)
        far++;
    }
  if (!dct->set)
    return n > 0;
  return n >= 4 && far * 2 >= n && from_now * 3 < far;
}

/* "31 May-1 June 1916", "March 3 to April 5, 2025": the year is said once */
static void
borrow_range_year (const char *text,
                   GArray     *cands,
                   guint       i)
{
  Cand *c = &g_array_index (cands, Cand, i);

  if (c->sem.ref == REF_YEARLESS && c->sem.weekday < 0 && i + 1 < cands->len)
    {
      const Cand *next = &g_array_index (cands, Cand, i + 1);

      if (next->sentence == c->sentence && next->sem.explicit_year && next->sem.ref == REF_NONE &&
          next->start >= c->end && next->start - c->end <= 5 &&
          (memchr (text + c->end, '-', next->start - c->end) != NULL ||
           g_strstr_len (text + c->end, next->start - c->end, "to") != NULL ||
           g_strstr_len (text + c->end, next->start - c->end, "and") != NULL ||
           g_strstr_len (text + c->end, next->start - c->end, "\xe2\x80\x93") != NULL))
        {
          c->sem.year = next->sem.year;
          c->sem.bc = next->sem.bc;
          c->sem.ref = REF_NONE;
        }
    }
}

/* "on April 19 last year": a year said right after a date without one is
 * that date's. The date @prev_t takes the year of @t and its words, and
 * returns TRUE; @t is then no timex of its own. */
static gboolean
year_of_date_before (const char    *text,
                     const Cand    *prev,
                     const Cand    *c,
                     SwTimex       *prev_t,
                     const SwTimex *t)
{
  static const char * const years[] = { "last year", "this year", "next year" };
  gboolean said = FALSE;

  if (prev->sem.ref != REF_YEARLESS || prev->sem.month <= 0 || prev->sentence != c->sentence ||
      c->start != prev->end + 1 || text[prev->end] != ' ' || prev_t->value == NULL || prev_t->end_value != NULL ||
      strlen (prev_t->value) < 7 || prev_t->value[4] != '-' || t->value == NULL || strlen (t->value) != 4 ||
      !g_ascii_isdigit (t->value[0]))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (years); k++)
    said |= c->end - c->start == strlen (years[k]) &&
            g_ascii_strncasecmp (text + c->start, years[k], c->end - c->start) == 0;
  if (!said)
    return FALSE;
  memcpy (prev_t->value, t->value, 4);
  prev_t->span.end = t->span.end;
  return TRUE;
}

static void
tag_text (const char            *text,
          gsize                  len,
          const SwText          *words,
          const SwTimexOptions  *options,
          GPtrArray             *timexes,
          char                 **inferred_dct)
{
  g_autoptr(GArray) toks = g_array_sized_new (FALSE, FALSE, sizeof (Tok), MAX_SENTENCE_TOKENS);
  /* room for a date every hundred bytes, as a chronology has: growing
   * a long text's candidates copies them all each time */
  g_autoptr(GArray) cands = g_array_sized_new (FALSE, FALSE, sizeof (Cand), 16 + len / 100);
  g_autofree char *dct_text = NULL;
  g_autoptr(GString) scratch = g_string_sized_new (32);
  Scanner sc = { text, len, 0, 0, words, 0 };
  Ctx ctx = { options };
  Resolver rs;
  Accounts accounts = { text, 0, FALSE };

  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (timexes != NULL);

  sw_memory_advise_large (cands->data, (16 + len / 100) * sizeof (Cand));

  if (inferred_dct != NULL)
    *inferred_dct = NULL;

  while (scan_sentence (&sc, toks))
    {
      Sent s;

      s.text = text;
      s.t = (Tok *)(gpointer)toks->data;
      s.n = toks->len;
      s.index = sc.sentence++;
      s.para = sc.para;
      s.allcaps = sentence_all_caps (&s);
      s.accounts = &accounts;
      tag_sentence (&s, &ctx, cands);
    }

  memset (&rs, 0, sizeof rs);
  rs.text = text;
  if (options != NULL && options->dct != NULL)
    parse_dct (options->dct, &rs.dct);
  else
    {
      dct_text = infer_dct (text, len, cands);
      if (dct_text != NULL && parse_dct (dct_text, &rs.dct) && inferred_dct != NULL)
        *inferred_dct = g_strdup (dct_text);
    }
  rs.narrative = is_narrative (cands, &rs.dct);

  for (guint i = 0; i < cands->len; i++)
    {
      Cand *c = &g_array_index (cands, Cand, i);
      char *end_value = NULL;

      char *value;
      SwTimex *t;

      borrow_range_year (text, cands, i);
      value = resolve (&rs, c, scratch, &end_value);
      t = sw_timex_new (c->sem.type, c->start, c->end, NULL);

      t->value = value;
      t->end_value = end_value;
      if (c->sem.mod != NULL && c->sem.mod[0] != '\0')
        t->mod = g_strdup (c->sem.mod);
      if (i > 0 && year_of_date_before (text, &g_array_index (cands, Cand, i - 1), c, g_ptr_array_index (timexes, timexes->len - 1), t))
        {
          sw_timex_free (t);
          continue;
        }
      g_ptr_array_add (timexes, t);
    }
}

void
sw_timex_tag (const char            *text,
              gsize                  len,
              const SwTimexOptions  *options,
              GPtrArray             *timexes,
              char                 **inferred_dct)
{
  tag_text (text, len, NULL, options, timexes, inferred_dct);
}

/**
 * sw_timex_tag_words:
 * @words: the text in tokens, as sw_text_new() read it
 *
 * sw_timex_tag() over a text whose tokens are already read: its words of
 * ASCII letters, most of the text, are taken from @words instead of being
 * folded and looked up again. The result is the same.
 */
void
sw_timex_tag_words (const SwText          *words,
                    const SwTimexOptions  *options,
                    GPtrArray             *timexes,
                    char                 **inferred_dct)
{
  tag_text (words->text, words->len, words, options, timexes, inferred_dct);
}

/* ------------------------------------------------------------------ */

/**
 * sw_timex_value_range:
 * @value: a TIMEX3 date or time value
 *
 * Reads the calendar range a date value covers: "2025-03" runs from
 * "2025-03-01" to "2025-03-31" at month granularity. Returns %FALSE for
 * values with no place on a calendar (durations, "PRESENT_REF", "XXXX-03").
 */
gboolean
sw_timex_value_range (const char     *value,
                      char          **from,
                      char          **to,
                      SwGranularity  *granularity)
{
  gsize n;

  g_return_val_if_fail (value != NULL, FALSE);

  /* Called for every date of every document: the values come from
   * format_date(), so fixed positions replace sscanf. */
  if (!g_ascii_isdigit (value[0]) || !g_ascii_isdigit (value[1]) ||
      !g_ascii_isdigit (value[2]) || !g_ascii_isdigit (value[3]))
    return FALSE;
  /* "2025-XX-XXTMO" knows its year only: drawn as the whole year it would
   * claim a precision the text does not have, so it is left undated. */
  if (strchr (value, 'X') != NULL)
    return FALSE;
  n = strlen (value);

  if (n >= 10 && value[4] == '-' && value[7] == '-' &&
      g_ascii_isdigit (value[5]) && g_ascii_isdigit (value[6]) &&
      g_ascii_isdigit (value[8]) && g_ascii_isdigit (value[9]) &&
      g_date_valid_dmy ((value[8] - '0') * 10 + value[9] - '0', (value[5] - '0') * 10 + value[6] - '0',
                        g_ascii_digit_value (value[0]) * 1000 + g_ascii_digit_value (value[1]) * 100 +
                        g_ascii_digit_value (value[2]) * 10 + g_ascii_digit_value (value[3])))
    {
      *from = g_strndup (value, 10);
      *to = g_strdup (*from);
      *granularity = value[10] == 'T' ? SW_GRANULARITY_TIME : SW_GRANULARITY_DAY;
      return TRUE;
    }
  if (n == 7 && value[4] == '-' && g_ascii_isdigit (value[5]) && g_ascii_isdigit (value[6]) &&
      (value[5] - '0') * 10 + value[6] - '0' >= 1 && (value[5] - '0') * 10 + value[6] - '0' <= 12)
    {
      *from = g_strdup (value);
      *to = g_strdup (*from);
      *granularity = SW_GRANULARITY_MONTH;
      return TRUE;
    }
  if (value[4] == '\0' || value[4] == '-')
    {
      int w;
      int y = g_ascii_digit_value (value[0]) * 1000 + g_ascii_digit_value (value[1]) * 100 +
              g_ascii_digit_value (value[2]) * 10 + g_ascii_digit_value (value[3]);

      /* 2024, 2024-Q3, 2024-SU, 2024-W12: the year at least */
      if (value[4] == '-' && value[5] == 'Q' && value[6] >= '1' && value[6] <= '4')
        {
          int q = value[6] - '0';

          *from = g_strdup_printf ("%.4s-%02d", value, q * 3 - 2);
          *to = g_strdup_printf ("%.4s-%02d", value, q * 3);
          *granularity = SW_GRANULARITY_MONTH;
          return TRUE;
        }
      if (value[4] == '-' && value[5] == 'H' && (value[6] == '1' || value[6] == '2'))
        {
          int h = value[6] - '0';

          *from = g_strdup_printf ("%04d-%02d", y, h * 6 - 5);
          *to = g_strdup_printf ("%04d-%02d", y, h * 6);
          *granularity = SW_GRANULARITY_MONTH;
          return TRUE;
        }
      /* An ISO week runs Monday to Sunday; week 1 holds 4 January. */
      if (value[4] == '-' && value[5] == 'W' && sscanf (value + 6, "%2d", &w) == 1 &&
          w >= 1 && w <= 53 && y >= 1 && y < 9999)
        {
          g_autoptr(GDateTime) jan4 = g_date_time_new_utc (y, 1, 4, 0, 0, 0);
          g_autoptr(GDateTime) monday = g_date_time_add_days (jan4, 1 - g_date_time_get_day_of_week (jan4) + (w - 1) * 7);
          g_autoptr(GDateTime) sunday = g_date_time_add_days (monday, 6);
          /* "2024-W48-WE", the weekend: Saturday and Sunday */
          g_autoptr(GDateTime) saturday = g_str_has_suffix (value, "-WE") ? g_date_time_add_days (monday, 5) : NULL;

          *from = g_date_time_format (saturday != NULL ? saturday : monday, "%Y-%m-%d");
          *to = g_date_time_format (sunday, "%Y-%m-%d");
          *granularity = SW_GRANULARITY_DAY;
          return TRUE;
        }
      /* Seasons by the northern meteorological convention */
      if (value[4] == '-' && strlen (value) == 7)
        {
          static const struct { const char *code; int first; int last; } seasons[] = {
            { "SP", 3, 5 }, { "SU", 6, 8 }, { "FA", 9, 11 }, { "WI", 12, 14 },
          };

          for (guint i = 0; i < G_N_ELEMENTS (seasons); i++)
            if (strcmp (value + 5, seasons[i].code) == 0)
              {
                *from = g_strdup_printf ("%04d-%02d", y, seasons[i].first);
                *to = seasons[i].last > 12 ? g_strdup_printf ("%04d-%02d", y + 1, seasons[i].last - 12)
                                           : g_strdup_printf ("%04d-%02d", y, seasons[i].last);
                *granularity = SW_GRANULARITY_MONTH;
                return TRUE;
              }
        }
      *from = g_strndup (value, 4);
      *to = g_strdup (*from);
      *granularity = SW_GRANULARITY_YEAR;
      return TRUE;
    }
  return FALSE;
}
