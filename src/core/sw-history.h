/* sw-history.h: corrections per article, with undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sw-article.h"
#include "sw-correction.h"

G_BEGIN_DECLS

#define SW_TYPE_HISTORY (sw_history_get_type ())

G_DECLARE_FINAL_TYPE (SwHistory, sw_history, SW, HISTORY, GObject)

SwHistory    *sw_history_new                    (void);

void          sw_history_track                  (SwHistory     *self,
                                                 SwArticle     *article,
                                                 SwExtraction  *base,
                                                 GPtrArray     *corrections,
                                                 GPtrArray     *dropped);
void          sw_history_untrack                (SwHistory     *self,
                                                 SwArticle     *article);
gboolean      sw_history_is_tracked             (SwHistory     *self,
                                                 SwArticle     *article);

gboolean      sw_history_apply                  (SwHistory     *self,
                                                 SwArticle     *article,
                                                 SwCorrection  *correction,
                                                 GError       **error);
gboolean      sw_history_undo                   (SwHistory     *self);
gboolean      sw_history_redo                   (SwHistory     *self);
void          sw_history_forget                 (SwHistory     *self);

gboolean      sw_history_get_can_undo           (SwHistory     *self);
gboolean      sw_history_get_can_redo           (SwHistory     *self);
char         *sw_history_dup_undo_description   (SwHistory     *self);
char         *sw_history_dup_redo_description   (SwHistory     *self);

GPtrArray    *sw_history_get_corrections        (SwHistory     *self,
                                                 SwArticle     *article);
SwExtraction *sw_history_get_base_extraction    (SwHistory     *self,
                                                 SwArticle     *article);
const char   *sw_history_get_base_dct           (SwHistory     *self,
                                                 SwArticle     *article,
                                                 SwDctSource   *source);

G_END_DECLS
