/* sw-timeline-bench.h: how fast the timeline lays out and paints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-extraction.h"

G_BEGIN_DECLS

typedef struct
{
  guint  events;      /* synthetic events laid out */
  guint  actors;
  double layout_ms;   /* building the layout and packing it for a fit view */
  double frame_ms;    /* median full repaint at 1600x900 */
  double pan_frame_ms;/* median repaint while panning (no repacking) */
} SwTimelineBenchResult;

SwExtraction *sw_timeline_bench_make_extraction (guint                  n_events,
                                                 guint                  n_actors,
                                                 guint                  n_years,
                                                 guint32                seed);
void          sw_timeline_bench_run             (SwTimelineBenchResult *result);
void          sw_timeline_bench_add_figures     (JsonObject            *figures);

G_END_DECLS
