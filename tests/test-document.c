/* test-document.c: loading plain text in every encoding we accept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
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
  const char data[] = "Zelenskyy said “no”.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_data (data, sizeof data - 1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_text (doc), ==, data);
  g_assert_cmpuint (sw_document_get_length (doc), ==, g_utf8_strlen (data, -1));
  g_assert_cmpstr (sw_document_get_title (doc), ==, "Zelenskyy said “no”.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/utf8", test_utf8_kept);
  return g_test_run ();
}
