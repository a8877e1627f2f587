/* sw-article.c: one open article, its document and what was extracted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-article"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-article.h"
#include "sw-extract.h"

struct _SwArticle
{
  GObject       parent_instance;

  SwDocument   *document;
  SwExtraction *extraction;
};

G_DEFINE_FINAL_TYPE (SwArticle, sw_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_EXTRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sw_article_finalize (GObject *object)
{
  SwArticle *self = (SwArticle *)object;

  g_clear_object (&self->document);
  g_clear_pointer (&self->extraction, sw_extraction_unref);

  G_OBJECT_CLASS (sw_article_parent_class)->finalize (object);
}

static void
sw_article_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SwArticle *self = SW_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, sw_article_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_take_string (value, sw_article_dup_subtitle (self));
      break;
    case PROP_EXTRACTION:
      g_value_set_boxed (value, self->extraction);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_article_class_init (SwArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sw_article_finalize;
  object_class->get_property = sw_article_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Replaced, never changed in place, when a correction is applied or
   * undone: views refresh on notify, and workers holding the old one keep
   * a consistent copy. */
  properties[PROP_EXTRACTION] =
    g_param_spec_boxed ("extraction", NULL, NULL, sw_extraction_get_type (),
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_article_init (SwArticle *self)
{
}

SwArticle *
sw_article_new (SwDocument   *document,
                SwExtraction *extraction)
{
  SwArticle *self;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);

  self = g_object_new (SW_TYPE_ARTICLE, NULL);
  self->document = g_object_ref (document);
  self->extraction = sw_extraction_ref (extraction);

  return self;
}

SwDocument *
sw_article_get_document (SwArticle *self)
{
  g_return_val_if_fail (SW_IS_ARTICLE (self), NULL);
  return self->document;
}

SwExtraction *
sw_article_get_extraction (SwArticle *self)
{
  g_return_val_if_fail (SW_IS_ARTICLE (self), NULL);
  return self->extraction;
}

void
sw_article_set_extraction (SwArticle    *self,
                           SwExtraction *extraction)
{
  g_return_if_fail (SW_IS_ARTICLE (self));
  g_return_if_fail (extraction != NULL);

  if (self->extraction == extraction)
    return;

  sw_extraction_ref (extraction);
  g_clear_pointer (&self->extraction, sw_extraction_unref);
  self->extraction = extraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTRACTION]);
}

const char *
sw_article_get_title (SwArticle *self)
{
  const char *title;

  g_return_val_if_fail (SW_IS_ARTICLE (self), NULL);

  title = sw_document_get_title (self->document);
  return title != NULL ? title : _("Untitled Article");
}

/* "2025-03-18 · ceasefire-call.txt": the reference date and the file, so
 * two articles with the same headline stay apart in the sidebar. */
char *
sw_article_dup_subtitle (SwArticle *self)
{
  const char *dct;
  const char *path;
  g_autofree char *base = NULL;

  g_return_val_if_fail (SW_IS_ARTICLE (self), NULL);

  dct = sw_document_get_dct (self->document);
  path = sw_document_get_path (self->document);
  base = path != NULL ? g_path_get_basename (path) : g_strdup (_("Pasted text"));

  if (dct != NULL)
    return g_strdup_printf ("%s · %s", dct, base);

  return g_steal_pointer (&base);
}

typedef struct
{
  GFile  *file;
  GBytes *bytes;
  char   *title;
  char   *dct;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data->title);
  g_free (data->dct);
  g_free (data);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(SwExtraction) extraction = NULL;
  GError *error = NULL;

  if (data->file != NULL)
    document = sw_document_load (data->file, cancellable, &error);
  else
    {
      document = sw_document_new_from_bytes (NULL, data->bytes, &error);
      if (document != NULL && data->title != NULL)
        sw_document_set_title (document, data->title);
    }

  if (document == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (data->dct != NULL)
    sw_document_set_dct (document, data->dct, SW_DCT_SOURCE_OPTION);

  extraction = sw_extract (document, cancellable);

  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, sw_article_new (document, extraction), g_object_unref);
}

/**
 * sw_article_open_async:
 * @dct: (nullable): the reference date the user chose, if any
 *
 * Loads @file and runs the extractors in a worker thread.
 */
void
sw_article_open_async (GFile               *file,
                       const char          *dct,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (OpenData, 1);
  data->file = g_object_ref (file);
  data->dct = g_strdup (dct);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_article_open_async);
  g_task_set_task_data (task, data, (GDestroyNotify)open_data_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * sw_article_open_bytes_async:
 * @title: (nullable): a title to use instead of the first line
 *
 * Like sw_article_open_async() for text that has no file, such as pasted
 * text or a bundled resource.
 */
void
sw_article_open_bytes_async (GBytes              *bytes,
                             const char          *title,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  g_return_if_fail (bytes != NULL);

  data = g_new0 (OpenData, 1);
  data->bytes = g_bytes_ref (bytes);
  data->title = g_strdup (title);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_article_open_async);
  g_task_set_task_data (task, data, (GDestroyNotify)open_data_free);
  g_task_run_in_thread (task, open_thread);
}

SwArticle *
sw_article_open_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
