/* fuzz-html.c: any bytes as a saved web page, then the whole extractor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "sw-extract.h"
#include "sw-html.h"
#include "sw-json.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(SwExtraction) extraction = NULL;
  g_autofree char *line = NULL;
  const char *text;

  fuzz_init ();

  bytes = g_bytes_new_static (data, size);
  document = sw_html_load ("fuzz.html", bytes, &error);
  if (document == NULL)
    {
      g_assert (error != NULL && error->domain == SW_LOAD_ERROR);
      return 0;
    }

  /* What the loader promises the extractors */
  text = sw_document_get_text (document);
  g_assert (g_utf8_validate (text, sw_document_get_size (document), NULL));
  g_assert (strlen (text) == sw_document_get_size (document));

  extraction = sw_extract (document, NULL);
  line = sw_json_to_line (document, extraction, TRUE);
  g_assert (line != NULL && strchr (line, '\n') == NULL);

  return 0;
}
