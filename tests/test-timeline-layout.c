/* test-timeline-layout.c: entries, lanes, packing and hit testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "sw-time-ticks.h"
#include "sw-timeline-bench.h"
#include "sw-timeline-layout.h"
#include "timeline-fixture.h"

#define DAY 86400.0

static SwTimelineLayout *
fixture_layout (void)
{
  g_autoptr(SwDocument) doc = timeline_fixture_document ();
  g_autoptr(SwExtraction) ex = timeline_fixture_extraction (doc);
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();

  g_ptr_array_add (docs, doc);
  g_ptr_array_add (exs, ex);
  return sw_timeline_layout_new (docs, exs);
}

static SwTimeScale *
fit_scale (SwTimelineLayout *layout,
           double            width)
{
  SwTimeScale *scale = sw_time_scale_new (0, 1, width);
  double s, e;

  g_assert_true (sw_timeline_layout_get_extent (layout, &s, &e));
  sw_time_scale_fit (scale, s, e, 0.03);
  return scale;
}

static const SwTimelineEntry *
entry_labelled (SwTimelineLayout *layout,
                const char       *label)
{
  for (guint i = 0; i < sw_timeline_layout_get_n_entries (layout); i++)
    if (g_str_has_prefix (sw_timeline_layout_get_entry (layout, i)->label, label))
      return sw_timeline_layout_get_entry (layout, i);

  g_assert_not_reached ();
  return NULL;
}

static void
test_parse_dates (void)
{
  const struct {
    const char *value;
    int y0, m0, d0, h0, min0;
    int y1, m1, d1, h1, min1;
    SwGranularity granularity;
  } ok[] = {
    { "2024", 2024, 1, 1, 0, 0, 2025, 1, 1, 0, 0, SW_GRANULARITY_YEAR },
    { "2024-02", 2024, 2, 1, 0, 0, 2024, 3, 1, 0, 0, SW_GRANULARITY_MONTH },
    { "2023-02", 2023, 2, 1, 0, 0, 2023, 3, 1, 0, 0, SW_GRANULARITY_MONTH },
    { "1999-12", 1999, 12, 1, 0, 0, 2000, 1, 1, 0, 0, SW_GRANULARITY_MONTH },
    { "2024-Q2", 2024, 4, 1, 0, 0, 2024, 7, 1, 0, 0, SW_GRANULARITY_MONTH },
    { "2024-W01", 2024, 1, 1, 0, 0, 2024, 1, 8, 0, 0, SW_GRANULARITY_DAY },
    { "2021-W01", 2021, 1, 4, 0, 0, 2021, 1, 11, 0, 0, SW_GRANULARITY_DAY },
    { "2024-02-29", 2024, 2, 29, 0, 0, 2024, 3, 1, 0, 0, SW_GRANULARITY_DAY },
    { "1955-11-05", 1955, 11, 5, 0, 0, 1955, 11, 6, 0, 0, SW_GRANULARITY_DAY },
    { "2024-03-04T18:30", 2024, 3, 4, 18, 30, 2024, 3, 4, 18, 30, SW_GRANULARITY_TIME },
    { "2024-03-04TMO", 2024, 3, 4, 6, 0, 2024, 3, 4, 12, 0, SW_GRANULARITY_TIME },
  };
  const char *bad[] = {
    NULL, "", "PRESENT_REF", "XXXX-03", "20x4", "2024-13", "2023-02-29", "2024-03-04T25:00",
    "2024-Q5", "P1M", "2024-03-04TXX", "0000",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      double s, e;
      SwGranularity g;

      g_assert_true (sw_timeline_parse_date (ok[i].value, &s, &e, &g));
      g_assert_cmpfloat (s, ==, sw_time_from_civil (ok[i].y0, ok[i].m0, ok[i].d0, ok[i].h0, ok[i].min0, 0));
      g_assert_cmpfloat (e, ==, sw_time_from_civil (ok[i].y1, ok[i].m1, ok[i].d1, ok[i].h1, ok[i].min1, 0));
      g_assert_cmpint (g, ==, ok[i].granularity);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      double s, e;

      g_assert_false (sw_timeline_parse_date (bad[i], &s, &e, NULL));
    }
}

static void
test_entries (void)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  const SwTimelineEntry *met, *strike, *plan, *ferry, *vote, *closer, *resume, *tariffs, *wait;
  double t;

  /* Eight dated events (one of them a statement), one statement dated by
   * the article, one event without a date. */
  g_assert_cmpuint (sw_timeline_layout_get_n_entries (layout), ==, 9);
  g_assert_cmpuint (sw_timeline_layout_get_n_undated (layout), ==, 1);

  met = entry_labelled (layout, "Kell and Olsen met");
  g_assert_true (met->point);
  g_assert_cmpfloat (met->start, ==, sw_time_from_civil (2024, 3, 3, 12, 0, 0));
  g_assert_cmpstr (met->date_text, ==, "3 March 2024");
  g_assert_cmpuint (met->actors->len, ==, 2);

  /* A range of days, a year and a month are bars over their extent. */
  strike = entry_labelled (layout, "Dockers' strike");
  g_assert_false (strike->point);
  g_assert_cmpfloat (strike->start, ==, sw_time_from_civil (2024, 2, 12, 0, 0, 0));
  g_assert_cmpfloat (strike->end, ==, sw_time_from_civil (2024, 2, 29, 0, 0, 0));
  g_assert_cmpstr (strike->date_value, ==, "2024-02-12/2024-02-28");

  plan = entry_labelled (layout, "Expansion plan");
  g_assert_false (plan->point);
  g_assert_cmpfloat (plan->end - plan->start, ==, 365 * DAY);

  ferry = entry_labelled (layout, "Ferry contract");
  g_assert_false (ferry->point);
  g_assert_cmpfloat (ferry->start, ==, sw_time_from_civil (2023, 11, 1, 0, 0, 0));
  g_assert_cmpfloat (ferry->end, ==, sw_time_from_civil (2023, 12, 1, 0, 0, 0));
  g_assert_cmpint (ferry->granularity, ==, SW_GRANULARITY_MONTH);

  vote = entry_labelled (layout, "Harbour budget");
  g_assert_true (vote->point);
  g_assert_cmpfloat (vote->start, ==, sw_time_from_civil (2024, 3, 4, 18, 30, 0));

  /* The statement an event dates is drawn once, as a statement. */
  closer = entry_labelled (layout, "Kell: closer");
  g_assert_cmpint (closer->kind, ==, SW_TIMELINE_ITEM_QUOTE);
  g_assert_cmpint (closer->quote, ==, 0);
  g_assert_false (closer->date_inferred);

  resume = entry_labelled (layout, "Talks to resume");
  g_assert_true (resume->approx_start && resume->approx_end);
  g_assert_cmpuint (resume->actors->len, ==, 3);

  /* "until January": the start is open, so it fades. */
  tariffs = entry_labelled (layout, "Old tariffs");
  g_assert_true (tariffs->approx_start);
  g_assert_false (tariffs->approx_end);
  g_assert_cmpfloat (tariffs->end, ==, sw_time_from_civil (2024, 2, 1, 0, 0, 0));
  g_assert_cmpfloat (tariffs->start, <, sw_time_from_civil (2024, 1, 1, 0, 0, 0));

  /* The statement with no date of its own sits on the article's day. */
  wait = entry_labelled (layout, "“the dockers would wait");
  g_assert_cmpint (wait->kind, ==, SW_TIMELINE_ITEM_QUOTE);
  g_assert_true (wait->date_inferred);
  g_assert_true (sw_timeline_layout_get_document_time (layout, 0, &t));
  g_assert_cmpfloat (t, ==, sw_time_from_civil (2024, 3, 5, 0, 0, 0));
  g_assert_cmpfloat (wait->start, ==, t + DAY / 2);
  g_assert_true (sw_timeline_entry_has_actor (wait, 1));
  g_assert_false (sw_timeline_entry_has_actor (wait, 0));

  g_assert_true (sw_timeline_layout_get_extent (layout, &t, NULL));
  g_assert_cmpfloat (t, ==, plan->start);
}

static void
test_lanes (void)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  const SwTimelineLane *lane;
  const SwTimelineEntry *resume = entry_labelled (layout, "Talks to resume");
  guint resume_index = (guint)(resume - sw_timeline_layout_get_entry (layout, 0));
  guint copies = 0;
  g_autoptr(SwTimeScale) scale = fit_scale (layout, 1000);
  double height;

  /* "All events" first, then by activity; the actor without dated
   * entries gets no lane. */
  g_assert_cmpuint (sw_timeline_layout_get_n_lanes (layout), ==, 5);
  lane = sw_timeline_layout_get_lane (layout, 0);
  g_assert_cmpint (lane->actor, ==, -1);
  g_assert_cmpuint (lane->n_entries, ==, 9);
  for (guint i = 2; i < 5; i++)
    g_assert_cmpuint (sw_timeline_layout_get_lane (layout, i - 1)->n_entries, >=,
                      sw_timeline_layout_get_lane (layout, i)->n_entries);
  lane = sw_timeline_layout_get_lane (layout, 1);
  g_assert_cmpstr (lane->name, ==, "Bram Olsen");
  g_assert_cmpuint (lane->n_entries, ==, 4);
  g_assert_cmpint (sw_timeline_layout_find_lane (layout, 4), ==, -1);

  /* An event with three participants is in each of their lanes. */
  for (guint i = 0; i < sw_timeline_layout_get_n_lanes (layout); i++)
    {
      lane = sw_timeline_layout_get_lane (layout, i);
      if (sw_timeline_layout_find_item (layout, resume_index, lane->actor) != NULL)
        copies++;
    }
  g_assert_cmpuint (copies, ==, 4);

  /* Hiding and moving lanes. */
  sw_timeline_layout_update (layout, scale);
  height = sw_timeline_layout_get_height (layout);
  sw_timeline_layout_set_lane_visible (layout, 2, FALSE);
  g_assert_cmpfloat (sw_timeline_layout_get_height (layout), <, height);
  g_assert_cmpfloat (sw_timeline_layout_get_lane (layout, sw_timeline_layout_find_lane (layout, 2))->height, ==, 0);
  sw_timeline_layout_set_lane_visible (layout, 2, TRUE);
  g_assert_cmpfloat (sw_timeline_layout_get_height (layout), ==, height);

  sw_timeline_layout_move_lane (layout, 3, 0);
  g_assert_cmpint (sw_timeline_layout_get_lane (layout, 0)->actor, ==, 3);
  g_assert_cmpfloat (sw_timeline_layout_get_lane (layout, 0)->y, ==, 0);
  g_assert_cmpint (sw_timeline_layout_get_lane (layout, 1)->actor, ==, -1);
  g_assert_cmpfloat (sw_timeline_layout_get_lane (layout, 1)->y, >, 0);
  g_assert_cmpfloat (sw_timeline_layout_get_height (layout), ==, height);
}

static void
test_documents_merged (void)
{
  g_autoptr(SwDocument) doc = timeline_fixture_document ();
  g_autoptr(SwExtraction) ex = timeline_fixture_extraction (doc);
  g_autoptr(SwDocument) doc2 = sw_document_new_from_text ("Second", "Ada Kell spoke again.", -1);
  g_autoptr(SwExtraction) ex2 = sw_extraction_new ();
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();
  g_autoptr(SwTimelineLayout) layout = NULL;
  SwEvent *event = sw_event_new ("Kell spoke again", 0, 21);
  int kell = 1;
  double t;

  sw_document_set_dct (doc2, "1999-05-01", SW_DCT_SOURCE_OPTION);
  g_ptr_array_add (ex2->actors, sw_actor_new ("Someone else", SW_ACTOR_PERSON));
  g_ptr_array_add (ex2->actors, sw_actor_new ("ADA KELL", SW_ACTOR_PERSON));
  event->date_from = g_strdup ("1999-05");
  event->date_to = g_strdup ("1999-05");
  event->granularity = SW_GRANULARITY_MONTH;
  g_array_append_val (event->actors, kell);
  g_ptr_array_add (ex2->events, event);

  g_ptr_array_add (docs, doc);
  g_ptr_array_add (docs, doc2);
  g_ptr_array_add (exs, ex);
  g_ptr_array_add (exs, ex2);
  layout = sw_timeline_layout_new (docs, exs);

  /* The same name in two articles is one actor, one lane. */
  g_assert_cmpuint (sw_timeline_layout_get_n_documents (layout), ==, 2);
  g_assert_cmpint (sw_timeline_layout_map_actor (layout, 0, 0), ==, 0);
  g_assert_cmpint (sw_timeline_layout_map_actor (layout, 1, 1), ==, 0);
  g_assert_cmpint (sw_timeline_layout_map_actor (layout, 1, 0), ==, 5);
  g_assert_cmpint (sw_timeline_layout_map_actor (layout, 1, 7), ==, -1);
  g_assert_cmpuint (sw_timeline_layout_get_lane (layout, sw_timeline_layout_find_lane (layout, 0))->n_entries, ==, 4);
  g_assert_cmpuint (sw_timeline_layout_get_n_entries (layout), ==, 10);
  g_assert_cmpuint (entry_labelled (layout, "Kell spoke again")->document, ==, 1);

  g_assert_true (sw_timeline_layout_get_document_time (layout, 1, &t));
  g_assert_true (sw_timeline_layout_get_extent (layout, &t, NULL));
  g_assert_cmpfloat (t, ==, sw_time_from_civil (1999, 5, 1, 0, 0, 0));
}

/* A statement's label is set in double marks; the marks of a quotation
 * inside it become single ones. */
static void
test_nested_marks_label (void)
{
  const char *text = "She called the deal “a first step” and said \"no more\".";
  g_autoptr(SwDocument) doc = sw_document_new_from_text ("Marks", text, -1);
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();
  g_autoptr(SwTimelineLayout) layout = NULL;
  SwQuote *quote = sw_quote_new (SW_QUOTE_MIXED);

  sw_document_set_dct (doc, "2025-03-04", SW_DCT_SOURCE_OPTION);
  quote->content.start = strstr (text, "the deal") - text;
  quote->content.end = strstr (text, ".") - text;
  g_ptr_array_add (ex->quotes, quote);
  g_ptr_array_add (docs, doc);
  g_ptr_array_add (exs, ex);
  layout = sw_timeline_layout_new (docs, exs);

  g_assert_cmpuint (sw_timeline_layout_get_n_entries (layout), ==, 1);
  g_assert_cmpstr (sw_timeline_layout_get_entry (layout, 0)->label, ==,
                   "“the deal ‘a first step’ and said 'no more'”");
}

static void
test_filter (void)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  g_autoptr(SwTimeScale) scale = fit_scale (layout, 1000);
  const SwTimelineLane *all;
  guint packed;

  sw_timeline_layout_set_filter (layout, FALSE, TRUE, NULL);
  sw_timeline_layout_update (layout, scale);
  all = sw_timeline_layout_get_lane (layout, 0);
  packed = 0;
  for (guint i = 0; i < all->items->len; i++)
    packed += g_array_index (all->items, SwTimelineItem, i).packed;
  g_assert_cmpuint (packed, ==, 2);

  sw_timeline_layout_set_filter (layout, TRUE, TRUE, "FERRY");
  sw_timeline_layout_update (layout, scale);
  packed = 0;
  for (guint i = 0; i < all->items->len; i++)
    packed += g_array_index (all->items, SwTimelineItem, i).packed;
  g_assert_cmpuint (packed, ==, 1);

  /* The date as written matches too. */
  sw_timeline_layout_set_filter (layout, TRUE, TRUE, "3 march");
  sw_timeline_layout_update (layout, scale);
  packed = 0;
  for (guint i = 0; i < all->items->len; i++)
    packed += g_array_index (all->items, SwTimelineItem, i).packed;
  g_assert_cmpuint (packed, ==, 1);

  /* Actor names match too. */
  sw_timeline_layout_set_filter (layout, TRUE, TRUE, "olsen");
  sw_timeline_layout_update (layout, scale);
  packed = 0;
  for (guint i = 0; i < all->items->len; i++)
    packed += g_array_index (all->items, SwTimelineItem, i).packed;
  g_assert_cmpuint (packed, ==, 4);
}

/* In every lane, items of one row never overlap, gap included, and every
 * item is either in a row or counted in the density strip. */
static void
assert_packed (SwTimelineLayout  *layout,
               const SwTimeScale *scale)
{
  const SwTimelineMetrics *m = sw_timeline_layout_get_metrics (layout);

  sw_timeline_layout_update (layout, scale);

  for (guint l = 0; l < sw_timeline_layout_get_n_lanes (layout); l++)
    {
      const SwTimelineLane *lane = sw_timeline_layout_get_lane (layout, l);
      guint max_rows = lane->expanded ? SW_TIMELINE_MAX_ROWS : m->max_rows;
      g_autofree double *row_end = g_new (double, max_rows);
      guint packed = 0, aggregated = 0;

      for (guint r = 0; r < max_rows; r++)
        row_end[r] = -INFINITY;

      for (guint i = 0; i < lane->items->len; i++)
        {
          const SwTimelineItem *item = &g_array_index (lane->items, SwTimelineItem, i);

          if (!item->packed)
            continue;

          g_assert_cmpuint (item->row, <, lane->n_rows);
          g_assert_cmpfloat (item->x0, >=, row_end[item->row] + m->item_gap);
          g_assert_cmpfloat (item->x1, >, item->x0);
          row_end[item->row] = item->x1;
          packed++;
        }

      for (guint i = 0; i < lane->aggregates->len; i++)
        aggregated += g_array_index (lane->aggregates, SwTimelineItem, i).count;

      g_assert_cmpuint (aggregated, ==, lane->n_aggregated);
      g_assert_cmpuint (packed + aggregated, ==, lane->n_entries);
      g_assert_cmpuint (lane->n_rows, <=, max_rows);
    }
}

static void
test_packing (void)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  g_autoptr(SwTimeScale) scale = fit_scale (layout, 1000);
  const SwTimelineLane *all = sw_timeline_layout_get_lane (layout, 0);
  g_autofree guint *rows = NULL;

  for (int i = 0; i < 12; i++)
    {
      assert_packed (layout, scale);
      sw_time_scale_zoom (scale, 1.8, 900);
    }

  /* At a fit view of the fixture nothing needs summarising, and the
   * overlapping items of "All events" take more than one row. */
  sw_time_scale_free (g_steal_pointer (&scale));
  scale = fit_scale (layout, 1000);
  sw_timeline_layout_update (layout, scale);
  g_assert_cmpuint (all->n_aggregated, ==, 0);
  g_assert_cmpuint (all->n_rows, >, 1);

  /* Panning never moves an item to another row. */
  rows = g_new (guint, all->items->len);
  for (guint i = 0; i < all->items->len; i++)
    rows[i] = g_array_index (all->items, SwTimelineItem, i).row;
  sw_time_scale_pan (scale, 333.3);
  sw_timeline_layout_update (layout, scale);
  for (guint i = 0; i < all->items->len; i++)
    g_assert_cmpuint (g_array_index (all->items, SwTimelineItem, i).row, ==, rows[i]);
}

static void
test_packing_dense (void)
{
  g_autoptr(SwExtraction) ex = sw_timeline_bench_make_extraction (20000, 20, 30, 7);
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();
  g_autoptr(SwTimelineLayout) layout = NULL;
  g_autoptr(SwTimeScale) scale = NULL;
  const SwTimelineLane *all;

  g_ptr_array_add (exs, ex);
  layout = sw_timeline_layout_new (NULL, exs);
  scale = fit_scale (layout, 1600);

  g_assert_cmpuint (sw_timeline_layout_get_n_lanes (layout), ==, 21);
  assert_packed (layout, scale);

  /* Twenty thousand events over thirty years cannot all have a row: the
   * rest becomes the density strip, and zooming in frees them. */
  all = sw_timeline_layout_get_lane (layout, 0);
  g_assert_cmpuint (all->n_aggregated, >, 10000);
  for (int i = 0; i < 4; i++)
    {
      guint before = all->n_aggregated;

      sw_time_scale_zoom (scale, 4, 800);
      assert_packed (layout, scale);
      g_assert_cmpuint (all->n_aggregated, <, before);
    }
}

static void
test_lookup (void)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  g_autoptr(SwTimeScale) scale = fit_scale (layout, 1000);
  const SwTimelineMetrics *m = sw_timeline_layout_get_metrics (layout);
  guint checked = 0;

  for (int zoom = 0; zoom < 3; zoom++)
    {
      sw_timeline_layout_update (layout, scale);

      for (guint l = 0; l < sw_timeline_layout_get_n_lanes (layout); l++)
        {
          const SwTimelineLane *lane = sw_timeline_layout_get_lane (layout, l);

          for (guint i = 0; i < lane->items->len; i++)
            {
              const SwTimelineItem *item = &g_array_index (lane->items, SwTimelineItem, i);
              const SwTimelineItem *hit;
              double x, y, w, h;

              if (!item->packed)
                continue;

              g_assert_true (sw_timeline_layout_get_item_rect (layout, scale, item, &x, &y, &w, &h));
              if (x + w / 2 < 0 || x + w / 2 > sw_time_scale_get_width (scale))
                continue;

              hit = sw_timeline_layout_lookup_item (layout, scale, x + w / 2, y + h / 2);
              g_assert_true (hit == item);
              checked++;
            }
        }

      sw_time_scale_zoom (scale, 6, 940);
    }
  g_assert_cmpuint (checked, >, 20);

  /* The axis, lane headers and empty space answer nothing. */
  sw_time_scale_free (g_steal_pointer (&scale));
  scale = fit_scale (layout, 1000);
  g_assert_null (sw_timeline_layout_lookup_item (layout, scale, 500, 10));
  g_assert_null (sw_timeline_layout_lookup_item (layout, scale, 500, m->axis_height + 3));
  g_assert_null (sw_timeline_layout_lookup_item (layout, scale, 500, sw_timeline_layout_get_height (layout) + 50));
  g_assert_null (sw_timeline_layout_lookup_item (layout, scale, 2, m->axis_height + m->lane_header + m->row_height * 1.5));
}

/* Where a point touches a bar, the point wins: it is the harder target. */
static void
test_lookup_small_first (void)
{
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();
  g_autoptr(SwTimelineLayout) layout = NULL;
  g_autoptr(SwTimeScale) scale = NULL;
  SwTimelineMetrics metrics;
  SwEvent *bar = sw_event_new ("January", 0, 1);
  SwEvent *point = sw_event_new ("First of February", 2, 3);
  const SwTimelineItem *hit, *bar_item = NULL, *point_item = NULL;
  const SwTimelineLane *all;
  double feb = sw_time_from_civil (2024, 2, 1, 0, 0, 0);
  double x, y, w, h, spp;

  bar->date_from = g_strdup ("2024-01");
  bar->granularity = SW_GRANULARITY_MONTH;
  point->date_from = g_strdup ("2024-02-01");
  g_ptr_array_add (ex->events, bar);
  g_ptr_array_add (ex->events, point);
  g_ptr_array_add (exs, ex);
  layout = sw_timeline_layout_new (NULL, exs);

  sw_timeline_metrics_init (&metrics);
  metrics.item_gap = 0;
  sw_timeline_layout_set_metrics (layout, &metrics);

  /* Half a day is six pixels: the point's disc starts a pixel after the
   * bar ends, so both share the row. */
  spp = DAY / 2 / 6;
  scale = sw_time_scale_new (feb - 500 * spp, feb + 500 * spp, 1000);
  sw_timeline_layout_update (layout, scale);
  all = sw_timeline_layout_get_lane (layout, 0);
  g_assert_cmpuint (all->n_rows, ==, 1);

  for (guint i = 0; i < all->items->len; i++)
    {
      const SwTimelineItem *item = &g_array_index (all->items, SwTimelineItem, i);

      if (sw_timeline_layout_get_entry (layout, item->entry)->point)
        point_item = item;
      else
        bar_item = item;
    }
  g_assert_nonnull (bar_item);
  g_assert_nonnull (point_item);

  g_assert_true (sw_timeline_layout_get_item_rect (layout, scale, bar_item, &x, &y, &w, &h));
  g_assert_cmpfloat_with_epsilon (x + w, 500, 1e-6);

  hit = sw_timeline_layout_lookup_item (layout, scale, 499.5, y + h / 2);
  g_assert_true (hit == point_item);
  hit = sw_timeline_layout_lookup_item (layout, scale, 480, y + h / 2);
  g_assert_true (hit == bar_item);
}

static void
test_lookup_aggregate (void)
{
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();
  g_autoptr(SwTimelineLayout) layout = NULL;
  g_autoptr(SwTimeScale) scale = NULL;
  const SwTimelineMetrics *m;
  const SwTimelineLane *all;
  const SwTimelineItem *hit;
  double day = sw_time_from_civil (1968, 8, 20, 0, 0, 0);
  double x, y, w, h;

  for (int i = 0; i < 500; i++)
    {
      SwEvent *event = sw_event_new ("Same day", 0, 1);

      event->date_from = g_strdup ("1968-08-20");
      g_ptr_array_add (ex->events, event);
    }
  g_ptr_array_add (exs, ex);
  layout = sw_timeline_layout_new (NULL, exs);
  m = sw_timeline_layout_get_metrics (layout);
  scale = sw_time_scale_new (day - 30 * DAY, day + 30 * DAY, 600);
  sw_timeline_layout_update (layout, scale);

  all = sw_timeline_layout_get_lane (layout, 0);
  g_assert_cmpuint (all->n_rows, ==, m->max_rows);
  g_assert_cmpuint (all->n_aggregated, ==, 500 - m->max_rows);
  g_assert_cmpuint (all->aggregates->len, ==, 1);

  g_assert_true (sw_timeline_layout_get_item_rect (layout, scale, &g_array_index (all->aggregates, SwTimelineItem, 0),
                                                   &x, &y, &w, &h));
  hit = sw_timeline_layout_lookup_item (layout, scale, x + w / 2, y + h / 2);
  g_assert_nonnull (hit);
  g_assert_cmpint (hit->kind, ==, SW_TIMELINE_ITEM_AGGREGATE);
  g_assert_cmpuint (hit->count, ==, 500 - m->max_rows);
  g_assert_cmpfloat (hit->start, <=, day + DAY / 2);
  g_assert_cmpfloat (hit->end, >=, day + DAY / 2);

  /* No zoom pulls apart items of the same day; expanding the lane does,
   * up to its limit. */
  g_assert_cmpint (sw_timeline_layout_lookup_lane (layout, y + h / 2, NULL), ==, 0);
  sw_timeline_layout_set_lane_expanded (layout, -1, TRUE);
  assert_packed (layout, scale);
  g_assert_cmpuint (all->n_rows, ==, SW_TIMELINE_MAX_ROWS);
  g_assert_cmpuint (all->n_aggregated, ==, 500 - SW_TIMELINE_MAX_ROWS);
  g_assert_cmpfloat (sw_timeline_layout_get_height (layout), >, SW_TIMELINE_MAX_ROWS * m->row_height);
}

static void
test_lookup_lane (void)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  g_autoptr(SwTimeScale) scale = fit_scale (layout, 1000);
  const SwTimelineMetrics *m = sw_timeline_layout_get_metrics (layout);
  gboolean header = FALSE;

  sw_timeline_layout_update (layout, scale);
  g_assert_cmpint (sw_timeline_layout_lookup_lane (layout, 5, NULL), ==, -1);
  g_assert_cmpint (sw_timeline_layout_lookup_lane (layout, m->axis_height + 2, &header), ==, 0);
  g_assert_true (header);

  for (guint i = 0; i < sw_timeline_layout_get_n_lanes (layout); i++)
    {
      const SwTimelineLane *lane = sw_timeline_layout_get_lane (layout, i);

      g_assert_cmpint (sw_timeline_layout_lookup_lane (layout, m->axis_height + lane->y + m->lane_header + 1, &header),
                       ==, (int)i);
      g_assert_false (header);
    }

  g_assert_cmpint (sw_timeline_layout_lookup_lane (layout, sw_timeline_layout_get_height (layout) + 1, NULL), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timeline-layout/parse-dates", test_parse_dates);
  g_test_add_func ("/timeline-layout/entries", test_entries);
  g_test_add_func ("/timeline-layout/lanes", test_lanes);
  g_test_add_func ("/timeline-layout/documents-merged", test_documents_merged);
  g_test_add_func ("/timeline-layout/nested-marks-label", test_nested_marks_label);
  g_test_add_func ("/timeline-layout/filter", test_filter);
  g_test_add_func ("/timeline-layout/packing", test_packing);
  g_test_add_func ("/timeline-layout/packing-dense", test_packing_dense);
  g_test_add_func ("/timeline-layout/lookup", test_lookup);
  g_test_add_func ("/timeline-layout/lookup-small-first", test_lookup_small_first);
  g_test_add_func ("/timeline-layout/lookup-aggregate", test_lookup_aggregate);
  g_test_add_func ("/timeline-layout/lookup-lane", test_lookup_lane);
  return g_test_run ();
}
