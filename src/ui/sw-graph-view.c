/* sw-graph-view.c: the actor graph as a GTK widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin widget over src/render: the layout is computed in a worker
 * thread, painting goes through sw_graph_paint() inside snapshot, and the
 * full frame is kept as a render node so that hovering only paints the
 * highlighted neighbourhood over it.
 *
 * For assistive technologies, the actors and relations in view have
 * stand-in child widgets (SwA11yItem) with a role, a label and the
 * selected state; the keyboard focus moves over them: the arrows go from
 * actor to actor, Tab through the focused actor's relations.
 */
#define G_LOG_DOMAIN "sw-graph-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>

#include "sw-a11y-item.h"
#include "sw-graph-view.h"

#define MIN_SCALE     0.005
#define MAX_SCALE     20.0
#define FIT_MARGIN    24.0
#define FIT_MAX_SCALE 2.0
#define HIT_TOLERANCE 4.0
#define DRAG_THRESHOLD 4.0
/* Stand-ins, per kind, for what is in view: a screenful of actors and of
 * relations, cheap to allocate every frame. */
#define MAX_NODE_PROXIES 200
#define MAX_EDGE_PROXIES 200

struct _SwGraphView
{
  GtkWidget         parent_instance;

  SwGraphModel     *model;
  SwGraphLayout    *layout;
  GCancellable     *cancellable;
  guint             serial;          /* of the newest layout request */
  gboolean          fitted;          /* the user has not moved the view yet */

  SwGraphTransform  transform;
  SwGraphSizeBy     size_by;
  SwGraphColorBy    color_by;
  guint32           from_day;
  guint32           to_day;

  int               hover_node;
  int               hover_edge;
  int               selected_node;
  int               focus_node;
  char             *selected_name;

  /* Pointer and gesture state */
  double            pointer_x;
  double            pointer_y;
  int               drag_node;
  gboolean          dragging;
  SwGraphTransform  drag_start;
  double            drag_node_x;
  double            drag_node_y;
  SwGraphTransform  zoom_start;

  GskRenderNode    *frame;           /* the full picture, without hover */
  int               frame_width;
  int               frame_height;

  SwA11yPool       *node_proxies;
  SwA11yPool       *edge_proxies;
  int               focus_edge;      /* whose stand-in has the focus */
  gboolean          allocating;
  gboolean          focus_changing;  /* the focus moves onto a stand-in */
};

G_DEFINE_FINAL_TYPE (SwGraphView, sw_graph_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_BUSY,
  PROP_SIZE_BY,
  PROP_COLOR_BY,
  PROP_SELECTED_ACTOR,
  N_PROPS
};

enum {
  ACTOR_SELECTED,
  RELATION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
invalidate (SwGraphView *self)
{
  g_clear_pointer (&self->frame, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* What is in view moved: so do the stand-ins (size_allocate). */
  if (!self->allocating)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static const SwGraphPalette *
current_palette (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  return sw_graph_palette_for_style (adw_style_manager_get_dark (style),
                                     adw_style_manager_get_high_contrast (style));
}

static void
paint_options (SwGraphView         *self,
               SwGraphPaintOptions *options)
{
  sw_graph_paint_options_init (options);
  options->palette = current_palette ();
  options->color_by = self->color_by;
  options->width = gtk_widget_get_width (GTK_WIDGET (self));
  options->height = gtk_widget_get_height (GTK_WIDGET (self));
  options->selected_node = self->selected_node;
  options->focus_node = sw_a11y_focus_within (GTK_WIDGET (self)) ? self->focus_node : -1;
  options->from_day = self->from_day;
  options->to_day = self->to_day;
}

static void
sw_graph_view_actions_update (SwGraphView *self)
{
  gboolean ready = self->layout != NULL && self->layout->n_nodes > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "graph.zoom-fit", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "graph.zoom-in", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "graph.zoom-out", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "graph.relayout", self->model != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "graph.select-focused", ready);
  /* Pins also come from outside the widget (the layout is shared), so
   * the action is not tied to a count that could go stale. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "graph.unpin-all", self->layout != NULL);
}

static void
zoom_fit (SwGraphView *self)
{
  SwGraphPaintOptions options;
  SwGraphRect area;

  if (self->layout == NULL || self->layout->n_nodes == 0)
    return;

  paint_options (self, &options);
  sw_graph_paint_get_graph_area (self->layout, &options, &area);
  sw_graph_transform_fit (&self->transform, &self->layout->bounds, &area, FIT_MARGIN, FIT_MAX_SCALE);
  self->fitted = TRUE;
  invalidate (self);
}

static void
zoom_at (SwGraphView *self,
         double       factor,
         double       x,
         double       y)
{
  double scale = CLAMP (self->transform.scale * factor, MIN_SCALE, MAX_SCALE);

  if (self->layout == NULL)
    return;
  sw_graph_transform_zoom_at (&self->transform, scale / self->transform.scale, x, y);
  self->fitted = FALSE;
  invalidate (self);
}

/* ---- accessibility ---------------------------------------------------- */

static const char *kind_names[] = { N_("person"), N_("organization"), N_("place"), N_("group"), N_("other") };
static const char *relation_names[] = { N_("spoke with"), N_("said about"), N_("told"), N_("joint statement") };

static void
node_accessible_text (SwGraphView  *self,
                      guint         node,
                      char        **label,
                      char        **description)
{
  const SwGraphNode *n = sw_graph_model_get_node (self->layout->model, node);
  GString *text = g_string_new (NULL);

  /* Translators: an actor of the graph for a screen reader: its name, then its kind (person, organization…) */
  *label = g_strdup_printf (_("%s, %s"), n->name, _(kind_names[MIN ((guint)n->kind, G_N_ELEMENTS (kind_names) - 1)]));

  for (guint r = 0; r < n->roles->len; r++)
    g_string_append_printf (text, "%s%s", r == 0 ? "" : ", ", (const char *)g_ptr_array_index (n->roles, r));
  if (text->len > 0)
    g_string_append (text, ". ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", n->statements), n->statements);
  if (n->spoken_about > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "spoken about once", "spoken about %u times", n->spoken_about),
                              n->spoken_about);
    }
  *description = g_string_free (text, FALSE);
}

static void
edge_accessible_text (SwGraphView  *self,
                      guint         edge,
                      char        **label,
                      char        **description)
{
  SwGraphModel *model = self->layout->model;
  const SwGraphEdge *e = sw_graph_model_get_edge (model, edge);
  g_autofree char *quotes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quotation", "%u quotations", e->n_quotes),
                                             e->n_quotes);
  g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", e->n_events),
                                             e->n_events);

  /* Translators: a relation of the graph for a screen reader: "<source> – <target>: <relation>",
   * the relation being "spoke with", "said about", "told" or "joint statement" */
  *label = g_strdup_printf (_("%s – %s: %s"),
                            sw_graph_model_get_node (model, e->source)->name,
                            sw_graph_model_get_node (model, e->target)->name,
                            _(relation_names[MIN ((guint)e->kind, G_N_ELEMENTS (relation_names) - 1)]));
  *description = g_strdup_printf ("%s · %s", quotes, events);
}

static guint64
edge_key (guint edge)
{
  return edge;
}

static SwA11yItem *
place_node (SwGraphView *self,
            guint        node)
{
  gboolean fresh;
  SwA11yItem *proxy = sw_a11y_pool_take (self->node_proxies, node, &fresh);
  double sx, sy, r;

  if (proxy == NULL)
    return NULL;

  if (fresh)
    {
      g_autofree char *label = NULL;
      g_autofree char *description = NULL;

      node_accessible_text (self, node, &label, &description);
      sw_a11y_item_set_text (proxy, label, description);
    }

  sw_graph_transform_to_screen (&self->transform, self->layout->x[node], self->layout->y[node], &sx, &sy);
  r = MAX (self->layout->radius[node] * self->transform.scale, 4);
  sw_a11y_item_set_rect (proxy, sx - r, sy - r, 2 * r, 2 * r);
  sw_a11y_item_set_selected (proxy, (int)node == self->selected_node);
  return proxy;
}

static SwA11yItem *
place_edge (SwGraphView *self,
            guint        edge)
{
  const SwGraphEdge *e = sw_graph_model_get_edge (self->layout->model, edge);
  gboolean fresh;
  SwA11yItem *proxy = sw_a11y_pool_take (self->edge_proxies, edge_key (edge), &fresh);
  double ax, ay, bx, by;

  if (proxy == NULL)
    return NULL;

  if (fresh)
    {
      g_autofree char *label = NULL;
      g_autofree char *description = NULL;

      edge_accessible_text (self, edge, &label, &description);
      sw_a11y_item_set_text (proxy, label, description);
    }

  sw_graph_transform_to_screen (&self->transform, self->layout->x[e->source], self->layout->y[e->source], &ax, &ay);
  sw_graph_transform_to_screen (&self->transform, self->layout->x[e->target], self->layout->y[e->target], &bx, &by);
  sw_a11y_item_set_rect (proxy, MIN (ax, bx), MIN (ay, by), fabs (bx - ax), fabs (by - ay));
  /* Relations are activated, never selected. */
  return proxy;
}

static gboolean
node_in_view (SwGraphView *self,
              guint        node,
              int          width,
              int          height)
{
  double sx, sy, r = self->layout->radius[node] * self->transform.scale;

  sw_graph_transform_to_screen (&self->transform, self->layout->x[node], self->layout->y[node], &sx, &sy);
  return sx + r >= 0 && sx - r <= width && sy + r >= 0 && sy - r <= height;
}

static gboolean
edge_in_view (SwGraphView               *self,
              guint                      edge,
              const SwGraphPaintOptions *options,
              int                        width,
              int                        height)
{
  const SwGraphEdge *e = sw_graph_model_get_edge (self->layout->model, edge);
  double ax, ay, bx, by;

  if (!sw_graph_edge_visible (self->layout, edge, options))
    return FALSE;
  sw_graph_transform_to_screen (&self->transform, self->layout->x[e->source], self->layout->y[e->source], &ax, &ay);
  sw_graph_transform_to_screen (&self->transform, self->layout->x[e->target], self->layout->y[e->target], &bx, &by);
  return MAX (ax, bx) >= 0 && MIN (ax, bx) <= width && MAX (ay, by) >= 0 && MIN (ay, by) <= height;
}

/* Gives the actors and relations in view their stand-ins. First those
 * the keyboard is on (the selected and focused actors, the focused
 * actor's relations, which Tab walks), so that the caps never take them
 * away; then the rest in model order until the caps. A pass over the
 * nodes and one or two over the edges: well under a millisecond for
 * 2,000 actors and 20,000 relations, against a full repaint whenever the
 * view moves. */
static void
sync_proxies (SwGraphView *self,
              int          width,
              int          height)
{
  SwGraphPaintOptions options;
  guint n_edges;
  int anchor;

  sw_a11y_pool_begin (self->node_proxies);
  sw_a11y_pool_begin (self->edge_proxies);

  if (self->layout == NULL || width <= 0 || height <= 0)
    goto done;

  paint_options (self, &options);
  n_edges = sw_graph_model_get_n_edges (self->layout->model);

  if (self->selected_node >= 0 && (guint)self->selected_node < self->layout->n_nodes)
    place_node (self, self->selected_node);
  if (self->focus_node >= 0 && (guint)self->focus_node < self->layout->n_nodes)
    place_node (self, self->focus_node);
  for (guint i = 0; i < self->layout->n_nodes; i++)
    if (node_in_view (self, i, width, height) && place_node (self, i) == NULL &&
        sw_a11y_pool_is_full (self->node_proxies))
      break;

  /* Kept off screen too, but not once the time range hides it. */
  if (self->focus_edge >= 0 && (guint)self->focus_edge < n_edges &&
      sw_graph_edge_visible (self->layout, self->focus_edge, &options))
    place_edge (self, self->focus_edge);
  anchor = self->focus_node >= 0 ? self->focus_node : self->selected_node;
  if (anchor >= 0)
    for (guint i = 0; i < n_edges && !sw_a11y_pool_is_full (self->edge_proxies); i++)
      {
        const SwGraphEdge *e = sw_graph_model_get_edge (self->layout->model, i);

        if (((int)e->source == anchor || (int)e->target == anchor) && edge_in_view (self, i, &options, width, height))
          place_edge (self, i);
      }
  for (guint i = 0; i < n_edges && !sw_a11y_pool_is_full (self->edge_proxies); i++)
    if (edge_in_view (self, i, &options, width, height))
      place_edge (self, i);

done:
  sw_a11y_pool_end (self->node_proxies);
  sw_a11y_pool_end (self->edge_proxies);
}

static void
update_selected_state (gpointer item,
                       gpointer user_data)
{
  SwGraphView *self = user_data;

  sw_a11y_item_set_selected (item, (int)sw_a11y_item_get_key (item) == self->selected_node);
}

/* The stand-in of @node, made now if it has none yet. */
static SwA11yItem *
node_proxy (SwGraphView *self,
            int          node)
{
  if (self->layout == NULL || node < 0 || (guint)node >= self->layout->n_nodes)
    return NULL;

  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return place_node (self, node);
}

/* After the selection changed: the stand-ins say which is selected, and
 * the keyboard focus, when it is in the view, goes to the selected actor
 * (or to the view when there is none), as a screen reader follows it. */
static void
follow_selection (SwGraphView *self)
{
  SwA11yItem *proxy;

  sw_a11y_pool_foreach (self->node_proxies, update_selected_state, self);

  if (self->focus_changing || !sw_a11y_focus_within (GTK_WIDGET (self)))
    return;

  proxy = node_proxy (self, self->selected_node);
  gtk_widget_grab_focus (proxy != NULL ? GTK_WIDGET (proxy) : GTK_WIDGET (self));
}

/* The view's own label sums it up; actors and relations speak for
 * themselves. */
static void
update_summary (SwGraphView *self)
{
  guint nodes = self->layout != NULL ? self->layout->n_nodes : 0;
  guint edges = self->layout != NULL ? sw_graph_model_get_n_edges (self->layout->model) : 0;
  /* Translators: the actor graph's name for a screen reader */
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Actor graph, %u actor", "Actor graph, %u actors", nodes),
                                            nodes);
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u relation", "%u relations", edges), edges);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* ---- layout in a worker thread ---------------------------------------- */

typedef struct
{
  SwGraphModel         *model;
  SwGraphLayout        *previous;
  SwGraphLayoutOptions  options;
  guint                 serial;
} LayoutJob;

static void
layout_job_free (gpointer data)
{
  LayoutJob *job = data;

  g_clear_pointer (&job->model, sw_graph_model_unref);
  g_clear_pointer (&job->previous, sw_graph_layout_unref);
  g_free (job);
}

static void
layout_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LayoutJob *job = task_data;
  GError *error = NULL;
  SwGraphLayout *layout = sw_graph_layout_compute (job->model, job->previous, &job->options, cancellable, &error);

  if (layout == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, layout, (GDestroyNotify)sw_graph_layout_unref);
}

static void
layout_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SwGraphView *self = SW_GRAPH_VIEW (object);
  LayoutJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  SwGraphLayout *layout = g_task_propagate_pointer (G_TASK (result), &error);
  gboolean first;

  /* A newer request supersedes this one. */
  if (job->serial != self->serial)
    {
      g_clear_pointer (&layout, sw_graph_layout_unref);
      return;
    }

  g_clear_object (&self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);

  if (layout == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not lay out the actor graph: %s", error->message);
      return;
    }

  first = self->layout == NULL || self->fitted;
  g_clear_pointer (&self->layout, sw_graph_layout_unref);
  self->layout = layout;
  /* Node and edge numbers mean others now. */
  self->focus_edge = -1;
  sw_a11y_pool_clear (self->node_proxies);
  sw_a11y_pool_clear (self->edge_proxies);
  update_summary (self);

  self->hover_node = self->hover_edge = -1;
  self->selected_node = self->selected_name != NULL ? sw_graph_model_lookup (layout->model, self->selected_name) : -1;
  if (self->selected_node >= 0 &&
      g_strcmp0 (self->selected_name, sw_graph_model_get_node (layout->model, self->selected_node)->name) != 0)
    {
      g_free (self->selected_name);
      self->selected_name = g_strdup (sw_graph_model_get_node (layout->model, self->selected_node)->name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
    }
  if (self->focus_node >= (int)layout->n_nodes)
    self->focus_node = -1;

  if (first)
    zoom_fit (self);
  sw_graph_view_actions_update (self);
  invalidate (self);
}

static void
start_layout (SwGraphView *self,
              gboolean     keep_placed)
{
  g_autoptr(GTask) task = NULL;
  LayoutJob *job;
  gboolean was_busy = self->cancellable != NULL;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->model == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  job = g_new0 (LayoutJob, 1);
  job->model = sw_graph_model_ref (self->model);
  /* The worker gets a copy: the user may keep dragging nodes meanwhile. */
  job->previous = self->layout != NULL ? sw_graph_layout_copy (self->layout) : NULL;
  sw_graph_layout_options_init (&job->options);
  job->options.size_by = self->size_by;
  job->options.keep_placed = keep_placed;
  job->serial = ++self->serial;

  task = g_task_new (self, self->cancellable, layout_done, NULL);
  g_task_set_source_tag (task, start_layout);
  g_task_set_task_data (task, job, layout_job_free);
  g_task_run_in_thread (task, layout_thread);

  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* ---- drawing ---------------------------------------------------------- */

static void
sw_graph_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  SwGraphView *self = SW_GRAPH_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  SwGraphPaintOptions options;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  paint_options (self, &options);

  if (self->frame == NULL || self->frame_width != width || self->frame_height != height)
    {
      /* Painted into an image surface rather than gtk_snapshot_append_cairo
       * (which records and replays): the painter's thin-edge raster only
       * works on pixels. */
      int scale = gtk_widget_get_scale_factor (widget);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      GtkSnapshot *frame = gtk_snapshot_new ();

      cairo_scale (cr, scale, scale);
      options.background = FALSE;
      sw_graph_paint (cr, self->layout, &self->transform, &options);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                          (gsize)cairo_image_surface_get_stride (surface) * height * scale,
                                          (GDestroyNotify)cairo_surface_destroy, surface);
      texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT,
                                        bytes, cairo_image_surface_get_stride (surface));
      gtk_snapshot_append_texture (frame, texture, &bounds);
      g_clear_pointer (&self->frame, gsk_render_node_unref);
      self->frame = gtk_snapshot_free_to_node (frame);
      self->frame_width = width;
      self->frame_height = height;
    }

  if (self->frame != NULL)
    gtk_snapshot_append_node (snapshot, self->frame);

  if (self->hover_node >= 0 || self->hover_edge >= 0)
    {
      const SwGraphColor *bg = &options.palette->background;
      GdkRGBA veil = { bg->red, bg->green, bg->blue, 1.0 - options.palette->dim_alpha };
      cairo_t *cr;

      gtk_snapshot_append_color (snapshot, &veil, &bounds);
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      options.hover_node = self->hover_node;
      options.hover_edge = self->hover_edge;
      options.highlight_only = TRUE;
      options.background = FALSE;
      sw_graph_paint (cr, self->layout, &self->transform, &options);
      cairo_destroy (cr);
    }
}

static void
sw_graph_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  SwGraphView *self = SW_GRAPH_VIEW (widget);

  /* The stand-ins ask for an allocation whenever the view moves; the
   * frame is redrawn for a new size anyway (see snapshot). */
  self->allocating = TRUE;
  if (self->fitted)
    zoom_fit (self);
  sync_proxies (self, width, height);
  sw_a11y_pool_allocate (self->node_proxies);
  sw_a11y_pool_allocate (self->edge_proxies);
  self->allocating = FALSE;
}

/* ---- pointer ---------------------------------------------------------- */

static void
set_hover (SwGraphView *self,
           int          node,
           int          edge)
{
  if (node == self->hover_node && edge == self->hover_edge)
    return;
  self->hover_node = node;
  self->hover_edge = edge;
  /* Only the highlight layer changes: the cached frame stays. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
hit (SwGraphView *self,
     double       x,
     double       y,
     int         *node,
     int         *edge)
{
  SwGraphPaintOptions options;

  *node = *edge = -1;
  if (self->layout == NULL)
    return;

  *node = sw_graph_hit_node (self->layout, &self->transform, x, y, HIT_TOLERANCE);
  if (*node < 0)
    {
      paint_options (self, &options);
      *edge = sw_graph_hit_edge (self->layout, &self->transform, &options, x, y, HIT_TOLERANCE);
    }
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           SwGraphView              *self)
{
  int node, edge;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->dragging)
    return;
  hit (self, x, y, &node, &edge);
  set_hover (self, node, edge);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          SwGraphView              *self)
{
  if (!self->dragging)
    set_hover (self, -1, -1);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           SwGraphView              *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (self->layout == NULL)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    zoom_at (self, pow (1.1, -dy), self->pointer_x, self->pointer_y);
  else
    {
      self->transform.x0 -= dx * 30;
      self->transform.y0 -= dy * 30;
      self->fitted = FALSE;
      invalidate (self);
    }
  return TRUE;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               SwGraphView      *self)
{
  self->zoom_start = self->transform;
}

static void
zoom_scale_cb (GtkGestureZoom *gesture,
               double          scale,
               SwGraphView    *self)
{
  double x, y;

  if (self->layout == NULL || !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  self->transform = self->zoom_start;
  zoom_at (self, scale, x, y);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               SwGraphView    *self)
{
  self->drag_node = self->layout != NULL ? sw_graph_hit_node (self->layout, &self->transform, x, y, HIT_TOLERANCE) : -1;
  self->drag_start = self->transform;
  self->dragging = FALSE;
  if (self->drag_node >= 0)
    {
      self->drag_node_x = self->layout->x[self->drag_node];
      self->drag_node_y = self->layout->y[self->drag_node];
    }
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                SwGraphView    *self)
{
  if (self->layout == NULL)
    return;
  if (!self->dragging && hypot (dx, dy) < DRAG_THRESHOLD)
    return;
  self->dragging = TRUE;

  if (self->drag_node >= 0)
    {
      double s = self->transform.scale;

      sw_graph_layout_move_node (self->layout, self->drag_node,
                                 self->drag_node_x + dx / s, self->drag_node_y + dy / s, TRUE);
      /* Small graphs keep their labels clear while dragging; large ones
       * once the drag ends. */
      if (self->layout->n_nodes <= 300)
        sw_graph_layout_place_labels (self->layout);
      set_hover (self, self->drag_node, -1);
    }
  else
    {
      self->transform.x0 = self->drag_start.x0 + dx;
      self->transform.y0 = self->drag_start.y0 + dy;
      self->fitted = FALSE;
    }
  invalidate (self);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             SwGraphView    *self)
{
  if (self->dragging && self->drag_node >= 0 && self->layout != NULL)
    {
      sw_graph_layout_place_labels (self->layout);
      sw_graph_view_actions_update (self);
      invalidate (self);
    }
  self->dragging = FALSE;
  self->drag_node = -1;
}

static GVariant *
evidence_variant (const SwGraphEdge *edge)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(uii)"));
  for (guint i = 0; i < edge->evidence->len; i++)
    {
      const SwGraphEvidence *ev = &g_array_index (edge->evidence, SwGraphEvidence, i);
      g_variant_builder_add (&builder, "(uii)", ev->source, ev->quote, ev->event);
    }
  return g_variant_builder_end (&builder);
}

/* Node and edge indices are the shown layout's: while a newer model is
 * being laid out, names must come from the layout's own model. */
static SwGraphModel *
shown_model (SwGraphView *self)
{
  return self->layout != NULL ? self->layout->model : NULL;
}

static void
select_node (SwGraphView *self,
             int          node,
             gboolean     emit)
{
  const char *name = node >= 0 ? sw_graph_model_get_node (shown_model (self), node)->name : NULL;

  if (node != self->selected_node)
    {
      self->selected_node = node;
      g_free (self->selected_name);
      self->selected_name = g_strdup (name);
      invalidate (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
    }
  if (node >= 0)
    self->focus_node = node;
  follow_selection (self);
  if (emit && name != NULL)
    g_signal_emit (self, signals[ACTOR_SELECTED], 0, name);
}

static void
activate_edge (SwGraphView *self,
               int          edge)
{
  SwGraphModel *model = shown_model (self);
  const SwGraphEdge *e = sw_graph_model_get_edge (model, edge);

  g_signal_emit (self, signals[RELATION_ACTIVATED], 0,
                 sw_graph_model_get_node (model, e->source)->name,
                 sw_graph_model_get_node (model, e->target)->name,
                 sw_relation_kind_to_string (e->kind),
                 evidence_variant (e));
}

static void
click_cb (GtkGestureClick *gesture,
          int              n_press,
          double           x,
          double           y,
          SwGraphView     *self)
{
  int node, edge;

  if (self->dragging || self->layout == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  hit (self, x, y, &node, &edge);
  if (node >= 0)
    select_node (self, node, TRUE);
  else if (edge >= 0)
    activate_edge (self, edge);
  else
    select_node (self, -1, FALSE);
}

static gboolean
query_tooltip_cb (GtkWidget   *widget,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip,
                  SwGraphView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  SwGraphModel *model = shown_model (self);
  int node, edge;

  if (model == NULL)
    return FALSE;

  if (keyboard)
    {
      node = self->focus_node;
      edge = -1;
    }
  else
    hit (self, x, y, &node, &edge);

  if (node >= 0)
    {
      const SwGraphNode *n = sw_graph_model_get_node (model, node);
      g_autofree char *name = g_markup_escape_text (n->name, -1);

      g_string_append_printf (text, "<b>%s</b>", name);
      for (guint r = 0; r < n->roles->len; r++)
        {
          g_autofree char *role = g_markup_escape_text (g_ptr_array_index (n->roles, r), -1);
          g_string_append_printf (text, "%s%s", r == 0 ? "\n" : ", ", role);
        }
      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", n->statements), n->statements);
      if (n->spoken_about > 0)
        {
          g_string_append (text, " · ");
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "spoken about once", "spoken about %u times", n->spoken_about),
                                  n->spoken_about);
        }
    }
  else if (edge >= 0)
    {
      const SwGraphEdge *e = sw_graph_model_get_edge (model, edge);
      g_autofree char *a = g_markup_escape_text (sw_graph_model_get_node (model, e->source)->name, -1);
      g_autofree char *b = g_markup_escape_text (sw_graph_model_get_node (model, e->target)->name, -1);
      static const char *verbs[] = { N_("spoke with"), N_("said about"), N_("told"), N_("made a joint statement with") };

      g_string_append_printf (text, "<b>%s</b> %s <b>%s</b>\n", a, _(verbs[e->kind]), b);
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u quotation", "%u quotations", e->n_quotes), e->n_quotes);
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", e->n_events), e->n_events);
    }
  else
    return FALSE;

  gtk_tooltip_set_markup (tooltip, text->str);
  return TRUE;
}

/* ---- keyboard --------------------------------------------------------- */

/* Centres @node when it is off screen (or nearly). */
static void
reveal_node (SwGraphView *self,
             int          node)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double sx, sy;

  if (self->layout == NULL || node < 0 || width <= 0 || height <= 0)
    return;

  sw_graph_transform_to_screen (&self->transform, self->layout->x[node], self->layout->y[node], &sx, &sy);
  if (sx < FIT_MARGIN || sy < FIT_MARGIN || sx > width - FIT_MARGIN || sy > height - FIT_MARGIN)
    {
      self->transform.x0 += width / 2.0 - sx;
      self->transform.y0 += height / 2.0 - sy;
      self->fitted = FALSE;
      invalidate (self);
    }
}

void
sw_graph_view_move_focus (SwGraphView *self,
                          double       dx,
                          double       dy)
{
  int next;

  g_return_if_fail (SW_IS_GRAPH_VIEW (self));

  if (self->layout == NULL)
    return;
  next = sw_graph_layout_step (self->layout, self->focus_node, dx, dy);
  if (next < 0)
    return;
  self->focus_node = next;
  reveal_node (self, next);
  invalidate (self);
  /* With the keyboard in the view, the focus goes to the actor's
   * stand-in, which selects it as a click would (set_focus_child). */
  if (sw_a11y_focus_within (GTK_WIDGET (self)))
    {
      SwA11yItem *proxy = node_proxy (self, next);

      if (proxy != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (proxy));
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SwGraphView           *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      sw_graph_view_move_focus (self, -1, 0);
      return TRUE;
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      sw_graph_view_move_focus (self, 1, 0);
      return TRUE;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      sw_graph_view_move_focus (self, 0, -1);
      return TRUE;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      sw_graph_view_move_focus (self, 0, 1);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->selected_node < 0)
        return FALSE;
      select_node (self, -1, FALSE);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
focus_changed_cb (SwGraphView *self)
{
  invalidate (self);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  guint64 ka = sw_a11y_item_get_key (*(SwA11yItem **)a), kb = sw_a11y_item_get_key (*(SwA11yItem **)b);

  return ka < kb ? -1 : ka > kb;
}

typedef struct
{
  SwGraphView *self;
  GPtrArray   *found;
} RelationsOf;

static void
collect_relation (gpointer item,
                  gpointer user_data)
{
  RelationsOf *r = user_data;
  const SwGraphEdge *e = sw_graph_model_get_edge (r->self->layout->model, (guint)sw_a11y_item_get_key (item));

  if ((int)e->source == r->self->focus_node || (int)e->target == r->self->focus_node)
    g_ptr_array_add (r->found, item);
}

/* Focus enters on the selected actor (or the view when none is); the
 * arrows then go from actor to actor (key_pressed_cb), and Tab walks the
 * focused actor's relations in view before leaving the graph. */
static gboolean
sw_graph_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  SwGraphView *self = SW_GRAPH_VIEW (widget);
  g_autoptr(GPtrArray) relations = NULL;
  GtkWidget *focus;
  RelationsOf r;
  guint at;
  int current = -1;

  if (!sw_a11y_focus_within (widget))
    {
      SwA11yItem *proxy = node_proxy (self, self->selected_node);

      return gtk_widget_grab_focus (proxy != NULL ? GTK_WIDGET (proxy) : widget);
    }

  if ((direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD) ||
      self->layout == NULL || self->focus_node < 0)
    return FALSE;

  relations = g_ptr_array_new ();
  r.self = self;
  r.found = relations;
  sw_a11y_pool_foreach (self->edge_proxies, collect_relation, &r);
  g_ptr_array_sort (relations, compare_keys);

  focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  if (g_ptr_array_find (relations, focus, &at))
    current = (int)at;

  if (direction == GTK_DIR_TAB_FORWARD)
    {
      if (current + 1 >= (int)relations->len)
        return FALSE;
      return gtk_widget_grab_focus (g_ptr_array_index (relations, current + 1));
    }

  if (current < 0)
    return FALSE;
  if (current > 0)
    return gtk_widget_grab_focus (g_ptr_array_index (relations, current - 1));
  {
    SwA11yItem *proxy = node_proxy (self, self->focus_node);

    return gtk_widget_grab_focus (proxy != NULL ? GTK_WIDGET (proxy) : widget);
  }
}

/* The keyboard (or a screen reader) reached a stand-in: an actor's
 * selects it, as a click would; a relation's lights it up, as hovering
 * does, for Enter to open its evidence. */
static void
sw_graph_view_set_focus_child (GtkWidget *widget,
                               GtkWidget *child)
{
  SwGraphView *self = SW_GRAPH_VIEW (widget);

  GTK_WIDGET_CLASS (sw_graph_view_parent_class)->set_focus_child (widget, child);

  if (self->focus_edge >= 0 && (child == NULL || !sw_a11y_pool_owns (self->edge_proxies, child)))
    {
      if (self->hover_edge == self->focus_edge)
        set_hover (self, -1, -1);
      self->focus_edge = -1;
    }

  if (child == NULL || self->layout == NULL)
    return;

  if (sw_a11y_pool_owns (self->node_proxies, child))
    {
      int node = (int)sw_a11y_item_get_key (SW_A11Y_ITEM (child));

      self->focus_changing = TRUE;
      if (node != self->selected_node)
        select_node (self, node, TRUE);
      self->focus_node = node;
      self->focus_changing = FALSE;
      invalidate (self);
    }
  else if (sw_a11y_pool_owns (self->edge_proxies, child))
    {
      self->focus_edge = (int)sw_a11y_item_get_key (SW_A11Y_ITEM (child));
      set_hover (self, -1, self->focus_edge);
    }
}

/* ---- actions ---------------------------------------------------------- */

static void
action_zoom_fit (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  zoom_fit (SW_GRAPH_VIEW (widget));
}

static void
action_zoom (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SwGraphView *self = SW_GRAPH_VIEW (widget);
  double factor = g_str_equal (action_name, "graph.zoom-in") ? 1.25 : 0.8;

  zoom_at (self, factor, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

static void
action_select_focused (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SwGraphView *self = SW_GRAPH_VIEW (widget);

  /* On a relation's stand-in, Enter does what a click on it does. */
  if (self->layout != NULL && self->focus_edge >= 0)
    activate_edge (self, self->focus_edge);
  else if (self->layout != NULL && self->focus_node >= 0)
    select_node (self, self->focus_node, TRUE);
}

static void
action_unpin_all (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SwGraphView *self = SW_GRAPH_VIEW (widget);

  if (self->layout == NULL)
    return;
  sw_graph_layout_unpin_all (self->layout);
}

static void
action_relayout (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  /* Everything not pinned is free to move again. */
  start_layout (SW_GRAPH_VIEW (widget), FALSE);
}

/* ---- GObject ---------------------------------------------------------- */

static void
style_changed_cb (SwGraphView *self)
{
  invalidate (self);
}

static void
sw_graph_view_dispose (GObject *object)
{
  SwGraphView *self = SW_GRAPH_VIEW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->frame, gsk_render_node_unref);
  g_clear_pointer (&self->node_proxies, sw_a11y_pool_free);
  g_clear_pointer (&self->edge_proxies, sw_a11y_pool_free);

  G_OBJECT_CLASS (sw_graph_view_parent_class)->dispose (object);
}

static void
sw_graph_view_finalize (GObject *object)
{
  SwGraphView *self = SW_GRAPH_VIEW (object);

  g_clear_pointer (&self->layout, sw_graph_layout_unref);
  g_clear_pointer (&self->model, sw_graph_model_unref);
  g_free (self->selected_name);

  G_OBJECT_CLASS (sw_graph_view_parent_class)->finalize (object);
}

static void
sw_graph_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SwGraphView *self = SW_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_boxed (value, self->model);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, sw_graph_view_get_busy (self));
      break;
    case PROP_SIZE_BY:
      g_value_set_uint (value, self->size_by);
      break;
    case PROP_COLOR_BY:
      g_value_set_uint (value, self->color_by);
      break;
    case PROP_SELECTED_ACTOR:
      g_value_set_string (value, self->selected_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_graph_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SwGraphView *self = SW_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      sw_graph_view_set_model (self, g_value_get_boxed (value));
      break;
    case PROP_SIZE_BY:
      sw_graph_view_set_size_by (self, g_value_get_uint (value));
      break;
    case PROP_COLOR_BY:
      sw_graph_view_set_color_by (self, g_value_get_uint (value));
      break;
    case PROP_SELECTED_ACTOR:
      sw_graph_view_select_actor (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_graph_view_class_init (SwGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_graph_view_dispose;
  object_class->finalize = sw_graph_view_finalize;
  object_class->get_property = sw_graph_view_get_property;
  object_class->set_property = sw_graph_view_set_property;

  widget_class->snapshot = sw_graph_view_snapshot;
  widget_class->size_allocate = sw_graph_view_size_allocate;
  widget_class->focus = sw_graph_view_focus;
  widget_class->set_focus_child = sw_graph_view_set_focus_child;

  properties[PROP_MODEL] =
    g_param_spec_boxed ("model", NULL, NULL, SW_TYPE_GRAPH_MODEL,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SIZE_BY] =
    g_param_spec_uint ("size-by", NULL, NULL, 0, SW_GRAPH_SIZE_BY_PAGERANK, SW_GRAPH_SIZE_BY_WEIGHT,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COLOR_BY] =
    g_param_spec_uint ("color-by", NULL, NULL, 0, SW_GRAPH_COLOR_BY_COMMUNITY, SW_GRAPH_COLOR_BY_KIND,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED_ACTOR] =
    g_param_spec_string ("selected-actor", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwGraphView::actor-selected:
   * @name: the actor's canonical name
   *
   * The user picked an actor: by click, or Enter on the focused node.
   */
  signals[ACTOR_SELECTED] =
    g_signal_new ("actor-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * SwGraphView::relation-activated:
   * @source: @target: the actors' canonical names
   * @kind: "spoke_with", "said_about", "told" or "joint_statement"
   * @evidence: a(uii): (source document index in the model, quote index
   *   or -1, event index or -1) for each piece of evidence
   */
  signals[RELATION_ACTIVATED] =
    g_signal_new ("relation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_VARIANT);

  gtk_widget_class_install_action (widget_class, "graph.zoom-fit", NULL, action_zoom_fit);
  gtk_widget_class_install_action (widget_class, "graph.zoom-in", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "graph.zoom-out", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "graph.unpin-all", NULL, action_unpin_all);
  gtk_widget_class_install_action (widget_class, "graph.select-focused", NULL, action_select_focused);
  gtk_widget_class_install_action (widget_class, "graph.relayout", NULL, action_relayout);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "graph.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "graph.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "graph.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "graph.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "graph.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "graph.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "graph.select-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "graph.select-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "graph.select-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "graph.zoom-out", NULL);

  gtk_widget_class_set_css_name (widget_class, "swgraphview");
  /* Not IMG any more: an image's children are presentational, and
   * assistive technologies skip them. GTK 4.8 has no role for a graph;
   * GROUP (a panel to AT-SPI) is the generic container whose children,
   * the actors and relations as BUTTON stand-ins (SwA11yItem), are read
   * and reached one by one. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sw_graph_view_init (SwGraphView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->transform.scale = 1;
  self->hover_node = self->hover_edge = -1;
  self->selected_node = self->focus_node = self->drag_node = -1;
  self->focus_edge = -1;
  self->fitted = TRUE;
  self->node_proxies = sw_a11y_pool_new (GTK_WIDGET (self), GTK_ACCESSIBLE_ROLE_BUTTON, MAX_NODE_PROXIES);
  self->edge_proxies = sw_a11y_pool_new (GTK_WIDGET (self), GTK_ACCESSIBLE_ROLE_BUTTON, MAX_EDGE_PROXIES);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (zoom_scale_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "released", G_CALLBACK (click_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::high-contrast", G_CALLBACK (style_changed_cb), self);

  sw_graph_view_actions_update (self);
}

/* ---- public ----------------------------------------------------------- */

GtkWidget *
sw_graph_view_new (void)
{
  return g_object_new (SW_TYPE_GRAPH_VIEW, NULL);
}

/**
 * sw_graph_view_set_model:
 *
 * Starts laying out @model in a worker thread. Actors the view already
 * shows keep their places (and pins); only new ones are placed.
 */
void
sw_graph_view_set_model (SwGraphView  *self,
                         SwGraphModel *model)
{
  g_return_if_fail (SW_IS_GRAPH_VIEW (self));

  if (model == self->model)
    return;

  g_clear_pointer (&self->model, sw_graph_model_unref);
  if (model != NULL)
    self->model = sw_graph_model_ref (model);

  if (model == NULL)
    {
      if (self->cancellable != NULL)
        g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      g_clear_pointer (&self->layout, sw_graph_layout_unref);
      self->hover_node = self->hover_edge = self->selected_node = self->focus_node = self->focus_edge = -1;
      sw_a11y_pool_clear (self->node_proxies);
      sw_a11y_pool_clear (self->edge_proxies);
      update_summary (self);
      sw_graph_view_actions_update (self);
      invalidate (self);
    }
  else
    start_layout (self, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

SwGraphModel *
sw_graph_view_get_model (SwGraphView *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_VIEW (self), NULL);
  return self->model;
}

/**
 * sw_graph_view_get_layout:
 *
 * Returns: (nullable) (transfer none): the layout on screen; %NULL until
 *   the first one is ready
 */
SwGraphLayout *
sw_graph_view_get_layout (SwGraphView *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_VIEW (self), NULL);
  return self->layout;
}

gboolean
sw_graph_view_get_busy (SwGraphView *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_VIEW (self), FALSE);
  return self->cancellable != NULL;
}

void
sw_graph_view_set_size_by (SwGraphView   *self,
                           SwGraphSizeBy  size_by)
{
  g_return_if_fail (SW_IS_GRAPH_VIEW (self));
  g_return_if_fail (size_by <= SW_GRAPH_SIZE_BY_PAGERANK);

  if (size_by == self->size_by)
    return;
  self->size_by = size_by;
  if (self->layout != NULL)
    sw_graph_layout_set_size_by (self->layout, size_by);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE_BY]);
}

SwGraphSizeBy
sw_graph_view_get_size_by (SwGraphView *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_VIEW (self), SW_GRAPH_SIZE_BY_WEIGHT);
  return self->size_by;
}

void
sw_graph_view_set_color_by (SwGraphView    *self,
                            SwGraphColorBy  color_by)
{
  g_return_if_fail (SW_IS_GRAPH_VIEW (self));
  g_return_if_fail (color_by <= SW_GRAPH_COLOR_BY_COMMUNITY);

  if (color_by == self->color_by)
    return;
  self->color_by = color_by;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_BY]);
}

SwGraphColorBy
sw_graph_view_get_color_by (SwGraphView *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_VIEW (self), SW_GRAPH_COLOR_BY_KIND);
  return self->color_by;
}

/**
 * sw_graph_view_set_time_range:
 * @from_day: @to_day: Julian days, inclusive; both 0 to show everything
 *
 * Follow the timeline: only relations with evidence dated in the range
 * are drawn.
 */
void
sw_graph_view_set_time_range (SwGraphView *self,
                              guint32      from_day,
                              guint32      to_day)
{
  g_return_if_fail (SW_IS_GRAPH_VIEW (self));

  if (from_day == self->from_day && to_day == self->to_day)
    return;
  self->from_day = from_day;
  self->to_day = to_day;
  self->hover_edge = -1;
  invalidate (self);
}

/**
 * sw_graph_view_select_actor:
 * @name: (nullable): a canonical name, or %NULL to clear
 *
 * Selection made elsewhere (the timeline, the article) shown here; does
 * not emit #SwGraphView::actor-selected.
 */
void
sw_graph_view_select_actor (SwGraphView *self,
                            const char  *name)
{
  g_return_if_fail (SW_IS_GRAPH_VIEW (self));

  /* Before the first layout, the name waits for it. */
  if (self->layout == NULL)
    {
      if (g_strcmp0 (name, self->selected_name) != 0)
        {
          g_free (self->selected_name);
          self->selected_name = g_strdup (name);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
        }
      return;
    }
  select_node (self, name != NULL ? sw_graph_model_lookup (shown_model (self), name) : -1, FALSE);
  /* A search or another view picked it: make sure it can be seen. */
  reveal_node (self, self->selected_node);
}

const char *
sw_graph_view_get_selected_actor (SwGraphView *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_VIEW (self), NULL);
  return self->selected_name;
}

void
sw_graph_view_get_transform (SwGraphView      *self,
                             SwGraphTransform *transform)
{
  g_return_if_fail (SW_IS_GRAPH_VIEW (self));
  g_return_if_fail (transform != NULL);
  *transform = self->transform;
}

int
sw_graph_view_get_focus_node (SwGraphView *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_VIEW (self), -1);
  return self->focus_node;
}

/**
 * sw_graph_view_export:
 * @width: the image width; 0 for the natural size (whole graph) or the
 *   widget's (visible part)
 * @scale: 1, 2, … device pixels per unit for PNG
 * @visible_only: what the widget shows rather than the whole graph
 *
 * Writes PNG, SVG or PDF, by extension, through the painter the widget
 * draws with, with a title band when @title is given and a legend.
 */
gboolean
sw_graph_view_export (SwGraphView  *self,
                      const char   *filename,
                      double        width,
                      double        scale,
                      gboolean      visible_only,
                      const char   *title,
                      GError      **error)
{
  SwGraphPaintOptions options;
  SwGraphImageFormat format;
  SwGraphTransform view;
  double height = 0;

  g_return_val_if_fail (SW_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  if (self->layout == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("The graph is still being laid out"));
      return FALSE;
    }
  if (!sw_graph_image_format_from_filename (filename, &format))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("%s: choose a .png, .svg or .pdf file"), filename);
      return FALSE;
    }

  paint_options (self, &options);
  options.focus_node = -1;
  options.title = title;
  options.legend = TRUE;

  if (visible_only)
    {
      double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
      double k = width > 0 && w > 0 ? width / w : 1;

      SwGraphRect area;
      double bands;

      view = self->transform;
      view.scale *= k;
      view.x0 *= k;
      view.y0 *= k;
      width = w * k;

      /* Title and legend get bands of their own above and below what the
       * widget shows, rather than covering part of it. */
      options.width = width;
      options.height = 10000;
      sw_graph_paint_get_graph_area (self->layout, &options, &area);
      bands = options.height - area.height;
      view.y0 += area.y;
      height = h * k + bands;
    }

  return sw_graph_export_image (self->layout, filename, format, width, height, scale,
                                visible_only ? &view : NULL, &options, error);
}
