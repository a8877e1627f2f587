/* test-graph-view.c: the graph widget driven through its API and actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-graph-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "graph-fixture.h"
#include "sw-graph-view.h"

static gboolean have_display;

static void
wait_for_layout (SwGraphView *view)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while ((sw_graph_view_get_busy (view) || sw_graph_view_get_layout (view) == NULL) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* Let the window allocate and draw. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (sw_graph_view_get_busy (view));
  g_assert_nonnull (sw_graph_view_get_layout (view));
}

static GtkWidget *
show_view (SwGraphView **view)
{
  GtkWidget *window = gtk_window_new ();

  *view = SW_GRAPH_VIEW (sw_graph_view_new ());
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (*view));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
on_actor_selected (SwGraphView *view,
                   const char  *name,
                   char       **out)
{
  g_free (*out);
  *out = g_strdup (name);
}

static void
test_view (void)
{
  g_autoptr(SwGraphModel) one = fx_model (1);
  g_autoptr(SwGraphModel) both = fx_model (2);
  g_autoptr(SwGraphLayout) first = NULL;
  g_autofree char *selected = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *png = NULL;
  g_autoptr(GError) error = NULL;
  SwGraphView *view;
  SwGraphLayout *layout;
  SwGraphTransform fit, t;
  GtkWidget *window;
  cairo_surface_t *image;
  int w, h;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }

  window = show_view (&view);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *)&view);
  g_signal_connect (view, "actor-selected", G_CALLBACK (on_actor_selected), &selected);

  /* A selection made before the first layout waits for it. */
  sw_graph_view_select_actor (view, "tomas reyes");
  sw_graph_view_set_model (view, one);
  g_assert_true (sw_graph_view_get_busy (view));
  wait_for_layout (view);
  g_assert_cmpstr (sw_graph_view_get_selected_actor (view), ==, "Tomas Reyes");
  first = sw_graph_layout_copy (sw_graph_view_get_layout (view));

  /* Fitted: every node is inside the widget. */
  w = gtk_widget_get_width (GTK_WIDGET (view));
  h = gtk_widget_get_height (GTK_WIDGET (view));
  g_assert_cmpint (w, >, 100);
  sw_graph_view_get_transform (view, &fit);
  for (guint i = 0; i < first->n_nodes; i++)
    {
      double sx, sy;

      sw_graph_transform_to_screen (&fit, first->x[i], first->y[i], &sx, &sy);
      g_assert_cmpfloat (sx, >, 0);
      g_assert_cmpfloat (sx, <, w);
      g_assert_cmpfloat (sy, >, 0);
      g_assert_cmpfloat (sy, <, h);
    }

  /* Adding an article keeps the actors already placed where they were. */
  sw_graph_view_set_model (view, both);
  wait_for_layout (view);
  layout = sw_graph_view_get_layout (view);
  g_assert_cmpuint (layout->n_nodes, ==, 9);
  for (guint i = 0; i < first->n_nodes; i++)
    {
      int j = sw_graph_model_lookup (both, sw_graph_model_get_node (one, i)->name);

      g_assert_cmpfloat (layout->x[j], ==, first->x[i]);
      g_assert_cmpfloat (layout->y[j], ==, first->y[i]);
    }

  /* Zoom in, then Ctrl+0's action fits again. */
  sw_graph_view_get_transform (view, &fit);
  gtk_widget_activate_action (GTK_WIDGET (view), "graph.zoom-in", NULL);
  sw_graph_view_get_transform (view, &t);
  g_assert_cmpfloat_with_epsilon (t.scale, fit.scale * 1.25, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (view), "graph.zoom-fit", NULL);
  sw_graph_view_get_transform (view, &t);
  g_assert_cmpfloat_with_epsilon (t.scale, fit.scale, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.x0, fit.x0, 1e-9);

  /* Keyboard: the first step lands on the largest node, Enter selects it. */
  sw_graph_view_move_focus (view, 1, 0);
  g_assert_cmpint (sw_graph_view_get_focus_node (view), ==, sw_graph_layout_step (layout, -1, 0, 0));
  gtk_widget_activate_action (GTK_WIDGET (view), "graph.select-focused", NULL);
  g_assert_cmpstr (selected, ==, sw_graph_model_get_node (both, sw_graph_view_get_focus_node (view))->name);
  g_assert_cmpstr (sw_graph_view_get_selected_actor (view), ==, selected);

  /* Selection from elsewhere shows here, in view, without echoing back.
   * Zoomed in far enough, most actors are off screen first. */
  for (guint i = 0; i < 8; i++)
    gtk_widget_activate_action (GTK_WIDGET (view), "graph.zoom-in", NULL);
  g_clear_pointer (&selected, g_free);
  sw_graph_view_select_actor (view, "ida  berg");
  g_assert_cmpstr (sw_graph_view_get_selected_actor (view), ==, "Ida Berg");
  g_assert_null (selected);
  {
    int ida = sw_graph_model_lookup (both, "Ida Berg");
    double sx, sy;

    sw_graph_view_get_transform (view, &t);
    sw_graph_transform_to_screen (&t, layout->x[ida], layout->y[ida], &sx, &sy);
    g_assert_cmpfloat (sx, >, 0);
    g_assert_cmpfloat (sx, <, w);
    g_assert_cmpfloat (sy, >, 0);
    g_assert_cmpfloat (sy, <, h);
  }
  gtk_widget_activate_action (GTK_WIDGET (view), "graph.zoom-fit", NULL);

  /* Pinning by moving, unpinning by the action. */
  sw_graph_layout_move_node (layout, 0, layout->x[0] + 50, layout->y[0], TRUE);
  g_assert_cmpuint (sw_graph_layout_get_n_pinned (layout), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (view), "graph.unpin-all", NULL);
  g_assert_cmpuint (sw_graph_layout_get_n_pinned (layout), ==, 0);

  /* The visible-area export is the widget's size. */
  dir = g_dir_make_tmp ("sw-graph-view-XXXXXX", NULL);
  png = g_build_filename (dir, "visible.png", NULL);
  g_assert_true (sw_graph_view_export (view, png, 0, 1, TRUE, NULL, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  /* The widget's width, its height plus the legend band below. */
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (image), >, h);
  g_assert_cmpint (cairo_image_surface_get_height (image), <, h + 120);
  {
    int legend_only = cairo_image_surface_get_height (image);

    cairo_surface_destroy (image);
    g_assert_true (sw_graph_view_export (view, png, 2 * w, 1, TRUE, "Title", &error));
    g_assert_no_error (error);
    image = cairo_image_surface_create_from_png (png);
    g_assert_cmpint (cairo_image_surface_get_width (image), ==, 2 * w);
    g_assert_cmpint (cairo_image_surface_get_height (image), >, 2 * h + (legend_only - h));
  }
  cairo_surface_destroy (image);
  g_unlink (png);
  g_rmdir (dir);

  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < 20 && view != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (view);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/graph/view/drive", test_view);

  return g_test_run ();
}
