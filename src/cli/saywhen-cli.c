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
#include "sw-timeline-bench.h"
#include "sw-timeline-painter.h"

#include <gio/gunixinputstream.h>

/* Normalises a --dct option in place to YYYY-MM-DD. Where day and month
 * could be either way round, the text's own date is a better guess than
 * either reading: the option is dropped, saying so. */
static gboolean
resolve_dct_option (const char  *command,
                    char       **dct)
{
  gboolean ambiguous = FALSE;
  char *iso;

  if (*dct == NULL)
    return TRUE;

  iso = sw_dct_parse (*dct, &ambiguous);

  if (iso == NULL && ambiguous)
    {
      g_printerr ("saywhen-cli %s: %s “%s”; %s\n", command, _("ambiguous date"), *dct,
                  _("inferring each document’s date from its text"));
      g_clear_pointer (dct, g_free);
      return TRUE;
    }

  if (iso == NULL)
    {
      g_printerr ("saywhen-cli %s: %s\n", command, _("--dct wants a calendar date as YYYY-MM-DD"));
      return FALSE;
    }

  g_free (*dct);
  *dct = iso;
  return TRUE;
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

  if (!resolve_dct_option ("extract", &dct))
    return 2;

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
  g_autofree char *dct = NULL;
  g_autofree char *view = NULL;
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  int width = 1200;
  double scale_factor = 1.0;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view, N_("What to draw: timeline"), N_("VIEW") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE; .png, .svg or .pdf chooses the format"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (points for PDF)"), N_("PX") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale_factor, N_("Pixels per pixel in a PNG (2 for HiDPI)"), N_("S") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title above the timeline"), N_("TEXT") },
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct,
      N_("Resolve relative dates against DATE"), N_("YYYY-MM-DD") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — draw the timeline of the files as PNG, SVG or PDF"));
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

  if (view != NULL && g_strcmp0 (view, "timeline") != 0)
    {
      g_printerr ("saywhen-cli render: %s “%s”\n", _("unknown view"), view);
      return 2;
    }

  if (output == NULL || !sw_timeline_format_from_path (output, &format))
    {
      g_printerr ("saywhen-cli render: %s\n", _("--output wants a FILE ending in .png, .svg or .pdf"));
      return 2;
    }

  if (width < 100 || width > 20000 || scale_factor <= 0 || scale_factor > 8)
    {
      g_printerr ("saywhen-cli render: %s\n", _("--width wants 100 to 20000 pixels and --scale 0 to 8"));
      return 2;
    }

  if (!resolve_dct_option ("render", &dct))
    return 2;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("saywhen-cli render: %s\n", _("no input files (use “-” for standard input)"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SwDocument) document = load_argument (files[i], &local_error);

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

static int
cmd_bench_timeline (int    argc,
                    char **argv)
{
  g_autoptr(JsonObject) figures = json_object_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *text = NULL;

  sw_timeline_bench_add_figures (figures);
  json_node_set_object (root, figures);
  text = json_to_string (root, FALSE);
  printf ("%s\n", text);

  return 0;
}

static void
usage (FILE *to)
{
  fprintf (to,
           "%s\n\n  saywhen-cli extract [--dct=YYYY-MM-DD] [--with-text] FILE…\n"
           "  saywhen-cli render --view=timeline --output=FILE.{png,svg,pdf} [--width=PX] [--scale=S] [--dct=D] FILE…\n"
           "  saywhen-cli bench-timeline\n\n%s\n",
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
  if (strcmp (argv[1], "bench-timeline") == 0)
    return cmd_bench_timeline (argc - 1, argv + 1);

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
