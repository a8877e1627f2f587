/* sw-cli-graph.c: saywhen-cli's actor-graph commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "saywhen-cli-graph"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sw-cli-graph.h"
#include "sw-extract.h"
#include "sw-graph-export.h"
#include "sw-graph-layout.h"
#include "sw-graph-painter.h"

static char *
default_title (const SwGraphSource *sources,
               guint                n_sources)
{
  if (n_sources == 1 && sources[0].document != NULL && sw_document_get_title (sources[0].document) != NULL)
    return g_strdup_printf (_("Who talks to and about whom: %s"), sw_document_get_title (sources[0].document));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Who talks to and about whom in %u article",
                                       "Who talks to and about whom in %u articles", n_sources), n_sources);
}

/**
 * render_graph:
 * @output: a .png, .svg or .pdf file name
 *
 * Lays out and paints the actor graph of @sources into @output, with a
 * title and a legend. The layout is seeded, the PDF dated by a constant,
 * so the same input and options give the same bytes.
 */
gboolean
render_graph (const SwGraphSource     *sources,
              guint                    n_sources,
              const char              *output,
              const SwCliGraphOptions *options,
              GError                 **error)
{
  g_autoptr(SwGraphModel) model = NULL;
  g_autoptr(SwGraphLayout) layout = NULL;
  g_autofree char *title = NULL;
  SwGraphLayoutOptions layout_options;
  SwGraphPaintOptions paint;
  SwGraphImageFormat format;

  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (!sw_graph_image_format_from_filename (output, &format))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: the output must end in .png, .svg or .pdf"), output);
      return FALSE;
    }

  sw_graph_layout_options_init (&layout_options);
  if (options->size_by != NULL && !sw_graph_size_by_from_string (options->size_by, &layout_options.size_by))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("--size-by wants weight, degree, betweenness or pagerank"));
      return FALSE;
    }

  sw_graph_paint_options_init (&paint);
  if (g_strcmp0 (options->color_by, "community") == 0)
    paint.color_by = SW_GRAPH_COLOR_BY_COMMUNITY;
  else if (options->color_by != NULL && g_strcmp0 (options->color_by, "kind") != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("--color-by wants kind or community"));
      return FALSE;
    }

  model = sw_graph_model_new (sources, n_sources);
  layout = sw_graph_layout_compute (model, NULL, &layout_options, NULL, error);
  if (layout == NULL)
    return FALSE;

  title = options->title != NULL ? g_strdup (options->title) : default_title (sources, n_sources);
  paint.title = title;
  paint.legend = TRUE;

  return sw_graph_export_image (layout, output, format, options->width, 0, options->scale, NULL, &paint, error);
}

int
sw_cli_export_graph (int           argc,
                     char        **argv,
                     SwCliLoadFunc load)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  gboolean with_layout = TRUE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("graphml or gexf"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE"), N_("FILE") },
    { "no-layout", 0, G_OPTION_FLAG_REVERSE, G_OPTION_ARG_NONE, &with_layout,
      N_("Leave out positions, centralities and communities"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — write the actor graph as GraphML or GEXF"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) sources = g_array_new (FALSE, TRUE, sizeof (SwGraphSource));
  g_autoptr(SwGraphModel) model = NULL;
  g_autoptr(SwGraphLayout) layout = NULL;
  SwGraphFileFormat format = SW_GRAPH_FORMAT_GRAPHML;
  int status = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli export-graph: %s\n", error->message);
      return 2;
    }
  if (format_name != NULL && !sw_graph_file_format_from_string (format_name, &format))
    {
      g_printerr ("saywhen-cli export-graph: %s\n", _("--format wants graphml or gexf"));
      return 2;
    }
  if (output == NULL || files == NULL || files[0] == NULL)
    {
      g_printerr ("saywhen-cli export-graph: %s\n", _("needs --output=FILE and at least one input file"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      SwDocument *document = load (files[i], &local_error);
      SwGraphSource source;

      if (document == NULL)
        {
          g_printerr ("saywhen-cli: %s\n", local_error->message);
          status = 1;
          continue;
        }
      source.document = document;
      source.extraction = sw_extract (document, NULL);
      g_array_append_val (sources, source);
    }

  model = sw_graph_model_new ((SwGraphSource *)sources->data, sources->len);
  for (guint i = 0; i < sources->len; i++)
    {
      SwGraphSource *source = &g_array_index (sources, SwGraphSource, i);

      g_object_unref (source->document);
      sw_extraction_unref (source->extraction);
    }

  if (with_layout)
    {
      layout = sw_graph_layout_compute (model, NULL, NULL, NULL, &error);
      if (layout == NULL)
        {
          g_printerr ("saywhen-cli export-graph: %s\n", error->message);
          return 1;
        }
    }

  if (!sw_graph_write_file (model, layout, format, output, &error))
    {
      g_printerr ("saywhen-cli export-graph: %s\n", error->message);
      return 1;
    }

  return status;
}

/* A synthetic newsroom, reproducible from its seed: communities of
 * fifty actors who mostly quote and mention each other, some across. */
static SwExtraction *
bench_extraction (guint n_actors,
                  guint n_edges,
                  guint32 seed)
{
  static const SwActorKind kinds[] = { SW_ACTOR_PERSON, SW_ACTOR_PERSON, SW_ACTOR_ORGANIZATION,
                                       SW_ACTOR_PLACE, SW_ACTOR_GROUP, SW_ACTOR_PERSON };
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint community = 50;

  for (guint i = 0; i < n_actors; i++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %04u", i);
      SwActor *actor = sw_actor_new (name, kinds[i % G_N_ELEMENTS (kinds)]);

      sw_actor_add_mention (actor, i, i + 1);
      g_ptr_array_add (ex->actors, actor);
    }

  for (guint q = 0; q < n_actors * 3; q++)
    {
      SwQuote *quote = sw_quote_new (SW_QUOTE_DIRECT);
      /* A few voices say most: squaring skews the draw to low indices. */
      double u = g_rand_double (rand);
      int speaker = (int)(u * u * n_actors);

      g_array_append_val (quote->speakers, speaker);
      g_ptr_array_add (ex->quotes, quote);
    }

  while (g_hash_table_size (seen) < n_edges)
    {
      guint a = g_rand_int_range (rand, 0, n_actors);
      guint b = g_rand_int_range (rand, 0, 4) > 0
                ? (a / community) * community + g_rand_int_range (rand, 0, community)
                : (guint)g_rand_int_range (rand, 0, n_actors);
      SwRelationKind kind = g_rand_int_range (rand, 0, SW_GRAPH_N_RELATION_KINDS);
      SwRelation *relation;
      guint lo, hi;
      gint64 *key;
      int quote = g_rand_int_range (rand, 0, ex->quotes->len);

      if (b >= n_actors || a == b)
        continue;
      lo = sw_graph_relation_kind_is_directed (kind) ? a : MIN (a, b);
      hi = sw_graph_relation_kind_is_directed (kind) ? b : MAX (a, b);
      key = g_new (gint64, 1);
      *key = ((gint64)lo << 34) | ((gint64)hi << 3) | kind;
      if (!g_hash_table_add (seen, key))
        continue;

      relation = sw_relation_new (a, b, kind);
      relation->weight = 1 + g_rand_int_range (rand, 0, 4) / 3 * g_rand_int_range (rand, 1, 6);
      g_array_append_val (relation->quotes, quote);
      g_ptr_array_add (ex->relations, relation);
    }

  return g_steal_pointer (&ex);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof (double), (GCompareFunc)compare_doubles);
  return v[n / 2];
}

/**
 * sw_cli_bench_graph_add_figures:
 *
 * Times the actor graph on a synthetic graph of @n_nodes actors and
 * @n_edges relations: the full layout, the median full repaint at
 * 1600×900, the hover repaint and hit testing, added to @figures.
 */
void
sw_cli_bench_graph_add_figures (JsonObject *figures,
                                int         n_nodes,
                                int         n_edges,
                                int         frames)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwExtraction) ex = NULL;
  g_autoptr(SwGraphModel) model = NULL;
  g_autoptr(SwGraphLayout) layout = NULL;
  g_autofree double *times = NULL;
  g_autofree double *hover_times = NULL;
  g_autofree double *hit_times = NULL;
  SwGraphSource source = { NULL, NULL };
  SwGraphPaintOptions paint;
  SwGraphTransform t;
  SwGraphRect area;
  cairo_surface_t *surface;
  cairo_t *cr;
  gint64 start;
  double layout_ms, model_ms;

  g_return_if_fail (n_nodes >= 2 && n_edges >= 1 && frames >= 1);

  ex = bench_extraction (n_nodes, n_edges, 7);
  source.extraction = ex;

  start = g_get_monotonic_time ();
  model = sw_graph_model_new (&source, 1);
  model_ms = (g_get_monotonic_time () - start) / 1000.0;

  start = g_get_monotonic_time ();
  layout = sw_graph_layout_compute (model, NULL, NULL, NULL, &error);
  layout_ms = (g_get_monotonic_time () - start) / 1000.0;
  if (layout == NULL)
    {
      g_printerr ("saywhen-cli bench: %s\n", error->message);
      return;
    }

  sw_graph_paint_options_init (&paint);
  paint.width = 1600;
  paint.height = 900;
  sw_graph_paint_get_graph_area (layout, &paint, &area);
  sw_graph_transform_fit (&t, &layout->bounds, &area, 16, 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 900);
  cr = cairo_create (surface);
  times = g_new (double, frames);
  hover_times = g_new (double, frames);
  hit_times = g_new (double, frames);

  for (int f = 0; f < frames; f++)
    {
      double sx, sy;
      int node = (f * 131) % n_nodes;

      start = g_get_monotonic_time ();
      sw_graph_paint (cr, layout, &t, &paint);
      cairo_surface_flush (surface);
      times[f] = (g_get_monotonic_time () - start) / 1000.0;

      /* Hover: the widget keeps the full frame and paints only the
       * neighbourhood over a veil. */
      paint.hover_node = node;
      paint.highlight_only = TRUE;
      start = g_get_monotonic_time ();
      cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
      cairo_paint (cr);
      sw_graph_paint (cr, layout, &t, &paint);
      cairo_surface_flush (surface);
      hover_times[f] = (g_get_monotonic_time () - start) / 1000.0;
      paint.hover_node = -1;
      paint.highlight_only = FALSE;

      sw_graph_transform_to_screen (&t, layout->x[node], layout->y[node], &sx, &sy);
      start = g_get_monotonic_time ();
      (void)sw_graph_hit_node (layout, &t, sx + 3, sy, 4);
      (void)sw_graph_hit_edge (layout, &t, NULL, sx + 3, sy, 4);
      hit_times[f] = (g_get_monotonic_time () - start) / 1000.0;
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  json_object_set_int_member (figures, "graph_nodes", sw_graph_model_get_n_nodes (model));
  json_object_set_int_member (figures, "graph_edges", sw_graph_model_get_n_edges (model));
  json_object_set_double_member (figures, "graph_model_ms", model_ms);
  json_object_set_double_member (figures, "graph_layout_ms", layout_ms);
  json_object_set_double_member (figures, "graph_layout_positions_ms", layout->positions_ms);
  json_object_set_double_member (figures, "graph_layout_metrics_ms", layout->metrics_ms);
  json_object_set_double_member (figures, "graph_layout_labels_ms", layout->labels_ms);
  json_object_set_int_member (figures, "graph_labels_visible", layout->n_labels_visible);
  json_object_set_double_member (figures, "graph_frame_ms", median (times, frames));
  /* median() sorted the times: on a shared machine the fastest frame
   * says more about the code than the median does. */
  json_object_set_double_member (figures, "graph_frame_min_ms", times[0]);
  json_object_set_double_member (figures, "graph_hover_frame_ms", median (hover_times, frames));
  json_object_set_double_member (figures, "graph_hit_test_ms", median (hit_times, frames));
}
