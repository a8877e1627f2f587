/* sw-cli-extract.c: saywhen-cli extract, the contract as JSON Lines
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
#include "sw-json.h"

/* Documents are extracted a batch at a time (see sw_extract_many()):
 * enough of them to keep each stage warm, few enough to bound memory. */
#define BATCH_DOCUMENTS SW_CLI_BATCH_DOCUMENTS
#define BATCH_BYTES SW_CLI_BATCH_BYTES

static void
print_batch (GPtrArray *batch,
             gboolean   with_text)
{
  g_autoptr(GPtrArray) extractions = NULL;

  if (batch->len == 0)
    return;

  extractions = sw_extract_many ((SwDocument * const *)batch->pdata, batch->len, NULL);
  for (guint i = 0; i < batch->len; i++)
    {
      g_autofree char *line = sw_json_to_line (g_ptr_array_index (batch, i),
                                               g_ptr_array_index (extractions, i), with_text);

      /* One write per document keeps every line whole. */
      fputs (line, stdout);
      fputc ('\n', stdout);
      fflush (stdout);
    }
  g_ptr_array_set_size (batch, 0);
}

int
sw_cli_extract (int    argc,
                char **argv)
{
  g_autofree char *dct = NULL;
  gboolean with_text = FALSE;
  g_auto(GStrv) files = NULL;
  g_autoptr(GPtrArray) inputs = NULL;
  g_autoptr(GPtrArray) batch = NULL;
  gsize batch_bytes = 0;
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

  if (!sw_cli_resolve_dct ("extract", &dct))
    return 2;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("saywhen-cli extract: %s\n", _("no input files (use “-” for standard input)"));
      return 2;
    }

  {
    gboolean failed = FALSE;

    inputs = sw_cli_expand_arguments (files, &failed);
    if (failed)
      status = 1;
  }

  batch = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < inputs->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SwDocument) document = sw_cli_load (g_ptr_array_index (inputs, i), &local_error);

      if (document == NULL)
        {
          /* what came before is printed first, so the lines keep their order */
          print_batch (batch, with_text);
          batch_bytes = 0;
          g_printerr ("saywhen-cli: %s\n", local_error->message);
          status = 1;
          continue;
        }

      if (dct != NULL)
        sw_document_set_dct (document, dct, SW_DCT_SOURCE_OPTION);

      batch_bytes += sw_document_get_size (document);
      g_ptr_array_add (batch, g_steal_pointer (&document));
      if (batch->len >= BATCH_DOCUMENTS || batch_bytes >= BATCH_BYTES)
        {
          print_batch (batch, with_text);
          batch_bytes = 0;
        }
    }
  print_batch (batch, with_text);

  return status;
}
