/* sw-item.h: one extracted thing (event, actor, quote, date) as a GObject
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sw-article.h"

G_BEGIN_DECLS

typedef enum
{
  SW_ITEM_EVENT,
  SW_ITEM_ACTOR,
  SW_ITEM_QUOTE,
  SW_ITEM_TIMEX,
} SwItemKind;

#define SW_TYPE_ITEM (sw_item_get_type ())

G_DECLARE_FINAL_TYPE (SwItem, sw_item, SW, ITEM, GObject)

SwItemKind   sw_item_get_kind      (SwItem     *self);
SwArticle   *sw_item_get_article   (SwItem     *self);
guint        sw_item_get_index     (SwItem     *self);
const char  *sw_item_get_label     (SwItem     *self);
const char  *sw_item_get_date      (SwItem     *self);
const char  *sw_item_get_who       (SwItem     *self);
const char  *sw_item_get_detail    (SwItem     *self);
guint        sw_item_get_start     (SwItem     *self);
guint        sw_item_get_end       (SwItem     *self);
guint        sw_item_get_count     (SwItem     *self);

/* "5 Nov 2025: the sentence it came from", for the evidence of a relation */
char        *sw_item_describe_event (SwArticle *article,
                                     guint      event);

gboolean     sw_item_involves      (SwItem     *self,
                                    const char *actor_name);
void         sw_items_collect      (GListModel *articles,
                                    SwItemKind  kind,
                                    GListStore *into);

G_END_DECLS
