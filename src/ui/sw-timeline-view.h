/* sw-timeline-view.h: the interactive timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sw-timeline-layout.h"
#include "sw-timeline-painter.h"

G_BEGIN_DECLS

#define SW_TYPE_TIMELINE_VIEW (sw_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (SwTimelineView, sw_timeline_view, SW, TIMELINE_VIEW, GtkWidget)

GtkWidget        *sw_timeline_view_new                 (void);

void              sw_timeline_view_set_data            (SwTimelineView       *self,
                                                        GPtrArray            *documents,
                                                        GPtrArray            *extractions);
SwTimelineLayout *sw_timeline_view_get_layout          (SwTimelineView       *self);
const SwTimeScale *sw_timeline_view_get_scale          (SwTimelineView       *self);

void              sw_timeline_view_get_visible_range   (SwTimelineView       *self,
                                                        double               *start,
                                                        double               *end);
void              sw_timeline_view_set_visible_range   (SwTimelineView       *self,
                                                        double                start,
                                                        double                end);
void              sw_timeline_view_zoom                (SwTimelineView       *self,
                                                        double                factor,
                                                        double                anchor_x);
void              sw_timeline_view_zoom_to_fit         (SwTimelineView       *self);

int               sw_timeline_view_get_selected_actor  (SwTimelineView       *self);
void              sw_timeline_view_set_selected_actor  (SwTimelineView       *self,
                                                        int                   actor);
void              sw_timeline_view_set_selected_actor_name (SwTimelineView   *self,
                                                        const char           *name);

gboolean          sw_timeline_view_get_selection       (SwTimelineView       *self,
                                                        guint                *document,
                                                        SwTimelineItemKind   *kind,
                                                        int                  *index,
                                                        SwSpan               *span);
gboolean          sw_timeline_view_select_at           (SwTimelineView       *self,
                                                        double                x,
                                                        double                y);
gboolean          sw_timeline_view_select_span         (SwTimelineView       *self,
                                                        guint                 document,
                                                        guint                 start,
                                                        guint                 end);
void              sw_timeline_view_clear_selection     (SwTimelineView       *self);

void              sw_timeline_view_set_lane_visible    (SwTimelineView       *self,
                                                        int                   actor,
                                                        gboolean              visible);
void              sw_timeline_view_move_lane           (SwTimelineView       *self,
                                                        int                   actor,
                                                        guint                 position);
void              sw_timeline_view_set_filter          (SwTimelineView       *self,
                                                        gboolean              events,
                                                        gboolean              quotes,
                                                        const char           *text);

void              sw_timeline_view_get_paint_options   (SwTimelineView       *self,
                                                        SwTimelinePaintOptions *opts);
gboolean          sw_timeline_view_export              (SwTimelineView       *self,
                                                        SwTimelineFormat      format,
                                                        const char           *path,
                                                        gboolean              whole,
                                                        double                width,
                                                        double                scale_factor,
                                                        const char           *title,
                                                        GError              **error);

G_END_DECLS
