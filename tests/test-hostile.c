/* test-hostile.c: bad and adversarial input ends in a result or a clear
 * message, never a crash, a hang or a half-written line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <string.h>

#include "sw-document.h"
#include "sw-extract.h"
#include "sw-json.h"

typedef enum
{
  EXPECT_RESULT,
  EXPECT_REFUSAL,
} Expect;

typedef struct
{
  const char *name;
  GBytes   *(*make) (void);
  Expect      expect;
} Case;

static GBytes *
repeat (const char *unit,
        gsize       times,
        const char *prefix,
        const char *suffix)
{
  gsize ulen = strlen (unit);
  GString *s = g_string_sized_new (ulen * times + 64);

  g_string_append (s, prefix);
  for (gsize i = 0; i < times; i++)
    g_string_append_len (s, unit, ulen);
  g_string_append (s, suffix);

  return g_string_free_to_bytes (s);
}

static GBytes *make_empty (void) { return g_bytes_new ("", 0); }
static GBytes *make_whitespace (void) { return repeat (" \t\r\n", 1000, "", ""); }
static const char nul_text[] = "He said \0 “no”.";
static const char png_head[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10";
static GBytes *make_nul (void) { return g_bytes_new (nul_text, sizeof nul_text - 1); }
static GBytes *make_png (void) { return g_bytes_new (png_head, sizeof png_head - 1); }
static GBytes *make_quotes (void) { return repeat ("\"", 200000, "She said ", "."); }
static GBytes *make_curly (void) { return repeat ("“", 100000, "“", " he said"); }
static GBytes *make_brackets (void) { return repeat ("(", 50000, "Talks on Monday ", "ceasefire"); }
static GBytes *make_word (void) { return repeat ("x", 2 * 1024 * 1024, "On Tuesday ", " said Putin."); }
static GBytes *make_said (void) { return repeat ("said ", 300000, "Trump ", "that."); }
static GBytes *make_dates (void) { return repeat ("on Tuesday, March 18, 2025, ", 100000, "", "."); }
static GBytes *make_caps (void) { return repeat ("“WE WILL NOT STOP,” SHE SAID ON SUNDAY. ", 50000, "", ""); }
/* one paragraph of statements looking back for who issued them: a look
 * back to the paragraph's start made this minutes long */
static GBytes *make_statements (void) { return repeat ("“We will act,” the statement said. ", 150000, "The ministry issued a statement. ", ""); }
/* one paragraph of descriptions that name nobody: none may look for its
 * name to the end of the text */
static GBytes *make_descriptions (void) { return repeat ("A resident said the water rose. ", 250000, "", ""); }

/* Digits of other scripts (N'Ko, Arabic-Indic, Devanagari) start a word
 * but are no letters: the fuzzer found the tokenizer stuck on one. */
static GBytes *make_script_digits (void) { return repeat ("\xdf\x88 said ٣ on Tuesday ३ “߉ ٤,” ", 2000, "\xdf\x88", ""); }

static GBytes *
make_one_line (void)
{
  /* 20 MB of prose on a single line */
  return repeat ("Minister Ana Ruiz said on Monday that the port would reopen within two weeks, ", 20 * 1024 * 1024 / 80, "", "\n");
}

static GBytes *
make_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  gsize n = 1024 * 1024;
  guint8 *data = g_malloc (n);

  for (gsize i = 0; i < n; i++)
    data[i] = g_rand_int_range (rand, 0, 256);

  return g_bytes_new_take (data, n);
}

static GBytes *
make_bad_utf8_in_quote (void)
{
  return repeat ("“The port \xC3\x28 will \xFF reopen,” Varga said on Monday. ", 2000, "Héadline\n", "");
}

static GBytes *
make_utf16 (void)
{
  const char *text = "“Ceasefire now,” Zelenskyy said on Tuesday.";
  gsize written = 0;
  g_autofree char *utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &written, NULL);
  GByteArray *a = g_byte_array_new ();

  g_byte_array_append (a, (const guint8 *)"\xFF\xFE", 2);
  g_byte_array_append (a, (const guint8 *)utf16, written);
  return g_byte_array_free_to_bytes (a);
}

static GBytes *
make_cp1252_quotes (void)
{
  return repeat ("\x93We will sign,\x94 the minister said on Friday. ", 1000, "", "");
}

static const Case cases[] = {
  { "empty", make_empty, EXPECT_REFUSAL },
  { "whitespace", make_whitespace, EXPECT_RESULT },
  { "nul-bytes", make_nul, EXPECT_REFUSAL },
  { "image", make_png, EXPECT_REFUSAL },
  { "random-bytes", make_random, EXPECT_REFUSAL },
  { "quote-marks", make_quotes, EXPECT_RESULT },
  { "curly-quote-marks", make_curly, EXPECT_RESULT },
  { "nested-brackets", make_brackets, EXPECT_RESULT },
  { "huge-word", make_word, EXPECT_RESULT },
  { "said-repeated", make_said, EXPECT_RESULT },
  { "dates-repeated", make_dates, EXPECT_RESULT },
  { "all-caps-repeated", make_caps, EXPECT_RESULT },
  { "statements-repeated", make_statements, EXPECT_RESULT },
  { "descriptions-repeated", make_descriptions, EXPECT_RESULT },
  { "one-line-20mb", make_one_line, EXPECT_RESULT },
  { "bad-utf8-in-quote", make_bad_utf8_in_quote, EXPECT_RESULT },
  { "utf16-bom", make_utf16, EXPECT_RESULT },
  { "cp1252-quotes", make_cp1252_quotes, EXPECT_RESULT },
  { "script-digits", make_script_digits, EXPECT_RESULT },
};

/* Every span of the output lies inside the text and on character
 * boundaries, so a consumer can slice it safely. */
static void
check_spans (SwDocument   *doc,
             SwExtraction *ex)
{
  gsize size = sw_document_get_size (doc);
  const char *text = sw_document_get_text (doc);

#define CHECK_SPAN(sp) G_STMT_START { \
    g_assert_cmpuint ((sp).start, <=, (sp).end); \
    g_assert_cmpuint ((sp).end, <=, size); \
    g_assert_true ((sp).start == size || ((guchar)text[(sp).start] & 0xC0) != 0x80); \
    g_assert_true ((sp).end == size || ((guchar)text[(sp).end] & 0xC0) != 0x80); \
  } G_STMT_END

  for (guint i = 0; i < ex->timexes->len; i++)
    CHECK_SPAN (((SwTimex *)g_ptr_array_index (ex->timexes, i))->span);
  for (guint i = 0; i < ex->quotes->len; i++)
    {
      SwQuote *q = g_ptr_array_index (ex->quotes, i);
      CHECK_SPAN (q->content);
      if (q->has_cue)
        CHECK_SPAN (q->cue);
      for (guint s = 0; s < q->speakers->len; s++)
        g_assert_cmpint (g_array_index (q->speakers, int, s), <, (int)ex->actors->len);
    }
  for (guint i = 0; i < ex->actors->len; i++)
    {
      SwActor *a = g_ptr_array_index (ex->actors, i);
      for (guint m = 0; m < a->mentions->len; m++)
        CHECK_SPAN (g_array_index (a->mentions, SwSpan, m));
    }
  for (guint i = 0; i < ex->events->len; i++)
    CHECK_SPAN (((SwEvent *)g_ptr_array_index (ex->events, i))->span);

#undef CHECK_SPAN
}

/* A JSON syntax check that builds nothing: json-glib spends seconds
 * building and freeing the tree of a line of hundreds of megabytes. */
static const char *json_value (const char *p, guint depth);

static const char *
json_space (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
    p++;
  return p;
}

static const char *
json_string (const char *p)
{
  if (*p++ != '"')
    return NULL;
  for (;;)
    {
      guchar c = *p++;

      if (c == '"')
        return p;
      if (c < 0x20)
        return NULL;
      if (c == '\\')
        {
          c = *p++;
          if (c == 'u')
            {
              for (int i = 0; i < 4; i++)
                if (!g_ascii_isxdigit (*p++))
                  return NULL;
            }
          else if (strchr ("\"\\/bfnrt", c) == NULL || c == '\0')
            return NULL;
        }
    }
}

static const char *
json_number (const char *p)
{
  const char *digits;

  if (*p == '-')
    p++;
  digits = p;
  while (g_ascii_isdigit (*p))
    p++;
  if (p == digits || (*digits == '0' && p - digits > 1))
    return NULL;
  if (*p == '.')
    {
      digits = ++p;
      while (g_ascii_isdigit (*p))
        p++;
      if (p == digits)
        return NULL;
    }
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      digits = p;
      while (g_ascii_isdigit (*p))
        p++;
      if (p == digits)
        return NULL;
    }
  return p;
}

static const char *
json_members (const char *p,
              guint       depth,
              char        close,
              gboolean    keys)
{
  p = json_space (p + 1);
  if (*p == close)
    return p + 1;
  for (;;)
    {
      if (keys)
        {
          p = json_string (json_space (p));
          if (p == NULL || *(p = json_space (p)) != ':')
            return NULL;
          p++;
        }
      p = json_value (p, depth + 1);
      if (p == NULL)
        return NULL;
      p = json_space (p);
      if (*p == close)
        return p + 1;
      if (*p++ != ',')
        return NULL;
    }
}

static const char *
json_value (const char *p,
            guint       depth)
{
  if (depth > 64)
    return NULL;
  p = json_space (p);
  switch (*p)
    {
    case '{': return json_members (p, depth, '}', TRUE);
    case '[': return json_members (p, depth, ']', FALSE);
    case '"': return json_string (p);
    case 't': return strncmp (p, "true", 4) == 0 ? p + 4 : NULL;
    case 'f': return strncmp (p, "false", 5) == 0 ? p + 5 : NULL;
    case 'n': return strncmp (p, "null", 4) == 0 ? p + 4 : NULL;
    default: return json_number (p);
    }
}

static gboolean
json_valid (const char *line)
{
  const char *end = json_value (line, 0);

  return end != NULL && *json_space (end) == '\0';
}

static void
test_json_check (void)
{
  g_assert_true (json_valid ("{\"a\": [1, -2.5e3, \"x\\u00e9\\n\", true, null], \"b\": {}}"));
  g_assert_false (json_valid ("{\"a\": [1, 2}"));
  g_assert_false (json_valid ("{\"a\": \"cut"));
  g_assert_false (json_valid ("{\"a\": 01}"));
  g_assert_false (json_valid ("[1] [2]"));
}

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GBytes) bytes = c->make ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = sw_document_new_from_bytes (c->name, bytes, &error);
  g_autoptr(SwExtraction) ex = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *line = NULL;

  if (c->expect == EXPECT_REFUSAL)
    {
      g_assert_null (doc);
      g_assert_nonnull (error);
      g_assert_error (error, SW_LOAD_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, c->name));
      return;
    }

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_true (g_utf8_validate (sw_document_get_text (doc), sw_document_get_size (doc), NULL));

  ex = sw_extract (doc, NULL);
  g_assert_nonnull (ex);
  check_spans (doc, ex);

  /* The JSON is one whole, well-formed line; json-glib reads the ones
   * small enough to parse quickly too. */
  line = sw_json_to_line (doc, ex, FALSE);
  g_assert_null (strchr (line, '\n'));
  g_assert_true (g_utf8_validate (line, -1, NULL));
  g_assert_true (json_valid (line));
  if (strlen (line) < 4 * 1024 * 1024)
    {
      parser = json_parser_new ();
      g_assert_true (json_parser_load_from_data (parser, line, -1, &error));
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/json-check", test_json_check);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], run_case);
    }

  return g_test_run ();
}
