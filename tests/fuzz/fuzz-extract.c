/* fuzz-extract.c: any bytes as a plain-text article, through the loader's
 * decoding and every extractor, to the JSON line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "sw-extract.h"
#include "sw-json.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Every span lies inside the text and on character boundaries. */
static void
check_span (SwDocument *document,
            SwSpan      span)
{
  const char *text = sw_document_get_text (document);
  gsize size = sw_document_get_size (document);

  g_assert (span.start <= span.end && span.end <= size);
  g_assert (span.start == size || ((guchar)text[span.start] & 0xC0) != 0x80);
  g_assert (span.end == size || ((guchar)text[span.end] & 0xC0) != 0x80);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(SwExtraction) ex = NULL;
  g_autofree char *line = NULL;

  fuzz_init ();

  bytes = g_bytes_new_static (data, size);
  document = sw_document_new_from_bytes ("fuzz.txt", bytes, &error);
  if (document == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  /* Half the runs with a reference date, half inferring one. */
  if (size > 0 && (data[0] & 1))
    sw_document_set_dct (document, "2025-03-18", SW_DCT_SOURCE_OPTION);

  ex = sw_extract (document, NULL);

  for (guint i = 0; i < ex->timexes->len; i++)
    check_span (document, ((SwTimex *)g_ptr_array_index (ex->timexes, i))->span);
  for (guint i = 0; i < ex->quotes->len; i++)
    {
      SwQuote *q = g_ptr_array_index (ex->quotes, i);

      check_span (document, q->content);
      if (q->has_cue)
        check_span (document, q->cue);
      for (guint s = 0; s < q->speakers->len; s++)
        g_assert (g_array_index (q->speakers, int, s) >= 0 &&
                  g_array_index (q->speakers, int, s) < (int)ex->actors->len);
      g_assert (q->addressee == SW_NO_INDEX || (q->addressee >= 0 && q->addressee < (int)ex->actors->len));
    }
  for (guint i = 0; i < ex->actors->len; i++)
    {
      SwActor *a = g_ptr_array_index (ex->actors, i);

      g_assert (a->name != NULL && g_utf8_validate (a->name, -1, NULL));
      for (guint m = 0; m < a->mentions->len; m++)
        check_span (document, g_array_index (a->mentions, SwSpan, m));
    }
  for (guint i = 0; i < ex->events->len; i++)
    {
      SwEvent *e = g_ptr_array_index (ex->events, i);

      check_span (document, e->span);
      g_assert (e->label == NULL || g_utf8_validate (e->label, -1, NULL));
    }
  for (guint i = 0; i < ex->relations->len; i++)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i);

      g_assert (r->source >= 0 && r->source < (int)ex->actors->len);
      g_assert (r->target >= 0 && r->target < (int)ex->actors->len);
    }

  line = sw_json_to_line (document, ex, FALSE);
  g_assert (line != NULL && strchr (line, '\n') == NULL);
  g_assert (g_utf8_validate (line, -1, NULL));

  return 0;
}
