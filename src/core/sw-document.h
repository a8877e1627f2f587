/* sw-document.h: an article as loaded, its text and where it came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SW_LOAD_ERROR (sw_load_error_quark ())

typedef enum
{
  SW_LOAD_ERROR_EMPTY,
  SW_LOAD_ERROR_BINARY,
  SW_LOAD_ERROR_ENCODING,
  SW_LOAD_ERROR_TOO_LARGE,
  SW_LOAD_ERROR_CORRUPT,
  SW_LOAD_ERROR_ENCRYPTED,
} SwLoadError;

/* Where the reference date of a document came from, as the contract names it. */
typedef enum
{
  SW_DCT_SOURCE_NONE,
  SW_DCT_SOURCE_OPTION,
  SW_DCT_SOURCE_METADATA,
  SW_DCT_SOURCE_INFERRED,
} SwDctSource;

#define SW_TYPE_DOCUMENT (sw_document_get_type ())

G_DECLARE_FINAL_TYPE (SwDocument, sw_document, SW, DOCUMENT, GObject)

GQuark       sw_load_error_quark          (void);
const char  *sw_dct_source_to_string      (SwDctSource source);
char        *sw_dct_parse                 (const char  *text,
                                           gboolean    *ambiguous);

SwDocument  *sw_document_new_from_bytes   (const char    *path,
                                           GBytes        *bytes,
                                           GError       **error);
SwDocument  *sw_document_new_from_text    (const char    *title,
                                           const char    *text,
                                           gssize         len);
SwDocument  *sw_document_load             (GFile         *file,
                                           GCancellable  *cancellable,
                                           GError       **error);
void         sw_document_load_async       (GFile               *file,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
SwDocument  *sw_document_load_finish      (GAsyncResult  *result,
                                           GError       **error);

const char  *sw_document_get_path         (SwDocument    *self);
void         sw_document_set_path         (SwDocument    *self,
                                           const char    *path);
const char  *sw_document_get_title        (SwDocument    *self);
void         sw_document_set_title        (SwDocument    *self,
                                           const char    *title);
const char  *sw_document_get_text         (SwDocument    *self);
gsize        sw_document_get_size         (SwDocument    *self);
gsize        sw_document_get_length       (SwDocument    *self);
const char  *sw_document_get_encoding     (SwDocument    *self);
void         sw_document_set_encoding     (SwDocument    *self,
                                           const char    *encoding);
const char  *sw_document_get_format       (SwDocument    *self);
const char  *sw_document_get_dct          (SwDocument    *self);
SwDctSource  sw_document_get_dct_source   (SwDocument    *self);
void         sw_document_set_dct          (SwDocument    *self,
                                           const char    *dct,
                                           SwDctSource    source);
gsize        sw_document_byte_to_char     (SwDocument    *self,
                                           gsize          byte_offset);
gsize        sw_document_char_to_byte     (SwDocument    *self,
                                           gsize          char_offset);

/* The largest file the loader accepts; anything larger is refused with
 * SW_LOAD_ERROR_TOO_LARGE rather than exhausting memory. */
#define SW_DOCUMENT_MAX_SIZE (256u * 1024u * 1024u)

/* Code points in text[from, to) */
gsize        sw_utf8_count_chars          (const char    *text,
                                           gsize          from,
                                           gsize          to);
gboolean     sw_utf8_validate             (const char    *text,
                                           gsize          len);

G_END_DECLS
