/* main.c: start-up of the Saywhen application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "saywhen"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sw-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SwApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

#ifdef BUILD_SCHEMA_DIR
  /* Running from the build tree: find the schema compiled next to it,
   * without hiding an installed one. */
  if (g_file_test (BUILD_SCHEMA_DIR "/gschemas.compiled", G_FILE_TEST_EXISTS) &&
      g_getenv ("SAYWHEN_INSTALLED") == NULL)
    {
      const char *current = g_getenv ("GSETTINGS_SCHEMA_DIR");
      g_autofree char *dirs = current ? g_strconcat (BUILD_SCHEMA_DIR, G_SEARCHPATH_SEPARATOR_S, current, NULL)
                                      : g_strdup (BUILD_SCHEMA_DIR);
      g_setenv ("GSETTINGS_SCHEMA_DIR", dirs, TRUE);
    }
#endif

  /* Without a GPU render node, GTK's GL renderer runs on a software
   * rasteriser (llvmpipe), where half of start-up goes into compiling and
   * running shaders on the CPU; the Cairo renderer draws the same window
   * in a fraction of that. A user's own GSK_RENDERER always wins. */
  if (!g_file_test ("/dev/dri", G_FILE_TEST_IS_DIR))
    {
      if (g_getenv ("GSK_RENDERER") == NULL)
        g_setenv ("GSK_RENDERER", "cairo", FALSE);
      /* Nor does GDK then need to load the software GL stack when it opens
       * the display: that alone took 40 of GTK's 100 ms of start-up here. GDK reads
       * the variable once; sw_application_startup() clears it again, so
       * nothing the app starts inherits it. */
      if (g_getenv ("GDK_DEBUG") == NULL)
        g_setenv ("GDK_DEBUG", "gl-disable", FALSE);
    }

  app = sw_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
