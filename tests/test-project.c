/* test-project.c: .saywhen files: round trips, atomic saves, refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "sw-extract.h"
#include "sw-extraction-store.h"
#include "sw-project.h"

#include "correction-fixture.h"

static const char second_text[] =
  "Ferry timetable changes from June\n"
  "\n"
  "The port authority said on Friday that the night ferry to Ostwick would stop running in June.\n"
  "“Nobody told us,” said Maren Quinn, who commutes twice a week.\n"
  "Harbour master Piet Strand told reporters that a new schedule would follow next month.\n";

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("saywhen-test-project-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static SwArticle *
real_article (const char *text,
              const char *path)
{
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, text, -1);
  g_autoptr(SwExtraction) ex = NULL;

  sw_document_set_path (doc, path);
  ex = sw_extract (doc, NULL);
  return sw_article_new (doc, ex);
}

static void
apply (SwProject    *project,
       SwArticle    *article,
       SwCorrection *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwCorrection) owned = c;

  g_assert_true (sw_project_apply (project, article, owned, &error));
  g_assert_no_error (error);
}

/* Two articles: the invented one with the hand-made extraction and four
 * corrections, and one extracted for real with a date change and two. */
static SwProject *
make_project (void)
{
  SwProject *project = sw_project_new ();
  g_autoptr(SwDocument) doc = fixture_document (fixture_text);
  g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);
  g_autoptr(SwArticle) a = sw_article_new (doc, ex);
  g_autoptr(SwArticle) b = real_article (second_text, "/tmp/ferry.txt");
  SwExtraction *cur;

  sw_document_set_encoding (doc, "Windows-1252");
  sw_project_add_article (project, a);
  sw_project_add_article (project, b);

  cur = sw_article_get_extraction (a);
  apply (project, a, sw_correction_new_rename_actor (doc, cur, 2, "Teodor Varga"));
  cur = sw_article_get_extraction (a);
  apply (project, a, sw_correction_new_merge_actors (doc, cur, 0, 1));
  cur = sw_article_get_extraction (a);
  apply (project, a, sw_correction_new_delete_quote (doc, cur, quote_saying (doc, cur, "the budget")));
  cur = sw_article_get_extraction (a);
  apply (project, a, sw_correction_new_event_date (doc, cur, 1, "2025-05", NULL, SW_GRANULARITY_MONTH, TRUE));

  apply (project, b, sw_correction_new_set_dct ("2025-03-21"));
  cur = sw_article_get_extraction (b);
  g_assert_cmpuint (cur->actors->len, >, 0);
  g_assert_cmpuint (cur->quotes->len, >, 0);
  apply (project, b, sw_correction_new_rename_actor (sw_article_get_document (b), cur, 0, "Harbour master Strand"));
  cur = sw_article_get_extraction (b);
  apply (project, b, sw_correction_new_delete_quote (sw_article_get_document (b), cur, 0));

  sw_project_set_view_state (project, "zoom", "1.75");
  sw_project_set_view_state (project, "selection", "{\"article\":1,\"actor\":\"Ilse Brandt\"}");
  sw_project_set_view_state (project, "graph-positions", "{\"Ilse Brandt\":[12.5,-3],\"Teodor Varga\":[40,8]}");

  return project;
}

/* Everything a project holds, as text. */
static char *
project_state (SwProject *project)
{
  GString *s = g_string_new (NULL);
  GListModel *articles = sw_project_get_articles (project);
  SwHistory *history = sw_project_get_history (project);
  g_auto(GStrv) keys = sw_project_dup_view_state_keys (project);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SwArticle) article = g_list_model_get_item (articles, i);
      SwDocument *doc = sw_article_get_document (article);
      g_autofree char *current = contract_line (doc, sw_article_get_extraction (article));
      g_autofree char *base = contract_line (doc, sw_history_get_base_extraction (history, article));
      GPtrArray *corrections = sw_project_get_corrections (project, article);
      SwDctSource source;
      const char *base_dct = sw_history_get_base_dct (history, article, &source);

      g_string_append_printf (s, "article %u\npath %s\ntitle %s\nencoding %s\ndct %s %s\nbase dct %s %s\ntext %s\n",
                              i, sw_document_get_path (doc), sw_document_get_title (doc),
                              sw_document_get_encoding (doc), sw_document_get_dct (doc),
                              sw_dct_source_to_string (sw_document_get_dct_source (doc)),
                              base_dct, sw_dct_source_to_string (source), sw_document_get_text (doc));
      g_string_append_printf (s, "base %s\ncurrent %s\n", base, current);
      for (guint k = 0; k < corrections->len; k++)
        {
          g_autofree char *json = sw_correction_to_string (g_ptr_array_index (corrections, k));
          g_string_append_printf (s, "correction %s\n", json);
        }
    }

  for (guint i = 0; keys[i] != NULL; i++)
    g_string_append_printf (s, "view %s = %s\n", keys[i], sw_project_get_view_state (project, keys[i]));

  return g_string_free (s, FALSE);
}

static void
test_round_trip (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "work.saywhen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SwProject) project = make_project ();
  g_autoptr(SwProject) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = project_state (project);
  g_autofree char *after = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_true (sw_project_get_modified (project));
  g_assert_true (sw_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (sw_project_get_modified (project));
  g_assert_true (g_file_equal (sw_project_get_file (project), file));
  /* Nothing but the project is left in the folder. */
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_clear_error (&error);

  reopened = sw_project_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);
  g_assert_cmpuint (sw_project_get_n_reextracted (reopened), ==, 0);
  g_assert_false (sw_project_get_modified (reopened));
  g_assert_false (sw_history_get_can_undo (sw_project_get_history (reopened)));

  after = project_state (reopened);
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (strstr (after, "Teodor Varga"));
  g_assert_nonnull (strstr (after, "Harbour master Strand"));
  g_assert_nonnull (strstr (after, "dct 2025-03-21 option"));

  /* Its own kind of SQLite file. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA application_id", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, SW_PROJECT_APPLICATION_ID);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, SW_PROJECT_SCHEMA_VERSION);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* Undo after reopening works on what was stored. */
  {
    SwArticle *b = g_list_model_get_item (sw_project_get_articles (reopened), 1);
    SwExtraction *cur = sw_article_get_extraction (b);

    apply (reopened, b, sw_correction_new_rename_actor (sw_article_get_document (b), cur, 0, "Someone"));
    g_assert_true (sw_project_get_modified (reopened));
    g_assert_true (sw_history_undo (sw_project_get_history (reopened)));
    g_clear_pointer (&after, g_free);
    after = project_state (reopened);
    g_assert_cmpstr (after, ==, before);
    g_object_unref (b);
  }

  remove_dir (dir);
}

static gboolean
interrupt_at_second (guint    article,
                     gpointer user_data)
{
  guint *calls = user_data;

  (*calls)++;
  return article < 1;
}

static void
test_interrupted_save (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "work.saywhen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SwProject) project = make_project ();
  g_autoptr(SwProject) reopened = NULL;
  g_autoptr(SwArticle) extra = real_article (second_text, "/tmp/extra.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) old_bytes = NULL;
  g_autoptr(GBytes) now_bytes = NULL;
  g_autofree char *saved_state = NULL;
  g_autofree char *reopened_state = NULL;
  guint calls = 0;

  g_assert_true (sw_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
  old_bytes = read_bytes (path);
  saved_state = project_state (project);

  sw_project_add_article (project, extra);
  sw_project_set_save_hook (project, interrupt_at_second, &calls);
  g_assert_false (sw_project_save (project, file, NULL, &error));
  g_assert_error (error, SW_PROJECT_ERROR, SW_PROJECT_ERROR_INTERRUPTED);
  g_assert_cmpuint (calls, ==, 2);
  /* Still unsaved, still the old file, and no half-written one about. */
  g_assert_true (sw_project_get_modified (project));
  now_bytes = read_bytes (path);
  g_assert_true (g_bytes_equal (old_bytes, now_bytes));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_clear_error (&error);

  reopened = sw_project_open (file, NULL, &error);
  g_assert_no_error (error);
  reopened_state = project_state (reopened);
  g_assert_cmpstr (reopened_state, ==, saved_state);

  remove_dir (dir);
}

static gboolean
die_midway (guint    article,
            gpointer user_data)
{
  if (article == 1)
    _exit (0);
  return TRUE;
}

/* The process dies halfway through a save: the old copy is whole. */
static void
test_crash_during_save (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(SwProject) project = NULL;
      g_autoptr(SwArticle) extra = real_article (second_text, "/tmp/extra.txt");

      path = g_build_filename (g_getenv ("SW_TEST_PROJECT_DIR"), "work.saywhen", NULL);
      file = g_file_new_for_path (path);
      project = sw_project_open (file, NULL, &error);
      g_assert_no_error (error);
      sw_project_add_article (project, extra);
      sw_project_set_save_hook (project, die_midway, NULL);
      sw_project_save (project, file, NULL, NULL);
      g_assert_not_reached ();
    }
  else
    {
      g_autoptr(SwProject) project = make_project ();
      g_autoptr(SwProject) reopened = NULL;
      g_autoptr(GBytes) old_bytes = NULL;
      g_autoptr(GBytes) now_bytes = NULL;

      dir = make_dir ();
      path = g_build_filename (dir, "work.saywhen", NULL);
      file = g_file_new_for_path (path);
      g_assert_true (sw_project_save (project, file, NULL, &error));
      old_bytes = read_bytes (path);

      g_setenv ("SW_TEST_PROJECT_DIR", dir, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();

      now_bytes = read_bytes (path);
      g_assert_true (g_bytes_equal (old_bytes, now_bytes));
      /* The dead save's hidden temporary file is all it left. */
      g_assert_cmpuint (count_entries (dir), ==, 2);

      reopened = sw_project_open (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (sw_project_get_articles (reopened)), ==, 2);

      remove_dir (dir);
    }
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static void
assert_refused (const char *path,
                GQuark      domain,
                int         code)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwProject) project = NULL;
  g_autoptr(GBytes) before = g_file_test (path, G_FILE_TEST_EXISTS) ? read_bytes (path) : NULL;
  g_autofree char *base = g_path_get_basename (path);

  project = sw_project_open (file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
  /* The message names the file. */
  g_assert_nonnull (strstr (error->message, base));

  if (before != NULL)
    {
      g_autoptr(GBytes) after = read_bytes (path);
      g_assert_true (g_bytes_equal (before, after));
    }
}

static void
test_refuse_bad_files (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *good = g_build_filename (dir, "good.saywhen", NULL);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(SwProject) project = sw_project_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  const guint8 *data;
  gsize size;
  char noise[8192];

  /* Enough articles for the file to span many pages. */
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(SwDocument) doc = fixture_document (fixture_text);
      g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);
      g_autoptr(SwArticle) a = sw_article_new (doc, ex);

      sw_project_add_article (project, a);
    }
  g_assert_true (sw_project_save (project, good_file, NULL, NULL));
  bytes = read_bytes (good);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpuint (size, >, 8 * 4096);

  {
    g_autofree char *p = g_build_filename (dir, "half.saywhen", NULL);
    g_assert_true (g_file_set_contents (p, (const char *)data, size / 2 + 1000, NULL));
    assert_refused (p, SW_PROJECT_ERROR, SW_PROJECT_ERROR_CORRUPT);
  }
  {
    g_autofree char *p = g_build_filename (dir, "pages.saywhen", NULL);
    g_assert_true (g_file_set_contents (p, (const char *)data, (size / 2) & ~(gsize)4095, NULL));
    assert_refused (p, SW_PROJECT_ERROR, SW_PROJECT_ERROR_CORRUPT);
  }
  {
    g_autofree char *p = g_build_filename (dir, "header-only.saywhen", NULL);
    g_assert_true (g_file_set_contents (p, (const char *)data, 60, NULL));
    assert_refused (p, SW_PROJECT_ERROR, SW_PROJECT_ERROR_CORRUPT);
  }
  {
    g_autofree char *p = g_build_filename (dir, "overwritten.saywhen", NULL);
    g_autofree guint8 *copy = g_memdup2 (data, size);

    for (gsize i = 4096; i < size; i++)
      copy[i] = g_rand_int (rand);
    g_assert_true (g_file_set_contents (p, (const char *)copy, size, NULL));
    assert_refused (p, SW_PROJECT_ERROR, SW_PROJECT_ERROR_CORRUPT);
  }
  {
    g_autofree char *p = g_build_filename (dir, "noise.saywhen", NULL);

    for (guint i = 0; i < sizeof noise; i++)
      noise[i] = g_rand_int (rand);
    g_assert_true (g_file_set_contents (p, noise, sizeof noise, NULL));
    assert_refused (p, SW_PROJECT_ERROR, SW_PROJECT_ERROR_NOT_PROJECT);
  }
  {
    g_autofree char *p = g_build_filename (dir, "empty.saywhen", NULL);
    g_assert_true (g_file_set_contents (p, "", 0, NULL));
    assert_refused (p, SW_PROJECT_ERROR, SW_PROJECT_ERROR_NOT_PROJECT);
  }
  {
    g_autofree char *p = g_build_filename (dir, "article.saywhen", NULL);
    g_assert_true (g_file_set_contents (p, fixture_text, -1, NULL));
    assert_refused (p, SW_PROJECT_ERROR, SW_PROJECT_ERROR_NOT_PROJECT);
  }
  {
    g_autofree char *p = g_build_filename (dir, "foreign.saywhen", NULL);
    exec_sql (p, "CREATE TABLE contacts (name TEXT, phone TEXT);"
                 "INSERT INTO contacts VALUES ('Ilse', '555');");
    assert_refused (p, SW_PROJECT_ERROR, SW_PROJECT_ERROR_FOREIGN);
  }
  {
    g_autofree char *p = g_build_filename (dir, "newer.saywhen", NULL);
    g_assert_true (g_file_set_contents (p, (const char *)data, size, NULL));
    exec_sql (p, "PRAGMA user_version = 99;");
    assert_refused (p, SW_PROJECT_ERROR, SW_PROJECT_ERROR_TOO_NEW);
  }
  {
    g_autofree char *p = g_build_filename (dir, "tableless.saywhen", NULL);
    g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                            "CREATE TABLE meta (key TEXT, value TEXT);",
                                            SW_PROJECT_APPLICATION_ID, SW_PROJECT_SCHEMA_VERSION);
    exec_sql (p, sql);
    assert_refused (p, SW_PROJECT_ERROR, SW_PROJECT_ERROR_CORRUPT);
  }
  {
    g_autofree char *p = g_build_filename (dir, "missing.saywhen", NULL);
    assert_refused (p, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }

  remove_dir (dir);
}

/* A version 1 file, made by hand as that version wrote them: no stored
 * extraction, no view state. It opens, its articles are extracted and its
 * corrections replayed, and the file is not touched. */
static void
test_migrate_v1 (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "old.saywhen", NULL);
  g_autofree char *newer = g_build_filename (dir, "new.saywhen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) new_file = g_file_new_for_path (newer);
  g_autoptr(SwArticle) probe = real_article (fixture_text, "bridge.txt");
  SwExtraction *ex = sw_article_get_extraction (probe);
  g_autoptr(SwCorrection) rename = NULL;
  g_autoptr(SwCorrection) dct = sw_correction_new_set_dct ("2025-03-19");
  g_autofree char *rename_json = NULL;
  g_autofree char *dct_json = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(SwProject) project = NULL;
  g_autoptr(SwProject) again = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(SwArticle) first = NULL;
  int brandt = actor_named (ex, "Ilse Brandt");

  g_assert_cmpint (brandt, >=, 0);
  rename = sw_correction_new_rename_actor (sw_article_get_document (probe), ex, brandt, "Ilse Brandt-Holm");
  rename_json = sw_correction_to_string (rename);
  dct_json = sw_correction_to_string (dct);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "PRAGMA application_id = 1398896983;"
    "PRAGMA user_version = 1;"
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, path TEXT, title TEXT, text TEXT NOT NULL,"
    "  dct TEXT, dct_source TEXT NOT NULL DEFAULT 'none');"
    "CREATE TABLE corrections (article_id INTEGER NOT NULL, position INTEGER NOT NULL,"
    "  correction TEXT NOT NULL);", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO articles (id, path, title, text, dct, dct_source)"
                                           " VALUES (?, ?, ?, ?, ?, ?)", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, 7);
  sqlite3_bind_text (stmt, 2, "bridge.txt", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, "Bridge to reopen in May, mayor says", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, fixture_text, -1, SQLITE_STATIC);
  sqlite3_bind_null (stmt, 5);
  sqlite3_bind_text (stmt, 6, "none", -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
  sqlite3_bind_int (stmt, 1, 9);
  sqlite3_bind_text (stmt, 2, "ferry.txt", -1, SQLITE_STATIC);
  sqlite3_bind_null (stmt, 3);
  sqlite3_bind_text (stmt, 4, second_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, "2025-03-14", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, "metadata", -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO corrections VALUES (7, ?, ?)", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, 1);
  sqlite3_bind_text (stmt, 2, rename_json, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
  sqlite3_bind_int (stmt, 1, 0);
  sqlite3_bind_text (stmt, 2, dct_json, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  before = read_bytes (path);
  project = sw_project_open (file, NULL, &error);
  g_assert_no_error (error);
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  g_assert_cmpuint (g_list_model_get_n_items (sw_project_get_articles (project)), ==, 2);
  g_assert_cmpuint (sw_project_get_n_reextracted (project), ==, 2);
  g_assert_true (sw_project_get_modified (project));

  first = g_list_model_get_item (sw_project_get_articles (project), 0);
  g_assert_cmpstr (sw_document_get_path (sw_article_get_document (first)), ==, "bridge.txt");
  g_assert_cmpstr (sw_document_get_dct (sw_article_get_document (first)), ==, "2025-03-19");
  g_assert_cmpint (actor_named (sw_article_get_extraction (first), "Ilse Brandt-Holm"), >=, 0);
  g_assert_cmpuint (sw_project_get_corrections (project, first)->len, ==, 2);

  {
    g_autoptr(SwArticle) second = g_list_model_get_item (sw_project_get_articles (project), 1);
    SwDocument *doc = sw_article_get_document (second);

    g_assert_null (sw_document_get_title (doc));
    g_assert_cmpstr (sw_document_get_dct (doc), ==, "2025-03-14");
    g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_METADATA);
  }

  /* Saved again, it is a current file that needs no extraction. */
  g_assert_true (sw_project_save (project, new_file, NULL, &error));
  g_assert_no_error (error);
  again = sw_project_open (new_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_project_get_n_reextracted (again), ==, 0);
  {
    g_autofree char *s1 = project_state (project);
    g_autofree char *s2 = project_state (again);
    g_assert_cmpstr (s1, ==, s2);
  }

  remove_dir (dir);
}

/* Stored by another extractor build: extracted again on open, and the
 * user's corrections replayed over the new output. */
static void
test_other_extractor_keeps_corrections (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "work.saywhen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SwProject) project = make_project ();
  g_autoptr(SwProject) reopened = NULL;
  g_autoptr(SwArticle) b = NULL;
  g_autoptr(SwArticle) b2 = NULL;
  g_autoptr(SwArticle) a2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  g_assert_true (sw_project_save (project, file, NULL, &error));
  exec_sql (path, "UPDATE articles SET extractor_version = '0.0.1+an-older-build',"
                  " extraction = '{\"timexes\":[],\"actors\":[],\"quotes\":[],\"events\":[],\"relations\":[]}'");

  reopened = sw_project_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_project_get_n_reextracted (reopened), ==, 2);
  g_assert_true (sw_project_get_modified (reopened));

  /* The real article: the same extractor gives the same output, so the
   * replayed result is what the user had. */
  b = g_list_model_get_item (sw_project_get_articles (project), 1);
  b2 = g_list_model_get_item (sw_project_get_articles (reopened), 1);
  want = contract_line (sw_article_get_document (b), sw_article_get_extraction (b));
  got = contract_line (sw_article_get_document (b2), sw_article_get_extraction (b2));
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpuint (sw_project_get_corrections (reopened, b2)->len, ==, 3);

  /* The invented one had a hand-made extraction; over the real
   * extractors' output the rename still finds Teo Varga. */
  a2 = g_list_model_get_item (sw_project_get_articles (reopened), 0);
  g_assert_cmpint (actor_named (sw_article_get_extraction (a2), "Teodor Varga"), >=, 0);

  remove_dir (dir);
}

static void
test_damaged_extraction_is_redone (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "work.saywhen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SwProject) project = make_project ();
  g_autoptr(SwProject) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwArticle) b = NULL;
  g_autoptr(SwArticle) b2 = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  g_assert_true (sw_project_save (project, file, NULL, &error));
  exec_sql (path, "UPDATE articles SET extraction = '{\"timexes\":[[1,2' WHERE position = 1");

  reopened = sw_project_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_project_get_n_reextracted (reopened), ==, 1);
  b = g_list_model_get_item (sw_project_get_articles (project), 1);
  b2 = g_list_model_get_item (sw_project_get_articles (reopened), 1);
  want = contract_line (sw_article_get_document (b), sw_article_get_extraction (b));
  got = contract_line (sw_article_get_document (b2), sw_article_get_extraction (b2));
  g_assert_cmpstr (got, ==, want);

  remove_dir (dir);
}

static void
test_store_round_trip (void)
{
  g_autoptr(SwDocument) doc = fixture_document (fixture_text);
  g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);
  g_autofree char *stored = NULL;
  g_autoptr(SwExtraction) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *want = contract_line (doc, ex);
  g_autofree char *got = NULL;
  gsize size = strlen (fixture_text);
  static const char *const bad[] = {
    "",
    "{}",
    "[]",
    "{\"timexes\":[],\"actors\":[],\"quotes\":[],\"events\":[]}",
    "{\"timexes\":[[0,4000,\"DATE\",\"2025\",null,null]],\"actors\":[],\"quotes\":[],\"events\":[],\"relations\":[]}",
    "{\"timexes\":[[9,3,\"DATE\",\"2025\",null,null]],\"actors\":[],\"quotes\":[],\"events\":[],\"relations\":[]}",
    "{\"timexes\":[[0,4,\"WHEN\",\"2025\",null,null]],\"actors\":[],\"quotes\":[],\"events\":[],\"relations\":[]}",
    "{\"timexes\":[],\"actors\":[],\"quotes\":[[\"direct\",[0,4],null,null,[3],-1,null]],\"events\":[],\"relations\":[]}",
    "{\"timexes\":[],\"actors\":[],\"quotes\":[],\"events\":[[\"x\",[0,4],5,null,null,\"day\",false,[],-1]],\"relations\":[]}",
    "{\"timexes\":[],\"actors\":[],\"quotes\":[],\"events\":[],\"relations\":[[0,1,\"told\",1,[],[]]]}",
    "{\"timexes\":[],\"actors\":[[\"A\",\"person\",[],[0,4,5]]],\"quotes\":[],\"events\":[],\"relations\":[]}",
    "{\"timexes\":[],\"actors\":[[\"A\",\"person\",[],[]]],\"quotes\":[],\"events\":[],\"relations\":[]} trailing",
    "{\"timexes\":[],\"actors\":[[\"A\",\"person\",[],[]]],\"quotes\":[],\"events\":[],\"relations\":[]",
    "{\"timexes\":[],\"actors\":[[\"unterminated,\"person\",[],[]]],\"quotes\":[],\"events\":[],\"relations\":[]}",
    "{\"timexes\":[],\"actors\":[],\"quotes\":[[\"direct\",[0,4],null,null,[],-1,null,[9,3]]],\"events\":[],\"relations\":[]}",
    "{\"timexes\":[],\"actors\":[],\"quotes\":[[\"direct\",[0,4],null,null,[],-1,null,[0,4000]]],\"events\":[],\"relations\":[]}",
    "{\"timexes\":[],\"actors\":[],\"quotes\":[[\"direct\",[0,4],null,null,[],-1,null,[0]]],\"events\":[],\"relations\":[]}",
  };

  stored = sw_extraction_to_store (ex);
  back = sw_extraction_from_store (stored, -1, size, &error);
  g_assert_no_error (error);
  got = contract_line (doc, back);
  g_assert_cmpstr (got, ==, want);

  /* A quotation the attribution breaks into keeps its pieces; one saved
   * before pieces existed reads as whole. */
  {
    g_autoptr(SwExtraction) parts = sw_extraction_new ();
    g_autoptr(SwExtraction) parts_back = NULL;
    g_autofree char *parts_stored = NULL;
    SwQuote *q = sw_quote_new (SW_QUOTE_DIRECT);
    SwSpan first = { 0, 4 }, second = { 6, 9 };
    const char *older = "{\"timexes\":[],\"actors\":[],\"quotes\":[[\"direct\",[0,4],null,null,[],-1,null]],"
                        "\"events\":[],\"relations\":[]}";
    g_autoptr(SwExtraction) old_back = NULL;

    q->content = first;
    sw_quote_add_part (q, second);
    g_ptr_array_add (parts->quotes, q);
    parts_stored = sw_extraction_to_store (parts);
    parts_back = sw_extraction_from_store (parts_stored, -1, size, &error);
    g_assert_no_error (error);
    q = g_ptr_array_index (parts_back->quotes, 0);
    g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
    g_assert_cmpuint (sw_quote_get_part (q, 1).start, ==, 6);
    g_assert_cmpuint (sw_quote_get_part (q, 1).end, ==, 9);

    old_back = sw_extraction_from_store (older, -1, size, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sw_quote_get_n_parts (g_ptr_array_index (old_back->quotes, 0)), ==, 1);
  }

  /* A newer writer's extra fields and members are skipped. */
  {
    const char *newer =
      "{ \"timexes\" : [ [0, 6, \"DATE\", \"2025\", null, null, {\"calendar\": [1, 2.5e3, \"x\"]}] ],\n"
      "  \"annotator\": {\"name\": \"later\", \"tags\": [true, false, null]},\n"
      "  \"actors\": [[\"\\u00c9mile \\\"E\\\" \\ud83d\\ude00\", \"person\", [\"\\/role\"], [0, 6]]],"
      "  \"quotes\": [], \"events\": [], \"relations\": [] }";
    g_autoptr(SwExtraction) n = sw_extraction_from_store (newer, -1, size, &error);
    SwActor *a;

    g_assert_no_error (error);
    g_assert_cmpuint (n->timexes->len, ==, 1);
    a = g_ptr_array_index (n->actors, 0);
    g_assert_cmpstr (a->name, ==, "Émile \"E\" 😀");
    g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "/role");
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SwExtraction) n = sw_extraction_from_store (bad[i], -1, size, &local_error);

      g_test_message ("%s", bad[i]);
      g_assert_null (n);
      g_assert_error (local_error, SW_CORRECTION_ERROR, SW_CORRECTION_ERROR_INVALID);
    }
}

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
  double        max_fraction;
  guint         fraction_notifies;
} AsyncState;

static void
got_result (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncState *state = user_data;

  state->result = g_object_ref (result);
  g_main_loop_quit (state->loop);
}

static void
fraction_changed (SwProject  *project,
                  GParamSpec *pspec,
                  AsyncState *state)
{
  state->fraction_notifies++;
  state->max_fraction = MAX (state->max_fraction, sw_project_get_import_fraction (project));
}

static void
wait_for (AsyncState *state)
{
  g_clear_object (&state->result);
  g_main_loop_run (state->loop);
  g_assert_nonnull (state->result);
}

/* What the window does: import a folder's files, save and open, all off
 * the main thread. */
static void
test_async (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "work.saywhen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SwProject) project = sw_project_new ();
  g_autoptr(SwProject) reopened = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) failures = NULL;
  AsyncState state = { g_main_loop_new (NULL, FALSE), NULL, 0.0, 0 };
  const char *texts[] = { fixture_text, second_text, fixture_text, second_text };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u.txt", i);
      g_autofree char *p = g_build_filename (dir, name, NULL);

      g_assert_true (g_file_set_contents (p, texts[i], -1, NULL));
      g_ptr_array_add (files, g_file_new_for_path (p));
    }
  g_ptr_array_add (files, g_file_new_build_filename (dir, "missing.txt", NULL));

  g_signal_connect (project, "notify::import-fraction", G_CALLBACK (fraction_changed), &state);
  sw_project_import_async (project, (GFile **)files->pdata, files->len, NULL, NULL, got_result, &state);
  /* Nothing is added before the result is handed over. */
  g_assert_cmpuint (g_list_model_get_n_items (sw_project_get_articles (project)), ==, 0);
  wait_for (&state);
  g_assert_true (sw_project_import_finish (project, state.result, &failures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (failures), ==, 1);
  g_assert_nonnull (strstr (failures[0], "missing.txt"));
  g_assert_cmpuint (g_list_model_get_n_items (sw_project_get_articles (project)), ==, 4);
  g_assert_cmpfloat (state.max_fraction, ==, 1.0);
  g_assert_cmpuint (state.fraction_notifies, >=, 2);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(SwArticle) a = g_list_model_get_item (sw_project_get_articles (project), i);
      g_assert_cmpstr (sw_document_get_text (sw_article_get_document (a)), ==, texts[i]);
    }

  sw_project_save_async (project, file, NULL, got_result, &state);
  wait_for (&state);
  g_assert_true (sw_project_save_finish (project, state.result, &error));
  g_assert_no_error (error);
  g_assert_false (sw_project_get_modified (project));

  sw_project_open_async (file, NULL, got_result, &state);
  wait_for (&state);
  reopened = sw_project_open_finish (state.result, &error);
  g_assert_no_error (error);
  {
    g_autofree char *s1 = project_state (project);
    g_autofree char *s2 = project_state (reopened);
    g_assert_cmpstr (s1, ==, s2);
  }

  /* Opening something that is not a project fails the same way. */
  {
    g_autoptr(GFile) text = g_file_new_build_filename (dir, "0.txt", NULL);

    sw_project_open_async (text, NULL, got_result, &state);
    wait_for (&state);
    g_clear_error (&error);
    g_assert_null (sw_project_open_finish (state.result, &error));
    g_assert_error (error, SW_PROJECT_ERROR, SW_PROJECT_ERROR_NOT_PROJECT);
  }

  g_clear_object (&state.result);
  g_main_loop_unref (state.loop);
  remove_dir (dir);
}

static void
test_view_state (void)
{
  g_autoptr(SwProject) project = sw_project_new ();
  g_auto(GStrv) keys = NULL;

  g_assert_false (sw_project_get_modified (project));
  sw_project_set_view_state (project, "zoom", "2");
  g_assert_true (sw_project_get_modified (project));
  sw_project_set_view_state (project, "graph-positions", "{}");
  sw_project_set_view_state (project, "zoom", "3");
  g_assert_cmpstr (sw_project_get_view_state (project, "zoom"), ==, "3");
  keys = sw_project_dup_view_state_keys (project);
  g_assert_cmpuint (g_strv_length (keys), ==, 2);
  g_assert_cmpstr (keys[0], ==, "graph-positions");
  g_assert_cmpstr (keys[1], ==, "zoom");
  sw_project_set_view_state (project, "zoom", NULL);
  g_assert_null (sw_project_get_view_state (project, "zoom"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project/round-trip", test_round_trip);
  g_test_add_func ("/project/interrupted-save", test_interrupted_save);
  g_test_add_func ("/project/crash-during-save", test_crash_during_save);
  g_test_add_func ("/project/refuse-bad-files", test_refuse_bad_files);
  g_test_add_func ("/project/migrate-v1", test_migrate_v1);
  g_test_add_func ("/project/other-extractor-keeps-corrections", test_other_extractor_keeps_corrections);
  g_test_add_func ("/project/damaged-extraction-is-redone", test_damaged_extraction_is_redone);
  g_test_add_func ("/project/store-round-trip", test_store_round_trip);
  g_test_add_func ("/project/async", test_async);
  g_test_add_func ("/project/view-state", test_view_state);

  return g_test_run ();
}
