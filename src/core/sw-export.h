/* sw-export.h: data out: contract JSON, CSV and TimelineJS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  SW_EXPORT_JSON,          /* the contract, one line per article (JSON Lines) */
  SW_EXPORT_CSV_QUOTES,    /* one row per quotation, RFC 4180 */
  SW_EXPORT_CSV_EVENTS,    /* one row per event, RFC 4180 */
  SW_EXPORT_TIMELINEJS,    /* Knight Lab TimelineJS 3 JSON */
} SwExportFormat;

gboolean     sw_export_format_from_string   (const char          *name,
                                             SwExportFormat      *format);
const char  *sw_export_format_to_string     (SwExportFormat       format);
const char  *sw_export_format_get_extension (SwExportFormat       format);
const char  *sw_export_format_get_mime_type (SwExportFormat       format);

GBytes      *sw_export_to_bytes             (SwExportFormat       format,
                                             GListModel          *articles,
                                             const char          *title);
gboolean     sw_export_write                (SwExportFormat       format,
                                             GListModel          *articles,
                                             const char          *title,
                                             GOutputStream       *stream,
                                             GCancellable        *cancellable,
                                             GError             **error);
void         sw_export_to_file_async        (SwExportFormat       format,
                                             GListModel          *articles,
                                             const char          *title,
                                             GFile               *file,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean     sw_export_to_file_finish       (GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
