/* test-formats.c: Markdown titles, which loader a file gets, and the
 * articles found in a folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "sw-document.h"
#include "sw-extract.h"
#include "sw-folder.h"
#include "sw-json.h"

static SwDocument *
load (const char  *name,
      const char  *data,
      GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, strlen (data));
  return sw_document_new_from_bytes (name, bytes, error);
}

static void
test_markdown_title (void)
{
  const char *cases[][2] = {
    { "---\nauthor: someone\n---\n\n# Ferry returns to Lowe Point\n\nThe ferry *returned* on Friday.\n",
      "Ferry returns to Lowe Point" },
    { "Notes on the vote\n\n```sh\n# not a heading\n```\n\n# Council votes 9 to 4 #\n", "Council votes 9 to 4" },
    { "## A second-level heading\n\nCouncil votes 9 to 4\n====================\n\nText.\n", "Council votes 9 to 4" },
    { "#hashtag is not a heading\n\nplain words\n", "#hashtag is not a heading" },
    { "    # indented code, not a heading\nFirst real line\n", "# indented code, not a heading" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) doc = load ("notes.md", cases[i][0], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (sw_document_get_format (doc), ==, "markdown");
      g_assert_cmpstr (sw_document_get_title (doc), ==, cases[i][1]);
      /* The text is the file, byte for byte: offsets index it. */
      g_assert_cmpstr (sw_document_get_text (doc), ==, cases[i][0]);
    }
}

static void
test_markdown_extension (void)
{
  const char *md = "# Harbour strike ends\n\nDockworkers went back to work.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) a = load ("Strike.MARKDOWN", md, &error);
  g_autoptr(SwDocument) b = load ("strike.txt", md, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_format (a), ==, "markdown");
  g_assert_cmpstr (sw_document_get_title (a), ==, "Harbour strike ends");
  g_assert_cmpstr (sw_document_get_format (b), ==, "text");
  g_assert_cmpstr (sw_document_get_title (b), ==, "# Harbour strike ends");
}

static void
test_dispatch (void)
{
  struct { const char *name; const char *data; const char *format; } cases[] = {
    { "a.txt", "Plain words.\n", "text" },
    { "a", "Plain words.\n", "text" },
    { "-", "<html><body><p>Words in a page that was piped in, long enough to be kept as a paragraph of text.</p></body></html>", "html" },
    { "page.HTM", "<p>Saved without a doctype, named as a page, with words enough to be a paragraph here.</p>", "html" },
    { "x.xhtml", "<?xml version=\"1.0\"?>\n<html><body><p>XHTML words.</p></body></html>", "html" },
    { "c.txt", "<html>typed into a text file</html>", "text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) doc = load (cases[i].name, cases[i].data, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (sw_document_get_format (doc), ==, cases[i].format);
    }
}

static void
write_file (const char *dir,
            const char *relative,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  while (children != NULL)
    {
      GFile *child = NULL;
      GFileInfo *info = NULL;

      if (!g_file_enumerator_iterate (children, &info, &child, NULL, NULL) || info == NULL)
        break;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
    }
  g_file_delete (file, NULL, NULL);
}

static void
test_collect_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("saywhen-folder-XXXXXX", &error);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char *link = NULL;
  const char *expected[] = {
    "2024/2.txt", "2024/10.md", "2024/march/a.html", "2025/b.htm", "2025/c.markdown",
    "2025/d.PDF", "readme.txt",
  };

  g_assert_no_error (error);
  write_file (dir, "readme.txt", "x");
  write_file (dir, "2024/10.md", "x");
  write_file (dir, "2024/2.txt", "x");
  write_file (dir, "2024/march/a.html", "x");
  write_file (dir, "2025/b.htm", "x");
  write_file (dir, "2025/c.markdown", "x");
  write_file (dir, "2025/d.PDF", "x");
  /* not articles, or not meant to be seen */
  write_file (dir, "2025/photo.jpg", "x");
  write_file (dir, "2025/notes.docx", "x");
  write_file (dir, ".hidden.txt", "x");
  write_file (dir, ".git/config.txt", "x");
  write_file (dir, "2025/.cache/e.txt", "x");
  write_file (dir, "Makefile", "x");
  /* a link back up would loop forever if it were followed */
  link = g_build_filename (dir, "2025", "loop", NULL);
  g_assert_cmpint (symlink (dir, link), ==, 0);

  folder = g_file_new_for_path (dir);
  files = sw_collect_article_files (folder, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *relative = g_file_get_relative_path (folder, g_ptr_array_index (files, i));
      g_assert_cmpstr (relative, ==, expected[i]);
    }

  remove_tree (folder);
}

/* saywhen-cli extract FOLDER: one line per article, in the folder's
 * order, each named by the folder as given plus its path inside. */
static void
test_cli_folder (void)
{
  const char *cli = g_getenv ("SAYWHEN_CLI");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("saywhen-cli-XXXXXX", &error);
  g_autofree char *empty = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GFile) folder = NULL;
  g_auto(GStrv) lines = NULL;
  const char *names[] = { "a.txt", "b/c.md", "b/d.html" };

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("SAYWHEN_CLI is not set to the built saywhen-cli");
      return;
    }

  g_assert_no_error (error);
  write_file (dir, "b/d.html", "<html><body><p>The harbour reopened on Tuesday after three weeks of repairs to the quay wall.</p></body></html>");
  write_file (dir, "b/c.md", "# Quay repairs\n\nDone.\n");
  write_file (dir, "a.txt", "Plain text.\n");
  write_file (dir, "b/skip.jpg", "x");
  empty = g_build_filename (dir, "empty", NULL);
  g_assert_cmpint (g_mkdir (empty, 0700), ==, 0);

  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                           cli, "extract", dir, empty, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  /* The empty folder is reported and makes the status non-zero; the
   * articles of the other are all there. */
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 1);
  g_assert_nonnull (strstr (err, "empty"));

  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (names) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *quoted = g_strdup_printf ("\"path\":\"%s\"", path);

      g_assert_nonnull (strstr (lines[i], quoted));
    }
  g_assert_nonnull (strstr (lines[1], "\"format\":\"markdown\""));
  g_assert_nonnull (strstr (lines[1], "\"title\":\"Quay repairs\""));
  g_assert_nonnull (strstr (lines[2], "\"format\":\"html\""));

  folder = g_file_new_for_path (dir);
  remove_tree (folder);
}

static void
test_collect_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/saywhen/folder");
  g_autoptr(GPtrArray) files = sw_collect_article_files (missing, NULL, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (data);

  g_assert_null (files);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  files = sw_collect_article_files (folder, cancellable, &error);
  g_assert_null (files);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* The test data folder itself: its fixtures, none of its binaries. */
  files = sw_collect_article_files (folder, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, >=, 3);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *name = g_file_get_basename (g_ptr_array_index (files, i));
      g_assert_true (sw_article_file_is_supported (name));
    }
}

/* Inputs the fuzzers found crashing or aborting once, kept so that they
 * never do again: each loads, or is refused with a clear error, and what
 * loads goes through the extractor. The suite runs with fatal warnings,
 * so a library's g_warning() on bad input fails it too. */
static void
test_fuzz_regressions (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "fuzz", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint seen = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) doc = sw_document_load (file, NULL, &error);

      g_test_message ("%s: %s", name, doc ? sw_document_get_format (doc) : error->message);
      seen++;

      if (doc == NULL)
        {
          g_assert_true (error->domain == SW_LOAD_ERROR);
          continue;
        }

      g_assert_true (g_utf8_validate (sw_document_get_text (doc), sw_document_get_size (doc), NULL));
      {
        g_autoptr(SwExtraction) extraction = sw_extract (doc, NULL);
        g_autofree char *line = sw_json_to_line (doc, extraction, TRUE);

        g_assert_null (strchr (line, '\n'));
      }
    }

  g_assert_cmpuint (seen, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/formats/markdown-title", test_markdown_title);
  g_test_add_func ("/formats/markdown-extension", test_markdown_extension);
  g_test_add_func ("/formats/dispatch", test_dispatch);
  g_test_add_func ("/formats/collect-folder", test_collect_folder);
  g_test_add_func ("/formats/collect-errors", test_collect_errors);
  g_test_add_func ("/formats/cli-folder", test_cli_folder);
  g_test_add_func ("/formats/fuzz-regressions", test_fuzz_regressions);

  return g_test_run ();
}
