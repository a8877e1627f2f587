/* sw-time-scale.h: the visible stretch of time and its pixel mapping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times are seconds since 1970-01-01T00:00:00Z as doubles: a double holds
 * whole seconds exactly far beyond the years a calendar can name, and
 * negative values are simply dates before 1970.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The narrowest and widest spans a viewport may show: a minute, and ten
 * thousand years (GDateTime's whole range). */
#define SW_TIME_SCALE_MIN_SPAN 60.0
#define SW_TIME_SCALE_MAX_SPAN (10000.0 * 365.2425 * 86400.0)

typedef struct _SwTimeScale SwTimeScale;

#define SW_TYPE_TIME_SCALE (sw_time_scale_get_type ())

GType        sw_time_scale_get_type          (void) G_GNUC_CONST;
SwTimeScale *sw_time_scale_new               (double       start,
                                              double       end,
                                              double       width);
SwTimeScale *sw_time_scale_copy              (const SwTimeScale *self);
void         sw_time_scale_free              (SwTimeScale *self);

double       sw_time_scale_get_start         (const SwTimeScale *self);
double       sw_time_scale_get_end           (const SwTimeScale *self);
double       sw_time_scale_get_span          (const SwTimeScale *self);
double       sw_time_scale_get_width         (const SwTimeScale *self);
double       sw_time_scale_get_seconds_per_pixel (const SwTimeScale *self);

void         sw_time_scale_set_range         (SwTimeScale *self,
                                              double       start,
                                              double       end);
void         sw_time_scale_set_width         (SwTimeScale *self,
                                              double       width);

double       sw_time_scale_time_to_x         (const SwTimeScale *self,
                                              double             time);
double       sw_time_scale_x_to_time         (const SwTimeScale *self,
                                              double             x);

void         sw_time_scale_zoom              (SwTimeScale *self,
                                              double       factor,
                                              double       anchor_x);
void         sw_time_scale_pan               (SwTimeScale *self,
                                              double       dx);
void         sw_time_scale_fit               (SwTimeScale *self,
                                              double       start,
                                              double       end,
                                              double       margin_fraction);

gboolean     sw_time_scale_equal             (const SwTimeScale *a,
                                              const SwTimeScale *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwTimeScale, sw_time_scale_free)

G_END_DECLS
