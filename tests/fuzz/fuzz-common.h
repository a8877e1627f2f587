/* fuzz-common.h: what every Saywhen fuzz target sets up once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* Criticals and warnings are bugs and stop the run; the libraries' own
 * chatter about bad input (poppler logs every syntax error) is dropped. */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_default (level, fields, n_fields, user_data);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

static inline void
fuzz_init (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
      /* A worker thread that GLib starts during an input allocates its
       * thread-private data there (the slice allocator's cache, 2032
       * bytes), which LeakSanitizer cannot see through and blames on that
       * input. Idle workers that never stop are started once, early. */
      g_thread_pool_set_max_idle_time (0);
      g_once_init_leave (&once, 1);
    }
}
