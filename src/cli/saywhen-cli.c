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
#include "sw-folder.h"
#include "sw-json.h"

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

static gboolean
is_folder (const char *arg)
{
  g_autoptr(GFile) file = NULL;

  if (g_strcmp0 (arg, "-") == 0)
    return FALSE;

  file = g_file_new_for_commandline_arg (arg);
  return g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY;
}

/* A folder stands for the article files in it and its subfolders, each
 * named by the folder as given plus its path inside. */
static GPtrArray *
expand_arguments (char     **files,
                  gboolean  *failed)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) folder = NULL;
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GError) error = NULL;

      if (!is_folder (files[i]))
        {
          g_ptr_array_add (out, g_strdup (files[i]));
          continue;
        }

      folder = g_file_new_for_commandline_arg (files[i]);
      found = sw_collect_article_files (folder, NULL, &error);
      if (found == NULL)
        {
          g_printerr ("saywhen-cli: %s\n", error->message);
          *failed = TRUE;
          continue;
        }
      if (found->len == 0)
        {
          g_printerr ("saywhen-cli: %s “%s”\n", _("no articles (.txt, .md, .html, .htm, .pdf) in"), files[i]);
          *failed = TRUE;
          continue;
        }

      for (guint k = 0; k < found->len; k++)
        {
          g_autofree char *relative = g_file_get_relative_path (folder, g_ptr_array_index (found, k));
          g_ptr_array_add (out, g_build_filename (files[i], relative, NULL));
        }
    }

  return out;
}

static int
cmd_extract (int    argc,
             char **argv)
{
  g_autofree char *dct = NULL;
  gboolean with_text = FALSE;
  g_auto(GStrv) files = NULL;
  g_autoptr(GPtrArray) inputs = NULL;
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
    _("Prints one JSON object per FILE, one per line. “-” reads standard input.\n"
      "A FILE may be plain text, Markdown, a saved web page or a PDF; a folder\n"
      "stands for the articles in it and its subfolders."));

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

  {
    gboolean failed = FALSE;

    inputs = expand_arguments (files, &failed);
    if (failed)
      status = 1;
  }

  for (guint i = 0; i < inputs->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SwDocument) document = load_argument (g_ptr_array_index (inputs, i), &local_error);
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

static void
usage (FILE *to)
{
  fprintf (to,
           "%s\n\n  saywhen-cli extract [--dct=YYYY-MM-DD] [--with-text] FILE|FOLDER…\n\n%s\n",
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
