/* sw-folder.c: the articles in a folder and its subfolders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-folder"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-document-private.h"
#include "sw-folder.h"

typedef struct
{
  GFile *file;
  char  *key;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_object_unref (entry->file);
  g_free (entry->key);
  g_free (entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = *(const Entry * const *)a;
  const Entry *y = *(const Entry * const *)b;

  return strcmp (x->key, y->key);
}

/**
 * sw_article_file_is_supported:
 * @name: a file name or path
 *
 * Whether the name says the file is something the loaders read: plain text,
 * Markdown, a saved web page or a PDF.
 */
gboolean
sw_article_file_is_supported (const char *name)
{
  static const char *const extensions[] = { "txt", "md", "markdown", "html", "htm", "pdf" };
  g_autofree char *ext = sw_path_extension (name);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_equal (ext, extensions[i]))
      return TRUE;

  return FALSE;
}

/**
 * sw_collect_article_files:
 * @folder: the folder to look in
 *
 * Every article file under @folder, its subfolders included, skipping
 * hidden files and folders and whatever the loaders do not read. The files
 * come sorted by their path below @folder, numbers in names in numeric
 * order ("2.txt" before "10.txt"), so that an import is reproducible.
 * Symbolic links to folders are not followed, which keeps a link loop from
 * running forever; a subfolder that cannot be read is skipped.
 *
 * Returns: (transfer container) (element-type GFile): the files, or %NULL
 *   with @error set when @folder is not a readable folder or on cancellation
 */
GPtrArray *
sw_collect_article_files (GFile         *folder,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (entry_free);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *files;
  gboolean first = TRUE;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  g_ptr_array_add (pending, g_object_ref (folder));

  while (pending->len > 0)
    {
      g_autoptr(GFile) dir = g_ptr_array_steal_index (pending, pending->len - 1);
      g_autoptr(GFileEnumerator) children = NULL;
      g_autoptr(GError) local_error = NULL;

      children = g_file_enumerate_children (dir,
                                            G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                            G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN ","
                                            G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK,
                                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
      if (children == NULL)
        {
          if (first || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          continue;
        }
      first = FALSE;

      for (;;)
        {
          GFileInfo *info = NULL;
          GFile *child = NULL;
          const char *name;
          GFileType type;

          if (!g_file_enumerator_iterate (children, &info, &child, cancellable, &local_error))
            {
              if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return NULL;
                }
              break;
            }
          if (info == NULL)
            break;

          name = g_file_info_get_name (info);
          type = g_file_info_get_file_type (info);

          if (name[0] == '.' || g_file_info_get_is_hidden (info))
            continue;

          if (type == G_FILE_TYPE_DIRECTORY)
            {
              if (!g_file_info_get_is_symlink (info))
                g_ptr_array_add (pending, g_object_ref (child));
            }
          else if (type == G_FILE_TYPE_REGULAR && sw_article_file_is_supported (name))
            {
              Entry *entry = g_new0 (Entry, 1);
              g_autofree char *relative = g_file_get_relative_path (folder, child);

              entry->file = g_object_ref (child);
              entry->key = g_utf8_collate_key_for_filename (relative ? relative : name, -1);
              g_ptr_array_add (entries, entry);
            }
        }
    }

  g_ptr_array_sort (entries, compare_entries);

  files = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (files, g_object_ref (((Entry *)g_ptr_array_index (entries, i))->file));

  return files;
}
