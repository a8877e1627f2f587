/* sw-mentions.c: names in the text and the actors they refer to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names are found without a tagger: runs of capitalised words, with the
 * lower-case titles and connectors that live inside them ("US envoy to the
 * Middle East Steve Witkoff", "Ursula von der Leyen"). Capitals carry no
 * information at the start of a sentence or in an all-capitals sentence, so
 * there a word counts only when the lexicon knows it or the same word is
 * capitalised somewhere inside a sentence of the same document.
 */
#define G_LOG_DOMAIN "sw-mentions"

#include "config.h"

#include <string.h>

#include "sw-mentions.h"

enum
{
  CLS_NONE,
  CLS_NAME,
  CLS_ROLE,
  CLS_CONN,
};

/* Actors keep at most this many roles; a long document cannot make the
 * role list (checked linearly) grow without bound. */
#define MAX_ROLES 6

typedef struct
{
  GHashTable *by_key;      /* folded name → actor index + 1 */
  GHashTable *by_surname;  /* folded last word → GArray of actor indices (persons) */
  GHashTable *by_first;    /* folded first word → actor index + 1, or -1 when ambiguous */
  GHashTable *by_tail;     /* folded last word → GArray of actor indices (organisations) */
  GHashTable *bare;        /* actor indices created from a lone surname */
  GStringChunk *keys;      /* the keys of the tables above, freed at once */
} Index;

static const SwToken *
tok (SwMentions *self,
     guint       i)
{
  return sw_text_token (self->text, i);
}

static gboolean
tok_is (SwMentions *self,
        guint       i,
        const char *word)
{
  return sw_token_is (self->text, i, word);
}

static guint
tok_flags (SwMentions *self,
           guint       i)
{
  const SwToken *t = tok (self, i);

  return t->info != NULL ? t->info->flags : 0;
}

/* Writes the words of [first, last) into @out, which has room for
 * token_text_size() bytes; returns the length written */
static gsize
token_text_write (const SwText *text,
                  guint         first,
                  guint         last,
                  char         *out)
{
  gsize n = 0;

  for (guint i = first; i < last; i++)
    {
      const SwToken *t = sw_text_token (text, i);

      /* a nickname in marks is no part of the name: 'Augustin "Gus"
       * Ferreira-Holt' */
      if (t->kind == SW_TOKEN_QUOTE && (t->quote & SW_QUOTE_OPEN) && i > first && i + 3 < last &&
          sw_text_token (text, i + 1)->kind == SW_TOKEN_WORD && sw_text_token (text, i + 2)->kind == SW_TOKEN_QUOTE &&
          (sw_text_token (text, i + 2)->quote & SW_QUOTE_CLOSE))
        {
          i += 2;
          continue;
        }
      /* quotation marks are no part of a name, but the apostrophe of
       * "Dockworkers’ Guild" is: glued to the word before, not after */
      if (t->kind == SW_TOKEN_QUOTE &&
          ((t->flags & SW_TOKEN_SPACE_BEFORE) || i == first || i + 1 >= last ||
           !(sw_text_token (text, i + 1)->flags & SW_TOKEN_SPACE_BEFORE)))
        continue;
      if (n > 0 && (t->flags & SW_TOKEN_SPACE_BEFORE) && !(t->flags & SW_TOKEN_POSSESSIVE))
        out[n++] = ' ';
      memcpy (out + n, text->text + t->start, t->end - t->start);
      n += t->end - t->start;
    }
  out[n] = '\0';

  return n;
}

static gsize
token_text_size (const SwText *text,
                 guint         first,
                 guint         last)
{
  gsize size = 1;

  for (guint i = first; i < last; i++)
    size += sw_text_token (text, i)->end - sw_text_token (text, i)->start + 1;
  return size;
}

char *
sw_mentions_token_text (const SwText *text,
                        guint         first,
                        guint         last)
{
  /* measured first, then written into one allocation of the right size */
  char *out = g_malloc (token_text_size (text, first, last));

  token_text_write (text, first, last, out);
  return out;
}

/* The same, kept in the mentions' own strings, which go at once with
 * them: every mention has a name and many a role */
static char *
chunk_token_text (SwMentions *self,
                  guint       first,
                  guint       last)
{
  gsize size = token_text_size (self->text, first, last);
  char buf[256];
  g_autofree char *big = size > sizeof buf ? g_malloc (size) : NULL;
  gsize n = token_text_write (self->text, first, last, big != NULL ? big : buf);

  return g_string_chunk_insert_len (self->strings, big != NULL ? big : buf, n);
}

/* The words of a name in the case a mixed-case sentence would use. */
static char *
name_text (SwMentions *self,
           guint       first,
           guint       last,
           gboolean    caps)
{
  char *raw = chunk_token_text (self, first, last);
  gboolean start = TRUE;
  g_autoptr(GString) s = NULL;

  if (!caps)
    return raw;

  s = g_string_new (NULL);
  for (const char *p = raw; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (s, start ? g_unichar_toupper (c) : g_unichar_tolower (c));
      start = !g_unichar_isalpha (c) && c != '\'' && c != 0x2019;
    }

  return g_string_chunk_insert_len (self->strings, s->str, s->len);
}

static gboolean
is_sentence_initial (SwMentions *self,
                     guint       i)
{
  const SwSentence *s = sw_text_sentence_of (self->text, i);
  const SwToken *p;

  if (i == s->first)
    return TRUE;

  p = tok (self, i - 1);
  if (p->kind == SW_TOKEN_QUOTE && (p->quote & SW_QUOTE_OPEN))
    return TRUE;

  /* "SAVE A QUARTER Let’s say …": the sentence starts after a run-in head
   * of words in capitals that opens the paragraph */
  if (!s->caps && p->kind == SW_TOKEN_WORD && p->cap == SW_CAP_UPPER && tok (self, i)->cap == SW_CAP_INITIAL)
    {
      guint k = i - 1;

      while (k > s->first && tok (self, k - 1)->kind == SW_TOKEN_WORD &&
             (tok (self, k - 1)->cap == SW_CAP_UPPER || tok (self, k - 1)->end - tok (self, k - 1)->start == 1))
        k--;
      if (k == s->first && (tok (self, k)->flags & SW_TOKEN_PARA_START) && i - k >= 2)
        return TRUE;
    }

  return p->kind == SW_TOKEN_PUNCT && (p->ch == ':' || p->ch == '(' || p->ch == 0x2014 ||
                                       p->ch == 0x2013 || p->ch == '-' || p->ch == 0x2022);
}

/* Does a capitalised word qualify a noun by its part after a hyphen in
 * lower case: "Washington-based", "Kremlin-backed", "US-led",
 * "Russian-speaking", "Ohio-born"? Not the second syllable of a Korean
 * given name: "Kim Jong-un", "Ban Ki-moon", "Yoon Suk-yeol". */
static gboolean
has_lower_hyphen_part (SwMentions    *self,
                       const SwToken *t)
{
  static const char *const parts[] = { "born", "run", "made", "wide", "style", "like", "era", "owned", "bound",
                                       "free", "friendly", "only", "specific", "speaking", "led", "held",
                                       /* "Twenty-seven" */
                                       "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", NULL };
  const char *text = self->text->text;

  for (guint i = t->start; i + 1 < t->end; i++)
    if (text[i] == '-' && g_ascii_islower (text[i + 1]))
      {
        const char *part = text + i + 1;
        gsize n = 0;

        while (i + 1 + n < t->end && g_ascii_isalpha (part[n]))
          n++;
        if ((n > 3 && (memcmp (part + n - 2, "ed", 2) == 0 || memcmp (part + n - 3, "ing", 3) == 0)))
          return TRUE;
        for (guint k = 0; parts[k] != NULL; k++)
          if (strlen (parts[k]) == n && memcmp (part, parts[k], n) == 0)
            return TRUE;
        /* a word of its own, longer than a syllable: "Franco-german" */
        if (n > 5)
          return TRUE;
      }

  return FALSE;
}

/* The vocabulary: words seen capitalised inside sentences, as a set of
 * the tokens that first showed them, compared folded to lower case. A
 * set of token indices needs no copy of any word. */
static guint32
word_hash (const SwText  *text,
           const SwToken *t)
{
  guint32 h = SW_LEXICON_HASH_INIT;

  for (guint k = t->start; k < t->end; k++)
    {
      char c = text->text[k];

      h = SW_LEXICON_HASH_STEP (h, c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
  return h;
}

/* The slot that holds a word like @t, or the empty slot where it goes */
static guint *
vocabulary_slot (SwMentions    *self,
                 const SwToken *t)
{
  guint h = word_hash (self->text, t) & self->vocabulary_mask;

  for (;; h = (h + 1) & self->vocabulary_mask)
    {
      guint *slot = &self->vocabulary[h];

      if (*slot == 0 || sw_token_same_word (self->text, tok (self, *slot - 1), t))
        return slot;
    }
}

static gboolean
in_vocabulary (SwMentions    *self,
               const SwToken *t)
{
  /* the longest word the vocabulary takes, as sw_lexicon_fold() did */
  if (t->end - t->start + 1 > 48)
    return FALSE;

  return *vocabulary_slot (self, t) != 0;
}

static void
vocabulary_add (SwMentions *self,
                guint       i)
{
  guint *slot = vocabulary_slot (self, tok (self, i));

  if (*slot != 0)
    return;
  *slot = i + 1;

  /* at most half full */
  if (++self->vocabulary_size * 2 > self->vocabulary_mask + 1)
    {
      guint *old = self->vocabulary;
      guint n = self->vocabulary_mask + 1;

      self->vocabulary_mask = 2 * n - 1;
      self->vocabulary = g_new0 (guint, 2 * n);
      for (guint k = 0; k < n; k++)
        if (old[k] != 0)
          *vocabulary_slot (self, tok (self, old[k] - 1)) = old[k];
      g_free (old);
    }
}

/* Does a reporting cue start at token @i, all its words before @end:
 * "said", "talks about", but not the noun in "Pay talks between …" nor
 * a form in -ing ("Red warning extended")? */
static gboolean
cue_at (SwMentions *self,
        guint       i,
        guint       end)
{
  const SwToken *t = tok (self, i);
  const SwWordInfo *info = t->info;

  if (info == NULL || !(info->flags & SW_WORD_CUE) || info->cues == NULL ||
      (t->end - t->start > 4 && strncmp (self->text->text + t->end - 3, "ing", 3) == 0))
    return FALSE;
  for (guint c = 0; c < info->cues->len; c++)
    {
      const SwCue *cue = g_ptr_array_index (info->cues, c);
      gboolean ok = tok_is (self, i, cue->words[0]);

      for (guint w = 1; w < cue->n_words && ok; w++)
        ok = i + w < end && tok_is (self, i + w, cue->words[w]);
      if (ok)
        return TRUE;
    }
  return FALSE;
}

/* The apostrophe of a plural possessive inside a name: "United
 * Dockworkers’ Guild", glued to a word that ends in "s" and followed by
 * a capitalised word. */
static gboolean
is_plural_possessive (SwMentions *self,
                      guint       i)
{
  /* "the Clintons' campaign": inside a name, both words capitalised */
  return sw_text_is_plural_possessive (self->text, i) && tok (self, i - 1)->cap != SW_CAP_LOWER &&
         tok (self, i - 1)->end - tok (self, i - 1)->start > 2 && tok (self, i + 1)->cap != SW_CAP_LOWER;
}

/* The "'s" of an institution's name: "King's College London", "the
 * Children's Society", "St Mary's Hospital", after a word the lists know
 * as a possessor (or one word after it) and before capitalised words
 * that an organisation's head word ends or holds, not "Russia's Foreign
 * Ministry". */
static gboolean
possessive_in_name (SwMentions *self,
                    guint       i)
{
  guint n = self->text->tokens->len;

  if (i < 1 || i + 1 >= n || tok (self, i - 1)->kind != SW_TOKEN_WORD || tok (self, i - 1)->cap == SW_CAP_LOWER ||
      !((tok_flags (self, i - 1) & SW_WORD_POSSESSOR) ||
        (i >= 2 && tok (self, i - 2)->kind == SW_TOKEN_WORD && (tok_flags (self, i - 2) & SW_WORD_POSSESSOR))))
    return FALSE;
  for (guint k = i + 1; k < n && k < i + 5; k++)
    {
      if (tok (self, k)->kind != SW_TOKEN_WORD || tok (self, k)->cap == SW_CAP_LOWER ||
          (tok (self, k)->flags & SW_TOKEN_POSSESSIVE))
        return FALSE;
      if (tok_flags (self, k) & SW_WORD_ORG_HEAD)
        return TRUE;
    }
  return FALSE;
}

/* (most tokens are no possessive: the test costs one load) */
static inline gboolean
is_possessive_in_name (SwMentions *self,
                       guint       i)
{
  return i < self->text->tokens->len && (tok (self, i)->flags & SW_TOKEN_POSSESSIVE) && possessive_in_name (self, i);
}

/* "of", "von", "bin" and "&" inside a name */
static gboolean
is_connector (SwMentions *self,
              guint       i)
{
  const SwToken *t = tok (self, i);

  if (t->kind == SW_TOKEN_WORD)
    return (t->cap == SW_CAP_LOWER && t->end - t->start <= 5 && t->info != NULL &&
            (t->info->sets & SW_SET_CONNECTOR) != 0) ||
           is_possessive_in_name (self, i);
  if (t->kind == SW_TOKEN_PUNCT && t->ch == '&')
    return TRUE;
  return t->kind == SW_TOKEN_QUOTE && is_plural_possessive (self, i);
}

static gboolean
is_particle (SwMentions *self,
             guint       i)
{
  return is_connector (self, i) && !tok_is (self, i, "of") && !tok_is (self, i, "for") &&
         !tok_is (self, i, "and") && !tok_is (self, i, "the") && !tok_is (self, i, "to") &&
         !sw_token_is_punct (self->text, i, '&');
}

/* "MPs", "MSPs", "NGOs": capitals and a plural "s" */
static gboolean
plural_acronym (SwMentions *self,
                guint       i)
{
  const SwToken *t = tok (self, i);
  const char *w = self->text->text + t->start;
  guint n = t->end - t->start;

  if (n < 3 || n > 6 || w[n - 1] != 's')
    return FALSE;
  for (guint k = 0; k + 1 < n; k++)
    if (!g_ascii_isupper (w[k]))
      return FALSE;
  return TRUE;
}

/* A lower-case point of the compass before @i: "eastern", "north-western",
 * "central" */
static gboolean
compass_before (SwMentions *self,
                guint       i)
{
  static const char *const words[] = { "northern", "southern", "eastern", "western", "central", "northeastern",
                                       "southeastern", "northwestern", "southwestern", NULL };

  if (i == 0 || tok (self, i - 1)->cap != SW_CAP_LOWER)
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    if (tok_is (self, i - 1, words[k]))
      return TRUE;
  return FALSE;
}

static gboolean
plural_of_people (SwMentions    *self,
                  const SwToken *t)
{
#define ENDING(e) { e, sizeof e - 1 }
  static const struct { const char *letters; gsize n; } endings[] = {
    ENDING ("ers"), ENDING ("ists"), ENDING ("ysts"), ENDING ("ants"), ENDING ("ents"), ENDING ("ials"),
    ENDING ("ics"), ENDING ("ors"), ENDING ("ians"), ENDING ("ives"), ENDING ("ees"), ENDING ("men"),
    ENDING ("gues"), ENDING ("bours"), ENDING ("bors"), ENDING ("esses"), ENDING ("urses"), ENDING ("ilies"),
    ENDING ("ocals"), ENDING ("iends"),
  };
#undef ENDING
  const char *word = self->text->text + t->start;
  gsize len = t->end - t->start;
  char last;

  /* every ending ends in "s" but "men": most words are told apart here */
  if (len < 3)
    return FALSE;
  last = word[len - 1] | 0x20;
  if (last != 's' && last != 'n')
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
    {
      gsize n = endings[k].n, j = 0;

      if (n > len)
        continue;
      /* (setting bit 5 lowers a letter and makes no other byte one) */
      while (j < n && (word[len - n + j] | 0x20) == endings[k].letters[j])
        j++;
      if (j == n)
        return TRUE;
    }

  return FALSE;
}

static gboolean nickname_at (SwMentions *self,
                             guint       i);

/* A quotation mark of a nickname inside a name: out of line, so that the
 * test every token takes stays small */
static G_GNUC_NO_INLINE gboolean
quote_in_name (SwMentions *self,
               guint       i)
{
  return nickname_at (self, i);
}
static int token_class_compute (SwMentions *self,
                                 guint       i);

/* Classes are asked for many times per token while chunking; remember them. */
/* (inlined: every token of every sentence asks) */
G_ALWAYS_INLINE static inline int
token_class (SwMentions *self,
             guint       i)
{
  if (self->classes[i] == 0xFF)
    {
      const SwToken *t = tok (self, i);

      /* most tokens: punctuation, or lower-case words unknown to
       * the lexicon or only known as grammar words (not the "'s" of
       * "King's College") */
      if (t->kind != SW_TOKEN_WORD &&
          /* a number ends a name only after a capitalised word */
          !(t->kind == SW_TOKEN_NUMBER && i > 0 && tok (self, i - 1)->kind == SW_TOKEN_WORD &&
            tok (self, i - 1)->cap != SW_CAP_LOWER && !(tok_flags (self, i - 1) & SW_WORD_TIME)))
        self->classes[i] = (t->kind == SW_TOKEN_PUNCT && t->ch == '&') || is_plural_possessive (self, i) ||
                           (t->kind == SW_TOKEN_QUOTE && quote_in_name (self, i))
                           ? CLS_CONN : CLS_NONE;
      else if (t->cap == SW_CAP_LOWER && !(t->flags & SW_TOKEN_POSSESSIVE) && (t->info == NULL || (t->info->flags == 0 &&
                                                              !(t->info->sets & SW_SET_CONNECTOR))))
        self->classes[i] = CLS_NONE;
      else
        self->classes[i] = token_class_compute (self, i);
    }

  return self->classes[i];
}

/* Is token @i in a dateline: words in capitals that open a paragraph in
 * a sentence not in capitals, followed by a dash after the state, date or
 * agency (sw_text_dateline_end()) or by a comma ("ROTTERDAM, Netherlands
 * —", "LONDON, Jan 5")? */
static gboolean
in_credit_line (SwMentions       *self,
                const SwSentence *s,
                guint             i)
{
  /* a paragraph of its own that opens with "By" and holds names only */
  if (tok_is (self, s->first, "by") && tok (self, s->first)->cap != SW_CAP_LOWER &&
      (tok (self, s->first)->flags & SW_TOKEN_PARA_START) && s->last - s->first <= 16 &&
      (s->last >= self->text->tokens->len || (tok (self, s->last)->flags & SW_TOKEN_PARA_START)))
    {
      for (guint k = s->first + 1; k < s->last; k++)
        {
          const SwToken *t = tok (self, k);

          if (t->kind == SW_TOKEN_WORD && t->cap == SW_CAP_LOWER && !tok_is (self, k, "and") &&
              !tok_is (self, k, "in") && !tok_is (self, k, "of") && !tok_is (self, k, "the"))
            return FALSE;
          if (t->kind == SW_TOKEN_QUOTE)
            return FALSE;
        }
      return TRUE;
    }
  /* "Reporting by …", "Editing by Ann Lee and Tom Vos": "by" after a word
   * for the work, before the names (only names, "and" and commas between) */
  for (guint k = i; k > s->first + 1 && i - k < 10; k--)
    {
      guint b = k - 1;
      const SwToken *t = tok (self, b);

      if (t->kind == SW_TOKEN_WORD && t->cap != SW_CAP_LOWER)
        continue;
      if (tok_is (self, b, "and") || (t->kind == SW_TOKEN_PUNCT && t->ch == ','))
        continue;
      return tok_is (self, b, "by") && (tok_is (self, b - 1, "reporting") || tok_is (self, b - 1, "editing") ||
                                        tok_is (self, b - 1, "writing") || tok_is (self, b - 1, "compiled"));
    }
  return FALSE;
}

static gboolean
in_dateline (SwMentions       *self,
             const SwSentence *s,
             guint             i)
{
  guint end = sw_text_dateline_end (self->text, s);
  guint k = i;

  if (end > 0)
    return i < end;
  if (s->caps || tok (self, i)->cap != SW_CAP_UPPER)
    return FALSE;
  while (k > s->first && i - k < 4 && tok (self, k - 1)->kind == SW_TOKEN_WORD &&
         tok (self, k - 1)->cap == SW_CAP_UPPER)
    k--;
  if (!(tok (self, k)->flags & SW_TOKEN_PARA_START))
    return FALSE;
  k = i + 1;
  while (k < s->last && k - i < 4 && tok (self, k)->kind == SW_TOKEN_WORD && tok (self, k)->cap == SW_CAP_UPPER)
    k++;
  return k < s->last && sw_token_is_punct (self->text, k, ',');
}

/* Does token @i follow "of" after an organisation's head word, perhaps
 * past other capitalised words and "and": "Ministry of Defence",
 * "Department of Health and Human Services"? */
static gboolean
names_field (SwMentions       *self,
             const SwSentence *s,
             guint             i)
{
  guint k = i;

  if (k > s->first + 1 && tok_is (self, k - 1, "and"))
    {
      k--;
      while (k > s->first && i - k < 4 && tok (self, k - 1)->kind == SW_TOKEN_WORD &&
             tok (self, k - 1)->cap != SW_CAP_LOWER)
        k--;
    }
  return k > s->first + 1 && (tok_is (self, k - 1, "of") || tok_is (self, k - 1, "for")) &&
         tok (self, k - 2)->cap != SW_CAP_LOWER && (tok_flags (self, k - 2) & SW_WORD_ORG_HEAD);
}

/* Is the token at @k a score: "2-1", "3–0"? */
static gboolean
score_at (SwMentions *self,
          guint       k)
{
  const SwToken *t = tok (self, k);
  const char *p = self->text->text + t->start;
  const char *end = self->text->text + t->end;
  guint digits = 0;

  if (t->kind != SW_TOKEN_NUMBER || t->end - t->start > 7)
    return FALSE;
  while (p < end && g_ascii_isdigit (*p))
    p++, digits++;
  if (digits == 0 || digits > 2 || p >= end)
    return FALSE;
  if (*p == '-')
    p++;
  else if (end - p > 3 && memcmp (p, "\xe2\x80\x93", 3) == 0)
    p += 3;
  else
    return FALSE;
  digits = 0;
  while (p < end && g_ascii_isdigit (*p))
    p++, digits++;
  return p == end && digits > 0 && digits <= 2;
}

static gboolean
is_score_verb (SwMentions *self,
               guint       k)
{
  static const char *const verbs[] = { "beat", "beats", "defeated", "defeat", "defeats", "drew", "lost", "thrashed",
                                       "edged", "routed", "stunned", "held", NULL };

  for (guint v = 0; verbs[v] != NULL; v++)
    if (tok_is (self, k, verbs[v]))
      return TRUE;
  return FALSE;
}

static guint phrase_flags (SwMentions *self,
                           guint       first,
                           guint       last);

static gboolean legal_form_at (SwMentions *self,
                               guint       i);

/* "PfASkm7vah" (the end of a link), "a9F3kQ": letters of both cases and
 * digits in one longer word are a code, never a name ("3M", "G7" and
 * "F-16" are short or have no lower case). */
static gboolean
slug_like (SwMentions    *self,
           const SwToken *t)
{
  const char *w = self->text->text + t->start;
  gboolean digit = FALSE, lower = FALSE, upper = FALSE;

  if ((t->flags & SW_TOKEN_ASCII_LETTERS) || t->end - t->start < 6)
    return FALSE;
  for (guint k = 1; k < t->end - t->start; k++)
    {
      digit |= g_ascii_isdigit (w[k]);
      lower |= g_ascii_islower (w[k]);
      upper |= g_ascii_isupper (w[k]);
    }
  return digit && lower && upper;
}

/* "EF-2", "F-16", "COVID-19": capitals, a hyphen and a number, a model
 * or a rating, never somebody who speaks (but "G7" and "G20" are) */
static gboolean
code_like (SwMentions    *self,
           const SwToken *t)
{
  const char *w = self->text->text + t->start;
  guint n = t->end - t->start, k = 0;

  while (k < n && k < 6 && g_ascii_isupper (w[k]))
    k++;
  if (k == 0 || k == n || k > 5)
    return FALSE;
  if (w[k] != '-')
    return FALSE;
  k++;
  if (k == n || !g_ascii_isdigit (w[k]))
    return FALSE;
  while (k < n && g_ascii_isdigit (w[k]))
    k++;
  return k == n;
}

/* In a sentence in capitals, a given name from the long list before a
 * word no list knows, the two next to a cue or after a title: "NORA
 * QUILLAN SAID", "SAID NORA QUILLAN" (but not "WE WILL TRY") */
static gboolean
caps_given_name (SwMentions       *self,
                 const SwSentence *s,
                 guint             i)
{
  return (tok_flags (self, i) & SW_WORD_GIVEN) && i + 1 < s->last && tok (self, i + 1)->kind == SW_TOKEN_WORD &&
         tok (self, i + 1)->info == NULL && tok (self, i + 1)->cap == SW_CAP_UPPER &&
         ((i + 2 < s->last && (tok (self, i + 2)->flags & SW_TOKEN_CUE)) ||
          (i > s->first && ((tok (self, i - 1)->flags & SW_TOKEN_CUE) || (tok_flags (self, i - 1) & SW_WORD_TITLE))));
}

/* 'Augustin "Gus" Ferreira-Holt', 'Robert “Bobby” Baker': a one-word
 * nickname in marks between a given name and a surname; @i is one of its
 * three tokens */
static gboolean
nickname_at (SwMentions *self,
             guint       i)
{
  guint n = self->text->tokens->len;

  for (guint q = i >= 2 ? i - 2 : 0; q <= i; q++)
    {
      const SwToken *open, *nick, *close, *given, *surname;

      if (q == 0 || q + 3 >= n)
        continue;
      open = tok (self, q);
      nick = tok (self, q + 1);
      close = tok (self, q + 2);
      given = tok (self, q - 1);
      surname = tok (self, q + 3);
      if (open->kind == SW_TOKEN_QUOTE && (open->quote & SW_QUOTE_OPEN) && nick->kind == SW_TOKEN_WORD &&
          nick->cap == SW_CAP_INITIAL && close->kind == SW_TOKEN_QUOTE && (close->quote & SW_QUOTE_CLOSE) &&
          given->kind == SW_TOKEN_WORD && given->cap != SW_CAP_LOWER &&
          (tok_flags (self, q - 1) & (SW_WORD_GIVEN | SW_WORD_FIRST_NAME)) &&
          surname->kind == SW_TOKEN_WORD && surname->cap != SW_CAP_LOWER && sw_text_sentence_of (self->text, q - 1) ==
          sw_text_sentence_of (self->text, q + 3))
        return TRUE;
    }
  return FALSE;
}

static int
token_class_compute (SwMentions *self,
                     guint       i)
{
  const SwToken *t = tok (self, i);
  const SwSentence *s;
  guint flags = t->info != NULL ? t->info->flags : 0;

  if ((t->kind == SW_TOKEN_PUNCT && t->ch == '&') || (t->kind == SW_TOKEN_QUOTE && is_plural_possessive (self, i)) ||
      is_possessive_in_name (self, i) ||
      ((t->kind == SW_TOKEN_QUOTE || (i > 0 && tok (self, i - 1)->kind == SW_TOKEN_QUOTE)) && nickname_at (self, i)))
    return CLS_CONN;
  /* "Number 10 said", "a spokesman for No 10": a name the lists know that
   * ends in a number */
  if (t->kind == SW_TOKEN_NUMBER && i > 0 && tok (self, i - 1)->kind == SW_TOKEN_WORD &&
      tok (self, i - 1)->cap != SW_CAP_LOWER && !(tok_flags (self, i - 1) & SW_WORD_TIME) &&
      (phrase_flags (self, i - 1, i + 1) & SW_WORD_ORG_NAME))
    return CLS_NAME;
  if (t->kind == SW_TOKEN_WORD && t->cap != SW_CAP_LOWER && !(flags & SW_WORD_TIME) && i + 1 < self->text->tokens->len &&
      tok (self, i + 1)->kind == SW_TOKEN_NUMBER && (phrase_flags (self, i, i + 2) & SW_WORD_ORG_NAME))
    return CLS_NAME;
  if (t->kind != SW_TOKEN_WORD || (t->flags & SW_TOKEN_POSSESSIVE) || slug_like (self, t) ||
      /* (standing alone: "the EB-5 Investment Coalition" is a name) */
      (t->info == NULL && code_like (self, t) &&
       !(i + 1 < self->text->tokens->len && tok (self, i + 1)->kind == SW_TOKEN_WORD &&
         tok (self, i + 1)->cap != SW_CAP_LOWER)) ||
      /* "@JohnMelloy": a handle, not a name */
      (i > 0 && !(t->flags & SW_TOKEN_SPACE_BEFORE) && tok (self, i - 1)->kind == SW_TOKEN_PUNCT &&
       tok (self, i - 1)->ch == '@'))
    return CLS_NONE;
  /* "Susan Blake KC said", "Keir Starmer MP, the": letters after a name end
   * it; "Labour MP Diane Abbott" keeps its role */
  if ((flags & SW_WORD_POSTNOMINAL) && i > 0 && tok (self, i - 1)->kind == SW_TOKEN_WORD &&
      tok (self, i - 1)->cap != SW_CAP_LOWER &&
      !(i + 1 < self->text->tokens->len && tok (self, i + 1)->kind == SW_TOKEN_WORD &&
        tok (self, i + 1)->cap != SW_CAP_LOWER))
    return CLS_NONE;
  /* "King's College", "St Mary's Hospital": the possessor opens the name */
  if ((flags & SW_WORD_POSSESSOR) && t->cap != SW_CAP_LOWER && is_possessive_in_name (self, i + 2))
    return CLS_NAME;
  if (is_possessive_in_name (self, i + 1))
    return CLS_NAME;
  /* most words: lower case and unknown to the lexicon */
  if (t->cap == SW_CAP_LOWER && t->info == NULL)
    return CLS_NONE;
  /* "Storm Elsa", "Hurricane Katrina", "Operation Sea Lion": no actor,
   * whatever names follow (up to three) */
  if (t->cap != SW_CAP_LOWER && (flags & SW_WORD_THING) && i + 1 < self->text->tokens->len &&
      tok (self, i + 1)->kind == SW_TOKEN_WORD && tok (self, i + 1)->cap != SW_CAP_LOWER)
    return CLS_NONE;
  if (t->cap != SW_CAP_LOWER)
    for (guint k = i; k > 0 && k + 3 > i && tok (self, k - 1)->kind == SW_TOKEN_WORD &&
                      tok (self, k - 1)->cap != SW_CAP_LOWER; k--)
      if (tok_flags (self, k - 1) & SW_WORD_THING)
        return CLS_NONE;

  s = sw_text_sentence_of (self->text, i);

  /* "outside Gate 4", "Pier 7", "Room 101": a lone capitalised word that a
   * number completes labels a thing, not a person or an organisation. */
  if (i + 1 < s->last && tok (self, i + 1)->kind == SW_TOKEN_NUMBER && !score_at (self, i + 1) &&
      (i == s->first || tok (self, i - 1)->kind != SW_TOKEN_WORD || tok (self, i - 1)->cap == SW_CAP_LOWER) &&
      !(flags & (SW_WORD_FIRST_NAME | SW_WORD_ORG_NAME | SW_WORD_ORG_HEAD | SW_WORD_PLACE | SW_WORD_GROUP)))
    return CLS_NONE;

  /* "By Miriam Achebe and Tom Vos", "(Reporting by Ann Lee; Editing by
   * Tom Vos)": who wrote the story, not who is in it */
  if (t->cap != SW_CAP_LOWER && in_credit_line (self, s, i))
    return CLS_NONE;

  /* In capitals or in a title-case headline, a capital says nothing: only
   * words known as names, or capitalised inside other sentences, count. */
  if (s->caps || (s->title && t->cap != SW_CAP_LOWER))
    {
      if (t->cap != (s->caps ? SW_CAP_UPPER : SW_CAP_INITIAL) && t->cap != SW_CAP_UPPER)
        return CLS_NONE;
      if (flags & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_TIME))
        return CLS_NONE;
      if (flags & (SW_WORD_TITLE | SW_WORD_HONORIFIC | SW_WORD_MODIFIER | SW_WORD_NATIONALITY))
        return CLS_ROLE;
      if ((flags & (SW_WORD_FIRST_NAME | SW_WORD_ORG_NAME | SW_WORD_PLACE)) || in_vocabulary (self, t))
        return CLS_NAME;
      /* "NORA QUILLAN SAID" */
      if (s->caps && caps_given_name (self, s, i))
        return CLS_NAME;
      /* the surname after a known given name: "PETER HOLM", "NORA QUILLAN"
       * (not the verb after a surname that is a given name too: "Lindsey
       * Graham Says") */
      if (i > s->first && tok (self, i - 1)->cap != SW_CAP_LOWER && !(flags & SW_WORD_CUE) &&
          ((tok_flags (self, i - 1) & SW_WORD_FIRST_NAME) || (s->caps && caps_given_name (self, s, i - 1))))
        return CLS_NAME;
      return CLS_NONE;
    }

  /* "a Bhopal-based NGO": a kind of body that is written in capitals */
  if (t->cap == SW_CAP_LOWER || (t->cap == SW_CAP_UPPER && (flags & SW_WORD_BODY)))
    {
      if (flags & (SW_WORD_TITLE | SW_WORD_MODIFIER))
        return CLS_ROLE;
      if (is_connector (self, i))
        return CLS_CONN;
      return CLS_NONE;
    }

  if (t->cap != SW_CAP_INITIAL && t->cap != SW_CAP_UPPER)
    return CLS_NONE;

  /* "SAN JOSE, Calif., Jan. 14 (Reuters) -", "ROTTERDAM —": a dateline
   * names where the story was filed and the agency that filed it, not an
   * actor */
  if (i - s->first < 16 && (tok (self, s->first)->flags & SW_TOKEN_PARA_START) && in_dateline (self, s, i))
    return CLS_NONE;


  /* "Sen. Marla Quint, R-Ohio,", "(D-Newport News)": a party and a state
   * or district after a lawmaker's name, not a name */
  for (guint k = i; k + 3 > i && k >= s->first && tok (self, k)->kind == SW_TOKEN_WORD && tok (self, k)->cap != SW_CAP_LOWER;
       k--)
    {
      const SwToken *p = tok (self, k);

      if (p->end - p->start >= 3 && strchr ("RDI", self->text->text[p->start]) != NULL &&
          self->text->text[p->start + 1] == '-' && g_ascii_isupper (self->text->text[p->start + 2]))
        return CLS_NONE;
      if (k == s->first)
        break;
    }

  /* "SAVE A QUARTER Let’s say …": a run-in head in capitals; acronyms are
   * short, and the long names in capitals the lists know */
  if (t->cap == SW_CAP_UPPER && t->end - t->start >= 7 &&
      !(flags & (SW_WORD_ORG_NAME | SW_WORD_ORG_HEAD | SW_WORD_PLACE | SW_WORD_GROUP | SW_WORD_FIRST_NAME)))
    return CLS_NONE;

  /* "USA Today": a capitalised "Today" after a name is part of it */
  if (t->end - t->start == 5 && t->cap == SW_CAP_INITIAL && tok_is (self, i, "today") && !is_sentence_initial (self, i) &&
      tok (self, i - 1)->kind == SW_TOKEN_WORD && tok (self, i - 1)->cap != SW_CAP_LOWER &&
      !(tok_flags (self, i - 1) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_TIME)))
    return CLS_NAME;
  /* "The US said", "the WHO": in capitals outside a sentence in
   * capitals, the letters of a pronoun are the name the lists know */
  if ((flags & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_TIME)) &&
      !(t->cap == SW_CAP_UPPER && (flags & (SW_WORD_PLACE | SW_WORD_ORG_NAME))))
    return CLS_NONE;
  /* "The Associated Press", "Capitol Police", "Norvale Energy": an
   * organisation's head or trade word that can also qualify a title
   * ("Press secretary", "Energy Minister") ends a name when a name comes
   * before it and no title after it */
  if ((flags & (SW_WORD_ORG_HEAD | SW_WORD_ORG_TAIL)) && (flags & SW_WORD_MODIFIER) && i > s->first &&
      tok (self, i - 1)->kind == SW_TOKEN_WORD && tok (self, i - 1)->cap != SW_CAP_LOWER &&
      token_class (self, i - 1) == CLS_NAME &&
      !(i + 1 < s->last && (tok_flags (self, i + 1) & SW_WORD_TITLE)))
    return CLS_NAME;
  /* "Ministry of Defence", "Department of Health and Human Services": a
   * word that qualifies titles names an organisation's field after its
   * head word and "of" */
  if ((flags & SW_WORD_MODIFIER) && !(flags & SW_WORD_HONORIFIC) && names_field (self, s, i))
    return CLS_NAME;
  /* "The U.S. said", "the US and Britain": a country's short name that
   * qualifies no noun after it ("U.S. officials") is the country */
  if ((flags & SW_WORD_NATIONALITY) && (flags & SW_WORD_PLACE) &&
      (i + 1 >= s->last || tok (self, i + 1)->kind != SW_TOKEN_WORD ||
       (tok (self, i + 1)->cap == SW_CAP_LOWER && tok (self, i + 1)->info != NULL &&
        ((tok_flags (self, i + 1) & (SW_WORD_FUNCTION | SW_WORD_CUE | SW_WORD_PRONOUN)) ||
         (tok (self, i + 1)->info->sets & SW_SET_AUX)))))
    return CLS_NAME;
  /* "the Campaign for Better Transport": a word for a body that can also
   * qualify a title ("campaign manager") heads a name when "for" or "of"
   * and a capitalised word follow it */
  if ((flags & SW_WORD_ORG_HEAD) && (flags & SW_WORD_MODIFIER) && !(flags & SW_WORD_TITLE) && i + 2 < s->last &&
      (tok_is (self, i + 1, "for") || tok_is (self, i + 1, "of")) &&
      tok (self, i + 2)->kind == SW_TOKEN_WORD && tok (self, i + 2)->cap != SW_CAP_LOWER)
    return CLS_NAME;
  /* "the Liberal Democrats": a word that qualifies titles names a party
   * before its members' name */
  if ((flags & SW_WORD_MODIFIER) && !(flags & (SW_WORD_TITLE | SW_WORD_HONORIFIC)) && i + 1 < s->last &&
      tok (self, i + 1)->cap != SW_CAP_LOWER && (tok_flags (self, i + 1) & SW_WORD_GROUP))
    return CLS_NAME;
  if (flags & (SW_WORD_TITLE | SW_WORD_HONORIFIC | SW_WORD_MODIFIER | SW_WORD_NATIONALITY))
    return CLS_ROLE;
  if (has_lower_hyphen_part (self, t))
    return CLS_ROLE;

  if (is_sentence_initial (self, i))
    {
      /* "Union leader Maja Holt": a word for a body that opens the
       * sentence before a title is part of the role */
      if ((flags & SW_WORD_ORG_HEAD) && !(flags & (SW_WORD_ORG_NAME | SW_WORD_PLACE | SW_WORD_FIRST_NAME)) &&
          i + 1 < s->last && tok (self, i + 1)->cap == SW_CAP_LOWER && (tok_flags (self, i + 1) & SW_WORD_TITLE))
        return CLS_ROLE;
      /* "Court strikes down …", "Council approves …": a word for a kind
       * of body alone, capitalised only because it opens the sentence,
       * names none (but "Ministry of Defence", "Council Leader …", and a
       * word the text capitalises elsewhere do) */
      if ((flags & SW_WORD_ORG_HEAD) &&
          !(flags & (SW_WORD_ORG_NAME | SW_WORD_PLACE | SW_WORD_FIRST_NAME | SW_WORD_GROUP | SW_WORD_TITLE)) &&
          t->cap == SW_CAP_INITIAL && i + 1 < s->last && tok (self, i + 1)->kind == SW_TOKEN_WORD &&
          tok (self, i + 1)->cap == SW_CAP_LOWER && !tok_is (self, i + 1, "of") && !tok_is (self, i + 1, "for") &&
          !tok_is (self, i + 1, "and") && !in_vocabulary (self, t))
        return CLS_NONE;
      /* Capitalised only because it starts a sentence? */
      if (flags & (SW_WORD_FIRST_NAME | SW_WORD_ORG_NAME | SW_WORD_ORG_HEAD | SW_WORD_PLACE | SW_WORD_GROUP))
        return CLS_NAME;
      if (flags & SW_WORD_CUE)
        return CLS_NONE;
      /* "Should Mr. Clarke's company fail", "Could Biden win?": a verb
       * that opens a condition before a title, or a question (but "Will
       * Smith said") */
      if (t->info != NULL && (t->info->sets & SW_SET_AUX) && i + 1 < s->last &&
          ((tok_flags (self, i + 1) & (SW_WORD_HONORIFIC | SW_WORD_TITLE)) ||
           sw_token_is_punct (self->text, s->last - 1, '?')))
        return CLS_NONE;
      if (in_vocabulary (self, t))
        return CLS_NAME;
      /* "Two Democrats said", "Several Tory MPs": a determiner */
      if (t->info != NULL && (t->info->sets & SW_SET_DETERMINER))
        return CLS_NONE;
      /* "Trump’s aides said": a word no list knows (or only the long list
       * of given names: "Hartwell’s owner"), owning what follows */
      if ((t->info == NULL || flags == SW_WORD_GIVEN) && i + 1 < s->last && (tok (self, i + 1)->flags & SW_TOKEN_POSSESSIVE))
        return CLS_NAME;
      /* "Arsenal beat Chelsea 2-1": a side of a score */
      if (i + 2 < s->last && t->info == NULL && is_score_verb (self, i + 1))
        for (guint k = i + 2; k < s->last && k < i + 10; k++)
          if (score_at (self, k))
            return CLS_NAME;
      /* "Fowler said …", "Okoro later told …": a capitalised word right
       * before a reporting verb (or an adverb and the verb) is a name,
       * unless it looks like a plural of people ("Critics say"). */
      {
        guint v = i + 1;

        /* a word no list knows, then an adverb of letters ("later",
         * "also"), not "Let’s say", "You can call" */
        if (v + 1 < s->last && t->info == NULL && tok (self, v)->cap == SW_CAP_LOWER && tok (self, v)->info != NULL &&
            (tok (self, v)->info->sets & SW_SET_ADVERB) && !(tok (self, v)->info->sets & SW_SET_AUX) &&
            (tok (self, v)->flags & SW_TOKEN_ASCII_LETTERS) && tok (self, v)->end - tok (self, v)->start >= 4 &&
            !(tok_flags (self, v) & SW_WORD_CUE))
          v++;
        if (v < s->last && tok (self, v)->cap == SW_CAP_LOWER &&
            cue_at (self, v, s->last) && !plural_of_people (self, t) &&
            !(t->info != NULL && (t->info->sets & (SW_SET_SPEAKER | SW_SET_DOCUMENT))))
          return CLS_NAME;
      }
      if (i + 1 < s->last && tok (self, i + 1)->kind == SW_TOKEN_WORD &&
          tok (self, i + 1)->cap == SW_CAP_INITIAL && !(tok (self, i + 1)->flags & SW_TOKEN_POSSESSIVE) &&
          !(tok_flags (self, i + 1) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN)))
        return CLS_NAME;
      /* "Quercus, a conservation group, warned …": an apposition between
       * the word and its reporting verb */
      if (i + 4 < s->last && !plural_of_people (self, t))
        {
          guint close = sw_text_apposition_end (self->text, i + 1, 7);

          if (close > 0 && close + 1 < s->last && tok (self, close + 1)->cap == SW_CAP_LOWER &&
              (tok_flags (self, close + 1) & SW_WORD_CUE))
            return CLS_NAME;
        }
      /* "Rusvaal, which controls the strait, said …": a relative clause
       * between the word and its reporting verb */
      if (i + 4 < s->last && !plural_of_people (self, t) && sw_token_is_punct (self->text, i + 1, ',') &&
          (tok_is (self, i + 2, "which") || tok_is (self, i + 2, "who")))
        for (guint k = i + 3; k + 1 < s->last && k < i + 20; k++)
          if (sw_token_is_punct (self->text, k, ','))
            {
              if (tok (self, k + 1)->cap == SW_CAP_LOWER && (tok_flags (self, k + 1) & SW_WORD_CUE))
                return CLS_NAME;
              break;
            }
      /* "Lucy and Tom Ashdown say …": a given name joined to a full name
       * that starts with one */
      if ((flags & (SW_WORD_GIVEN | SW_WORD_FIRST_NAME)) && i + 3 < s->last && tok_is (self, i + 1, "and") &&
          tok (self, i + 2)->kind == SW_TOKEN_WORD && tok (self, i + 2)->cap == SW_CAP_INITIAL &&
          (tok_flags (self, i + 2) & (SW_WORD_GIVEN | SW_WORD_FIRST_NAME)) &&
          tok (self, i + 3)->kind == SW_TOKEN_WORD && tok (self, i + 3)->cap == SW_CAP_INITIAL)
        return CLS_NAME;
      /* 'Augustin "Gus" Ferreira-Holt has been …': a given name before a
       * nickname */
      if ((flags & SW_WORD_GIVEN) && i + 1 < s->last && nickname_at (self, i + 1))
        return CLS_NAME;
      /* "Marieke de Vries, a spokeswoman, …": a particle and a surname */
      if (i + 2 < s->last && is_particle (self, i + 1) && tok (self, i + 2)->kind == SW_TOKEN_WORD &&
          tok (self, i + 2)->cap == SW_CAP_INITIAL && !(tok_flags (self, i + 2) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN)))
        return CLS_NAME;
      return CLS_NONE;
    }

  return CLS_NAME;
}

static void
build_vocabulary (SwMentions *self)
{
  const SwText *text = self->text;

  for (guint si = 0; si < text->sentences->len; si++)
    {
      const SwSentence *s = &g_array_index (text->sentences, SwSentence, si);

      if (s->caps || s->title)
        continue;

      for (guint i = s->first; i < s->last; i++)
        {
          const SwToken *t = tok (self, i);

          if (t->kind != SW_TOKEN_WORD || (t->cap != SW_CAP_INITIAL && t->cap != SW_CAP_UPPER) ||
              (t->flags & SW_TOKEN_POSSESSIVE) || is_sentence_initial (self, i))
            continue;
          if (t->info != NULL && (t->info->flags & (SW_WORD_FUNCTION | SW_WORD_PRONOUN)))
            continue;
          if (t->end - t->start + 1 > 48)
            continue;
          vocabulary_add (self, i);
        }
    }
}

SwMentions *
sw_mentions_new (const SwText *text)
{
  SwMentions *self = g_new0 (SwMentions, 1);

  self->text = text;
  self->mentions = g_array_sized_new (FALSE, FALSE, sizeof (SwMention), 16 + text->tokens->len / 16);
  self->classes = g_malloc (text->tokens->len + 1);
  sw_memory_advise_large (self->classes, text->tokens->len + 1);
  memset (self->classes, 0xFF, text->tokens->len + 1);
  self->mention_at = g_new (int, text->tokens->len + 1);
  sw_memory_advise_large (self->mention_at, (text->tokens->len + 1) * sizeof (int));
  for (guint i = 0; i <= text->tokens->len; i++)
    self->mention_at[i] = -1;
  self->actors = g_ptr_array_new ();
  self->strings = g_string_chunk_new (1024);
  self->vocabulary_mask = 63;
  self->vocabulary = g_new0 (guint, self->vocabulary_mask + 1);

  return self;
}

static void
actor_info_free (SwActorInfo *info)
{
  g_clear_pointer (&info->actor, sw_actor_free);
  g_free (info);
}

void
sw_mentions_free (SwMentions *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->mentions);
  g_string_chunk_free (self->strings);
  g_free (self->mention_at);
  g_free (self->classes);
  for (guint i = 0; i < self->actors->len; i++)
    actor_info_free (g_ptr_array_index (self->actors, i));
  g_ptr_array_unref (self->actors);
  g_free (self->vocabulary);
  g_free (self);
}

static void
add_mention (SwMentions  *self,
             SwMention   *m)
{
  int index = self->mentions->len;

  for (guint i = m->first; i < m->last; i++)
    if (self->mention_at[i] != -1)
      return;

  for (guint i = m->first; i < m->last; i++)
    self->mention_at[i] = index;

  m->actor = SW_NO_INDEX;
  g_array_append_val (self->mentions, *m);
}

/* "Pennsylvania Gov." is the Pennsylvania Governor: a role with its
 * abbreviated titles written out, so that "the governor" finds it */
static char *
titles_in_full (SwMentions *self,
                char       *role)
{
  const SwLexicon *lex = sw_lexicon_get ();
  g_autoptr(GString) out = NULL;

  for (const char *p = role; *p != '\0';)
    {
      gsize n = strcspn (p, " ");
      const char *full = sw_lexicon_title_in_full (lex, p, n);

      /* (most roles have nothing to write out: copied only from the
       * first abbreviation on) */
      if (full != NULL && out == NULL)
        out = g_string_new_len (role, p - role);
      if (out != NULL)
        g_string_append_len (out, full != NULL ? full : p, full != NULL ? (gssize)strlen (full) : (gssize)n);
      p += n;
      for (; *p == ' '; p++)
        if (out != NULL)
          g_string_append_c (out, ' ');
    }
  return out != NULL ? g_string_chunk_insert_len (self->strings, out->str, out->len) : role;
}

static char *
role_text (SwMentions *self,
           guint       first,
           guint       last)
{
  /* "outgoing German Chancellor" is the German Chancellor; "former" stays. */
  while (first < last &&
         ((tok (self, first)->cap == SW_CAP_LOWER && !tok_is (self, first, "former") &&
           (tok_flags (self, first) & SW_WORD_MODIFIER)) ||
          (tok_flags (self, first) & SW_WORD_HONORIFIC) || is_connector (self, first)))
    first++;
  /* "lead author Dr. Elena Ruiz": an honorific ends no role */
  while (last > first && (is_connector (self, last - 1) || (tok_flags (self, last - 1) & SW_WORD_HONORIFIC) ||
                          (sw_token_is_punct (self->text, last - 1, '.') && last - 1 > first &&
                           (tok_flags (self, last - 2) & SW_WORD_HONORIFIC))))
    last--;

  if (first >= last)
    return NULL;

  /* "SECRETARY-GENERAL NORA QUILLAN SAID": "Secretary-General" */
  return titles_in_full (self, name_text (self, first, last, sw_text_sentence_of (self->text, first)->caps));
}

/* "Transport secretary Louise Haigh", "said culture minister Ana Ruiz":
 * the words for a field before a title in lower case, which are no name
 * and so outside the chunk at @first, belong to the role. Returns where
 * the role starts. */
static guint
field_before_title (SwMentions       *self,
                    const SwSentence *s,
                    guint             first)
{
  guint k = first;

  if (tok (self, first)->cap != SW_CAP_LOWER || !(tok_flags (self, first) & SW_WORD_TITLE))
    return first;
  while (k > s->first && first - k < 2 && tok (self, k - 1)->kind == SW_TOKEN_WORD &&
         !(tok (self, k - 1)->flags & SW_TOKEN_POSSESSIVE) && token_class (self, k - 1) == CLS_NONE &&
         !(tok_flags (self, k - 1) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_TIME | SW_WORD_CUE)) &&
         !(tok (self, k - 1)->info != NULL &&
           (tok (self, k - 1)->info->sets & (SW_SET_DETERMINER | SW_SET_ADVERB | SW_SET_AUX | SW_SET_TALK))) &&
         /* "will meet transport secretary …": a verb */
         !(k - 1 > s->first && tok (self, k - 2)->info != NULL && (tok (self, k - 2)->info->sets & SW_SET_AUX)))
    k--;
  return k;
}

/* The lexicon's flags for the words of [first, last) as one phrase,
 * spelled as sw_mentions_token_text() would, folded in a buffer of our
 * own: the lists hold no phrase as long as it. */
static guint
phrase_flags (SwMentions *self,
              guint       first,
              guint       last)
{
  char buf[160];
  gsize n = 0;

  for (guint i = first; i < last; i++)
    {
      const SwToken *t = tok (self, i);
      gsize len = t->end - t->start;

      if (t->kind == SW_TOKEN_QUOTE)
        continue;
      if (n + len + 2 > sizeof buf)
        return 0;
      if (n > 0 && (t->flags & SW_TOKEN_SPACE_BEFORE) && !(t->flags & SW_TOKEN_POSSESSIVE))
        buf[n++] = ' ';
      sw_lexicon_fold (self->text->text + t->start, len, buf + n, sizeof buf - n);
      n += len;
    }
  buf[n] = '\0';

  return sw_lexicon_phrase_flags (sw_lexicon_get (), buf);
}

/* An organisation named inside a role: "European Commission President". */
static void
add_role_organization (SwMentions *self,
                       guint       first,
                       guint       last,
                       gboolean    caps)
{
  int head = -1;
  guint start;
  SwMention m = { 0, };

  /* not a word that qualifies the title after it: "White House Press
   * Secretary" is the White House's */
  for (guint i = first; i < last; i++)
    if ((tok_flags (self, i) & (SW_WORD_ORG_HEAD | SW_WORD_ORG_NAME)) && tok (self, i)->cap != SW_CAP_LOWER &&
        !((tok_flags (self, i) & SW_WORD_MODIFIER) && !(tok_flags (self, i) & SW_WORD_ORG_NAME) &&
          i + 1 < last && (tok_flags (self, i + 1) & SW_WORD_TITLE)) &&
        /* nor one between two titles: "Chief Financial Officer" */
        !(!(tok_flags (self, i) & SW_WORD_ORG_NAME) && i > first && i + 1 < last &&
          (tok_flags (self, i - 1) & SW_WORD_TITLE) && (tok_flags (self, i + 1) & SW_WORD_TITLE)))
      head = i;

  if (head < 0)
    return;

  start = head;
  while (start > first && tok (self, start - 1)->cap != SW_CAP_LOWER &&
         tok (self, start - 1)->kind == SW_TOKEN_WORD &&
         !(tok_flags (self, start - 1) & (SW_WORD_TITLE | SW_WORD_HONORIFIC)))
    start--;
  /* "Press secretary", "Campaign manager": a word that qualifies the
   * title, alone, is no organisation */
  if (start == (guint)head && (tok_flags (self, head) & SW_WORD_MODIFIER) && !(tok_flags (self, head) & SW_WORD_ORG_NAME))
    return;
  /* "Union leader Maja Holt" opening a sentence: a word for a body,
   * capitalised only there and nowhere else in the text ("the Senate"
   * would be), names none */
  if (start == (guint)head && !(tok_flags (self, head) & SW_WORD_ORG_NAME) && is_sentence_initial (self, head) &&
      !in_vocabulary (self, tok (self, head)))
    return;

  m.first = start;
  m.last = head + 1;
  m.name_first = start;
  m.kind = SW_ACTOR_ORGANIZATION;
  m.known = TRUE;
  m.name = name_text (self, start, head + 1, caps);
  add_mention (self, &m);
}

/* "Cara Diaz", "Nnamdi Okafor Eze": a name of two or more words whose
 * first is in the long list of given names and none of whose others the
 * lexicon knows for anything else. On its own, or before words that
 * could be a team or a place ("Cleveland Cavaliers" is rare next to
 * them), such a given name says nothing. */
static gboolean
given_name_starts (SwMentions *self,
                   guint       ns,
                   guint       last)
{
  if (last - ns < 2 || !(tok_flags (self, ns) & SW_WORD_GIVEN) || tok (self, ns)->cap != SW_CAP_INITIAL)
    return FALSE;
  for (guint k = ns + 1; k < last; k++)
    if (tok_flags (self, k) & ~(SW_WORD_GIVEN | SW_WORD_FIRST_NAME))
      return FALSE;
  return TRUE;
}

/* "Zawadi Otieno, 38, started": a name of two or more words that no list
 * knows for anything else, with an age in commas after it, as papers give
 * a person's */
static gboolean
age_follows (SwMentions *self,
             guint       ns,
             guint       last)
{
  const SwToken *n;
  guint len = self->text->tokens->len;
  guint age = 0;

  if (last - ns < 2 || last + 2 >= len || !tok_is (self, last, ",") || !tok_is (self, last + 2, ","))
    return FALSE;
  n = tok (self, last + 1);
  if (n->kind != SW_TOKEN_NUMBER || n->end - n->start != 2)
    return FALSE;
  for (guint k = ns; k < last; k++)
    if (tok (self, k)->kind != SW_TOKEN_WORD || (tok_flags (self, k) & ~(SW_WORD_GIVEN | SW_WORD_FIRST_NAME)) ||
        tok (self, k)->cap != SW_CAP_INITIAL)
      return FALSE;
  for (guint i = n->start; i < n->end; i++)
    age = age * 10 + (self->text->text[i] - '0');
  return age >= 16;
}

/* A lower-case word that names a kind of organisation right before or
 * after a name no list knows: "shipping company Maersk", "the carmaker
 * Volkswagen" reads as "the company", "the FNV union". */
static gboolean
org_noun_beside (SwMentions *self,
                 guint       first,
                 guint       ns,
                 guint       last)
{
  const SwSentence *s = sw_text_sentence_of (self->text, first);

  /* right before the name, with no title between ("radio host Rush
   * Limbaugh" is a person), and singular ("at times EDT") */
  if (ns == first && first > s->first && tok (self, first - 1)->kind == SW_TOKEN_WORD &&
      tok (self, first - 1)->cap == SW_CAP_LOWER && (tok_flags (self, first - 1) & SW_WORD_ORG_HEAD) &&
      self->text->text[tok (self, first - 1)->end - 1] != 's')
    return TRUE;
  /* "Quercus, a Portuguese conservation group,", "Iberdrola, the utility
   * that runs the dams": an apposition whose head is a kind of
   * organisation, before anything but adjectives */
  if (last + 2 < s->last && sw_token_is_punct (self->text, last, ',') &&
      (tok_is (self, last + 1, "a") || tok_is (self, last + 1, "an") || tok_is (self, last + 1, "the")))
    for (guint k = last + 2; k < s->last && k - last <= 6; k++)
      {
        const SwToken *t = tok (self, k);

        if (t->kind != SW_TOKEN_WORD || (t->flags & SW_TOKEN_POSSESSIVE) ||
            (tok_flags (self, k) & (SW_WORD_FUNCTION | SW_WORD_TITLE | SW_WORD_PRONOUN)))
          break;
        /* a word for a business or a trade makes a name of one word
         * that is nobody's given name a business's */
        if ((t->cap == SW_CAP_LOWER || t->cap == SW_CAP_UPPER) && ((tok_flags (self, k) & SW_WORD_BODY) ||
                                       (t->info != NULL && (t->info->sets & SW_SET_TRADE) && ns + 1 == last &&
                                        !(tok_flags (self, ns) & (SW_WORD_FIRST_NAME | SW_WORD_GIVEN)))) &&
            self->text->text[t->end - 1] != 's')
          return k + 1 >= s->last || tok (self, k + 1)->kind != SW_TOKEN_WORD || tok_is (self, k + 1, "that") ||
                 tok_is (self, k + 1, "which") || tok_is (self, k + 1, "based");
      }

  /* after the name only the nouns that follow no person's name: "the
   * Obama administration", "the Clinton campaign" are the people's */
  return last < s->last && tok (self, last)->cap == SW_CAP_LOWER &&
         !(tok (self, last)->flags & SW_TOKEN_POSSESSIVE) && (tok_flags (self, last) & SW_WORD_BODY);
}

/* Is a word of [ns, last) an abbreviation in capitals ("WWF", "NATO"),
 * in a sentence not written in capitals? Not a roman numeral ("John
 * Smith III"), nor two letters ("JD Vance"). */
static gboolean
acronym_in (SwMentions *self,
            guint       ns,
            guint       last)
{
  if (sw_text_sentence_of (self->text, ns)->caps)
    return FALSE;

  for (guint i = ns; i < last; i++)
    {
      const SwToken *t = tok (self, i);
      const char *w = self->text->text + t->start;
      gboolean roman = TRUE;

      if (t->kind != SW_TOKEN_WORD || t->cap != SW_CAP_UPPER || t->end - t->start < 3 ||
          (tok_flags (self, i) & (SW_WORD_FIRST_NAME | SW_WORD_GIVEN | SW_WORD_TITLE | SW_WORD_HONORIFIC)))
        continue;
      for (guint k = 0; k < t->end - t->start && roman; k++)
        roman = strchr ("IVXLC", w[k]) != NULL;
      if (!roman)
        return TRUE;
    }
  return FALSE;
}

/* "spokeswoman for the FNV", "speaker of the state House": the title
 * before "for", "of" or "at" is held by someone else, whose organisation
 * the name is, whatever plain words qualify it. */
static gboolean
role_of_other (SwMentions *self,
               guint       first,
               guint       ns)
{
  guint k = ns;

  for (guint n = 0; n < 2 && k > first + 1 && tok (self, k - 1)->cap == SW_CAP_LOWER &&
                    !(tok_flags (self, k - 1) & (SW_WORD_TITLE | SW_WORD_FUNCTION)); n++)
    k--;
  if (k > first && tok_is (self, k - 1, "the"))
    k--;
  return k > first && (tok_is (self, k - 1, "for") || tok_is (self, k - 1, "of") || tok_is (self, k - 1, "at"));
}

/* "Harbour City beat the champions Northgate 2-1": a name before a verb
 * of winning or losing with a score a few words on, or a name right
 * before the score of such a verb, is a team's. */
static gboolean
in_scoreline (SwMentions *self,
              guint       first,
              guint       ns,
              guint       last)
{
  const SwSentence *s = sw_text_sentence_of (self->text, first);
  guint score = 0;

  /* not a player: "Rafael Nadal beat Novak Djokovic 6-4, 6-2" */
  if (last > ns + 1 && (tok_flags (self, ns) & (SW_WORD_FIRST_NAME | SW_WORD_GIVEN)))
    return FALSE;
  if (last < s->last && is_score_verb (self, last))
    {
      for (guint k = last + 1; k < s->last && k < last + 10 && score == 0; k++)
        if (score_at (self, k))
          score = k;
    }
  else if (last < s->last && score_at (self, last))
    {
      for (guint k = ns; k > s->first && ns - k < 6 && score == 0; k--)
        if (is_score_verb (self, k - 1))
          score = last;
    }
  /* a match of sets is between players */
  return score > 0 && !(score + 2 < s->last && score_at (self, score + 2)) && !(score + 1 < s->last && score_at (self, score + 1));
}

/* Is token @i a capitalised given name? */
static gboolean
given_name_at (SwMentions *self,
               guint       i)
{
  return (tok_flags (self, i) & (SW_WORD_FIRST_NAME | SW_WORD_GIVEN)) && tok (self, i)->cap == SW_CAP_INITIAL;
}

static void
analyze_chunk (SwMentions *self,
               guint       first,
               guint       last)
{
  const SwSentence *s;
  SwMention m = { 0, };
  guint ns, flags_all = 0, phrase;
  gboolean has_title = FALSE, has_name = FALSE, has_cap = FALSE;

  while (first < last && token_class (self, first) == CLS_CONN)
    first++;
  while (last > first && token_class (self, last - 1) == CLS_CONN)
    last--;
  if (first >= last)
    return;

  s = sw_text_sentence_of (self->text, first);

  for (guint i = first; i < last; i++)
    {
      int c = token_class (self, i);

      if (c == CLS_NAME)
        has_name = TRUE;
      if (tok_flags (self, i) & (SW_WORD_TITLE | SW_WORD_HONORIFIC))
        has_title = TRUE;
      if (tok (self, i)->cap != SW_CAP_LOWER)
        has_cap = TRUE;
    }

  m.first = first;
  m.last = last;

  if (!has_name)
    {
      /* A description such as "the US President": it names an actor only
       * through a role found elsewhere. */
      if (!has_title || !has_cap)
        return;

      m.name_first = last;
      m.kind = SW_ACTOR_OTHER;
      m.role = role_text (self, first, last);
      if (m.role != NULL)
        add_mention (self, &m);
      return;
    }

  /* The name proper is the final run of name words, particles inside it. */
  ns = last;
  while (ns > first)
    {
      if (token_class (self, ns - 1) == CLS_NAME)
        {
          ns--;
          continue;
        }
      /* 'Augustin "Gus" Ferreira-Holt': past the nickname */
      if (ns >= first + 4 && nickname_at (self, ns - 1))
        {
          ns -= 3;
          continue;
        }
      if (is_particle (self, ns - 1))
        {
          guint k = ns - 1;

          while (k > first && is_particle (self, k - 1))
            k--;
          if (k > first && token_class (self, k - 1) == CLS_NAME)
            {
              ns = k;
              continue;
            }
        }
      break;
    }

  if (ns == last)
    return;

  /* "… the Middle East Steve Witkoff": a given name after other names
   * starts the person's name. */
  for (guint k = ns + 1; k < last; k++)
    if ((tok_flags (self, k) & SW_WORD_FIRST_NAME) && tok (self, k)->cap != SW_CAP_LOWER &&
        token_class (self, k - 1) == CLS_NAME && !(tok_flags (self, k - 1) & (SW_WORD_FIRST_NAME | SW_WORD_POSSESSOR)) &&
        k + 1 < last)
      {
        ns = k;
        break;
      }

  /* "Bank of America", "Council of Europe", "Federal Reserve Bank of New
   * York": an organisation's head word and "of" before a name make one
   * organisation, not a place with a role; so do names joined by "and"
   * after it ("London School of Hygiene and Tropical Medicine"). */
  for (;;)
    {
      guint k = ns;

      /* but not "the Union of Ohio and Demos": names of their own; and
       * the commas of a field of several names, which a run holds only
       * so (field_list_end()) */
      while (k >= first + 2 && (tok_is (self, k - 1, "and") || sw_token_is_punct (self->text, k - 1, ',')) &&
             token_class (self, k - 2) == CLS_NAME &&
             !(phrase_flags (self, k, ns) & (SW_WORD_PLACE | SW_WORD_ORG_NAME | SW_WORD_GROUP)) &&
             !(tok_flags (self, k) & (SW_WORD_FIRST_NAME | SW_WORD_PLACE | SW_WORD_ORG_NAME)) &&
             !(tok_flags (self, k - 2) & (SW_WORD_PLACE | SW_WORD_ORG_NAME)))
        {
          k -= 2;
          while (k > first && token_class (self, k - 1) == CLS_NAME)
            k--;
        }
      /* ("Center for American Progress": an adjective of nationality
       * after "for" too) */
      {
        guint a = k;

        while (a > first + 2 && tok (self, a - 1)->cap != SW_CAP_LOWER &&
               (tok_flags (self, a - 1) & (SW_WORD_NATIONALITY | SW_WORD_MODIFIER)) &&
               !(tok_flags (self, a - 1) & SW_WORD_TITLE))
          a--;
        if (a < k && (tok_is (self, a - 1, "of") || tok_is (self, a - 1, "for")) &&
            token_class (self, a - 2) == CLS_NAME && (tok_flags (self, a - 2) & SW_WORD_ORG_HEAD))
          k = a;
      }
      /* ("International Committee of the Red Cross", "Council of the
       * European Union": "of the" as well) */
      if (k >= first + 3 && tok_is (self, k - 1, "the") && tok_is (self, k - 2, "of"))
        k--;
      if (!(k >= first + 2 && (tok_is (self, k - 1, "of") || tok_is (self, k - 1, "for")) &&
            token_class (self, k - 2) == CLS_NAME && (tok_flags (self, k - 2) & SW_WORD_ORG_HEAD)))
        break;
      /* (but "Assistant Secretary of the Air Force for Acquisition Marvin
       * Sambur": a given name and a surname after the field end with a
       * person, whom the body's name leaves out) */
      if (ns + 3 >= last && !given_name_at (self, ns))
        {
          guint g = ns + 1;

          while (g + 1 < last && !given_name_at (self, g))
            g++;
          if (g + 1 < last)
            {
              ns = g;
              break;
            }
        }
      ns = k - 2;
      while (ns > first && token_class (self, ns - 1) == CLS_NAME)
        ns--;
    }

  /* "Prince Edward Island", "Saint Lucia": a place the lists know whole
   * keeps the title word that opens its name */
  for (guint k = first; k < ns; k++)
    if (phrase_flags (self, k, last) & SW_WORD_PLACE)
      {
        ns = k;
        break;
      }
  for (guint i = ns; i < last; i++)
    flags_all |= tok_flags (self, i);

  phrase = phrase_flags (self, ns, last);
  /* "Carver Street", "the Selva River" (but "Downing Street said", "the
   * Office of Rail and Road") */
  if (!(phrase & (SW_WORD_ORG_NAME | SW_WORD_GROUP)) && !(flags_all & SW_WORD_ORG_HEAD) && last >= ns + 2 &&
      (tok_flags (self, last - 1) & SW_WORD_PLACE_TAIL))
    {
      m.kind = SW_ACTOR_PLACE;
      m.known = TRUE;
    }
  else if ((phrase & SW_WORD_ORG_NAME) || (flags_all & SW_WORD_ORG_HEAD) ||
           (last >= ns + 2 && (tok_flags (self, last - 1) & SW_WORD_ORG_TAIL)))
    {
      m.kind = SW_ACTOR_ORGANIZATION;
      m.known = TRUE;
      /* "Centre for Strategic and International Studies" */
      while (ns >= first + 2 && token_class (self, ns - 1) == CLS_CONN && token_class (self, ns - 2) == CLS_NAME)
        ns -= 2;
      /* "European Commission", "Democratic Party": the adjective belongs,
       * and so does a name before it ("World Health Organization") */
      while (ns > first && tok (self, ns - 1)->cap != SW_CAP_LOWER &&
             ((tok_flags (self, ns - 1) & (SW_WORD_NATIONALITY | SW_WORD_MODIFIER)) ||
              (token_class (self, ns - 1) == CLS_NAME &&
               (tok_flags (self, ns) & (SW_WORD_NATIONALITY | SW_WORD_MODIFIER)))) &&
             !(tok_flags (self, ns - 1) & (SW_WORD_TITLE | SW_WORD_HONORIFIC)))
        ns--;
      /* "the General Assembly", "the Major Collision Investigation Unit":
       * a title that opens the words, right before a body's name, is the
       * first word of that name, no person's rank */
      if (ns == first + 1 && tok (self, first)->cap == SW_CAP_INITIAL &&
          (tok_flags (self, first) & (SW_WORD_TITLE | SW_WORD_HONORIFIC)) && !(flags_all & SW_WORD_FIRST_NAME) &&
          (first == 0 || tok (self, first - 1)->kind != SW_TOKEN_WORD || tok (self, first - 1)->cap == SW_CAP_LOWER ||
           tok_is (self, first - 1, "the")))
        ns = first;
      /* "Chipmaker Veltrix", "Carmaker Volkswagen AG": the word for the
       * kind of business is no part of the name, unless the rest needs
       * it ("Airline Pilots Association") */
      if (ns + 1 < last && (tok_flags (self, ns) & SW_WORD_ORG_KIND) && token_class (self, ns + 1) == CLS_NAME &&
          !(phrase_flags (self, ns, last) & SW_WORD_ORG_NAME))
        {
          guint rest_last = legal_form_at (self, last - 1) ? last - 1 : last;
          guint rest = 0;

          for (guint i = ns + 1; i < rest_last; i++)
            rest |= tok_flags (self, i);
          if (!(rest & SW_WORD_ORG_HEAD))
            ns++;
        }
    }
  else if (phrase & SW_WORD_PLACE)
    {
      m.kind = SW_ACTOR_PLACE;
      m.known = TRUE;
    }
  else if ((phrase & SW_WORD_GROUP) || (last > ns + 1 && (tok_flags (self, last - 1) & SW_WORD_GROUP)))
    {
      /* "Democrats", and "the Social Democrats", "Virginia Democrats" */
      m.kind = SW_ACTOR_GROUP;
      m.known = TRUE;
    }
  else if (org_noun_beside (self, first, ns, last) || in_scoreline (self, first, ns, last))
    {
      /* "shipping company Maersk", "the FNV union" */
      m.kind = SW_ACTOR_ORGANIZATION;
      m.known = TRUE;
    }
  else if (ns >= 2 && ns + 1 == last && tok_is (self, ns - 1, "of") && tok (self, ns - 2)->info != NULL &&
           (tok (self, ns - 2)->info->sets & SW_SET_LOCALITY) && tok (self, ns - 2)->cap != SW_CAP_UPPER &&
           !(tok_flags (self, ns) & (SW_WORD_FIRST_NAME | SW_WORD_GIVEN)) &&
           !(last < self->text->tokens->len && (tok (self, last)->flags & SW_TOKEN_POSSESSIVE)))
    {
      /* "the town of Lunport", "mayor of Lunport", "residents of Lunport" */
      m.kind = SW_ACTOR_PLACE;
      m.known = TRUE;
    }
  else if (ns + 1 == last && plural_acronym (self, ns))
    {
      /* "opposition MSPs said", "MEPs", "NGOs": members of a body, many */
      m.kind = SW_ACTOR_GROUP;
      m.known = TRUE;
    }
  else if (!has_title && ns == first && compass_before (self, ns))
    {
      /* "in eastern Victoria", "across southern Georgia": a region,
       * whatever given name it shares */
      m.kind = SW_ACTOR_PLACE;
      m.known = TRUE;
    }
  else if ((has_title && !role_of_other (self, first, ns)) || (tok_flags (self, ns) & SW_WORD_FIRST_NAME) ||
           given_name_starts (self, ns, last) || age_follows (self, ns, last))
    {
      m.kind = SW_ACTOR_PERSON;
      m.known = TRUE;
    }
  else
    {
      m.kind = SW_ACTOR_OTHER;
      /* "WWF Spain": letters of an abbreviation name a body; "a
       * spokesperson for Iberdrola": what has spokespeople most likely
       * is one, and so is where analysts work. Guesses for a name that
       * speaks, which a person met before overrules ("a spokesman for
       * Clinton") */
      m.org_like = acronym_in (self, ns, last) || (has_title && ns + 1 == last) ||
                   /* "analysts at Bernstein", "researchers at Kestrel" */
                   (ns == first && first >= 2 && tok_is (self, first - 1, "at") &&
                    tok (self, first - 2)->kind == SW_TOKEN_WORD && plural_of_people (self, tok (self, first - 2)));
    }

  if (m.kind == SW_ACTOR_PERSON)
    {
      /* "Mrs. Clinton": the honorific says more than a surname that is
       * also a given name, which only a name of two words starts */
      for (guint i = first; i < ns && m.gender == 0; i++)
        if (tok (self, i)->info != NULL && (tok_flags (self, i) & (SW_WORD_TITLE | SW_WORD_HONORIFIC)))
          m.gender = tok (self, i)->info->gender;
      if (m.gender == 0 && tok (self, ns)->info != NULL && (tok_flags (self, ns) & (SW_WORD_FIRST_NAME | SW_WORD_GIVEN)) &&
          (ns + 1 < last || ns == first))
        m.gender = tok (self, ns)->info->gender;
    }

  if (ns > first)
    {
      int om = -1;
      /* "a spokesperson for Housing Minister Paul Kereama": the title
       * after "for" is the person's; the spokesperson is someone else */
      guint role_first = first;

      for (guint k = first; k + 2 < ns && k < first + 3 && role_first == first; k++)
        if (tok (self, k)->cap == SW_CAP_LOWER && (tok_flags (self, k) & SW_WORD_TITLE) &&
            (tok_is (self, k + 1, "for") || tok_is (self, k + 1, "to")) && tok (self, k + 2)->cap != SW_CAP_LOWER)
          role_first = k + 2;

      add_role_organization (self, first, ns, s->caps);
      /* the organisation took its tokens, wherever in the role ("a
       * spokesperson for Local Government Minister Paul Kereama"); the
       * person keeps the rest */
      for (guint k = ns; k > first && om < 0; k--)
        om = self->mention_at[k - 1];
      if (om >= 0)
        {
          SwMention *o = &g_array_index (self->mentions, SwMention, om);

          gboolean joined = FALSE;

          m.first = o->last;
          if (m.first > ns)
            m.first = ns;
          /* "the head of Sony Pictures Television and Oz's boss": a name
           * joined to the body is no title's */
          for (guint k = m.first; k < ns && !joined; k++)
            joined = tok_is (self, k, "and") || tok_is (self, k, "or") || tok (self, k)->kind == SW_TOKEN_PUNCT;
          if (!joined)
            m.role = role_text (self, MAX (role_first, o->first), ns);
        }
      /* "a spokeswoman for Okafor": the title is someone else's */
      else if (!role_of_other (self, first, ns))
        m.role = role_text (self, role_first > first ? role_first : field_before_title (self, s, first), ns);
    }

  /* Organisations and places carry no titles. */
  if (m.kind != SW_ACTOR_PERSON && m.kind != SW_ACTOR_OTHER)
    m.role = NULL;

  m.name_first = ns;
  m.name = name_text (self, ns, last, s->caps);
  /* "U.S.", "US": the country's own name, so that every spelling is one
   * actor with "the United States" */
  if (m.kind == SW_ACTOR_PLACE && last == ns + 1 && (tok_flags (self, ns) & SW_WORD_NATIONALITY))
    {
      const char *country = sw_lexicon_place_of (sw_lexicon_get (), m.name);

      if (country != NULL)
        m.name = g_string_chunk_insert_const (self->strings, country);
    }
  /* "at St Aldhelm's", "St Mary's said": a saint's name in the
   * possessive, alone, is the school, church or hospital named for them */
  if ((m.kind == SW_ACTOR_PERSON || m.kind == SW_ACTOR_OTHER) && last > ns + 1 &&
      (tok_is (self, ns, "St") || tok_is (self, ns, "Saint")) && last < self->text->tokens->len &&
      (tok (self, last)->flags & SW_TOKEN_POSSESSIVE) &&
      !(last + 1 < self->text->tokens->len && tok (self, last + 1)->kind == SW_TOKEN_WORD &&
        tok (self, last + 1)->cap != SW_CAP_LOWER))
    {
      m.kind = SW_ACTOR_ORGANIZATION;
      m.known = TRUE;
      m.gender = 0;
    }
  /* "Number 10", "No 10": the body the lists know as Downing Street */
  if (m.kind == SW_ACTOR_ORGANIZATION && (phrase & SW_WORD_ORG_NAME))
    {
      const char *known = sw_lexicon_known_as (sw_lexicon_get (), m.name);

      if (known != NULL)
        m.name = g_string_chunk_insert_const (self->strings, known);
    }
  add_mention (self, &m);
}

/* "Kristine Berzina of the German Marshall Fund": two or more words of a
 * name that no gazetteer knows as a place, group or organisation, alone
 * or after a title, before an organisation named by its head word, are
 * a person even without a given name the list knows. */
static gboolean
person_before_org (SwMentions *self,
                   guint       start,
                   guint       k,
                   guint       last)
{
  gboolean org = FALSE;
  guint j = k;

  /* (after a title too: "Senator Harish Tomar of the Jan Adhikar Party") */
  while (j > start && token_class (self, j - 1) == CLS_NAME &&
         !(tok_flags (self, j - 1) & (SW_WORD_ORG_HEAD | SW_WORD_ORG_NAME | SW_WORD_PLACE | SW_WORD_GROUP |
                                      SW_WORD_NATIONALITY)))
    j--;
  if (k - j < 2 || (j > start && token_class (self, j - 1) != CLS_ROLE))
    return FALSE;

  for (guint i = k + 1; i < last; i++)
    org |= (tok_flags (self, i) & SW_WORD_ORG_HEAD) != 0;

  return org;
}

static gboolean
is_legal_form (const char *folded)
{
  static const char *const forms[] = {
    "inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.", "llc", "gmbh", "co.", "limited", "ag", "s.a.", "n.v.",
    "sa", "nv", "bv", "asa", "oyj", "spa", "s.p.a.",
  };

  for (guint k = 0; k < G_N_ELEMENTS (forms); k++)
    if (strcmp (folded, forms[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Is token @i a company's legal form: "Inc", "Plc"? */
static gboolean
legal_form_at (SwMentions *self,
               guint       i)
{
  char buf[8];
  const SwToken *t = tok (self, i);

  if (t->kind != SW_TOKEN_WORD || t->end - t->start >= sizeof buf)
    return FALSE;
  sw_lexicon_fold (self->text->text + t->start, t->end - t->start, buf, sizeof buf);
  return is_legal_form (buf);
}

static gboolean
run_has_of (SwMentions *self,
            guint       first,
            guint       last)
{
  for (guint k = first; k < last; k++)
    if (tok_is (self, k, "of") || tok_is (self, k, "for"))
      return TRUE;
  return FALSE;
}

/* Splits a run at "and" between two people and at "of" between a person
 * and their organisation ("Susan Colbourn of Duke University"). */
static void
process_run (SwMentions *self,
             guint       first,
             guint       last)
{
  guint start = first;
  gboolean person_left = FALSE;

  for (guint k = first; k < last; k++)
    {
      gboolean split = FALSE;

      if (tok_flags (self, k) & (SW_WORD_FIRST_NAME | SW_WORD_GIVEN | SW_WORD_HONORIFIC))
        person_left = TRUE;

      if (k > start && k + 1 < last && tok_is (self, k, "and"))
        {
          guint r = k + 1;

          split = person_left || token_class (self, r) == CLS_ROLE ||
                  /* "Apple Inc and Alphabet Inc" */
                  legal_form_at (self, k - 1) ||
                  /* "the Seafarers' Alliance and Northline Ferries": two
                   * names that each end with a word for a body, and no
                   * "of" before ("Department of Health and Human
                   * Services" is one) */
                  (k >= start + 2 && last >= k + 3 &&
                   (is_plural_possessive (self, k - 2) ||
                    (tok (self, k - 2)->kind == SW_TOKEN_WORD && tok (self, k - 2)->cap != SW_CAP_LOWER &&
                     !(tok_flags (self, k - 2) & (SW_WORD_NATIONALITY | SW_WORD_PLACE | SW_WORD_ORG_HEAD |
                                                  SW_WORD_MODIFIER | SW_WORD_ORG_NAME)))) &&
                   (tok_flags (self, k - 1) & (SW_WORD_ORG_HEAD | SW_WORD_ORG_TAIL)) &&
                   (tok_flags (self, last - 1) & (SW_WORD_ORG_HEAD | SW_WORD_ORG_TAIL)) && !run_has_of (self, start, k)) ||
                  /* "the Harbour Union of Ohio and Kestrel Shipping": a
                   * place ends the first name */
                  (last >= k + 3 && (tok_flags (self, k - 1) & SW_WORD_PLACE) && run_has_of (self, start, k) &&
                   (tok_flags (self, last - 1) & (SW_WORD_ORG_HEAD | SW_WORD_ORG_TAIL))) ||
                  (tok_flags (self, r) & (SW_WORD_FIRST_NAME | SW_WORD_GIVEN | SW_WORD_ORG_NAME | SW_WORD_PLACE)) ||
                  (phrase_flags (self, start, k) & SW_WORD_PLACE) ||
                  /* "Amsel and Saldaña": two surnames, no organisation */
                  (k == start + 1 && last == k + 2 &&
                   !((tok_flags (self, start) | tok_flags (self, r)) & (SW_WORD_ORG_HEAD | SW_WORD_ORG_NAME)));
        }
      else if (k > start && k + 1 < last && (tok_is (self, k, "of") || tok_is (self, k, "for")))
        split = (person_left || person_before_org (self, start, k, last)) && token_class (self, k - 1) == CLS_NAME;

      if (split)
        {
          analyze_chunk (self, start, k);
          start = k + 1;
          person_left = FALSE;
        }
    }

  analyze_chunk (self, start, last);
}

static gboolean
connector_fits (SwMentions *self,
                guint       j,
                guint       run_first,
                guint       end)
{
  guint next = j + 1;

  if (j == run_first || next >= end)
    return FALSE;
  if (nickname_at (self, j))
    return TRUE;

  if (tok_is (self, j, "the"))
    return tok_is (self, j - 1, "of") || tok_is (self, j - 1, "for") || tok_is (self, j - 1, "to");

  if (tok_is (self, j, "to"))
    return tok (self, j - 1)->cap == SW_CAP_LOWER && (tok_flags (self, j - 1) & SW_WORD_TITLE);

  if ((tok_is (self, j, "of") || tok_is (self, j, "for") || tok_is (self, j, "to")) && tok_is (self, next, "the"))
    next++;

  while (next < end && is_particle (self, next))
    next++;

  return next < end && (token_class (self, next) == CLS_NAME || token_class (self, next) == CLS_ROLE);
}

/**
 * sw_mentions_find:
 *
 * Finds the chunks of every sentence. Linear in the number of tokens: each
 * token is classified a bounded number of times.
 */
/* "the Ministry of Land, Infrastructure, Transport and Tourism", "the
 * Department of Communities, Culture, Tourism and Heritage": a body's
 * field of several names after its head word and "of", with commas and a
 * last "and". Returns where the run [@first, @end) then ends: past the
 * list, or @end when there is none. Names of places, people and bodies
 * are no field ("the Ministry of Defence, France and Germany"). */
static guint
field_list_end (SwMentions       *self,
                const SwSentence *s,
                guint             first,
                guint             end)
{
  gboolean field = FALSE;
  guint k = end;

  if (end + 2 >= s->last || !sw_token_is_punct (self->text, end, ','))
    return end;
  for (guint t = first + 1; t + 1 < end && !field; t++)
    field = (tok_is (self, t, "of") || tok_is (self, t, "for")) && tok (self, t - 1)->cap != SW_CAP_LOWER &&
            (tok_flags (self, t - 1) & SW_WORD_ORG_HEAD);
  if (!field)
    return end;
  /* at most five more names: ", Infrastructure, Transport and Tourism" */
  for (guint items = 0; items < 5 && k + 1 < s->last; items++)
    {
      gboolean last = FALSE;
      guint w, n = 0;

      if (tok_is (self, k, "and"))
        last = TRUE, w = k + 1;
      else if (sw_token_is_punct (self->text, k, ',') && tok_is (self, k + 1, "and"))
        last = TRUE, w = k + 2;
      else if (sw_token_is_punct (self->text, k, ','))
        w = k + 1;
      else
        return end;
      while (w < s->last && n < 3 && tok (self, w)->kind == SW_TOKEN_WORD && tok (self, w)->cap == SW_CAP_INITIAL &&
             !(tok_flags (self, w) & (SW_WORD_PLACE | SW_WORD_FIRST_NAME | SW_WORD_GIVEN | SW_WORD_ORG_NAME |
                                      SW_WORD_GROUP | SW_WORD_NATIONALITY | SW_WORD_FUNCTION | SW_WORD_PRONOUN)))
        w++, n++;
      if (n == 0)
        return end;
      k = w;
      if (last)
        return k;
    }
  return end;
}

void
sw_mentions_find (SwMentions *self)
{
  const SwText *text = self->text;

  build_vocabulary (self);

  for (guint si = 0; si < text->sentences->len; si++)
    {
      const SwSentence *s = &g_array_index (text->sentences, SwSentence, si);
      guint i = s->first;

      while (i < s->last)
        {
          int c = token_class (self, i);
          int last_name = -1;
          guint j = i;

          if (c != CLS_NAME && c != CLS_ROLE)
            {
              i++;
              continue;
            }

          while (j < s->last)
            {
              int cj = token_class (self, j);

              if (cj == CLS_NAME)
                last_name = j;
              else if (cj == CLS_CONN && !connector_fits (self, j, i, s->last))
                break;
              else if (cj == CLS_NONE)
                break;
              j++;
            }

          if (last_name >= 0)
            {
              guint end = field_list_end (self, s, i, last_name + 1);

              process_run (self, i, end);
              i = MAX (end, i + 1);
            }
          else
            {
              process_run (self, i, j);
              i = MAX (j, i + 1);
            }
        }
    }
}

/* Resolution into actors */

static GArray *
index_list (Index      *idx,
            GHashTable *table,
            const char *key)
{
  GArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (int));
      g_hash_table_insert (table, g_string_chunk_insert (idx->keys, key), list);
    }

  return list;
}

static int
new_actor (SwMentions  *self,
           const char  *name,
           SwActorKind  kind,
           guint        n_words)
{
  SwActorInfo *info = g_new0 (SwActorInfo, 1);

  info->actor = sw_actor_new (name, kind);
  info->name_words = n_words;
  info->keep = kind != SW_ACTOR_OTHER;
  g_ptr_array_add (self->actors, info);

  return self->actors->len - 1;
}

static SwActorInfo *
actor_info (SwMentions *self,
            int         index)
{
  return g_ptr_array_index (self->actors, index);
}

/* Lower case of a name; most names are ASCII, which needs no Unicode
 * tables. */
static char *
fold_name (const char *name)
{
  gsize n = strlen (name);
  char *out = g_malloc (n + 1);

  for (gsize i = 0; i < n; i++)
    {
      guchar c = name[i];

      if (c >= 0x80)
        {
          g_free (out);
          return g_utf8_strdown (name, n);
        }
      out[i] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
  out[n] = '\0';

  return out;
}

/* The words of a name that tell who is meant, folded: a key made of them
 * joined by single spaces, its first and its last word. Initials ("J."
 * or "W") and "Jr." say nothing about who is meant. */
typedef struct
{
  char        *folded;  /* owns the words */
  char        *key;
  const char  *first;
  const char  *last;
  guint        n;
  char         folded_buf[96];  /* most names fit: no allocation */
  char         key_buf[96];
} NameWords;

static gboolean
is_name_particle (const char *word)
{
  static const char *const particles[] = {
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "le", "la", "ter", "ten", NULL,
  };

  /* asked of every word of every name: most are longer than any
   * particle or start with another letter */
  if (strchr ("dvlt", word[0]) == NULL || word[0] == '\0' || strlen (word) > 5)
    return FALSE;
  for (guint k = 0; particles[k] != NULL; k++)
    if (strcmp (word, particles[k]) == 0)
      return TRUE;
  return FALSE;
}

static void
name_words_init (NameWords  *w,
                 const char *name)
{
  char *p, *k;
  gsize len = strlen (name), i;

  for (i = 0; i < len && i + 1 < sizeof w->folded_buf && (guchar)name[i] < 0x80; i++)
    w->folded_buf[i] = name[i] >= 'A' && name[i] <= 'Z' ? name[i] + ('a' - 'A') : name[i];
  if (i == len && len + 1 <= sizeof w->folded_buf)
    {
      w->folded_buf[len] = '\0';
      w->folded = w->folded_buf;
      w->key = k = w->key_buf;
    }
  else
    {
      w->folded = fold_name (name);
      w->key = k = g_malloc (strlen (w->folded) + 1);
    }
  w->first = w->last = NULL;
  w->n = 0;

  for (p = w->folded; p != NULL; )
    {
      char *part = p;
      char *space = strchr (p, ' ');
      gsize n;

      if (space != NULL)
        {
          *space = '\0';
          p = space + 1;
        }
      else
        p = NULL;

      n = strlen (part);
      if (n == 0 || (n <= 2 && (n == 1 || part[1] == '.')))
        continue;
      if (n <= 3 && (strcmp (part, "jr.") == 0 || strcmp (part, "jr") == 0 || strcmp (part, "sr.") == 0))
        continue;
      /* "Marieke de Vries" is "De Vries" and "Vries" later: a particle
       * before the surname tells nobody apart */
      if (p != NULL && is_name_particle (part))
        continue;

      if (w->n > 0)
        *k++ = ' ';
      memcpy (k, part, n);
      k += n;
      if (w->first == NULL)
        w->first = part;
      w->last = part;
      w->n++;
    }
  *k = '\0';
}

static void
name_words_clear (NameWords *w)
{
  if (w->folded != w->folded_buf)
    {
      g_free (w->folded);
      g_free (w->key);
    }
}

static guint
count_name_words (const char *name)
{
  NameWords w;
  guint n;

  name_words_init (&w, name);
  n = w.n;
  name_words_clear (&w);
  return n;
}

static void
attach (SwMentions *self,
        SwMention  *m,
        int         actor,
        guint       n_words,
        gboolean    caps)
{
  SwActorInfo *info = actor_info (self, actor);
  SwSpan span = { tok (self, m->first)->start, tok (self, m->last - 1)->end };

  m->actor = actor;
  g_array_append_val (info->actor->mentions, span);
  info->last_token = m->first;

  if (m->gender != 0 && info->gender == 0)
    info->gender = m->gender;
  if (m->role != NULL && info->actor->roles->len < MAX_ROLES)
    sw_actor_add_role (info->actor, m->role);
  if (m->known && info->actor->kind == SW_ACTOR_OTHER)
    {
      info->actor->kind = m->kind;
      info->keep = TRUE;
    }

  /* The canonical name is the fullest one, written in mixed case. */
  if (m->name != NULL && !caps)
    {
      guint old = info->name_words;

      if (n_words > old ||
          (n_words == old && strcmp (info->actor->name, m->name) != 0 &&
           g_utf8_strlen (m->name, -1) > g_utf8_strlen (info->actor->name, -1)))
        {
          g_free (info->actor->name);
          info->actor->name = g_strdup (m->name);
          info->name_words = count_name_words (info->actor->name);
        }
    }
}

/* The actor of @list mentioned last, of @kind (SW_ACTOR_OTHER: any) and
 * whose gender fits @gender (0: any) */
static int
most_recent (SwMentions *self,
             GArray     *list,
             SwActorKind kind,
             char        gender)
{
  int best = -1;

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      int a = g_array_index (list, int, i);

      if (kind != SW_ACTOR_OTHER && actor_info (self, a)->actor->kind != kind)
        continue;
      if (gender != 0 && actor_info (self, a)->gender != 0 && actor_info (self, a)->gender != gender)
        continue;
      if (best < 0 || actor_info (self, a)->last_token > actor_info (self, best)->last_token)
        best = a;
    }

  return best;
}

static void
resolve_description (SwMentions *self,
                     SwMention  *m)
{
  g_autofree char *want = fold_name (m->role);
  int best = -1;

  /* Only the most recent actors: a description refers back a little way,
   * and this keeps the search bounded in long documents. */
  for (guint a = self->actors->len > 256 ? self->actors->len - 256 : 0; a < self->actors->len; a++)
    {
      SwActorInfo *info = actor_info (self, a);

      if (info->actor->kind != SW_ACTOR_PERSON)
        continue;

      for (guint r = 0; r < info->actor->roles->len; r++)
        {
          g_autofree char *role = fold_name (g_ptr_array_index (info->actor->roles, r));

          if (g_str_has_suffix (role, want) &&
              (best < 0 || info->last_token > actor_info (self, best)->last_token))
            best = a;
        }
    }

  if (best >= 0)
    {
      m->role = NULL;
      attach (self, m, best, 0, TRUE);
    }
}

/* Records that a name of @actor starts with the folded word @first, so
 * that the word alone can name it ("Norvale" after "Norvale
 * Technologies"); a word two actors' names start with names neither. */
static void
index_first_word (Index      *idx,
                  const char *first,
                  int         actor)
{
  int old = GPOINTER_TO_INT (g_hash_table_lookup (idx->by_first, first));

  if (old == 0)
    g_hash_table_insert (idx->by_first, g_string_chunk_insert (idx->keys, first), GINT_TO_POINTER (actor + 1));
  else if (old != actor + 1)
    g_hash_table_insert (idx->by_first, g_string_chunk_insert (idx->keys, first), GINT_TO_POINTER (-1));
}

static void
resolve_person (SwMentions *self,
                Index      *idx,
                SwMention  *m,
                gboolean    caps)
{
  NameWords words;
  guint n;
  const char *key, *surname;
  int actor = -1;

  name_words_init (&words, m->name);
  n = words.n;
  if (n == 0)
    {
      name_words_clear (&words);
      return;
    }

  key = words.key;
  surname = words.last;

  actor = GPOINTER_TO_INT (g_hash_table_lookup (idx->by_key, key)) - 1;
  /* "Mr. Clinton" is not the Clinton "Mrs. Clinton" was */
  if (actor >= 0 && n == 1 && m->gender != 0 && actor_info (self, actor)->gender != 0 &&
      actor_info (self, actor)->gender != m->gender)
    actor = -1;

  if (actor < 0 && n >= 2)
    {
      GArray *same = g_hash_table_lookup (idx->by_surname, surname);

      /* An actor first met by surname alone gets its full name now. */
      for (guint i = 0; same != NULL && i < same->len; i++)
        if (g_hash_table_contains (idx->bare, GINT_TO_POINTER (g_array_index (same, int, i) + 1)))
          {
            actor = g_array_index (same, int, i);
            g_hash_table_remove (idx->bare, GINT_TO_POINTER (actor + 1));
            break;
          }
    }

  if (actor < 0 && n == 1)
    {
      GArray *same = g_hash_table_lookup (idx->by_surname, surname);

      /* "Mrs. Clinton" after Hillary and then Bill Clinton: the latest of
       * that surname whose gender fits the honorific's, else the latest */
      actor = most_recent (self, same, SW_ACTOR_OTHER, m->gender);
      if (actor < 0 && m->gender != 0)
        actor = most_recent (self, same, SW_ACTOR_OTHER, 0);
      if (actor < 0)
        {
          int first = GPOINTER_TO_INT (g_hash_table_lookup (idx->by_first, surname));

          if (first > 0)
            actor = first - 1;
        }
    }

  if (actor < 0)
    {
      actor = new_actor (self, m->name, m->kind, n);
      if (n == 1)
        g_hash_table_add (idx->bare, GINT_TO_POINTER (actor + 1));
      g_array_append_val (index_list (idx, idx->by_surname, surname), actor);
    }

  if (!g_hash_table_contains (idx->by_key, key))
    g_hash_table_insert (idx->by_key, g_string_chunk_insert (idx->keys, key), GINT_TO_POINTER (actor + 1));

  if (n >= 2)
    index_first_word (idx, words.first, actor);

  if (m->kind == SW_ACTOR_PERSON)
    m->known = TRUE;
  attach (self, m, actor, n, caps);
  name_words_clear (&words);
}

/* The lower-case letters of a name written as an abbreviation in
 * capitals ("WHO", "U.N.", "NATO"), into @out; FALSE for other names. */
static gboolean
acronym_of (const char *name,
            char        out[8])
{
  gsize n = 0;

  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '.')
        continue;
      if (!g_ascii_isupper (*p) || n >= 6)
        return FALSE;
      out[n++] = g_ascii_tolower (*p);
    }
  out[n] = '\0';
  return n >= 2;
}

/* The initials of a folded name of several words, without its small
 * words ("world health organization" → "who", "federal bureau of
 * investigation" → "fbi"), into @out; FALSE when they make no
 * abbreviation. */
static gboolean
initials_of (const char *key,
             char        out[8])
{
  static const char *const small[] = { "of", "the", "and", "for", "on", "in", "&", NULL };
  gsize n = 0;

  for (const char *w = key; *w != '\0';)
    {
      gsize len = strcspn (w, " ");
      guint k;

      for (k = 0; small[k] != NULL && !(strlen (small[k]) == len && strncmp (w, small[k], len) == 0); k++)
        ;
      if (len > 0 && small[k] == NULL)
        {
          if (!g_ascii_isalpha (w[0]) || n >= 6)
            return FALSE;
          out[n++] = w[0];
        }
      w += len;
      w += strspn (w, " ");
    }
  out[n] = '\0';
  return n >= 2;
}

static void
resolve_named (SwMentions *self,
               Index      *idx,
               SwMention  *m,
               gboolean    caps)
{
  g_autofree char *folded = fold_name (m->name);
  const char *key = folded;
  const char *tail;
  GArray *same;
  int actor;

  if (g_str_has_prefix (key, "the "))
    key += 4;

  tail = strrchr (key, ' ');
  tail = tail != NULL ? tail + 1 : key;
  /* "Kestrel Foods Plc" is "Kestrel Foods": a company's legal form at
   * the end tells nobody apart */
  if (tail != key && is_legal_form (tail))
    {
      folded[tail - 1 - folded] = '\0';
      tail = strrchr (key, ' ');
      tail = tail != NULL ? tail + 1 : key;
    }

  actor = GPOINTER_TO_INT (g_hash_table_lookup (idx->by_key, key)) - 1;

  /* "the WHO" after "the World Health Organization", "U.N." after "United
   * Nations", and the other way round: a name's initials */
  if (actor < 0 && m->kind == SW_ACTOR_ORGANIZATION)
    {
      char letters[8];

      if (acronym_of (m->name, letters))
        actor = GPOINTER_TO_INT (g_hash_table_lookup (idx->by_key, letters)) - 1;
      else if (initials_of (key, letters) &&
               (actor = GPOINTER_TO_INT (g_hash_table_lookup (idx->by_key, letters)) - 1) >= 0 &&
               (actor_info (self, actor)->actor->kind != SW_ACTOR_ORGANIZATION ||
                !acronym_of (actor_info (self, actor)->actor->name, letters)))
        actor = -1;
    }

  if (actor < 0 && m->kind == SW_ACTOR_ORGANIZATION)
    {
      /* "the Post" is "The New York Post" mentioned before. */
      same = g_hash_table_lookup (idx->by_tail, tail);
      for (guint i = 0; same != NULL && i < same->len && actor < 0; i++)
        {
          int a = g_array_index (same, int, i);
          g_autofree char *other = fold_name (actor_info (self, a)->actor->name);
          gsize lo = strlen (other), lk = strlen (key);

          if ((lo > lk && other[lo - lk - 1] == ' ' && strcmp (other + lo - lk, key) == 0) ||
              (lk > lo && key[lk - lo - 1] == ' ' && strcmp (key + lk - lo, other) == 0))
            actor = a;
        }
    }

  /* "Veltrix", then "Veltrix Semiconductor": the company's own first word
   * named it before, as an organisation of one word, or as a name of
   * unknown kind and no gender last seen in the headline ("Olmedo hails
   * Harbourside spirit", then "his Harbourside Athletic side") */
  if (actor < 0 && m->kind == SW_ACTOR_ORGANIZATION && tail != key && m->name_first + 1 < m->last &&
      tok (self, m->name_first)->info == NULL && tok (self, m->name_first)->cap == SW_CAP_INITIAL)
    {
      g_autofree char *first = g_strndup (key, strcspn (key, " "));
      int a = GPOINTER_TO_INT (g_hash_table_lookup (idx->by_key, first)) - 1;

      if (a >= 0 && strchr (actor_info (self, a)->actor->name, ' ') == NULL &&
          (actor_info (self, a)->actor->kind == SW_ACTOR_ORGANIZATION ||
           (actor_info (self, a)->actor->kind == SW_ACTOR_OTHER && actor_info (self, a)->gender == 0 &&
            (sw_text_sentence_of (self->text, actor_info (self, a)->last_token)->title ||
             sw_text_sentence_of (self->text, actor_info (self, a)->last_token)->para == 0))))
        {
          actor = a;
          actor_info (self, a)->actor->kind = SW_ACTOR_ORGANIZATION;
          actor_info (self, a)->keep = TRUE;
        }
    }

  if (actor < 0)
    {
      actor = new_actor (self, m->name, m->kind, count_name_words (m->name));
      if (m->kind == SW_ACTOR_ORGANIZATION)
        g_array_append_val (index_list (idx, idx->by_tail, tail), actor);
    }

  if (!g_hash_table_contains (idx->by_key, key))
    g_hash_table_insert (idx->by_key, g_string_chunk_insert (idx->keys, key), GINT_TO_POINTER (actor + 1));
  if (m->kind == SW_ACTOR_ORGANIZATION)
    {
      char letters[8];

      if ((acronym_of (m->name, letters) || initials_of (key, letters)) &&
          !g_hash_table_contains (idx->by_key, letters))
        g_hash_table_insert (idx->by_key, g_string_chunk_insert (idx->keys, letters), GINT_TO_POINTER (actor + 1));
    }

  /* "Norvale Technologies", then "Norvale": a company's own first word,
   * one no list knows (not "National", "European", "New") */
  if (m->kind == SW_ACTOR_ORGANIZATION && tail != key && m->name_first + 1 < m->last &&
      tok (self, m->name_first)->info == NULL && tok (self, m->name_first)->cap == SW_CAP_INITIAL)
    {
      g_autofree char *first = g_strndup (key, strcspn (key, " "));

      index_first_word (idx, first, actor);
    }

  attach (self, m, actor, 1, caps);
}

/* "Montenegro told reporters" after "Luís Montenegro": a place's name
 * alone that is the surname of a person met before is that person, unless
 * a preposition makes it a place ("flew to Montenegro"). Returns the
 * person's actor or -1. The name is not indexed as the person's, so the
 * place keeps its own actor. */
static int
person_of_place_name (SwMentions *self,
                     Index      *idx,
                     SwMention  *m)
{
  static const char *const locative[] = {
    "in", "to", "from", "at", "into", "across", "throughout", "of", "near", "via",
  };
  g_autofree char *folded = NULL;
  int actor;

  if (m->kind != SW_ACTOR_PLACE || m->first + 1 != m->last || m->name_first != m->first ||
      m->first == 0 || strchr (m->name, ' ') != NULL)
    return -1;
  for (guint k = 0; k < G_N_ELEMENTS (locative); k++)
    if (tok_is (self, m->first - 1, locative[k]))
      return -1;

  folded = fold_name (m->name);
  actor = most_recent (self, g_hash_table_lookup (idx->by_surname, folded), SW_ACTOR_PERSON, 0);
  if (actor >= 0)
    {
      m->kind = SW_ACTOR_PERSON;
      m->known = TRUE;
    }
  return actor;
}

/**
 * sw_mentions_resolve:
 *
 * Gives every mention its actor, in text order, merging the mentions of
 * one actor. Lookups are hashed by full name, surname and last word, so a
 * document costs time linear in its mentions.
 */
/* "an epidemiologist at the University of Bamako": after the comma at
 * @k - 1, an article, a few words for a job and the organisation it is
 * at; the role is the job and the organisation, without the article. */
static gboolean
job_at (SwMentions       *self,
        const SwSentence *s,
        guint             k,
        guint            *first,
        guint            *last)
{
  guint w;
  SwMention *org;

  if (!(tok_is (self, k, "a") || tok_is (self, k, "an")))
    return FALSE;
  for (w = ++k; w < s->last && w - k < 3 && tok (self, w)->kind == SW_TOKEN_WORD &&
                tok (self, w)->cap == SW_CAP_LOWER &&
                !(tok_flags (self, w) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_CUE)); w++)
    ;
  if (w == k || w + 1 >= s->last ||
      !(tok_is (self, w, "at") || tok_is (self, w, "of") || tok_is (self, w, "with") || tok_is (self, w, "for")))
    return FALSE;
  w++;
  if (tok_is (self, w, "the") && w + 1 < s->last)
    w++;
  if (self->mention_at[w] < 0)
    return FALSE;
  org = &g_array_index (self->mentions, SwMention, self->mention_at[w]);
  if (org->first != w || !(org->kind == SW_ACTOR_ORGANIZATION ||
                           /* "an analyst at Baltic Equity Research": a name
                            * no list knows, where somebody works */
                           (org->kind == SW_ACTOR_OTHER && org->name_first == org->first && tok_is (self, w - 1, "at") &&
                            ((tok_flags (self, w - 2) & SW_WORD_TITLE) ||
                             (tok (self, w - 2)->info != NULL && (tok (self, w - 2)->info->sets & SW_SET_TRADE))))))
    return FALSE;
  /* roles are read once every mention has its actor: the actor learns
   * its kind too */
  if (org->kind == SW_ACTOR_OTHER)
    {
      org->kind = SW_ACTOR_ORGANIZATION;
      org->known = TRUE;
      if (org->actor >= 0 && actor_info (self, org->actor)->actor->kind == SW_ACTOR_OTHER)
        {
          actor_info (self, org->actor)->actor->kind = SW_ACTOR_ORGANIZATION;
          actor_info (self, org->actor)->keep = TRUE;
        }
    }
  *first = k;
  *last = org->last;
  return TRUE;
}

/* "Its chief executive, Sania Nishtar, said", "said the chief executive
 * of Ukrenergo, Volodymyr Kudrytskyi, in …": a role before the name, in
 * lower case after a determiner or a possessive and perhaps with the body
 * it serves, set off by a comma before the name and followed by a comma,
 * a preposition or the end of the sentence. Returns the role's tokens as
 * [*first, *last), or FALSE. */
static gboolean
is_role_determiner (SwMentions *self,
                    guint       i)
{
  /* "Okonjo’s campaign manager, Ruth Adeyemi,": a name's possessive too,
   * and a body's ("The company's chief financial officer, Mark Devlin,") */
  return tok_is (self, i, "its") || tok_is (self, i, "his") || tok_is (self, i, "her") ||
         tok_is (self, i, "their") || tok_is (self, i, "the") ||
         ((tok (self, i)->flags & SW_TOKEN_POSSESSIVE) && i > 0 && tok (self, i - 1)->kind == SW_TOKEN_WORD &&
          (tok (self, i - 1)->cap != SW_CAP_LOWER ||
           (i > 1 && tok_is (self, i - 2, "the") && (tok_flags (self, i - 1) & SW_WORD_BODY))));
}

static gboolean
role_before (SwMentions      *self,
             const SwMention *m,
             guint           *first,
             guint           *last)
{
  const SwSentence *s = sw_text_sentence_of (self->text, m->first);
  gboolean title = FALSE;
  guint k, end;

  /* "The moderator, Lisa Grant of WKTV, …" too */
  if (m->first < s->first + 3 || !sw_token_is_punct (self->text, m->first - 1, ',') ||
      m->last >= s->last || !(tok (self, m->last)->kind == SW_TOKEN_PUNCT || tok_is (self, m->last, "of") ||
                              (tok (self, m->last)->info != NULL && (tok (self, m->last)->info->sets & SW_SET_PREPOSITION))))
    return FALSE;
  end = m->first - 1;
  for (k = end - 1; k > s->first && end - k < 12 && !is_role_determiner (self, k); k--)
    ;
  if (!is_role_determiner (self, k))
    return FALSE;
  for (guint j = k + 1; j < end; j++)
    {
      /* "of Ukrenergo", "of the Ministry of Energy": the body, up to the
       * comma; "The Minister for Enterprise, Trade and Employment, Ciarán
       * Madigan,": a field of several names */
      if (title && j > k + 1 && (tok_is (self, j, "of") || tok_is (self, j, "for")) && j + 1 < end)
        {
          gboolean named = FALSE;

          for (j++; j < end; j++)
            {
              if (sw_token_is_punct (self->text, j, ',') && named && j + 1 < end && tok (self, j + 1)->kind == SW_TOKEN_WORD &&
                  tok (self, j + 1)->cap != SW_CAP_LOWER)
                continue;
              if (tok (self, j)->kind != SW_TOKEN_WORD)
                return FALSE;
              if (tok (self, j)->cap != SW_CAP_LOWER)
                named = TRUE;
              else if (!tok_is (self, j, "the") && !tok_is (self, j, "of") && !tok_is (self, j, "and"))
                return FALSE;
            }
          if (!named)
            return FALSE;
          break;
        }
      if (tok (self, j)->kind != SW_TOKEN_WORD || j - k > 4 ||
          !(tok_flags (self, j) & (SW_WORD_TITLE | SW_WORD_MODIFIER | SW_WORD_GROUP) ||
            (tok (self, j)->cap == SW_CAP_LOWER && !(tok_flags (self, j) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN))) ||
            /* "the Transport Secretary, Helen Marchbank,": the post's field */
            (tok (self, j)->cap == SW_CAP_INITIAL && j + 1 < end && (tok_flags (self, j + 1) & SW_WORD_TITLE) &&
             !(tok_flags (self, j) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_FIRST_NAME)))))
        return FALSE;
      title |= (tok_flags (self, j) & SW_WORD_TITLE) != 0;
    }
  if (!title)
    return FALSE;
  *first = k + 1;
  *last = end;
  return TRUE;
}

/* "Sara Okonjo, a former city planner, said": an article and a few
 * lower-case words set off after a person's name describe her, even with
 * no title among them. [@first, @last) are the words after the comma. */
static gboolean
plain_role (SwMentions      *self,
            const SwMention *m,
            guint            first,
            guint            last)
{
  if (m->kind != SW_ACTOR_PERSON || last < first + 2 || last > first + 5 ||
      !(tok_is (self, first, "a") || tok_is (self, first, "an") || tok_is (self, first, "the")))
    return FALSE;
  for (guint k = first + 1; k < last; k++)
    {
      const SwToken *t = tok (self, k);

      if (t->kind != SW_TOKEN_WORD || t->cap != SW_CAP_LOWER || (t->flags & SW_TOKEN_POSSESSIVE) ||
          (tok_flags (self, k) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_CUE | SW_WORD_TIME)))
        return FALSE;
    }
  return TRUE;
}

/* A role written after a person's name: an apposition ("Kristine Berzina,
 * managing director of the German Marshall Fund think tank, said") or an
 * affiliation ("Maria Snegovaya of the Washington-based Centre for
 * Strategic and International Studies"). Returns the role's tokens as
 * [*first, *last), or FALSE. */
static gboolean
role_after (SwMentions *self,
            const SwMention *m,
            guint      *first,
            guint      *last)
{
  const SwSentence *s = sw_text_sentence_of (self->text, m->first);
  guint i = m->last, k;

  if (i + 1 >= s->last)
    return FALSE;

  if (sw_token_is_punct (self->text, i, ','))
    {
      gboolean title = FALSE;

      k = i + 1;
      if (tok_is (self, k, "the") || tok_is (self, k, "a") || tok_is (self, k, "an"))
        k++;
      /* a title or its modifier comes first, or after a possessive:
       * "the group's director" */
      if (k < s->last && (tok (self, k)->flags & SW_TOKEN_POSSESSIVE) == 0 && k + 1 < s->last &&
          (tok (self, k + 1)->flags & SW_TOKEN_POSSESSIVE))
        k += 2;
      if (k >= s->last)
        return FALSE;
      /* "the village mayor": a word for where before the title ("a law
       * professor at …" is a job at an organisation, below) */
      if (k > i + 1 && tok_is (self, i + 1, "the") && k + 1 < s->last && tok (self, k)->cap == SW_CAP_LOWER && tok (self, k)->kind == SW_TOKEN_WORD &&
          !(tok_flags (self, k) & (SW_WORD_TITLE | SW_WORD_MODIFIER | SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_CUE)) &&
          tok (self, k + 1)->cap == SW_CAP_LOWER && (tok_flags (self, k + 1) & SW_WORD_TITLE))
        k++;
      if (!(tok_flags (self, k) & (SW_WORD_TITLE | SW_WORD_MODIFIER)))
        {
          guint end = i + 1;

          if (job_at (self, s, i + 1, first, last))
            return TRUE;
          /* up to a comma, the full stop or a relative clause: "Yusuf
           * Brandt, a crane operator who has worked at the port …" */
          while (end < s->last && end - i <= 6 && tok (self, end)->kind == SW_TOKEN_WORD && !tok_is (self, end, "who"))
            end++;
          if (end < s->last &&
              (sw_token_is_punct (self->text, end, ',') || sw_token_is_punct (self->text, end, '.') || tok_is (self, end, "who")) &&
              plain_role (self, m, i + 1, end))
            {
              *first = tok_is (self, i + 1, "a") || tok_is (self, i + 1, "an") ? i + 2 : i + 1;
              *last = end;
              return TRUE;
            }
          return FALSE;
        }

      /* "Tomasz Wilk, an analyst at Baltic Equity Research in Warsaw": the
       * job and where, without the article or the town */
      if (job_at (self, s, i + 1, first, last) &&
          (*last >= s->last || tok (self, *last)->kind == SW_TOKEN_PUNCT ||
           (tok_is (self, *last, "in") && *last + 1 < s->last && self->mention_at[*last + 1] >= 0 &&
            g_array_index (self->mentions, SwMention, self->mention_at[*last + 1]).kind == SW_ACTOR_PLACE &&
            g_array_index (self->mentions, SwMention, self->mention_at[*last + 1]).last < s->last &&
            tok (self, g_array_index (self->mentions, SwMention, self->mention_at[*last + 1]).last)->kind == SW_TOKEN_PUNCT)))
        return TRUE;
      /* the role, without an indefinite article */
      *first = tok_is (self, i + 1, "a") || tok_is (self, i + 1, "an") ? i + 2 : i + 1;
      for (k = i + 1; k < s->last && k - i <= 16; k++)
        {
          const SwToken *t = tok (self, k);

          if ((t->kind == SW_TOKEN_QUOTE && !is_plural_possessive (self, k)) ||
              (t->kind == SW_TOKEN_PUNCT && t->ch != '-' && t->ch != '&'))
            break;
          /* "…, chairman of the board, who said": not a role */
          if (t->cap == SW_CAP_LOWER && (tok_flags (self, k) & SW_WORD_PRONOUN))
            return FALSE;
          /* "Threadline, the minister wrote that …": a clause, not a role;
           * "think tank" is a noun */
          if (t->cap == SW_CAP_LOWER && (tok_flags (self, k) & SW_WORD_CUE) && k + 1 < s->last &&
              (tok_is (self, k + 1, "that") || tok (self, k + 1)->kind != SW_TOKEN_WORD ||
               (tok_flags (self, k + 1) & (SW_WORD_PRONOUN | SW_WORD_FUNCTION))))
            return FALSE;
          title |= (tok_flags (self, k) & SW_WORD_TITLE) != 0;
        }
      if ((!title && !plain_role (self, m, i + 1, k)) || k - i > 16 || k == i + 1)
        return FALSE;
      /* an apposition ends where the sentence goes on */
      if (k < s->last && !sw_token_is_punct (self->text, k, ',') && !sw_token_is_punct (self->text, k, '.') &&
          !sw_token_is_punct (self->text, k, ')') && !sw_token_is_punct (self->text, k, ';') &&
          !sw_token_is_punct (self->text, k, 0x2014))
        return FALSE;
      *last = k;
      return TRUE;
    }

  /* "of" only: "Obama at Harvard Law School" may be where he was */
  if (tok_is (self, i, "of"))
    {
      k = i + 1;
      if (tok_is (self, k, "the"))
        k++;
      /* "the Washington-based Centre …": a few words before the name */
      for (guint words = 0; k < s->last && words < 3 && self->mention_at[k] < 0 &&
                            tok (self, k)->kind == SW_TOKEN_WORD; words++)
        k++;
      if (k >= s->last || self->mention_at[k] < 0)
        return FALSE;
      {
        const SwMention *org = &g_array_index (self->mentions, SwMention, self->mention_at[k]);

        if (org->kind != SW_ACTOR_ORGANIZATION || org->first < i)
          return FALSE;
        *first = i;
        *last = org->last;
        return TRUE;
      }
    }

  return FALSE;
}

/* The first token of the paragraph @back paragraphs before the one that
 * holds token @pos (0: its own) */
static guint
paragraph_start (SwMentions *self,
                 guint       pos,
                 guint       back)
{
  guint seen = 0;

  for (guint k = pos + 1; k > 0; k--)
    if ((tok (self, k - 1)->flags & SW_TOKEN_PARA_START) && seen++ == back)
      return k - 1;
  return 0;
}

/* The actor of the body named last among the mentions before mention
 * @before that start at token @floor or later and end by token @pos: an
 * organisation, or a place too when @places. Returns -1 when there is
 * none, or when @people_stop and a person is named after it. */
static int
body_before (SwMentions *self,
             guint       before,
             guint       floor,
             guint       pos,
             gboolean    places,
             gboolean    people_stop)
{
  for (guint j = before; j > 0; j--)
    {
      const SwMention *x = &g_array_index (self->mentions, SwMention, j - 1);

      if (x->first < floor)
        break;
      if (x->actor < 0 || x->last > pos || x->name == NULL)
        continue;
      if (x->kind == SW_ACTOR_ORGANIZATION || (x->kind == SW_ACTOR_PLACE && places))
        return x->actor;
      if (x->kind == SW_ACTOR_PERSON && people_stop)
        return -1;
    }
  return -1;
}

static void
add_roles_after (SwMentions *self)
{
  for (guint i = 0; i < self->mentions->len; i++)
    {
      const SwMention *m = &g_array_index (self->mentions, SwMention, i);
      g_autofree char *role = NULL;
      guint first, last;

      /* a person, or a name whose kind is not known yet ("Tomas Reyes") */
      if ((m->kind != SW_ACTOR_PERSON && m->kind != SW_ACTOR_OTHER) || m->actor < 0 || m->name_first == m->last ||
          !(role_after (self, m, &first, &last) || role_before (self, m, &first, &last)))
        continue;

      role = sw_mentions_token_text (self->text, first, last);
      g_strdelimit (role, "\r\n\t", ' ');
      /* "Its chief executive, Norah Quayle,", "The company's chief
       * financial officer": the body "its" or the noun stands for */
      if (first > 0 && (tok_is (self, first - 1, "its") || tok_is (self, first - 1, "their") ||
                        ((tok (self, first - 1)->flags & SW_TOKEN_POSSESSIVE) && first > 2 &&
                         tok_is (self, first - 3, "the") && (tok_flags (self, first - 2) & SW_WORD_BODY))))
        {
          /* "its" and "their": a body of this paragraph or the one before;
           * "the company's": the story's company, however far back */
          int body = tok (self, first - 1)->flags & SW_TOKEN_POSSESSIVE
                     ? body_before (self, i, 0, G_MAXUINT, FALSE, FALSE)
                     : body_before (self, i, paragraph_start (self, first - 1, 1), first - 1, TRUE,
                                    tok_is (self, first - 1, "their"));

          if (body >= 0)
            {
              char *whose = g_strdup_printf ("%s of %s", role, actor_info (self, body)->actor->name);

              g_free (role);
              role = whose;
            }
        }
      sw_actor_add_role (actor_info (self, m->actor)->actor, role);
    }
}

/* A person's name of two words or more, without a title, whose first word
 * is a given name */
static gboolean
given_and_surname (SwMentions      *self,
                   const SwMention *m)
{
  return m->kind == SW_ACTOR_PERSON && m->name != NULL && m->name_first == m->first &&
         m->last >= m->first + 2 && (tok_flags (self, m->first) & (SW_WORD_GIVEN | SW_WORD_FIRST_NAME));
}

/* "Bill and Hillary Clinton", "John and Mary Okafor": a lone given name
 * joined by "and" to a full name shares its surname, unless the story
 * uses that word as somebody's surname ("Warren and Bernie Sanders" after
 * "Elizabeth Warren"). */
static void
share_surnames (SwMentions *self)
{
  g_autoptr(GHashTable) surnames = NULL;

  for (guint i = 0; i < self->mentions->len; i++)
    {
      SwMention *m = &g_array_index (self->mentions, SwMention, i);
      const SwMention *full;
      const char *surname;
      g_autofree char *joined = NULL;

      /* (the runs of a sentence may add the full name first) */
      if (m->last + 1 >= self->text->tokens->len || self->mention_at[m->last + 1] < 0)
        continue;
      full = &g_array_index (self->mentions, SwMention, self->mention_at[m->last + 1]);
      if ((m->kind != SW_ACTOR_PERSON && m->kind != SW_ACTOR_OTHER) || m->name == NULL || m->name_first != m->first ||
          m->last != m->first + 1 || !(tok_flags (self, m->first) & (SW_WORD_GIVEN | SW_WORD_FIRST_NAME)) ||
          full->first != m->last + 1 || !(tok_is (self, m->last, "and") || tok_is (self, m->last, "&")) ||
          !given_and_surname (self, full) || (surname = strrchr (full->name, ' ')) == NULL)
        continue;

      /* built once, the first time the pattern occurs */
      if (surnames == NULL)
        {
          surnames = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint j = 0; j < self->mentions->len; j++)
            {
              const SwMention *o = &g_array_index (self->mentions, SwMention, j);
              const char *last_word;

              if (given_and_surname (self, o) && (last_word = strrchr (o->name, ' ')) != NULL)
                g_hash_table_add (surnames, (gpointer)(last_word + 1));
            }
        }
      if (g_hash_table_contains (surnames, m->name))
        continue;

      joined = g_strconcat (m->name, surname, NULL);
      m->name = g_string_chunk_insert_const (self->strings, joined);
    }
}

void
sw_mentions_resolve (SwMentions *self)
{
  Index idx;

  share_surnames (self);

  /* the keys live in one chunk of memory rather than an allocation each:
   * a few hundred of them in a typical article */
  idx.keys = g_string_chunk_new (1024);
  idx.by_key = g_hash_table_new (g_str_hash, g_str_equal);
  idx.by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);
  idx.by_first = g_hash_table_new (g_str_hash, g_str_equal);
  idx.by_tail = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);
  idx.bare = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < self->mentions->len; i++)
    {
      SwMention *m = &g_array_index (self->mentions, SwMention, i);
      gboolean caps = sw_text_sentence_of (self->text, m->first)->caps;
      int person;

      if (m->name == NULL)
        resolve_description (self, m);
      else if (m->kind == SW_ACTOR_PERSON || m->kind == SW_ACTOR_OTHER)
        resolve_person (self, &idx, m, caps);
      else if ((person = person_of_place_name (self, &idx, m)) >= 0)
        attach (self, m, person, 1, caps);
      else
        resolve_named (self, &idx, m, caps);
    }

  g_hash_table_unref (idx.by_key);
  g_hash_table_unref (idx.by_surname);
  g_hash_table_unref (idx.by_first);
  g_hash_table_unref (idx.by_tail);
  g_hash_table_unref (idx.bare);
  g_string_chunk_free (idx.keys);

  add_roles_after (self);
}

int
sw_mentions_actor_for (SwMentions *self,
                       int         mention,
                       gboolean    as_speaker)
{
  SwMention *m;
  SwActorInfo *info;

  if (mention < 0)
    return SW_NO_INDEX;

  m = &g_array_index (self->mentions, SwMention, mention);
  if (m->actor == SW_NO_INDEX)
    return SW_NO_INDEX;

  info = actor_info (self, m->actor);
  info->spoke = TRUE;
  /* Unknown names that speak are nearly always people, unless they look
   * like a body's */
  if (as_speaker && info->actor->kind == SW_ACTOR_OTHER)
    info->actor->kind = m->org_like ? SW_ACTOR_ORGANIZATION : SW_ACTOR_PERSON;
  /* one told something ("told NRK radio") is a body when its name looks
   * like one */
  else if (info->actor->kind == SW_ACTOR_OTHER && m->org_like)
    info->actor->kind = SW_ACTOR_ORGANIZATION;

  return m->actor;
}

int
sw_mentions_country_actor (SwMentions *self,
                           const char *country,
                           guint       token)
{
  g_return_val_if_fail (country != NULL && token < self->text->tokens->len, SW_NO_INDEX);

  return sw_mentions_named_actor (self, country, SW_ACTOR_PLACE, token);
}

int
sw_mentions_named_actor (SwMentions  *self,
                         const char  *name,
                         SwActorKind  kind,
                         guint        token)
{
  int a;

  g_return_val_if_fail (name != NULL && token < self->text->tokens->len, SW_NO_INDEX);

  for (guint k = 0; k < self->actors->len; k++)
    {
      SwActorInfo *info = actor_info (self, k);

      if (info->actor != NULL && info->actor->kind == kind && g_strcmp0 (info->actor->name, name) == 0)
        return k;
    }
  a = new_actor (self, name, kind, count_name_words (name));
  actor_info (self, a)->last_token = token;
  return a;
}

/* The paragraph of the token that starts at or after char @offset. */
static guint
para_at_offset (SwMentions *self,
                gsize       offset)
{
  guint lo = 0, hi = self->text->tokens->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (self, mid)->start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo >= self->text->tokens->len)
    return G_MAXUINT;
  return sw_text_sentence_of (self->text, lo)->para;
}

/* The organisation of a description made before that the words
 * [@first, @last) name again, or -1 */
/* Does @name end with the words of @tail ("Velesia's air force", "air
 * force")? */
static gboolean
name_ends_with (const char *name,
                const char *tail)
{
  gsize n = strlen (name), t = strlen (tail);

  return t > 0 && n > t + 1 && name[n - t - 1] == ' ' && g_ascii_strcasecmp (name + n - t, tail) == 0;
}

static int
find_description_actor (SwMentions *self,
                        guint       first,
                        guint       last,
                        const char *name)
{
  /* the same description said again, or "the campaign" after "the Trump
   * campaign": the latest actors, a bounded look */
  for (guint k = self->actors->len, seen = 0; k > 0 && seen < 64; k--, seen++)
    {
      SwActorInfo *info = actor_info (self, k - 1);
      const char *last_word;

      if (info->actor == NULL || info->actor->kind != SW_ACTOR_ORGANIZATION)
        continue;
      /* (but not a body the story names only later than the next
       * paragraph: "the court" is not the Supreme Court a later paragraph
       * brings up, while a lede's "the union announced" is the union the
       * next paragraph names) */
      if (info->actor->mentions->len > 0 &&
          g_array_index (info->actor->mentions, SwSpan, 0).start >= tok (self, first)->start &&
          para_at_offset (self, g_array_index (info->actor->mentions, SwSpan, 0).start) >
            sw_text_sentence_of (self->text, first)->para + 1)
        continue;
      last_word = strrchr (info->actor->name, ' ');
      last_word = last_word != NULL ? last_word + 1 : info->actor->name;
      if (g_ascii_strcasecmp (info->actor->name, name) == 0 ||
          (first + 1 == last && g_ascii_strcasecmp (last_word, name) == 0) ||
          /* "the air force" after "Velesia's air force" */
          name_ends_with (info->actor->name, name))
        return k - 1;
    }
  return -1;
}

/* The name of the description [@first, @last) without its "the", in
 * the case a mixed-case sentence would use: "THE PORT POLICE" is "Port
 * Police" */
static const char *
description_name (SwMentions *self,
                  guint      *first,
                  guint       last)
{
  if (tok_is (self, *first, "the") && *first + 1 < last)
    (*first)++;
  return name_text (self, *first, last, sw_text_sentence_of (self->text, *first)->caps);
}

int
sw_mentions_find_description_actor (SwMentions *self,
                                    guint       first,
                                    guint       last)
{
  const char *name;

  g_return_val_if_fail (first < last && last <= self->text->tokens->len, SW_NO_INDEX);

  name = description_name (self, &first, last);
  return find_description_actor (self, first, last, name);
}

/* Where, for a body word alone at @first ("the ministry"), the latest
 * description of it with its qualifiers started in the few paragraphs
 * before: "foreign" of "The foreign ministry, which …", with @end set
 * past its word. @first when there is none. */
static guint
fuller_description (SwMentions *self,
                    guint       first,
                    guint       last,
                    guint      *end)
{
  const SwToken *head = tok (self, first);
  const char *word = self->text->text + head->start;
  gsize len = head->end - head->start;
  guint para = 0;

  if (last != first + 1 || head->kind != SW_TOKEN_WORD || !(tok_flags (self, first) & SW_WORD_BODY))
    return first;

  for (guint k = first; k > 1 && first - k < 600; k--)
    {
      const SwToken *t = tok (self, k - 1);
      guint q = k - 1;

      if ((t->flags & SW_TOKEN_PARA_START) && ++para > 3)
        break;
      if (t->kind != SW_TOKEN_WORD || t->cap != SW_CAP_LOWER || t->end - t->start != len ||
          g_ascii_strncasecmp (self->text->text + t->start, word, len) != 0)
        continue;
      /* up to two lower-case qualifiers after an article or a possessive */
      while (q > k - 3 && q > 0 && tok (self, q - 1)->kind == SW_TOKEN_WORD && tok (self, q - 1)->cap == SW_CAP_LOWER &&
             !(tok (self, q - 1)->flags & SW_TOKEN_POSSESSIVE) &&
             !(tok_flags (self, q - 1) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_CUE)))
        q--;
      if (q < k - 1 && q > 0 &&
          ((tok (self, q - 1)->info != NULL && (tok (self, q - 1)->info->sets & SW_SET_DETERMINER)) ||
           (tok (self, q - 1)->flags & SW_TOKEN_POSSESSIVE)))
        {
          *end = k;
          return q;
        }
    }
  return first;
}

int
sw_mentions_description_actor (SwMentions *self,
                               guint       first,
                               guint       last)
{
  const char *name;
  int a;

  g_return_val_if_fail (first < last && last <= self->text->tokens->len, SW_NO_INDEX);

  name = description_name (self, &first, last);
  a = find_description_actor (self, first, last, name);
  if (a >= 0)
    return a;

  /* "The foreign ministry, which …, struck a sharper tone. … the ministry
   * said": the body the fuller description named */
  {
    guint end = 0;
    guint fuller = fuller_description (self, first, last, &end);

    if (fuller < first)
      name = name_text (self, fuller, end, sw_text_sentence_of (self->text, fuller)->caps);
  }

  a = new_actor (self, name, SW_ACTOR_ORGANIZATION, count_name_words (name));
  actor_info (self, a)->last_token = last - 1;
  return a;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const SwSpan *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (int)x->end - (int)y->end;
}

void
sw_mentions_emit_actors (SwMentions   *self,
                         SwExtraction *out,
                         GArray       *remap)
{
  g_array_set_size (remap, self->actors->len);

  for (guint a = 0; a < self->actors->len; a++)
    {
      SwActorInfo *info = actor_info (self, a);
      GArray *spans = info->actor->mentions;

      if (!info->keep && !info->spoke)
        {
          g_array_index (remap, int, a) = SW_NO_INDEX;
          continue;
        }

      /* Mentions arrive in text order except those added by pronoun
       * resolution; sort once (when out of order: GLib's sort copies
       * even a sorted array) and drop duplicates. */
      for (guint i = 1; i < spans->len; i++)
        if (compare_spans (&g_array_index (spans, SwSpan, i - 1), &g_array_index (spans, SwSpan, i)) > 0)
          {
            g_array_sort (spans, compare_spans);
            break;
          }
      if (spans->len > 1)
        {
          guint kept = 1;

          for (guint i = 1; i < spans->len; i++)
            if (compare_spans (&g_array_index (spans, SwSpan, kept - 1), &g_array_index (spans, SwSpan, i)) != 0)
              g_array_index (spans, SwSpan, kept++) = g_array_index (spans, SwSpan, i);
          g_array_set_size (spans, kept);
        }

      /* a name first read as a person's with a title ("the chief
       * executive of Ukrenergo") that turned out to be a body's: bodies
       * and places hold no roles */
      if (info->actor->kind == SW_ACTOR_ORGANIZATION || info->actor->kind == SW_ACTOR_PLACE)
        g_ptr_array_set_size (info->actor->roles, 0);

      g_array_index (remap, int, a) = out->actors->len;
      g_ptr_array_add (out->actors, g_steal_pointer (&info->actor));
    }
}
