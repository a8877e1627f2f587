/* correction-fixture.h: a small invented article and a hand-made extraction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the correction, history, project and export tests. The
 * extraction is built from the text by searching for the words, so the
 * same builder over a text with a line inserted above gives what an
 * extractor re-run would find at the shifted offsets.
 */
#pragma once

#include <string.h>

#include "sw-article.h"
#include "sw-json.h"

static const char fixture_text[] =
  "Bridge to reopen in May, mayor says\n"
  "\n"
  "Mayor Ilse Brandt said on Monday that the Kelby bridge would reopen in May.\n"
  "“We will not wait another winter,” Brandt told the city council.\n"
  "Council member Teo Varga said the budget was not ready.\n"
  "Varga met Brandt on Tuesday to discuss the repairs.\n"
  "Brandt said the contractor, Norrland Works, had signed.\n";

/* The @nth (from 0) occurrence of @needle in @text. */
static G_GNUC_UNUSED SwSpan
span_nth (const char *text,
          const char *needle,
          guint       nth)
{
  const char *p = strstr (text, needle);
  SwSpan span;

  for (guint i = 0; i < nth && p != NULL; i++)
    p = strstr (p + 1, needle);

  g_assert_nonnull (p);
  span.start = p - text;
  span.end = span.start + strlen (needle);
  return span;
}

/* The span from the start of @first to the end of @last. */
static G_GNUC_UNUSED SwSpan
span_between (const char *text,
              const char *first,
              const char *last)
{
  SwSpan a = span_nth (text, first, 0);
  SwSpan b;
  const char *p = strstr (text + a.start, last);

  g_assert_nonnull (p);
  b.start = a.start;
  b.end = (p - text) + strlen (last);
  return b;
}

static G_GNUC_UNUSED void
add_mention (SwActor    *actor,
             const char *text,
             const char *needle,
             guint       nth)
{
  SwSpan s = span_nth (text, needle, nth);
  sw_actor_add_mention (actor, s.start, s.end);
}

static G_GNUC_UNUSED void
append_int (GArray *array,
            int     value)
{
  g_array_append_val (array, value);
}

/* Actors: 0 Ilse Brandt, 1 Brandt (the same person, split by the
 * "extractor"), 2 Teo Varga, 3 city council, 4 Norrland Works.
 * Quotes: 0 bridge (Ilse Brandt), 1 winter (Brandt to the council),
 * 2 budget (Teo Varga), 3 contractor (Brandt).
 * Events: 0 and 1 from the same sentence, 2 the meeting.
 * Relations: 0 Brandt told council (q1), 1 Varga spoke with Ilse Brandt
 * (e2), 2 Ilse Brandt said about Brandt (q1). */
static G_GNUC_UNUSED SwExtraction *
fixture_extraction (const char *text)
{
  SwExtraction *ex = sw_extraction_new ();
  SwActor *a;
  SwQuote *q;
  SwEvent *e;
  SwRelation *r;
  SwSpan s;

  s = span_nth (text, "Monday", 0);
  g_ptr_array_add (ex->timexes, sw_timex_new (SW_TIMEX_DATE, s.start, s.end, "2025-03-17"));
  s = span_nth (text, "Tuesday", 0);
  g_ptr_array_add (ex->timexes, sw_timex_new (SW_TIMEX_DATE, s.start, s.end, "2025-03-18"));

  a = sw_actor_new ("Ilse Brandt", SW_ACTOR_PERSON);
  sw_actor_add_role (a, "Mayor");
  add_mention (a, text, "Ilse Brandt", 0);
  add_mention (a, text, "Brandt", 2);
  g_ptr_array_add (ex->actors, a);

  a = sw_actor_new ("Brandt", SW_ACTOR_PERSON);
  sw_actor_add_role (a, "mayor");
  add_mention (a, text, "Brandt", 1);
  add_mention (a, text, "Brandt", 3);
  g_ptr_array_add (ex->actors, a);

  a = sw_actor_new ("Teo Varga", SW_ACTOR_PERSON);
  sw_actor_add_role (a, "Council member");
  add_mention (a, text, "Teo Varga", 0);
  add_mention (a, text, "Varga", 1);
  g_ptr_array_add (ex->actors, a);

  a = sw_actor_new ("city council", SW_ACTOR_ORGANIZATION);
  add_mention (a, text, "city council", 0);
  g_ptr_array_add (ex->actors, a);

  a = sw_actor_new ("Norrland Works", SW_ACTOR_ORGANIZATION);
  add_mention (a, text, "Norrland Works", 0);
  g_ptr_array_add (ex->actors, a);

  q = sw_quote_new (SW_QUOTE_INDIRECT);
  q->content = span_nth (text, "the Kelby bridge would reopen in May", 0);
  q->cue = span_nth (text, "said", 0);
  q->has_cue = TRUE;
  q->speaker_mention = span_nth (text, "Ilse Brandt", 0);
  q->has_speaker_mention = TRUE;
  append_int (q->speakers, 0);
  g_ptr_array_add (ex->quotes, q);

  q = sw_quote_new (SW_QUOTE_DIRECT);
  q->content = span_nth (text, "We will not wait another winter,", 0);
  q->cue = span_nth (text, "told", 0);
  q->has_cue = TRUE;
  q->speaker_mention = span_nth (text, "Brandt", 1);
  q->has_speaker_mention = TRUE;
  append_int (q->speakers, 1);
  q->addressee = 3;
  g_ptr_array_add (ex->quotes, q);

  q = sw_quote_new (SW_QUOTE_INDIRECT);
  q->content = span_nth (text, "the budget was not ready", 0);
  q->cue = span_nth (text, "said", 1);
  q->has_cue = TRUE;
  q->speaker_mention = span_nth (text, "Teo Varga", 0);
  q->has_speaker_mention = TRUE;
  append_int (q->speakers, 2);
  g_ptr_array_add (ex->quotes, q);

  q = sw_quote_new (SW_QUOTE_INDIRECT);
  q->content = span_nth (text, "the contractor, Norrland Works, had signed", 0);
  q->cue = span_nth (text, "said", 2);
  q->has_cue = TRUE;
  q->speaker_mention = span_nth (text, "Brandt", 3);
  q->has_speaker_mention = TRUE;
  append_int (q->speakers, 1);
  g_ptr_array_add (ex->quotes, q);

  s = span_between (text, "Mayor Ilse", "in May.");
  e = sw_event_new ("Brandt says the bridge will reopen", s.start, s.end);
  e->timex = 0;
  e->date_from = g_strdup ("2025-03-17");
  e->date_to = g_strdup ("2025-03-17");
  append_int (e->actors, 0);
  e->quote = 0;
  g_ptr_array_add (ex->events, e);

  e = sw_event_new ("Bridge reopens", s.start, s.end);
  e->date_from = g_strdup ("2025-05");
  e->date_to = g_strdup ("2025-05");
  e->granularity = SW_GRANULARITY_MONTH;
  g_ptr_array_add (ex->events, e);

  s = span_between (text, "Varga met", "the repairs.");
  e = sw_event_new ("Varga met Brandt", s.start, s.end);
  e->timex = 1;
  e->date_from = g_strdup ("2025-03-18");
  e->date_to = g_strdup ("2025-03-18");
  append_int (e->actors, 2);
  append_int (e->actors, 0);
  g_ptr_array_add (ex->events, e);

  r = sw_relation_new (1, 3, SW_RELATION_TOLD);
  r->weight = 1;
  append_int (r->quotes, 1);
  g_ptr_array_add (ex->relations, r);

  r = sw_relation_new (2, 0, SW_RELATION_SPOKE_WITH);
  r->weight = 1;
  append_int (r->events, 2);
  g_ptr_array_add (ex->relations, r);

  r = sw_relation_new (0, 1, SW_RELATION_SAID_ABOUT);
  r->weight = 1;
  append_int (r->quotes, 1);
  g_ptr_array_add (ex->relations, r);

  return ex;
}

static G_GNUC_UNUSED SwDocument *
fixture_document (const char *text)
{
  SwDocument *doc = sw_document_new_from_text (NULL, text, -1);

  sw_document_set_path (doc, "bridge.txt");
  return doc;
}

static G_GNUC_UNUSED int
actor_named (SwExtraction *ex,
             const char   *name)
{
  for (guint i = 0; i < ex->actors->len; i++)
    if (g_strcmp0 (((SwActor *)g_ptr_array_index (ex->actors, i))->name, name) == 0)
      return i;

  return -1;
}

static G_GNUC_UNUSED int
quote_saying (SwDocument   *doc,
              SwExtraction *ex,
              const char   *words)
{
  const char *text = sw_document_get_text (doc);

  for (guint i = 0; i < ex->quotes->len; i++)
    {
      SwQuote *q = g_ptr_array_index (ex->quotes, i);

      if (strncmp (text + q->content.start, words, strlen (words)) == 0)
        return i;
    }

  return -1;
}

static G_GNUC_UNUSED int
event_labelled (SwExtraction *ex,
                const char   *label)
{
  for (guint i = 0; i < ex->events->len; i++)
    if (g_strcmp0 (((SwEvent *)g_ptr_array_index (ex->events, i))->label, label) == 0)
      return i;

  return -1;
}

static G_GNUC_UNUSED char *
names_of (SwExtraction *ex,
          GArray       *indices)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < indices->len; i++)
    {
      int k = g_array_index (indices, int, i);

      g_assert_cmpint (k, >=, 0);
      g_assert_cmpint (k, <, (int)ex->actors->len);
      g_string_append_printf (s, "%s%s", i ? "+" : "", ((SwActor *)g_ptr_array_index (ex->actors, k))->name);
    }

  return g_string_free (s, FALSE);
}

static G_GNUC_UNUSED char *
slice (SwDocument *doc,
       SwSpan      span)
{
  return g_strndup (sw_document_get_text (doc) + span.start, span.end - span.start);
}

/* Everything an analyst sees, by words and names and never by offset or
 * index: two extractions of texts that differ only in where things are
 * summarize the same. References are checked to be in range on the way. */
static G_GNUC_UNUSED char *
summarize (SwDocument   *doc,
           SwExtraction *ex)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ex->actors->len; i++)
    {
      SwActor *a = g_ptr_array_index (ex->actors, i);

      g_string_append_printf (s, "actor %s (%s):", a->name, sw_actor_kind_to_string (a->kind));
      for (guint k = 0; k < a->roles->len; k++)
        g_string_append_printf (s, " role=%s", (char *)g_ptr_array_index (a->roles, k));
      for (guint k = 0; k < a->mentions->len; k++)
        {
          g_autofree char *m = slice (doc, g_array_index (a->mentions, SwSpan, k));
          g_string_append_printf (s, " [%s]", m);
        }
      g_string_append_c (s, '\n');
    }

  for (guint i = 0; i < ex->quotes->len; i++)
    {
      SwQuote *q = g_ptr_array_index (ex->quotes, i);
      g_autofree char *content = slice (doc, q->content);
      g_autofree char *speakers = names_of (ex, q->speakers);
      g_autofree char *cue = q->has_cue ? slice (doc, q->cue) : g_strdup ("-");

      g_string_append_printf (s, "quote %s by %s cue %s to %s: %s\n",
                              sw_quote_kind_to_string (q->kind), speakers, cue,
                              q->addressee >= 0 ? ((SwActor *)g_ptr_array_index (ex->actors, q->addressee))->name : "-",
                              content);
    }

  for (guint i = 0; i < ex->events->len; i++)
    {
      SwEvent *e = g_ptr_array_index (ex->events, i);
      g_autofree char *actors = names_of (ex, e->actors);
      g_autofree char *quote = NULL;

      if (e->quote >= 0)
        {
          g_assert_cmpint (e->quote, <, (int)ex->quotes->len);
          quote = slice (doc, ((SwQuote *)g_ptr_array_index (ex->quotes, e->quote))->content);
        }

      g_string_append_printf (s, "event %s %s..%s %s approx=%d actors %s quote %s\n",
                              e->label, e->date_from, e->date_to, sw_granularity_to_string (e->granularity),
                              e->approx, actors, quote ? quote : "-");
    }

  for (guint i = 0; i < ex->relations->len; i++)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i);

      g_assert_cmpint (r->source, <, (int)ex->actors->len);
      g_assert_cmpint (r->target, <, (int)ex->actors->len);
      g_string_append_printf (s, "relation %s %s %s weight %u:",
                              ((SwActor *)g_ptr_array_index (ex->actors, r->source))->name,
                              sw_relation_kind_to_string (r->kind),
                              ((SwActor *)g_ptr_array_index (ex->actors, r->target))->name, r->weight);
      for (guint k = 0; k < r->quotes->len; k++)
        {
          int qi = g_array_index (r->quotes, int, k);
          g_autofree char *content = NULL;

          g_assert_cmpint (qi, <, (int)ex->quotes->len);
          content = slice (doc, ((SwQuote *)g_ptr_array_index (ex->quotes, qi))->content);
          g_string_append_printf (s, " q[%s]", content);
        }
      for (guint k = 0; k < r->events->len; k++)
        {
          int ei = g_array_index (r->events, int, k);

          g_assert_cmpint (ei, <, (int)ex->events->len);
          g_string_append_printf (s, " e[%s]", ((SwEvent *)g_ptr_array_index (ex->events, ei))->label);
        }
      g_string_append_c (s, '\n');
    }

  return g_string_free (s, FALSE);
}

static G_GNUC_UNUSED char *
contract_line (SwDocument   *doc,
               SwExtraction *ex)
{
  return sw_json_to_line (doc, ex, FALSE);
}
