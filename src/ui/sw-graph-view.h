/* sw-graph-view.h: the actor graph as a GTK widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sw-graph-painter.h"

G_BEGIN_DECLS

#define SW_TYPE_GRAPH_VIEW (sw_graph_view_get_type ())

G_DECLARE_FINAL_TYPE (SwGraphView, sw_graph_view, SW, GRAPH_VIEW, GtkWidget)

GtkWidget     *sw_graph_view_new                (void);
void           sw_graph_view_set_model          (SwGraphView        *self,
                                                 SwGraphModel       *model);
SwGraphModel  *sw_graph_view_get_model          (SwGraphView        *self);
SwGraphLayout *sw_graph_view_get_layout         (SwGraphView        *self);
gboolean       sw_graph_view_get_busy           (SwGraphView        *self);
void           sw_graph_view_set_size_by        (SwGraphView        *self,
                                                 SwGraphSizeBy       size_by);
SwGraphSizeBy  sw_graph_view_get_size_by        (SwGraphView        *self);
void           sw_graph_view_set_color_by       (SwGraphView        *self,
                                                 SwGraphColorBy      color_by);
SwGraphColorBy sw_graph_view_get_color_by       (SwGraphView        *self);
void           sw_graph_view_set_time_range     (SwGraphView        *self,
                                                 guint32             from_day,
                                                 guint32             to_day);
void           sw_graph_view_select_actor       (SwGraphView        *self,
                                                 const char         *name);
const char    *sw_graph_view_get_selected_actor (SwGraphView        *self);
void           sw_graph_view_get_transform      (SwGraphView        *self,
                                                 SwGraphTransform   *transform);
int            sw_graph_view_get_focus_node     (SwGraphView        *self);
void           sw_graph_view_move_focus         (SwGraphView        *self,
                                                 double              dx,
                                                 double              dy);
gboolean       sw_graph_view_export             (SwGraphView        *self,
                                                 const char         *filename,
                                                 double              width,
                                                 double              scale,
                                                 gboolean            visible_only,
                                                 const char         *title,
                                                 GError            **error);

G_END_DECLS
