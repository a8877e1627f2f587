/* sw-folder.h: the articles in a folder and its subfolders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean   sw_article_file_is_supported (const char    *name);
GPtrArray *sw_collect_article_files     (GFile         *folder,
                                         GCancellable  *cancellable,
                                         GError       **error);

G_END_DECLS
