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
void
sw_temporal_extract (SwDocument   *document,
                     SwExtraction *out)
{
  SwTimexOptions options = { 0 };
  g_autofree char *inferred = NULL;

  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (out != NULL);

  if (sw_document_get_dct_source (document) != SW_DCT_SOURCE_NONE)
    options.dct = sw_document_get_dct (document);

  sw_timex_tag (sw_document_get_text (document),
                sw_document_get_size (document),
                &options, out->timexes, &inferred);

  if (options.dct == NULL && inferred != NULL)
    sw_document_set_dct (document, inferred, SW_DCT_SOURCE_INFERRED);
}
