/* timeline-fixture.h: a small invented article and its extraction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sw-document.h"
#include "sw-extraction.h"

G_BEGIN_DECLS

SwDocument   *timeline_fixture_document   (void);
SwExtraction *timeline_fixture_extraction (SwDocument *document);

G_END_DECLS
