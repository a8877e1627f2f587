/* test-graph-model.c: merging actors and relations into the actor graph
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-graph-model"

#include "config.h"

#include "graph-fixture.h"

static int
find_edge (SwGraphModel   *model,
           const char     *source,
           const char     *target,
           SwRelationKind  kind)
{
  int s = sw_graph_model_lookup (model, source);
  int t = sw_graph_model_lookup (model, target);

  for (guint i = 0; i < sw_graph_model_get_n_edges (model); i++)
    {
      const SwGraphEdge *e = sw_graph_model_get_edge (model, i);

      if (e->kind != kind)
        continue;
      if ((int)e->source == s && (int)e->target == t)
        return i;
      if (!e->directed && (int)e->source == t && (int)e->target == s)
        return i;
    }
  return -1;
}

static void
test_merge_actors (void)
{
  g_autoptr(SwGraphModel) one = fx_model (1);
  g_autoptr(SwGraphModel) both = fx_model (2);
  const SwGraphNode *vera;
  int v;

  g_assert_cmpuint (sw_graph_model_get_n_nodes (one), ==, 7);
  /* Vera, Oskar and the alliance appear in both documents. */
  g_assert_cmpuint (sw_graph_model_get_n_nodes (both), ==, 9);

  v = sw_graph_model_lookup (both, "VERA LIND");
  g_assert_cmpint (v, >=, 0);
  g_assert_cmpint (sw_graph_model_lookup (both, "  vera\tlind "), ==, v);
  g_assert_cmpint (sw_graph_model_lookup (both, "Vera Lindt"), ==, -1);

  vera = sw_graph_model_get_node (both, v);
  g_assert_cmpstr (vera->name, ==, "Vera Lind");
  g_assert_cmpuint (vera->n_sources, ==, 2);
  g_assert_cmpuint (vera->roles->len, ==, 2);
  /* q0, q2 (joint) in the first, q0 and q2 in the second. */
  g_assert_cmpuint (vera->statements, ==, 4);
  g_assert_cmpuint (vera->quotes->len, ==, 4);
  /* Ida said something about her once; the self-relation does not count. */
  g_assert_cmpuint (vera->spoken_about, ==, 1);
  g_assert_cmpfloat (vera->weight, ==, 5);

  g_assert_cmpuint (sw_graph_model_get_node (both, sw_graph_model_lookup (both, "Dock Workers Union"))->spoken_about, ==, 2);
  g_assert_cmpuint (sw_graph_model_get_node (both, sw_graph_model_lookup (both, "Oskar Brandt"))->statements, ==, 2);
}

static void
test_merge_relations (void)
{
  g_autoptr(SwGraphModel) model = fx_model (2);
  const SwGraphEdge *told;
  int e, n_vera_oskar = 0;

  e = find_edge (model, "Vera Lind", "Oskar Brandt", SW_RELATION_TOLD);
  g_assert_cmpint (e, >=, 0);
  told = sw_graph_model_get_edge (model, e);
  g_assert_true (told->directed);
  g_assert_cmpfloat (told->weight, ==, 3);
  g_assert_cmpuint (told->evidence->len, ==, 2);
  g_assert_cmpuint (told->n_quotes, ==, 2);
  g_assert_cmpuint (g_array_index (told->evidence, SwGraphEvidence, 1).source, ==, 1);

  /* Told is directed: there is no Oskar → Vera told edge. */
  g_assert_cmpint (find_edge (model, "Oskar Brandt", "Vera Lind", SW_RELATION_TOLD), ==, -1);
  /* spoke_with is symmetric, found from either side. */
  g_assert_cmpint (find_edge (model, "Vera Lind", "Oskar Brandt", SW_RELATION_SPOKE_WITH), >=, 0);
  g_assert_cmpuint (sw_graph_model_get_edge (model, find_edge (model, "Oskar Brandt", "Vera Lind", SW_RELATION_SPOKE_WITH))->n_events, ==, 1);
  g_assert_cmpint (find_edge (model, "Vera Lind", "Vera Lind", SW_RELATION_SAID_ABOUT), ==, -1);

  /* Three kinds join the ministers: each knows its rank among them. */
  for (guint i = 0; i < sw_graph_model_get_n_edges (model); i++)
    {
      const SwGraphEdge *p = sw_graph_model_get_edge (model, i);
      int s = sw_graph_model_lookup (model, "Vera Lind"), t = sw_graph_model_lookup (model, "Oskar Brandt");

      if (((int)p->source == s && (int)p->target == t) || ((int)p->source == t && (int)p->target == s))
        {
          g_assert_cmpuint (p->parallel_count, ==, 3);
          g_assert_cmpuint (p->parallel_index, ==, (guint)n_vera_oskar);
          n_vera_oskar++;
        }
      else
        g_assert_cmpuint (p->parallel_index, <, p->parallel_count);
    }
  g_assert_cmpint (n_vera_oskar, ==, 3);
  g_assert_cmpuint (sw_graph_model_get_n_edges (model), ==, 12);
}

static void
test_dates (void)
{
  g_autoptr(SwGraphModel) model = fx_model (1);
  guint32 a, b, from, to;
  int spoke, harbour;

  g_assert_true (sw_graph_date_range ("2025-03", NULL, &a, &b));
  g_assert_cmpuint (b - a, ==, 30);
  g_assert_true (sw_graph_date_range ("2024", NULL, &a, &b));
  g_assert_cmpuint (b - a, ==, 365);
  g_assert_true (sw_graph_date_range ("2025-03-18", "2025-03-20", &a, &b));
  g_assert_cmpuint (b - a, ==, 2);
  g_assert_false (sw_graph_date_range ("soon", NULL, &a, &b));
  /* An impossible day keeps what is certain: the month. */
  g_assert_true (sw_graph_date_range ("2025-02-30", NULL, &a, &b));
  g_assert_cmpuint (b - a, ==, 27);

  spoke = find_edge (model, "Vera Lind", "Oskar Brandt", SW_RELATION_SPOKE_WITH);
  harbour = find_edge (model, "Tomas Reyes", "Harbour City", SW_RELATION_SAID_ABOUT);
  sw_graph_date_range ("2025-03-18", NULL, &from, &to);
  g_assert_true (sw_graph_model_edge_in_range (model, spoke, from, to));
  g_assert_false (sw_graph_model_edge_in_range (model, harbour, from, to));

  /* A month-only event covers its whole month. */
  sw_graph_date_range ("2025-04-29", NULL, &from, &to);
  g_assert_true (sw_graph_model_edge_in_range (model, harbour, from, to));
  g_assert_false (sw_graph_model_edge_in_range (model, spoke, from, to));

  /* Undated evidence (no document date here) never matches a range. */
  g_assert_false (sw_graph_model_edge_in_range (model, find_edge (model, "Vera Lind", "Oskar Brandt", SW_RELATION_TOLD), 1, G_MAXUINT32));
}

static void
test_document_date (void)
{
  g_autoptr(SwDocument) document = sw_document_new_from_text ("t", "Nothing here.", -1);
  SwExtraction *ex = fx_first ();
  SwGraphSource source = { document, ex };
  g_autoptr(SwGraphModel) model = NULL;
  guint32 from, to;

  /* Quotations have no date of their own: they take the document's. */
  sw_document_set_dct (document, "2025-03-10", SW_DCT_SOURCE_OPTION);
  model = sw_graph_model_new (&source, 1);
  sw_extraction_unref (ex);
  sw_graph_date_range ("2025-03-10", NULL, &from, &to);
  g_assert_true (sw_graph_model_edge_in_range (model, find_edge (model, "Vera Lind", "Oskar Brandt", SW_RELATION_TOLD), from, to));
  g_assert_false (sw_graph_model_edge_in_range (model, find_edge (model, "Vera Lind", "Oskar Brandt", SW_RELATION_TOLD), from + 1, to + 5));
}

static void
test_empty (void)
{
  g_autoptr(SwGraphModel) model = sw_graph_model_new (NULL, 0);
  SwExtraction *ex = sw_extraction_new ();
  SwGraphSource source = { NULL, ex };
  g_autoptr(SwGraphModel) blank = sw_graph_model_new (&source, 1);

  sw_extraction_unref (ex);
  g_assert_cmpuint (sw_graph_model_get_n_nodes (model), ==, 0);
  g_assert_cmpuint (sw_graph_model_get_n_edges (blank), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graph/model/merge-actors", test_merge_actors);
  g_test_add_func ("/graph/model/merge-relations", test_merge_relations);
  g_test_add_func ("/graph/model/dates", test_dates);
  g_test_add_func ("/graph/model/document-date", test_document_date);
  g_test_add_func ("/graph/model/empty", test_empty);

  return g_test_run ();
}
