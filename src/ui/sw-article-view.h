/* sw-article-view.h: the article's text with what was extracted marked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sw-article.h"

G_BEGIN_DECLS

#define SW_TYPE_ARTICLE_VIEW (sw_article_view_get_type ())

G_DECLARE_FINAL_TYPE (SwArticleView, sw_article_view, SW, ARTICLE_VIEW, GtkWidget)

GtkWidget  *sw_article_view_new            (void);
SwArticle  *sw_article_view_get_article    (SwArticleView *self);
void        sw_article_view_set_article    (SwArticleView *self,
                                            SwArticle     *article);
void        sw_article_view_select_range   (SwArticleView *self,
                                            guint          start,
                                            guint          end);
char       *sw_article_view_dup_text       (SwArticleView *self);
gboolean    sw_article_view_get_selection  (SwArticleView *self,
                                            guint         *start,
                                            guint         *end);
char       *sw_article_view_dup_selected_sentence (SwArticleView *self);
char       *sw_article_view_dup_tooltip_at (SwArticleView *self,
                                            guint          offset);

G_END_DECLS
