/* sw-attribution.c: quotations, their speakers, actors and relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rule-based, in a few linear passes over the tokens of sw-text.c:
 *
 *  1. pair quotation marks paragraph by paragraph (a paragraph that opens
 *     with a mark continues an unclosed quote; otherwise an unclosed quote
 *     ends with its paragraph, so a stray mark never swallows the text);
 *  2. attribute each direct quote from the words right after its closing
 *     mark ("…,” said X", "…,” X said") or right before its opening one
 *     ("X said: “…”");
 *  3. find indirect quotes around the reporting cues of the lexicon
 *     ("X said that …", "…, X said", "according to X, …");
 *  4. resolve speakers to actors, pronouns through recency, gender and the
 *     last speaker;
 *  5. derive relations: told, said_about, joint_statement, spoke_with.
 *
 * Every search around a word stays inside its sentence, which sw-text.c
 * caps in length, so the cost is linear in the document.
 */
#define G_LOG_DOMAIN "sw-attribution"

#include "config.h"

#include <string.h>

#include "sw-extract.h"
#include "sw-mentions.h"
#include "sw-text.h"

enum
{
  TF_IN_DIRECT  = 1 << 0,  /* inside a direct quote, marks included */
  TF_CUE_USED   = 1 << 1,
  TF_IN_CONTENT = 1 << 2,  /* inside the content of an accepted quote */
};

typedef struct
{
  guint  first;          /* tokens */
  guint  last;
  int    mentions[4];
  guint  n_mentions;
  char   pronoun;        /* gender letter when the speaker is a pronoun */
  gboolean valid;
} Np;

typedef enum
{
  SPEAKER_NONE,
  SPEAKER_NP,
  SPEAKER_SAME_AS,       /* an elided subject: the speaker of another quote */
} SpeakerSource;

typedef struct
{
  SwQuoteKind    kind;
  guint          pos;            /* token that orders the quotes */
  guint          c_first;        /* content tokens */
  guint          c_last;
  guint          cue_first;      /* cue tokens; cue_last == 0 without one */
  guint          cue_last;
  SpeakerSource  source;
  Np             np;
  int            same_as;        /* candidate index for SPEAKER_SAME_AS */
  int            addressee;      /* mention index or -1 */
  char          *medium;
  int            dquote;         /* the direct quote it comes from, or -1 */
  gboolean       dropped;
  GArray        *speakers;       /* int, actor indices (SwMentions') */
} Cand;

typedef struct
{
  guint     open;      /* token of the opening mark */
  guint     close;     /* token of the closing mark, or one past the content */
  gboolean  closed;
  gboolean  taken;     /* already part of an attribution */
  int       cand;
} DQuote;

typedef struct
{
  const SwText  *text;
  SwMentions    *mentions;
  guint8        *tflags;
  GArray        *dquotes;   /* DQuote */
  GArray        *cands;     /* Cand */
} Ctx;

static const SwToken *
tk (Ctx  *ctx,
    guint i)
{
  return sw_text_token (ctx->text, i);
}

static gboolean
is_word (Ctx        *ctx,
         guint       i,
         const char *word)
{
  return sw_token_is (ctx->text, i, word);
}

static gboolean
is_punct (Ctx     *ctx,
          guint    i,
          gunichar ch)
{
  return i < ctx->text->tokens->len && tk (ctx, i)->kind == SW_TOKEN_PUNCT && tk (ctx, i)->ch == ch;
}

static gboolean
in_list (Ctx               *ctx,
         guint              i,
         const char *const *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    if (is_word (ctx, i, words[k]))
      return TRUE;

  return FALSE;
}

static guint
wflags (Ctx  *ctx,
        guint i)
{
  const SwToken *t = tk (ctx, i);

  return t->info != NULL ? t->info->flags : 0;
}

static const SwSentence *
sentence_of (Ctx  *ctx,
             guint i)
{
  return sw_text_sentence_of (ctx->text, i);
}

static guint
para_of (Ctx  *ctx,
         guint i)
{
  return sentence_of (ctx, i)->para;
}

static gboolean
is_lowerish (Ctx  *ctx,
             guint i)
{
  const SwToken *t = tk (ctx, i);

  return t->kind == SW_TOKEN_WORD &&
         (t->cap == SW_CAP_LOWER || (sentence_of (ctx, i)->caps && t->cap == SW_CAP_UPPER));
}

static const char *const determiners[] = {
  "the", "a", "an", "another", "one", "two", "three", "some", "many", "several",
  "other", "both", "his", "her", "their", "its", "our", "most", "all", "this",
  "these", "those", "that", "each", "every", "few", "no", "my", "your", NULL
};

static const char *const adverbs[] = {
  "also", "has", "have", "had", "would", "will", "could", "should", "did", "does",
  "do", "not", "never", "previously", "later", "then", "repeatedly", "recently",
  "once", "already", "publicly", "privately", "reportedly", "just", "first",
  "further", "again", "initially", "earlier", "separately", "still", "now", "is",
  "was", "were", "are", "been", "being", "quickly", "immediately", "flatly",
  "firmly", "bluntly", "openly", "frequently", "often", "long", "subsequently",
  "ultimately", "finally", "personally", "himself", "herself", "themselves",
  "itself", "may", "might", "must", "can", "even", "simply", "only", "today",
  "yesterday", "tonight", "last", "week", "month", "year", "night", "morning",
  "afternoon", "evening", "late", "early", "privately", "correctly", "rightly",
  "wrongly", "falsely", "angrily", "proudly", "clearly", "explicitly", "directly",
  "confidently", "cautiously", "jokingly", "famously", "memorably", "pointedly",
  "in", "interview", "statement", "on", "at", "this", "\xe2\x80\x99s", "'s",
  NULL
};

/* Cues */

static const SwCue *
match_cue (Ctx   *ctx,
           guint  i,
           guint *n_tokens)
{
  const SwToken *t = tk (ctx, i);
  guint n = ctx->text->tokens->len;

  if (t->kind != SW_TOKEN_WORD || t->info == NULL || t->info->cues == NULL || !is_lowerish (ctx, i))
    return NULL;
  if (ctx->tflags[i] & (TF_IN_DIRECT | TF_CUE_USED))
    return NULL;

  for (guint c = 0; c < t->info->cues->len; c++)
    {
      const SwCue *cue = g_ptr_array_index (t->info->cues, c);
      gboolean ok = TRUE;

      if (!sw_token_is (ctx->text, i, cue->words[0]))
        continue;

      for (guint w = 1; w < cue->n_words && ok; w++)
        ok = i + w < n && sw_token_is (ctx->text, i + w, cue->words[w]);

      if (ok)
        {
          *n_tokens = cue->n_words;
          return cue;
        }
    }

  return NULL;
}

/* Noun phrases naming speakers */

static gboolean
subject_pronoun (Ctx  *ctx,
                 guint i,
                 char *gender)
{
  static const char *const subjects[] = { "he", "she", "they", "we", "i", "it", NULL };
  const SwToken *t = tk (ctx, i);

  if (t->kind != SW_TOKEN_WORD || !(wflags (ctx, i) & SW_WORD_PRONOUN) || !in_list (ctx, i, subjects))
    return FALSE;

  *gender = t->info->gender;
  return TRUE;
}

static int
mention_ending_at (Ctx  *ctx,
                   guint last)
{
  int m;

  if (last == 0)
    return -1;

  m = ctx->mentions->mention_at[last - 1];
  if (m >= 0 && g_array_index (ctx->mentions->mentions, SwMention, m).last == last)
    return m;

  return -1;
}

static int
mention_starting_at (Ctx  *ctx,
                     guint first)
{
  int m;

  if (first >= ctx->text->tokens->len)
    return -1;

  m = ctx->mentions->mention_at[first];
  if (m >= 0 && g_array_index (ctx->mentions->mentions, SwMention, m).first == first)
    return m;

  return -1;
}

static const SwMention *
mention (Ctx *ctx,
         int  m)
{
  return &g_array_index (ctx->mentions->mentions, SwMention, m);
}

/* "Macron and outgoing German Chancellor Olaf Scholz": the mentions ending
 * at @last, joined by "and" and commas. */
static void
np_collect_left (Ctx  *ctx,
                 Np   *np,
                 int   m,
                 guint floor)
{
  np->mentions[0] = m;
  np->n_mentions = 1;
  np->first = mention (ctx, m)->first;

  while (np->n_mentions < G_N_ELEMENTS (np->mentions) && np->first >= floor + 2)
    {
      guint j = np->first - 1;
      int other;

      if (!is_word (ctx, j, "and") && !is_punct (ctx, j, ','))
        break;
      other = mention_ending_at (ctx, j);
      if (other < 0 || mention (ctx, other)->kind != mention (ctx, m)->kind)
        break;
      np->mentions[np->n_mentions++] = other;
      np->first = mention (ctx, other)->first;
    }

  if (np->first > floor && is_word (ctx, np->first - 1, "the"))
    np->first--;
}

static gboolean
common_noun_head (Ctx  *ctx,
                  guint i)
{
  const SwToken *t = tk (ctx, i);

  return t->kind == SW_TOKEN_WORD && !(t->flags & SW_TOKEN_POSSESSIVE) &&
         !(wflags (ctx, i) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_TIME | SW_WORD_CUE)) &&
         !in_list (ctx, i, determiners) && !in_list (ctx, i, adverbs) && t->end - t->start > 2;
}

static gboolean
is_boundary (Ctx  *ctx,
             guint i)
{
  static const char *const words[] = { "and", "but", "that", "while", "as", "because", "so", "since", "when", NULL };
  const SwToken *t = tk (ctx, i);

  return t->kind == SW_TOKEN_PUNCT || t->kind == SW_TOKEN_QUOTE || in_list (ctx, i, words);
}

/* The noun phrase that ends right before @end, after the adverbs and
 * auxiliaries between a subject and its verb ("Trump has also said"). */
static Np
np_left (Ctx  *ctx,
         guint end)
{
  const SwSentence *s = sentence_of (ctx, end > 0 ? end - 1 : 0);
  Np np = { 0, };
  guint j = end;
  guint skipped = 0;
  int m;
  char g;

  while (j > s->first && skipped < 5 &&
         (in_list (ctx, j - 1, adverbs) || (wflags (ctx, j - 1) & SW_WORD_TIME)) &&
         !(wflags (ctx, j - 1) & SW_WORD_PRONOUN))
    {
      j--;
      skipped++;
    }

  if (j <= s->first)
    return np;

  j--;

  if (ctx->tflags[j] & TF_IN_DIRECT)
    return np;

  if (subject_pronoun (ctx, j, &g))
    {
      np.first = j;
      np.last = j + 1;
      np.pronoun = g;
      np.valid = TRUE;
      return np;
    }

  m = mention_ending_at (ctx, j + 1);
  if (m >= 0)
    {
      np.last = j + 1;
      np_collect_left (ctx, &np, m, s->first);
      np.valid = TRUE;
      return np;
    }

  /* "Zelenskyy, who arrived on Tuesday …, said": skip the inserted clause. */
  if (is_punct (ctx, j, ','))
    {
      for (guint k = j; k > s->first + 1 && j - k < 30; k--)
        if (is_punct (ctx, k - 1, ','))
          {
            guint open = k - 1;

            m = mention_ending_at (ctx, open);
            if (m >= 0 && (in_list (ctx, k, determiners) || is_word (ctx, k, "who") ||
                           is_word (ctx, k, "which") || is_lowerish (ctx, k)))
              {
                np.last = open;
                np_collect_left (ctx, &np, m, s->first);
                np.valid = TRUE;
              }
            break;
          }
      return np;
    }

  if (!common_noun_head (ctx, j) || !is_lowerish (ctx, j))
    return np;

  /* "a source", "the former US ambassador", "Trump’s campaign" */
  for (guint k = j + 1; k > s->first && j + 1 - k < 7; k--)
    {
      guint w = k - 1;

      if (in_list (ctx, w, determiners))
        {
          np.first = w;
          np.last = j + 1;
          np.valid = TRUE;
          return np;
        }
      if (tk (ctx, w)->flags & SW_TOKEN_POSSESSIVE)
        {
          m = mention_ending_at (ctx, w);
          if (m >= 0)
            {
              np.first = mention (ctx, m)->first;
              np.last = j + 1;
              np.valid = TRUE;
            }
          return np;
        }
      if (tk (ctx, w)->kind != SW_TOKEN_WORD && tk (ctx, w)->kind != SW_TOKEN_NUMBER)
        break;
      if (w < j && (in_list (ctx, w, adverbs) || (wflags (ctx, w) & SW_WORD_CUE)))
        break;
    }

  /* A bare plural: "sources said", "officials say". */
  {
    const SwToken *t = tk (ctx, j);
    const char *text = ctx->text->text;

    if ((text[t->end - 1] == 's' || text[t->end - 1] == 'S') && (j == s->first || is_boundary (ctx, j - 1)))
      {
        np.first = j;
        np.last = j + 1;
        np.valid = TRUE;
      }
  }

  return np;
}

/* The noun phrase that starts at @i: "Kristine Berzina", "the Kremlin",
 * "a spokesman for the campaign", "he". */
static Np
np_right (Ctx  *ctx,
          guint i)
{
  Np np = { 0, };
  const SwSentence *s;
  guint start = i;
  int m;
  char g;

  if (i >= ctx->text->tokens->len)
    return np;

  s = sentence_of (ctx, i);
  if (ctx->tflags[i] & TF_IN_DIRECT)
    return np;

  if (subject_pronoun (ctx, i, &g))
    {
      np.first = i;
      np.last = i + 1;
      np.pronoun = g;
      np.valid = TRUE;
      return np;
    }

  if (is_word (ctx, i, "the") && i + 1 < s->last)
    i++;

  m = mention_starting_at (ctx, i);
  if (m >= 0)
    {
      np.first = start;
      np.mentions[0] = m;
      np.n_mentions = 1;
      np.last = mention (ctx, m)->last;

      while (np.n_mentions < G_N_ELEMENTS (np.mentions) && np.last + 1 < s->last &&
             is_word (ctx, np.last, "and"))
        {
          int other = mention_starting_at (ctx, np.last + 1);

          if (other < 0 || mention (ctx, other)->kind != mention (ctx, m)->kind)
            break;
          np.mentions[np.n_mentions++] = other;
          np.last = mention (ctx, other)->last;
        }

      np.valid = TRUE;
      return np;
    }

  if (in_list (ctx, start, determiners) && !is_word (ctx, start, "that"))
    {
      guint k = start + 1;

      while (k < s->last && k - start < 7 && tk (ctx, k)->kind == SW_TOKEN_WORD &&
             !(wflags (ctx, k) & SW_WORD_CUE) && !is_word (ctx, k, "that"))
        k++;
      if (k > start + 1 && common_noun_head (ctx, k - 1))
        {
          np.first = start;
          np.last = k;
          np.valid = TRUE;
        }
      return np;
    }

  if (is_lowerish (ctx, start) && common_noun_head (ctx, start) && start + 1 <= s->last &&
      (start + 1 == s->last || tk (ctx, start + 1)->kind == SW_TOKEN_PUNCT))
    {
      const char *text = ctx->text->text;

      if (text[tk (ctx, start)->end - 1] == 's')
        {
          np.first = start;
          np.last = start + 1;
          np.valid = TRUE;
        }
    }

  return np;
}

/* Adverbials between a cue and its content: "said on Tuesday in a
 * Telegram message", "said on Fox News". Returns the first token after
 * them and records a medium. */
static guint
skip_post (Ctx    *ctx,
           guint   q,
           guint   end,
           char  **medium)
{
  static const char *const skip[] = {
    "also", "today", "yesterday", "earlier", "later", "recently", "publicly",
    "privately", "repeatedly", "again", "then", "now", "previously", "once",
    "flatly", "firmly", "bluntly", "simply", "late", "tonight", "separately",
    "shortly", "afterward", "afterwards", "last", "this", "week", "month", "year",
    "morning", "afternoon", "evening", "night", "ago", NULL
  };

  for (guint guard = 0; q < end && guard < 12; guard++)
    {
      if (in_list (ctx, q, skip) || (wflags (ctx, q) & SW_WORD_TIME) || tk (ctx, q)->kind == SW_TOKEN_NUMBER)
        {
          q++;
          continue;
        }

      if ((is_word (ctx, q, "on") || is_word (ctx, q, "at")) && q + 1 < end)
        {
          int m = mention_starting_at (ctx, q + 1);

          if (wflags (ctx, q + 1) & SW_WORD_TIME)
            {
              q += 2;
              continue;
            }
          if (m >= 0 && mention (ctx, m)->kind != SW_ACTOR_PERSON && mention (ctx, m)->kind != SW_ACTOR_PLACE)
            {
              if (medium != NULL && *medium == NULL)
                *medium = g_strdup (mention (ctx, m)->name);
              q = mention (ctx, m)->last;
              continue;
            }
        }

      if (is_word (ctx, q, "in") || is_word (ctx, q, "during") || is_word (ctx, q, "via") ||
          is_word (ctx, q, "on") || is_word (ctx, q, "through"))
        {
          guint k = q + 1, first;

          if (k < end && (is_word (ctx, k, "a") || is_word (ctx, k, "an") || is_word (ctx, k, "the") ||
                          is_word (ctx, k, "his") || is_word (ctx, k, "her") || is_word (ctx, k, "their") ||
                          is_word (ctx, k, "its")))
            k++;
          first = k;
          while (k < end && k - first < 6 && !(wflags (ctx, k) & SW_WORD_MEDIUM) &&
                 (tk (ctx, k)->kind == SW_TOKEN_WORD || tk (ctx, k)->kind == SW_TOKEN_QUOTE))
            k++;
          if (k < end && (wflags (ctx, k) & SW_WORD_MEDIUM) && is_lowerish (ctx, k))
            {
              /* "a written statement", "an interview with CNN" */
              if (medium != NULL && *medium == NULL)
                *medium = sw_mentions_token_text (ctx->text, first, k + 1);
              q = k + 1;
              if (q + 1 < end && (is_word (ctx, q, "with") || is_word (ctx, q, "on") || is_word (ctx, q, "to")))
                {
                  int m = mention_starting_at (ctx, q + 1);

                  if (m >= 0)
                    q = mention (ctx, m)->last;
                }
              continue;
            }
        }

      if (is_word (ctx, q, "to") && q + 1 < end &&
          (is_word (ctx, q + 1, "reporters") || is_word (ctx, q + 1, "journalists")))
        {
          q += 2;
          continue;
        }

      break;
    }

  return q;
}

/* Does a clause start at @q ("the plan will fail")? For belief verbs,
 * which otherwise take plain objects. */
static gboolean
clause_follows (Ctx  *ctx,
                guint q,
                guint end)
{
  static const char *const aux[] = {
    "will", "would", "is", "was", "are", "were", "could", "should", "can", "has",
    "have", "had", "must", "may", "might", "did", "does", "do", "won't", "wasn't",
    "isn't", "didn't", "doesn't", "aren't", "weren't", NULL
  };

  if (q >= end)
    return FALSE;
  if (is_word (ctx, q, "that"))
    return TRUE;

  for (guint k = q + 1; k < end && k - q < 8; k++)
    {
      if (tk (ctx, k)->kind == SW_TOKEN_PUNCT)
        return FALSE;
      if (in_list (ctx, k, aux))
        return TRUE;
    }

  return FALSE;
}

/* Candidates */

static Cand *
add_cand (Ctx         *ctx,
          SwQuoteKind  kind,
          guint        c_first,
          guint        c_last)
{
  Cand c = { 0, };

  c.kind = kind;
  c.c_first = c_first;
  c.c_last = c_last;
  c.pos = c_first;
  c.same_as = -1;
  c.addressee = -1;
  c.dquote = -1;
  c.speakers = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (ctx->cands, c);

  return &g_array_index (ctx->cands, Cand, ctx->cands->len - 1);
}

static void
set_cue (Ctx   *ctx,
         Cand  *c,
         guint  first,
         guint  n)
{
  c->cue_first = first;
  c->cue_last = first + n;
  for (guint i = first; i < first + n; i++)
    ctx->tflags[i] |= TF_CUE_USED;
}

/* Trims punctuation and "that" off content tokens. */
static gboolean
trim_content (Ctx   *ctx,
              guint *first,
              guint *last)
{
  while (*first < *last &&
         ((tk (ctx, *first)->kind == SW_TOKEN_PUNCT && tk (ctx, *first)->ch != '$') ||
          is_word (ctx, *first, "that")))
    (*first)++;
  while (*last > *first && tk (ctx, *last - 1)->kind == SW_TOKEN_PUNCT && tk (ctx, *last - 1)->ch != ')' &&
         tk (ctx, *last - 1)->ch != '%')
    (*last)--;

  return *last > *first + 1;
}

/* Pass 1: quotation marks */

static void
record_dquote (Ctx     *ctx,
               guint    open,
               guint    close,
               gboolean closed)
{
  DQuote dq = { open, close, closed, FALSE, -1 };

  if (close <= open + 1)
    return;

  for (guint i = open; i <= close && i < ctx->text->tokens->len; i++)
    ctx->tflags[i] |= TF_IN_DIRECT;

  g_array_append_val (ctx->dquotes, dq);
}

static void
pair_quotes (Ctx *ctx)
{
  guint n = ctx->text->tokens->len;
  int open = -1;
  guint depth = 0;

  for (guint i = 0; i < n; i++)
    {
      const SwToken *t = tk (ctx, i);
      gboolean para_end = i + 1 == n || (tk (ctx, i + 1)->flags & SW_TOKEN_PARA_START);

      if (t->kind == SW_TOKEN_QUOTE && !(t->quote & SW_QUOTE_SINGLE))
        {
          if (open < 0)
            {
              if (t->quote & SW_QUOTE_OPEN)
                {
                  open = i;
                  depth = 0;
                }
            }
          else if ((t->quote & SW_QUOTE_OPEN) && !(t->quote & SW_QUOTE_CLOSE) && t->ch != tk (ctx, open)->ch + 1 &&
                   depth < 4 && !para_end)
            depth++;
          else if (t->quote & SW_QUOTE_CLOSE)
            {
              if (depth > 0)
                depth--;
              else
                {
                  record_dquote (ctx, open, i, TRUE);
                  open = -1;
                }
            }
        }

      if (para_end && open >= 0)
        {
          /* An opening mark at the start of the next paragraph continues
           * the quote; anything else ends it here. */
          if (i + 1 < n && tk (ctx, i + 1)->kind == SW_TOKEN_QUOTE && (tk (ctx, i + 1)->quote & SW_QUOTE_OPEN) &&
              !(tk (ctx, i + 1)->quote & SW_QUOTE_SINGLE))
            {
              record_dquote (ctx, open, i + 1, FALSE);
              open = i + 1;
              depth = 0;
              i++;
              continue;
            }
          record_dquote (ctx, open, i + 1, FALSE);
          open = -1;
        }
    }
}

/* Pass 2: direct quotes */

static gboolean
attribute_after (Ctx    *ctx,
                 DQuote *dq,
                 int     index)
{
  guint n = ctx->text->tokens->len;
  guint k = dq->close + (dq->closed ? 1 : 0);
  guint end, cue_at = 0, cue_n = 0;
  const SwCue *cue;
  Np np = { 0, };
  Cand *c;
  char *medium = NULL;

  if (k >= n || (tk (ctx, k)->flags & SW_TOKEN_PARA_START))
    return FALSE;

  end = sentence_of (ctx, k)->last;
  for (guint j = k; j < end; j++)
    if (ctx->tflags[j] & TF_IN_DIRECT)
      {
        end = j;
        break;
      }

  while (k < end && (is_punct (ctx, k, ',') || is_punct (ctx, k, 0x2014) || is_punct (ctx, k, 0x2013)))
    k++;
  if (k >= end)
    return FALSE;

  cue = match_cue (ctx, k, &cue_n);
  if (cue != NULL && !(cue->flags & (SW_CUE_PREP | SW_CUE_GERUND)))
    {
      guint q = skip_post (ctx, k + cue_n, end, &medium);

      np = np_right (ctx, q);
      cue_at = k;
    }
  else
    {
      Np subject = np_right (ctx, k);

      if (subject.valid)
        {
          guint q = skip_post (ctx, subject.last, end, NULL);

          for (guint guard = 0; q < end && guard < 4 && in_list (ctx, q, adverbs); guard++)
            q++;
          cue = match_cue (ctx, q, &cue_n);
          if (cue != NULL && !(cue->flags & SW_CUE_PREP))
            {
              np = subject;
              cue_at = q;
            }
        }
    }

  if (!np.valid)
    {
      g_free (medium);
      return FALSE;
    }

  c = add_cand (ctx, SW_QUOTE_DIRECT, dq->open + 1, dq->close);
  c->np = np;
  c->source = SPEAKER_NP;
  c->dquote = index;
  c->medium = medium;
  set_cue (ctx, c, cue_at, cue_n);

  {
    guint q = skip_post (ctx, MAX (cue_at + cue_n, np.last), end, &c->medium);

    if ((cue->flags & SW_CUE_ADDRESSEE) && q < end)
      c->addressee = mention_starting_at (ctx, q) >= 0 ? mention_starting_at (ctx, q) :
                     (is_word (ctx, q, "the") ? mention_starting_at (ctx, q + 1) : -1);
  }

  return TRUE;
}

static gboolean
attribute_before (Ctx    *ctx,
                  DQuote *dq,
                  int     index)
{
  guint j = dq->open;
  guint floor;
  const SwSentence *s;
  Cand *c;

  if (j == 0)
    return FALSE;

  j--;
  /* "Caddell continued:" closing the previous paragraph */
  if (!is_punct (ctx, j, ':') && !is_punct (ctx, j, ','))
    {
      if (tk (ctx, dq->open)->flags & SW_TOKEN_PARA_START)
        return FALSE;
      j++;
    }
  else if ((tk (ctx, dq->open)->flags & SW_TOKEN_PARA_START) && !is_punct (ctx, j, ':'))
    return FALSE;

  s = sentence_of (ctx, j > 0 ? j - 1 : 0);
  floor = s->first;

  for (guint k = j; k > floor && j - k < 8; k--)
    {
      guint ci = k - 1, cue_n = 0;
      const SwCue *cue;
      Np np;
      char *medium = NULL;

      if (ctx->tflags[ci] & TF_IN_DIRECT)
        break;

      cue = match_cue (ctx, ci, &cue_n);
      if (cue == NULL)
        continue;
      /* Without a colon or comma, only "X said “…”" right before the mark. */
      if (j == dq->open && ci + cue_n != j)
        return FALSE;

      if (cue->flags & SW_CUE_PREP)
        np = np_right (ctx, ci + cue_n);
      else
        np = np_left (ctx, ci);

      if (!np.valid)
        return FALSE;

      c = add_cand (ctx, SW_QUOTE_DIRECT, dq->open + 1, dq->close);
      c->np = np;
      c->source = SPEAKER_NP;
      c->dquote = index;
      set_cue (ctx, c, ci, cue_n);
      skip_post (ctx, ci + cue_n, j, &medium);
      c->medium = medium;
      if ((cue->flags & SW_CUE_ADDRESSEE) && ci + cue_n < j)
        c->addressee = mention_starting_at (ctx, ci + cue_n);
      return TRUE;
    }

  return FALSE;
}

static guint
quote_words (Ctx          *ctx,
             const DQuote *dq)
{
  guint words = 0;

  for (guint i = dq->open + 1; i < dq->close && words < 8; i++)
    if (tk (ctx, i)->kind == SW_TOKEN_WORD)
      words++;

  return words;
}

static void
find_direct (Ctx *ctx)
{
  for (guint d = 0; d < ctx->dquotes->len; d++)
    {
      DQuote *dq = &g_array_index (ctx->dquotes, DQuote, d);
      gboolean ends_clause;
      const SwToken *before = dq->close > dq->open + 1 ? tk (ctx, dq->close - 1) : NULL;

      /* “… ,” invites the attribution after; “… .” more often before. */
      ends_clause = before != NULL && before->kind == SW_TOKEN_PUNCT && before->ch == '.';

      /* Two or three words in marks are a phrase, not a statement. */
      if (quote_words (ctx, dq) < 4)
        continue;

      if (ends_clause)
        dq->taken = attribute_before (ctx, dq, d) || attribute_after (ctx, dq, d);
      else
        dq->taken = attribute_after (ctx, dq, d) || attribute_before (ctx, dq, d);

      if (dq->taken)
        dq->cand = ctx->cands->len - 1;
    }
}

/* "Pat Caddell: Democrat voters worried …" opening a paragraph */
static void
find_headline (Ctx *ctx)
{
  guint n = ctx->text->tokens->len;

  for (guint i = 0; i < n; i++)
    {
      int m;
      guint colon, end;
      Cand *c;

      if (!(tk (ctx, i)->flags & SW_TOKEN_PARA_START))
        continue;

      m = mention_starting_at (ctx, i);
      if (m < 0 || mention (ctx, m)->kind != SW_ACTOR_PERSON || mention (ctx, m)->name == NULL)
        continue;

      colon = mention (ctx, m)->last;
      if (!is_punct (ctx, colon, ':') || (ctx->tflags[colon] & TF_IN_DIRECT))
        continue;

      end = colon + 1;
      while (end < n && !(tk (ctx, end)->flags & SW_TOKEN_PARA_START) && end - colon < SW_TEXT_MAX_SENTENCE)
        end++;

      c = add_cand (ctx, SW_QUOTE_DIRECT, colon + 1, end);
      if (!trim_content (ctx, &c->c_first, &c->c_last))
        {
          c->dropped = TRUE;
          continue;
        }
      c->np.first = i;
      c->np.last = colon;
      c->np.mentions[0] = m;
      c->np.n_mentions = 1;
      c->np.valid = TRUE;
      c->source = SPEAKER_NP;
      set_cue (ctx, c, colon, 1);
    }
}

/* Pass 3: indirect quotes */

static int
last_cand_in_sentence (Ctx   *ctx,
                       guint  before,
                       const SwSentence *s)
{
  for (int k = ctx->cands->len - 1; k >= 0; k--)
    {
      const Cand *c = &g_array_index (ctx->cands, Cand, k);

      if (c->dropped || c->cue_last == 0)
        continue;
      if (c->cue_first >= s->first && c->cue_first < before && c->source != SPEAKER_NONE)
        return k;
      if (c->cue_first < s->first)
        break;
    }

  return -1;
}

/* Where the clause before a trailing attribution starts. */
static guint
clause_start (Ctx   *ctx,
              guint  first,
              guint  end)
{
  guint start = first;

  for (guint k = first; k < end; k++)
    if (is_punct (ctx, k, ':') || (ctx->tflags[k] & TF_IN_DIRECT && !(ctx->tflags[end > 0 ? end - 1 : 0] & TF_IN_DIRECT)))
      start = k + 1;

  return start;
}

/* The end of the content that starts at @q: the sentence, or for
 * object-taking cues the clause. */
static guint
content_end (Ctx      *ctx,
             guint     q,
             guint     end,
             gboolean  clause_only)
{
  for (guint k = q; k < end; k++)
    {
      if (clause_only && is_punct (ctx, k, ',') && k + 1 < end &&
          (is_word (ctx, k + 1, "but") || is_word (ctx, k + 1, "and") || is_word (ctx, k + 1, "while") ||
           match_cue (ctx, k + 1, &(guint){ 0 }) != NULL))
        return k;
      if (clause_only && is_punct (ctx, k, ';'))
        return k;
    }

  return end;
}

static void
mark_mixed (Ctx  *ctx,
            Cand *c)
{
  for (guint d = 0; d < ctx->dquotes->len; d++)
    {
      DQuote *dq = &g_array_index (ctx->dquotes, DQuote, d);

      if (dq->open >= c->c_first && dq->close < c->c_last + 1)
        {
          c->kind = SW_QUOTE_MIXED;
          if (!dq->taken)
            dq->taken = TRUE;
        }
    }
}

static void
indirect_at (Ctx              *ctx,
             const SwSentence *s,
             guint             i,
             const SwCue      *cue,
             guint             cue_n)
{
  guint after = i + cue_n;
  guint end = s->last;
  guint q;
  Np np = { 0, };
  Np right = { 0, };
  Cand *c;
  char *medium = NULL;
  int same_as = -1, addressee = -1;
  gboolean before_content = FALSE;
  guint c_first, c_last;

  /* "the report", "a statement", "his call": nouns, not cues */
  if (i > s->first && in_list (ctx, i - 1, determiners) && !(cue->flags & SW_CUE_PREP))
    return;
  if (cue->flags & SW_CUE_DIRECT)
    return;

  while (end > after && tk (ctx, end - 1)->kind == SW_TOKEN_PUNCT)
    end--;
  for (guint k = after; k < end; k++)
    if ((ctx->tflags[k] & TF_IN_DIRECT) && !(tk (ctx, k)->kind == SW_TOKEN_QUOTE && (tk (ctx, k)->quote & SW_QUOTE_OPEN)))
      {
        /* a quote after the cue that is already somebody's: stop there */
        const DQuote *dq = NULL;

        for (guint d = 0; d < ctx->dquotes->len; d++)
          if (g_array_index (ctx->dquotes, DQuote, d).open < k && g_array_index (ctx->dquotes, DQuote, d).close >= k)
            dq = &g_array_index (ctx->dquotes, DQuote, d);
        if (dq != NULL && dq->taken)
          {
            end = dq->open;
            break;
          }
      }

  if (cue->flags & SW_CUE_PREP)
    {
      np = np_right (ctx, after);
      if (!np.valid)
        return;
      if (i == s->first || (i == s->first + 1 && is_boundary (ctx, s->first)) ||
          (i > s->first && is_punct (ctx, i - 1, ',') && clause_start (ctx, s->first, i) >= i - 1))
        {
          c_first = np.last;
          c_last = end;
        }
      else
        {
          c_first = clause_start (ctx, s->first, i);
          c_last = i;
        }
      goto emit;
    }

  if ((cue->flags & SW_CUE_GERUND) && i > s->first && is_punct (ctx, i - 1, ','))
    {
      /* "…, stressing that …": the subject of the sentence speaks. */
      same_as = last_cand_in_sentence (ctx, i, s);
      if (same_as < 0)
        return;
      c_first = skip_post (ctx, after, end, &medium);
      c_last = end;
      goto emit;
    }

  np = np_left (ctx, i);

  /* "Ukraine, which Trump had described as …": the content is elsewhere */
  if (np.valid && np.first > s->first && (is_word (ctx, np.first - 1, "which") || is_word (ctx, np.first - 1, "whom")))
    return;

  if (!np.valid)
    {
      guint p = i;

      while (p > s->first && in_list (ctx, p - 1, adverbs))
        p--;
      if (p > s->first && (is_word (ctx, p - 1, "and") || is_word (ctx, p - 1, "but")))
        {
          /* "… and reiterated his demand that …" */
          same_as = last_cand_in_sentence (ctx, i, s);
          if (same_as < 0)
            return;
        }
      else if ((cue->flags & SW_CUE_INVERTS) && p > s->first &&
               (is_punct (ctx, p - 1, ',') || is_punct (ctx, p - 1, 0x2014)))
        {
          /* "…, said Kristine Berzina, managing director of …" */
          guint r = skip_post (ctx, after, s->last, &medium);

          right = np_right (ctx, r);
          if (!right.valid)
            {
              g_free (medium);
              return;
            }
          np = right;
          c_first = clause_start (ctx, s->first, p - 1);
          c_last = p - 1;
          before_content = TRUE;
          goto emit;
        }
      else
        return;
    }

  q = skip_post (ctx, after, end, &medium);

  /* "the phone call, …": a noun after all */
  if (np.n_mentions == 0 && np.pronoun == 0 && q < end && is_punct (ctx, q, ',') &&
      !(q + 1 < s->last && (ctx->tflags[q + 1] & TF_IN_DIRECT)))
    {
      g_free (medium);
      return;
    }
  if ((cue->flags & SW_CUE_OBJECT) && np.n_mentions == 0 && np.pronoun == 0)
    {
      g_free (medium);
      return;
    }

  if (cue->flags & SW_CUE_ADDRESSEE)
    {
      int m = mention_starting_at (ctx, q);

      if (m < 0 && q < end && is_word (ctx, q, "the"))
        m = mention_starting_at (ctx, q + 1);
      if (m >= 0)
        {
          addressee = m;
          q = mention (ctx, m)->last;
        }
      else
        {
          Np obj = np_right (ctx, q);

          if (obj.valid)
            q = obj.last;
          else if (q < end && (wflags (ctx, q) & SW_WORD_PRONOUN))
            q++;
        }
      q = skip_post (ctx, q, end, &medium);
    }

  if (q >= end)
    {
      /* "…, the Kremlin said." */
      if (!np.valid || np.first <= s->first || !is_punct (ctx, np.first - 1, ','))
        {
          g_free (medium);
          return;
        }
      c_first = clause_start (ctx, s->first, np.first - 1);
      c_last = np.first - 1;
      before_content = TRUE;
      goto emit;
    }

  if ((is_punct (ctx, q, ':') || is_punct (ctx, q, ',')) && q + 1 < s->last && (ctx->tflags[q + 1] & TF_IN_DIRECT))
    {
      g_free (medium);
      return;
    }

  if ((cue->flags & SW_CUE_WEAK) && !clause_follows (ctx, q, end))
    {
      g_free (medium);
      return;
    }

  if ((cue->flags & SW_CUE_OBJECT) && (is_word (ctx, q, "for") || is_word (ctx, q, "on") || is_word (ctx, q, "as")))
    q++;

  c_first = q;
  c_last = content_end (ctx, q, end, (cue->flags & SW_CUE_OBJECT) != 0);

emit:
  if (!trim_content (ctx, &c_first, &c_last))
    {
      g_free (medium);
      return;
    }

  /* A direct quote already covers this content. */
  if ((ctx->tflags[c_first] & TF_IN_DIRECT) && (ctx->tflags[c_last - 1] & TF_IN_DIRECT) && before_content)
    {
      g_free (medium);
      return;
    }

  c = add_cand (ctx, SW_QUOTE_INDIRECT, c_first, c_last);
  c->pos = MIN (c_first, i);
  c->medium = medium;
  c->addressee = addressee;
  set_cue (ctx, c, i, cue_n);
  if (same_as >= 0)
    {
      c->source = SPEAKER_SAME_AS;
      c->same_as = same_as;
    }
  else
    {
      c->source = SPEAKER_NP;
      c->np = np;
    }
  mark_mixed (ctx, c);
}

static void
find_indirect (Ctx *ctx)
{
  const SwText *text = ctx->text;

  for (guint si = 0; si < text->sentences->len; si++)
    {
      const SwSentence *s = &g_array_index (text->sentences, SwSentence, si);

      for (guint i = s->first; i < s->last; i++)
        {
          guint cue_n = 0;
          const SwCue *cue = match_cue (ctx, i, &cue_n);

          if (cue != NULL)
            indirect_at (ctx, s, i, cue, cue_n);
        }
    }
}

/* Pass 4: speakers */

typedef struct
{
  int    last_cand;   /* the latest quote with speakers */
} Resolver;

static gboolean
gender_fits (SwActorInfo *info,
             char         gender)
{
  if (info->actor->kind != SW_ACTOR_PERSON && info->actor->kind != SW_ACTOR_OTHER)
    return FALSE;
  return info->gender == 0 || gender == 0 || info->gender == gender;
}

static SwActorKind
actor_info_kind (Ctx *ctx,
                 int  actor)
{
  return ((SwActorInfo *)g_ptr_array_index (ctx->mentions->actors, actor))->actor->kind;
}

static int
first_mention_before (Ctx  *ctx,
                      guint pos)
{
  GArray *ms = ctx->mentions->mentions;
  guint lo = 0, hi = ms->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (ms, SwMention, mid).first < pos)
        lo = mid + 1;
      else
        hi = mid;
    }

  return (int)lo - 1;
}

static int
resolve_pronoun (Ctx      *ctx,
                 Resolver *r,
                 guint     pos,
                 char      gender)
{
  GArray *ms = ctx->mentions->mentions;
  guint sent = g_array_index (ctx->text->sent_of, guint, pos);
  guint para = para_of (ctx, pos);
  int m = first_mention_before (ctx, pos);

  if (gender == 's' || gender == 0)
    return SW_NO_INDEX;

  if (gender == 'p' || gender == 'n')
    {
      if (r->last_cand >= 0)
        {
          const Cand *c = &g_array_index (ctx->cands, Cand, r->last_cand);

          if (para_of (ctx, c->pos) + 2 >= para && c->speakers->len > 0 &&
              (gender == 'n' || c->speakers->len > 1 ||
               actor_info_kind (ctx, g_array_index (c->speakers, int, 0)) != SW_ACTOR_PERSON))
            return g_array_index (c->speakers, int, 0);
        }
      for (int k = m; k >= 0 && para_of (ctx, g_array_index (ms, SwMention, k).first) + 1 >= para; k--)
        {
          const SwMention *x = &g_array_index (ms, SwMention, k);

          if (x->actor >= 0 && (ctx->tflags[x->first] & (TF_IN_DIRECT | TF_IN_CONTENT)) == 0 &&
              (x->kind == SW_ACTOR_ORGANIZATION || x->kind == SW_ACTOR_GROUP))
            return x->actor;
        }
      return SW_NO_INDEX;
    }

  /* The nearest fitting person in this or the previous sentence, outside
   * anything quoted; then the last speaker; then further back. */
  for (int k = m; k >= 0; k--)
    {
      const SwMention *x = &g_array_index (ms, SwMention, k);
      guint xs = g_array_index (ctx->text->sent_of, guint, x->first);

      if (xs + 1 < sent)
        break;
      if (x->actor < 0 || (ctx->tflags[x->first] & (TF_IN_DIRECT | TF_IN_CONTENT)))
        continue;
      if (gender_fits (g_ptr_array_index (ctx->mentions->actors, x->actor), gender))
        return x->actor;
    }

  if (r->last_cand >= 0)
    {
      const Cand *c = &g_array_index (ctx->cands, Cand, r->last_cand);

      if (para_of (ctx, c->pos) + 3 >= para && c->speakers->len == 1 &&
          gender_fits (g_ptr_array_index (ctx->mentions->actors, g_array_index (c->speakers, int, 0)), gender))
        return g_array_index (c->speakers, int, 0);
    }

  for (int k = m; k >= 0; k--)
    {
      const SwMention *x = &g_array_index (ms, SwMention, k);

      if (para_of (ctx, x->first) + 3 < para)
        break;
      if (x->actor < 0 || (ctx->tflags[x->first] & (TF_IN_DIRECT | TF_IN_CONTENT)))
        continue;
      if (gender_fits (g_ptr_array_index (ctx->mentions->actors, x->actor), gender))
        return x->actor;
    }

  return SW_NO_INDEX;
}

static void
add_speaker (Cand *c,
             int   actor)
{
  if (actor < 0)
    return;

  for (guint i = 0; i < c->speakers->len; i++)
    if (g_array_index (c->speakers, int, i) == actor)
      return;

  g_array_append_val (c->speakers, actor);
}

static void
mark_content (Ctx        *ctx,
              const Cand *c)
{
  for (guint i = c->c_first; i < c->c_last; i++)
    ctx->tflags[i] |= TF_IN_CONTENT;
}

static int
compare_cands (gconstpointer a,
               gconstpointer b)
{
  const Cand *x = a, *y = b;

  if (x->pos != y->pos)
    return x->pos < y->pos ? -1 : 1;
  return (int)x->c_first - (int)y->c_first;
}

/* A quote nobody is named for: the continuation of the quote before it
 * (“…,” said X. “…”), a paragraph-long continuation, or a scare quote. */
static void
attach_unattributed (Ctx *ctx)
{
  for (guint d = 0; d < ctx->dquotes->len; d++)
    {
      DQuote *dq = &g_array_index (ctx->dquotes, DQuote, d);
      guint words = 0;
      Cand *c;

      if (dq->taken)
        continue;

      for (guint i = dq->open + 1; i < dq->close; i++)
        if (tk (ctx, i)->kind == SW_TOKEN_WORD)
          words++;

      /* “very small step”: a phrase in quotation marks, not a quote */
      if (words < 4)
        continue;

      c = add_cand (ctx, SW_QUOTE_DIRECT, dq->open + 1, dq->close);
      c->dquote = d;
      c->source = SPEAKER_NONE;
    }
}

static void
resolve_speakers (Ctx *ctx)
{
  Resolver r = { -1 };
  int last_direct = -1;

  g_array_sort (ctx->cands, compare_cands);

  for (guint k = 0; k < ctx->cands->len; k++)
    {
      Cand *c = &g_array_index (ctx->cands, Cand, k);

      if (c->dropped)
        continue;

      if (c->source == SPEAKER_NONE && c->dquote >= 0)
        {
          /* Continue the last direct quote when it is in this paragraph or
           * the one before; else inherit a nearby speaker. */
          if (last_direct >= 0)
            {
              Cand *prev = &g_array_index (ctx->cands, Cand, last_direct);

              if (para_of (ctx, prev->c_first) + 1 >= para_of (ctx, c->c_first) &&
                  prev->c_last <= c->c_first && prev->speakers->len > 0)
                {
                  prev->c_last = c->c_last;
                  mark_content (ctx, prev);
                  c->dropped = TRUE;
                  continue;
                }
            }
          if (r.last_cand >= 0)
            {
              const Cand *prev = &g_array_index (ctx->cands, Cand, r.last_cand);

              if (para_of (ctx, prev->pos) + 1 >= para_of (ctx, c->c_first))
                for (guint i = 0; i < prev->speakers->len; i++)
                  add_speaker (c, g_array_index (prev->speakers, int, i));
            }
        }
      else if (c->source == SPEAKER_SAME_AS)
        {
          /* same_as indexes the unsorted array; find it by cue position */
          for (guint j = 0; j < k; j++)
            {
              const Cand *o = &g_array_index (ctx->cands, Cand, j);

              if (!o->dropped && o->cue_last > 0 && o->speakers->len > 0 &&
                  sentence_of (ctx, o->cue_first) == sentence_of (ctx, c->cue_first) &&
                  o->cue_first < c->cue_first)
                {
                  g_array_set_size (c->speakers, 0);
                  for (guint i = 0; i < o->speakers->len; i++)
                    add_speaker (c, g_array_index (o->speakers, int, i));
                  c->np = o->np;
                }
            }
        }
      else if (c->np.pronoun != 0)
        {
          int a = resolve_pronoun (ctx, &r, c->np.first, c->np.pronoun);

          if (a >= 0)
            {
              SwActorInfo *info = g_ptr_array_index (ctx->mentions->actors, a);
              SwSpan span = { tk (ctx, c->np.first)->start, tk (ctx, c->np.first)->end };

              add_speaker (c, a);
              info->spoke = TRUE;
              if (info->gender == 0 && (c->np.pronoun == 'm' || c->np.pronoun == 'f'))
                info->gender = c->np.pronoun;
              if (info->actor != NULL)
                g_array_append_val (info->actor->mentions, span);
            }
        }
      else
        {
          for (guint i = c->np.n_mentions; i > 0; i--)
            add_speaker (c, sw_mentions_actor_for (ctx->mentions, c->np.mentions[i - 1], TRUE));
        }

      mark_content (ctx, c);
      if (c->speakers->len > 0)
        r.last_cand = k;
      if (c->kind == SW_QUOTE_DIRECT)
        last_direct = k;
      if (c->addressee >= 0)
        sw_mentions_actor_for (ctx->mentions, c->addressee, FALSE);
    }
}

/* Pass 5: relations */

typedef struct
{
  GHashTable *index;  /* "source/target/kind" → relation index + 1 */
} Relations;

static void
relate (SwExtraction   *out,
        Relations      *rel,
        int             source,
        int             target,
        SwRelationKind  kind,
        int             quote)
{
  char key[64];
  int index;
  SwRelation *r;

  if (source < 0 || target < 0 || source == target)
    return;

  /* Talks have no direction: one edge per pair. */
  if (kind == SW_RELATION_SPOKE_WITH && source > target)
    {
      int t = source;

      source = target;
      target = t;
    }

  g_snprintf (key, sizeof key, "%d/%d/%d", source, target, kind);
  index = GPOINTER_TO_INT (g_hash_table_lookup (rel->index, key)) - 1;
  if (index < 0)
    {
      r = sw_relation_new (source, target, kind);
      g_ptr_array_add (out->relations, r);
      index = out->relations->len - 1;
      g_hash_table_insert (rel->index, g_strdup (key), GINT_TO_POINTER (index + 1));
    }
  r = g_ptr_array_index (out->relations, index);
  r->weight++;
  if (quote >= 0 && (r->quotes->len == 0 || g_array_index (r->quotes, int, r->quotes->len - 1) != quote))
    g_array_append_val (r->quotes, quote);
}

static int
remapped (GArray *remap,
          int     actor)
{
  if (actor < 0 || (guint)actor >= remap->len)
    return SW_NO_INDEX;
  return g_array_index (remap, int, actor);
}

static gboolean
talk_party (Ctx *ctx,
            int  m)
{
  const SwMention *x = mention (ctx, m);
  SwActorKind kind;

  if (x->actor < 0)
    return FALSE;

  kind = actor_info_kind (ctx, x->actor);
  return kind == SW_ACTOR_PERSON || kind == SW_ACTOR_ORGANIZATION || kind == SW_ACTOR_OTHER;
}

/* "talks with X", "a call with X", "met X": pairs of actor indices. Run
 * before the actors are emitted, so unknown names that meet count as
 * people. */
static void
find_spoke_with (Ctx    *ctx,
                 GArray *pairs)
{
  static const char *const talk[] = {
    "talks", "talk", "talked", "talking", "call", "calls", "conversation",
    "conversations", "meeting", "meetings", "met", "meets", "spoke", "speaks",
    "negotiations", "summit", "discussion", "discussions", "phoned", NULL
  };
  const SwText *text = ctx->text;

  for (guint si = 0; si < text->sentences->len; si++)
    {
      const SwSentence *s = &g_array_index (text->sentences, SwSentence, si);

      for (guint i = s->first; i < s->last; i++)
        {
          guint w = i + 1;
          int b, a = -1;

          if (tk (ctx, i)->kind != SW_TOKEN_WORD || !is_lowerish (ctx, i) || !in_list (ctx, i, talk) ||
              (ctx->tflags[i] & TF_IN_DIRECT))
            continue;

          if (w < s->last && is_word (ctx, w, "with"))
            w++;
          else if (!is_word (ctx, i, "met") && !is_word (ctx, i, "phoned"))
            continue;
          if (w < s->last && is_word (ctx, w, "the"))
            w++;

          b = mention_starting_at (ctx, w);
          if (b < 0 || !talk_party (ctx, b))
            continue;

          for (int k = first_mention_before (ctx, i); k >= 0; k--)
            {
              const SwMention *x = mention (ctx, k);

              if (x->first < s->first)
                break;
              if (x->actor != mention (ctx, b)->actor && talk_party (ctx, k) &&
                  !(ctx->tflags[x->first] & TF_IN_DIRECT))
                {
                  a = k;
                  break;
                }
            }

          if (a < 0)
            continue;

          for (guint e = 0; e < 2; e++)
            {
              int actor = mention (ctx, e == 0 ? a : b)->actor;
              SwActorInfo *info = g_ptr_array_index (ctx->mentions->actors, actor);

              info->spoke = TRUE;
              if (info->actor->kind == SW_ACTOR_OTHER)
                info->actor->kind = SW_ACTOR_PERSON;
              g_array_append_val (pairs, actor);
            }
        }
    }
}

static void
emit (Ctx          *ctx,
      SwExtraction *out)
{
  g_autoptr(GArray) remap = g_array_new (FALSE, TRUE, sizeof (int));
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (int));
  Relations rel;

  find_spoke_with (ctx, pairs);
  sw_mentions_emit_actors (ctx->mentions, out, remap);
  rel.index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint k = 0; k < ctx->cands->len; k++)
    {
      Cand *c = &g_array_index (ctx->cands, Cand, k);
      SwQuote *q;
      int qi;
      int from, to;

      if (c->dropped)
        continue;

      q = sw_quote_new (c->kind);
      q->content.start = tk (ctx, c->c_first)->start;
      q->content.end = tk (ctx, c->c_last - 1)->end;
      if (c->cue_last > c->cue_first)
        {
          q->has_cue = TRUE;
          q->cue.start = tk (ctx, c->cue_first)->start;
          q->cue.end = tk (ctx, c->cue_last - 1)->end;
        }
      if (c->np.valid)
        {
          q->has_speaker_mention = TRUE;
          q->speaker_mention.start = tk (ctx, c->np.first)->start;
          q->speaker_mention.end = tk (ctx, c->np.last - 1)->end;
        }
      for (guint i = 0; i < c->speakers->len; i++)
        {
          int a = remapped (remap, g_array_index (c->speakers, int, i));

          if (a >= 0)
            g_array_append_val (q->speakers, a);
        }
      if (c->addressee >= 0)
        q->addressee = remapped (remap, mention (ctx, c->addressee)->actor);
      q->medium = g_steal_pointer (&c->medium);

      g_ptr_array_add (out->quotes, q);
      qi = out->quotes->len - 1;

      for (guint i = 0; i < q->speakers->len; i++)
        {
          int sp = g_array_index (q->speakers, int, i);

          relate (out, &rel, sp, q->addressee, SW_RELATION_TOLD, qi);
          for (guint j = i + 1; j < q->speakers->len; j++)
            relate (out, &rel, sp, g_array_index (q->speakers, int, j), SW_RELATION_JOINT_STATEMENT, qi);
        }

      /* said_about: the actors the content names */
      from = first_mention_before (ctx, c->c_first) + 1;
      to = first_mention_before (ctx, c->c_last);
      for (int m = from; m <= to && m >= 0; m++)
        {
          int a = remapped (remap, mention (ctx, m)->actor);
          gboolean self_ref = FALSE;

          if (a < 0 || mention (ctx, m)->first < c->c_first)
            continue;
          if (((SwActor *)g_ptr_array_index (out->actors, a))->kind == SW_ACTOR_OTHER)
            continue;
          for (guint i = 0; i < q->speakers->len; i++)
            self_ref |= g_array_index (q->speakers, int, i) == a;
          if (self_ref)
            continue;
          for (guint i = 0; i < q->speakers->len; i++)
            relate (out, &rel, g_array_index (q->speakers, int, i), a, SW_RELATION_SAID_ABOUT, qi);
        }
    }

  for (guint i = 0; i + 1 < pairs->len; i += 2)
    relate (out, &rel, remapped (remap, g_array_index (pairs, int, i)),
            remapped (remap, g_array_index (pairs, int, i + 1)), SW_RELATION_SPOKE_WITH, -1);

  g_hash_table_unref (rel.index);
}

static void
cand_clear (gpointer data)
{
  Cand *c = data;

  g_clear_pointer (&c->speakers, g_array_unref);
  g_clear_pointer (&c->medium, g_free);
}

void
sw_attribution_extract (SwDocument   *document,
                        SwExtraction *out)
{
  g_autoptr(SwText) text = NULL;
  g_autoptr(SwMentions) mentions = NULL;
  g_autofree guint8 *tflags = NULL;
  g_autoptr(GArray) dquotes = NULL;
  g_autoptr(GArray) cands = NULL;
  Ctx ctx;

  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (out != NULL);

  text = sw_text_new (sw_document_get_text (document), sw_document_get_size (document));
  if (text->tokens->len == 0)
    return;

  mentions = sw_mentions_new (text);
  sw_mentions_find (mentions);
  sw_mentions_resolve (mentions);

  tflags = g_new0 (guint8, text->tokens->len + 1);
  dquotes = g_array_new (FALSE, FALSE, sizeof (DQuote));
  cands = g_array_new (FALSE, FALSE, sizeof (Cand));
  g_array_set_clear_func (cands, cand_clear);

  ctx.text = text;
  ctx.mentions = mentions;
  ctx.tflags = tflags;
  ctx.dquotes = dquotes;
  ctx.cands = cands;

  pair_quotes (&ctx);
  find_headline (&ctx);
  find_direct (&ctx);
  find_indirect (&ctx);
  attach_unattributed (&ctx);
  resolve_speakers (&ctx);
  emit (&ctx, out);
}
