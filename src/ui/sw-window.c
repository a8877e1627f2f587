/* sw-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "saywhen-resources.h"
#include "sw-article-view.h"
#include "sw-export.h"
#include "sw-graph-export.h"
#include "sw-graph-view.h"
#include "sw-item.h"
#include "sw-json.h"
#include "sw-timeline-view.h"
#include "sw-view-state.h"
#include "sw-window-private.h"

G_DEFINE_FINAL_TYPE (SwWindow, sw_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LOADING,
  PROP_LAST_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


void
_sw_window_show_message (SwWindow   *self,
              const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  g_free (self->last_message);
  self->last_message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_MESSAGE]);
}

void
_sw_window_set_loading (SwWindow *self,
             guint     loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_revealer_set_reveal_child (self->progress_revealer, loading > 0);
  _sw_window_actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Once, when the first articles arrive: the zoom the user left the
 * timeline at last time, if any (0 means "fit everything"). */
static void
restore_timeline_zoom (SwWindow *self)
{
  double start, zoom;
  int timeline_width;

  if (self->zoom_restored || self->settings == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (self->articles)) == 0)
    return;

  self->zoom_restored = TRUE;
  start = g_settings_get_double (self->settings, "timeline-start");
  zoom = g_settings_get_double (self->settings, "timeline-zoom");
  timeline_width = gtk_widget_get_width (GTK_WIDGET (self->timeline_view));
  if (timeline_width <= 0)
    timeline_width = 900;

  if (zoom > 0)
    sw_timeline_view_set_visible_range (self->timeline_view, start, start + zoom * timeline_width);
}

/* The drawn views take the articles as parallel arrays of documents and
 * extractions; the window keeps the order to map their indices back. */
static void
refresh_drawn_views (SwWindow *self)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) extractions = g_ptr_array_new ();
  g_autoptr(GArray) sources = g_array_new (FALSE, TRUE, sizeof (SwGraphSource));
  g_autoptr(SwGraphModel) model = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));

  g_ptr_array_set_size (self->drawn_articles, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SwArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      SwGraphSource source;

      source.document = sw_article_get_document (article);
      source.extraction = sw_article_get_extraction (article);
      g_ptr_array_add (documents, source.document);
      g_ptr_array_add (extractions, source.extraction);
      g_array_append_val (sources, source);
      g_ptr_array_add (self->drawn_articles, g_object_ref (article));
    }

  sw_timeline_view_set_data (self->timeline_view, documents, extractions);
  restore_timeline_zoom (self);
  model = sw_graph_model_new ((SwGraphSource *)(gpointer)sources->data, sources->len);
  sw_graph_view_set_model (self->graph_view, model);
}

void
_sw_window_refresh_items (SwWindow *self)
{
  refresh_drawn_views (self);
  sw_items_collect (G_LIST_MODEL (self->articles), SW_ITEM_EVENT, self->events);
  sw_items_collect (G_LIST_MODEL (self->articles), SW_ITEM_ACTOR, self->actors);
  sw_items_collect (G_LIST_MODEL (self->articles), SW_ITEM_QUOTE, self->quotes);

  gtk_stack_set_visible_child_name (self->main_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->articles)) > 0
                                    ? "content" : "empty");
  _sw_window_actions_update (self);
}

static void
on_articles_changed (SwWindow   *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *model)
{
  _sw_window_refresh_items (self);
}

static void on_selected_article_changed (SwWindow           *self,
                                         GParamSpec         *pspec,
                                         GtkSingleSelection *selection);

/* A correction, undone or redone: every view derives from the articles'
 * extractions, so they are rebuilt; the article view only when the
 * changed article is the one it shows. */
static void
on_history_changed (SwWindow  *self,
                    SwArticle *article,
                    SwHistory *history)
{
  _sw_window_refresh_items (self);

  if (sw_article_view_get_article (self->article_view) == article)
    {
      sw_article_view_set_article (self->article_view, NULL);
      sw_article_view_set_article (self->article_view, article);
    }

  _sw_window_schedule_autosave (self);
}

/* Imports report how far they are through the project. */
static void
unbind_progress (SwWindow *self)
{
  /* A reference of our own keeps unbinding safe whichever end went first. */
  if (self->progress_binding != NULL)
    {
      g_binding_unbind (self->progress_binding);
      g_clear_object (&self->progress_binding);
    }
}

static void
bind_progress (SwWindow *self)
{
  unbind_progress (self);
  self->progress_binding = g_object_ref (g_object_bind_property (self->project, "import-fraction",
                                                                 self->progress_bar, "fraction",
                                                                 G_BINDING_SYNC_CREATE));
}

gpointer
_sw_window_get_selected (GtkColumnView *view)
{
  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)));
}

SwProject *
sw_window_get_project (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);
  return self->project;
}

/**
 * _sw_window_set_project:
 *
 * Shows @project instead of the current one: the sidebar, the views and
 * the undo history all follow its articles from now on.
 */
void
_sw_window_set_project (SwWindow  *self,
                        SwProject *project)
{
  g_assert (SW_IS_WINDOW (self));
  g_assert (SW_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_signal_handlers_disconnect_by_data (self->articles, self);
  g_signal_handlers_disconnect_by_data (sw_project_get_history (self->project), self);
  g_clear_object (&self->articles);
  /* A pending autosave belongs to the project being replaced. */
  _sw_window_project_dispose (self);
  unbind_progress (self);
  g_set_object (&self->project, project);
  self->articles = g_object_ref (G_LIST_STORE (sw_project_get_articles (project)));

  gtk_filter_list_model_set_model (self->article_filter_model, G_LIST_MODEL (self->articles));
  g_signal_connect_object (self->articles, "items-changed",
                           G_CALLBACK (on_articles_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sw_project_get_history (project), "changed",
                           G_CALLBACK (on_history_changed), self, G_CONNECT_SWAPPED);

  bind_progress (self);
  _sw_window_refresh_items (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->articles)) > 0)
    gtk_single_selection_set_selected (self->article_selection, 0);
  on_selected_article_changed (self, NULL, self->article_selection);
}

static void
on_selected_article_changed (SwWindow           *self,
                             GParamSpec         *pspec,
                             GtkSingleSelection *selection)
{
  SwArticle *article = gtk_single_selection_get_selected_item (selection);

  sw_article_view_set_article (self->article_view, article);
  _sw_window_actions_update (self);
}

/* Start-up time is measured to the first frame that shows an article:
 * with G_MESSAGES_DEBUG=sw-window the app logs the wall-clock time of that
 * frame, which a script compares with the time it launched the app. */
static void
on_first_article_painted (GdkFrameClock *clock,
                          SwWindow      *self)
{
  g_debug ("first article drawn at %" G_GINT64_FORMAT " µs (real time)", g_get_real_time ());
  g_clear_signal_handler (&self->first_paint_handler, clock);
}

static void
watch_first_paint (SwWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  static gboolean reported;

  if (reported || clock == NULL)
    return;

  reported = TRUE;
  self->first_paint_handler = g_signal_connect (clock, "after-paint",
                                                G_CALLBACK (on_first_article_painted), self);
}

static void
article_opened (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SwWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwArticle) article = sw_article_open_finish (result, &error);

  _sw_window_set_loading (self, self->loading - 1);

  if (article == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _sw_window_show_message (self, error->message);
      return;
    }

  sw_window_add_article (self, article);
  watch_first_paint (self);
}

/**
 * sw_window_add_article:
 *
 * Adds an article that is already loaded and extracted, and selects it.
 */
/* Selects @article in the sidebar; a sidebar filter that hides it is
 * cleared first, so what the user asked to see is never hidden. */
static void
select_article_item (SwWindow  *self,
                     SwArticle *article)
{
  GListModel *shown = G_LIST_MODEL (self->article_selection);
  guint n;

  for (int pass = 0; pass < 2; pass++)
    {
      n = g_list_model_get_n_items (shown);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SwArticle) item = g_list_model_get_item (shown, i);

          if (item == article)
            {
              gtk_single_selection_set_selected (self->article_selection, i);
              return;
            }
        }

      gtk_editable_set_text (GTK_EDITABLE (self->article_search), "");
      gtk_filter_changed (self->article_filter, GTK_FILTER_CHANGE_LESS_STRICT);
    }
}

/* The sidebar's filter: words of the title or text, or the start of the
 * reference date ("2025-03" keeps the articles of March 2025). */
static gboolean
article_matches (gpointer item,
                 gpointer user_data)
{
  SwWindow *self = user_data;
  SwDocument *doc = sw_article_get_document (item);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->article_search));
  g_autofree char *needle = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  if (query == NULL || query[0] == '\0')
    return TRUE;

  if (sw_document_get_dct (doc) != NULL && g_str_has_prefix (sw_document_get_dct (doc), query))
    return TRUE;

  needle = g_utf8_casefold (query, -1);
  title = g_utf8_casefold (sw_article_get_title (item), -1);
  if (strstr (title, needle) != NULL)
    return TRUE;

  text = g_utf8_casefold (sw_document_get_text (doc), sw_document_get_size (doc));
  return strstr (text, needle) != NULL;
}

static void
on_article_search_changed (SwWindow       *self,
                           GtkSearchEntry *entry)
{
  gtk_filter_changed (self->article_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

void
sw_window_add_article (SwWindow  *self,
                       SwArticle *article)
{
  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (SW_IS_ARTICLE (article));

  sw_project_add_article (self->project, article);
  select_article_item (self, article);
}

/**
 * sw_window_open_files:
 *
 * Loads and extracts each file in a worker thread; each arrives in the
 * sidebar as it is done, and a file that cannot be read only costs a
 * toast, never the articles already open.
 */
void
sw_window_open_files (SwWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_return_if_fail (SW_IS_WINDOW (self));

  for (guint i = 0; i < n_files; i++)
    {
      if (_sw_window_open_project_file (self, files[i]))
        continue;

      _sw_window_set_loading (self, self->loading + 1);
      sw_article_open_async (files[i], NULL, self->cancellable, article_opened, g_object_ref (self));
    }
}

void
sw_window_open_text (SwWindow   *self,
                     GBytes     *bytes,
                     const char *title)
{
  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (bytes != NULL);

  _sw_window_set_loading (self, self->loading + 1);
  sw_article_open_bytes_async (bytes, title, self->cancellable, article_opened, g_object_ref (self));
}

void
sw_window_open_sample (SwWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SW_IS_WINDOW (self));

  bytes = g_resources_lookup_data (RESOURCE_BASE "/sample/sample-article.txt", 0, &error);
  if (bytes == NULL)
    {
      g_warning ("Bundled sample article missing: %s", error->message);
      return;
    }

  sw_window_open_text (self, bytes, NULL);
}

GListModel *
sw_window_get_articles (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->articles);
}

guint
sw_window_get_loading (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), 0);
  return self->loading;
}

const char *
sw_window_get_last_message (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);
  return self->last_message;
}

SwViewState *
sw_window_get_view_state (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);
  return self->state;
}

GListModel *
sw_window_get_visible_events (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (gtk_column_view_get_model (self->events_view));
}

const char *
sw_window_get_view (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
sw_window_select_article (SwWindow *self,
                          guint     position)
{
  g_return_if_fail (SW_IS_WINDOW (self));
  gtk_single_selection_set_selected (self->article_selection, position);
}

/**
 * sw_window_show_source:
 *
 * Shows the sentence an item came from: selects its article, switches to
 * the Article view and highlights [@start, @end) (code points).
 */
void
sw_window_show_source (SwWindow  *self,
                       SwArticle *article,
                       guint      start,
                       guint      end)
{
  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (SW_IS_ARTICLE (article));

  select_article_item (self, article);

  adw_view_stack_set_visible_child_name (self->view_stack, "article");
  sw_article_view_select_range (self->article_view, start, end);
}

static void
activate_item (SwWindow      *self,
               GtkColumnView *view,
               guint          position)
{
  GtkSelectionModel *model = gtk_column_view_get_model (view);
  g_autoptr(SwItem) item = g_list_model_get_item (G_LIST_MODEL (model), position);

  if (item == NULL)
    return;

  sw_window_show_source (self, sw_item_get_article (item),
                         sw_item_get_start (item), sw_item_get_end (item));
}

static void
on_events_activate (SwWindow      *self,
                    guint          position,
                    GtkColumnView *view)
{
  activate_item (self, view, position);
}

static void
on_actors_activate (SwWindow      *self,
                    guint          position,
                    GtkColumnView *view)
{
  activate_item (self, view, position);
}

static void
on_quotes_activate (SwWindow      *self,
                    guint          position,
                    GtkColumnView *view)
{
  activate_item (self, view, position);
}

/* Tables: one text column per item property, sortable. */

/* A cell cut short shows its whole text as a tooltip. It is asked for
 * when the pointer rests there: setting a tooltip on every cell as it is
 * bound cost more than the rest of filling the tables. */
static gboolean
cell_query_tooltip (GtkLabel   *label,
                    int         x,
                    int         y,
                    gboolean    keyboard,
                    GtkTooltip *tooltip,
                    gpointer    user_data)
{
  const char *text = gtk_label_get_text (label);

  if (text == NULL || *text == '\0' || !pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (cell_query_tooltip), NULL);
  gtk_list_item_set_child (list_item, label);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  const char *property = user_data;
  GtkWidget *label = gtk_list_item_get_child (list_item);
  GObject *item = gtk_list_item_get_item (list_item);
  GValue value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  g_object_get_property (item, property, &value);
  if (G_VALUE_HOLDS_STRING (&value))
    text = g_value_dup_string (&value);
  else if (G_VALUE_HOLDS_UINT (&value))
    text = g_strdup_printf ("%u", g_value_get_uint (&value));
  g_value_unset (&value);

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
}

/* A column shows @property and sorts by @sort_property (the ISO date
 * behind a date written for the locale, say). */
static void
add_column_sorted_by (GtkColumnView *view,
                      const char    *title,
                      const char    *property,
                      const char    *sort_property,
                      gboolean       expand,
                      gboolean       numeric)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression = gtk_property_expression_new (SW_TYPE_ITEM, NULL, sort_property);
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkSorter *sorter;

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind), (gpointer)property);

  if (numeric)
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (view, column);
  g_object_unref (sorter);
}

static void
add_column (GtkColumnView *view,
            const char    *title,
            const char    *property,
            gboolean       expand,
            gboolean       numeric)
{
  add_column_sorted_by (view, title, property, property, expand, numeric);
}

static GtkSingleSelection *
setup_table (GtkColumnView *view,
             GListStore    *store,
             GtkFilter     *filter)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (view);
  GListModel *model = g_object_ref (G_LIST_MODEL (store));
  GtkSortListModel *sorted;
  GtkSingleSelection *selection;

  if (filter != NULL)
    model = G_LIST_MODEL (gtk_filter_list_model_new (model, g_object_ref (filter)));

  sorted = gtk_sort_list_model_new (model, g_object_ref (sorter));
  selection = gtk_single_selection_new (G_LIST_MODEL (sorted));

  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  return selection;
}

static gboolean
involves_selected_actor (gpointer item,
                         gpointer user_data)
{
  SwWindow *self = user_data;
  const char *actor = sw_view_state_get_selected_actor (self->state);

  return actor == NULL || sw_item_involves (item, actor);
}

static gboolean
quote_is_listed (gpointer item,
                 gpointer user_data)
{
  SwWindow *self = user_data;
  const char *actor = sw_view_state_get_selected_actor (self->state);

  if (self->evidence != NULL)
    {
      g_autofree char *key = g_strdup_printf ("%p:%u", sw_item_get_article (item), sw_item_get_index (item));
      return g_hash_table_contains (self->evidence, key);
    }

  return actor == NULL || sw_item_involves (item, actor);
}

static void
on_actor_selection_changed (SwWindow           *self,
                            GParamSpec         *pspec,
                            GtkSingleSelection *selection)
{
  SwItem *item = gtk_single_selection_get_selected_item (selection);

  sw_view_state_set_selected_actor (self->state, item ? sw_item_get_label (item) : NULL);
}

/* The events table shows only the selected actor's events, and says so. */
static void
on_selected_actor_changed (SwWindow    *self,
                           GParamSpec  *pspec,
                           SwViewState *state)
{
  const char *actor = sw_view_state_get_selected_actor (state);

  g_clear_pointer (&self->evidence, g_hash_table_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_events), FALSE);
  gtk_filter_changed (self->actor_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (self->quote_filter, GTK_FILTER_CHANGE_DIFFERENT);
  sw_timeline_view_set_selected_actor_name (self->timeline_view, actor);
  if (g_strcmp0 (sw_graph_view_get_selected_actor (self->graph_view), actor) != 0)
    sw_graph_view_select_actor (self->graph_view, actor);

  if (actor != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Showing the events of %s"), actor);
      g_autofree char *heading = g_strdup_printf (_("Quotations of %s"), actor);

      gtk_label_set_text (self->actor_filter_label, text);
      gtk_label_set_text (self->quotes_heading, heading);
    }
  else
    gtk_label_set_text (self->quotes_heading, _("Quotations"));

  gtk_revealer_set_reveal_child (self->actor_filter_revealer, actor != NULL);
}

static void
show_all_actors_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  GtkSelectionModel *selection = gtk_column_view_get_model (self->actors_view);

  gtk_selection_model_unselect_all (selection);
  sw_view_state_set_selected_actor (self->state, NULL);
}

static void
setup_tables (SwWindow *self)
{
  add_column_sorted_by (self->events_view, _("Date"), "date-display", "date", FALSE, FALSE);
  add_column (self->events_view, _("Event"), "label", TRUE, FALSE);
  add_column (self->events_view, _("Actors"), "who", FALSE, FALSE);
  add_column (self->events_view, _("Source"), "detail", TRUE, FALSE);
  self->actor_filter = GTK_FILTER (gtk_custom_filter_new (involves_selected_actor, self, NULL));
  setup_table (self->events_view, self->events, self->actor_filter);
  {
    g_autoptr(GtkColumnViewColumn) date_column =
      g_list_model_get_item (gtk_column_view_get_columns (self->events_view), 0);

    /* Chronological order is what a reader of a timeline expects first. */
    gtk_column_view_sort_by_column (self->events_view, date_column, GTK_SORT_ASCENDING);
  }

  add_column (self->actors_view, _("Name"), "label", TRUE, FALSE);
  add_column (self->actors_view, _("Kind"), "who", FALSE, FALSE);
  add_column (self->actors_view, _("Roles"), "detail", TRUE, FALSE);
  add_column (self->actors_view, _("Statements"), "count", FALSE, TRUE);
  g_signal_connect_object (setup_table (self->actors_view, self->actors, NULL),
                           "notify::selected-item",
                           G_CALLBACK (on_actor_selection_changed), self, G_CONNECT_SWAPPED);

  add_column (self->quotes_view, _("Speaker"), "who", FALSE, FALSE);
  add_column (self->quotes_view, _("Quotation"), "label", TRUE, FALSE);
  add_column (self->quotes_view, _("Kind"), "detail", FALSE, FALSE);
  add_column (self->quotes_view, _("Medium"), "date", FALSE, FALSE);
  self->quote_filter = GTK_FILTER (gtk_custom_filter_new (quote_is_listed, self, NULL));
  setup_table (self->quotes_view, self->quotes, self->quote_filter);
}

/* The drawn views */

static void
on_timeline_mode_toggled (SwWindow        *self,
                          GtkToggleButton *button)
{
  gtk_stack_set_visible_child_name (self->timeline_stack,
                                    gtk_toggle_button_get_active (button) ? "chart" : "table");
}

static void
on_actors_mode_toggled (SwWindow        *self,
                        GtkToggleButton *button)
{
  gtk_stack_set_visible_child_name (self->actors_stack,
                                    gtk_toggle_button_get_active (button) ? "graph" : "table");
}

/* The timeline's filters: words, and which kinds (events, statements). */
static void
apply_timeline_filter (SwWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->timeline_search));

  sw_view_state_set_filter_text (self->state, text);
  sw_timeline_view_set_filter (self->timeline_view,
                               gtk_toggle_button_get_active (self->events_toggle),
                               gtk_toggle_button_get_active (self->statements_toggle),
                               text[0] ? text : NULL);
}

static void
on_timeline_search_changed (SwWindow       *self,
                            GtkSearchEntry *entry)
{
  apply_timeline_filter (self);
}

static void
on_timeline_kinds_toggled (SwWindow        *self,
                           GtkToggleButton *button)
{
  apply_timeline_filter (self);
}

/* The drawn views speak in byte offsets into a document they were given
 * by index; the article view in code points. */
static void
show_drawn_source (SwWindow *self,
                   int       document,
                   guint     start,
                   guint     end)
{
  SwArticle *article;
  SwDocument *doc;

  if (document < 0 || (guint)document >= self->drawn_articles->len)
    return;

  article = g_ptr_array_index (self->drawn_articles, document);
  doc = sw_article_get_document (article);
  sw_window_show_source (self, article,
                         sw_document_byte_to_char (doc, start),
                         sw_document_byte_to_char (doc, end));
}

static void
on_timeline_item_activated (SwWindow       *self,
                            int             document,
                            int             kind,
                            int             index,
                            guint           start,
                            guint           end,
                            SwTimelineView *view)
{
  show_drawn_source (self, document, start, end);
}

/* The Lanes popover: a row per actor lane, in the order drawn, with a
 * switch to show it and buttons to move it. Rebuilt each time it opens, so
 * it always matches the layout. */
static void fill_lanes_list (SwWindow *self);

static void
on_lane_toggled (GtkCheckButton *check,
                 SwWindow       *self)
{
  int actor = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "actor"));

  sw_timeline_view_set_lane_visible (self->timeline_view, actor, gtk_check_button_get_active (check));
}

static void
on_lane_move (GtkButton *button,
              SwWindow  *self)
{
  int actor = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "actor"));
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "position"));

  if (position < 0)
    return;

  sw_timeline_view_move_lane (self->timeline_view, actor, position);
  fill_lanes_list (self);
}

static GtkWidget *
lane_move_button (SwWindow   *self,
                  const char *icon,
                  const char *tooltip,
                  int         actor,
                  int         position)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_sensitive (button, position >= 0);
  g_object_set_data (G_OBJECT (button), "actor", GINT_TO_POINTER (actor));
  g_object_set_data (G_OBJECT (button), "position", GINT_TO_POINTER (position));
  g_signal_connect (button, "clicked", G_CALLBACK (on_lane_move), self);
  return button;
}

static void
fill_lanes_list (SwWindow *self)
{
  SwTimelineLayout *layout = sw_timeline_view_get_layout (self->timeline_view);
  GtkWidget *child;
  guint n, first = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lanes_list))) != NULL)
    gtk_list_box_remove (self->lanes_list, child);

  if (layout == NULL)
    return;

  n = sw_timeline_layout_get_n_lanes (layout);
  /* Lane 0 is "All events", which stays first. */
  if (n > 0 && sw_timeline_layout_get_lane (layout, 0)->actor < 0)
    first = 1;

  for (guint i = first; i < n; i++)
    {
      const SwTimelineLane *lane = sw_timeline_layout_get_lane (layout, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *check = gtk_check_button_new_with_label (lane->name);

      gtk_widget_set_hexpand (check, TRUE);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), lane->visible);
      g_object_set_data (G_OBJECT (check), "actor", GINT_TO_POINTER (lane->actor));
      g_signal_connect (check, "toggled", G_CALLBACK (on_lane_toggled), self);

      gtk_box_append (GTK_BOX (box), check);
      gtk_box_append (GTK_BOX (box), lane_move_button (self, "go-up-symbolic", _("Move Up"),
                                                       lane->actor, i > first ? (int)i - 1 : -1));
      gtk_box_append (GTK_BOX (box), lane_move_button (self, "go-down-symbolic", _("Move Down"),
                                                       lane->actor, i + 1 < n ? (int)i + 1 : -1));
      gtk_list_box_append (self->lanes_list, box);
    }
}

static void
on_lanes_popover_show (SwWindow   *self,
                       GtkPopover *popover)
{
  fill_lanes_list (self);
}

static void
on_graph_actor_selected (SwWindow    *self,
                         const char  *name,
                         SwGraphView *view)
{
  /* The graph's stand-in for the node says it is selected. */
  sw_view_state_set_selected_actor (self->state, name);
}

/* An edge lists the quotations that are its evidence and the dated events
 * it came from ("talks in Tallinn on Monday"), and shows the first piece
 * of evidence in the article. */
static void
on_graph_relation_activated (SwWindow    *self,
                             const char  *source,
                             const char  *target,
                             const char  *kind,
                             GVariant    *evidence,
                             SwGraphView *view)
{
  GVariantIter iter;
  guint doc_index;
  int quote, event;
  gboolean shown = FALSE;
  g_autofree char *heading = NULL;
  g_autoptr(GString) events = g_string_new (NULL);

  g_clear_pointer (&self->evidence, g_hash_table_unref);
  self->evidence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_variant_iter_init (&iter, evidence);
  while (g_variant_iter_next (&iter, "(uii)", &doc_index, &quote, &event))
    {
      SwArticle *article;
      SwExtraction *ex;
      SwSpan span;

      if (doc_index >= self->drawn_articles->len)
        continue;

      article = g_ptr_array_index (self->drawn_articles, doc_index);
      ex = sw_article_get_extraction (article);

      if (quote >= 0 && (guint)quote < ex->quotes->len)
        {
          g_hash_table_add (self->evidence, g_strdup_printf ("%p:%d", article, quote));
          span = ((SwQuote *)g_ptr_array_index (ex->quotes, quote))->content;
        }
      else if (event >= 0 && (guint)event < ex->events->len)
        {
          const SwEvent *e = g_ptr_array_index (ex->events, event);
          g_autofree char *key = g_strdup_printf ("%p:%d", article, e->quote);

          span = e->span;
          /* the event of a listed quotation says no more than the quotation;
           * the relation's quotations come before its events */
          if (e->quote < 0 || !g_hash_table_contains (self->evidence, key))
            {
              g_autofree char *line = sw_item_describe_event (article, event);

              g_string_append_printf (events, "%s%s", events->len > 0 ? "\n" : "", line);
            }
        }
      else
        continue;

      if (!shown)
        {
          SwDocument *doc = sw_article_get_document (article);

          sw_article_view_select_range (self->article_view,
                                        sw_document_byte_to_char (doc, span.start),
                                        sw_document_byte_to_char (doc, span.end));
          shown = TRUE;
        }
    }

  /* Translators: the heading of the quotations behind a graph edge */
  heading = g_strdup_printf (_("%s and %s"), source, target);
  gtk_label_set_text (self->quotes_heading, heading);
  gtk_label_set_text (self->evidence_events, events->str);
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_events), events->len > 0);
  gtk_filter_changed (self->quote_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_actor_search_activate (SwWindow       *self,
                          GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *needle = g_utf8_casefold (text, -1);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actors));

  if (text[0] == '\0')
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SwItem) item = g_list_model_get_item (G_LIST_MODEL (self->actors), i);
      g_autofree char *name = g_utf8_casefold (sw_item_get_label (item), -1);

      if (strstr (name, needle) != NULL)
        {
          sw_view_state_set_selected_actor (self->state, sw_item_get_label (item));
          return;
        }
    }

  _sw_window_show_message (self, _("No actor by that name"));
}

/* Seconds since the epoch to the Julian day numbers of GDate. */
static guint32
day_of (double seconds)
{
  return (guint32)(floor (seconds / 86400.0) + 719163);
}

static void
follow_timeline (SwWindow *self)
{
  double start = 0, end = 0;

  if (!gtk_check_button_get_active (self->follow_time_check))
    {
      sw_graph_view_set_time_range (self->graph_view, 0, 0);
      return;
    }

  sw_timeline_view_get_visible_range (self->timeline_view, &start, &end);
  sw_view_state_set_time_range (self->state, start, end);
  sw_graph_view_set_time_range (self->graph_view, day_of (start), day_of (end));
}

static void
on_follow_time_toggled (SwWindow       *self,
                        GtkCheckButton *button)
{
  sw_view_state_set_follow_time (self->state, gtk_check_button_get_active (button));
  follow_timeline (self);
}

static void
on_visible_range_changed (SwWindow       *self,
                          GParamSpec     *pspec,
                          SwTimelineView *view)
{
  double start = 0, end = 0;

  sw_timeline_view_get_visible_range (view, &start, &end);
  sw_view_state_set_time_range (self->state, start, end);

  if (sw_view_state_get_follow_time (self->state))
    sw_graph_view_set_time_range (self->graph_view, day_of (start), day_of (end));
}

/* Sidebar rows: title, date and file, and a close button. */

static void
close_clicked (GtkButton *button,
               SwWindow  *self)
{
  SwArticle *article = g_object_get_data (G_OBJECT (button), "article");
  if (article != NULL)
    sw_project_remove_article (self->project, article);
}

static void
row_setup (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           SwWindow                 *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *close = gtk_button_new_from_icon_name ("window-close-symbolic");

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);

  gtk_widget_add_css_class (close, "flat");
  gtk_widget_add_css_class (close, "circular");
  gtk_widget_set_valign (close, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (close, _("Close Article"));
  g_signal_connect (close, "clicked", G_CALLBACK (close_clicked), self);

  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), close);
  gtk_list_item_set_child (list_item, box);
}

static void
row_bind (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          SwWindow                 *self)
{
  SwArticle *article = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *labels = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (labels);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *close = gtk_widget_get_next_sibling (labels);
  g_autofree char *sub = sw_article_dup_subtitle (article);

  gtk_label_set_text (GTK_LABEL (title), sw_article_get_title (article));
  gtk_label_set_text (GTK_LABEL (subtitle), sub);
  gtk_widget_set_tooltip_text (box, sw_document_get_path (sw_article_get_document (article)));
  g_object_set_data (G_OBJECT (close), "article", article);
  gtk_accessible_update_property (GTK_ACCESSIBLE (close),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Close Article"),
                                  -1);
}

static void
row_unbind (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            SwWindow                 *self)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *close = gtk_widget_get_last_child (box);

  g_object_set_data (G_OBJECT (close), "article", NULL);
}

static void
setup_sidebar (SwWindow *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind), self);
  gtk_list_view_set_factory (self->article_list, factory);
  g_object_unref (factory);

  self->article_filter = GTK_FILTER (gtk_custom_filter_new (article_matches, self, NULL));
  self->article_filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->articles)),
                                                          g_object_ref (self->article_filter));
  self->article_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->article_filter_model)));
  gtk_list_view_set_model (self->article_list, GTK_SELECTION_MODEL (self->article_selection));
  g_signal_connect_object (self->article_selection, "notify::selected-item",
                           G_CALLBACK (on_selected_article_changed), self, G_CONNECT_SWAPPED);
}

/* Actions */

static void
open_response (GtkNativeDialog *dialog,
               int              response,
               SwWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      guint n = g_list_model_get_n_items (files);
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));

      sw_window_open_files (self, (GFile **)array->pdata, array->len);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter;

  dialog = gtk_file_chooser_native_new (_("Open Articles"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Text Articles"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);

  g_signal_connect (dialog, "response", G_CALLBACK (open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* What Export… can write. Pictures go through the drawn views' own
 * painting, so the file matches the screen; data goes through the core. */
static const struct {
  const char *id;
  const char *label;
  const char *extension;
} export_contents[] = {
  { "timeline", N_("Timeline picture (PNG, SVG or PDF)"), "png" },
  { "graph", N_("Actor graph picture (PNG, SVG or PDF)"), "png" },
  { "json", N_("Extraction as JSON Lines"), "jsonl" },
  { "csv-quotes", N_("Quotations as CSV"), "csv" },
  { "csv-events", N_("Events as CSV"), "csv" },
  { "timelinejs", N_("TimelineJS JSON"), "json" },
  { "graphml", N_("Actor graph as GraphML"), "graphml" },
  { "gexf", N_("Actor graph as GEXF"), "gexf" },
};

static gboolean
export_picture (SwWindow    *self,
                const char  *content,
                const char  *path,
                gboolean     whole,
                double       scale,
                GError     **error)
{
  g_autofree char *title = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));

  if (n == 1)
    {
      g_autoptr(SwArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), 0);
      title = g_strdup (sw_article_get_title (article));
    }

  if (g_str_equal (content, "graph"))
    return sw_graph_view_export (self->graph_view, path, 0, scale, !whole, title, error);
  else
    {
      SwTimelineFormat format;

      if (!sw_timeline_format_from_path (path, &format))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                       _("Name the file .png, .svg or .pdf to choose the picture’s format"));
          return FALSE;
        }

      return sw_timeline_view_export (self->timeline_view, format, path, whole,
                                      gtk_widget_get_width (GTK_WIDGET (self->timeline_view)),
                                      scale, title, error);
    }
}

/**
 * sw_window_export:
 * @content: "timeline" or "graph" (a picture whose format the file name's
 *   extension picks), "json", "csv-quotes", "csv-events", "timelinejs",
 *   "graphml" or "gexf"
 * @whole: the whole view, or only its visible part (pictures only)
 * @scale: pixels per logical pixel in a PNG
 *
 * Writes what Export… writes, for the open articles as corrected.
 */
gboolean
sw_window_export (SwWindow    *self,
                  const char  *content,
                  GFile       *file,
                  gboolean     whole,
                  double       scale,
                  GError     **error)
{
  g_autofree char *path = NULL;
  SwExportFormat format;
  SwGraphFileFormat graph_format;

  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);

  if (g_str_equal (content, "timeline") || g_str_equal (content, "graph"))
    return export_picture (self, content, path, whole, scale, error);

  if (sw_graph_file_format_from_string (content, &graph_format))
    return sw_graph_write_file (sw_graph_view_get_model (self->graph_view),
                                sw_graph_view_get_layout (self->graph_view),
                                graph_format, path, error);

  if (sw_export_format_from_string (content, &format))
    {
      g_autoptr(GBytes) bytes = sw_export_to_bytes (format, G_LIST_MODEL (self->articles), NULL);

      return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Unknown export “%s”"), content);
  return FALSE;
}

static void
export_response (GtkNativeDialog *dialog,
                 int              response,
                 SwWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
      g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
      const char *content = gtk_file_chooser_get_choice (chooser, "content");
      const char *range = gtk_file_chooser_get_choice (chooser, "range");
      const char *scale = gtk_file_chooser_get_choice (chooser, "scale");
      g_autoptr(GError) error = NULL;

      if (!sw_window_export (self, content != NULL ? content : "json", file,
                             g_strcmp0 (range, "visible") != 0,
                             g_strcmp0 (scale, "2") == 0 ? 2.0 : 1.0, &error))
        _sw_window_show_message (self, error->message);
      else
        _sw_window_show_message (self, _("Exported"));
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  GtkFileChooserNative *dialog;
  const char *ids[G_N_ELEMENTS (export_contents) + 1];
  const char *labels[G_N_ELEMENTS (export_contents) + 1];
  static const char *range_ids[] = { "whole", "visible", NULL };
  const char *range_labels[] = { _("Everything"), _("Visible part"), NULL };
  static const char *scale_ids[] = { "1", "2", NULL };
  const char *scale_labels[] = { _("1× (screen)"), _("2× (HiDPI, print)"), NULL };
  const char *current = adw_view_stack_get_visible_child_name (self->view_stack);
  const char *initial = g_strcmp0 (current, "timeline") == 0 ? "timeline"
                      : g_strcmp0 (current, "actors") == 0 ? "graph" : "json";
  g_autofree char *name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (export_contents); i++)
    {
      ids[i] = export_contents[i].id;
      labels[i] = _(export_contents[i].label);
      if (g_str_equal (initial, ids[i]))
        name = g_strdup_printf ("saywhen-%s.%s", ids[i], export_contents[i].extension);
    }
  ids[G_N_ELEMENTS (export_contents)] = NULL;
  labels[G_N_ELEMENTS (export_contents)] = NULL;

  dialog = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "content", _("Export"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "content", initial);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "range", _("Range"), range_ids, range_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "range", "whole");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "scale", _("Scale"), scale_ids, scale_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "scale", "1");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
paste_received (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SwWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);

  if (text == NULL || text[0] == '\0')
    {
      _sw_window_show_message (self, _("The clipboard holds no text to open"));
      return;
    }

  sw_window_open_text (self, g_bytes_new_take (g_steal_pointer (&text), strlen (text)), NULL);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);

  gdk_clipboard_read_text_async (clipboard, self->cancellable, paste_received, g_object_ref (self));
}

static void
close_article_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  SwArticle *article = gtk_single_selection_get_selected_item (self->article_selection);

  if (article != NULL)
    sw_project_remove_article (self->project, article);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (param, NULL));
}

void
_sw_window_actions_update (SwWindow *self)
{
  gboolean has_articles = g_list_model_get_n_items (G_LIST_MODEL (self->articles)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-article",
                                 gtk_single_selection_get_selected_item (self->article_selection) != NULL);
  _sw_window_project_actions_update (self);
  _sw_window_correction_actions_update (self);
}

/* Drag and drop: files, or text dragged from a browser or editor. */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SwWindow      *self)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *list = g_value_get_boxed (value);
      g_autoptr(GPtrArray) files = g_ptr_array_new ();

      for (GSList *l = list; l != NULL; l = l->next)
        g_ptr_array_add (files, l->data);

      sw_window_open_files (self, (GFile **)files->pdata, files->len);
      return files->len > 0;
    }

  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *text = g_value_get_string (value);

      if (text == NULL || text[0] == '\0')
        return FALSE;

      sw_window_open_text (self, g_bytes_new (text, strlen (text)), NULL);
      return TRUE;
    }

  return FALSE;
}

static void
setup_drop (SwWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* Window state */

static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  return schema != NULL ? g_settings_new (APP_ID) : NULL;
}

static void
save_state (SwWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) files = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_string (self->settings, "view", adw_view_stack_get_visible_child_name (self->view_stack));

  /* The timeline's zoom survives a restart: its left edge and seconds per
   * pixel. */
  {
    double start = 0, end = 0;
    int timeline_width = gtk_widget_get_width (GTK_WIDGET (self->timeline_view));

    sw_timeline_view_get_visible_range (self->timeline_view, &start, &end);
    if (end > start && timeline_width > 0)
      {
        g_settings_set_double (self->settings, "timeline-start", start);
        g_settings_set_double (self->settings, "timeline-zoom", (end - start) / timeline_width);
      }
  }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SwArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      const char *path = sw_document_get_path (sw_article_get_document (article));

      if (path != NULL && g_path_is_absolute (path))
        g_strv_builder_add (builder, path);
    }

  files = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "last-session-files", (const char * const *)files);
}

static gboolean
sw_window_close_request (GtkWindow *window)
{
  SwWindow *self = SW_WINDOW (window);

  save_state (self);
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (sw_window_parent_class)->close_request (window);
}

static void
restore_state (SwWindow *self)
{
  g_autofree char *view = NULL;

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  view = g_settings_get_string (self->settings, "view");
  if (adw_view_stack_get_child_by_name (self->view_stack, view) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, view);
}

static void
sw_window_dispose (GObject *object)
{
  SwWindow *self = (SwWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  if (self->first_paint_handler != 0)
    g_clear_signal_handler (&self->first_paint_handler, gtk_widget_get_frame_clock (GTK_WIDGET (self)));

  unbind_progress (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_WINDOW);

  g_clear_object (&self->article_selection);
  g_clear_object (&self->article_filter_model);
  g_clear_object (&self->article_filter);
  g_clear_object (&self->articles);
  g_clear_object (&self->events);
  g_clear_object (&self->actors);
  g_clear_object (&self->quotes);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->actor_filter);
  g_clear_object (&self->quote_filter);
  g_clear_pointer (&self->evidence, g_hash_table_unref);
  g_clear_pointer (&self->drawn_articles, g_ptr_array_unref);
  g_clear_object (&self->state);
  _sw_window_project_dispose (self);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (sw_window_parent_class)->dispose (object);
}

static void
sw_window_finalize (GObject *object)
{
  SwWindow *self = (SwWindow *)object;

  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (sw_window_parent_class)->finalize (object);
}

static void
sw_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SwWindow *self = SW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_uint (value, self->loading);
      break;
    case PROP_LAST_MESSAGE:
      g_value_set_string (value, self->last_message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_window_class_init (SwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sw_window_dispose;
  object_class->finalize = sw_window_finalize;
  object_class->get_property = sw_window_get_property;
  window_class->close_request = sw_window_close_request;

  properties[PROP_LOADING] =
    g_param_spec_uint ("loading", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_MESSAGE] =
    g_param_spec_string ("last-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the bundle links it in from the static library, and its
   * constructor registers it before the template is looked up. */
  (void)saywhen_get_resource ();
  g_type_ensure (SW_TYPE_ARTICLE_VIEW);
  g_type_ensure (SW_TYPE_TIMELINE_VIEW);
  g_type_ensure (SW_TYPE_GRAPH_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, article_list);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, events_view);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, actors_view);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, quotes_view);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, actor_filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, actor_filter_label);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, timeline_stack);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, actors_stack);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, timeline_chart_toggle);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, graph_toggle);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, follow_time_check);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, quotes_heading);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, evidence_events);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, graph_view);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_mode_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_actors_mode_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_kinds_toggled);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, timeline_search);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, events_toggle);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, statements_toggle);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_item_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_graph_actor_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_graph_relation_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_actor_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_follow_time_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_lanes_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_article_search_changed);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, article_search);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, lanes_list);
  gtk_widget_class_bind_template_callback (widget_class, on_events_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_actors_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_quotes_activate);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.close-article", NULL, close_article_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-all-actors", NULL, show_all_actors_action);
  _sw_window_class_add_project_actions (widget_class);
  _sw_window_class_add_correction_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "win.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close-article", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "article");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-view", "s", "actors");
}

static void
sw_window_init (SwWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->project = sw_project_new ();
  self->articles = g_object_ref (G_LIST_STORE (sw_project_get_articles (self->project)));
  self->events = g_list_store_new (SW_TYPE_ITEM);
  self->actors = g_list_store_new (SW_TYPE_ITEM);
  self->quotes = g_list_store_new (SW_TYPE_ITEM);
  self->state = sw_view_state_new ();
  self->drawn_articles = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  setup_sidebar (self);
  setup_tables (self);
  setup_drop (self);

  g_signal_connect_object (self->articles, "items-changed",
                           G_CALLBACK (on_articles_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sw_project_get_history (self->project), "changed",
                           G_CALLBACK (on_history_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::selected-actor",
                           G_CALLBACK (on_selected_actor_changed), self, G_CONNECT_SWAPPED);
  bind_progress (self);
  _sw_window_project_setup (self);
  g_signal_connect_object (gtk_column_view_get_model (self->events_view), "notify::selected",
                           G_CALLBACK (_sw_window_actions_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_model (self->quotes_view), "notify::selected",
                           G_CALLBACK (_sw_window_actions_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::selected-actor",
                           G_CALLBACK (_sw_window_actions_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "notify::visible-start",
                           G_CALLBACK (on_visible_range_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "notify::visible-end",
                           G_CALLBACK (on_visible_range_changed), self, G_CONNECT_SWAPPED);

  self->settings = settings_new_if_installed ();
  restore_state (self);
  _sw_window_refresh_items (self);
}

SwWindow *
sw_window_new (GtkApplication *application)
{
  return g_object_new (SW_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
