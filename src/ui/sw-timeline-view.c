/* sw-timeline-view.c: the interactive timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin widget over src/render: it owns the viewport (an SwTimeScale and
 * a vertical scroll offset), turns pointer, touch and keys into zooms,
 * pans and selections, and paints with sw_timeline_paint() inside
 * snapshot. The static picture is kept as a render node until the view,
 * the data or the style changes; hover, selection and the range being
 * dragged out are painted over it each frame.
 *
 * For assistive technologies, each event or statement in view has a
 * stand-in child widget (SwA11yItem) with its role, label and selected
 * state; the keyboard focus moves over them as the selection does.
 */
#define G_LOG_DOMAIN "sw-timeline-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "sw-a11y-item.h"
#include "sw-timeline-view.h"

#define ZOOM_STEP 1.5
#define WHEEL_STEP 48.0
#define FIT_MARGIN 0.03
#define RANGE_MIN_PX 8.0
/* Stand-ins for the items in view: a screenful of a dense timeline, and
 * few enough that allocating them costs next to nothing per frame. */
#define MAX_PROXIES 200
/* Lane names in view a screen reader can read, at most */
#define MAX_LANE_PROXIES 64
/* A screen reader reads the first 200 characters or so of a label. */
#define LABEL_MAX_CHARS 200

struct _SwTimelineView
{
  GtkWidget         parent_instance;

  SwTimelineLayout *layout;
  SwTimeScale      *scale;
  gboolean          needs_fit;
  double            scroll_y;

  int               hover_entry;
  int               selected_entry;
  int               selected_lane;     /* actor of the lane the selection is in */
  int               selected_actor;

  SwTimelineStyle   style;
  GskRenderNode    *base;

  double            pointer_x;
  double            pointer_y;
  gboolean          pointer_inside;

  SwTimeScale      *drag_scale;
  double            drag_scroll;
  gboolean          drag_selecting;
  gboolean          has_range;
  double            range_start;
  double            range_end;

  SwTimeScale      *pinch_scale;
  double            pinch_anchor;

  SwA11yPool       *proxies;
  SwA11yPool       *lane_proxies;  /* the lanes' names, keyed by lane actor + 1 */
  int               allocated_height;
  gboolean          allocating;
  gboolean          focus_changing;  /* the focus moves onto a stand-in */
};

G_DEFINE_FINAL_TYPE (SwTimelineView, sw_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_ACTOR,
  PROP_VISIBLE_START,
  PROP_VISIBLE_END,
  N_PROPS
};

enum {
  SELECTION_CHANGED,
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Viewport ---------------------------------------------------------------- */

static void
invalidate_base (SwTimelineView *self)
{
  g_clear_pointer (&self->base, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* What is in view moved: so do the stand-ins (size_allocate). */
  if (!self->allocating)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static double
axis_height (SwTimelineView *self)
{
  return sw_timeline_layout_get_metrics (self->layout)->axis_height;
}

static double
max_scroll (SwTimelineView *self)
{
  double content;

  sw_timeline_layout_update (self->layout, self->scale);
  content = sw_timeline_layout_get_height (self->layout);

  return MAX (0, content - gtk_widget_get_height (GTK_WIDGET (self)));
}

static void
set_scroll (SwTimelineView *self,
            double          y)
{
  y = CLAMP (y, 0, max_scroll (self));
  if (y == self->scroll_y)
    return;

  self->scroll_y = y;
  invalidate_base (self);
}

/* Called after every change of self->scale. */
static void
scale_changed (SwTimelineView *self,
               double          old_start,
               double          old_end)
{
  set_scroll (self, self->scroll_y);
  invalidate_base (self);

  if (old_start != sw_time_scale_get_start (self->scale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_START]);
  if (old_end != sw_time_scale_get_end (self->scale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_END]);
}

static void
fit (SwTimelineView *self)
{
  double old_start = sw_time_scale_get_start (self->scale);
  double old_end = sw_time_scale_get_end (self->scale);
  double start, end;

  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    {
      self->needs_fit = TRUE;
      return;
    }

  if (!sw_timeline_layout_get_extent (self->layout, &start, &end))
    return;

  sw_time_scale_fit (self->scale, start, end, FIT_MARGIN);
  self->needs_fit = FALSE;
  self->scroll_y = 0;
  scale_changed (self, old_start, old_end);
}

void
sw_timeline_view_zoom_to_fit (SwTimelineView *self)
{
  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));
  fit (self);
}

/**
 * sw_timeline_view_zoom:
 * @factor: above 1 zooms in
 * @anchor_x: the pixel that keeps its moment; negative for the centre
 */
void
sw_timeline_view_zoom (SwTimelineView *self,
                       double          factor,
                       double          anchor_x)
{
  double old_start, old_end;

  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));

  old_start = sw_time_scale_get_start (self->scale);
  old_end = sw_time_scale_get_end (self->scale);
  if (anchor_x < 0)
    anchor_x = sw_time_scale_get_width (self->scale) / 2;

  sw_time_scale_zoom (self->scale, factor, anchor_x);
  self->needs_fit = FALSE;
  scale_changed (self, old_start, old_end);
}

static void
pan (SwTimelineView *self,
     double          dx)
{
  double old_start = sw_time_scale_get_start (self->scale);
  double old_end = sw_time_scale_get_end (self->scale);

  sw_time_scale_pan (self->scale, dx);
  self->needs_fit = FALSE;
  scale_changed (self, old_start, old_end);
}

void
sw_timeline_view_get_visible_range (SwTimelineView *self,
                                    double         *start,
                                    double         *end)
{
  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));

  if (start != NULL)
    *start = sw_time_scale_get_start (self->scale);
  if (end != NULL)
    *end = sw_time_scale_get_end (self->scale);
}

void
sw_timeline_view_set_visible_range (SwTimelineView *self,
                                    double          start,
                                    double          end)
{
  double old_start, old_end;

  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));

  if (!isfinite (start) || !isfinite (end) || start == end)
    return;

  old_start = sw_time_scale_get_start (self->scale);
  old_end = sw_time_scale_get_end (self->scale);
  sw_time_scale_set_range (self->scale, start, end);
  self->needs_fit = FALSE;
  scale_changed (self, old_start, old_end);
}

const SwTimeScale *
sw_timeline_view_get_scale (SwTimelineView *self)
{
  g_return_val_if_fail (SW_IS_TIMELINE_VIEW (self), NULL);
  return self->scale;
}

SwTimelineLayout *
sw_timeline_view_get_layout (SwTimelineView *self)
{
  g_return_val_if_fail (SW_IS_TIMELINE_VIEW (self), NULL);
  return self->layout;
}

/* Selection -------------------------------------------------------------- */

static void
emit_item_signal (SwTimelineView *self,
                  guint           signal)
{
  const SwTimelineEntry *entry;

  if (self->selected_entry < 0)
    {
      g_signal_emit (self, signals[signal], 0, -1, -1, -1, 0u, 0u);
      return;
    }

  entry = sw_timeline_layout_get_entry (self->layout, self->selected_entry);
  g_signal_emit (self, signals[signal], 0,
                 (int)entry->document, (int)entry->kind,
                 entry->kind == SW_TIMELINE_ITEM_QUOTE ? entry->quote : entry->event,
                 entry->span.start, entry->span.end);
}

static void follow_selection (SwTimelineView *self);

static gboolean
select_entry (SwTimelineView *self,
              int             entry,
              int             lane,
              gboolean        notify)
{
  if (entry == self->selected_entry && lane == self->selected_lane)
    {
      follow_selection (self);
      return FALSE;
    }

  self->selected_entry = entry;
  self->selected_lane = lane;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  follow_selection (self);

  if (notify)
    emit_item_signal (self, SELECTION_CHANGED);

  return TRUE;
}

void
sw_timeline_view_clear_selection (SwTimelineView *self)
{
  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));
  select_entry (self, -1, -1, TRUE);
}

/**
 * sw_timeline_view_get_selection:
 * @span: (out) (optional): bytes of the source sentence in the document
 *
 * Returns: whether an item is selected
 */
gboolean
sw_timeline_view_get_selection (SwTimelineView     *self,
                                guint              *document,
                                SwTimelineItemKind *kind,
                                int                *index,
                                SwSpan             *span)
{
  const SwTimelineEntry *entry;

  g_return_val_if_fail (SW_IS_TIMELINE_VIEW (self), FALSE);

  if (self->selected_entry < 0)
    return FALSE;

  entry = sw_timeline_layout_get_entry (self->layout, self->selected_entry);
  if (document != NULL)
    *document = entry->document;
  if (kind != NULL)
    *kind = entry->kind;
  if (index != NULL)
    *index = entry->kind == SW_TIMELINE_ITEM_QUOTE ? entry->quote : entry->event;
  if (span != NULL)
    *span = entry->span;

  return TRUE;
}

static double
layout_y (SwTimelineView *self,
          double          y)
{
  return y < axis_height (self) ? y : y + self->scroll_y;
}

static void
toggle_lane_expanded (SwTimelineView *self,
                      int             position)
{
  const SwTimelineLane *lane = sw_timeline_layout_get_lane (self->layout, position);

  sw_timeline_layout_set_lane_expanded (self->layout, lane->actor, !lane->expanded);
  set_scroll (self, self->scroll_y);
  invalidate_base (self);
}

/**
 * sw_timeline_view_select_at:
 * @x: widget coordinates, as a click gives them
 *
 * Selects what a click at (@x, @y) selects, emitting ::selection-changed
 * when that changes; clicking empty space clears the selection. A click on
 * a summary (the density strip) shows what it summarises: the lane gets
 * all the rows it needs, or, when it has them already, the view zooms in.
 * A click on a lane's name expands or folds the lane.
 *
 * Returns: whether an item is selected afterwards
 */
gboolean
sw_timeline_view_select_at (SwTimelineView *self,
                            double          x,
                            double          y)
{
  const SwTimelineItem *item;
  gboolean header = FALSE;
  int position;

  g_return_val_if_fail (SW_IS_TIMELINE_VIEW (self), FALSE);

  item = sw_timeline_layout_lookup_item (self->layout, self->scale, x, layout_y (self, y));

  if (item != NULL && item->kind == SW_TIMELINE_ITEM_AGGREGATE)
    {
      position = sw_timeline_layout_find_lane (self->layout, item->actor);
      if (position >= 0 && !sw_timeline_layout_get_lane (self->layout, position)->expanded)
        toggle_lane_expanded (self, position);
      else
        sw_timeline_view_zoom (self, 4, x);
      return self->selected_entry >= 0;
    }

  if (item == NULL)
    {
      position = sw_timeline_layout_lookup_lane (self->layout, layout_y (self, y), &header);
      if (position >= 0 && header)
        {
          toggle_lane_expanded (self, position);
          return self->selected_entry >= 0;
        }

      select_entry (self, -1, -1, TRUE);
      return FALSE;
    }

  select_entry (self, (int)item->entry, item->actor, TRUE);
  return TRUE;
}

/**
 * sw_timeline_view_select_span:
 *
 * Selects the entry of @document whose source overlaps [@start, @end)
 * bytes, as when the reader picks a sentence in the article. Emits no
 * signal: the caller already knows.
 *
 * Returns: whether one was found
 */
gboolean
sw_timeline_view_select_span (SwTimelineView *self,
                              guint           document,
                              guint           start,
                              guint           end)
{
  g_return_val_if_fail (SW_IS_TIMELINE_VIEW (self), FALSE);

  for (guint i = 0; i < sw_timeline_layout_get_n_entries (self->layout); i++)
    {
      const SwTimelineEntry *entry = sw_timeline_layout_get_entry (self->layout, i);

      if (entry->document == document && entry->span.start < MAX (end, start + 1) && start < entry->span.end)
        {
          select_entry (self, (int)i, -1, FALSE);
          return TRUE;
        }
    }

  select_entry (self, -1, -1, FALSE);
  return FALSE;
}

/* Scrolls and pans so that @item is in view. */
static void
reveal_item (SwTimelineView       *self,
             const SwTimelineItem *item)
{
  double x, y, w, h;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (!sw_timeline_layout_get_item_rect (self->layout, self->scale, item, &x, &y, &w, &h))
    return;

  if (x + MIN (w, 40) > width)
    pan (self, -(x - width / 2));
  else if (x + w < 0)
    pan (self, width / 2 - x);

  if (y - self->scroll_y + h > height)
    set_scroll (self, y + h - height + 8);
  else if (y - self->scroll_y < axis_height (self))
    set_scroll (self, y - axis_height (self) - sw_timeline_layout_get_metrics (self->layout)->lane_header);
}

/* The lane the selection is in, or "All events" when there is none. */
static int
selected_lane_position (SwTimelineView *self)
{
  int pos = sw_timeline_layout_find_lane (self->layout, self->selected_lane);

  return pos >= 0 ? pos : sw_timeline_layout_find_lane (self->layout, -1);
}

/* Moves the selection @delta items along its lane, in time order. From
 * nothing, starts at the first item in view (or the last, going back). */
static gboolean
move_selection (SwTimelineView *self,
                int             delta)
{
  int pos = selected_lane_position (self);
  const SwTimelineLane *lane;
  const SwTimelineItem *items, *current = NULL;
  double origin = sw_time_scale_get_start (self->scale) / sw_time_scale_get_seconds_per_pixel (self->scale);
  int i, n;

  if (pos < 0)
    return FALSE;

  lane = sw_timeline_layout_get_lane (self->layout, pos);
  sw_timeline_layout_update (self->layout, self->scale);
  items = (const SwTimelineItem *)(const void *)lane->items->data;
  n = (int)lane->items->len;

  if (self->selected_entry >= 0)
    current = sw_timeline_layout_find_item (self->layout, self->selected_entry, lane->actor);

  if (current != NULL)
    {
      i = (int)(current - items) + delta;
    }
  else
    {
      /* The first item whose start is in view, going forward. */
      for (i = 0; i < n && items[i].x1 - origin < 0; i++)
        ;
      if (delta < 0)
        for (i = MIN (i, n - 1); i + 1 < n && items[i + 1].x0 - origin < gtk_widget_get_width (GTK_WIDGET (self)); i++)
          ;
    }

  /* A summarised item is reached as a click on its summary reaches it:
   * the lane gets all the rows it needs. Only a lane that summarises even
   * so (more than SW_TIMELINE_MAX_ROWS rows) is walked past. */
  if (i >= 0 && i < n && !items[i].packed && !lane->expanded)
    {
      guint entry = items[i].entry;
      const SwTimelineItem *shown;

      toggle_lane_expanded (self, pos);
      sw_timeline_layout_update (self->layout, self->scale);
      lane = sw_timeline_layout_get_lane (self->layout, pos);
      items = (const SwTimelineItem *)(const void *)lane->items->data;
      n = (int)lane->items->len;
      shown = sw_timeline_layout_find_item (self->layout, entry, lane->actor);
      i = shown != NULL ? (int)(shown - items) : -1;
    }

  while (i >= 0 && i < n && !items[i].packed)
    i += delta > 0 ? 1 : -1;

  if (i < 0 || i >= n)
    return FALSE;

  select_entry (self, (int)items[i].entry, lane->actor, TRUE);
  reveal_item (self, &items[i]);
  return TRUE;
}

/* Moves the selection to the nearest item in the next visible lane. */
static gboolean
move_selection_across (SwTimelineView *self,
                       int             delta)
{
  int pos = sw_timeline_layout_find_lane (self->layout, self->selected_lane);
  const SwTimelineEntry *entry;
  double t;

  if (self->selected_entry < 0 || pos < 0)
    return FALSE;

  entry = sw_timeline_layout_get_entry (self->layout, self->selected_entry);
  t = entry->start;

  for (pos += delta; pos >= 0 && pos < (int)sw_timeline_layout_get_n_lanes (self->layout); pos += delta)
    {
      const SwTimelineLane *lane = sw_timeline_layout_get_lane (self->layout, pos);
      const SwTimelineItem *best = NULL;

      if (!lane->visible)
        continue;

      for (guint i = 0; i < lane->items->len; i++)
        {
          const SwTimelineItem *item = &g_array_index (lane->items, SwTimelineItem, i);

          if (item->packed && (best == NULL || fabs (item->start - t) < fabs (best->start - t)))
            best = item;
        }

      if (best != NULL)
        {
          select_entry (self, (int)best->entry, lane->actor, TRUE);
          reveal_item (self, best);
          return TRUE;
        }
    }

  return FALSE;
}

/* Actors ----------------------------------------------------------------- */

int
sw_timeline_view_get_selected_actor (SwTimelineView *self)
{
  g_return_val_if_fail (SW_IS_TIMELINE_VIEW (self), -1);
  return self->selected_actor;
}

/**
 * sw_timeline_view_set_selected_actor:
 * @actor: a layout actor id (for one document, its actor index), or -1
 *
 * Highlights @actor's lane and, in "All events", the events it takes part
 * in; the others are dimmed.
 */
void
sw_timeline_view_set_selected_actor (SwTimelineView *self,
                                     int             actor)
{
  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));

  if (actor < -1 || actor >= (int)sw_timeline_layout_get_n_actors (self->layout))
    actor = -1;

  if (actor == self->selected_actor)
    return;

  self->selected_actor = actor;
  invalidate_base (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
}

/* For views that name actors rather than number them (SwViewState). */
void
sw_timeline_view_set_selected_actor_name (SwTimelineView *self,
                                          const char     *name)
{
  int actor = -1;

  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));

  for (guint i = 0; name != NULL && i < sw_timeline_layout_get_n_actors (self->layout); i++)
    {
      g_autofree char *a = g_utf8_casefold (sw_timeline_layout_get_actor_name (self->layout, (int)i), -1);
      g_autofree char *b = g_utf8_casefold (name, -1);

      if (g_strcmp0 (a, b) == 0)
        {
          actor = (int)i;
          break;
        }
    }

  sw_timeline_view_set_selected_actor (self, actor);
}

void
sw_timeline_view_set_lane_visible (SwTimelineView *self,
                                   int             actor,
                                   gboolean        visible)
{
  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));

  sw_timeline_layout_set_lane_visible (self->layout, actor, visible);
  set_scroll (self, self->scroll_y);
  invalidate_base (self);
}

void
sw_timeline_view_move_lane (SwTimelineView *self,
                            int             actor,
                            guint           position)
{
  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));

  sw_timeline_layout_move_lane (self->layout, actor, position);
  invalidate_base (self);
}

void
sw_timeline_view_set_filter (SwTimelineView *self,
                             gboolean        events,
                             gboolean        quotes,
                             const char     *text)
{
  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));

  sw_timeline_layout_set_filter (self->layout, events, quotes, text);
  self->hover_entry = -1;
  set_scroll (self, self->scroll_y);
  invalidate_base (self);
}

/* Accessibility ---------------------------------------------------------- */

/* A stand-in is known by its lane's actor and its entry. */
static guint64
item_key (int   actor,
          guint entry)
{
  return ((guint64)(guint32)(actor + 1) << 32) | entry;
}

static void
key_to_item (guint64  key,
             int     *actor,
             int     *entry)
{
  *actor = (int)(guint32)(key >> 32) - 1;
  *entry = (int)(guint32)key;
}

/* Cut at a character, never inside one. */
static void
truncate_label (char *text)
{
  if (g_utf8_strlen (text, -1) > LABEL_MAX_CHARS)
    *g_utf8_offset_to_pointer (text, LABEL_MAX_CHARS) = '\0';
}

static char *
entry_accessible_label (SwTimelineView        *self,
                        const SwTimelineEntry *entry)
{
  SwExtraction *ex = sw_timeline_layout_get_extraction (self->layout, entry->document);

  if (entry->kind == SW_TIMELINE_ITEM_QUOTE && ex != NULL && entry->quote >= 0 && (guint)entry->quote < ex->quotes->len)
    {
      SwDocument *doc = sw_timeline_layout_get_document (self->layout, entry->document);
      const SwQuote *q = g_ptr_array_index (ex->quotes, entry->quote);
      const char *who = _("unknown speaker");
      g_autofree char *words = NULL;

      if (q->speakers->len > 0 && (guint)g_array_index (q->speakers, int, 0) < ex->actors->len)
        who = ((SwActor *)g_ptr_array_index (ex->actors, g_array_index (q->speakers, int, 0)))->name;
      words = doc != NULL ? sw_quote_dup_text (q, sw_document_get_text (doc), sw_document_get_size (doc))
                          : g_strdup (entry->label);
      truncate_label (words);

      /* Translators: what a screen reader says for a statement on the timeline: who, and the words */
      return g_strdup_printf (_("Statement by %s: %s"), who, words);
    }
  else
    {
      g_autofree char *date = NULL;
      g_autofree char *label = g_strdup (entry->label != NULL ? entry->label : "");

      if (entry->date_value != NULL)
        {
          g_auto(GStrv) ends = g_strsplit (entry->date_value, "/", 2);
          /* A range reads "from – to". */
          date = g_strjoinv (" – ", ends);
        }
      truncate_label (label);

      /* Translators: what a screen reader says for an event on the timeline: its date and label */
      return g_strdup_printf (_("Event, %s: %s"), date != NULL ? date : _("undated"), label);
    }
}

/* What the tooltip adds to the label: how the date was found, the
 * actors, the article when there are several. */
static char *
entry_accessible_description (SwTimelineView        *self,
                              const SwTimelineEntry *entry)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *actors = g_string_new (NULL);

  if (entry->date_inferred)
    g_ptr_array_add (parts, g_strdup (_("the article’s date")));
  else if (entry->approx_start || entry->approx_end)
    g_ptr_array_add (parts, g_strdup (_("approximate")));

  for (guint i = 0; i < entry->actors->len; i++)
    g_string_append_printf (actors, "%s%s", i > 0 ? ", " : "",
                            sw_timeline_layout_get_actor_name (self->layout, g_array_index (entry->actors, int, i)));
  if (actors->len > 0)
    g_ptr_array_add (parts, g_string_free (actors, FALSE));
  else
    g_string_free (actors, TRUE);

  if (sw_timeline_layout_get_n_documents (self->layout) > 1)
    {
      SwDocument *document = sw_timeline_layout_get_document (self->layout, entry->document);

      if (document != NULL && sw_document_get_title (document) != NULL)
        g_ptr_array_add (parts, g_strdup (sw_document_get_title (document)));
    }

  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (". ", (char **)parts->pdata);
}

/* Takes a stand-in for @item and puts it over the mark; %NULL when the
 * pool has given all it may in this sync. */
static SwA11yItem *
place_proxy (SwTimelineView       *self,
             const SwTimelineItem *item)
{
  SwA11yItem *proxy;
  gboolean fresh;
  double x, y, w, h;

  if (!sw_timeline_layout_get_item_rect (self->layout, self->scale, item, &x, &y, &w, &h))
    return NULL;

  proxy = sw_a11y_pool_take (self->proxies, item_key (item->actor, item->entry), &fresh);
  if (proxy == NULL)
    return NULL;

  if (fresh)
    {
      const SwTimelineEntry *entry = sw_timeline_layout_get_entry (self->layout, item->entry);
      g_autofree char *label = entry_accessible_label (self, entry);
      g_autofree char *description = entry_accessible_description (self, entry);

      sw_a11y_item_set_text (proxy, label, description);
    }

  sw_a11y_item_set_rect (proxy, x, y - self->scroll_y, w, h);
  /* Selected as drawn: the entry is highlighted in every lane. */
  sw_a11y_item_set_selected (proxy, (int)item->entry == self->selected_entry);
  return proxy;
}

/* A lane's name in view as a screen reader reads it: whose events, how
 * many, and whether + or − shows or folds what is summarised. */
static void
place_lane_proxy (SwTimelineView       *self,
                  const SwTimelineLane *lane,
                  double                top,
                  int                   width)
{
  const SwTimelineMetrics *m = sw_timeline_layout_get_metrics (self->layout);
  SwA11yItem *proxy;
  gboolean fresh;
  g_autofree char *label = NULL;
  const char *description = NULL;

  proxy = sw_a11y_pool_take (self->lane_proxies, (guint64)(guint32)(lane->actor + 1), &fresh);
  if (proxy == NULL)
    return;

  /* Translators: what a screen reader says for a lane of the timeline:
   * whose events it shows (a name, or “All events”), and how many */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Lane, %s, %u event", "Lane, %s, %u events",
                                        lane->n_entries),
                           lane->name, lane->n_entries);
  if (lane->expanded)
    description = _("Every event shown; Enter or minus folds the lane");
  else if (lane->n_aggregated > 0)
    description = _("Some events summarised; Enter or plus shows them all");
  sw_a11y_item_set_text (proxy, label, description);
  /* a lane with nothing summarised shows everything */
  sw_a11y_item_set_expanded (proxy, lane->expanded || lane->n_aggregated == 0);
  sw_a11y_item_set_rect (proxy, 0, top, width, m->lane_header);
}

/* Gives the items in view their stand-ins, lane by lane and in time
 * order, the selected one first so that the cap never takes it away from
 * the keyboard. Cost: a binary search per lane and a walk over what is in
 * view, whatever the number of events. */
static void
sync_proxies (SwTimelineView *self,
              int             width,
              int             height)
{
  const SwTimelineMetrics *m = sw_timeline_layout_get_metrics (self->layout);
  double spp, origin;

  sw_a11y_pool_begin (self->proxies);
  sw_a11y_pool_begin (self->lane_proxies);

  if (width <= 0 || height <= 0 || sw_timeline_layout_get_n_entries (self->layout) == 0)
    goto done;

  sw_timeline_layout_update (self->layout, self->scale);
  spp = sw_time_scale_get_seconds_per_pixel (self->scale);
  origin = sw_time_scale_get_start (self->scale) / spp;

  if (self->selected_entry >= 0)
    {
      const SwTimelineItem *selected = sw_timeline_layout_find_item (self->layout, self->selected_entry,
                                                                     self->selected_lane);
      if (selected != NULL)
        place_proxy (self, selected);
    }

  for (guint pos = 0; pos < sw_timeline_layout_get_n_lanes (self->layout); pos++)
    {
      const SwTimelineLane *lane = sw_timeline_layout_get_lane (self->layout, pos);
      const SwTimelineItem *items = (const SwTimelineItem *)(const void *)lane->items->data;
      double top = m->axis_height + lane->y - self->scroll_y;

      if (!lane->visible || top + lane->height <= m->axis_height)
        continue;
      if (top >= height)
        break;
      if (top >= m->axis_height)
        place_lane_proxy (self, lane, top, width);

      for (guint k = sw_timeline_lane_first_from (lane, origin - lane->max_width - m->quote_width - 1, spp);
           k < lane->items->len; k++)
        {
          const SwTimelineItem *item = &items[k];
          double row_top = top + m->lane_header + item->row * m->row_height;

          if (item->start / spp - m->quote_width - 1 > origin + width)
            break;
          if (!item->packed || item->x1 < origin || item->x0 > origin + width)
            continue;
          if (row_top + m->row_height <= m->axis_height || row_top >= height)
            continue;
          if (place_proxy (self, item) == NULL && sw_a11y_pool_is_full (self->proxies))
            goto done;
        }
    }

done:
  sw_a11y_pool_end (self->proxies);
  sw_a11y_pool_end (self->lane_proxies);
}

static void
update_selected_state (gpointer item,
                       gpointer user_data)
{
  SwTimelineView *self = user_data;
  int actor, entry;

  key_to_item (sw_a11y_item_get_key (item), &actor, &entry);
  sw_a11y_item_set_selected (item, entry == self->selected_entry);
}

/* The stand-in of the selected item, made now if it has none yet. */
static SwA11yItem *
selected_proxy (SwTimelineView *self)
{
  const SwTimelineItem *item;

  if (self->selected_entry < 0)
    return NULL;

  item = sw_timeline_layout_find_item (self->layout, self->selected_entry, self->selected_lane);
  if (item == NULL)
    return NULL;

  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return place_proxy (self, item);
}

/* After the selection changed: the stand-ins say which is selected, and
 * the keyboard focus, when it is in the view, goes to the selected one
 * (or to the view when nothing is), as a screen reader follows the focus. */
static void
follow_selection (SwTimelineView *self)
{
  SwA11yItem *proxy;

  sw_a11y_pool_foreach (self->proxies, update_selected_state, self);

  if (self->focus_changing || !sw_a11y_focus_within (GTK_WIDGET (self)))
    return;

  proxy = selected_proxy (self);
  gtk_widget_grab_focus (proxy != NULL ? GTK_WIDGET (proxy) : GTK_WIDGET (self));
}

/* The view's own label sums it up; the items speak for themselves. */
static void
update_summary (SwTimelineView *self)
{
  guint n = sw_timeline_layout_get_n_entries (self->layout), quotes = 0;
  g_autofree char *label = NULL;
  g_autofree char *events = NULL;
  g_autofree char *statements = NULL;
  g_autofree char *description = NULL;

  for (guint i = 0; i < n; i++)
    quotes += sw_timeline_layout_get_entry (self->layout, i)->kind == SW_TIMELINE_ITEM_QUOTE;

  /* Translators: the timeline's name for a screen reader; items are events and statements */
  label = g_strdup_printf (ngettext ("Timeline, %u item", "Timeline, %u items", n), n);
  events = g_strdup_printf (ngettext ("%u event", "%u events", n - quotes), n - quotes);
  statements = g_strdup_printf (ngettext ("%u statement", "%u statements", quotes), quotes);
  description = g_strdup_printf ("%s · %s", events, statements);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Data ------------------------------------------------------------------- */

/**
 * sw_timeline_view_set_data:
 * @documents: (element-type SwDocument) (nullable): one per extraction
 * @extractions: (element-type SwExtraction) (nullable): %NULL clears
 *
 * Shows the events and statements of @extractions and zooms to fit them.
 */
void
sw_timeline_view_set_data (SwTimelineView *self,
                           GPtrArray      *documents,
                           GPtrArray      *extractions)
{
  g_autoptr(GPtrArray) none = NULL;

  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));

  if (extractions == NULL)
    {
      none = g_ptr_array_new ();
      extractions = none;
      documents = NULL;
    }

  g_clear_object (&self->layout);
  self->layout = sw_timeline_layout_new (documents, extractions);
  /* Entry numbers mean other entries now, and lanes other actors. */
  sw_a11y_pool_clear (self->proxies);
  sw_a11y_pool_clear (self->lane_proxies);

  self->hover_entry = -1;
  self->selected_entry = -1;
  self->selected_lane = -1;
  if (self->selected_actor >= (int)sw_timeline_layout_get_n_actors (self->layout))
    sw_timeline_view_set_selected_actor (self, -1);

  self->scroll_y = 0;
  fit (self);
  invalidate_base (self);
  update_summary (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Painting --------------------------------------------------------------- */

static SwColor
color_from_rgba (const GdkRGBA *rgba)
{
  SwColor c = { rgba->red, rgba->green, rgba->blue, rgba->alpha };
  return c;
}

static void
update_style (SwTimelineView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  gboolean contrast = adw_style_manager_get_high_contrast (manager);
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA rgba;

  sw_timeline_style_init (&self->style,
                          contrast ? (dark ? SW_TIMELINE_STYLE_HIGH_CONTRAST_DARK : SW_TIMELINE_STYLE_HIGH_CONTRAST)
                                   : (dark ? SW_TIMELINE_STYLE_DARK : SW_TIMELINE_STYLE_LIGHT));

  /* Follow the theme's own view colours and accent where it names them. */
  if (gtk_style_context_lookup_color (context, "view_bg_color", &rgba))
    self->style.background = color_from_rgba (&rgba);
  if (gtk_style_context_lookup_color (context, "view_fg_color", &rgba))
    self->style.foreground = color_from_rgba (&rgba);
  if (!contrast && gtk_style_context_lookup_color (context, "accent_color", &rgba))
    self->style.accent = color_from_rgba (&rgba);

  invalidate_base (self);
}

/**
 * sw_timeline_view_get_paint_options:
 *
 * What the widget paints with now: its style, its selection and
 * highlights. An export with these options matches the screen.
 */
void
sw_timeline_view_get_paint_options (SwTimelineView         *self,
                                    SwTimelinePaintOptions *opts)
{
  g_return_if_fail (SW_IS_TIMELINE_VIEW (self));
  g_return_if_fail (opts != NULL);

  sw_timeline_paint_options_init (opts);
  opts->style = &self->style;
  opts->height = gtk_widget_get_height (GTK_WIDGET (self));
  opts->scroll_y = self->scroll_y;
  opts->hover_entry = self->hover_entry;
  opts->selected_entry = self->selected_entry;
  opts->selected_actor = self->selected_actor;
  opts->has_range = self->has_range;
  opts->range_start = self->range_start;
  opts->range_end = self->range_end;
}

static void
sw_timeline_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  SwTimelineView *self = SW_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  SwTimelinePaintOptions opts;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  sw_timeline_view_get_paint_options (self, &opts);

  if (self->base == NULL)
    {
      GtkSnapshot *base = gtk_snapshot_new ();

      opts.layers = SW_TIMELINE_LAYER_BASE;
      cr = gtk_snapshot_append_cairo (base, &bounds);
      sw_timeline_paint (cr, self->layout, self->scale, &opts);
      cairo_destroy (cr);
      self->base = gtk_snapshot_free_to_node (base);
    }

  if (self->base != NULL)
    gtk_snapshot_append_node (snapshot, self->base);

  if (self->hover_entry >= 0 || self->selected_entry >= 0 || self->has_range)
    {
      opts.layers = SW_TIMELINE_LAYER_HIGHLIGHT;
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      sw_timeline_paint (cr, self->layout, self->scale, &opts);
      cairo_destroy (cr);
    }
}

static void
sw_timeline_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  SwTimelineView *self = SW_TIMELINE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 800;
    }
  else
    {
      *minimum = (int)axis_height (self) + 60;
      *natural = MAX (*minimum, (int)ceil (sw_timeline_layout_get_height (self->layout)));
    }
}

static void
sw_timeline_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  SwTimelineView *self = SW_TIMELINE_VIEW (widget);
  double old_start = sw_time_scale_get_start (self->scale);
  double old_end = sw_time_scale_get_end (self->scale);

  if (width <= 0)
    return;

  self->allocating = TRUE;

  if (sw_time_scale_get_width (self->scale) != width)
    {
      sw_time_scale_set_width (self->scale, width);
      scale_changed (self, old_start, old_end);
    }

  if (self->needs_fit)
    fit (self);

  set_scroll (self, self->scroll_y);
  /* The stand-ins ask for an allocation whenever the view moves: only a
   * new size costs a repaint of the base here. */
  if (height != self->allocated_height)
    {
      self->allocated_height = height;
      invalidate_base (self);
    }

  sync_proxies (self, width, height);
  sw_a11y_pool_allocate (self->proxies);
  sw_a11y_pool_allocate (self->lane_proxies);
  self->allocating = FALSE;
}

/* Tooltips --------------------------------------------------------------- */

static char *
entry_tooltip (SwTimelineView        *self,
               const SwTimelineEntry *entry)
{
  GString *markup = g_string_new (NULL);
  g_autofree char *label = g_markup_escape_text (entry->label != NULL ? entry->label : "", -1);

  g_string_append_printf (markup, "<b>%s</b>", label);

  if (entry->date_value != NULL)
    {
      g_autofree char *value = g_markup_escape_text (entry->date_value, -1);

      if (entry->date_text != NULL)
        {
          g_autofree char *text = g_markup_escape_text (entry->date_text, -1);
          g_string_append_printf (markup, "\n“%s” → %s", text, value);
        }
      else
        {
          g_string_append_printf (markup, "\n%s", value);
        }

      if (entry->date_inferred)
        g_string_append_printf (markup, " (%s)", _("the article’s date"));
      else if (entry->approx_start || entry->approx_end)
        g_string_append_printf (markup, " (%s)", _("approximate"));
    }

  if (entry->actors->len > 0)
    {
      g_string_append_c (markup, '\n');
      for (guint i = 0; i < entry->actors->len; i++)
        {
          g_autofree char *name = g_markup_escape_text (
            sw_timeline_layout_get_actor_name (self->layout, g_array_index (entry->actors, int, i)), -1);

          g_string_append_printf (markup, "%s%s", i > 0 ? ", " : "", name);
        }
    }

  if (entry->kind == SW_TIMELINE_ITEM_QUOTE)
    g_string_append_printf (markup, "\n<i>%s</i>", _("Statement"));

  if (sw_timeline_layout_get_n_documents (self->layout) > 1)
    {
      SwDocument *document = sw_timeline_layout_get_document (self->layout, entry->document);

      if (document != NULL && sw_document_get_title (document) != NULL)
        {
          g_autofree char *title = g_markup_escape_text (sw_document_get_title (document), -1);
          g_string_append_printf (markup, "\n<small>%s</small>", title);
        }
    }

  return g_string_free (markup, FALSE);
}

static gboolean
sw_timeline_view_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard,
                                GtkTooltip *tooltip)
{
  SwTimelineView *self = SW_TIMELINE_VIEW (widget);
  const SwTimelineItem *item;
  g_autofree char *markup = NULL;
  double rx, ry, rw, rh;

  if (keyboard && self->selected_entry >= 0)
    item = sw_timeline_layout_find_item (self->layout, self->selected_entry, self->selected_lane);
  else
    item = sw_timeline_layout_lookup_item (self->layout, self->scale, x, layout_y (self, y));

  if (item == NULL)
    return FALSE;

  if (item->kind == SW_TIMELINE_ITEM_AGGREGATE)
    markup = g_strdup_printf (ngettext ("%u more item here: click to see it",
                                        "%u more items here: click to see them", item->count),
                              item->count);
  else
    markup = entry_tooltip (self, sw_timeline_layout_get_entry (self->layout, item->entry));

  gtk_tooltip_set_markup (tooltip, markup);

  if (sw_timeline_layout_get_item_rect (self->layout, self->scale, item, &rx, &ry, &rw, &rh))
    {
      GdkRectangle area = { (int)floor (rx), (int)floor (ry - self->scroll_y), (int)ceil (rw), (int)ceil (rh) };
      gtk_tooltip_set_tip_area (tooltip, &area);
    }

  return TRUE;
}

/* Input ------------------------------------------------------------------ */

static void
update_hover (SwTimelineView *self)
{
  const SwTimelineItem *item = NULL;
  int entry;

  if (self->pointer_inside && self->drag_scale == NULL)
    item = sw_timeline_layout_lookup_item (self->layout, self->scale, self->pointer_x,
                                           layout_y (self, self->pointer_y));

  entry = item != NULL && item->kind != SW_TIMELINE_ITEM_AGGREGATE ? (int)item->entry : -1;
  if (entry != self->hover_entry)
    {
      self->hover_entry = entry;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           SwTimelineView           *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;
  update_hover (self);
}

static void
on_leave (GtkEventControllerMotion *controller,
          SwTimelineView           *self)
{
  self->pointer_inside = FALSE;
  update_hover (self);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           SwTimelineView           *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double step = wheel ? WHEEL_STEP : 1.0;
  double anchor = self->pointer_inside ? self->pointer_x : -1;

  if (state & GDK_CONTROL_MASK)
    {
      /* A notch zooms by a fifth; touchpads scroll in pixels. */
      sw_timeline_view_zoom (self, pow (1.2, -dy * (wheel ? 1.0 : 0.05)), anchor);
      update_hover (self);
      return TRUE;
    }

  if (state & GDK_SHIFT_MASK)
    {
      dx = dy;
      dy = 0;
    }

  if (dx != 0)
    pan (self, -dx * step);

  /* Vertical scrolling moves the lanes when they overflow, time otherwise. */
  if (dy != 0)
    {
      if (max_scroll (self) > 0)
        set_scroll (self, self->scroll_y + dy * step);
      else
        pan (self, -dy * step);
    }

  update_hover (self);
  return TRUE;
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               SwTimelineView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  /* On the axis, or with Shift, a drag picks a range to zoom into. */
  self->drag_selecting = y < axis_height (self) || (state & GDK_SHIFT_MASK) != 0;

  if (self->drag_selecting)
    {
      self->range_start = self->range_end = sw_time_scale_x_to_time (self->scale, x);
      self->has_range = FALSE;
    }
  else
    {
      g_clear_pointer (&self->drag_scale, sw_time_scale_free);
      self->drag_scale = sw_time_scale_copy (self->scale);
      self->drag_scroll = self->scroll_y;
    }
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          ox,
                double          oy,
                SwTimelineView *self)
{
  double sx, sy;

  gtk_gesture_drag_get_start_point (gesture, &sx, &sy);

  if (self->drag_selecting)
    {
      self->range_end = sw_time_scale_x_to_time (self->scale, sx + ox);
      self->has_range = fabs (ox) >= RANGE_MIN_PX;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else if (self->drag_scale != NULL)
    {
      double old_start = sw_time_scale_get_start (self->scale);
      double old_end = sw_time_scale_get_end (self->scale);

      sw_time_scale_set_range (self->scale, sw_time_scale_get_start (self->drag_scale),
                               sw_time_scale_get_end (self->drag_scale));
      sw_time_scale_pan (self->scale, ox);
      scale_changed (self, old_start, old_end);
      set_scroll (self, self->drag_scroll - oy);
    }
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          ox,
             double          oy,
             SwTimelineView *self)
{
  if (self->drag_selecting && self->has_range)
    {
      self->has_range = FALSE;
      sw_timeline_view_set_visible_range (self, MIN (self->range_start, self->range_end),
                                          MAX (self->range_start, self->range_end));
    }

  self->drag_selecting = FALSE;
  self->has_range = FALSE;
  g_clear_pointer (&self->drag_scale, sw_time_scale_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_hover (self);
}

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  SwTimelineView  *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (n_press == 2 && self->selected_entry >= 0)
    emit_item_signal (self, ITEM_ACTIVATED);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   SwTimelineView  *self)
{
  if (n_press == 1)
    sw_timeline_view_select_at (self, x, y);
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                SwTimelineView   *self)
{
  double x, y;

  g_clear_pointer (&self->pinch_scale, sw_time_scale_free);
  self->pinch_scale = sw_time_scale_copy (self->scale);
  if (gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    self->pinch_anchor = x;
  else
    self->pinch_anchor = sw_time_scale_get_width (self->scale) / 2;
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture,
                        double          scale,
                        SwTimelineView *self)
{
  double old_start = sw_time_scale_get_start (self->scale);
  double old_end = sw_time_scale_get_end (self->scale);

  if (self->pinch_scale == NULL || scale <= 0)
    return;

  sw_time_scale_set_range (self->scale, sw_time_scale_get_start (self->pinch_scale),
                           sw_time_scale_get_end (self->pinch_scale));
  sw_time_scale_zoom (self->scale, scale, self->pinch_anchor);
  scale_changed (self, old_start, old_end);
}

static void
on_pinch_end (GtkGesture       *gesture,
              GdkEventSequence *sequence,
              SwTimelineView   *self)
{
  g_clear_pointer (&self->pinch_scale, sw_time_scale_free);
}

/* The lane whose name has the keyboard focus, or -1 */
static int
focused_lane_position (SwTimelineView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !sw_a11y_pool_owns (self->lane_proxies, focus))
    return -1;
  return sw_timeline_layout_find_lane (self->layout, (int)sw_a11y_item_get_key (SW_A11Y_ITEM (focus)) - 1);
}

/* + and −: the lane whose name has the focus, else the selection's */
static gboolean
set_selected_lane_expanded (SwTimelineView *self,
                            gboolean        expanded)
{
  int pos = focused_lane_position (self);

  if (pos < 0)
    pos = selected_lane_position (self);

  if (pos < 0)
    return FALSE;
  if (sw_timeline_layout_get_lane (self->layout, pos)->expanded != expanded)
    toggle_lane_expanded (self, pos);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SwTimelineView        *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  int lane;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (self->selected_entry < 0 || !move_selection (self, -1))
        pan (self, width / 8);
      return TRUE;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (self->selected_entry < 0 || !move_selection (self, 1))
        pan (self, -width / 8);
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!move_selection_across (self, -1))
        set_scroll (self, self->scroll_y - WHEEL_STEP);
      return TRUE;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!move_selection_across (self, 1))
        set_scroll (self, self->scroll_y + WHEEL_STEP);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      /* on a lane's name, as a click on it: expand or fold the lane */
      if ((lane = focused_lane_position (self)) >= 0)
        {
          toggle_lane_expanded (self, lane);
          return TRUE;
        }
      if (self->selected_entry < 0)
        return FALSE;
      emit_item_signal (self, ITEM_ACTIVATED);
      return TRUE;

    case GDK_KEY_Escape:
      if (self->selected_entry < 0)
        return FALSE;
      sw_timeline_view_clear_selection (self);
      return TRUE;

    default:
      return FALSE;
    }
}

/* Tab walks the events of the selected lane (or "All events") in time
 * order before focus moves on to the next widget. The focus lands on the
 * selected item's stand-in (follow_selection), or, entering with nothing
 * selected, on the view. */
static gboolean
sw_timeline_view_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  SwTimelineView *self = SW_TIMELINE_VIEW (widget);

  if (!sw_a11y_focus_within (widget))
    {
      SwA11yItem *proxy = selected_proxy (self);

      return gtk_widget_grab_focus (proxy != NULL ? GTK_WIDGET (proxy) : widget);
    }

  if (direction == GTK_DIR_TAB_FORWARD)
    return move_selection (self, 1);
  if (direction == GTK_DIR_TAB_BACKWARD)
    return move_selection (self, -1);

  return FALSE;
}

/* The keyboard (or a screen reader) reached an item's stand-in: that
 * selects the item, as a click on it would. */
static void
sw_timeline_view_set_focus_child (GtkWidget *widget,
                                  GtkWidget *child)
{
  SwTimelineView *self = SW_TIMELINE_VIEW (widget);
  int actor, entry;

  GTK_WIDGET_CLASS (sw_timeline_view_parent_class)->set_focus_child (widget, child);

  if (child == NULL || !sw_a11y_pool_owns (self->proxies, child))
    return;

  key_to_item (sw_a11y_item_get_key (SW_A11Y_ITEM (child)), &actor, &entry);
  self->focus_changing = TRUE;
  select_entry (self, entry, actor, TRUE);
  self->focus_changing = FALSE;
}

/* Actions ---------------------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sw_timeline_view_zoom (SW_TIMELINE_VIEW (widget), ZOOM_STEP, -1);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sw_timeline_view_zoom (SW_TIMELINE_VIEW (widget), 1 / ZOOM_STEP, -1);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sw_timeline_view_zoom_to_fit (SW_TIMELINE_VIEW (widget));
}

/* What a click on a lane's name does, from the keyboard: the lane of the
 * selection (or "All events") shows every row, or folds back to a
 * summary. */
static void
expand_lane_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  set_selected_lane_expanded (SW_TIMELINE_VIEW (widget), TRUE);
}

static void
fold_lane_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  set_selected_lane_expanded (SW_TIMELINE_VIEW (widget), FALSE);
}

/* Export ----------------------------------------------------------------- */

/**
 * sw_timeline_view_export:
 * @whole: all the events rather than the visible range
 * @width: 0 for the widget's width
 *
 * Writes what the view shows, in its style, with a title and a legend.
 */
gboolean
sw_timeline_view_export (SwTimelineView    *self,
                         SwTimelineFormat   format,
                         const char        *path,
                         gboolean           whole,
                         double             width,
                         double             scale_factor,
                         const char        *title,
                         GError           **error)
{
  g_autoptr(SwTimeScale) scale = NULL;
  SwTimelinePaintOptions opts;
  double start, end;

  g_return_val_if_fail (SW_IS_TIMELINE_VIEW (self), FALSE);

  scale = sw_time_scale_copy (self->scale);
  if (width > 0)
    sw_time_scale_set_width (scale, width);
  if (whole && sw_timeline_layout_get_extent (self->layout, &start, &end))
    sw_time_scale_fit (scale, start, end, FIT_MARGIN);
  else
    sw_time_scale_set_range (scale, sw_time_scale_get_start (self->scale), sw_time_scale_get_end (self->scale));

  sw_timeline_view_get_paint_options (self, &opts);
  opts.title = title;
  opts.legend = TRUE;
  opts.selected_entry = -1;

  return sw_timeline_export_full (self->layout, scale, format, path, 0, scale_factor, &opts, error);
}

/* GObject ---------------------------------------------------------------- */

GtkWidget *
sw_timeline_view_new (void)
{
  return g_object_new (SW_TYPE_TIMELINE_VIEW, NULL);
}

static void
sw_timeline_view_dispose (GObject *object)
{
  SwTimelineView *self = SW_TIMELINE_VIEW (object);

  g_clear_pointer (&self->base, gsk_render_node_unref);
  g_clear_pointer (&self->proxies, sw_a11y_pool_free);
  g_clear_pointer (&self->lane_proxies, sw_a11y_pool_free);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (sw_timeline_view_parent_class)->dispose (object);
}

static void
sw_timeline_view_finalize (GObject *object)
{
  SwTimelineView *self = SW_TIMELINE_VIEW (object);

  g_clear_pointer (&self->scale, sw_time_scale_free);
  g_clear_pointer (&self->drag_scale, sw_time_scale_free);
  g_clear_pointer (&self->pinch_scale, sw_time_scale_free);

  G_OBJECT_CLASS (sw_timeline_view_parent_class)->finalize (object);
}

static void
sw_timeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SwTimelineView *self = SW_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ACTOR:
      g_value_set_int (value, self->selected_actor);
      break;
    case PROP_VISIBLE_START:
      g_value_set_double (value, sw_time_scale_get_start (self->scale));
      break;
    case PROP_VISIBLE_END:
      g_value_set_double (value, sw_time_scale_get_end (self->scale));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_timeline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SwTimelineView *self = SW_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ACTOR:
      sw_timeline_view_set_selected_actor (self, g_value_get_int (value));
      break;
    case PROP_VISIBLE_START:
      sw_timeline_view_set_visible_range (self, g_value_get_double (value), sw_time_scale_get_end (self->scale));
      break;
    case PROP_VISIBLE_END:
      sw_timeline_view_set_visible_range (self, sw_time_scale_get_start (self->scale), g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_timeline_view_class_init (SwTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_timeline_view_dispose;
  object_class->finalize = sw_timeline_view_finalize;
  object_class->get_property = sw_timeline_view_get_property;
  object_class->set_property = sw_timeline_view_set_property;

  widget_class->snapshot = sw_timeline_view_snapshot;
  widget_class->measure = sw_timeline_view_measure;
  widget_class->size_allocate = sw_timeline_view_size_allocate;
  widget_class->query_tooltip = sw_timeline_view_query_tooltip;
  widget_class->focus = sw_timeline_view_focus;
  widget_class->set_focus_child = sw_timeline_view_set_focus_child;

  /**
   * SwTimelineView:selected-actor:
   *
   * The layout actor id highlighted, -1 for none.
   */
  properties[PROP_SELECTED_ACTOR] =
    g_param_spec_int ("selected-actor", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * SwTimelineView:visible-start:
   *
   * The left edge, in seconds since 1970-01-01 UTC: bind it to a setting
   * to keep the zoom across restarts.
   */
  properties[PROP_VISIBLE_START] =
    g_param_spec_double ("visible-start", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VISIBLE_END] =
    g_param_spec_double ("visible-end", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 86400,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwTimelineView::selection-changed:
   * @document: index of the document, -1 when nothing is selected
   * @kind: an SwTimelineItemKind: event or statement
   * @index: the event or quote index in that document's extraction
   * @start: first byte of the source sentence in the document text
   * @end: the byte after it
   *
   * The user selected an item (by click or keyboard) or cleared the
   * selection, so the article can scroll to and highlight its source.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 5,
                  G_TYPE_INT, G_TYPE_INT, G_TYPE_INT, G_TYPE_UINT, G_TYPE_UINT);

  /**
   * SwTimelineView::item-activated:
   *
   * The user asked to open the selected item's source (double click,
   * Enter); same arguments as ::selection-changed.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 5,
                  G_TYPE_INT, G_TYPE_INT, G_TYPE_INT, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.expand-lane", NULL, expand_lane_action);
  gtk_widget_class_install_action (widget_class, "timeline.fold-lane", NULL, fold_lane_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.expand-lane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.expand-lane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.fold-lane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.fold-lane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);

  gtk_widget_class_set_css_name (widget_class, "sw-timeline-view");
  /* Not IMG any more: an image's children are presentational, and
   * assistive technologies skip them. The painted items are exposed as
   * LIST_ITEM children (SwA11yItem), so the view is their LIST, as
   * GtkListBox and GtkListView are in GTK 4.8: one selectable item per
   * mark, read in lane and time order. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
sw_timeline_view_init (SwTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  self->layout = sw_timeline_layout_new (NULL, none);
  self->scale = sw_time_scale_new (0, 86400, 800);
  self->needs_fit = TRUE;
  self->hover_entry = -1;
  self->selected_entry = -1;
  self->selected_lane = -1;
  self->selected_actor = -1;
  self->proxies = sw_a11y_pool_new (GTK_WIDGET (self), GTK_ACCESSIBLE_ROLE_LIST_ITEM, MAX_PROXIES);
  self->lane_proxies = sw_a11y_pool_new (GTK_WIDGET (self), GTK_ACCESSIBLE_ROLE_LIST_ITEM, MAX_LANE_PROXIES);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  -1);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_click_pressed), self);
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_pinch_scale_changed), self);
  g_signal_connect (gesture, "end", G_CALLBACK (on_pinch_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (update_style), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (update_style), self, G_CONNECT_SWAPPED);
  /* Theme colours resolve once the widget is in a window. */
  g_signal_connect (self, "realize", G_CALLBACK (update_style), NULL);
  update_style (self);
}
