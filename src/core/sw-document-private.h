/* sw-document-private.h: what the loaders share with sw-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sw-document.h"

G_BEGIN_DECLS

/* Takes @text (valid UTF-8 of @size bytes, no NUL inside). The title
 * defaults to the first non-blank line. @format is one of "text", "html",
 * "pdf", "markdown". */
SwDocument  *sw_document_new_take         (const char    *path,
                                           char          *text,
                                           gsize          size,
                                           const char    *encoding,
                                           const char    *format);

/* Decodes @data to valid UTF-8: a byte order mark wins, then @charset
 * (a label as a web page declares it, or NULL), then UTF-8 when the bytes
 * are UTF-8 and Windows-1252 when they cannot be. Never fails; *@encoding
 * names what was used. The result never holds a NUL. */
char        *sw_decode_text               (const guint8  *data,
                                           gsize          len,
                                           const char    *charset,
                                           const char   **encoding,
                                           gsize         *size);

/* Image, archive or executable magic numbers, NUL bytes or many control
 * characters: not something to read as text. */
gboolean     sw_looks_binary              (const guint8  *data,
                                           gsize          len);

/* The file name's extension, lowercased, without the dot; "" if none. */
char        *sw_path_extension            (const char    *path);

G_END_DECLS
