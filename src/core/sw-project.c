/* sw-project.c: a workspace of articles, their corrections and view state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A .saywhen file is an SQLite database (application_id "SayW",
 * user_version = schema version) holding each article's text as loaded,
 * what the extractors produced for it and under which extractor build,
 * the user's corrections and the view state.
 *
 * Saving never writes into the existing file: it writes a new database
 * next to it, syncs it and renames it over the old one, so an interrupted
 * save leaves the previous copy as it was. Opening reads the file without
 * writing to it; an older schema is migrated in a copy in memory.
 * Extraction runs again on open only for articles stored by a different
 * extractor build, and the corrections are replayed over its output.
 */
#define G_LOG_DOMAIN "sw-project"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sw-extract.h"
#include "sw-extraction-store.h"
#include "sw-extractor-version.h"
#include "sw-project.h"

struct _SwProject
{
  GObject            parent_instance;

  GListStore        *articles;
  SwHistory         *history;
  GHashTable        *view_state;   /* char* -> char* */
  GFile             *file;
  gboolean           modified;
  guint64            generation;   /* bumped on every change, so a save knows what it saved */
  guint              n_reextracted;
  double             import_fraction;

  SwProjectSaveHook  save_hook;
  gpointer           save_hook_data;
};

G_DEFINE_FINAL_TYPE (SwProject, sw_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_IMPORT_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (sw-project-error-quark, sw_project_error)

/**
 * sw_extractor_version:
 *
 * Names this build of the extractors: the release and a hash of the core's
 * sources and data. Stored with each extraction in a project.
 */
const char *
sw_extractor_version (void)
{
  return PACKAGE_VERSION "+" SW_EXTRACTOR_HASH;
}

static void
sw_project_dispose (GObject *object)
{
  SwProject *self = (SwProject *)object;

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->articles);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (sw_project_parent_class)->dispose (object);
}

static void
sw_project_finalize (GObject *object)
{
  SwProject *self = (SwProject *)object;

  g_clear_pointer (&self->view_state, g_hash_table_unref);

  G_OBJECT_CLASS (sw_project_parent_class)->finalize (object);
}

static void
sw_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SwProject *self = SW_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_IMPORT_FRACTION:
      g_value_set_double (value, self->import_fraction);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_project_class_init (SwProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_project_dispose;
  object_class->finalize = sw_project_finalize;
  object_class->get_property = sw_project_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Unsaved changes: for the title's bullet, autosave and the close dialog. */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* 0 to 1 while sw_project_import_async() runs, for a progress bar. */
  properties[PROP_IMPORT_FRACTION] =
    g_param_spec_double ("import-fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
history_changed_cb (SwProject *self,
                    SwArticle *article,
                    SwHistory *history)
{
  sw_project_set_modified (self, TRUE);
}

static void
sw_project_init (SwProject *self)
{
  self->articles = g_list_store_new (SW_TYPE_ARTICLE);
  self->history = sw_history_new ();
  self->view_state = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_signal_connect_swapped (self->history, "changed", G_CALLBACK (history_changed_cb), self);
}

SwProject *
sw_project_new (void)
{
  return g_object_new (SW_TYPE_PROJECT, NULL);
}

/**
 * sw_project_get_articles:
 *
 * Returns: (transfer none): a #GListModel of #SwArticle, in project order
 */
GListModel *
sw_project_get_articles (SwProject *self)
{
  g_return_val_if_fail (SW_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->articles);
}

/**
 * sw_project_get_history:
 *
 * Returns: (transfer none): the corrections and their undo stack; apply
 *   corrections through it (or sw_project_apply()) so that they are saved
 */
SwHistory *
sw_project_get_history (SwProject *self)
{
  g_return_val_if_fail (SW_IS_PROJECT (self), NULL);
  return self->history;
}

/* Returns: (transfer none) (nullable): where it was last saved or opened */
GFile *
sw_project_get_file (SwProject *self)
{
  g_return_val_if_fail (SW_IS_PROJECT (self), NULL);
  return self->file;
}

static void
set_file (SwProject *self,
          GFile     *file)
{
  if (self->file == file || (self->file != NULL && file != NULL && g_file_equal (self->file, file)))
    return;

  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

gboolean
sw_project_get_modified (SwProject *self)
{
  g_return_val_if_fail (SW_IS_PROJECT (self), FALSE);
  return self->modified;
}

void
sw_project_set_modified (SwProject *self,
                         gboolean   modified)
{
  g_return_if_fail (SW_IS_PROJECT (self));

  if (modified)
    self->generation++;

  if (self->modified == !!modified)
    return;

  self->modified = !!modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* How many articles the last open had to extract again, because they were
 * stored by another extractor build or their stored extraction was bad. */
guint
sw_project_get_n_reextracted (SwProject *self)
{
  g_return_val_if_fail (SW_IS_PROJECT (self), 0);
  return self->n_reextracted;
}

/* @article's current extraction is taken as what the extractors produced. */
void
sw_project_add_article (SwProject *self,
                        SwArticle *article)
{
  g_return_if_fail (SW_IS_PROJECT (self));
  g_return_if_fail (SW_IS_ARTICLE (article));

  if (!sw_history_is_tracked (self->history, article))
    sw_history_track (self->history, article, NULL, NULL, NULL);
  g_list_store_append (self->articles, article);
  sw_project_set_modified (self, TRUE);
}

void
sw_project_remove_article (SwProject *self,
                           SwArticle *article)
{
  guint position;

  g_return_if_fail (SW_IS_PROJECT (self));
  g_return_if_fail (SW_IS_ARTICLE (article));

  if (!g_list_store_find (self->articles, article, &position))
    return;

  sw_history_untrack (self->history, article);
  g_list_store_remove (self->articles, position);
  sw_project_set_modified (self, TRUE);
}

/* Shorthand for sw_history_apply() on the project's history. */
gboolean
sw_project_apply (SwProject     *self,
                  SwArticle     *article,
                  SwCorrection  *correction,
                  GError       **error)
{
  g_return_val_if_fail (SW_IS_PROJECT (self), FALSE);

  return sw_history_apply (self->history, article, correction, error);
}

/**
 * sw_project_get_corrections:
 *
 * Returns: (transfer none) (element-type SwCorrection) (nullable): the
 *   corrections in force on @article, oldest first
 */
GPtrArray *
sw_project_get_corrections (SwProject *self,
                            SwArticle *article)
{
  g_return_val_if_fail (SW_IS_PROJECT (self), NULL);

  return sw_history_get_corrections (self->history, article);
}

/**
 * sw_project_get_view_state:
 * @key: such as "zoom", "selection" or "graph-positions"
 *
 * Returns: (nullable): the value stored under @key; the views choose the
 *   format (a number, a JSON object…)
 */
const char *
sw_project_get_view_state (SwProject  *self,
                           const char *key)
{
  g_return_val_if_fail (SW_IS_PROJECT (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->view_state, key);
}

/* @value: (nullable): %NULL removes @key */
void
sw_project_set_view_state (SwProject  *self,
                           const char *key,
                           const char *value)
{
  g_return_if_fail (SW_IS_PROJECT (self));
  g_return_if_fail (key != NULL);

  if (g_strcmp0 (g_hash_table_lookup (self->view_state, key), value) == 0)
    return;

  if (value == NULL)
    g_hash_table_remove (self->view_state, key);
  else
    g_hash_table_insert (self->view_state, g_strdup (key), g_strdup (value));

  sw_project_set_modified (self, TRUE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return strcmp (*(char * const *)a, *(char * const *)b);
}

GStrv
sw_project_dup_view_state_keys (SwProject *self)
{
  g_autofree gpointer *keys = NULL;
  guint n = 0;
  GStrv out;

  g_return_val_if_fail (SW_IS_PROJECT (self), NULL);

  keys = g_hash_table_get_keys_as_array (self->view_state, &n);
  out = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    out[i] = g_strdup (keys[i]);
  g_qsort_with_data (out, n, sizeof (char *), compare_strings, NULL);

  return out;
}

/* --- import ------------------------------------------------------------ */

typedef struct
{
  GFile        *file;
  const char   *dct;
  GCancellable *cancellable;
  GAsyncQueue  *done;
  SwArticle    *article;
  char         *failure;
} ImportItem;

static void
import_item_free (ImportItem *item)
{
  g_clear_object (&item->file);
  g_clear_object (&item->article);
  g_free (item->failure);
  g_free (item);
}

static void
import_one (gpointer data,
            gpointer user_data)
{
  ImportItem *item = data;

  if (!g_cancellable_is_cancelled (item->cancellable))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) document = sw_document_load (item->file, item->cancellable, &error);

      if (document == NULL)
        item->failure = g_strdup (error->message);
      else
        {
          g_autoptr(SwExtraction) extraction = NULL;

          if (item->dct != NULL)
            sw_document_set_dct (document, item->dct, SW_DCT_SOURCE_OPTION);
          extraction = sw_extract (document, item->cancellable);
          item->article = sw_article_new (document, extraction);
        }
    }

  g_async_queue_push (item->done, item);
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

/* Loads and extracts @files on @n_threads workers; returns the articles in
 * the order of @files, NULL where a file failed. */
static GPtrArray *
import_run (GFile         **files,
            guint           n_files,
            const char     *dct,
            guint           n_threads,
            GCancellable   *cancellable,
            SwProgressFunc  progress,
            gpointer        user_data,
            GPtrArray      *failures)
{
  g_autoptr(GAsyncQueue) done = g_async_queue_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify)import_item_free);
  GPtrArray *articles = g_ptr_array_new_with_free_func (unref_nullable);
  GThreadPool *pool;

  if (n_threads == 0)
    n_threads = CLAMP (g_get_num_processors (), 1, 8);

  pool = g_thread_pool_new (import_one, NULL, n_threads, FALSE, NULL);

  for (guint i = 0; i < n_files; i++)
    {
      ImportItem *item = g_new0 (ImportItem, 1);

      item->file = g_object_ref (files[i]);
      item->dct = dct;
      item->cancellable = cancellable;
      item->done = done;
      g_ptr_array_add (items, item);
      g_thread_pool_push (pool, item, NULL);
    }

  for (guint i = 0; i < n_files; i++)
    {
      g_async_queue_pop (done);
      if (progress != NULL)
        progress (i + 1, n_files, user_data);
    }

  g_thread_pool_free (pool, FALSE, TRUE);

  for (guint i = 0; i < n_files; i++)
    {
      ImportItem *item = g_ptr_array_index (items, i);

      g_ptr_array_add (articles, g_steal_pointer (&item->article));
      if (item->failure != NULL && failures != NULL)
        g_ptr_array_add (failures, g_steal_pointer (&item->failure));
    }

  return articles;
}

static void
add_imported (SwProject *self,
              GPtrArray *articles)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new ();

  for (guint i = 0; i < articles->len; i++)
    {
      SwArticle *article = g_ptr_array_index (articles, i);

      if (article == NULL)
        continue;

      sw_history_track (self->history, article, NULL, NULL, NULL);
      g_ptr_array_add (added, article);
    }

  if (added->len == 0)
    return;

  /* One items-changed for the lot: a sidebar rebuilds once, not a
   * thousand times. */
  g_list_store_splice (self->articles, g_list_model_get_n_items (G_LIST_MODEL (self->articles)),
                       0, added->pdata, added->len);
  sw_project_set_modified (self, TRUE);
}

/**
 * sw_project_import:
 * @files: (array length=n_files): the files to load
 * @dct: (nullable): a reference date for all of them, as the user's option
 * @n_threads: workers to use; 0 for one per processor
 * @progress: (nullable) (scope call): called in this thread after each file
 * @failures: (nullable) (element-type utf8): receives a message per file
 *   that could not be read
 *
 * Loads and extracts @files in parallel and appends them in order. When
 * @cancellable is cancelled, nothing is added.
 *
 * Returns: how many articles were added
 */
guint
sw_project_import (SwProject      *self,
                   GFile         **files,
                   guint           n_files,
                   const char     *dct,
                   guint           n_threads,
                   GCancellable   *cancellable,
                   SwProgressFunc  progress,
                   gpointer        user_data,
                   GPtrArray      *failures)
{
  g_autoptr(GPtrArray) articles = NULL;
  guint before;

  g_return_val_if_fail (SW_IS_PROJECT (self), 0);
  g_return_val_if_fail (files != NULL || n_files == 0, 0);

  articles = import_run (files, n_files, dct, n_threads, cancellable, progress, user_data, failures);
  if (g_cancellable_is_cancelled (cancellable))
    return 0;

  before = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  add_imported (self, articles);

  return g_list_model_get_n_items (G_LIST_MODEL (self->articles)) - before;
}

typedef struct
{
  GFile        **files;
  guint          n_files;
  char          *dct;
  GMainContext  *context;
  SwProject     *project;
  int            last_percent;
  GPtrArray     *articles;
  GPtrArray     *failures;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  for (guint i = 0; i < job->n_files; i++)
    g_object_unref (job->files[i]);
  g_free (job->files);
  g_free (job->dct);
  g_main_context_unref (job->context);
  g_clear_object (&job->project);
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_pointer (&job->failures, g_ptr_array_unref);
  g_free (job);
}

typedef struct
{
  SwProject *project;
  double     fraction;
} FractionUpdate;

static gboolean
set_fraction_cb (gpointer data)
{
  FractionUpdate *update = data;

  if (update->project->import_fraction != update->fraction)
    {
      update->project->import_fraction = update->fraction;
      g_object_notify_by_pspec (G_OBJECT (update->project), properties[PROP_IMPORT_FRACTION]);
    }

  return G_SOURCE_REMOVE;
}

static void
fraction_update_free (FractionUpdate *update)
{
  g_object_unref (update->project);
  g_free (update);
}

static void
post_fraction (ImportJob *job,
               double     fraction)
{
  FractionUpdate *update = g_new0 (FractionUpdate, 1);

  update->project = g_object_ref (job->project);
  update->fraction = fraction;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, set_fraction_cb, update,
                              (GDestroyNotify)fraction_update_free);
}

/* Whole percents only: a thousand notifications would cost more than the
 * bar can show. */
static void
import_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  ImportJob *job = user_data;
  int percent = total ? (int)(100.0 * done / total) : 100;

  if (percent != job->last_percent)
    {
      job->last_percent = percent;
      post_fraction (job, percent / 100.0);
    }
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;

  job->failures = g_ptr_array_new_with_free_func (g_free);
  job->articles = import_run (job->files, job->n_files, job->dct, 0, cancellable,
                              import_progress_cb, job, job->failures);

  if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

/**
 * sw_project_import_async:
 *
 * Like sw_project_import() on worker threads, with
 * #SwProject:import-fraction moving as files finish. The articles are
 * added, all at once, before @callback runs.
 */
void
sw_project_import_async (SwProject           *self,
                         GFile              **files,
                         guint                n_files,
                         const char          *dct,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  g_return_if_fail (SW_IS_PROJECT (self));
  g_return_if_fail (files != NULL || n_files == 0);

  job = g_new0 (ImportJob, 1);
  job->files = g_new (GFile *, MAX (n_files, 1));
  for (guint i = 0; i < n_files; i++)
    job->files[i] = g_object_ref (files[i]);
  job->n_files = n_files;
  job->dct = g_strdup (dct);
  job->context = g_main_context_ref_thread_default ();
  job->project = g_object_ref (self);
  job->last_percent = -1;

  self->import_fraction = 0.0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT_FRACTION]);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_project_import_async);
  g_task_set_task_data (task, job, (GDestroyNotify)import_job_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * sw_project_import_finish:
 * @failures: (out) (optional) (transfer full): one message per file that
 *   could not be read
 *
 * Returns: %FALSE if cancelled; the files that failed do not count
 */
gboolean
sw_project_import_finish (SwProject     *self,
                          GAsyncResult  *result,
                          GStrv         *failures,
                          GError       **error)
{
  ImportJob *job;

  g_return_val_if_fail (SW_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));

  /* Added here, on the caller's thread, so views never see a list change
   * from a worker. Only once, however often finish is called. */
  if (job->articles != NULL)
    {
      add_imported (self, job->articles);
      g_clear_pointer (&job->articles, g_ptr_array_unref);
    }

  if (failures != NULL)
    {
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint i = 0; job->failures != NULL && i < job->failures->len; i++)
        g_strv_builder_add (builder, g_ptr_array_index (job->failures, i));
      *failures = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
    }

  return TRUE;
}

double
sw_project_get_import_fraction (SwProject *self)
{
  g_return_val_if_fail (SW_IS_PROJECT (self), 0.0);
  return self->import_fraction;
}

/* --- the file format --------------------------------------------------- */

static const char schema_sql[] =
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
  "CREATE TABLE articles ("
  "  id INTEGER PRIMARY KEY,"
  "  position INTEGER NOT NULL,"
  "  path TEXT,"
  "  title TEXT,"
  "  text TEXT NOT NULL,"
  "  format TEXT NOT NULL DEFAULT 'text',"
  "  encoding TEXT,"
  "  dct TEXT,"
  "  dct_source TEXT NOT NULL DEFAULT 'none',"
  "  extractor_version TEXT,"
  "  extraction TEXT);"
  "CREATE TABLE corrections ("
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  correction TEXT NOT NULL,"
  "  PRIMARY KEY (article_id, position));"
  "CREATE TABLE view_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);";

/* migrations[v - 1] takes a database from version v to v + 1. Version 1
 * kept only the articles' text, reference dates and corrections:
 *
 *   articles (id INTEGER PRIMARY KEY, path TEXT, title TEXT, text TEXT NOT NULL,
 *             dct TEXT, dct_source TEXT NOT NULL DEFAULT 'none')
 *   corrections (article_id INTEGER NOT NULL, position INTEGER NOT NULL,
 *                correction TEXT NOT NULL)
 *
 * Its articles have no stored extraction, so opening extracts them. */
static const char *const migrations[] = {
  "ALTER TABLE articles ADD COLUMN position INTEGER NOT NULL DEFAULT 0;"
  "UPDATE articles SET position = id;"
  "ALTER TABLE articles ADD COLUMN format TEXT NOT NULL DEFAULT 'text';"
  "ALTER TABLE articles ADD COLUMN encoding TEXT;"
  "ALTER TABLE articles ADD COLUMN extractor_version TEXT;"
  "ALTER TABLE articles ADD COLUMN extraction TEXT;"
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
  "CREATE TABLE view_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
  "PRAGMA user_version = 2;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SW_PROJECT_SCHEMA_VERSION - 1);

static const char *
format_for_path (const char *path)
{
  static const struct { const char *suffix; const char *format; } formats[] = {
    { ".html", "html" }, { ".htm", "html" }, { ".xhtml", "html" },
    { ".pdf", "pdf" }, { ".md", "markdown" }, { ".markdown", "markdown" },
  };
  g_autofree char *lower = path ? g_ascii_strdown (path, -1) : NULL;

  for (guint i = 0; lower != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].suffix))
      return formats[i].format;

  return "text";
}

static SwDctSource
dct_source_from_string (const char *s)
{
  for (int i = SW_DCT_SOURCE_NONE; i <= SW_DCT_SOURCE_INFERRED; i++)
    if (g_strcmp0 (sw_dct_source_to_string (i), s) == 0)
      return i;

  return SW_DCT_SOURCE_NONE;
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) == SQLITE_OK)
    return TRUE;

  g_set_error (error, SW_PROJECT_ERROR, SW_PROJECT_ERROR_CORRUPT, "%s",
               message ? message : sqlite3_errmsg (db));
  sqlite3_free (message);
  return FALSE;
}

/* --- save -------------------------------------------------------------- */

typedef struct
{
  char         *path;
  char         *title;
  char         *encoding;
  char         *dct;
  SwDctSource   dct_source;
  SwDocument   *document;
  SwExtraction *base;
  GPtrArray    *corrections;  /* char*, serialized */
} SavedArticle;

typedef struct
{
  char              *path;
  GPtrArray         *articles;   /* SavedArticle* */
  GPtrArray         *view_state; /* char*, key then value */
  guint64            generation;
  SwProjectSaveHook  hook;
  gpointer           hook_data;
} SaveJob;

static void
saved_article_free (SavedArticle *a)
{
  g_free (a->path);
  g_free (a->title);
  g_free (a->encoding);
  g_free (a->dct);
  g_clear_object (&a->document);
  g_clear_pointer (&a->base, sw_extraction_unref);
  g_clear_pointer (&a->corrections, g_ptr_array_unref);
  g_free (a);
}

static void
save_job_free (SaveJob *job)
{
  g_free (job->path);
  g_ptr_array_unref (job->articles);
  g_ptr_array_unref (job->view_state);
  g_free (job);
}

/* Everything a save needs, copied on the caller's thread; the text and the
 * base extractions are never modified, so they are shared, not copied. */
static SaveJob *
save_job_new (SwProject *self,
              GFile     *file)
{
  SaveJob *job = g_new0 (SaveJob, 1);
  GListModel *articles = G_LIST_MODEL (self->articles);
  GHashTableIter iter;
  gpointer key, value;

  job->path = g_file_get_path (file);
  job->articles = g_ptr_array_new_with_free_func ((GDestroyNotify)saved_article_free);
  job->view_state = g_ptr_array_new_with_free_func (g_free);
  job->generation = self->generation;
  job->hook = self->save_hook;
  job->hook_data = self->save_hook_data;

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SwArticle) article = g_list_model_get_item (articles, i);
      SwDocument *doc = sw_article_get_document (article);
      SavedArticle *a = g_new0 (SavedArticle, 1);
      GPtrArray *corrections;
      SwExtraction *base;

      if (!sw_history_is_tracked (self->history, article))
        sw_history_track (self->history, article, NULL, NULL, NULL);

      base = sw_history_get_base_extraction (self->history, article);
      corrections = sw_history_get_corrections (self->history, article);

      a->path = g_strdup (sw_document_get_path (doc));
      a->title = g_strdup (sw_document_get_title (doc));
      a->encoding = g_strdup (sw_document_get_encoding (doc));
      a->dct = g_strdup (sw_history_get_base_dct (self->history, article, &a->dct_source));
      a->document = g_object_ref (doc);
      a->base = sw_extraction_ref (base);
      a->corrections = g_ptr_array_new_with_free_func (g_free);
      for (guint k = 0; k < corrections->len; k++)
        g_ptr_array_add (a->corrections, sw_correction_to_string (g_ptr_array_index (corrections, k)));

      g_ptr_array_add (job->articles, a);
    }

  g_hash_table_iter_init (&iter, self->view_state);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_ptr_array_add (job->view_state, g_strdup (key));
      g_ptr_array_add (job->view_state, g_strdup (value));
    }

  return job;
}

static void
bind_nullable (sqlite3_stmt *stmt,
               int           column,
               const char   *value)
{
  if (value != NULL)
    sqlite3_bind_text (stmt, column, value, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}

static gboolean
step_done (sqlite3      *db,
           sqlite3_stmt *stmt,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc == SQLITE_DONE)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
write_database (SaveJob       *job,
                const char    *path,
                GCancellable  *cancellable,
                GError       **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *article_stmt = NULL;
  sqlite3_stmt *correction_stmt = NULL;
  sqlite3_stmt *pair_stmt = NULL;
  g_autofree char *pragmas = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved_at = g_date_time_format_iso8601 (now);
  const char *const meta[] = {
    "application", "Saywhen " PACKAGE_VERSION,
    "extractor_version", sw_extractor_version (),
    "saved_at", saved_at,
  };
  gboolean ok = FALSE;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                   db ? sqlite3_errmsg (db) : "out of memory");
      goto out;
    }

  /* No journal: the whole file is thrown away unless it is complete, and
   * it is synced once, as a whole, before it replaces the old one. */
  pragmas = g_strdup_printf ("PRAGMA journal_mode = OFF;"
                             "PRAGMA synchronous = OFF;"
                             "PRAGMA application_id = %d;"
                             "PRAGMA user_version = %d;",
                             SW_PROJECT_APPLICATION_ID, SW_PROJECT_SCHEMA_VERSION);
  if (!exec_sql (db, pragmas, error) ||
      !exec_sql (db, "BEGIN", error) ||
      !exec_sql (db, schema_sql, error))
    goto out;

  if (sqlite3_prepare_v2 (db, "INSERT INTO articles (id, position, path, title, text, format,"
                              " encoding, dct, dct_source, extractor_version, extraction)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          -1, &article_stmt, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "INSERT INTO corrections (article_id, position, correction) VALUES (?, ?, ?)",
                          -1, &correction_stmt, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "INSERT INTO meta (key, value) VALUES (?, ?)",
                          -1, &pair_stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (db));
      goto out;
    }

  for (guint i = 0; i < G_N_ELEMENTS (meta); i += 2)
    {
      sqlite3_bind_text (pair_stmt, 1, meta[i], -1, SQLITE_STATIC);
      sqlite3_bind_text (pair_stmt, 2, meta[i + 1], -1, SQLITE_STATIC);
      if (!step_done (db, pair_stmt, error))
        goto out;
    }

  for (guint i = 0; i < job->articles->len; i++)
    {
      SavedArticle *a = g_ptr_array_index (job->articles, i);
      g_autofree char *stored = sw_extraction_to_store (a->base);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;

      sqlite3_bind_int64 (article_stmt, 1, i + 1);
      sqlite3_bind_int64 (article_stmt, 2, i);
      bind_nullable (article_stmt, 3, a->path);
      bind_nullable (article_stmt, 4, a->title);
      sqlite3_bind_text (article_stmt, 5, sw_document_get_text (a->document),
                         sw_document_get_size (a->document), SQLITE_STATIC);
      sqlite3_bind_text (article_stmt, 6, format_for_path (a->path), -1, SQLITE_STATIC);
      bind_nullable (article_stmt, 7, a->encoding);
      bind_nullable (article_stmt, 8, a->dct);
      sqlite3_bind_text (article_stmt, 9, sw_dct_source_to_string (a->dct_source), -1, SQLITE_STATIC);
      sqlite3_bind_text (article_stmt, 10, sw_extractor_version (), -1, SQLITE_STATIC);
      sqlite3_bind_text (article_stmt, 11, stored, -1, SQLITE_STATIC);
      if (!step_done (db, article_stmt, error))
        goto out;

      for (guint k = 0; k < a->corrections->len; k++)
        {
          sqlite3_bind_int64 (correction_stmt, 1, i + 1);
          sqlite3_bind_int64 (correction_stmt, 2, k);
          sqlite3_bind_text (correction_stmt, 3, g_ptr_array_index (a->corrections, k), -1, SQLITE_STATIC);
          if (!step_done (db, correction_stmt, error))
            goto out;
        }

      if (job->hook != NULL && !job->hook (i, job->hook_data))
        {
          g_set_error (error, SW_PROJECT_ERROR, SW_PROJECT_ERROR_INTERRUPTED,
                       _("Saving was interrupted"));
          goto out;
        }
    }

  sqlite3_finalize (pair_stmt);
  pair_stmt = NULL;
  if (sqlite3_prepare_v2 (db, "INSERT INTO view_state (key, value) VALUES (?, ?)",
                          -1, &pair_stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (db));
      goto out;
    }

  for (guint i = 0; i + 1 < job->view_state->len; i += 2)
    {
      sqlite3_bind_text (pair_stmt, 1, g_ptr_array_index (job->view_state, i), -1, SQLITE_STATIC);
      sqlite3_bind_text (pair_stmt, 2, g_ptr_array_index (job->view_state, i + 1), -1, SQLITE_STATIC);
      if (!step_done (db, pair_stmt, error))
        goto out;
    }

  if (!exec_sql (db, "COMMIT", error))
    goto out;

  ok = TRUE;

out:
  sqlite3_finalize (article_stmt);
  sqlite3_finalize (correction_stmt);
  sqlite3_finalize (pair_stmt);
  if (db != NULL && sqlite3_close (db) != SQLITE_OK && ok)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (db));
      ok = FALSE;
    }

  return ok;
}

static gboolean
sync_path (const char  *path,
           gboolean     directory,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0), 0);
  int saved_errno;

  if (fd < 0 || fsync (fd) != 0)
    {
      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

static gboolean
save_job_run (SaveJob       *job,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (job->path);
  g_autofree char *base = g_path_get_basename (job->path);
  g_autofree char *tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  int fd;

  /* In the same folder, so the rename that replaces the old copy is
   * atomic; hidden, so a crash leaves no second project in the folder. */
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: %s"), job->path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  if (g_stat (job->path, &st) == 0)
    g_chmod (tmp, st.st_mode & 0777);

  if (!write_database (job, tmp, cancellable, &local_error) ||
      !sync_path (tmp, FALSE, &local_error) ||
      (g_rename (tmp, job->path) != 0 &&
       (g_set_error (&local_error, G_IO_ERROR, g_io_error_from_errno (errno),
                     "%s", g_strerror (errno)), TRUE)))
    {
      g_unlink (tmp);

      if (g_error_matches (local_error, SW_PROJECT_ERROR, SW_PROJECT_ERROR_INTERRUPTED) ||
          g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("Could not save “%s”: %s"), job->path, local_error->message);
      return FALSE;
    }

  /* The rename itself must reach the disk too; failing to sync the folder
   * costs durability, not the file, so it is not an error. */
  sync_path (dir, TRUE, NULL);

  return TRUE;
}

static void
saved (SwProject *self,
       GFile     *file,
       guint64    generation)
{
  set_file (self, file);
  if (self->generation == generation)
    sw_project_set_modified (self, FALSE);
}

/**
 * sw_project_save:
 * @file: a local file, usually ending in .saywhen
 *
 * Writes the project atomically: the previous file at @file stays intact
 * until the new one is complete on disk.
 */
gboolean
sw_project_save (SwProject     *self,
                 GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  SaveJob *job;
  gboolean ok;
  guint64 generation;

  g_return_val_if_fail (SW_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_is_native (file))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Projects can only be saved to local folders"));
      return FALSE;
    }

  job = save_job_new (self, file);
  generation = job->generation;
  ok = save_job_run (job, cancellable, error);
  save_job_free (job);

  if (ok)
    saved (self, file, generation);

  return ok;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (save_job_run (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sw_project_save_async:
 *
 * Takes a snapshot now and writes it in a worker thread: edits made while
 * it writes keep the project modified.
 */
void
sw_project_save_async (SwProject           *self,
                       GFile               *file,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SW_IS_PROJECT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_project_save_async);

  if (!g_file_is_native (file))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Projects can only be saved to local folders"));
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "file", g_object_ref (file), g_object_unref);
  g_task_set_task_data (task, save_job_new (self, file), (GDestroyNotify)save_job_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
sw_project_save_finish (SwProject     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  SaveJob *job;

  g_return_val_if_fail (SW_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  saved (self, g_object_get_data (G_OBJECT (result), "file"), job->generation);

  return TRUE;
}

void
sw_project_set_save_hook (SwProject         *self,
                          SwProjectSaveHook  hook,
                          gpointer           user_data)
{
  g_return_if_fail (SW_IS_PROJECT (self));

  self->save_hook = hook;
  self->save_hook_data = user_data;
}

/* --- open -------------------------------------------------------------- */

typedef struct
{
  SwDocument   *document;
  SwExtraction *base;
  GPtrArray    *corrections;  /* SwCorrection* */
  gboolean      reextract;
} LoadedArticle;

static void
loaded_article_free (LoadedArticle *a)
{
  g_clear_object (&a->document);
  g_clear_pointer (&a->base, sw_extraction_unref);
  g_clear_pointer (&a->corrections, g_ptr_array_unref);
  g_free (a);
}

static gboolean
refuse (GError     **error,
        int          code,
        const char  *path,
        const char  *why)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, SW_PROJECT_ERROR, code, _("Could not open “%s”: %s"), name, why);
  return FALSE;
}

static gint64
pragma_int (sqlite3    *db,
            const char *sql,
            gboolean   *ok)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  else
    *ok = FALSE;

  sqlite3_finalize (stmt);
  return value;
}

/* Opens @path read-only after checking it is one of ours, sound, and of a
 * version we read. An older version is migrated in a copy in memory, so
 * opening never writes to the file. */
static sqlite3 *
open_database (const char  *path,
               gboolean    *migrated,
               GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[100];
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  gint64 app_id, version;
  gssize n = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not open “%s”: %s"), name, g_strerror (saved_errno));
      return NULL;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n >= (gssize)sizeof magic && n < (gssize)sizeof header && memcmp (header, magic, sizeof magic) == 0)
    {
      refuse (error, SW_PROJECT_ERROR_CORRUPT, path, _("the file is damaged"));
      return NULL;
    }

  if (n < (gssize)sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      refuse (error, SW_PROJECT_ERROR_NOT_PROJECT, path, _("it is not a Saywhen project"));
      return NULL;
    }

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      refuse (error, SW_PROJECT_ERROR_CORRUPT, path, db ? sqlite3_errmsg (db) : "out of memory");
      sqlite3_close (db);
      return NULL;
    }

  app_id = pragma_int (db, "PRAGMA application_id", &ok);
  version = pragma_int (db, "PRAGMA user_version", &ok);

  if (!ok)
    {
      refuse (error, SW_PROJECT_ERROR_CORRUPT, path, _("the file is damaged"));
      goto fail;
    }

  if (app_id != SW_PROJECT_APPLICATION_ID)
    {
      refuse (error, SW_PROJECT_ERROR_FOREIGN, path,
              _("it is a database of another program, not a Saywhen project"));
      goto fail;
    }

  if (version > SW_PROJECT_SCHEMA_VERSION)
    {
      g_autofree char *why =
        g_strdup_printf (_("it was saved by a newer version of Saywhen (format %d; this version reads up to %d)"),
                         (int)version, SW_PROJECT_SCHEMA_VERSION);
      refuse (error, SW_PROJECT_ERROR_TOO_NEW, path, why);
      goto fail;
    }

  if (version < 1)
    {
      refuse (error, SW_PROJECT_ERROR_CORRUPT, path, _("the file is incomplete"));
      goto fail;
    }

  /* A truncated or overwritten file still has a sound header; only a walk
   * over every page tells. */
  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW ||
      g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      refuse (error, SW_PROJECT_ERROR_CORRUPT, path, _("the file is damaged"));
      goto fail;
    }
  sqlite3_finalize (stmt);
  stmt = NULL;

  *migrated = version < SW_PROJECT_SCHEMA_VERSION;

  if (*migrated)
    {
      sqlite3 *memory = NULL;
      sqlite3_backup *backup;
      g_autoptr(GError) local_error = NULL;

      if (sqlite3_open (":memory:", &memory) != SQLITE_OK)
        {
          sqlite3_close (memory);
          refuse (error, SW_PROJECT_ERROR_CORRUPT, path, "out of memory");
          goto fail;
        }

      backup = sqlite3_backup_init (memory, "main", db, "main");
      if (backup == NULL || sqlite3_backup_step (backup, -1) != SQLITE_DONE)
        {
          sqlite3_backup_finish (backup);
          sqlite3_close (memory);
          refuse (error, SW_PROJECT_ERROR_CORRUPT, path, _("the file is damaged"));
          goto fail;
        }
      sqlite3_backup_finish (backup);
      sqlite3_close (db);
      db = memory;

      for (gint64 v = version; v < SW_PROJECT_SCHEMA_VERSION; v++)
        if (!exec_sql (db, migrations[v - 1], &local_error))
          {
            refuse (error, SW_PROJECT_ERROR_CORRUPT, path, local_error->message);
            goto fail;
          }
    }

  return db;

fail:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return NULL;
}

static void
reextract_one (gpointer data,
               gpointer user_data)
{
  LoadedArticle *a = data;
  GAsyncQueue *done = user_data;

  /* A date the old extractor inferred is inferred again by the new one. */
  if (sw_document_get_dct_source (a->document) == SW_DCT_SOURCE_INFERRED)
    sw_document_set_dct (a->document, NULL, SW_DCT_SOURCE_NONE);

  a->base = sw_extract (a->document, NULL);
  g_async_queue_push (done, a);
}

static void
reextract (GPtrArray *loaded,
           guint      n_stale)
{
  g_autoptr(GAsyncQueue) done = g_async_queue_new ();
  GThreadPool *pool = g_thread_pool_new (reextract_one, done,
                                         CLAMP (g_get_num_processors (), 1, 8), FALSE, NULL);

  for (guint i = 0; i < loaded->len; i++)
    {
      LoadedArticle *a = g_ptr_array_index (loaded, i);

      if (a->reextract)
        g_thread_pool_push (pool, a, NULL);
    }

  for (guint i = 0; i < n_stale; i++)
    g_async_queue_pop (done);

  g_thread_pool_free (pool, FALSE, TRUE);
}

static gboolean
read_rows_failed (sqlite3     *db,
                  int          rc,
                  const char  *path,
                  GError     **error)
{
  if (rc == SQLITE_DONE)
    return FALSE;

  refuse (error, SW_PROJECT_ERROR_CORRUPT, path, sqlite3_errmsg (db));
  return TRUE;
}

static SwProject *
open_project (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func ((GDestroyNotify)loaded_article_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(SwProject) project = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean migrated = FALSE;
  guint n_stale = 0, n_dropped = 0;
  gint64 started = g_get_monotonic_time ();
  int rc;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Projects can only be opened from local folders"));
      return NULL;
    }

  db = open_database (path, &migrated, error);
  if (db == NULL)
    return NULL;

  g_debug ("%s: checked in %.1f ms", path, (g_get_monotonic_time () - started) / 1000.0);
  project = sw_project_new ();

  if (sqlite3_prepare_v2 (db, "SELECT id, path, title, text, encoding, dct, dct_source,"
                              " extractor_version, extraction FROM articles ORDER BY position, id",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      refuse (error, SW_PROJECT_ERROR_CORRUPT, path, sqlite3_errmsg (db));
      goto fail;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LoadedArticle *a = g_new0 (LoadedArticle, 1);
      const char *text = (const char *)sqlite3_column_text (stmt, 3);
      int size = sqlite3_column_bytes (stmt, 3);
      const char *stored = (const char *)sqlite3_column_text (stmt, 8);
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_ptr_array_add (loaded, a);
      a->document = sw_document_new_from_text ((const char *)sqlite3_column_text (stmt, 2),
                                               text ? text : "", text ? size : 0);
      sw_document_set_path (a->document, (const char *)sqlite3_column_text (stmt, 1));
      if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
        sw_document_set_title (a->document, NULL);
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        sw_document_set_encoding (a->document, (const char *)sqlite3_column_text (stmt, 4));
      sw_document_set_dct (a->document, (const char *)sqlite3_column_text (stmt, 5),
                           dct_source_from_string ((const char *)sqlite3_column_text (stmt, 6)));
      a->corrections = g_ptr_array_new_with_free_func (g_object_unref);

      if (stored != NULL &&
          g_strcmp0 ((const char *)sqlite3_column_text (stmt, 7), sw_extractor_version ()) == 0)
        a->base = sw_extraction_from_store (stored, sqlite3_column_bytes (stmt, 8),
                                            sw_document_get_size (a->document), NULL);

      if (a->base == NULL)
        {
          a->reextract = TRUE;
          n_stale++;
        }

      g_array_append_val (ids, id);

      if (g_cancellable_is_cancelled (cancellable))
        break;
    }

  /* Keyed only now: the keys point into ids, which moves as it grows. */
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_insert (by_id, &g_array_index (ids, gint64, i), g_ptr_array_index (loaded, i));

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      read_rows_failed (db, rc, path, error))
    goto fail;
  sqlite3_finalize (stmt);

  if (sqlite3_prepare_v2 (db, "SELECT article_id, correction FROM corrections ORDER BY article_id, position",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      refuse (error, SW_PROJECT_ERROR_CORRUPT, path, sqlite3_errmsg (db));
      goto fail;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      LoadedArticle *a = g_hash_table_lookup (by_id, &id);
      const char *json = (const char *)sqlite3_column_text (stmt, 1);
      g_autoptr(GError) local_error = NULL;
      SwCorrection *c;

      if (a == NULL || json == NULL)
        continue;

      c = sw_correction_new_from_string (json, &local_error);
      if (c == NULL)
        {
          g_message ("%s: dropping a stored correction: %s", path, local_error->message);
          n_dropped++;
          continue;
        }
      g_ptr_array_add (a->corrections, c);
    }

  if (read_rows_failed (db, rc, path, error))
    goto fail;
  sqlite3_finalize (stmt);

  if (sqlite3_prepare_v2 (db, "SELECT key, value FROM view_state", -1, &stmt, NULL) != SQLITE_OK)
    {
      refuse (error, SW_PROJECT_ERROR_CORRUPT, path, sqlite3_errmsg (db));
      goto fail;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (sqlite3_column_text (stmt, 0) != NULL && sqlite3_column_text (stmt, 1) != NULL)
      g_hash_table_insert (project->view_state,
                           g_strdup ((const char *)sqlite3_column_text (stmt, 0)),
                           g_strdup ((const char *)sqlite3_column_text (stmt, 1)));

  if (read_rows_failed (db, rc, path, error))
    goto fail;
  sqlite3_finalize (stmt);
  stmt = NULL;
  sqlite3_close (db);
  db = NULL;

  g_debug ("%s: read in %.1f ms", path, (g_get_monotonic_time () - started) / 1000.0);

  if (n_stale > 0)
    reextract (loaded, n_stale);

  for (guint i = 0; i < loaded->len; i++)
    {
      LoadedArticle *a = g_ptr_array_index (loaded, i);
      g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_object_unref);
      SwArticle *article = sw_article_new (a->document, a->base);

      sw_history_track (project->history, article, a->base, a->corrections, dropped);
      n_dropped += dropped->len;
      g_ptr_array_add (articles, article);
    }

  if (articles->len > 0)
    g_list_store_splice (project->articles, 0, 0, articles->pdata, articles->len);

  g_debug ("%s: %u articles open in %.1f ms, %u extracted again, %u corrections dropped",
           path, articles->len, (g_get_monotonic_time () - started) / 1000.0, n_stale, n_dropped);

  project->n_reextracted = n_stale;
  project->file = g_object_ref (file);
  /* What is on disk is no longer what is open if anything had to change. */
  project->modified = migrated || n_stale > 0 || n_dropped > 0;

  return g_steal_pointer (&project);

fail:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return NULL;
}

/**
 * sw_project_open:
 *
 * Reads a project. A file that is not a Saywhen project, is damaged, or
 * was written by a newer, incompatible version is refused with a
 * #SwProjectError that says so, and nothing is changed. Articles stored by
 * another extractor build are extracted again and their corrections
 * replayed; the project is then marked modified.
 */
SwProject *
sw_project_open (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return open_project (file, cancellable, error);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  SwProject *project = open_project (task_data, cancellable, &error);

  if (project == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, project, g_object_unref);
}

void
sw_project_open_async (GFile               *file,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_project_open_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, open_thread);
}

SwProject *
sw_project_open_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
