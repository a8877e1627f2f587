/* test-time-ticks.c: axis ticks on calendar boundaries, never overlapping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "sw-time-ticks.h"

#define PADDING 8.0

/* Roughly a 9-point sans: proportional enough to make long labels long. */
static double
measure (const char *text,
         gpointer    user_data)
{
  double w = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    w += g_ascii_isdigit (*p) ? 6.5 : g_ascii_isupper (*p) ? 8 : 6;

  return w;
}

static GDateTime *
utc (double t)
{
  return g_date_time_new_from_unix_utc ((gint64)t);
}

/* Checks that @t is a boundary of @level. */
static void
assert_boundary (double      t,
                 SwTickLevel level)
{
  g_autoptr(GDateTime) dt = utc (t);
  int step = (int)level.step;

  g_assert_cmpfloat (t, ==, floor (t));
  g_assert_cmpint (g_date_time_get_second (dt), ==, 0);

  switch (level.unit)
    {
    case SW_TICK_UNIT_MINUTE:
      g_assert_cmpint (g_date_time_get_minute (dt) % step, ==, 0);
      break;
    case SW_TICK_UNIT_HOUR:
      g_assert_cmpint (g_date_time_get_minute (dt), ==, 0);
      g_assert_cmpint (g_date_time_get_hour (dt) % step, ==, 0);
      break;
    case SW_TICK_UNIT_WEEK:
      g_assert_cmpint (g_date_time_get_day_of_week (dt), ==, 1);
      G_GNUC_FALLTHROUGH;
    case SW_TICK_UNIT_DAY:
      g_assert_cmpint (g_date_time_get_hour (dt), ==, 0);
      g_assert_cmpint (g_date_time_get_minute (dt), ==, 0);
      break;
    case SW_TICK_UNIT_MONTH:
      g_assert_cmpint (g_date_time_get_day_of_month (dt), ==, 1);
      g_assert_cmpint (g_date_time_get_hour (dt), ==, 0);
      g_assert_cmpint ((g_date_time_get_month (dt) - 1) % step, ==, 0);
      break;
    case SW_TICK_UNIT_YEAR:
    default:
      g_assert_cmpint (g_date_time_get_day_of_year (dt), ==, 1);
      g_assert_cmpint (g_date_time_get_hour (dt), ==, 0);
      g_assert_true (g_date_time_get_year (dt) % step == 0 || g_date_time_get_year (dt) == 1);
      break;
    }
}

static void
assert_no_overlap (GArray *ticks)
{
  double right = -INFINITY;

  for (guint i = 0; i < ticks->len; i++)
    {
      const SwTick *tick = &g_array_index (ticks, SwTick, i);
      double left = tick->x + SW_TICK_LABEL_OFFSET;

      if (tick->label == NULL)
        continue;

      g_assert_cmpfloat (left, >=, right + PADDING - 1e-9);
      g_assert_cmpfloat (tick->label_width, ==, measure (tick->label, NULL));
      right = left + tick->label_width;
    }
}

static void
check_ticks (const SwTimeScale *scale)
{
  g_autoptr(SwTicks) ticks = sw_time_ticks_compute (scale, measure, NULL, PADDING);
  guint labelled = 0;

  g_assert_nonnull (ticks);
  assert_no_overlap (ticks->major);
  assert_no_overlap (ticks->context);

  for (guint i = 0; i < ticks->major->len; i++)
    {
      const SwTick *tick = &g_array_index (ticks->major, SwTick, i);

      assert_boundary (tick->time, ticks->level);
      g_assert_cmpfloat_with_epsilon (tick->x, sw_time_scale_time_to_x (scale, tick->time), 1e-6);
      if (i > 0)
        g_assert_cmpfloat (tick->time, ==, sw_time_next (g_array_index (ticks->major, SwTick, i - 1).time, ticks->level));
      /* At most the first tick lies before the view. */
      if (i > 0)
        g_assert_cmpfloat (tick->time, >=, sw_time_scale_get_start (scale));
      g_assert_cmpfloat (tick->time, <=, sw_time_scale_get_end (scale));
      labelled += tick->label != NULL;
    }

  g_assert_cmpuint (labelled, >=, 1);

  for (guint i = 0; i < ticks->minor->len; i++)
    {
      const SwTick *tick = &g_array_index (ticks->minor, SwTick, i);

      g_assert_true (ticks->has_minor);
      g_assert_null (tick->label);
      assert_boundary (tick->time, ticks->minor_level);
    }

  /* Minor ticks subdivide: every major tick is also a minor one. */
  if (ticks->has_minor)
    for (guint i = 1; i < ticks->major->len; i++)
      {
        double t = g_array_index (ticks->major, SwTick, i).time;
        gboolean found = FALSE;

        for (guint k = 0; k < ticks->minor->len && !found; k++)
          found = g_array_index (ticks->minor, SwTick, k).time == t;
        g_assert_true (found);
      }
}

static void
test_every_zoom (void)
{
  const double starts[] = {
    sw_time_from_civil (1066, 10, 14, 9, 0, 0),
    sw_time_from_civil (1899, 12, 31, 23, 59, 0),
    sw_time_from_civil (1969, 12, 31, 22, 0, 0),
    sw_time_from_civil (2024, 2, 27, 13, 17, 0),
  };
  const double widths[] = { 120, 640, 1600 };

  for (guint s = 0; s < G_N_ELEMENTS (starts); s++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      for (double span = SW_TIME_SCALE_MIN_SPAN; span < 2000 * 365.25 * 86400; span *= 1.7)
        {
          g_autoptr(SwTimeScale) scale = sw_time_scale_new (starts[s], starts[s] + span, widths[w]);

          check_ticks (scale);
        }
}

static void
test_level_adapts (void)
{
  double t = sw_time_from_civil (2024, 3, 18, 0, 0, 0);
  struct { double span; SwTickUnit unit; } cases[] = {
    { 3 * 3600.0, SW_TICK_UNIT_MINUTE },
    { 2 * 86400.0, SW_TICK_UNIT_HOUR },
    { 20 * 86400.0, SW_TICK_UNIT_DAY },
    { 120 * 86400.0, SW_TICK_UNIT_WEEK },
    { 2 * 365 * 86400.0, SW_TICK_UNIT_MONTH },
    { 40 * 365 * 86400.0, SW_TICK_UNIT_YEAR },
  };
  SwTickUnit last = SW_TICK_UNIT_MINUTE;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SwTimeScale) scale = sw_time_scale_new (t, t + cases[i].span, 1600);
      g_autoptr(SwTicks) ticks = sw_time_ticks_compute (scale, measure, NULL, PADDING);

      /* Never finer than the wider view before it; exactly the unit a
       * reader expects at these spans. */
      g_assert_cmpint (ticks->level.unit, >=, last);
      g_assert_cmpint (ticks->level.unit, ==, cases[i].unit);
      last = ticks->level.unit;
    }

  /* Decades over a century and a half, centuries over millennia. */
  {
    double a = sw_time_from_civil (1850, 1, 1, 0, 0, 0);
    double b = sw_time_from_civil (2000, 1, 1, 0, 0, 0);
    g_autoptr(SwTimeScale) scale = sw_time_scale_new (a, b, 1000);
    g_autoptr(SwTicks) ticks = sw_time_ticks_compute (scale, measure, NULL, PADDING);

    g_assert_cmpint (ticks->level.unit, ==, SW_TICK_UNIT_YEAR);
    g_assert_cmpuint (ticks->level.step, ==, 10);
    g_assert_cmpstr (g_array_index (ticks->major, SwTick, 0).label, ==, "1850");
    g_assert_cmpstr (g_array_index (ticks->major, SwTick, 5).label, ==, "1900");
    g_assert_cmpfloat (g_array_index (ticks->major, SwTick, 12).time, ==, sw_time_from_civil (1970, 1, 1, 0, 0, 0));
    g_assert_cmpfloat (g_array_index (ticks->major, SwTick, 12).time, ==, 0);
  }
}

static void
test_months (void)
{
  double a = sw_time_from_civil (2023, 12, 15, 0, 0, 0);
  double b = sw_time_from_civil (2024, 7, 15, 0, 0, 0);
  g_autoptr(SwTimeScale) scale = sw_time_scale_new (a, b, 800);
  g_autoptr(SwTicks) ticks = sw_time_ticks_compute (scale, measure, NULL, PADDING);
  const char *labels[] = { "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul" };
  const int days[] = { 31, 31, 29, 31, 30, 31, 30 };

  g_assert_cmpint (ticks->level.unit, ==, SW_TICK_UNIT_MONTH);
  g_assert_cmpuint (ticks->level.step, ==, 1);
  g_assert_cmpuint (ticks->major->len, ==, G_N_ELEMENTS (labels));

  for (guint i = 0; i < ticks->major->len; i++)
    {
      const SwTick *tick = &g_array_index (ticks->major, SwTick, i);

      g_assert_cmpstr (tick->label, ==, labels[i]);
      /* Months are as long as the calendar says, February 2024 included. */
      if (i + 1 < ticks->major->len)
        g_assert_cmpfloat (g_array_index (ticks->major, SwTick, i + 1).time - tick->time, ==, days[i] * 86400.0);
    }

  /* The year that starts in view is named where it starts; the one the
   * view starts in is pinned at the left edge. */
  g_assert_cmpuint (ticks->context->len, ==, 2);
  g_assert_cmpstr (g_array_index (ticks->context, SwTick, 0).label, ==, "2023");
  g_assert_cmpfloat (g_array_index (ticks->context, SwTick, 0).x, ==, 0);
  g_assert_cmpstr (g_array_index (ticks->context, SwTick, 1).label, ==, "2024");
  g_assert_cmpfloat (g_array_index (ticks->context, SwTick, 1).time, ==, sw_time_from_civil (2024, 1, 1, 0, 0, 0));
}

static void
test_leap_years (void)
{
  SwTickLevel day = { SW_TICK_UNIT_DAY, 1 };
  SwTickLevel month = { SW_TICK_UNIT_MONTH, 1 };
  SwTickLevel year = { SW_TICK_UNIT_YEAR, 1 };
  const struct { int year; gboolean leap; } years[] = {
    { 2024, TRUE }, { 2023, FALSE }, { 2000, TRUE }, { 1900, FALSE }, { 1904, TRUE }, { 1600, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      double feb28 = sw_time_from_civil (years[i].year, 2, 28, 0, 0, 0);
      double next = sw_time_next (feb28, day);
      g_autoptr(GDateTime) dt = utc (next);
      g_autofree char *label = sw_time_format_label (next, day);
      double feb = sw_time_from_civil (years[i].year, 2, 1, 0, 0, 0);
      double jan = sw_time_from_civil (years[i].year, 1, 1, 0, 0, 0);

      g_assert_cmpint (g_date_time_get_month (dt), ==, years[i].leap ? 2 : 3);
      g_assert_cmpstr (label, ==, years[i].leap ? "29 Feb" : "1 Mar");
      g_assert_cmpfloat (sw_time_next (feb, month) - feb, ==, (years[i].leap ? 29 : 28) * 86400.0);
      g_assert_cmpfloat (sw_time_next (jan, year) - jan, ==, (years[i].leap ? 366 : 365) * 86400.0);
    }

  /* Day ticks across the end of February 2024 name the 29th. */
  {
    double a = sw_time_from_civil (2024, 2, 25, 0, 0, 0);
    g_autoptr(SwTimeScale) scale = sw_time_scale_new (a, a + 8 * 86400.0, 400);
    g_autoptr(SwTicks) ticks = sw_time_ticks_compute (scale, measure, NULL, PADDING);
    gboolean seen = FALSE;

    g_assert_cmpint (ticks->level.unit, ==, SW_TICK_UNIT_DAY);
    for (guint i = 0; i < ticks->major->len; i++)
      seen = seen || g_strcmp0 (g_array_index (ticks->major, SwTick, i).label, "29 Feb") == 0;
    g_assert_true (seen);
  }
}

static void
test_before_1970 (void)
{
  SwTickLevel day = { SW_TICK_UNIT_DAY, 1 };
  SwTickLevel week = { SW_TICK_UNIT_WEEK, 1 };
  SwTickLevel hour6 = { SW_TICK_UNIT_HOUR, 6 };
  SwTickLevel decade = { SW_TICK_UNIT_YEAR, 10 };
  SwTickLevel quarter = { SW_TICK_UNIT_MONTH, 3 };
  double t = sw_time_from_civil (1969, 12, 31, 23, 0, 0);

  g_assert_cmpfloat (t, ==, -3600);
  g_assert_cmpfloat (sw_time_floor (t, day), ==, -86400);
  /* 31 December 1969 was a Wednesday; its week began on the 29th. */
  g_assert_cmpfloat (sw_time_floor (t, week), ==, -3 * 86400);
  g_assert_cmpfloat (sw_time_floor (t, hour6), ==, -6 * 3600);
  g_assert_cmpfloat (sw_time_floor (t, decade), ==, sw_time_from_civil (1960, 1, 1, 0, 0, 0));
  g_assert_cmpfloat (sw_time_floor (t, quarter), ==, sw_time_from_civil (1969, 10, 1, 0, 0, 0));
  g_assert_cmpfloat (sw_time_next (sw_time_floor (t, decade), decade), ==, sw_time_from_civil (1970, 1, 1, 0, 0, 0));

  /* Far back, labels are plain years without padding. */
  {
    double a = sw_time_from_civil (480, 6, 1, 0, 0, 0);
    g_autoptr(SwTimeScale) scale = sw_time_scale_new (a, a + 60 * 365.25 * 86400, 600);
    g_autoptr(SwTicks) ticks = sw_time_ticks_compute (scale, measure, NULL, PADDING);
    const SwTick *second = &g_array_index (ticks->major, SwTick, 1);

    g_assert_cmpint (ticks->level.unit, ==, SW_TICK_UNIT_YEAR);
    g_assert_nonnull (second->label);
    g_assert_true (g_ascii_isdigit (second->label[0]) && second->label[0] != '0');
    g_assert_cmpint (strlen (second->label), ==, 3);
  }

  /* The first year of the calendar does not break the floor. */
  {
    g_autoptr(SwTimeScale) scale = sw_time_scale_new (SW_TIME_MIN - 1e9, SW_TIME_MIN + 1e10, 800);
    check_ticks (scale);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/time-ticks/every-zoom", test_every_zoom);
  g_test_add_func ("/time-ticks/level-adapts", test_level_adapts);
  g_test_add_func ("/time-ticks/months", test_months);
  g_test_add_func ("/time-ticks/leap-years", test_leap_years);
  g_test_add_func ("/time-ticks/before-1970", test_before_1970);
  return g_test_run ();
}
