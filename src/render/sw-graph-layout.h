/* sw-graph-layout.h: where the actor graph's nodes and labels go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Positions, node radii, label boxes and font size are all in graph units,
 * so a label placement made once holds at every zoom, on screen and in an
 * export alike: the view transform scales everything together.
 */
#pragma once

#include <gio/gio.h>
#include <pango/pango.h>

#include "sw-graph-model.h"

G_BEGIN_DECLS

typedef enum
{
  SW_GRAPH_LAYOUT_AUTO,
  SW_GRAPH_LAYOUT_FRUCHTERMAN_REINGOLD,
  SW_GRAPH_LAYOUT_KAMADA_KAWAI,
  SW_GRAPH_LAYOUT_DRL,
} SwGraphLayoutAlgorithm;

typedef enum
{
  SW_GRAPH_SIZE_BY_WEIGHT,
  SW_GRAPH_SIZE_BY_DEGREE,
  SW_GRAPH_SIZE_BY_BETWEENNESS,
  SW_GRAPH_SIZE_BY_PAGERANK,
} SwGraphSizeBy;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} SwGraphRect;

typedef struct
{
  SwGraphLayoutAlgorithm  algorithm;
  guint32                 seed;
  SwGraphSizeBy           size_by;
  /* Nodes the previous layout placed stay exactly there; only new ones
   * move. Without it they are merely the starting positions. Pinned nodes
   * never move either way. */
  gboolean                keep_placed;
  const char             *font_family;
} SwGraphLayoutOptions;

typedef struct _SwGraphLayout SwGraphLayout;

struct _SwGraphLayout
{
  SwGraphModel            *model;
  guint                    n_nodes;
  SwGraphLayoutAlgorithm   algorithm;   /* the one that ran */
  guint32                  seed;
  double                   unit;        /* graph units per igraph unit */

  double                  *x;
  double                  *y;
  gboolean                *pinned;

  double                  *degree;      /* distinct neighbours */
  double                  *betweenness; /* estimated from sampled sources on large graphs */
  double                  *pagerank;
  int                     *community;
  guint                    n_communities;

  SwGraphSizeBy            size_by;
  double                  *radius;
  char                    *font_family;
  double                   font_size;
  double                  *text_width;  /* label text extents, graph units */
  double                  *text_height;
  SwGraphRect             *labels;      /* boxes, padding included */
  gboolean                *label_visible;
  guint                    n_labels_visible;

  SwGraphRect              bounds;      /* nodes and visible labels */

  double                   positions_ms;
  double                   metrics_ms;
  double                   labels_ms;
};

#define SW_TYPE_GRAPH_LAYOUT (sw_graph_layout_get_type ())

/* Sizes in graph units; edges rest at about SW_GRAPH_EDGE_LENGTH, and
 * nearest neighbours at least SW_GRAPH_NODE_SPACING apart. */
#define SW_GRAPH_EDGE_LENGTH   110.0
#define SW_GRAPH_NODE_SPACING   60.0
#define SW_GRAPH_MIN_RADIUS      5.0
#define SW_GRAPH_MAX_RADIUS     24.0
#define SW_GRAPH_FONT_SIZE      12.0
#define SW_GRAPH_LABEL_PAD       2.0

GType          sw_graph_layout_get_type        (void) G_GNUC_CONST;
void           sw_graph_layout_options_init    (SwGraphLayoutOptions *options);
SwGraphLayout *sw_graph_layout_compute         (SwGraphModel               *model,
                                                SwGraphLayout              *previous,
                                                const SwGraphLayoutOptions *options,
                                                GCancellable               *cancellable,
                                                GError                    **error);
SwGraphLayout *sw_graph_layout_copy            (SwGraphLayout        *self);
SwGraphLayout *sw_graph_layout_ref             (SwGraphLayout        *self);
void           sw_graph_layout_unref           (SwGraphLayout        *self);

double         sw_graph_layout_get_metric      (SwGraphLayout        *self,
                                                guint                 node,
                                                SwGraphSizeBy         size_by);
void           sw_graph_layout_set_size_by     (SwGraphLayout        *self,
                                                SwGraphSizeBy         size_by);
void           sw_graph_layout_move_node       (SwGraphLayout        *self,
                                                guint                 node,
                                                double                x,
                                                double                y,
                                                gboolean              pin);
void           sw_graph_layout_unpin_all       (SwGraphLayout        *self);
guint          sw_graph_layout_get_n_pinned    (SwGraphLayout        *self);
void           sw_graph_layout_place_labels    (SwGraphLayout        *self);
void           sw_graph_layout_update_bounds   (SwGraphLayout        *self);
int            sw_graph_layout_step            (SwGraphLayout        *self,
                                                int                   from,
                                                double                dx,
                                                double                dy);

gboolean       sw_graph_rect_intersects        (const SwGraphRect    *a,
                                                const SwGraphRect    *b);
gboolean       sw_graph_rect_intersects_circle (const SwGraphRect    *rect,
                                                double                cx,
                                                double                cy,
                                                double                r);

PangoContext  *sw_graph_text_context_new       (void);
PangoFontDescription *sw_graph_layout_get_font (SwGraphLayout        *self);

const char    *sw_graph_size_by_to_string      (SwGraphSizeBy         size_by);
gboolean       sw_graph_size_by_from_string    (const char           *name,
                                                SwGraphSizeBy        *size_by);
const char    *sw_graph_layout_algorithm_to_string (SwGraphLayoutAlgorithm algorithm);
gboolean       sw_graph_layout_algorithm_from_string (const char            *name,
                                                      SwGraphLayoutAlgorithm *algorithm);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwGraphLayout, sw_graph_layout_unref)

G_END_DECLS
