/* sw-events.c: dated events from timexes, actors and quotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An event is the clause a calendar date sits in. Clauses without a date
 * of their own stay off the timeline: guessing the date of the narrative
 * around them puts too many things on the wrong day. The label says who
 * did what: the clause without its dates, without a reporting frame
 * ("X said that"), and with a relative pronoun replaced by what it
 * stands for.
 *
 * One pass over the text records where sentences, clauses and comma
 * segments may end; each date then finds its clause by binary search, so
 * the work per date does not grow with the document or with a sentence
 * that never ends.
 */
#define G_LOG_DOMAIN "sw-events"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sw-extract.h"
#include "sw-lexicon.h"
#include "sw-timex.h"

#define MAX_LABEL_WORDS 12

/* A label reads at most a dozen words past a reporting frame of about as
 * many: words further into a range are never looked at. */
#define MAX_RANGE_WORDS 64

typedef struct
{
  guint start;
  guint end;
} Range;

typedef struct
{
  Range   items[MAX_RANGE_WORDS];
  /* for a word of a length or a repetition kept in the words ("six
   * years"), its timex's index + 1, so that a label is not cut inside it */
  guint16 length_of[MAX_RANGE_WORDS];
  guint   len;
} Words;

/* A growing array of positions, appended inline: the boundary pass adds
 * one per comma, and a function call each would cost more than the scan. */
typedef struct
{
  guint *data;
  guint  len;
  guint  size;
} Positions;

static inline void
positions_add (Positions *a,
               guint      p)
{
  if (G_UNLIKELY (a->len == a->size))
    {
      a->size = MAX (64, a->size * 2);
      a->data = g_renew (guint, a->data, a->size);
    }
  a->data[a->len++] = p;
}

/* Where sentences, clauses and segments of the text may end: sorted byte
 * positions, built in one pass. */
typedef struct
{
  const char *text;
  gsize       len;
  Positions   ends;    /* is_sentence_end() holds there */
  Positions   opens;   /* a clause may start there (after the mark) */
  Positions   closes;  /* a clause may end there (before the mark) */
  Positions   commas;
  GPtrArray  *timexes;
} Bounds;

static gboolean
is_sentence_end (const char *text,
                 gsize       len,
                 gsize       p)
{
  /* ". The", "? “" */
  if (text[p] == '\n')
    return TRUE;
  if ((text[p] == '.' || text[p] == '?' || text[p] == '!') && p + 2 < len && text[p + 1] == ' ')
    {
      guchar c = text[p + 2];

      if (g_ascii_isupper (c) || c == '"' || c >= 0x80)
        {
          /* not after a single capital ("U.S. President") */
          if (p >= 2 && g_ascii_isupper (text[p - 1]) && !g_ascii_isalpha (text[p - 2]))
            return FALSE;
          return TRUE;
        }
    }
  return FALSE;
}

/* A clause starts at @p after ";", ": ", a quotation mark, a dash or ", but";
 * @floor is the start of the sentence, which no mark may straddle. */
static gboolean
opens_clause (const char *text,
              guint       floor,
              guint       p)
{
  const char *c = text + p - 1;

  return *c == ';' || (*c == ':' && c[1] == ' ') || *c == '"' ||
         (p >= floor + 3 && ((guchar)c[0] == 0x9c || (guchar)c[0] == 0x94) && (guchar)c[-1] == 0x80 &&
          (guchar)c[-2] == 0xe2) ||
         (p - floor >= 5 && *c == 't' && strncmp (c - 4, ", but", 5) == 0 && c[1] == ' ');
}

/* A clause ends at @p before ";", ": ", a quotation mark, a dash or ", but " */
static gboolean
closes_clause (const char *text,
               guint       p)
{
  const char *c = text + p;

  return *c == ';' || (*c == ':' && c[1] == ' ') || *c == '"' ||
         ((guchar)c[0] == 0xe2 && (guchar)c[1] == 0x80 && ((guchar)c[2] == 0x9d || (guchar)c[2] == 0x94)) ||
         (*c == ',' && (strncmp (c, ", but ", 6) == 0 || strncmp (c, ", BUT ", 6) == 0));
}

/* The bytes bounds_init() stops at */
static const guint8 marks[256] = {
  ['\n'] = 1, ['.'] = 1, ['?'] = 1, ['!'] = 1, [','] = 1, [';'] = 1, [':'] = 1,
  ['"'] = 1, [0xe2] = 1,
};

static void
bounds_init (Bounds     *b,
             const char *text,
             gsize       len,
             GPtrArray  *timexes)
{
  b->text = text;
  b->len = len;
  b->timexes = timexes;
  memset (&b->ends, 0, sizeof b->ends);
  memset (&b->opens, 0, sizeof b->opens);
  memset (&b->closes, 0, sizeof b->closes);
  memset (&b->commas, 0, sizeof b->commas);

  /* Nothing to date, nothing to bound. */
  if (timexes->len == 0)
    return;

  /* Positions are appended in order: a mark found at p adds p, p + 1, or
   * the end of ", but" or of an opening “, before which no other mark
   * can lie. */
  for (guint p = 0; p < len; p++)
    {
      guint after;

      /* most bytes are none of the marks below: four at a time */
      while (p + 4 <= len && !(marks[(guchar)text[p]] | marks[(guchar)text[p + 1]] |
                               marks[(guchar)text[p + 2]] | marks[(guchar)text[p + 3]]))
        p += 4;
      while (p < len && !marks[(guchar)text[p]])
        p++;
      if (p >= len)
        break;

      switch ((guchar)text[p])
        {
        case '\n': case '.': case '?': case '!':
          if (is_sentence_end (text, len, p))
            positions_add (&b->ends, p);
          break;
        case ',':
          /* "1,200 guild members": no comma between digits parts a clause */
          if (p > 0 && p + 1 < len && g_ascii_isdigit (text[p - 1]) && g_ascii_isdigit (text[p + 1]))
            break;
          positions_add (&b->commas, p);
          if (closes_clause (text, p))
            positions_add (&b->closes, p);
          after = p + 5;
          if (after < len && opens_clause (text, 0, after))
            positions_add (&b->opens, after);
          break;
        case 0xe2:
          if (closes_clause (text, p))
            positions_add (&b->closes, p);
          after = p + 3;
          if (after <= len && opens_clause (text, 0, after))
            positions_add (&b->opens, after);
          break;
        default: /* ; : " */
          if (closes_clause (text, p))
            positions_add (&b->closes, p);
          after = p + 1;
          if (opens_clause (text, 0, after))
            positions_add (&b->opens, after);
          break;
        }
    }
}

static void
bounds_clear (Bounds *b)
{
  g_free (b->ends.data);
  g_free (b->opens.data);
  g_free (b->closes.data);
  g_free (b->commas.data);
}

/* Index of the first position in @a that is at least @p */
static guint
lower_bound (const Positions *a,
             guint            p)
{
  guint lo = 0, hi = a->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (a->data[mid] < p)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The first position of @a in [from, to), or @to */
static guint
first_in (const Positions *a,
          guint            from,
          guint            to)
{
  guint i = lower_bound (a, from);

  return i < a->len && a->data[i] < to ? a->data[i] : to;
}

/* No real sentence is longer than this; a text without stops (a list, a
 * table flattened to one line, hostile input) is cut into windows of this
 * size around each date, which keeps the work per date bounded. */
#define MAX_SENTENCE_BYTES 1536

static Range
sentence_around (const Bounds *b,
                 guint         start,
                 guint         end)
{
  const char *text = b->text;
  Range r;
  gsize p;
  guint floor = start > MAX_SENTENCE_BYTES ? start - MAX_SENTENCE_BYTES : 0;
  guint ceiling = MIN (b->len, (gsize)end + MAX_SENTENCE_BYTES);
  guint i = lower_bound (&b->ends, start);

  /* the last sentence end before @start, if within reach */
  p = floor;
  if (i > 0 && b->ends.data[i - 1] >= floor)
    p = b->ends.data[i - 1] + 1;
  /* never start inside a UTF-8 sequence */
  while (p < start && ((guchar)text[p] & 0xC0) == 0x80)
    p++;
  r.start = p;
  p = first_in (&b->ends, end, ceiling);
  while (p > end && p < b->len && ((guchar)text[p] & 0xC0) == 0x80)
    p--;
  r.end = p;
  return r;
}

/* Clause boundaries: ";", ": ", quotation marks and ", but " */
static Range
clause_around (const Bounds *b,
               Range         sentence,
               guint         start,
               guint         end)
{
  Range r = sentence;
  guint i = lower_bound (&b->opens, start + 1);

  /* the nearest opening at or before @start, inside the sentence */
  for (; i > 0; i--)
    {
      guint p = b->opens.data[i - 1];

      if (p <= sentence.start)
        break;
      if (opens_clause (b->text, sentence.start, p))
        {
          r.start = p;
          break;
        }
    }
  r.end = first_in (&b->closes, end, sentence.end);
  return r;
}

/* The comma-delimited segment of @clause around [start, end) */
static Range
segment_around (const Bounds *b,
                Range         clause,
                guint         start,
                guint         end)
{
  Range r = clause;
  guint i = lower_bound (&b->commas, start);

  if (i > 0 && b->commas.data[i - 1] >= clause.start && start > clause.start)
    r.start = b->commas.data[i - 1] + 1;
  r.end = first_in (&b->commas, end, clause.end);
  return r;
}

/* Timexes come in text order and do not overlap: the index of the first
 * one that ends after @p. */
static guint
timex_from (GPtrArray *timexes,
            guint      p)
{
  guint lo = 0, hi = timexes->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const SwTimex *t = g_ptr_array_index (timexes, mid);

      if (t->span.end <= p)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Does a timex cover any byte of [start, end)? */
static gboolean
has_timex (GPtrArray *timexes,
           guint      start,
           guint      end)
{
  guint i = timex_from (timexes, start);

  return i < timexes->len && ((const SwTimex *)g_ptr_array_index (timexes, i))->span.start < end;
}

/* Is the word @w of @text, in any case, the lower-case @word? Compared
 * inline: labels test each word against several lists. */
static inline gboolean
range_is (const char *text,
          Range       w,
          const char *word)
{
  guint n = w.end - w.start;

  for (guint k = 0; k < n; k++)
    {
      char c = text[w.start + k];

      if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      if (c != word[k])
        return FALSE;
    }

  return word[n] == '\0';
}

/* Word lists carry their lengths, so most words are told apart without
 * looking at a letter. */
typedef struct
{
  const char *word;
  guint       len;
} Word;

#define W(w) { w, sizeof w - 1 }

static const Word date_prepositions[] = {
  W ("on"), W ("in"), W ("at"), W ("during"), W ("by"), W ("since"),
  W ("until"), W ("from"), W ("late"), W ("early"), W ("earlier"), W ("later"),
  W ("of"), W ("this"), W ("that"), W ("between"),
  { NULL, 0 },
};

/* the articles a date may stand after, before its noun: "a 2009 agreement" */
static const Word articles[] = {
  W ("a"), W ("an"),
  { NULL, 0 },
};

/* what joins the two dates of a range: "between 2021 and 2023" */
static const Word range_joiners[] = {
  W ("and"), W ("to"), W ("through"), W ("until"), W ("or"),
  { NULL, 0 },
};

static gboolean
range_in (const char *text,
          Range       w,
          const Word *list)
{
  for (guint i = 0; list[i].word != NULL; i++)
    if (list[i].len == w.end - w.start && range_is (text, w, list[i].word))
      return TRUE;
  return FALSE;
}

static const guint8 word_breaks[256] = {
  [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1, ['\v'] = 1,
  [','] = 1, ['('] = 1, [')'] = 1,
};

static inline gboolean
breaks_word (char c)
{
  return word_breaks[(guchar)c];
}

static gboolean
kept_length (const char    *text,
             const SwTimex *t)
{
  return (t->type == SW_TIMEX_DURATION || t->type == SW_TIMEX_SET) &&
         !(t->span.start >= 4 && g_ascii_strncasecmp (text + t->span.start - 4, "for ", 4) == 0);
}

/* Words of @r in order, without the timexes and the prepositions that
 * introduce them; the first MAX_RANGE_WORDS of them. */
static void
words_without_dates (const Bounds *b,
                     Range         r,
                     Words        *words)
{
  const char *text = b->text;
  GPtrArray *timexes = b->timexes;
  guint ti = timex_from (timexes, r.start);
  guint li = ti;
  guint p = r.start;
  guint dropped_end = 0;
  guint kept_until = 0;

  words->len = 0;
  while (p < r.end && words->len < MAX_RANGE_WORDS)
    {
      const SwTimex *t;
      guint q, stop;

      /* a length or a repetition stays in the words ("was sentenced to
       * six years in prison"), but not the event's own extent ("sailed
       * for about a week"), which its dates hold */
      while (ti < timexes->len && (((const SwTimex *)g_ptr_array_index (timexes, ti))->span.end <= p ||
                                   kept_length (text, g_ptr_array_index (timexes, ti))))
        ti++;
      t = ti < timexes->len ? g_ptr_array_index (timexes, ti) : NULL;

      /* "a 2009 agreement": a date between "a" and the noun it qualifies
       * stays, or the label reads "a agreement" ("the 2016 election"
       * reads well as "the election") */
      if (t != NULL && t->span.start <= p && words->len > 0 &&
          range_in (text, words->items[words->len - 1], articles) && t->span.end + 1 < r.end &&
          text[t->span.end] == ' ' && g_ascii_islower (text[t->span.end + 1]))
        kept_until = t->span.end;
      if (p < kept_until)
        t = NULL;
      if (t != NULL && t->span.start <= p)
        {
          /* drop "on", "late on" just before the date, and "between 2021
           * and" before the second date of a range */
          while (words->len > 0 && (range_in (text, words->items[words->len - 1], date_prepositions) ||
                                    (dropped_end > 0 &&
                                     words->items[words->len - 1].start <= dropped_end + 1 &&
                                     range_in (text, words->items[words->len - 1], range_joiners))))
            words->len--;
          p = t->span.end;
          dropped_end = p;
          continue;
        }
      if (breaks_word (text[p]))
        {
          p++;
          continue;
        }
      stop = t != NULL ? MIN (r.end, t->span.start) : r.end;
      q = p;
      /* "1,200" is one word */
      while (q < stop && (!breaks_word (text[q]) ||
                          (text[q] == ',' && q > p && q + 1 < stop && g_ascii_isdigit (text[q - 1]) &&
                           g_ascii_isdigit (text[q + 1]))))
        q++;
      /* the length or repetition this word is part of, if any */
      while (li < timexes->len && ((const SwTimex *)g_ptr_array_index (timexes, li))->span.end <= p)
        li++;
      words->length_of[words->len] = 0;
      if (li < timexes->len && ((const SwTimex *)g_ptr_array_index (timexes, li))->span.start <= p && li < G_MAXUINT16 &&
          kept_length (text, g_ptr_array_index (timexes, li)))
        words->length_of[words->len] = li + 1;
      words->items[words->len].start = p;
      words->items[words->len].end = q;
      words->len++;
      p = q;
    }
}

static const Word reporting_verbs[] = {
  W ("said"), W ("says"), W ("told"), W ("announced"), W ("reported"), W ("wrote"),
  W ("stated"), W ("added"), W ("claimed"), W ("confirmed"), W ("warned"), W ("insisted"),
  { NULL, 0 },
};

static const Word subordinators[] = {
  W ("after"), W ("before"), W ("following"), W ("when"), W ("while"), W ("as"),
  W ("on"), W ("in"), W ("at"), W ("during"), W ("by"), W ("since"),
  W ("until"), W ("from"),
  { NULL, 0 },
};

static const Word leading_fillers[] = {
  W ("but"), W ("and"), W ("so"), W ("yet"), W ("then"), W ("also"),
  W ("however"),
  { NULL, 0 },
};

static const Word dangling[] = {
  W ("after"), W ("before"), W ("when"), W ("while"), W ("because"), W ("until"),
  W ("of"), W ("the"), W ("a"), W ("an"), W ("to"), W ("for"),
  W ("and"), W ("or"), W ("with"), W ("on"), W ("in"), W ("at"),
  W ("by"), W ("from"), W ("since"), W ("that"), W ("its"), W ("his"),
  W ("her"), W ("their"), W ("within"), W ("during"),
  { NULL, 0 },
};

static char *
join_words (const char  *text,
            const Words *words,
            guint        from)
{
  guint last = MIN (words->len, from + MAX_LABEL_WORDS);
  gsize size = 1, n = 0;
  char *s;

  /* not "imprisoned for three" out of "for three years" */
  while (last < words->len && last > from + 1 && words->length_of[last] != 0 &&
         words->length_of[last] == words->length_of[last - 1])
    last--;

  /* measured, then written into one allocation */
  for (guint i = from; i < last; i++)
    size += words->items[i].end - words->items[i].start + 1;
  s = g_malloc (size);
  for (guint i = from; i < last; i++)
    {
      if (n > 0)
        s[n++] = ' ';
      memcpy (s + n, text + words->items[i].start, words->items[i].end - words->items[i].start);
      n += words->items[i].end - words->items[i].start;
    }
  s[n] = '\0';

  /* no trailing punctuation or dangling function word */
  for (;;)
    {
      gsize space;

      while (n > 0 && strchr (".,;:!?\"' ", s[n - 1]) != NULL)
        s[--n] = '\0';
      space = n;
      while (space > 0 && s[space - 1] != ' ')
        space--;
      if (space == 0)
        break;
      {
        Range r = { space, n };

        if (!range_in (s, r, dangling))
          break;
      }
      n = space - 1;
      s[n] = '\0';
    }
  return s;
}

/* Skips a reporting frame: "He said that", "US envoy ... Steve Witkoff said" */
static guint
after_frame (const char  *text,
             const Words *words)
{
  guint from = 0;

  for (guint i = 0; i < words->len && i < 12; i++)
    if (range_in (text, words->items[i], reporting_verbs) && i + 1 < words->len)
      {
        from = i + 1;
        /* "said in a statement that …": how it was said is frame too */
        if (range_is (text, words->items[from], "in") || range_is (text, words->items[from], "on") ||
            range_is (text, words->items[from], "during"))
          for (guint k = from + 1; k < words->len && k < from + 7; k++)
            if (range_is (text, words->items[k], "that"))
              {
                from = k;
                break;
              }
        if (range_is (text, words->items[from], "that") && from + 1 < words->len)
          from++;
        break;
      }
  while (from < words->len && range_in (text, words->items[from], leading_fillers))
    from++;
  return from;
}

static char *
make_label (const Bounds *b,
            Range         clause,
            Range         segment,
            Range        *span)
{
  const char *text = b->text;
  Words seg_words;
  Range none = { 0, 0 };
  Range first;

  words_without_dates (b, segment, &seg_words);
  first = seg_words.len > 0 ? seg_words.items[0] : none;
  *span = clause;

  /* "Since Russia's invasion in 2022, ...": the event is the noun phrase */
  if (range_is (text, first, "since") && seg_words.len >= 2 && seg_words.len <= 6)
    {
      *span = segment;
      return join_words (text, &seg_words, 1);
    }

  /* "Zelenskyy, who arrived on Tuesday ...": the pronoun stands for the name */
  if ((range_is (text, first, "who") || range_is (text, first, "which")) && segment.start > clause.start + 1)
    {
      Range before = { clause.start, segment.start - 1 };
      Range prev = segment_around (b, before, before.end, before.end);
      Words prev_words;

      words_without_dates (b, prev, &prev_words);
      if (prev_words.len > 0 && prev_words.len <= 5)
        {
          g_autofree char *rest = join_words (text, &seg_words, 1);
          g_autofree char *subject = join_words (text, &prev_words, 0);

          span->start = prev.start;
          span->end = segment.end;
          return g_strdup_printf ("%s %s", subject, rest);
        }
    }

  /* a segment that says something itself */
  if (seg_words.len >= 3 && !range_in (text, first, subordinators) && !range_in (text, first, leading_fillers))
    return join_words (text, &seg_words, after_frame (text, &seg_words));

  /* else the clause without the dated aside */
  {
    Range left = { clause.start, segment.start };
    Range right = { segment.end, clause.end };
    Words lw, rw;

    /* skip further dated asides right after ("..., the 18th of March, agreed");
     * a list of nothing but dates gets no label worth the walk */
    for (guint asides = 0; right.start < right.end && asides < 8; asides++)
      {
        Range next = segment_around (b, clause, right.start + 1, right.start + 1);

        if (!has_timex (b->timexes, next.start, next.end) || next.end <= right.start)
          break;
        right.start = next.end;
      }
    words_without_dates (b, left, &lw);
    words_without_dates (b, right, &rw);

    for (guint i = 0; i < rw.len && lw.len < MAX_RANGE_WORDS; i++)
      {
        lw.length_of[lw.len] = rw.length_of[i];
        lw.items[lw.len++] = rw.items[i];
      }
    if (lw.len >= 2)
      return join_words (text, &lw, after_frame (text, &lw));
  }

  return join_words (text, &seg_words, after_frame (text, &seg_words));
}

/* "for about a month", "for 30 days" after a dated clause: its extent */
/* Does [start, end) of @text hold a word for talks ("talks", "met")? */
static gboolean
span_has_talk (const char *text,
               SwSpan      span)
{
  const SwLexicon *lex = sw_lexicon_get ();
  guint p = span.start;

  while (p < span.end)
    {
      guint q = p;
      const SwWordInfo *info;

      while (q < span.end && g_ascii_isalpha (text[q]))
        q++;
      if (q == p)
        {
          p++;
          continue;
        }
      info = sw_lexicon_lookup (lex, text + p, q - p);
      if (info != NULL && (info->sets & SW_SET_TALK))
        return TRUE;
      p = q;
    }
  return FALSE;
}

static void
free_relation_list (gpointer list)
{
  if (list != NULL)
    g_array_unref (list);
}

static gint64
pair_key (int a,
          int b)
{
  return ((gint64)MIN (a, b) << 32) | (guint32)MAX (a, b);
}

/* The events that are a relation's evidence: a dated talk between its two
 * actors ("after two hours of talks with Trump", not "his closeness to
 * Putin") for spoke_with, and for
 * the others the event of a statement that is already its evidence. Built
 * through indices, so a long document costs time linear in its events. */
static void
link_relations (const char   *text,
                SwExtraction *out)
{
  g_autoptr(GHashTable) talks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) by_quote = g_ptr_array_new_with_free_func (free_relation_list);

  if (out->relations->len == 0 || out->events->len == 0)
    return;

  g_ptr_array_set_size (by_quote, out->quotes->len);
  for (guint r = 0; r < out->relations->len; r++)
    {
      SwRelation *rel = g_ptr_array_index (out->relations, r);

      if (rel->kind == SW_RELATION_SPOKE_WITH)
        {
          gint64 *key = g_new (gint64, 1);

          *key = pair_key (rel->source, rel->target);
          g_hash_table_insert (talks, key, rel);
          continue;
        }
      for (guint k = 0; k < rel->quotes->len; k++)
        {
          int q = g_array_index (rel->quotes, int, k);
          GArray *list;

          if (q < 0 || (guint)q >= out->quotes->len)
            continue;
          list = g_ptr_array_index (by_quote, q);
          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (SwRelation *));
              by_quote->pdata[q] = list;
            }
          g_array_append_val (list, rel);
        }
    }

  for (guint e = 0; e < out->events->len; e++)
    {
      const SwEvent *event = g_ptr_array_index (out->events, e);
      int ei = (int)e;

      if (event->quote >= 0 && (guint)event->quote < by_quote->len && by_quote->pdata[event->quote] != NULL)
        {
          GArray *list = by_quote->pdata[event->quote];

          for (guint k = 0; k < list->len; k++)
            g_array_append_val (g_array_index (list, SwRelation *, k)->events, ei);
        }

      /* events name a few actors: every pair of them is looked up */
      if (event->actors->len < 2 || g_hash_table_size (talks) == 0 || !span_has_talk (text, event->span))
        continue;
      for (guint a = 0; a < event->actors->len && a < 8; a++)
        for (guint b = a + 1; b < event->actors->len && b < 8; b++)
          {
            gint64 key = pair_key (g_array_index (event->actors, int, a), g_array_index (event->actors, int, b));
            SwRelation *rel = g_hash_table_lookup (talks, &key);

            if (rel != NULL)
              g_array_append_val (rel->events, ei);
          }
    }
}

static void
apply_extent (SwEvent       *event,
              const char    *text,
              Range          clause,
              GPtrArray     *timexes)
{
  for (guint i = timex_from (timexes, clause.start); i < timexes->len; i++)
    {
      const SwTimex *t = g_ptr_array_index (timexes, i);
      int n = 0;
      char unit = 0;
      GDate date;
      int y, m, d;

      if (t->span.start >= clause.end)
        break;
      if (t->type != SW_TIMEX_DURATION || t->span.start < clause.start || t->span.end > clause.end)
        continue;
      if (t->span.start < 4 || g_ascii_strncasecmp (text + t->span.start - 4, "for ", 4) != 0)
        continue;
      if (sscanf (t->value, "P%d%c", &n, &unit) != 2 || n <= 0)
        continue;
      if (event->granularity != SW_GRANULARITY_DAY ||
          sscanf (event->date_from, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
        continue;

      /* "for 20000000 years" ends past any calendar (found by fuzzing:
       * GLib's dates stop at year 65535) */
      if ((unit == 'Y' && n > 9999 - y) || (unit == 'M' && n / 12 > 9999 - y) ||
          (unit == 'W' && n / 52 > 9999 - y) || (unit == 'D' && n / 366 > 9999 - y))
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, d, m, y);
      switch (unit)
        {
        case 'D': g_date_add_days (&date, n); break;
        case 'W': g_date_add_days (&date, 7 * n); break;
        case 'M': g_date_add_months (&date, n); break;
        case 'Y': g_date_add_years (&date, n); break;
        default: continue;
        }
      g_free (event->date_to);
      event->date_to = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                        g_date_get_month (&date), g_date_get_day (&date));
      if (g_strcmp0 (t->mod, "APPROX") == 0)
        event->approx = TRUE;
      return;
    }
}

/* Every actor mention and every quote span, sorted by start, so that an
 * event finds its participants and its statement by binary search rather
 * than by a walk over the whole document's items. */
typedef struct
{
  guint start;
  guint end;
  int   item;
  int   is_cue;
} Ref;

static inline gboolean
ref_before (const Ref *a,
            const Ref *b)
{
  return a->start < b->start || (a->start == b->start && a->item < b->item);
}

/* Sorts @refs by start, then item, keeping equal ones in order as
 * g_array_sort() does, but without a call through a pointer for every
 * pair (a long document's mentions are thousands): merged bottom up. */
static void
refs_sort (GArray *refs)
{
  guint n = refs->len;
  Ref *data = (Ref *)(gpointer)refs->data;
  g_autofree Ref *room = NULL;
  Ref *src = data, *dst;
  guint i = 1;

  while (i < n && !ref_before (&data[i], &data[i - 1]))
    i++;
  if (i >= n)
    return;

  room = g_new (Ref, n);
  dst = room;
  for (guint width = 1; width < n; width *= 2)
    {
      Ref *swap;

      for (guint lo = 0; lo < n; lo += 2 * width)
        {
          guint mid = MIN (lo + width, n), hi = MIN (lo + 2 * width, n);
          guint a = lo, b = mid, k = lo;

          while (a < mid && b < hi)
            dst[k++] = ref_before (&src[b], &src[a]) ? src[b++] : src[a++];
          while (a < mid)
            dst[k++] = src[a++];
          while (b < hi)
            dst[k++] = src[b++];
        }
      swap = src;
      src = dst;
      dst = swap;
    }
  if (src != data)
    memcpy (data, src, n * sizeof (Ref));
}

static GArray *
mention_refs (SwExtraction *out)
{
  GArray *refs = g_array_sized_new (FALSE, FALSE, sizeof (Ref), 64);

  for (guint a = 0; a < out->actors->len; a++)
    {
      const SwActor *actor = g_ptr_array_index (out->actors, a);

      for (guint m = 0; m < actor->mentions->len; m++)
        {
          SwSpan span = g_array_index (actor->mentions, SwSpan, m);
          Ref ref = { span.start, span.end, a, FALSE };

          g_array_append_val (refs, ref);
        }
    }

  refs_sort (refs);
  return refs;
}

static GArray *
quote_refs (SwExtraction *out)
{
  GArray *refs = g_array_sized_new (FALSE, FALSE, sizeof (Ref), 2 * out->quotes->len + 1);

  for (guint q = 0; q < out->quotes->len; q++)
    {
      const SwQuote *quote = g_ptr_array_index (out->quotes, q);
      Ref content = { quote->content.start, quote->content.end, q, FALSE };

      g_array_append_val (refs, content);
      if (quote->has_cue)
        {
          Ref cue = { quote->cue.start, quote->cue.end, q, TRUE };
          g_array_append_val (refs, cue);
        }
    }

  refs_sort (refs);
  return refs;
}

/* Index of the first ref starting at or after @pos */
static guint
refs_lower_bound (GArray *refs,
                  guint   pos)
{
  guint lo = 0, hi = refs->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (refs, Ref, mid).start < pos)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Names are short: a mention overlapping @span starts at most this far
 * before it. */
#define MAX_MENTION_BYTES 512

static void
add_participants (SwEvent *event,
                  GArray  *mentions,
                  Range    span)
{
  guint from = refs_lower_bound (mentions, span.start > MAX_MENTION_BYTES ? span.start - MAX_MENTION_BYTES : 0);

  for (guint i = from; i < mentions->len; i++)
    {
      const Ref *ref = &g_array_index (mentions, Ref, i);
      gboolean known = FALSE;

      if (ref->start >= span.end)
        break;
      if (ref->end <= span.start)
        continue;

      for (guint k = 0; k < event->actors->len && !known; k++)
        known = g_array_index (event->actors, int, k) == ref->item;
      if (!known)
        g_array_append_val (event->actors, ref->item);
    }
}

/* Quotations can run for paragraphs, so their starts may lie far before
 * the event; the scan back is bounded by count instead of distance. */
#define MAX_QUOTES_BACK 64

static int
statement_of (GArray *quotes,
              Range   span,
              Range   sentence)
{
  guint upto = refs_lower_bound (quotes, MAX (span.end, sentence.end));
  int best = SW_NO_INDEX;

  for (guint i = upto, seen = 0; i > 0 && seen < MAX_QUOTES_BACK; i--, seen++)
    {
      const Ref *ref = &g_array_index (quotes, Ref, i - 1);
      Range within = ref->is_cue ? sentence : span;

      if (ref->start < within.end && ref->end > within.start &&
          (best == SW_NO_INDEX || ref->item < best))
        best = ref->item;
    }

  return best;
}

/* "PORT CALDER, Wednesday 5 November 2025 (Meridian Wire) —": names and a
 * date before the dash that starts an article say where and when it was
 * written, not what happened */
static gboolean
dateline (const char *text,
          gsize       len,
          Range       clause,
          const char *label)
{
  if (clause.end + 3 > len || (guchar)text[clause.end] != 0xe2 || (guchar)text[clause.end + 1] != 0x80 ||
      (guchar)text[clause.end + 2] != 0x94)
    return FALSE;

  for (const char *w = label; *w != '\0'; w++)
    if ((w == label || w[-1] == ' ') && !g_ascii_isupper (*w))
      return FALSE;
  return TRUE;
}

/* A wire dateline: a paragraph that opens with a place in capitals
 * ("SAN JOSE, Calif., Jan. 14, 2026 (Reuters) - "), the date @span in it,
 * then perhaps the agency in brackets and a dash. Returns where the story
 * starts after the dash, or 0. */
static guint
wire_dateline_end (const char *text,
                   gsize       len,
                   SwSpan      span)
{
  guint p = span.start, q = span.end;

  /* back to the paragraph's start, over capitalised words and the
   * commas and points of "Calif.," */
  while (p > 0 && text[p - 1] != '\n' && span.start - p < 80)
    {
      p--;
      if (g_ascii_islower (text[p]) && (p == 0 || text[p - 1] == ' '))
        return 0;
    }
  if (p > 0 && text[p - 1] != '\n')
    return 0;
  if (!(p + 1 < len && g_ascii_isupper (text[p]) && g_ascii_isupper (text[p + 1])))
    return 0;

  while (q < len && text[q] == ' ')
    q++;
  if (q < len && text[q] == '(')
    {
      while (q < len && q - span.end < 40 && text[q] != ')' && text[q] != '\n')
        q++;
      if (q >= len || text[q] != ')')
        return 0;
      q++;
      while (q < len && text[q] == ' ')
        q++;
    }
  if (q + 1 < len && text[q] == '-' && text[q + 1] == ' ')
    return q + 2;
  if (q + 3 < len && (guchar)text[q] == 0xe2 && (guchar)text[q + 1] == 0x80 &&
      ((guchar)text[q + 2] == 0x94 || (guchar)text[q + 2] == 0x93))
    return q + 3 < len && text[q + 3] == ' ' ? q + 4 : q + 3;
  return 0;
}

/* Whether the word right before @pos is @word, in any case */
static gboolean
word_before_is (const char *text,
                guint       pos,
                const char *word)
{
  gsize n = strlen (word);
  guint p = pos;

  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == '\n'))
    p--;
  if (p < n || g_ascii_strncasecmp (text + p - n, word, n) != 0)
    return FALSE;
  return p == n || !g_ascii_isalnum (text[p - n - 1]);
}

void
sw_events_extract (SwDocument   *document,
                   SwExtraction *out)
{
  const char *text;
  gsize len;
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GHashTable) clauses = NULL;
  g_autofree gint64 *keys = NULL;
  guint n_keys = 0;
  Bounds bounds;

  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (out != NULL);

  text = sw_document_get_text (document);
  len = sw_document_get_size (document);
  mentions = mention_refs (out);
  quotes = quote_refs (out);
  /* the keys live in an array with room for one per date: no allocation
   * per key, and no move that would leave the table's pointers dangling */
  keys = g_new (gint64, out->timexes->len + 1);
  clauses = g_hash_table_new (g_int64_hash, g_int64_equal);
  bounds_init (&bounds, text, len, out->timexes);

  for (guint i = 0; i < out->timexes->len; i++)
    {
      const SwTimex *t = g_ptr_array_index (out->timexes, i);
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *label = NULL;
      SwGranularity granularity;
      Range sentence, clause, segment, span;
      SwEvent *event;
      gint64 *key;
      guint stamp_end;

      if (t->type != SW_TIMEX_DATE && t->type != SW_TIMEX_TIME)
        continue;
      /* "has not been this low since October 1982": a state that has lasted
       * since then, not a happening then */
      if (word_before_is (text, t->span.start, "since"))
        continue;
      if (!sw_timex_value_range (t->value, &from, &to, &granularity))
        continue;

      sentence = sentence_around (&bounds, t->span.start, t->span.end);
      clause = clause_around (&bounds, sentence, t->span.start, t->span.end);
      segment = segment_around (&bounds, clause, t->span.start, t->span.end);
      label = make_label (&bounds, clause, segment, &span);

      /* "SAN JOSE, Calif., Jan. 14, 2026 (Reuters) - Norvale said on
       * Tuesday …": the date of a wire dateline is when the story was
       * filed; it dates what follows only when that has no date */
      if ((stamp_end = wire_dateline_end (text, len, t->span)) > 0)
        {
          g_clear_pointer (&label, g_free);
          if (has_timex (out->timexes, stamp_end, sentence.end))
            continue;
          clause = clause_around (&bounds, sentence, stamp_end, stamp_end);
          if (clause.start < stamp_end)
            clause.start = stamp_end;
          label = make_label (&bounds, clause, clause, &span);
        }
      /* a dateline or a date alone on its line is not a happening; a
       * stamp before a dash ("UPDATE, 14:20 — THE GUILD SAID …") dates
       * the clause after it, unless that has a date of its own */
      else if (label != NULL && dateline (text, len, clause, label))
        {
          Range after = clause_around (&bounds, sentence, clause.end + 3, clause.end + 3);

          g_clear_pointer (&label, g_free);
          if (after.start == clause.end + 3 && after.end > after.start &&
              !has_timex (out->timexes, after.start, after.end))
            {
              clause = after;
              label = make_label (&bounds, clause, clause, &span);
            }
        }
      if (label == NULL || strchr (label, ' ') == NULL)
        continue;

      /* one event per clause: a second date in it is part of the same one */
      /* a slot per date, never reused: adding a key the table has
       * replaces the stored pointer with this one */
      key = &keys[n_keys++];
      *key = ((gint64)span.start << 32) | span.end;
      if (!g_hash_table_add (clauses, key))
        continue;

      event = sw_event_new (label, span.start, span.end);
      event->timex = i;
      event->date_from = g_steal_pointer (&from);
      event->granularity = granularity;
      if (t->end_value != NULL)
        {
          g_autofree char *end_from = NULL;
          SwGranularity end_granularity;

          g_clear_pointer (&to, g_free);
          if (!sw_timex_value_range (t->end_value, &end_from, &to, &end_granularity))
            to = g_strdup (event->date_from);
        }
      event->date_to = g_steal_pointer (&to);
      /* "early 2024" is somewhere in 2024; "late on Tuesday" is still Tuesday */
      event->approx = t->mod != NULL &&
                      (g_str_equal (t->mod, "APPROX") ||
                       (granularity <= SW_GRANULARITY_MONTH &&
                        (g_str_equal (t->mod, "START") || g_str_equal (t->mod, "MID") ||
                         g_str_equal (t->mod, "END"))));
      apply_extent (event, text, clause, out->timexes);

      /* participants: actors named in the clause */
      add_participants (event, mentions, span);

      /* a statement: the quote whose content or cue sentence holds it */
      event->quote = statement_of (quotes, span, sentence);

      g_ptr_array_add (out->events, event);
    }

  bounds_clear (&bounds);
  link_relations (text, out);
}
