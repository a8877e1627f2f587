/* saywhen-cli.c: the batch front end of the Saywhen core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "saywhen-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sw-document.h"
#include "sw-extract.h"
#include "sw-export.h"
#include "sw-json.h"
#include "sw-project.h"
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

/* --- export, project and bench-projects ------------------------------- */

static gboolean
is_project_path (const char *arg)
{
  return g_str_has_suffix (arg, ".saywhen");
}

/* Appends the articles named on the command line to @into: a .saywhen
 * project brings its articles with their corrections; any other file is
 * loaded and extracted. Returns FALSE if any could not be read. */
static gboolean
collect_articles (const char  *command,
                  char       **files,
                  const char  *dct,
                  GListStore  *into)
{
  gboolean ok = TRUE;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (is_project_path (files[i]))
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
          g_autoptr(SwProject) project = sw_project_open (file, NULL, &error);
          GListModel *articles;

          if (project == NULL)
            {
              g_printerr ("saywhen-cli %s: %s\n", command, error->message);
              ok = FALSE;
              continue;
            }

          articles = sw_project_get_articles (project);
          for (guint k = 0; k < g_list_model_get_n_items (articles); k++)
            {
              g_autoptr(SwArticle) article = g_list_model_get_item (articles, k);
              g_list_store_append (into, article);
            }
        }
      else
        {
          g_autoptr(SwDocument) document = load_argument (files[i], &error);
          g_autoptr(SwExtraction) extraction = NULL;
          g_autoptr(SwArticle) article = NULL;

          if (document == NULL)
            {
              g_printerr ("saywhen-cli: %s\n", error->message);
              ok = FALSE;
              continue;
            }

          if (dct != NULL)
            sw_document_set_dct (document, dct, SW_DCT_SOURCE_OPTION);
          extraction = sw_extract (document, NULL);
          article = sw_article_new (document, extraction);
          g_list_store_append (into, article);
        }
    }

  return ok;
}

static int
cmd_export (int    argc,
            char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *dct = NULL;
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("json (contract JSON Lines), csv-quotes, csv-events or timelinejs"), N_("FORMAT") },
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct,
      N_("Resolve relative dates against DATE"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The timeline’s title (timelinejs)"), N_("TEXT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE… — write what the files say as JSON, CSV or TimelineJS"));
  g_autoptr(GListStore) articles = g_list_store_new (SW_TYPE_ARTICLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SwExportFormat format;
  gboolean ok;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("A FILE ending in .saywhen is a project: its articles are exported with their corrections."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli export: %s\n", error->message);
      return 2;
    }

  if (!sw_export_format_from_string (format_name ? format_name : "json", &format))
    {
      g_printerr ("saywhen-cli export: %s “%s”\n", _("unknown format"), format_name);
      return 2;
    }

  if (!resolve_dct_option ("export", &dct))
    return 2;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("saywhen-cli export: %s\n", _("no input files (use “-” for standard input)"));
      return 2;
    }

  ok = collect_articles ("export", files, dct, articles);
  bytes = sw_export_to_bytes (format, G_LIST_MODEL (articles), title);

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
        {
          g_printerr ("saywhen-cli export: %s\n", error->message);
          return 1;
        }
    }
  else
    {
      fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
      fflush (stdout);
    }

  return ok ? 0 : 1;
}

static int
cmd_project_save (int    argc,
                  char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *dct = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The project to write"), N_("P.saywhen") },
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct,
      N_("Resolve relative dates against DATE"), N_("YYYY-MM-DD") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — save the files as a project"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SwProject) project = sw_project_new ();
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) file = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli project save: %s\n", error->message);
      return 2;
    }

  if (output == NULL || files == NULL || files[0] == NULL)
    {
      g_printerr ("saywhen-cli project save: %s\n", _("wants --output=P.saywhen and at least one FILE"));
      return 2;
    }

  if (!resolve_dct_option ("project save", &dct))
    return 2;

  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (inputs, g_file_new_for_commandline_arg (files[i]));

  sw_project_import (project, (GFile **)inputs->pdata, inputs->len, dct, 0, NULL, NULL, NULL, failures);
  for (guint i = 0; i < failures->len; i++)
    g_printerr ("saywhen-cli: %s\n", (const char *)g_ptr_array_index (failures, i));

  file = g_file_new_for_commandline_arg (output);
  if (!sw_project_save (project, file, NULL, &error))
    {
      g_printerr ("saywhen-cli project save: %s\n", error->message);
      return 1;
    }

  return failures->len == 0 ? 0 : 1;
}

static SwProject *
open_project_argument (const char  *command,
                       int          argc,
                       char       **argv,
                       gboolean    *with_text)
{
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "with-text", 0, 0, G_OPTION_ARG_NONE, with_text,
      N_("Include the text in each document"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("P.saywhen") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("P.saywhen"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  SwProject *project;

  if (with_text != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  else
    g_option_context_add_main_entries (context, entries + 1, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli project %s: %s\n", command, error->message);
      return NULL;
    }

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("saywhen-cli project %s: %s\n", command, _("wants one project file"));
      return NULL;
    }

  file = g_file_new_for_commandline_arg (files[0]);
  project = sw_project_open (file, NULL, &error);
  if (project == NULL)
    g_printerr ("saywhen-cli project %s: %s\n", command, error->message);

  return project;
}

static int
cmd_project_info (int    argc,
                  char **argv)
{
  g_autoptr(SwProject) project = open_project_argument ("info", argc, argv, NULL);
  GListModel *articles;
  guint total = 0;

  if (project == NULL)
    return 1;

  articles = sw_project_get_articles (project);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SwArticle) article = g_list_model_get_item (articles, i);
      SwDocument *doc = sw_article_get_document (article);
      GPtrArray *corrections = sw_project_get_corrections (project, article);
      guint n = corrections ? corrections->len : 0;

      total += n;
      printf ("%u\t%s\t%s\t%s (%s)\t%u %s\n", i + 1,
              sw_article_get_title (article),
              sw_document_get_path (doc) ? sw_document_get_path (doc) : "-",
              sw_document_get_dct (doc) ? sw_document_get_dct (doc) : "-",
              sw_dct_source_to_string (sw_document_get_dct_source (doc)),
              n, n == 1 ? "correction" : "corrections");
    }

  printf ("%u articles, %u corrections, extractor %s%s\n",
          g_list_model_get_n_items (articles), total, sw_extractor_version (),
          sw_project_get_n_reextracted (project) > 0 ? " (extracted again on open)" : "");

  return 0;
}

static int
cmd_project_extract (int    argc,
                     char **argv)
{
  gboolean with_text = FALSE;
  g_autoptr(SwProject) project = open_project_argument ("extract", argc, argv, &with_text);
  GListModel *articles;

  if (project == NULL)
    return 1;

  articles = sw_project_get_articles (project);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SwArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *line = sw_json_to_line (sw_article_get_document (article),
                                               sw_article_get_extraction (article), with_text);

      fputs (line, stdout);
      fputc ('\n', stdout);
    }
  fflush (stdout);

  return 0;
}

static int
cmd_project (int    argc,
             char **argv)
{
  if (argc >= 2 && strcmp (argv[1], "save") == 0)
    return cmd_project_save (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "info") == 0)
    return cmd_project_info (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "extract") == 0)
    return cmd_project_extract (argc - 1, argv + 1);

  g_printerr ("saywhen-cli project: %s\n", _("wants save, info or extract"));
  return 2;
}

/* Invented news copy for the benchmark: names, offices, dates, quotes and
 * meetings in varying order, so the extractors have their usual work. */
static const char *const bench_first[] = {
  "Ilse", "Tomas", "Marguerite", "Oskar", "Dalia", "Henrik", "Soraya", "Piet",
  "Agnieszka", "Rafael", "Nkechi", "Lorenz", "Maren", "Yusuf", "Clodagh", "Emil",
};
static const char *const bench_last[] = {
  "Brandt", "Okafor", "Lindqvist", "Moreau", "Varga", "Haddad", "Kowal", "Strand",
  "Ferreira", "Nakamura", "Dubois", "Achterberg", "Szabo", "Quinn", "Rossi", "Berger",
};
static const char *const bench_office[] = {
  "transport minister", "mayor", "union leader", "central bank governor",
  "foreign minister", "port authority chief", "health commissioner", "party spokesperson",
};
static const char *const bench_place[] = {
  "Varnholm", "Estrada", "Kelby", "Lunport", "Marisk", "Ostwick", "Pelora", "Tarnow Bay",
};
static const char *const bench_topic[] = {
  "the rail strike", "the harbour expansion", "grain export quotas", "the bridge repairs",
  "a new water treaty", "winter heating subsidies", "the ferry timetable", "border checks",
};
static const char *const bench_month[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December",
};
static const char *const bench_weekday[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "on Saturday", "on Sunday",
};
static const char *const bench_claim[] = {
  "talks would resume within two weeks", "no agreement was possible before the spring",
  "the plan had been approved by a narrow margin", "funding would be cut by a third",
  "inspectors had found no fault", "the deadline could not be moved again",
};

#define PICK(array) ((array)[g_rand_int_range (rand, 0, G_N_ELEMENTS (array))])

static void
bench_person (GRand   *rand,
              GString *out)
{
  g_string_append_printf (out, "%s %s", PICK (bench_first), PICK (bench_last));
}

static char *
bench_article (GRand *rand,
               guint  index,
               gsize  target)
{
  GString *out = g_string_sized_new (target + 512);
  int year = g_rand_int_range (rand, 2015, 2026);
  int month = g_rand_int_range (rand, 0, 12);
  int day = g_rand_int_range (rand, 1, 29);

  g_string_append_printf (out, "Dispute over %s deepens in %s (%u)\n\n",
                          PICK (bench_topic), PICK (bench_place), index);
  g_string_append_printf (out, "%s, %s %d, %d — ", PICK (bench_place), bench_month[month], day, year);

  while (out->len < target)
    {
      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0:
          bench_person (rand, out);
          g_string_append_printf (out, ", the %s, said on %s that %s. ",
                                  PICK (bench_office), PICK (bench_weekday), PICK (bench_claim));
          break;
        case 1:
          g_string_append (out, "“We will not accept ");
          g_string_append (out, PICK (bench_topic));
          g_string_append (out, " as it stands,” ");
          bench_person (rand, out);
          g_string_append_printf (out, " told reporters in %s. ", PICK (bench_place));
          break;
        case 2:
          bench_person (rand, out);
          g_string_append (out, " met ");
          bench_person (rand, out);
          g_string_append_printf (out, " on %d %s %d to discuss %s. ",
                                  g_rand_int_range (rand, 1, 29), PICK (bench_month),
                                  year - g_rand_int_range (rand, 0, 3), PICK (bench_topic));
          break;
        case 3:
          g_string_append_printf (out, "The %s of %s announced last %s that %s. ",
                                  PICK (bench_office), PICK (bench_place),
                                  PICK (bench_month), PICK (bench_claim));
          break;
        case 4:
          g_string_append_printf (out, "Talks on %s lasted about three hours, and a second round is planned for next week. ",
                                  PICK (bench_topic));
          break;
        default:
          g_string_append (out, "\n\n");
          break;
        }
    }

  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

static gboolean
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_unlink (child) != 0)
        return FALSE;
    }

  return g_rmdir (path) == 0;
}

/* Import and reopen of a 1,000-article project (about 5 MB of text),
 * written to a temporary folder and removed afterwards. */
static int
cmd_bench_projects (int    argc,
                    char **argv)
{
  const guint n_articles = 1000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("saywhen-bench-XXXXXX", &error);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250318);
  g_autoptr(SwProject) project = sw_project_new ();
  g_autoptr(SwProject) reopened = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  double import_ms, save_ms, open_ms;
  gsize bytes = 0;
  gint64 start;

  if (dir == NULL)
    {
      g_printerr ("saywhen-cli bench-projects: %s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < n_articles; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%04u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = bench_article (rand, i, 5000);

      bytes += strlen (text);
      if (!g_file_set_contents (path, text, -1, &error))
        {
          g_printerr ("saywhen-cli bench-projects: %s\n", error->message);
          remove_tree (dir);
          return 1;
        }
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  start = g_get_monotonic_time ();
  sw_project_import (project, (GFile **)files->pdata, files->len, NULL, 2, NULL, NULL, NULL, NULL);
  import_ms = elapsed_ms (start);

  project_file = g_file_new_build_filename (dir, "bench.saywhen", NULL);
  start = g_get_monotonic_time ();
  if (!sw_project_save (project, project_file, NULL, &error))
    {
      g_printerr ("saywhen-cli bench-projects: %s\n", error->message);
      remove_tree (dir);
      return 1;
    }
  save_ms = elapsed_ms (start);

  start = g_get_monotonic_time ();
  reopened = sw_project_open (project_file, NULL, &error);
  open_ms = elapsed_ms (start);

  if (reopened == NULL)
    {
      g_printerr ("saywhen-cli bench-projects: %s\n", error->message);
      remove_tree (dir);
      return 1;
    }

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "articles");
  json_builder_add_int_value (b, g_list_model_get_n_items (sw_project_get_articles (reopened)));
  json_builder_set_member_name (b, "bytes");
  json_builder_add_int_value (b, bytes);
  json_builder_set_member_name (b, "threads");
  json_builder_add_int_value (b, 2);
  json_builder_set_member_name (b, "import_1000_ms");
  json_builder_add_double_value (b, import_ms);
  json_builder_set_member_name (b, "project_save_1000_ms");
  json_builder_add_double_value (b, save_ms);
  json_builder_set_member_name (b, "project_open_1000_ms");
  json_builder_add_double_value (b, open_ms);
  json_builder_set_member_name (b, "reextracted_on_open");
  json_builder_add_int_value (b, sw_project_get_n_reextracted (reopened));
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json = json_to_string (root, FALSE);
  printf ("%s\n", json);

  remove_tree (dir);
  return 0;
}

static void
usage (FILE *to)
{
  fprintf (to,
           "%s\n\n  saywhen-cli extract [--dct=YYYY-MM-DD] [--with-text] FILE…\n"
           "  saywhen-cli render --view=timeline --output=FILE.{png,svg,pdf} [--width=PX] [--scale=S] [--dct=D] FILE…\n"
           "  saywhen-cli bench-timeline\n"
           "  saywhen-cli export --format=json|csv-quotes|csv-events|timelinejs [--dct=D] [--output=F] FILE…\n"
           "  saywhen-cli project save --output=P.saywhen [--dct=D] FILE…\n"
           "  saywhen-cli project info|extract P.saywhen\n"
           "  saywhen-cli bench-projects\n\n%s\n",
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
  if (strcmp (argv[1], "export") == 0)
    return cmd_export (argc - 1, argv + 1);
  if (strcmp (argv[1], "project") == 0)
    return cmd_project (argc - 1, argv + 1);
  if (strcmp (argv[1], "bench-projects") == 0)
    return cmd_bench_projects (argc - 1, argv + 1);

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
