/* sw-text.h: tokens, sentences and paragraphs of a document's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One linear pass over the UTF-8 text; every later stage walks these
 * arrays instead of the bytes. Offsets are bytes, end exclusive.
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "sw-lexicon.h"

G_BEGIN_DECLS

typedef enum
{
  SW_TOKEN_WORD,
  SW_TOKEN_NUMBER,
  SW_TOKEN_PUNCT,
  SW_TOKEN_QUOTE,
} SwTokenKind;

typedef enum
{
  SW_CAP_NONE,     /* no letters, or not starting with one */
  SW_CAP_LOWER,
  SW_CAP_INITIAL,  /* "Putin", "McKinley" */
  SW_CAP_UPPER,    /* "PUTIN", "NATO" */
} SwCapitalization;

typedef enum
{
  SW_QUOTE_OPEN   = 1 << 0,
  SW_QUOTE_CLOSE  = 1 << 1,
  SW_QUOTE_SINGLE = 1 << 2,  /* ‘ ’ ' rather than “ ” " « » '' */
} SwQuoteFlags;

typedef enum
{
  SW_TOKEN_PARA_START    = 1 << 0,
  SW_TOKEN_SPACE_BEFORE  = 1 << 1,
  SW_TOKEN_POSSESSIVE    = 1 << 2,  /* the "’s" split off "Russia’s" */
  SW_TOKEN_ASCII_LETTERS = 1 << 3,  /* a word of ASCII letters and nothing else */
  SW_TOKEN_CUE           = 1 << 4,  /* its lexicon entry lists cues that start with it */
  SW_TOKEN_TALK          = 1 << 5,  /* its lexicon entry is in SW_SET_TALK */
} SwTokenFlags;

typedef struct
{
  guint              start;
  guint              end;
  guint8             kind;   /* SwTokenKind */
  guint8             cap;    /* SwCapitalization */
  guint8             quote;  /* SwQuoteFlags, for SW_TOKEN_QUOTE */
  guint8             flags;  /* SwTokenFlags */
  /* One or the other, by kind: a long text is tens of megabytes of
   * tokens, which every stage reads, and 24 bytes cost less than 32. */
  union
  {
    gunichar         ch;     /* the character of a PUNCT or QUOTE token */
    guint32          timex;  /* for SW_TOKEN_ASCII_LETTERS: the temporal
                              * tagger's entry (sw_lex_from_id()), or 0 */
  };
  const SwWordInfo  *info;   /* the lexicon's entry for a word, or NULL */
} SwToken;

G_STATIC_ASSERT (sizeof (SwToken) == 24);

typedef struct
{
  guint     first;   /* token index */
  guint     last;    /* one past the last token */
  guint     para;
  gboolean  caps;    /* written in capitals only */
  gboolean  title;   /* a headline in title case: capitals say little */
} SwSentence;

typedef struct
{
  const char  *text;
  gsize        len;
  GArray      *tokens;     /* SwToken */
  GArray      *sentences;  /* SwSentence */
  GArray      *sent_of;    /* guint per token: its sentence */
  guint        n_paras;
} SwText;

/* No sentence is longer than this many tokens: it bounds every search that
 * looks around a word, whatever the input. */
#define SW_TEXT_MAX_SENTENCE 160

/* Arrays from this size on are worth backing with huge pages. */
#define SW_MEMORY_LARGE (4 * 1024 * 1024)

void        sw_memory_advise_large (gpointer     data,
                                    gsize        size);

SwText     *sw_text_new          (const char    *text,
                                  gsize          len);
void        sw_text_free         (SwText        *self);

guint       sw_text_apposition_end (const SwText *self,
                                    guint         comma,
                                    guint         max_words);
guint       sw_text_dateline_end   (const SwText     *self,
                                    const SwSentence *s);

static inline const SwToken *
sw_text_token (const SwText *self,
               guint         i)
{
  return &g_array_index (self->tokens, SwToken, i);
}

static inline const SwSentence *
sw_text_sentence_of (const SwText *self,
                     guint         token)
{
  return &g_array_index (self->sentences, SwSentence,
                         g_array_index (self->sent_of, guint, token));
}

/* Is token @i the apostrophe of a plural possessive, glued to a word in
 * -s and followed by another word ("the employers’ association", "the
 * Clintons' house")? The tokenizer leaves it a quotation mark. */
static inline gboolean
sw_text_is_plural_possessive (const SwText *self,
                              guint         i)
{
  const SwToken *t, *prev, *next;
  char last;

  if (i == 0 || i + 1 >= self->tokens->len)
    return FALSE;
  t = sw_text_token (self, i);
  if (t->kind != SW_TOKEN_QUOTE || (t->ch != 0x2019 && t->ch != '\'') || (t->flags & SW_TOKEN_SPACE_BEFORE))
    return FALSE;
  prev = sw_text_token (self, i - 1);
  next = sw_text_token (self, i + 1);
  last = self->text[prev->end - 1];
  return prev->kind == SW_TOKEN_WORD && (last == 's' || last == 'S') && next->kind == SW_TOKEN_WORD &&
         (next->flags & SW_TOKEN_SPACE_BEFORE) && sw_text_sentence_of (self, i) == sw_text_sentence_of (self, i + 1);
}

/* Inline so that the length of a literal @word is known at compile time
 * and most tokens are told apart by their length alone. */
static inline gboolean
sw_token_is (const SwText *self,
             guint         i,
             const char   *word)
{
  const SwToken *t;
  gsize n;

  if (i >= self->tokens->len)
    return FALSE;

  t = sw_text_token (self, i);
  /* most tokens differ from @word in their first letter: tell those apart
   * before measuring @word, which a word list's loop does on every call */
  if ((self->text[t->start] | 0x20) != (word[0] | 0x20))
    return FALSE;
  n = strlen (word);
  if (t->end - t->start != n)
    return FALSE;
  /* in place of g_ascii_strncasecmp(), a call per comparison */
  for (gsize k = 0; k < n; k++)
    {
      char a = self->text[t->start + k], b = word[k];

      if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
      if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
      if (a != b)
        return FALSE;
    }
  return TRUE;
}

/* Are tokens @a and @b of @self the same word, in any case? */
static inline gboolean
sw_token_same_word (const SwText  *self,
                    const SwToken *a,
                    const SwToken *b)
{
  if (a->end - a->start != b->end - b->start)
    return FALSE;
  for (guint k = 0; k < a->end - a->start; k++)
    if (g_ascii_tolower (self->text[a->start + k]) != g_ascii_tolower (self->text[b->start + k]))
      return FALSE;
  return TRUE;
}

gboolean    sw_token_is_punct    (const SwText  *self,
                                  guint          i,
                                  gunichar       ch);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwText, sw_text_free)

G_END_DECLS
