/* sw-window-private.h: what the window's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is split by concern, as gnome-text-editor splits its own:
 * sw-window.c (views and loading), sw-window-project.c (projects, undo,
 * autosave, folders), sw-window-corrections.c (fixing the extraction).
 */
#pragma once

#include "sw-article-view.h"
#include "sw-graph-view.h"
#include "sw-project.h"
#include "sw-timeline-view.h"
#include "sw-view-state.h"
#include "sw-window.h"

G_BEGIN_DECLS

struct _SwWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkListView          *article_list;
  AdwViewStack         *view_stack;
  SwArticleView        *article_view;
  GtkColumnView        *events_view;
  GtkColumnView        *actors_view;
  GtkColumnView        *quotes_view;
  GtkRevealer          *actor_filter_revealer;
  GtkLabel             *actor_filter_label;
  GtkStack             *timeline_stack;
  GtkStack             *actors_stack;
  GtkToggleButton      *timeline_chart_toggle;
  GtkToggleButton      *graph_toggle;
  GtkCheckButton       *follow_time_check;
  GtkLabel             *quotes_heading;
  GtkLabel             *evidence_events;
  SwTimelineView       *timeline_view;
  SwGraphView          *graph_view;

  /* The project holds the articles, their corrections and the undo
   * history; articles is its list, borrowed. */
  SwProject            *project;
  GListStore           *articles;
  guint                 autosave_source;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GBinding             *progress_binding;
  GMenu                *recent_menu;
  GtkListBox           *lanes_list;
  GtkSearchEntry       *article_search;
  GtkSearchEntry       *timeline_search;
  GtkToggleButton      *events_toggle;
  GtkToggleButton      *statements_toggle;
  GtkFilter            *article_filter;
  GtkFilterListModel   *article_filter_model;
  gboolean              zoom_restored;
  GtkSingleSelection   *article_selection;
  GListStore           *events;
  GListStore           *actors;
  GListStore           *quotes;
  SwViewState          *state;
  GtkFilter            *actor_filter;
  GtkFilter            *quote_filter;
  /* The quotations of the graph edge last activated, as "article:index"
   * keys; NULL when the quotation list follows the selected actor. */
  GHashTable           *evidence;
  /* Articles in the order the drawn views were given them */
  GPtrArray            *drawn_articles;

  GSettings            *settings;
  GCancellable         *cancellable;
  char                 *last_message;
  guint                 loading;
  gulong                first_paint_handler;
};

void  _sw_window_show_message        (SwWindow    *self,
                                     const char  *message);
void  _sw_window_set_loading        (SwWindow    *self,
                                     guint        loading);
void  _sw_window_refresh_items      (SwWindow    *self);
void  _sw_window_actions_update     (SwWindow    *self);
void  _sw_window_set_project        (SwWindow    *self,
                                     SwProject   *project);
gpointer _sw_window_get_selected    (GtkColumnView *view);

void  _sw_window_class_add_project_actions     (GtkWidgetClass *widget_class);
void  _sw_window_class_add_correction_actions  (GtkWidgetClass *widget_class);
void  _sw_window_project_actions_update        (SwWindow       *self);
void  _sw_window_correction_actions_update     (SwWindow       *self);
gboolean _sw_window_open_project_file          (SwWindow       *self,
                                                GFile          *file);
void  _sw_window_project_dispose               (SwWindow       *self);
void  _sw_window_schedule_autosave             (SwWindow       *self);
void  _sw_window_project_setup                 (SwWindow       *self);

G_END_DECLS
