/* test-graph-layout.c: positions, centralities, communities and labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-graph-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "graph-fixture.h"
#include "sw-graph-layout.h"

static SwGraphLayout *
compute (SwGraphModel           *model,
         SwGraphLayout          *previous,
         SwGraphLayoutAlgorithm  algorithm,
         guint32                 seed,
         gboolean                keep_placed)
{
  SwGraphLayoutOptions options;
  g_autoptr(GError) error = NULL;
  SwGraphLayout *layout;

  sw_graph_layout_options_init (&options);
  options.algorithm = algorithm;
  options.seed = seed;
  options.keep_placed = keep_placed;
  layout = sw_graph_layout_compute (model, previous, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (layout);
  return layout;
}

static void
assert_finite (SwGraphLayout *layout)
{
  for (guint i = 0; i < layout->n_nodes; i++)
    {
      g_assert_true (isfinite (layout->x[i]) && isfinite (layout->y[i]));
      g_assert_cmpfloat (layout->radius[i], >=, SW_GRAPH_MIN_RADIUS);
      g_assert_cmpfloat (layout->radius[i], <=, SW_GRAPH_MAX_RADIUS);
    }
}

static void
test_deterministic (void)
{
  g_autoptr(SwGraphModel) model = fx_random_model (120, 300, 3);
  SwGraphLayoutAlgorithm algorithms[] = { SW_GRAPH_LAYOUT_FRUCHTERMAN_REINGOLD, SW_GRAPH_LAYOUT_KAMADA_KAWAI, SW_GRAPH_LAYOUT_DRL };

  for (guint a = 0; a < G_N_ELEMENTS (algorithms); a++)
    {
      g_autoptr(SwGraphLayout) first = compute (model, NULL, algorithms[a], 42, TRUE);
      g_autoptr(SwGraphLayout) second = compute (model, NULL, algorithms[a], 42, TRUE);
      g_autoptr(SwGraphLayout) other = compute (model, NULL, algorithms[a], 43, TRUE);
      guint n = first->n_nodes;

      g_assert_cmpint (first->algorithm, ==, algorithms[a]);
      assert_finite (first);
      g_assert_cmpmem (first->x, n * sizeof (double), second->x, n * sizeof (double));
      g_assert_cmpmem (first->y, n * sizeof (double), second->y, n * sizeof (double));
      g_assert_cmpmem (first->community, n * sizeof (int), second->community, n * sizeof (int));
      g_assert_cmpmem (first->labels, n * sizeof (SwGraphRect), second->labels, n * sizeof (SwGraphRect));
      g_assert_cmpmem (first->pagerank, n * sizeof (double), second->pagerank, n * sizeof (double));
      g_assert_cmpmem (first->betweenness, n * sizeof (double), second->betweenness, n * sizeof (double));
      /* The seed matters: otherwise the comparison above proves nothing. */
      g_assert_true (memcmp (first->x, other->x, n * sizeof (double)) != 0);
    }
}

static void
test_incremental (void)
{
  g_autoptr(SwGraphModel) one = fx_model (1);
  g_autoptr(SwGraphModel) both = fx_model (2);
  g_autoptr(SwGraphLayout) before = compute (one, NULL, SW_GRAPH_LAYOUT_AUTO, 42, TRUE);
  g_autoptr(SwGraphLayout) after = compute (both, before, SW_GRAPH_LAYOUT_AUTO, 42, TRUE);
  int ida = sw_graph_model_lookup (both, "Ida Berg");

  assert_finite (after);
  g_assert_cmpfloat (after->unit, ==, before->unit);
  for (guint i = 0; i < before->n_nodes; i++)
    {
      int j = sw_graph_model_lookup (both, sw_graph_model_get_node (one, i)->name);

      g_assert_cmpint (j, >=, 0);
      g_assert_cmpfloat (after->x[j], ==, before->x[i]);
      g_assert_cmpfloat (after->y[j], ==, before->y[i]);
    }

  /* The newcomer is placed somewhere of its own. */
  g_assert_cmpint (ida, >=, 0);
  for (guint i = 0; i < after->n_nodes; i++)
    if ((int)i != ida)
      g_assert_true (after->x[i] != after->x[ida] || after->y[i] != after->y[ida]);
}

static void
test_pinned (void)
{
  g_autoptr(SwGraphModel) model = fx_random_model (60, 150, 5);
  g_autoptr(SwGraphLayout) before = compute (model, NULL, SW_GRAPH_LAYOUT_AUTO, 42, TRUE);
  g_autoptr(SwGraphLayout) after = NULL;
  g_autoptr(SwGraphLayout) released = NULL;
  guint moved = 0;

  sw_graph_layout_move_node (before, 7, before->x[7] + 500, before->y[7] - 300, TRUE);
  g_assert_true (before->pinned[7]);
  g_assert_cmpuint (sw_graph_layout_get_n_pinned (before), ==, 1);

  /* Re-layout from scratch keeping nothing but the pin. */
  after = compute (model, before, SW_GRAPH_LAYOUT_AUTO, 42, FALSE);
  g_assert_cmpfloat (after->x[7], ==, before->x[7]);
  g_assert_cmpfloat (after->y[7], ==, before->y[7]);
  g_assert_true (after->pinned[7]);
  for (guint i = 0; i < after->n_nodes; i++)
    moved += after->x[i] != before->x[i];
  g_assert_cmpuint (moved, >, after->n_nodes / 2);

  sw_graph_layout_unpin_all (after);
  released = compute (model, after, SW_GRAPH_LAYOUT_AUTO, 42, FALSE);
  g_assert_cmpuint (sw_graph_layout_get_n_pinned (released), ==, 0);
  g_assert_true (released->x[7] != after->x[7]);
}

static SwGraphModel *
two_cliques (void)
{
  SwExtraction *ex = sw_extraction_new ();
  SwGraphSource source = { NULL, ex };
  SwGraphModel *model;

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("Member %u", i);
      fx_actor (ex, name, SW_ACTOR_PERSON, NULL);
    }
  for (guint a = 0; a < 5; a++)
    for (guint b = a + 1; b < 5; b++)
      {
        fx_relation (ex, a, b, SW_RELATION_SPOKE_WITH, 1, -1, -1);
        fx_relation (ex, a + 5, b + 5, SW_RELATION_SPOKE_WITH, 1, -1, -1);
      }
  /* One bridge, through 4 and 5, and everyone tells 0 something. */
  fx_relation (ex, 4, 5, SW_RELATION_TOLD, 1, -1, -1);
  for (guint i = 1; i < 10; i++)
    fx_relation (ex, i, 0, SW_RELATION_TOLD, 1, -1, -1);

  model = sw_graph_model_new (&source, 1);
  sw_extraction_unref (ex);
  return model;
}

static void
test_metrics (void)
{
  g_autoptr(SwGraphModel) model = two_cliques ();
  g_autoptr(SwGraphLayout) layout = compute (model, NULL, SW_GRAPH_LAYOUT_AUTO, 42, TRUE);
  guint top_pagerank = 0;

  g_assert_cmpfloat (layout->degree[0], ==, 9);
  g_assert_cmpfloat (layout->degree[1], ==, 4);
  for (guint i = 1; i < 10; i++)
    {
      g_assert_cmpfloat (layout->degree[0], >=, layout->degree[i]);
      if (layout->pagerank[i] > layout->pagerank[top_pagerank])
        top_pagerank = i;
    }
  /* Everyone tells 0: it collects the random walk. */
  g_assert_cmpuint (top_pagerank, ==, 0);
  g_assert_cmpfloat (layout->betweenness[0], >, layout->betweenness[1]);
  g_assert_cmpfloat (layout->betweenness[1], ==, 0);

  /* Two communities, the cliques, the larger-numbered second. */
  g_assert_cmpuint (layout->n_communities, ==, 2);
  for (guint i = 0; i < 5; i++)
    {
      g_assert_cmpint (layout->community[i], ==, layout->community[0]);
      g_assert_cmpint (layout->community[i + 5], ==, layout->community[5]);
    }
  g_assert_cmpint (layout->community[0], !=, layout->community[5]);

  sw_graph_layout_set_size_by (layout, SW_GRAPH_SIZE_BY_DEGREE);
  g_assert_cmpfloat (layout->radius[0], ==, SW_GRAPH_MAX_RADIUS);
  g_assert_cmpfloat (layout->radius[1], <, layout->radius[0]);
}

static void
assert_labels_clear (SwGraphLayout *layout)
{
  for (guint i = 0; i < layout->n_nodes; i++)
    {
      if (!layout->label_visible[i])
        continue;
      g_assert_cmpfloat (layout->labels[i].width, >, layout->text_width[i]);
      for (guint j = 0; j < layout->n_nodes; j++)
        {
          g_assert_false (sw_graph_rect_intersects_circle (&layout->labels[i], layout->x[j], layout->y[j], layout->radius[j]));
          if (j != i && layout->label_visible[j])
            g_assert_false (sw_graph_rect_intersects (&layout->labels[i], &layout->labels[j]));
        }
    }
}

static void
test_labels (void)
{
  g_autoptr(SwGraphModel) model = fx_model (2);
  g_autoptr(SwGraphLayout) layout = compute (model, NULL, SW_GRAPH_LAYOUT_AUTO, 42, TRUE);
  g_autoptr(SwGraphModel) crowd = fx_random_model (300, 900, 11);
  g_autoptr(SwGraphLayout) dense = compute (crowd, NULL, SW_GRAPH_LAYOUT_AUTO, 42, TRUE);
  SwGraphRect a = { 0, 0, 10, 10 }, b = { 10, 0, 10, 10 }, c = { 9, 9, 5, 5 };

  /* Touching is not intersecting; overlapping is. */
  g_assert_false (sw_graph_rect_intersects (&a, &b));
  g_assert_true (sw_graph_rect_intersects (&a, &c));
  g_assert_true (sw_graph_rect_intersects_circle (&a, 12, 5, 2.5));
  g_assert_false (sw_graph_rect_intersects_circle (&a, 12, 12, 2.5));

  /* The small graph has room for every name. */
  g_assert_cmpuint (layout->n_labels_visible, ==, layout->n_nodes);
  assert_labels_clear (layout);

  g_assert_cmpuint (dense->n_labels_visible, >, dense->n_nodes / 2);
  assert_labels_clear (dense);

  /* Crowd the small graph: squeeze every node onto a small disc. */
  for (guint i = 0; i < layout->n_nodes; i++)
    sw_graph_layout_move_node (layout, i, layout->x[i] / 6, layout->y[i] / 6, FALSE);
  sw_graph_layout_place_labels (layout);
  assert_labels_clear (layout);

  sw_graph_layout_set_size_by (dense, SW_GRAPH_SIZE_BY_PAGERANK);
  assert_labels_clear (dense);
}

static void
test_step (void)
{
  g_autoptr(SwGraphModel) model = fx_model (1);
  g_autoptr(SwGraphLayout) layout = compute (model, NULL, SW_GRAPH_LAYOUT_AUTO, 42, TRUE);
  int start;

  /* Place five nodes on a cross around the first. */
  sw_graph_layout_move_node (layout, 0, 0, 0, FALSE);
  sw_graph_layout_move_node (layout, 1, 100, 10, FALSE);
  sw_graph_layout_move_node (layout, 2, -100, 0, FALSE);
  sw_graph_layout_move_node (layout, 3, 0, 100, FALSE);
  sw_graph_layout_move_node (layout, 4, 5, -100, FALSE);
  sw_graph_layout_move_node (layout, 5, 300, 0, FALSE);
  sw_graph_layout_move_node (layout, 6, 60, 90, FALSE);

  g_assert_cmpint (sw_graph_layout_step (layout, 0, 1, 0), ==, 1);
  g_assert_cmpint (sw_graph_layout_step (layout, 0, -1, 0), ==, 2);
  g_assert_cmpint (sw_graph_layout_step (layout, 0, 0, 1), ==, 3);
  g_assert_cmpint (sw_graph_layout_step (layout, 0, 0, -1), ==, 4);
  g_assert_cmpint (sw_graph_layout_step (layout, 1, 1, 0), ==, 5);
  g_assert_cmpint (sw_graph_layout_step (layout, 5, 1, 0), ==, -1);
  start = sw_graph_layout_step (layout, -1, 0, 0);
  for (guint i = 0; i < layout->n_nodes; i++)
    g_assert_cmpfloat (layout->radius[start], >=, layout->radius[i]);
}

static void
test_isolated (void)
{
  SwExtraction *ex = sw_extraction_new ();
  SwGraphSource source = { NULL, ex };
  g_autoptr(SwGraphModel) model = NULL;
  g_autoptr(SwGraphLayout) layout = NULL;
  double lowest = -G_MAXDOUBLE;

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("Somebody %u", i);
      fx_actor (ex, name, SW_ACTOR_PERSON, NULL);
    }
  /* 0…5 form a ring; 6…11 are mentioned but tied to nobody. */
  for (guint i = 0; i < 6; i++)
    fx_relation (ex, i, (i + 1) % 6, SW_RELATION_SPOKE_WITH, 1, -1, -1);
  model = sw_graph_model_new (&source, 1);
  sw_extraction_unref (ex);
  layout = compute (model, NULL, SW_GRAPH_LAYOUT_AUTO, 42, TRUE);

  for (guint i = 0; i < 6; i++)
    lowest = MAX (lowest, layout->y[i] + layout->radius[i]);
  for (guint i = 6; i < 12; i++)
    {
      g_assert_cmpfloat (layout->y[i] - layout->radius[i], >, lowest);
      for (guint j = i + 1; j < 12; j++)
        g_assert_cmpfloat (hypot (layout->x[i] - layout->x[j], layout->y[i] - layout->y[j]), >=,
                           layout->radius[i] + layout->radius[j]);
    }
  /* Close by: the shelf starts within a few rows of the graph. */
  g_assert_cmpfloat (layout->y[6] - lowest, <, 6 * SW_GRAPH_MAX_RADIUS);
  assert_labels_clear (layout);
  g_assert_cmpuint (layout->n_labels_visible, ==, 12);
}

static void
test_cancel (void)
{
  g_autoptr(SwGraphModel) model = fx_model (2);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  SwGraphLayout *layout;

  g_cancellable_cancel (cancellable);
  layout = sw_graph_layout_compute (model, NULL, NULL, cancellable, &error);
  g_assert_null (layout);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_copy (void)
{
  g_autoptr(SwGraphModel) model = fx_model (2);
  g_autoptr(SwGraphLayout) layout = compute (model, NULL, SW_GRAPH_LAYOUT_AUTO, 42, TRUE);
  g_autoptr(SwGraphLayout) copy = sw_graph_layout_copy (layout);
  double x = layout->x[0];

  sw_graph_layout_move_node (copy, 0, x + 10, 0, TRUE);
  g_assert_cmpfloat (layout->x[0], ==, x);
  g_assert_false (layout->pinned[0]);
  g_assert_cmpmem (layout->labels + 1, sizeof (SwGraphRect), copy->labels + 1, sizeof (SwGraphRect));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graph/layout/deterministic", test_deterministic);
  g_test_add_func ("/graph/layout/incremental", test_incremental);
  g_test_add_func ("/graph/layout/pinned", test_pinned);
  g_test_add_func ("/graph/layout/metrics", test_metrics);
  g_test_add_func ("/graph/layout/labels", test_labels);
  g_test_add_func ("/graph/layout/step", test_step);
  g_test_add_func ("/graph/layout/isolated", test_isolated);
  g_test_add_func ("/graph/layout/cancel", test_cancel);
  g_test_add_func ("/graph/layout/copy", test_copy);

  return g_test_run ();
}
