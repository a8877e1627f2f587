/* test-events.c: dated events from sentences of our own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sw-document.h"
#include "sw-extract.h"
#include "sw-timex.h"

static SwExtraction *
extract (const char *text,
         const char *dct)
{
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, text, -1);

  if (dct != NULL)
    sw_document_set_dct (doc, dct, SW_DCT_SOURCE_OPTION);
  return sw_extract (doc, NULL);
}

static const SwEvent *
event_at (SwExtraction *ex,
          const char   *text,
          const char   *words)
{
  guint start = strstr (text, words) - text;

  for (guint i = 0; i < ex->events->len; i++)
    {
      const SwEvent *e = g_ptr_array_index (ex->events, i);

      if (e->span.start <= start && start < e->span.end)
        return e;
    }
  return NULL;
}

static void
test_dated_clause (void)
{
  const char *text = "The mayor, after a long meeting with union leaders on Monday, agreed to "
                     "reopen the depot, but refused to raise wages.";
  g_autoptr(SwExtraction) ex = extract (text, "2025-03-18");
  const SwEvent *e = event_at (ex, text, "agreed");

  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2025-03-17");
  g_assert_cmpint (e->granularity, ==, SW_GRANULARITY_DAY);
  g_assert_cmpstr (e->label, ==, "The mayor agreed to reopen the depot");
  g_assert_false (e->approx);
  g_assert_cmpint (e->timex, ==, 0);
}

static void
test_reporting_frame (void)
{
  const char *text = "A spokesperson said the ferry would resume on Sunday from the north pier.";
  g_autoptr(SwExtraction) ex = extract (text, "2025-03-18");
  const SwEvent *e = event_at (ex, text, "ferry");

  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2025-03-23");
  g_assert_cmpstr (e->label, ==, "the ferry would resume from the north pier");
}

static void
test_relative_pronoun (void)
{
  const char *text = "Okafor, who landed in Lisbon on Tuesday for a two-day visit, "
                     "said the deal was close.";
  g_autoptr(SwExtraction) ex = extract (text, "2025-03-20");
  const SwEvent *e = event_at (ex, text, "landed");

  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2025-03-18");
  g_assert_true (g_str_has_prefix (e->label, "Okafor landed in Lisbon"));
}

static void
test_since (void)
{
  const char *text = "Since the flood in 2019, the village has rebuilt most of its homes.";
  g_autoptr(SwExtraction) ex = extract (text, "2025-03-18");
  const SwEvent *e = event_at (ex, text, "flood");

  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2019");
  g_assert_cmpint (e->granularity, ==, SW_GRANULARITY_YEAR);
  g_assert_cmpstr (e->label, ==, "the flood");
}

/* "since October 1982" right before a date: a state that has lasted since,
 * not a happening then, so nothing goes on the timeline at 1982 */
static void
test_since_date (void)
{
  const char *text = "The index has not been this low since October 1982. "
                     "Prices would recover in January.";
  g_autoptr(SwExtraction) ex = extract (text, "2008-10-10");
  const SwEvent *e;

  g_assert_null (event_at (ex, text, "this low"));
  /* and a date at the end of a clause leaves no space behind the label */
  e = event_at (ex, text, "Prices");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "Prices would recover");
}

/* A range's dates leave neither their "between" nor their "and" behind */
static void
test_range_label (void)
{
  const char *text = "The trial covers 18,000 children vaccinated between 2021 and 2023 in Kenya. "
                     "The firm fired 300 workers from 2011 to 2015 for fraud.";
  g_autoptr(SwExtraction) ex = extract (text, "2024-11-19");
  const SwEvent *e;

  e = event_at (ex, text, "The trial");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "The trial covers 18,000 children vaccinated in Kenya");
  e = event_at (ex, text, "The firm");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "The firm fired 300 workers for fraud");
}

/* A date between "a" and its noun stays in the label ("a agreement"
 * would not read); after "the" it goes */
static void
test_attributive_date_label (void)
{
  const char *text = "A 2009 agreement was never ratified. She had to leave a Sept. 11 memorial event early. "
                     "The 2016 election was close.";
  g_autoptr(SwExtraction) ex = extract (text, "2025-03-04");
  const SwEvent *e;

  e = event_at (ex, text, "A 2009");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "A 2009 agreement was never ratified");
  e = event_at (ex, text, "She had");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "She had to leave a Sept. 11 memorial event early");
  e = event_at (ex, text, "The 2016");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "The election was close");
}

static void
test_extent (void)
{
  const char *text = "On Tuesday the two sides agreed to halt shelling for about a month.";
  g_autoptr(SwExtraction) ex = extract (text, "2025-03-18");
  const SwEvent *e = event_at (ex, text, "agreed");

  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2025-03-18");
  g_assert_cmpstr (e->date_to, ==, "2025-04-18");
  g_assert_true (e->approx);
}

static void
test_undated_clauses (void)
{
  /* nothing here has a date of its own: nothing goes on the timeline */
  const char *text = "The council met again. Members argued about the budget for hours. "
                     "No decision was taken.";
  g_autoptr(SwExtraction) ex = extract (text, "2025-03-18");

  g_assert_cmpuint (ex->events->len, ==, 0);
}

static void
test_underspecified (void)
{
  /* without a reference date "Tuesday" has no calendar day: no event */
  const char *text = "The minister resigned on Tuesday after the vote.";
  g_autoptr(SwExtraction) ex = extract (text, NULL);

  g_assert_cmpuint (ex->timexes->len, ==, 1);
  g_assert_cmpuint (ex->events->len, ==, 0);
}

static void
test_month_granularity (void)
{
  const char *text = "The plant closed in early 2024 after years of losses.";
  g_autoptr(SwExtraction) ex = extract (text, "2025-03-18");
  const SwEvent *e = event_at (ex, text, "closed");

  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2024");
  g_assert_cmpint (e->granularity, ==, SW_GRANULARITY_YEAR);
  g_assert_true (e->approx);
}

/* What calendar stretch each TIMEX3 value covers on the timeline */
static void
test_value_ranges (void)
{
  static const struct { const char *value; const char *from; const char *to; SwGranularity g; } cases[] = {
    { "2025-03-18", "2025-03-18", "2025-03-18", SW_GRANULARITY_DAY },
    { "2025-03-18T15:30", "2025-03-18", "2025-03-18", SW_GRANULARITY_TIME },
    { "2025-03", "2025-03", "2025-03", SW_GRANULARITY_MONTH },
    { "2025", "2025", "2025", SW_GRANULARITY_YEAR },
    { "2024-Q3", "2024-07", "2024-09", SW_GRANULARITY_MONTH },
    { "2024-H2", "2024-07", "2024-12", SW_GRANULARITY_MONTH },
    { "2025-W44", "2025-10-27", "2025-11-02", SW_GRANULARITY_DAY },   /* "last week" from 5 Nov 2025 */
    { "2026-W01", "2025-12-29", "2026-01-04", SW_GRANULARITY_DAY },   /* a week that starts the year before */
    { "2020-W53", "2020-12-28", "2021-01-03", SW_GRANULARITY_DAY },
    { "2024-W48-WE", "2024-11-30", "2024-12-01", SW_GRANULARITY_DAY }, /* "next weekend" from 24 Nov 2024 */
    { "2024-SU", "2024-06", "2024-08", SW_GRANULARITY_MONTH },
    { "2024-WI", "2024-12", "2025-02", SW_GRANULARITY_MONTH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      SwGranularity g;

      g_assert_true (sw_timex_value_range (cases[i].value, &from, &to, &g));
      g_assert_cmpstr (from, ==, cases[i].from);
      g_assert_cmpstr (to, ==, cases[i].to);
      g_assert_cmpint (g, ==, cases[i].g);
    }

  {
    g_autofree char *from = NULL;
    g_autofree char *to = NULL;
    SwGranularity g;

    g_assert_false (sw_timex_value_range ("PRESENT_REF", &from, &to, &g));
    g_assert_false (sw_timex_value_range ("XXXX-03-18", &from, &to, &g));
    g_assert_false (sw_timex_value_range ("2025-XX-XXTMO", &from, &to, &g));
  }
}

/* Clauses are found by binary search over boundaries of the whole text:
 * a date far into a long document, after many others, still gets the
 * clause it sits in, and its own duration for an extent. */
static void
test_far_into_text (void)
{
  GString *t = g_string_new (NULL);
  g_autoptr(SwExtraction) ex = NULL;
  g_autofree char *text = NULL;
  const SwEvent *e;

  for (guint i = 0; i < 400; i++)
    g_string_append (t, "The pier was repaired on Monday, and the cranes were tested for two days. ");
  g_string_append (t, "The ferry sailed on Friday for about a week; the port stayed shut.");
  text = g_string_free (t, FALSE);
  ex = extract (text, "2025-03-18");

  e = event_at (ex, text, "The ferry sailed");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "The ferry sailed");
  g_assert_cmpstr (e->date_from, ==, "2025-03-14");
  g_assert_cmpstr (e->date_to, ==, "2025-03-21");
  g_assert_true (e->approx);
  g_assert_cmpuint (e->span.end, ==, strstr (text, "; the port") - text);
}

/* A length or a repetition inside the event stays in its label; its
 * extent after "for" does not, and a label is not cut inside a length.
 * "said in a statement that" is all frame. */
static void
test_lengths_in_labels (void)
{
  const char *text = "The mayor was sentenced on Wednesday to six years in prison.\n"
                     "On Monday the port agreed a 90-day pause on the cranes.\n"
                     "The ferry sailed on Friday for about a week.\n"
                     "On Tuesday the union and the company at the port agreed to pause ninety days of work.\n"
                     "On Thursday the ministry said in a statement that it would extend the hotline.\n";
  g_autoptr(SwExtraction) ex = extract (text, "2025-03-18");
  const SwEvent *e;

  e = event_at (ex, text, "The mayor was sentenced");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "The mayor was sentenced to six years in prison");
  e = event_at (ex, text, "the port agreed");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "the port agreed a 90-day pause on the cranes");
  e = event_at (ex, text, "The ferry sailed");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "The ferry sailed");
  /* how it was said belongs to the reporting frame */
  e = event_at (ex, text, "the ministry said");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "it would extend the hotline");
  /* a dozen words end inside "ninety days": the label stops before it */
  e = event_at (ex, text, "the union and the company");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "the union and the company at the port agreed to pause");
}

/* A length past any calendar leaves the event where it starts (found by
 * fuzzing: GLib's dates end at year 65535 and refused to add it). */
static void
test_endless_extent (void)
{
  const char *text = "The ferry sailed on Friday for 20000000 years. The pier closed on Monday for 90000000 days.";
  g_autoptr(SwExtraction) ex = extract (text, "2025-03-18");
  const SwEvent *e = event_at (ex, text, "The ferry sailed");

  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2025-03-14");
  g_assert_cmpstr (e->date_to, ==, "2025-03-14");
  e = event_at (ex, text, "The pier closed");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_to, ==, "2025-03-17");
}

/* A dateline before a dash dates nothing; the clause after it has its own
 * date. A stamp ("UPDATE, 14:20 —") dates the clause after it. A number's
 * comma parts no clause, and a label ends on no "after". */
static void
test_dateline_and_stamp (void)
{
  const char *text = "PORT AVERLEY, Wednesday 5 November 2025 (Harbour Wire) — Dockworkers will return "
                     "to the cranes on Thursday after their union reached a deal.\n"
                     "About 1,200 guild members walked off the job on Monday.\n"
                     "UPDATE, 14:20 — THE GUILD SAID ITS MEMBERS HAD APPROVED THE DEAL BY 812 VOTES.\n";
  g_autoptr(SwExtraction) ex = extract (text, "2025-11-05");
  const SwEvent *e;

  e = event_at (ex, text, "Dockworkers");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2025-11-06");
  g_assert_cmpstr (e->label, ==, "Dockworkers will return to the cranes after their union reached a deal");
  g_assert_null (event_at (ex, text, "PORT AVERLEY"));

  e = event_at (ex, text, "guild members");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->label, ==, "About 1,200 guild members walked off the job");

  e = event_at (ex, text, "ITS MEMBERS");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2025-11-05");
  g_assert_nonnull (strstr (e->label, "APPROVED THE DEAL"));
}

/* A wire dateline with a hyphen, "(Agency) - ", in the same sentence as
 * the story's own date: the story's date wins; without one, the
 * dateline's date dates the story. */
static void
test_wire_dateline (void)
{
  const char *text = "NORTH HAVEN, Maine, Jan. 14, 2026 (Coast Wire) - Velmora Holdings said on Tuesday "
                     "it would cut 400 jobs.\n\n"
                     "SOUTH HAVEN, Maine, Jan. 14, 2026 (Coast Wire) - Corvane Lines closed two routes.\n";
  g_autoptr(SwExtraction) ex = extract (text, "2026-01-14");
  const SwEvent *e;

  e = event_at (ex, text, "cut 400 jobs");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2026-01-13");
  g_assert_nonnull (strstr (e->label, "cut 400 jobs"));

  e = event_at (ex, text, "closed two routes");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->date_from, ==, "2026-01-14");
  g_assert_cmpstr (e->label, ==, "Corvane Lines closed two routes");

  for (guint i = 0; i < ex->events->len; i++)
    g_assert_null (strstr (((SwEvent *)g_ptr_array_index (ex->events, i))->label, "HAVEN"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/events/dated-clause", test_dated_clause);
  g_test_add_func ("/events/value-ranges", test_value_ranges);
  g_test_add_func ("/events/reporting-frame", test_reporting_frame);
  g_test_add_func ("/events/relative-pronoun", test_relative_pronoun);
  g_test_add_func ("/events/since", test_since);
  g_test_add_func ("/events/since-date", test_since_date);
  g_test_add_func ("/events/dateline-and-stamp", test_dateline_and_stamp);
  g_test_add_func ("/events/wire-dateline", test_wire_dateline);
  g_test_add_func ("/events/range-label", test_range_label);
  g_test_add_func ("/events/attributive-date-label", test_attributive_date_label);
  g_test_add_func ("/events/extent", test_extent);
  g_test_add_func ("/events/undated", test_undated_clauses);
  g_test_add_func ("/events/underspecified", test_underspecified);
  g_test_add_func ("/events/month-granularity", test_month_granularity);
  g_test_add_func ("/events/far-into-text", test_far_into_text);
  g_test_add_func ("/events/endless-extent", test_endless_extent);
  g_test_add_func ("/events/lengths-in-labels", test_lengths_in_labels);

  return g_test_run ();
}
