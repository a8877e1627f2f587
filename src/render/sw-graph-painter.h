/* sw-graph-painter.h: drawing the actor graph with Cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One paint function serves the widget (inside its snapshot), PNG, SVG and
 * PDF export, so an export always matches the screen. Hit testing and the
 * graph↔screen transform live here too, over the same geometry.
 */
#pragma once

#include <cairo.h>

#include "sw-graph-layout.h"

G_BEGIN_DECLS

#define SW_GRAPH_N_COMMUNITY_COLORS 10

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} SwGraphColor;

typedef struct
{
  SwGraphColor background;
  SwGraphColor text;
  SwGraphColor label_backdrop;  /* behind labels, over the edges */
  SwGraphColor edge;
  SwGraphColor edge_highlight;
  SwGraphColor node_outline;
  SwGraphColor selection;
  SwGraphColor focus;
  SwGraphColor kinds[SW_GRAPH_N_ACTOR_KINDS];
  SwGraphColor communities[SW_GRAPH_N_COMMUNITY_COLORS];
  double       outline_width;   /* graph units */
  double       dim_alpha;       /* what is left of what hover dims */
} SwGraphPalette;

typedef enum
{
  SW_GRAPH_PALETTE_LIGHT,
  SW_GRAPH_PALETTE_DARK,
  SW_GRAPH_PALETTE_HIGH_CONTRAST,
  SW_GRAPH_PALETTE_HIGH_CONTRAST_DARK,
} SwGraphPaletteStyle;

typedef enum
{
  SW_GRAPH_COLOR_BY_KIND,
  SW_GRAPH_COLOR_BY_COMMUNITY,
} SwGraphColorBy;

/* screen = graph × scale + origin */
typedef struct
{
  double scale;
  double x0;
  double y0;
} SwGraphTransform;

typedef struct
{
  const SwGraphPalette *palette;
  SwGraphColorBy        color_by;
  double                width;          /* the area painted, in user units */
  double                height;
  gboolean              background;
  int                   hover_node;     /* -1 for none */
  int                   hover_edge;
  int                   selected_node;
  int                   focus_node;
  /* Follow the timeline: show only relations with evidence dated in
   * [from_day, to_day] (Julian days); both 0 shows all. */
  guint32               from_day;
  guint32               to_day;
  /* Export furniture: a title band on top, a legend band below. */
  const char           *title;
  gboolean              legend;
  /* Paint only what hover keeps bright, over a cached full frame that the
   * caller has veiled: hovering then costs a small fraction of a frame. */
  gboolean              highlight_only;
  /* Labels below this many pixels high are skipped. */
  double                min_label_px;
} SwGraphPaintOptions;

typedef enum
{
  SW_GRAPH_IMAGE_PNG,
  SW_GRAPH_IMAGE_SVG,
  SW_GRAPH_IMAGE_PDF,
} SwGraphImageFormat;

const SwGraphPalette *sw_graph_palette_get_default (SwGraphPaletteStyle style);
const SwGraphPalette *sw_graph_palette_for_style (gboolean dark,
                                                  gboolean high_contrast);

void     sw_graph_transform_to_screen   (const SwGraphTransform *t,
                                         double                  gx,
                                         double                  gy,
                                         double                 *sx,
                                         double                 *sy);
void     sw_graph_transform_to_graph    (const SwGraphTransform *t,
                                         double                  sx,
                                         double                  sy,
                                         double                 *gx,
                                         double                 *gy);
void     sw_graph_transform_fit         (SwGraphTransform       *t,
                                         const SwGraphRect      *bounds,
                                         const SwGraphRect      *area,
                                         double                  margin,
                                         double                  max_scale);
void     sw_graph_transform_zoom_at     (SwGraphTransform       *t,
                                         double                  factor,
                                         double                  sx,
                                         double                  sy);

void     sw_graph_paint_options_init    (SwGraphPaintOptions    *options);
void     sw_graph_paint_get_graph_area  (SwGraphLayout          *layout,
                                         const SwGraphPaintOptions *options,
                                         SwGraphRect            *area);
void     sw_graph_paint                 (cairo_t                *cr,
                                         SwGraphLayout          *layout,
                                         const SwGraphTransform *transform,
                                         const SwGraphPaintOptions *options);

gboolean sw_graph_edge_visible          (SwGraphLayout          *layout,
                                         guint                   edge,
                                         const SwGraphPaintOptions *options);
void     sw_graph_edge_get_curve        (SwGraphLayout          *layout,
                                         guint                   edge,
                                         double                 *points);
int      sw_graph_hit_node              (SwGraphLayout          *layout,
                                         const SwGraphTransform *transform,
                                         double                  sx,
                                         double                  sy,
                                         double                  tolerance);
int      sw_graph_hit_edge              (SwGraphLayout          *layout,
                                         const SwGraphTransform *transform,
                                         const SwGraphPaintOptions *options,
                                         double                  sx,
                                         double                  sy,
                                         double                  tolerance);
gboolean sw_graph_nodes_adjacent        (SwGraphLayout          *layout,
                                         guint                   a,
                                         guint                   b);

gboolean sw_graph_image_format_from_filename (const char        *filename,
                                              SwGraphImageFormat *format);
gboolean sw_graph_export_image          (SwGraphLayout          *layout,
                                         const char             *filename,
                                         SwGraphImageFormat      format,
                                         double                  width,
                                         double                  height,
                                         double                  scale,
                                         const SwGraphTransform *view,
                                         const SwGraphPaintOptions *options,
                                         GError                **error);

G_END_DECLS
