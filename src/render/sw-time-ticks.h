/* sw-time-ticks.h: axis ticks on calendar boundaries for any zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sw-time-scale.h"

G_BEGIN_DECLS

/* The earliest and latest moments a GDateTime can name (years 1 to 9999);
 * ticks are only generated in between. */
#define SW_TIME_MIN (-62135596800.0)
#define SW_TIME_MAX (253402300799.0)

typedef enum
{
  SW_TICK_UNIT_MINUTE,
  SW_TICK_UNIT_HOUR,
  SW_TICK_UNIT_DAY,
  SW_TICK_UNIT_WEEK,
  SW_TICK_UNIT_MONTH,
  SW_TICK_UNIT_YEAR,
} SwTickUnit;

typedef struct
{
  SwTickUnit unit;
  guint      step;   /* in units: 3 months, 10 years */
} SwTickLevel;

typedef struct
{
  double  time;          /* seconds since the epoch, on a calendar boundary */
  double  x;             /* pixel in the scale's width */
  char   *label;         /* nullable: minor ticks carry none */
  double  label_width;   /* as measured, 0 without a label */
} SwTick;

typedef struct
{
  SwTickLevel  level;        /* of the labelled ticks */
  GArray      *major;        /* SwTick, labelled, never overlapping */
  gboolean     has_minor;
  SwTickLevel  minor_level;
  GArray      *minor;        /* SwTick, unlabelled subdivisions */
  GArray      *context;      /* SwTick: the enclosing period ("March 2025")
                              * at its start; the first is pinned at x >= 0 */
} SwTicks;

/* Returns the width in pixels that @text takes when drawn as a label. */
typedef double (*SwTickMeasureFunc) (const char *text,
                                     gpointer    user_data);

SwTicks    *sw_time_ticks_compute     (const SwTimeScale *scale,
                                       SwTickMeasureFunc  measure,
                                       gpointer           user_data,
                                       double             padding);
void        sw_ticks_free             (SwTicks           *ticks);

double      sw_tick_level_seconds     (SwTickLevel        level);
double      sw_time_floor             (double             time,
                                       SwTickLevel        level);
double      sw_time_next              (double             time,
                                       SwTickLevel        level);
char       *sw_time_format_label      (double             time,
                                       SwTickLevel        level);
double      sw_time_from_civil        (int                year,
                                       int                month,
                                       int                day,
                                       int                hour,
                                       int                minute,
                                       double             second);

/* The label offset from its tick: labels start just right of the line. */
#define SW_TICK_LABEL_OFFSET 3.0

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwTicks, sw_ticks_free)

G_END_DECLS
