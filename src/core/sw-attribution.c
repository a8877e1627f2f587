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
#include "sw-timex-lexicon.h"

enum
{
  TF_IN_DIRECT  = 1 << 0,  /* inside a direct quote, marks included */
  TF_CUE_USED   = 1 << 1,
  TF_IN_CONTENT = 1 << 2,  /* inside the content of an accepted quote */
  TF_IN_TIMEX   = 1 << 3,  /* inside a temporal expression */
};

typedef struct
{
  guint  first;          /* tokens */
  guint  last;
  int    mentions[4];
  guint  n_mentions;
  char   pronoun;        /* gender letter when the speaker is a pronoun */
  char   joined;         /* gender letter of a pronoun joined to the names:
                          * "she and Senator Arjun Pell" */
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
  guint          same_as;        /* for SPEAKER_SAME_AS: the cue token of that quote */
  int            addressee;      /* mention index or -1 */
  char          *medium;
  int            dquote;         /* the direct quote it comes from, or -1 */
  gboolean       dropped;
  GArray        *speakers;       /* int, actor indices (SwMentions') */
  GArray        *more;           /* guint pairs: further content pieces, as
                                  * c_first and c_last; NULL when whole */
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
  guint          first_single; /* the first opening single mark, or G_MAXUINT */
  GArray        *cands;     /* Cand */
  int           *sent_cand; /* per sentence: the quote with its earliest cue */
  GArray        *talk;      /* guint: tokens of SW_SET_TALK, in order, which
                             * find_indirect() collects on its way */
  guint8        *named;     /* per actor: some mention of it gave its kind
                             * or a role; NULL until guessed_person() asks */
  guint          n_named;   /* the actors when it asked; later ones are new */
  int            interviewee; /* who answers after "A:" and who asks after
                               * "Q:", once interview_parties() has looked;
                               * -1 for nobody, -2 before */
  int            interviewer;
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

/* Is the token at @i one of @words (NULL-terminated), in any case? */
static gboolean
is_word_in (Ctx               *ctx,
            guint              i,
            const char *const *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    if (is_word (ctx, i, words[k]))
      return TRUE;
  return FALSE;
}

static gboolean
is_punct (Ctx     *ctx,
          guint    i,
          gunichar ch)
{
  return i < ctx->text->tokens->len && tk (ctx, i)->kind == SW_TOKEN_PUNCT && tk (ctx, i)->ch == ch;
}

/* Is token @i one of the grammar words of @set (SwWordSet)? */
static gboolean
in_list (Ctx   *ctx,
         guint  i,
         guint  set)
{
  const SwToken *t;

  if (i >= ctx->text->tokens->len)
    return FALSE;

  t = tk (ctx, i);
  return t->kind == SW_TOKEN_WORD && t->info != NULL && (t->info->sets & set) != 0;
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

  /* ("the NGO": a kind of body written in capitals) */
  return t->kind == SW_TOKEN_WORD &&
         (t->cap == SW_CAP_LOWER || (t->cap == SW_CAP_UPPER && (sentence_of (ctx, i)->caps ||
                                                                 (wflags (ctx, i) & SW_WORD_BODY))));
}

/* A title in lower case at @i, inside @s: what a word before it
 * qualifies ("state attorney general"), which makes that word a noun */
static gboolean
title_at (Ctx              *ctx,
          guint             i,
          const SwSentence *s)
{
  return i < s->last && is_lowerish (ctx, i) && (wflags (ctx, i) & SW_WORD_TITLE);
}

/* Cues */

/* The first word of a sentence, or of a quotation or bracket inside one */
static gboolean
is_sentence_start (Ctx  *ctx,
                   guint i)
{
  const SwToken *p;

  if (i == sentence_of (ctx, i)->first)
    return TRUE;
  p = tk (ctx, i - 1);
  return (p->kind == SW_TOKEN_QUOTE && (p->quote & SW_QUOTE_OPEN)) || (p->kind == SW_TOKEN_PUNCT && p->ch == '(');
}

/* A headline in title case: nearly every longer word capitalised */
static gboolean
is_title (Ctx  *ctx,
          guint i)
{
  return sentence_of (ctx, i)->title;
}

static const SwCue *
match_cue (Ctx   *ctx,
           guint  i,
           guint *n_tokens)
{
  const SwToken *t = tk (ctx, i);
  guint n = ctx->text->tokens->len;

  if (t->kind != SW_TOKEN_WORD || !(t->flags & SW_TOKEN_CUE))
    return NULL;
  /* "According to police, …" and headlines ("Graham Says Deal Is Near")
   * capitalise cues too */
  if (!is_lowerish (ctx, i) &&
      !(t->cap == SW_CAP_INITIAL && (is_sentence_start (ctx, i) || is_title (ctx, i))))
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
  const SwToken *t = tk (ctx, i);

  if (t->kind != SW_TOKEN_WORD || !(wflags (ctx, i) & SW_WORD_PRONOUN) || !in_list (ctx, i, SW_SET_SUBJECT))
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

  /* "Susan Blake KC said": the letters after a name end it too */
  if (last >= 2 && (wflags (ctx, last - 1) & SW_WORD_POSTNOMINAL) && tk (ctx, last - 1)->cap != SW_CAP_LOWER &&
      (m = ctx->mentions->mention_at[last - 2]) >= 0 &&
      g_array_index (ctx->mentions->mentions, SwMention, m).last == last - 1)
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

/* The kind of mention @k: its actor's when the name alone left it
 * unknown ("Warren", after "Elizabeth Warren") */
static SwActorKind
mention_kind (Ctx *ctx,
              int  k)
{
  const SwMention *x = mention (ctx, k);
  const SwActorInfo *info;

  if (x->kind != SW_ACTOR_OTHER || x->actor < 0)
    return x->kind;
  info = g_ptr_array_index (ctx->mentions->actors, x->actor);
  return info->actor->kind;
}

static gboolean
same_kind (Ctx *ctx,
           int  a,
           int  b)
{
  return mention_kind (ctx, a) == mention_kind (ctx, b);
}

static gboolean may_be_person (Ctx *ctx,
                               int  m);

/* "his", "her", "their": whose the description after it is */
static gboolean
owner_pronoun (Ctx  *ctx,
               guint i)
{
  return is_word (ctx, i, "his") || is_word (ctx, i, "her") || is_word (ctx, i, "their");
}

/* "Macron and outgoing German Chancellor Olaf Scholz": the mentions ending
 * at @last, joined by "and" and commas. */
static void
np_collect_left (Ctx  *ctx,
                 Np   *np,
                 int   m,
                 guint floor)
{
  gboolean and_seen = FALSE;

  np->mentions[0] = m;
  np->n_mentions = 1;
  np->first = mention (ctx, m)->first;

  /* a comma joins only in a list that "and" ends: "A, B and C said", not
   * "at a gala with Barbra Streisand, Clinton called …" */
  while (np->n_mentions < G_N_ELEMENTS (np->mentions) && np->first >= floor + 2)
    {
      guint j = np->first - 1;
      gboolean described = FALSE;
      int other;

      if (is_word (ctx, j, "and"))
        and_seen = TRUE;
      /* "Rakhimova and her Tajik counterpart, Farrukh Saidzoda, said": the
       * name set off after a description of the second of them */
      else if (!and_seen && np->n_mentions == 1 && is_punct (ctx, j, ','))
        {
          guint w = j;

          while (w > floor + 2 && j - w < 4 && tk (ctx, w - 1)->kind == SW_TOKEN_WORD && !owner_pronoun (ctx, w - 1))
            w--;
          if (w == j || w <= floor + 2 || !is_word (ctx, w - 2, "and") || !owner_pronoun (ctx, w - 1))
            break;
          /* (the "and" is taken: no list's commas go on before it) */
          described = TRUE;
          j = w - 2;
        }
      else if (!(and_seen && is_punct (ctx, j, ',')))
        break;
      other = mention_ending_at (ctx, j);
      /* (a counterpart or a husband is a person, whatever a name says) */
      if (other < 0 || !(described ? may_be_person (ctx, other) && may_be_person (ctx, m) : same_kind (ctx, other, m)))
        break;
      np->mentions[np->n_mentions++] = other;
      np->first = mention (ctx, other)->first;
    }

  /* "she and Senator Arjun Pell said" */
  {
    char g;

    if (np->first >= floor + 2 && is_word (ctx, np->first - 1, "and") && subject_pronoun (ctx, np->first - 2, &g) &&
        g != 'p' && g != 'n')
      {
        np->joined = g;
        np->first -= 2;
        return;
      }
  }

  /* "the Kremlin"; and "AN OFFICIAL SAID", where in capitals a title
   * alone makes a description */
  if (np->first > floor && (is_word (ctx, np->first - 1, "the") ||
                            (np->n_mentions == 1 && mention (ctx, m)->name == NULL &&
                             (is_word (ctx, np->first - 1, "a") || is_word (ctx, np->first - 1, "an")))))
    np->first--;
}

static gboolean
common_noun_head (Ctx  *ctx,
                  guint i)
{
  const SwToken *t = tk (ctx, i);

  return t->kind == SW_TOKEN_WORD && !(t->flags & SW_TOKEN_POSSESSIVE) &&
         !(wflags (ctx, i) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_TIME | SW_WORD_CUE)) &&
         !in_list (ctx, i, SW_SET_DETERMINER) && !in_list (ctx, i, SW_SET_ADVERB) && t->end - t->start > 2;
}

static gboolean
is_boundary (Ctx  *ctx,
             guint i)
{
  const SwToken *t = tk (ctx, i);

  return t->kind == SW_TOKEN_PUNCT || t->kind == SW_TOKEN_QUOTE || in_list (ctx, i, SW_SET_BOUNDARY);
}

/* "generally", "aggressively" between a subject and its verb; not the
 * noun in "the family said", which follows a determiner. */
static gboolean
ly_adverb (Ctx              *ctx,
           guint             i,
           const SwSentence *s)
{
  const SwToken *t = tk (ctx, i);
  const char *text = ctx->text->text;

  return t->kind == SW_TOKEN_WORD && t->cap == SW_CAP_LOWER && t->end - t->start >= 5 &&
         text[t->end - 2] == 'l' && text[t->end - 1] == 'y' && t->info == NULL &&
         i > s->first && tk (ctx, i - 1)->kind == SW_TOKEN_WORD &&
         !in_list (ctx, i - 1, SW_SET_DETERMINER) && !(tk (ctx, i - 1)->flags & SW_TOKEN_POSSESSIVE) &&
         !(wflags (ctx, i - 1) & SW_WORD_PRONOUN && !in_list (ctx, i - 1, SW_SET_SUBJECT));
}

/* Does a time open the clause before @k, with no comma after it: "Until
 * recently officials insisted", "Last year analysts said", "and then
 * police said"? */
static gboolean
after_opening_time (Ctx              *ctx,
                    const SwSentence *s,
                    guint             k)
{
  guint p = k;

  while (p > s->first && k - p < 6 &&
         ((ctx->tflags[p - 1] & TF_IN_TIMEX) || in_list (ctx, p - 1, SW_SET_ADVERB) ||
          (p < k && (ctx->tflags[p] & TF_IN_TIMEX) &&
           (in_list (ctx, p - 1, SW_SET_PREPOSITION) || is_word (ctx, p - 1, "until") ||
            is_word (ctx, p - 1, "since") || is_word (ctx, p - 1, "before") || is_word (ctx, p - 1, "after")))))
    p--;
  return p < k && (p == s->first || is_boundary (ctx, p - 1) || is_word (ctx, p - 1, "and") ||
                   is_word (ctx, p - 1, "but"));
}

/* "Experts on North Korea and nuclear nonproliferation said", "officials
 * in Moscow said", "critics of the plan say": a plural of people that a
 * phrase after it describes is the subject, not a name in that phrase, and
 * names no actor of its own. "Analysts at Goldman Sachs" and "members of
 * Congress" still speak for the organisation the phrase names. */
static gboolean
people_described (Ctx              *ctx,
                  const SwSentence *s,
                  guint             j,
                  Np               *np)
{
  static const char *const links[] = { "of", "on", "in", "at", "from", "for", "with", "about", "across", "among", NULL };
  static const char *const affiliations[] = { "of", "at", "from", "for", "with", NULL };
  const char *text = ctx->text->text;

  for (guint w = j, steps = 0; w > s->first && steps < 8; w--, steps++)
    {
      guint head = w - 1, start;
      int m;
      gboolean affiliation = FALSE;
      guint k;

      /* (a cue's word inside a name is part of it: "the state House") */
      if (tk (ctx, w)->kind != SW_TOKEN_WORD || (ctx->tflags[w] & TF_IN_DIRECT) ||
          (wflags (ctx, w) & SW_WORD_PRONOUN) ||
          ((wflags (ctx, w) & SW_WORD_CUE) && ctx->mentions->mention_at[w] < 0))
        return FALSE;
      /* most words are no short lower-case link: no comparisons for them */
      if (tk (ctx, w)->end - tk (ctx, w)->start > 6)
        continue;
      if (is_word (ctx, w, "that") || is_word (ctx, w, "who") || is_word (ctx, w, "which"))
        return FALSE;
      if (w == j)
        continue;

      for (k = 0; links[k] != NULL && !is_word (ctx, w, links[k]); k++)
        ;
      if (links[k] == NULL)
        continue;

      /* the head: a plural common noun, "experts", "Officials" first */
      if (!common_noun_head (ctx, head) || (!is_lowerish (ctx, head) && head != s->first) ||
          (text[tk (ctx, head)->end - 1] != 's' && text[tk (ctx, head)->end - 1] != 'S') ||
          (wflags (ctx, head) & SW_WORD_TITLE))
        continue;

      /* an organisation the people belong to speaks through them */
      for (k = 0; affiliations[k] != NULL; k++)
        affiliation |= is_word (ctx, w, affiliations[k]);
      m = mention_ending_at (ctx, j + 1);
      if (affiliation && m >= 0 &&
          (mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION || (mention (ctx, m)->org_like && !mention (ctx, m)->known)))
        return FALSE;

      /* "top", "senior", "the", "many", "his" before it, from the clause's
       * start */
      start = head;
      while (start > s->first && head - start < 3 && tk (ctx, start - 1)->kind == SW_TOKEN_WORD &&
             !is_boundary (ctx, start - 1) &&
             (!(wflags (ctx, start - 1) & (SW_WORD_CUE | SW_WORD_PRONOUN)) || owner_pronoun (ctx, start - 1)) &&
             (in_list (ctx, start - 1, SW_SET_DETERMINER) || is_lowerish (ctx, start - 1)) &&
             !is_word (ctx, start - 1, "and") && !is_word (ctx, start - 1, "that"))
        start--;
      if (start != s->first && !is_boundary (ctx, start - 1) && !is_word (ctx, start - 1, "and") &&
          !(wflags (ctx, start - 1) & SW_WORD_FUNCTION))
        return FALSE;

      np->first = start;
      np->last = j + 1;
      np->n_mentions = 0;
      np->valid = TRUE;
      return TRUE;
    }

  return FALSE;
}

/* "R-Ky.", "D-N.Y.": a party and a state after a lawmaker's name */
static gboolean
party_tag (Ctx   *ctx,
           guint  i)
{
  const SwToken *t = tk (ctx, i);
  const char *w = ctx->text->text + t->start;

  return t->kind == SW_TOKEN_WORD && t->end - t->start >= 3 && t->end - t->start <= 8 &&
         g_ascii_isupper (w[0]) && w[1] == '-' && g_ascii_isupper (w[2]);
}

/* The apostrophe of a plural possessive inside a noun phrase: "the
 * employers’ association", "the workers' union". The tokenizer leaves
 * it a quotation mark, which would end the phrase. */
static gboolean
plural_possessive_mark (Ctx   *ctx,
                        guint  i)
{
  return sw_text_is_plural_possessive (ctx->text, i) && !(ctx->tflags[i] & TF_IN_DIRECT) &&
         tk (ctx, i + 1)->cap == SW_CAP_LOWER;
}

/* The person whose mention ends at @end, or whose mention is followed by
 * "of Utah", "from Duke University" ending there; or the mention there,
 * or -1. */
static int
person_ending_at (Ctx   *ctx,
                  guint  end,
                  guint  floor)
{
  int m = mention_ending_at (ctx, end);

  if (m >= 0 && mention (ctx, m)->kind != SW_ACTOR_PERSON && mention (ctx, m)->first > floor + 1 &&
      (is_word (ctx, mention (ctx, m)->first - 1, "of") || is_word (ctx, mention (ctx, m)->first - 1, "from")))
    {
      int person = mention_ending_at (ctx, mention (ctx, m)->first - 1);

      if (person >= 0 && (mention (ctx, person)->kind == SW_ACTOR_PERSON ||
                          mention (ctx, person)->kind == SW_ACTOR_OTHER))
        return person;
    }
  return m;
}

/* The nearest mention of a person that ends before token @before, at
 * most @within tokens back and not before @floor nor inside a quotation;
 * or -1 */
static int
person_before (Ctx   *ctx,
               guint  before,
               guint  floor,
               guint  within)
{
  for (guint k = before; k > floor && before - k < within; k--)
    {
      int m;

      if (ctx->tflags[k - 1] & TF_IN_DIRECT)
        break;
      m = mention_ending_at (ctx, k);
      if (m >= 0 && mention (ctx, m)->kind == SW_ACTOR_PERSON)
        return m;
    }
  return -1;
}

/* Is mention @k a person, or a name that may be one, outside quotes? */
static gboolean
may_be_person (Ctx *ctx,
               int  k)
{
  const SwMention *x = mention (ctx, k);

  if (x->actor < 0 || (ctx->tflags[x->first] & (TF_IN_DIRECT | TF_IN_CONTENT)))
    return FALSE;
  return x->kind == SW_ACTOR_PERSON || x->kind == SW_ACTOR_OTHER;
}

/* The people joined to person mention @m by "and" or a list's commas
 * before it ("Sen. Tom Brandt of Idaho and Sen. Mark Ellis", "A, B and
 * C"): their mentions into @out, nearest first, at most @room. Returns
 * how many. */
static guint
people_joined_before (Ctx        *ctx,
                      int         m,
                      guint       floor,
                      int        *out,
                      guint       room)
{
  guint n = 0;
  gboolean and_seen = FALSE;

  while (n < room)
    {
      guint before = mention (ctx, m)->first;
      int p;

      if (before <= floor + 1)
        break;
      if (!and_seen && is_word (ctx, before - 1, "and"))
        and_seen = TRUE;
      else if (!(and_seen && is_punct (ctx, before - 1, ',')))
        break;
      p = person_ending_at (ctx, before - 1, floor);
      if (p < 0 || !may_be_person (ctx, p) || mention (ctx, p)->actor == mention (ctx, m)->actor)
        break;
      out[n++] = p;
      m = p;
    }
  return n;
}

/* "the Democrat", "the 64-year-old Republican", "the 78-year-old": a
 * definite description of a person by party, nationality or age alone;
 * or by what they play or do, "the forward", "the Brazilian striker" */
static gboolean
described_person (Ctx      *ctx,
                  const Np *np)
{
  gboolean age = FALSE, place = FALSE, epithet = FALSE;

  if (!np->valid || np->last < np->first + 2 || np->last > np->first + 4 || !is_word (ctx, np->first, "the"))
    return FALSE;
  for (guint k = np->first + 1; k < np->last; k++)
    {
      const SwToken *t = tk (ctx, k);
      gsize len = t->end - t->start;
      int pm;

      if (t->kind == SW_TOKEN_WORD && len > 8 && g_ascii_strncasecmp (ctx->text->text + t->end - 8, "year-old", 8) == 0)
        age = TRUE;
      else if (k + 1 == np->last && is_lowerish (ctx, k) && in_list (ctx, k, SW_SET_EPITHET))
        epithet = TRUE;
      /* "the New York Democrat": the state before the party */
      else if (k == np->first + 1 && (pm = mention_starting_at (ctx, k)) >= 0 &&
               mention (ctx, pm)->kind == SW_ACTOR_PLACE && mention (ctx, pm)->last + 1 == np->last)
        {
          place = TRUE;
          k = mention (ctx, pm)->last - 1;
        }
      else if (!(t->kind == SW_TOKEN_WORD && t->cap != SW_CAP_LOWER &&
                 (wflags (ctx, k) & (SW_WORD_MODIFIER | SW_WORD_NATIONALITY)) &&
                 !(wflags (ctx, k) & SW_WORD_TITLE)))
        return FALSE;
    }
  /* the party or nationality alone, or with the state, or the age, or
   * what they do */
  return age || place || epithet || np->last == np->first + 2;
}

static int first_mention_before (Ctx  *ctx,
                                 guint pos);

/* "The 34-year-old denied …" after "Liam Thornbury, 34, was jailed" and
 * "the murder of Daniel Okafor, 27": the person last given that age, by
 * a number between commas or in brackets after the name; an actor or -1 */
static int
person_of_age (Ctx      *ctx,
               const Np *np)
{
  const char *text = ctx->text->text;
  int age = -1;

  for (guint k = np->first; k < np->last && age < 0; k++)
    {
      const SwToken *t = tk (ctx, k);

      if (t->kind == SW_TOKEN_WORD && t->end - t->start > 8 && t->end - t->start <= 11 &&
          g_ascii_strncasecmp (text + t->end - 8, "year-old", 8) == 0 && g_ascii_isdigit (text[t->start]))
        age = (int)g_ascii_strtoll (text + t->start, NULL, 10);
    }
  if (age <= 0)
    return -1;

  /* (from the mentions before the description, a bounded way back) */
  for (int m = first_mention_before (ctx, np->first) + 1; m > 0; m--)
    {
      const SwMention *pm = mention (ctx, m - 1);
      guint e = pm->last;
      const SwToken *num;

      if (pm->last > np->first)
        continue;
      if (np->first - pm->last > 4000)
        break;
      if (pm->kind != SW_ACTOR_PERSON || e + 2 >= np->first ||
          !(is_punct (ctx, e, ',') || is_punct (ctx, e, '(')))
        continue;
      num = tk (ctx, e + 1);
      if (num->kind == SW_TOKEN_NUMBER && num->end - num->start <= 3 &&
          g_ascii_strtoll (text + num->start, NULL, 10) == age &&
          (is_punct (ctx, e + 2, ',') || is_punct (ctx, e + 2, ')') || is_punct (ctx, e + 2, '.')))
        return sw_mentions_actor_for (ctx->mentions, m - 1, TRUE);
    }
  return -1;
}

static Np np_left (Ctx  *ctx,
                  guint end);

/* "three people familiar with the discussions said", "sources close to
 * the talks said": where a phrase that says how the sources know opens
 * before @j (the last word of the subject), the token it starts at; 0
 * when there is none. */
static guint
knowing_phrase_start (Ctx              *ctx,
                      const SwSentence *s,
                      guint             j)
{
  static const char *const phrases[][4] = {
    { "familiar", "with", NULL }, { "close", "to", NULL }, { "briefed", "on", NULL },
    { "with", "knowledge", "of", NULL }, { "with", "direct", "knowledge", "of" }, { "aware", "of", NULL },
    { "knowledgeable", "about", NULL }, { "involved", "in", NULL },
  };
  for (guint k = j; k > s->first && j - k < 7; k--)
    {
      const SwToken *t = tk (ctx, k);

      if (t->kind != SW_TOKEN_WORD || (ctx->tflags[k] & TF_IN_DIRECT))
        return 0;
      /* most words start none of the phrases (grammar set knowing): no
       * comparisons for them */
      if (t->cap != SW_CAP_LOWER || !in_list (ctx, k, SW_SET_KNOWING))
        continue;
      for (guint p = 0; p < G_N_ELEMENTS (phrases); p++)
        {
          guint n = 0;

          while (n < 4 && phrases[p][n] != NULL && k + n < j && is_word (ctx, k + n, phrases[p][n]))
            n++;
          if (n >= 2 && (n == 4 || phrases[p][n] == NULL))
            return k;
        }
    }
  return 0;
}

/* A lower-case word in -ing: "referencing", "adding", "citing". */
static gboolean
is_gerund (Ctx   *ctx,
           guint  i)
{
  const SwToken *t = tk (ctx, i);

  return t->kind == SW_TOKEN_WORD && t->cap == SW_CAP_LOWER && t->end - t->start > 4 &&
         memcmp (ctx->text->text + t->end - 3, "ing", 3) == 0;
}

static gboolean is_participle (Ctx   *ctx,
                               guint  i);

/* A past participle opening an aside: "published on Wednesday in …",
 * "released on Monday", "led by …", not a verb of saying */
static gboolean
aside_participle (Ctx   *ctx,
                  guint  i)
{
  return tk (ctx, i)->cap == SW_CAP_LOWER && !(wflags (ctx, i) & SW_WORD_CUE) &&
         (is_participle (ctx, i) || is_word (ctx, i, "led") || is_word (ctx, i, "built") ||
          is_word (ctx, i, "run") || is_word (ctx, i, "sent"));
}

/* Is the noun at @head someone's own people, after "and his", "and
 * her", "and their": "Ruiz and her colleagues", "Vance and his team"? */
static gboolean
with_own_team (Ctx   *ctx,
               guint  head)
{
  return head >= 2 && is_word (ctx, head - 2, "and") &&
         (is_word (ctx, head - 1, "his") || is_word (ctx, head - 1, "her") || is_word (ctx, head - 1, "their"));
}

/* Is one of tokens [@from, @to) a grammar word of @set (SwWordSet)? */
static gboolean
any_in_list (Ctx   *ctx,
             guint  from,
             guint  to,
             guint  set)
{
  for (guint k = from; k < to; k++)
    if (in_list (ctx, k, set))
      return TRUE;
  return FALSE;
}

/* Is there a quotation mark among tokens [@from, @to)? */
static gboolean
quote_between (Ctx  *ctx,
               guint from,
               guint to)
{
  for (guint k = from; k < to; k++)
    if (tk (ctx, k)->kind == SW_TOKEN_QUOTE)
      return TRUE;
  return FALSE;
}

/* "The Finance Ministry issued a statement on Monday. … “…,” the
 * statement said": whoever the sentence that brought up that @medium
 * ("a statement", "its report"), in this paragraph or the one before
 * and at most 400 tokens back, names first before it. */
static int
medium_issuer (Ctx  *ctx,
               guint medium)
{
  const SwSentence *own = sentence_of (ctx, medium);
  guint para = own->para;

  /* (a bounded look: one paragraph may be a whole long text) */
  for (guint k = own->first; k-- > 0 && own->first - k < 400 && para_of (ctx, k) + 1 >= para;)
    {
      const SwSentence *s;

      /* "a statement", "its report": where it came up first */
      if (tk (ctx, k)->info != tk (ctx, medium)->info || !is_lowerish (ctx, k) || k == 0 ||
          !in_list (ctx, k - 1, SW_SET_DETERMINER) || is_word (ctx, k - 1, "the"))
        continue;

      s = sentence_of (ctx, k);
      for (guint i = s->first; i + 1 < k; i++)
        {
          int m = mention_starting_at (ctx, i);

          if (m < 0)
            continue;
          if (mention (ctx, m)->actor >= 0 && (mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION ||
                                                mention (ctx, m)->kind == SW_ACTOR_PERSON))
            return sw_mentions_actor_for (ctx->mentions, m, TRUE);
          break;
        }
      return -1;
    }
  return -1;
}

/* "“…,” the statement said", "The statement said …": a medium's word
 * that is the subject, not the aside of "Macron, in a statement, said"
 * nor "A statement posted by …" */
static gboolean
medium_subject (Ctx              *ctx,
                guint             i,
                const SwSentence *s)
{
  guint d = i;

  if (!(wflags (ctx, i) & SW_WORD_MEDIUM) || !is_lowerish (ctx, i) || i <= s->first)
    return FALSE;
  /* "the statement said", and "a statement", "a Kremlin statement", "a
   * joint statement", "the White House statement said" */
  while (d > s->first && i - d < 4 && tk (ctx, d - 1)->kind == SW_TOKEN_WORD &&
         !(tk (ctx, d - 1)->flags & SW_TOKEN_POSSESSIVE) && !is_word (ctx, d - 1, "the") && !is_word (ctx, d - 1, "a") && !is_word (ctx, d - 1, "an") &&
         !in_list (ctx, d - 1, SW_SET_PREPOSITION) && !(wflags (ctx, d - 1) & SW_WORD_CUE))
    d--;
  /* (an indefinite one only right before "said": "a statement posted
   * online by the union called …" reports nothing) */
  return d > s->first &&
         (is_word (ctx, d - 1, "the") ||
          ((is_word (ctx, d - 1, "a") || is_word (ctx, d - 1, "an")) && i + 1 < s->last &&
           (is_word (ctx, i + 1, "said") || is_word (ctx, i + 1, "says") || is_word (ctx, i + 1, "added")))) &&
         (d - 1 == s->first || tk (ctx, d - 2)->kind == SW_TOKEN_QUOTE || tk (ctx, d - 2)->kind == SW_TOKEN_PUNCT);
}

/* A word of an amount: "about $90 million", "another 2 percent" */
static gboolean
amount_word (Ctx  *ctx,
             guint i)
{
  static const char *const words[] = {
    "about", "around", "nearly", "almost", "roughly", "some", "another", "an", "a", "extra",
    "further", "million", "billion", "trillion", "percent", NULL,
  };

  if (tk (ctx, i)->kind == SW_TOKEN_NUMBER || is_punct (ctx, i, '$') || is_punct (ctx, i, '%') ||
      is_punct (ctx, i, 0x20AC) || is_punct (ctx, i, 0x00A3))
    return TRUE;
  return is_word_in (ctx, i, words);
}

/* Does "for" stand before token @first, perhaps before a few lower-case
 * words of a title ("for fast bowler Usman Jaffar")? */
static gboolean
for_before (Ctx              *ctx,
            const SwSentence *s,
            guint             first)
{
  for (guint k = first; k > s->first && first - k < 4; k--)
    {
      if (is_word (ctx, k - 1, "for"))
        return TRUE;
      if (tk (ctx, k - 1)->kind != SW_TOKEN_WORD || !is_lowerish (ctx, k - 1))
        return FALSE;
    }
  return FALSE;
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
         (in_list (ctx, j - 1, SW_SET_ADVERB) || (wflags (ctx, j - 1) & SW_WORD_TIME) ||
          ly_adverb (ctx, j - 1, s) ||
          (tk (ctx, j - 1)->kind == SW_TOKEN_NUMBER && j - 1 > s->first &&
           (is_word (ctx, j - 2, "in") || is_word (ctx, j - 2, "since")))) &&
         !(wflags (ctx, j - 1) & SW_WORD_PRONOUN) && !medium_subject (ctx, j - 1, s))
    {
      j--;
      skipped++;
    }

  if (j <= s->first)
    return np;

  j--;

  /* "a Kremlin statement said", "the White House statement said": the
   * body named before the word for the medium speaks */
  if ((wflags (ctx, j) & SW_WORD_MEDIUM) && is_lowerish (ctx, j) && j > s->first &&
      (m = mention_ending_at (ctx, j)) >= 0 &&
      (mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION || mention (ctx, m)->kind == SW_ACTOR_PLACE) &&
      mention (ctx, m)->first > s->first && in_list (ctx, mention (ctx, m)->first - 1, SW_SET_DETERMINER) &&
      /* (not "In a Facebook message posted Friday, Cruz said") */
      !(mention (ctx, m)->first - 1 > s->first && in_list (ctx, mention (ctx, m)->first - 2, SW_SET_PREPOSITION)))
    {
      np.first = mention (ctx, m)->first - 1;
      np.last = j + 1;
      np.mentions[0] = m;
      np.n_mentions = 1;
      np.valid = TRUE;
      return np;
    }

  /* "Senator Lucía Barrera of the Civic Renewal party said": the person
   * of the body named with its kind */
  if (is_lowerish (ctx, j) && (wflags (ctx, j) & (SW_WORD_ORG_HEAD | SW_WORD_BODY)) && j > s->first + 2 &&
      (m = mention_ending_at (ctx, j)) >= 0 && mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION)
    {
      guint nf = mention (ctx, m)->name_first;
      int person;

      if (nf > s->first + 1 && is_word (ctx, nf - 1, "the"))
        nf--;
      person = nf > s->first + 1 && (is_word (ctx, nf - 1, "of") || is_word (ctx, nf - 1, "from"))
                 ? mention_ending_at (ctx, nf - 1) : -1;
      if (person >= 0 && mention (ctx, person)->kind == SW_ACTOR_PERSON)
        {
          np.last = j + 1;
          np_collect_left (ctx, &np, person, s->first);
          np.valid = TRUE;
          return np;
        }
    }

  /* "three people familiar with the discussions said": the people */
  {
    guint k = knowing_phrase_start (ctx, s, j);

    if (k > 0)
      {
        Np who = np_left (ctx, k);

        if (who.valid && who.last == k && who.n_mentions == 0 && who.pronoun == 0)
          {
            who.last = j + 1;
            return who;
          }
      }
  }

  /* "Sen. Claire McCaskill (D-Mo.) said" */
  if (is_punct (ctx, j, ')'))
    {
      guint k = j;

      while (k > s->first && j - k < 8 && !is_punct (ctx, k, '('))
        k--;
      if (!is_punct (ctx, k, '(') || k == s->first)
        return np;
      j = k - 1;
    }

  if (ctx->tflags[j] & TF_IN_DIRECT)
    return np;

  /* "Neighbors who spoke with News 9 said": a relative clause with no
   * commas between a lower-case subject and its verb; the subject
   * speaks, not whoever the clause names (and "correspondents who were
   * taking the ship … to report" is no verb of theirs) */
  for (guint k = j; k > s->first && j - k < 10 && !is_word (ctx, j, "to"); k--)
    {
      if (tk (ctx, k)->kind != SW_TOKEN_WORD && tk (ctx, k)->kind != SW_TOKEN_NUMBER)
        break;
      if (tk (ctx, k)->end - tk (ctx, k)->start != 3 || !is_word (ctx, k, "who"))
        continue;
      /* ("Officials who …" opens a sentence) */
      if (k < j && (is_lowerish (ctx, k - 1) || (k - 1 == s->first && mention_ending_at (ctx, k) < 0)) &&
          common_noun_head (ctx, k - 1) && !(ctx->tflags[k - 1] & TF_IN_DIRECT))
        {
          Np subject = np_left (ctx, k);

          if (subject.valid && subject.last == k)
            return subject;
        }
      break;
    }

  /* "…, who said": the relative pronoun stands for the name before it
   * (but "the WHO said" is a name) */
  if (is_word (ctx, j, "who") && j > s->first && mention_ending_at (ctx, j + 1) < 0)
    {
      guint k = is_punct (ctx, j - 1, ',') ? j - 1 : j;

      np.first = j;
      np.last = j + 1;
      np.valid = TRUE;
      /* "Sen. Mark Ellis of Utah, who said": the person, not his state;
       * "Brandt and Ellis, who said": both of them */
      m = person_ending_at (ctx, k, s->first);
      /* "Mark Ellison, 47, who": past the age */
      if (m < 0 && k >= s->first + 3 && k < j && tk (ctx, k - 1)->kind == SW_TOKEN_NUMBER && is_punct (ctx, k - 2, ','))
        m = person_ending_at (ctx, k - 2, s->first);
      /* "said Tom, 54, a dairy farmer from Corrin Creek who asked …": a
       * place is no one who asks; the person the description is of is */
      if (m >= 0 && mention (ctx, m)->kind == SW_ACTOR_PLACE)
        m = person_before (ctx, mention (ctx, m)->first, s->first, 16);
      /* "Rashid Anwar, a former chief selector, who said": past a role
       * that names no one */
      if (m < 0 && k < j)
        for (guint b = k; b > s->first + 1 && k - b < 8 && tk (ctx, b - 1)->kind == SW_TOKEN_WORD &&
                          is_lowerish (ctx, b - 1); b--)
          if (b - 1 > s->first && is_punct (ctx, b - 2, ',') &&
              (is_word (ctx, b - 1, "a") || is_word (ctx, b - 1, "an") || is_word (ctx, b - 1, "the")))
            {
              int p = mention_ending_at (ctx, b - 2);

              if (p >= 0 && mention (ctx, p)->kind == SW_ACTOR_PERSON)
                m = p;
              break;
            }
      /* "Tony Mercuri, the president of the Bellarine Wheelers, who told
       * …": the person the apposition describes, not the body in it */
      if (m >= 0 && k < j && mention (ctx, m)->name_first > s->first + 3 &&
          (is_word (ctx, mention (ctx, m)->name_first - 1, "of") || is_word (ctx, mention (ctx, m)->name_first - 1, "at") ||
           (is_word (ctx, mention (ctx, m)->name_first - 1, "the") &&
            (is_word (ctx, mention (ctx, m)->name_first - 2, "of") || is_word (ctx, mention (ctx, m)->name_first - 2, "at")))))
        for (guint b = mention (ctx, m)->first; b > s->first + 1 && mention (ctx, m)->first - b < 8; b--)
          if (is_punct (ctx, b - 1, ','))
            {
              int p = mention_ending_at (ctx, b - 1);

              if (p >= 0 && mention (ctx, p)->kind == SW_ACTOR_PERSON)
                m = p;
              break;
            }
      if (m >= 0)
        {
          np.mentions[0] = m;
          np.n_mentions = 1;
          if (may_be_person (ctx, m))
            np.n_mentions += people_joined_before (ctx, m, s->first, np.mentions + 1, G_N_ELEMENTS (np.mentions) - 1);
        }
      return np;
    }

  if (subject_pronoun (ctx, j, &g))
    {
      np.first = j;
      np.last = j + 1;
      np.pronoun = g;
      np.valid = TRUE;
      return np;
    }

  if (people_described (ctx, s, j, &np))
    return np;

  /* "Ruiz and her colleagues estimated", "Vance and his team said": the
   * one named speaks for them */
  if (j >= s->first + 3 && is_lowerish (ctx, j) && common_noun_head (ctx, j) && with_own_team (ctx, j) &&
      (m = mention_ending_at (ctx, j - 2)) >= 0 && may_be_person (ctx, m))
    {
      np.first = mention (ctx, m)->first;
      np.last = j + 1;
      np.mentions[0] = m;
      np.n_mentions = 1;
      np.valid = TRUE;
      return np;
    }

  m = mention_ending_at (ctx, j + 1);
  if (m >= 0)
    {
      guint k = mention (ctx, m)->first;
      int person;

      /* "Susan Colbourn of Duke University said": the person speaks, the
       * organisation is where she is from. */
      if (k > s->first && is_word (ctx, k - 1, "the"))
        k--;
      if (mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION && k > s->first + 1 &&
          (is_word (ctx, k - 1, "of") || is_word (ctx, k - 1, "at") || is_word (ctx, k - 1, "from")) &&
          (person = mention_ending_at (ctx, k - 1)) >= 0 &&
          (mention (ctx, person)->kind == SW_ACTOR_PERSON || mention (ctx, person)->kind == SW_ACTOR_OTHER))
        {
          np.last = j + 1;
          np_collect_left (ctx, &np, person, s->first);
          np.valid = TRUE;
          return np;
        }

      /* "Police in Leeds said", "a spokesman in Moscow said": the place
       * is where they are, not who speaks; "a spokesman for Islamic Jihad
       * in the Gaza Strip said": nor is it when a body comes before */
      if ((mention (ctx, m)->kind == SW_ACTOR_PLACE ||
           /* (a name no list knows after "Police in" is a place too) */
           (!mention (ctx, m)->known && mention (ctx, m)->last == k + 1 && k >= s->first + 2 &&
            in_list (ctx, k - 2, SW_SET_COLLECTIVE | SW_SET_AGENT))) &&
          k > s->first + 1 && (is_word (ctx, k - 1, "in") || is_word (ctx, k - 1, "at")))
        {
          int before = mention_ending_at (ctx, k - 1);
          Np inner = np_left (ctx, k - 1);

          if (before < 0 && k == mention (ctx, m)->first && inner.valid && inner.n_mentions == 0 &&
              inner.pronoun == 0 && inner.last == k - 1)
            return inner;
          if (before >= 0 && mention (ctx, before)->kind != SW_ACTOR_PLACE && inner.valid && inner.n_mentions > 0)
            return inner;
        }

      np.last = j + 1;
      np_collect_left (ctx, &np, m, s->first);
      np.valid = TRUE;
      return np;
    }

  /* "Zelenskyy, who arrived on Tuesday …, said": skip the inserted clause;
   * "The state’s campaign chairman, Phil Lovas, said": the name inside. */
  if (is_punct (ctx, j, ','))
    {
      int fallback = -1;
      guint fallback_open = 0;
      Np second_who = { 0, };
      guint lead = 0;

      m = mention_ending_at (ctx, j);
      /* "Another resident, who gave her name only as Anna, said": the
       * name the insert gives the speaker */
      if (m >= 0 && mention (ctx, m)->first > s->first + 2 && is_word (ctx, mention (ctx, m)->first - 1, "as") &&
          may_be_person (ctx, m))
        for (guint w = mention (ctx, m)->first - 1; w > s->first && mention (ctx, m)->first - w <= 3; w--)
          if (is_word (ctx, w - 1, "name") || is_word (ctx, w - 1, "identified"))
            {
              np.first = mention (ctx, m)->first;
              np.last = j;
              np.mentions[0] = m;
              np.n_mentions = 1;
              np.valid = TRUE;
              return np;
            }
      /* "Her co-author, Kwame Adjei-Lund of the Morrow Peak Observatory,
       * explained": the person inside the commas, not where she works */
      if (m >= 0 && (mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION || mention (ctx, m)->kind == SW_ACTOR_PLACE))
        {
          guint nf = mention (ctx, m)->first;
          int person;

          if (nf > s->first + 1 && is_word (ctx, nf - 1, "the"))
            nf--;
          if (nf > s->first + 2 &&
              (is_word (ctx, nf - 1, "of") || is_word (ctx, nf - 1, "at") || is_word (ctx, nf - 1, "from")) &&
              (person = mention_ending_at (ctx, nf - 1)) >= 0 && may_be_person (ctx, person) &&
              mention (ctx, person)->first > s->first && is_punct (ctx, mention (ctx, person)->first - 1, ','))
            {
              np.last = j;
              np_collect_left (ctx, &np, person, s->first);
              np.valid = TRUE;
              return np;
            }
        }
      /* "Hartwell's owner, the private equity firm Crestline Partners,
       * announced", "Her boss, the chief executive Anna Berg, said": a
       * description before the name inside the commas */
      if (m >= 0)
        {
          guint d = mention (ctx, m)->first;

          while (d > s->first + 1 && lead < 4 && tk (ctx, d - 1)->kind == SW_TOKEN_WORD && is_lowerish (ctx, d - 1) &&
                 !in_list (ctx, d - 1, SW_SET_DETERMINER | SW_SET_CONNECTOR | SW_SET_PREPOSITION) &&
                 !(wflags (ctx, d - 1) & (SW_WORD_CUE | SW_WORD_FUNCTION)))
            {
              d--;
              lead++;
            }
          /* (but "Clinton, the former secretary of State, said": the
           * name before the commas speaks) */
          if (d > s->first + 1 && in_list (ctx, d - 1, SW_SET_DETERMINER) && is_punct (ctx, d - 2, ',') &&
              mention_ending_at (ctx, d - 2) < 0)
            lead++;
          else
            lead = 0;
        }
      if (m >= 0 && mention (ctx, m)->first > s->first + lead && is_punct (ctx, mention (ctx, m)->first - lead - 1, ','))
        {
          guint open = mention (ctx, m)->first - lead - 1;
          int person = open > s->first ? mention_ending_at (ctx, open) : -1;

          /* "Tomas Reyes, director of the Coastal Policy Institute, said",
           * "Dianne Feinstein, Democrat of California, said": an
           * organisation or a place after a role is where the person
           * before the commas works, and the person speaks */
          if ((mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION || mention (ctx, m)->kind == SW_ACTOR_PLACE) &&
              mention (ctx, m)->name_first > mention (ctx, m)->first &&
              person >= 0 && (mention (ctx, person)->kind == SW_ACTOR_PERSON ||
                              mention (ctx, person)->kind == SW_ACTOR_OTHER))
            {
              np.last = j;
              np_collect_left (ctx, &np, person, s->first);
              np.valid = TRUE;
              return np;
            }
          np.last = j;
          np_collect_left (ctx, &np, m, s->first);
          np.valid = TRUE;
          return np;
        }

      /* the inserted words may hold commas of their own: "Schiff, 56, who
       * has served …, told", "China, Pyongyang’s only ally, said" */
      for (guint k = j, commas = 0; k > s->first + 1 && j - k < 30; k--)
        if (is_punct (ctx, k - 1, ','))
          {
            guint open = k - 1;
            int pm = mention_starting_at (ctx, k);
            /* "A man who saw the fire, and who asked not to be named,
             * said": a second relative clause */
            gboolean who = is_word (ctx, k, "who") || is_word (ctx, k, "whose") ||
                           ((is_word (ctx, k, "and") || is_word (ctx, k, "but")) && is_word (ctx, k + 1, "who"));

            /* "…with Republicans, and it went badly from there, said one
             * source": a clause of its own, not words about a speaker */
            if (!who && (is_word (ctx, k, "and") || is_word (ctx, k, "but") || is_word (ctx, k, "or") ||
                         is_word (ctx, k, "yet") || is_word (ctx, k, "so")))
              break;
            if (!(in_list (ctx, k, SW_SET_DETERMINER) || is_word (ctx, k, "who") ||
                  is_word (ctx, k, "which") || is_lowerish (ctx, k) ||
                  tk (ctx, k)->kind == SW_TOKEN_NUMBER || (wflags (ctx, k) & SW_WORD_TITLE) ||
                  party_tag (ctx, k) ||
                  (pm >= 0 && (tk (ctx, mention (ctx, pm)->last)->flags & SW_TOKEN_POSSESSIVE))))
              break;
            m = mention_ending_at (ctx, open);
            /* "the attorney general of Oklahoma, one of …": a name inside a
             * phrase of the insert is not the subject; look further left */
            if (m >= 0)
              {
                guint nf = mention (ctx, m)->name_first;

                if (nf > s->first + 1 && is_word (ctx, nf - 1, "the"))
                  nf--;
                if (nf > s->first &&
                    (is_word (ctx, nf - 1, "of") || is_word (ctx, nf - 1, "in") ||
                     is_word (ctx, nf - 1, "at") || is_word (ctx, nf - 1, "from")))
                  {
                    /* (but "Officials at Homeland Security Investigations,
                     * a division of …, said": people who speak for the body
                     * open the sentence) */
                    if (nf - 1 == s->first + 1 && is_word (ctx, nf - 1, "at") &&
                        in_list (ctx, s->first, SW_SET_SPEAKER | SW_SET_AGENT))
                      {
                        Np inner = np_left (ctx, open);

                        if (inner.valid && inner.n_mentions > 0)
                          {
                            np = inner;
                            np.first = s->first;
                            break;
                          }
                      }
                    m = -1;
                  }
                /* "Ann Bell, a spokeswoman for the EB-5 Coalition, which
                 * …, said": the person further left, if any, else the
                 * body, as in "A spokesperson for Iberdrola, the utility
                 * …, said"; and "Farhan Siddiqi, the agent for fast
                 * bowler Usman Jaffar, one of …, said" */
                else if (((nf > s->first && is_word (ctx, nf - 1, "for")) || for_before (ctx, s, mention (ctx, m)->first)) &&
                         fallback < 0)
                  {
                    fallback = m;
                    fallback_open = open;
                    m = -1;
                  }
              }
            if (m >= 0)
              {
                np.last = open;
                np_collect_left (ctx, &np, m, s->first);
                np.valid = TRUE;
                break;
              }
            /* "The governor, who faces re-election next year, said", "The
             * company, whose fiscal year ends in June, said": a
             * description before a relative clause */
            if (who && open > s->first)
              {
                Np inner = np_left (ctx, open);

                /* "Senator Lucía Barrera of the Civic Renewal party, who
                 * filed …, called": the person of the body, which the
                 * words before the comma name */
                if (inner.valid && inner.n_mentions > 0 && inner.last == open &&
                    mention (ctx, inner.mentions[0])->kind == SW_ACTOR_PERSON && is_lowerish (ctx, open - 1) &&
                    (wflags (ctx, open - 1) & (SW_WORD_ORG_HEAD | SW_WORD_BODY)))
                  {
                    np = inner;
                    break;
                  }
                /* after ", and who", the first relative clause may be set
                 * off too: "Anna Berg, who saw the fire, and who …" */
                if (inner.valid && inner.n_mentions == 0 && inner.pronoun == 0 && !is_word (ctx, k, "who") &&
                    !is_word (ctx, k, "whose"))
                  {
                    if (!second_who.valid)
                      second_who = inner;
                  }
                else if (inner.valid && inner.n_mentions == 0 && inner.pronoun == 0)
                  {
                    np = inner;
                    break;
                  }
              }
            /* "Germany's foreign ministry, which summoned the envoy on
             * Monday, said": a body described before its relative clause,
             * opening the sentence (not "…refused to support a ceasefire,
             * which Trump hoped …, reports Reuters") */
            if (is_word (ctx, k, "which") && open > s->first)
              {
                Np inner = np_left (ctx, open);

                if (inner.valid && inner.pronoun == 0 && inner.first == s->first)
                  {
                    np = inner;
                    break;
                  }
              }
            /* "One Western diplomat, speaking on condition of
             * anonymity, said": a description before a participle's
             * aside, the last one before the cue */
            if (!who && commas == 0 && (is_gerund (ctx, k) || aside_participle (ctx, k)) && open > s->first)
              {
                Np inner = np_left (ctx, open);

                if (inner.valid)
                  {
                    np = inner;
                    break;
                  }
              }
            if (++commas == 3)
              break;
          }
      if (!np.valid && second_who.valid)
        np = second_who;
      if (!np.valid && fallback >= 0)
        {
          np.last = fallback_open;
          np_collect_left (ctx, &np, fallback, s->first);
          np.valid = TRUE;
        }
      return np;
    }

  /* "The Democrat", "the 64-year-old Republican": a person by party,
   * nationality or age */
  if (j > s->first && tk (ctx, j)->cap != SW_CAP_LOWER && (wflags (ctx, j) & (SW_WORD_MODIFIER | SW_WORD_NATIONALITY)) &&
      !(wflags (ctx, j) & SW_WORD_TITLE))
    {
      guint d = is_word (ctx, j - 1, "the") ? j - 1 : j - 1 > s->first && is_word (ctx, j - 2, "the") ? j - 2 : j;

      /* "the New York Democrat", "the Kentucky Republican" */
      if (d == j)
        {
          int pm = mention_ending_at (ctx, j);

          if (pm >= 0 && mention (ctx, pm)->kind == SW_ACTOR_PLACE && mention (ctx, pm)->first > s->first &&
              is_word (ctx, mention (ctx, pm)->first - 1, "the"))
            d = mention (ctx, pm)->first - 1;
        }

      if (d < j)
        {
          Np described = { 0, };

          described.first = d;
          described.last = j + 1;
          described.valid = TRUE;
          if (described_person (ctx, &described))
            return described;
        }
    }

  /* "The 29-year-old said": an age alone (its token may start with
   * digits) */
  if (j > s->first && is_word (ctx, j - 1, "the") && tk (ctx, j)->end - tk (ctx, j)->start > 8 &&
      g_ascii_strncasecmp (ctx->text->text + tk (ctx, j)->end - 8, "year-old", 8) == 0)
    {
      np.first = j - 1;
      np.last = j + 1;
      np.valid = TRUE;
      return np;
    }

  /* a noun that is also a verb of saying after its determiner: "The
   * report said", "the statements said"; or a medium's: "the statement
   * said" */
  if (!(common_noun_head (ctx, j) ||
        ((wflags (ctx, j) & (SW_WORD_CUE | SW_WORD_MEDIUM)) && j > s->first && in_list (ctx, j - 1, SW_SET_DETERMINER) &&
         !(wflags (ctx, j) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_TIME)) &&
         !(tk (ctx, j)->flags & SW_TOKEN_POSSESSIVE))) ||
      (!is_lowerish (ctx, j) && j != s->first))
    return np;

  /* "a source", "the former US ambassador", "Trump’s campaign" */
  for (guint k = j + 1; k > s->first && j + 1 - k < 7; k--)
    {
      guint w = k - 1;

      if (in_list (ctx, w, SW_SET_DETERMINER))
        {
          np.first = w;
          np.last = j + 1;
          np.valid = TRUE;
          /* "A man who saw the fire said": the subject is before the
           * relative clause that "the fire" ends */
          for (guint r = w; r > s->first + 1 && w - r < 6 && tk (ctx, r - 1)->kind == SW_TOKEN_WORD; r--)
            if (is_word (ctx, r - 1, "who"))
              {
                Np subject;

                if (r == w)
                  break;
                subject = np_left (ctx, r - 1);
                if (subject.valid && subject.n_mentions == 0 && subject.pronoun == 0 && subject.last == r - 1)
                  return subject;
                break;
              }
          return np;
        }
      if (tk (ctx, w)->flags & SW_TOKEN_POSSESSIVE)
        {
          m = mention_ending_at (ctx, w);
          if (m >= 0)
            {
              /* "the EU's top diplomat" */
              np.first = mention (ctx, m)->first;
              if (np.first > s->first && is_word (ctx, np.first - 1, "the"))
                np.first--;
              np.last = j + 1;
              np.valid = TRUE;
            }
          /* "…, the bloc's top diplomat said", "The company's lawyers
           * said", "“…,” the prime minister's office said": as a subject
           * of its own, first, after a comma or after closing marks */
          else
            {
              guint d = w;

              while (d > s->first && w - d < 3 && is_lowerish (ctx, d - 1) && common_noun_head (ctx, d - 1))
                d--;
              if (d < w && d > s->first && in_list (ctx, d - 1, SW_SET_DETERMINER) &&
                  (d - 1 == s->first || is_punct (ctx, d - 2, ',') ||
                   (tk (ctx, d - 2)->kind == SW_TOKEN_QUOTE && (tk (ctx, d - 2)->quote & SW_QUOTE_CLOSE)) ||
                   /* "A spokesman for the sheriff's office said" */
                   (d - 2 > s->first && (is_word (ctx, d - 2, "for") || is_word (ctx, d - 2, "at")) &&
                    in_list (ctx, d - 3, SW_SET_SPEAKER | SW_SET_AGENT))))
                {
                  np.first = d - 1;
                  np.last = j + 1;
                  np.valid = TRUE;
                }
            }
          return np;
        }
      if (plural_possessive_mark (ctx, w))
        continue;
      if (tk (ctx, w)->kind != SW_TOKEN_WORD && tk (ctx, w)->kind != SW_TOKEN_NUMBER)
        break;
      /* (but "the state attorney general": a noun before a title) */
      if (w < j && (in_list (ctx, w, SW_SET_ADVERB) || ((wflags (ctx, w) & SW_WORD_CUE) && !title_at (ctx, w + 1, s))))
        break;
    }

  /* A bare plural and its modifiers: "sources said", "top black lawmakers
   * said", "73 percent said", "police say". */
  {
    const SwToken *t = tk (ctx, j);
    const char *text = ctx->text->text;

    if ((text[t->end - 1] == 's' || text[t->end - 1] == 'S') || in_list (ctx, j, SW_SET_COLLECTIVE) ||
        (t->end - t->start > 4 && g_ascii_strncasecmp (text + t->end - 3, "men", 3) == 0))
      {
        guint k = j;

        /* "top black lawmakers", "Federal and state officials": a word
         * that could be a cue is a modifier after "and" or a comma */
        while (k > s->first && j - k < 5 &&
               (tk (ctx, k - 1)->kind == SW_TOKEN_WORD || tk (ctx, k - 1)->kind == SW_TOKEN_NUMBER) &&
               !is_boundary (ctx, k - 1) && !in_list (ctx, k - 1, SW_SET_ADVERB) &&
               !(wflags (ctx, k - 1) & (SW_WORD_PRONOUN | SW_WORD_FUNCTION)) &&
               (!(wflags (ctx, k - 1) & SW_WORD_CUE) ||
                (k - 1 > s->first && (is_word (ctx, k - 2, "and") || is_punct (ctx, k - 2, ',')))))
          k--;
        if (k == s->first || is_boundary (ctx, k - 1) || (wflags (ctx, k - 1) & SW_WORD_FUNCTION) ||
            after_opening_time (ctx, s, k))
          {
            np.first = k;
            np.last = j + 1;
            np.valid = TRUE;
          }
      }
  }

  return np;
}

/* Does [@first, @last) name a post: "chief executive of Ukrenergo",
 * "foreign minister"? A title among its first few words. */
static gboolean
role_words (Ctx  *ctx,
            guint first,
            guint last)
{
  for (guint k = first; k < last && k - first < 4; k++)
    if (wflags (ctx, k) & SW_WORD_TITLE)
      return TRUE;
  return FALSE;
}

/* A named person set off by a comma at @comma, alone up to a comma, a
 * preposition or the end of @s: "the foreign minister, Catherine
 * Colonna, after …". Returns the mention or -1. */
static int
appositive_person (Ctx              *ctx,
                   const SwSentence *s,
                   guint             comma)
{
  int pm;
  guint after;

  if (comma + 1 >= s->last || !is_punct (ctx, comma, ','))
    return -1;
  pm = mention_starting_at (ctx, comma + 1);
  if (pm < 0 || mention (ctx, pm)->kind != SW_ACTOR_PERSON || mention (ctx, pm)->name == NULL)
    return -1;
  after = mention (ctx, pm)->last;
  if (after < s->last && tk (ctx, after)->kind != SW_TOKEN_PUNCT && !in_list (ctx, after, SW_SET_PREPOSITION))
    return -1;
  return pm;
}

/* "in a written statement", "during his interview", "in a Truth Social
 * post": the preposition at @q, perhaps a determiner, at most
 * @max_words words and a lower-case word for a medium. Returns the
 * medium word, 0 if there is none, and where the medium's words start in
 * @first. */
static guint
medium_phrase (Ctx   *ctx,
               guint  q,
               guint  end,
               guint  max_words,
               guint *first)
{
  guint k = q + 1;

  if (k < end && (is_word (ctx, k, "a") || is_word (ctx, k, "an") || is_word (ctx, k, "the") ||
                  is_word (ctx, k, "his") || is_word (ctx, k, "her") || is_word (ctx, k, "their") ||
                  is_word (ctx, k, "its")))
    k++;
  *first = k;
  /* (a medium's word capitalised is part of a name: "a Wall Street
   * Journal essay") */
  while (k < end && k - *first < max_words && !((wflags (ctx, k) & SW_WORD_MEDIUM) && is_lowerish (ctx, k)) &&
         (tk (ctx, k)->kind == SW_TOKEN_WORD || tk (ctx, k)->kind == SW_TOKEN_QUOTE))
    k++;
  if (k >= end || !(wflags (ctx, k) & SW_WORD_MEDIUM) || !is_lowerish (ctx, k))
    return 0;
  /* not a verb: "called on the administration to “really call out …”";
   * a name in marks may come first: "in a “Truth Social” post" */
  for (guint j = *first; j < k; j++)
    if (is_word (ctx, j, "to") ||
        (tk (ctx, j)->kind == SW_TOKEN_QUOTE && (tk (ctx, j)->quote & SW_QUOTE_OPEN) && tk (ctx, j + 1)->cap == SW_CAP_LOWER))
      return 0;
  /* "a conference call", "a press release": two words for one medium */
  while (k + 1 < end && (wflags (ctx, k + 1) & SW_WORD_MEDIUM) && is_lowerish (ctx, k + 1))
    k++;
  return k;
}

/* "9/11" in "said 9/11 widow Terry Strada": a number, or the slash
 * between two */
static gboolean
number_word (Ctx   *ctx,
             guint  k)
{
  return tk (ctx, k)->kind == SW_TOKEN_NUMBER ||
         (is_punct (ctx, k, '/') && k > 0 && tk (ctx, k - 1)->kind == SW_TOKEN_NUMBER &&
          !(tk (ctx, k)->flags & SW_TOKEN_SPACE_BEFORE));
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
  int m, pm;
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

  /* "said rival candidate Peter Holm", "said 9/11 widow Terry Strada": a
   * few describing words first, before a person or before a name no list
   * knows that ends the clause */
  if (mention_starting_at (ctx, i) < 0 && (is_lowerish (ctx, i) || number_word (ctx, i)))
    for (guint k = i + 1; k < s->last && k - i < 5; k++)
      {
        pm = mention_starting_at (ctx, k);

        if (pm >= 0 && mention (ctx, pm)->name != NULL &&
            (mention (ctx, pm)->kind == SW_ACTOR_PERSON ||
             (mention (ctx, pm)->kind == SW_ACTOR_OTHER && is_lowerish (ctx, k - 1) &&
              (mention (ctx, pm)->last >= s->last || is_punct (ctx, mention (ctx, pm)->last, ',') ||
               is_punct (ctx, mention (ctx, pm)->last, '.')))))
          {
            i = k;
            break;
          }
        if (number_word (ctx, k))
          continue;
        if (!is_lowerish (ctx, k) || !common_noun_head (ctx, k))
          break;
      }

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
      /* nearest the end first, as np_left() gives them, so that speakers
       * come out in the order written */
      for (guint a = 0, b = np.n_mentions - 1; a < b; a++, b--)
        {
          int swap = np.mentions[a];

          np.mentions[a] = np.mentions[b];
          np.mentions[b] = swap;
        }

      /* "Rep. Gwen Moore (D-Wis.)" */
      if (np.last < s->last && is_punct (ctx, np.last, '('))
        {
          guint k = np.last + 1;

          while (k < s->last && k - np.last < 8 && !is_punct (ctx, k, ')'))
            k++;
          if (k < s->last && is_punct (ctx, k, ')'))
            np.last = k + 1;
        }

      /* "said the chief executive of Ukrenergo, Volodymyr Kudrytskyi":
       * the person who holds the post, not the body */
      if (np.n_mentions == 1 && mention (ctx, m)->kind != SW_ACTOR_PERSON && role_words (ctx, i, i + 1) &&
          (pm = appositive_person (ctx, s, np.last)) >= 0)
        {
          np.mentions[0] = pm;
          np.last = mention (ctx, pm)->last;
        }

      /* "says Tolliver's older sister, Tonya Tolliver-Greene,": the one
       * named after the possessive's nouns, not whose sister she is */
      if (np.n_mentions == 1 && np.last + 2 < s->last && (tk (ctx, np.last)->flags & SW_TOKEN_POSSESSIVE))
        {
          guint k = np.last + 1;

          while (k < s->last && k - np.last <= 4 && is_lowerish (ctx, k) && common_noun_head (ctx, k))
            k++;
          if (k > np.last + 1 &&
              ((pm = appositive_person (ctx, s, k)) >= 0 ||
               ((pm = mention_starting_at (ctx, k)) >= 0 && mention (ctx, pm)->kind == SW_ACTOR_PERSON &&
                mention (ctx, pm)->name != NULL)))
            {
              np.mentions[0] = pm;
              np.last = mention (ctx, pm)->last;
            }
        }

      np.valid = TRUE;
      return np;
    }

  if (in_list (ctx, start, SW_SET_DETERMINER) && !is_word (ctx, start, "that"))
    {
      guint k = start + 1;

      while (k < s->last && k - start < 7 &&
             ((tk (ctx, k)->kind == SW_TOKEN_WORD && !(wflags (ctx, k) & SW_WORD_CUE) && !is_word (ctx, k, "that") &&
               /* "said a Kremlin spokesman when asked about …" */
               !is_word (ctx, k, "when") && !is_word (ctx, k, "while") && !is_word (ctx, k, "after") &&
               !is_word (ctx, k, "before") && !is_word (ctx, k, "because") && !is_word (ctx, k, "as") &&
               /* "said the union in a statement": how it spoke */
               !((is_word (ctx, k, "in") || is_word (ctx, k, "on") || is_word (ctx, k, "during") ||
                  is_word (ctx, k, "at")) && medium_phrase (ctx, k, s->last, 3, &(guint){ 0 }) > 0) &&
               /* "said the mayor on Monday": the date is not the mayor's */
               !(ctx->tflags[k] & TF_IN_TIMEX) &&
               !(k + 1 < s->last && (ctx->tflags[k + 1] & TF_IN_TIMEX) && in_list (ctx, k, SW_SET_PREPOSITION))) ||
              plural_possessive_mark (ctx, k)))
        k++;
      /* "said a spokeswoman for the European Commission", "according to
       * an official at the ministry": the body speaks through its
       * spokesperson, as when the phrase comes before the cue */
      {
        guint t = start + 1;

        while (t < k && t - start < 4 && is_lowerish (ctx, t) &&
               ((wflags (ctx, t) & SW_WORD_TITLE) || in_list (ctx, t, SW_SET_AGENT) ||
                (t + 1 < k && ((wflags (ctx, t + 1) & SW_WORD_TITLE) || in_list (ctx, t + 1, SW_SET_AGENT)))))
          t++;
        if (t > start + 1 && t + 1 < s->last &&
            ((wflags (ctx, t - 1) & SW_WORD_TITLE) || in_list (ctx, t - 1, SW_SET_AGENT)) &&
            (is_word (ctx, t, "for") || is_word (ctx, t, "of") || is_word (ctx, t, "at")))
          {
            guint b = t + 1;

            if (is_word (ctx, b, "the") && b + 1 < s->last)
              b++;
            /* the body's name, which may be read as one mention with the
             * title before it */
            m = ctx->mentions->mention_at[b];
            if (m >= 0 && mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION &&
                (mention (ctx, m)->last >= s->last || tk (ctx, mention (ctx, m)->last)->kind == SW_TOKEN_PUNCT ||
                 (ctx->tflags[mention (ctx, m)->last] & TF_IN_TIMEX) ||
                 in_list (ctx, mention (ctx, m)->last, SW_SET_PREPOSITION)))
              {
                np.first = start;
                np.mentions[0] = m;
                np.n_mentions = 1;
                np.last = mention (ctx, m)->last;
                np.valid = TRUE;
                return np;
              }
          }
      }
      if (k > start + 1 && common_noun_head (ctx, k - 1))
        {
          np.first = start;
          np.last = k;
          np.valid = TRUE;
          /* "said the foreign minister, Catherine Colonna, after the
           * meeting", "by her son, Daniel Osei,": the name after the role
           * or the kin speaks */
          if ((role_words (ctx, start + 1, k) ||
               ((is_word (ctx, start, "his") || is_word (ctx, start, "her") || is_word (ctx, start, "their")) &&
                k - start <= 3)) &&
              (pm = appositive_person (ctx, s, k)) >= 0)
            {
              np.mentions[0] = pm;
              np.n_mentions = 1;
              np.last = mention (ctx, pm)->last;
            }
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

/* The source named after "according to" when it is no name: "exit
 * polls", "federal statistics", "the event organizer Alliance to Reclaim
 * Our Schools (AROS)", "him". The words up to the next punctuation; the
 * last name among them, if any, is the speaker. */
static Np
np_prep_source (Ctx   *ctx,
                guint  i)
{
  Np np = { 0, };
  const SwSentence *s;
  guint k, in_dates = 0;
  gboolean cut = FALSE;

  if (i >= ctx->text->tokens->len)
    return np;

  s = sentence_of (ctx, i);
  /* the words of a date do not count: "a poll published by the Fennick
   * Institute two weeks ago"; twelve others may: "a study published on
   * Wednesday by researchers at the University of Carrowmere" */
  for (k = i; k < s->last; k++)
    {
      const SwToken *t = tk (ctx, k);

      if (ctx->tflags[k] & TF_IN_TIMEX)
        {
          in_dates++;
          continue;
        }
      if (k - i - in_dates >= 12 && (t->kind == SW_TOKEN_WORD || t->kind == SW_TOKEN_NUMBER))
        {
          cut = TRUE;
          break;
        }
      if (ctx->tflags[k] & TF_IN_DIRECT)
        break;
      if (t->kind == SW_TOKEN_PUNCT && t->ch == '(')
        {
          guint close = k + 1;

          while (close < s->last && close - k < 8 && !is_punct (ctx, close, ')'))
            close++;
          if (close >= s->last || !is_punct (ctx, close, ')'))
            break;
          k = close;
          continue;
        }
      if (plural_possessive_mark (ctx, k))
        continue;
      if (t->kind != SW_TOKEN_WORD && t->kind != SW_TOKEN_NUMBER)
        break;
      if (is_word (ctx, k, "that") || is_word (ctx, k, "which") || is_word (ctx, k, "who") ||
          is_word (ctx, k, "whom") || in_list (ctx, k, SW_SET_AUX))
        break;
    }

  /* a run cut short by the limit is no name */
  if (k == i || cut)
    return np;

  np.first = i;
  np.last = k;
  np.valid = TRUE;
  if (k == i + 1 && (wflags (ctx, i) & SW_WORD_PRONOUN))
    np.pronoun = tk (ctx, i)->info->gender;
  /* "according to figures published in January by the commission": who
   * published them is the source; so is who a statement came from ("a
   * statement from the governor's office") */
  for (guint b = k - 1; b > i + 1; b--)
    if (is_word (ctx, b - 1, "by") ||
        (is_word (ctx, b - 1, "from") && (wflags (ctx, b - 2) & SW_WORD_MEDIUM) && is_lowerish (ctx, b - 2)))
      {
        /* (but "a draft seen by Reuters", "a memo obtained by the
         * newspaper": who read it is no source of what it says; the
         * paper speaks for nobody named) */
        if (is_word (ctx, b - 1, "by") &&
            (is_word (ctx, b - 2, "seen") || is_word (ctx, b - 2, "obtained") || is_word (ctx, b - 2, "viewed") ||
             is_word (ctx, b - 2, "reviewed")))
          {
            np.last = b - 2;
            return np;
          }
        np.first = b;
        break;
      }
  for (guint m = k; m > np.first && np.n_mentions == 0; m--)
    {
      int x = ctx->mentions->mention_at[m - 1];

      if (x >= 0 && mention (ctx, x)->first >= np.first && mention (ctx, x)->name != NULL)
        {
          np.mentions[0] = x;
          np.n_mentions = 1;
        }
    }

  return np;
}

/* "reported", "said", "written": a past participle, which "is calling"
 * and "has been critical" are not. */
static gboolean
is_participle (Ctx   *ctx,
               guint  i)
{
  static const char *const irregular[] = {
    "said", "told", "written", "shown", "known", "thought", "seen", "heard", "given",
    "made", "quoted", "held", "taken", "put", "read", "sent", NULL,
  };
  const SwToken *t = tk (ctx, i);
  const char *text = ctx->text->text;

  if (t->kind != SW_TOKEN_WORD)
    return FALSE;
  if (t->end - t->start > 3 && g_ascii_strncasecmp (text + t->end - 2, "ed", 2) == 0)
    return TRUE;
  return is_word_in (ctx, i, irregular);
}

/* Is the lower-case word at @v a verb in the past tense: a word in -ed
 * that is no small word, or one of the common other pasts ("saw",
 * "left")? */
static gboolean
past_verb (Ctx   *ctx,
           guint  v)
{
  const SwToken *t = tk (ctx, v);

  if (!is_lowerish (ctx, v) || t->kind != SW_TOKEN_WORD)
    return FALSE;
  if (t->end - t->start < 4 || g_ascii_strncasecmp (ctx->text->text + t->end - 2, "ed", 2) != 0)
    {
      static const char *const pasts[] = {
        "saw", "met", "beat", "hit", "left", "led", "brought", "caught", "chose", "drove", "fought",
        "gave", "kept", "lost", "made", "sent", "sold", "struck", "took", "won", "wrote", NULL,
      };
      guint k;

      for (k = 0; pasts[k] != NULL && !is_word (ctx, v, pasts[k]); k++)
        ;
      return pasts[k] != NULL;
    }
  return !(wflags (ctx, v) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_TITLE | SW_WORD_MODIFIER)) &&
         !in_list (ctx, v, SW_SET_PREPOSITION | SW_SET_CONNECTOR | SW_SET_DETERMINER | SW_SET_ADVERB | SW_SET_AUX) &&
         !is_word (ctx, v, "and") && !is_word (ctx, v, "or") && !is_word (ctx, v, "but") &&
         !is_word (ctx, v, "of") && !is_word (ctx, v, "to") && !is_word (ctx, v, "by") &&
         !is_word (ctx, v, "for") && !is_word (ctx, v, "from") && !is_word (ctx, v, "as");
}

/* Are the tokens from @first to @last a short noun phrase, a subject
 * with no verb or clause of its own ("The war years", "Acts of
 * protest")? */
static gboolean
short_subject (Ctx   *ctx,
               guint  first,
               guint  last)
{
  if (last <= first || last - first > 10)
    return FALSE;
  for (guint k = first; k < last; k++)
    if (tk (ctx, k)->kind != SW_TOKEN_WORD || in_list (ctx, k, SW_SET_AUX) || is_word (ctx, k, "who") ||
        is_word (ctx, k, "which") || is_word (ctx, k, "that") || (k > first && past_verb (ctx, k)) ||
        (wflags (ctx, k) & SW_WORD_PRONOUN) ||
        /* (a cue's word after an article is a noun: "The plan") */
        ((wflags (ctx, k) & SW_WORD_CUE) && !(k > first && in_list (ctx, k - 1, SW_SET_DETERMINER))))
      return FALSE;
  return TRUE;
}

/* "In a joint statement, they said …", "In an interview with CNN, she
 * said …", "In a letter to the board this month, Ardent called …": a
 * medium that opens sentence @s, up to a comma before the
 * speaker phrase @np ends. Returns the medium or NULL; the speaker phrase
 * loses the medium's name when it took it in ("with Yle, Virtanen"). */
static char *
medium_before (Ctx              *ctx,
               const SwSentence *s,
               Np               *np)
{
  guint first, k, comma, open = s->first;

  /* "Later, in a video …", "On Monday, in a statement, …": after a few
   * opening words and their comma */
  for (guint w = open; w < np->last && w - s->first <= 3; w++)
    {
      if (is_punct (ctx, w, ','))
        {
          if (w > s->first && w + 1 < np->last && (is_word (ctx, w + 1, "in") || is_word (ctx, w + 1, "on")))
            open = w + 1;
          break;
        }
      if (tk (ctx, w)->kind != SW_TOKEN_WORD)
        break;
    }
  if (np->last < open + 5 || !(is_word (ctx, open, "in") || is_word (ctx, open, "on")))
    return NULL;
  k = medium_phrase (ctx, open, np->last, 6, &first);
  if (k == 0)
    return NULL;
  /* "with CNN", "to the board earlier this month": words up to the comma */
  comma = k + 1;
  /* "In a video posted to YouTube, …", "In a memo to staff sent shortly
   * before the results were published, …": participles may qualify it */
  while (comma < np->last && comma - k <= 12 && tk (ctx, comma)->kind == SW_TOKEN_WORD &&
         (!(wflags (ctx, comma) & (SW_WORD_CUE | SW_WORD_PRONOUN)) ||
          (!(wflags (ctx, comma) & SW_WORD_PRONOUN) && is_participle (ctx, comma) && !is_word (ctx, comma, "said") &&
           !is_word (ctx, comma, "told"))))
    comma++;
  if (!is_punct (ctx, comma, ',') || comma + 1 >= np->last)
    return NULL;
  /* "In an email, a spokesperson for the Texas Farm Bureau said": the
   * words of a spokesperson phrase between the comma and the body */
  if (comma + 1 < np->first)
    {
      if (np->first - comma > 7)
        return NULL;
      for (guint w = comma + 1; w < np->first; w++)
        if (!is_lowerish (ctx, w) && !(w == comma + 1 && in_list (ctx, w, SW_SET_DETERMINER)))
          return NULL;
    }

  if (comma >= np->first)
    {
      guint kept = 0;

      for (guint i = 0; i < np->n_mentions; i++)
        if (mention (ctx, np->mentions[i])->first > comma)
          np->mentions[kept++] = np->mentions[i];
      np->n_mentions = kept;
      np->first = comma + 1;
    }

  return sw_mentions_token_text (ctx->text, first, k + 1);
}

/* "on Fox News's website", "on the BBC's app": after a name at @q, its
 * possessive and a word for a medium. Returns the token after them, or
 * @q. */
static guint
past_owned_medium (Ctx   *ctx,
                   guint  q,
                   guint  end)
{
  if (q + 1 < end && (tk (ctx, q)->flags & SW_TOKEN_POSSESSIVE) && is_lowerish (ctx, q + 1) &&
      (wflags (ctx, q + 1) & SW_WORD_MEDIUM))
    return q + 2;
  return q;
}

/* A word for a time ("Monday", "week", "May"), but not the verbs "may"
 * and "march" that a month's name spells in lower case: "said this may
 * be because …" */
static gboolean
time_word (Ctx   *ctx,
           guint  i)
{
  return (wflags (ctx, i) & SW_WORD_TIME) &&
         !(tk (ctx, i)->cap == SW_CAP_LOWER && (is_word (ctx, i, "may") || is_word (ctx, i, "march")));
}

/* Adverbials between a cue and its content: "said on Tuesday in a
 * Telegram message", "said on Fox News". Returns the first token after
 * them and records a medium. */
/* "for the majority", "for the three dissenters", "for the record"
 * at @q: on whose behalf a judge wrote, or how something was said; the
 * token after the phrase, or 0 */
static guint
behalf_end (Ctx   *ctx,
            guint  q,
            guint  end)
{
  static const char *const behalf[] = {
    "majority", "minority", "court", "dissent", "dissenters", "panel", "bench", "record",
  };

  if (!is_word (ctx, q, "for") || q + 2 >= end || !is_word (ctx, q + 1, "the"))
    return 0;
  for (guint k = q + 2; k < end && k - q < 5 && tk (ctx, k)->kind == SW_TOKEN_WORD && is_lowerish (ctx, k); k++)
    for (guint b = 0; b < G_N_ELEMENTS (behalf); b++)
      if (is_word (ctx, k, behalf[b]))
        return k + 1;
  return 0;
}

static guint
skip_post (Ctx    *ctx,
           guint   q,
           guint   end,
           char  **medium)
{

  for (guint guard = 0; q < end && guard < 12; guard++)
    {
      /* (but "praised Thursday's protests": the day owns what was said) */
      /* ("said this week", but "said this may be …") */
      if (((in_list (ctx, q, SW_SET_SKIP) &&
            !(in_list (ctx, q, SW_SET_DETERMINER) && q + 1 < end && !time_word (ctx, q + 1) &&
              !(ctx->tflags[q + 1] & TF_IN_TIMEX))) ||
           time_word (ctx, q) || (ctx->tflags[q] & TF_IN_TIMEX)) &&
          !(q + 1 < end && (tk (ctx, q + 1)->flags & SW_TOKEN_POSSESSIVE)))
        {
          q++;
          continue;
        }
      /* "the department said in September", "said during the summer": a
       * preposition before a date is part of the date's phrase, not what
       * was said */
      if (q + 1 < end && (ctx->tflags[q + 1] & TF_IN_TIMEX) &&
          (is_word (ctx, q, "in") || is_word (ctx, q, "during") || is_word (ctx, q, "since") ||
           is_word (ctx, q, "over") || is_word (ctx, q, "throughout") || is_word (ctx, q, "earlier") ||
           is_word (ctx, q, "later")))
        {
          q++;
          continue;
        }
      /* "confirmed on November 4, 2025, that …": the comma after a date */
      if (is_punct (ctx, q, ',') && q > 0 && (ctx->tflags[q - 1] & TF_IN_TIMEX) && q + 1 < end &&
          is_word (ctx, q + 1, "that"))
        {
          q++;
          continue;
        }

      /* "told The Associated Press on condition of anonymity because
       * they were not authorised to …": how they spoke, and why */
      if (is_word (ctx, q, "on") && q + 2 < end &&
          (is_word (ctx, q + 1, "condition") || (is_word (ctx, q + 1, "the") && is_word (ctx, q + 2, "condition"))))
        {
          guint k = q + (is_word (ctx, q + 1, "the") ? 3 : 2);

          if (k + 1 < end && is_word (ctx, k, "of") && is_word (ctx, k + 1, "anonymity"))
            k += 2;
          else if (k < end && is_word (ctx, k, "that"))
            {
              guint limit = k + 10;

              while (k < end && k < limit && !is_word (ctx, k, "named") && !is_word (ctx, k, "identified"))
                k++;
              if (k >= end || k >= limit)
                return q;
              k++;
            }
          else
            return q;
          if (k < end && (is_word (ctx, k, "because") || is_word (ctx, k, "as") || is_word (ctx, k, "since")))
            k = end;
          q = k;
          continue;
        }

      if ((is_word (ctx, q, "on") || is_word (ctx, q, "at")) && q + 1 < end)
        {
          int m = mention_starting_at (ctx, q + 1);

          if (time_word (ctx, q + 1))
            {
              q += 2;
              continue;
            }
          if (m >= 0 && mention (ctx, m)->kind != SW_ACTOR_PERSON && mention (ctx, m)->kind != SW_ACTOR_PLACE)
            {
              if (medium != NULL && *medium == NULL)
                *medium = g_strdup (mention (ctx, m)->name);
              q = past_owned_medium (ctx, mention (ctx, m)->last, end);
              continue;
            }
        }

      if (is_word (ctx, q, "in") || is_word (ctx, q, "during") || is_word (ctx, q, "via") ||
          is_word (ctx, q, "on") || is_word (ctx, q, "through"))
        {
          guint first, k = medium_phrase (ctx, q, end, 6, &first);

          if (k > 0)
            {
              int name;
              gboolean named_here = FALSE;

              /* "a written statement", "an interview with CNN" */
              if (medium != NULL && *medium == NULL)
                {
                  *medium = sw_mentions_token_text (ctx->text, first, k + 1);
                  named_here = TRUE;
                }
              q = k + 1;
              /* "in a post on Telegram": where it was posted is part of
               * how it went out */
              if (named_here && q + 1 < end && is_word (ctx, q, "on"))
                {
                  int m = mention_starting_at (ctx, q + 1);

                  /* (but an "op-ed on Fox News's website" is on the site) */
                  if (m >= 0 && mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION &&
                      !(tk (ctx, mention (ctx, m)->last - 1)->flags & SW_TOKEN_POSSESSIVE) &&
                      !(mention (ctx, m)->last < end && (tk (ctx, mention (ctx, m)->last)->flags & SW_TOKEN_POSSESSIVE)))
                    {
                      g_free (*medium);
                      *medium = sw_mentions_token_text (ctx->text, first, mention (ctx, m)->last);
                    }
                }
              /* "in the journal Adolescent Sleep and Health that …": the
               * medium's own name, "and" and all */
              name = q < end && tk (ctx, q)->kind == SW_TOKEN_WORD && tk (ctx, q)->cap != SW_CAP_LOWER
                       ? mention_starting_at (ctx, q) : -1;
              if (name >= 0 && mention (ctx, name)->kind != SW_ACTOR_PERSON)
                {
                  q = mention (ctx, name)->last;
                  while (q + 1 < end && (is_word (ctx, q, "and") || is_punct (ctx, q, '&')) &&
                         tk (ctx, q + 1)->kind == SW_TOKEN_WORD && tk (ctx, q + 1)->cap != SW_CAP_LOWER &&
                         !(wflags (ctx, q + 1) & (SW_WORD_PRONOUN | SW_WORD_FUNCTION)))
                    for (q++; q < end && tk (ctx, q)->kind == SW_TOKEN_WORD && tk (ctx, q)->cap != SW_CAP_LOWER; q++)
                      ;
                }
              /* "in a statement posted on X that …": how it went out */
              if (q + 2 < end && tk (ctx, q)->cap == SW_CAP_LOWER && (is_word (ctx, q + 1, "on") || is_word (ctx, q + 1, "to")) &&
                  is_participle (ctx, q))
                q++;
              if (q + 1 < end && (is_word (ctx, q, "with") || is_word (ctx, q, "on") || is_word (ctx, q, "to")))
                {
                  int m = mention_starting_at (ctx, q + 1);

                  if (m >= 0)
                    q = past_owned_medium (ctx, mention (ctx, m)->last, end);
                  /* "in a note to clients that …": whom it was for */
                  else if (is_word (ctx, q, "to"))
                    {
                      guint w = q + 1;

                      while (w < end && w - q <= 3 && tk (ctx, w)->kind == SW_TOKEN_WORD && is_lowerish (ctx, w) &&
                             !is_word (ctx, w, "that") && !(wflags (ctx, w) & (SW_WORD_CUE | SW_WORD_PRONOUN)) &&
                             !in_list (ctx, w, SW_SET_AUX))
                        w++;
                      if (w > q + 1 && w < end && is_word (ctx, w, "that"))
                        q = w;
                    }
                }
              /* "in a statement released through police that …": how it
               * went out, up to what it said */
              if (q + 2 < end && is_lowerish (ctx, q) && is_participle (ctx, q) && !is_word (ctx, q, "said"))
                {
                  guint w = q + 1;

                  while (w < end && w - q <= 6 && tk (ctx, w)->kind == SW_TOKEN_WORD && !is_word (ctx, w, "that") &&
                         !(wflags (ctx, w) & (SW_WORD_CUE | SW_WORD_PRONOUN)) && !in_list (ctx, w, SW_SET_AUX))
                    w++;
                  if (w > q + 1 && w < end && is_word (ctx, w, "that"))
                    q = w;
                }
              continue;
            }
        }

      /* "said in Brussels the plan would fail": where, a place's name */
      if ((is_word (ctx, q, "in") || is_word (ctx, q, "from")) && q + 2 < end)
        {
          int m = mention_starting_at (ctx, q + 1);

          if (m >= 0 && mention (ctx, m)->kind == SW_ACTOR_PLACE && mention (ctx, m)->last < end &&
              !(tk (ctx, mention (ctx, m)->last)->flags & SW_TOKEN_POSSESSIVE) &&
              !is_word (ctx, mention (ctx, m)->last, "of"))
            {
              q = mention (ctx, m)->last;
              continue;
            }
        }

      if (is_word (ctx, q, "to") && q + 1 < end &&
          (is_word (ctx, q + 1, "reporters") || is_word (ctx, q + 1, "journalists")))
        {
          q += 2;
          continue;
        }

      /* "told reporters on arrival that …", "said on his arrival in
       * Kyiv that …": when it was said */
      if ((is_word (ctx, q, "on") || is_word (ctx, q, "upon")) && q + 1 < end)
        {
          guint k = q + 1;

          if (owner_pronoun (ctx, k) || is_word (ctx, k, "the"))
            k++;
          if (k < end && (is_word (ctx, k, "arrival") || is_word (ctx, k, "arriving") || is_word (ctx, k, "departure") ||
                          is_word (ctx, k, "leaving")))
            {
              q = k + 1;
              continue;
            }
        }
      /* "Caldwell wrote for the majority" */
      if (behalf_end (ctx, q, end) > 0)
        {
          q = behalf_end (ctx, q, end);
          continue;
        }

      /* "told reporters after the meeting that …", "argued in court last
       * week that …", "said from Kyiv that …": when or where it was
       * said, a short phrase before "that" (and perhaps a date) */
      if ((is_word (ctx, q, "after") || is_word (ctx, q, "before") || is_word (ctx, q, "during") ||
           is_word (ctx, q, "following") || is_word (ctx, q, "in") || is_word (ctx, q, "at") ||
           is_word (ctx, q, "from") || is_word (ctx, q, "outside") || is_word (ctx, q, "inside")) &&
          q + 2 < end)
        {
          guint k = q + 1, t;

          while (k < end && k - q <= 5 && tk (ctx, k)->kind == SW_TOKEN_WORD && !is_word (ctx, k, "that") &&
                 !(ctx->tflags[k] & TF_IN_TIMEX) && !(wflags (ctx, k) & (SW_WORD_CUE | SW_WORD_PRONOUN)) &&
                 !in_list (ctx, k, SW_SET_AUX) && !is_word (ctx, k, "and") && !is_word (ctx, k, "or") &&
                 !is_word (ctx, k, "but"))
            k++;
          t = k;
          while (t < end && t - k < 6 && ((ctx->tflags[t] & TF_IN_TIMEX) || is_punct (ctx, t, ',')))
            t++;
          /* the phrase may be the date alone: "insisted in June that" */
          if ((k > q + 1 || t > k) && !in_list (ctx, k - 1, SW_SET_DETERMINER) && t < end && is_word (ctx, t, "that"))
            {
              q = k;
              continue;
            }
        }

      break;
    }

  return q;
}

/* The addressee after "told" at @q, and what is said about how after it
 * ("told The Associated Press in an interview", "told reporters in a
 * briefing", "told employees in a memo that"): records the addressee's
 * mention in @addressee (or leaves it) and a medium, and returns the
 * first token after them. */
/* "told jurors in his closing argument that …": where or when it was
 * said, a few words after "in", "at" or "during" before "that". Returns
 * where "that" is, or @q. */
static guint
that_after_setting (Ctx   *ctx,
                    guint  q,
                    guint  end)
{
  if (q + 2 < end && (is_word (ctx, q, "in") || is_word (ctx, q, "at") || is_word (ctx, q, "during")))
    for (guint k = q + 1; k < end && k - q <= 6; k++)
      {
        if (is_word (ctx, k, "that"))
          return k;
        if (tk (ctx, k)->kind != SW_TOKEN_WORD || (wflags (ctx, k) & SW_WORD_CUE) || (ctx->tflags[k] & TF_IN_DIRECT))
          break;
      }
  return q;
}

/* The names inside a show's title ("State of the Union") are no actors of
 * the story, unless named elsewhere too. */
static void
forget_title_names (Ctx   *ctx,
                    guint  first,
                    guint  last)
{
  for (guint k = first; k < last; k++)
    {
      int m = ctx->mentions->mention_at[k];
      SwActorInfo *info;

      if (m < 0 || mention (ctx, m)->actor < 0)
        continue;
      info = g_ptr_array_index (ctx->mentions->actors, mention (ctx, m)->actor);
      if (info->actor != NULL && info->actor->mentions->len == 1 && !info->spoke)
        info->keep = FALSE;
    }
}

static guint
skip_addressee (Ctx    *ctx,
                guint   q,
                guint   end,
                int    *addressee,
                char  **medium)
{
  int m = mention_starting_at (ctx, q);

  if (m < 0 && q < end && is_word (ctx, q, "the"))
    m = mention_starting_at (ctx, q + 1);
  if (m >= 0)
    {
      guint k;

      *addressee = m;
      q = mention (ctx, m)->last;
      /* "told Tomas Brekke, 58, that …", "told Brekke, the former
       * mayor, that …": words set off after the addressee describe them */
      if (q + 3 < end && is_punct (ctx, q, ','))
        {
          guint w = q + 1;

          while (w < end && w - q <= 10 && (tk (ctx, w)->kind == SW_TOKEN_WORD || tk (ctx, w)->kind == SW_TOKEN_NUMBER) &&
                 !(wflags (ctx, w) & SW_WORD_CUE) && !is_word (ctx, w, "that"))
            w++;
          if (w > q + 1 && w + 1 < end && is_punct (ctx, w, ',') && is_word (ctx, w + 1, "that"))
            q = w + 1;
        }
      /* "told NRK radio", "told Ukrainian television": the
       * addressee's medium */
      if (q < end && is_lowerish (ctx, q) && (wflags (ctx, q) & SW_WORD_MEDIUM) && medium != NULL && *medium == NULL)
        {
          *medium = sw_mentions_token_text (ctx->text, mention (ctx, m)->first, q + 1);
          q++;
        }
      /* "told BBC Radio 4's Today programme": a programme of the
       * addressee's, how it was said */
      k = q < end && tk (ctx, q)->kind == SW_TOKEN_NUMBER ? q + 1 : q;
      /* "told CNN's “State of the Union”": a show's title in marks */
      if (k + 2 < end && (tk (ctx, k)->flags & SW_TOKEN_POSSESSIVE) && tk (ctx, k + 1)->kind == SW_TOKEN_QUOTE &&
          tk (ctx, k + 2)->kind == SW_TOKEN_WORD && tk (ctx, k + 2)->cap != SW_CAP_LOWER)
        {
          guint close = k + 2;

          while (close < end && close - k < 10 && tk (ctx, close)->kind != SW_TOKEN_QUOTE)
            close++;
          if (close < end && tk (ctx, close)->kind == SW_TOKEN_QUOTE)
            {
              if (medium != NULL && *medium == NULL)
                *medium = sw_mentions_token_text (ctx->text, k + 2, close);
              forget_title_names (ctx, k + 2, close);
              return skip_post (ctx, close + 1, end, medium);
            }
        }
      if (k < end && (tk (ctx, k)->flags & SW_TOKEN_POSSESSIVE))
        {
          guint first = ++k;

          while (k < end && k - first < 3 && tk (ctx, k)->kind == SW_TOKEN_WORD && tk (ctx, k)->cap != SW_CAP_LOWER)
            k++;
          if (k < end && (is_word (ctx, k, "programme") || is_word (ctx, k, "program") || is_word (ctx, k, "show") ||
                          is_word (ctx, k, "podcast")))
            k++;
          if (k > first && (k > first + 1 || tk (ctx, k - 1)->cap != SW_CAP_LOWER) &&
              (k >= end || tk (ctx, k)->kind != SW_TOKEN_WORD || is_word (ctx, k, "that") || is_word (ctx, k, "on") ||
               is_word (ctx, k, "in")))
            {
              if (medium != NULL && *medium == NULL)
                *medium = sw_mentions_token_text (ctx->text, first, k);
              q = k;
            }
        }
    }
  else
    {
      Np obj = np_right (ctx, q);

      if (obj.valid)
        q = obj.last;
      else if (q < end && ((wflags (ctx, q) & SW_WORD_PRONOUN) || in_list (ctx, q, SW_SET_SPEAKER) ||
                           /* (the lexicon knows "us" as the country) */
                           (is_word (ctx, q, "us") && tk (ctx, q)->cap == SW_CAP_LOWER)))
        q++; /* "told him", "told reporters", "told us" */
      else
        {
          /* "told employees in a memo that", "told the staff that": a
           * few words for people before "that" */
          guint k = q;

          if (k < end && in_list (ctx, k, SW_SET_DETERMINER))
            k++;
          while (k < end && k - q < 4 && is_lowerish (ctx, k) && common_noun_head (ctx, k) && !is_word (ctx, k, "that"))
            k++;
          if (k > q && !in_list (ctx, k - 1, SW_SET_DETERMINER))
            {
              guint next = skip_post (ctx, k, end, NULL);
              char g;

              /* (or "told jurors they would …": a clause's subject) */
              if (next < end && (is_word (ctx, next, "that") || that_after_setting (ctx, next, end) > next ||
                                 (next == k && next + 1 < end && subject_pronoun (ctx, next, &g) &&
                                  !is_word (ctx, next, "it") && is_lowerish (ctx, next + 1) &&
                                  in_list (ctx, next + 1, SW_SET_AUX))))
                q = k;
            }
        }
    }
  q = skip_post (ctx, q, end, medium);
  return that_after_setting (ctx, q, end);
}

/* "to" opening an infinitive ("to congratulate her"), not a phrase ("to
 * supporters") */
static gboolean
infinitive_follows (Ctx   *ctx,
                    guint  to)
{
  guint k = to + 1;

  if (k >= ctx->text->tokens->len || tk (ctx, k)->kind != SW_TOKEN_WORD || !is_lowerish (ctx, k) ||
      in_list (ctx, k, SW_SET_DETERMINER) || (wflags (ctx, k) & SW_WORD_PRONOUN))
    return FALSE;
  /* a plural or a noun of people is the one spoken to */
  return !in_list (ctx, k, SW_SET_SPEAKER) && ctx->text->text[tk (ctx, k)->end - 1] != 's';
}

/* A finite verb of letters at @k after the noun before it: "the team
 * needs to improve", "the players deserved the win"; not "the new rules
 * to the list" nor "the proposed changes" */
static gboolean
finite_verb_at (Ctx   *ctx,
                guint  k,
                guint  end)
{
  static const char *const before_to[] = {
    "needs", "wants", "seems", "appears", "continues", "tends", "deserves", "refuses", "tries",
  };
  const SwToken *t = tk (ctx, k);
  const char *w = ctx->text->text + t->start;
  gsize len = t->end - t->start;

  if (t->kind != SW_TOKEN_WORD || t->cap != SW_CAP_LOWER || !(t->flags & SW_TOKEN_ASCII_LETTERS) ||
      k + 1 >= end || in_list (ctx, k - 1, SW_SET_DETERMINER) || tk (ctx, k - 1)->kind != SW_TOKEN_WORD ||
      (wflags (ctx, k) & SW_WORD_FUNCTION))
    return FALSE;
  /* a verb in -s only when no noun could be it ("members to appoint") */
  for (guint i = 0; i < G_N_ELEMENTS (before_to); i++)
    if (is_word (ctx, k, before_to[i]))
      return is_word (ctx, k + 1, "to") && infinitive_follows (ctx, k + 1);
  /* a past before its object ("expected to take" is a passive's) */
  if (len > 4 && w[len - 2] == 'e' && w[len - 1] == 'd')
    return in_list (ctx, k + 1, SW_SET_DETERMINER) || (wflags (ctx, k + 1) & SW_WORD_PRONOUN) ||
           is_word (ctx, k + 1, "well");
  return FALSE;
}

/* Does a clause start at @q ("the plan will fail")? For belief verbs,
 * which otherwise take plain objects. */
static gboolean
clause_follows (Ctx  *ctx,
                guint q,
                guint end)
{

  if (q >= end)
    return FALSE;
  if (is_word (ctx, q, "that"))
    return TRUE;

  for (guint k = q + 1; k < end && k - q < 8; k++)
    {
      if (tk (ctx, k)->kind == SW_TOKEN_PUNCT)
        return FALSE;
      /* "showed no emotion as the verdict was read": the clause after a
       * conjunction is not the object */
      if (is_word (ctx, k, "as") || is_word (ctx, k, "because") || is_word (ctx, k, "while") ||
          is_word (ctx, k, "when") || is_word (ctx, k, "since") || is_word (ctx, k, "after") ||
          is_word (ctx, k, "before") || is_word (ctx, k, "although") || is_word (ctx, k, "though") ||
          is_word (ctx, k, "if") || is_word (ctx, k, "until") || is_word (ctx, k, "who") || is_word (ctx, k, "which"))
        return FALSE;
      if (in_list (ctx, k, SW_SET_AUX))
        return TRUE;
      /* "added the team needs to improve" */
      if (k >= q + 2 && finite_verb_at (ctx, k, end))
        return TRUE;
    }

  return FALSE;
}

/* "expects prices to ease", "believes the talks to be over": a noun
 * phrase of a few words, then "to" and a verb, at @q: what a belief is
 * about and what it holds of it */
static gboolean
subject_infinitive (Ctx   *ctx,
                    guint  q,
                    guint  end)
{
  guint k = q;

  while (k < end && k - q < 4 && tk (ctx, k)->kind == SW_TOKEN_WORD && !is_word (ctx, k, "to") &&
         !(wflags (ctx, k) & SW_WORD_CUE) && !in_list (ctx, k, SW_SET_AUX))
    k++;
  return k > q && k + 1 < end && is_word (ctx, k, "to") && tk (ctx, k + 1)->kind == SW_TOKEN_WORD &&
         tk (ctx, k + 1)->cap == SW_CAP_LOWER && !in_list (ctx, k + 1, SW_SET_DETERMINER) &&
         !(wflags (ctx, k + 1) & SW_WORD_PRONOUN);
}

/* Is there a quotation in marks between @first and @last ("added the
 * words “Hillary Clinton”")? */
static gboolean
quotation_within (Ctx   *ctx,
                  guint  first,
                  guint  last)
{
  for (guint k = first; k < last; k++)
    if (ctx->tflags[k] & TF_IN_DIRECT)
      return TRUE;
  return FALSE;
}

/* Is a reporting word between @first and @last outside quotation marks
 * ("… the words ‘I can't breathe’, as Eric Garner said"), not one of
 * belief ("a remark her colleagues found irresistible")? */
static gboolean
cue_outside_quotes (Ctx   *ctx,
                    guint  first,
                    guint  last)
{
  for (guint k = first; k < last; k++)
    if (!(ctx->tflags[k] & TF_IN_DIRECT) && (tk (ctx, k)->flags & SW_TOKEN_CUE) && is_lowerish (ctx, k))
      {
        guint n;
        const SwCue *cue = match_cue (ctx, k, &n);

        if (cue != NULL && !(cue->flags & SW_CUE_WEAK))
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
  guint sent = g_array_index (ctx->text->sent_of, guint, first);
  int *slot = &ctx->sent_cand[sent];
  int index = c - &g_array_index (ctx->cands, Cand, 0);

  c->cue_first = first;
  c->cue_last = first + n;
  for (guint i = first; i < first + n; i++)
    ctx->tflags[i] |= TF_CUE_USED;

  if (*slot < 0 || g_array_index (ctx->cands, Cand, *slot).cue_first > first)
    *slot = index;
}

/* Trims punctuation and "that" off content tokens. */
static gboolean
trim_content (Ctx   *ctx,
              guint *first,
              guint *last)
{
  const SwSentence *s;
  guint dateline;

  /* nothing to trim: a cue at the very end of the text ("… called for") */
  if (*first >= *last)
    return FALSE;
  s = sentence_of (ctx, *first);

  /* "GENEVA — A new vaccine cut deaths …, researchers reported": the
   * dateline says where the story was filed, not what was said */
  if (*first == s->first && (dateline = sw_text_dateline_end (ctx->text, s)) > 0 && dateline < *last)
    *first = dateline;
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

  for (guint i = open; i < close + (closed ? 1 : 0) && i < ctx->text->tokens->len; i++)
    ctx->tflags[i] |= TF_IN_DIRECT;

  g_array_append_val (ctx->dquotes, dq);
}

/* Straight marks, curly marks (“…”, „…“) and guillemets are three
 * families: a quote that runs on into the next paragraph opens it with
 * a mark of its own family. */
static guint
quote_family (gunichar ch)
{
  switch (ch)
    {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
      return 1;
    case 0x00AB: case 0x00BB:
      return 2;
    default:
      return 0;
    }
}

/* “We will not accept this, he said. The talks …: a mark left open
 * ends where an attribution set off by a comma follows (a name or a
 * pronoun of up to three words and a verb of saying that ends its clause),
 * so the rest of the paragraph stays outside. Returns the token after
 * that comma, or @end. */
static guint
unclosed_end (Ctx   *ctx,
              guint  open,
              guint  end)
{
  for (guint c = open + 2; c + 2 < end; c++)
    {
      guint k = c + 1, n = 0;

      if (!is_punct (ctx, c, ','))
        continue;
      while (k < end && k - c <= 3 && tk (ctx, k)->kind == SW_TOKEN_WORD && match_cue (ctx, k, &n) == NULL &&
             (tk (ctx, k)->cap != SW_CAP_LOWER || (wflags (ctx, k) & SW_WORD_PRONOUN)))
        k++;
      if (k == c + 1 || k >= end || match_cue (ctx, k, &n) == NULL)
        continue;
      if (k + n >= end || is_punct (ctx, k + n, '.') || is_punct (ctx, k + n, ','))
        return c + 1;
    }
  return end;
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

      if (t->kind == SW_TOKEN_QUOTE && (t->quote & SW_QUOTE_SINGLE))
        {
          /* where pair_single_quotes() starts */
          if ((t->quote & SW_QUOTE_OPEN) && !(t->quote & SW_QUOTE_CLOSE) && i < ctx->first_single)
            ctx->first_single = i;
        }
      else if (t->kind == SW_TOKEN_QUOTE)
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
          /* An opening mark of the same family at the start of the next
           * paragraph continues the quote; anything else ends it here. A
           * straight mark left open before a paragraph of curly ones is
           * a stray, not the start of a long quotation. */
          if (i + 1 < n && tk (ctx, i + 1)->kind == SW_TOKEN_QUOTE && (tk (ctx, i + 1)->quote & SW_QUOTE_OPEN) &&
              !(tk (ctx, i + 1)->quote & SW_QUOTE_SINGLE) &&
              quote_family (tk (ctx, i + 1)->ch) == quote_family (tk (ctx, open)->ch))
            {
              depth = 0;
              i++;
              continue;
            }
          record_dquote (ctx, open, unclosed_end (ctx, open, i + 1), FALSE);
          open = -1;
        }
    }
}

static int
compare_dquote_open (gconstpointer a,
                     gconstpointer b)
{
  const DQuote *x = a, *y = b;

  return (x->open > y->open) - (x->open < y->open);
}

/* Single marks that end a quotation: not "the workers’ union", a
 * plural's possessive before the noun it qualifies */
static gboolean
closes_single (Ctx   *ctx,
               guint  k)
{
  const SwToken *c = tk (ctx, k);
  const SwToken *before = tk (ctx, k - 1);

  if (c->kind != SW_TOKEN_QUOTE || !(c->quote & SW_QUOTE_SINGLE) || !(c->quote & SW_QUOTE_CLOSE) ||
      (c->quote & SW_QUOTE_OPEN))
    return FALSE;
  if (before->kind == SW_TOKEN_WORD && (ctx->text->text[before->end - 1] | 0x20) == 's' &&
      k + 1 < ctx->text->tokens->len && tk (ctx, k + 1)->kind == SW_TOKEN_WORD)
    return FALSE;
  return TRUE;
}

/* The first of the direct quotes [0, @n), sorted by their opening mark,
 * that opens at or after @token; @n when none does */
static guint
dquote_lower_bound (Ctx   *ctx,
                    guint  token,
                    guint  n)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (ctx->dquotes, DQuote, mid).open < token)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* British style: ‘…’ or '…' marks a quotation where no double marks do.
 * An opening single mark pairs with the next closing one in its
 * paragraph, or in the paragraphs that open with a single mark after it
 * (a quotation that runs on); a mark that finds none is an apostrophe.
 * Each token is looked at a bounded number of times. */
static void
pair_single_quotes (Ctx *ctx)
{
  guint n = ctx->text->tokens->len;
  guint n_double = ctx->dquotes->len, n_nested = 0;
  gboolean added = FALSE;

  for (guint i = ctx->first_single; i < n && i + 2 < n; i++)
    {
      const SwToken *t = tk (ctx, i);
      gboolean found = FALSE;
      guint k, inner[4], n_inner = 0;

      if (t->kind != SW_TOKEN_QUOTE || !(t->quote & SW_QUOTE_SINGLE) || !(t->quote & SW_QUOTE_OPEN) ||
          (t->quote & SW_QUOTE_CLOSE) || (ctx->tflags[i] & TF_IN_DIRECT) ||
          (tk (ctx, i + 1)->kind != SW_TOKEN_WORD && tk (ctx, i + 1)->kind != SW_TOKEN_NUMBER))
        continue;

      for (k = i + 1; k < n && k - i < 400; k++)
        {
          const SwToken *c = tk (ctx, k);

          /* British style, ‘… said “this cap will be in place” …’: a
           * closed quotation in double marks inside single ones */
          if (ctx->tflags[k] & TF_IN_DIRECT)
            {
              guint lo = dquote_lower_bound (ctx, k, n_double);
              const DQuote *dq;

              if (lo == n_double || n_inner == G_N_ELEMENTS (inner))
                break;
              dq = &g_array_index (ctx->dquotes, DQuote, lo);
              if (dq->open != k || !dq->closed || (tk (ctx, dq->close)->flags & SW_TOKEN_PARA_START))
                break;
              inner[n_inner++] = lo;
              k = dq->close;
              continue;
            }
          if ((c->flags & SW_TOKEN_PARA_START) &&
              !(c->kind == SW_TOKEN_QUOTE && (c->quote & SW_QUOTE_SINGLE) && (c->quote & SW_QUOTE_OPEN) &&
                !(c->quote & SW_QUOTE_CLOSE)))
            break;
          if (closes_single (ctx, k))
            {
              found = TRUE;
              break;
            }
        }

      if (found && k > i + 2)
        {
          /* the inner quotation is part of the outer one's words */
          for (guint j = 0; j < n_inner; j++)
            g_array_index (ctx->dquotes, DQuote, inner[j]).open = G_MAXUINT;
          n_nested += n_inner;
          record_dquote (ctx, i, k, TRUE);
          added = TRUE;
        }
      /* an opening mark between here and there finds no other close */
      i = found ? k : k - 1;
    }

  if (added)
    {
      g_array_sort (ctx->dquotes, compare_dquote_open);
      g_array_set_size (ctx->dquotes, ctx->dquotes->len - n_nested);
    }
}

/* The first direct quote that opens at or after @token. */
static guint
dquote_from (Ctx  *ctx,
             guint token)
{
  return dquote_lower_bound (ctx, token, ctx->dquotes->len);
}

/* The direct quote whose marks enclose @token, or NULL. */
static DQuote *
dquote_at (Ctx  *ctx,
           guint token)
{
  guint d = dquote_from (ctx, token + 1);
  DQuote *dq;

  if (d == 0)
    return NULL;

  dq = &g_array_index (ctx->dquotes, DQuote, d - 1);
  return dq->close >= token ? dq : NULL;
}

/* Pass 2: direct quotes */

/* Where the clause that marks opening inside a sentence go on starts, a
 * short run of words with no verb of saying and no punctuation before a
 * lower-case first quoted word ("The Commission “is following …”"); else
 * the opening mark itself. */
static guint
lead_in_start (Ctx          *ctx,
               const DQuote *dq)
{
  const SwSentence *s = sentence_of (ctx, dq->open);
  guint first = s->first;

  while (first < dq->open && tk (ctx, first)->kind == SW_TOKEN_QUOTE)
    first++;
  if (first >= dq->open || dq->open - first > 8 || dq->open + 1 >= dq->close ||
      !is_lowerish (ctx, dq->open + 1) || tk (ctx, first)->cap == SW_CAP_LOWER)
    return dq->open;
  /* a subject, not "Bemoaning the “phony system,”" or "In 2015 “…”" */
  {
    const SwToken *t = tk (ctx, first);
    const char *w = ctx->text->text + t->start;

    if (in_list (ctx, first, SW_SET_PREPOSITION) ||
        (t->end - t->start > 4 && g_ascii_strncasecmp (w + t->end - t->start - 3, "ing", 3) == 0))
      return dq->open;
  }
  for (guint k = first; k < dq->open; k++)
    if ((tk (ctx, k)->kind != SW_TOKEN_WORD && !plural_possessive_mark (ctx, k)) ||
        (ctx->tflags[k] & (TF_IN_DIRECT | TF_IN_CONTENT)) || (wflags (ctx, k) & SW_WORD_CUE) ||
        in_list (ctx, k, SW_SET_AUX) || is_word (ctx, k, "that"))
      return dq->open;
  return first;
}

static gboolean
attribute_after (Ctx      *ctx,
                 DQuote   *dq,
                 int       index,
                 gboolean  sentence_done)
{
  guint n = ctx->text->tokens->len;
  guint k = dq->close + (dq->closed ? 1 : 0);
  guint end, cue_at = 0, cue_n = 0;
  const SwCue *cue;
  Np np = { 0, };
  Cand *c;
  char *medium = NULL;
  /* “… ,” or “…”, : the marks end a clause, and the speaker may come
   * a few words on */
  gboolean punctuated = dq->close > dq->open + 1 && tk (ctx, dq->close - 1)->kind == SW_TOKEN_PUNCT;

  if (k >= n || (tk (ctx, k)->flags & SW_TOKEN_PARA_START))
    return FALSE;

  end = sentence_of (ctx, k)->last;
  for (guint j = k; j < end; j++)
    if (ctx->tflags[j] & TF_IN_DIRECT)
      {
        end = j;
        break;
      }

  {
    gboolean dash = FALSE;
    int m;

    while (k < end && (is_punct (ctx, k, ',') || is_punct (ctx, k, 0x2014) || is_punct (ctx, k, 0x2013) ||
                       is_punct (ctx, k, 0x2015)))
      {
        dash |= !is_punct (ctx, k++, ',');
        punctuated = TRUE;
      }
    if (k >= end)
      return FALSE;

    /* “…” ― Christina Lastra.: a name after a dash that ends the sentence
     * signs the quotation, as in a round-up of readers' words */
    m = mention_starting_at (ctx, k);
    if (dash && m >= 0 && (mention (ctx, m)->kind == SW_ACTOR_PERSON || mention (ctx, m)->kind == SW_ACTOR_OTHER) &&
        (mention (ctx, m)->last >= end || (is_punct (ctx, mention (ctx, m)->last, '.') &&
                                           mention (ctx, m)->last + 1 >= end)))
      {
        np.first = mention (ctx, m)->first;
        np.last = mention (ctx, m)->last;
        np.mentions[0] = m;
        np.n_mentions = 1;
        np.valid = TRUE;
        c = add_cand (ctx, SW_QUOTE_DIRECT, dq->open + 1, dq->close);
        c->np = np;
        c->source = SPEAKER_NP;
        c->dquote = index;
        return TRUE;
      }
  }

  cue = match_cue (ctx, k, &cue_n);
  if (cue != NULL && !(cue->flags & (SW_CUE_PREP | SW_CUE_GERUND)))
    {
      guint q = skip_post (ctx, k + cue_n, end, &medium);

      np = np_right (ctx, q);
      cue_at = k;
    }
  else if (!is_word (ctx, k, "but") && !is_word (ctx, k, "and") && !is_word (ctx, k, "yet") &&
           !is_word (ctx, k, "although") && !is_word (ctx, k, "though") && !is_word (ctx, k, "while"))
    {
      /* “…,” White House press secretary Josh Earnest said: the cue is
       * near, and the words before it name the speaker. After “…,” but
       * he said that …, a new clause reports something else. */
      for (guint q = k + 1; q < end && q - k < 30; q++)
        {
          cue = match_cue (ctx, q, &cue_n);
          if (cue == NULL)
            continue;
          /* "the states", "his claims": a noun after a determiner */
          if (in_list (ctx, q - 1, SW_SET_DETERMINER) || (tk (ctx, q - 1)->flags & SW_TOKEN_POSSESSIVE))
            continue;
          /* ", according to", ", saying" start something else; "one of
           * the states suing the agency" inside an insert does not */
          if (cue->flags & (SW_CUE_PREP | SW_CUE_GERUND))
            {
              if (is_punct (ctx, q - 1, ','))
                break;
              continue;
            }
          /* “…”, a remark her colleagues found irresistible: a belief
           * with an object of its own attributes nothing */
          if ((cue->flags & SW_CUE_WEAK) && q + cue_n < end && is_lowerish (ctx, q + cue_n) &&
              !in_list (ctx, q + cue_n, SW_SET_PREPOSITION) && behalf_end (ctx, q + cue_n, end) == 0)
            break;
          /* “…” against what the campaign sees as an attack: with
           * nothing between, the speaker follows the marks at once */
          np = np_left (ctx, q);
          /* ("“…” against peaceful marchers in three cities and called
           * for an inquiry": a phrase that goes on with the sentence
           * names nobody) */
          if (np.valid && np.first >= k && np.first <= (punctuated ? k + 6 : k) &&
              !in_list (ctx, np.first, SW_SET_PREPOSITION))
            cue_at = q;
          else
            np.valid = FALSE;
          break;
        }
    }

  if (!np.valid)
    {
      g_free (medium);
      return FALSE;
    }

  /* After a finished sentence in marks, “….” The network said it would …
   * starts new content; only a bare “….” Trump said. attributes it. */
  if (sentence_done)
    {
      guint q = skip_post (ctx, MAX (cue_at + cue_n, np.last), end, NULL);

      /* … and “….” She adds, “…”: the new sentence brings the next
       * quotation in */
      if ((q < end && !is_punct (ctx, q, ',')) ||
          (q < end && q + 1 < n && tk (ctx, q + 1)->kind == SW_TOKEN_QUOTE && (tk (ctx, q + 1)->quote & SW_QUOTE_OPEN)))
        {
          g_free (medium);
          return FALSE;
        }
    }

  c = add_cand (ctx, SW_QUOTE_DIRECT, dq->open + 1, dq->close);
  c->np = np;
  c->source = SPEAKER_NP;
  c->dquote = index;
  c->medium = medium;
  set_cue (ctx, c, cue_at, cue_n);

  /* The Commission “is following the situation closely”, she said: the
   * words before marks that open inside a sentence are the subject of
   * what is quoted, and part of what was said */
  {
    guint first = lead_in_start (ctx, dq);

    if (first < dq->open)
      {
        c->kind = SW_QUOTE_MIXED;
        c->c_first = first;
        c->pos = first;
        c->c_last = dq->close + (dq->closed ? 1 : 0);
      }
  }

  {
    guint q = skip_post (ctx, MAX (cue_at + cue_n, np.last), end, &c->medium);

    if ((cue->flags & SW_CUE_ADDRESSEE) && q < end)
      skip_addressee (ctx, q, end, &c->addressee, &c->medium);
    /* "said the chief executive, Volodymyr Kudrytskyi, in a televised
     * address.": after the name's closing comma, how it was said ends
     * the sentence */
    else if (c->medium == NULL && q + 1 < end && is_punct (ctx, q, ','))
      {
        char *medium_after = NULL;
        guint r = skip_post (ctx, q + 1, end, &medium_after);

        while (r < end && tk (ctx, r)->kind == SW_TOKEN_PUNCT && !is_punct (ctx, r, ','))
          r++;
        if (r >= end)
          c->medium = medium_after;
        else
          g_free (medium_after);
      }
  }

  return TRUE;
}

/* A common noun for people, a body or a document: "judge", "authority",
 * "officials", "poll" */
static gboolean
speaker_head (Ctx  *ctx,
              guint i)
{
  return common_noun_head (ctx, i) &&
         ((wflags (ctx, i) & (SW_WORD_TITLE | SW_WORD_ORG_HEAD | SW_WORD_GROUP)) ||
          in_list (ctx, i, SW_SET_SPEAKER | SW_SET_DOCUMENT));
}

/* Does a date start at @k, with "that" right after it: "(saying on)
 * Saturday that …"? */
static gboolean
date_then_that (Ctx   *ctx,
                guint  k,
                guint  end)
{
  guint first = k;

  while (k < end && k - first < 8 && ((ctx->tflags[k] & TF_IN_TIMEX) || time_word (ctx, k)))
    k++;
  return k > first && k < end && is_word (ctx, k, "that");
}

/* Is @word one of the tokens in [from, to)? */
static gboolean
any_word_between (Ctx        *ctx,
                  guint       from,
                  guint       to,
                  const char *word)
{
  for (guint k = from; k < to; k++)
    if (is_word (ctx, k, word))
      return TRUE;
  return FALSE;
}

/* Is the word at @k one for a picture: "photograph", "video", "selfie"? */
static gboolean
picture_word (Ctx   *ctx,
              guint  k)
{
  static const char *const words[] = {
    "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "video",
    "videos", "clip", "clips", "selfie", "meme", "map", "chart", NULL,
  };

  return is_word_in (ctx, k, words);
}

/* Is the cue word at @i a participle that qualifies a medium a
 * preposition governs, not a verb with a subject: "apologised in a video
 * posted on the bank's website:", "In a brief message to supporters
 * posted online, she said"? ("A statement posted online said" keeps its
 * subject.) */
static gboolean
medium_participle (Ctx              *ctx,
                   const SwSentence *s,
                   guint             i)
{
  static const char *const prepositions[] = {
    "in", "on", "via", "through", "into", "from", "with", NULL,
  };
  guint m = i - 1;

  if (i < s->first + 2 || !is_lowerish (ctx, i) || !is_participle (ctx, i) || is_word (ctx, i, "said") ||
      is_word (ctx, i, "told"))
    return FALSE;
  /* the medium, or the medium and whom it was for: "a message to
   * supporters" */
  if (!(wflags (ctx, m) & SW_WORD_MEDIUM) && m > s->first + 2 && is_lowerish (ctx, m) &&
      tk (ctx, m)->kind == SW_TOKEN_WORD && !(wflags (ctx, m) & SW_WORD_PRONOUN) && is_word (ctx, m - 1, "to"))
    m -= 2;
  if (!(wflags (ctx, m) & SW_WORD_MEDIUM) || !is_lowerish (ctx, m))
    return FALSE;
  /* back over its article and the words that qualify it ("a brief") */
  for (guint k = m; k > s->first && m - k < 4; k--)
    {
      if (is_word_in (ctx, k - 1, prepositions))
        return TRUE;
      if (tk (ctx, k - 1)->kind != SW_TOKEN_WORD || !is_lowerish (ctx, k - 1) || in_list (ctx, k - 1, SW_SET_AUX) ||
          (wflags (ctx, k - 1) & (SW_WORD_CUE | SW_WORD_PRONOUN)))
        return FALSE;
    }
  return FALSE;
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

  for (guint k = j; k > floor && j - k < 12; k--)
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
      /* "wrote in a post on Telegram:": a noun after its article is no
       * cue; the verb is further back */
      if (ci > floor && in_list (ctx, ci - 1, SW_SET_DETERMINER))
        continue;
      /* "apologised in a video posted on the bank's website:": nor is a
       * participle after a preposition's object */
      if (medium_participle (ctx, s, ci))
        continue;
      /* (that far back only before a colon, with no clause of what was
       * said between: "wrote in a post on Telegram shortly after the
       * ceremony:", not "said Friday that if …, “…”") */
      if (j - k >= 8 && (!is_punct (ctx, j, ':') || any_word_between (ctx, ci + cue_n, j, "that")))
        return FALSE;
      /* Without a colon or comma, only "X said “…”" right before the mark. */
      if (j == dq->open && ci + cue_n != j)
        return FALSE;

      if (cue->flags & SW_CUE_PREP)
        np = np_right (ctx, ci + cue_n);
      else
        np = np_left (ctx, ci);

      if (!np.valid)
        return FALSE;

      /* "the minister wrote that the agreement showed “…”", "writing
       * that the union had shown “…”": a thing that "shows" inside what
       * someone reports, and anyone who merely showed or believed, is
       * part of their report, and the quotation theirs */
      if (np.first > floor + 1 && is_word (ctx, np.first - 1, "that") &&
          ((np.n_mentions == 0 && np.pronoun == 0 && !speaker_head (ctx, np.last - 1)) ||
           (cue->flags & SW_CUE_WEAK)))
        {
          for (guint b = np.first - 1; b > floor; b--)
            if (match_cue (ctx, b - 1, &(guint){ 0 }) != NULL)
              return FALSE;
        }
      /* (and so with no "that": "Olmedo said his side had shown “…”") */
      if ((cue->flags & SW_CUE_WEAK) && np.first > floor && (tk (ctx, np.first - 1)->flags & SW_TOKEN_CUE) &&
          match_cue (ctx, np.first - 1, &(guint){ 0 }) != NULL)
        return FALSE;

      c = add_cand (ctx, SW_QUOTE_DIRECT, dq->open + 1, dq->close);
      c->np = np;
      c->source = SPEAKER_NP;
      c->dquote = index;
      set_cue (ctx, c, ci, cue_n);
      if ((cue->flags & SW_CUE_ADDRESSEE) && ci + cue_n < j)
        skip_addressee (ctx, ci + cue_n, j, &c->addressee, &medium);
      else
        skip_post (ctx, ci + cue_n, j, &medium);
      c->medium = medium;
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

/* “Fox News Sunday,” “Make Your Kid a Millionaire”: a title in marks,
 * every word capitalised but the short function words, is no speech. */
static gboolean
quote_is_title (Ctx          *ctx,
                const DQuote *dq)
{
  guint capital = 0, upper = 0, words = 0;

  if (sentence_of (ctx, dq->open)->caps || sentence_of (ctx, dq->open)->title)
    return FALSE;

  for (guint i = dq->open + 1; i < dq->close; i++)
    {
      const SwToken *t = tk (ctx, i);

      if (t->kind != SW_TOKEN_WORD || (t->flags & SW_TOKEN_POSSESSIVE))
        continue;
      words++;
      if (t->cap == SW_CAP_INITIAL || t->cap == SW_CAP_UPPER)
        capital += t->end - t->start >= 3;
      else if (t->end - t->start > 3)
        return FALSE;
      if (t->cap == SW_CAP_UPPER || t->end - t->start == 1)
        upper++;
      if (capital > 8)
        return FALSE;
    }
  /* “KESSLER HAS SOLD OUR RIVER FOR A HANDSHAKE”: a sentence shouted in
   * capitals, not a title */
  if (words >= 5 && upper == words)
    return FALSE;

  /* "CNN's “State of the Union”": a title after a possessive */
  if (capital >= 2 && dq->open > 0 && (tk (ctx, dq->open - 1)->flags & SW_TOKEN_POSSESSIVE))
    return TRUE;
  return capital >= 3;
}

/* "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be …’", "A
 * lesson from Loretta Lynch: ‘Be the voice …’": a quotation after the
 * colon of a headline-like paragraph, which it ends, is the first person
 * or organisation the words before the colon name. */
static gboolean
attribute_headline (Ctx    *ctx,
                    DQuote *dq,
                    int     index)
{
  guint n = ctx->text->tokens->len;
  guint colon = dq->open - 1;
  guint after = dq->close + 1;
  const SwSentence *s;
  Cand *c;

  if (dq->open == 0 || !dq->closed || !is_punct (ctx, colon, ':'))
    return FALSE;
  s = sentence_of (ctx, colon);
  if (!(tk (ctx, s->first)->flags & SW_TOKEN_PARA_START) || colon - s->first > 12 || colon == s->first)
    return FALSE;
  if (after < n && is_punct (ctx, after, '.'))
    after++;
  if (after < n && !(tk (ctx, after)->flags & SW_TOKEN_PARA_START))
    return FALSE;

  for (guint k = s->first; k < colon; k++)
    {
      int m = mention_starting_at (ctx, k);

      if (ctx->tflags[k] & TF_IN_DIRECT)
        return FALSE;
      if (m < 0 || mention (ctx, m)->name == NULL ||
          (mention (ctx, m)->kind != SW_ACTOR_PERSON && mention (ctx, m)->kind != SW_ACTOR_ORGANIZATION &&
           mention (ctx, m)->kind != SW_ACTOR_OTHER))
        continue;
      c = add_cand (ctx, SW_QUOTE_DIRECT, dq->open + 1, dq->close);
      c->np.first = k;
      c->np.last = mention (ctx, m)->last;
      c->np.valid = TRUE;
      c->np.mentions[0] = m;
      c->np.n_mentions = 1;
      c->source = SPEAKER_NP;
      c->dquote = index;
      set_cue (ctx, c, colon, 1);
      return TRUE;
    }
  return FALSE;
}

static void
find_direct (Ctx *ctx)
{
  for (guint d = 0; d < ctx->dquotes->len; d++)
    {
      DQuote *dq = &g_array_index (ctx->dquotes, DQuote, d);
      gboolean ends_clause;
      const SwToken *before = dq->close > dq->open + 1 ? tk (ctx, dq->close - 1) : NULL;

      if (dq->taken || quote_is_title (ctx, dq))
        continue;

      /* “… ,” invites the attribution after; “… .” more often before. */
      ends_clause = before != NULL && before->kind == SW_TOKEN_PUNCT && before->ch == '.';

      /* Two or three words in marks are a phrase, not a statement, unless
       * punctuated as speech: “I would,” she said; she said: “We will.” */
      if (quote_words (ctx, dq) < 4)
        {
          if (before != NULL && before->kind == SW_TOKEN_PUNCT &&
              (before->ch == ',' || before->ch == '?' || before->ch == '!') &&
              attribute_after (ctx, dq, d, FALSE))
            {
              dq->taken = TRUE;
              dq->cand = ctx->cands->len - 1;
            }
          else if (before != NULL &&
                   ((before->kind == SW_TOKEN_PUNCT && (before->ch == '.' || before->ch == '?' || before->ch == '!')) ||
                    /* “We go on”. */
                    (dq->closed && dq->close + 1 < ctx->text->tokens->len && is_punct (ctx, dq->close + 1, '.'))) &&
                   dq->open > 0 && tk (ctx, dq->open - 1)->kind == SW_TOKEN_PUNCT && tk (ctx, dq->open - 1)->ch == ':' &&
                   tk (ctx, dq->open + 1)->kind == SW_TOKEN_WORD && tk (ctx, dq->open + 1)->cap != SW_CAP_LOWER)
            {
              dq->taken = attribute_before (ctx, dq, d);
              if (dq->taken)
                dq->cand = ctx->cands->len - 1;
            }
          continue;
        }

      if (ends_clause)
        dq->taken = attribute_before (ctx, dq, d) || attribute_after (ctx, dq, d, TRUE);
      else
        dq->taken = attribute_after (ctx, dq, d, FALSE) || attribute_before (ctx, dq, d);
      if (!dq->taken)
        dq->taken = attribute_headline (ctx, dq, d);

      if (dq->taken)
        dq->cand = ctx->cands->len - 1;
    }
}

/* Could tokens [@first, @last) be a speaker's label, "PENCE", "MR
 * TRUMP", rather than the first part of a headline, "STRIKE AT PORT"? */
static gboolean
label_like (Ctx  *ctx,
            guint first,
            guint last)
{
  for (guint k = first; k < last; k++)
    if ((wflags (ctx, k) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_TIME)) ||
        in_list (ctx, k, SW_SET_PREPOSITION | SW_SET_DETERMINER))
      return FALSE;
  return TRUE;
}

/* "Pat Caddell: Democrat voters worried …" opening a paragraph, and the
 * speaker labels of a transcript ("PENCE: Well, look, …"). */
static void
find_headline (Ctx *ctx)
{
  guint n = ctx->text->tokens->len;

  /* a paragraph starts a sentence: the sentences lead to every paragraph
   * without a pass over all the tokens */
  for (guint si = 0; si < ctx->text->sentences->len; si++)
    {
      guint i = g_array_index (ctx->text->sentences, SwSentence, si).first;
      guint colon, end, words = 0;
      DQuote *dq = NULL;
      int m;
      Cand *c;

      if (!(tk (ctx, i)->flags & SW_TOKEN_PARA_START))
        continue;

      /* a transcript quoted whole: "\"WALLACE: Let’s start …" */
      if (tk (ctx, i)->kind == SW_TOKEN_QUOTE && i + 1 < n)
        {
          dq = dquote_at (ctx, i + 1);
          if (dq == NULL || !(tk (ctx, i)->quote & SW_QUOTE_OPEN))
            continue;
          i++;
        }

      /* one to four capitalised words, then the colon */
      for (colon = i; colon < n && colon - i < 5; colon++)
        {
          const SwToken *t = tk (ctx, colon);

          if (t->kind != SW_TOKEN_WORD || (t->cap != SW_CAP_INITIAL && t->cap != SW_CAP_UPPER) ||
              (colon > i && (t->flags & SW_TOKEN_PARA_START)))
            break;
        }
      if (colon == i || !is_punct (ctx, colon, ':') || ((ctx->tflags[colon] & TF_IN_DIRECT) && dq == NULL))
        continue;
      /* ("A:" is an answer's label, not the article) */
      if ((wflags (ctx, i) & (SW_WORD_FUNCTION | SW_WORD_TIME | SW_WORD_PRONOUN)) &&
          !(colon == i + 1 && tk (ctx, i)->end == tk (ctx, i)->start + 1))
        continue;
      /* "Interview: the mayor on buses", "Analysis: …": a word that labels
       * a kind of story, no one's name */
      if (colon == i + 1 && tk (ctx, i)->cap == SW_CAP_INITIAL && tk (ctx, i)->end - tk (ctx, i)->start > 1 &&
          mention_ending_at (ctx, colon) < 0 && !in_list (ctx, i, SW_SET_DOCUMENT | SW_SET_SPEAKER))
        continue;

      /* "Storm Elsa: trains cancelled": only a name, or a word for those
       * who speak, gives what follows the colon to someone; a speaker's
       * label in a transcript is in capitals ("WALLACE:", "Q:"), unlike
       * the words it labels ("STRIKE AT PORT: DOCKERS WALK OUT" is a
       * headline) */
      m = mention_ending_at (ctx, colon);
      if ((m < 0 || mention (ctx, m)->first < i || mention (ctx, m)->name == NULL) && dq == NULL &&
          (tk (ctx, i)->cap != SW_CAP_UPPER || (sentence_of (ctx, i)->caps && !label_like (ctx, i, colon))) &&
          !(colon == i + 1 && tk (ctx, i)->end == tk (ctx, i)->start + 1) &&
          !in_list (ctx, colon - 1, SW_SET_DOCUMENT | SW_SET_SPEAKER))
        continue;

      end = colon + 1;
      while (end < n && !(tk (ctx, end)->flags & SW_TOKEN_PARA_START) && end - colon < SW_TEXT_MAX_SENTENCE &&
             (dq == NULL || end < dq->close))
        {
          if (tk (ctx, end)->kind == SW_TOKEN_WORD)
            words++;
          end++;
        }
      if (words < 3)
        continue;

      c = add_cand (ctx, SW_QUOTE_DIRECT, colon + 1, end);
      if (!trim_content (ctx, &c->c_first, &c->c_last))
        {
          c->dropped = TRUE;
          continue;
        }
      c->np.first = i;
      c->np.last = colon;
      c->np.valid = TRUE;
      if (m >= 0 && mention (ctx, m)->first >= i && mention (ctx, m)->name != NULL)
        {
          c->np.mentions[0] = m;
          c->np.n_mentions = 1;
        }
      c->source = SPEAKER_NP;
      set_cue (ctx, c, colon, 1);
      for (guint k = colon + 1; k < end; k++)
        ctx->tflags[k] |= TF_CUE_USED;
      if (dq != NULL)
        dq->taken = TRUE;
      /* "Sanders: Clinton needs to ‘get away from …’": a quotation inside
       * is part of what the headline gives him */
      for (guint d = dquote_from (ctx, colon + 1); d < ctx->dquotes->len; d++)
        {
          DQuote *inner = &g_array_index (ctx->dquotes, DQuote, d);

          if (inner->open >= end)
            break;
          inner->taken = TRUE;
        }
    }
}

/* The quote with the earliest cue in sentence @s, or NULL */
static const Cand *
sentence_cand (Ctx              *ctx,
               const SwSentence *s)
{
  guint sent = g_array_index (ctx->text->sent_of, guint, s->first);
  int k = ctx->sent_cand[sent];

  return k >= 0 ? &g_array_index (ctx->cands, Cand, k) : NULL;
}

/* Is the subject of the quote whose cue starts at @cue, in @s, a document
 * ("the affidavit says")? */
static gboolean
subject_is_document (Ctx              *ctx,
                     guint             cue,
                     const SwSentence *s)
{
  const Cand *c = sentence_cand (ctx, s);

  return c != NULL && c->cue_first == cue && c->np.valid && c->np.last > c->np.first && c->np.n_mentions == 0 &&
         in_list (ctx, c->np.last - 1, SW_SET_DOCUMENT);
}

/* Pass 3: indirect quotes */

/* The cue token of the quote whose speaker is the subject of sentence
 * @s, or 0 when none comes before @before. */
static guint
sentence_subject_cue (Ctx              *ctx,
                      guint             before,
                      const SwSentence *s)
{
  const Cand *c = sentence_cand (ctx, s);

  if (c == NULL || c->dropped || c->cue_first >= before || c->source == SPEAKER_NONE)
    return 0;
  /* "… an architect who said he was owed money, saying …": whoever
   * speaks in a relative clause is not the sentence's subject */
  if (c->source == SPEAKER_NP && c->np.valid && c->np.last == c->np.first + 1 &&
      (is_word (ctx, c->np.first, "who") || is_word (ctx, c->np.first, "which")))
    return 0;

  return c->cue_first + 1;
}

/* The subject of the clause a subordinating word opens before @before
 * in sentence @s ("after it raised its forecast", "when the minister
 * arrived"): a name or a pronoun right after the word, then a lower-case
 * verb. */
static Np
subordinate_subject (Ctx              *ctx,
                     const SwSentence *s,
                     guint             before)
{
  static const char *const words[] = { "after", "when", "because", "since", "while", "once", "before", "as", "until" };
  Np none = { 0, };

  for (guint k = before; k > s->first; k--)
    {
      Np np;

      if (is_punct (ctx, k - 1, ';') || (ctx->tflags[k - 1] & TF_IN_DIRECT))
        break;
      {
        gboolean found = FALSE;

        for (guint w = 0; w < G_N_ELEMENTS (words) && !found; w++)
          found = is_word (ctx, k - 1, words[w]);
        if (!found)
          continue;
      }
      np = np_right (ctx, k);
      if (np.valid && (np.n_mentions > 0 || np.pronoun != 0) && np.last < before && is_lowerish (ctx, np.last) &&
          !is_boundary (ctx, np.last) && !(wflags (ctx, np.last) & SW_WORD_PRONOUN))
        return np;
      break;
    }
  return none;
}

/* The subject of sentence @s when it names who acts, for a cue later in
 * the sentence that has no subject of its own ("Hillary Clinton spoke out
 * on Tuesday, arguing that …"): a pronoun, a name, or a determiner and a
 * noun, followed by a lower-case word (its verb). */
static Np
sentence_subject (Ctx              *ctx,
                  const SwSentence *s,
                  guint             before)
{
  Np np = { 0, };
  guint k = s->first;
  guint verb;

  if (tk (ctx, k)->kind == SW_TOKEN_QUOTE || (ctx->tflags[k] & TF_IN_DIRECT))
    return np;

  np = np_right (ctx, k);
  if (!np.valid || np.n_mentions == 0)
    {
      Np none = { 0, };
      char g;

      np = none;
      if (subject_pronoun (ctx, k, &g))
        {
          np.first = k;
          np.last = k + 1;
          np.pronoun = g;
          np.valid = TRUE;
        }
      else if (in_list (ctx, k, SW_SET_SPEAKER) && k + 1 < before)
        {
          /* "Police released a statement saying …" */
          np.first = k;
          np.last = k + 1;
          np.valid = TRUE;
        }
      else if (in_list (ctx, k, SW_SET_DETERMINER) && !is_word (ctx, k, "that"))
        {
          guint j = k + 1;

          /* "A New York judge", "The port authority": up to the first
           * word that names people, a body or a document */
          while (j < before && j - k < 8 && tk (ctx, j)->kind == SW_TOKEN_WORD &&
                 !(tk (ctx, j)->flags & SW_TOKEN_POSSESSIVE) &&
                 !in_list (ctx, j, SW_SET_AUX) && !in_list (ctx, j, SW_SET_ADVERB) &&
                 !(wflags (ctx, j) & (SW_WORD_CUE | SW_WORD_FUNCTION | SW_WORD_PRONOUN)) &&
                 !speaker_head (ctx, j - 1))
            j++;
          if (j > k + 1 && (mention_ending_at (ctx, j) >= 0 || speaker_head (ctx, j - 1)))
            {
              int m = mention_ending_at (ctx, j);

              np.first = k;
              np.last = j;
              np.valid = TRUE;
              if (m >= 0 && mention (ctx, m)->first > k)
                {
                  np.mentions[0] = m;
                  np.n_mentions = 1;
                }
            }
        }
    }

  verb = np.valid ? np.last : 0;
  /* "Steenkamp's counsel, Advocate Hendrik Labuschagne SC, began … and
   * put it to …", "The lawyer, Hendrik Smith, stood up and said": a
   * description, then the name of a person between commas, is that
   * person */
  if (np.valid && verb + 3 < before)
    {
      guint v = verb;
      int m;

      /* (past the noun a possessive name qualifies) */
      if (tk (ctx, v)->flags & SW_TOKEN_POSSESSIVE)
        {
          v++;
          while (v < before && v - verb < 4 && is_lowerish (ctx, v) && tk (ctx, v)->kind == SW_TOKEN_WORD)
            v++;
          if (v == verb + 1 || !is_punct (ctx, v, ','))
            v = verb;
          else
            {
              guint f = v + 1;

              while (f < before && f - v < 4 && (wflags (ctx, f) & (SW_WORD_TITLE | SW_WORD_HONORIFIC)) &&
                     mention_starting_at (ctx, f) < 0)
                f++;
              m = mention_starting_at (ctx, f);
              v = m >= 0 ? mention (ctx, m)->last : verb;
            }
        }
      m = v > verb || is_punct (ctx, v, ',') ? mention_ending_at (ctx, v) : -1;
      if (m >= 0 && mention (ctx, m)->first > np.first + 1 && may_be_person (ctx, m) &&
          mention (ctx, m)->kind == SW_ACTOR_PERSON)
        {
          guint open = mention (ctx, m)->first;
          guint close = v;

          while (open > np.first + 2 && open + 4 > mention (ctx, m)->first &&
                 (wflags (ctx, open - 1) & (SW_WORD_TITLE | SW_WORD_HONORIFIC)))
            open--;
          if (close < before && (wflags (ctx, close) & SW_WORD_POSTNOMINAL) && tk (ctx, close)->cap != SW_CAP_LOWER)
            close++;
          if (is_punct (ctx, open - 1, ',') && is_lowerish (ctx, open - 2) && close + 1 < before &&
              is_punct (ctx, close, ','))
            {
              np.first = mention (ctx, m)->first;
              np.last = mention (ctx, m)->last;
              np.mentions[0] = m;
              np.n_mentions = 1;
              np.pronoun = 0;
              verb = close + 1;
            }
        }
    }
  /* "Dean, a medical doctor, then appeared …": past an apposition, or an
   * aside ("Clinton, like Obama, has encouraged …") */
  if (np.valid && np.n_mentions > 0 && verb + 2 < before)
    {
      guint close = sw_text_apposition_end (ctx->text, verb, 10);

      if (close == 0 && is_punct (ctx, verb, ',') &&
          (is_word (ctx, verb + 1, "like") || is_word (ctx, verb + 1, "unlike") || is_word (ctx, verb + 1, "as")))
        for (guint w = verb + 2; w < before && w < verb + 8; w++)
          {
            if (is_punct (ctx, w, ','))
              {
                close = w;
                break;
              }
            if (tk (ctx, w)->kind != SW_TOKEN_WORD || (wflags (ctx, w) & (SW_WORD_CUE | SW_WORD_PRONOUN)))
              break;
          }
      if (close > 0 && close + 1 < before)
        verb = close + 1;
    }

  if (!np.valid || verb >= before || !is_lowerish (ctx, verb) || is_boundary (ctx, verb) ||
      (wflags (ctx, verb) & SW_WORD_PRONOUN))
    {
      Np none = { 0, };

      return none;
    }

  return np;
}


/* Is the cue at @i a passive participle: "was reported", "has been
 * called", "is widely seen"? */
static gboolean
is_passive (Ctx              *ctx,
            guint             i,
            const SwSentence *s)
{
  for (guint k = i; k > s->first && i - k < 4; k--)
    {
      guint w = k - 1;

      if (is_word (ctx, w, "is") || is_word (ctx, w, "was") || is_word (ctx, w, "were") ||
          is_word (ctx, w, "are") || is_word (ctx, w, "been") || is_word (ctx, w, "being") ||
          is_word (ctx, w, "be"))
        return TRUE;
      /* "was not accused of wrongdoing" */
      if (!in_list (ctx, w, SW_SET_ADVERB) && !ly_adverb (ctx, w, s) && !is_word (ctx, w, "not") &&
          !is_word (ctx, w, "never"))
        return FALSE;
    }

  return FALSE;
}

/* Where the clause before a trailing attribution starts: after a colon
 * ("Storm Elsa: …"), not the one inside a time ("11:45"), and after the
 * time and dash of a live report's entry ("11:45 - About 20,000 homes
 * …"). */
static guint
clause_start (Ctx   *ctx,
              guint  first,
              guint  end)
{
  guint start = first;

  for (guint k = first; k < end; k++)
    if (is_punct (ctx, k, ':') && !(ctx->tflags[k] & (TF_IN_DIRECT | TF_IN_TIMEX)))
      start = k + 1;

  if (start < end && (ctx->tflags[start] & TF_IN_TIMEX))
    {
      guint k = start;

      while (k < end && (ctx->tflags[k] & TF_IN_TIMEX))
        k++;
      if (k + 1 < end && (is_punct (ctx, k, '-') || is_punct (ctx, k, 0x2013) || is_punct (ctx, k, 0x2014)))
        start = k + 1;
    }

  return start;
}

/* Does a reported question start within the next few words, or a
 * reported clause right here ("replied that …")? */
static gboolean
report_follows (Ctx   *ctx,
                guint  q,
                guint  end)
{
  static const char *const words[] = { "whether", "if", "why", "how", "what", "who", "when", "where" };

  if (q < end && is_word (ctx, q, "that"))
    return TRUE;
  for (guint k = q; k < end && k - q < 3; k++)
    {
      if (tk (ctx, k)->kind != SW_TOKEN_WORD)
        return FALSE;
      for (guint w = 0; w < G_N_ELEMENTS (words); w++)
        if (is_word (ctx, k, words[w]))
          return TRUE;
    }

  return FALSE;
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
      guint n = 0;
      const SwCue *next;

      /* "…, arguing that …" and "…, according to …" start another quote */
      if (is_punct (ctx, k, ',') && k + 1 < end && (next = match_cue (ctx, k + 1, &n)) != NULL &&
          (next->flags & (SW_CUE_GERUND | SW_CUE_PREP)))
        return k;
      /* "…, which Grant denied": a relative clause with a speaker of its
       * own */
      if (is_punct (ctx, k, ',') && k + 3 < end && is_word (ctx, k + 1, "which"))
        {
          guint j = k + 2;

          while (j < end && j - k <= 6 && tk (ctx, j)->kind == SW_TOKEN_WORD && match_cue (ctx, j, &n) == NULL)
            j++;
          if (j > k + 2 && j < end && match_cue (ctx, j, &n) != NULL && mention_starting_at (ctx, k + 2) >= 0)
            return k;
        }
      /* "defended the rise, after unions warned …": what an object cue
       * takes ends where a clause of its own begins */
      if (clause_only && is_punct (ctx, k, ',') && k + 1 < end &&
          (in_list (ctx, k + 1, SW_SET_BOUNDARY) || is_word (ctx, k + 1, "after") ||
           is_word (ctx, k + 1, "before") || is_word (ctx, k + 1, "although") || is_word (ctx, k + 1, "though") ||
           is_word (ctx, k + 1, "despite") || is_word (ctx, k + 1, "amid") ||
           match_cue (ctx, k + 1, &(guint){ 0 }) != NULL))
        return k;
      if (is_punct (ctx, k, ';'))
        return k;
      /* "wrote that vaccines protect children but stopped short of …": the
       * speaker's own next verb, in the past, after "but" */
      if (is_word (ctx, k, "but") && k > q + 2 && k + 1 < end && is_lowerish (ctx, k + 1) &&
          tk (ctx, k + 1)->end - tk (ctx, k + 1)->start > 4 &&
          g_ascii_strncasecmp (ctx->text->text + tk (ctx, k + 1)->end - 2, "ed", 2) == 0 &&
          !(ctx->tflags[k] & TF_IN_DIRECT) && !is_participle (ctx, k - 1) && !in_list (ctx, k - 1, SW_SET_AUX))
        return k;
      /* "… without the votes, two aides said.": the sentence's own source
       * comes after the content */
      if (is_punct (ctx, k, ',') && k + 2 < end)
        {
          guint j = k + 1;

          while (j < end && j - k <= 6 && tk (ctx, j)->kind == SW_TOKEN_WORD && match_cue (ctx, j, &n) == NULL)
            j++;
          if (j > k + 1 && j < end && (next = match_cue (ctx, j, &n)) != NULL && (next->flags & SW_CUE_INVERTS) &&
              skip_post (ctx, j + n, end, NULL) >= end)
            return k;
        }

      /* "…, and human rights groups warned that …", "… but noted that …",
       * "…, while Quercus, a conservation group, warned that …": another
       * attribution starts (while "he and Putin had agreed" is one
       * subject) */
      /* (and "…, even as opposition parties warned that …") */
      if ((is_word (ctx, k, "and") || is_word (ctx, k, "but") || is_word (ctx, k, "while") ||
           is_word (ctx, k, "whereas") || (is_word (ctx, k, "even") && k + 1 < end && is_word (ctx, k + 1, "as"))) &&
          k > q + 1)
        {
          /* the comma may sit inside the closing mark: “…,” but he said */
          guint b = k - 1 > q && tk (ctx, k - 1)->kind == SW_TOKEN_QUOTE &&
                    (tk (ctx, k - 1)->quote & SW_QUOTE_CLOSE) ? k - 2 : k - 1;
          gboolean comma = is_punct (ctx, b, ',') || is_punct (ctx, b, 0x2014);
          guint j = is_word (ctx, k, "even") ? k + 2 : k + 1;

          /* the subject's words, and the commas of an apposition */
          while (comma && j < end && j - k <= 12 &&
                 (tk (ctx, j)->kind == SW_TOKEN_WORD || is_punct (ctx, j, ',')) &&
                 !(ctx->tflags[j] & TF_IN_DIRECT) && match_cue (ctx, j, &(guint){ 0 }) == NULL)
            j++;
          /* (a cue of direct quotes only starts none unless it asks:
           * "to stop attacking Machado and apologize") */
          if (j < end && j - k <= 12 && tk (ctx, j)->kind == SW_TOKEN_WORD &&
              (next = match_cue (ctx, j, &n)) != NULL && !in_list (ctx, j - 1, SW_SET_DETERMINER) &&
              (!(next->flags & SW_CUE_DIRECT) || report_follows (ctx, j + n, end)))
            return comma && b == k - 1 ? k - 1 : k;
        }
    }

  return end;
}

/* "Carrow, who denies two counts of fraud, is on trial": what a speaker
 * in a relative clause says ends at the comma where the sentence's own
 * verb follows (an auxiliary, a verb of saying, a past form, or a verb
 * before its object), not at the end of the sentence. Returns the
 * content's new end. */
static guint
relative_clause_end (Ctx   *ctx,
                     guint  first,
                     guint  last)
{
  for (guint k = first + 1; k + 1 < last; k++)
    {
      const SwToken *v = tk (ctx, k + 1);
      const char *w = ctx->text->text + v->start;
      guint n = v->end - v->start;

      if (!is_punct (ctx, k, ',') || (ctx->tflags[k] & TF_IN_DIRECT) || v->kind != SW_TOKEN_WORD ||
          v->cap != SW_CAP_LOWER)
        continue;
      if (in_list (ctx, k + 1, SW_SET_AUX) || (wflags (ctx, k + 1) & SW_WORD_CUE))
        return k;
      if (in_list (ctx, k + 1, SW_SET_DETERMINER | SW_SET_PREPOSITION | SW_SET_BOUNDARY | SW_SET_CONNECTOR |
                                   SW_SET_ADVERB) ||
          (wflags (ctx, k + 1) & (SW_WORD_FUNCTION | SW_WORD_PRONOUN | SW_WORD_TIME)) ||
          is_gerund (ctx, k + 1) || (n > 4 && g_ascii_strncasecmp (w + n - 2, "ly", 2) == 0))
        continue;
      if (is_participle (ctx, k + 1) ||
          (k + 2 < last && in_list (ctx, k + 2, SW_SET_DETERMINER | SW_SET_PREPOSITION)))
        return k;
    }
  return last;
}

/* "… accused the union of “holding the country hostage” in an interview
 * with the broadcaster NOS.": a medium at the end of the content is how
 * it was said, not what. Returns the content's new end. */
static guint
trailing_medium (Ctx    *ctx,
                 guint   first,
                 guint   last,
                 char  **medium)
{
  for (guint k = last > 10 ? MAX (first + 3, last - 10) : first + 3; k + 2 < last; k++)
    {
      guint words, m;

      if (!is_word (ctx, k, "in") || (ctx->tflags[k] & TF_IN_DIRECT))
        continue;
      /* only "with", "on" or "to" and who it was with may follow */
      m = medium_phrase (ctx, k, last, 2, &words);
      if (m > 0 && (m + 1 >= last || is_word (ctx, m + 1, "with") || is_word (ctx, m + 1, "on") ||
                    is_word (ctx, m + 1, "to")))
        {
          if (medium != NULL && *medium == NULL)
            *medium = sw_mentions_token_text (ctx->text, words, m + 1);
          return k;
        }
    }
  return last;
}

/* Quotation marks inside the content of @c, from @first to @last, make
 * it mixed, and the quotation is no quote of its own */
static void
mark_mixed_in (Ctx   *ctx,
               Cand  *c,
               guint  first,
               guint  last)
{
  for (guint d = dquote_from (ctx, first); d < ctx->dquotes->len; d++)
    {
      DQuote *dq = &g_array_index (ctx->dquotes, DQuote, d);

      if (dq->open >= last)
        break;
      if (dq->close < last + 1)
        {
          c->kind = SW_QUOTE_MIXED;
          dq->taken = TRUE;
        }
    }
}

static void
mark_mixed (Ctx  *ctx,
            Cand *c)
{
  mark_mixed_in (ctx, c, c->c_first, c->c_last);
  /* (and in the part after an attribution set off by commas) */
  if (c->more != NULL && c->more->len >= 2)
    mark_mixed_in (ctx, c, g_array_index (c->more, guint, 0), g_array_index (c->more, guint, 1));
}

/* Is token @k a medium's word, "statement" or "tweets"? */
static gboolean
is_medium_word (Ctx  *ctx,
                guint k)
{
  const SwToken *t = tk (ctx, k);
  const SwWordInfo *info;

  if (t->kind != SW_TOKEN_WORD || !is_lowerish (ctx, k))
    return FALSE;
  if (wflags (ctx, k) & SW_WORD_MEDIUM)
    return TRUE;
  /* a plural: "a series of tweets" */
  if (t->end - t->start < 4 || ctx->text->text[t->end - 1] != 's')
    return FALSE;
  info = sw_lexicon_lookup (sw_lexicon_get (), ctx->text->text + t->start, t->end - t->start - 1);
  return info != NULL && (info->flags & SW_WORD_MEDIUM);
}

/* "issued a statement on Monday saying …", "unleashed a series of tweets
 * early Friday saying …": the gerund at @i reports what the medium just
 * before it says, in the words of the sentence's subject. Sets *@medium
 * (when not set) and returns TRUE when so. */
static gboolean
medium_before_gerund (Ctx              *ctx,
                      const SwSentence *s,
                      guint             i,
                      char            **medium)
{
  guint k = i;

  while (k > s->first && i - k < 6 && ((ctx->tflags[k - 1] & TF_IN_TIMEX) || (wflags (ctx, k - 1) & SW_WORD_TIME) ||
                                       is_word (ctx, k - 1, "on") || is_word (ctx, k - 1, "early") ||
                                       is_word (ctx, k - 1, "late")))
    k--;
  if (k <= s->first + 1 || !is_medium_word (ctx, k - 1) || (ctx->tflags[k - 1] & TF_IN_DIRECT))
    return FALSE;

  /* the medium is the object of the subject's own verb, whoever else
   * it names not ("a Donald Trump tweet attacking …", "after Trump
   * unleashed tweets criticizing …" are somebody else's) */
  {
    guint j = k - 1, verb;
    Np subject;

    while (j > s->first && k - 1 - j < 5 && is_lowerish (ctx, j - 1) && tk (ctx, j - 1)->kind == SW_TOKEN_WORD &&
           !(tk (ctx, j - 1)->flags & SW_TOKEN_POSSESSIVE) && mention_ending_at (ctx, j) < 0 &&
           (in_list (ctx, j - 1, SW_SET_DETERMINER) || is_word (ctx, j - 1, "of") || is_word (ctx, j - 1, "series") ||
            (wflags (ctx, j - 1) & (SW_WORD_CUE | SW_WORD_FUNCTION | SW_WORD_PRONOUN)) == 0))
      {
        if (in_list (ctx, j - 1, SW_SET_DETERMINER))
          {
            j--;
            break;
          }
        j--;
      }
    if (j <= s->first || !in_list (ctx, j, SW_SET_DETERMINER))
      return FALSE;
    verb = j - 1;
    subject = sentence_subject (ctx, s, i);
    if (!subject.valid || subject.last != verb)
      return FALSE;
  }

  if (medium != NULL && *medium == NULL)
    *medium = sw_mentions_token_text (ctx->text, k - 1, k);
  return TRUE;
}

/* Is [@q, @end) only where or when something was said: "in Brussels",
 * "at a news conference in Geneva", "outside the court on Monday"? A
 * preposition, then a few words with no verb, pronoun or clause. */
static gboolean
circumstance_to (Ctx  *ctx,
                 guint q,
                 guint end)
{
  static const char * const starts[] = {
    "in", "at", "from", "outside", "inside", "during", "after", "before", "near", "on", "while",
    "following", "ahead", NULL,
  };
  guint k, words = 0;

  if (q >= end || end - q > 10)
    return FALSE;
  for (k = 0; starts[k] != NULL && !is_word (ctx, q, starts[k]); k++)
    ;
  if (starts[k] == NULL)
    return FALSE;
  for (k = q + 1; k < end; k++)
    {
      const SwToken *t = tk (ctx, k);

      if (ctx->tflags[k] & TF_IN_TIMEX)
        continue;
      /* "insist on being", "after meeting": a verb */
      if (k == q + 1 && t->kind == SW_TOKEN_WORD && t->cap == SW_CAP_LOWER && t->end - t->start > 4 &&
          g_str_has_prefix (ctx->text->text + t->end - 3, "ing"))
        return FALSE;
      if (t->kind == SW_TOKEN_PUNCT && (t->ch == ',' || t->ch == '-' || t->ch == '.'))
        continue;
      if (t->kind == SW_TOKEN_NUMBER)
        continue;
      if (t->kind != SW_TOKEN_WORD || is_word (ctx, k, "that") || is_word (ctx, k, "to") ||
          is_word (ctx, k, "where") || is_word (ctx, k, "when") || is_word (ctx, k, "which") ||
          is_word (ctx, k, "who") || is_word (ctx, k, "because") || is_word (ctx, k, "if") ||
          (wflags (ctx, k) & (SW_WORD_CUE | SW_WORD_PRONOUN)) || in_list (ctx, k, SW_SET_AUX) ||
          (t->cap == SW_CAP_LOWER && is_participle (ctx, k)))
        return FALSE;
      words++;
    }
  return words > 0;
}

/* "…, Colonna said in Brussels.": a speaker who says, then only where or
 * when, so what was said is before; not "I believe in the good sense of
 * the American people" nor "chemicals found in refrigerants" */
static gboolean
said_where (Ctx         *ctx,
            const SwCue *cue,
            const Np    *np,
            guint        q,
            guint        end)
{
  return (cue->flags & (SW_CUE_INVERTS | SW_CUE_ADDRESSEE)) && !(cue->flags & SW_CUE_WEAK) && np->valid &&
         (np->n_mentions > 0 || np->pronoun != 0 || (np->last > np->first && speaker_head (ctx, np->last - 1))) &&
         circumstance_to (ctx, q, end);
}

/* Does the word at @k go on with the clause before an attribution set
 * off by commas, rather than open a clause of its own: a preposition or a
 * word that joins a clause ("until", "because", "partly")? (After a
 * subject alone, "Climate change, Obama says, is …", the rest of the
 * sentence is the content, as before.) */
static gboolean
continues_sentence (Ctx   *ctx,
                    guint  k)
{
  static const char *const joiners[] = {
    "until", "since", "because", "although", "though", "while", "whereas", "that", "partly", "mainly",
    "largely", "especially", "unless", "so", "as", "when",
    /* "…, the company said, ahead of forecasts", "…, up from $1.2 billion" */
    "ahead", "amid", "despite", "following", "compared", "up", "down",
  };
  const SwToken *t = tk (ctx, k);

  if (t->kind != SW_TOKEN_WORD || !is_lowerish (ctx, k) || (wflags (ctx, k) & SW_WORD_PRONOUN) ||
      in_list (ctx, k, SW_SET_DETERMINER))
    return FALSE;
  if (in_list (ctx, k, SW_SET_PREPOSITION))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (joiners); i++)
    if (is_word (ctx, k, joiners[i]))
      return TRUE;
  return FALSE;
}

/* Is token @i inside the content of a quote found so far in its sentence,
 * a content that runs to @last or beyond? */
static gboolean
content_holds (Ctx   *ctx,
               guint  i,
               guint  last)
{
  for (guint k = ctx->cands->len, seen = 0; k > 0 && seen < 8; k--, seen++)
    {
      const Cand *c = &g_array_index (ctx->cands, Cand, k - 1);

      if (!c->dropped && c->c_first <= i && c->c_last >= last)
        return TRUE;
    }
  return FALSE;
}

/* ", a move that would anger allies", ", the latest sign that …": a noun
 * phrase at @k that comments on the whole sentence before it, after
 * its attribution */
static gboolean
comment_on_sentence (Ctx   *ctx,
                     guint  k,
                     guint  end)
{
  guint w;

  if (k >= end || !(is_word (ctx, k, "a") || is_word (ctx, k, "an") || is_word (ctx, k, "the")))
    return FALSE;
  for (w = k + 1; w < end && w - k <= 4 && tk (ctx, w)->kind == SW_TOKEN_WORD && is_lowerish (ctx, w); w++)
    if (w > k + 1 && (is_word (ctx, w, "that") || is_word (ctx, w, "which")))
      return TRUE;
  return FALSE;
}

/* Is the word at @i a verb's plain form, no "-s", "-ed" or "-ing"? */
static gboolean
plain_form (Ctx   *ctx,
            guint  i)
{
  const SwToken *t = tk (ctx, i);
  const char *w = ctx->text->text + t->start;
  guint n = t->end - t->start;

  return n >= 3 && w[n - 1] != 's' && !(w[n - 2] == 'e' && w[n - 1] == 'd') &&
         !(n >= 4 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g');
}

/* Are the tokens [@first, @last) a time and its prepositions alone, "At
 * 3am on Monday", "In March"? */
static gboolean
only_time (Ctx   *ctx,
           guint  first,
           guint  last)
{
  gboolean time = FALSE;

  for (guint k = first; k < last; k++)
    {
      if (ctx->tflags[k] & TF_IN_TIMEX)
        time = TRUE;
      else if (!in_list (ctx, k, SW_SET_PREPOSITION) && !in_list (ctx, k, SW_SET_DETERMINER))
        return FALSE;
    }
  return time;
}

/* Is @np a person's name that "of" and an organisation follow, "Beatriz
 * Amaral of the State University of Planalto"? Then it takes in the
 * organisation, which says who she is, and TRUE. */
static gboolean
person_of_body (Ctx *ctx,
                Np  *np)
{
  guint k = np->last + 1;
  int m;

  if (np->n_mentions != 1 || mention (ctx, np->mentions[0])->kind != SW_ACTOR_PERSON ||
      mention (ctx, np->mentions[0])->last != np->last || !is_word (ctx, np->last, "of"))
    return FALSE;
  if (is_word (ctx, k, "the"))
    k++;
  m = mention_starting_at (ctx, k);
  if (m < 0 || mention (ctx, m)->kind != SW_ACTOR_ORGANIZATION)
    return FALSE;
  np->last = mention (ctx, m)->last;
  return TRUE;
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
  guint same_as = 0;
  int addressee = -1, m_obj;
  gboolean before_content = FALSE;
  gboolean passive = FALSE, passive_form;
  guint c_first, c_last;
  guint more_first = 0, more_last = 0;
  gboolean nested_marks = FALSE;
  guint subj;

  /* "the report", "a statement", "his call": nouns, not cues; "the
   * council's ruling Independent Alliance group": a noun's modifier
   * ("Trump's claim that …" reports) */
  if (i > s->first && !(cue->flags & SW_CUE_PREP) && (tk (ctx, i - 1)->flags & SW_TOKEN_POSSESSIVE) &&
      after < s->last && tk (ctx, after)->kind == SW_TOKEN_WORD && tk (ctx, after)->cap != SW_CAP_LOWER)
    return;
  /* "declined to comment on Pike's post or on whether …": the noun, with
   * nothing it reports after it */
  if (i > s->first && !(cue->flags & SW_CUE_PREP) && (tk (ctx, i - 1)->flags & SW_TOKEN_POSSESSIVE) &&
      after < s->last && (is_word (ctx, after, "or") || is_word (ctx, after, "and") || is_punct (ctx, after, ',')))
    return;
  /* "a Labor Department rule that would have extended …": a plain verb
   * form after "a" and a name is a noun the name qualifies, and what
   * follows is a relative clause ("a New York Times report that Trump
   * lost …" still says what the report says) */
  if (i > s->first + 1 && !(cue->flags & SW_CUE_PREP) && is_lowerish (ctx, i) && plain_form (ctx, i) &&
      after + 1 < s->last && ((is_word (ctx, after, "that") && in_list (ctx, after + 1, SW_SET_AUX)) ||
                              is_word (ctx, after, "which")))
    {
      int m = mention_ending_at (ctx, i);

      if (m >= 0 && mention (ctx, m)->first > s->first &&
          (is_word (ctx, mention (ctx, m)->first - 1, "a") || is_word (ctx, mention (ctx, m)->first - 1, "an")))
        return;
    }
  /* "its own claims to the fishing grounds", "in his own words" */
  if (i > s->first + 1 && is_word (ctx, i - 1, "own") && in_list (ctx, i - 2, SW_SET_DETERMINER) &&
      !(cue->flags & SW_CUE_PREP))
    return;
  /* "the number of consultants in post has risen", "asked for comment":
   * a verb's plain form right after a preposition (but "to") is a noun */
  if (cue_n == 1 && i > s->first && !(cue->flags & SW_CUE_PREP) && is_lowerish (ctx, i) && plain_form (ctx, i) &&
      in_list (ctx, i - 1, SW_SET_PREPOSITION) && !is_word (ctx, i - 1, "to"))
    return;
  if (i > s->first && in_list (ctx, i - 1, SW_SET_DETERMINER) && !(cue->flags & SW_CUE_PREP) &&
      /* but "Okafor and Brandt both said": a quantifier after the names */
      !(in_list (ctx, i - 1, SW_SET_ADVERB) && i - 1 > s->first &&
        (mention_ending_at (ctx, i - 1) >= 0 || is_punct (ctx, i - 2, ')'))))
    return;
  /* "That is how Despina Argyrou described the moment she fled": how
   * somebody told of a thing, not what they said */
  if ((cue->flags & SW_CUE_OBJECT) && i > s->first + 1)
    for (guint k = i - 1; k > s->first && i - k < 14 && !is_punct (ctx, k, ';'); k--)
      if (is_word (ctx, k - 1, "how") && mention_starting_at (ctx, k) >= 0)
        return;
  /* "the walkout came with little warning.", "arrived without warning.":
   * a noun in -ing after a preposition or "little", with nothing after
   * it that it could report */
  if (cue_n == 1 && i > s->first && after < s->last && tk (ctx, after)->kind == SW_TOKEN_PUNCT &&
      after + 1 >= s->last && g_str_has_suffix (cue->words[0], "ing") &&
      (in_list (ctx, i - 1, SW_SET_PREPOSITION) || is_word (ctx, i - 1, "little")))
    return;
  /* "adding to evidence that …", "added to the pressure", "would add
   * “months of paperwork” to every decision": to add to something is to
   * make it more */
  if ((cue->flags & SW_CUE_CLAUSE) && after < s->last &&
      /* ("admitted to having …" reports) */
      !g_str_has_prefix (cue->words[0], "admit"))
    {
      const DQuote *dq = tk (ctx, after)->kind == SW_TOKEN_QUOTE ? dquote_at (ctx, after) : NULL;
      guint next = dq != NULL && dq->open == after && dq->closed ? dq->close + 1 : after;

      /* (or an amount first: "would add about $90 million to costs") */
      while (next < s->last && next - after < 6 && amount_word (ctx, next))
        next++;
      if (next < s->last && is_word (ctx, next, "to"))
        return;
    }
  /* "the average estimate compiled by MarketLens", "a report published
   * by the agency": a noun that a participle qualifies */
  if (is_lowerish (ctx, i) && after + 1 < s->last && tk (ctx, after)->cap == SW_CAP_LOWER &&
      is_word (ctx, after + 1, "by") && is_participle (ctx, after))
    return;
  /* "The decision, written by Justice Caldwell, sends …", "the video,
   * posted by a bystander, shows …": a participle that qualifies the
   * noun before its comma reports nothing of the author's */
  if (i > s->first + 1 && is_punct (ctx, i - 1, ',') && is_lowerish (ctx, i) && after + 1 < s->last &&
      is_word (ctx, after, "by") && is_participle (ctx, i) && !g_str_has_suffix (cue->words[0], "ing"))
    {
      guint k = after + 1;

      while (k < s->last && k - after < 10 && !is_punct (ctx, k, ','))
        k++;
      if (k < s->last && is_punct (ctx, k, ',') && !is_word (ctx, k + 1, "that"))
        return;
    }
  /* "CCTV shown to jurors captured …", "a letter written to the council
   * said …": a participle that is no past tense, with no "has" or "was"
   * before it, qualifies the noun before it */
  if (i > s->first && is_lowerish (ctx, i) && (is_word (ctx, i, "shown") || is_word (ctx, i, "written")) &&
      tk (ctx, i - 1)->kind == SW_TOKEN_WORD && !in_list (ctx, i - 1, SW_SET_AUX) &&
      !(in_list (ctx, i - 1, SW_SET_ADVERB) && i - 1 > s->first && in_list (ctx, i - 2, SW_SET_AUX)) &&
      !(wflags (ctx, i - 1) & SW_WORD_PRONOUN))
    return;
  /* "a former state treasurer", "the report card": a noun before a title
   * or another noun it qualifies */
  if (is_lowerish (ctx, i) && title_at (ctx, after, s))
    return;
  /* "in a blog post that", "his Instagram post": a noun after the words
   * that qualify it; "a video posted to YouTube", "a statement issued
   * on Monday": a participle after a word for a medium */
  if (i > s->first + 1 && (wflags (ctx, i) & SW_WORD_MEDIUM) && is_lowerish (ctx, i) &&
      (in_list (ctx, i - 2, SW_SET_DETERMINER) || (i > s->first + 2 && in_list (ctx, i - 3, SW_SET_DETERMINER))) &&
      tk (ctx, i - 1)->kind == SW_TOKEN_WORD && !(wflags (ctx, i - 1) & (SW_WORD_CUE | SW_WORD_PRONOUN)) &&
      !in_list (ctx, i - 1, SW_SET_AUX) && !in_list (ctx, i - 1, SW_SET_ADVERB))
    return;
  if (i > s->first && (wflags (ctx, i - 1) & SW_WORD_MEDIUM) && after < s->last &&
      (is_word (ctx, after, "to") || is_word (ctx, after, "by")) && is_participle (ctx, i) && is_lowerish (ctx, i - 1))
    return;
  if (medium_participle (ctx, s, i))
    return;
  /* "a fee reported to be 120 million euros", "the man, said to be in his
   * forties": a participle that qualifies a noun reports nothing */
  if (i > s->first && after + 1 < s->last && is_word (ctx, after, "to") &&
      (is_word (ctx, after + 1, "be") || is_word (ctx, after + 1, "have")) && is_participle (ctx, i) && is_lowerish (ctx, i) &&
      (is_punct (ctx, i - 1, ',') ||
       (tk (ctx, i - 1)->kind == SW_TOKEN_WORD && is_lowerish (ctx, i - 1) && !in_list (ctx, i - 1, SW_SET_AUX) &&
        !in_list (ctx, i - 1, SW_SET_ADVERB) && !(wflags (ctx, i - 1) & (SW_WORD_PRONOUN | SW_WORD_FUNCTION)))))
    return;
  /* "asked whether …", "asked him how …": a reported question */
  if ((cue->flags & SW_CUE_DIRECT) && !report_follows (ctx, after, s->last))
    return;

  /* ("growth of 1% to 2%." keeps its "%", as trim_content() does) */
  while (end > after && tk (ctx, end - 1)->kind == SW_TOKEN_PUNCT && tk (ctx, end - 1)->ch != '%')
    end--;
  for (guint k = after; k < end; k++)
    if ((ctx->tflags[k] & TF_IN_DIRECT) && !(tk (ctx, k)->kind == SW_TOKEN_QUOTE && (tk (ctx, k)->quote & SW_QUOTE_OPEN)))
      {
        /* a quote after the cue that is already somebody's: stop there */
        const DQuote *dq = dquote_at (ctx, k);

        /* (but a report inside the content that took it, "said the
         * regulator understood that the rise would be “hard news”", keeps
         * the marks in its own content) */
        if (dq != NULL && dq->taken)
          {
            if (content_holds (ctx, i, dq->close))
              nested_marks = TRUE;
            else
              {
                end = dq->open;
                break;
              }
          }
      }

  if (cue->flags & SW_CUE_PREP)
    {
      np = np_right (ctx, after);
      /* "according to Martin Gilbert’s history", "according to Kremlin
       * officials": the name is part of a longer source (but "according
       * to Beatriz Amaral of the State University": she is, of it) */
      if (!np.valid || (np.last < s->last && (tk (ctx, np.last)->kind == SW_TOKEN_WORD ||
                                             tk (ctx, np.last)->kind == SW_TOKEN_NUMBER) &&
                        !person_of_body (ctx, &np)))
        np = np_prep_source (ctx, after);
      /* "according to a poll published by the Fennick Institute": who
       * published it, named */
      else if (np.n_mentions == 0 && np.pronoun == 0)
        {
          Np by = np_prep_source (ctx, after);

          if (by.valid && (by.n_mentions > 0 || by.first > np.first))
            np = by;
        }
      if (!np.valid)
        return;
      /* "according to a statement from the White House": how it was said */
      if (medium == NULL && np.first >= after + 2 && is_word (ctx, np.first - 1, "from") &&
          (wflags (ctx, np.first - 2) & SW_WORD_MEDIUM))
        medium = sw_mentions_token_text (ctx->text, np.first - 2, np.first - 1);
      /* "according to a report by the head of the advisory team,
       * Lieutenant General Lionel McGarr, …": the person who holds the
       * post speaks, and what he said starts after his name */
      if (role_words (ctx, np.first, np.last))
        {
          int pm = appositive_person (ctx, s, np.last);

          if (pm >= 0 && mention (ctx, pm)->last < end && is_punct (ctx, mention (ctx, pm)->last, ','))
            {
              np.mentions[0] = pm;
              np.n_mentions = 1;
              np.last = mention (ctx, pm)->last;
            }
        }
      if (i == s->first || (i == s->first + 1 && is_boundary (ctx, s->first)) ||
          (i > s->first && is_punct (ctx, i - 1, ',') && clause_start (ctx, s->first, i) >= i - 1))
        {
          c_first = np.last;
          c_last = end;
        }
      /* "at a time when, according to Halvorsen, very few women went into
       * fieldwork": after a word that opens a clause, the source set off by
       * commas stands before that clause's own words */
      else if (i > s->first + 1 && is_punct (ctx, i - 1, ',') && np.last + 1 < end && is_punct (ctx, np.last, ',') &&
               (is_word (ctx, i - 2, "when") || is_word (ctx, i - 2, "that") || is_word (ctx, i - 2, "because") ||
                is_word (ctx, i - 2, "while") || is_word (ctx, i - 2, "where") || is_word (ctx, i - 2, "although") ||
                is_word (ctx, i - 2, "since") || is_word (ctx, i - 2, "if")) &&
               !quotation_within (ctx, np.last + 1, end))
        {
          c_first = np.last + 1;
          c_last = end;
        }
      else
        {
          c_first = clause_start (ctx, s->first, i);
          c_last = i;
          /* "The plan, according to two officials, would cost $2 billion":
           * the sentence goes on after the source set off by commas */
          if (np.last + 1 < end && is_punct (ctx, np.last, ',') && i > s->first && is_punct (ctx, i - 1, ',') &&
              !quotation_within (ctx, np.last + 1, end) &&
              (in_list (ctx, np.last + 1, SW_SET_AUX) || continues_sentence (ctx, np.last + 1) ||
               /* "At 3am on Monday, according to the letter, 41 patients
                * were waiting": a time alone before the source */
               only_time (ctx, c_first, i - 1)))
            {
              more_first = np.last + 1;
              more_last = end;
            }
        }
      goto emit;
    }

  if ((cue->flags & SW_CUE_GERUND) && i > s->first &&
      (is_punct (ctx, i - 1, ',') || is_word (ctx, i - 1, "by") || is_word (ctx, i - 1, "after") ||
       is_word (ctx, i - 1, "while") || medium_before_gerund (ctx, s, i, &medium)))
    {
      /* "…, stressing that …", "began by saying he would …": the
       * subject of the sentence speaks. */
      same_as = sentence_subject_cue (ctx, i, s);
      /* (but in "Albury sought an order, the affidavit says, telling a
       * judge that …" a document tells no one: the clause's subject does) */
      if (same_as != 0 && (cue->flags & SW_CUE_ADDRESSEE) && subject_is_document (ctx, same_as - 1, s))
        same_as = 0;
      if (same_as == 0)
        {
          np = sentence_subject (ctx, s, i);
          if (!np.valid)
            return;
        }
      /* "…, telling a judge that he had threatened her": whom first */
      if (cue->flags & SW_CUE_ADDRESSEE)
        after = skip_addressee (ctx, after, end, &addressee, &medium);
      c_first = skip_post (ctx, after, end, &medium);
      c_last = content_end (ctx, c_first, end, FALSE);
      goto emit;
    }

  np = np_left (ctx, i);

  /* "mediated by a group of Gulf states, are expected …": after "a
   * group of" and a name, a word in -s that a comma or a verb follows is
   * a plural noun (but "the management of GM wants to …" reports) */
  if (np.valid && np.n_mentions > 0 && np.first > s->first + 1 && np.first == mention (ctx, np.mentions[0])->first &&
      is_word (ctx, np.first - 1, "of") && is_lowerish (ctx, np.first - 2) && common_noun_head (ctx, np.first - 2) &&
      cue_n == 1 && tk (ctx, i)->end - tk (ctx, i)->start > 3 && ctx->text->text[tk (ctx, i)->end - 1] == 's' &&
      is_lowerish (ctx, i) && i + 1 < s->last && (tk (ctx, i + 1)->kind == SW_TOKEN_PUNCT || in_list (ctx, i + 1, SW_SET_AUX)))
    return;

  /* "its wind warning for the Borders", "its flood warning until 6pm": a
   * word in -ing right after a noun and before a preposition that
   * introduces nothing said is a noun
   * too (but "taxpayers reporting gains", "residents warning of floods") */
  if ((cue->flags & SW_CUE_GERUND) && np.valid && np.last == i && np.n_mentions == 0 && np.pronoun == 0 &&
      (in_list (ctx, after, SW_SET_PREPOSITION) || is_word (ctx, after, "for") || is_word (ctx, after, "until")) &&
      !is_word (ctx, after, "about") &&
      !is_word (ctx, after, "against") &&
      /* (a date is no object: "with officials saying on Saturday that …") */
      !date_then_that (ctx, after + 1, end))
    return;

  /* "posted a photograph of his bowling boots on social media": a
   * picture put out is no report of words */
  if ((g_str_has_prefix (cue->words[0], "post") || g_str_has_prefix (cue->words[0], "tweet")) && after + 1 < end &&
      in_list (ctx, after, SW_SET_DETERMINER) && picture_word (ctx, after + 1))
    return;

  /* "the first word came from news reports rather than from the bank":
   * what a comparison follows is no report's content */
  if (after + 1 < end && (is_word (ctx, after, "than") || (is_word (ctx, after, "rather") && is_word (ctx, after + 1, "than"))))
    return;

  /* "An emergency warning remained in place": a noun in -ing before the
   * clause's verb */
  if ((cue->flags & SW_CUE_GERUND) && np.valid && np.last == i && np.n_mentions == 0 && np.pronoun == 0 &&
      after < end && is_lowerish (ctx, after) && (past_verb (ctx, after) || in_list (ctx, after, SW_SET_AUX)))
    return;

  /* "Ukraine, which Trump had described as …": the content is elsewhere */
  if (np.valid && np.first > s->first && (is_word (ctx, np.first - 1, "which") || is_word (ctx, np.first - 1, "whom")))
    return;

  if (!np.valid)
    {
      guint p = i;

      while (p > s->first && in_list (ctx, p - 1, SW_SET_ADVERB))
        p--;
      if (p > s->first && (is_word (ctx, p - 1, "and") || is_word (ctx, p - 1, "but")))
        {
          /* "… and reiterated his demand that …" */
          same_as = sentence_subject_cue (ctx, i, s);
          if (same_as == 0)
            {
              /* "… and said he did not support Mr. Trump", but not "…
               * and added to the ranks"; "Shares rose after it raised its
               * forecast and said …": the subject of the clause "and"
               * goes on */
              np = subordinate_subject (ctx, s, p - 1);
              if (!np.valid)
                np = sentence_subject (ctx, s, i);
              if (!np.valid || (!(cue->flags & SW_CUE_INFINITIVE) &&
                                (is_word (ctx, after, "to") || is_word (ctx, after, "by"))))
                return;
            }
        }
      else if ((cue->flags & SW_CUE_INVERTS) && p > s->first &&
               (is_punct (ctx, p - 1, ',') || is_punct (ctx, p - 1, 0x2014)))
        {
          /* "…, said Kristine Berzina, managing director of …" */
          guint r = skip_post (ctx, after, s->last, &medium);

          right = np_right (ctx, r);
          /* "…, said it was opposed": a pronoun with its own verb is the
           * subject of the reported clause, not an inverted speaker */
          if (!right.valid || (right.pronoun != 0 && right.last < s->last &&
                               tk (ctx, right.last)->kind == SW_TOKEN_WORD) ||
              /* nor is a noun with its own verb: "…, said the measure was bad" */
              (right.n_mentions == 0 && any_in_list (ctx, right.first, MIN (right.last + 1, s->last), SW_SET_AUX)))
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

  /* "The registration issue was first reported by The Washington Post":
   * the subject is the content, the agent after "by" the source */
  if (np.valid && is_word (ctx, q, "by") && is_passive (ctx, i, s))
    {
      Np agent = np_right (ctx, q + 1);

      /* the agent's name may be followed by when or where ("by the union
       * and the company on Tuesday"), not by more words of a longer source */
      if (!agent.valid || (agent.last < s->last && tk (ctx, agent.last)->kind == SW_TOKEN_WORD &&
                           !(agent.n_mentions > 0 && in_list (ctx, agent.last, SW_SET_PREPOSITION))))
        agent = np_prep_source (ctx, q + 1);
      if (!agent.valid)
        {
          g_free (medium);
          return;
        }
      /* "the district has been warned by ministers that it risks …",
       * "residents were told by police that …": who was told is the
       * subject, what they were told the clause after the agent */
      if ((cue->flags & (SW_CUE_ADDRESSEE | SW_CUE_WARNS)) && agent.last < end)
        {
          guint t = skip_post (ctx, agent.last, end, &medium);

          if (t < end && is_word (ctx, t, "that") && t + 1 < end)
            {
              if (np.n_mentions > 0)
                addressee = np.mentions[0];
              c_first = t + 1;
              c_last = content_end (ctx, c_first, end, FALSE);
              np = agent;
              goto emit;
            }
        }
      c_first = np.first;
      c_last = np.last;
      np = agent;
      before_content = TRUE;
      goto emit;
    }

  /* "have barely been mentioned in this year's race": a passive reports
   * nothing without its agent, a "that" clause ("it was announced that
   * …", "is quoted as saying", "is said to") or what someone is accused
   * of */
  passive_form = is_participle (ctx, i) && is_passive (ctx, i, s);
  if (passive_form && !(q < end && (is_word (ctx, q, "that") || is_word (ctx, q, "as") ||
                                              /* "is said to", not "were called to the area" */
                                              (is_word (ctx, q, "to") && !in_list (ctx, q + 1, SW_SET_DETERMINER)) ||
                                              is_punct (ctx, q, ':') ||
                                              /* "was accused of", "criticized for", "charged with" */
                                              is_word (ctx, q, "of") || is_word (ctx, q, "for") ||
                                              is_word (ctx, q, "with") ||
                                              (ctx->tflags[q] & TF_IN_DIRECT))))
    {
      g_free (medium);
      return;
    }
  /* "Tom Berg was accused of hiding the costs": the subject of a passive
   * is who it is about, not who said it; "who was not accused of
   * wrongdoing" reports nothing */
  if (passive_form)
    {
      if (i > s->first && (is_word (ctx, i - 1, "not") || is_word (ctx, i - 1, "never")))
        {
          g_free (medium);
          return;
        }
      passive = TRUE;
    }

  /* "…, the agency said in a report, and …" ends the attribution too */
  if (q + 1 < end && is_punct (ctx, q, ',') &&
      (is_word (ctx, q + 1, "and") || is_word (ctx, q + 1, "but") || is_word (ctx, q + 1, "while")))
    q = end;

  /* "the phone call, …": a noun after all; but "…, researchers said,
   * warning that …" is people saying */
  if (np.n_mentions == 0 && np.pronoun == 0 && q < end && is_punct (ctx, q, ',') &&
      !(q + 1 < s->last && (ctx->tflags[q + 1] & TF_IN_DIRECT)) &&
      !(np.first > s->first && is_punct (ctx, np.first - 1, ',') && comment_on_sentence (ctx, q + 1, end)) &&
      !(np.first > s->first && is_punct (ctx, np.first - 1, ',') && q + 1 < end &&
        (is_gerund (ctx, q + 1) || continues_sentence (ctx, q + 1)) &&
        np.last > np.first && speaker_head (ctx, np.last - 1)))
    {
      g_free (medium);
      return;
    }
  /* "called the ceasefire a first step" needs someone who can call:
   * a name, a pronoun, or "the campaign", "Clinton supporters" */
  /* (the subject of "… and described the decision as baffling" is the
   * earlier cue's) */
  if ((cue->flags & SW_CUE_OBJECT) && same_as == 0 && np.n_mentions == 0 && np.pronoun == 0 &&
      !(np.last > np.first && speaker_head (ctx, np.last - 1)))
    {
      g_free (medium);
      return;
    }

  /* "warned investors that …", "warned the board about …": whom, before
   * what (a name is the addressee, as after "told") */
  if ((cue->flags & SW_CUE_WARNS) && q < end && !is_word (ctx, q, "that"))
    {
      int m = mention_starting_at (ctx, q);
      guint k = q;

      if (m >= 0)
        k = mention (ctx, m)->last;
      else
        {
          /* "investors", "the board", "its clients": a few words for people */
          if (in_list (ctx, k, SW_SET_DETERMINER))
            k++;
          while (k < end && k - q < 4 && is_lowerish (ctx, k) && common_noun_head (ctx, k) &&
                 !is_word (ctx, k, "of") && !is_word (ctx, k, "about"))
            k++;
          if (k > q && in_list (ctx, k - 1, SW_SET_DETERMINER))
            k = q;
        }
      if (k > q && k < end && (is_word (ctx, k, "that") || is_word (ctx, k, "of") || is_word (ctx, k, "about")))
        {
          if (m >= 0)
            addressee = m;
          q = k;
        }
    }
  if (cue->flags & SW_CUE_ADDRESSEE)
    {
      q = skip_addressee (ctx, q, end, &addressee, &medium);
      /* "something a caller told a dispatcher before police arrived": when
       * it was told, and nothing of what */
      if (q < end && (is_word (ctx, q, "before") || is_word (ctx, q, "after") || is_word (ctx, q, "when") ||
                      is_word (ctx, q, "while") || is_word (ctx, q, "because") || is_word (ctx, q, "until")))
        {
          g_free (medium);
          return;
        }
    }

  /* "asked the mayor how …": the question is the content */
  if (cue->flags & SW_CUE_DIRECT)
    while (q < end && !report_follows (ctx, q, q + 1))
      q++;

  /* "…, researchers at Royal Caledonian University said on Tuesday,
   * although …": the subject begins with the people of the body */
  subj = np.first;
  if (np.valid && np.n_mentions > 0 && subj >= s->first + 3 &&
      (is_word (ctx, subj - 1, "at") || is_word (ctx, subj - 1, "from")) && is_lowerish (ctx, subj - 2) &&
      tk (ctx, subj - 2)->kind == SW_TOKEN_WORD && common_noun_head (ctx, subj - 2) && is_punct (ctx, subj - 3, ','))
    subj -= 2;

  if (q >= end || (q + 1 < end && is_punct (ctx, q, ',') && np.valid && subj > s->first &&
                    is_punct (ctx, subj - 1, ',') &&
                    (is_gerund (ctx, q + 1) || said_where (ctx, cue, &np, q + 1, end) ||
                     comment_on_sentence (ctx, q + 1, end) ||
                     /* "…, the companies announced on Thursday, in
                      * Halvern's largest deal since 2016" (a name or a
                      * pronoun may say both sides: see below) */
                     (np.n_mentions == 0 && np.pronoun == 0 && continues_sentence (ctx, q + 1) &&
                      !quotation_within (ctx, q + 1, end)))) ||
      said_where (ctx, cue, &np, q, end))
    {
      /* "…, the Kremlin said." and "…, she said, referencing …", where
       * the participle's clause is not what she said */
      if (!np.valid || subj <= s->first || !is_punct (ctx, subj - 1, ','))
        {
          g_free (medium);
          return;
        }
      c_first = clause_start (ctx, s->first, subj - 1);
      c_last = subj - 1;
      before_content = TRUE;
      goto emit;
    }

  if ((is_punct (ctx, q, ':') || is_punct (ctx, q, ',')) && q + 1 < s->last && (ctx->tflags[q + 1] & TF_IN_DIRECT))
    {
      g_free (medium);
      return;
    }

  /* "Prices rose over the autumn, she explains, partly because of the
   * cold", "The economy, she said, is weak": an attribution set off
   * inside the sentence, between a clause and what qualifies it or a
   * subject and its verb; what was said is on both sides of it (but "Too
   * often, he said, the debate is …" says all after it) */
  if (q + 1 < end && is_punct (ctx, q, ',') && np.valid && (np.n_mentions > 0 || np.pronoun != 0) &&
      subj > s->first + 1 && is_punct (ctx, subj - 1, ',') &&
      clause_start (ctx, s->first, subj - 1) + 1 < subj - 1 &&
      ((!quotation_within (ctx, q + 1, end) && continues_sentence (ctx, q + 1)) ||
       /* "The war years, she later said, left her with “…”": a short
        * subject before, its verb after */
       ((in_list (ctx, q + 1, SW_SET_AUX) || past_verb (ctx, q + 1)) &&
        short_subject (ctx, clause_start (ctx, s->first, subj - 1), subj - 1) &&
        !cue_outside_quotes (ctx, q + 1, end))))
    {
      c_first = clause_start (ctx, s->first, subj - 1);
      c_last = subj - 1;
      more_first = q + 1;
      more_last = end;
      before_content = TRUE;
      goto emit;
    }

  if ((cue->flags & SW_CUE_INFINITIVE) &&
      (is_word (ctx, q, "to") || ((is_word (ctx, q, "not") || is_word (ctx, q, "never")) && is_word (ctx, q + 1, "to"))))
    {
      /* "wants to make tuition free", "vowed not to repeat it": the
       * intention is the content, when someone named has it */
      if (np.n_mentions == 0 && np.pronoun == 0 &&
          !(np.last > np.first && speaker_head (ctx, np.last - 1)))
        {
          g_free (medium);
          return;
        }
    }
  else if ((cue->flags & SW_CUE_INFINITIVE) && !(cue->flags & SW_CUE_WEAK))
    {
      g_free (medium);
      return;
    }
  else if ((cue->flags & SW_CUE_CLAUSE) && q < end &&
           (in_list (ctx, q, SW_SET_DETERMINER) || tk (ctx, q)->kind == SW_TOKEN_NUMBER ||
            /* "maintained working ties with …", "observe two days of
             * mourning", "Gulf states or Turkey": a word in lower case
             * that opens no clause */
            (tk (ctx, q)->kind == SW_TOKEN_WORD && tk (ctx, q)->cap == SW_CAP_LOWER &&
             !(wflags (ctx, q) & SW_WORD_PRONOUN) && !in_list (ctx, q, SW_SET_ADVERB | SW_SET_PREPOSITION) &&
             !is_word (ctx, q, "that") && !is_word (ctx, q, "to") && !(ctx->tflags[q] & TF_IN_DIRECT) &&
             /* ("acknowledged using the tax code") */
             !is_gerund (ctx, q)) ||
            /* "shot back at officers" */
            is_word (ctx, q, "at") ||
            /* "admitted eight counts of fraud" */
            (tk (ctx, q)->timex != 0 && (tk (ctx, q)->flags & SW_TOKEN_ASCII_LETTERS) &&
             sw_lex_from_id (tk (ctx, q)->timex)->num > 0)) &&
           !clause_follows (ctx, q, end) && !quotation_within (ctx, q, end) &&
           !(q + 1 < end && in_list (ctx, q + 1, SW_SET_REMARK)))
    {
      g_free (medium);
      return;
    }
  else if ((cue->flags & SW_CUE_WEAK) && !clause_follows (ctx, q, end) && !subject_infinitive (ctx, q, end) &&
           !(np.valid && np.last > np.first && in_list (ctx, np.last - 1, SW_SET_DOCUMENT)))
    {
      g_free (medium);
      return;
    }

  if ((cue->flags & SW_CUE_OBJECT) && (is_word (ctx, q, "for") || is_word (ctx, q, "on") || is_word (ctx, q, "as")))
    q++;
  /* "The spot concludes with footage of …", "was charged with
   * manslaughter", "called into a radio programme": a phrase of these
   * prepositions after the cue reports nothing unless a "that" clause
   * follows it ("agreed with Ivana Trump that …") */
  else if (q < end && !(cue->flags & SW_CUE_PREP) &&
           (is_word (ctx, q, "with") || is_word (ctx, q, "from") || is_word (ctx, q, "into") ||
            /* "had written to the minister twice", "posted to Facebook a
             * photo": to whom or where, not what ("said to reporters the
             * plan …" still reports, and "is said to be" is no phrase) */
            (is_word (ctx, q, "to") && !(cue->flags & SW_CUE_ADDRESSEE) && !g_str_has_prefix (cue->words[0], "say") &&
             !g_str_equal (cue->words[0], "said") &&
             q + 1 < end && (in_list (ctx, q + 1, SW_SET_DETERMINER) ||
                             (!is_lowerish (ctx, q + 1) && !s->caps && !s->title)))))
    {
      guint k = q + 1;

      while (k < end && !is_word (ctx, k, "that"))
        k++;
      if (k == end)
        {
          g_free (medium);
          return;
        }
      q = k;
    }

  /* "posted a video saying the port would reopen": the gerund after the
   * medium reports, with the medium; the verb before it does not */
  for (guint k = q + 1; k < end && k - q < 9; k++)
    {
      const SwCue *next = match_cue (ctx, k, &(guint){ 0 });

      if (next == NULL)
        continue;
      if ((next->flags & SW_CUE_GERUND) && medium_before_gerund (ctx, s, k, NULL))
        {
          g_free (medium);
          return;
        }
      break;
    }

  c_first = q;
  c_last = content_end (ctx, q, end, (cue->flags & SW_CUE_OBJECT) != 0);
  if (np.valid && is_word (ctx, np.first, "who") && np.first > s->first && is_punct (ctx, np.first - 1, ','))
    c_last = relative_clause_end (ctx, c_first, c_last);
  /* a cue with an object ("accused the union of …") ends its content
   * there; a clause ("said the plan would be discussed in a statement")
   * keeps its own */
  if (cue->flags & SW_CUE_OBJECT)
    c_last = trailing_medium (ctx, c_first, c_last, &medium);
  /* "called a strike", "called an election for June": to call such a
   * thing is to summon it; "called the plan a disgrace" reports, with a
   * second phrase for what it was called, and so do "called for a
   * moratorium" and "what he called a “brazen breach”" */
  if ((cue->flags & SW_CUE_OBJECT) && g_str_has_prefix (cue->words[0], "call") &&
      q == i + cue_n && (is_word (ctx, q, "a") || is_word (ctx, q, "an")) &&
      !any_in_list (ctx, q + 1, c_last, SW_SET_DETERMINER) && !quote_between (ctx, q + 1, c_last) &&
      !(np.valid && np.first > s->first && is_word (ctx, np.first - 1, "what")))
    {
      g_free (medium);
      return;
    }
  /* "had called Solís-Hart to congratulate her": a telephone call, with
   * its purpose (but "called on Congress to act" reports, and so does
   * "called Smith a liar") */
  if ((cue->flags & SW_CUE_OBJECT) && g_str_has_prefix (cue->words[0], "call") && q == i + cue_n &&
      (m_obj = mention_starting_at (ctx, q)) >= 0 && mention (ctx, m_obj)->last < c_last &&
      is_word (ctx, mention (ctx, m_obj)->last, "to") && infinitive_follows (ctx, mention (ctx, m_obj)->last))
    {
      g_free (medium);
      return;
    }

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

  /* "conceded in a speech to supporters shortly after 10 p.m. at the
   * lodge": whom and where, after the medium, with no clause of what */
  if (!before_content && medium != NULL && c_first > i && is_word (ctx, c_first, "to") &&
      !infinitive_follows (ctx, c_first) && !clause_follows (ctx, c_first, c_last) &&
      !quotation_within (ctx, c_first, c_last))
    {
      g_free (medium);
      return;
    }

  if (medium == NULL && np.valid && !before_content)
    medium = medium_before (ctx, s, &np);

  /* "wrote that the agreement showed “…”": a thing that shows inside
   * another's report, its marks included, is part of that report */
  if (nested_marks && same_as == 0 && np.n_mentions == 0 && np.pronoun == 0 &&
      !(np.valid && np.last > np.first && speaker_head (ctx, np.last - 1)))
    {
      g_free (medium);
      return;
    }
  c = add_cand (ctx, SW_QUOTE_INDIRECT, c_first, c_last);
  c->pos = MIN (c_first, i);
  if (more_last > more_first + 1)
    {
      c->more = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (c->more, more_first);
      g_array_append_val (c->more, more_last);
    }
  c->medium = medium;
  c->addressee = addressee;
  set_cue (ctx, c, i, cue_n);
  if (same_as > 0)
    {
      c->source = SPEAKER_SAME_AS;
      c->same_as = same_as - 1;
    }
  else if (passive)
    c->source = SPEAKER_NONE;
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
          const SwToken *t = tk (ctx, i);
          guint cue_n = 0;
          const SwCue *cue;

          /* most tokens start no cue: no call for them */
          if (!(t->flags & (SW_TOKEN_CUE | SW_TOKEN_TALK)))
            continue;
          if (t->flags & SW_TOKEN_TALK)
            g_array_append_val (ctx->talk, i);
          if (!(t->flags & SW_TOKEN_CUE))
            continue;
          cue = match_cue (ctx, i, &cue_n);
          if (cue != NULL)
            indirect_at (ctx, s, i, cue, cue_n);
        }
    }
}

/* Pass 4: speakers */

typedef struct
{
  int    last_cand;   /* the latest quote with speakers */
  int    last_seen;   /* the latest quote */
} Resolver;

static gboolean
gender_fits (SwActorInfo *info,
             char         gender)
{
  if (info->actor->kind != SW_ACTOR_PERSON && info->actor->kind != SW_ACTOR_OTHER)
    return FALSE;
  return info->gender == 0 || gender == 0 || gender == 'a' || info->gender == gender;
}

static SwActorKind
actor_info_kind (Ctx *ctx,
                 int  actor)
{
  return ((SwActorInfo *)g_ptr_array_index (ctx->mentions->actors, actor))->actor->kind;
}

static const char *
actor_info_name (Ctx *ctx,
                 int  actor)
{
  return ((SwActorInfo *)g_ptr_array_index (ctx->mentions->actors, actor))->actor->name;
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

/* Whether @word, folded, is one of the words of @phrase, in any case */
static gboolean
phrase_has_word (const char *phrase,
                 const char *word,
                 gsize       len)
{
  const char *p = phrase;

  while (p != NULL && *p != '\0')
    {
      gsize n = strcspn (p, " -");

      if (n == len && g_ascii_strncasecmp (p, word, len) == 0)
        return TRUE;
      p += n;
      p += strspn (p, " -");
    }
  return FALSE;
}

/* Does @word name the role itself, before any "of" ("the secretary" for
 * "general secretary of the National Education Union", but not "the
 * union")? */
static gboolean
role_has_word (const char *role,
               const char *word,
               gsize       len)
{
  const char *of = strstr (role, " of ");
  g_autofree char *head = NULL;

  /* "the judge" is "Justice Heather McAllister" too, as courts of the
   * Commonwealth title their judges; "the minister" is "the Transport
   * Secretary", as Britain titles its ministers */
  if (len == 5 && g_ascii_strncasecmp (word, "judge", 5) == 0 && role_has_word (role, "justice", 7))
    return TRUE;
  if (len == 8 && g_ascii_strncasecmp (word, "minister", 8) == 0 && g_str_has_suffix (role, " Secretary") &&
      !phrase_has_word (role, "Press", 5) && !phrase_has_word (role, "General", 7) &&
      !phrase_has_word (role, "Permanent", 9))
    return TRUE;
  if (of == NULL)
    return phrase_has_word (role, word, len);
  head = g_strndup (role, of - role);
  return phrase_has_word (head, word, len);
}

/* Is @role one its holder has left: "former deputy foreign minister"? */
static gboolean
former_role (const char *role)
{
  return g_ascii_strncasecmp (role, "former ", 7) == 0 || g_ascii_strncasecmp (role, "ex-", 3) == 0 ||
         g_ascii_strncasecmp (role, "the former ", 11) == 0 || g_ascii_strncasecmp (role, "a former ", 9) == 0;
}

/* Does @name end in a word for a trade ("Peabody Energy", "Kestrel
 * Foods"), as a business's does? */
static gboolean
business_name (const SwLexicon *lex,
               const char      *name)
{
  const char *last = strrchr (name, ' ');
  const SwWordInfo *info;

  if (last == NULL)
    return FALSE;
  last++;
  info = sw_lexicon_lookup (lex, last, strlen (last));
  return info != NULL && (info->flags & SW_WORD_ORG_TAIL) != 0;
}

/* Does an organisation's name say that it oversees others: "Financial
 * Conduct Authority", "Federal Office of Banking Supervision", "Ofcom"? */
static gboolean
overseer_name (const char *name)
{
  static const char *const words[] = {
    "Authority", "Commission", "Regulator", "Regulatory", "Supervision", "Supervisory", "Office", "Agency",
    "Board", "Bureau", "Ombudsman", "Inspectorate", "Administration", "Watchdog", "Monitor", "Observatory",
    "Auditor", "Audit", "Ofcom", "Ofgem", "Ofwat",
    "Ofsted", "SEC", "FCA", "FTC", "FDA", "CMA", "BaFin", NULL,
  };

  for (guint k = 0; words[k] != NULL; k++)
    if (phrase_has_word (name, words[k], strlen (words[k])))
      return TRUE;
  return FALSE;
}

static guint
count_words (const char *name)
{
  guint n = 0;

  for (const char *p = name; p != NULL && *p != '\0'; p++)
    if (*p != ' ' && (p == name || p[-1] == ' '))
      n++;
  return n;
}

/* Was actor @a taken for a person, or given no kind, only because no
 * list knows its name: no given name, title or honorific, no role, no
 * gender ("Kestrel said", "according to Electricity North West")? */
static gboolean
guessed_person (Ctx *ctx,
                int  a)
{
  SwActorInfo *info = g_ptr_array_index (ctx->mentions->actors, a);

  if (info->actor == NULL || (info->actor->kind != SW_ACTOR_PERSON && info->actor->kind != SW_ACTOR_OTHER) ||
      info->gender != 0 || info->actor->roles->len > 0)
    return FALSE;
  /* one pass over the mentions for all the actors, the first time only:
   * a long text asks for many */
  if (ctx->named == NULL)
    {
      GArray *ms = ctx->mentions->mentions;

      ctx->n_named = ctx->mentions->actors->len;
      ctx->named = g_new0 (guint8, ctx->n_named + 1);
      for (guint m = 0; m < ms->len; m++)
        {
          const SwMention *mn = &g_array_index (ms, SwMention, m);

          if (mn->actor >= 0 && (guint)mn->actor < ctx->n_named && (mn->known || mn->role != NULL))
            ctx->named[mn->actor] = TRUE;
        }
    }
  return (guint)a >= ctx->n_named || !ctx->named[a];
}

/* A guessed person that context shows is a body: make actor @a an
 * organisation, and return it. */
static int
organization_after_all (Ctx *ctx,
                        int  a)
{
  SwActorInfo *info = g_ptr_array_index (ctx->mentions->actors, a);

  info->actor->kind = SW_ACTOR_ORGANIZATION;
  return a;
}

/* Does a name at @first follow words that say where: "in Castaic", "near
 * Windermere", "north of Preston"? */
static gboolean
where_named (Ctx   *ctx,
             guint  first)
{
  static const char *const sides[] = { "north", "south", "east", "west", "outside", "ahead", NULL };

  if (first == 0)
    return FALSE;
  if (is_word (ctx, first - 1, "in") || is_word (ctx, first - 1, "near") || is_word (ctx, first - 1, "outside"))
    return TRUE;
  return first >= 2 && is_word (ctx, first - 1, "of") && is_word_in (ctx, first - 2, sides);
}

/* "The company said" after "Norvale Technologies said", "the charity"
 * after "the Harbour Trust": a business or charity the story introduced,
 * the latest organisation named in this paragraph or the two before that
 * no list knows by name (not "Reuters", not "the White House") or that
 * spoke ("Apple said …"); a name taken for a person's becomes the
 * organisation's. Returns its actor or -1. */
static int
story_company (Ctx      *ctx,
               const Np *np)
{
  const SwLexicon *lex = sw_lexicon_get ();
  guint para = para_of (ctx, np->first);
  int guessed = -1;
  /* (a word for a body, "the union", "the agency", but not the word for
   * a business itself: "the company" is "Northline Rail" too) */
  gboolean body_word = (wflags (ctx, np->last - 1) & SW_WORD_ORG_HEAD) != 0 && !is_word (ctx, np->last - 1, "company") &&
                       !is_word (ctx, np->last - 1, "firm");
  /* "the regulator", "the watchdog": a body that oversees, named so
   * ("Federal Office of Banking Supervision"), not the bank it oversees */
  gboolean overseer = is_word (ctx, np->last - 1, "regulator") || is_word (ctx, np->last - 1, "watchdog");

  /* "the company", and "the Chicago-based company", "the Dutch firm" */
  if (!in_list (ctx, np->last - 1, SW_SET_BUSINESS) || np->last < np->first + 2 || np->last > np->first + 4)
    return -1;
  /* (but "the Aslef union" names its own) */
  for (guint k = np->first + 1; k + 1 < np->last; k++)
    if (tk (ctx, k)->kind != SW_TOKEN_WORD || (wflags (ctx, k) & (SW_WORD_PRONOUN | SW_WORD_CUE)) ||
        mention_starting_at (ctx, k) >= 0)
      return -1;

  for (int m = first_mention_before (ctx, np->first), seen = 0; m >= 0 && seen < 64; m--, seen++)
    {
      const SwMention *mn = mention (ctx, m);
      SwActorInfo *info;

      if (para_of (ctx, mn->first) + 2 < para)
        break;
      if (mn->actor < 0 || (ctx->tflags[mn->first] & TF_IN_DIRECT))
        continue;
      /* "demand for its Crunchwell snack bars": what a company owns is
       * not the company */
      if (mn->first > 0 && (is_word (ctx, mn->first - 1, "its") || is_word (ctx, mn->first - 1, "their")))
        continue;
      /* "UNHCR, the U.N. refugee agency": a name that qualifies the
       * noun after it is not what the story calls "the agency" */
      if (mn->last < ctx->text->tokens->len && tk (ctx, mn->last)->kind == SW_TOKEN_WORD && is_lowerish (ctx, mn->last) &&
          common_noun_head (ctx, mn->last) && mn->last + 1 < ctx->text->tokens->len &&
          tk (ctx, mn->last + 1)->kind == SW_TOKEN_WORD && is_lowerish (ctx, mn->last + 1) &&
          (in_list (ctx, mn->last + 1, SW_SET_BUSINESS) || (wflags (ctx, mn->last + 1) & SW_WORD_ORG_HEAD)))
        continue;
      /* "Velmora" alone is the company named in full before; a name the
       * lists know ("Reuters", "Apple") only when it spoke itself */
      info = g_ptr_array_index (ctx->mentions->actors, mn->actor);
      if (info->actor == NULL || (!info->spoke && sw_lexicon_has_phrase (lex, info->actor->name, SW_WORD_ORG_NAME)))
        continue;
      if (info->actor->kind == SW_ACTOR_ORGANIZATION)
        {
          /* "according to the union" is no company named by its trade
           * ("Peabody Energy") */
          if (body_word && business_name (lex, info->actor->name))
            continue;
          if (overseer && !overseer_name (info->actor->name))
            continue;
          return mn->actor;
        }
      if (overseer)
        continue;
      /* two words no list knows may well be a given name and a surname:
       * those only when no organisation comes before; a name after words
       * that say where ("north of Preston", "in Castaic") is no one */
      if (!info->spoke && where_named (ctx, mn->first) && guessed_person (ctx, mn->actor))
        continue;
      if (guessed < 0 && guessed_person (ctx, mn->actor))
        {
          guessed = mn->actor;
          if (count_words (info->actor->name) != 2)
            break;
        }
    }

  return guessed >= 0 ? organization_after_all (ctx, guessed) : -1;
}

/* The two sides of an interview printed as questions and answers, from
 * the introduction before its first label at @label, the last paragraph
 * there that names a person (the story before it may name others more
 * often): the person it names most often answers ("A:"), the one it names
 * first on a tie; the body they "spoke to" or gave "an interview with"
 * asks ("Q:"). */
static void
interview_parties (Ctx   *ctx,
                   guint  label)
{
  GArray *mentions = ctx->mentions->mentions;
  g_autofree guint *count = NULL;
  guint best = 0;
  guint intro = G_MAXUINT;

  if (ctx->interviewee != -2)
    return;
  ctx->interviewee = ctx->interviewer = -1;
  count = g_new0 (guint, ctx->mentions->actors->len + 1);

  for (guint i = 0; i < mentions->len; i++)
    {
      const SwMention *x = &g_array_index (mentions, SwMention, i);

      if (x->first >= label)
        break;
      if (x->actor >= 0 && !(ctx->tflags[x->first] & TF_IN_DIRECT) &&
          actor_info_kind (ctx, x->actor) == SW_ACTOR_PERSON)
        intro = para_of (ctx, x->first);
    }

  for (guint i = 0; i < mentions->len; i++)
    {
      const SwMention *x = &g_array_index (mentions, SwMention, i);
      guint k = x->first;

      if (x->first >= label)
        break;
      if (x->actor < 0 || (ctx->tflags[x->first] & TF_IN_DIRECT))
        continue;
      if (actor_info_kind (ctx, x->actor) == SW_ACTOR_PERSON && para_of (ctx, x->first) == intro &&
          ++count[x->actor] > best)
        {
          best = count[x->actor];
          ctx->interviewee = x->actor;
        }
      /* "spoke to the Ledger", "told the Ledger", "in an interview with
       * the Ledger" */
      if (k > 0 && is_word (ctx, k - 1, "the"))
        k--;
      if (ctx->interviewer < 0 && k >= 2 && x->kind != SW_ACTOR_PERSON &&
          (((is_word (ctx, k - 1, "to") && (is_word (ctx, k - 2, "spoke") || is_word (ctx, k - 2, "talked"))) ||
            (is_word (ctx, k - 1, "with") && is_word (ctx, k - 2, "interview")) || is_word (ctx, k - 1, "told"))))
        {
          SwActorInfo *info;
          guint verb = is_word (ctx, k - 1, "told") ? k - 1 : k - 2;

          /* who spoke to it answers: "Ferreira-Holt, 58, spoke to the
           * Ledger" */
          for (guint j = i; j > 0 && verb - g_array_index (mentions, SwMention, j - 1).last < 5; j--)
            {
              const SwMention *y = &g_array_index (mentions, SwMention, j - 1);

              if (y->actor >= 0 && (actor_info_kind (ctx, y->actor) == SW_ACTOR_PERSON ||
                                    actor_info_kind (ctx, y->actor) == SW_ACTOR_OTHER))
                {
                  ctx->interviewee = y->actor;
                  best = G_MAXUINT;
                  break;
                }
            }
          ctx->interviewer = sw_mentions_actor_for (ctx->mentions, i, TRUE);
          info = ctx->interviewer >= 0 ? g_ptr_array_index (ctx->mentions->actors, ctx->interviewer) : NULL;
          /* a paper or a broadcaster, whatever its name looks like */
          if (info != NULL && info->actor != NULL && info->actor->kind != SW_ACTOR_ORGANIZATION)
            info->actor->kind = SW_ACTOR_ORGANIZATION;
        }
    }
}

/* "MORALES: Money, every winter": a transcript's label in capitals that
 * no list knows is the surname of a person the story named, the latest
 * such of a bounded look. Returns the person's actor or -1. */
static int
label_person (Ctx      *ctx,
              const Np *np)
{
  const SwToken *t;
  const char *word;
  gsize len;

  if (!np->valid || np->n_mentions > 0 || np->last != np->first + 1 || !is_punct (ctx, np->last, ':'))
    return -1;
  if (is_word (ctx, np->first, "Q") || is_word (ctx, np->first, "A"))
    {
      interview_parties (ctx, np->first);
      return is_word (ctx, np->first, "A") ? ctx->interviewee : ctx->interviewer;
    }
  t = tk (ctx, np->first);
  if (t->kind != SW_TOKEN_WORD || t->cap != SW_CAP_UPPER || t->end - t->start < 2)
    return -1;
  word = ctx->text->text + t->start;
  len = t->end - t->start;
  for (guint k = ctx->mentions->actors->len, seen = 0; k > 0 && seen < 200; k--, seen++)
    {
      SwActorInfo *info = g_ptr_array_index (ctx->mentions->actors, k - 1);
      const char *surname;

      if (info->actor == NULL || info->actor->kind != SW_ACTOR_PERSON)
        continue;
      surname = strrchr (info->actor->name, ' ');
      surname = surname != NULL ? surname + 1 : info->actor->name;
      if (strlen (surname) == len && g_ascii_strncasecmp (surname, word, len) == 0)
        return k - 1;
    }
  return -1;
}

/* "according to a company statement", "a company spokeswoman said": the
 * company of story_company() speaks, and a statement is its medium. */
static int
company_voice (Ctx  *ctx,
               Cand *c)
{
  const Np *np = &c->np;
  guint k = np->first + 1;
  Np company;
  int a;

  if (!np->valid || np->n_mentions > 0 || np->pronoun != 0 || np->last != np->first + 3 ||
      !in_list (ctx, np->first, SW_SET_DETERMINER) || !in_list (ctx, k, SW_SET_BUSINESS) ||
      !is_lowerish (ctx, k + 1) ||
      !((wflags (ctx, k + 1) & (SW_WORD_MEDIUM | SW_WORD_TITLE)) || in_list (ctx, k + 1, SW_SET_AGENT)))
    return -1;
  company = *np;
  company.last = k + 1;
  a = story_company (ctx, &company);
  if (a >= 0 && c->medium == NULL && (wflags (ctx, k + 1) & SW_WORD_MEDIUM))
    c->medium = sw_mentions_token_text (ctx->text, k + 1, k + 2);
  return a;
}

/* The actor an earlier mention names that the common noun at @head
 * describes, looking back from @at: an organisation with the word in its
 * name ("the company": Calder Terminal Company), or with @roles a person
 * whose role holds it ("the minister": Harbour Minister Ilse Varga).
 * @bare: the noun stands alone after its article. @owner: a name that
 * the organisation's must hold. */
static int
description_referent (Ctx        *ctx,
                      guint       at,
                      guint       head,
                      gboolean    bare,
                      const char *owner,
                      gboolean    roles)
{
  const char *word = ctx->text->text + tk (ctx, head)->start;
  gsize len = tk (ctx, head)->end - tk (ctx, head)->start;
  guint para;
  gboolean former = FALSE;

  for (guint k = at; k < head; k++)
    if (is_word (ctx, k, "former") || is_word (ctx, k, "ex"))
      former = TRUE;
  /* "the institute", "the commission": a body, not the meteorologist at
   * the institute nor the commission's chairman */
  if ((wflags (ctx, head) & SW_WORD_ORG_HEAD) && !(wflags (ctx, head) & SW_WORD_TITLE))
    roles = FALSE;
  para = para_of (ctx, at);
  for (int m = first_mention_before (ctx, at), seen = 0; m >= 0 && seen < 200; m--, seen++)
    {
      const SwMention *mn = mention (ctx, m);
      SwActorInfo *info;
      const char *name;

      /* a news story keeps calling its company "the company"; a person
       * keeps the title the story gave them further ("Mayor Danielle
       * Ferreira said … the mayor said", twenty paragraphs on) */
      if (para_of (ctx, mn->first) + (roles ? 40 : 12) < para)
        break;
      if (mn->actor < 0)
        continue;
      info = g_ptr_array_index (ctx->mentions->actors, mn->actor);
      if (info->actor == NULL)
        continue;

      /* "the company": Calder Terminal Company; "the ministry": the
       * Ministry of Defence */
      name = info->actor->name;
      if (info->actor->kind == SW_ACTOR_ORGANIZATION && name != NULL &&
          (phrase_has_word (name, word, len) ||
           /* "the force": Cumbria Police, Kent Constabulary */
           (len == 5 && bare && g_ascii_strncasecmp (word, "force", 5) == 0 &&
            (phrase_has_word (name, "Police", 6) || phrase_has_word (name, "Constabulary", 12)))) &&
          (owner == NULL || strstr (name, owner) != NULL))
        return mn->actor;
      if (!roles)
        continue;

      /* "the minister": Harbour Minister Ilse Varga; one who holds the
       * post now, not "a former Norwegian deputy foreign minister"
       * (unless "the former president" is wanted) */
      if (info->actor->kind == SW_ACTOR_PERSON || info->actor->kind == SW_ACTOR_OTHER)
        for (guint i = 0; i < info->actor->roles->len; i++)
          if (role_has_word (g_ptr_array_index (info->actor->roles, i), word, len) &&
              (former || !former_role (g_ptr_array_index (info->actor->roles, i))))
            return mn->actor;
    }

  return -1;
}

/* Is the word of possessive token @k ("clerk's") a word of @name, with
 * or without its own possessive ("Hadley County Clerk's Office")? */
static gboolean
possessor_in_name (Ctx        *ctx,
                   guint       k,
                   const char *name)
{
  const SwToken *t = tk (ctx, k);
  const char *word = ctx->text->text + t->start;
  gsize len = t->end - t->start;
  const char *p = name;

  /* the word without "'s" or "’s" */
  for (gsize i = 0; i < len; i++)
    if (word[i] == '\'' || (guchar)word[i] == 0xE2)
      {
        len = i;
        break;
      }
  while (p != NULL && *p != '\0')
    {
      gsize n = strcspn (p, " -");

      if (n >= len && g_ascii_strncasecmp (p, word, len) == 0 &&
          (n == len || p[len] == '\'' || (guchar)p[len] == 0xE2))
        return TRUE;
      p += n;
      p += strspn (p, " -");
    }
  return FALSE;
}

/* "Crews were called at 3:15 a.m., police said" before the story names
 * the Winnipeg Police Service: the one organisation after @head whose
 * name holds its word, however late the story names it (within twenty
 * paragraphs: a long file of many stories must not make every "police
 * said" read to its end). With two such bodies, neither. */
static int
body_named_after (Ctx   *ctx,
                  guint  head)
{
  const char *word = ctx->text->text + tk (ctx, head)->start;
  gsize len = tk (ctx, head)->end - tk (ctx, head)->start;
  guint para = para_of (ctx, head);
  int found = -1;
  guint from = first_mention_before (ctx, head + 1) + 1;

  for (guint m = from; m < ctx->mentions->mentions->len && m < from + 200; m++)
    {
      const SwMention *mn = mention (ctx, m);
      SwActorInfo *info;

      if (para_of (ctx, mn->first) > para + 20)
        break;
      if (mn->actor < 0 || mn->actor == found || mn->kind != SW_ACTOR_ORGANIZATION)
        continue;
      info = g_ptr_array_index (ctx->mentions->actors, mn->actor);
      if (info->actor == NULL || info->actor->kind != SW_ACTOR_ORGANIZATION || info->actor->name == NULL ||
          !phrase_has_word (info->actor->name, word, len))
        continue;
      if (found >= 0)
        return -1;
      found = mn->actor;
    }
  return found;
}

/* "the minister wrote", "the company refused to", "the guild said": a
 * definite description names the latest actor whose role holds its head
 * word, or the organisation whose name ends with it, in the dozen
 * paragraphs before; "the company" else the company of story_company(). */
static int
resolve_description (Ctx      *ctx,
                     const Np *np)
{
  const SwToken *head;
  const char *word;
  const char *owner = NULL;
  gsize len;

  /* "Police said" after "West Yorkshire Police said": a group that
   * speaks as a body, by its body's head word */
  gboolean body_only = np->valid && np->n_mentions == 0 && np->pronoun == 0 &&
                       np->last == np->first + 1 + is_word (ctx, np->first, "the") &&
                       in_list (ctx, np->last - 1, SW_SET_COLLECTIVE) && (wflags (ctx, np->last - 1) & SW_WORD_ORG_HEAD);

  if (!body_only && (!np->valid || np->n_mentions > 0 || np->pronoun != 0 || np->last < np->first + 2 ||
                     !is_word (ctx, np->first, "the")))
    return -1;

  head = tk (ctx, np->last - 1);
  word = ctx->text->text + head->start;
  len = head->end - head->start;
  if (head->kind != SW_TOKEN_WORD || (head->flags & SW_TOKEN_POSSESSIVE) || g_ascii_tolower (word[len - 1]) == 's' ||
      /* (but "the NGO") */
      (len < 4 && !(head->cap == SW_CAP_UPPER && (wflags (ctx, np->last - 1) & SW_WORD_BODY))))
    return -1;

  /* "The UAE foreign ministry said": a name inside the description says
   * whose body it is, and another ministry is not it */
  for (guint k = np->first + 1; k + 1 < np->last && owner == NULL; k++)
    {
      int m = mention_starting_at (ctx, k);

      if (m >= 0 && mention (ctx, m)->last < np->last && mention (ctx, m)->name != NULL)
        owner = mention (ctx, m)->name;
    }

  {
    int a = description_referent (ctx, np->first, np->last - 1, np->last == np->first + 2, owner, !body_only);

    /* "the county clerk's office" is not the Hadley County Sheriff's
     * Office: whose body it is must be in the name */
    for (guint k = np->first + 1; a >= 0 && k + 1 < np->last; k++)
      if (tk (ctx, k)->flags & SW_TOKEN_POSSESSIVE)
        {
          /* (the "'s" may be a token of its own) */
          guint w = tk (ctx, k)->kind != SW_TOKEN_WORD || !g_ascii_isalnum (ctx->text->text[tk (ctx, k)->start]) ? k - 1 : k;

          if (w > np->first && tk (ctx, w)->kind == SW_TOKEN_WORD && is_lowerish (ctx, w) &&
              !possessor_in_name (ctx, w, actor_info_name (ctx, a)))
            a = -1;
        }
    if (a >= 0)
      return a;
    /* "Police said" after "Kenyan police said": a force named only by a
     * description; before the story names its force, that force */
    if (body_only)
      {
        a = sw_mentions_find_description_actor (ctx->mentions, np->last - 1, np->last);
        return a >= 0 ? a : body_named_after (ctx, np->last - 1);
      }
    /* "according to the air force" after "Velesia's air force said" */
    if (np->last > np->first + 2 && (wflags (ctx, np->last - 1) & (SW_WORD_ORG_HEAD | SW_WORD_BODY)))
      {
        a = sw_mentions_find_description_actor (ctx->mentions, np->first, np->last);
        if (a >= 0)
          return a;
      }
  }

  return story_company (ctx, np);
}

/* Is the mention at @first the object of a verb: right after a word in
 * the past tense that is no cue ("thanked Tusk"), not after a noun
 * ("communication director Jennifer Palmieri")? */
static gboolean
object_of_verb (Ctx  *ctx,
                guint first)
{
  const SwSentence *s = sentence_of (ctx, first);
  guint v = first;

  if (v > s->first && is_word (ctx, v - 1, "the"))
    v--;
  return v > s->first && past_verb (ctx, v - 1);
}

/* Only lower-case words between @from and @to: one clause, "Zelenskyy
 * thanked Tusk" */
static gboolean
words_only_between (Ctx  *ctx,
                    guint from,
                    guint to)
{
  if (to <= from || to - from > 6)
    return FALSE;
  /* (a title's article may be capitalised: "saw The Salt Year") */
  for (guint k = from; k < to; k++)
    if (tk (ctx, k)->kind != SW_TOKEN_WORD || !(is_lowerish (ctx, k) || (k + 1 == to && is_word (ctx, k, "the"))))
      return FALSE;
  return TRUE;
}

/* Does mention @y open its sentence, set off by a comma before token
 * @before: "Tobias Lindqvist, the producer who had backed Les Quais, …",
 * whose subject Lindqvist is? */
static gboolean
subject_before_aside (Ctx             *ctx,
                      const SwMention *y,
                      guint            before)
{
  const SwSentence *s = sentence_of (ctx, y->first);

  return (y->first == s->first || (y->first == s->first + 1 && is_word (ctx, s->first, "the"))) &&
         y->last < before && is_punct (ctx, y->last, ',');
}

/* Is a person who fits @gender named, outside quotations, in a mention
 * from @m back to token @from? With @known, only one whose gender is
 * known to be @gender counts. */
static gboolean
person_since (Ctx      *ctx,
              int       m,
              guint     from,
              char      gender,
              gboolean  known)
{
  GArray *ms = ctx->mentions->mentions;

  for (int k = m; k >= 0; k--)
    {
      const SwMention *x = &g_array_index (ms, SwMention, k);
      SwActorInfo *info;

      if (x->first < from)
        break;
      if (x->actor < 0 || actor_info_kind (ctx, x->actor) != SW_ACTOR_PERSON ||
          (ctx->tflags[x->first] & (TF_IN_DIRECT | TF_IN_CONTENT)))
        continue;
      info = g_ptr_array_index (ctx->mentions->actors, x->actor);
      if (known ? info->gender == gender : gender_fits (info, gender))
        return TRUE;
    }
  return FALSE;
}

static gboolean
person_named_since (Ctx   *ctx,
                    int    m,
                    guint  from,
                    char   gender)
{
  return person_since (ctx, m, from, gender, FALSE);
}

/* The gender of the unnamed person a phrase describes by a title that has
 * one ("a spokeswoman for …"), or 0 when it names somebody or has none */
static char
title_gender (Ctx      *ctx,
              const Np *np)
{
  char gender = 0;

  /* "a spokeswoman", "the spokesman for …", "according to a spokeswoman" */
  if (!in_list (ctx, np->first, SW_SET_DETERMINER) &&
      !(np->first > 0 && in_list (ctx, np->first - 1, SW_SET_DETERMINER)))
    return 0;

  for (guint k = np->first; k < np->last; k++)
    {
      const SwToken *t = tk (ctx, k);

      if (t->kind != SW_TOKEN_WORD)
        continue;
      if (t->cap != SW_CAP_LOWER && !sentence_of (ctx, k)->caps && k > np->first)
        break;
      if (t->info != NULL && (t->info->flags & SW_WORD_TITLE) && t->info->gender != 0)
        gender = t->info->gender;
    }
  return gender;
}

/* "Asked if he included Osei, he said …": is token @i inside the
 * question that opens its sentence, before the pronoun at @pos? Who was
 * asked about is not who answers. */
static gboolean
in_question_lead (Ctx   *ctx,
                  guint  i,
                  guint  pos)
{
  const SwSentence *s = sentence_of (ctx, i);

  if (!is_word (ctx, s->first, "asked"))
    return FALSE;
  for (guint k = s->first + 1; k < pos && k - s->first < 30; k++)
    if (is_punct (ctx, k, ','))
      return i < k;
  return FALSE;
}

/* The one speaker of the latest quote, up to three paragraphs back,
 * when @gender fits them (and, with @person_only, when they are a known
 * person), unless a person who fits was named since: in an obituary,
 * "Her daughter said in a statement …. Dr. Varga-Reyes was among the
 * first …. she recalled" is the subject again. -1 otherwise. */
static int
last_speaker_again (Ctx            *ctx,
                    const Resolver *r,
                    int             m,
                    guint           para,
                    char            gender,
                    gboolean        person_only)
{
  const Cand *c;
  int a;

  if (r->last_cand < 0)
    return -1;
  c = &g_array_index (ctx->cands, Cand, r->last_cand);
  if (para_of (ctx, c->pos) + 3 < para || c->speakers->len != 1)
    return -1;
  a = g_array_index (c->speakers, int, 0);
  if ((person_only && actor_info_kind (ctx, a) != SW_ACTOR_PERSON) ||
      !gender_fits (g_ptr_array_index (ctx->mentions->actors, a), gender) ||
      person_since (ctx, m, MAX (c->c_last, c->cue_last), gender, TRUE))
    return -1;
  return a;
}

/* Does "a", "an", "one" or "another" and a lower-case noun, then "who",
 * open sentence @sent or one of the two before, with no person named
 * between it and token @pos outside quotations? */
static gboolean
unnamed_person_opens (Ctx   *ctx,
                      guint  pos,
                      guint  sent)
{
  for (guint back = 0; back < 3 && back <= sent; back++)
    {
      const SwSentence *s = &g_array_index (ctx->text->sentences, SwSentence, sent - back);
      guint f = s->first, k;

      if (!(is_word (ctx, f, "a") || is_word (ctx, f, "an") || is_word (ctx, f, "one") || is_word (ctx, f, "another")))
        continue;
      for (k = f + 1; k < s->last && k < pos && k - f <= 6; k++)
        if (is_word (ctx, k, "who") || tk (ctx, k)->kind != SW_TOKEN_WORD || !is_lowerish (ctx, k))
          break;
      if (k == f + 1 || k >= pos || k >= s->last)
        continue;
      if (is_punct (ctx, k, ',') && k + 1 < s->last)
        k++;
      if (!is_word (ctx, k, "who"))
        continue;
      for (guint j = k; j < pos; j++)
        {
          int m = mention_starting_at (ctx, j);

          if (m >= 0 && mention (ctx, m)->actor >= 0 && actor_info_kind (ctx, mention (ctx, m)->actor) == SW_ACTOR_PERSON &&
              !(ctx->tflags[j] & TF_IN_DIRECT))
            return FALSE;
        }
      return TRUE;
    }
  return FALSE;
}

/* The person a pronoun of @gender most likely means when nobody near
 * fits: the one of that gender, known as such, named most often among
 * the last 400 mentions before mention @m, at least three times ("Margit
 * Solberg … In her memoir, she wrote"); or -1 */
static int
story_subject (Ctx  *ctx,
               int   m,
               char  gender)
{
  GArray *ms = ctx->mentions->mentions;
  int actors[16], counts[16];
  guint n = 0;
  int best = -1, best_count = 2;

  if (gender != 'm' && gender != 'f')
    return -1;
  for (int k = m; k >= 0 && m - k < 400; k--)
    {
      const SwMention *x = &g_array_index (ms, SwMention, k);
      SwActorInfo *info;
      guint i;

      if (x->actor < 0 || (ctx->tflags[x->first] & TF_IN_DIRECT))
        continue;
      info = g_ptr_array_index (ctx->mentions->actors, x->actor);
      if (info->actor->kind != SW_ACTOR_PERSON || info->gender != gender)
        continue;
      for (i = 0; i < n && actors[i] != x->actor; i++)
        ;
      if (i == n)
        {
          if (n == G_N_ELEMENTS (actors))
            continue;
          actors[n] = x->actor;
          counts[n++] = 0;
        }
      counts[i]++;
    }
  for (guint i = 0; i < n; i++)
    if (counts[i] > best_count)
      {
        best = actors[i];
        best_count = counts[i];
      }
  return best;
}

/* The mention of the person a relative clause set off by commas is
 * about, when token @pos lies inside it ("Tom Ashdown, who was booked for
 * a challenge on [Nowak], admitted"); or -1 */
static int
relative_clause_antecedent (Ctx   *ctx,
                            guint  pos,
                            guint  floor)
{
  for (guint k = pos; k > floor + 1 && pos - k < 20; k--)
    {
      if (tk (ctx, k - 1)->kind == SW_TOKEN_PUNCT || tk (ctx, k - 1)->kind == SW_TOKEN_QUOTE)
        return -1;
      if (is_word (ctx, k - 1, "who") && is_punct (ctx, k - 2, ','))
        return person_ending_at (ctx, k - 2, floor);
    }
  return -1;
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

          /* "it" is no person, "they" one person only when several spoke,
           * or a person with their team ("Solberg and her colleagues
           * reported … They wrote …") */
          if (para_of (ctx, c->pos) + 2 >= para && c->speakers->len > 0 &&
              ((gender == 'p' && c->speakers->len > 1) ||
               (gender == 'p' && c->np.valid && c->np.last >= c->np.first + 3 && with_own_team (ctx, c->np.last - 1)) ||
               actor_info_kind (ctx, g_array_index (c->speakers, int, 0)) != SW_ACTOR_PERSON))
            return g_array_index (c->speakers, int, 0);
        }
      for (int k = m; k >= 0 && m - k < 200 && para_of (ctx, g_array_index (ms, SwMention, k).first) + 1 >= para; k--)
        {
          const SwMention *x = &g_array_index (ms, SwMention, k);

          if (x->actor >= 0 && (ctx->tflags[x->first] & (TF_IN_DIRECT | TF_IN_CONTENT)) == 0 &&
              (x->kind == SW_ACTOR_ORGANIZATION || x->kind == SW_ACTOR_GROUP))
            return x->actor;
        }
      return SW_NO_INDEX;
    }

  /* "According to a spokeswoman for the Commission, … . “…”, she said":
   * the unnamed person of the latest quote, just before, whose title
   * gives the gender, speaks again for the same body */
  if (r->last_cand >= 0)
    {
      const Cand *c = &g_array_index (ctx->cands, Cand, r->last_cand);

      if (c->speakers->len == 1 && c->np.valid && c->np.pronoun == 0 &&
          g_array_index (ctx->text->sent_of, guint, c->pos) + 1 >= sent &&
          title_gender (ctx, &c->np) == gender && !person_named_since (ctx, m, c->np.last, gender))
        return g_array_index (c->speakers, int, 0);
    }

  /* "One developer, who spoke on condition of anonymity, said …. “…,” he
   * told The Associated Press": the unnamed person just quoted speaks
   * again; nobody is better than a person named further back */
  if (r->last_seen >= 0)
    {
      const Cand *c = &g_array_index (ctx->cands, Cand, r->last_seen);

      if (c->speakers->len == 0 && c->source == SPEAKER_NP && c->np.valid && c->np.n_mentions == 0 &&
          c->np.pronoun == 0 && c->np.last > c->np.first + 1 && common_noun_head (ctx, c->np.last - 1) &&
          /* one person, unnamed: "one developer", "a resident", "an
           * official", "the bar's owner" */
          (is_word (ctx, c->np.first, "one") || is_word (ctx, c->np.first, "a") || is_word (ctx, c->np.first, "an") ||
           (is_word (ctx, c->np.first, "the") && (tk (ctx, c->np.last - 2)->flags & SW_TOKEN_POSSESSIVE))) &&
          ((wflags (ctx, c->np.last - 1) & SW_WORD_TITLE) ||
           in_list (ctx, c->np.last - 1, SW_SET_SPEAKER | SW_SET_TRADE)) &&
          para_of (ctx, c->pos) == para &&
          !person_named_since (ctx, m, c->np.last, gender))
        return SW_NO_INDEX;
    }

  /* "A pensioner who declined to give his name stood by the cordon. The
   * couple, he said, …": someone unnamed, whom "who" makes a person,
   * opens this sentence or one of the two before with no name since:
   * nobody named is meant */
  if (unnamed_person_opens (ctx, pos, sent))
    return SW_NO_INDEX;

  /* The nearest fitting person in this or the previous sentence, outside
   * anything quoted; then the last speaker, before a name of unknown
   * kind there ("outside Gate 4", "with the Treasury"), which is taken
   * only when no person fits: "she" is far likelier a person. */
  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        {
          int a = last_speaker_again (ctx, r, m, para, gender, TRUE);

          if (a >= 0)
            return a;
        }
      for (int k = m; k >= 0 && m - k < 200; k--)
        {
          const SwMention *x = &g_array_index (ms, SwMention, k);
          guint xs = g_array_index (ctx->text->sent_of, guint, x->first);
          SwActorInfo *info;

          if (xs + 1 < sent)
            break;
          if (x->actor < 0 || (ctx->tflags[x->first] & (TF_IN_DIRECT | TF_IN_CONTENT)) ||
              (xs == sent && in_question_lead (ctx, x->first, pos)) ||
              /* "Holm, he insisted, had been the best player": the name
               * before the aside is what he spoke of */
              (x->last + 1 == pos && is_punct (ctx, x->last, ',')))
            continue;
          info = g_ptr_array_index (ctx->mentions->actors, x->actor);
          if (pass == 0 && info->actor->kind != SW_ACTOR_PERSON)
            continue;
          if (gender_fits (info, gender))
            {
              /* "Rovers captain Tom Ashdown, who was booked for a challenge
               * on Nowak, admitted …. He said": a name inside a relative
               * clause gives way to the person the clause is about */
              if (pass == 0)
                {
                  int ante = relative_clause_antecedent (ctx, x->first, g_array_index (ctx->text->sentences, SwSentence, xs).first);

                  if (ante >= 0 && mention (ctx, ante)->actor >= 0 && mention (ctx, ante)->actor != x->actor &&
                      mention (ctx, ante)->kind == SW_ACTOR_PERSON &&
                      gender_fits (g_ptr_array_index (ctx->mentions->actors, mention (ctx, ante)->actor), gender))
                    return mention (ctx, ante)->actor;
                }
              /* "Zelenskyy thanked Tusk for his support. “…,” he said": the
               * object of a verb gives way to a subject of the same sentence
               * that fits as well */
              if (pass == 0 && object_of_verb (ctx, x->first))
                for (int j = k - 1; j >= 0 && k - j < 20; j--)
                  {
                    const SwMention *y = &g_array_index (ms, SwMention, j);

                    if (g_array_index (ctx->text->sent_of, guint, y->first) != xs)
                      break;
                    if (y->actor >= 0 && y->actor != x->actor && !(ctx->tflags[y->first] & (TF_IN_DIRECT | TF_IN_CONTENT)) &&
                        !object_of_verb (ctx, y->first) &&
                        (words_only_between (ctx, y->last, x->first) || subject_before_aside (ctx, y, x->first)) &&
                        (y->gender == 0 || y->gender == gender) &&
                        actor_info_kind (ctx, y->actor) == SW_ACTOR_PERSON &&
                        gender_fits (g_ptr_array_index (ctx->mentions->actors, y->actor), gender))
                      return y->actor;
                  }
              return x->actor;
            }
        }
    }

  {
    int a = last_speaker_again (ctx, r, m, para, gender, FALSE);

    if (a >= 0)
      return a;
  }

  /* further back, again a person before a name of unknown kind ("… in
   * the Atlantic. … “…,” she says"); between them, the person the story
   * is about */
  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        {
          int a = story_subject (ctx, m, gender);

          if (a >= 0)
            return a;
        }
      for (int k = m; k >= 0 && m - k < 200; k--)
        {
          const SwMention *x = &g_array_index (ms, SwMention, k);
          SwActorInfo *info;

          if (para_of (ctx, x->first) + 3 < para)
            break;
          if (x->actor < 0 || (ctx->tflags[x->first] & (TF_IN_DIRECT | TF_IN_CONTENT)))
            continue;
          info = g_ptr_array_index (ctx->mentions->actors, x->actor);
          if (pass == 0 && info->actor->kind != SW_ACTOR_PERSON)
            continue;
          if (gender_fits (info, gender))
            return x->actor;
        }
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

/* Every speaker of @other, in its order */
static void
add_speakers_of (Cand       *c,
                 const Cand *other)
{
  for (guint i = 0; i < other->speakers->len; i++)
    add_speaker (c, g_array_index (other->speakers, int, i));
}

/* "A Kremlin spokesman", "a White House official": someone unnamed who
 * speaks for the organisation named before their title. Returns its
 * actor or -1. */
/* The place actor of the country that the nationality adjective at @k
 * names ("Russian" → Russia), the story's own or a new one; else -1. */
static int
country_actor (Ctx  *ctx,
               guint k)
{
  g_autofree char *word = sw_mentions_token_text (ctx->text, k, k + 1);
  const char *country = sw_lexicon_place_of (sw_lexicon_get (), word);

  if (country == NULL)
    return -1;
  return sw_mentions_country_actor (ctx->mentions, country, k);
}

/* "Ribeiro's office", "Trump's campaign", "Apple's lawyers": the person
 * or body whose possessive comes right before a word for those who speak
 * for them. Returns its actor or -1. */
static int
voice_of_person (Ctx      *ctx,
                 const Np *np)
{
  guint head = np->last - 1, poss = head - 1;
  int m;

  /* "the prime minister's official spokesman": a word may qualify the
   * voice */
  if (head >= np->first + 2 && !(tk (ctx, poss)->flags & SW_TOKEN_POSSESSIVE) && is_lowerish (ctx, poss) &&
      common_noun_head (ctx, poss))
    poss--;
  if (!is_lowerish (ctx, head) || !(tk (ctx, poss)->flags & SW_TOKEN_POSSESSIVE) ||
      !in_list (ctx, head, SW_SET_VOICE))
    return -1;
  m = mention_ending_at (ctx, poss);
  /* "the prime minister's office said": the person named before who
   * holds the post */
  if (m < 0 && poss >= np->first + 2 && is_word (ctx, np->first, "the") && (wflags (ctx, poss - 1) & SW_WORD_TITLE))
    {
      Np role = *np;
      int a;

      role.last = poss;
      a = resolve_description (ctx, &role);
      return a >= 0 && actor_info_kind (ctx, a) == SW_ACTOR_PERSON ? a : -1;
    }
  /* "the council's secretariat said": the body named before */
  if (m < 0 && poss == np->first + 2 && is_word (ctx, np->first, "the") && is_lowerish (ctx, poss - 1))
    {
      Np body = *np;
      int a;

      body.last = poss;
      a = resolve_description (ctx, &body);
      return a >= 0 && actor_info_kind (ctx, a) == SW_ACTOR_ORGANIZATION ? a : -1;
    }
  /* (a body's lawyers and spokespeople speak for it too: "Apple's
   * lawyers said") */
  if (m < 0 || mention (ctx, m)->actor < 0 ||
      !(actor_info_kind (ctx, mention (ctx, m)->actor) == SW_ACTOR_PERSON ||
        actor_info_kind (ctx, mention (ctx, m)->actor) == SW_ACTOR_OTHER ||
        actor_info_kind (ctx, mention (ctx, m)->actor) == SW_ACTOR_ORGANIZATION))
    return -1;
  return sw_mentions_actor_for (ctx->mentions, m, TRUE);
}

static int
body_of_spokesperson (Ctx      *ctx,
                      const Np *np)
{
  guint k;
  int m;

  if (!np->valid || np->last < np->first + 2)
    return -1;
  /* the title in lower case, and a word before it: "press spokesman",
   * "chief executive"; or people who speak for the body: "Kremlin
   * officials" */
  if (!is_lowerish (ctx, np->last - 1) ||
      !((wflags (ctx, np->last - 1) & SW_WORD_TITLE) || in_list (ctx, np->last - 1, SW_SET_AGENT) ||
        (is_lowerish (ctx, np->last - 2) && (wflags (ctx, np->last - 2) & SW_WORD_TITLE))))
    return -1;
  k = np->last - 1;
  if (k > np->first + 1 && is_lowerish (ctx, k - 1) && tk (ctx, k - 1)->kind == SW_TOKEN_WORD &&
      mention_ending_at (ctx, k) < 0)
    k--;
  m = mention_ending_at (ctx, k);
  /* "Apple's chief executive said", "the EU's top diplomat said": the
   * body whose possessive comes before */
  if (m < 0 && k > np->first + 1 && (tk (ctx, k - 1)->flags & SW_TOKEN_POSSESSIVE))
    m = mention_ending_at (ctx, k - 1);
  /* "a council spokeswoman", "a ministry official": the body that the
   * noun before the title names, as "the council" would */
  if (m < 0 && k + 1 < np->last && is_lowerish (ctx, k) && (wflags (ctx, k) & SW_WORD_BODY))
    {
      int a = description_referent (ctx, np->first, k, FALSE, NULL, FALSE);

      if (a >= 0)
        return a;
    }
  /* "a police spokeswoman" after "Kenyan police said": the force */
  if (m < 0 && k + 1 < np->last && is_lowerish (ctx, k) && in_list (ctx, k, SW_SET_COLLECTIVE) &&
      (wflags (ctx, k) & SW_WORD_ORG_HEAD))
    {
      int a = description_referent (ctx, np->first, k, FALSE, NULL, FALSE);

      if (a < 0)
        a = sw_mentions_find_description_actor (ctx->mentions, k, k + 1);
      if (a >= 0)
        return a;
    }
  /* "Russian officials", "U.S. officials": the country the adjective
   * names */
  if (m < 0 && k > np->first && in_list (ctx, np->last - 1, SW_SET_AGENT) &&
      (wflags (ctx, k - 1) & SW_WORD_NATIONALITY) && tk (ctx, k - 1)->cap != SW_CAP_LOWER)
    return country_actor (ctx, k - 1);
  /* "A Unison official", "an Acme spokesman": a name no list knows
   * between an article and the title is the body's, not a person's */
  if (m >= 0 && mention (ctx, m)->first == np->first + 1 && !mention (ctx, m)->known &&
      (mention (ctx, m)->kind == SW_ACTOR_PERSON || mention (ctx, m)->kind == SW_ACTOR_OTHER) &&
      mention (ctx, m)->role == NULL &&
      (is_word (ctx, np->first, "a") || is_word (ctx, np->first, "an")))
    {
      int a = sw_mentions_actor_for (ctx->mentions, m, TRUE);

      if (a >= 0 && guessed_person (ctx, a))
        return organization_after_all (ctx, a);
    }
  /* "West Virginia officials": a place speaks through them as a body does */
  if (m < 0 || mention (ctx, m)->first < np->first || mention (ctx, m)->actor < 0 ||
      !(mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION ||
        (mention (ctx, m)->kind == SW_ACTOR_PLACE && in_list (ctx, np->last - 1, SW_SET_AGENT))))
    return -1;
  return mention (ctx, m)->actor;
}

/* Is the subject of @c a spokesperson for nobody named: "a
 * spokeswoman", "the spokesman"? */
static gboolean
unnamed_spokesperson (Ctx        *ctx,
                      const Cand *c)
{
  return c->np.valid && c->np.n_mentions == 0 && c->np.last == c->np.first + 2 &&
         in_list (ctx, c->np.first, SW_SET_DETERMINER) &&
         (is_word (ctx, c->np.first + 1, "spokesperson") || is_word (ctx, c->np.first + 1, "spokesman") ||
          is_word (ctx, c->np.first + 1, "spokeswoman"));
}

/* "The Rail Delivery Group said it was disappointed. A spokesperson
 * said: …": a spokesperson for nobody named speaks for the organisation
 * that spoke last, in this paragraph or the one before. */
static int
spokesperson_of_last (Ctx            *ctx,
                      const Resolver *r,
                      const Cand     *c)
{
  const Cand *prev;
  int a;

  if (!unnamed_spokesperson (ctx, c) || r->last_cand < 0)
    return -1;
  prev = &g_array_index (ctx->cands, Cand, r->last_cand);
  if (prev->speakers->len != 1 || para_of (ctx, prev->pos) + 1 < para_of (ctx, c->np.first))
    return -1;
  a = g_array_index (prev->speakers, int, 0);
  if (actor_info_kind (ctx, a) == SW_ACTOR_ORGANIZATION)
    return a;
  /* "Northern Powergrid says …. A spokeswoman said …": a name no list
   * knows that has a spokesperson is a body's */
  return guessed_person (ctx, a) ? organization_after_all (ctx, a) : -1;
}

/* "one resident", "the source", "a witness": someone no name is given
 * for, by a word for those who speak, with no one's possessive */
static gboolean
unnamed_speaker (Ctx      *ctx,
                 const Np *np)
{
  if (!np->valid || np->n_mentions > 0 || np->last <= np->first || !in_list (ctx, np->last - 1, SW_SET_SPEAKER))
    return FALSE;
  for (guint k = np->first; k < np->last; k++)
    if (tk (ctx, k)->flags & SW_TOKEN_POSSESSIVE)
      return FALSE;
  return TRUE;
}

/* "The two leaders said": the two who last spoke together, within a dozen
 * quotes and ten paragraphs; else NULL */
static gboolean
says_the_two (Ctx        *ctx,
              const Cand *c)
{
  guint two;

  if (!c->np.valid || c->np.n_mentions > 0)
    return FALSE;
  two = is_word (ctx, c->np.first, "the") ? c->np.first + 1 : c->np.first;
  return two > 0 && is_word (ctx, two - 1, "the") && is_word (ctx, two, "two") && c->np.last == two + 2 &&
         is_lowerish (ctx, two + 1);
}

static const Cand *
the_two_before (Ctx  *ctx,
                guint k)
{
  const Cand *c = &g_array_index (ctx->cands, Cand, k);
  guint para;

  if (!says_the_two (ctx, c))
    return NULL;
  para = para_of (ctx, c->np.first);
  for (guint j = k, seen = 0; j > 0 && seen < 12; j--, seen++)
    {
      const Cand *o = &g_array_index (ctx->cands, Cand, j - 1);

      if (para_of (ctx, o->pos) + 10 < para)
        break;
      if (!o->dropped && o->speakers->len == 2)
        return o;
    }
  return NULL;
}

/* "The two leaders said in a joint statement" with no quotation of
 * theirs before: the two people last named outside quotations, within
 * ten paragraphs, into @out in the order the text names them */
static gboolean
the_two_named_before (Ctx        *ctx,
                      const Cand *c,
                      int         out[2])
{
  guint para, n = 0;

  if (!says_the_two (ctx, c))
    return FALSE;
  para = para_of (ctx, c->np.first);
  for (int m = first_mention_before (ctx, c->np.first), seen = 0; m >= 0 && n < 2 && seen < 60; m--, seen++)
    {
      const SwMention *x = mention (ctx, m);

      if (para_of (ctx, x->first) + 10 < para)
        break;
      if (x->kind != SW_ACTOR_PERSON || x->actor < 0 || (ctx->tflags[x->first] & (TF_IN_DIRECT | TF_IN_CONTENT)) ||
          (n == 1 && out[0] == x->actor))
        continue;
      out[n++] = x->actor;
    }
  if (n < 2)
    return FALSE;
  {
    int later = out[0];

    out[0] = out[1];
    out[1] = later;
  }
  return TRUE;
}

/* "The statement said …. It added that …": the quote just before whose
 * subject was "the statement" (the report, the filing), when @c's is
 * "it", in that paragraph or the next; else NULL */
static const Cand *
medium_said_last (Ctx            *ctx,
                  const Resolver *r,
                  const Cand     *c)
{
  const Cand *prev;

  if (!is_word (ctx, c->np.first, "it") || r->last_cand < 0)
    return NULL;
  prev = &g_array_index (ctx->cands, Cand, r->last_cand);
  if (!prev->np.valid || prev->np.last != prev->np.first + 2 || !is_word (ctx, prev->np.first, "the") ||
      !(wflags (ctx, prev->np.last - 1) & SW_WORD_MEDIUM) || prev->speakers->len == 0 ||
      para_of (ctx, prev->pos) + 1 < para_of (ctx, c->pos))
    return NULL;
  return prev;
}

/* "A Downing Street source said …. “…,” the source said": a definite
 * description whose head word headed the subject of a quote shortly
 * before is that speaker again. Looks back over at most eight quotes of
 * this paragraph and the two before; returns the actor or -1. */
static int
same_description_as_before (Ctx  *ctx,
                            guint k)
{
  const Cand *c = &g_array_index (ctx->cands, Cand, k);
  const SwToken *head;
  guint para;

  if (!c->np.valid || c->np.n_mentions > 0 || c->np.pronoun != 0 || c->np.last != c->np.first + 2 ||
      !is_word (ctx, c->np.first, "the") || !is_lowerish (ctx, c->np.first + 1) ||
      !in_list (ctx, c->np.first + 1, SW_SET_SPEAKER))
    return -1;
  head = tk (ctx, c->np.first + 1);
  para = para_of (ctx, c->np.first);
  for (guint j = k, seen = 0; j > 0 && seen < 8; j--, seen++)
    {
      const Cand *o = &g_array_index (ctx->cands, Cand, j - 1);
      const SwToken *h;

      if (para_of (ctx, o->pos) + 2 < para)
        break;
      if (o->dropped || !o->np.valid || o->np.last <= o->np.first || o->speakers->len != 1 ||
          o->np.first == c->np.first)
        continue;
      h = tk (ctx, o->np.last - 1);
      if (h->end - h->start == head->end - head->start &&
          g_ascii_strncasecmp (ctx->text->text + h->start, ctx->text->text + head->start, h->end - h->start) == 0)
        return g_array_index (o->speakers, int, 0);
    }
  return -1;
}

/* "Edison said it was reviewing the lines, a spokeswoman told the
 * Times": the spokesperson speaks for the one whose report opens the
 * content. The two make one quote, the report's content with the
 * spokesperson's cue and addressee. Returns the actor, or -1. */
static int
spokesperson_of_inner (Ctx        *ctx,
                       Cand       *c,
                       GHashTable *cue_cand)
{
  int m, o_index;
  Cand *o;

  if (!unnamed_spokesperson (ctx, c) || c->c_first >= c->cue_first ||
      (m = mention_starting_at (ctx, c->c_first)) < 0 || mention (ctx, m)->actor < 0)
    return -1;
  o_index = (int)GPOINTER_TO_UINT (g_hash_table_lookup (cue_cand, GUINT_TO_POINTER (mention (ctx, m)->last))) - 1;
  if (o_index < 0)
    return -1;
  o = &g_array_index (ctx->cands, Cand, o_index);
  if (o == c || o->c_first >= c->cue_first || o->kind != SW_QUOTE_INDIRECT)
    return -1;
  c->c_first = o->c_first;
  o->dropped = TRUE;
  return sw_mentions_actor_for (ctx->mentions, m, TRUE);
}

/* Does sentence @s open with a plural noun phrase before @stop, its
 * subject ("The harbour unions were", "Many farmers say"): a
 * determiner or not, a few lower-case words, the last a plural, then a
 * verb? */
static gboolean
plural_noun_opens (Ctx              *ctx,
                   const SwSentence *s,
                   guint             stop)
{
  guint k = s->first;

  if (k < stop && in_list (ctx, k, SW_SET_DETERMINER))
    k++;
  for (; k + 1 < stop && k - s->first < 5 && common_noun_head (ctx, k) && ctx->mentions->mention_at[k] < 0 &&
         (is_lowerish (ctx, k) || k == s->first);
       k++)
    if (ctx->text->text[tk (ctx, k)->end - 1] == 's' && is_lowerish (ctx, k + 1) &&
        (in_list (ctx, k + 1, SW_SET_AUX) || (wflags (ctx, k + 1) & SW_WORD_CUE) || !common_noun_head (ctx, k + 1)))
      return TRUE;
  return FALSE;
}

/* "they" for several people: the speakers of the last quote when there
 * were several, else the people joined by "and" in this sentence or the
 * one before ("Montenegro and Sánchez met … In a joint statement, they
 * said"). Adds them to @c and says whether it found any. */
static gboolean
plural_speakers (Ctx      *ctx,
                 Resolver *r,
                 Cand     *c)
{
  guint pos = c->np.first;
  guint sent = g_array_index (ctx->text->sent_of, guint, pos);
  guint para = para_of (ctx, pos);
  int m = first_mention_before (ctx, pos);
  int found = -1;
  int joined[3];
  guint n = 0;
  guint plural_noun = 0;

  /* "The harbour unions were not consulted. They said …": a plural noun
   * that opens this sentence or the one before is nearer than the people
   * before it, and names no actor */
  for (guint back = 0; back < 2 && back <= sent && plural_noun == 0; back++)
    {
      const SwSentence *ps = &g_array_index (ctx->text->sentences, SwSentence, sent - back);

      if (plural_noun_opens (ctx, ps, back == 0 ? pos : ps->last))
        plural_noun = ps->first + 1;
    }

  if (r->last_cand >= 0)
    {
      const Cand *prev = &g_array_index (ctx->cands, Cand, r->last_cand);

      if (para_of (ctx, prev->pos) + 1 >= para && prev->speakers->len > 1 && prev->pos + 1 > plural_noun)
        {
          add_speakers_of (c, prev);
          return TRUE;
        }
    }

  /* the nearest "A and B", bounded like the other searches */
  for (int k = m; k >= 0 && m - k < 200 && found < 0; k--)
    {
      const SwMention *x = mention (ctx, k);

      if (g_array_index (ctx->text->sent_of, guint, x->first) + 1 < sent)
        break;
      if (may_be_person (ctx, k) && (n = people_joined_before (ctx, k, 0, joined, G_N_ELEMENTS (joined))) > 0)
        found = k;
    }
  if (found >= 0 && mention (ctx, found)->first + 1 <= plural_noun)
    return TRUE;
  if (found < 0)
    return plural_noun > 0;

  /* in the order written: the joined names are nearest first */
  for (guint i = n; i > 0; i--)
    add_speaker (c, sw_mentions_actor_for (ctx->mentions, joined[i - 1], TRUE));
  add_speaker (c, sw_mentions_actor_for (ctx->mentions, found, TRUE));
  return TRUE;
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
/* Are the marks after a colon the words of a thing, which nobody said: "a
 * hand-painted sign taped to the door read: “…”", "the departure board
 * offered a familiar message …: "…"", "someone had painted a message in
 * large black letters: “…”"? */
static gboolean
written_on_thing (Ctx          *ctx,
                  const DQuote *dq)
{
  static const char *const things[] = {
    "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "card", "note",
    "board", "slogan", "inscription", "graffiti", "graffito", "motto", "plaque",
    "read", "reads", "reading", "painted", "scrawled", "printed", "emblazoned", NULL,
  };
  const SwSentence *s;

  if (dq->open == 0 || !is_punct (ctx, dq->open - 1, ':'))
    return FALSE;
  s = sentence_of (ctx, dq->open - 1);
  /* (but "Greene summed up his approach in a motto …:", "General
   * Tukhachevsky's order of the day read:": a person's words) */
  for (guint k = dq->open - 1; k > s->first && dq->open - k < 24; k--)
    {
      int m = mention_ending_at (ctx, k);

      /* (a name no list knows counts, unless it says where: "At
       * Harrowfield station, the departure board …") */
      if ((tk (ctx, k - 1)->flags & SW_TOKEN_CUE) ||
          (m >= 0 && (mention (ctx, m)->kind == SW_ACTOR_PERSON ||
                      (mention (ctx, m)->kind == SW_ACTOR_OTHER &&
                       !(mention (ctx, m)->first > s->first && in_list (ctx, mention (ctx, m)->first - 1, SW_SET_PREPOSITION))))))
        return FALSE;
    }
  for (guint k = dq->open - 1; k > s->first && dq->open - k < 16; k--)
    if (is_word_in (ctx, k - 1, things))
      return TRUE;
  return FALSE;
}

/* A quotation that is a paragraph of its own, named in the sentence that
 * follows: "Those were the words of Catriona Dunlop, 38, …", "That
 * tribute came from Tony Mercuri, …", "The line, shouted from the public
 * gallery, came from Jordan Mackay", "That account came from Marcela
 * Ortiz", "That was Priya Desrosiers, a nurse", "That is how Hemi Rātana
 * describes …". Makes the person after "of", "from", "was" or "how"
 * @c's speaker. */
static void
named_after (Ctx          *ctx,
             const DQuote *dq,
             Cand         *c)
{
  static const char *const nouns[] = {
    "words", "line", "tribute", "remark", "remarks", "comment", "comments", "plea", "warning", "message",
    "verdict", "view", "assessment", "reaction", "cry", "quip", "thoughts", "account", "testimony",
    "description", "appeal", NULL,
  };
  guint next = dq->close + 1;
  const SwSentence *s;
  guint pos = 0;
  Np np;

  /* the paragraph is the quotation, its closing stop and all */
  while (next < ctx->text->tokens->len && next - dq->close < 3 && tk (ctx, next)->kind == SW_TOKEN_PUNCT &&
         !(tk (ctx, next)->flags & SW_TOKEN_PARA_START))
    next++;
  if (!dq->closed || !(tk (ctx, dq->open)->flags & SW_TOKEN_PARA_START) || next >= ctx->text->tokens->len ||
      !(tk (ctx, next)->flags & SW_TOKEN_PARA_START))
    return;
  s = sentence_of (ctx, next);
  if (s->first != next || s->last < next + 5)
    return;
  /* "Those were the words of …", "That was the verdict of …" */
  if (in_list (ctx, next, SW_SET_DETERMINER) && in_list (ctx, next + 1, SW_SET_AUX))
    {
      guint k = next + 2;

      if (is_word (ctx, k, "the"))
        k++;
      if (is_word_in (ctx, k, nouns) && k + 2 < s->last && is_word (ctx, k + 1, "of"))
        pos = k + 2;
      /* "That was Priya Desrosiers, a nurse from …" */
      else if (k == next + 2 && tk (ctx, k)->kind == SW_TOKEN_WORD && tk (ctx, k)->cap != SW_CAP_LOWER)
        pos = k;
      /* "That is how Hemi Rātana describes the building he owns" */
      else if (k == next + 2 && is_word (ctx, k, "how") && k + 2 < s->last)
        pos = k + 1;
    }
  /* "That tribute came from …", "The line, shouted from the gallery,
   * came from …" */
  else if (in_list (ctx, next, SW_SET_DETERMINER))
    {
      gboolean noun = is_word_in (ctx, next + 1, nouns);

      for (guint k = next + 2; noun && k + 2 < s->last && k < next + 20; k++)
        if (is_word (ctx, k, "came") && is_word (ctx, k + 1, "from"))
          {
            pos = k + 2;
            break;
          }
    }
  if (pos == 0)
    return;
  np = np_right (ctx, pos);
  if (!np.valid || np.n_mentions == 0 || !may_be_person (ctx, np.mentions[0]))
    return;
  np.n_mentions = 1;
  c->np = np;
  c->source = SPEAKER_NP;
}

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

      /* “very small step”: a phrase in quotation marks, not a quote; but
       * “It doesn't.” opening a sentence after a quotation of the same
       * paragraph goes on with it */
      if ((words < 4 && !(words > 0 && d > 0 && g_array_index (ctx->dquotes, DQuote, d - 1).taken &&
                          sentence_of (ctx, dq->open)->first == dq->open &&
                          para_of (ctx, g_array_index (ctx->dquotes, DQuote, d - 1).open) == para_of (ctx, dq->open))) ||
          quote_is_title (ctx, dq))
        continue;

      if (written_on_thing (ctx, dq))
        continue;

      c = add_cand (ctx, SW_QUOTE_DIRECT, dq->open + 1, dq->close);
      c->dquote = d;
      c->source = SPEAKER_NONE;
      named_after (ctx, dq, c);
    }
}

/* Do the words of [a, a_end) and [b, b_end) share a run of @n words, in
 * any case? */
static gboolean
share_words (Ctx   *ctx,
             guint  a,
             guint  a_end,
             guint  b,
             guint  b_end,
             guint  n)
{
  for (guint i = a; i + n <= a_end; i++)
    for (guint j = b; j + n <= b_end; j++)
      {
        guint k = 0;

        while (k < n && tk (ctx, i + k)->kind == SW_TOKEN_WORD && tk (ctx, j + k)->kind == SW_TOKEN_WORD &&
               sw_token_same_word (ctx->text, tk (ctx, i + k), tk (ctx, j + k)))
          k++;
        if (k == n)
          return TRUE;
      }
  return FALSE;
}

/* "‘Nobody came back for any of it’: Glasgow show turns lost property
 * into art": a headline quotes the story, and whoever says the same
 * words in it (four in a row) said the headline's. Only speakerless
 * quotations in the first paragraph's first sixty words (a headline, not
 * a text on one line), against the next thirty quotes, each at most
 * forty words: bounded, whatever the text. */
static void
headline_quote_speakers (Ctx *ctx)
{
  for (guint k = 0; k < ctx->cands->len; k++)
    {
      Cand *c = &g_array_index (ctx->cands, Cand, k);

      if (para_of (ctx, c->c_first) > 0 || c->c_first > 60)
        break;
      if (c->dropped || c->speakers->len > 0 || c->kind != SW_QUOTE_DIRECT || c->c_last - c->c_first > 40)
        continue;
      for (guint j = k + 1; j < ctx->cands->len && j <= k + 30; j++)
        {
          const Cand *o = &g_array_index (ctx->cands, Cand, j);

          if (o->dropped || o->speakers->len == 0)
            continue;
          if (share_words (ctx, c->c_first, c->c_last, o->c_first, MIN (o->c_last, o->c_first + 40), 4))
            {
              add_speakers_of (c, o);
              break;
            }
        }
    }
}

/* Whether any word lies in the tokens [from, to) */
static gboolean
has_words_between (Ctx   *ctx,
                   guint  from,
                   guint  to)
{
  for (guint i = from; i < to; i++)
    if (tk (ctx, i)->kind == SW_TOKEN_WORD || tk (ctx, i)->kind == SW_TOKEN_NUMBER)
      return TRUE;
  return FALSE;
}

/* The person a sentence names, when the quotation opening at @open starts
 * the next sentence of the same paragraph; the last person named there,
 * outside quotation marks and reported content. Returns an actor or -1. */
static int
person_just_before (Ctx  *ctx,
                    guint open)
{
  const SwSentence *s, *before;

  if (open == 0)
    return -1;
  s = sentence_of (ctx, open);
  if (s->first != open || (tk (ctx, open)->flags & SW_TOKEN_PARA_START) || s->first == 0)
    return -1;
  before = sentence_of (ctx, s->first - 1);
  for (guint k = before->last; k > before->first; k--)
    {
      int m = mention_ending_at (ctx, k);

      if (m < 0 || (ctx->tflags[k - 1] & (TF_IN_DIRECT | TF_IN_CONTENT)) || mention (ctx, m)->actor < 0)
        continue;
      if (actor_info_kind (ctx, mention (ctx, m)->actor) == SW_ACTOR_PERSON)
        return mention (ctx, m)->actor;
    }
  return -1;
}

/* Is @c a transcript's question, "Q: …"? */
static gboolean
question_label (Ctx        *ctx,
                const Cand *c)
{
  return c->speakers->len == 0 && c->np.valid && c->np.last == c->np.first + 1 && c->cue_last == c->cue_first + 1 &&
         is_punct (ctx, c->cue_first, ':') && is_word (ctx, c->np.first, "Q") && tk (ctx, c->np.first)->cap != SW_CAP_LOWER;
}

/* The person whose name opens the paragraph before the one that mark
 * @open opens, when that paragraph quotes nobody; else -1 */
static int
subject_of_paragraph_before (Ctx  *ctx,
                             guint open)
{
  guint first;
  int m;

  if (open == 0 || !(tk (ctx, open)->flags & SW_TOKEN_PARA_START))
    return -1;
  first = open - 1;
  while (first > 0 && !(tk (ctx, first)->flags & SW_TOKEN_PARA_START))
    {
      if ((ctx->tflags[first] & (TF_IN_DIRECT | TF_IN_CONTENT)) || open - first > 120)
        return -1;
      first--;
    }
  if ((ctx->tflags[first] & (TF_IN_DIRECT | TF_IN_CONTENT)) || tk (ctx, first)->kind == SW_TOKEN_QUOTE)
    return -1;
  m = mention_starting_at (ctx, first);
  if (m < 0 || mention (ctx, m)->actor < 0 || actor_info_kind (ctx, mention (ctx, m)->actor) != SW_ACTOR_PERSON)
    return -1;
  return mention (ctx, m)->actor;
}

/* "…, her daughter said. … Her daughter, Clara Linde-Ashworth, said": a
 * relative or an official who speaks before the story names them, in
 * the same words and an apposition up to three paragraphs on, or as a
 * title before the name up to ten ("a magistrate said … Magistrate Helen
 * Ashworth"). Returns the person's actor or -1. */
static int
named_later (Ctx      *ctx,
             const Np *np)
{
  guint head = np->last - 1;
  const char *word;
  gsize len;
  guint para;

  if (!np->valid || np->n_mentions > 0 || np->pronoun != 0 || np->last != np->first + 2 ||
      !in_list (ctx, np->first, SW_SET_DETERMINER) || !is_lowerish (ctx, head) || !common_noun_head (ctx, head) ||
      (wflags (ctx, head) & (SW_WORD_ORG_HEAD | SW_WORD_BODY)))
    return -1;
  word = ctx->text->text + tk (ctx, head)->start;
  len = tk (ctx, head)->end - tk (ctx, head)->start;
  para = para_of (ctx, head);
  /* (and at most a few hundred words on: one endless paragraph must not
   * make each such description read to the end) */
  for (guint k = np->last + 1; k + 2 < ctx->text->tokens->len && k < np->last + 600; k++)
    {
      const SwToken *t = tk (ctx, k);
      int pm;

      /* (the story may name a lead's "a magistrate" further on, as
       * "Magistrate Helen Ashworth") */
      if ((t->flags & SW_TOKEN_PARA_START) && para_of (ctx, k) > para + 10)
        break;
      if (t->kind != SW_TOKEN_WORD || t->end - t->start != len ||
          g_ascii_strncasecmp (ctx->text->text + t->start, word, len) != 0)
        continue;
      /* "a magistrate said … Magistrate Helen Ashworth said": the title
       * before the name */
      if (t->cap == SW_CAP_INITIAL && !in_list (ctx, k - 1, SW_SET_DETERMINER) && (wflags (ctx, k) & SW_WORD_TITLE))
        {
          pm = mention_starting_at (ctx, k);
          if (pm < 0 && k + 1 < ctx->text->tokens->len)
            pm = mention_starting_at (ctx, k + 1);
          if (pm >= 0 && mention (ctx, pm)->kind == SW_ACTOR_PERSON && mention (ctx, pm)->actor >= 0)
            return sw_mentions_actor_for (ctx->mentions, pm, TRUE);
          continue;
        }
      if (!in_list (ctx, k - 1, SW_SET_DETERMINER) || para_of (ctx, k) > para + 3)
        continue;
      pm = appositive_person (ctx, sentence_of (ctx, k), k + 1);
      if (pm >= 0)
        return sw_mentions_actor_for (ctx->mentions, pm, TRUE);
    }
  return -1;
}

/* "A former chief financial officer of the Nkwaleni Hills Local
 * Municipality told the court … \n\n Zanele Mthembu, who served as …":
 * a lead that describes its speaker, whom the next paragraph opens by
 * naming for the first time. Returns the person's actor or -1. */
static gboolean
is_indefinite (Ctx  *ctx,
               guint i)
{
  return is_word (ctx, i, "a") || is_word (ctx, i, "an");
}

static int
lead_named_next (Ctx      *ctx,
                 const Np *np)
{
  guint head = 0, start = np->first, k;
  int m;

  if (!np->valid || np->pronoun != 0 || para_of (ctx, np->first) > 2)
    return -1;
  /* (the words that qualify the role may stand before the phrase) */
  while (start > 0 && np->first - start < 5 && !is_indefinite (ctx, start) && tk (ctx, start - 1)->kind == SW_TOKEN_WORD &&
         (is_lowerish (ctx, start - 1) || is_indefinite (ctx, start - 1)))
    start--;
  if (!is_indefinite (ctx, start))
    return -1;
  /* a role after some words that qualify it, then its body if any */
  for (k = start + 1; k < np->last && k < start + 6 && is_lowerish (ctx, k) && tk (ctx, k)->kind == SW_TOKEN_WORD &&
                     !is_word (ctx, k, "of") && !is_word (ctx, k, "at"); k++)
    if (wflags (ctx, k) & SW_WORD_TITLE)
      head = k;
  if (head < start + 2 || (k < np->last && !is_word (ctx, k, "of") && !is_word (ctx, k, "at")) ||
      in_list (ctx, head, SW_SET_VOICE | SW_SET_AGENT))
    return -1;
  for (guint i = 0; i < np->n_mentions; i++)
    if (mention (ctx, np->mentions[i])->kind == SW_ACTOR_PERSON)
      return -1;
  /* the next paragraph, opened by a name and a comma */
  for (k = np->last; k < ctx->text->tokens->len && k < np->last + 200 && !(tk (ctx, k)->flags & SW_TOKEN_PARA_START); k++)
    ;
  if (k >= ctx->text->tokens->len || !(tk (ctx, k)->flags & SW_TOKEN_PARA_START) ||
      para_of (ctx, k) != para_of (ctx, np->first) + 1 || (m = mention_starting_at (ctx, k)) < 0 ||
      !may_be_person (ctx, m) || !is_punct (ctx, mention (ctx, m)->last, ',') ||
      (mention (ctx, m)->kind != SW_ACTOR_PERSON && !is_word (ctx, mention (ctx, m)->last + 1, "who")))
    return -1;
  /* (named for the first time there) */
  for (guint i = 0; i < ctx->mentions->mentions->len && mention (ctx, i)->first < k; i++)
    if (mention (ctx, i)->actor == mention (ctx, m)->actor)
      return -1;
  return sw_mentions_actor_for (ctx->mentions, m, TRUE);
}

/* "according to his family", "her family said", "Mr Tolliver's family
 * said": a group named for the person ("Tolliver family"); "the family"
 * then is that group. Returns its actor or -1. */
static int
family_of (Ctx      *ctx,
           Resolver *r,
           const Np *np)
{
  const char *name, *surname;
  g_autofree char *family = NULL;
  int a;

  if (!np->valid || np->pronoun != 0 || np->last < np->first + 2 || !is_word (ctx, np->last - 1, "family"))
    return -1;
  /* "the family said": the family the story named last */
  if (np->last == np->first + 2 && is_word (ctx, np->first, "the"))
    {
      for (int k = (int)ctx->mentions->actors->len - 1; k >= 0; k--)
        {
          SwActorInfo *info = g_ptr_array_index (ctx->mentions->actors, k);

          if (info->actor != NULL && info->actor->kind == SW_ACTOR_GROUP && info->actor->name != NULL &&
              g_str_has_suffix (info->actor->name, " family"))
            return k;
        }
      return -1;
    }
  /* "Mr Whitcombe's family said" */
  if (np->last >= np->first + 3 && (tk (ctx, np->last - 2)->flags & SW_TOKEN_POSSESSIVE))
    {
      int m = mention_ending_at (ctx, np->last - 2);

      if (m < 0 || mention (ctx, m)->actor < 0 || mention (ctx, m)->first < np->first)
        return -1;
      a = sw_mentions_actor_for (ctx->mentions, m, FALSE);
    }
  else if (np->last == np->first + 2 && (is_word (ctx, np->first, "his") || is_word (ctx, np->first, "her")))
    a = resolve_pronoun (ctx, r, np->first, is_word (ctx, np->first, "his") ? 'm' : 'f');
  else
    return -1;
  if (a < 0 || actor_info_kind (ctx, a) != SW_ACTOR_PERSON || (name = actor_info_name (ctx, a)) == NULL ||
      (surname = strrchr (name, ' ')) == NULL)
    return -1;
  family = g_strdup_printf ("%s family", surname + 1);
  return sw_mentions_named_actor (ctx->mentions, family, SW_ACTOR_GROUP, np->first);
}

static void
resolve_speakers (Ctx *ctx)
{
  Resolver r = { -1, -1 };
  int last_direct = -1, last_kept = -1;
  /* token where a cue starts → index of its quote + 1: a table of the few
   * cues rather than an array the length of the text */
  g_autoptr(GHashTable) cue_cand = g_hash_table_new (NULL, NULL);

  g_array_sort (ctx->cands, compare_cands);
  for (guint k = 0; k < ctx->cands->len; k++)
    {
      const Cand *c = &g_array_index (ctx->cands, Cand, k);

      if (c->cue_last > c->cue_first)
        g_hash_table_insert (cue_cand, GUINT_TO_POINTER (c->cue_first), GUINT_TO_POINTER (k + 1));
    }

  for (guint k = 0; k < ctx->cands->len; k++)
    {
      Cand *c = &g_array_index (ctx->cands, Cand, k);
      const Cand *other;
      int two[2];
      int lead;

      if (c->dropped)
        continue;

      /* "“…,” the ministry’s statement said": the ministry speaks, in a
       * statement */
      if (c->medium == NULL && c->np.valid && c->np.last + 2 == c->cue_first && c->cue_last > c->cue_first &&
          (tk (ctx, c->np.last)->flags & SW_TOKEN_POSSESSIVE) && is_lowerish (ctx, c->np.last + 1) &&
          (wflags (ctx, c->np.last + 1) & SW_WORD_MEDIUM))
        c->medium = sw_mentions_token_text (ctx->text, c->np.last + 1, c->np.last + 2);

      if (c->source == SPEAKER_NONE && c->dquote >= 0)
        {
          /* Continue the last direct quote when it is in this paragraph or
           * the one before; else inherit a nearby speaker. */
          if (last_direct >= 0 && last_direct == last_kept)
            {
              Cand *prev = &g_array_index (ctx->cands, Cand, last_direct);

              guint *last_end = prev->more != NULL ? &g_array_index (prev->more, guint, prev->more->len - 1)
                                                   : &prev->c_last;

              if (para_of (ctx, prev->c_first) + 1 >= para_of (ctx, c->c_first) &&
                  *last_end <= c->c_first && prev->speakers->len > 0)
                {
                  /* Only marks and line breaks between them: the same
                   * piece goes on. Words between them (“…,” Warren said.
                   * “…”) are the attribution, which no content may take
                   * in: the quote goes on in a piece of its own. */
                  if (!has_words_between (ctx, *last_end, c->c_first))
                    *last_end = c->c_last;
                  else
                    {
                      if (prev->more == NULL)
                        prev->more = g_array_new (FALSE, FALSE, sizeof (guint));
                      g_array_append_val (prev->more, c->c_first);
                      g_array_append_val (prev->more, c->c_last);
                    }
                  mark_content (ctx, c);
                  c->dropped = TRUE;
                  continue;
                }
              /* "“…,” she said. “…”" with "she" someone unnamed (a
               * witness): the next piece is hers too, not the words of
               * whoever spoke before her */
              if (para_of (ctx, prev->c_first) == para_of (ctx, c->c_first) && *last_end <= c->c_first &&
                  prev->speakers->len == 0 && prev->source == SPEAKER_NP &&
                  (prev->np.pronoun != 0 || unnamed_speaker (ctx, &prev->np)))
                continue;
            }
          {
            /* "Asked why she keeps going, Kowalski laughs. “Who else would
             * do it?”": a quotation that follows a sentence about a person
             * in its paragraph is theirs */
            int a = person_just_before (ctx, g_array_index (ctx->dquotes, DQuote, c->dquote).open);

            if (a >= 0)
              {
                add_speaker (c, a);
                continue;
              }
          }
          if (r.last_cand >= 0)
            {
              const Cand *prev = &g_array_index (ctx->cands, Cand, r.last_cand);
              guint reach = 1;

              /* "Q: Is there anything that gives you hope?" then the
               * answer: whoever answered the question before */
              if (r.last_seen > r.last_cand &&
                  question_label (ctx, &g_array_index (ctx->cands, Cand, r.last_seen)) &&
                  para_of (ctx, g_array_index (ctx->cands, Cand, r.last_seen).pos) + 1 >= para_of (ctx, c->c_first))
                reach = 3;
              if (para_of (ctx, prev->pos) + reach >= para_of (ctx, c->c_first))
                add_speakers_of (c, prev);
            }
          /* a paragraph that is one quotation, after a paragraph about
           * someone and quoting no one: theirs ("Halvorsen, who retires
           * in November, has measured …. \n\n “People ask me …”") */
          if (c->speakers->len == 0)
            add_speaker (c, subject_of_paragraph_before (ctx, g_array_index (ctx->dquotes, DQuote, c->dquote).open));
        }
      else if (c->source == SPEAKER_SAME_AS)
        {
          int o_index = (int)GPOINTER_TO_UINT (g_hash_table_lookup (cue_cand, GUINT_TO_POINTER (c->same_as))) - 1;

          /* the quote that names the subject, resolved before this one */
          if (o_index >= 0 && (guint)o_index < k)
            {
              const Cand *o = &g_array_index (ctx->cands, Cand, o_index);

              add_speakers_of (c, o);
              c->np = o->np;
            }
        }
      else if (c->source == SPEAKER_NP && (lead = lead_named_next (ctx, &c->np)) >= 0)
        {
          SwActorInfo *info = g_ptr_array_index (ctx->mentions->actors, lead);

          add_speaker (c, lead);
          info->spoke = TRUE;
        }
      else if (c->np.pronoun == 'p' && plural_speakers (ctx, &r, c))
        {
          /* "they" is one more mention of each of them, as "she" is */
          SwSpan span = { tk (ctx, c->np.first)->start, tk (ctx, c->np.first)->end };

          for (guint i = 0; i < c->speakers->len; i++)
            {
              SwActorInfo *info = g_ptr_array_index (ctx->mentions->actors, g_array_index (c->speakers, int, i));

              if (info->actor != NULL)
                g_array_append_val (info->actor->mentions, span);
            }
        }
      else if (c->np.n_mentions == 0 && c->np.pronoun == 0 && (other = the_two_before (ctx, k)) != NULL)
        add_speakers_of (c, other);
      else if (c->np.n_mentions == 0 && c->np.pronoun == 0 && the_two_named_before (ctx, c, two))
        {
          add_speaker (c, two[0]);
          add_speaker (c, two[1]);
        }
      else if (c->np.pronoun != 0 && (other = medium_said_last (ctx, &r, c)) != NULL)
        add_speakers_of (c, other);
      else if (c->np.pronoun != 0)
        {
          /* "…, Mr. Clarke has few Wall Street investors, they say": the
           * pronoun looks back past what it reports, not into it */
          guint from = c->kind != SW_QUOTE_DIRECT && c->c_last <= c->np.first ? c->c_first : c->np.first;
          int a = resolve_pronoun (ctx, &r, from, c->np.pronoun);

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
      else if (c->np.n_mentions == 0)
        {
          int a = resolve_description (ctx, &c->np);
          /* the quote whose speakers issued the medium that speaks now */
          const Cand *issued_by = NULL;

          /* "according to a police statement", "a company statement
           * said": the police, the company, in a statement */
          if (a < 0 && c->np.valid && c->np.last >= c->np.first + 3 && in_list (ctx, c->np.first, SW_SET_DETERMINER) &&
              is_lowerish (ctx, c->np.last - 1) && (wflags (ctx, c->np.last - 1) & SW_WORD_MEDIUM) &&
              is_lowerish (ctx, c->np.last - 2) && !(wflags (ctx, c->np.last - 2) & SW_WORD_MEDIUM))
            {
              Np body = c->np;

              body.first++;
              body.last--;
              a = resolve_description (ctx, &body);
              if (a >= 0 && c->medium == NULL)
                c->medium = sw_mentions_token_text (ctx->text, c->np.last - 1, c->np.last);
            }

          /* "Ribeiro's office said", "Trump's spokesman said", "the prime
           * minister's office said": the person speaks through them */
          if (a < 0 && c->np.valid && c->np.n_mentions == 0 && c->np.last >= c->np.first + 2)
            a = voice_of_person (ctx, &c->np);
          /* "the port authority said", with no port authority before: an
           * organisation of its own, which the description then names as
           * it names one found */
          /* "“…,” the post said", "the statement said": the words of
           * whoever spoke last through it, not a body called "post" */
          if (a < 0 && c->np.valid && c->np.last == c->np.first + 2 && is_word (ctx, c->np.first, "the") &&
              is_lowerish (ctx, c->np.last - 1) && (wflags (ctx, c->np.last - 1) & SW_WORD_MEDIUM))
            {
              if (r.last_cand >= 0)
                {
                  const Cand *prev = &g_array_index (ctx->cands, Cand, r.last_cand);

                  if (prev->medium != NULL && prev->speakers->len > 0 && para_of (ctx, prev->pos) + 1 >= para_of (ctx, c->pos))
                    {
                      a = g_array_index (prev->speakers, int, 0);
                      issued_by = prev;
                    }
                }
              if (a < 0)
                a = medium_issuer (ctx, c->np.last - 1);
            }
          else if (a < 0 && c->np.valid && c->np.last > c->np.first + 1 && is_word (ctx, c->np.first, "the") &&
                   is_lowerish (ctx, c->np.last - 1) && (wflags (ctx, c->np.last - 1) & SW_WORD_ORG_HEAD) &&
                   tk (ctx, c->np.last - 1)->kind == SW_TOKEN_WORD)
            {
              /* "the Aslef union said": the organisation named before the
               * noun for its kind */
              int m = mention_ending_at (ctx, c->np.last - 1);

              if (m >= 0 && mention (ctx, m)->first > c->np.first &&
                  mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION && mention (ctx, m)->actor >= 0)
                a = sw_mentions_actor_for (ctx->mentions, m, TRUE);
              else
                a = sw_mentions_description_actor (ctx->mentions, c->np.first, c->np.last);
            }
          /* "Russia's defence ministry said", "Ukraine's air force said":
           * a body of a place or organisation named before it */
          if (a < 0 && c->np.valid && c->np.last > c->np.first + 2 &&
              is_lowerish (ctx, c->np.last - 1) && tk (ctx, c->np.last - 1)->kind == SW_TOKEN_WORD &&
              (wflags (ctx, c->np.last - 1) & (SW_WORD_ORG_HEAD | SW_WORD_BODY)))
            {
              int m = mention_starting_at (ctx, c->np.first);

              if (m >= 0 && mention (ctx, m)->last + 1 < c->np.last &&
                  (tk (ctx, mention (ctx, m)->last)->flags & SW_TOKEN_POSSESSIVE) &&
                  (mention (ctx, m)->kind == SW_ACTOR_PLACE || mention (ctx, m)->kind == SW_ACTOR_ORGANIZATION ||
                   /* (a country no list knows: "Velesia's air force") */
                   (mention (ctx, m)->kind == SW_ACTOR_OTHER && mention (ctx, m)->last == mention (ctx, m)->first + 1)))
                a = sw_mentions_description_actor (ctx->mentions, c->np.first, c->np.last);
            }
          /* "Vessana police said", "Kenyan police said": the force of a
           * place, named for it (the place alone is not who speaks) */
          if (a < 0 && c->np.valid && c->np.last >= c->np.first + 2 && is_lowerish (ctx, c->np.last - 1) &&
              in_list (ctx, c->np.last - 1, SW_SET_COLLECTIVE) && (wflags (ctx, c->np.last - 1) & SW_WORD_ORG_HEAD) &&
              tk (ctx, c->np.last - 2)->cap != SW_CAP_LOWER)
            {
              int m = mention_ending_at (ctx, c->np.last - 1);
              /* ("MARROWICK POLICE SAID": in capitals, a word no list
               * knows names the place) */
              guint from = m >= 0 ? mention (ctx, m)->first
                           : (wflags (ctx, c->np.last - 2) & SW_WORD_NATIONALITY) ||
                             (sentence_of (ctx, c->np.first)->caps && tk (ctx, c->np.last - 2)->info == NULL &&
                              tk (ctx, c->np.last - 2)->kind == SW_TOKEN_WORD) ? c->np.last - 2 : c->np.last;

              if (from < c->np.last - 1)
                a = sw_mentions_description_actor (ctx->mentions, from, c->np.last);
            }
          if (a < 0)
            a = body_of_spokesperson (ctx, &c->np);
          if (a < 0)
            a = spokesperson_of_inner (ctx, c, cue_cand);
          if (a < 0)
            a = spokesperson_of_last (ctx, &r, c);
          if (a < 0)
            a = same_description_as_before (ctx, k);
          if (a < 0)
            a = company_voice (ctx, c);
          /* "according to council documents", "court records show": the
           * body named before whose papers they are */
          if (a < 0 && c->np.valid && c->np.last >= c->np.first + 2 && in_list (ctx, c->np.last - 1, SW_SET_DOCUMENT) &&
              is_lowerish (ctx, c->np.last - 2) &&
              ((wflags (ctx, c->np.last - 2) & SW_WORD_ORG_HEAD) || in_list (ctx, c->np.last - 2, SW_SET_BUSINESS)))
            a = description_referent (ctx, c->np.first, c->np.last - 2, TRUE, NULL, FALSE);
          if (a < 0)
            a = label_person (ctx, &c->np);
          /* "The Democrat, who faces re-election, said", "The 64-year-old
           * Republican told reporters": a person described by party or
           * age is the person just named, as "she" would be */
          if (a < 0 && described_person (ctx, &c->np))
            {
              a = person_of_age (ctx, &c->np);
              if (a < 0)
                a = resolve_pronoun (ctx, &r, c->np.first, 'a');
            }
          if (a < 0)
            a = named_later (ctx, &c->np);
          if (a < 0)
            a = family_of (ctx, &r, &c->np);

          if (a >= 0)
            {
              SwActorInfo *info = g_ptr_array_index (ctx->mentions->actors, a);
              SwSpan span = { tk (ctx, c->np.first)->start, tk (ctx, c->np.last - 1)->end };

              info->spoke = TRUE;
              add_speaker (c, a);
              /* "the minister" is one more mention of her, as "she" is */
              if (info->actor != NULL)
                g_array_append_val (info->actor->mentions, span);
              /* (all who issued it: "in a joint statement") */
              for (guint i = 1; issued_by != NULL && i < issued_by->speakers->len; i++)
                add_speaker (c, g_array_index (issued_by->speakers, int, i));
            }
        }
      else
        {
          if (c->np.joined != 0)
            {
              int a = resolve_pronoun (ctx, &r, c->np.first, c->np.joined);

              if (a >= 0)
                add_speaker (c, a);
            }
          for (guint i = c->np.n_mentions; i > 0; i--)
            add_speaker (c, sw_mentions_actor_for (ctx->mentions, c->np.mentions[i - 1], TRUE));
        }

      mark_content (ctx, c);
      if (c->speakers->len > 0)
        r.last_cand = k;
      /* a quotation whose subject comes before its marks goes on as well */
      if (c->kind == SW_QUOTE_DIRECT || (c->kind == SW_QUOTE_MIXED && c->dquote >= 0))
        last_direct = k;
      last_kept = k;
      r.last_seen = k;
      if (c->addressee >= 0)
        sw_mentions_actor_for (ctx->mentions, c->addressee, FALSE);
    }
}

/* Pass 5: relations */

typedef struct
{
  GHashTable *index;  /* source, target and kind packed in a gint64 → relation index + 1 */
} Relations;

static void
relate (SwExtraction   *out,
        Relations      *rel,
        int             source,
        int             target,
        SwRelationKind  kind,
        int             quote)
{
  gint64 key;
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

  key = ((gint64)source << 36) | ((gint64)target << 8) | kind;
  index = GPOINTER_TO_INT (g_hash_table_lookup (rel->index, &key)) - 1;
  if (index < 0)
    {
      r = sw_relation_new (source, target, kind);
      g_ptr_array_add (out->relations, r);
      index = out->relations->len - 1;
      g_hash_table_insert (rel->index, g_memdup2 (&key, sizeof key), GINT_TO_POINTER (index + 1));
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

/* Records that actors @a and @b talked */
static void
add_talk_actors (Ctx    *ctx,
                 GArray *pairs,
                 int     a,
                 int     b)
{
  for (guint e = 0; e < 2; e++)
    {
      int actor = e == 0 ? a : b;
      SwActorInfo *info = g_ptr_array_index (ctx->mentions->actors, actor);

      info->spoke = TRUE;
      if (info->actor->kind == SW_ACTOR_OTHER)
        info->actor->kind = SW_ACTOR_PERSON;
      g_array_append_val (pairs, actor);
    }
}

/* Records that the actors of mentions @a and @b talked */
static void
add_talk_pair (Ctx    *ctx,
               GArray *pairs,
               int     a,
               int     b)
{
  add_talk_actors (ctx, pairs, mention (ctx, a)->actor, mention (ctx, b)->actor);
}

/* A party to talks named at @k, after up to two lower-case words: the
 * mention, or -1. */
static int
party_after (Ctx              *ctx,
             const SwSentence *s,
             guint             k)
{
  for (guint w = k; w < s->last && w - k <= 2; w++)
    {
      int m = mention_starting_at (ctx, w);

      if (m >= 0)
        return talk_party (ctx, m) ? m : -1;
      if (tk (ctx, w)->kind != SW_TOKEN_WORD || !is_lowerish (ctx, w))
        return -1;
    }
  return -1;
}

/* "a meeting in Vienna between envoys Serdar Kilic and Ruben Rubinyan":
 * the talk at @i and the two it was between. Adds the pair and returns
 * TRUE when there is one. */
static gboolean
talk_between (Ctx              *ctx,
              GArray           *pairs,
              const SwSentence *s,
              guint             i)
{
  for (guint k = i + 1; k + 1 < s->last && k - i <= 8; k++)
    {
      int a, b;

      if (is_punct (ctx, k, ',') || is_punct (ctx, k, ';') || (wflags (ctx, k) & SW_WORD_CUE))
        return FALSE;
      if (!is_word (ctx, k, "between"))
        continue;
      /* each name perhaps after a word or two for who they are ("envoys",
       * "the two leaders") */
      a = party_after (ctx, s, k + 1);
      if (a < 0 || !is_word (ctx, mention (ctx, a)->last, "and"))
        return FALSE;
      b = party_after (ctx, s, mention (ctx, a)->last + 1);
      if (b < 0 || mention (ctx, a)->actor == mention (ctx, b)->actor)
        return FALSE;
      add_talk_pair (ctx, pairs, a, b);
      return TRUE;
    }
  return FALSE;
}

/* "Erdogan and Pashinyan agreed in a phone call …", "… during talks": a
 * talk in which the sentence's subject, two names joined by "and", did
 * what it says. Adds the pair and returns TRUE when there is one. */
static gboolean
talk_of_subject (Ctx              *ctx,
                 GArray           *pairs,
                 const SwSentence *s,
                 guint             i)
{
  guint k = i, start = s->first, dateline;
  Np subject;

  /* "in a phone call", "during talks", "at a meeting": the preposition,
   * then only an article and words that qualify the talk */
  while (k > s->first && i - k < 4 && tk (ctx, k - 1)->kind == SW_TOKEN_WORD && is_lowerish (ctx, k - 1) &&
         !is_word (ctx, k - 1, "in") && !is_word (ctx, k - 1, "during") && !is_word (ctx, k - 1, "at"))
    k--;
  if (k <= s->first + 2 || !(is_word (ctx, k - 1, "in") || is_word (ctx, k - 1, "during") || is_word (ctx, k - 1, "at")))
    return FALSE;
  if ((tk (ctx, s->first)->flags & SW_TOKEN_PARA_START) && (dateline = sw_text_dateline_end (ctx->text, s)) > 0)
    start = dateline;
  subject = np_right (ctx, start);
  if (!subject.valid || subject.n_mentions < 2 || subject.last >= k - 1 || subject.last + 4 < k - 1 ||
      !talk_party (ctx, subject.mentions[0]) || !talk_party (ctx, subject.mentions[1]) ||
      mention (ctx, subject.mentions[0])->actor == mention (ctx, subject.mentions[1])->actor)
    return FALSE;
  add_talk_pair (ctx, pairs, subject.mentions[1], subject.mentions[0]);
  return TRUE;
}

/* "talks with X", "a call with X", "met X": pairs of actor indices. Run
 * before the actors are emitted, so unknown names that meet count as
 * people. */
static void
find_spoke_with (Ctx    *ctx,
                 GArray *pairs)
{
  const SwText *text = ctx->text;

  /* the words for talks, as find_indirect() found them */
  for (guint t = 0; t < ctx->talk->len; t++)
    {
      guint i = g_array_index (ctx->talk, guint, t);
      const SwSentence *s = sw_text_sentence_of (text, i);
      guint w = i + 1;
      int b, a = -1;

      if (!in_list (ctx, i, SW_SET_TALK) || (ctx->tflags[i] & TF_IN_DIRECT) || !is_lowerish (ctx, i))
        continue;

      if (talk_between (ctx, pairs, s, i) || talk_of_subject (ctx, pairs, s, i))
        continue;

      /* "Montenegro and Sánchez met in Badajoz", "the two spoke": a
       * verb of talking whose subject is two names joined by "and" */
      if (!is_word (ctx, i + 1, "with") && (is_word (ctx, i, "met") || is_word (ctx, i, "spoke") ||
                                            is_word (ctx, i, "talked") || is_word (ctx, i, "meet") ||
                                            is_word (ctx, i, "debated")))
        {
          guint p = i;
          int second, first;

          while (p > s->first && in_list (ctx, p - 1, SW_SET_ADVERB))
            p--;
          second = mention_ending_at (ctx, p);
          if (second >= 0 && mention (ctx, second)->first > s->first &&
              is_word (ctx, mention (ctx, second)->first - 1, "and") &&
              (first = mention_ending_at (ctx, mention (ctx, second)->first - 1)) >= 0 &&
              talk_party (ctx, first) && talk_party (ctx, second) &&
              mention (ctx, first)->actor != mention (ctx, second)->actor)
            {
              add_talk_pair (ctx, pairs, first, second);
              continue;
            }
          /* "He and Schumer spoke briefly": the pronoun's person */
          if (second >= 0 && mention (ctx, second)->first >= s->first + 2 &&
              is_word (ctx, mention (ctx, second)->first - 1, "and") && talk_party (ctx, second))
            {
              guint pro = mention (ctx, second)->first - 2;
              Resolver none = { -1 };
              char g;
              int actor;

              if (subject_pronoun (ctx, pro, &g) && (g == 'm' || g == 'f') &&
                  (actor = resolve_pronoun (ctx, &none, pro, g)) >= 0 && actor != mention (ctx, second)->actor)
                {
                  add_talk_actors (ctx, pairs, actor, mention (ctx, second)->actor);
                  continue;
                }
            }
        }

      /* "spoke by phone with", "talked on Tuesday with": how or when
       * between the verb and "with" */
      if (!is_word (ctx, i + 1, "with") && (is_word (ctx, i, "spoke") || is_word (ctx, i, "talked")))
        for (guint k = i + 1; k < s->last && k - i <= 4; k++)
          {
            if (is_word (ctx, k, "with"))
              {
                w = k;
                break;
              }
            if (!is_lowerish (ctx, k) && !(ctx->tflags[k] & TF_IN_TIMEX))
              break;
          }
      if (!(is_word (ctx, w, "with") || is_word (ctx, i, "met") || is_word (ctx, i, "phoned") ||
            is_word (ctx, i, "debated") || is_word (ctx, i, "telephoned")))
        continue;

      if (w < s->last && is_word (ctx, w, "with"))
        w++;
      else if (!is_word (ctx, i, "met") && !is_word (ctx, i, "phoned") && !is_word (ctx, i, "debated") &&
               !is_word (ctx, i, "telephoned"))
        continue;
      if (w < s->last && is_word (ctx, w, "the"))
        w++;

      b = mention_starting_at (ctx, w);
      /* "met his Paraguayan counterpart, Lucía Benítez,": the name after
       * the role */
      if (b < 0 && w < s->last && in_list (ctx, w, SW_SET_DETERMINER))
        for (guint k = w + 1; k < s->last && k - w <= 4; k++)
          {
            if (is_punct (ctx, k, ','))
              {
                b = appositive_person (ctx, s, k);
                break;
              }
            if (tk (ctx, k)->kind != SW_TOKEN_WORD || (wflags (ctx, k) & SW_WORD_CUE))
              break;
          }
      if (b < 0 || !talk_party (ctx, b))
        continue;

      /* "Clinton went up against Sanders five times, debated Obama …": a
       * verb after a comma or "and" has the sentence's subject */
      /* "Brazil's foreign minister, Paulo Mendes, met …": the name set
       * off before the verb */
      if (i > s->first + 1 && is_punct (ctx, i - 1, ','))
        {
          int pm = mention_ending_at (ctx, i - 1);

          if (pm >= 0 && mention (ctx, pm)->first > s->first && is_punct (ctx, mention (ctx, pm)->first - 1, ',') &&
              talk_party (ctx, pm) && mention (ctx, pm)->actor != mention (ctx, b)->actor)
            a = pm;
        }
      if (a < 0 && i > s->first && (is_punct (ctx, i - 1, ',') || is_word (ctx, i - 1, "and")))
        {
          Np subject = np_right (ctx, s->first);

          if (subject.valid && subject.n_mentions > 0 && talk_party (ctx, subject.mentions[0]) &&
              mention (ctx, subject.mentions[0])->actor != mention (ctx, b)->actor)
            a = subject.mentions[0];
          else
            continue;
        }
      for (int k = first_mention_before (ctx, i); a < 0 && k >= 0; k--)
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

      if (a >= 0)
        add_talk_pair (ctx, pairs, a, b);
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
  rel.index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint k = 0; k < ctx->cands->len; k++)
    {
      Cand *c = &g_array_index (ctx->cands, Cand, k);
      SwQuote *q;
      int qi;
      int from, to;

      /* "Q: What will you miss most?": the interviewer's question in a
       * question-and-answer profile, which the answer after it follows */
      if (c->dropped || question_label (ctx, c))
        continue;

      q = sw_quote_new (c->kind);
      q->content.start = tk (ctx, c->c_first)->start;
      q->content.end = tk (ctx, c->c_last - 1)->end;
      for (guint i = 0; c->more != NULL && i + 1 < c->more->len; i += 2)
        {
          SwSpan part;

          part.start = tk (ctx, g_array_index (c->more, guint, i))->start;
          part.end = tk (ctx, g_array_index (c->more, guint, i + 1) - 1)->end;
          sw_quote_add_part (q, part);
        }
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

      /* said_about: the actors the content names, piece by piece */
      for (guint p = 0; p < 1 + (c->more != NULL ? c->more->len / 2 : 0); p++)
        {
          guint first = p == 0 ? c->c_first : g_array_index (c->more, guint, 2 * p - 2);
          guint last = p == 0 ? c->c_last : g_array_index (c->more, guint, 2 * p - 1);

          from = first_mention_before (ctx, first) + 1;
          to = first_mention_before (ctx, last);
          for (int m = from; m <= to && m >= 0; m++)
            {
              int a = remapped (remap, mention (ctx, m)->actor);
              gboolean self_ref = FALSE;

              if (a < 0 || mention (ctx, m)->first < first)
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
  g_clear_pointer (&c->more, g_array_unref);
  g_clear_pointer (&c->medium, g_free);
}

void
sw_attribution_extract (SwDocument   *document,
                        SwExtraction *out)
{
  g_autoptr(SwText) text = NULL;

  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (out != NULL);

  text = sw_text_new (sw_document_get_text (document), sw_document_get_size (document));
  sw_attribution_extract_words (document, text, out);
}

/* The same, with the document's text already read into @text. */
void
sw_attribution_extract_words (SwDocument   *document,
                              const SwText *text,
                              SwExtraction *out)
{
  g_autoptr(SwMentions) mentions = NULL;
  g_autofree guint8 *tflags = NULL;
  g_autoptr(GArray) dquotes = NULL;
  g_autoptr(GArray) cands = NULL;
  g_autoptr(GArray) talk = NULL;
  g_autofree int *sent_cand = NULL;
  Ctx ctx;

  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (text != NULL);
  g_return_if_fail (out != NULL);

  if (text->tokens->len == 0)
    return;

  mentions = sw_mentions_new (text);
  sw_mentions_find (mentions);
  sw_mentions_resolve (mentions);

  tflags = g_new0 (guint8, text->tokens->len + 1);
  /* the dates the temporal stage found, so that attributions step over
   * them whole, commas and all */
  for (guint t = 0, i = 0; t < out->timexes->len; t++)
    {
      const SwTimex *x = g_ptr_array_index (out->timexes, t);

      guint hi = text->tokens->len;

      /* the first token that ends after the date starts, by halves: a
       * walk over every token would read all of a long text once more */
      while (i < hi)
        {
          guint mid = i + (hi - i) / 2;

          if (sw_text_token (text, mid)->end <= x->span.start)
            i = mid + 1;
          else
            hi = mid;
        }
      for (guint k = i; k < text->tokens->len && sw_text_token (text, k)->start < x->span.end; k++)
        tflags[k] |= TF_IN_TIMEX;
    }
  /* room for a typical article up front: growing from nothing costs a
   * reallocation per doubling */
  dquotes = g_array_sized_new (FALSE, FALSE, sizeof (DQuote), 32);
  cands = g_array_sized_new (FALSE, FALSE, sizeof (Cand), 32 + text->tokens->len / 16);
  sw_memory_advise_large (cands->data, (32 + text->tokens->len / 16) * sizeof (Cand));
  g_array_set_clear_func (cands, cand_clear);

  ctx.text = text;
  ctx.mentions = mentions;
  ctx.tflags = tflags;
  ctx.dquotes = dquotes;
  ctx.first_single = G_MAXUINT;
  ctx.interviewee = ctx.interviewer = -2;
  ctx.cands = cands;
  ctx.sent_cand = sent_cand = g_new (int, text->sentences->len + 1);
  ctx.talk = talk = g_array_new (FALSE, FALSE, sizeof (guint));
  ctx.named = NULL;
  ctx.n_named = 0;
  for (guint i = 0; i <= text->sentences->len; i++)
    sent_cand[i] = -1;

  pair_quotes (&ctx);
  pair_single_quotes (&ctx);
  find_headline (&ctx);
  find_direct (&ctx);
  find_indirect (&ctx);
  attach_unattributed (&ctx);
  resolve_speakers (&ctx);
  headline_quote_speakers (&ctx);
  emit (&ctx, out);
  g_free (ctx.named);
}
