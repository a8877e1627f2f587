/* sw-temporal.c: temporal expressions and the document's reference date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-temporal"

#include "config.h"

#include "sw-extract.h"
#include "sw-timex.h"

/* Tags the text's dates, times, durations and sets. A reference date from
 * the user or the file wins; otherwise the text's own (a dateline, or a
 * weekday with its day and month) becomes the document's, marked inferred.
 * Without any, relative expressions stay underspecified. */
static void
temporal_extract (SwDocument   *document,
                  const SwText *words,
                  SwExtraction *out)
{
  SwTimexOptions options = { 0 };
  g_autofree char *inferred = NULL;

  if (sw_document_get_dct_source (document) != SW_DCT_SOURCE_NONE)
    options.dct = sw_document_get_dct (document);

  if (words != NULL)
    sw_timex_tag_words (words, &options, out->timexes, &inferred);
  else
    sw_timex_tag (sw_document_get_text (document),
                  sw_document_get_size (document),
                  &options, out->timexes, &inferred);

  if (options.dct == NULL && inferred != NULL)
    sw_document_set_dct (document, inferred, SW_DCT_SOURCE_INFERRED);
}

void
sw_temporal_extract (SwDocument   *document,
                     SwExtraction *out)
{
  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (out != NULL);

  temporal_extract (document, NULL, out);
}

/* The same, with the document's text already read into @words. */
void
sw_temporal_extract_words (SwDocument   *document,
                           const SwText *words,
                           SwExtraction *out)
{
  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (words != NULL);
  g_return_if_fail (out != NULL);

  temporal_extract (document, words, out);
}
