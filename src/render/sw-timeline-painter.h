/* sw-timeline-painter.h: one Cairo painter for the screen and for export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "sw-time-scale.h"
#include "sw-timeline-layout.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} SwColor;

#define SW_TIMELINE_N_COLORS 8

typedef struct
{
  SwColor background;
  SwColor foreground;
  SwColor dim_foreground;
  SwColor axis_background;
  SwColor grid;
  SwColor lane_band;
  SwColor neutral;          /* items of no actor, in "All events" */
  SwColor accent;           /* selection */
  SwColor hover;
  SwColor document_date;
  SwColor density;
  SwColor palette[SW_TIMELINE_N_COLORS];
  double  line_width;
} SwTimelineStyle;

typedef enum
{
  SW_TIMELINE_STYLE_LIGHT,
  SW_TIMELINE_STYLE_DARK,
  SW_TIMELINE_STYLE_HIGH_CONTRAST,
  SW_TIMELINE_STYLE_HIGH_CONTRAST_DARK,
} SwTimelineStyleVariant;

/* The layers let a widget keep the static picture as a cached node and
 * repaint only the hover and selection over it. */
typedef enum
{
  SW_TIMELINE_LAYER_BASE      = 1 << 0,
  SW_TIMELINE_LAYER_HIGHLIGHT = 1 << 1,
  SW_TIMELINE_LAYER_ALL       = SW_TIMELINE_LAYER_BASE | SW_TIMELINE_LAYER_HIGHLIGHT,
} SwTimelineLayers;

typedef struct
{
  const SwTimelineStyle      *style;          /* nullable: light */
  double                      height;         /* 0: everything, unscrolled */
  double                      scroll_y;       /* lanes scrolled under the axis */
  const char                 *title;          /* nullable */
  gboolean                    legend;
  const char                 *font;           /* nullable: Cantarell 9 */
  const cairo_font_options_t *font_options;   /* nullable: unhinted, grey */
  SwTimelineLayers            layers;
  int                         hover_entry;    /* -1 for none */
  int                         selected_entry; /* -1 for none */
  int                         selected_actor; /* layout actor id, -1 for none */
  gboolean                    has_range;      /* a range being dragged out */
  double                      range_start;
  double                      range_end;
} SwTimelinePaintOptions;

typedef enum
{
  SW_TIMELINE_FORMAT_PNG,
  SW_TIMELINE_FORMAT_SVG,
  SW_TIMELINE_FORMAT_PDF,
} SwTimelineFormat;

void              sw_timeline_style_init            (SwTimelineStyle              *style,
                                                     SwTimelineStyleVariant        variant);
void              sw_timeline_paint_options_init    (SwTimelinePaintOptions       *opts);

double            sw_timeline_paint_get_height      (SwTimelineLayout             *layout,
                                                     const SwTimeScale            *scale,
                                                     const SwTimelinePaintOptions *opts);
void              sw_timeline_paint                 (cairo_t                      *cr,
                                                     SwTimelineLayout             *layout,
                                                     const SwTimeScale            *scale,
                                                     const SwTimelinePaintOptions *opts);

cairo_surface_t  *sw_timeline_render_image          (SwTimelineLayout             *layout,
                                                     const SwTimeScale            *scale,
                                                     double                        width,
                                                     double                        scale_factor,
                                                     const SwTimelinePaintOptions *opts);
gboolean          sw_timeline_format_from_path      (const char                   *path,
                                                     SwTimelineFormat             *format);
gboolean          sw_timeline_export                (SwTimelineLayout             *layout,
                                                     const SwTimeScale            *scale,
                                                     SwTimelineFormat              format,
                                                     const char                   *path,
                                                     double                        width,
                                                     double                        scale_factor,
                                                     const char                   *title,
                                                     GError                      **error);
gboolean          sw_timeline_export_full           (SwTimelineLayout             *layout,
                                                     const SwTimeScale            *scale,
                                                     SwTimelineFormat              format,
                                                     const char                   *path,
                                                     double                        width,
                                                     double                        scale_factor,
                                                     const SwTimelinePaintOptions *opts,
                                                     GError                      **error);

G_END_DECLS
