/* sw-history.c: corrections per article, with undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each tracked article keeps what the extractors produced (its base) and
 * the corrections made since, in order. The article's extraction is always
 * base + corrections: a new correction is applied to a copy of it, and an
 * undo derives it again from the base without the last correction, so
 * undo never needs an inverse of each operation and can never drift. One
 * stack spans all articles, as Ctrl+Z undoes the last thing done anywhere.
 */
#define G_LOG_DOMAIN "sw-history"

#include "config.h"

#include "sw-extract.h"
#include "sw-history.h"

typedef struct
{
  SwArticle   *article;
  char        *base_dct;
  SwDctSource  base_source;
  /* "source:dct" -> SwExtraction: the extractors' output for a reference
   * date, so that undoing or redoing a date change does not run them. */
  GHashTable  *bases;
  GPtrArray   *corrections;
} Tracked;

typedef struct
{
  SwArticle    *article;
  SwCorrection *correction;
} Step;

struct _SwHistory
{
  GObject     parent_instance;

  GHashTable *tracked;  /* SwArticle* -> Tracked* */
  GPtrArray  *undo;     /* Step* */
  GPtrArray  *redo;     /* Step* */

  gboolean    can_undo;
  gboolean    can_redo;
  char       *undo_description;
  char       *redo_description;
};

G_DEFINE_FINAL_TYPE (SwHistory, sw_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_DESCRIPTION,
  PROP_REDO_DESCRIPTION,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
tracked_free (Tracked *t)
{
  g_clear_object (&t->article);
  g_free (t->base_dct);
  g_hash_table_unref (t->bases);
  g_ptr_array_unref (t->corrections);
  g_free (t);
}

static void
step_free (Step *step)
{
  g_clear_object (&step->article);
  g_clear_object (&step->correction);
  g_free (step);
}

static Step *
step_new (SwArticle    *article,
          SwCorrection *correction)
{
  Step *step = g_new0 (Step, 1);

  step->article = g_object_ref (article);
  step->correction = g_object_ref (correction);
  return step;
}

static char *
base_key (const char  *dct,
          SwDctSource  source)
{
  return g_strdup_printf ("%d:%s", source, dct ? dct : "");
}

static void
sw_history_finalize (GObject *object)
{
  SwHistory *self = (SwHistory *)object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->tracked, g_hash_table_unref);
  g_free (self->undo_description);
  g_free (self->redo_description);

  G_OBJECT_CLASS (sw_history_parent_class)->finalize (object);
}

static void
sw_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SwHistory *self = SW_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;
    case PROP_UNDO_DESCRIPTION:
      g_value_set_string (value, self->undo_description);
      break;
    case PROP_REDO_DESCRIPTION:
      g_value_set_string (value, self->redo_description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_history_class_init (SwHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sw_history_finalize;
  object_class->get_property = sw_history_get_property;

  /* Bind the app.undo / app.redo actions' enabled state to these. */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What the next undo or redo would do, for menu labels and tooltips. */
  properties[PROP_UNDO_DESCRIPTION] =
    g_param_spec_string ("undo-description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_DESCRIPTION] =
    g_param_spec_string ("redo-description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwHistory::changed:
   * @article: the article whose corrections changed
   *
   * After a correction was applied, undone or redone: the moment to mark
   * the project modified and schedule an autosave.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SW_TYPE_ARTICLE);
}

static void
sw_history_init (SwHistory *self)
{
  self->tracked = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)tracked_free);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify)step_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify)step_free);
}

SwHistory *
sw_history_new (void)
{
  return g_object_new (SW_TYPE_HISTORY, NULL);
}

static char *
describe_top (GPtrArray *stack)
{
  Step *step;

  if (stack->len == 0)
    return NULL;

  step = g_ptr_array_index (stack, stack->len - 1);
  return sw_correction_dup_description (step->correction);
}

static void
update_state (SwHistory *self)
{
  gboolean can_undo = self->undo->len > 0;
  gboolean can_redo = self->redo->len > 0;
  g_autofree char *undo = describe_top (self->undo);
  g_autofree char *redo = describe_top (self->redo);

  g_object_freeze_notify (G_OBJECT (self));

  if (can_undo != self->can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
  if (g_strcmp0 (undo, self->undo_description) != 0)
    {
      g_free (self->undo_description);
      self->undo_description = g_steal_pointer (&undo);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_DESCRIPTION]);
    }
  if (g_strcmp0 (redo, self->redo_description) != 0)
    {
      g_free (self->redo_description);
      self->redo_description = g_steal_pointer (&redo);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_DESCRIPTION]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/* The extractors' output for the reference date the document has now. */
static SwExtraction *
base_for_current_dct (Tracked *t)
{
  SwDocument *doc = sw_article_get_document (t->article);
  g_autofree char *key = base_key (sw_document_get_dct (doc), sw_document_get_dct_source (doc));
  SwExtraction *base = g_hash_table_lookup (t->bases, key);

  if (base == NULL)
    {
      base = sw_extract (doc, NULL);
      g_hash_table_insert (t->bases, g_steal_pointer (&key), base);
    }

  return base;
}

/* Base + corrections, from scratch. Corrections that do not apply in this
 * state (a date change can remove the event a later fix was about) stay in
 * the list: undoing the date change brings them back. */
static SwExtraction *
derive (Tracked   *t,
        GPtrArray *dropped)
{
  SwDocument *doc = sw_article_get_document (t->article);
  const char *dct = t->base_dct;
  SwDctSource source = t->base_source;
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  SwExtraction *ex;

  for (guint i = 0; i < t->corrections->len; i++)
    {
      SwCorrection *c = g_ptr_array_index (t->corrections, i);

      if (sw_correction_get_kind (c) == SW_CORRECTION_SET_DCT)
        {
          dct = sw_correction_get_dct (c);
          source = SW_DCT_SOURCE_OPTION;
        }
      else
        g_ptr_array_add (rest, c);
    }

  sw_document_set_dct (doc, dct, source);
  ex = sw_extraction_copy (base_for_current_dct (t));
  sw_corrections_apply (rest, doc, ex, dropped);

  return ex;
}

/**
 * sw_history_track:
 * @article: an open article
 * @base: (nullable): what the extractors produced for it; %NULL means its
 *   current extraction, which is then never modified in place
 * @corrections: (nullable) (element-type SwCorrection): corrections made
 *   earlier, such as those stored in a project, applied now
 * @dropped: (nullable) (element-type SwCorrection): receives the ones that
 *   no longer find their item; they are forgotten
 *
 * Starts keeping corrections for @article. Corrections given here are not
 * on the undo stack: a reopened project starts with nothing to undo.
 */
void
sw_history_track (SwHistory    *self,
                  SwArticle    *article,
                  SwExtraction *base,
                  GPtrArray    *corrections,
                  GPtrArray    *dropped)
{
  SwDocument *doc;
  Tracked *t;

  g_return_if_fail (SW_IS_HISTORY (self));
  g_return_if_fail (SW_IS_ARTICLE (article));

  if (g_hash_table_contains (self->tracked, article))
    sw_history_untrack (self, article);

  doc = sw_article_get_document (article);
  if (base == NULL)
    base = sw_article_get_extraction (article);

  t = g_new0 (Tracked, 1);
  t->article = g_object_ref (article);
  t->base_dct = g_strdup (sw_document_get_dct (doc));
  t->base_source = sw_document_get_dct_source (doc);
  t->bases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify)sw_extraction_unref);
  g_hash_table_insert (t->bases, base_key (t->base_dct, t->base_source), sw_extraction_ref (base));
  t->corrections = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_insert (self->tracked, article, t);

  if (corrections != NULL && corrections->len > 0)
    {
      g_autoptr(GPtrArray) lost = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(SwExtraction) ex = NULL;

      for (guint i = 0; i < corrections->len; i++)
        g_ptr_array_add (t->corrections, g_object_ref (g_ptr_array_index (corrections, i)));

      ex = derive (t, lost);

      for (guint i = 0; i < lost->len; i++)
        {
          g_ptr_array_remove (t->corrections, g_ptr_array_index (lost, i));
          if (dropped != NULL)
            g_ptr_array_add (dropped, g_object_ref (g_ptr_array_index (lost, i)));
        }

      sw_article_set_extraction (article, ex);
    }
  else if (sw_article_get_extraction (article) != base)
    sw_article_set_extraction (article, base);
}

static void
remove_steps (GPtrArray *stack,
              SwArticle *article)
{
  for (guint i = stack->len; i > 0; i--)
    if (((Step *)g_ptr_array_index (stack, i - 1))->article == article)
      g_ptr_array_remove_index (stack, i - 1);
}

/* When the article is closed: its steps leave both stacks. */
void
sw_history_untrack (SwHistory *self,
                    SwArticle *article)
{
  g_return_if_fail (SW_IS_HISTORY (self));
  g_return_if_fail (SW_IS_ARTICLE (article));

  remove_steps (self->undo, article);
  remove_steps (self->redo, article);
  g_hash_table_remove (self->tracked, article);
  update_state (self);
}

gboolean
sw_history_is_tracked (SwHistory *self,
                       SwArticle *article)
{
  g_return_val_if_fail (SW_IS_HISTORY (self), FALSE);

  return g_hash_table_contains (self->tracked, article);
}

static Tracked *
get_tracked (SwHistory *self,
             SwArticle *article)
{
  Tracked *t = g_hash_table_lookup (self->tracked, article);

  if (t == NULL)
    {
      /* An article opened before the history knew about it: what it
       * shows now is what the extractors produced. */
      sw_history_track (self, article, NULL, NULL, NULL);
      t = g_hash_table_lookup (self->tracked, article);
    }

  return t;
}

static gboolean
do_apply (SwHistory     *self,
          Tracked       *t,
          SwCorrection  *correction,
          GError       **error)
{
  g_autoptr(SwExtraction) ex = NULL;

  if (sw_correction_get_kind (correction) == SW_CORRECTION_SET_DCT)
    {
      g_ptr_array_add (t->corrections, g_object_ref (correction));
      ex = derive (t, NULL);
    }
  else
    {
      ex = sw_extraction_copy (sw_article_get_extraction (t->article));
      if (!sw_correction_apply (correction, sw_article_get_document (t->article), ex, error))
        return FALSE;
      g_ptr_array_add (t->corrections, g_object_ref (correction));
    }

  sw_article_set_extraction (t->article, ex);
  return TRUE;
}

/**
 * sw_history_apply:
 * @article: the article @correction was made on
 * @correction: made with the sw_correction_new_*() constructors from the
 *   article's current extraction
 *
 * Applies @correction, replaces the article's extraction (notifying
 * #SwArticle:extraction) and puts it on the undo stack; the redo stack is
 * cleared, as in any editor.
 *
 * Returns: %FALSE, changing nothing, if its item cannot be found
 */
gboolean
sw_history_apply (SwHistory     *self,
                  SwArticle     *article,
                  SwCorrection  *correction,
                  GError       **error)
{
  Tracked *t;

  g_return_val_if_fail (SW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (SW_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (SW_IS_CORRECTION (correction), FALSE);

  t = get_tracked (self, article);

  if (!do_apply (self, t, correction, error))
    return FALSE;

  g_ptr_array_add (self->undo, step_new (article, correction));
  g_ptr_array_set_size (self->redo, 0);
  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0, article);

  return TRUE;
}

/* For Ctrl+Z. Returns FALSE when there is nothing to undo. */
gboolean
sw_history_undo (SwHistory *self)
{
  Step *step;
  Tracked *t;
  g_autoptr(SwExtraction) ex = NULL;
  g_autoptr(SwArticle) article = NULL;

  g_return_val_if_fail (SW_IS_HISTORY (self), FALSE);

  if (self->undo->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  t = g_hash_table_lookup (self->tracked, step->article);
  g_assert (t != NULL);
  g_assert (t->corrections->len > 0);
  g_assert (g_ptr_array_index (t->corrections, t->corrections->len - 1) == step->correction);

  g_ptr_array_set_size (t->corrections, t->corrections->len - 1);
  ex = derive (t, NULL);
  sw_article_set_extraction (t->article, ex);

  article = g_object_ref (step->article);
  g_ptr_array_add (self->redo, step);
  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0, article);

  return TRUE;
}

/* For Shift+Ctrl+Z. Returns FALSE when there is nothing to redo. */
gboolean
sw_history_redo (SwHistory *self)
{
  Step *step;
  Tracked *t;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwArticle) article = NULL;

  g_return_val_if_fail (SW_IS_HISTORY (self), FALSE);

  if (self->redo->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  t = g_hash_table_lookup (self->tracked, step->article);
  g_assert (t != NULL);

  /* It applied in exactly this state before, so it applies again. */
  if (!do_apply (self, t, step->correction, &error))
    g_error ("redo failed: %s", error->message);

  article = g_object_ref (step->article);
  g_ptr_array_add (self->undo, step);
  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0, article);

  return TRUE;
}

/* Empties both stacks and keeps every correction, as after opening. */
void
sw_history_forget (SwHistory *self)
{
  g_return_if_fail (SW_IS_HISTORY (self));

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  update_state (self);
}

gboolean
sw_history_get_can_undo (SwHistory *self)
{
  g_return_val_if_fail (SW_IS_HISTORY (self), FALSE);
  return self->can_undo;
}

gboolean
sw_history_get_can_redo (SwHistory *self)
{
  g_return_val_if_fail (SW_IS_HISTORY (self), FALSE);
  return self->can_redo;
}

char *
sw_history_dup_undo_description (SwHistory *self)
{
  g_return_val_if_fail (SW_IS_HISTORY (self), NULL);
  return g_strdup (self->undo_description);
}

char *
sw_history_dup_redo_description (SwHistory *self)
{
  g_return_val_if_fail (SW_IS_HISTORY (self), NULL);
  return g_strdup (self->redo_description);
}

/**
 * sw_history_get_corrections:
 *
 * Returns: (transfer none) (element-type SwCorrection) (nullable): the
 *   corrections in force on @article, oldest first; %NULL if untracked
 */
GPtrArray *
sw_history_get_corrections (SwHistory *self,
                            SwArticle *article)
{
  Tracked *t;

  g_return_val_if_fail (SW_IS_HISTORY (self), NULL);

  t = g_hash_table_lookup (self->tracked, article);
  return t != NULL ? t->corrections : NULL;
}

/**
 * sw_history_get_base_extraction:
 *
 * Returns: (transfer none) (nullable): what the extractors produced for
 *   @article with its original reference date, before any correction
 */
SwExtraction *
sw_history_get_base_extraction (SwHistory *self,
                                SwArticle *article)
{
  Tracked *t;
  g_autofree char *key = NULL;

  g_return_val_if_fail (SW_IS_HISTORY (self), NULL);

  t = g_hash_table_lookup (self->tracked, article);
  if (t == NULL)
    return NULL;

  key = base_key (t->base_dct, t->base_source);
  return g_hash_table_lookup (t->bases, key);
}

/* The reference date @article had before any correction changed it. */
const char *
sw_history_get_base_dct (SwHistory   *self,
                         SwArticle   *article,
                         SwDctSource *source)
{
  Tracked *t;

  g_return_val_if_fail (SW_IS_HISTORY (self), NULL);

  t = g_hash_table_lookup (self->tracked, article);
  if (t == NULL)
    {
      SwDocument *doc = sw_article_get_document (article);

      if (source != NULL)
        *source = sw_document_get_dct_source (doc);
      return sw_document_get_dct (doc);
    }

  if (source != NULL)
    *source = t->base_source;
  return t->base_dct;
}
