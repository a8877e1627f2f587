/* test-export.c: contract JSON Lines, RFC 4180 CSV and TimelineJS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "sw-export.h"

#include "correction-fixture.h"

/* An RFC 4180 reader, strict: records end in CRLF, quoted fields double
 * their quotes, nothing follows a closing quote but a separator. */
static GPtrArray *
parse_csv (const char *data,
           gsize       len)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gsize i = 0;

  while (i < len)
    {
      if (data[i] == '"')
        {
          i++;
          for (;;)
            {
              g_assert_cmpuint (i, <, len);
              if (data[i] == '"' && i + 1 < len && data[i + 1] == '"')
                {
                  g_string_append_c (field, '"');
                  i += 2;
                }
              else if (data[i] == '"')
                {
                  i++;
                  break;
                }
              else
                g_string_append_c (field, data[i++]);
            }
          g_assert_true (data[i] == ',' || data[i] == '\r');
        }
      else
        {
          while (i < len && data[i] != ',' && data[i] != '\r')
            {
              g_assert_true (data[i] != '"' && data[i] != '\n');
              g_string_append_c (field, data[i++]);
            }
        }

      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);

      if (data[i] == ',')
        i++;
      else
        {
          g_assert_cmpint (data[i], ==, '\r');
          g_assert_cmpint (data[i + 1], ==, '\n');
          i += 2;
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
    }

  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

#define CELL(rows, r, c) ((const char *)g_ptr_array_index ((GPtrArray *)g_ptr_array_index ((rows), (r)), (c)))

static GListStore *
articles_of (const char   *text,
             SwExtraction *ex)
{
  GListStore *store = g_list_store_new (SW_TYPE_ARTICLE);
  g_autoptr(SwDocument) doc = fixture_document (text);
  g_autoptr(SwArticle) article = sw_article_new (doc, ex);

  g_list_store_append (store, article);
  return store;
}

static GListStore *
fixture_articles (void)
{
  g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);

  return articles_of (fixture_text, ex);
}

static void
test_csv_quotes (void)
{
  g_autoptr(GListStore) articles = fixture_articles ();
  g_autoptr(GBytes) bytes = sw_export_to_bytes (SW_EXPORT_CSV_QUOTES, G_LIST_MODEL (articles), NULL);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autoptr(GPtrArray) rows = parse_csv (data, len);
  g_autoptr(SwArticle) article = g_list_model_get_item (G_LIST_MODEL (articles), 0);
  SwDocument *doc = sw_article_get_document (article);
  SwSpan winter = span_nth (fixture_text, "We will not wait another winter,", 0);
  g_autofree char *start = g_strdup_printf ("%" G_GSIZE_FORMAT, sw_document_byte_to_char (doc, winter.start));
  g_autofree char *end = g_strdup_printf ("%" G_GSIZE_FORMAT, sw_document_byte_to_char (doc, winter.end));

  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpuint (((GPtrArray *)g_ptr_array_index (rows, 0))->len, ==, 9);
  g_assert_cmpstr (CELL (rows, 0, 0), ==, "article");
  g_assert_cmpstr (CELL (rows, 0, 8), ==, "end");

  g_assert_cmpstr (CELL (rows, 2, 0), ==, "bridge.txt");
  g_assert_cmpstr (CELL (rows, 2, 1), ==, "Brandt");
  g_assert_cmpstr (CELL (rows, 2, 2), ==, "We will not wait another winter,");
  g_assert_cmpstr (CELL (rows, 2, 3), ==, "direct");
  g_assert_cmpstr (CELL (rows, 2, 4), ==, "told");
  g_assert_cmpstr (CELL (rows, 2, 5), ==, "city council");
  g_assert_cmpstr (CELL (rows, 2, 6), ==, "");
  /* Code points, as in the contract: the curly quote before is one. */
  g_assert_cmpstr (CELL (rows, 2, 7), ==, start);
  g_assert_cmpstr (CELL (rows, 2, 8), ==, end);
  g_assert_cmpuint (sw_document_byte_to_char (doc, winter.start), <, winter.start);

  /* A comma inside a field is quoted, then read back whole. */
  g_assert_cmpstr (CELL (rows, 4, 2), ==, "the contractor, Norrland Works, had signed");
  g_assert_nonnull (strstr (data, ",\"the contractor, Norrland Works, had signed\","));
}

/* Every character RFC 4180 cares about, in names, quotations and media. */
static void
test_csv_escaping (void)
{
  static const char text[] =
    "He said \"no, never\"\r\nand then left.\n  Padded words  \n";
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(GListStore) articles = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  SwActor *a = sw_actor_new ("Smith, \"Jr.\"", SW_ACTOR_PERSON);
  SwActor *b = sw_actor_new ("Ng", SW_ACTOR_PERSON);
  SwQuote *q = sw_quote_new (SW_QUOTE_MIXED);
  SwQuote *p = sw_quote_new (SW_QUOTE_DIRECT);
  SwEvent *e = sw_event_new ("Left, \"quietly\"", 0, span_nth (text, "left.", 0).end);
  const char *data;
  gsize len;
  int zero = 0, one = 1;

  g_ptr_array_add (ex->actors, a);
  g_ptr_array_add (ex->actors, b);
  q->content = span_between (text, "\"no", "left");
  g_array_append_val (q->speakers, zero);
  g_array_append_val (q->speakers, one);
  q->medium = g_strdup ("radio\nshow");
  g_ptr_array_add (ex->quotes, q);
  p->content = span_nth (text, "  Padded words  ", 0);
  g_ptr_array_add (ex->quotes, p);
  g_array_append_val (e->actors, zero);
  g_ptr_array_add (ex->events, e);

  articles = articles_of (text, ex);
  bytes = sw_export_to_bytes (SW_EXPORT_CSV_QUOTES, G_LIST_MODEL (articles), NULL);
  data = g_bytes_get_data (bytes, &len);
  rows = parse_csv (data, len);

  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (CELL (rows, 1, 1), ==, "Smith, \"Jr.\"; Ng");
  g_assert_cmpstr (CELL (rows, 1, 2), ==, "\"no, never\"\r\nand then left");
  g_assert_cmpstr (CELL (rows, 1, 3), ==, "mixed");
  g_assert_cmpstr (CELL (rows, 1, 6), ==, "radio\nshow");
  g_assert_cmpstr (CELL (rows, 2, 2), ==, "  Padded words  ");
  g_assert_nonnull (strstr (data, "\"Smith, \"\"Jr.\"\"; Ng\""));

  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = sw_export_to_bytes (SW_EXPORT_CSV_EVENTS, G_LIST_MODEL (articles), NULL);
  data = g_bytes_get_data (bytes, &len);
  rows = parse_csv (data, len);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (CELL (rows, 1, 5), ==, "Left, \"quietly\"");
  g_assert_cmpstr (CELL (rows, 1, 6), ==, "Smith, \"Jr.\"");
  g_assert_cmpstr (CELL (rows, 1, 7), ==, "He said \"no, never\"\r\nand then left.");
  /* Undated: the date columns are empty, not "null". */
  g_assert_cmpstr (CELL (rows, 1, 1), ==, "");
  g_assert_cmpstr (CELL (rows, 1, 3), ==, "");
}

static void
test_csv_events (void)
{
  g_autoptr(GListStore) articles = fixture_articles ();
  g_autoptr(GBytes) bytes = sw_export_to_bytes (SW_EXPORT_CSV_EVENTS, G_LIST_MODEL (articles), NULL);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autoptr(GPtrArray) rows = parse_csv (data, len);

  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (CELL (rows, 0, 0), ==, "article");
  g_assert_cmpstr (CELL (rows, 0, 7), ==, "sentence");
  g_assert_cmpstr (CELL (rows, 2, 1), ==, "2025-05");
  g_assert_cmpstr (CELL (rows, 2, 3), ==, "month");
  g_assert_cmpstr (CELL (rows, 2, 4), ==, "false");
  g_assert_cmpstr (CELL (rows, 3, 5), ==, "Varga met Brandt");
  g_assert_cmpstr (CELL (rows, 3, 6), ==, "Teo Varga; Ilse Brandt");
  g_assert_cmpstr (CELL (rows, 3, 7), ==, "Varga met Brandt on Tuesday to discuss the repairs.");
}

static JsonObject *
member_object (JsonObject *o,
               const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  g_assert_nonnull (n);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (n));
  return json_node_get_object (n);
}

static void
test_timelinejs (void)
{
  g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);
  g_autoptr(GListStore) articles = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root, *title, *slide, *date;
  JsonArray *events;
  SwEvent *e;

  /* An undated event, a span of days, an approximate one and markup. */
  e = sw_event_new ("Undated <b>talks</b>", 0, 10);
  g_ptr_array_add (ex->events, e);
  e = g_ptr_array_index (ex->events, 2);
  g_free (e->date_to);
  e->date_to = g_strdup ("2025-03-20");
  g_free (e->label);
  e->label = g_strdup ("Varga & Brandt <meet>");
  e = g_ptr_array_index (ex->events, 1);
  e->approx = TRUE;
  e = g_ptr_array_index (ex->events, 0);
  g_free (e->date_from);
  e->date_from = g_strdup ("2025-03-17T09:30");
  g_free (e->date_to);
  e->date_to = g_strdup ("2025-03-17T09:30");
  e->granularity = SW_GRANULARITY_TIME;

  articles = articles_of (fixture_text, ex);
  bytes = sw_export_to_bytes (SW_EXPORT_TIMELINEJS, G_LIST_MODEL (articles), "Kelby & the bridge");
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  title = member_object (member_object (root, "title"), "text");
  g_assert_cmpstr (json_object_get_string_member (title, "headline"), ==, "Kelby &amp; the bridge");
  g_assert_false (json_object_has_member (member_object (root, "title"), "start_date"));

  events = json_object_get_array_member (root, "events");
  g_assert_cmpuint (json_array_get_length (events), ==, 3);

  for (guint i = 0; i < 3; i++)
    {
      const char *id;

      slide = json_array_get_object_element (events, i);
      date = member_object (slide, "start_date");
      g_assert_cmpint (json_object_get_int_member (date, "year"), ==, 2025);
      g_assert_true (json_node_get_value_type (json_object_get_member (date, "year")) == G_TYPE_INT64);
      g_assert_nonnull (json_object_get_string_member (member_object (slide, "text"), "headline"));
      id = json_object_get_string_member (slide, "unique_id");
      g_assert_false (g_hash_table_contains (ids, id));
      g_hash_table_add (ids, (gpointer)id);
    }

  /* To the minute, grouped by its first actor. */
  slide = json_array_get_object_element (events, 0);
  date = member_object (slide, "start_date");
  g_assert_cmpint (json_object_get_int_member (date, "month"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (date, "day"), ==, 17);
  g_assert_cmpint (json_object_get_int_member (date, "hour"), ==, 9);
  g_assert_cmpint (json_object_get_int_member (date, "minute"), ==, 30);
  g_assert_false (json_object_has_member (slide, "end_date"));
  g_assert_cmpstr (json_object_get_string_member (slide, "group"), ==, "Ilse Brandt");
  g_assert_nonnull (strstr (json_object_get_string_member (member_object (slide, "text"), "text"),
                            "Mayor Ilse Brandt said on Monday"));

  /* A month is a month, not its first day; approximate says so. */
  slide = json_array_get_object_element (events, 1);
  date = member_object (slide, "start_date");
  g_assert_cmpint (json_object_get_int_member (date, "month"), ==, 5);
  g_assert_false (json_object_has_member (date, "day"));
  g_assert_false (json_object_has_member (slide, "group"));
  g_assert_cmpstr (json_object_get_string_member (slide, "display_date"), ==, "about 2025-05");

  slide = json_array_get_object_element (events, 2);
  date = member_object (slide, "end_date");
  g_assert_cmpint (json_object_get_int_member (date, "day"), ==, 20);
  g_assert_cmpstr (json_object_get_string_member (member_object (slide, "text"), "headline"), ==,
                   "Varga &amp; Brandt &lt;meet&gt;");
  g_assert_cmpstr (json_object_get_string_member (slide, "group"), ==, "Teo Varga");
}

static void
test_json_lines (void)
{
  g_autoptr(GListStore) articles = fixture_articles ();
  g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);
  g_autoptr(SwDocument) doc = fixture_document (fixture_text);
  g_autoptr(SwArticle) second = sw_article_new (doc, ex);
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *want = contract_line (doc, ex);
  g_autofree char *text = NULL;

  g_list_store_append (articles, second);
  bytes = sw_export_to_bytes (SW_EXPORT_JSON, G_LIST_MODEL (articles), NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_str_has_suffix (text, "\n"));
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[0], ==, want);
  g_assert_cmpstr (lines[1], ==, want);
  g_assert_cmpstr (lines[2], ==, "");
}

static void
exported (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_export_to_file_finish (result, &error));
  g_assert_no_error (error);
  g_main_loop_quit (user_data);
}

static void
test_to_file_async (void)
{
  g_autoptr(GListStore) articles = fixture_articles ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("saywhen-test-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "quotes.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GBytes) want = sw_export_to_bytes (SW_EXPORT_CSV_QUOTES, G_LIST_MODEL (articles), NULL);
  g_autofree char *got = NULL;
  gsize len = 0;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "an older export", -1, NULL));
  sw_export_to_file_async (SW_EXPORT_CSV_QUOTES, G_LIST_MODEL (articles), NULL, file, NULL, exported, loop);
  g_main_loop_run (loop);

  g_assert_true (g_file_get_contents (path, &got, &len, NULL));
  g_assert_cmpmem (got, len, g_bytes_get_data (want, NULL), g_bytes_get_size (want));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_format_names (void)
{
  SwExportFormat format;

  for (SwExportFormat f = SW_EXPORT_JSON; f <= SW_EXPORT_TIMELINEJS; f++)
    {
      g_assert_true (sw_export_format_from_string (sw_export_format_to_string (f), &format));
      g_assert_cmpint (format, ==, f);
      g_assert_true (g_str_has_prefix (sw_export_format_get_extension (f), "."));
    }

  g_assert_false (sw_export_format_from_string ("graphml", &format));
  g_assert_false (sw_export_format_from_string (NULL, &format));
  g_assert_cmpstr (sw_export_format_get_mime_type (SW_EXPORT_CSV_EVENTS), ==, "text/csv");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/csv-quotes", test_csv_quotes);
  g_test_add_func ("/export/csv-escaping", test_csv_escaping);
  g_test_add_func ("/export/csv-events", test_csv_events);
  g_test_add_func ("/export/timelinejs", test_timelinejs);
  g_test_add_func ("/export/json-lines", test_json_lines);
  g_test_add_func ("/export/to-file-async", test_to_file_async);
  g_test_add_func ("/export/format-names", test_format_names);

  return g_test_run ();
}
