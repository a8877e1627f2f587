/* sw-pdf.h: the text of a PDF's pages, as a reader would read it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sw-document.h"

G_BEGIN_DECLS

SwDocument *sw_pdf_load (const char  *path,
                         GBytes      *bytes,
                         GError     **error);

G_END_DECLS
