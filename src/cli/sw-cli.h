/* sw-cli.h: the commands of saywhen-cli and what they share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sw-document.h"

G_BEGIN_DECLS

/* saywhen-cli extract runs sw_extract_many() over this many documents,
 * or this many bytes of them, at a time; bench measures it the same way.
 * Larger batches keep each stage's code and tables warmer: 256 articles
 * extract 3-4 % faster than 32, and a batch is still a few megabytes. */
#define SW_CLI_BATCH_DOCUMENTS 256
#define SW_CLI_BATCH_BYTES (4 * 1024 * 1024)

gboolean    sw_cli_resolve_dct  (const char  *command,
                                 char       **dct);
SwDocument *sw_cli_load         (const char  *arg,
                                 GError     **error);
GPtrArray  *sw_cli_expand_arguments (char   **files,
                                     gboolean *failed);

int         sw_cli_extract      (int          argc,
                                 char       **argv);
int         sw_cli_render       (int          argc,
                                 char       **argv);
int         sw_cli_bench        (int          argc,
                                 char       **argv);
int         sw_cli_export       (int          argc,
                                 char       **argv);
int         sw_cli_project      (int          argc,
                                 char       **argv);

G_END_DECLS
