/* test-view-state.c: the shared selection and range notify only on change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sw-view-state.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_selected_actor (void)
{
  g_autoptr(SwViewState) state = sw_view_state_new ();
  guint count = 0;

  g_signal_connect (state, "notify::selected-actor", G_CALLBACK (count_notify), &count);

  sw_view_state_set_selected_actor (state, "Ilse Varga");
  sw_view_state_set_selected_actor (state, "Ilse Varga");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (sw_view_state_get_selected_actor (state), ==, "Ilse Varga");

  /* An empty name is no selection. */
  sw_view_state_set_selected_actor (state, "");
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (sw_view_state_get_selected_actor (state));
}

static void
test_time_range (void)
{
  g_autoptr(SwViewState) state = sw_view_state_new ();
  guint starts = 0, ends = 0;
  double a, b;

  g_signal_connect (state, "notify::time-start", G_CALLBACK (count_notify), &starts);
  g_signal_connect (state, "notify::time-end", G_CALLBACK (count_notify), &ends);

  /* Reversed bounds are put in order. */
  sw_view_state_set_time_range (state, 200.0, 100.0);
  sw_view_state_get_time_range (state, &a, &b);
  g_assert_cmpfloat (a, ==, 100.0);
  g_assert_cmpfloat (b, ==, 200.0);
  g_assert_cmpuint (starts, ==, 1);
  g_assert_cmpuint (ends, ==, 1);

  sw_view_state_set_time_range (state, 100.0, 300.0);
  g_assert_cmpuint (starts, ==, 1);
  g_assert_cmpuint (ends, ==, 2);

  /* Years before 1970 are negative and fine. */
  sw_view_state_set_time_range (state, -3e9, -1e9);
  sw_view_state_get_time_range (state, &a, &b);
  g_assert_cmpfloat (a, ==, -3e9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/view-state/selected-actor", test_selected_actor);
  g_test_add_func ("/view-state/time-range", test_time_range);

  return g_test_run ();
}
