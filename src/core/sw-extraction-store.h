/* sw-extraction-store.h: an extraction as stored in a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sw-extraction.h"

G_BEGIN_DECLS

char         *sw_extraction_to_store    (SwExtraction  *extraction);
SwExtraction *sw_extraction_from_store  (const char    *data,
                                         gssize         length,
                                         gsize          text_size,
                                         GError       **error);

G_END_DECLS
