/* sw-cli-project.c: saywhen-cli export and project, data out and .saywhen files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "saywhen-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "sw-cli.h"
#include "sw-export.h"
#include "sw-extract.h"
#include "sw-json.h"
#include "sw-project.h"

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
          g_autoptr(SwDocument) document = sw_cli_load (files[i], &error);
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

int
sw_cli_export (int    argc,
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

  if (!sw_cli_resolve_dct ("export", &dct))
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

  if (!sw_cli_resolve_dct ("project save", &dct))
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

int
sw_cli_project (int    argc,
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
