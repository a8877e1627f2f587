/* sw-window-project.c: projects, undo and redo, autosave, folders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-window-project"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-folder.h"
#include "sw-window-private.h"

/* Edits settle for this long before an autosave, so a burst of
 * corrections writes the project once. */
#define AUTOSAVE_DELAY_SECONDS 2

static int
compare_recent (GtkRecentInfo *a,
                GtkRecentInfo *b)
{
  /* Owned by the infos */
  GDateTime *ta = gtk_recent_info_get_modified (a);
  GDateTime *tb = gtk_recent_info_get_modified (b);

  return g_date_time_compare (tb, ta);
}

static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0 };
  static const char *groups[] = { "saywhen", NULL };

  data.display_name = NULL;
  data.mime_type = (char *)"application/vnd.saywhen.project";
  data.app_name = (char *)g_get_application_name ();
  data.app_exec = (char *)"saywhen %u";
  data.groups = (char **)groups;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
project_saved (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SwWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sw_project_save_finish (SW_PROJECT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _sw_window_show_message (self, error->message);
      return;
    }

  add_recent (sw_project_get_file (SW_PROJECT (object)));
  _sw_window_project_actions_update (self);
}

static void
save_to (SwWindow *self,
         GFile    *file)
{
  sw_project_save_async (self->project, file, self->cancellable, project_saved, g_object_ref (self));
}

static void
save_as_response (GtkNativeDialog *dialog,
                  int              response,
                  SwWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (chosen);
      g_autoptr(GFile) file = NULL;

      /* A project is recognised by its extension when opened again. */
      if (!g_str_has_suffix (path, ".saywhen"))
        {
          g_autofree char *with = g_strconcat (path, ".saywhen", NULL);
          file = g_file_new_for_path (with);
        }
      else
        file = g_object_ref (chosen);

      save_to (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
save_project_as_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter;

  dialog = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("Untitled Project.saywhen"));

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Saywhen Projects"));
  gtk_file_filter_add_pattern (filter, "*.saywhen");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);

  g_signal_connect (dialog, "response", G_CALLBACK (save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_project_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  GFile *file = sw_project_get_file (self->project);

  if (file == NULL)
    save_project_as_action (widget, action_name, param);
  else
    save_to (self, file);
}

static gboolean
autosave_cb (gpointer user_data)
{
  SwWindow *self = user_data;

  self->autosave_source = 0;

  if (sw_project_get_file (self->project) != NULL && sw_project_get_modified (self->project))
    save_to (self, sw_project_get_file (self->project));

  return G_SOURCE_REMOVE;
}

/* Every correction is kept: a project with a file saves itself shortly
 * after each change. */
void
_sw_window_schedule_autosave (SwWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add_seconds (AUTOSAVE_DELAY_SECONDS, autosave_cb, self);
}

static void
project_opened (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SwWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwProject) project = sw_project_open_finish (result, &error);

  _sw_window_set_loading (self, self->loading - 1);

  if (project == NULL)
    {
      /* A corrupt or foreign file changes nothing. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _sw_window_show_message (self, error->message);
      return;
    }

  add_recent (sw_project_get_file (project));
  _sw_window_set_project (self, project);
}

/**
 * _sw_window_open_project_file:
 *
 * Opens @file as a project in place of the current one, if its name says
 * it is one. Returns %FALSE for any other file.
 */
gboolean
_sw_window_open_project_file (SwWindow *self,
                              GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);

  if (name == NULL || !g_str_has_suffix (name, ".saywhen"))
    return FALSE;

  _sw_window_set_loading (self, self->loading + 1);
  sw_project_open_async (file, self->cancellable, project_opened, g_object_ref (self));
  return TRUE;
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  _sw_window_open_project_file (self, file);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);

  if (!sw_history_undo (sw_project_get_history (self->project)))
    gtk_widget_error_bell (widget);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);

  if (!sw_history_redo (sw_project_get_history (self->project)))
    gtk_widget_error_bell (widget);
}

static void
folder_collected (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SwWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_task_propagate_pointer (G_TASK (result), &error);

  _sw_window_set_loading (self, self->loading - 1);

  if (files == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _sw_window_show_message (self, error->message);
      return;
    }

  sw_window_import_files (self, (GFile **)files->pdata, files->len);
}

static void
collect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *files = sw_collect_article_files (task_data, cancellable, &error);

  if (files == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, files, (GDestroyNotify)g_ptr_array_unref);
}

/**
 * sw_window_import_folder:
 *
 * Imports every article below @folder: the walk and the import both run
 * off the main thread, with the progress bar and Cancel showing.
 */
void
sw_window_import_folder (SwWindow *self,
                         GFile    *folder)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  _sw_window_set_loading (self, self->loading + 1);
  task = g_task_new (NULL, self->cancellable, folder_collected, g_object_ref (self));
  g_task_set_task_data (task, g_object_ref (folder), g_object_unref);
  g_task_run_in_thread (task, collect_thread);
}

static void
import_folder_response (GtkNativeDialog *dialog,
                        int              response,
                        SwWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      sw_window_import_folder (self, folder);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Import a Folder of Articles"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (import_folder_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Folders: every article file below a folder, imported on two threads
 * with a progress bar and a Cancel button. */

static void
folder_imported (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SwWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) failures = NULL;

  _sw_window_set_loading (self, self->loading - 1);

  if (!sw_project_import_finish (SW_PROJECT (object), result, &failures, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _sw_window_show_message (self, error->message);
      return;
    }

  if (failures != NULL && failures[0] != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file could not be read: %s",
                                      "%u files could not be read; the first: %s",
                                      g_strv_length (failures)),
                         g_strv_length (failures), failures[0]);
      _sw_window_show_message (self, message);
    }
}

/**
 * sw_window_import_files:
 *
 * Imports many files at once into the current project, on worker
 * threads; the loading property counts it until it ends or is cancelled.
 */
void
sw_window_import_files (SwWindow  *self,
                        GFile    **files,
                        guint      n_files)
{
  g_return_if_fail (SW_IS_WINDOW (self));

  if (n_files == 0)
    {
      _sw_window_show_message (self, _("No articles found there"));
      return;
    }

  _sw_window_set_loading (self, self->loading + 1);
  sw_project_import_async (self->project, files, n_files, NULL, self->cancellable,
                           folder_imported, g_object_ref (self));
}

static void
cancel_loading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);

  /* Drop what is loading; the articles already open stay. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

/* The primary menu's Recent Projects, newest first. */
static void
update_recent_menu (SwWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint shown = 0;

  g_menu_remove_all (self->recent_menu);

  items = g_list_sort (items, (GCompareFunc)compare_recent);
  for (GList *l = items; l != NULL && shown < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GFile) file = NULL;
      g_autofree char *name = NULL;
      g_autofree char *detailed = NULL;

      if (!g_str_has_suffix (uri, ".saywhen") || !gtk_recent_info_exists (info))
        continue;

      file = g_file_new_for_uri (uri);
      name = g_file_get_basename (file);
      detailed = g_action_print_detailed_name ("win.open-recent", g_variant_new_string (uri));
      g_menu_append (self->recent_menu, name, detailed);
      shown++;
    }

  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
}

void
_sw_window_project_setup (SwWindow *self)
{
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);
}

void
_sw_window_project_actions_update (SwWindow *self)
{
  SwHistory *history = sw_project_get_history (self->project);
  gboolean has_articles = g_list_model_get_n_items (G_LIST_MODEL (self->articles)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", sw_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", sw_history_get_can_redo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-project", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-project-as", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-loading", self->loading > 0);
}

void
_sw_window_project_dispose (SwWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
}

void
_sw_window_class_add_project_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save-project", NULL, save_project_action);
  gtk_widget_class_install_action (widget_class, "win.save-project-as", NULL, save_project_as_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, cancel_loading_action);
  gtk_widget_class_install_action (widget_class, "win.import-folder", NULL, import_folder_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.import-folder", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-project-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}
