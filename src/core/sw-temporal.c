/* sw-temporal.c: temporal expressions and the document's reference date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-temporal"

#include "config.h"

#include "sw-extract.h"

/* The temporal tagger lands with its own issue; until then a document
 * has no timexes and only the reference date the caller gave it. */
void
sw_temporal_extract (SwDocument   *document,
                     SwExtraction *out)
{
  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (out != NULL);
}
