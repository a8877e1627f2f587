/* sw-json.h: the extraction contract as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-document.h"
#include "sw-extraction.h"

G_BEGIN_DECLS

JsonNode *sw_json_build     (SwDocument   *document,
                             SwExtraction *extraction,
                             gboolean      with_text);
char     *sw_json_to_line   (SwDocument   *document,
                             SwExtraction *extraction,
                             gboolean      with_text);

G_END_DECLS
