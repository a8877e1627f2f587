/* test-window.c: the main window, driven through its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sw-application.h"
#include "sw-article-view.h"
#include "sw-item.h"
#include "sw-timeline-view.h"
#include <glib/gstdio.h>
#include "sw-window.h"
#include "ui-wait.h"

static void
wait_loaded (SwWindow *window)
{
  /* Loading runs in worker threads; the main loop stays free meanwhile. */
  guint guard = 0;

  while (g_main_context_iteration (NULL, FALSE) || sw_window_get_loading (window) > 0)
    {
      if (sw_window_get_loading (window) > 0)
        g_usleep (1000);
      g_assert_cmpuint (++guard, <, 20000);
    }
}

static SwArticleView *
find_article_view (GtkWidget *widget)
{
  if (SW_IS_ARTICLE_VIEW (widget))
    return SW_ARTICLE_VIEW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      SwArticleView *found = find_article_view (child);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_action (GType       type,
            const char *name)
{
  GtkWidgetClass *klass = g_type_class_peek (type);
  const char *action_name;
  const GVariantType *param_type;
  const char *property;
  GType owner;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &action_name, &param_type, &property); i++)
    if (g_strcmp0 (action_name, name) == 0)
      return TRUE;

  return FALSE;
}

static void
test_window_sample (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(GBytes) sample = g_resources_lookup_data (RESOURCE_BASE "/sample/sample-article.txt", 0, NULL);
  g_autofree char *shown = NULL;
  SwArticleView *view;

  gtk_window_present (GTK_WINDOW (window));
  sw_window_open_sample (window);
  wait_loaded (window);

  g_assert_cmpuint (g_list_model_get_n_items (sw_window_get_articles (window)), ==, 1);
  view = find_article_view (GTK_WIDGET (window));
  g_assert_nonnull (view);
  g_assert_nonnull (sw_article_view_get_article (view));
  shown = sw_article_view_dup_text (view);
  g_assert_nonnull (sample);
  g_assert_cmpmem (shown, strlen (shown), g_bytes_get_data (sample, NULL), g_bytes_get_size (sample));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_actions (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));

  g_assert_true (has_action (SW_TYPE_WINDOW, "win.open"));
  g_assert_true (has_action (SW_TYPE_WINDOW, "win.export"));
  g_assert_true (has_action (SW_TYPE_WINDOW, "win.paste"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline"));
  g_assert_cmpstr (sw_window_get_view (window), ==, "timeline");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "actors"));
  g_assert_cmpstr (sw_window_get_view (window), ==, "actors");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");

  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));

  /* Every entry shows its keys. The window's shortcuts are bindings of
   * its class, which the shortcuts window cannot look up by action name
   * (it asks the application), so each names its keys itself; only the
   * application's own accelerators may go by action name. */
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;
      g_autofree char *title = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, "action-name", &action, "title", &title, NULL);
      if (accelerator == NULL || *accelerator == '\0')
        {
          if (g_strcmp0 (action, "app.quit") != 0 && g_strcmp0 (action, "win.show-help-overlay") != 0)
            g_error ("“%s” shows no keys (action %s)", title, action);
          continue;
        }

      {
        g_auto(GStrv) keys = g_strsplit (accelerator, " ", -1);

        for (guint k = 0; keys[k] != NULL; k++)
          {
            guint keyval = 0;
            GdkModifierType mods = 0;

            if (*keys[k] == '\0')
              continue;
            g_assert_true (gtk_accelerator_parse (keys[k], &keyval, &mods));
            g_assert_cmpuint (keyval, !=, 0);
          }
      }
    }

  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_binary_file_keeps_others (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "image.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  gtk_window_present (GTK_WINDOW (window));
  sw_window_open_sample (window);
  wait_loaded (window);
  g_assert_cmpuint (g_list_model_get_n_items (sw_window_get_articles (window)), ==, 1);

  sw_window_open_files (window, &file, 1);
  wait_loaded (window);

  g_assert_cmpuint (g_list_model_get_n_items (sw_window_get_articles (window)), ==, 1);
  g_assert_nonnull (sw_window_get_last_message (window));
  g_assert_nonnull (strstr (sw_window_get_last_message (window), "not a text file"));
  g_assert_nonnull (strstr (sw_window_get_last_message (window), "image.txt"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_show_source (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) article = NULL;
  g_autofree char *sentence = NULL;
  SwArticleView *view;
  const char *text;
  const char *word;

  gtk_window_present (GTK_WINDOW (window));
  sw_window_open_sample (window);
  wait_loaded (window);

  article = g_list_model_get_item (sw_window_get_articles (window), 0);
  text = sw_document_get_text (sw_article_get_document (article));
  word = strstr (text, "said");
  g_assert_nonnull (word);

  sw_window_show_source (window, article, g_utf8_pointer_to_offset (text, word),
                         g_utf8_pointer_to_offset (text, word) + 4);
  view = find_article_view (GTK_WIDGET (window));
  sentence = sw_article_view_dup_selected_sentence (view);

  /* The whole sentence around the word is highlighted, not just the word. */
  g_assert_nonnull (sentence);
  g_assert_nonnull (strstr (sentence, "said"));
  g_assert_cmpuint (strlen (sentence), >, 20);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_article_view_finalizes (void)
{
  GtkWidget *view = g_object_ref_sink (sw_article_view_new ());
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, "One line. “Two,” she said.", -1);
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(SwArticle) article = sw_article_new (doc, ex);
  g_autofree char *text = NULL;

  sw_article_view_set_article (SW_ARTICLE_VIEW (view), article);
  text = sw_article_view_dup_text (SW_ARTICLE_VIEW (view));
  g_assert_cmpstr (text, ==, "One line. “Two,” she said.");
  sw_article_view_select_range (SW_ARTICLE_VIEW (view), 11, 14);
  g_clear_pointer (&text, g_free);
  text = sw_article_view_dup_selected_sentence (SW_ARTICLE_VIEW (view));
  g_assert_cmpstr (text, ==, "“Two,” she said.");

  g_assert_finalize_object (view);
}

static void
test_article_view_tooltips (void)
{
  const char *text = "On Tuesday, Ana Ruiz said “we will sign” on Radio Mar.";
  GtkWidget *view = g_object_ref_sink (sw_article_view_new ());
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, text, -1);
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(SwArticle) article = NULL;
  SwQuote *q = sw_quote_new (SW_QUOTE_DIRECT);
  SwActor *ana = sw_actor_new ("Ana Ruiz", SW_ACTOR_PERSON);
  const char *quote = strstr (text, "we will");
  g_autofree char *on_date = NULL;
  g_autofree char *on_quote = NULL;
  g_autofree char *on_name = NULL;
  g_autofree char *on_nothing = NULL;
  int zero = 0;

  g_ptr_array_add (ex->timexes, sw_timex_new (SW_TIMEX_DATE, 3, 10, "2025-03-18"));
  sw_actor_add_mention (ana, 12, 20);
  sw_actor_add_role (ana, "Harbour Minister");
  g_ptr_array_add (ex->actors, ana);
  q->content.start = quote - text;
  q->content.end = q->content.start + strlen ("we will sign");
  g_array_append_val (q->speakers, zero);
  q->medium = g_strdup ("Radio Mar");
  g_ptr_array_add (ex->quotes, q);

  article = sw_article_new (doc, ex);
  sw_article_view_set_article (SW_ARTICLE_VIEW (view), article);

  /* Offsets are code points: the curly quote before "we" is one. */
  on_date = sw_article_view_dup_tooltip_at (SW_ARTICLE_VIEW (view), 5);
  on_name = sw_article_view_dup_tooltip_at (SW_ARTICLE_VIEW (view), 14);
  on_quote = sw_article_view_dup_tooltip_at (SW_ARTICLE_VIEW (view), g_utf8_pointer_to_offset (text, quote) + 3);
  on_nothing = sw_article_view_dup_tooltip_at (SW_ARTICLE_VIEW (view), 0);

  g_assert_cmpstr (on_date, ==, "DATE 2025-03-18");
  g_assert_nonnull (strstr (on_name, "Ana Ruiz"));
  g_assert_nonnull (strstr (on_name, "Harbour Minister"));
  g_assert_nonnull (strstr (on_quote, "Ana Ruiz"));
  g_assert_nonnull (strstr (on_quote, "Radio Mar"));
  g_assert_null (on_nothing);

  g_assert_finalize_object (view);
}

static void
test_article_view_huge_line (void)
{
  GtkWidget *view = g_object_ref_sink (sw_article_view_new ());
  gsize n = 1024 * 1024;
  g_autofree char *line = g_malloc (n + 1);
  g_autoptr(SwDocument) doc = NULL;
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(SwArticle) article = NULL;
  g_autofree char *text = NULL;

  /* A one-megabyte paragraph would freeze GtkTextView's layout. */
  memset (line, 'a', n);
  line[n] = '\0';
  doc = sw_document_new_from_text ("Huge", line, n);
  article = sw_article_new (doc, ex);
  sw_article_view_set_article (SW_ARTICLE_VIEW (view), article);
  text = sw_article_view_dup_text (SW_ARTICLE_VIEW (view));
  g_assert_cmpstr (text, ==, "");
  g_assert_true (sw_article_view_get_article (SW_ARTICLE_VIEW (view)) == article);

  g_assert_finalize_object (view);
}

/* Two actors, one event each, built by hand so the test does not depend on
 * what the extractors find. */
static SwArticle *
two_actor_article (void)
{
  const char *text = "Ana Ruiz met the union on Monday. Ben Ode resigned on Friday.";
  g_autoptr(SwDocument) doc = sw_document_new_from_text ("Two events", text, -1);
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  SwEvent *e1 = sw_event_new ("Ana Ruiz met the union", 0, 33);
  SwEvent *e2 = sw_event_new ("Ben Ode resigned", 34, 61);
  int a = 0, b = 1;

  g_ptr_array_add (ex->actors, sw_actor_new ("Ana Ruiz", SW_ACTOR_PERSON));
  g_ptr_array_add (ex->actors, sw_actor_new ("Ben Ode", SW_ACTOR_PERSON));
  e1->date_from = g_strdup ("2025-03-17");
  e2->date_from = g_strdup ("2025-03-21");
  g_array_append_val (e1->actors, a);
  g_array_append_val (e2->actors, b);
  g_ptr_array_add (ex->events, e1);
  g_ptr_array_add (ex->events, e2);

  return sw_article_new (doc, ex);
}

static void
test_actor_filters_events (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) article = two_actor_article ();
  SwViewState *state = sw_window_get_view_state (window);
  GListModel *events = sw_window_get_visible_events (window);
  g_autoptr(SwItem) only = NULL;

  sw_window_add_article (window, article);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);

  sw_view_state_set_selected_actor (state, "Ben Ode");
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  only = g_list_model_get_item (events, 0);
  g_assert_cmpstr (sw_item_get_label (only), ==, "Ben Ode resigned");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-all-actors", NULL));
  g_assert_null (sw_view_state_get_selected_actor (state));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
find_widget_of_type (GtkWidget  *widget,
                     GType       type,
                     GtkWidget **out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      *out = widget;
      return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (find_widget_of_type (child, type, out))
      return TRUE;

  return FALSE;
}

/* Selecting a node in the graph selects the actor everywhere: the shared
 * state, the timeline's highlighted lane, the quotation list. */
static void
test_graph_selects_everywhere (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) article = two_actor_article ();
  GtkWidget *graph = NULL;
  GtkWidget *timeline = NULL;

  sw_window_add_article (window, article);
  g_assert_true (find_widget_of_type (GTK_WIDGET (window), g_type_from_name ("SwGraphView"), &graph));
  g_assert_true (find_widget_of_type (GTK_WIDGET (window), g_type_from_name ("SwTimelineView"), &timeline));

  g_signal_emit_by_name (graph, "actor-selected", "Ana Ruiz");
  g_assert_cmpstr (sw_view_state_get_selected_actor (sw_window_get_view_state (window)), ==, "Ana Ruiz");
  g_assert_cmpuint (g_list_model_get_n_items (sw_window_get_visible_events (window)), ==, 1);
  g_assert_cmpint (sw_timeline_view_get_selected_actor (SW_TIMELINE_VIEW (timeline)), >=, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A label holding @words that is shown whenever its page is */
static gboolean
find_visible_label_with (GtkWidget  *widget,
                         const char *words)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), words) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (find_visible_label_with (child, words))
      return TRUE;

  return FALSE;
}

/* Opening a relation whose evidence is a dated event, talks with no
 * quotation, lists that event's sentence beside the quotations; opening
 * an actor hides it again. */
static void
test_relation_lists_events (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) article = two_actor_article ();
  GtkWidget *graph = NULL;
  GVariantBuilder evidence;

  sw_window_add_article (window, article);
  g_assert_true (find_widget_of_type (GTK_WIDGET (window), g_type_from_name ("SwGraphView"), &graph));
  g_assert_false (find_visible_label_with (GTK_WIDGET (window), ": Ana Ruiz met the union on Monday."));

  /* document 0, no quotation, event 0 */
  g_variant_builder_init (&evidence, G_VARIANT_TYPE ("a(uii)"));
  g_variant_builder_add (&evidence, "(uii)", 0u, -1, 0);
  g_signal_emit_by_name (graph, "relation-activated", "Ana Ruiz", "Ben Ode", "spoke_with",
                         g_variant_builder_end (&evidence));
  g_assert_true (find_visible_label_with (GTK_WIDGET (window), ": Ana Ruiz met the union on Monday."));

  g_signal_emit_by_name (graph, "actor-selected", "Ben Ode");
  g_assert_false (find_visible_label_with (GTK_WIDGET (window), ": Ana Ruiz met the union on Monday."));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Activating an event on the drawn timeline shows its sentence in the
 * article, highlighted. */
static void
test_timeline_opens_sentence (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) article = two_actor_article ();
  GtkWidget *timeline = NULL;
  g_autofree char *sentence = NULL;

  sw_window_add_article (window, article);
  g_assert_true (find_widget_of_type (GTK_WIDGET (window), g_type_from_name ("SwTimelineView"), &timeline));

  /* On screen, the timeline sums itself up, and each drawn event is an
   * accessible child saying what it is; picking the sentence in the article
   * selects it there. */
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline");
  wait_frames ();
  wait_for_stand_ins (timeline);
  gtk_test_accessible_assert_property (timeline, GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline, 2 items");
  g_assert_true (sw_timeline_view_select_span (SW_TIMELINE_VIEW (timeline), 0, 34, 61));
  {
    gboolean found = FALSE;

    for (GtkWidget *child = gtk_widget_get_first_child (timeline); child; child = gtk_widget_get_next_sibling (child))
      {
        g_autofree char *differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                      "Event, 2025-03-21: Ben Ode resigned");

        if (differs == NULL && gtk_widget_get_child_visible (child))
          {
            gtk_test_accessible_assert_state (child, GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
            found = TRUE;
          }
      }
    g_assert_true (found);
  }

  /* document 0, an event, index 1, its byte span */
  g_signal_emit_by_name (timeline, "item-activated", 0, 0, 1, 34u, 61u);
  g_assert_cmpstr (sw_window_get_view (window), ==, "article");
  sentence = sw_article_view_dup_selected_sentence (find_article_view (GTK_WIDGET (window)));
  g_assert_cmpstr (sentence, ==, "Ben Ode resigned on Friday.");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Export writes each kind of file from the open articles. */
static void
test_export (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) article = two_actor_article ();
  g_autofree char *dir = g_dir_make_tmp ("saywhen-export-XXXXXX", NULL);
  static const struct { const char *content; const char *name; const char *head; } cases[] = {
    { "timeline", "t.png", "\x89PNG" },
    { "timeline", "t.svg", "<?xml" },
    { "timeline", "t.pdf", "%PDF" },
    { "graph", "g.png", "\x89PNG" },
    { "json", "a.jsonl", "{\"document\"" },
    { "csv-events", "e.csv", "" },
    { "graphml", "g.graphml", "<?xml" },
  };

  gtk_window_present (GTK_WINDOW (window));
  sw_window_add_article (window, article);
  wait_loaded (window);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize len = 0;

      g_assert_true (sw_window_export (window, cases[i].content, file, TRUE, 1.0, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_cmpuint (len, >, 0);
      g_assert_true (g_str_has_prefix (contents, cases[i].head));
      g_unlink (path);
    }

  {
    g_autofree char *path = g_build_filename (dir, "t.bmp", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;

    /* An unknown picture format is refused, not guessed. */
    g_assert_false (sw_window_export (window, "timeline", file, TRUE, 1.0, &error));
    g_assert_nonnull (error);
  }

  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
has_actor_named (SwWindow   *window,
                 const char *name)
{
  GListModel *articles = sw_window_get_articles (window);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SwArticle) article = g_list_model_get_item (articles, i);
      SwExtraction *ex = sw_article_get_extraction (article);

      for (guint a = 0; a < ex->actors->len; a++)
        if (g_strcmp0 (((SwActor *)g_ptr_array_index (ex->actors, a))->name, name) == 0)
          return TRUE;
    }

  return FALSE;
}

/* A correction shows at once, and Ctrl+Z / Shift+Ctrl+Z take it back and
 * forth through the window's actions. */
static void
test_correction_undo_redo (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) article = two_actor_article ();
  g_autoptr(SwCorrection) rename = NULL;
  g_autoptr(GError) error = NULL;

  sw_window_add_article (window, article);
  rename = sw_correction_new_rename_actor (sw_article_get_document (article),
                                          sw_article_get_extraction (article), 1, "Benedikt Ode");
  g_assert_true (sw_window_correct (window, article, rename, &error));
  g_assert_no_error (error);
  g_assert_true (has_actor_named (window, "Benedikt Ode"));
  g_assert_false (has_actor_named (window, "Ben Ode"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (has_actor_named (window, "Ben Ode"));
  g_assert_false (has_actor_named (window, "Benedikt Ode"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (has_actor_named (window, "Benedikt Ode"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Two people taken for one: their mentions split off into a new actor,
 * and Ctrl+Z puts them back. */
static void
test_split_actor (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) article = two_actor_article ();
  SwExtraction *ex = sw_article_get_extraction (article);
  g_autoptr(SwCorrection) split = NULL;
  g_autoptr(GError) error = NULL;
  SwSpan second = { 34, 41 };   /* "Ben Ode" */

  /* Both names made one actor by mistake */
  sw_actor_add_mention (g_ptr_array_index (ex->actors, 0), 0, 8);
  sw_actor_add_mention (g_ptr_array_index (ex->actors, 0), 34, 41);
  sw_window_add_article (window, article);

  split = sw_correction_new_split_actor (sw_article_get_document (article), sw_article_get_extraction (article),
                                         0, &second, 1, "Benjamin Ode", SW_ACTOR_PERSON);
  g_assert_true (sw_window_correct (window, article, split, &error));
  g_assert_no_error (error);
  g_assert_true (has_actor_named (window, "Benjamin Ode"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (has_actor_named (window, "Benjamin Ode"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Corrections last: saved with the project, there again when it opens. */
static void
test_project_keeps_corrections (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  SwWindow *second = NULL;
  g_autoptr(SwArticle) article = two_actor_article ();
  g_autoptr(SwCorrection) rename = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("saywhen-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "case.saywhen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  sw_window_add_article (window, article);
  rename = sw_correction_new_rename_actor (sw_article_get_document (article),
                                          sw_article_get_extraction (article), 0, "Ana Ruiz-Tagle");
  g_assert_true (sw_window_correct (window, article, rename, &error));
  g_assert_true (sw_project_save (sw_window_get_project (window), file, NULL, &error));
  g_assert_no_error (error);

  second = g_object_ref (sw_window_new (NULL));
  sw_window_open_files (second, &file, 1);
  wait_loaded (second);
  g_assert_cmpuint (g_list_model_get_n_items (sw_window_get_articles (second)), ==, 1);
  g_assert_true (has_actor_named (second, "Ana Ruiz-Tagle"));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (second));
  g_assert_finalize_object (window);
  g_assert_finalize_object (second);
}

/* A window closed with an autosave pending lets go of its project, and the
 * autosave never runs on a window that is gone. */
static void
test_close_with_autosave_pending (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) article = two_actor_article ();
  g_autoptr(SwCorrection) rename = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("saywhen-autosave-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pending.saywhen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SwProject *project;
  gint64 until;

  sw_window_add_article (window, article);
  project = sw_window_get_project (window);
  g_object_add_weak_pointer (G_OBJECT (project), (gpointer *)&project);
  g_assert_true (sw_project_save (project, file, NULL, &error));

  rename = sw_correction_new_rename_actor (sw_article_get_document (article),
                                          sw_article_get_extraction (article), 0, "Ana R.");
  g_assert_true (sw_window_correct (window, article, rename, &error));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_assert_null (project);

  /* Longer than the autosave delay */
  until = g_get_monotonic_time () + 2500 * G_TIME_SPAN_MILLISECOND;
  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }

  g_unlink (path);
  g_rmdir (dir);
}

/* A corrupt project file costs a message and changes nothing. */
static void
test_corrupt_project_refused (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) article = two_actor_article ();
  g_autofree char *dir = g_dir_make_tmp ("saywhen-corrupt-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.saywhen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, "SQLite format 3\0 but not really a database", 42, NULL));
  sw_window_add_article (window, article);
  sw_window_open_files (window, &file, 1);
  wait_loaded (window);

  g_assert_nonnull (sw_window_get_last_message (window));
  g_assert_nonnull (strstr (sw_window_get_last_message (window), "broken.saywhen"));
  g_assert_cmpuint (g_list_model_get_n_items (sw_window_get_articles (window)), ==, 1);
  g_assert_true (has_actor_named (window, "Ana Ruiz"));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A folder: every readable article comes in, the rest are reported. */
static void
test_import_folder (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);

  sw_window_import_folder (window, folder);
  wait_loaded (window);

  /* tests/data holds three HTML pages and several readable text files,
   * and an empty file and an image named .txt that cannot be read. */
  g_assert_cmpuint (g_list_model_get_n_items (sw_window_get_articles (window)), >=, 5);
  g_assert_nonnull (sw_window_get_last_message (window));
  g_assert_nonnull (strstr (sw_window_get_last_message (window), "could not be read"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
wait_allocated (GtkWidget *widget)
{
  for (guint i = 0; i < 2000 && gtk_widget_get_width (widget) <= 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpint (gtk_widget_get_width (widget), >, 0);
}

/* The timeline's zoom is remembered from one window, or start, to the
 * next. */
static void
test_zoom_survives (void)
{
  SwWindow *first = g_object_ref (sw_window_new (NULL));
  SwWindow *second = NULL;
  g_autoptr(SwArticle) a = two_actor_article ();
  g_autoptr(SwArticle) b = two_actor_article ();
  GtkWidget *timeline = NULL;
  double start = 0, end = 0, want_start, want_end;

  gtk_window_present (GTK_WINDOW (first));
  sw_window_add_article (first, a);
  wait_loaded (first);
  g_assert_true (find_widget_of_type (GTK_WIDGET (first), g_type_from_name ("SwTimelineView"), &timeline));

  /* Show the timeline, so it has a width, and zoom into two days */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first), "win.show-view", "s", "timeline"));
  wait_allocated (timeline);
  want_start = 1742169600.0;   /* 2025-03-17 */
  want_end = want_start + 2 * 86400.0;
  sw_timeline_view_set_visible_range (SW_TIMELINE_VIEW (timeline), want_start, want_end);
  gtk_window_close (GTK_WINDOW (first));

  second = g_object_ref (sw_window_new (NULL));
  gtk_window_present (GTK_WINDOW (second));
  sw_window_add_article (second, b);
  wait_loaded (second);
  g_assert_true (find_widget_of_type (GTK_WIDGET (second), g_type_from_name ("SwTimelineView"), &timeline));
  wait_allocated (timeline);
  sw_timeline_view_get_visible_range (SW_TIMELINE_VIEW (timeline), &start, &end);
  g_assert_cmpfloat_with_epsilon (start, want_start, 1.0);
  g_assert_cmpfloat (end - start, >, 0.0);

  gtk_window_destroy (GTK_WINDOW (second));
  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

/* The sidebar filters by words and by date; showing an article clears a
 * filter that hides it. */
static void
test_sidebar_filter (void)
{
  SwWindow *window = g_object_ref (sw_window_new (NULL));
  g_autoptr(SwArticle) a = two_actor_article ();
  g_autoptr(SwDocument) doc = sw_document_new_from_text ("Ferry news", "The ferry ran late on Monday.", -1);
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(SwArticle) b = NULL;
  GtkWidget *search = NULL;
  GtkWidget *list = NULL;
  GListModel *shown;

  sw_document_set_dct (doc, "2024-06-03", SW_DCT_SOURCE_OPTION);
  b = sw_article_new (doc, ex);
  sw_window_add_article (window, a);
  sw_window_add_article (window, b);

  g_assert_true (find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, &search));
  g_assert_true (find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, &list));
  shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  gtk_editable_set_text (GTK_EDITABLE (search), "FERRY");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (search), "2024-06");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  sw_window_show_source (window, a, 0, 5);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_application_help_overlay (void)
{
  g_autoptr(SwApplication) app = sw_application_new ();
  g_autoptr(GError) error = NULL;
  SwWindow *window;

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = g_object_ref (sw_window_new (GTK_APPLICATION (app)));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "about"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/sample", test_window_sample);
  g_test_add_func ("/window/actions", test_window_actions);
  g_test_add_func ("/window/shortcuts", test_shortcuts_window);
  g_test_add_func ("/window/binary-file", test_binary_file_keeps_others);
  g_test_add_func ("/window/show-source", test_show_source);
  g_test_add_func ("/window/application", test_application_help_overlay);
  g_test_add_func ("/window/actor-filters-events", test_actor_filters_events);
  g_test_add_func ("/window/graph-selects-everywhere", test_graph_selects_everywhere);
  g_test_add_func ("/window/relation-lists-events", test_relation_lists_events);
  g_test_add_func ("/window/export", test_export);
  g_test_add_func ("/window/timeline-opens-sentence", test_timeline_opens_sentence);
  g_test_add_func ("/window/correction-undo-redo", test_correction_undo_redo);
  g_test_add_func ("/window/split-actor", test_split_actor);
  g_test_add_func ("/window/project-keeps-corrections", test_project_keeps_corrections);
  g_test_add_func ("/window/corrupt-project", test_corrupt_project_refused);
  g_test_add_func ("/window/close-with-autosave-pending", test_close_with_autosave_pending);
  g_test_add_func ("/window/import-folder", test_import_folder);
  g_test_add_func ("/window/zoom-survives", test_zoom_survives);
  g_test_add_func ("/window/sidebar-filter", test_sidebar_filter);
  g_test_add_func ("/article-view/finalize", test_article_view_finalizes);
  g_test_add_func ("/article-view/huge-line", test_article_view_huge_line);
  g_test_add_func ("/article-view/tooltips", test_article_view_tooltips);

  return g_test_run ();
}
