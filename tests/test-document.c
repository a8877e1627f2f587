/* test-document.c: loading plain text in every encoding we accept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sw-document.h"

static SwDocument *
load_data (const char  *data,
           gsize        len,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);
  return sw_document_new_from_bytes ("test.txt", bytes, error);
}

static void
test_utf8_kept (void)
{
  const char data[] = "\nZelenskyy said “no”.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_data (data, sizeof data - 1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_text (doc), ==, data);
  g_assert_cmpuint (sw_document_get_size (doc), ==, sizeof data - 1);
  g_assert_cmpuint (sw_document_get_length (doc), ==, g_utf8_strlen (data, -1));
  g_assert_cmpstr (sw_document_get_title (doc), ==, "Zelenskyy said “no”.");
  g_assert_cmpstr (sw_document_get_encoding (doc), ==, "UTF-8");
  g_assert_null (sw_document_get_dct (doc));
  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_NONE);
}

static void
test_utf16_bom (void)
{
  /* "Kyiv “ok”" in UTF-16LE and UTF-16BE, each with its byte order mark */
  const char le[] = "\xFF\xFEK\0y\0i\0v\0 \0\x1C" "\x20o\0k\0\x1D" "\x20";
  const char be[] = "\xFE\xFF\0K\0y\0i\0v\0 \x20\x1C\0o\0k\x20\x1D";
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) a = load_data (le, sizeof le - 1, &error);
  g_autoptr(SwDocument) b = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_text (a), ==, "Kyiv “ok”");
  g_assert_cmpstr (sw_document_get_encoding (a), ==, "UTF-16LE");

  b = load_data (be, sizeof be - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_text (b), ==, "Kyiv “ok”");
  g_assert_cmpuint (sw_document_get_length (b), ==, 9);
}

static void
test_windows_1252 (void)
{
  /* Curly quotes, an en dash and a euro sign as Windows-1252 writes them */
  const char data[] = "\x93" "Caf\xE9 \x80" "5\x94 \x96 she said";
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_data (data, sizeof data - 1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_text (doc), ==, "“Café €5” – she said");
  g_assert_cmpstr (sw_document_get_encoding (doc), ==, "Windows-1252");
}

static void
test_invalid_utf8_repaired (void)
{
  /* Real UTF-8 (the curly quotes) with one broken byte inside the quote */
  const char data[] = "“Bad \xC3( byte,” he said. Après.";
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_data (data, sizeof data - 1, &error);
  const char *text;
  gsize said_byte, said_char;

  g_assert_no_error (error);
  text = sw_document_get_text (doc);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, "\xEF\xBF\xBD"));
  g_assert_cmpuint (sw_document_get_length (doc), ==, g_utf8_strlen (text, -1));

  /* Offsets stay consistent with the repaired text. */
  said_byte = strstr (text, "said") - text;
  said_char = sw_document_byte_to_char (doc, said_byte);
  g_assert_cmpuint (said_char, ==, g_utf8_pointer_to_offset (text, text + said_byte));
  g_assert_cmpuint (sw_document_char_to_byte (doc, said_char), ==, said_byte);
}

static void
test_crlf_kept (void)
{
  const char data[] = "Headline\r\n\r\n“Ja,” said Müller.\r\nEnd\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_data (data, sizeof data - 1, &error);
  const char *text;
  const char *m;

  g_assert_no_error (error);
  text = sw_document_get_text (doc);
  g_assert_cmpmem (text, strlen (text), data, sizeof data - 1);
  g_assert_cmpstr (sw_document_get_title (doc), ==, "Headline");

  /* "Müller" starts after 10 + 2 + 11 code points, CRs included */
  m = strstr (text, "Müller");
  g_assert_cmpuint (sw_document_byte_to_char (doc, m - text), ==, 23);
}

static void
test_empty_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_data ("", 0, &error);

  g_assert_null (doc);
  g_assert_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "test.txt"));
}

static void
test_binary_refused (void)
{
  const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR";
  const char nul[] = "text with a NUL\0 inside";
  guint8 noise[4096];
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = NULL;

  doc = load_data (png, sizeof png - 1, &error);
  g_assert_null (doc);
  g_assert_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_BINARY);
  g_clear_error (&error);

  doc = load_data (nul, sizeof nul - 1, &error);
  g_assert_null (doc);
  g_assert_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_BINARY);
  g_clear_error (&error);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_rand_int_range (rand, 1, 256);
  doc = load_data ((const char *)noise, sizeof noise, &error);
  g_assert_null (doc);
  g_assert_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_BINARY);
}

static void
test_offsets_roundtrip (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(SwDocument) doc = NULL;
  const char *text;
  gsize chars = 0;

  /* Long enough to cross many index blocks, with 1- to 4-byte characters */
  for (guint i = 0; i < 3000; i++)
    g_string_append (s, i % 4 == 0 ? "a" : i % 4 == 1 ? "é" : i % 4 == 2 ? "“" : "𝄞");

  doc = sw_document_new_from_text (NULL, s->str, s->len);
  text = sw_document_get_text (doc);

  for (const char *p = text; *p; p = g_utf8_next_char (p), chars++)
    {
      g_assert_cmpuint (sw_document_byte_to_char (doc, p - text), ==, chars);
      g_assert_cmpuint (sw_document_char_to_byte (doc, chars), ==, (gsize)(p - text));
    }

  g_assert_cmpuint (sw_document_get_length (doc), ==, chars);
  g_assert_cmpuint (sw_document_char_to_byte (doc, chars), ==, s->len);
}

static void
test_load_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cp1252.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/article.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = sw_document_load (file, NULL, &error);
  g_autoptr(SwDocument) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_encoding (doc), ==, "Windows-1252");
  g_assert_true (g_str_has_prefix (sw_document_get_text (doc), "Harbour talks end"));
  g_assert_nonnull (strstr (sw_document_get_text (doc), "“We are close,”"));

  none = sw_document_load (missing, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
loaded_async (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SwDocument **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = sw_document_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_load_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "utf16le.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SwDocument *doc = NULL;

  sw_document_load_async (file, NULL, loaded_async, &doc);
  while (doc == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (sw_document_get_encoding (doc), ==, "UTF-16LE");
  g_assert_true (g_str_has_prefix (sw_document_get_text (doc), "Ferry strike ends"));
  g_object_unref (doc);
}

static void
test_dct_parse (void)
{
  static const struct { const char *in; const char *out; gboolean ambiguous; } cases[] = {
    { "2025-03-18", "2025-03-18", FALSE },
    { "2025/03/18", "2025-03-18", FALSE },
    { "20250318", "2025-03-18", FALSE },
    { "18-03-2025", "2025-03-18", FALSE },   /* no 18th month */
    { "03/18/2025", "2025-03-18", FALSE },   /* no 18th month either way */
    { "18.03.2025", "2025-03-18", FALSE },
    { "03-02-2009", NULL, TRUE },            /* 3 February or 2 March */
    { "05-05-2009", "2009-05-05", FALSE },   /* both readings agree */
    { "2023-02-29", NULL, FALSE },
    { "2024-02-29", "2024-02-29", FALSE },
    { "yesterday", NULL, FALSE },
    { "2025-03-18x", NULL, FALSE },
    { "2025-03/18", NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean ambiguous = !cases[i].ambiguous;
      g_autofree char *out = sw_dct_parse (cases[i].in, &ambiguous);

      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_cmpint (ambiguous, ==, cases[i].ambiguous);
    }
}

/* The fast validator and the code point counter give GLib's answers:
 * on edge cases, and on text with every kind of damage put in at random
 * places, at every alignment to the eight-byte steps. */
static void
test_utf8_helpers_agree_with_glib (void)
{
  static const char * const cases[] = {
    "", "plain ASCII text of some length, more than eight bytes",
    "caf\xc3\xa9", "\xe2\x80\x9cquoted\xe2\x80\x9d", "\xf0\x9f\x98\x80 emoji",
    "cut \xe2\x80", "lone \x80 continuation", "overlong \xc0\xaf",
    "surrogate \xed\xa0\x80", "too big \xf4\x90\x80\x80", "\xff\xfe",
    "twelve bytes\xe2\x80\x94", "seven b\xc3\xa9",
  };
  static const char * const damage[] = { "\x80", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xc0\xaf", "\0" };
  static const char * const good[] = { "\xc3\xa9", "\xe2\x80\x99", "\xf0\x9f\x98\x80" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len = strlen (cases[i]);

      g_assert_cmpint (sw_utf8_validate (cases[i], len), ==, g_utf8_validate_len (cases[i], len, NULL));
    }

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      guint pieces = g_rand_int_range (rand, 1, 40);

      for (guint k = 0; k < pieces; k++)
        {
          int r = g_rand_int_range (rand, 0, 20);

          if (r == 0)
            {
              const char *d = damage[g_rand_int_range (rand, 0, G_N_ELEMENTS (damage))];
              g_string_append_len (s, d, d[0] == '\0' ? 1 : (gssize)strlen (d));
            }
          else if (r < 5)
            g_string_append (s, good[g_rand_int_range (rand, 0, G_N_ELEMENTS (good))]);
          else
            g_string_append_len (s, "the quick brown fox jumps", g_rand_int_range (rand, 1, 26));
        }

      g_assert_cmpint (sw_utf8_validate (s->str, s->len), ==, g_utf8_validate_len (s->str, s->len, NULL));
      if (g_utf8_validate_len (s->str, s->len, NULL))
        for (gsize from = 0; from < MIN (s->len, 9); from++)
          if (((guchar)s->str[from] & 0xC0) != 0x80)
            g_assert_cmpuint (sw_utf8_count_chars (s->str, from, s->len), ==,
                              g_utf8_strlen (s->str + from, s->len - from));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/utf8", test_utf8_kept);
  g_test_add_func ("/document/utf16-bom", test_utf16_bom);
  g_test_add_func ("/document/windows-1252", test_windows_1252);
  g_test_add_func ("/document/invalid-utf8", test_invalid_utf8_repaired);
  g_test_add_func ("/document/crlf", test_crlf_kept);
  g_test_add_func ("/document/empty", test_empty_refused);
  g_test_add_func ("/document/binary", test_binary_refused);
  g_test_add_func ("/document/offsets", test_offsets_roundtrip);
  g_test_add_func ("/document/load-file", test_load_file);
  g_test_add_func ("/document/load-async", test_load_async);
  g_test_add_func ("/document/dct-parse", test_dct_parse);
  g_test_add_func ("/document/utf8-helpers", test_utf8_helpers_agree_with_glib);

  return g_test_run ();
}
