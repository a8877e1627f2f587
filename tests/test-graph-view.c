/* test-graph-view.c: the graph widget driven through its API and actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-graph-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "graph-fixture.h"
#include "sw-graph-view.h"
#include "ui-wait.h"

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

/* ---- accessibility ------------------------------------------------------ */

static guint
count_live (SwGraphView *view,
            guint       *all)
{
  guint live = 0;

  *all = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      (*all)++;
      if (!gtk_widget_get_child_visible (child))
        continue;
      live++;
      g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_ROLE_BUTTON));
      g_assert_true (gtk_widget_get_focusable (child));
      g_assert_false (gtk_widget_get_can_target (child));
    }
  return live;
}

static GtkWidget *
focused (SwGraphView *view)
{
  return gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (view)));
}

typedef struct
{
  char *source;
  char *target;
  char *kind;
} Relation;

static void
on_relation_activated (SwGraphView *view,
                       const char  *source,
                       const char  *target,
                       const char  *kind,
                       GVariant    *evidence,
                       Relation    *out)
{
  g_free (out->source);
  g_free (out->target);
  g_free (out->kind);
  out->source = g_strdup (source);
  out->target = g_strdup (target);
  out->kind = g_strdup (kind);
}

/* Actors and relations in view are children a screen reader can reach,
 * with roles and labels; reaching an actor selects it, as a click does;
 * Tab goes on to its relations, Enter opens one; the selection takes the
 * focus along. */
static void
test_accessible (void)
{
  g_autoptr(SwGraphModel) model = fx_model (1);
  g_autofree char *selected = NULL;
  g_autofree char *summary = NULL;
  Relation relation = { NULL };
  SwGraphView *view;
  GtkWidget *window, *vera, *tomas, *edge, *now;
  guint live, all;
  double x, y;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }

  window = show_view (&view);
  g_signal_connect (view, "actor-selected", G_CALLBACK (on_actor_selected), &selected);
  g_signal_connect (view, "relation-activated", G_CALLBACK (on_relation_activated), &relation);
  sw_graph_view_set_model (view, model);
  wait_for_layout (view);
  wait_for_stand_ins (GTK_WIDGET (view));

  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_GROUP));
  summary = g_strdup_printf ("Actor graph, %u actors", sw_graph_model_get_n_nodes (model));
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL, summary);

  /* Fitted, every actor and relation is in view. */
  live = count_live (view, &all);
  g_assert_cmpuint (live, ==, sw_graph_model_get_n_nodes (model) + sw_graph_model_get_n_edges (model));

  vera = find_stand_in (GTK_WIDGET (view), "Vera Lind, person");
  tomas = find_stand_in (GTK_WIDGET (view), "Tomas Reyes, person");
  g_assert_nonnull (vera);
  g_assert_nonnull (tomas);
  g_assert_nonnull (find_stand_in (GTK_WIDGET (view), "Vera Lind – Oskar Brandt: told"));
  g_assert_nonnull (find_stand_in (GTK_WIDGET (view), "Dock Workers Union, group"));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (vera), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  gtk_test_accessible_assert_state (vera, GTK_ACCESSIBLE_STATE_SELECTED, FALSE);

  /* Over the node, and the pointer still goes to the view. */
  x = gtk_widget_get_width (vera) / 2.0;
  y = gtk_widget_get_height (vera) / 2.0;
  g_assert_true (gtk_widget_translate_coordinates (vera, GTK_WIDGET (view), x, y, &x, &y));
  g_assert_true (gtk_widget_pick (GTK_WIDGET (view), x, y, GTK_PICK_DEFAULT) == GTK_WIDGET (view));
  {
    SwGraphTransform t;
    int node = sw_graph_model_lookup (model, "Vera Lind");
    SwGraphLayout *layout = sw_graph_view_get_layout (view);
    double sx, sy;

    sw_graph_view_get_transform (view, &t);
    sw_graph_transform_to_screen (&t, layout->x[node], layout->y[node], &sx, &sy);
    g_assert_cmpfloat (fabs (sx - x), <=, 1);
    g_assert_cmpfloat (fabs (sy - y), <=, 1);
  }

  /* Reaching an actor selects it. */
  g_assert_true (gtk_widget_grab_focus (vera));
  g_assert_cmpstr (selected, ==, "Vera Lind");
  g_assert_cmpstr (sw_graph_view_get_selected_actor (view), ==, "Vera Lind");
  gtk_test_accessible_assert_state (vera, GTK_ACCESSIBLE_STATE_SELECTED, TRUE);

  /* Tab goes to one of her relations; Enter opens it. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  edge = focused (view);
  g_assert_true (edge != vera && gtk_widget_get_parent (edge) == GTK_WIDGET (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "graph.select-focused", NULL));
  g_assert_nonnull (relation.source);
  g_assert_true (g_str_equal (relation.source, "Vera Lind") || g_str_equal (relation.target, "Vera Lind"));
  g_assert_cmpstr (selected, ==, "Vera Lind");
  /* Shift+Tab back to the actor. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_BACKWARD));
  g_assert_true (focused (view) == vera);

  /* The arrows go to another actor, and select it. */
  {
    static const double ways[][2] = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
    SwGraphLayout *layout = sw_graph_view_get_layout (view);
    int from = sw_graph_model_lookup (model, "Vera Lind");
    guint w = 0;

    while (w < G_N_ELEMENTS (ways) && sw_graph_layout_step (layout, from, ways[w][0], ways[w][1]) < 0)
      w++;
    g_assert_cmpuint (w, <, G_N_ELEMENTS (ways));
    sw_graph_view_move_focus (view, ways[w][0], ways[w][1]);
  }
  now = focused (view);
  g_assert_true (now != vera && gtk_widget_get_parent (now) == GTK_WIDGET (view));
  g_assert_cmpstr (selected, !=, "Vera Lind");
  g_assert_cmpstr (selected, ==, sw_graph_view_get_selected_actor (view));
  gtk_test_accessible_assert_state (now, GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  gtk_test_accessible_assert_state (vera, GTK_ACCESSIBLE_STATE_SELECTED, FALSE);

  /* Picked elsewhere (another view): the state and the focus follow,
   * without echoing the signal back. */
  g_clear_pointer (&selected, g_free);
  sw_graph_view_select_actor (view, "Tomas Reyes");
  g_assert_null (selected);
  gtk_test_accessible_assert_state (tomas, GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  g_assert_true (focused (view) == tomas);

  g_free (relation.source);
  g_free (relation.target);
  g_free (relation.kind);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A large graph gets stand-ins for what is in view only, at most 200
 * actors and 200 relations, reused as the view moves. */
static void
test_accessible_capped (void)
{
  g_autoptr(SwGraphModel) model = fx_random_model (600, 3000, 7);
  SwGraphView *view;
  GtkWidget *window;
  guint live, all;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }

  window = show_view (&view);
  sw_graph_view_set_model (view, model);
  wait_for_layout (view);
  wait_for_stand_ins (GTK_WIDGET (view));

  live = count_live (view, &all);
  g_test_message ("%u stand-ins live of %u", live, all);
  g_assert_cmpuint (live, ==, 400);
  g_assert_cmpuint (all, <=, 800);

  for (guint i = 0; i < 10; i++)
    gtk_widget_activate_action (GTK_WIDGET (view), "graph.zoom-in", NULL);
  wait_frames ();
  live = count_live (view, &all);
  g_test_message ("zoomed in: %u stand-ins live of %u", live, all);
  g_assert_cmpuint (live, >, 0);
  g_assert_cmpuint (live, <=, 400);
  g_assert_cmpuint (all, <=, 800);

  gtk_window_destroy (GTK_WINDOW (window));
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
  g_test_add_func ("/graph/view/accessible", test_accessible);
  g_test_add_func ("/graph/view/accessible-capped", test_accessible_capped);

  return g_test_run ();
}
