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

#include "sw-cli.h"
#include "sw-cli-graph.h"

static void
usage (FILE *to)
{
  fprintf (to,
           "%s\n\n  saywhen-cli extract [--dct=YYYY-MM-DD] [--with-text] FILE|FOLDER…\n"
           "  saywhen-cli render --view=timeline|graph --output=FILE.{png,svg,pdf} [--width=PX] [--scale=S] [--dct=D] FILE…\n"
           "  saywhen-cli export-graph --format=graphml|gexf --output=FILE FILE…\n"
           "  saywhen-cli export --format=json|csv-quotes|csv-events|timelinejs [--dct=D] [--output=F] FILE…\n"
           "  saywhen-cli project save --output=P.saywhen [--dct=D] FILE…\n"
           "  saywhen-cli project info|extract P.saywhen\n"
           "  saywhen-cli bench [--megabytes=N] [--only=AREAS]\n\n%s\n",
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
    return sw_cli_extract (argc - 1, argv + 1);
  if (strcmp (argv[1], "render") == 0)
    return sw_cli_render (argc - 1, argv + 1);
  if (strcmp (argv[1], "export-graph") == 0)
    return sw_cli_export_graph (argc - 1, argv + 1, sw_cli_load);
  if (strcmp (argv[1], "export") == 0)
    return sw_cli_export (argc - 1, argv + 1);
  if (strcmp (argv[1], "project") == 0)
    return sw_cli_project (argc - 1, argv + 1);
  if (strcmp (argv[1], "bench") == 0)
    return sw_cli_bench (argc - 1, argv + 1);

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
