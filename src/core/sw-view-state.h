/* sw-view-state.h: what the views share: selection, time range, filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SW_TYPE_VIEW_STATE (sw_view_state_get_type ())

G_DECLARE_FINAL_TYPE (SwViewState, sw_view_state, SW, VIEW_STATE, GObject)

SwViewState *sw_view_state_new                (void);
const char  *sw_view_state_get_selected_actor  (SwViewState *self);
void         sw_view_state_set_selected_actor  (SwViewState *self,
                                                const char  *name);
const char  *sw_view_state_get_filter_text     (SwViewState *self);
void         sw_view_state_set_filter_text     (SwViewState *self,
                                                const char  *text);
void         sw_view_state_get_time_range      (SwViewState *self,
                                                double      *start,
                                                double      *end);
void         sw_view_state_set_time_range      (SwViewState *self,
                                                double       start,
                                                double       end);
gboolean     sw_view_state_get_follow_time     (SwViewState *self);
void         sw_view_state_set_follow_time     (SwViewState *self,
                                                gboolean     follow);

G_END_DECLS
