/* sw-html.h: the article inside a saved web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sw-document.h"

G_BEGIN_DECLS

SwDocument *sw_html_load (const char  *path,
                          GBytes      *bytes,
                          GError     **error);

G_END_DECLS
