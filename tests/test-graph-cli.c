/* test-graph-cli.c: saywhen-cli render, export-graph and bench --only=graph
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-graph-cli"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>

static char *tmpdir;

static int
run (char       **out,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("SAYWHEN_CLI");
  int status = -1;
  va_list args;

  if (cli == NULL)
    return -1;

  g_ptr_array_add (argv, (char *)cli);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, out, NULL, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static char *
article (void)
{
  char *path = g_build_filename (tmpdir, "article.txt", NULL);

  g_assert_true (g_file_set_contents (path, "A short headline\n\nNothing much happened today.\n", -1, NULL));
  return path;
}

static void
test_render_reproducible (void)
{
  g_autofree char *input = article ();
  const char *extensions[] = { "png", "svg", "pdf" };

  if (g_getenv ("SAYWHEN_CLI") == NULL)
    {
      g_test_skip ("SAYWHEN_CLI is not set");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autofree char *a = g_strdup_printf ("%s/a.%s", tmpdir, extensions[i]);
      g_autofree char *b = g_strdup_printf ("%s/b.%s", tmpdir, extensions[i]);
      g_autofree char *oa = g_strdup_printf ("--output=%s", a);
      g_autofree char *ob = g_strdup_printf ("--output=%s", b);
      g_autofree char *da = NULL;
      g_autofree char *db = NULL;
      gsize la, lb;

      g_assert_cmpint (run (NULL, "render", "--view=graph", oa, "--width=500", "--scale=2", input, NULL), ==, 0);
      g_assert_cmpint (run (NULL, "render", "--view=graph", ob, "--width=500", "--scale=2", input, NULL), ==, 0);
      g_assert_true (g_file_get_contents (a, &da, &la, NULL));
      g_assert_true (g_file_get_contents (b, &db, &lb, NULL));
      g_assert_cmpuint (la, >, 500);
      g_assert_cmpmem (da, la, db, lb);
      g_unlink (a);
      g_unlink (b);
    }
}

static void
test_render_errors (void)
{
  g_autofree char *input = article ();
  g_autofree char *bmp = g_strdup_printf ("--output=%s/x.bmp", tmpdir);
  g_autofree char *png = g_strdup_printf ("--output=%s/x.png", tmpdir);

  if (g_getenv ("SAYWHEN_CLI") == NULL)
    {
      g_test_skip ("SAYWHEN_CLI is not set");
      return;
    }

  /* A format we cannot write is a usage error, like a missing file
   * argument; without --view, render draws the timeline. */
  g_assert_cmpint (run (NULL, "render", "--view=graph", bmp, input, NULL), ==, 2);
  g_assert_cmpint (run (NULL, "render", "--view=chart", png, input, NULL), ==, 2);
  g_assert_cmpint (run (NULL, "render", "--view=graph", png, NULL), ==, 2);
  g_assert_cmpint (run (NULL, "render", "--view=graph", png, "--size-by=fame", input, NULL), ==, 1);
  g_assert_cmpint (run (NULL, "render", "--view=graph", png, "/nonexistent/file.txt", input, NULL), ==, 1);
  g_assert_cmpint (run (NULL, "export-graph", "--format=dot", png, input, NULL), ==, 2);
}

static void
test_export_graph (void)
{
  g_autofree char *input = article ();
  const char *formats[] = { "graphml", "gexf" };

  if (g_getenv ("SAYWHEN_CLI") == NULL)
    {
      g_test_skip ("SAYWHEN_CLI is not set");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/g.%s", tmpdir, formats[i]);
      g_autofree char *output = g_strdup_printf ("--output=%s", path);
      g_autofree char *format = g_strdup_printf ("--format=%s", formats[i]);
      xmlDocPtr doc;

      g_assert_cmpint (run (NULL, "export-graph", format, output, input, NULL), ==, 0);
      doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
      g_assert_nonnull (doc);
      g_assert_cmpstr ((const char *)xmlDocGetRootElement (doc)->name, ==, formats[i]);
      xmlFreeDoc (doc);
      g_unlink (path);
    }
}

static void
test_bench (void)
{
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *o;

  if (g_getenv ("SAYWHEN_CLI") == NULL)
    {
      g_test_skip ("SAYWHEN_CLI is not set");
      return;
    }

  g_assert_cmpint (run (&out, "bench", "--only=graph", "--graph-nodes=120", "--graph-edges=400", "--frames=3", NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  o = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (o, "graph_nodes"), ==, 120);
  g_assert_cmpint (json_object_get_int_member (o, "graph_edges"), ==, 400);
  g_assert_cmpfloat (json_object_get_double_member (o, "graph_layout_ms"), >, 0);
  g_assert_cmpfloat (json_object_get_double_member (o, "graph_frame_ms"), >, 0);
  g_assert_nonnull (json_object_get_string_member_with_default (o, "allocator", NULL));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("sw-graph-cli-XXXXXX", NULL);

  g_test_add_func ("/graph/cli/render-reproducible", test_render_reproducible);
  g_test_add_func ("/graph/cli/render-errors", test_render_errors);
  g_test_add_func ("/graph/cli/export-graph", test_export_graph);
  g_test_add_func ("/graph/cli/bench", test_bench);

  status = g_test_run ();

  {
    g_autofree char *input = g_build_filename (tmpdir, "article.txt", NULL);
    g_unlink (input);
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  return status;
}
