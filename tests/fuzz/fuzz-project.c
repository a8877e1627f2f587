/* fuzz-project.c: any bytes as a .saywhen project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project reader takes a file, so each input is written to a scratch
 * file first; a corrupt or foreign file must end in a clean GError.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "sw-project.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *path;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwProject) project = NULL;

  fuzz_init ();

  if (path == NULL)
    path = g_strdup_printf ("%s/saywhen-fuzz-%d.saywhen", g_get_tmp_dir (), (int)getpid ());

  if (!g_file_set_contents (path, (const char *)data, size, NULL))
    return 0;

  file = g_file_new_for_path (path);
  project = sw_project_open (file, NULL, &error);
  if (project == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  g_assert (G_IS_LIST_MODEL (sw_project_get_articles (project)));
  return 0;
}
