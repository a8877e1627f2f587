/* sw-article.h: one open article, its document and what was extracted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sw-document.h"
#include "sw-extraction.h"

G_BEGIN_DECLS

#define SW_TYPE_ARTICLE (sw_article_get_type ())

G_DECLARE_FINAL_TYPE (SwArticle, sw_article, SW, ARTICLE, GObject)

SwArticle    *sw_article_new             (SwDocument   *document,
                                          SwExtraction *extraction);
SwDocument   *sw_article_get_document    (SwArticle    *self);
SwExtraction *sw_article_get_extraction  (SwArticle    *self);
void          sw_article_set_extraction  (SwArticle    *self,
                                          SwExtraction *extraction);
const char   *sw_article_get_title       (SwArticle    *self);
char         *sw_article_dup_subtitle    (SwArticle    *self);

void          sw_article_open_async      (GFile               *file,
                                          const char          *dct,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
void          sw_article_open_bytes_async (GBytes             *bytes,
                                          const char          *title,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
SwArticle    *sw_article_open_finish     (GAsyncResult  *result,
                                          GError       **error);

G_END_DECLS
