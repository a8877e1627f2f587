/* sw-cli-common.c: what every saywhen-cli command shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "saywhen-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sw-cli.h"

#include <gio/gunixinputstream.h>

#include "sw-folder.h"

/* Normalises a --dct option in place to YYYY-MM-DD. Where day and month
 * could be either way round, the text's own date is a better guess than
 * either reading: the option is dropped, saying so. */
gboolean
sw_cli_resolve_dct (const char  *command,
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

SwDocument *
sw_cli_load (const char  *arg,
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

/**
 * sw_cli_expand_arguments:
 * @failed: (out): set when a folder could not be read or held no articles
 *
 * A folder stands for the article files in it and its subfolders, each
 * named by the folder as given plus its path inside; other arguments
 * pass through.
 */
GPtrArray *
sw_cli_expand_arguments (char     **files,
                         gboolean  *failed)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
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
