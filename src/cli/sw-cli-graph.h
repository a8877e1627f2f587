/* sw-cli-graph.h: saywhen-cli's actor-graph commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-document.h"
#include "sw-graph-model.h"

G_BEGIN_DECLS

typedef SwDocument *(*SwCliLoadFunc) (const char  *arg,
                                      GError     **error);

typedef struct
{
  double      width;      /* 0: the graph's natural size */
  double      scale;      /* PNG pixels per unit */
  const char *color_by;   /* "kind" or "community"; NULL for kind */
  const char *size_by;    /* "weight", "degree", "betweenness", "pagerank" */
  const char *title;      /* NULL: from the documents */
} SwCliGraphOptions;

gboolean render_graph         (const SwGraphSource     *sources,
                               guint                    n_sources,
                               const char              *output,
                               const SwCliGraphOptions *options,
                               GError                 **error);
int      sw_cli_export_graph  (int                      argc,
                               char                   **argv,
                               SwCliLoadFunc            load);
void     sw_cli_bench_graph_add_figures (JsonObject *figures,
                                         int         n_nodes,
                                         int         n_edges,
                                         int         frames);

G_END_DECLS
