/* test-extract.c: the pipeline over many documents at once gives what it
 * gives over each alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sw-extract.h"
#include "sw-json.h"

static const char * const texts[] = {
  "Harbour strike ends\n"
  "Port Averley, March 18, 2025 — Union leader Mara Lindqvist said on Tuesday that "
  "the strike would end on Sunday. “We have what we came for,” she told reporters.\n",
  "THE MINISTER SAID ON MONDAY THAT 40 SOLDIERS HAD BEEN MOVED. “NO COMMENT,” HE SAID.\n",
  "",
  "Negotiators met from March 3 to 5 and again between 2019 and 2021, officials said.\n",
};

static SwDocument *
make_document (guint i)
{
  if (i < G_N_ELEMENTS (texts))
    return sw_document_new_from_text (NULL, texts[i], -1);
  else
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample",
                                                     "sample-article.txt", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      SwDocument *document = sw_document_load (file, NULL, &error);

      g_assert_no_error (error);
      return document;
    }
}

static void
test_many_as_each (void)
{
  guint n = G_N_ELEMENTS (texts) + 1;
  g_autoptr(GPtrArray) together = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) extractions = NULL;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (together, make_document (i));
  /* the reference date of one comes from the user */
  sw_document_set_dct (g_ptr_array_index (together, 1), "2024-06-03", SW_DCT_SOURCE_OPTION);

  extractions = sw_extract_many ((SwDocument * const *)together->pdata, n, NULL);
  g_assert_cmpuint (extractions->len, ==, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SwDocument) alone = make_document (i);
      g_autoptr(SwExtraction) extraction = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *got = NULL;

      if (i == 1)
        sw_document_set_dct (alone, "2024-06-03", SW_DCT_SOURCE_OPTION);
      extraction = sw_extract (alone, NULL);
      expected = sw_json_to_line (alone, extraction, TRUE);
      got = sw_json_to_line (g_ptr_array_index (together, i), g_ptr_array_index (extractions, i), TRUE);
      g_assert_cmpstr (got, ==, expected);
    }

  /* something was found, or the comparison above says little */
  g_assert_cmpuint (((SwExtraction *)g_ptr_array_index (extractions, 0))->quotes->len, >, 0);
  g_assert_cmpuint (((SwExtraction *)g_ptr_array_index (extractions, 3))->timexes->len, >, 1);
  g_assert_cmpuint (((SwExtraction *)g_ptr_array_index (extractions, n - 1))->events->len, >, 2);
}

static void
test_many_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(SwDocument) document = make_document (0);
  g_autoptr(GPtrArray) extractions = NULL;

  g_cancellable_cancel (cancellable);
  extractions = sw_extract_many (&document, 1, cancellable);
  g_assert_cmpuint (extractions->len, ==, 1);
  g_assert_cmpuint (((SwExtraction *)g_ptr_array_index (extractions, 0))->timexes->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/many-as-each", test_many_as_each);
  g_test_add_func ("/extract/many-cancelled", test_many_cancelled);
  return g_test_run ();
}
