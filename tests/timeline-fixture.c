/* timeline-fixture.c: a small invented article and its extraction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The story and names are made up for the tests. The extraction is built
 * by hand so the timeline tests do not depend on the extractors: it has
 * every kind of date the timeline draws (day, time, month, year, range,
 * approximate, open start, undated) and statements with and without a
 * date of their own.
 */
#include <string.h>

#include "timeline-fixture.h"

static const char article[] =
  "Harbour talks resume in Eastport\n"
  "On 3 March 2024 the mayor of Eastport, Ada Kell, met the dockers' leader "
  "Bram Olsen for four hours. The dockers had been on strike from 12 to 28 "
  "February. The Port Authority first drew up its expansion plan in 2023, and "
  "the council signed the ferry contract in November 2023. "
  "The council voted on the harbour budget at 18:30 on 4 March. "
  "\"We are closer than we have ever been,\" Kell said on 4 March. "
  "Olsen said the dockers would wait for a written offer. "
  "Talks are expected to resume around 10 March. "
  "The old tariffs applied until January. "
  "Nobody knows when the cranes will be replaced.\n";

SwDocument *
timeline_fixture_document (void)
{
  SwDocument *document = sw_document_new_from_text ("Harbour talks resume in Eastport", article, -1);

  sw_document_set_dct (document, "2024-03-05", SW_DCT_SOURCE_OPTION);
  return document;
}

static SwSpan
find (const char *needle)
{
  const char *at = strstr (article, needle);
  SwSpan span;

  g_assert_nonnull (at);
  span.start = (guint)(at - article);
  span.end = span.start + (guint)strlen (needle);

  return span;
}

static SwEvent *
add_event (SwExtraction *ex,
           const char   *label,
           const char   *sentence,
           const char   *from,
           const char   *to,
           SwGranularity granularity,
           gboolean      approx,
           int           a,
           int           b,
           int           c)
{
  SwSpan span = find (sentence);
  SwEvent *event = sw_event_new (label, span.start, span.end);
  int actors[] = { a, b, c };

  event->date_from = g_strdup (from);
  event->date_to = g_strdup (to);
  event->granularity = granularity;
  event->approx = approx;
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    if (actors[i] >= 0)
      g_array_append_val (event->actors, actors[i]);

  g_ptr_array_add (ex->events, event);
  return event;
}

static SwQuote *
add_quote (SwExtraction *ex,
           const char   *content,
           int           speaker)
{
  SwQuote *quote = sw_quote_new (SW_QUOTE_DIRECT);

  quote->content = find (content);
  g_array_append_val (quote->speakers, speaker);
  g_ptr_array_add (ex->quotes, quote);

  return quote;
}

SwExtraction *
timeline_fixture_extraction (SwDocument *document)
{
  SwExtraction *ex = sw_extraction_new ();
  SwTimex *timex;
  SwEvent *event;

  (void)document;

  g_ptr_array_add (ex->actors, sw_actor_new ("Ada Kell", SW_ACTOR_PERSON));          /* 0 */
  g_ptr_array_add (ex->actors, sw_actor_new ("Bram Olsen", SW_ACTOR_PERSON));        /* 1 */
  g_ptr_array_add (ex->actors, sw_actor_new ("Port Authority", SW_ACTOR_ORGANIZATION)); /* 2 */
  g_ptr_array_add (ex->actors, sw_actor_new ("Eastport council", SW_ACTOR_ORGANIZATION)); /* 3 */
  g_ptr_array_add (ex->actors, sw_actor_new ("Nobody", SW_ACTOR_OTHER));             /* 4: no events */

  timex = sw_timex_new (SW_TIMEX_DATE, find ("3 March 2024").start, find ("3 March 2024").end, "2024-03-03");
  g_ptr_array_add (ex->timexes, timex);

  event = add_event (ex, "Kell and Olsen met for four hours", "On 3 March 2024 the mayor",
                     "2024-03-03", "2024-03-03", SW_GRANULARITY_DAY, FALSE, 0, 1, -1);
  event->timex = 0;
  add_event (ex, "Dockers' strike", "The dockers had been on strike",
             "2024-02-12", "2024-02-28", SW_GRANULARITY_DAY, FALSE, 1, -1, -1);
  add_event (ex, "Expansion plan drawn up", "The Port Authority first drew up",
             "2023", "2023", SW_GRANULARITY_YEAR, FALSE, 2, -1, -1);
  add_event (ex, "Ferry contract signed", "the council signed the ferry contract",
             "2023-11", "2023-11", SW_GRANULARITY_MONTH, FALSE, 2, 3, -1);
  add_event (ex, "Harbour budget vote", "The council voted on the harbour budget",
             "2024-03-04T18:30", "2024-03-04T18:30", SW_GRANULARITY_TIME, FALSE, 3, -1, -1);
  event = add_event (ex, "Kell: closer than ever", "Kell said on 4 March",
                     "2024-03-04", "2024-03-04", SW_GRANULARITY_DAY, FALSE, 0, -1, -1);
  add_quote (ex, "We are closer than we have ever been,", 0);
  event->quote = 0;
  add_event (ex, "Talks to resume", "Talks are expected to resume around 10 March",
             "2024-03-10", "2024-03-10", SW_GRANULARITY_DAY, TRUE, 0, 1, 3);
  add_event (ex, "Old tariffs", "The old tariffs applied until January",
             NULL, "2024-01", SW_GRANULARITY_MONTH, FALSE, 2, -1, -1);
  add_event (ex, "Cranes replaced", "Nobody knows when the cranes",
             NULL, NULL, SW_GRANULARITY_DAY, FALSE, -1, -1, -1);

  add_quote (ex, "the dockers would wait for a written offer", 1);

  return ex;
}
