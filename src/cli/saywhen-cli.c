/* saywhen-cli.c: the batch front end of the Saywhen core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "saywhen-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "sw-document.h"
#include "sw-extract.h"
#include "sw-json.h"
#include "sw-cli-graph.h"

#include <gio/gunixinputstream.h>

static gboolean
valid_date (const char *s)
{
  guint y, m, d;
  char tail;

  if (s == NULL || strlen (s) != 10)
    return FALSE;
  if (sscanf (s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;

  return g_date_valid_dmy (d, m, y);
}

static SwDocument *
load_argument (const char  *arg,
               GError     **error)
{
  if (g_strcmp0 (arg, "-") == 0)
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);
      g_autoptr(GOutputStream) mem = g_memory_output_stream_new_resizable ();
      g_autoptr(GBytes) bytes = NULL;

      if (g_output_stream_splice (mem, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, error) < 0)
        return NULL;

      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (mem));
      return sw_document_new_from_bytes ("-", bytes, error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
      SwDocument *document = sw_document_load (file, NULL, error);

      if (document != NULL)
        sw_document_set_path (document, arg);

      return document;
    }
}

static int
cmd_extract (int    argc,
             char **argv)
{
  g_autofree char *dct = NULL;
  gboolean with_text = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct,
      N_("Resolve relative dates against DATE"), N_("YYYY-MM-DD") },
    { "with-text", 0, 0, G_OPTION_ARG_NONE, &with_text,
      N_("Include the loaded text in each document"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — extract dates, quotes and actors as JSON Lines"));
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Prints one JSON object per FILE, one per line. “-” reads standard input."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli extract: %s\n", error->message);
      return 2;
    }

  if (dct != NULL && !valid_date (dct))
    {
      g_printerr ("saywhen-cli extract: %s\n", _("--dct wants a calendar date as YYYY-MM-DD"));
      return 2;
    }

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("saywhen-cli extract: %s\n", _("no input files (use “-” for standard input)"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SwDocument) document = load_argument (files[i], &local_error);
      g_autoptr(SwExtraction) extraction = NULL;
      g_autofree char *line = NULL;

      if (document == NULL)
        {
          g_printerr ("saywhen-cli: %s\n", local_error->message);
          status = 1;
          continue;
        }

      if (dct != NULL)
        sw_document_set_dct (document, dct, SW_DCT_SOURCE_OPTION);

      extraction = sw_extract (document, NULL);
      line = sw_json_to_line (document, extraction, with_text);

      /* One write per document keeps every line whole. */
      fputs (line, stdout);
      fputc ('\n', stdout);
      fflush (stdout);
    }

  return status;
}

static int
cmd_render (int    argc,
            char **argv)
{
  g_autofree char *view = NULL;
  g_autofree char *output = NULL;
  g_autofree char *color_by = NULL;
  g_autofree char *size_by = NULL;
  g_autofree char *title = NULL;
  double width = 0, scale = 1;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view, N_("What to draw: graph"), N_("VIEW") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE (.png, .svg or .pdf)"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, N_("Image width in pixels (default: natural size)"), N_("PX") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, N_("Device pixels per pixel, e.g. 2 for HiDPI"), N_("S") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title above the picture"), N_("TEXT") },
    { "color-by", 0, 0, G_OPTION_ARG_STRING, &color_by, N_("graph: kind or community"), N_("WHAT") },
    { "size-by", 0, 0, G_OPTION_ARG_STRING, &size_by, N_("graph: weight, degree, betweenness or pagerank"), N_("WHAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — draw a view of the documents as PNG, SVG or PDF"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) sources = g_array_new (FALSE, TRUE, sizeof (SwGraphSource));
  SwCliGraphOptions graph_options = { 0 };
  gboolean ok;
  int status = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli render: %s\n", error->message);
      return 2;
    }
  if (g_strcmp0 (view, "graph") != 0)
    {
      g_printerr ("saywhen-cli render: %s\n", _("--view wants graph"));
      return 2;
    }
  if (output == NULL || files == NULL || files[0] == NULL || width < 0 || scale <= 0)
    {
      g_printerr ("saywhen-cli render: %s\n", _("needs --output=FILE and at least one input file"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      SwDocument *document = load_argument (files[i], &local_error);
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

  graph_options.width = width;
  graph_options.scale = scale;
  graph_options.color_by = color_by;
  graph_options.size_by = size_by;
  graph_options.title = title;
  ok = render_graph ((SwGraphSource *)sources->data, sources->len, output, &graph_options, &error);

  for (guint i = 0; i < sources->len; i++)
    {
      SwGraphSource *source = &g_array_index (sources, SwGraphSource, i);

      g_object_unref (source->document);
      sw_extraction_unref (source->extraction);
    }

  if (!ok)
    {
      g_printerr ("saywhen-cli render: %s\n", error->message);
      return 1;
    }

  return status;
}

static void
usage (FILE *to)
{
  fprintf (to,
           "%s\n\n  saywhen-cli extract [--dct=YYYY-MM-DD] [--with-text] FILE…\n"
           "  saywhen-cli render --view=graph --output=FILE.{png,svg,pdf} [--width=PX] [--scale=S] FILE…\n"
           "  saywhen-cli export-graph --format=graphml|gexf --output=FILE FILE…\n"
           "  saywhen-cli bench-graph [--nodes=N] [--edges=N]\n\n%s\n",
           _("Usage:"),
           _("Run “saywhen-cli COMMAND --help” for a command’s options."));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      usage (stderr);
      return 2;
    }

  if (strcmp (argv[1], "extract") == 0)
    return cmd_extract (argc - 1, argv + 1);
  if (strcmp (argv[1], "render") == 0)
    return cmd_render (argc - 1, argv + 1);
  if (strcmp (argv[1], "export-graph") == 0)
    return sw_cli_export_graph (argc - 1, argv + 1, load_argument);
  if (strcmp (argv[1], "bench-graph") == 0)
    return sw_cli_bench_graph (argc - 1, argv + 1);

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      usage (stdout);
      return 0;
    }

  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("saywhen-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  fprintf (stderr, "saywhen-cli: %s “%s”\n", _("unknown command"), argv[1]);
  usage (stderr);
  return 2;
}
