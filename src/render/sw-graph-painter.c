/* sw-graph-painter.c: drawing the actor graph with Cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "sw-graph-painter.h"

/* hypot() guards against overflow that screen coordinates never reach,
 * and costs a tenth of a frame on a large graph. */
static inline double
length2 (double x,
         double y)
{
  return sqrt (x * x + y * y);
}

/* Parallel relations between two actors bend apart by this much. */
#define PARALLEL_SPACING 18.0
/* Edge widths in graph units, by bucket of weight. */
#define N_WIDTH_BUCKETS 8
#define N_STATES 3
enum { STATE_DIM, STATE_NORMAL, STATE_BRIGHT };

#define TITLE_PX      20.0
#define LEGEND_PX     12.0
#define BAND_MARGIN   16.0
#define LEGEND_ROW    24.0
#define SWATCH_WIDTH  30.0

#define RGB(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

/* GNOME's palette; the order of kinds follows SwActorKind. */
static const SwGraphPalette palettes[] = {
  [SW_GRAPH_PALETTE_LIGHT] = {
    .background = RGB (0xffffff, 1), .text = RGB (0x241f31, 1), .label_backdrop = RGB (0xffffff, 0.8),
    .edge = RGB (0x5e5c64, 0.55), .edge_highlight = RGB (0x241f31, 0.9),
    .node_outline = RGB (0xffffff, 1), .selection = RGB (0xe01b24, 1), .focus = RGB (0x1c71d8, 1),
    .kinds = { RGB (0x3584e4, 1), RGB (0xe66100, 1), RGB (0x26a269, 1), RGB (0x9141ac, 1), RGB (0x77767b, 1) },
    .communities = { RGB (0x1c71d8, 1), RGB (0xe66100, 1), RGB (0x2ec27e, 1), RGB (0x9141ac, 1), RGB (0xc01c28, 1),
                     RGB (0x986a44, 1), RGB (0xe5a50a, 1), RGB (0x0f8b8d, 1), RGB (0xd56199, 1), RGB (0x3d3846, 1) },
    .outline_width = 1.5, .dim_alpha = 0.15,
  },
  [SW_GRAPH_PALETTE_DARK] = {
    .background = RGB (0x1e1e1e, 1), .text = RGB (0xffffff, 1), .label_backdrop = RGB (0x1e1e1e, 0.8),
    .edge = RGB (0xc0bfbc, 0.45), .edge_highlight = RGB (0xffffff, 0.9),
    .node_outline = RGB (0x1e1e1e, 1), .selection = RGB (0xff7b63, 1), .focus = RGB (0x78aeed, 1),
    .kinds = { RGB (0x62a0ea, 1), RGB (0xffa348, 1), RGB (0x57e389, 1), RGB (0xc061cb, 1), RGB (0xc0bfbc, 1) },
    .communities = { RGB (0x62a0ea, 1), RGB (0xffa348, 1), RGB (0x57e389, 1), RGB (0xc061cb, 1), RGB (0xf66151, 1),
                     RGB (0xcdab8f, 1), RGB (0xf8e45c, 1), RGB (0x5bc8af, 1), RGB (0xf0a0c8, 1), RGB (0xdeddda, 1) },
    .outline_width = 1.5, .dim_alpha = 0.2,
  },
  [SW_GRAPH_PALETTE_HIGH_CONTRAST] = {
    .background = RGB (0xffffff, 1), .text = RGB (0x000000, 1), .label_backdrop = RGB (0xffffff, 0.95),
    .edge = RGB (0x000000, 0.85), .edge_highlight = RGB (0x000000, 1),
    .node_outline = RGB (0x000000, 1), .selection = RGB (0xa51d2d, 1), .focus = RGB (0x1a5fb4, 1),
    .kinds = { RGB (0x1a5fb4, 1), RGB (0xc64600, 1), RGB (0x26a269, 1), RGB (0x613583, 1), RGB (0x5e5c64, 1) },
    .communities = { RGB (0x1a5fb4, 1), RGB (0xc64600, 1), RGB (0x26a269, 1), RGB (0x613583, 1), RGB (0xa51d2d, 1),
                     RGB (0x63452c, 1), RGB (0x9c6e03, 1), RGB (0x0b6b6d, 1), RGB (0xa3477a, 1), RGB (0x000000, 1) },
    .outline_width = 2.0, .dim_alpha = 0.3,
  },
  /* High contrast in a dark session: white on black, colours light enough
   * to read small labels in */
  [SW_GRAPH_PALETTE_HIGH_CONTRAST_DARK] = {
    .background = RGB (0x000000, 1), .text = RGB (0xffffff, 1), .label_backdrop = RGB (0x000000, 0.95),
    .edge = RGB (0xffffff, 0.85), .edge_highlight = RGB (0xffffff, 1),
    .node_outline = RGB (0xffffff, 1), .selection = RGB (0xff7b63, 1), .focus = RGB (0x99c1f1, 1),
    .kinds = { RGB (0x99c1f1, 1), RGB (0xffbe6f, 1), RGB (0x8ff0a4, 1), RGB (0xdc8add, 1), RGB (0xdeddda, 1) },
    .communities = { RGB (0x99c1f1, 1), RGB (0xffbe6f, 1), RGB (0x8ff0a4, 1), RGB (0xdc8add, 1), RGB (0xff7b63, 1),
                     RGB (0xcdab8f, 1), RGB (0xf9f06b, 1), RGB (0x93ddc2, 1), RGB (0xf0a0c8, 1), RGB (0xffffff, 1) },
    .outline_width = 2.0, .dim_alpha = 0.3,
  },
};

/**
 * sw_graph_palette_for_style:
 * @dark: the session prefers dark
 * @high_contrast: the session asks for high contrast
 *
 * The palette for the desktop's style. High contrast wins over the colour
 * scheme's ordinary palette, in light and dark sessions both.
 */
const SwGraphPalette *
sw_graph_palette_for_style (gboolean dark,
                            gboolean high_contrast)
{
  if (high_contrast)
    return &palettes[dark ? SW_GRAPH_PALETTE_HIGH_CONTRAST_DARK : SW_GRAPH_PALETTE_HIGH_CONTRAST];
  return &palettes[dark ? SW_GRAPH_PALETTE_DARK : SW_GRAPH_PALETTE_LIGHT];
}

const SwGraphPalette *
sw_graph_palette_get_default (SwGraphPaletteStyle style)
{
  g_return_val_if_fail ((guint)style < G_N_ELEMENTS (palettes), &palettes[0]);
  return &palettes[style];
}

/* ---- transforms ------------------------------------------------------- */

void
sw_graph_transform_to_screen (const SwGraphTransform *t,
                              double                  gx,
                              double                  gy,
                              double                 *sx,
                              double                 *sy)
{
  *sx = gx * t->scale + t->x0;
  *sy = gy * t->scale + t->y0;
}

void
sw_graph_transform_to_graph (const SwGraphTransform *t,
                             double                  sx,
                             double                  sy,
                             double                 *gx,
                             double                 *gy)
{
  *gx = (sx - t->x0) / t->scale;
  *gy = (sy - t->y0) / t->scale;
}

/**
 * sw_graph_transform_fit:
 * @max_scale: a cap so that a graph of two actors does not fill a wall;
 *   0 for none
 *
 * Centres @bounds (graph units) in @area (screen units) inside @margin.
 */
void
sw_graph_transform_fit (SwGraphTransform  *t,
                        const SwGraphRect *bounds,
                        const SwGraphRect *area,
                        double             margin,
                        double             max_scale)
{
  double w = MAX (area->width - 2 * margin, 1);
  double h = MAX (area->height - 2 * margin, 1);
  double bw = MAX (bounds->width, 1e-6), bh = MAX (bounds->height, 1e-6);
  double scale = MIN (w / bw, h / bh);

  if (max_scale > 0)
    scale = MIN (scale, max_scale);

  t->scale = scale;
  t->x0 = area->x + area->width / 2 - (bounds->x + bounds->width / 2) * scale;
  t->y0 = area->y + area->height / 2 - (bounds->y + bounds->height / 2) * scale;
}

/* The graph point under (sx, sy) stays under it. */
void
sw_graph_transform_zoom_at (SwGraphTransform *t,
                            double            factor,
                            double            sx,
                            double            sy)
{
  double gx, gy;

  sw_graph_transform_to_graph (t, sx, sy, &gx, &gy);
  t->scale *= factor;
  t->x0 = sx - gx * t->scale;
  t->y0 = sy - gy * t->scale;
}

void
sw_graph_paint_options_init (SwGraphPaintOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->palette = sw_graph_palette_get_default (SW_GRAPH_PALETTE_LIGHT);
  options->color_by = SW_GRAPH_COLOR_BY_KIND;
  options->background = TRUE;
  options->hover_node = -1;
  options->hover_edge = -1;
  options->selected_node = -1;
  options->focus_node = -1;
  options->min_label_px = 5.0;
}

/* ---- geometry --------------------------------------------------------- */

gboolean
sw_graph_edge_visible (SwGraphLayout             *layout,
                       guint                      edge,
                       const SwGraphPaintOptions *options)
{
  if (options == NULL || (options->from_day == 0 && options->to_day == 0))
    return TRUE;
  return sw_graph_model_edge_in_range (layout->model, edge, options->from_day, options->to_day);
}

/**
 * sw_graph_edge_get_curve:
 * @points: (out) (array fixed-size=6): start, control and end point of a
 *   quadratic Bézier, in graph units, from node centre to node centre
 *
 * Parallel edges bend to either side of the straight line; the side is
 * taken from the pair in index order, so a→b and b→a part ways.
 */
void
sw_graph_edge_get_curve (SwGraphLayout *layout,
                         guint          edge,
                         double        *points)
{
  const SwGraphEdge *e = sw_graph_model_get_edge (layout->model, edge);
  guint lo = MIN (e->source, e->target), hi = MAX (e->source, e->target);
  double x0 = layout->x[e->source], y0 = layout->y[e->source];
  double x1 = layout->x[e->target], y1 = layout->y[e->target];
  double mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
  double dx = layout->x[hi] - layout->x[lo], dy = layout->y[hi] - layout->y[lo];
  double len = length2 (dx, dy);
  double k = e->parallel_index - (e->parallel_count - 1) / 2.0;

  points[0] = x0;
  points[1] = y0;
  points[4] = x1;
  points[5] = y1;
  points[2] = mx;
  points[3] = my;
  if (k != 0 && len > 0)
    {
      /* The control point sits twice as far out as the curve's apex. */
      points[2] = mx - dy / len * k * PARALLEL_SPACING * 2;
      points[3] = my + dx / len * k * PARALLEL_SPACING * 2;
    }
}

static double
edge_width (const SwGraphEdge *e)
{
  return MIN (1.0 + 1.25 * log2 (MAX (e->weight, 1)), 7.0);
}

static guint
width_bucket (double width)
{
  return MIN ((guint)floor ((width - 1.0) / (6.0 / (N_WIDTH_BUCKETS - 1)) + 0.5), N_WIDTH_BUCKETS - 1);
}

static double
bucket_width (guint bucket)
{
  return 1.0 + bucket * (6.0 / (N_WIDTH_BUCKETS - 1));
}

static double
point_segment_distance2 (double px, double py,
                         double ax, double ay,
                         double bx, double by)
{
  double vx = bx - ax, vy = by - ay;
  double l2 = vx * vx + vy * vy;
  double t = l2 > 0 ? ((px - ax) * vx + (py - ay) * vy) / l2 : 0;
  double cx, cy;

  t = CLAMP (t, 0, 1);
  cx = ax + t * vx - px;
  cy = ay + t * vy - py;
  return cx * cx + cy * cy;
}

/**
 * sw_graph_hit_node:
 * @tolerance: extra reach around each node, in screen units
 *
 * Small targets win over large ones, then the nearest: a minor actor
 * drawn over a major one stays reachable.
 *
 * Returns: the node under (@sx, @sy), or -1
 */
int
sw_graph_hit_node (SwGraphLayout          *layout,
                   const SwGraphTransform *transform,
                   double                  sx,
                   double                  sy,
                   double                  tolerance)
{
  double gx, gy, tol;
  int best = -1;
  double best_r = G_MAXDOUBLE, best_d = G_MAXDOUBLE;

  g_return_val_if_fail (layout != NULL && transform != NULL, -1);

  sw_graph_transform_to_graph (transform, sx, sy, &gx, &gy);
  tol = tolerance / transform->scale;

  for (guint i = 0; i < layout->n_nodes; i++)
    {
      double d = length2 (gx - layout->x[i], gy - layout->y[i]);
      double r = MAX (layout->radius[i], 1.0 / transform->scale);

      if (d > r + tol)
        continue;
      if (r < best_r || (r == best_r && d < best_d))
        {
          best = i;
          best_r = r;
          best_d = d;
        }
    }

  return best;
}

/**
 * sw_graph_hit_edge:
 * @options: (nullable): edges it hides cannot be hit
 *
 * Returns: the edge nearest (@sx, @sy) within @tolerance screen units of
 *   its drawn curve, or -1
 */
int
sw_graph_hit_edge (SwGraphLayout             *layout,
                   const SwGraphTransform    *transform,
                   const SwGraphPaintOptions *options,
                   double                     sx,
                   double                     sy,
                   double                     tolerance)
{
  guint m;
  double gx, gy;
  int best = -1;
  double best_d2 = G_MAXDOUBLE;

  g_return_val_if_fail (layout != NULL && transform != NULL, -1);

  m = sw_graph_model_get_n_edges (layout->model);
  sw_graph_transform_to_graph (transform, sx, sy, &gx, &gy);

  for (guint i = 0; i < m; i++)
    {
      const SwGraphEdge *e = sw_graph_model_get_edge (layout->model, i);
      double p[6];
      double reach = (tolerance + edge_width (e) * transform->scale / 2) / transform->scale;
      double ax, ay;

      sw_graph_edge_get_curve (layout, i, p);
      if (gx < MIN (MIN (p[0], p[2]), p[4]) - reach || gx > MAX (MAX (p[0], p[2]), p[4]) + reach ||
          gy < MIN (MIN (p[1], p[3]), p[5]) - reach || gy > MAX (MAX (p[1], p[3]), p[5]) + reach)
        continue;
      if (!sw_graph_edge_visible (layout, i, options))
        continue;

      /* Sixteen chords follow a gentle quadratic within a fraction of a
       * pixel at any useful zoom. */
      ax = p[0];
      ay = p[1];
      for (guint s = 1; s <= 16; s++)
        {
          double t = s / 16.0, u = 1 - t;
          double bx = u * u * p[0] + 2 * u * t * p[2] + t * t * p[4];
          double by = u * u * p[1] + 2 * u * t * p[3] + t * t * p[5];
          double d2 = point_segment_distance2 (gx, gy, ax, ay, bx, by);

          if (d2 <= reach * reach && d2 < best_d2)
            {
              best = i;
              best_d2 = d2;
            }
          ax = bx;
          ay = by;
        }
    }

  return best;
}

static int
find_pair (SwGraphModel *model,
           guint         lo,
           guint         hi)
{
  int a = 0, b = (int)sw_graph_model_get_n_edges (model) - 1;

  while (a <= b)
    {
      int mid = (a + b) / 2;
      const SwGraphEdge *e = sw_graph_model_get_edge (model, mid);
      guint elo = MIN (e->source, e->target), ehi = MAX (e->source, e->target);

      if (elo == lo && ehi == hi)
        return mid;
      if (elo < lo || (elo == lo && ehi < hi))
        a = mid + 1;
      else
        b = mid - 1;
    }
  return -1;
}

gboolean
sw_graph_nodes_adjacent (SwGraphLayout *layout,
                         guint          a,
                         guint          b)
{
  g_return_val_if_fail (layout != NULL, FALSE);
  return find_pair (layout->model, MIN (a, b), MAX (a, b)) >= 0;
}

/* ---- painting --------------------------------------------------------- */

static void
set_color (cairo_t            *cr,
           const SwGraphColor *c,
           double              alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

typedef struct
{
  cairo_t                   *cr;
  SwGraphLayout             *layout;
  const SwGraphTransform    *t;
  const SwGraphPaintOptions *o;
  const SwGraphPalette      *palette;
  gboolean                   hovering;
  guint8                    *node_state;
  guint8                    *edge_state;   /* N_STATES for hidden */
  double                     view[4];      /* visible graph rectangle */
} Paint;

#define N_NODE_COLORS (SW_GRAPH_N_COMMUNITY_COLORS + SW_GRAPH_N_ACTOR_KINDS)

/* Communities 0…9 have their own colours, the rest and all kinds of actor
 * follow them in one index space. */
static guint
node_color_index (Paint *p,
                  guint  i)
{
  if (p->o->color_by == SW_GRAPH_COLOR_BY_COMMUNITY)
    {
      int c = p->layout->community[i];

      if (c >= 0 && c < SW_GRAPH_N_COMMUNITY_COLORS)
        return c;
      return SW_GRAPH_N_COMMUNITY_COLORS + SW_ACTOR_OTHER;
    }
  return SW_GRAPH_N_COMMUNITY_COLORS + MIN ((guint)sw_graph_model_get_node (p->layout->model, i)->kind,
                                            SW_GRAPH_N_ACTOR_KINDS - 1);
}

static const SwGraphColor *
color_of_index (Paint *p,
                guint  index)
{
  if (index < SW_GRAPH_N_COMMUNITY_COLORS)
    return &p->palette->communities[index];
  return &p->palette->kinds[index - SW_GRAPH_N_COMMUNITY_COLORS];
}

static double
state_alpha (Paint *p,
             guint  state)
{
  return state == STATE_DIM ? p->palette->dim_alpha : 1.0;
}

static void
compute_states (Paint *p)
{
  SwGraphModel *model = p->layout->model;
  guint n = p->layout->n_nodes, m = sw_graph_model_get_n_edges (model);
  int hn = p->o->hover_node, he = p->o->hover_edge;

  p->hovering = (hn >= 0 && (guint)hn < n) || (he >= 0 && (guint)he < m);
  memset (p->node_state, p->hovering ? STATE_DIM : STATE_NORMAL, n);

  for (guint i = 0; i < m; i++)
    {
      const SwGraphEdge *e = sw_graph_model_get_edge (model, i);

      if (!sw_graph_edge_visible (p->layout, i, p->o))
        p->edge_state[i] = N_STATES;
      else if (!p->hovering)
        p->edge_state[i] = STATE_NORMAL;
      else if ((hn >= 0 && (e->source == (guint)hn || e->target == (guint)hn)) || (int)i == he)
        {
          p->edge_state[i] = STATE_BRIGHT;
          p->node_state[e->source] = STATE_BRIGHT;
          p->node_state[e->target] = STATE_BRIGHT;
        }
      else
        p->edge_state[i] = STATE_DIM;
    }

  if (hn >= 0 && (guint)hn < n)
    p->node_state[hn] = STATE_BRIGHT;
}

static gboolean
box_visible (Paint  *p,
             double  x0,
             double  y0,
             double  x1,
             double  y1)
{
  return x1 >= p->view[0] && x0 <= p->view[2] && y1 >= p->view[1] && y0 <= p->view[3];
}

static void
curve_to_screen (Paint        *p,
                 const double *g,
                 double       *s)
{
  for (guint k = 0; k < 3; k++)
    sw_graph_transform_to_screen (p->t, g[2 * k], g[2 * k + 1], &s[2 * k], &s[2 * k + 1]);
}

/* The curve of edge @i trimmed to the node rims (and the arrowhead),
 * in user space. */
static gboolean
trimmed_curve (Paint        *p,
               guint         i,
               const double *g,
               double        arrow,
               double       *s)
{
  const SwGraphEdge *e = sw_graph_model_get_edge (p->layout->model, i);
  double rs = p->layout->radius[e->source], rt = p->layout->radius[e->target];
  double ux = g[2] - g[0], uy = g[3] - g[1], vx = g[2] - g[4], vy = g[3] - g[5];
  double lu = length2 (ux, uy), lv = length2 (vx, vy);
  double a[6], cut;

  if (lu <= rs || lv <= rt + arrow)
    return FALSE;

  cut = rt + (arrow > 0 ? arrow * 0.8 : 0);
  a[0] = g[0] + ux / lu * rs;
  a[1] = g[1] + uy / lu * rs;
  a[2] = g[2];
  a[3] = g[3];
  a[4] = g[4] + vx / lv * cut;
  a[5] = g[5] + vy / lv * cut;
  curve_to_screen (p, a, s);
  return TRUE;
}

static void
add_arrow_path (Paint        *p,
                guint         i,
                const double *g,
                double        arrow)
{
  cairo_t *cr = p->cr;
  const SwGraphEdge *e = sw_graph_model_get_edge (p->layout->model, i);
  double rt = p->layout->radius[e->target];
  double vx = g[2] - g[4], vy = g[3] - g[5], lv = length2 (vx, vy);
  double tip[2], base[2], nx, ny, sx, sy;

  if (lv <= rt + arrow || length2 (g[2] - g[0], g[3] - g[1]) <= p->layout->radius[e->source])
    return;

  tip[0] = g[4] + vx / lv * rt;
  tip[1] = g[5] + vy / lv * rt;
  base[0] = g[4] + vx / lv * (rt + arrow);
  base[1] = g[5] + vy / lv * (rt + arrow);
  nx = -vy / lv * arrow * 0.45;
  ny = vx / lv * arrow * 0.45;
  sw_graph_transform_to_screen (p->t, tip[0], tip[1], &sx, &sy);
  cairo_move_to (cr, sx, sy);
  sw_graph_transform_to_screen (p->t, base[0] + nx, base[1] + ny, &sx, &sy);
  cairo_line_to (cr, sx, sy);
  sw_graph_transform_to_screen (p->t, base[0] - nx, base[1] - ny, &sx, &sy);
  cairo_line_to (cr, sx, sy);
  cairo_close_path (cr);
}

static void
add_edge_path (Paint        *p,
               guint         i,
               const double *g,
               double        arrow)
{
  cairo_t *cr = p->cr;
  double s[6];

  if (!trimmed_curve (p, i, g, arrow, s))
    return;

  cairo_move_to (cr, s[0], s[1]);
  if (sw_graph_model_get_edge (p->layout->model, i)->parallel_count > 1)
    cairo_curve_to (cr,
                    s[0] + 2.0 / 3.0 * (s[2] - s[0]), s[1] + 2.0 / 3.0 * (s[3] - s[1]),
                    s[4] + 2.0 / 3.0 * (s[2] - s[4]), s[5] + 2.0 / 3.0 * (s[3] - s[5]),
                    s[4], s[5]);
  else
    cairo_line_to (cr, s[4], s[5]);
}

/* ---- thin edges straight into image pixels ---------------------------- */

/* Cairo 1.16's stroker costs tens of microseconds per long hairline, so
 * 20,000 edges take half a second. Edges at most a pixel wide on an image
 * surface are drawn here instead as antialiased (Wu) lines: the same
 * geometry, colours and dashes, a fraction of the time. Wider edges,
 * vector surfaces and recordings go through Cairo. Only the clip's
 * extents are honoured, which is all the callers here ever set. */
typedef struct
{
  guint8 *data;
  int     stride;
  int     x0, y0, x1, y1;   /* clip, pixels, end exclusive */
  double  xx, yy, tx, ty;   /* user → pixel */
  int     r, g, b, a;       /* premultiplied source, 0…255 */
  /* Coverage of the pending colour over the clip, one byte a pixel:
   * adding bytes is cheaper than blending ARGB per step, and edges of one
   * colour merge as one Cairo path would. */
  guint8 *coverage;
  int     bx0, by0, bx1, by1;  /* what is touched, end exclusive */
} Raster;

typedef struct
{
  gsize  size;
  guint8 data[];
} Coverage;

static const cairo_user_data_key_t coverage_key;

/* A frame's coverage buffer is as large as the surface (1.4 MB at
 * 1600×900): allocating and zeroing it anew, page faults and all, cost a
 * millisecond a frame. It lives on with the surface instead, all zero
 * between uses since compositing clears every byte it reads. */
static guint8 *
coverage_for (cairo_surface_t *target,
              gsize            size)
{
  Coverage *c = cairo_surface_get_user_data (target, &coverage_key);

  if (c != NULL && c->size >= size)
    return c->data;

  c = g_malloc0 (sizeof (Coverage) + size);
  c->size = size;
  if (cairo_surface_set_user_data (target, &coverage_key, c, g_free) != CAIRO_STATUS_SUCCESS)
    {
      g_free (c);
      return NULL;
    }
  return c->data;
}

static gboolean
raster_init (Raster   *r,
             cairo_t  *cr,
             gboolean  coverage)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_matrix_t m;
  double ox, oy, dsx, dsy, cx0, cy0, cx1, cy1;
  cairo_format_t format;

  if (cairo_get_group_target (cr) != target ||
      cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  format = cairo_image_surface_get_format (target);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return FALSE;
  cairo_get_matrix (cr, &m);
  if (m.xy != 0 || m.yx != 0 || m.xx <= 0 || m.yy <= 0)
    return FALSE;

  cairo_surface_get_device_offset (target, &ox, &oy);
  cairo_surface_get_device_scale (target, &dsx, &dsy);
  r->xx = m.xx * dsx;
  r->yy = m.yy * dsy;
  r->tx = m.x0 * dsx + ox;
  r->ty = m.y0 * dsy + oy;

  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  r->x0 = MAX (0, (int)floor (cx0 * r->xx + r->tx));
  r->y0 = MAX (0, (int)floor (cy0 * r->yy + r->ty));
  r->x1 = MIN (cairo_image_surface_get_width (target), (int)ceil (cx1 * r->xx + r->tx));
  r->y1 = MIN (cairo_image_surface_get_height (target), (int)ceil (cy1 * r->yy + r->ty));
  if (r->x0 >= r->x1 || r->y0 >= r->y1)
    return FALSE;

  r->data = cairo_image_surface_get_data (target);
  r->stride = cairo_image_surface_get_stride (target);
  r->coverage = coverage ? coverage_for (target, (gsize)(r->x1 - r->x0) * (r->y1 - r->y0)) : NULL;
  r->bx0 = r->x1;
  r->by0 = r->y1;
  r->bx1 = r->x0;
  r->by1 = r->y0;
  return r->data != NULL && (!coverage || r->coverage != NULL);
}

/* Two 8-bit channels at once, each scaled by inv/255 (rounded). */
static inline guint32
scale_pair (guint32 pair,
            guint32 inv)
{
  guint32 t = pair * inv + 0x00800080;
  return ((t + ((t >> 8) & 0x00ff00ff)) >> 8) & 0x00ff00ff;
}

/* Lays the pending coverage onto the surface in the pending colour:
 * premultiplied OVER, source + destination × (1 − source alpha). */
static void
raster_composite (Raster  *r,
                  cairo_t *cr)
{
  int cw = r->x1 - r->x0;
  /* One colour, 255 levels of coverage: the source pixel and what is
   * left of the destination, per level, looked up instead of worked out
   * per pixel. */
  guint32 src_rb[256], src_ag[256], inv[256];

  if (r->bx0 >= r->bx1 || r->by0 >= r->by1)
    return;

  /* Level 0 leaves the pixel as it is: d × 255 / 255, rounded, is d. */
  for (guint32 level = 0; level < 256; level++)
    {
      guint32 c = level + (level >> 7);  /* 0…256 */
      guint32 sa = ((guint32)r->a * c) >> 8;

      inv[level] = 255 - sa;
      src_rb[level] = (((guint32)r->r * c) >> 8) << 16 | (((guint32)r->b * c) >> 8);
      src_ag[level] = sa << 16 | (((guint32)r->g * c) >> 8);
    }

  cairo_surface_flush (cairo_get_target (cr));
  for (int y = r->by0; y < r->by1; y++)
    {
      guint8 *cov = r->coverage + (gsize)(y - r->y0) * cw - r->x0;
      guint32 *row = (guint32 *)(r->data + (gsize)y * r->stride);
      int x = r->bx0;

      while (x < r->bx1)
        {
          guint32 c, d;
          guint64 word;

          /* Much of the canvas is bare: step over eight empty bytes at
           * once. */
          if (x + 8 <= r->bx1)
            {
              memcpy (&word, cov + x, 8);
              if (word == 0)
                {
                  x += 8;
                  continue;
                }
            }
#ifdef __SSE2__
          /* Four pixels at once, channel by channel in 16 bits, with the
           * very arithmetic of scale_pair() below: the same bytes come
           * out either way. A source channel never exceeds what the
           * scaling leaves free, so bytes add without carries. */
          if (x + 4 <= r->bx1)
            {
              guint8 l0, l1, l2, l3;
              __m128i zero = _mm_setzero_si128 (), half = _mm_set1_epi16 (0x80);
              __m128i dst, lo, hi;

              l0 = cov[x];
              l1 = cov[x + 1];
              l2 = cov[x + 2];
              l3 = cov[x + 3];
              memset (cov + x, 0, 4);
              dst = _mm_loadu_si128 ((const __m128i *)(row + x));
              lo = _mm_mullo_epi16 (_mm_unpacklo_epi8 (dst, zero),
                                    _mm_set_epi16 (inv[l1], inv[l1], inv[l1], inv[l1], inv[l0], inv[l0], inv[l0], inv[l0]));
              hi = _mm_mullo_epi16 (_mm_unpackhi_epi8 (dst, zero),
                                    _mm_set_epi16 (inv[l3], inv[l3], inv[l3], inv[l3], inv[l2], inv[l2], inv[l2], inv[l2]));
              lo = _mm_add_epi16 (lo, half);
              hi = _mm_add_epi16 (hi, half);
              lo = _mm_srli_epi16 (_mm_add_epi16 (lo, _mm_srli_epi16 (lo, 8)), 8);
              hi = _mm_srli_epi16 (_mm_add_epi16 (hi, _mm_srli_epi16 (hi, 8)), 8);
              dst = _mm_add_epi8 (_mm_packus_epi16 (lo, hi),
                                  _mm_set_epi32 ((int)(src_rb[l3] | src_ag[l3] << 8), (int)(src_rb[l2] | src_ag[l2] << 8),
                                                 (int)(src_rb[l1] | src_ag[l1] << 8), (int)(src_rb[l0] | src_ag[l0] << 8)));
              _mm_storeu_si128 ((__m128i *)(row + x), dst);
              x += 4;
              continue;
            }
#endif
          c = cov[x];
          if (c != 0)
            {
              cov[x] = 0;
              d = row[x];
              row[x] = (scale_pair (d & 0x00ff00ff, inv[c]) + src_rb[c]) |
                       ((scale_pair ((d >> 8) & 0x00ff00ff, inv[c]) + src_ag[c]) << 8);
            }
          x++;
        }
    }
  cairo_surface_mark_dirty_rectangle (cairo_get_target (cr), r->bx0, r->by0, r->bx1 - r->bx0, r->by1 - r->by0);

  r->bx0 = r->x1;
  r->by0 = r->y1;
  r->bx1 = r->x0;
  r->by1 = r->y0;
}

static void
raster_finish (Raster  *r,
               cairo_t *cr)
{
  raster_composite (r, cr);
}


static void
raster_set_color (Raster             *r,
                  cairo_t            *cr,
                  const SwGraphColor *c,
                  double              alpha)
{
  double a = CLAMP (c->alpha * alpha, 0, 1);
  int ra = (int)(a * 255 + 0.5);
  int rr = (int)(c->red * a * 255 + 0.5);
  int rg = (int)(c->green * a * 255 + 0.5);
  int rb = (int)(c->blue * a * 255 + 0.5);

  if (ra == r->a && rr == r->r && rg == r->g && rb == r->b)
    return;
  raster_composite (r, cr);
  r->a = ra;
  r->r = rr;
  r->g = rg;
  r->b = rb;
}

/* A small antialiased disc straight into the pixels, for nodes a few
 * pixels across: Cairo's arc and fill cost more than the whole disc. */
static void
raster_disc (Raster             *r,
             cairo_t            *cr,
             double              ux,
             double              uy,
             double              radius,
             const SwGraphColor *color,
             double              alpha)
{
  double cx = ux * r->xx + r->tx, cy = uy * r->yy + r->ty, rad = radius * r->xx;
  double a = CLAMP (color->alpha * alpha, 0, 1);
  int x0 = MAX (r->x0, (int)floor (cx - rad - 1)), x1 = MIN (r->x1, (int)ceil (cx + rad + 1));
  int y0 = MAX (r->y0, (int)floor (cy - rad - 1)), y1 = MIN (r->y1, (int)ceil (cy + rad + 1));
  guint32 sr = (guint32)(color->red * a * 255 + 0.5), sg = (guint32)(color->green * a * 255 + 0.5);
  guint32 sb = (guint32)(color->blue * a * 255 + 0.5), sa0 = (guint32)(a * 255 + 0.5);

  if (x0 >= x1 || y0 >= y1)
    return;

  /* Cairo may have drawn in between. */
  cairo_surface_flush (cairo_get_target (cr));
  for (int y = y0; y < y1; y++)
    {
      guint32 *row = (guint32 *)(r->data + (gsize)y * r->stride);

      for (int x = x0; x < x1; x++)
        {
          double d = length2 (x + 0.5 - cx, y + 0.5 - cy);
          double cover = CLAMP (rad + 0.5 - d, 0, 1);
          guint32 c, sa, inv, dst;

          if (cover <= 0)
            continue;
          c = (guint32)(cover * 256);
          sa = (sa0 * c) >> 8;
          inv = 255 - sa;
          dst = row[x];
          row[x] = (scale_pair (dst & 0x00ff00ff, inv) + (((sr * c) >> 8) << 16 | ((sb * c) >> 8))) |
                   ((scale_pair ((dst >> 8) & 0x00ff00ff, inv) + (sa << 16 | ((sg * c) >> 8))) << 8);
        }
    }
  cairo_surface_mark_dirty_rectangle (cairo_get_target (cr), x0, y0, x1 - x0, y1 - y0);
}

/* Steps @from…@to of a line in the coverage, all inside the clip. The
 * byte stores may alias anything, so nothing is read through @r inside
 * the loops. */
static inline void
wu_run (Raster   *r,
        gboolean  steep,
        gint64    yf,
        gint64    step,
        int       from,
        int       to,
        int       cov)
{
  const gsize cw = (gsize)(r->x1 - r->x0);

  if (steep)
    {
      guint8 *row = r->coverage + (gsize)(from - r->y0) * cw - r->x0;

      for (int x = from; x <= to; x++, yf += step, row += cw)
        {
          int f = (int)((yf >> 8) & 0xff);
          guint8 *cell = row + (yf >> 16);
          int c0 = cell[0] + ((cov * (256 - f)) >> 8), c1 = cell[1] + ((cov * f) >> 8);

          cell[0] = MIN (c0, 255);
          cell[1] = MIN (c1, 255);
        }
    }
  else
    {
      guint8 *column = r->coverage + (from - r->x0) - (gssize)r->y0 * (gssize)cw;

      for (int x = from; x <= to; x++, yf += step, column++)
        {
          int f = (int)((yf >> 8) & 0xff);
          guint8 *cell = column + (yf >> 16) * (gssize)cw;
          int c0 = cell[0] + ((cov * (256 - f)) >> 8), c1 = cell[cw] + ((cov * f) >> 8);

          cell[0] = MIN (c0, 255);
          cell[cw] = MIN (c1, 255);
        }
    }
}

/* wu_run() for a dashed line: the position in the dash pattern (16.16,
 * going backwards when @advance < 0) switches the coverage on and off
 * without a branch, since dashes a few pixels long defeat prediction. */
static inline void
wu_run_dashed (Raster   *r,
               gboolean  steep,
               gint64    yf,
               gint64    step,
               int       from,
               int       to,
               int       cov,
               gint64    pos,
               gint64    advance,
               gint64    on_length,
               gint64    period)
{
  const gsize cw = (gsize)(r->x1 - r->x0);
  guint8 *base = steep ? r->coverage + (gsize)(from - r->y0) * cw - r->x0
                       : r->coverage + (from - r->x0) - (gssize)r->y0 * (gssize)cw;
  gsize major = steep ? cw : 1, minor = steep ? 1 : cw;

  for (int x = from; x <= to; x++, yf += step, base += major)
    {
      int f = (int)((yf >> 8) & 0xff);
      int c = pos < on_length ? cov : 0;
      guint8 *cell = base + (yf >> 16) * (gssize)minor;
      int c0 = cell[0] + ((c * (256 - f)) >> 8), c1 = cell[minor] + ((c * f) >> 8);

      cell[0] = MIN (c0, 255);
      cell[minor] = MIN (c1, 255);
      pos += advance;
      pos -= pos >= period ? period : 0;
      pos += pos < 0 ? period : 0;
    }
}

/* llround() without the call: half away from zero, as llround() rounds. */
static inline gint64
round_fixed (double v)
{
  return v >= 0 ? (gint64)(v + 0.5) : -(gint64)(0.5 - v);
}

/* One antialiased segment, @width ≤ 1 pixel, in pixel coordinates. The
 * dash phase runs on in *@phase from segment to segment of a curve. */
static void
wu_segment (Raster       *r,
            double        x0,
            double        y0,
            double        x1,
            double        y1,
            double        width,
            const double *dash,
            double       *phase)
{
  gboolean steep = fabs (y1 - y0) > fabs (x1 - x0);
  double len = length2 (x1 - x0, y1 - y0);
  double dx, dy, gradient, per_step, coverage, start_phase = phase != NULL ? *phase : 0;
  int from, to, lo, hi;
  gboolean reversed = FALSE;

  if (phase != NULL)
    *phase += len;
  if (len < 1e-9)
    return;
  if (MAX (x0, x1) < r->x0 - 1 || MIN (x0, x1) > r->x1 + 1 || MAX (y0, y1) < r->y0 - 1 || MIN (y0, y1) > r->y1 + 1)
    return;

  r->bx0 = MAX (r->x0, MIN (r->bx0, (int)floor (MIN (x0, x1)) - 1));
  r->by0 = MAX (r->y0, MIN (r->by0, (int)floor (MIN (y0, y1)) - 1));
  r->bx1 = MIN (r->x1, MAX (r->bx1, (int)ceil (MAX (x0, x1)) + 2));
  r->by1 = MIN (r->y1, MAX (r->by1, (int)ceil (MAX (y0, y1)) + 2));

  /* Pixel centres sit at integers from here on. */
  x0 -= 0.5;
  y0 -= 0.5;
  x1 -= 0.5;
  y1 -= 0.5;
  if (steep)
    {
      double t;
      t = x0; x0 = y0; y0 = t;
      t = x1; x1 = y1; y1 = t;
    }
  if (x0 > x1)
    {
      double t;
      t = x0; x0 = x1; x1 = t;
      t = y0; y0 = y1; y1 = t;
      reversed = TRUE;
    }

  dx = x1 - x0;
  dy = y1 - y0;
  gradient = dx > 0 ? dy / dx : 0;
  per_step = dx > 0 ? len / dx : 1;
  /* A slanted line crosses more of each column than a level one. */
  coverage = width * per_step;

  lo = steep ? r->y0 : r->x0;
  hi = steep ? r->y1 - 1 : r->x1 - 1;
  from = MAX ((int)ceil (x0), lo);
  to = MIN ((int)floor (x1), hi);

  if (from > to)
    return;

  {
    /* Fixed point from here: 16.16 for the minor coordinate, 0…256 for
     * coverage; the dash position advances by one step's length. */
    int cw = r->x1 - r->x0;
    int minor_lo = steep ? r->x0 : r->y0, minor_hi = steep ? r->x1 : r->y1;
    gint64 yf = round_fixed ((y0 + gradient * (from - x0)) * 65536.0);
    gint64 step = round_fixed (gradient * 65536.0);
    int cov = (int)(MIN (coverage, 1.0) * 256 + 0.5);
    double period = dash != NULL ? dash[0] + dash[1] : 0;
    double pos = 0, advance = reversed ? -per_step : per_step;

    if (dash != NULL)
      {
        pos = fmod (start_phase + (reversed ? len - (from - x0) * per_step : (from - x0) * per_step), period);
        if (pos < 0)
          pos += period;
      }

    /* The common case, a line whose ends (and so, the minor coordinate
     * being monotonic, all of it) lie inside the clip: no checks per
     * step. */
    if (MIN (yf, yf + step * (to - from)) >> 16 >= minor_lo &&
        (MAX (yf, yf + step * (to - from)) >> 16) + 1 < minor_hi)
      {
        if (dash == NULL)
          wu_run (r, steep, yf, step, from, to, cov);
        else
          wu_run_dashed (r, steep, yf, step, from, to, cov,
                         round_fixed (pos * 65536.0), round_fixed (advance * 65536.0),
                         round_fixed (dash[0] * 65536.0), round_fixed (period * 65536.0));
        return;
      }

    for (int x = from; x <= to; x++, yf += step)
      {
        int yi = (int)(yf >> 16);
        int f = (int)((yf >> 8) & 0xff);
        int c0 = (cov * (256 - f)) >> 8, c1 = (cov * f) >> 8;

        if (dash != NULL)
          {
            gboolean off = pos >= dash[0];

            pos += advance;
            if (pos >= period)
              pos -= period;
            else if (pos < 0)
              pos += period;
            if (off)
              continue;
          }

        if (steep)
          {
            guint8 *row = r->coverage + (gsize)(x - r->y0) * cw - r->x0;

            if (yi >= minor_lo && yi < minor_hi)
              row[yi] = MIN (row[yi] + c0, 255);
            if (yi + 1 >= minor_lo && yi + 1 < minor_hi)
              row[yi + 1] = MIN (row[yi + 1] + c1, 255);
          }
        else
          {
            if (yi >= minor_lo && yi < minor_hi)
              {
                guint8 *cell = r->coverage + (gsize)(yi - r->y0) * cw + (x - r->x0);
                *cell = MIN (*cell + c0, 255);
              }
            if (yi + 1 >= minor_lo && yi + 1 < minor_hi)
              {
                guint8 *cell = r->coverage + (gsize)(yi + 1 - r->y0) * cw + (x - r->x0);
                *cell = MIN (*cell + c1, 255);
              }
          }
      }
  }
}

/* An edge's trimmed curve in pixels, flattened; @offset shifts it
 * sideways (the two strands of a double line). */
static void
raster_edge (Raster       *r,
             const double *s,
             gboolean      curved,
             double        width,
             double        offset,
             const double *dash)
{
  double px[6], phase = 0;
  guint steps = 1;
  double ax, ay;

  for (guint k = 0; k < 3; k++)
    {
      px[2 * k] = s[2 * k] * r->xx + r->tx;
      px[2 * k + 1] = s[2 * k + 1] * r->yy + r->ty;
    }

  /* n chords stray from a quadratic by at most |p0 − 2p1 + p2| / 4n²:
   * as many as keep that under a tenth of a pixel, up to ten. Zoomed out,
   * a bend of a pixel or two needs one or two chords, not ten. */
  if (curved)
    {
      double bend = length2 (px[0] - 2 * px[2] + px[4], px[1] - 2 * px[3] + px[5]);

      steps = bend > 0 ? (guint)MIN (ceil (sqrt (bend / 0.4)), 10.0) : 1;
    }

  ax = px[0];
  ay = px[1];
  for (guint k = 1; k <= steps; k++)
    {
      double t = (double)k / steps, u = 1 - t;
      double bx = curved ? u * u * px[0] + 2 * u * t * px[2] + t * t * px[4] : px[4];
      double by = curved ? u * u * px[1] + 2 * u * t * px[3] + t * t * px[5] : px[5];
      double nx = 0, ny = 0, l = length2 (bx - ax, by - ay);

      if (offset != 0 && l > 0)
        {
          nx = -(by - ay) / l * offset;
          ny = (bx - ax) / l * offset;
        }
      wu_segment (r, ax + nx, ay + ny, bx + nx, by + ny, width, dash, dash != NULL ? &phase : NULL);
      ax = bx;
      ay = by;
    }
}

static double
arrow_length (double width)
{
  return 7.0 + 2.0 * width;
}

/* Edge @i of relation @kind into the coverage, from its curve @g. */
static void
raster_edge_parts (Paint          *p,
                   Raster         *r,
                   guint           i,
                   const double   *g,
                   SwRelationKind  kind,
                   double          arrow,
                   double          pixel_width,
                   const double   *dash)
{
  gboolean curved = sw_graph_model_get_edge (p->layout->model, i)->parallel_count > 1;
  double sc[6];

  if (!trimmed_curve (p, i, g, arrow, sc))
    return;
  if (kind == SW_RELATION_JOINT_STATEMENT)
    {
      raster_edge (r, sc, curved, pixel_width, -1.0, NULL);
      raster_edge (r, sc, curved, pixel_width, 1.0, NULL);
    }
  else
    raster_edge (r, sc, curved, pixel_width, 0, kind == SW_RELATION_SAID_ABOUT ? dash : NULL);
}

/* The same for an edge of a state drawn in edge order: its group says
 * its kind and width; no arrowheads there. */
static void
raster_one_edge (Paint        *p,
                 Raster       *r,
                 guint         i,
                 const double *g,
                 guint         group)
{
  SwRelationKind kind = (group / N_WIDTH_BUCKETS) % SW_GRAPH_N_RELATION_KINDS;
  double px = MAX (bucket_width (group % N_WIDTH_BUCKETS) * p->t->scale, 0.5);
  double dash[2] = { MAX (5.0, 3 * px) * r->xx, MAX (3.5, 2 * px) * r->xx };

  raster_edge_parts (p, r, i, g, kind, 0, MAX (px * r->xx, 0.5), dash);
}

static void
paint_edges (Paint *p)
{
  cairo_t *cr = p->cr;
  SwGraphModel *model = p->layout->model;
  guint m = sw_graph_model_get_n_edges (model);
  guint n_groups = N_STATES * SW_GRAPH_N_RELATION_KINDS * N_WIDTH_BUCKETS;
  g_autofree guint *count = g_new0 (guint, n_groups + 2);
  g_autofree guint *order = g_new (guint, m);
  g_autofree guint *group_of = g_new (guint, m);
  g_autofree double *curves = g_new (double, 6 * (gsize)m);
  double scale = p->t->scale;
  /* Cairo 1.16 rasterises a path's whole polygon at once; with long
   * edges crossing each other one stroke per edge measured faster than
   * one per hundred (20,000 edges at 1600×900). */
  const guint edge_chunk = 1;
  Raster r = { 0 };
  gboolean fast = raster_init (&r, cr, TRUE), dirty = FALSE;
  const guint per_state = SW_GRAPH_N_RELATION_KINDS * N_WIDTH_BUCKETS;
  gboolean simple[N_STATES];

  /* One path per (state, kind, width) group: one stroke for thousands of
   * segments is far cheaper than a stroke each. */
  for (guint i = 0; i < m; i++)
    {
      const SwGraphEdge *e = sw_graph_model_get_edge (model, i);
      double *g = &curves[6 * i];
      guint state = p->edge_state[i];

      group_of[i] = n_groups;
      if (state < N_STATES && (!p->o->highlight_only || state == STATE_BRIGHT))
        {
          sw_graph_edge_get_curve (p->layout, i, g);
          if (box_visible (p, MIN (MIN (g[0], g[2]), g[4]), MIN (MIN (g[1], g[3]), g[5]),
                           MAX (MAX (g[0], g[2]), g[4]), MAX (MAX (g[1], g[3]), g[5])))
            group_of[i] = (state * SW_GRAPH_N_RELATION_KINDS + e->kind) * N_WIDTH_BUCKETS + width_bucket (edge_width (e));
        }
      count[group_of[i]]++;
    }
  /* Counting sort: count[g] becomes the start of group g. */
  for (guint k = 1; k <= n_groups; k++)
    count[k] += count[k - 1];
  for (guint i = m; i-- > 0; )
    order[--count[group_of[i]]] = i;

  /* A state whose every group goes into the coverage, with no
   * arrowheads in between, is one colour summed with saturation: the
   * order does not change a byte, so it goes in edge order, which walks
   * the edge and curve arrays front to back instead of hopping. */
  for (guint state = 0; state < N_STATES; state++)
    {
      simple[state] = fast;
      for (guint group = state * per_state; group < (state + 1) * per_state && simple[state]; group++)
        {
          SwRelationKind kind = (group / N_WIDTH_BUCKETS) % SW_GRAPH_N_RELATION_KINDS;
          double width = bucket_width (group % N_WIDTH_BUCKETS);
          gboolean directed = sw_graph_relation_kind_is_directed (kind);

          if (count[group] == count[group + 1])
            continue;
          if (MAX (width * scale, 0.5) * r.xx > 1.0 || (directed && arrow_length (width) * scale >= 3.0))
            simple[state] = FALSE;
        }
    }

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint group = 0; group < n_groups; group++)
    {
      guint state = group / (SW_GRAPH_N_RELATION_KINDS * N_WIDTH_BUCKETS);
      SwRelationKind kind = (group / N_WIDTH_BUCKETS) % SW_GRAPH_N_RELATION_KINDS;
      double width = bucket_width (group % N_WIDTH_BUCKETS);
      double px = MAX (width * scale, 0.5);
      gboolean directed = sw_graph_relation_kind_is_directed (kind);
      double arrow = directed ? arrow_length (width) : 0;
      /* An arrowhead under three pixels is a smudge: leave it out. */
      gboolean arrows = directed && arrow * scale >= 3.0;
      const SwGraphColor *color = state == STATE_BRIGHT ? &p->palette->edge_highlight : &p->palette->edge;
      guint first = count[group], last = count[group + 1];

      if (simple[state])
        {
          if (group == state * per_state)
            {
              raster_set_color (&r, cr, color, state_alpha (p, state));
              for (guint i = 0; i < m; i++)
                if (group_of[i] / per_state == state)
                  raster_one_edge (p, &r, i, &curves[6 * i], group_of[i]);
              dirty = TRUE;
            }
          continue;
        }

      if (first == last)
        continue;

      set_color (cr, color, state_alpha (p, state));

      if (fast && px * r.xx <= 1.0)
        {
          double pixel_width = MAX (px * r.xx, 0.5);
          double dash[2] = { MAX (5.0, 3 * px) * r.xx, MAX (3.5, 2 * px) * r.xx };

          raster_set_color (&r, cr, color, state_alpha (p, state));
          for (guint k = first; k < last; k++)
            raster_edge_parts (p, &r, order[k], &curves[6 * order[k]], kind, arrows ? arrow : 0, pixel_width, dash);
          dirty = TRUE;
        }
      else
        {
          if (dirty)
            {
              raster_finish (&r, cr);
              dirty = FALSE;
            }
          if (kind == SW_RELATION_SAID_ABOUT)
            {
              double dash[2] = { MAX (5.0, 3 * px), MAX (3.5, 2 * px) };
              cairo_set_dash (cr, dash, 2, 0);
            }

          for (guint chunk = first; chunk < last; chunk += edge_chunk)
            {
              cairo_new_path (cr);
              for (guint k = chunk; k < MIN (chunk + edge_chunk, last); k++)
                add_edge_path (p, order[k], &curves[6 * order[k]], arrows ? arrow : 0);

              if (kind == SW_RELATION_JOINT_STATEMENT)
                {
                  /* A double line: a wide stroke with its middle cut out
                   * in the background colour. */
                  set_color (cr, color, state_alpha (p, state));
                  cairo_set_line_width (cr, MAX (3 * px, 2.5));
                  cairo_stroke_preserve (cr);
                  set_color (cr, &p->palette->background, 1.0);
                  cairo_set_line_width (cr, MAX (px, 0.8));
                  cairo_stroke (cr);
                }
              else
                {
                  cairo_set_line_width (cr, px);
                  cairo_stroke (cr);
                }
            }
          cairo_set_dash (cr, NULL, 0, 0);
        }

      if (arrows)
        {
          if (dirty)
            {
              raster_finish (&r, cr);
              dirty = FALSE;
            }
          cairo_new_path (cr);
          for (guint k = first; k < last; k++)
            add_arrow_path (p, order[k], &curves[6 * order[k]], arrow);
          set_color (cr, color, state_alpha (p, state));
          cairo_fill (cr);
        }
    }

  if (dirty)
    raster_finish (&r, cr);
}

static void
paint_nodes (Paint *p)
{
  cairo_t *cr = p->cr;
  SwGraphLayout *layout = p->layout;
  guint n = layout->n_nodes;
  double scale = p->t->scale;
  g_autofree guint8 *color = g_new (guint8, n + 1);
  guint used[N_NODE_COLORS];
  Raster raster = { 0 };
  gboolean fast = raster_init (&raster, cr, FALSE);

  memset (used, 0, sizeof used);
  for (guint i = 0; i < n; i++)
    {
      color[i] = node_color_index (p, i);
      used[color[i]]++;
    }

  /* Colours are few, nodes many: fill each colour's circles at once. */
  for (guint state = 0; state < N_STATES; state++)
    {
      if (p->o->highlight_only && state != STATE_BRIGHT)
        continue;

      for (guint c = 0; c < N_NODE_COLORS; c++)
        {
          gboolean any = FALSE;

          if (used[c] == 0)
            continue;

          cairo_new_path (cr);
          for (guint i = 0; i < n; i++)
            {
              double sx, sy, r = layout->radius[i];

              if (color[i] != c || p->node_state[i] != state ||
                  !box_visible (p, layout->x[i] - r, layout->y[i] - r, layout->x[i] + r, layout->y[i] + r))
                continue;
              sw_graph_transform_to_screen (p->t, layout->x[i], layout->y[i], &sx, &sy);
              if (fast && r * scale < 3.0)
                {
                  raster_disc (&raster, cr, sx, sy, MAX (r * scale, 1.0), color_of_index (p, c), state_alpha (p, state));
                  continue;
                }
              cairo_new_sub_path (cr);
              cairo_arc (cr, sx, sy, MAX (r * scale, 1.0), 0, 2 * G_PI);
              any = TRUE;
            }
          if (!any)
            continue;
          set_color (cr, color_of_index (p, c), state_alpha (p, state));
          cairo_fill (cr);

          /* The outline parts touching nodes; on a node a few pixels
           * across it would hide the colour, so those go without. */
          cairo_new_path (cr);
          any = FALSE;
          for (guint i = 0; i < n; i++)
            {
              double sx, sy, r = layout->radius[i];

              if (color[i] != c || p->node_state[i] != state || r * scale < 3.0 ||
                  !box_visible (p, layout->x[i] - r, layout->y[i] - r, layout->x[i] + r, layout->y[i] + r))
                continue;
              sw_graph_transform_to_screen (p->t, layout->x[i], layout->y[i], &sx, &sy);
              cairo_new_sub_path (cr);
              cairo_arc (cr, sx, sy, r * scale, 0, 2 * G_PI);
              any = TRUE;
            }
          if (!any)
            continue;
          set_color (cr, &p->palette->node_outline, state_alpha (p, state));
          cairo_set_line_width (cr, MAX (p->palette->outline_width * scale, 0.5));
          cairo_stroke (cr);
        }
    }
}

static void
ring (Paint              *p,
      int                 node,
      const SwGraphColor *color,
      gboolean            dashed)
{
  cairo_t *cr = p->cr;
  double sx, sy, r;

  if (node < 0 || (guint)node >= p->layout->n_nodes)
    return;

  sw_graph_transform_to_screen (p->t, p->layout->x[node], p->layout->y[node], &sx, &sy);
  /* The focus ring sits outside the selection ring: both can be on. */
  r = MAX (p->layout->radius[node] * p->t->scale, 1.0) + (dashed ? 7.0 : 3.5);
  cairo_new_path (cr);
  cairo_arc (cr, sx, sy, r, 0, 2 * G_PI);
  set_color (cr, color, 1.0);
  cairo_set_line_width (cr, 2.5);
  if (dashed)
    {
      double dash[2] = { 4, 3 };
      cairo_set_dash (cr, dash, 2, 0);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
paint_labels (Paint *p)
{
  cairo_t *cr = p->cr;
  SwGraphLayout *layout = p->layout;
  double scale = p->t->scale;
  PangoContext *context;
  PangoLayout *text;
  PangoFontDescription *font;

  if (layout->font_size * scale < p->o->min_label_px)
    return;

  context = sw_graph_text_context_new ();
  text = pango_layout_new (context);
  font = sw_graph_layout_get_font (layout);
  pango_layout_set_font_description (text, font);
  pango_font_description_free (font);

  for (guint state = 0; state < N_STATES; state++)
    {
      if (p->o->highlight_only && state != STATE_BRIGHT)
        continue;

      cairo_new_path (cr);
      for (guint i = 0; i < layout->n_nodes; i++)
        {
          const SwGraphRect *b = &layout->labels[i];
          double sx, sy;

          if (!layout->label_visible[i] || p->node_state[i] != state ||
              !box_visible (p, b->x, b->y, b->x + b->width, b->y + b->height))
            continue;
          sw_graph_transform_to_screen (p->t, b->x, b->y, &sx, &sy);
          cairo_rectangle (cr, sx, sy, b->width * scale, b->height * scale);
        }
      set_color (cr, &p->palette->label_backdrop, state == STATE_DIM ? 0.5 : 1.0);
      cairo_fill (cr);

      set_color (cr, &p->palette->text, state == STATE_DIM ? MAX (p->palette->dim_alpha, 0.35) : 1.0);
      for (guint i = 0; i < layout->n_nodes; i++)
        {
          const SwGraphRect *b = &layout->labels[i];
          double sx, sy;

          if (!layout->label_visible[i] || p->node_state[i] != state ||
              !box_visible (p, b->x, b->y, b->x + b->width, b->y + b->height))
            continue;
          sw_graph_transform_to_screen (p->t, b->x + SW_GRAPH_LABEL_PAD, b->y + SW_GRAPH_LABEL_PAD, &sx, &sy);
          pango_layout_set_text (text, sw_graph_model_get_node (layout->model, i)->name, -1);
          cairo_save (cr);
          cairo_translate (cr, sx, sy);
          cairo_scale (cr, scale, scale);
          cairo_move_to (cr, 0, 0);
          pango_cairo_show_layout (cr, text);
          cairo_restore (cr);
        }
    }

  g_object_unref (text);
  g_object_unref (context);
}

/* ---- title and legend ------------------------------------------------- */

typedef struct
{
  int                 swatch;   /* 0 node colour, 1 + relation kind */
  const SwGraphColor *color;
  char               *text;
  double              width;
  double              x, y;
} LegendItem;

static void
legend_item_clear (gpointer data)
{
  g_free (((LegendItem *)data)->text);
}

static PangoLayout *
band_text (PangoContext *context,
           double        px,
           gboolean      bold)
{
  PangoLayout *text = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, "Cantarell");
  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (text, font);
  pango_font_description_free (font);

  return text;
}

static GArray *
legend_items (SwGraphLayout             *layout,
              const SwGraphPaintOptions *o,
              PangoContext              *context,
              double                    *height)
{
  static const char *kind_names[] = { N_("person"), N_("organization"), N_("place"), N_("group"), N_("other") };
  static const char *relation_names[] = { N_("spoke with"), N_("said about"), N_("told"), N_("joint statement") };
  const SwGraphPalette *palette = o->palette != NULL ? o->palette : sw_graph_palette_get_default (SW_GRAPH_PALETTE_LIGHT);
  GArray *items = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  g_autoptr(PangoLayout) text = band_text (context, LEGEND_PX, FALSE);
  double x = BAND_MARGIN, y = 0;
  gboolean present[SW_GRAPH_N_ACTOR_KINDS] = { FALSE };

  g_array_set_clear_func (items, legend_item_clear);

  for (guint i = 0; i < layout->n_nodes; i++)
    present[MIN ((guint)sw_graph_model_get_node (layout->model, i)->kind, SW_GRAPH_N_ACTOR_KINDS - 1)] = TRUE;

  if (o->color_by == SW_GRAPH_COLOR_BY_COMMUNITY)
    for (guint c = 0; c < MIN (layout->n_communities, SW_GRAPH_N_COMMUNITY_COLORS); c++)
      {
        LegendItem item = { 0, &palette->communities[c], g_strdup_printf (_("community %u"), c + 1) };
        g_array_append_val (items, item);
      }
  else
    for (guint k = 0; k < SW_GRAPH_N_ACTOR_KINDS; k++)
      if (present[k])
        {
          LegendItem item = { 0, &palette->kinds[k], g_strdup (_(kind_names[k])) };
          g_array_append_val (items, item);
        }
  for (guint k = 0; k < SW_GRAPH_N_RELATION_KINDS; k++)
    {
      LegendItem item = { 1 + k, &palette->edge_highlight, g_strdup (_(relation_names[k])) };
      g_array_append_val (items, item);
    }
  {
    LegendItem item = { -1, NULL, g_strdup_printf (_("size: %s"),
                                                   layout->size_by == SW_GRAPH_SIZE_BY_WEIGHT
                                                   ? _("statements and times spoken about")
                                                   : sw_graph_size_by_to_string (layout->size_by)) };
    g_array_append_val (items, item);
  }

  /* Flow the items into rows across the width. */
  for (guint i = 0; i < items->len; i++)
    {
      LegendItem *item = &g_array_index (items, LegendItem, i);
      PangoRectangle logical;
      double w;

      pango_layout_set_text (text, item->text, -1);
      pango_layout_get_extents (text, NULL, &logical);
      item->width = (double)logical.width / PANGO_SCALE;
      w = (item->swatch >= 0 ? SWATCH_WIDTH + 6 : 0) + item->width;
      if (x > BAND_MARGIN && x + w > o->width - BAND_MARGIN)
        {
          x = BAND_MARGIN;
          y += LEGEND_ROW;
        }
      item->x = x;
      item->y = y;
      x += w + 18;
    }

  *height = items->len > 0 ? y + LEGEND_ROW + BAND_MARGIN : 0;
  return items;
}

static void
bands (SwGraphLayout             *layout,
       const SwGraphPaintOptions *o,
       double                    *title_h,
       double                    *legend_h)
{
  *title_h = o->title != NULL ? TITLE_PX * 1.4 + 2 * BAND_MARGIN : 0;
  *legend_h = 0;
  if (o->legend)
    {
      PangoContext *context = sw_graph_text_context_new ();
      GArray *items = legend_items (layout, o, context, legend_h);

      g_array_unref (items);
      g_object_unref (context);
    }
}

/**
 * sw_graph_paint_get_graph_area:
 * @area: (out): where the graph itself goes, once title and legend have
 *   their bands; fit the transform to this
 */
void
sw_graph_paint_get_graph_area (SwGraphLayout             *layout,
                               const SwGraphPaintOptions *options,
                               SwGraphRect               *area)
{
  double title_h, legend_h;

  g_return_if_fail (layout != NULL && options != NULL && area != NULL);

  bands (layout, options, &title_h, &legend_h);
  area->x = 0;
  area->y = title_h;
  area->width = options->width;
  area->height = MAX (options->height - title_h - legend_h, 1);
}

static void
paint_swatch (cairo_t              *cr,
              const SwGraphPalette *palette,
              const LegendItem     *item,
              double                x,
              double                y)
{
  SwRelationKind kind = item->swatch - 1;

  cairo_new_path (cr);
  if (item->swatch == 0)
    {
      cairo_arc (cr, x + SWATCH_WIDTH / 2, y, 6, 0, 2 * G_PI);
      set_color (cr, item->color, 1);
      cairo_fill (cr);
      return;
    }

  set_color (cr, item->color, 1);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + SWATCH_WIDTH - (sw_graph_relation_kind_is_directed (kind) ? 6 : 0), y);
  if (kind == SW_RELATION_SAID_ABOUT)
    {
      double dash[2] = { 5, 3.5 };
      cairo_set_dash (cr, dash, 2, 0);
    }
  if (kind == SW_RELATION_JOINT_STATEMENT)
    {
      cairo_set_line_width (cr, 4.5);
      cairo_stroke_preserve (cr);
      set_color (cr, &palette->background, 1);
      cairo_set_line_width (cr, 1.5);
    }
  else
    cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (sw_graph_relation_kind_is_directed (kind))
    {
      set_color (cr, item->color, 1);
      cairo_move_to (cr, x + SWATCH_WIDTH, y);
      cairo_line_to (cr, x + SWATCH_WIDTH - 9, y - 4);
      cairo_line_to (cr, x + SWATCH_WIDTH - 9, y + 4);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
}

static void
paint_bands (cairo_t                   *cr,
             SwGraphLayout             *layout,
             const SwGraphPaintOptions *o,
             const SwGraphPalette      *palette)
{
  PangoContext *context = sw_graph_text_context_new ();

  if (o->title != NULL)
    {
      g_autoptr(PangoLayout) text = band_text (context, TITLE_PX, TRUE);

      pango_layout_set_text (text, o->title, -1);
      pango_layout_set_width (text, (int)((o->width - 2 * BAND_MARGIN) * PANGO_SCALE));
      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      set_color (cr, &palette->text, 1);
      cairo_move_to (cr, BAND_MARGIN, BAND_MARGIN);
      pango_cairo_show_layout (cr, text);
    }

  if (o->legend)
    {
      double legend_h;
      g_autoptr(GArray) items = legend_items (layout, o, context, &legend_h);
      g_autoptr(PangoLayout) text = band_text (context, LEGEND_PX, FALSE);
      double top = o->height - legend_h;

      for (guint i = 0; i < items->len; i++)
        {
          const LegendItem *item = &g_array_index (items, LegendItem, i);
          double x = item->x, y = top + item->y;
          PangoRectangle logical;

          if (item->swatch >= 0)
            {
              paint_swatch (cr, palette, item, x, y + LEGEND_ROW / 2);
              x += SWATCH_WIDTH + 6;
            }
          pango_layout_set_text (text, item->text, -1);
          pango_layout_get_extents (text, NULL, &logical);
          set_color (cr, &palette->text, 1);
          cairo_move_to (cr, x, y + (LEGEND_ROW - (double)logical.height / PANGO_SCALE) / 2);
          pango_cairo_show_layout (cr, text);
        }
    }

  g_object_unref (context);
}

/**
 * sw_graph_paint:
 * @transform: graph → user space of @cr
 * @options: what to show and how; options->width and height give the
 *   area painted, from (0, 0) in user space
 *
 * Paints the graph. The widget, PNG, SVG and PDF all come through here.
 */
void
sw_graph_paint (cairo_t                   *cr,
                SwGraphLayout             *layout,
                const SwGraphTransform    *transform,
                const SwGraphPaintOptions *options)
{
  Paint p = { 0 };
  SwGraphPaintOptions defaults;
  SwGraphRect area;
  double gx0, gy0, gx1, gy1, slack;
  guint m;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (transform != NULL && transform->scale > 0);

  if (options == NULL)
    {
      sw_graph_paint_options_init (&defaults);
      options = &defaults;
    }

  p.cr = cr;
  p.layout = layout;
  p.t = transform;
  p.o = options;
  p.palette = options->palette != NULL ? options->palette : sw_graph_palette_get_default (SW_GRAPH_PALETTE_LIGHT);

  cairo_save (cr);

  if (options->background && !options->highlight_only)
    {
      set_color (cr, &p.palette->background, 1);
      cairo_paint (cr);
    }

  if (!options->highlight_only && (options->title != NULL || options->legend))
    paint_bands (cr, layout, options, p.palette);

  sw_graph_paint_get_graph_area (layout, options, &area);
  cairo_rectangle (cr, area.x, area.y, area.width, area.height);
  cairo_clip (cr);

  /* What lies outside the area, less a label's or an arrow's reach, is
   * not even put into a path. */
  sw_graph_transform_to_graph (transform, area.x, area.y, &gx0, &gy0);
  sw_graph_transform_to_graph (transform, area.x + area.width, area.y + area.height, &gx1, &gy1);
  slack = SW_GRAPH_MAX_RADIUS + 20;
  p.view[0] = gx0 - slack;
  p.view[1] = gy0 - slack;
  p.view[2] = gx1 + slack;
  p.view[3] = gy1 + slack;

  m = sw_graph_model_get_n_edges (layout->model);
  p.node_state = g_new (guint8, layout->n_nodes + 1);
  p.edge_state = g_new (guint8, m + 1);
  compute_states (&p);

  if (layout->n_nodes == 0 && !options->highlight_only)
    {
      PangoContext *context = sw_graph_text_context_new ();
      PangoLayout *text = band_text (context, LEGEND_PX * 1.25, FALSE);
      PangoRectangle logical;

      pango_layout_set_text (text, _("No actors to show"), -1);
      pango_layout_get_extents (text, NULL, &logical);
      set_color (cr, &p.palette->text, 0.6);
      cairo_move_to (cr, area.x + (area.width - (double)logical.width / PANGO_SCALE) / 2,
                     area.y + (area.height - (double)logical.height / PANGO_SCALE) / 2);
      pango_cairo_show_layout (cr, text);
      g_object_unref (text);
      g_object_unref (context);
    }

  if (!options->highlight_only || p.hovering)
    {
      paint_edges (&p);
      paint_nodes (&p);
      paint_labels (&p);
    }

  if (options->hover_node >= 0)
    ring (&p, options->hover_node, &p.palette->edge_highlight, FALSE);
  ring (&p, options->selected_node, &p.palette->selection, FALSE);
  ring (&p, options->focus_node, &p.palette->focus, TRUE);

  g_free (p.node_state);
  g_free (p.edge_state);
  cairo_restore (cr);
}

/* ---- export ----------------------------------------------------------- */

gboolean
sw_graph_image_format_from_filename (const char         *filename,
                                     SwGraphImageFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (filename != NULL && format != NULL, FALSE);

  lower = g_ascii_strdown (filename, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = SW_GRAPH_IMAGE_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = SW_GRAPH_IMAGE_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = SW_GRAPH_IMAGE_PDF;
  else
    return FALSE;
  return TRUE;
}

/* A fixed creation date keeps exports byte-identical run after run;
 * SOURCE_DATE_EPOCH, the reproducible-builds convention, overrides it. */
static char *
export_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds = 946684800; /* 2000-01-01 */
  g_autoptr(GDateTime) date = NULL;

  if (epoch != NULL && epoch[0] != '\0')
    seconds = g_ascii_strtoll (epoch, NULL, 10);
  date = g_date_time_new_from_unix_utc (seconds);
  if (date == NULL)
    date = g_date_time_new_from_unix_utc (946684800);

  return g_date_time_format (date, "%Y-%m-%dT%H:%M:%S");
}

static cairo_status_t
write_stream (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  return g_output_stream_write_all (closure, data, length, NULL, NULL, NULL)
         ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t
write_bytes (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

typedef struct
{
  GHashTable *ids;
} Renumber;

static gboolean
renumber_surface (const GMatchInfo *match,
                  GString          *out,
                  gpointer          user_data)
{
  Renumber *r = user_data;
  g_autofree char *prefix = g_match_info_fetch (match, 1);
  g_autofree char *id = g_match_info_fetch (match, 2);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (r->ids, id));

  if (n == 0)
    {
      n = g_hash_table_size (r->ids) + 1;
      g_hash_table_insert (r->ids, g_steal_pointer (&id), GUINT_TO_POINTER (n));
    }
  g_string_append_printf (out, "%ssurface%u", prefix, n);
  return FALSE;
}

/* Cairo 1.16 names SVG groups after a process-wide surface counter, so a
 * second export from the same process would differ; number them by first
 * use instead. */
static char *
stable_svg (GByteArray *svg)
{
  g_autoptr(GRegex) regex = g_regex_new ("(id=\"|#)surface([0-9]+)", G_REGEX_OPTIMIZE, 0, NULL);
  Renumber r = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
  char *result;

  result = g_regex_replace_eval (regex, (const char *)svg->data, svg->len, 0, 0, renumber_surface, &r, NULL);
  g_hash_table_unref (r.ids);
  return result;
}

/**
 * sw_graph_export_image:
 * @width: page width in user units; 0 for the graph's natural size
 * @height: page height; 0 to follow the graph's aspect ratio
 * @scale: device pixels per unit for PNG (1, 2, …); vector formats keep
 *   their page size
 * @view: (nullable): the transform to paint with, e.g. the widget's for
 *   "visible area"; %NULL fits the whole graph
 *
 * Writes @filename through sw_graph_paint(), as the screen draws.
 */
gboolean
sw_graph_export_image (SwGraphLayout             *layout,
                       const char                *filename,
                       SwGraphImageFormat         format,
                       double                     width,
                       double                     height,
                       double                     scale,
                       const SwGraphTransform    *view,
                       const SwGraphPaintOptions *options,
                       GError                   **error)
{
  SwGraphPaintOptions o;
  SwGraphTransform t;
  SwGraphRect area;
  cairo_surface_t *surface = NULL;
  cairo_t *cr;
  cairo_status_t status;
  g_autoptr(GByteArray) svg = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  double title_h, legend_h;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  if (options != NULL)
    o = *options;
  else
    sw_graph_paint_options_init (&o);
  scale = scale > 0 ? scale : 1;

  if (width <= 0)
    width = CLAMP (ceil (layout->bounds.width + 2 * BAND_MARGIN), 640, 2400);
  o.width = width;
  if (height <= 0)
    {
      double aspect = layout->bounds.width > 0 ? layout->bounds.height / layout->bounds.width : 0.6;

      o.height = 1;
      bands (layout, &o, &title_h, &legend_h);
      height = ceil (CLAMP ((width - 2 * BAND_MARGIN) * aspect + 2 * BAND_MARGIN, 240, 4 * width) + title_h + legend_h);
    }
  o.height = height;

  if (view != NULL)
    t = *view;
  else
    {
      sw_graph_paint_get_graph_area (layout, &o, &area);
      sw_graph_transform_fit (&t, &layout->bounds, &area, BAND_MARGIN, 2.0);
    }

  file = g_file_new_for_path (filename);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (out == NULL)
    return FALSE;

  switch (format)
    {
    case SW_GRAPH_IMAGE_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)ceil (width * scale), (int)ceil (height * scale));
      break;

    case SW_GRAPH_IMAGE_SVG:
      svg = g_byte_array_new ();
      surface = cairo_svg_surface_create_for_stream (write_bytes, svg, width * scale, height * scale);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;

    case SW_GRAPH_IMAGE_PDF:
      {
        g_autofree char *date = export_date ();

        surface = cairo_pdf_surface_create_for_stream (write_stream, out, width * scale, height * scale);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Saywhen");
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
        if (o.title != NULL)
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, o.title);
      }
      break;

    default:
      g_return_val_if_reached (FALSE);
    }

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  sw_graph_paint (cr, layout, &t, &o);
  cairo_destroy (cr);

  if (format == SW_GRAPH_IMAGE_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_stream, out);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", filename, cairo_status_to_string (status));
      return FALSE;
    }

  if (svg != NULL)
    {
      g_autofree char *text = stable_svg (svg);

      if (text == NULL ||
          !g_output_stream_write_all (G_OUTPUT_STREAM (out), text, strlen (text), NULL, NULL, error))
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: could not write the SVG", filename);
          return FALSE;
        }
    }

  return g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error);
}
