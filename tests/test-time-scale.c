/* test-time-scale.c: pixel↔time transforms at every zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "sw-time-scale.h"
#include "sw-time-ticks.h"

static const double spans[] = {
  60.0, 3600.0, 86400.0, 7 * 86400.0, 31 * 86400.0, 365.0 * 86400.0,
  30 * 365.25 * 86400.0, 500 * 365.25 * 86400.0, 9000 * 365.25 * 86400.0,
};

static double
starts (guint i)
{
  /* 1066, 1900, just before the epoch, the epoch, 2025 */
  const double values[] = { -28496505600.0, -2208988800.0, -3600.0, 0.0, 1742256000.0 };
  return values[i];
}

static void
test_roundtrip (void)
{
  const double widths[] = { 1, 320, 1600, 7680 };

  for (guint s = 0; s < G_N_ELEMENTS (spans); s++)
    for (guint o = 0; o < 5; o++)
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          g_autoptr(SwTimeScale) scale = sw_time_scale_new (starts (o), starts (o) + spans[s], widths[w]);
          double spp = sw_time_scale_get_seconds_per_pixel (scale);

          g_assert_cmpfloat_with_epsilon (spp, spans[s] / widths[w], spp * 1e-9);
          g_assert_cmpfloat_with_epsilon (sw_time_scale_time_to_x (scale, starts (o)), 0, 1e-6);
          g_assert_cmpfloat_with_epsilon (sw_time_scale_time_to_x (scale, starts (o) + spans[s]), widths[w], 1e-6);

          for (double x = -widths[w]; x <= 2 * widths[w]; x += widths[w] / 7.0)
            {
              double t = sw_time_scale_x_to_time (scale, x);

              g_assert_cmpfloat_with_epsilon (sw_time_scale_time_to_x (scale, t), x, 1e-3);
              g_assert_cmpfloat_with_epsilon (sw_time_scale_x_to_time (scale, sw_time_scale_time_to_x (scale, t)),
                                              t, MAX (spp * 1e-3, 1e-3));
            }

          /* Later times are further right at every zoom. */
          g_assert_cmpfloat (sw_time_scale_time_to_x (scale, starts (o) + spans[s] / 3),
                             <, sw_time_scale_time_to_x (scale, starts (o) + spans[s] / 2));
        }
}

static void
test_zoom_anchored (void)
{
  const double factors[] = { 2.0, 1.25, 0.5, 0.8, 10.0, 0.1 };
  const double anchors[] = { 0, 123.5, 800, 1599 };

  for (guint s = 1; s < G_N_ELEMENTS (spans) - 1; s++)
    for (guint o = 0; o < 5; o++)
      for (guint f = 0; f < G_N_ELEMENTS (factors); f++)
        for (guint a = 0; a < G_N_ELEMENTS (anchors); a++)
          {
            g_autoptr(SwTimeScale) scale = sw_time_scale_new (starts (o), starts (o) + spans[s], 1600);
            double before = sw_time_scale_x_to_time (scale, anchors[a]);
            double span = sw_time_scale_get_span (scale);
            double spp;

            sw_time_scale_zoom (scale, factors[f], anchors[a]);
            spp = sw_time_scale_get_seconds_per_pixel (scale);

            /* The moment under the pointer stays under the pointer. */
            g_assert_cmpfloat_with_epsilon (sw_time_scale_x_to_time (scale, anchors[a]), before, MAX (spp * 1e-3, 1e-3));
            g_assert_cmpfloat_with_epsilon (sw_time_scale_get_span (scale), span / factors[f], span * 1e-9);
            g_assert_cmpfloat (sw_time_scale_get_width (scale), ==, 1600);

            /* And zooming back returns to the same view. */
            sw_time_scale_zoom (scale, 1 / factors[f], anchors[a]);
            g_assert_cmpfloat_with_epsilon (sw_time_scale_get_start (scale), starts (o), MAX (spp * 1e-3, 1e-3));
            g_assert_cmpfloat_with_epsilon (sw_time_scale_get_span (scale), span, span * 1e-9);
          }
}

static void
test_zoom_limits (void)
{
  g_autoptr(SwTimeScale) scale = sw_time_scale_new (0, 3600, 1000);
  double anchor;

  anchor = sw_time_scale_x_to_time (scale, 250);
  for (int i = 0; i < 40; i++)
    sw_time_scale_zoom (scale, 2.0, 250);
  g_assert_cmpfloat (sw_time_scale_get_span (scale), ==, SW_TIME_SCALE_MIN_SPAN);
  g_assert_cmpfloat_with_epsilon (sw_time_scale_x_to_time (scale, 250), anchor, 1e-6);

  for (int i = 0; i < 80; i++)
    sw_time_scale_zoom (scale, 0.5, 250);
  g_assert_cmpfloat_with_epsilon (sw_time_scale_get_span (scale), SW_TIME_SCALE_MAX_SPAN, 1);

  sw_time_scale_set_range (scale, 100, 100);
  g_assert_cmpfloat (sw_time_scale_get_span (scale), ==, SW_TIME_SCALE_MIN_SPAN);
  g_assert_cmpfloat (sw_time_scale_get_start (scale), ==, 100 - SW_TIME_SCALE_MIN_SPAN / 2);

  /* Reversed ranges are put the right way round. */
  sw_time_scale_set_range (scale, 86400, 0);
  g_assert_cmpfloat (sw_time_scale_get_start (scale), ==, 0);
  g_assert_cmpfloat (sw_time_scale_get_end (scale), ==, 86400);
}

static void
test_pan (void)
{
  g_autoptr(SwTimeScale) scale = sw_time_scale_new (-2208988800.0, -2208988800.0 + 86400 * 10, 1000);
  double t = -2208988800.0 + 86400 * 3;
  double x = sw_time_scale_time_to_x (scale, t);
  double span = sw_time_scale_get_span (scale);

  /* Dragging right by 100 px moves everything 100 px right. */
  sw_time_scale_pan (scale, 100);
  g_assert_cmpfloat_with_epsilon (sw_time_scale_time_to_x (scale, t), x + 100, 1e-6);
  g_assert_cmpfloat_with_epsilon (sw_time_scale_get_span (scale), span, 1e-6);

  sw_time_scale_pan (scale, -250);
  g_assert_cmpfloat_with_epsilon (sw_time_scale_time_to_x (scale, t), x - 150, 1e-6);
}

static void
test_width_and_fit (void)
{
  g_autoptr(SwTimeScale) scale = sw_time_scale_new (0, 1000 * 60, 1000);
  g_autoptr(SwTimeScale) copy = NULL;
  double a = sw_time_from_civil (1955, 11, 5, 0, 0, 0);
  double b = sw_time_from_civil (1985, 10, 26, 0, 0, 0);

  /* A resize keeps the left edge and the zoom. */
  sw_time_scale_set_width (scale, 500);
  g_assert_cmpfloat (sw_time_scale_get_start (scale), ==, 0);
  g_assert_cmpfloat (sw_time_scale_get_seconds_per_pixel (scale), ==, 60);

  sw_time_scale_fit (scale, a, b, 0.05);
  g_assert_cmpfloat (sw_time_scale_time_to_x (scale, a), >=, 500 * 0.05 - 1e-6);
  g_assert_cmpfloat (sw_time_scale_time_to_x (scale, b), <=, 500 * 0.95 + 1e-6);
  g_assert_cmpfloat_with_epsilon (sw_time_scale_time_to_x (scale, a), 500 * 0.05, 1e-6);

  copy = sw_time_scale_copy (scale);
  g_assert_true (sw_time_scale_equal (scale, copy));
  sw_time_scale_pan (copy, 1);
  g_assert_false (sw_time_scale_equal (scale, copy));

  /* A single point still gets a day of room. */
  sw_time_scale_fit (scale, a, a, 0);
  g_assert_cmpfloat (sw_time_scale_get_span (scale), ==, 86400);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/time-scale/roundtrip", test_roundtrip);
  g_test_add_func ("/time-scale/zoom-anchored", test_zoom_anchored);
  g_test_add_func ("/time-scale/zoom-limits", test_zoom_limits);
  g_test_add_func ("/time-scale/pan", test_pan);
  g_test_add_func ("/time-scale/width-and-fit", test_width_and_fit);
  return g_test_run ();
}
