/* test-cli.c: saywhen-cli extract as scripts and scorers use it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* Runs the CLI with @argv (NULL-terminated, without the program) and,
 * where @input is given, feeds it on standard input. */
static void
run_cli (Run         *run,
         const char  *input,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE;
  va_list ap;

  g_ptr_array_add (argv, (gpointer)g_getenv ("SAYWHEN_CLI"));
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer)a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  if (input != NULL)
    flags |= G_SUBPROCESS_FLAGS_STDIN_PIPE;

  proc = g_subprocess_newv ((const char * const *)argv->pdata, flags, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, input, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (proc);
}

static JsonObject *
parse_line (JsonParser *parser,
            const char *line)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_extract_file (void)
{
  g_autofree char *path = data_path ("crlf.txt");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  g_autofree char *contents = NULL;
  JsonObject *doc;

  run_cli (&run, NULL, "extract", "--with-text", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_suffix (run.out, "}\n"));
  /* one document, one line */
  g_assert_true (strchr (run.out, '\n') == run.out + strlen (run.out) - 1);

  doc = json_object_get_object_member (parse_line (parser, run.out), "document");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (json_object_get_string_member (doc, "text"), ==, contents);
  g_assert_cmpstr (json_object_get_string_member (doc, "path"), ==, path);
  g_assert_cmpstr (json_object_get_string_member (doc, "title"), ==, "Council vote");
  g_assert_cmpint (json_object_get_int_member (doc, "length"), ==, g_utf8_strlen (contents, -1));
}

static void
test_extract_dct_option (void)
{
  g_autofree char *path = data_path ("crlf.txt");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  g_auto(Run) bad = { 0 };
  JsonObject *doc;

  run_cli (&run, NULL, "extract", "--dct=2024-02-29", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  doc = json_object_get_object_member (parse_line (parser, run.out), "document");
  g_assert_cmpstr (json_object_get_string_member (doc, "dct"), ==, "2024-02-29");
  g_assert_cmpstr (json_object_get_string_member (doc, "dct_source"), ==, "option");

  /* A day-first date settles by the impossible reading; an ambiguous one
   * leaves the date to the text, saying so. */
  {
    g_auto(Run) dayfirst = { 0 };
    g_auto(Run) unsure = { 0 };
    g_autoptr(JsonParser) p2 = json_parser_new ();
    g_autoptr(JsonParser) p3 = json_parser_new ();

    run_cli (&dayfirst, NULL, "extract", "--dct=18/03/2025", path, NULL);
    g_assert_cmpint (dayfirst.status, ==, 0);
    doc = json_object_get_object_member (parse_line (p2, dayfirst.out), "document");
    g_assert_cmpstr (json_object_get_string_member (doc, "dct"), ==, "2025-03-18");

    run_cli (&unsure, NULL, "extract", "--dct=03-02-2009", path, NULL);
    g_assert_cmpint (unsure.status, ==, 0);
    g_assert_nonnull (strstr (unsure.err, "ambiguous"));
    doc = json_object_get_object_member (parse_line (p3, unsure.out), "document");
    g_assert_cmpstr (json_object_get_string_member (doc, "dct_source"), !=, "option");
  }

  /* 2023 had no 29 February */
  run_cli (&bad, NULL, "extract", "--dct=2023-02-29", path, NULL);
  g_assert_cmpint (bad.status, !=, 0);
  g_assert_cmpstr (bad.out, ==, "");
  g_assert_nonnull (strstr (bad.err, "YYYY-MM-DD"));
}

static void
test_extract_stdin (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  JsonObject *doc;

  run_cli (&run, "Städte “vote”\nSecond line", "extract", "--with-text", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  doc = json_object_get_object_member (parse_line (parser, run.out), "document");
  g_assert_cmpstr (json_object_get_string_member (doc, "text"), ==, "Städte “vote”\nSecond line");
  g_assert_cmpstr (json_object_get_string_member (doc, "title"), ==, "Städte “vote”");
  g_assert_cmpint (json_object_get_int_member (doc, "length"), ==, 25);
}

static void
test_extract_refuses_unreadable (void)
{
  g_autofree char *good = data_path ("crlf.txt");
  g_autofree char *image = data_path ("image.txt");
  g_autofree char *empty = data_path ("empty.txt");
  g_auto(GStrv) out_lines = NULL;
  g_auto(GStrv) err_lines = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, NULL, "extract", image, good, empty, "/nonexistent/x.txt", NULL);

  /* The readable file still gets its whole line; each other one a
   * one-line message; the status says something went wrong. */
  g_assert_cmpint (run.status, !=, 0);
  out_lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (out_lines), ==, 2);
  g_assert_true (g_str_has_prefix (out_lines[0], "{\"document\""));
  g_assert_cmpstr (out_lines[1], ==, "");

  err_lines = g_strsplit (run.err, "\n", -1);
  g_assert_cmpuint (g_strv_length (err_lines), ==, 4);
  g_assert_nonnull (strstr (err_lines[0], "image.txt"));
  g_assert_nonnull (strstr (err_lines[0], "not a text file"));
  g_assert_nonnull (strstr (err_lines[1], "empty"));
  g_assert_nonnull (strstr (err_lines[2], "/nonexistent/x.txt"));
}

/* Many files are extracted in batches (256 documents at most): every
 * readable one still gets its line, in the order given, across batch
 * boundaries and around a file that cannot be read. */
static void
test_extract_many_in_order (void)
{
  g_autofree char *crlf = data_path ("crlf.txt");
  g_autofree char *cp1252 = data_path ("cp1252.txt");
  g_autofree char *image = data_path ("image.txt");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_ptr_array_add (argv, (gpointer)g_getenv ("SAYWHEN_CLI"));
  g_ptr_array_add (argv, (gpointer)"extract");
  for (guint i = 0; i < 600; i++)
    {
      const char *path = i == 300 ? image : i % 3 == 0 ? cp1252 : crlf;

      g_ptr_array_add (argv, (gpointer)path);
      if (path != image)
        g_ptr_array_add (expected, g_path_get_basename (path));
    }
  g_ptr_array_add (argv, NULL);
  g_ptr_array_set_free_func (expected, g_free);

  proc = g_subprocess_newv ((const char * const *)argv->pdata,
                            G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 1);
  g_assert_nonnull (strstr (err, "image.txt"));

  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, expected->len + 1);
  for (guint i = 0; i < expected->len; i++)
    {
      JsonObject *o = parse_line (parser, lines[i]);
      JsonObject *document = json_object_get_object_member (o, "document");
      g_autofree char *base = g_path_get_basename (json_object_get_string_member (document, "path"));

      g_assert_cmpstr (base, ==, g_ptr_array_index (expected, i));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "timexes")), >, 0);
    }
}

/* Every span the CLI prints on the seed article indexes the file's text
 * in code points, whatever the extractors find. */
static void
check_span (JsonObject  *o,
            const char  *text)
{
  gint64 start = json_object_get_int_member (o, "start");
  gint64 end = json_object_get_int_member (o, "end");
  g_autofree char *slice = NULL;

  g_assert_cmpint (start, >=, 0);
  g_assert_cmpint (start, <=, end);
  g_assert_cmpint (end, <=, g_utf8_strlen (text, -1));
  slice = g_utf8_substring (text, start, end);
  if (json_object_has_member (o, "text"))
    g_assert_cmpstr (slice, ==, json_object_get_string_member (o, "text"));
}

static void
test_extract_seed_spans (void)
{
  const char *shared = g_getenv ("SAYWHEN_SHARED");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  JsonObject *root;
  JsonArray *quotes, *timexes, *actors;

  if (shared == NULL || !g_file_test ((path = g_build_filename (shared, "corpus", "seed", "ceasefire-call.txt", NULL)), G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the seed article in ../shared is absent");
      return;
    }

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  run_cli (&run, NULL, "extract", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_line (parser, run.out);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "document"), "length"), ==,
                   g_utf8_strlen (text, -1));

  timexes = json_object_get_array_member (root, "timexes");
  for (guint i = 0; i < json_array_get_length (timexes); i++)
    check_span (json_array_get_object_element (timexes, i), text);

  actors = json_object_get_array_member (root, "actors");
  for (guint i = 0; i < json_array_get_length (actors); i++)
    {
      JsonArray *m = json_object_get_array_member (json_array_get_object_element (actors, i), "mentions");
      for (guint j = 0; j < json_array_get_length (m); j++)
        check_span (json_array_get_object_element (m, j), text);
    }

  quotes = json_object_get_array_member (root, "quotes");
  for (guint i = 0; i < json_array_get_length (quotes); i++)
    {
      JsonObject *q = json_array_get_object_element (quotes, i);
      check_span (json_object_get_object_member (q, "content"), text);
      if (!json_object_get_null_member (q, "cue"))
        check_span (json_object_get_object_member (q, "cue"), text);
    }
}

static void
test_usage (void)
{
  g_auto(Run) none = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) no_files = { 0 };

  run_cli (&none, NULL, NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "saywhen-cli extract"));

  run_cli (&unknown, NULL, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  run_cli (&no_files, NULL, "extract", NULL);
  g_assert_cmpint (no_files.status, ==, 2);
  g_assert_cmpstr (no_files.out, ==, "");
}

/* project save, info and extract, and export, as a script would chain
 * them; the project's contract lines are extract's. */
static void
test_project_and_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("saywhen-test-cli-XXXXXX", &error);
  g_autofree char *a = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *b = g_build_filename (dir, "b.txt", NULL);
  g_autofree char *project = g_build_filename (dir, "p.saywhen", NULL);
  g_auto(Run) save = { 0 };
  g_auto(Run) info = { 0 };
  g_auto(Run) lines = { 0 };
  g_auto(Run) direct = { 0 };
  g_auto(Run) csv = { 0 };
  g_auto(Run) bogus = { 0 };
  g_auto(Run) not_project = { 0 };

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (a, "Mayor Ilse Brandt said on Monday that the bridge would reopen.\n", -1, NULL));
  g_assert_true (g_file_set_contents (b, "\u201cNot yet,\u201d Teo Varga told the council on Tuesday.\n", -1, NULL));

  run_cli (&save, NULL, "project", "save", "--dct=2025-03-19", "--output", project, a, b, NULL);
  g_assert_cmpint (save.status, ==, 0);
  g_assert_true (g_file_test (project, G_FILE_TEST_IS_REGULAR));

  run_cli (&info, NULL, "project", "info", project, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_nonnull (strstr (info.out, "2 articles, 0 corrections"));
  g_assert_nonnull (strstr (info.out, "a.txt"));
  g_assert_nonnull (strstr (info.out, "2025-03-19 (option)"));

  run_cli (&lines, NULL, "project", "extract", project, NULL);
  run_cli (&direct, NULL, "extract", "--dct=2025-03-19", a, b, NULL);
  g_assert_cmpint (lines.status, ==, 0);
  g_assert_cmpstr (lines.out, ==, direct.out);

  run_cli (&csv, NULL, "export", "--format=csv-quotes", project, NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "article,speakers,quote,kind,cue,addressee,medium,start,end\r\n"));

  run_cli (&bogus, NULL, "export", "--format=bogus", a, NULL);
  g_assert_cmpint (bogus.status, ==, 2);
  g_assert_nonnull (strstr (bogus.err, "bogus"));

  run_cli (&not_project, NULL, "project", "info", a, NULL);
  g_assert_cmpint (not_project.status, ==, 1);
  g_assert_nonnull (strstr (not_project.err, "not a Saywhen project"));

  g_unlink (a);
  g_unlink (b);
  g_unlink (project);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/extract-file", test_extract_file);
  g_test_add_func ("/cli/extract-dct", test_extract_dct_option);
  g_test_add_func ("/cli/extract-stdin", test_extract_stdin);
  g_test_add_func ("/cli/extract-unreadable", test_extract_refuses_unreadable);
  g_test_add_func ("/cli/extract-many-in-order", test_extract_many_in_order);
  g_test_add_func ("/cli/extract-seed-spans", test_extract_seed_spans);
  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/project-and-export", test_project_and_export);

  return g_test_run ();
}
