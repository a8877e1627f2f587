/* sw-a11y-item.h: an accessible stand-in for an item a view paints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SW_TYPE_A11Y_ITEM (sw_a11y_item_get_type ())

G_DECLARE_FINAL_TYPE (SwA11yItem, sw_a11y_item, SW, A11Y_ITEM, GtkWidget)

guint64     sw_a11y_item_get_key         (SwA11yItem        *self);
const char *sw_a11y_item_get_label       (SwA11yItem        *self);
void        sw_a11y_item_set_text        (SwA11yItem        *self,
                                          const char        *label,
                                          const char        *description);
void        sw_a11y_item_set_selected    (SwA11yItem        *self,
                                          gboolean           selected);
void        sw_a11y_item_set_expanded    (SwA11yItem        *self,
                                          gboolean           expanded);
void        sw_a11y_item_set_rect        (SwA11yItem        *self,
                                          double             x,
                                          double             y,
                                          double             width,
                                          double             height);

/* The stand-ins of one kind of item in one view: at most a fixed number
 * live at a time, the rest wait, hidden, to be used again. */
typedef struct _SwA11yPool SwA11yPool;

SwA11yPool *sw_a11y_pool_new             (GtkWidget         *parent,
                                          GtkAccessibleRole  role,
                                          guint              max_live);
void        sw_a11y_pool_free            (SwA11yPool        *pool);
void        sw_a11y_pool_begin           (SwA11yPool        *pool);
SwA11yItem *sw_a11y_pool_take            (SwA11yPool        *pool,
                                          guint64            key,
                                          gboolean          *fresh);
void        sw_a11y_pool_end             (SwA11yPool        *pool);
void        sw_a11y_pool_clear           (SwA11yPool        *pool);
SwA11yItem *sw_a11y_pool_lookup          (SwA11yPool        *pool,
                                          guint64            key);
gboolean    sw_a11y_pool_owns            (SwA11yPool        *pool,
                                          GtkWidget         *widget);
guint       sw_a11y_pool_get_n_live      (SwA11yPool        *pool);
gboolean    sw_a11y_pool_is_full         (SwA11yPool        *pool);
void        sw_a11y_pool_allocate        (SwA11yPool        *pool);
void        sw_a11y_pool_foreach         (SwA11yPool        *pool,
                                          GFunc              func,
                                          gpointer           user_data);

gboolean    sw_a11y_focus_within         (GtkWidget         *widget);

G_END_DECLS
