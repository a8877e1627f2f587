/* test-graph-export.c: GraphML and GEXF read back by a real parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-graph-export"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "graph-fixture.h"
#include "sw-graph-export.h"

static xmlXPathObjectPtr
query (xmlXPathContextPtr  context,
       const char         *path)
{
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *)path, context);

  g_assert_nonnull (result);
  return result;
}

static int
count (xmlXPathContextPtr  context,
       const char         *path)
{
  xmlXPathObjectPtr result = query (context, path);
  int n = result->nodesetval != NULL ? result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  return n;
}

static char *
string (xmlXPathContextPtr  context,
        const char         *path)
{
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *)path, context);
  char *value;

  g_assert_nonnull (result);
  g_assert_cmpint (result->type, ==, XPATH_STRING);
  value = g_strdup ((const char *)result->stringval);
  xmlXPathFreeObject (result);
  return value;
}

static void
check_graphml (SwGraphModel  *model,
               SwGraphLayout *layout)
{
  g_autofree char *text = sw_graph_to_graphml (model, layout);
  xmlDocPtr doc = xmlReadMemory (text, strlen (text), "graph.graphml", "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR);
  xmlXPathContextPtr context;
  guint n = sw_graph_model_get_n_nodes (model), m = sw_graph_model_get_n_edges (model);

  g_assert_nonnull (doc);
  context = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (context, (const xmlChar *)"g", (const xmlChar *)"http://graphml.graphdrawing.org/xmlns");

  g_assert_cmpint (count (context, "/g:graphml/g:graph/g:node"), ==, (int)n);
  g_assert_cmpint (count (context, "/g:graphml/g:graph/g:edge"), ==, (int)m);
  g_assert_cmpint (count (context, "/g:graphml/g:key[@for='node' and @attr.name='pagerank']"), ==, layout != NULL);

  /* Each node's label is its actor's name, found by the model again. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("string(/g:graphml/g:graph/g:node[%u]/g:data[@key='label'])", i + 1);
      g_autofree char *id_path = g_strdup_printf ("string(/g:graphml/g:graph/g:node[%u]/@id)", i + 1);
      g_autofree char *label = string (context, path);
      g_autofree char *id = string (context, id_path);
      g_autofree char *expected_id = g_strdup_printf ("n%u", i);

      g_assert_cmpstr (label, ==, sw_graph_model_get_node (model, i)->name);
      g_assert_cmpstr (id, ==, expected_id);
      g_assert_cmpint (sw_graph_model_lookup (model, label), ==, (int)i);
    }

  /* Edges join the same actors, with the same kind, weight and evidence. */
  for (guint i = 0; i < m; i++)
    {
      const SwGraphEdge *e = sw_graph_model_get_edge (model, i);
      g_autofree char *base = g_strdup_printf ("/g:graphml/g:graph/g:edge[%u]", i + 1);
      g_autofree char *source_path = g_strdup_printf ("string(/g:graphml/g:graph/g:node[@id=string(%s/@source)]/g:data[@key='label'])", base);
      g_autofree char *target_path = g_strdup_printf ("string(/g:graphml/g:graph/g:node[@id=string(%s/@target)]/g:data[@key='label'])", base);
      g_autofree char *kind_path = g_strdup_printf ("string(%s/g:data[@key='relation'])", base);
      g_autofree char *weight_path = g_strdup_printf ("string(%s/g:data[@key='edge_weight'])", base);
      g_autofree char *evidence_path = g_strdup_printf ("string(%s/g:data[@key='evidence'])", base);
      g_autofree char *directed_path = g_strdup_printf ("string(%s/@directed)", base);
      g_autofree char *source = string (context, source_path);
      g_autofree char *target = string (context, target_path);
      g_autofree char *kind = string (context, kind_path);
      g_autofree char *weight = string (context, weight_path);
      g_autofree char *evidence = string (context, evidence_path);
      g_autofree char *directed = string (context, directed_path);

      g_assert_cmpstr (source, ==, sw_graph_model_get_node (model, e->source)->name);
      g_assert_cmpstr (target, ==, sw_graph_model_get_node (model, e->target)->name);
      g_assert_cmpstr (kind, ==, sw_relation_kind_to_string (e->kind));
      g_assert_cmpfloat (g_ascii_strtod (weight, NULL), ==, e->weight);
      g_assert_cmpuint (g_ascii_strtoull (evidence, NULL, 10), ==, e->evidence->len);
      g_assert_cmpstr (directed, ==, e->directed ? "" : "false");
    }

  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);
}

static void
test_graphml (void)
{
  g_autoptr(SwGraphModel) model = fx_model (2);
  g_autoptr(SwGraphLayout) layout = sw_graph_layout_compute (model, NULL, NULL, NULL, NULL);
  g_autoptr(SwGraphModel) crowd = fx_random_model (80, 300, 9);

  check_graphml (model, NULL);
  check_graphml (model, layout);
  check_graphml (crowd, NULL);
}

static void
test_graphml_escaping (void)
{
  SwExtraction *ex = sw_extraction_new ();
  SwGraphSource source = { NULL, ex };
  g_autoptr(SwGraphModel) model = NULL;
  int a = fx_actor (ex, "Smith & Sons <Ltd> \"quoted\"", SW_ACTOR_ORGANIZATION, "role with 'apostrophes'");
  int b = fx_actor (ex, "Zoë Ångström", SW_ACTOR_PERSON, NULL);

  fx_relation (ex, a, b, SW_RELATION_SAID_ABOUT, 1, -1, -1);
  model = sw_graph_model_new (&source, 1);
  sw_extraction_unref (ex);
  check_graphml (model, NULL);
}

static void
test_gexf (void)
{
  g_autoptr(SwGraphModel) model = fx_model (2);
  g_autoptr(SwGraphLayout) layout = sw_graph_layout_compute (model, NULL, NULL, NULL, NULL);
  g_autofree char *text = sw_graph_to_gexf (model, layout);
  g_autofree char *again = sw_graph_to_gexf (model, layout);
  xmlDocPtr doc = xmlReadMemory (text, strlen (text), "graph.gexf", "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR);
  xmlXPathContextPtr context;
  g_autofree char *label = NULL;
  g_autofree char *type = NULL;

  g_assert_nonnull (doc);
  g_assert_cmpstr (text, ==, again);
  context = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (context, (const xmlChar *)"x", (const xmlChar *)"http://www.gexf.net/1.2draft");
  xmlXPathRegisterNs (context, (const xmlChar *)"viz", (const xmlChar *)"http://www.gexf.net/1.2draft/viz");

  g_assert_cmpint (count (context, "/x:gexf/x:graph/x:nodes/x:node"), ==, (int)sw_graph_model_get_n_nodes (model));
  g_assert_cmpint (count (context, "/x:gexf/x:graph/x:edges/x:edge"), ==, (int)sw_graph_model_get_n_edges (model));
  g_assert_cmpint (count (context, "/x:gexf/x:graph/x:nodes/x:node/viz:position"), ==, (int)sw_graph_model_get_n_nodes (model));
  label = string (context, "string(/x:gexf/x:graph/x:nodes/x:node[1]/@label)");
  g_assert_cmpstr (label, ==, sw_graph_model_get_node (model, 0)->name);
  type = string (context, "string(/x:gexf/x:graph/x:edges/x:edge[x:attvalues/x:attvalue[@for='0' and @value='spoke_with']][1]/@type)");
  g_assert_cmpstr (type, ==, "undirected");

  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);
}

static void
test_write_file (void)
{
  g_autoptr(SwGraphModel) model = fx_model (1);
  g_autofree char *dir = g_dir_make_tmp ("sw-graph-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "g.graphml", NULL);
  g_autofree char *written = NULL;
  g_autofree char *expected = sw_graph_to_graphml (model, NULL);
  g_autoptr(GError) error = NULL;
  SwGraphFileFormat format;

  g_assert_true (sw_graph_file_format_from_string ("graphml", &format));
  g_assert_false (sw_graph_file_format_from_string ("dot", &format));
  g_assert_true (sw_graph_write_file (model, NULL, format, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graph/export/graphml", test_graphml);
  g_test_add_func ("/graph/export/graphml-escaping", test_graphml_escaping);
  g_test_add_func ("/graph/export/gexf", test_gexf);
  g_test_add_func ("/graph/export/write-file", test_write_file);

  return g_test_run ();
}
