/* sw-extract.h: the whole extraction pipeline over one document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sw-document.h"
#include "sw-extraction.h"
#include "sw-text.h"

G_BEGIN_DECLS

SwExtraction *sw_extract              (SwDocument          *document,
                                       GCancellable        *cancellable);
void          sw_extract_async        (SwDocument          *document,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
SwExtraction *sw_extract_finish       (GAsyncResult        *result,
                                       GError             **error);
GPtrArray    *sw_extract_many         (SwDocument * const  *documents,
                                       guint                n_documents,
                                       GCancellable        *cancellable);

/* The stages, in the order sw_extract() runs them. Each reads the document
 * and what the earlier stages put into @out, and appends its own items. */
void          sw_temporal_extract     (SwDocument          *document,
                                       SwExtraction        *out);
void          sw_attribution_extract  (SwDocument          *document,
                                       SwExtraction        *out);
void          sw_events_extract       (SwDocument          *document,
                                       SwExtraction        *out);

/* The first two over the document's text already read into tokens
 * (sw_text_new() of its text and size), read once for both. */
void          sw_temporal_extract_words    (SwDocument     *document,
                                            const SwText   *words,
                                            SwExtraction   *out);
void          sw_attribution_extract_words (SwDocument     *document,
                                            const SwText   *words,
                                            SwExtraction   *out);

G_END_DECLS
