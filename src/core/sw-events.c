/* sw-events.c: dated events from timexes, actors and quotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-events"

#include "config.h"

#include "sw-extract.h"

/* Events need the temporal tagger; until it lands there are none. */
void
sw_events_extract (SwDocument   *document,
                   SwExtraction *out)
{
  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (out != NULL);
}
