/* sw-a11y-item.c: an accessible stand-in for an item a view paints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 only lets widgets be accessible objects (GtkAccessible on other
 * objects came with 4.10), while the timeline and the graph paint their
 * marks with Cairo. So each mark a screen reader should reach gets a child
 * widget of its view that paints nothing (the view never snapshots it),
 * takes no pointer events (the view keeps its clicks, drags and tooltips),
 * but can hold the keyboard focus and carries a role, a label, a
 * description and the selected state, placed over the mark so that a
 * magnifier or a flat review finds it where it is drawn.
 *
 * A view shows thousands of marks: only those in view get a stand-in, from
 * a pool of at most a fixed number per kind. Stand-ins keep their mark
 * while it stays in view, so the focused one is never swapped under the
 * reader; those no longer needed are hidden (from the accessibility tree
 * too) and wait to be reused rather than being destroyed.
 */
#define G_LOG_DOMAIN "sw-a11y-item"

#include "config.h"

#include <math.h>

#include "sw-a11y-item.h"

struct _SwA11yItem
{
  GtkWidget        parent_instance;

  guint64          key;
  char            *label;
  char            *description;
  gboolean         selected;
  gboolean         has_selected;
  gboolean         expanded;
  gboolean         has_expanded;
  gboolean         live;
  guint            serial;       /* of the last sync that wanted it */
  graphene_rect_t  rect;
};

G_DEFINE_FINAL_TYPE (SwA11yItem, sw_a11y_item, GTK_TYPE_WIDGET)

static void
sw_a11y_item_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = *natural = 0;
}

static void
sw_a11y_item_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  /* The view paints the item. */
}

static void
sw_a11y_item_finalize (GObject *object)
{
  SwA11yItem *self = SW_A11Y_ITEM (object);

  g_free (self->label);
  g_free (self->description);

  G_OBJECT_CLASS (sw_a11y_item_parent_class)->finalize (object);
}

static void
sw_a11y_item_class_init (SwA11yItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sw_a11y_item_finalize;
  widget_class->measure = sw_a11y_item_measure;
  widget_class->snapshot = sw_a11y_item_snapshot;

  gtk_widget_class_set_css_name (widget_class, "sw-a11y-item");
}

static void
sw_a11y_item_init (SwA11yItem *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  /* Pointer input goes to the view underneath, which hit-tests its own
   * geometry: small marks win over large ones there, not here. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

guint64
sw_a11y_item_get_key (SwA11yItem *self)
{
  g_return_val_if_fail (SW_IS_A11Y_ITEM (self), 0);
  return self->key;
}

const char *
sw_a11y_item_get_label (SwA11yItem *self)
{
  g_return_val_if_fail (SW_IS_A11Y_ITEM (self), NULL);
  return self->label;
}

/* Only real changes reach the accessibility bus. */
void
sw_a11y_item_set_text (SwA11yItem *self,
                       const char *label,
                       const char *description)
{
  g_return_if_fail (SW_IS_A11Y_ITEM (self));

  if (g_strcmp0 (label, self->label) != 0)
    {
      g_free (self->label);
      self->label = g_strdup (label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : "",
                                      -1);
    }
  if (g_strcmp0 (description, self->description) != 0)
    {
      g_free (self->description);
      self->description = g_strdup (description);
      if (description != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                        -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* A boolean state, sent only when it changes; sent the first time,
 * FALSE too: that says the item has the state at all. */
static void
update_state (SwA11yItem         *self,
              GtkAccessibleState  state,
              gboolean           *known,
              gboolean           *current,
              gboolean            value)
{
  value = !!value;
  if (*known && value == *current)
    return;
  *current = value;
  *known = TRUE;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), state, value, -1);
}

void
sw_a11y_item_set_selected (SwA11yItem *self,
                           gboolean    selected)
{
  g_return_if_fail (SW_IS_A11Y_ITEM (self));

  update_state (self, GTK_ACCESSIBLE_STATE_SELECTED, &self->has_selected, &self->selected, selected);
}

void
sw_a11y_item_set_expanded (SwA11yItem *self,
                           gboolean    expanded)
{
  g_return_if_fail (SW_IS_A11Y_ITEM (self));

  update_state (self, GTK_ACCESSIBLE_STATE_EXPANDED, &self->has_expanded, &self->expanded, expanded);
}

/* In the view's coordinates; takes effect at the view's next allocation. */
void
sw_a11y_item_set_rect (SwA11yItem *self,
                       double      x,
                       double      y,
                       double      width,
                       double      height)
{
  g_return_if_fail (SW_IS_A11Y_ITEM (self));

  graphene_rect_init (&self->rect, x, y, MAX (width, 1), MAX (height, 1));
}

/* Pool --------------------------------------------------------------------- */

struct _SwA11yPool
{
  GtkWidget         *parent;       /* not owned: it owns the pool */
  GtkAccessibleRole  role;
  guint              max_live;
  guint              serial;
  guint              n_wanted;     /* taken in this sync */
  gboolean           syncing;
  GHashTable        *live;         /* &item->key → item */
  GPtrArray         *idle;         /* SwA11yItem, hidden */
  guint              n_missing;    /* wanted in a sync, none idle to take */
  guint              grow_source;  /* adds them later, see take() */
};

SwA11yPool *
sw_a11y_pool_new (GtkWidget         *parent,
                  GtkAccessibleRole  role,
                  guint              max_live)
{
  SwA11yPool *pool = g_new0 (SwA11yPool, 1);

  pool->parent = parent;
  pool->role = role;
  pool->max_live = max_live;
  pool->live = g_hash_table_new (g_int64_hash, g_int64_equal);
  pool->idle = g_ptr_array_new ();

  return pool;
}

static SwA11yItem *
new_item (SwA11yPool *pool)
{
  SwA11yItem *item = g_object_new (SW_TYPE_A11Y_ITEM, "accessible-role", pool->role, NULL);

  gtk_widget_set_parent (GTK_WIDGET (item), pool->parent);
  return item;
}

/* Adds the stand-ins a sync found missing, hidden, and asks the view for
 * the allocation whose sync will take them. */
static gboolean
grow (gpointer data)
{
  SwA11yPool *pool = data;
  guint total = g_hash_table_size (pool->live) + pool->idle->len;

  pool->grow_source = 0;
  for (guint i = 0; i < pool->n_missing && total + i < pool->max_live; i++)
    {
      SwA11yItem *item = new_item (pool);

      gtk_widget_set_child_visible (GTK_WIDGET (item), FALSE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      g_ptr_array_add (pool->idle, item);
    }
  pool->n_missing = 0;
  gtk_widget_queue_allocate (pool->parent);

  return G_SOURCE_REMOVE;
}

static void
retire (SwA11yPool *pool,
        SwA11yItem *item)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (item));

  /* Hiding the focused widget would drop the focus on the floor: the
   * view takes it instead. */
  if (root != NULL && gtk_root_get_focus (root) == GTK_WIDGET (item))
    gtk_widget_grab_focus (pool->parent);

  item->live = FALSE;
  gtk_widget_set_child_visible (GTK_WIDGET (item), FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  g_ptr_array_add (pool->idle, item);
}

void
sw_a11y_pool_free (SwA11yPool *pool)
{
  GHashTableIter iter;
  gpointer value;

  if (pool == NULL)
    return;

  g_clear_handle_id (&pool->grow_source, g_source_remove);
  g_hash_table_iter_init (&iter, pool->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    gtk_widget_unparent (value);
  for (guint i = 0; i < pool->idle->len; i++)
    gtk_widget_unparent (g_ptr_array_index (pool->idle, i));

  g_hash_table_unref (pool->live);
  g_ptr_array_unref (pool->idle);
  g_free (pool);
}

/* A sync: take every item wanted now, most wanted first, then end. */
void
sw_a11y_pool_begin (SwA11yPool *pool)
{
  g_return_if_fail (pool != NULL);

  pool->serial++;
  pool->n_wanted = 0;
  pool->syncing = TRUE;
}

/**
 * sw_a11y_pool_take:
 * @key: what the view calls the item
 * @fresh: (out): set when the stand-in did not show @key before, so its
 *   label and description are to be set
 *
 * Returns: (nullable) (transfer none): the stand-in for @key; %NULL when
 *   this sync has taken as many as the pool allows. Outside a sync (to
 *   give the selection a stand-in at once) the limit does not apply; the
 *   next sync restores it.
 */
SwA11yItem *
sw_a11y_pool_take (SwA11yPool *pool,
                   guint64     key,
                   gboolean   *fresh)
{
  SwA11yItem *item;

  g_return_val_if_fail (pool != NULL, NULL);

  *fresh = FALSE;
  item = g_hash_table_lookup (pool->live, &key);

  if (item != NULL && item->serial == pool->serial && pool->syncing)
    return item;

  if (pool->syncing && pool->n_wanted >= pool->max_live)
    return NULL;

  if (item == NULL)
    {
      if (pool->idle->len > 0)
        item = g_ptr_array_steal_index_fast (pool->idle, pool->idle->len - 1);
      else if (pool->syncing)
        {
          /* A sync runs inside the view's size_allocate, where a new
           * child would ask for a new layout in the middle of this one:
           * GTK then paints widgets it has not allocated, and the window
           * comes out blank. The pool grows after the frame instead. */
          pool->n_missing++;
          /* before the next frame, whatever else is busy */
          if (pool->grow_source == 0)
            pool->grow_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, grow, pool, NULL);
          return NULL;
        }
      else
        item = new_item (pool);

      item->key = key;
      item->live = TRUE;
      g_hash_table_insert (pool->live, &item->key, item);
      gtk_widget_set_child_visible (GTK_WIDGET (item), TRUE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE, -1);
      *fresh = TRUE;
    }

  item->serial = pool->serial;
  pool->n_wanted++;
  return item;
}

/* Those not taken in this sync go back to wait. */
void
sw_a11y_pool_end (SwA11yPool *pool)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (pool != NULL);

  pool->syncing = FALSE;
  g_hash_table_iter_init (&iter, pool->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SwA11yItem *item = value;

      if (item->serial != pool->serial)
        {
          g_hash_table_iter_remove (&iter);
          retire (pool, item);
        }
    }
}

/* The keys mean something else now (new data): nothing is live. */
void
sw_a11y_pool_clear (SwA11yPool *pool)
{
  g_return_if_fail (pool != NULL);

  sw_a11y_pool_begin (pool);
  sw_a11y_pool_end (pool);
}

SwA11yItem *
sw_a11y_pool_lookup (SwA11yPool *pool,
                     guint64     key)
{
  g_return_val_if_fail (pool != NULL, NULL);
  return g_hash_table_lookup (pool->live, &key);
}

/* Whether @widget is one of this pool's live stand-ins. */
gboolean
sw_a11y_pool_owns (SwA11yPool *pool,
                   GtkWidget  *widget)
{
  SwA11yItem *item;

  g_return_val_if_fail (pool != NULL, FALSE);

  if (!SW_IS_A11Y_ITEM (widget) || gtk_widget_get_parent (widget) != pool->parent)
    return FALSE;
  item = SW_A11Y_ITEM (widget);
  return item->live && g_hash_table_lookup (pool->live, &item->key) == item;
}

guint
sw_a11y_pool_get_n_live (SwA11yPool *pool)
{
  g_return_val_if_fail (pool != NULL, 0);
  return g_hash_table_size (pool->live);
}

/* Whether this sync has taken as many as the pool allows. */
gboolean
sw_a11y_pool_is_full (SwA11yPool *pool)
{
  g_return_val_if_fail (pool != NULL, TRUE);
  return pool->syncing && pool->n_wanted >= pool->max_live;
}

/* From the view's size_allocate: every live stand-in over its mark. */
void
sw_a11y_pool_allocate (SwA11yPool *pool)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (pool != NULL);

  g_hash_table_iter_init (&iter, pool->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SwA11yItem *item = value;
      GtkAllocation allocation = {
        (int)floor (item->rect.origin.x), (int)floor (item->rect.origin.y),
        (int)ceil (item->rect.size.width), (int)ceil (item->rect.size.height)
      };
      int min;

      /* Cached after the first time; GTK wants a measure before an
       * allocation. */
      gtk_widget_measure (GTK_WIDGET (item), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      gtk_widget_size_allocate (GTK_WIDGET (item), &allocation, -1);
    }
}

void
sw_a11y_pool_foreach (SwA11yPool *pool,
                      GFunc       func,
                      gpointer    user_data)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (pool != NULL);

  g_hash_table_iter_init (&iter, pool->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    func (value, user_data);
}

/* Whether the keyboard focus is on @widget or inside it. */
gboolean
sw_a11y_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}
