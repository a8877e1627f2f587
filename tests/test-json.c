/* test-json.c: the extraction contract, field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sw-json.h"

/* Non-ASCII before and inside every span, so byte and code-point offsets
 * differ everywhere. */
static const char text[] =
  "Prémier Žofia Novák, über-cautious, said on Tuesday: “Ça suffit.”\n"
  "Novák told Radio Łódź the talks lasted two hours.\n";

static SwSpan
span_of (const char *needle)
{
  const char *p = strstr (text, needle);
  SwSpan span;

  g_assert_nonnull (p);
  span.start = p - text;
  span.end = span.start + strlen (needle);
  return span;
}

static SwExtraction *
make_extraction (void)
{
  SwExtraction *ex = sw_extraction_new ();
  SwTimex *t = sw_timex_new (SW_TIMEX_DATE, span_of ("Tuesday").start, span_of ("Tuesday").end, "2025-03-18");
  SwTimex *d = sw_timex_new (SW_TIMEX_DURATION, span_of ("two hours").start, span_of ("two hours").end, "PT2H");
  SwActor *novak = sw_actor_new ("Žofia Novák", SW_ACTOR_PERSON);
  SwActor *radio = sw_actor_new ("Radio Łódź", SW_ACTOR_ORGANIZATION);
  SwQuote *q = sw_quote_new (SW_QUOTE_DIRECT);
  SwEvent *e = sw_event_new ("Novák spoke", span_of ("Prémier").start, span_of ("”").end);
  SwRelation *r = sw_relation_new (0, 1, SW_RELATION_TOLD);
  int zero = 0;

  d->mod = g_strdup ("APPROX");
  g_ptr_array_add (ex->timexes, t);
  g_ptr_array_add (ex->timexes, d);

  sw_actor_add_role (novak, "Prémier");
  sw_actor_add_mention (novak, span_of ("Žofia Novák").start, span_of ("Žofia Novák").end);
  sw_actor_add_mention (novak, span_of ("Novák told").start, span_of ("Novák told").start + strlen ("Novák"));
  sw_actor_add_mention (radio, span_of ("Radio Łódź").start, span_of ("Radio Łódź").end);
  g_ptr_array_add (ex->actors, novak);
  g_ptr_array_add (ex->actors, radio);

  q->content = span_of ("Ça suffit.");
  sw_quote_add_part (q, span_of ("the talks lasted"));
  q->cue = span_of ("said");
  q->has_cue = TRUE;
  q->speaker_mention = span_of ("Žofia Novák");
  q->has_speaker_mention = TRUE;
  g_array_append_val (q->speakers, zero);
  q->medium = g_strdup ("Radio");
  g_ptr_array_add (ex->quotes, q);

  e->timex = 0;
  e->date_from = g_strdup ("2025-03-18");
  e->granularity = SW_GRANULARITY_DAY;
  e->quote = 0;
  g_array_append_val (e->actors, zero);
  g_ptr_array_add (ex->events, e);

  r->weight = 1;
  g_array_append_val (r->quotes, zero);
  g_ptr_array_add (ex->relations, r);

  return ex;
}

static void
assert_span (JsonObject *o,
             const char *expected)
{
  gint64 start = json_object_get_int_member (o, "start");
  gint64 end = json_object_get_int_member (o, "end");
  g_autofree char *slice = g_utf8_substring (text, start, end);

  /* The contract's promise: text[start:end] in code points is the span. */
  g_assert_cmpstr (slice, ==, expected);
  g_assert_cmpstr (json_object_get_string_member (o, "text"), ==, expected);
}

static void
assert_member_type (JsonObject *o,
                    const char *member,
                    GType       type)
{
  JsonNode *node = json_object_get_member (o, member);

  g_assert_nonnull (node);
  if (type == G_TYPE_NONE)
    g_assert_true (JSON_NODE_HOLDS_NULL (node));
  else if (type == JSON_TYPE_ARRAY)
    g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  else if (type == JSON_TYPE_OBJECT)
    g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  else
    g_assert_cmpint (json_node_get_value_type (node), ==, type);
}

static void
test_contract_fields (void)
{
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, text, -1);
  g_autoptr(SwExtraction) ex = make_extraction ();
  g_autofree char *line = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *d, *o, *date;

  sw_document_set_path (doc, "novak.txt");
  sw_document_set_dct (doc, "2025-03-19", SW_DCT_SOURCE_OPTION);
  line = sw_json_to_line (doc, ex, TRUE);
  g_assert_null (strchr (line, '\n'));

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  d = json_object_get_object_member (root, "document");
  g_assert_cmpstr (json_object_get_string_member (d, "path"), ==, "novak.txt");
  g_assert_cmpstr (json_object_get_string_member (d, "title"), ==,
                   "Prémier Žofia Novák, über-cautious, said on Tuesday: “Ça suffit.”");
  g_assert_cmpstr (json_object_get_string_member (d, "dct"), ==, "2025-03-19");
  g_assert_cmpstr (json_object_get_string_member (d, "dct_source"), ==, "option");
  g_assert_cmpint (json_object_get_int_member (d, "length"), ==, g_utf8_strlen (text, -1));
  g_assert_cmpstr (json_object_get_string_member (d, "text"), ==, text);

  for (guint i = 0; i < 2; i++)
    {
      o = json_array_get_object_element (json_object_get_array_member (root, "timexes"), i);
      assert_member_type (o, "id", G_TYPE_STRING);
      assert_member_type (o, "type", G_TYPE_STRING);
      assert_member_type (o, "value", G_TYPE_STRING);
      assert_member_type (o, "mod", i == 0 ? G_TYPE_NONE : G_TYPE_STRING);
    }
  o = json_array_get_object_element (json_object_get_array_member (root, "timexes"), 1);
  assert_span (o, "two hours");
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "t2");
  g_assert_cmpstr (json_object_get_string_member (o, "type"), ==, "DURATION");
  g_assert_cmpstr (json_object_get_string_member (o, "mod"), ==, "APPROX");

  o = json_array_get_object_element (json_object_get_array_member (root, "actors"), 0);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "a1");
  g_assert_cmpstr (json_object_get_string_member (o, "name"), ==, "Žofia Novák");
  g_assert_cmpstr (json_object_get_string_member (o, "kind"), ==, "person");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "roles"), 0), ==, "Prémier");
  assert_span (json_array_get_object_element (json_object_get_array_member (o, "mentions"), 0), "Žofia Novák");
  assert_span (json_array_get_object_element (json_object_get_array_member (o, "mentions"), 1), "Novák");

  o = json_array_get_object_element (json_object_get_array_member (root, "quotes"), 0);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "q1");
  g_assert_cmpstr (json_object_get_string_member (o, "kind"), ==, "direct");
  assert_span (json_object_get_object_member (o, "content"), "Ça suffit.");
  assert_span (json_object_get_object_member (o, "cue"), "said");
  assert_span (json_object_get_object_member (o, "speaker_mention"), "Žofia Novák");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "speakers"), 0), ==, "a1");
  assert_member_type (o, "addressee", G_TYPE_NONE);
  g_assert_cmpstr (json_object_get_string_member (o, "medium"), ==, "Radio");
  {
    JsonArray *parts = json_object_get_array_member (o, "content_parts");

    /* every piece of the content, the first being "content" */
    g_assert_cmpuint (json_array_get_length (parts), ==, 2);
    assert_span (json_array_get_object_element (parts, 0), "Ça suffit.");
    assert_span (json_array_get_object_element (parts, 1), "the talks lasted");
  }

  o = json_array_get_object_element (json_object_get_array_member (root, "events"), 0);
  g_assert_cmpstr (json_object_get_string_member (o, "id"), ==, "e1");
  g_assert_cmpstr (json_object_get_string_member (o, "label"), ==, "Novák spoke");
  g_assert_cmpint (json_object_get_int_member (o, "start"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (o, "end"), ==, g_utf8_strlen (text, strstr (text, "”") - text) + 1);
  g_assert_cmpstr (json_object_get_string_member (o, "timex"), ==, "t1");
  g_assert_cmpstr (json_object_get_string_member (o, "quote"), ==, "q1");
  date = json_object_get_object_member (o, "date");
  g_assert_cmpstr (json_object_get_string_member (date, "from"), ==, "2025-03-18");
  g_assert_cmpstr (json_object_get_string_member (date, "to"), ==, "2025-03-18");
  g_assert_cmpstr (json_object_get_string_member (date, "granularity"), ==, "day");
  g_assert_false (json_object_get_boolean_member (date, "approx"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "actors"), 0), ==, "a1");

  o = json_array_get_object_element (json_object_get_array_member (root, "relations"), 0);
  g_assert_cmpstr (json_object_get_string_member (o, "source"), ==, "a1");
  g_assert_cmpstr (json_object_get_string_member (o, "target"), ==, "a2");
  g_assert_cmpstr (json_object_get_string_member (o, "kind"), ==, "told");
  g_assert_cmpint (json_object_get_int_member (o, "weight"), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "evidence"), 0), ==, "q1");
}

static void
test_contract_empty (void)
{
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, "  \n", -1);
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autofree char *line = sw_json_to_line (doc, ex, FALSE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *d;
  const char *arrays[] = { "timexes", "actors", "quotes", "events", "relations" };

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  d = json_object_get_object_member (root, "document");

  assert_member_type (d, "path", G_TYPE_NONE);
  assert_member_type (d, "title", G_TYPE_NONE);
  assert_member_type (d, "dct", G_TYPE_NONE);
  g_assert_cmpstr (json_object_get_string_member (d, "dct_source"), ==, "none");
  g_assert_false (json_object_has_member (d, "text"));

  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    {
      assert_member_type (root, arrays[i], JSON_TYPE_ARRAY);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, arrays[i])), ==, 0);
    }
}

/* Offsets stay right when spans jump back and forth over kilobytes of
 * mixed one- to four-byte characters, as actors' mentions do after the
 * timexes of a long document. */
static void
test_offsets_far (void)
{
  GString *t = g_string_new (NULL);
  g_autoptr(SwDocument) doc = NULL;
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *body = NULL;
  JsonArray *timexes;
  const guint n = 60;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (t, "Łódź %u, naïve café “€%u” 😀 — ", i, i);
  body = g_string_free (t, FALSE);
  doc = sw_document_new_from_text (NULL, body, -1);

  /* every tenth unit, last first, then in text order */
  for (guint k = 0; k < 2 * n / 10; k++)
    {
      guint i = k < n / 10 ? n - 10 * (k + 1) : 10 * (k - n / 10);
      g_autofree char *needle = g_strdup_printf ("Łódź %u,", i);
      const char *p = strstr (body, needle);
      gsize start = p - body;

      g_ptr_array_add (ex->timexes, sw_timex_new (SW_TIMEX_DATE, start, start + strlen (needle) - 1, "2025"));
    }

  line = sw_json_to_line (doc, ex, FALSE);
  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  timexes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "timexes");
  g_assert_cmpuint (json_array_get_length (timexes), ==, ex->timexes->len);
  for (guint k = 0; k < json_array_get_length (timexes); k++)
    {
      JsonObject *o = json_array_get_object_element (timexes, k);
      const SwTimex *x = g_ptr_array_index (ex->timexes, k);

      g_assert_cmpint (json_object_get_int_member (o, "start"), ==, g_utf8_strlen (body, x->span.start));
      g_assert_cmpint (json_object_get_int_member (o, "end"), ==, g_utf8_strlen (body, x->span.end));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/contract-fields", test_contract_fields);
  g_test_add_func ("/json/offsets-far", test_offsets_far);
  g_test_add_func ("/json/contract-empty", test_contract_empty);

  return g_test_run ();
}
