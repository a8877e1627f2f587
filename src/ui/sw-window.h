/* sw-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sw-article.h"
#include "sw-correction.h"
#include "sw-project.h"
#include "sw-view-state.h"

G_BEGIN_DECLS

#define SW_TYPE_WINDOW (sw_window_get_type ())

G_DECLARE_FINAL_TYPE (SwWindow, sw_window, SW, WINDOW, AdwApplicationWindow)

SwWindow    *sw_window_new              (GtkApplication *application);
void         sw_window_open_files       (SwWindow       *self,
                                         GFile         **files,
                                         guint           n_files);
void         sw_window_open_text        (SwWindow       *self,
                                         GBytes         *bytes,
                                         const char     *title);
void         sw_window_open_sample      (SwWindow       *self);
void         sw_window_add_article      (SwWindow       *self,
                                         SwArticle      *article);
GListModel  *sw_window_get_articles     (SwWindow       *self);
guint        sw_window_get_loading      (SwWindow       *self);
const char  *sw_window_get_last_message (SwWindow       *self);
const char  *sw_window_get_view         (SwWindow       *self);
SwViewState *sw_window_get_view_state   (SwWindow       *self);
GListModel  *sw_window_get_visible_events (SwWindow     *self);
void         sw_window_select_article   (SwWindow       *self,
                                         guint           position);
gboolean     sw_window_export           (SwWindow       *self,
                                         const char     *content,
                                         GFile          *file,
                                         gboolean        whole,
                                         double          scale,
                                         GError        **error);
void         sw_window_import_files     (SwWindow       *self,
                                         GFile         **files,
                                         guint           n_files);
void         sw_window_import_folder    (SwWindow       *self,
                                         GFile          *folder);
SwProject   *sw_window_get_project      (SwWindow       *self);
gboolean     sw_window_correct          (SwWindow       *self,
                                         SwArticle      *article,
                                         SwCorrection   *correction,
                                         GError        **error);
void         sw_window_show_source      (SwWindow       *self,
                                         SwArticle      *article,
                                         guint           start,
                                         guint           end);

G_END_DECLS
