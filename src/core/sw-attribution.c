/* sw-attribution.c: quotations, their speakers, actors and relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-attribution"

#include "config.h"

#include "sw-extract.h"

/* Quotation attribution lands with its own issue; until then a document
 * has no actors, quotes or relations. */
void
sw_attribution_extract (SwDocument   *document,
                        SwExtraction *out)
{
  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (out != NULL);
}
