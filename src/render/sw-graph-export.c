/* sw-graph-export.c: the actor graph as GraphML and GEXF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-graph-export"

#include "config.h"

#include <math.h>

#include "sw-graph-export.h"

/* Numbers go out in the C locale whatever the user's: a decimal comma
 * would make the file unreadable elsewhere. */
static void
append_double (GString *s,
               double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (v))
    v = 0;
  g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.6g", v));
}

static void
append_escaped (GString    *s,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);
  g_string_append (s, escaped);
}

static char *
join_roles (const SwGraphNode *node)
{
  GString *s = g_string_new (NULL);

  for (guint r = 0; r < node->roles->len; r++)
    {
      if (r > 0)
        g_string_append (s, "; ");
      g_string_append (s, g_ptr_array_index (node->roles, r));
    }
  return g_string_free (s, FALSE);
}

static void
graphml_key (GString    *s,
             const char *id,
             const char *domain,
             const char *name,
             const char *type)
{
  g_string_append_printf (s, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                          id, domain, name, type);
}

static void
graphml_data_string (GString    *s,
                     const char *key,
                     const char *value)
{
  g_string_append_printf (s, "      <data key=\"%s\">", key);
  append_escaped (s, value);
  g_string_append (s, "</data>\n");
}

static void
graphml_data_double (GString    *s,
                     const char *key,
                     double      value)
{
  g_string_append_printf (s, "      <data key=\"%s\">", key);
  append_double (s, value);
  g_string_append (s, "</data>\n");
}

static void
graphml_data_uint (GString    *s,
                   const char *key,
                   guint       value)
{
  g_string_append_printf (s, "      <data key=\"%s\">%u</data>\n", key, value);
}

/**
 * sw_graph_to_graphml:
 * @layout: (nullable): adds x, y, degree, betweenness, PageRank and
 *   community to each node
 *
 * The graph is directed; spoke_with and joint_statement edges say
 * directed="false", as GraphML allows per edge.
 */
char *
sw_graph_to_graphml (SwGraphModel  *model,
                     SwGraphLayout *layout)
{
  GString *s = g_string_new (NULL);
  guint n, m;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (layout == NULL || layout->model == model, NULL);

  n = sw_graph_model_get_n_nodes (model);
  m = sw_graph_model_get_n_edges (model);

  g_string_append (s,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
    "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  graphml_key (s, "label", "node", "label", "string");
  graphml_key (s, "kind", "node", "kind", "string");
  graphml_key (s, "roles", "node", "roles", "string");
  graphml_key (s, "weight", "node", "weight", "double");
  graphml_key (s, "statements", "node", "statements", "int");
  graphml_key (s, "spoken_about", "node", "spoken_about", "int");
  graphml_key (s, "mentions", "node", "mentions", "int");
  graphml_key (s, "documents", "node", "documents", "int");
  if (layout != NULL)
    {
      graphml_key (s, "x", "node", "x", "double");
      graphml_key (s, "y", "node", "y", "double");
      graphml_key (s, "degree", "node", "degree", "int");
      graphml_key (s, "betweenness", "node", "betweenness", "double");
      graphml_key (s, "pagerank", "node", "pagerank", "double");
      graphml_key (s, "community", "node", "community", "int");
    }
  graphml_key (s, "relation", "edge", "relation", "string");
  graphml_key (s, "edge_weight", "edge", "weight", "double");
  graphml_key (s, "evidence", "edge", "evidence", "int");
  graphml_key (s, "quotes", "edge", "quotes", "int");
  graphml_key (s, "events", "edge", "events", "int");
  g_string_append (s, "  <graph id=\"actors\" edgedefault=\"directed\">\n");

  for (guint i = 0; i < n; i++)
    {
      const SwGraphNode *node = sw_graph_model_get_node (model, i);
      g_autofree char *roles = join_roles (node);

      g_string_append_printf (s, "    <node id=\"n%u\">\n", i);
      graphml_data_string (s, "label", node->name);
      graphml_data_string (s, "kind", sw_actor_kind_to_string (node->kind));
      if (roles[0] != '\0')
        graphml_data_string (s, "roles", roles);
      graphml_data_double (s, "weight", node->weight);
      graphml_data_uint (s, "statements", node->statements);
      graphml_data_uint (s, "spoken_about", node->spoken_about);
      graphml_data_uint (s, "mentions", node->mentions);
      graphml_data_uint (s, "documents", node->n_sources);
      if (layout != NULL)
        {
          graphml_data_double (s, "x", layout->x[i]);
          graphml_data_double (s, "y", layout->y[i]);
          graphml_data_uint (s, "degree", (guint)layout->degree[i]);
          graphml_data_double (s, "betweenness", layout->betweenness[i]);
          graphml_data_double (s, "pagerank", layout->pagerank[i]);
          graphml_data_uint (s, "community", (guint)layout->community[i]);
        }
      g_string_append (s, "    </node>\n");
    }

  for (guint i = 0; i < m; i++)
    {
      const SwGraphEdge *e = sw_graph_model_get_edge (model, i);

      g_string_append_printf (s, "    <edge id=\"e%u\" source=\"n%u\" target=\"n%u\"%s>\n",
                              i, e->source, e->target, e->directed ? "" : " directed=\"false\"");
      graphml_data_string (s, "relation", sw_relation_kind_to_string (e->kind));
      graphml_data_double (s, "edge_weight", e->weight);
      graphml_data_uint (s, "evidence", e->evidence->len);
      graphml_data_uint (s, "quotes", e->n_quotes);
      graphml_data_uint (s, "events", e->n_events);
      g_string_append (s, "    </edge>\n");
    }

  g_string_append (s, "  </graph>\n</graphml>\n");
  return g_string_free (s, FALSE);
}

static void
gexf_attvalue (GString    *s,
               guint       id,
               const char *value)
{
  g_string_append_printf (s, "          <attvalue for=\"%u\" value=\"", id);
  append_escaped (s, value);
  g_string_append (s, "\"/>\n");
}

static void
gexf_attvalue_double (GString *s,
                      guint    id,
                      double   value)
{
  g_string_append_printf (s, "          <attvalue for=\"%u\" value=\"", id);
  append_double (s, value);
  g_string_append (s, "\"/>\n");
}

/**
 * sw_graph_to_gexf:
 * @layout: (nullable): adds viz positions and sizes, centralities and
 *   communities
 *
 * GEXF 1.2, which Gephi reads natively. No date in the meta element, so
 * the same graph gives the same file.
 */
char *
sw_graph_to_gexf (SwGraphModel  *model,
                  SwGraphLayout *layout)
{
  static const char *node_attrs[][2] = {
    { "kind", "string" }, { "roles", "string" }, { "weight", "double" }, { "statements", "integer" },
    { "spoken_about", "integer" }, { "mentions", "integer" }, { "documents", "integer" },
    { "degree", "integer" }, { "betweenness", "double" }, { "pagerank", "double" }, { "community", "integer" },
  };
  static const char *edge_attrs[][2] = {
    { "relation", "string" }, { "evidence", "integer" }, { "quotes", "integer" }, { "events", "integer" },
  };
  GString *s = g_string_new (NULL);
  guint n, m, n_node_attrs;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (layout == NULL || layout->model == model, NULL);

  n = sw_graph_model_get_n_nodes (model);
  m = sw_graph_model_get_n_edges (model);
  n_node_attrs = layout != NULL ? G_N_ELEMENTS (node_attrs) : 7;

  g_string_append (s,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" version=\"1.2\">\n"
    "  <meta>\n    <creator>Saywhen</creator>\n    <description>Who said what to whom</description>\n  </meta>\n"
    "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
    "    <attributes class=\"node\">\n");
  for (guint a = 0; a < n_node_attrs; a++)
    g_string_append_printf (s, "      <attribute id=\"%u\" title=\"%s\" type=\"%s\"/>\n", a, node_attrs[a][0], node_attrs[a][1]);
  g_string_append (s, "    </attributes>\n    <attributes class=\"edge\">\n");
  for (guint a = 0; a < G_N_ELEMENTS (edge_attrs); a++)
    g_string_append_printf (s, "      <attribute id=\"%u\" title=\"%s\" type=\"%s\"/>\n", a, edge_attrs[a][0], edge_attrs[a][1]);
  g_string_append (s, "    </attributes>\n    <nodes>\n");

  for (guint i = 0; i < n; i++)
    {
      const SwGraphNode *node = sw_graph_model_get_node (model, i);
      g_autofree char *roles = join_roles (node);
      char num[32];

      g_string_append_printf (s, "      <node id=\"n%u\" label=\"", i);
      append_escaped (s, node->name);
      g_string_append (s, "\">\n        <attvalues>\n");
      gexf_attvalue (s, 0, sw_actor_kind_to_string (node->kind));
      gexf_attvalue (s, 1, roles);
      gexf_attvalue_double (s, 2, node->weight);
      g_snprintf (num, sizeof num, "%u", node->statements);
      gexf_attvalue (s, 3, num);
      g_snprintf (num, sizeof num, "%u", node->spoken_about);
      gexf_attvalue (s, 4, num);
      g_snprintf (num, sizeof num, "%u", node->mentions);
      gexf_attvalue (s, 5, num);
      g_snprintf (num, sizeof num, "%u", node->n_sources);
      gexf_attvalue (s, 6, num);
      if (layout != NULL)
        {
          g_snprintf (num, sizeof num, "%u", (guint)layout->degree[i]);
          gexf_attvalue (s, 7, num);
          gexf_attvalue_double (s, 8, layout->betweenness[i]);
          gexf_attvalue_double (s, 9, layout->pagerank[i]);
          g_snprintf (num, sizeof num, "%d", layout->community[i]);
          gexf_attvalue (s, 10, num);
        }
      g_string_append (s, "        </attvalues>\n");
      if (layout != NULL)
        {
          g_string_append (s, "        <viz:position x=\"");
          append_double (s, layout->x[i]);
          /* GEXF's y axis points up, the screen's down. */
          g_string_append (s, "\" y=\"");
          append_double (s, -layout->y[i]);
          g_string_append (s, "\" z=\"0\"/>\n        <viz:size value=\"");
          append_double (s, layout->radius[i]);
          g_string_append (s, "\"/>\n");
        }
      g_string_append (s, "      </node>\n");
    }

  g_string_append (s, "    </nodes>\n    <edges>\n");
  for (guint i = 0; i < m; i++)
    {
      const SwGraphEdge *e = sw_graph_model_get_edge (model, i);
      char num[32];

      g_string_append_printf (s, "      <edge id=\"e%u\" source=\"n%u\" target=\"n%u\" type=\"%s\" label=\"%s\" weight=\"",
                              i, e->source, e->target, e->directed ? "directed" : "undirected",
                              sw_relation_kind_to_string (e->kind));
      append_double (s, e->weight);
      g_string_append (s, "\">\n        <attvalues>\n");
      gexf_attvalue (s, 0, sw_relation_kind_to_string (e->kind));
      g_snprintf (num, sizeof num, "%u", e->evidence->len);
      gexf_attvalue (s, 1, num);
      g_snprintf (num, sizeof num, "%u", e->n_quotes);
      gexf_attvalue (s, 2, num);
      g_snprintf (num, sizeof num, "%u", e->n_events);
      gexf_attvalue (s, 3, num);
      g_string_append (s, "        </attvalues>\n      </edge>\n");
    }
  g_string_append (s, "    </edges>\n  </graph>\n</gexf>\n");

  return g_string_free (s, FALSE);
}

gboolean
sw_graph_file_format_from_string (const char        *name,
                                  SwGraphFileFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (g_strcmp0 (name, "graphml") == 0)
    *format = SW_GRAPH_FORMAT_GRAPHML;
  else if (g_strcmp0 (name, "gexf") == 0)
    *format = SW_GRAPH_FORMAT_GEXF;
  else
    return FALSE;
  return TRUE;
}

gboolean
sw_graph_write_file (SwGraphModel       *model,
                     SwGraphLayout      *layout,
                     SwGraphFileFormat   format,
                     const char         *filename,
                     GError            **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  text = format == SW_GRAPH_FORMAT_GEXF ? sw_graph_to_gexf (model, layout) : sw_graph_to_graphml (model, layout);
  return g_file_set_contents (filename, text, -1, error);
}
