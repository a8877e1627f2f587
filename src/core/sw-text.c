/* sw-text.c: tokens, sentences and paragraphs of a document's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-text"

#include "config.h"

#include <string.h>
#ifdef HAVE_MADVISE
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "sw-text.h"
#include "sw-timex-lexicon.h"

static inline gunichar
char_at (const char *text,
         gsize       len,
         gsize       i,
         gsize      *next)
{
  guchar c;
  gunichar u;

  if (i >= len)
    {
      *next = len;
      return 0;
    }

  c = (guchar)text[i];
  if (c < 0x80)
    {
      *next = i + 1;
      return c;
    }

  u = g_utf8_get_char_validated (text + i, len - i);
  if (u == (gunichar)-1 || u == (gunichar)-2)
    {
      *next = i + 1;
      return 0xFFFD;
    }

  *next = g_utf8_next_char (text + i) - text;
  return u;
}

static inline gboolean
is_alnum (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isspace (c);
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B;
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static inline gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

/* Does a capitalised function word or pronoun ("The", "He") follow the
 * spaces at @i, as a sentence's first word would? */
static gboolean
function_word_after (const SwLexicon *lex,
                     const char      *text,
                     gsize            len,
                     gsize            i)
{
  char buf[16];
  gsize start, n;
  const SwWordInfo *info;

  while (i < len && text[i] == ' ')
    i++;
  start = i;
  while (i < len && g_ascii_isalpha (text[i]))
    i++;
  n = i - start;
  if (n == 0 || n + 1 > sizeof buf || !g_ascii_isupper (text[start]) || (i < len && text[i] == '.') ||
      !sw_lexicon_fold (text + start, n, buf, sizeof buf))
    return FALSE;
  info = sw_lexicon_lookup (lex, buf, n);
  return info != NULL && (info->flags & (SW_WORD_FUNCTION | SW_WORD_PRONOUN)) != 0;
}

/* No abbreviation is longer: a longer word before a period ends its
 * sentence */
#define ABBREVIATION_MAX 14

/* Abbreviations that keep their period and do not end a sentence besides
 * the titles and months of the lexicon ("Mr.", "Sept.") and initials:
 * the word of @len bytes at @start in @text, its period at @start + @len.
 * An initial is no initial before a sentence's first word ("wrote on X.
 * The party …"), nor a number's abbreviation before no number ("said
 * no." but "No. 10"). @folded holds the word folded, with room for one
 * more byte, and @hash is its hash. */
static gboolean
keeps_period (const SwLexicon *lex,
              const char      *text,
              gsize            text_len,
              gsize            start,
              gsize            len,
              char            *folded,
              guint32          hash)
{
  const char *word = text + start;
  gsize after = start + len + 1;
  const SwWordInfo *info;

  if (len == 1 && g_ascii_isupper (word[0]))
    return !function_word_after (lex, text, text_len, after);

  /* "vs.", "etc.", "Calif.": the word as it was folded and hashed while
   * it was read, then with its period */
  if (len > ABBREVIATION_MAX)
    return FALSE;
  info = sw_lexicon_lookup_hashed (lex, folded, len, hash);
  if (info != NULL && (info->sets & SW_SET_ABBREVIATION))
    return !(info->sets & SW_SET_NUMBERED) ||
           (after + 1 < text_len && text[after] == ' ' && g_ascii_isdigit (text[after + 1]));

  folded[len] = '.';
  info = sw_lexicon_lookup_hashed (lex, folded, len + 1, SW_LEXICON_HASH_STEP (hash, '.'));

  return info != NULL && (info->flags & (SW_WORD_HONORIFIC | SW_WORD_TITLE | SW_WORD_TIME | SW_WORD_ORG_HEAD)) != 0;
}

/* keeps_period() for a word that is not one run of ASCII letters and
 * digits ("Jr-.", "Ó."), folded here */
static gboolean
keeps_period_folding (const SwLexicon *lex,
                      const char      *text,
                      gsize            text_len,
                      gsize            start,
                      gsize            len)
{
  char buf[ABBREVIATION_MAX + 2];
  guint32 h = SW_LEXICON_HASH_INIT;

  if (len > ABBREVIATION_MAX || !sw_lexicon_fold (text + start, len, buf, sizeof buf))
    return FALSE;
  for (gsize k = 0; k < len; k++)
    h = SW_LEXICON_HASH_STEP (h, buf[k]);
  return keeps_period (lex, text, text_len, start, len, buf, h);
}

static guint8
capitalization (const char *text,
                gsize       start,
                gsize       end)
{
  gboolean any_lower = FALSE, any_upper = FALSE, first_upper = FALSE, first = TRUE;
  gsize i = start;

  /* ASCII words, most of them, in one tight loop */
  if (g_ascii_isalpha (text[i]))
    {
      first_upper = g_ascii_isupper (text[i]);
      any_upper = first_upper;
      any_lower = !first_upper;
      first = FALSE;
      for (i++; i < end && (guchar)text[i] < 0x80; i++)
        {
          any_upper |= g_ascii_isupper (text[i]);
          any_lower |= g_ascii_islower (text[i]);
        }
    }

  for (gsize next; i < end; i = next)
    {
      gunichar c = char_at (text, end, i, &next);

      if (c < 0x80)
        {
          if (g_ascii_isupper (c))
            {
              any_upper = TRUE;
              first_upper |= first;
              first = FALSE;
            }
          else if (g_ascii_islower (c))
            {
              any_lower = TRUE;
              first = FALSE;
            }
          else if (first && g_ascii_isdigit (c))
            return SW_CAP_NONE;
          continue;
        }

      if (g_unichar_isalpha (c))
        {
          if (g_unichar_isupper (c))
            {
              any_upper = TRUE;
              if (first)
                first_upper = TRUE;
            }
          else if (g_unichar_islower (c))
            any_lower = TRUE;
          first = FALSE;
        }
      else if (first && g_unichar_isdigit (c))
        return SW_CAP_NONE;
    }

  if (first_upper && !any_lower && end - start > 1)
    return SW_CAP_UPPER;
  if (first_upper)
    return SW_CAP_INITIAL;
  if (any_lower)
    return SW_CAP_LOWER;
  return any_upper ? SW_CAP_UPPER : SW_CAP_NONE;
}

/* A word folded and hashed while it was scanned */
typedef struct
{
  char      folded[47];
  gboolean  valid;      /* the whole word is that first ASCII run */
  gboolean  any_lower;
  gboolean  any_upper;
  gboolean  any_digit;
  gsize     len;
  guint32   hash;
} WordKey;

/* "al-Assad", "el-Sisi", "ash-Sharaa": a surname after the Arabic
 * article, written in lower case, is a name all the same (whatever
 * follows "al-" in capitals: "al-Qaeda" too) */
static gboolean
arabic_article (const char *w,
                gsize       n)
{
  static const char *const articles[] = { "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-" };

  for (guint k = 0; k < G_N_ELEMENTS (articles); k++)
    {
      gsize a = strlen (articles[k]);

      if (n > a + 1 && strncmp (w, articles[k], a) == 0 && g_ascii_isupper (w[a]))
        return TRUE;
    }
  return FALSE;
}

/* Capitalisation and lexicon entry of an ASCII word in one pass: folding,
 * hashing and telling the case of each letter. FALSE for other words. */
static gboolean
ascii_word (const SwLexicon *lex,
            const char      *text,
            SwToken         *tok)
{
  char buf[48];
  guint32 h = SW_LEXICON_HASH_INIT;
  gsize n = tok->end - tok->start;
  const char *w = text + tok->start;
  gboolean any_lower = FALSE, any_upper = FALSE;

  if (n + 1 > sizeof buf || !g_ascii_isalpha (w[0]))
    return FALSE;

  for (gsize k = 0; k < n; k++)
    {
      char c = w[k];

      if ((guchar)c >= 0x80)
        return FALSE;
      if (c >= 'A' && c <= 'Z')
        {
          any_upper = TRUE;
          c += 'a' - 'A';
        }
      else if (c >= 'a' && c <= 'z')
        any_lower = TRUE;
      buf[k] = c;
      h = SW_LEXICON_HASH_STEP (h, c);
    }

  /* as capitalization() decides */
  if (g_ascii_isupper (w[0]))
    tok->cap = !any_lower && n > 1 ? SW_CAP_UPPER : SW_CAP_INITIAL;
  else if (arabic_article (w, n))
    tok->cap = SW_CAP_INITIAL;
  else
    tok->cap = any_lower ? SW_CAP_LOWER : (any_upper ? SW_CAP_UPPER : SW_CAP_NONE);
  tok->info = sw_lexicon_lookup_hashed (lex, buf, n, h);
  return TRUE;
}

enum
{
  CLASS_DIGIT = 1 << 0,
  CLASS_UPPER = 1 << 1,
  CLASS_LOWER = 1 << 2,
};

/* ASCII letters and digits, by class: one load per byte in the loop that
 * reads most of every word */
static const guint8 ascii_class[256] = {
  ['0'] = CLASS_DIGIT, ['1'] = CLASS_DIGIT, ['2'] = CLASS_DIGIT, ['3'] = CLASS_DIGIT,
  ['4'] = CLASS_DIGIT, ['5'] = CLASS_DIGIT, ['6'] = CLASS_DIGIT, ['7'] = CLASS_DIGIT,
  ['8'] = CLASS_DIGIT, ['9'] = CLASS_DIGIT,
  ['A'] = CLASS_UPPER, ['B'] = CLASS_UPPER, ['C'] = CLASS_UPPER, ['D'] = CLASS_UPPER,
  ['E'] = CLASS_UPPER, ['F'] = CLASS_UPPER, ['G'] = CLASS_UPPER, ['H'] = CLASS_UPPER,
  ['I'] = CLASS_UPPER, ['J'] = CLASS_UPPER, ['K'] = CLASS_UPPER, ['L'] = CLASS_UPPER,
  ['M'] = CLASS_UPPER, ['N'] = CLASS_UPPER, ['O'] = CLASS_UPPER, ['P'] = CLASS_UPPER,
  ['Q'] = CLASS_UPPER, ['R'] = CLASS_UPPER, ['S'] = CLASS_UPPER, ['T'] = CLASS_UPPER,
  ['U'] = CLASS_UPPER, ['V'] = CLASS_UPPER, ['W'] = CLASS_UPPER, ['X'] = CLASS_UPPER,
  ['Y'] = CLASS_UPPER, ['Z'] = CLASS_UPPER,
  ['a'] = CLASS_LOWER, ['b'] = CLASS_LOWER, ['c'] = CLASS_LOWER, ['d'] = CLASS_LOWER,
  ['e'] = CLASS_LOWER, ['f'] = CLASS_LOWER, ['g'] = CLASS_LOWER, ['h'] = CLASS_LOWER,
  ['i'] = CLASS_LOWER, ['j'] = CLASS_LOWER, ['k'] = CLASS_LOWER, ['l'] = CLASS_LOWER,
  ['m'] = CLASS_LOWER, ['n'] = CLASS_LOWER, ['o'] = CLASS_LOWER, ['p'] = CLASS_LOWER,
  ['q'] = CLASS_LOWER, ['r'] = CLASS_LOWER, ['s'] = CLASS_LOWER, ['t'] = CLASS_LOWER,
  ['u'] = CLASS_LOWER, ['v'] = CLASS_LOWER, ['w'] = CLASS_LOWER, ['x'] = CLASS_LOWER,
  ['y'] = CLASS_LOWER, ['z'] = CLASS_LOWER,
};

/* Scans a word from @i; returns its end. Keeps "don’t", "Trump-Putin",
 * "U.S." and "Mr." whole but leaves a final "’s" for its own token. */
static gsize
scan_word (const SwLexicon *lex,
           const char      *text,
           gsize            len,
           gsize            i,
           gboolean        *is_number,
           WordKey         *key)
{
  gsize start = i, next, after, first_end;
  gboolean letters = FALSE;
  guint32 h = SW_LEXICON_HASH_INIT;
  gsize k = 0;

  key->valid = FALSE;

  /* Initialisms: U.S., U.K., a.m. */
  if (i + 3 < len && text[i + 1] == '.' && g_ascii_isalpha (text[i]) &&
      g_ascii_isalpha (text[i + 2]) && text[i + 3] == '.')
    {
      while (i + 1 < len && g_ascii_isalpha (text[i]) && text[i + 1] == '.')
        i += 2;
      *is_number = FALSE;
      return i;
    }

  /* The first run of ASCII letters and digits, most often the whole word,
   * folded and hashed for the lexicon on the way. */
  {
    gsize limit = MIN (len, i + sizeof key->folded);
    guint classes = 0;

    /* Setting bit 5 lowers a letter and leaves a digit as it is. */
    while (i < limit && ascii_class[(guchar)text[i]] != 0)
      {
        char c = text[i] | 0x20;

        classes |= ascii_class[(guchar)text[i]];
        key->folded[k++] = c;
        h = SW_LEXICON_HASH_STEP (h, c);
        i++;
      }
    /* too long for the lexicon: only what kind of word it is */
    while (i < len && ascii_class[(guchar)text[i]] != 0)
      {
        classes |= ascii_class[(guchar)text[i]];
        k++;
        i++;
      }
    key->any_upper = (classes & CLASS_UPPER) != 0;
    key->any_lower = (classes & CLASS_LOWER) != 0;
    key->any_digit = (classes & CLASS_DIGIT) != 0;
  }
  letters = key->any_lower || key->any_upper;
  first_end = i;

  /* most words end at a space: nothing after the run can join them */
  if (i == len || text[i] == ' ' || text[i] == '\n')
    {
      *is_number = !letters;
      key->valid = k < sizeof key->folded && g_ascii_isalpha (text[start]);
      key->len = k;
      key->hash = h;
      return i;
    }

  for (;;)
    {
      gunichar c;

      /* ASCII letters and digits, most of every word, without decoding */
      while (i < len && g_ascii_isalnum (text[i]))
        {
          letters |= g_ascii_isalpha (text[i]);
          i++;
        }

      c = char_at (text, len, i, &next);
      if (c >= 0x80 && is_alnum (c))
        {
          if (!g_unichar_isdigit (c))
            letters = TRUE;
          i = next;
          continue;
        }

      if (i == start)
        break;

      if (is_apostrophe (c))
        {
          gunichar d = char_at (text, len, next, &after);
          gsize after2;
          gunichar e = char_at (text, len, after, &after2);

          /* "’s" at the end of a word is a possessive of its own. */
          if ((d == 's' || d == 'S') && !is_alnum (e))
            break;
          if (g_unichar_isalpha (d))
            {
              i = after;
              continue;
            }
          break;
        }

      if (is_dash (c) || ((c == '.' || c == ',') && !letters))
        {
          gunichar d = char_at (text, len, next, &after);

          if (is_alnum (d) && (is_dash (c) || g_unichar_isdigit (d)))
            {
              i = after;
              continue;
            }
        }

      break;
    }

  *is_number = !letters;

  if (letters && i < len && text[i] == '.' &&
      (i == first_end && k + 1 < sizeof key->folded ? keeps_period (lex, text, len, start, i - start, key->folded, h)
                                                     : keeps_period_folding (lex, text, len, start, i - start)))
    i++;

  key->valid = i == first_end && k < sizeof key->folded && g_ascii_isalpha (text[start]);
  key->len = k;
  key->hash = h;

  return i;
}

static void
classify_quote (SwToken    *tok,
                const char *text,
                gsize       len,
                gunichar    prev,
                gunichar    next)
{
  gboolean space_before = prev == 0 || is_space (prev) || prev == '(' || prev == '[' ||
                          prev == 0x2014 || prev == 0x2013 || prev == '/' || prev == 0x201C ||
                          prev == 0x2018 || prev == '"';
  gboolean space_after = next == 0 || is_space (next) || (next < 0x80 && g_ascii_ispunct (next) &&
                                                           next != '(' && next != '$') ||
                         next == 0x2014 || next == 0x2013 || next == 0x201D || next == 0x2019;

  switch (tok->ch)
    {
    case 0x201C: /* “ */
    case 0x201E: /* „ */
    case 0x00AB: /* « */
      tok->quote = SW_QUOTE_OPEN;
      /* “ used as a closing mark: „…“ or a typo */
      if (space_after && !space_before)
        tok->quote = SW_QUOTE_CLOSE;
      break;
    case 0x201D: /* ” */
    case 0x00BB: /* » */
      tok->quote = SW_QUOTE_CLOSE;
      if (space_before && !space_after)
        tok->quote = SW_QUOTE_OPEN;
      break;
    case 0x2018: /* ‘ */
      tok->quote = SW_QUOTE_OPEN | SW_QUOTE_SINGLE;
      break;
    case 0x2019: /* ’ */
    case '\'':
      tok->quote = SW_QUOTE_SINGLE;
      if (space_before && !space_after)
        tok->quote |= SW_QUOTE_OPEN;
      else if (space_after && !space_before)
        tok->quote |= SW_QUOTE_CLOSE;
      else
        tok->quote |= SW_QUOTE_OPEN | SW_QUOTE_CLOSE;
      break;
    default: /* " '' `` */
      if (space_before && !space_after)
        tok->quote = SW_QUOTE_OPEN;
      else if (space_after && !space_before)
        tok->quote = SW_QUOTE_CLOSE;
      else
        tok->quote = SW_QUOTE_OPEN | SW_QUOTE_CLOSE;
      break;
    }
}

static gboolean
is_quote_char (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB ||
         c == 0x00BB || c == 0x2018 || c == 0x2019 || c == '\'' || c == 0x201F;
}

/* The kind of the token before the one being read: the last of @batch,
 * or the last appended. There is one. */
static inline SwTokenKind
last_kind (const SwText  *self,
           const SwToken *batch,
           guint          n_batch)
{
  return n_batch > 0 ? batch[n_batch - 1].kind :
         g_array_index (self->tokens, SwToken, self->tokens->len - 1).kind;
}

static void
tokenize (SwText          *self,
          const SwLexicon *lex)
{
  const char *text = self->text;
  gsize len = self->len;
  gsize i = 0;
  guint newlines = 0;
  gboolean space = TRUE;
  gunichar prev = 0;
  /* tokens are appended in batches: one call per token costs more than
   * the rest of the tokenizer's work on a short word */
  SwToken batch[64];
  guint n_batch = 0;

  while (i < len)
    {
      gsize next, skip;
      gunichar c = char_at (text, len, i, &next);
      SwToken tok = { 0, };

      if (c == ' ')
        {
          space = TRUE;
          prev = c;
          i = next;
          continue;
        }
      if (is_space (c))
        {
          if (c == '\n')
            newlines++;
          space = TRUE;
          prev = c;
          i = next;
          continue;
        }

      tok.start = i;
      if (space)
        tok.flags |= SW_TOKEN_SPACE_BEFORE;

      if (newlines > 0 || self->tokens->len + n_batch == 0)
        {
          gboolean para = newlines > 1 || self->tokens->len + n_batch == 0;

          if (!para)
            {
              /* A single line break is a paragraph break unless the line
               * was merely wrapped inside a sentence. */
              const SwToken *last = n_batch > 0 ? &batch[n_batch - 1] :
                                    &g_array_index (self->tokens, SwToken, self->tokens->len - 1);

              para = !(last->kind == SW_TOKEN_WORD || last->kind == SW_TOKEN_NUMBER ||
                       (last->kind == SW_TOKEN_PUNCT && last->ch == ',')) ||
                     !(c < 0x80 ? g_ascii_islower (c) : g_unichar_islower (c));
            }
          if (para)
            {
              tok.flags |= SW_TOKEN_PARA_START;
              self->n_paras++;
            }
        }

      if (is_alnum (c))
        {
          gboolean number;

          WordKey key;

          tok.end = scan_word (lex, text, len, i, &number, &key);
          tok.kind = number ? SW_TOKEN_NUMBER : SW_TOKEN_WORD;
          if (!number && key.valid)
            {
              guint hints;

              /* as capitalization() decides */
              if (g_ascii_isupper (text[tok.start]))
                tok.cap = !key.any_lower && key.len > 1 ? SW_CAP_UPPER : SW_CAP_INITIAL;
              else
                tok.cap = SW_CAP_LOWER;
              /* the temporal tagger reads these words from here rather
               * than folding and hashing them again: the word lexicon's
               * table holds its entries too */
              if (!key.any_digit)
                tok.flags |= SW_TOKEN_ASCII_LETTERS;
              tok.info = sw_lexicon_lookup_both (lex, key.folded, key.len, key.hash,
                                                 key.any_digit ? NULL : &tok.timex, &hints);
              if (hints & SW_LEXICON_HINT_CUES)
                tok.flags |= SW_TOKEN_CUE;
              if (hints & SW_LEXICON_HINT_TALK)
                tok.flags |= SW_TOKEN_TALK;
            }
          else if (!number && !ascii_word (lex, text, &tok))
            {
              tok.cap = capitalization (text, tok.start, tok.end);
              tok.info = sw_lexicon_lookup (lex, text + tok.start, tok.end - tok.start);
            }
        }
      else if (is_apostrophe (c) && !space && self->tokens->len + n_batch > 0 &&
               /* "Russia’s", "Radio 4’s" */
               (last_kind (self, batch, n_batch) == SW_TOKEN_WORD ||
                last_kind (self, batch, n_batch) == SW_TOKEN_NUMBER) &&
               next < len && (text[next] == 's' || text[next] == 'S') &&
               (next + 1 >= len || !is_alnum (char_at (text, len, next + 1, &skip))))
        {
          tok.end = next + 1;
          tok.kind = SW_TOKEN_WORD;
          tok.cap = text[next] == 'S' ? SW_CAP_UPPER : SW_CAP_LOWER;
          tok.flags |= SW_TOKEN_POSSESSIVE;
          tok.info = sw_lexicon_lookup (lex, text + tok.start, tok.end - tok.start);
        }
      else if ((c == '\'' || c == '`') && next < len && text[next] == (char)c)
        {
          gsize after;
          gunichar n = char_at (text, len, next + 1, &after);

          tok.kind = SW_TOKEN_QUOTE;
          tok.end = next + 1;
          tok.ch = '"';
          classify_quote (&tok, text, len, prev, n);
          if (c == '`')
            tok.quote = SW_QUOTE_OPEN;
        }
      else if (is_quote_char (c))
        {
          gsize after;
          gunichar n = char_at (text, len, next, &after);

          tok.kind = SW_TOKEN_QUOTE;
          tok.end = next;
          tok.ch = c;
          classify_quote (&tok, text, len, prev, n);
        }
      else
        {
          tok.kind = SW_TOKEN_PUNCT;
          tok.end = next;
          tok.ch = c;
        }

      /* words the lookup above did not see: a possessive, other scripts */
      if (tok.info != NULL && !(tok.flags & SW_TOKEN_ASCII_LETTERS))
        {
          if (tok.info->cues != NULL)
            tok.flags |= SW_TOKEN_CUE;
          if (tok.info->sets & SW_SET_TALK)
            tok.flags |= SW_TOKEN_TALK;
        }
      batch[n_batch++] = tok;
      if (n_batch == G_N_ELEMENTS (batch))
        {
          g_array_append_vals (self->tokens, batch, n_batch);
          n_batch = 0;
        }
      if ((guchar)text[tok.end - 1] < 0x80)
        prev = (guchar)text[tok.end - 1];
      else
        prev = char_at (text, len, g_utf8_find_prev_char (text, text + tok.end) - text, &next);
      i = tok.end;
      newlines = 0;
      space = FALSE;
    }

  g_array_append_vals (self->tokens, batch, n_batch);
}

static gboolean
ends_sentence (const SwToken *tok)
{
  return tok->kind == SW_TOKEN_PUNCT &&
         (tok->ch == '.' || tok->ch == '!' || tok->ch == '?' || tok->ch == 0x2026);
}

static void
close_sentence (SwText *self,
                guint   first,
                guint   last,
                guint   para)
{
  SwSentence s = { first, last, para, FALSE, FALSE };
  guint upper = 0, lower = 0, initial = 0, lower_long = 0, lower_content = 0;
  guint index = self->sentences->len;
  guint *sent_of;
  const SwToken *tokens = (const SwToken *)(gpointer)self->tokens->data;

  if (last <= first)
    return;

  g_array_set_size (self->sent_of, last);
  sent_of = (guint *)(gpointer)self->sent_of->data;

  for (guint i = first; i < last; i++)
    {
      const SwToken *t = &tokens[i];

      sent_of[i] = index;

      if (t->kind != SW_TOKEN_WORD || t->end - t->start < 2)
        continue;
      if (t->cap == SW_CAP_UPPER)
        upper++;
      else if (t->cap == SW_CAP_LOWER || t->cap == SW_CAP_INITIAL)
        lower++;
      if (t->cap == SW_CAP_INITIAL && t->end - t->start >= 4)
        initial++;
      else if (t->cap == SW_CAP_LOWER && !(t->flags & SW_TOKEN_POSSESSIVE) &&
               !(t->info != NULL && ((t->info->flags & SW_WORD_FUNCTION) || (t->info->sets & SW_SET_PREPOSITION))))
        {
          lower_content++;
          if (t->end - t->start >= 4)
            lower_long++;
        }
    }
  s.caps = upper >= 3 && upper > 4 * lower;
  /* "Clinton Hid Past Health Problems From Public, Doctor Says": no longer
   * word in lower case but a preposition, where a sentence has its verbs
   * and nouns */
  s.title = !s.caps && initial >= 3 && (lower_long == 0 || (initial >= 8 && lower_long * 8 <= initial)) &&
            /* a title-case headline has no full stop after a verb in
             * lower case: "Finnish President Aino Virtanen and Estonian
             * Prime Minister Mart Kask met in Tallinn on Monday." */
            !(lower_content > 0 && tokens[last - 1].kind == SW_TOKEN_PUNCT && tokens[last - 1].ch == '.');

  g_array_append_val (self->sentences, s);
}

static void
split_sentences (SwText *self)
{
  guint n = self->tokens->len;
  guint first = 0, para = 0;

  for (guint i = 0; i < n; i++)
    {
      const SwToken *t = sw_text_token (self, i);

      if (i > first && (t->flags & SW_TOKEN_PARA_START))
        {
          close_sentence (self, first, i, para);
          first = i;
        }
      if (t->flags & SW_TOKEN_PARA_START && i > 0)
        para++;

      if (ends_sentence (t) || i + 1 - first >= SW_TEXT_MAX_SENTENCE)
        {
          guint j = i + 1;

          /* Closing marks and brackets stay with the sentence they end. */
          while (j < n && !(sw_text_token (self, j)->flags & SW_TOKEN_PARA_START) &&
                 ((sw_text_token (self, j)->kind == SW_TOKEN_QUOTE &&
                   (sw_text_token (self, j)->quote & SW_QUOTE_CLOSE)) ||
                  sw_token_is_punct (self, j, ')') || ends_sentence (sw_text_token (self, j))))
            j++;

          if (j < n && !(sw_text_token (self, j)->flags & SW_TOKEN_PARA_START) &&
              i + 1 - first < SW_TEXT_MAX_SENTENCE)
            {
              const SwToken *u = sw_text_token (self, j);

              /* "… said Mr. Smith" keeps going; so does "e.g. the". */
              if (u->cap == SW_CAP_LOWER || !(u->flags & SW_TOKEN_SPACE_BEFORE) ||
                  (u->kind == SW_TOKEN_PUNCT && u->ch != '(' && u->ch != 0x2014))
                continue;
            }

          close_sentence (self, first, j, para);
          first = j;
          i = j - 1;
        }
    }

  close_sentence (self, first, n, para);
}

/**
 * sw_memory_advise_large:
 * @data: the start of an allocation
 * @size: its size in bytes
 *
 * Asks the kernel to back a large array with huge pages. Per byte of
 * text, a document's tokens and the tables indexed by token take about
 * ten bytes, written once each; on a long document, taking that memory
 * a small page at a time costs more than the reading itself. Small
 * arrays are left alone.
 */
void
sw_memory_advise_large (gpointer data,
                        gsize    size)
{
#if defined(HAVE_MADVISE) && defined(MADV_HUGEPAGE)
  guintptr page, start, end;

  if (size < SW_MEMORY_LARGE)
    return;
  page = (guintptr)sysconf (_SC_PAGESIZE);
  start = ((guintptr)data + page - 1) & ~(page - 1);
  end = ((guintptr)data + size) & ~(page - 1);
  /* (only advice: a kernel without huge pages declines it) */
  if (end > start)
    (void)madvise ((gpointer)start, end - start, MADV_HUGEPAGE);
#else
  (void)data;
  (void)size;
#endif
}

SwText *
sw_text_new (const char *text,
             gsize       len)
{
  SwText *self = g_new0 (SwText, 1);
  const SwLexicon *lex = sw_lexicon_get ();

  self->text = text;
  self->len = len;
  /* News has a token every five bytes or a little less. Growing past
   * the room reserved here copies every token into an array twice the
   * size, which on a long text costs more than the reading itself, and
   * room never written is never given memory, so reserve plenty. */
  self->tokens = g_array_sized_new (FALSE, FALSE, sizeof (SwToken), len / 3 + 16);
  sw_memory_advise_large (self->tokens->data, (len / 3 + 16) * sizeof (SwToken));
  /* room for sentences of some twenty words, as news has */
  self->sentences = g_array_sized_new (FALSE, FALSE, sizeof (SwSentence), len / 100 + 8);

  tokenize (self, lex);
  self->sent_of = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->tokens->len);
  sw_memory_advise_large (self->sent_of->data, self->tokens->len * sizeof (guint));
  split_sentences (self);

  return self;
}

/* Is the word a cue by itself ("said", "warned"), not only the first of
 * a longer one ("talks" of "talks about": "who led talks on waste")? */
static gboolean
cue_alone (const SwWordInfo *info)
{
  if (!(info->flags & SW_WORD_CUE) || info->cues == NULL)
    return (info->flags & SW_WORD_CUE) != 0;
  for (guint c = 0; c < info->cues->len; c++)
    if (((const SwCue *)g_ptr_array_index (info->cues, c))->n_words == 1)
      return TRUE;
  return FALSE;
}

/**
 * sw_text_apposition_end:
 * @comma: a token, the comma that would open the apposition
 * @max_words: the most words between the commas
 *
 * "Dean, a medical doctor, then appeared", "Quercus, a conservation
 * group, warned", "Pettifer, chief film critic of Sightline, saw": when
 * @comma is a comma followed by a determiner or a lower-case title and
 * then only words, none of them a pronoun or a reporting verb, up to
 * another comma in the same sentence, that closing comma's index.
 *
 * Returns: the closing comma, or 0
 */
guint
sw_text_apposition_end (const SwText *self,
                        guint         comma,
                        guint         max_words)
{
  const SwSentence *s;
  const SwToken *t;

  if (comma + 2 >= self->tokens->len)
    return 0;
  t = sw_text_token (self, comma);
  s = sw_text_sentence_of (self, comma);
  if (t->kind != SW_TOKEN_PUNCT || t->ch != ',' || comma + 2 >= s->last)
    return 0;
  t = sw_text_token (self, comma + 1);
  if (t->info == NULL ||
      !((t->info->sets & SW_SET_DETERMINER) ||
        (t->cap == SW_CAP_LOWER && (t->info->flags & (SW_WORD_TITLE | SW_WORD_MODIFIER)))))
    return 0;

  for (guint k = comma + 2; k < s->last && k - comma <= max_words + 1; k++)
    {
      t = sw_text_token (self, k);
      if (t->kind == SW_TOKEN_PUNCT && t->ch == ',')
        return k;
      if (t->kind != SW_TOKEN_WORD ||
          (t->info != NULL && ((t->info->flags & SW_WORD_PRONOUN) || cue_alone (t->info))))
        return 0;
    }
  return 0;
}

void
sw_text_free (SwText *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->tokens);
  g_array_unref (self->sentences);
  g_array_unref (self->sent_of);
  g_free (self);
}

gboolean
sw_token_is_punct (const SwText *self,
                   guint         i,
                   gunichar      ch)
{
  const SwToken *t;

  if (i >= self->tokens->len)
    return FALSE;

  t = sw_text_token (self, i);
  return (t->kind == SW_TOKEN_PUNCT || t->kind == SW_TOKEN_QUOTE) && t->ch == ch;
}

/**
 * sw_text_dateline_end:
 * @s: a sentence of @self
 *
 * "GENEVA —", "WASHINGTON (AP) —", "SAN JOSE, Calif., Jan. 14 (Reuters)
 * -": when @s opens a paragraph with a wire dateline, a place in capitals
 * and perhaps a state, a date and the agency in brackets, then a dash,
 * the first token after that dash. The story's own sentence starts there.
 *
 * Returns: that token, or 0 when @s has no such dateline
 */
guint
sw_text_dateline_end (const SwText     *self,
                      const SwSentence *s)
{
  guint k = s->first;
  guint caps = 0;

  if (s->caps || !(sw_text_token (self, k)->flags & SW_TOKEN_PARA_START))
    return 0;
  while (k < s->last && caps < 4 && sw_text_token (self, k)->kind == SW_TOKEN_WORD &&
         sw_text_token (self, k)->cap == SW_CAP_UPPER)
    {
      k++;
      caps++;
    }
  if (caps == 0)
    return 0;

  for (; k + 1 < s->last && k - s->first < 16; k++)
    {
      const SwToken *t = sw_text_token (self, k);

      if (t->kind == SW_TOKEN_PUNCT && (t->ch == 0x2014 || t->ch == 0x2013 || t->ch == '-'))
        return k + 1;
      if ((t->kind == SW_TOKEN_WORD && t->cap == SW_CAP_LOWER) || t->kind == SW_TOKEN_QUOTE ||
          (t->kind == SW_TOKEN_PUNCT && t->ch != ',' && t->ch != '.' && t->ch != '(' && t->ch != ')'))
        return 0;
    }

  return 0;
}
