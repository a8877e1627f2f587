/* sw-timex.h: temporal expressions found and normalised in one pass
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tagger reads UTF-8 text once with a hand-written tokenizer and
 * lexicon lookups, recognises TimeML TIMEX3 expressions (dates, times,
 * durations, sets) and gives each its normalised value. Spans are byte
 * offsets into the text and always fall on word boundaries.
 */
#pragma once

#include <glib.h>

#include "sw-extraction.h"
#include "sw-text.h"

G_BEGIN_DECLS

typedef struct
{
  const char *dct;        /* "YYYY-MM-DD" the text is resolved against, or NULL */
  gboolean    day_first;  /* read 03/04/2025 as 3 April where both readings exist */
} SwTimexOptions;

void      sw_timex_tag           (const char            *text,
                                  gsize                  len,
                                  const SwTimexOptions  *options,
                                  GPtrArray             *timexes,
                                  char                 **inferred_dct);
void      sw_timex_tag_words     (const SwText          *words,
                                  const SwTimexOptions  *options,
                                  GPtrArray             *timexes,
                                  char                 **inferred_dct);

gboolean  sw_timex_value_range   (const char            *value,
                                  char                 **from,
                                  char                 **to,
                                  SwGranularity         *granularity);

G_END_DECLS
