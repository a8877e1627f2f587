/* sw-timeline-bench.c: how fast the timeline lays out and paints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures of issue 5: at least 100,000 synthetic events over 50 actors
 * and 30 years, laid out for a 1600-pixel view, then painted whole into a
 * 1600x900 image again and again; the median frame is what a user feels.
 */
#define G_LOG_DOMAIN "sw-timeline-bench"

#include "config.h"

#include <math.h>

#include "sw-time-ticks.h"
#include "sw-timeline-bench.h"
#include "sw-timeline-layout.h"
#include "sw-timeline-painter.h"

#define BENCH_EVENTS 100000
#define BENCH_ACTORS 50
#define BENCH_YEARS 30
#define BENCH_FRAMES 15

/**
 * sw_timeline_bench_make_extraction:
 *
 * Returns: (transfer full): @n_events events from 1995 on over @n_years,
 * mostly days, some months, years and ranges, a few approximate, each
 * with one to three of @n_actors actors (skewed, so some are busier), and
 * one in ten a statement. The same @seed gives the same data.
 */
SwExtraction *
sw_timeline_bench_make_extraction (guint   n_events,
                                   guint   n_actors,
                                   guint   n_years,
                                   guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  SwExtraction *ex = sw_extraction_new ();

  for (guint a = 0; a < n_actors; a++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %02u", a + 1);
      g_ptr_array_add (ex->actors, sw_actor_new (name, SW_ACTOR_PERSON));
    }

  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *label = g_strdup_printf ("Event %u", i + 1);
      SwEvent *event = sw_event_new (label, i * 10, i * 10 + 8);
      int year = 1995 + g_rand_int_range (rand, 0, (gint32)n_years);
      int month = g_rand_int_range (rand, 1, 13);
      int day = g_rand_int_range (rand, 1, 29);
      double kind = g_rand_double (rand);
      guint n = (guint)g_rand_int_range (rand, 1, 4);

      if (kind < 0.70)
        {
          event->date_from = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
          event->granularity = SW_GRANULARITY_DAY;
        }
      else if (kind < 0.85)
        {
          event->date_from = g_strdup_printf ("%04d-%02d", year, month);
          event->granularity = SW_GRANULARITY_MONTH;
        }
      else if (kind < 0.92)
        {
          event->date_from = g_strdup_printf ("%04d", year);
          event->granularity = SW_GRANULARITY_YEAR;
        }
      else
        {
          int to_day = MIN (28, day + g_rand_int_range (rand, 1, 20));

          event->date_from = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
          event->date_to = g_strdup_printf ("%04d-%02d-%02d", year, month, to_day);
          event->granularity = SW_GRANULARITY_DAY;
        }
      event->date_to = event->date_to != NULL ? event->date_to : g_strdup (event->date_from);
      event->approx = g_rand_double (rand) < 0.05;

      for (guint k = 0; k < n; k++)
        {
          /* Squaring skews the choice towards the first actors. */
          double r = g_rand_double (rand);
          int actor = (int)(r * r * n_actors);

          g_array_append_val (event->actors, actor);
        }

      if (i % 10 == 0)
        {
          SwQuote *quote = sw_quote_new (SW_QUOTE_DIRECT);

          g_array_append_val (quote->speakers, g_array_index (event->actors, int, 0));
          g_ptr_array_add (ex->quotes, quote);
          event->quote = (int)ex->quotes->len - 1;
        }

      g_ptr_array_add (ex->events, event);
    }

  return ex;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : (x > y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void
sw_timeline_bench_run (SwTimelineBenchResult *result)
{
  g_autoptr(SwExtraction) ex = sw_timeline_bench_make_extraction (BENCH_EVENTS, BENCH_ACTORS, BENCH_YEARS, 5);
  g_autoptr(GPtrArray) extractions = g_ptr_array_new ();
  g_autoptr(SwTimelineLayout) layout = NULL;
  g_autoptr(SwTimeScale) scale = NULL;
  SwTimelinePaintOptions opts;
  cairo_surface_t *surface;
  double frames[BENCH_FRAMES], pans[BENCH_FRAMES];
  double start, end;
  gint64 t0;

  g_return_if_fail (result != NULL);

  g_ptr_array_add (extractions, ex);

  t0 = g_get_monotonic_time ();
  layout = sw_timeline_layout_new (NULL, extractions);
  sw_timeline_layout_get_extent (layout, &start, &end);
  scale = sw_time_scale_new (0, 1, 1600);
  sw_time_scale_fit (scale, start, end, 0.02);
  sw_timeline_layout_update (layout, scale);
  result->layout_ms = (g_get_monotonic_time () - t0) / 1000.0;
  result->events = BENCH_EVENTS;
  result->actors = BENCH_ACTORS;

  sw_timeline_paint_options_init (&opts);
  opts.height = 900;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 900);

  /* One frame to warm the font caches, as a running app has. */
  for (int i = -1; i < BENCH_FRAMES; i++)
    {
      cairo_t *cr = cairo_create (surface);

      t0 = g_get_monotonic_time ();
      sw_timeline_paint (cr, layout, scale, &opts);
      cairo_surface_flush (surface);
      if (i >= 0)
        frames[i] = (g_get_monotonic_time () - t0) / 1000.0;
      cairo_destroy (cr);
    }

  /* Zoomed in to a year, panning a tenth of the view per frame. */
  sw_time_scale_fit (scale, start + (end - start) / 2, start + (end - start) / 2 + 365 * 86400.0, 0);
  for (int i = -1; i < BENCH_FRAMES; i++)
    {
      cairo_t *cr = cairo_create (surface);

      sw_time_scale_pan (scale, -160);
      t0 = g_get_monotonic_time ();
      sw_timeline_paint (cr, layout, scale, &opts);
      cairo_surface_flush (surface);
      if (i >= 0)
        pans[i] = (g_get_monotonic_time () - t0) / 1000.0;
      cairo_destroy (cr);
    }

  cairo_surface_destroy (surface);

  result->frame_ms = median (frames, BENCH_FRAMES);
  result->pan_frame_ms = median (pans, BENCH_FRAMES);
}

/* Adds timeline_events, timeline_layout_ms and timeline_frame_ms. */
void
sw_timeline_bench_add_figures (JsonObject *figures)
{
  SwTimelineBenchResult result = { 0 };

  g_return_if_fail (figures != NULL);

  sw_timeline_bench_run (&result);
  json_object_set_int_member (figures, "timeline_events", result.events);
  json_object_set_double_member (figures, "timeline_layout_ms", round (result.layout_ms * 100) / 100);
  json_object_set_double_member (figures, "timeline_frame_ms", round (result.frame_ms * 100) / 100);
  json_object_set_double_member (figures, "timeline_pan_frame_ms", round (result.pan_frame_ms * 100) / 100);
}
