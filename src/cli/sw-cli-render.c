/* sw-cli-render.c: saywhen-cli render, the drawn views as PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "saywhen-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sw-cli.h"
#include "sw-extract.h"
#include "sw-cli-graph.h"
#include "sw-timeline-painter.h"

static gboolean
render_graph_view (GPtrArray          *documents,
                   GPtrArray          *extractions,
                   const char         *output,
                   SwCliGraphOptions  *options,
                   GError            **error)
{
  g_autoptr(GArray) sources = g_array_new (FALSE, TRUE, sizeof (SwGraphSource));

  for (guint i = 0; i < documents->len; i++)
    {
      SwGraphSource source;

      source.document = g_ptr_array_index (documents, i);
      source.extraction = g_ptr_array_index (extractions, i);
      g_array_append_val (sources, source);
    }

  return render_graph ((SwGraphSource *)(gpointer)sources->data, sources->len, output, options, error);
}

int
sw_cli_render (int    argc,
               char **argv)
{
  g_autofree char *dct = NULL;
  g_autofree char *view = NULL;
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_autofree char *color_by = NULL;
  g_autofree char *size_by = NULL;
  int width = 0;
  double scale_factor = 1.0;
  g_auto(GStrv) files = NULL;
  g_autoptr(GPtrArray) inputs = NULL;
  const GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view, N_("What to draw: timeline or graph"), N_("VIEW") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE; .png, .svg or .pdf chooses the format"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width,
      N_("Width in pixels (points for PDF); by default 1200 for a timeline, the natural size for a graph"), N_("PX") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale_factor, N_("Pixels per pixel in a PNG (2 for HiDPI)"), N_("S") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title above the picture"), N_("TEXT") },
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct,
      N_("Resolve relative dates against DATE"), N_("YYYY-MM-DD") },
    { "color-by", 0, 0, G_OPTION_ARG_STRING, &color_by, N_("graph: colour nodes by kind or community"), N_("WHAT") },
    { "size-by", 0, 0, G_OPTION_ARG_STRING, &size_by,
      N_("graph: size nodes by weight, degree, betweenness or pagerank"), N_("WHAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — draw the timeline or the actor graph as PNG, SVG or PDF"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) extractions = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_extraction_unref);
  g_autoptr(SwTimelineLayout) layout = NULL;
  g_autoptr(SwTimeScale) scale = NULL;
  SwTimelineFormat format;
  double start, end;
  int status = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli render: %s\n", error->message);
      return 2;
    }

  if (view != NULL && g_strcmp0 (view, "timeline") != 0 && g_strcmp0 (view, "graph") != 0)
    {
      g_printerr ("saywhen-cli render: %s “%s”\n", _("unknown view"), view);
      return 2;
    }

  if (output == NULL || !sw_timeline_format_from_path (output, &format))
    {
      g_printerr ("saywhen-cli render: %s\n", _("--output wants a FILE ending in .png, .svg or .pdf"));
      return 2;
    }

  if (width == 0 && g_strcmp0 (view, "graph") != 0)
    width = 1200;

  if ((width != 0 && (width < 100 || width > 20000)) || scale_factor <= 0 || scale_factor > 8)
    {
      g_printerr ("saywhen-cli render: %s\n", _("--width wants 100 to 20000 pixels and --scale 0 to 8"));
      return 2;
    }

  if (!sw_cli_resolve_dct ("render", &dct))
    return 2;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("saywhen-cli render: %s\n", _("no input files (use “-” for standard input)"));
      return 2;
    }

  {
    gboolean failed = FALSE;

    inputs = sw_cli_expand_arguments (files, &failed);
    if (failed)
      status = 1;
  }

  for (guint i = 0; i < inputs->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SwDocument) document = sw_cli_load (g_ptr_array_index (inputs, i), &local_error);

      if (document == NULL)
        {
          g_printerr ("saywhen-cli: %s\n", local_error->message);
          status = 1;
          continue;
        }

      if (dct != NULL)
        sw_document_set_dct (document, dct, SW_DCT_SOURCE_OPTION);

      g_ptr_array_add (extractions, sw_extract (document, NULL));
      g_ptr_array_add (documents, g_steal_pointer (&document));
    }

  if (g_strcmp0 (view, "graph") == 0)
    {
      SwCliGraphOptions options = { 0 };

      options.width = width;
      options.scale = scale_factor;
      options.color_by = color_by;
      options.size_by = size_by;
      options.title = title;

      if (!render_graph_view (documents, extractions, output, &options, &error))
        {
          g_printerr ("saywhen-cli render: %s\n", error->message);
          return 1;
        }

      return status;
    }

  if (title == NULL && documents->len == 1)
    title = g_strdup (sw_document_get_title (g_ptr_array_index (documents, 0)));

  layout = sw_timeline_layout_new (documents, extractions);
  scale = sw_time_scale_new (0, 1, width);
  if (sw_timeline_layout_get_extent (layout, &start, &end))
    sw_time_scale_fit (scale, start, end, 0.03);
  else
    sw_time_scale_fit (scale, 0, 0, 0);

  if (!sw_timeline_export (layout, scale, format, output, width, scale_factor, title, &error))
    {
      g_printerr ("saywhen-cli render: %s\n", error->message);
      return 1;
    }

  return status;
}
