/* test-timeline-view.c: the timeline widget under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs in a plain GtkWindow (not the app's), under xvfb-run where there is
 * no display; skips, saying so, where none can be opened.
 */
#include <adwaita.h>
#include <math.h>

#include "sw-a11y-item.h"
#include "sw-timeline-view.h"
#include "timeline-fixture.h"
#include "ui-wait.h"

typedef struct
{
  GtkWidget      *window;
  SwTimelineView *view;
  SwDocument     *document;
  SwExtraction   *extraction;
} Fixture;

static void
wait_for_draw (Fixture *f)
{
  /* Let the window map, allocate and draw. */
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  while (gtk_widget_get_width (GTK_WIDGET (f->view)) <= 0)
    g_main_context_iteration (NULL, TRUE);
  /* the accessible stand-ins are added after the first frame, and placed
   * in the next */
  wait_for_stand_ins (GTK_WIDGET (f->view));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();

  f->document = timeline_fixture_document ();
  f->extraction = timeline_fixture_extraction (f->document);
  g_ptr_array_add (docs, f->document);
  g_ptr_array_add (exs, f->extraction);

  f->window = gtk_window_new ();
  f->view = SW_TIMELINE_VIEW (sw_timeline_view_new ());
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 500);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  sw_timeline_view_set_data (f->view, docs, exs);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_draw (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->document);
  g_clear_pointer (&f->extraction, sw_extraction_unref);
}

static void
test_zoom_actions (Fixture       *f,
                   gconstpointer  data)
{
  double s0, e0, s1, e1, s2, e2, fs, fe;

  sw_timeline_view_get_visible_range (f->view, &s0, &e0);

  /* Fit shows every event with a little room. */
  g_assert_true (sw_timeline_layout_get_extent (sw_timeline_view_get_layout (f->view), &fs, &fe));
  g_assert_cmpfloat (s0, <, fs);
  g_assert_cmpfloat (e0, >, fe);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL));
  sw_timeline_view_get_visible_range (f->view, &s1, &e1);
  g_assert_cmpfloat_with_epsilon (e1 - s1, (e0 - s0) / 1.5, 1);
  g_assert_cmpfloat_with_epsilon ((s1 + e1) / 2, (s0 + e0) / 2, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-out", NULL));
  sw_timeline_view_get_visible_range (f->view, &s2, &e2);
  g_assert_cmpfloat_with_epsilon (e2 - s2, (e0 - s0) * 1.5, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-fit", NULL));
  sw_timeline_view_get_visible_range (f->view, &s2, &e2);
  g_assert_cmpfloat_with_epsilon (s2, s0, 1e-3);
  g_assert_cmpfloat_with_epsilon (e2, e0, 1e-3);

  /* The range is a property, for settings to keep across restarts. */
  g_object_set (f->view, "visible-start", fs, NULL);
  sw_timeline_view_get_visible_range (f->view, &s2, NULL);
  g_assert_cmpfloat (s2, ==, fs);
}

typedef struct
{
  int   document;
  int   kind;
  int   index;
  guint start;
  guint end;
  guint count;
} Selection;

static void
on_selection_changed (SwTimelineView *view,
                      int             document,
                      int             kind,
                      int             index,
                      guint           start,
                      guint           end,
                      Selection      *out)
{
  out->document = document;
  out->kind = kind;
  out->index = index;
  out->start = start;
  out->end = end;
  out->count++;
}

/* A click on an event selects it and tells where its sentence is. */
static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  SwTimelineLayout *layout = sw_timeline_view_get_layout (f->view);
  const SwTimeScale *scale = sw_timeline_view_get_scale (f->view);
  const SwTimelineLane *all;
  const SwTimelineItem *item = NULL;
  const SwEvent *event;
  Selection got = { 0 };
  double x, y, w, h;

  g_signal_connect (f->view, "selection-changed", G_CALLBACK (on_selection_changed), &got);

  all = sw_timeline_layout_get_lane (layout, 0);
  for (guint i = 0; i < all->items->len && item == NULL; i++)
    {
      const SwTimelineItem *it = &g_array_index (all->items, SwTimelineItem, i);

      if (it->packed && it->kind == SW_TIMELINE_ITEM_EVENT)
        item = it;
    }
  g_assert_nonnull (item);
  g_assert_true (sw_timeline_layout_get_item_rect (layout, scale, item, &x, &y, &w, &h));

  g_assert_true (sw_timeline_view_select_at (f->view, x + w / 2, y + h / 2));
  g_assert_cmpuint (got.count, ==, 1);
  g_assert_cmpint (got.document, ==, 0);
  g_assert_cmpint (got.kind, ==, SW_TIMELINE_ITEM_EVENT);
  event = g_ptr_array_index (f->extraction->events, got.index);
  g_assert_cmpuint (got.start, ==, event->span.start);
  g_assert_cmpuint (got.end, ==, event->span.end);
  g_assert_true (g_str_has_prefix (sw_document_get_text (f->document) + got.start, "The Port Authority"));

  /* Empty space clears it. */
  g_assert_false (sw_timeline_view_select_at (f->view, 5, gtk_widget_get_height (GTK_WIDGET (f->view)) - 2));
  g_assert_cmpuint (got.count, ==, 2);
  g_assert_cmpint (got.document, ==, -1);

  /* Picking the sentence in the article selects its event here, quietly. */
  g_assert_true (sw_timeline_view_select_span (f->view, 0, event->span.start + 2, event->span.start + 3));
  g_assert_cmpuint (got.count, ==, 2);
  g_assert_true (sw_timeline_view_get_selection (f->view, NULL, NULL, &got.index, NULL));
  g_assert_true (g_ptr_array_index (f->extraction->events, got.index) == event);
}

/* What the widget draws is what the export writes. */
static void
test_drawing_matches_export (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->view);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_surface_t *drawn, *painted;
  SwTimelinePaintOptions opts;
  const guchar *a, *b;
  guint64 differ = 0;
  cairo_t *cr;

  sw_timeline_view_set_selected_actor (f->view, 1);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  drawn = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (drawn);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (drawn);

  sw_timeline_view_get_paint_options (f->view, &opts);
  painted = sw_timeline_render_image (sw_timeline_view_get_layout (f->view),
                                      sw_timeline_view_get_scale (f->view), 0, 1, &opts);

  g_assert_cmpint (cairo_image_surface_get_width (painted), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (painted), ==, height);
  a = cairo_image_surface_get_data (drawn);
  b = cairo_image_surface_get_data (painted);
  for (int i = 0; i < height * cairo_image_surface_get_stride (drawn); i++)
    differ += ABS ((int)a[i] - (int)b[i]) > 2;
  g_assert_cmpuint (differ, ==, 0);

  cairo_surface_destroy (drawn);
  cairo_surface_destroy (painted);
  gsk_render_node_unref (node);
}

static void
test_keyboard_walks (Fixture       *f,
                     gconstpointer  data)
{
  SwTimelineItemKind kind;
  int first, second;

  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->view), GTK_DIR_TAB_FORWARD));
  g_assert_true (sw_timeline_view_get_selection (f->view, NULL, &kind, &first, NULL));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->view), GTK_DIR_TAB_FORWARD));
  g_assert_true (sw_timeline_view_get_selection (f->view, NULL, &kind, &second, NULL));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->view), GTK_DIR_TAB_BACKWARD));
  g_assert_true (sw_timeline_view_get_selection (f->view, NULL, &kind, &second, NULL));
  g_assert_cmpint (second, ==, first);
}

/* @n events on one day, more than a lane shows before it summarises */
static SwTimelineLayout *
show_same_day_events (Fixture *f,
                      int      n)
{
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();
  SwTimelineLayout *layout;

  for (int i = 0; i < n; i++)
    {
      SwEvent *event = sw_event_new ("Same day", 0, 1);

      event->date_from = g_strdup ("2001-01-15");
      g_ptr_array_add (ex->events, event);
    }
  g_ptr_array_add (exs, ex);
  sw_timeline_view_set_data (f->view, NULL, exs);
  layout = sw_timeline_view_get_layout (f->view);
  sw_timeline_layout_update (layout, sw_timeline_view_get_scale (f->view));
  return layout;
}

/* Many items on one day: the summary opens the lane instead of zooming. */
static void
test_summary_expands (Fixture       *f,
                      gconstpointer  data)
{
  SwTimelineLayout *layout = show_same_day_events (f, 30);
  const SwTimelineLane *all = sw_timeline_layout_get_lane (layout, 0);
  const SwTimelineItem *summary;
  double x, y, w, h, s0, e0, s1, e1;

  g_assert_cmpuint (all->aggregates->len, ==, 1);
  summary = &g_array_index (all->aggregates, SwTimelineItem, 0);
  g_assert_true (sw_timeline_layout_get_item_rect (layout, sw_timeline_view_get_scale (f->view), summary, &x, &y, &w, &h));

  sw_timeline_view_get_visible_range (f->view, &s0, &e0);
  g_assert_false (sw_timeline_view_select_at (f->view, x + w / 2, y + h / 2));
  sw_timeline_view_get_visible_range (f->view, &s1, &e1);
  g_assert_true (all->expanded);
  g_assert_cmpfloat (s1, ==, s0);
  g_assert_cmpfloat (e1, ==, e0);

  sw_timeline_layout_update (layout, sw_timeline_view_get_scale (f->view));
  g_assert_cmpuint (all->n_aggregated, ==, 0);
  g_assert_cmpuint (all->n_rows, ==, 30);
}

/* The keyboard reaches every item, the summarised ones too: walking onto
 * a summary opens the lane, as a click on it does. */
static void
test_keyboard_opens_summary (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  SwTimelineLayout *layout = show_same_day_events (f, 30);
  const SwTimelineLane *all = sw_timeline_layout_get_lane (layout, 0);

  g_assert_cmpuint (all->n_aggregated, >, 0);

  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  for (int k = 0; k < 30; k++)
    {
      SwTimelineItemKind kind;
      int index = -1;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->view), GTK_DIR_TAB_FORWARD));
      g_assert_true (sw_timeline_view_get_selection (f->view, NULL, &kind, &index, NULL));
      g_assert_cmpint (kind, ==, SW_TIMELINE_ITEM_EVENT);
      g_hash_table_add (seen, GINT_TO_POINTER (index + 1));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 30);
  g_assert_true (all->expanded);
  /* past the last item, focus leaves the timeline */
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (f->view), GTK_DIR_TAB_FORWARD));
}

/* A lane's name is a child a screen reader reads: whose lane, how many
 * events, whether some are summarised; with the focus on it, Enter opens
 * or folds the lane, as a click on the name does. */
static void
test_lane_names (Fixture       *f,
                 gconstpointer  data)
{
  SwTimelineLayout *layout = show_same_day_events (f, 30);
  const SwTimelineLane *all = sw_timeline_layout_get_lane (layout, 0);
  g_autofree char *name = g_strdup_printf ("Lane, %s, 30 events", all->name);
  GtkWidget *lane;

  wait_for_stand_ins (GTK_WIDGET (f->view));
  lane = find_stand_in (GTK_WIDGET (f->view), name);
  g_assert_nonnull (lane);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (lane), GTK_ACCESSIBLE_ROLE_LIST_ITEM));
  gtk_test_accessible_assert_state (lane, GTK_ACCESSIBLE_STATE_EXPANDED, FALSE);
  gtk_test_accessible_assert_property (lane, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Some events summarised; Enter or plus shows them all");

  g_assert_true (gtk_widget_grab_focus (lane));
  g_assert_false (sw_timeline_view_get_selection (f->view, NULL, NULL, NULL, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.expand-lane", NULL));
  sw_timeline_layout_update (layout, sw_timeline_view_get_scale (f->view));
  g_assert_true (all->expanded);
  wait_frames ();
  gtk_test_accessible_assert_state (lane, GTK_ACCESSIBLE_STATE_EXPANDED, TRUE);
  gtk_test_accessible_assert_property (lane, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Every event shown; Enter or minus folds the lane");
}

/* + and - do from the keyboard what a click on a lane's name does. */
static void
test_keys_expand_and_fold (Fixture       *f,
                           gconstpointer  data)
{
  SwTimelineLayout *layout = show_same_day_events (f, 30);
  const SwTimelineLane *all = sw_timeline_layout_get_lane (layout, 0);

  g_assert_false (all->expanded);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.expand-lane", NULL));
  sw_timeline_layout_update (layout, sw_timeline_view_get_scale (f->view));
  g_assert_true (all->expanded);
  g_assert_cmpuint (all->n_aggregated, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.fold-lane", NULL));
  sw_timeline_layout_update (layout, sw_timeline_view_get_scale (f->view));
  g_assert_false (all->expanded);
  g_assert_cmpuint (all->n_aggregated, >, 0);
}

/* Accessibility ----------------------------------------------------------- */

static gboolean
is_lane_name (GtkWidget *child)
{
  const char *label = SW_IS_A11Y_ITEM (child) ? sw_a11y_item_get_label (SW_A11Y_ITEM (child)) : NULL;

  return label != NULL && g_str_has_prefix (label, "Lane, ");
}

/* The events' and statements' stand-ins live in @view, and in @all those
 * and the idle ones; lanes' names have a pool of their own. */
static guint
count_live_children (SwTimelineView *view,
                     guint          *all)
{
  guint live = 0;

  *all = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_child_visible (child) && is_lane_name (child))
        continue;
      (*all)++;
      if (gtk_widget_get_child_visible (child))
        {
          live++;
          g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_ROLE_LIST_ITEM));
          g_assert_true (gtk_widget_get_focusable (child));
          g_assert_false (gtk_widget_get_can_target (child));
        }
      else
        {
          gtk_test_accessible_assert_state (child, GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
        }
    }

  return live;
}

static GtkWidget *
focused (SwTimelineView *view)
{
  return gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (view)));
}

/* Every event and statement in view is a child a screen reader can reach:
 * a list item of the timeline, with the words it should say. */
static void
test_accessible_items (Fixture       *f,
                       gconstpointer  data)
{
  guint n = sw_timeline_layout_get_n_entries (sw_timeline_view_get_layout (f->view));
  g_autofree char *summary = g_strdup_printf ("Timeline, %u items", n);
  GtkWidget *met, *strike, *said;
  guint live, all;
  double x, y;

  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_ROLE_LIST));
  gtk_test_accessible_assert_property (f->view, GTK_ACCESSIBLE_PROPERTY_LABEL, summary);

  live = count_live_children (f->view, &all);
  /* The fixture's dated items, in "All events" and in the actors' lanes. */
  g_assert_cmpuint (live, >=, n);

  met = find_stand_in (GTK_WIDGET (f->view), "Event, 2024-03-03: Kell and Olsen met for four hours");
  strike = find_stand_in (GTK_WIDGET (f->view), "Event, 2024-02-12 – 2024-02-28: Dockers' strike");
  said = find_stand_in (GTK_WIDGET (f->view), "Statement by Ada Kell: We are closer than we have ever been,");
  g_assert_nonnull (met);
  g_assert_nonnull (strike);
  g_assert_nonnull (said);
  gtk_test_accessible_assert_property (met, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Ada Kell, Bram Olsen");
  gtk_test_accessible_assert_state (met, GTK_ACCESSIBLE_STATE_SELECTED, FALSE);

  /* Placed over the mark, and the view keeps the pointer there. */
  x = gtk_widget_get_width (met) / 2.0;
  y = gtk_widget_get_height (met) / 2.0;
  g_assert_true (gtk_widget_translate_coordinates (met, GTK_WIDGET (f->view), x, y, &x, &y));
  g_assert_true (gtk_widget_pick (GTK_WIDGET (f->view), x, y, GTK_PICK_DEFAULT) == GTK_WIDGET (f->view));
  g_assert_true (sw_timeline_view_select_at (f->view, x, y));
  {
    SwTimelineItemKind kind;
    int index;

    g_assert_true (sw_timeline_view_get_selection (f->view, NULL, &kind, &index, NULL));
    g_assert_cmpint (kind, ==, SW_TIMELINE_ITEM_EVENT);
    g_assert_cmpint (index, ==, 0);
  }
  gtk_test_accessible_assert_state (met, GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  sw_timeline_view_clear_selection (f->view);
  gtk_test_accessible_assert_state (met, GTK_ACCESSIBLE_STATE_SELECTED, FALSE);
}

/* Moving the focus to an item selects it, as a click does; a selection
 * made by click or key takes the focus along when it is in the view. */
static void
test_focus_selects (Fixture       *f,
                    gconstpointer  data)
{
  Selection got = { 0 };
  GtkWidget *strike, *met, *now;
  int first;

  g_signal_connect (f->view, "selection-changed", G_CALLBACK (on_selection_changed), &got);

  strike = find_stand_in (GTK_WIDGET (f->view), "Event, 2024-02-12 – 2024-02-28: Dockers' strike");
  g_assert_nonnull (strike);
  g_assert_true (gtk_widget_grab_focus (strike));
  g_assert_true (focused (f->view) == strike);
  g_assert_cmpuint (got.count, ==, 1);
  g_assert_cmpint (got.document, ==, 0);
  g_assert_cmpint (got.kind, ==, SW_TIMELINE_ITEM_EVENT);
  g_assert_cmpint (got.index, ==, 1);
  gtk_test_accessible_assert_state (strike, GTK_ACCESSIBLE_STATE_SELECTED, TRUE);

  /* A click elsewhere: the focus follows the selection. */
  met = find_stand_in (GTK_WIDGET (f->view), "Event, 2024-03-03: Kell and Olsen met for four hours");
  g_assert_nonnull (met);
  {
    double x = gtk_widget_get_width (met) / 2.0, y = gtk_widget_get_height (met) / 2.0;

    g_assert_true (gtk_widget_translate_coordinates (met, GTK_WIDGET (f->view), x, y, &x, &y));
    g_assert_true (sw_timeline_view_select_at (f->view, x, y));
  }
  g_assert_cmpuint (got.count, ==, 2);
  g_assert_cmpint (got.index, ==, 0);
  now = focused (f->view);
  g_assert_true (now == met || (now != NULL && gtk_widget_get_parent (now) == GTK_WIDGET (f->view)));
  gtk_test_accessible_assert_state (now, GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  gtk_test_accessible_assert_state (strike, GTK_ACCESSIBLE_STATE_SELECTED, FALSE);

  /* Tab walks on, and the focus with it, onto the next item's stand-in. */
  first = got.kind * 1000 + got.index;
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->view), GTK_DIR_TAB_FORWARD));
  g_assert_cmpuint (got.count, ==, 3);
  g_assert_cmpint (got.kind * 1000 + got.index, !=, first);
  now = focused (f->view);
  g_assert_nonnull (now);
  g_assert_true (gtk_widget_get_parent (now) == GTK_WIDGET (f->view));
  gtk_test_accessible_assert_state (now, GTK_ACCESSIBLE_STATE_SELECTED, TRUE);

  /* Nothing selected: the view itself holds the focus. */
  sw_timeline_view_clear_selection (f->view);
  g_assert_true (focused (f->view) == GTK_WIDGET (f->view));
}

/* A dense timeline gets stand-ins only for what is in view, never more
 * than a screenful, and they follow a zoom. */
static void
test_accessible_items_capped (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();
  guint live, all, live_zoomed;

  for (int i = 0; i < 5000; i++)
    {
      g_autofree char *label = g_strdup_printf ("Event %d", i);
      SwEvent *event = sw_event_new (label, 0, 1);

      event->date_from = g_strdup_printf ("%04d-%02d-%02d", 1990 + i / 300, 1 + (i / 25) % 12, 1 + i % 25);
      g_ptr_array_add (ex->events, event);
    }
  g_ptr_array_add (exs, ex);
  sw_timeline_view_set_data (f->view, NULL, exs);
  wait_for_stand_ins (GTK_WIDGET (f->view));

  live = count_live_children (f->view, &all);
  g_test_message ("%u stand-ins live of %u", live, all);
  g_assert_cmpuint (live, >, 0);
  g_assert_cmpuint (live, <=, 200);
  g_assert_cmpuint (all, <=, 400);

  /* Zoomed in, other items are in view: the pool reuses its children. */
  for (int i = 0; i < 6; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL);
  wait_frames ();
  live_zoomed = count_live_children (f->view, &all);
  g_test_message ("zoomed in: %u stand-ins live of %u", live_zoomed, all);
  g_assert_cmpuint (live_zoomed, >, 0);
  g_assert_cmpuint (live_zoomed, <=, 200);
  g_assert_cmpuint (all, <=, 400);
  g_assert_null (find_stand_in (GTK_WIDGET (f->view), "Event, 1990-01-01: Event 0"));
}

/* A view that adds children while GTK allocates it asks for a new layout
 * in the middle of the current one, and the window then paints widgets
 * it has not allocated: the whole window came out blank after a tooltip
 * and a switch to the timeline. New stand-ins are added after the frame. */
static void
test_no_children_added_in_allocation (void)
{
  g_autoptr(SwDocument) document = timeline_fixture_document ();
  g_autoptr(SwExtraction) extraction = timeline_fixture_extraction (document);
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();
  GtkWidget *view = g_object_ref_sink (sw_timeline_view_new ());
  guint all_before, all_after;
  int min;

  g_ptr_array_add (docs, document);
  g_ptr_array_add (exs, extraction);
  sw_timeline_view_set_data (SW_TIMELINE_VIEW (view), docs, exs);

  /* allocated by hand, as a parent does in its own size_allocate */
  gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 900, &min, NULL, NULL, NULL);
  count_live_children (SW_TIMELINE_VIEW (view), &all_before);
  gtk_widget_size_allocate (view, &(GtkAllocation){ 0, 0, 900, 500 }, -1);
  count_live_children (SW_TIMELINE_VIEW (view), &all_after);
  g_assert_cmpuint (all_after, ==, all_before);

  /* and after it, they come */
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  count_live_children (SW_TIMELINE_VIEW (view), &all_after);
  g_assert_cmpuint (all_after, >, all_before);

  g_object_unref (view);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display: run under xvfb-run");
      return g_test_run ();
    }
  adw_init ();

  g_test_add_func ("/timeline-view/no-children-added-in-allocation", test_no_children_added_in_allocation);
  g_test_add ("/timeline-view/zoom-actions", Fixture, NULL, fixture_set_up, test_zoom_actions, fixture_tear_down);
  g_test_add ("/timeline-view/click-selects", Fixture, NULL, fixture_set_up, test_click_selects, fixture_tear_down);
  g_test_add ("/timeline-view/drawing-matches-export", Fixture, NULL, fixture_set_up,
              test_drawing_matches_export, fixture_tear_down);
  g_test_add ("/timeline-view/summary-expands", Fixture, NULL, fixture_set_up, test_summary_expands, fixture_tear_down);
  g_test_add ("/timeline-view/keyboard-walks", Fixture, NULL, fixture_set_up, test_keyboard_walks, fixture_tear_down);
  g_test_add ("/timeline-view/keyboard-opens-summary", Fixture, NULL, fixture_set_up, test_keyboard_opens_summary,
              fixture_tear_down);
  g_test_add ("/timeline-view/keys-expand-and-fold", Fixture, NULL, fixture_set_up, test_keys_expand_and_fold,
              fixture_tear_down);
  g_test_add ("/timeline-view/accessible-items", Fixture, NULL, fixture_set_up, test_accessible_items, fixture_tear_down);
  g_test_add ("/timeline-view/lane-names", Fixture, NULL, fixture_set_up, test_lane_names, fixture_tear_down);
  g_test_add ("/timeline-view/focus-selects", Fixture, NULL, fixture_set_up, test_focus_selects, fixture_tear_down);
  g_test_add ("/timeline-view/accessible-items-capped", Fixture, NULL, fixture_set_up,
              test_accessible_items_capped, fixture_tear_down);
  return g_test_run ();
}
