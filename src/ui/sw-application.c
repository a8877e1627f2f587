/* sw-application.c: the application, its app-wide actions and start-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-application.h"
#include "sw-window.h"

struct _SwApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (SwApplication, sw_application, ADW_TYPE_APPLICATION)

static SwWindow *
get_window (SwApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (sw_window_new (GTK_APPLICATION (self)));

  return SW_WINDOW (window);
}

/* A first start, or a start whose last session's files are all gone,
 * shows the bundled sample so that the window is never an empty promise. */
static gboolean
restore_session (SwApplication *self,
                 SwWindow      *window)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) paths = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return FALSE;

  settings = g_settings_new (APP_ID);
  paths = g_settings_get_strv (settings, "last-session-files");

  for (guint i = 0; paths[i] != NULL; i++)
    if (g_file_test (paths[i], G_FILE_TEST_IS_REGULAR))
      g_ptr_array_add (files, g_file_new_for_path (paths[i]));

  if (files->len == 0)
    return FALSE;

  sw_window_open_files (window, (GFile **)files->pdata, files->len);
  return TRUE;
}

/* A window shown before its first article arrives costs a frame of an
 * empty window and a second one with the article; shown when the article
 * is there (or after a short wait, whichever comes first), the first
 * frame the user sees already has it. */
#define PRESENT_WAIT_MS 400

typedef struct
{
  GtkWindow *window;
  gulong     handler;
  guint      timeout;
} Presenter;

static void
presenter_finish (Presenter *p)
{
  g_clear_signal_handler (&p->handler, p->window);
  g_clear_handle_id (&p->timeout, g_source_remove);
  gtk_window_present (p->window);
  g_object_unref (p->window);
  g_free (p);
}

static void
on_loading_changed (SwWindow   *window,
                    GParamSpec *pspec,
                    Presenter  *p)
{
  if (sw_window_get_loading (window) == 0 ||
      g_list_model_get_n_items (sw_window_get_articles (window)) > 0)
    presenter_finish (p);
}

static gboolean
on_present_timeout (gpointer data)
{
  Presenter *p = data;

  p->timeout = 0;
  presenter_finish (p);
  return G_SOURCE_REMOVE;
}

static void
present_when_ready (SwWindow *window)
{
  Presenter *p;

  if (gtk_widget_get_visible (GTK_WIDGET (window)) || sw_window_get_loading (window) == 0)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  p = g_new0 (Presenter, 1);
  p->window = g_object_ref (GTK_WINDOW (window));
  p->handler = g_signal_connect (window, "notify::loading", G_CALLBACK (on_loading_changed), p);
  p->timeout = g_timeout_add (PRESENT_WAIT_MS, on_present_timeout, p);
}

static void
sw_application_activate (GApplication *app)
{
  SwApplication *self = SW_APPLICATION (app);
  GtkWindow *existing = gtk_application_get_active_window (GTK_APPLICATION (self));
  SwWindow *window = get_window (self);

  if (existing == NULL && !restore_session (self, window))
    sw_window_open_sample (window);

  present_when_ready (window);
}

static void
sw_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  SwWindow *window = get_window (SW_APPLICATION (app));

  sw_window_open_files (window, files, n_files);
  present_when_ready (window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  SwApplication *self = user_data;
  static const char *developers[] = { "The Saywhen developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Saywhen"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Saywhen developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/saywhen/saywhen",
                         "issue-url", "https://github.com/saywhen/saywhen/issues",
                         "comments", _("Read news articles for what happened when and who said what, to whom, about whom."),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  SwApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Close politely so each window saves its session. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
sw_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (sw_application_parent_class)->startup (app);
  /* set by main() for a machine without a GPU; GDK has read it by now */
  if (g_strcmp0 (g_getenv ("GDK_DEBUG"), "gl-disable") == 0)
    g_unsetenv ("GDK_DEBUG");

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
sw_application_class_init (SwApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = sw_application_activate;
  app_class->open = sw_application_open;
  app_class->startup = sw_application_startup;
}

static void
sw_application_init (SwApplication *self)
{
}

SwApplication *
sw_application_new (void)
{
  return g_object_new (SW_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
