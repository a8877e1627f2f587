/* test-pdf.c: PDFs made here with Cairo come back as the text a reader sees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <string.h>

#include "sw-document.h"
#include "sw-extract.h"

typedef struct
{
  double      y;
  const char *text;
  double      x;  /* 0: the left margin */
} Line;

#define MARGIN 72.0

static cairo_status_t
write_bytes (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Each page is a NULL-text-terminated list of lines; the pages list ends
 * with NULL. Every page gets the running head and its number. */
static GBytes *
make_pdf (const char  *title,
          const char  *head,
          const Line **pages)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_bytes, out, 595, 842);
  cairo_t *cr = cairo_create (surface);

  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, "2025-03-18T09:00:00Z");

  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);

  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autofree char *number = g_strdup_printf ("%u", p + 1);

      if (head != NULL)
        {
          cairo_set_font_size (cr, 9);
          cairo_move_to (cr, MARGIN, 40);
          cairo_show_text (cr, head);
        }

      for (const Line *l = pages[p]; l->text != NULL; l++)
        {
          /* A larger size for the headline, as a layout program would. */
          cairo_set_font_size (cr, l->y < 90 ? 16 : 11);
          cairo_move_to (cr, MARGIN + l->x, l->y);
          cairo_show_text (cr, l->text);
        }

      cairo_set_font_size (cr, 9);
      cairo_move_to (cr, 295, 810);
      cairo_show_text (cr, number);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (out);
}

static const Line page_one[] = {
  { 80, "Harbour talks resume after a long pause", 0 },
  { 120, "Port officials met on Monday to restart the negoti-", 0 },
  { 134, "ations that stalled last winter, the ministry said. Both", 0 },
  { 148, "sides agreed on a long-term plan for the night shifts.", 0 },
  { 176, "The long-", 0 },
  { 190, "term contracts will be discussed in April, when the", 0 },
  { 204, "dockworkers’ union holds its annual congress in the", 0 },
  { 0, NULL, 0 },
};

static const Line page_two[] = {
  { 100, "city. Its secretary, Hanne Ostrova, said the members", 0 },
  { 114, "would wait for a written offer.", 0 },
  { 142, "Shipping companies have warned that delays could", 0 },
  { 156, "spread to other ports along the coast.", 0 },
  { 0, NULL, 0 },
};

static void
test_two_pages (void)
{
  const Line *pages[] = { page_one, page_two, NULL };
  g_autoptr(GBytes) pdf = make_pdf ("Harbour talks resume", "The Coastal Ledger · Harbour Report", pages);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = sw_document_new_from_bytes ("harbour.pdf", pdf, &error);
  g_autoptr(SwExtraction) extraction = NULL;
  const char *expected =
    "Harbour talks resume after a long pause\n\n"
    "Port officials met on Monday to restart the negotiations that stalled last winter, "
    "the ministry said. Both sides agreed on a long-term plan for the night shifts.\n\n"
    "The long-term contracts will be discussed in April, when the dockworkers’ union holds "
    "its annual congress in the city. Its secretary, Hanne Ostrova, said the members would "
    "wait for a written offer.\n\n"
    "Shipping companies have warned that delays could spread to other ports along the coast.";

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_format (doc), ==, "pdf");
  /* In reading order; no running head, no page numbers; "negoti-ations"
   * rejoined, "long-term" kept as the document writes it elsewhere, and
   * the sentence that runs over the page break is one paragraph. */
  g_assert_cmpstr (sw_document_get_text (doc), ==, expected);
  g_assert_cmpstr (sw_document_get_title (doc), ==, "Harbour talks resume");
  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2025-03-18");
  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_METADATA);
  g_assert_cmpuint (sw_document_get_length (doc), ==, g_utf8_strlen (expected, -1));

  extraction = sw_extract (doc, NULL);
  g_assert_nonnull (extraction);
}

static void
test_title_from_first_line (void)
{
  static const Line page[] = {
    { 80, "Ferry timetable changes from Sunday", 0 },
    { 120, "The winter timetable starts this weekend.", 0 },
    { 0, NULL, 0 },
  };
  const Line *pages[] = { page, NULL };
  g_autoptr(GBytes) pdf = make_pdf ("Microsoft Word - draft3.docx", NULL, pages);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = sw_document_new_from_bytes ("ferry.pdf", pdf, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_title (doc), ==, "Ferry timetable changes from Sunday");
  /* A single page: its number goes, its lines stay. */
  g_assert_cmpstr (sw_document_get_text (doc), ==,
                   "Ferry timetable changes from Sunday\n\nThe winter timetable starts this weekend.");
}

static void
test_truncated (void)
{
  const Line *pages[] = { page_one, page_two, NULL };
  g_autoptr(GBytes) pdf = make_pdf ("Harbour talks resume", "The Coastal Ledger", pages);
  g_autoptr(GBytes) half = g_bytes_new_from_bytes (pdf, 0, g_bytes_get_size (pdf) / 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = sw_document_new_from_bytes ("cut.pdf", half, &error);

  g_assert_null (doc);
  g_assert_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "cut.pdf"));
  g_assert_nonnull (strstr (error->message, "PDF"));
}

static void
test_damaged (void)
{
  /* Looks complete (it has the end marker) but has no cross-reference
   * table, no catalogue, no pages. */
  const char *cases[] = {
    "%PDF-1.7\ngarbage garbage garbage\n%%EOF\n",
    "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    "%PDF-",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i], strlen (cases[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) doc = sw_document_new_from_bytes ("bad.pdf", bytes, &error);

      g_assert_null (doc);
      g_assert_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "bad.pdf"));
    }
}

static void
test_no_text (void)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_bytes, out, 595, 842);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = NULL;

  /* A page with only a drawing, like a scan without text recognition */
  cairo_rectangle (cr, 100, 100, 300, 400);
  cairo_fill (cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  pdf = g_byte_array_free_to_bytes (out);

  doc = sw_document_new_from_bytes ("scan.pdf", pdf, &error);
  g_assert_null (doc);
  g_assert_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_EMPTY);
}

static void
test_by_magic_not_name (void)
{
  const Line *pages[] = { page_one, page_two, NULL };
  g_autoptr(GBytes) pdf = make_pdf (NULL, "The Coastal Ledger", pages);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = sw_document_new_from_bytes ("download", pdf, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_format (doc), ==, "pdf");
  g_assert_true (g_str_has_prefix (sw_document_get_text (doc), "Harbour talks resume"));
}

/* A PDF whose standard security handler wants a password that nobody
 * gave: the empty password does not match its /U entry. */
static GBytes *
make_encrypted_pdf (void)
{
  const char *objects[] = {
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    "<< /Filter /Standard /V 1 /R 2 /P -4"
    " /O <5A17C2E0917FD23B8A1F0D3E6C4B2A19887766554433221100FFEEDDCCBBAA99>"
    " /U <0F1E2D3C4B5A69788796A5B4C3D2E1F00112233445566778899AABBCCDDEEFF0> >>",
  };
  GString *pdf = g_string_new ("%PDF-1.4\n");
  gsize offsets[G_N_ELEMENTS (objects)];
  gsize xref;

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      offsets[i] = pdf->len;
      g_string_append_printf (pdf, "%u 0 obj\n%s\nendobj\n", i + 1, objects[i]);
    }

  xref = pdf->len;
  g_string_append_printf (pdf, "xref\n0 %u\n0000000000 65535 f \n", (guint)G_N_ELEMENTS (objects) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
  g_string_append_printf (pdf, "trailer\n<< /Size %u /Root 1 0 R /Encrypt 4 0 R"
                          " /ID [<00112233445566778899AABBCCDDEEFF><00112233445566778899AABBCCDDEEFF>] >>\n"
                          "startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          (guint)G_N_ELEMENTS (objects) + 1, xref);

  return g_string_free_to_bytes (pdf);
}

static void
test_encrypted (void)
{
  g_autoptr(GBytes) pdf = make_encrypted_pdf ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = sw_document_new_from_bytes ("secret.pdf", pdf, &error);

  g_assert_null (doc);
  g_assert_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_ENCRYPTED);
  g_assert_nonnull (strstr (error->message, "secret.pdf"));
  g_assert_nonnull (strstr (error->message, "password"));
}

/* Found by fuzz-pdf: a creation date with a malformed time zone made
 * poppler_document_get_creation_date_time() call g_warning(). */
static void
test_bad_timezone (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fuzz", "pdf-bad-timezone.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = sw_document_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2025-03-18");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/two-pages", test_two_pages);
  g_test_add_func ("/pdf/title-from-first-line", test_title_from_first_line);
  g_test_add_func ("/pdf/truncated", test_truncated);
  g_test_add_func ("/pdf/damaged", test_damaged);
  g_test_add_func ("/pdf/no-text", test_no_text);
  g_test_add_func ("/pdf/by-magic-not-name", test_by_magic_not_name);
  g_test_add_func ("/pdf/bad-timezone", test_bad_timezone);
  g_test_add_func ("/pdf/encrypted", test_encrypted);

  return g_test_run ();
}
