/* sw-graph-export.h: the actor graph as GraphML and GEXF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For continuing in Gephi, Cytoscape, yEd or networkx: nodes with their
 * kind, roles and weight, edges with relation kind, weight and evidence
 * counts; positions, centralities and communities when a layout is given.
 */
#pragma once

#include <gio/gio.h>

#include "sw-graph-layout.h"

G_BEGIN_DECLS

typedef enum
{
  SW_GRAPH_FORMAT_GRAPHML,
  SW_GRAPH_FORMAT_GEXF,
} SwGraphFileFormat;

char     *sw_graph_to_graphml         (SwGraphModel      *model,
                                       SwGraphLayout     *layout);
char     *sw_graph_to_gexf            (SwGraphModel      *model,
                                       SwGraphLayout     *layout);
gboolean  sw_graph_file_format_from_string (const char   *name,
                                            SwGraphFileFormat *format);
gboolean  sw_graph_write_file         (SwGraphModel      *model,
                                       SwGraphLayout     *layout,
                                       SwGraphFileFormat  format,
                                       const char        *filename,
                                       GError           **error);

G_END_DECLS
