/* sw-graph-layout.c: where the actor graph's nodes and labels go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-graph-layout"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <igraph.h>
#include <pango/pangocairo.h>

#include "sw-graph-layout.h"

G_DEFINE_BOXED_TYPE (SwGraphLayout, sw_graph_layout, sw_graph_layout_ref, sw_graph_layout_unref)

/* Debian builds igraph without thread-local state: its RNG and error
 * handler are process-wide, so every use is serialised here. That also
 * keeps a seeded run deterministic while another layout is in flight. */
static GMutex igraph_lock;

/* Above this many nodes betweenness is estimated from a fixed sample of
 * source nodes (Brandes and Pich 2007): exact Brandes is O(nm). */
#define EXACT_BETWEENNESS_MAX 1000
#define BETWEENNESS_SOURCES    256

#define LABEL_PAD  SW_GRAPH_LABEL_PAD
#define LABEL_GAP  2.0

void
sw_graph_layout_options_init (SwGraphLayoutOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->algorithm = SW_GRAPH_LAYOUT_AUTO;
  options->seed = 42;
  options->size_by = SW_GRAPH_SIZE_BY_WEIGHT;
  options->keep_placed = TRUE;
  options->font_family = "Cantarell";
}

static SwGraphLayout *
layout_alloc (SwGraphModel *model)
{
  SwGraphLayout *self = g_atomic_rc_box_new0 (SwGraphLayout);
  guint n = sw_graph_model_get_n_nodes (model);

  self->model = sw_graph_model_ref (model);
  self->n_nodes = n;
  self->x = g_new0 (double, n);
  self->y = g_new0 (double, n);
  self->pinned = g_new0 (gboolean, n);
  self->degree = g_new0 (double, n);
  self->betweenness = g_new0 (double, n);
  self->pagerank = g_new0 (double, n);
  self->community = g_new0 (int, n);
  self->radius = g_new0 (double, n);
  self->text_width = g_new0 (double, n);
  self->text_height = g_new0 (double, n);
  self->labels = g_new0 (SwGraphRect, n);
  self->label_visible = g_new0 (gboolean, n);
  self->font_size = SW_GRAPH_FONT_SIZE;
  self->unit = 1.0;

  return self;
}

static void
sw_graph_layout_clear (SwGraphLayout *self)
{
  g_clear_pointer (&self->model, sw_graph_model_unref);
  g_free (self->x);
  g_free (self->y);
  g_free (self->pinned);
  g_free (self->degree);
  g_free (self->betweenness);
  g_free (self->pagerank);
  g_free (self->community);
  g_free (self->radius);
  g_free (self->text_width);
  g_free (self->text_height);
  g_free (self->labels);
  g_free (self->label_visible);
  g_free (self->font_family);
}

SwGraphLayout *
sw_graph_layout_ref (SwGraphLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
sw_graph_layout_unref (SwGraphLayout *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify)sw_graph_layout_clear);
}

/**
 * sw_graph_layout_copy:
 *
 * A deep copy: what the widget hands to a worker thread, so it may keep
 * moving nodes in its own layout meanwhile.
 */
SwGraphLayout *
sw_graph_layout_copy (SwGraphLayout *self)
{
  SwGraphLayout *copy;
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  n = self->n_nodes;
  copy = layout_alloc (self->model);
  copy->algorithm = self->algorithm;
  copy->seed = self->seed;
  copy->unit = self->unit;
  copy->n_communities = self->n_communities;
  copy->size_by = self->size_by;
  copy->font_family = g_strdup (self->font_family);
  copy->font_size = self->font_size;
  /* An empty graph has no arrays: memcpy must not see their NULLs. */
  if (n > 0)
    {
      memcpy (copy->x, self->x, n * sizeof (double));
      memcpy (copy->y, self->y, n * sizeof (double));
      memcpy (copy->pinned, self->pinned, n * sizeof (gboolean));
      memcpy (copy->degree, self->degree, n * sizeof (double));
      memcpy (copy->betweenness, self->betweenness, n * sizeof (double));
      memcpy (copy->pagerank, self->pagerank, n * sizeof (double));
      memcpy (copy->community, self->community, n * sizeof (int));
      memcpy (copy->radius, self->radius, n * sizeof (double));
      memcpy (copy->text_width, self->text_width, n * sizeof (double));
      memcpy (copy->text_height, self->text_height, n * sizeof (double));
      memcpy (copy->labels, self->labels, n * sizeof (SwGraphRect));
      memcpy (copy->label_visible, self->label_visible, n * sizeof (gboolean));
    }
  copy->n_labels_visible = self->n_labels_visible;
  copy->bounds = self->bounds;

  return copy;
}

const char *
sw_graph_size_by_to_string (SwGraphSizeBy size_by)
{
  static const char *names[] = { "weight", "degree", "betweenness", "pagerank" };
  g_return_val_if_fail ((guint)size_by < G_N_ELEMENTS (names), "weight");
  return names[size_by];
}

gboolean
sw_graph_size_by_from_string (const char    *name,
                              SwGraphSizeBy *size_by)
{
  for (guint i = 0; i <= SW_GRAPH_SIZE_BY_PAGERANK; i++)
    if (g_strcmp0 (name, sw_graph_size_by_to_string (i)) == 0)
      {
        *size_by = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sw_graph_layout_algorithm_to_string (SwGraphLayoutAlgorithm algorithm)
{
  static const char *names[] = { "auto", "fr", "kk", "drl" };
  g_return_val_if_fail ((guint)algorithm < G_N_ELEMENTS (names), "auto");
  return names[algorithm];
}

gboolean
sw_graph_layout_algorithm_from_string (const char             *name,
                                       SwGraphLayoutAlgorithm *algorithm)
{
  for (guint i = 0; i <= SW_GRAPH_LAYOUT_DRL; i++)
    if (g_strcmp0 (name, sw_graph_layout_algorithm_to_string (i)) == 0)
      {
        *algorithm = i;
        return TRUE;
      }
  return FALSE;
}

double
sw_graph_layout_get_metric (SwGraphLayout *self,
                            guint          node,
                            SwGraphSizeBy  size_by)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (node < self->n_nodes, 0);

  switch (size_by)
    {
    case SW_GRAPH_SIZE_BY_DEGREE: return self->degree[node];
    case SW_GRAPH_SIZE_BY_BETWEENNESS: return self->betweenness[node];
    case SW_GRAPH_SIZE_BY_PAGERANK: return self->pagerank[node];
    case SW_GRAPH_SIZE_BY_WEIGHT:
    default: return sw_graph_model_get_node (self->model, node)->weight;
    }
}

/* Area rather than radius grows with the metric, so a node saying twice as
 * much does not look four times as large. */
static void
compute_radii (SwGraphLayout *self)
{
  double top = 0;

  for (guint i = 0; i < self->n_nodes; i++)
    top = MAX (top, sw_graph_layout_get_metric (self, i, self->size_by));

  for (guint i = 0; i < self->n_nodes; i++)
    {
      double v = sw_graph_layout_get_metric (self, i, self->size_by);
      double f = top > 0 ? sqrt (MAX (v, 0) / top) : 0;

      self->radius[i] = SW_GRAPH_MIN_RADIUS + (SW_GRAPH_MAX_RADIUS - SW_GRAPH_MIN_RADIUS) * f;
    }
}

gboolean
sw_graph_rect_intersects (const SwGraphRect *a,
                          const SwGraphRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
sw_graph_rect_intersects_circle (const SwGraphRect *rect,
                                 double             cx,
                                 double             cy,
                                 double             r)
{
  double nx = CLAMP (cx, rect->x, rect->x + rect->width);
  double ny = CLAMP (cy, rect->y, rect->y + rect->height);
  double dx = cx - nx, dy = cy - ny;

  return dx * dx + dy * dy < r * r;
}

/* ---- label placement -------------------------------------------------- */

typedef struct
{
  double  x0, y0, cell;
  int     cols, rows;
  GArray **cells;   /* guint item ids: < n a node circle, ≥ n a label */
} Grid;

static void
grid_init (Grid   *grid,
           double  x0,
           double  y0,
           double  x1,
           double  y1,
           double  cell)
{
  double w = MAX (x1 - x0, 1), h = MAX (y1 - y0, 1);

  /* Keep the table bounded on sprawling graphs. */
  while ((w / cell) * (h / cell) > 262144.0)
    cell *= 2;

  grid->x0 = x0;
  grid->y0 = y0;
  grid->cell = cell;
  grid->cols = (int)ceil (w / cell) + 1;
  grid->rows = (int)ceil (h / cell) + 1;
  grid->cells = g_new0 (GArray *, (gsize)grid->cols * grid->rows);
}

static void
grid_clear (Grid *grid)
{
  for (int i = 0; i < grid->cols * grid->rows; i++)
    if (grid->cells[i] != NULL)
      g_array_unref (grid->cells[i]);
  g_free (grid->cells);
}

static void
grid_span (const Grid        *grid,
           const SwGraphRect *r,
           int               *c0,
           int               *c1,
           int               *r0,
           int               *r1)
{
  *c0 = CLAMP ((int)floor ((r->x - grid->x0) / grid->cell), 0, grid->cols - 1);
  *c1 = CLAMP ((int)floor ((r->x + r->width - grid->x0) / grid->cell), 0, grid->cols - 1);
  *r0 = CLAMP ((int)floor ((r->y - grid->y0) / grid->cell), 0, grid->rows - 1);
  *r1 = CLAMP ((int)floor ((r->y + r->height - grid->y0) / grid->cell), 0, grid->rows - 1);
}

static void
grid_insert (Grid              *grid,
             const SwGraphRect *r,
             guint              item)
{
  int c0, c1, r0, r1;

  grid_span (grid, r, &c0, &c1, &r0, &r1);
  for (int row = r0; row <= r1; row++)
    for (int col = c0; col <= c1; col++)
      {
        GArray **slot = &grid->cells[row * grid->cols + col];

        if (*slot == NULL)
          *slot = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (*slot, item);
      }
}

static gboolean
label_fits (SwGraphLayout     *self,
            const Grid        *grid,
            const SwGraphRect *box)
{
  int c0, c1, r0, r1;

  grid_span (grid, box, &c0, &c1, &r0, &r1);
  for (int row = r0; row <= r1; row++)
    for (int col = c0; col <= c1; col++)
      {
        GArray *items = grid->cells[row * grid->cols + col];

        for (guint k = 0; items != NULL && k < items->len; k++)
          {
            guint item = g_array_index (items, guint, k);

            if (item < self->n_nodes)
              {
                if (sw_graph_rect_intersects_circle (box, self->x[item], self->y[item], self->radius[item]))
                  return FALSE;
              }
            else if (sw_graph_rect_intersects (box, &self->labels[item - self->n_nodes]))
              return FALSE;
          }
      }

  return TRUE;
}

static int
compare_importance (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  SwGraphLayout *self = user_data;
  guint i = *(const guint *)a, j = *(const guint *)b;

  if (self->radius[i] != self->radius[j])
    return self->radius[i] > self->radius[j] ? -1 : 1;
  return i < j ? -1 : (i > j);
}

/**
 * sw_graph_layout_place_labels:
 *
 * Greedy placement, most important node first: each label takes the first
 * of sixteen spots around its node whose box meets no placed label and no
 * node; a label with no free spot is hidden (the tooltip still names the
 * node). No two visible label boxes intersect each other or any node, by
 * construction, whatever the zoom.
 */
void
sw_graph_layout_place_labels (SwGraphLayout *self)
{
  g_autofree guint *order = NULL;
  double minx = G_MAXDOUBLE, miny = G_MAXDOUBLE, maxx = -G_MAXDOUBLE, maxy = -G_MAXDOUBLE;
  double max_w = 0, max_h = 0, max_r = 0, reach;
  Grid grid;
  gint64 start = g_get_monotonic_time ();

  g_return_if_fail (self != NULL);

  self->n_labels_visible = 0;
  if (self->n_nodes == 0)
    {
      sw_graph_layout_update_bounds (self);
      return;
    }

  for (guint i = 0; i < self->n_nodes; i++)
    {
      minx = MIN (minx, self->x[i]);
      maxx = MAX (maxx, self->x[i]);
      miny = MIN (miny, self->y[i]);
      maxy = MAX (maxy, self->y[i]);
      max_w = MAX (max_w, self->text_width[i] + 2 * LABEL_PAD);
      max_h = MAX (max_h, self->text_height[i] + 2 * LABEL_PAD);
      max_r = MAX (max_r, self->radius[i]);
    }

  reach = max_r + LABEL_GAP + max_w + 2 * max_h;
  grid_init (&grid, minx - reach, miny - reach, maxx + reach, maxy + reach, MAX (2 * max_r, 3 * max_h));

  for (guint i = 0; i < self->n_nodes; i++)
    {
      SwGraphRect r = { self->x[i] - self->radius[i], self->y[i] - self->radius[i],
                        2 * self->radius[i], 2 * self->radius[i] };
      grid_insert (&grid, &r, i);
    }

  order = g_new (guint, self->n_nodes);
  for (guint i = 0; i < self->n_nodes; i++)
    order[i] = i;
  g_qsort_with_data (order, self->n_nodes, sizeof (guint), compare_importance, self);

  for (guint k = 0; k < self->n_nodes; k++)
    {
      guint i = order[k];
      double w = self->text_width[i] + 2 * LABEL_PAD;
      double h = self->text_height[i] + 2 * LABEL_PAD;
      double cx = self->x[i], cy = self->y[i], r = self->radius[i];
      double d = r * M_SQRT1_2;

      self->label_visible[i] = FALSE;
      if (self->text_width[i] <= 0)
        continue;

      for (guint ring = 0; ring < 2 && !self->label_visible[i]; ring++)
        {
          double g = LABEL_GAP + ring * h;
          /* Right first: it reads naturally and keeps labels left-aligned. */
          const double spots[8][2] = {
            { cx + r + g,         cy - h / 2 },
            { cx - r - g - w,     cy - h / 2 },
            { cx - w / 2,         cy + r + g },
            { cx - w / 2,         cy - r - g - h },
            { cx + d + g,         cy - d - g - h },
            { cx + d + g,         cy + d + g },
            { cx - d - g - w,     cy - d - g - h },
            { cx - d - g - w,     cy + d + g },
          };

          for (guint s = 0; s < G_N_ELEMENTS (spots); s++)
            {
              SwGraphRect box = { spots[s][0], spots[s][1], w, h };

              if (label_fits (self, &grid, &box))
                {
                  self->labels[i] = box;
                  self->label_visible[i] = TRUE;
                  self->n_labels_visible++;
                  grid_insert (&grid, &box, self->n_nodes + i);
                  break;
                }
            }
        }
    }

  grid_clear (&grid);
  sw_graph_layout_update_bounds (self);
  self->labels_ms = (g_get_monotonic_time () - start) / 1000.0;
}

void
sw_graph_layout_update_bounds (SwGraphLayout *self)
{
  double minx = G_MAXDOUBLE, miny = G_MAXDOUBLE, maxx = -G_MAXDOUBLE, maxy = -G_MAXDOUBLE;

  g_return_if_fail (self != NULL);

  if (self->n_nodes == 0)
    {
      self->bounds = (SwGraphRect) { 0, 0, 0, 0 };
      return;
    }

  for (guint i = 0; i < self->n_nodes; i++)
    {
      minx = MIN (minx, self->x[i] - self->radius[i]);
      maxx = MAX (maxx, self->x[i] + self->radius[i]);
      miny = MIN (miny, self->y[i] - self->radius[i]);
      maxy = MAX (maxy, self->y[i] + self->radius[i]);
      if (self->label_visible[i])
        {
          const SwGraphRect *l = &self->labels[i];

          minx = MIN (minx, l->x);
          maxx = MAX (maxx, l->x + l->width);
          miny = MIN (miny, l->y);
          maxy = MAX (maxy, l->y + l->height);
        }
    }

  self->bounds = (SwGraphRect) { minx, miny, maxx - minx, maxy - miny };
}

/**
 * sw_graph_text_context_new:
 *
 * Text is measured and drawn with hinting off and unrounded glyph
 * positions, so widths scale linearly: the same label box then fits the
 * text at any zoom and in PNG, SVG and PDF alike.
 */
PangoContext *
sw_graph_text_context_new (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *fo = cairo_font_options_create ();

  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, fo);
  cairo_font_options_destroy (fo);
  pango_context_set_round_glyph_positions (context, FALSE);

  return context;
}

PangoFontDescription *
sw_graph_layout_get_font (SwGraphLayout *self)
{
  PangoFontDescription *font = pango_font_description_new ();

  g_return_val_if_fail (self != NULL, font);

  pango_font_description_set_family (font, self->font_family != NULL ? self->font_family : "Cantarell");
  pango_font_description_set_absolute_size (font, self->font_size * PANGO_SCALE);

  return font;
}

static void
measure_labels (SwGraphLayout *self)
{
  PangoContext *context = sw_graph_text_context_new ();
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = sw_graph_layout_get_font (self);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  for (guint i = 0; i < self->n_nodes; i++)
    {
      const SwGraphNode *node = sw_graph_model_get_node (self->model, i);
      PangoRectangle logical;

      pango_layout_set_text (layout, node->name, -1);
      pango_layout_get_extents (layout, NULL, &logical);
      self->text_width[i] = (double)logical.width / PANGO_SCALE;
      self->text_height[i] = (double)logical.height / PANGO_SCALE;
    }

  g_object_unref (layout);
  g_object_unref (context);
}

void
sw_graph_layout_set_size_by (SwGraphLayout *self,
                             SwGraphSizeBy  size_by)
{
  g_return_if_fail (self != NULL);

  self->size_by = size_by;
  compute_radii (self);
  sw_graph_layout_place_labels (self);
}

/**
 * sw_graph_layout_move_node:
 *
 * Labels are not re-placed here: the caller does it once a drag ends, or
 * on every step for small graphs.
 */
void
sw_graph_layout_move_node (SwGraphLayout *self,
                           guint          node,
                           double         x,
                           double         y,
                           gboolean       pin)
{
  double dx, dy;

  g_return_if_fail (self != NULL);
  g_return_if_fail (node < self->n_nodes);

  dx = x - self->x[node];
  dy = y - self->y[node];
  self->x[node] = x;
  self->y[node] = y;
  if (self->label_visible[node])
    {
      self->labels[node].x += dx;
      self->labels[node].y += dy;
    }
  if (pin)
    self->pinned[node] = TRUE;
}

void
sw_graph_layout_unpin_all (SwGraphLayout *self)
{
  g_return_if_fail (self != NULL);
  memset (self->pinned, 0, self->n_nodes * sizeof (gboolean));
}

guint
sw_graph_layout_get_n_pinned (SwGraphLayout *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (guint i = 0; i < self->n_nodes; i++)
    n += self->pinned[i] ? 1 : 0;
  return n;
}

/* ---- igraph ----------------------------------------------------------- */

typedef struct
{
  igraph_t             simple;    /* undirected, one edge per pair */
  igraph_vector_t      weights;   /* summed relation weights per pair */
  igraph_t             directed;  /* told/said_about one way, the others both */
  igraph_vector_t      dweights;
} Graphs;

static void
graphs_build (SwGraphModel *model,
              Graphs       *g)
{
  guint n = sw_graph_model_get_n_nodes (model);
  guint m = sw_graph_model_get_n_edges (model);
  igraph_vector_int_t pairs, arcs;
  guint i = 0;

  igraph_vector_int_init (&pairs, 0);
  igraph_vector_init (&g->weights, 0);
  igraph_vector_int_init (&arcs, 0);
  igraph_vector_init (&g->dweights, 0);

  /* Edges come sorted by pair, so parallel ones are adjacent. */
  while (i < m)
    {
      const SwGraphEdge *e = sw_graph_model_get_edge (model, i);
      double w = 0;
      guint j;

      for (j = i; j < i + e->parallel_count; j++)
        {
          const SwGraphEdge *p = sw_graph_model_get_edge (model, j);

          w += p->weight;
          igraph_vector_int_push_back (&arcs, p->source);
          igraph_vector_int_push_back (&arcs, p->target);
          igraph_vector_push_back (&g->dweights, p->weight);
          if (!p->directed)
            {
              igraph_vector_int_push_back (&arcs, p->target);
              igraph_vector_int_push_back (&arcs, p->source);
              igraph_vector_push_back (&g->dweights, p->weight);
            }
        }
      igraph_vector_int_push_back (&pairs, MIN (e->source, e->target));
      igraph_vector_int_push_back (&pairs, MAX (e->source, e->target));
      igraph_vector_push_back (&g->weights, w);
      i = j;
    }

  igraph_create (&g->simple, &pairs, n, IGRAPH_UNDIRECTED);
  igraph_create (&g->directed, &arcs, n, IGRAPH_DIRECTED);
  igraph_vector_int_destroy (&pairs);
  igraph_vector_int_destroy (&arcs);
}

static void
graphs_clear (Graphs *g)
{
  igraph_destroy (&g->simple);
  igraph_vector_destroy (&g->weights);
  igraph_destroy (&g->directed);
  igraph_vector_destroy (&g->dweights);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median_edge_length (const Graphs         *g,
                    const igraph_matrix_t *m)
{
  igraph_integer_t n_edges = igraph_ecount (&g->simple);
  g_autofree double *lengths = NULL;
  double median;

  if (n_edges == 0)
    return 0;

  lengths = g_new (double, n_edges);
  for (igraph_integer_t e = 0; e < n_edges; e++)
    {
      igraph_integer_t a = IGRAPH_FROM (&g->simple, e), b = IGRAPH_TO (&g->simple, e);

      lengths[e] = hypot (MATRIX (*m, a, 0) - MATRIX (*m, b, 0), MATRIX (*m, a, 1) - MATRIX (*m, b, 1));
    }

  qsort (lengths, n_edges, sizeof (double), compare_doubles);
  median = lengths[n_edges / 2];

  return median;
}

/* Median distance from a node to its nearest neighbour; a sample of
 * nodes is enough to know how crowded a large layout is. */
static double
median_nearest_distance (const igraph_matrix_t *m,
                         guint                  n)
{
  guint stride = MAX (1, n / 400), k = 0;
  g_autofree double *nearest = g_new (double, n / stride + 1);

  for (guint i = 0; i < n; i += stride)
    {
      double best = G_MAXDOUBLE;

      for (guint j = 0; j < n; j++)
        {
          double d;

          if (j == i)
            continue;
          d = hypot (MATRIX (*m, i, 0) - MATRIX (*m, j, 0), MATRIX (*m, i, 1) - MATRIX (*m, j, 1));
          best = MIN (best, d);
        }
      if (best < G_MAXDOUBLE)
        nearest[k++] = best;
    }
  if (k == 0)
    return 0;

  qsort (nearest, k, sizeof (double), compare_doubles);
  return nearest[k / 2];
}

static void
renumber_communities (SwGraphLayout             *self,
                      const igraph_vector_int_t *membership)
{
  guint n = self->n_nodes;
  g_autofree guint *size = g_new0 (guint, n + 1);
  g_autofree guint *first = g_new0 (guint, n + 1);
  g_autofree guint *order = NULL;
  g_autofree int *rank = g_new0 (int, n + 1);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      igraph_integer_t c = VECTOR (*membership)[i];

      if (size[c]++ == 0)
        first[c] = i;
      count = MAX (count, (guint)c + 1);
    }

  /* Largest community first, so colours follow size, not igraph's
   * internal numbering. */
  order = g_new (guint, count);
  for (guint c = 0; c < count; c++)
    order[c] = c;
  for (guint a = 1; a < count; a++)
    {
      guint v = order[a], b = a;

      while (b > 0 && (size[order[b - 1]] < size[v] ||
                       (size[order[b - 1]] == size[v] && first[order[b - 1]] > first[v])))
        {
          order[b] = order[b - 1];
          b--;
        }
      order[b] = v;
    }
  for (guint c = 0; c < count; c++)
    rank[order[c]] = c;

  self->n_communities = 0;
  for (guint i = 0; i < n; i++)
    {
      self->community[i] = rank[VECTOR (*membership)[i]];
      self->n_communities = MAX (self->n_communities, (guint)self->community[i] + 1);
    }
}

static void
compute_metrics (SwGraphLayout *self,
                 Graphs        *g)
{
  guint n = self->n_nodes;
  igraph_vector_int_t degree, membership;
  igraph_vector_t result;
  igraph_real_t value;

  igraph_vector_int_init (&degree, 0);
  if (igraph_degree (&g->simple, &degree, igraph_vss_all (), IGRAPH_ALL, FALSE) == IGRAPH_SUCCESS)
    for (guint i = 0; i < n; i++)
      self->degree[i] = VECTOR (degree)[i];
  igraph_vector_int_destroy (&degree);

  igraph_vector_init (&result, 0);
  if (n <= EXACT_BETWEENNESS_MAX)
    {
      if (igraph_betweenness (&g->simple, &result, igraph_vss_all (), FALSE, NULL) == IGRAPH_SUCCESS)
        for (guint i = 0; i < n; i++)
          self->betweenness[i] = VECTOR (result)[i];
    }
  else
    {
      igraph_vector_int_t sources;
      guint stride = (n + BETWEENNESS_SOURCES - 1) / BETWEENNESS_SOURCES;

      igraph_vector_int_init (&sources, 0);
      for (guint i = 0; i < n; i += stride)
        igraph_vector_int_push_back (&sources, i);
      if (igraph_betweenness_subset (&g->simple, &result, igraph_vss_all (), FALSE,
                                     igraph_vss_vector (&sources), igraph_vss_all (), NULL) == IGRAPH_SUCCESS)
        for (guint i = 0; i < n; i++)
          self->betweenness[i] = VECTOR (result)[i] * stride;
      igraph_vector_int_destroy (&sources);
    }

  if (igraph_pagerank (&g->directed, IGRAPH_PAGERANK_ALGO_ARPACK, &result, &value,
                       igraph_vss_all (), IGRAPH_DIRECTED, 0.85, &g->dweights, NULL) == IGRAPH_SUCCESS)
    for (guint i = 0; i < n; i++)
      self->pagerank[i] = VECTOR (result)[i];
  igraph_vector_destroy (&result);

  igraph_vector_int_init (&membership, 0);
  if (igraph_ecount (&g->simple) > 0 &&
      igraph_community_multilevel (&g->simple, &g->weights, 1.0, &membership, NULL, NULL) == IGRAPH_SUCCESS &&
      igraph_vector_int_size (&membership) == (igraph_integer_t)n)
    renumber_communities (self, &membership);
  else
    {
      for (guint i = 0; i < n; i++)
        self->community[i] = i;
      self->n_communities = n;
    }
  igraph_vector_int_destroy (&membership);
}

/* Starting positions, in igraph units: where the previous layout had the
 * node, else near the nodes it is tied to, else anywhere in the square a
 * force-directed layout of this size tends to fill. */
static void
seed_positions (SwGraphLayout  *self,
                Graphs         *g,
                const gboolean *placed,
                igraph_matrix_t *m,
                GRand          *rand)
{
  guint n = self->n_nodes;
  g_autofree gboolean *known = g_memdup2 (placed, n * sizeof (gboolean));
  double side = MAX (1.0, sqrt ((double)n));
  double cx = 0, cy = 0;
  guint n_known = 0;
  igraph_vector_int_t neighbours;

  for (guint i = 0; i < n; i++)
    if (known[i])
      {
        MATRIX (*m, i, 0) = self->x[i] / self->unit;
        MATRIX (*m, i, 1) = self->y[i] / self->unit;
        cx += MATRIX (*m, i, 0);
        cy += MATRIX (*m, i, 1);
        n_known++;
      }
  if (n_known > 0)
    {
      cx /= n_known;
      cy /= n_known;
    }

  igraph_vector_int_init (&neighbours, 0);
  for (guint i = 0; i < n; i++)
    {
      double sx = 0, sy = 0;
      guint count = 0;
      double jx = g_rand_double_range (rand, -0.5, 0.5);
      double jy = g_rand_double_range (rand, -0.5, 0.5);

      if (known[i])
        continue;

      if (n_known > 0 && igraph_neighbors (&g->simple, &neighbours, i, IGRAPH_ALL) == IGRAPH_SUCCESS)
        for (igraph_integer_t k = 0; k < igraph_vector_int_size (&neighbours); k++)
          {
            igraph_integer_t v = VECTOR (neighbours)[k];

            if (known[v])
              {
                sx += MATRIX (*m, v, 0);
                sy += MATRIX (*m, v, 1);
                count++;
              }
          }

      if (count > 0)
        {
          MATRIX (*m, i, 0) = sx / count + jx;
          MATRIX (*m, i, 1) = sy / count + jy;
        }
      else
        {
          MATRIX (*m, i, 0) = cx + (jx * 2) * side / 2;
          MATRIX (*m, i, 1) = cy + (jy * 2) * side / 2;
        }
      known[i] = n_known > 0;
    }
  igraph_vector_int_destroy (&neighbours);
}

static gboolean
run_layout (SwGraphLayout          *self,
            Graphs                 *g,
            SwGraphLayoutAlgorithm  algorithm,
            const gboolean         *fixed,
            gboolean                any_fixed,
            igraph_matrix_t        *m)
{
  guint n = self->n_nodes;
  igraph_vector_t minx, maxx, miny, maxy, w;
  igraph_error_t status = IGRAPH_SUCCESS;

  igraph_vector_init (&minx, n);
  igraph_vector_init (&maxx, n);
  igraph_vector_init (&miny, n);
  igraph_vector_init (&maxy, n);
  for (guint i = 0; i < n; i++)
    {
      VECTOR (minx)[i] = fixed[i] ? MATRIX (*m, i, 0) : -IGRAPH_INFINITY;
      VECTOR (maxx)[i] = fixed[i] ? MATRIX (*m, i, 0) : IGRAPH_INFINITY;
      VECTOR (miny)[i] = fixed[i] ? MATRIX (*m, i, 1) : -IGRAPH_INFINITY;
      VECTOR (maxy)[i] = fixed[i] ? MATRIX (*m, i, 1) : IGRAPH_INFINITY;
    }

  /* Attraction grows with the logarithm of the weight: a pair quoted
   * thirty times should sit close, not on top of each other. */
  igraph_vector_init (&w, igraph_vector_size (&g->weights));
  for (igraph_integer_t e = 0; e < igraph_vector_size (&g->weights); e++)
    VECTOR (w)[e] = 1.0 + log (VECTOR (g->weights)[e]);

  switch (algorithm)
    {
    case SW_GRAPH_LAYOUT_KAMADA_KAWAI:
      status = igraph_layout_kamada_kawai (&g->simple, m, TRUE, 50 * n, 0.0, n, NULL,
                                           any_fixed ? &minx : NULL, any_fixed ? &maxx : NULL,
                                           any_fixed ? &miny : NULL, any_fixed ? &maxy : NULL);
      break;

    case SW_GRAPH_LAYOUT_DRL:
      {
        igraph_layout_drl_options_t options;

        igraph_layout_drl_options_init (&options, IGRAPH_LAYOUT_DRL_DEFAULT);
        status = igraph_layout_drl (&g->simple, m, FALSE, &options, &w);
      }
      break;

    case SW_GRAPH_LAYOUT_AUTO:
    case SW_GRAPH_LAYOUT_FRUCHTERMAN_REINGOLD:
    default:
      status = igraph_layout_fruchterman_reingold (&g->simple, m, TRUE, 500, sqrt ((double)n) / 10.0,
                                                   IGRAPH_LAYOUT_AUTOGRID, &w,
                                                   any_fixed ? &minx : NULL, any_fixed ? &maxx : NULL,
                                                   any_fixed ? &miny : NULL, any_fixed ? &maxy : NULL);
      break;
    }

  igraph_vector_destroy (&w);
  igraph_vector_destroy (&minx);
  igraph_vector_destroy (&maxx);
  igraph_vector_destroy (&miny);
  igraph_vector_destroy (&maxy);

  return status == IGRAPH_SUCCESS;
}

/* Force-directed layouts fling actors without relations to the edges of
 * the picture, where they stretch the view for nothing; news is full of
 * them (mentioned, quoted, tied to nobody). They go on shelves below the
 * graph instead, in model order. */
static void
shelve_isolated (SwGraphLayout  *self,
                 const gboolean *fixed)
{
  SwGraphModel *model = self->model;
  guint n = self->n_nodes;
  g_autofree gboolean *tied = g_new0 (gboolean, n);
  double minx = G_MAXDOUBLE, maxx = -G_MAXDOUBLE, maxy = -G_MAXDOUBLE;
  double row = 2 * SW_GRAPH_MAX_RADIUS + 2 * self->font_size;
  double x, y, right;
  gboolean any = FALSE;

  for (guint e = 0; e < sw_graph_model_get_n_edges (model); e++)
    {
      const SwGraphEdge *edge = sw_graph_model_get_edge (model, e);
      tied[edge->source] = tied[edge->target] = TRUE;
    }

  for (guint i = 0; i < n; i++)
    if (tied[i] || fixed[i])
      {
        minx = MIN (minx, self->x[i]);
        maxx = MAX (maxx, self->x[i]);
        maxy = MAX (maxy, self->y[i]);
        any = TRUE;
      }
  if (!any)
    {
      minx = maxx = maxy = 0;
      row = 0;
    }

  right = MAX (maxx, minx + 8 * SW_GRAPH_EDGE_LENGTH);
  x = minx;
  y = maxy + 2 * row;
  for (guint i = 0; i < n; i++)
    {
      double w;

      if (tied[i] || fixed[i])
        continue;
      w = 2 * SW_GRAPH_MAX_RADIUS + self->text_width[i] + 4 * SW_GRAPH_LABEL_PAD + SW_GRAPH_MAX_RADIUS;
      if (x > minx && x + w > right)
        {
          x = minx;
          y += 2 * SW_GRAPH_MAX_RADIUS + 2 * self->font_size;
        }
      self->x[i] = x + SW_GRAPH_MAX_RADIUS;
      self->y[i] = y;
      x += w;
    }
}

/**
 * sw_graph_layout_compute:
 * @previous: (nullable): an earlier layout, of this model or of an older
 *   one: nodes are matched by actor key, their positions and pins kept
 *
 * Runs in any thread. The same model, previous layout and options give
 * the same layout, bit for bit.
 *
 * Returns: (transfer full): the layout, or %NULL when cancelled or igraph
 *   failed
 */
SwGraphLayout *
sw_graph_layout_compute (SwGraphModel               *model,
                         SwGraphLayout              *previous,
                         const SwGraphLayoutOptions *options,
                         GCancellable               *cancellable,
                         GError                    **error)
{
  g_autoptr(SwGraphLayout) self = NULL;
  SwGraphLayoutOptions defaults;
  g_autofree gboolean *placed = NULL;
  g_autofree gboolean *fixed = NULL;
  gboolean any_placed = FALSE, any_fixed = FALSE, all_fixed = TRUE, ok = TRUE;
  SwGraphLayoutAlgorithm algorithm;
  igraph_error_handler_t *old_handler;
  igraph_warning_handler_t *old_warning;
  igraph_matrix_t m;
  g_autoptr(GRand) rand = NULL;
  Graphs g;
  gint64 t0, t1, t2;
  guint n;

  g_return_val_if_fail (model != NULL, NULL);

  if (options == NULL)
    {
      sw_graph_layout_options_init (&defaults);
      options = &defaults;
    }

  self = layout_alloc (model);
  n = self->n_nodes;
  self->seed = options->seed;
  self->size_by = options->size_by;
  self->font_family = g_strdup (options->font_family != NULL ? options->font_family : "Cantarell");
  placed = g_new0 (gboolean, n);
  fixed = g_new0 (gboolean, n);

  if (previous != NULL && previous->n_nodes > 0)
    {
      self->unit = previous->unit;
      for (guint i = 0; i < n; i++)
        {
          const SwGraphNode *node = sw_graph_model_get_node (model, i);
          int j = sw_graph_model_lookup (previous->model, node->key);

          if (j < 0)
            continue;
          self->x[i] = previous->x[j];
          self->y[i] = previous->y[j];
          self->pinned[i] = previous->pinned[j];
          placed[i] = TRUE;
          any_placed = TRUE;
          fixed[i] = self->pinned[i] || options->keep_placed;
        }
    }
  for (guint i = 0; i < n; i++)
    {
      any_fixed |= fixed[i];
      all_fixed &= fixed[i];
    }

  algorithm = options->algorithm;
  if (algorithm == SW_GRAPH_LAYOUT_AUTO)
    algorithm = SW_GRAPH_LAYOUT_FRUCHTERMAN_REINGOLD;
  /* DrL in igraph 0.10 cannot hold nodes in place. */
  if (algorithm == SW_GRAPH_LAYOUT_DRL && (any_fixed || any_placed))
    algorithm = SW_GRAPH_LAYOUT_FRUCHTERMAN_REINGOLD;
  self->algorithm = algorithm;

  rand = g_rand_new_with_seed (options->seed);
  measure_labels (self);

  g_mutex_lock (&igraph_lock);
  old_handler = igraph_set_error_handler (igraph_error_handler_ignore);
  /* igraph prints warnings to stderr, which belongs to the CLI's user. */
  old_warning = igraph_set_warning_handler (igraph_warning_handler_ignore);
  igraph_rng_seed (igraph_rng_default (), options->seed);

  t0 = g_get_monotonic_time ();
  graphs_build (model, &g);
  igraph_matrix_init (&m, n, 2);
  seed_positions (self, &g, placed, &m, rand);

  if (n > 0 && !all_fixed && !g_cancellable_is_cancelled (cancellable))
    ok = run_layout (self, &g, algorithm, fixed, any_fixed, &m);

  /* Edges of a sparse graph rest at about SW_GRAPH_EDGE_LENGTH; a dense
   * one is spread further so that neighbours do not overlap. */
  if (ok && !any_placed && n > 0)
    {
      double edge = median_edge_length (&g, &m);
      double nearest = median_nearest_distance (&m, n);

      self->unit = edge > 0 ? SW_GRAPH_EDGE_LENGTH / edge : SW_GRAPH_EDGE_LENGTH;
      if (nearest > 0)
        self->unit = MAX (self->unit, SW_GRAPH_NODE_SPACING / nearest);
    }

  for (guint i = 0; ok && i < n; i++)
    if (!fixed[i])
      {
        self->x[i] = MATRIX (m, i, 0) * self->unit;
        self->y[i] = MATRIX (m, i, 1) * self->unit;
      }
  igraph_matrix_destroy (&m);
  t1 = g_get_monotonic_time ();

  if (ok && !g_cancellable_is_cancelled (cancellable))
    compute_metrics (self, &g);
  t2 = g_get_monotonic_time ();

  graphs_clear (&g);
  igraph_set_error_handler (old_handler);
  igraph_set_warning_handler (old_warning);
  g_mutex_unlock (&igraph_lock);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (!ok)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "igraph could not lay out the graph");
      return NULL;
    }

  self->positions_ms = (t1 - t0) / 1000.0;
  self->metrics_ms = (t2 - t1) / 1000.0;

  shelve_isolated (self, fixed);
  compute_radii (self);
  sw_graph_layout_place_labels (self);

  return g_steal_pointer (&self);
}

/**
 * sw_graph_layout_step:
 * @from: the node that has the focus, or -1 for none
 * @dx: @dy: the direction pressed, in graph axes (y down)
 *
 * Keyboard navigation: the node best reached by going that way, within
 * sixty degrees of it, nearer and straighter winning. Without a focus,
 * the largest node.
 *
 * Returns: a node, or -1 when nothing lies that way
 */
int
sw_graph_layout_step (SwGraphLayout *self,
                      int            from,
                      double         dx,
                      double         dy)
{
  double len = hypot (dx, dy), best_score = G_MAXDOUBLE;
  int best = -1;

  g_return_val_if_fail (self != NULL, -1);

  if (from < 0 || (guint)from >= self->n_nodes)
    {
      for (guint i = 0; i < self->n_nodes; i++)
        if (best < 0 || self->radius[i] > self->radius[best])
          best = i;
      return best;
    }
  if (len == 0)
    return from;

  for (guint i = 0; i < self->n_nodes; i++)
    {
      double vx = self->x[i] - self->x[from], vy = self->y[i] - self->y[from];
      double d = hypot (vx, vy), cosine, score;

      if ((int)i == from || d == 0)
        continue;
      cosine = (vx * dx + vy * dy) / (d * len);
      if (cosine < 0.5)
        continue;
      score = d * (1 + 2 * (1 - cosine));
      if (score < best_score)
        {
          best_score = score;
          best = i;
        }
    }

  return best;
}
