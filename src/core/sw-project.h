/* sw-project.h: a workspace of articles, their corrections and view state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sw-article.h"
#include "sw-history.h"

G_BEGIN_DECLS

#define SW_PROJECT_ERROR (sw_project_error_quark ())

typedef enum
{
  SW_PROJECT_ERROR_NOT_PROJECT,  /* not an SQLite database at all */
  SW_PROJECT_ERROR_FOREIGN,      /* an SQLite database of another program */
  SW_PROJECT_ERROR_TOO_NEW,      /* written by a newer, incompatible Saywhen */
  SW_PROJECT_ERROR_CORRUPT,      /* damaged or truncated */
  SW_PROJECT_ERROR_INTERRUPTED,  /* a save stopped before it finished */
} SwProjectError;

/* "SayW": PRAGMA application_id, so file(1) and Saywhen know their own. */
#define SW_PROJECT_APPLICATION_ID 0x53617957
/* PRAGMA user_version of the files this version writes; it reads 1 too. */
#define SW_PROJECT_SCHEMA_VERSION 2

#define SW_TYPE_PROJECT (sw_project_get_type ())

G_DECLARE_FINAL_TYPE (SwProject, sw_project, SW, PROJECT, GObject)

/* Called in the importing thread after each file, done of total. */
typedef void (*SwProgressFunc) (guint    done,
                                guint    total,
                                gpointer user_data);

/* Test hook: called after each article row a save writes; returning FALSE
 * interrupts the save there. */
typedef gboolean (*SwProjectSaveHook) (guint    article,
                                       gpointer user_data);

GQuark        sw_project_error_quark          (void);
const char   *sw_extractor_version            (void);

SwProject    *sw_project_new                  (void);
GListModel   *sw_project_get_articles         (SwProject      *self);
SwHistory    *sw_project_get_history          (SwProject      *self);
GFile        *sw_project_get_file             (SwProject      *self);
gboolean      sw_project_get_modified         (SwProject      *self);
void          sw_project_set_modified         (SwProject      *self,
                                               gboolean        modified);
guint         sw_project_get_n_reextracted    (SwProject      *self);

void          sw_project_add_article          (SwProject      *self,
                                               SwArticle      *article);
void          sw_project_remove_article       (SwProject      *self,
                                               SwArticle      *article);
gboolean      sw_project_apply                (SwProject      *self,
                                               SwArticle      *article,
                                               SwCorrection   *correction,
                                               GError        **error);
GPtrArray    *sw_project_get_corrections      (SwProject      *self,
                                               SwArticle      *article);

const char   *sw_project_get_view_state       (SwProject      *self,
                                               const char     *key);
void          sw_project_set_view_state       (SwProject      *self,
                                               const char     *key,
                                               const char     *value);
GStrv         sw_project_dup_view_state_keys  (SwProject      *self);

guint         sw_project_import               (SwProject      *self,
                                               GFile         **files,
                                               guint           n_files,
                                               const char     *dct,
                                               guint           n_threads,
                                               GCancellable   *cancellable,
                                               SwProgressFunc  progress,
                                               gpointer        user_data,
                                               GPtrArray      *failures);
void          sw_project_import_async         (SwProject           *self,
                                               GFile              **files,
                                               guint                n_files,
                                               const char          *dct,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean      sw_project_import_finish        (SwProject      *self,
                                               GAsyncResult   *result,
                                               GStrv          *failures,
                                               GError        **error);
double        sw_project_get_import_fraction  (SwProject      *self);

gboolean      sw_project_save                 (SwProject      *self,
                                               GFile          *file,
                                               GCancellable   *cancellable,
                                               GError        **error);
void          sw_project_save_async           (SwProject           *self,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean      sw_project_save_finish          (SwProject      *self,
                                               GAsyncResult   *result,
                                               GError        **error);
void          sw_project_set_save_hook        (SwProject         *self,
                                               SwProjectSaveHook  hook,
                                               gpointer           user_data);

SwProject    *sw_project_open                 (GFile          *file,
                                               GCancellable   *cancellable,
                                               GError        **error);
void          sw_project_open_async           (GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
SwProject    *sw_project_open_finish          (GAsyncResult   *result,
                                               GError        **error);

G_END_DECLS
