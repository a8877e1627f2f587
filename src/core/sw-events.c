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
 */
#define G_LOG_DOMAIN "sw-events"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sw-extract.h"
#include "sw-timex.h"

#define MAX_LABEL_WORDS 12

typedef struct
{
  guint start;
  guint end;
} Range;

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

/* No real sentence is longer than this; a text without stops (a list, a
 * table flattened to one line, hostile input) is cut into windows of this
 * size around each date, which keeps the work per date bounded. */
#define MAX_SENTENCE_BYTES 1536

static Range
sentence_around (const char *text,
                 gsize       len,
                 guint       start,
                 guint       end)
{
  Range r;
  gsize p = start;
  gsize floor = start > MAX_SENTENCE_BYTES ? start - MAX_SENTENCE_BYTES : 0;
  gsize ceiling = MIN (len, (gsize)end + MAX_SENTENCE_BYTES);

  while (p > floor && !is_sentence_end (text, len, p - 1))
    p--;
  /* never start inside a UTF-8 sequence */
  while (p < start && ((guchar)text[p] & 0xC0) == 0x80)
    p++;
  r.start = p;
  p = end;
  while (p < ceiling && !is_sentence_end (text, len, p))
    p++;
  while (p > end && p < len && ((guchar)text[p] & 0xC0) == 0x80)
    p--;
  r.end = p;
  return r;
}

/* Clause boundaries: ";", ": ", quotation marks and ", but " */
static Range
clause_around (const char *text,
               Range       sentence,
               guint       start,
               guint       end)
{
  Range r = sentence;

  for (guint p = start; p > sentence.start; p--)
    {
      const char *c = text + p - 1;

      if (*c == ';' || (*c == ':' && c[1] == ' ') || *c == '"' ||
          (p >= sentence.start + 3 && (guchar)c[0] == 0x9c && (guchar)c[-1] == 0x80 && (guchar)c[-2] == 0xe2) ||
          (p - sentence.start >= 5 && strncmp (c - 4, ", but", 5) == 0 && c[1] == ' '))
        {
          r.start = p;
          break;
        }
    }
  for (guint p = end; p < sentence.end; p++)
    {
      const char *c = text + p;

      if (*c == ';' || (*c == ':' && c[1] == ' ') || *c == '"' ||
          ((guchar)c[0] == 0xe2 && (guchar)c[1] == 0x80 && (guchar)c[2] == 0x9d) ||
          strncmp (c, ", but ", 6) == 0 || strncmp (c, ", BUT ", 6) == 0)
        {
          r.end = p;
          break;
        }
    }
  return r;
}

/* The comma-delimited segment of @clause around [start, end) */
static Range
segment_around (const char *text,
                Range       clause,
                guint       start,
                guint       end)
{
  Range r = clause;

  for (guint p = start; p > clause.start; p--)
    if (text[p - 1] == ',')
      {
        r.start = p;
        break;
      }
  for (guint p = end; p < clause.end; p++)
    if (text[p] == ',')
      {
        r.end = p;
        break;
      }
  return r;
}

/* Timexes come in text order and do not overlap: a binary search finds
 * the one at @p, if any. */
static gboolean
in_timex (GPtrArray *timexes,
          guint      p,
          guint     *skip_to)
{
  guint lo = 0, hi = timexes->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const SwTimex *t = g_ptr_array_index (timexes, mid);

      if (p < t->span.start)
        hi = mid;
      else if (p >= t->span.end)
        lo = mid + 1;
      else
        {
          *skip_to = t->span.end;
          return TRUE;
        }
    }
  return FALSE;
}

static const char * const date_prepositions[] = {
  "on", "in", "at", "during", "by", "since", "until", "from", "late", "early",
  "earlier", "later", "of", "this", "that",
};

static gboolean
is_date_preposition (const char *w,
                     gsize       n)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_prepositions); i++)
    if (strlen (date_prepositions[i]) == n && g_ascii_strncasecmp (w, date_prepositions[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* Words of @r in order, without the timexes and the prepositions that
 * introduce them. */
static GPtrArray *
words_without_dates (const char *text,
                     Range       r,
                     GPtrArray  *timexes)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  guint p = r.start;

  while (p < r.end)
    {
      guint q, skip;

      if (in_timex (timexes, p, &skip))
        {
          /* drop "on", "late on" just before the date */
          while (words->len > 0)
            {
              const char *last = g_ptr_array_index (words, words->len - 1);

              if (!is_date_preposition (last, strlen (last)))
                break;
              g_ptr_array_remove_index (words, words->len - 1);
            }
          p = skip;
          continue;
        }
      if (g_ascii_isspace (text[p]) || text[p] == ',' || text[p] == '(' || text[p] == ')')
        {
          p++;
          continue;
        }
      q = p;
      while (q < r.end && !g_ascii_isspace (text[q]) && text[q] != ',' && text[q] != '(' &&
             text[q] != ')' && !in_timex (timexes, q, &skip))
        q++;
      g_ptr_array_add (words, g_strndup (text + p, q - p));
      p = q;
    }
  return words;
}

static gboolean
word_eq (const char *a,
         const char *b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

static gboolean
word_in (const char         *w,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (word_eq (w, list[i]))
      return TRUE;
  return FALSE;
}

static const char * const reporting_verbs[] = {
  "said", "says", "told", "announced", "reported", "wrote", "stated", "added",
  "claimed", "confirmed", "warned", "insisted", NULL,
};

static const char * const subordinators[] = {
  "after", "before", "following", "when", "while", "as", "on", "in", "at",
  "during", "by", "since", "until", "from", NULL,
};

static const char * const leading_fillers[] = {
  "but", "and", "so", "yet", "then", "also", "however", NULL,
};

static const char * const dangling[] = {
  "of", "the", "a", "an", "to", "for", "and", "or", "with", "on", "in", "at",
  "by", "from", "since", "that", "its", "his", "her", "their", NULL,
};

static char *
join_words (GPtrArray *words,
            guint      from)
{
  GString *s = g_string_new (NULL);
  guint n = 0;

  for (guint i = from; i < words->len && n < MAX_LABEL_WORDS; i++, n++)
    {
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, g_ptr_array_index (words, i));
    }
  /* no trailing punctuation or dangling function word */
  for (;;)
    {
      const char *space;

      while (s->len > 0 && strchr (".,;:!?\"'", s->str[s->len - 1]) != NULL)
        g_string_truncate (s, s->len - 1);
      space = strrchr (s->str, ' ');
      if (space == NULL || !word_in (space + 1, dangling))
        break;
      g_string_truncate (s, space - s->str);
    }
  return g_string_free (s, FALSE);
}

/* Skips a reporting frame: "He said that", "US envoy ... Steve Witkoff said" */
static guint
after_frame (GPtrArray *words)
{
  guint from = 0;

  for (guint i = 0; i < words->len && i < 12; i++)
    if (word_in (g_ptr_array_index (words, i), reporting_verbs) && i + 1 < words->len)
      {
        from = i + 1;
        if (word_eq (g_ptr_array_index (words, from), "that") && from + 1 < words->len)
          from++;
        break;
      }
  while (from < words->len && word_in (g_ptr_array_index (words, from), leading_fillers))
    from++;
  return from;
}

static char *
make_label (const char *text,
            Range       clause,
            Range       segment,
            GPtrArray  *timexes,
            Range      *span)
{
  g_autoptr(GPtrArray) seg_words = words_without_dates (text, segment, timexes);
  const char *first = seg_words->len > 0 ? g_ptr_array_index (seg_words, 0) : "";

  *span = clause;

  /* "Since Russia's invasion in 2022, ...": the event is the noun phrase */
  if (word_eq (first, "since") && seg_words->len >= 2 && seg_words->len <= 6)
    {
      *span = segment;
      return join_words (seg_words, 1);
    }

  /* "Zelenskyy, who arrived on Tuesday ...": the pronoun stands for the name */
  if ((word_eq (first, "who") || word_eq (first, "which")) && segment.start > clause.start + 1)
    {
      Range before = { clause.start, segment.start - 1 };
      Range prev = segment_around (text, before, before.end, before.end);
      g_autoptr(GPtrArray) prev_words = words_without_dates (text, prev, timexes);

      if (prev_words->len > 0 && prev_words->len <= 5)
        {
          GString *s = g_string_new (NULL);
          g_autofree char *rest = join_words (seg_words, 1);
          g_autofree char *subject = join_words (prev_words, 0);

          g_string_append_printf (s, "%s %s", subject, rest);
          span->start = prev.start;
          span->end = segment.end;
          return g_string_free (s, FALSE);
        }
    }

  /* a segment that says something itself */
  if (seg_words->len >= 3 && !word_in (first, subordinators) && !word_in (first, leading_fillers))
    return join_words (seg_words, after_frame (seg_words));

  /* else the clause without the dated aside */
  {
    g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
    Range left = { clause.start, segment.start };
    Range right = { segment.end, clause.end };
    g_autoptr(GPtrArray) lw = words_without_dates (text, left, timexes);
    g_autoptr(GPtrArray) rw = NULL;

    /* skip further dated asides right after ("..., the 18th of March, agreed") */
    while (right.start < right.end)
      {
        Range next = segment_around (text, clause, right.start + 1, right.start + 1);
        guint skip;
        gboolean dated = FALSE;

        for (guint p = next.start; p < next.end; p++)
          if (in_timex (timexes, p, &skip))
            dated = TRUE;
        if (!dated || next.end <= right.start)
          break;
        right.start = next.end;
      }
    rw = words_without_dates (text, right, timexes);

    for (guint i = 0; i < lw->len; i++)
      g_ptr_array_add (all, g_strdup (g_ptr_array_index (lw, i)));
    for (guint i = 0; i < rw->len; i++)
      g_ptr_array_add (all, g_strdup (g_ptr_array_index (rw, i)));
    if (all->len >= 2)
      return join_words (all, after_frame (all));
  }

  return join_words (seg_words, after_frame (seg_words));
}

/* "for about a month", "for 30 days" after a dated clause: its extent */
static void
apply_extent (SwEvent       *event,
              const char    *text,
              Range          clause,
              GPtrArray     *timexes)
{
  for (guint i = 0; i < timexes->len; i++)
    {
      const SwTimex *t = g_ptr_array_index (timexes, i);
      int n = 0;
      char unit = 0;
      GDate date;
      int y, m, d;

      if (t->type != SW_TIMEX_DURATION || t->span.start < clause.start || t->span.end > clause.end)
        continue;
      if (t->span.start < 4 || g_ascii_strncasecmp (text + t->span.start - 4, "for ", 4) != 0)
        continue;
      if (sscanf (t->value, "P%d%c", &n, &unit) != 2 || n <= 0)
        continue;
      if (event->granularity != SW_GRANULARITY_DAY ||
          sscanf (event->date_from, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
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

static int
ref_compare (gconstpointer a,
             gconstpointer b)
{
  const Ref *ra = a, *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  return ra->item - rb->item;
}

static GArray *
mention_refs (SwExtraction *out)
{
  GArray *refs = g_array_new (FALSE, FALSE, sizeof (Ref));

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

  g_array_sort (refs, ref_compare);
  return refs;
}

static GArray *
quote_refs (SwExtraction *out)
{
  GArray *refs = g_array_new (FALSE, FALSE, sizeof (Ref));

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

  g_array_sort (refs, ref_compare);
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

void
sw_events_extract (SwDocument   *document,
                   SwExtraction *out)
{
  const char *text;
  gsize len;
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GHashTable) clauses = NULL;

  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (out != NULL);

  text = sw_document_get_text (document);
  len = sw_document_get_size (document);
  mentions = mention_refs (out);
  quotes = quote_refs (out);
  clauses = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

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

      if (t->type != SW_TIMEX_DATE && t->type != SW_TIMEX_TIME)
        continue;
      if (!sw_timex_value_range (t->value, &from, &to, &granularity))
        continue;

      sentence = sentence_around (text, len, t->span.start, t->span.end);
      clause = clause_around (text, sentence, t->span.start, t->span.end);
      segment = segment_around (text, clause, t->span.start, t->span.end);
      label = make_label (text, clause, segment, out->timexes, &span);

      /* a dateline or a date alone on its line is not a happening */
      if (label == NULL || strchr (label, ' ') == NULL)
        continue;

      /* one event per clause: a second date in it is part of the same one */
      key = g_new (gint64, 1);
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
}
