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

/* Set by hand as a ragged-right layout would: lines inside a paragraph
 * nearly as long as each other, the last one short. */
static const Line page_one[] = {
  { 80, "Harbour talks resume after a long pause", 0 },
  { 120, "Port officials met on Monday to restart the stalled negoti-", 0 },
  { 134, "ations with the shipping lines, the ministry said. Both", 0 },
  { 148, "sides agreed on a long-term plan for the night shifts.", 0 },
  { 176, "The dockworkers said that any agreement on the long-", 0 },
  { 190, "term contracts would have to wait until April, when their", 0 },
  { 204, "union holds its annual congress in the harbour city of", 0 },
  { 0, NULL, 0 },
};

static const Line page_two[] = {
  { 100, "Velmar. Its secretary, Hanne Ostrova, said the members", 0 },
  { 114, "would wait for a written offer.", 0 },
  { 142, "Shipping companies have warned that delays could soon", 0 },
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
    "Port officials met on Monday to restart the stalled negotiations with the shipping "
    "lines, the ministry said. Both sides agreed on a long-term plan for the night shifts.\n\n"
    "The dockworkers said that any agreement on the long-term contracts would have to wait "
    "until April, when their union holds its annual congress in the harbour city of Velmar. "
    "Its secretary, Hanne Ostrova, said the members would wait for a written offer.\n\n"
    "Shipping companies have warned that delays could soon spread to other ports along the "
    "coast.";

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
test_hyphens (void)
{
  static const Line page[] = {
    { 80, "Plant closures", 0 },
    { 120, "Nearly 1,500 coal-fired and gas-fired plants, said the coal-", 0 },
    { 134, "and gas-fired plant owners, would need to under-", 0 },
    { 148, "stand the new rules before the Franco-", 0 },
    { 162, "German summit.", 0 },
    { 0, NULL, 0 },
  };
  const Line *pages[] = { page, NULL };
  g_autoptr(GBytes) pdf = make_pdf (NULL, NULL, pages);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = sw_document_new_from_bytes ("plants.pdf", pdf, &error);

  g_assert_no_error (error);
  /* A broken word is joined, a hyphen left hanging before "and" stays,
   * and one before a capital is part of the name. */
  g_assert_cmpstr (sw_document_get_text (doc), ==,
                   "Plant closures\n\nNearly 1,500 coal-fired and gas-fired plants, said the coal- and "
                   "gas-fired plant owners, would need to understand the new rules before the "
                   "Franco-German summit.");
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

/* Typesetting for the round trip: Cairo's toy text API, greedy line
 * filling, long words hyphenated at the margin. */
typedef struct
{
  cairo_t  *cr;
  guint     page;
  double    y;
  gboolean  indent_style;  /* first-line indents instead of spacing */
  guint     columns;
  guint     column;
  double    width;         /* of a column */
  double    bottom;
} Setter;

#define WIDTH 451.0
#define GUTTER 36.0
#define TOP 80.0
#define BOTTOM 780.0
#define LEADING 14.0

static void
new_page (Setter *s)
{
  g_autofree char *number = NULL;

  if (s->page > 0)
    cairo_show_page (s->cr);
  s->page++;
  s->column = 0;
  number = g_strdup_printf ("Page %u", s->page);

  cairo_set_font_size (s->cr, 9);
  cairo_move_to (s->cr, MARGIN, 40);
  cairo_show_text (s->cr, "The Daily Lantern · Politics");
  cairo_move_to (s->cr, 280, 810);
  cairo_show_text (s->cr, number);
  cairo_set_font_size (s->cr, 11);
  s->y = TOP;
}

static double
text_width (cairo_t    *cr,
            const char *text)
{
  cairo_text_extents_t extents;

  cairo_text_extents (cr, text, &extents);
  return extents.x_advance;
}

static void
set_line (Setter     *s,
          const char *text,
          double      x)
{
  if (s->y > s->bottom)
    {
      if (s->column + 1 < s->columns)
        {
          s->column++;
          s->y = TOP;
        }
      else
        new_page (s);
    }
  cairo_move_to (s->cr, MARGIN + s->column * (s->width + GUTTER) + x, s->y);
  cairo_show_text (s->cr, text);
  s->y += LEADING;
}

static gboolean
all_letters (const char *word)
{
  for (const char *p = word; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
set_paragraph (Setter     *s,
               const char *text,
               gboolean    first)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GString *line = g_string_new (NULL);
  double indent = s->indent_style && !first ? 18.0 : 0.0;

  if (!s->indent_style && !first)
    s->y += 10;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      g_autofree char *candidate = g_strdup_printf ("%s%s%s", line->str, line->len ? " " : "", word);

      if (text_width (s->cr, candidate) <= s->width - indent)
        {
          g_string_assign (line, candidate);
          continue;
        }

      /* Hyphenate a long plain word at the margin, leaving three letters. */
      if (g_utf8_strlen (word, -1) >= 8 && all_letters (word) && line->len > 0)
        {
          glong n = g_utf8_strlen (word, -1);
          glong best = 0;

          for (glong k = 3; k <= n - 3; k++)
            {
              g_autofree char *head = g_utf8_substring (word, 0, k);
              g_autofree char *try = g_strdup_printf ("%s %s-", line->str, head);

              if (text_width (s->cr, try) <= s->width - indent)
                best = k;
            }

          if (best > 0)
            {
              g_autofree char *head = g_utf8_substring (word, 0, best);
              g_autofree char *tail = g_utf8_substring (word, best, n);
              g_autofree char *out = g_strdup_printf ("%s %s-", line->str, head);

              set_line (s, out, indent);
              indent = 0;
              g_string_assign (line, tail);
              continue;
            }
        }

      if (line->len > 0)
        {
          set_line (s, line->str, indent);
          indent = 0;
        }
      g_string_assign (line, word);
    }

  if (line->len > 0)
    set_line (s, line->str, indent);
  g_string_free (line, TRUE);
}

static GBytes *
typeset (GPtrArray *paragraphs,
         gboolean   indent_style,
         guint      columns,
         double     bottom)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_bytes, out, 595, 842);
  Setter s = { cairo_create (surface), 0, TOP, indent_style, columns, 0,
               (WIDTH - (columns - 1) * GUTTER) / columns, bottom };

  cairo_select_font_face (s.cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  new_page (&s);

  cairo_set_font_size (s.cr, 16);
  set_paragraph (&s, g_ptr_array_index (paragraphs, 0), TRUE);
  cairo_set_font_size (s.cr, 11);
  s.y += 8;
  for (guint i = 1; i < paragraphs->len; i++)
    set_paragraph (&s, g_ptr_array_index (paragraphs, i), i == 1);

  cairo_show_page (s.cr);
  cairo_destroy (s.cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (out);
}

static char *
collapse_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        space = out->len > 0;
      else if (!g_unichar_iscntrl (c) && c != 0x00AD && c != 0x200B && c != 0xFEFF)
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }

  return g_string_free (out, FALSE);
}

/* Real articles (read from the shared corpus at test time, never copied
 * into the project) set as multi-page PDFs, with spaced paragraphs, with
 * indented ones, and in two columns: the loader must give back their
 * paragraphs, without the running head or the page numbers, and with
 * the words hyphenated at the margin whole again. */
static void
test_shared_corpus_roundtrip (void)
{
  const char *shared = g_getenv ("SAYWHEN_SHARED");
  g_autofree char *dir = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint articles = 0, exact = 0, pages = 0;
  guint expected_total = 0, found = 0, emitted = 0, wanted = 0;

  if (shared != NULL)
    dir = g_build_filename (shared, "corpus", "quotes", "polnear-dev", NULL);
  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the shared corpus (SAYWHEN_SHARED/corpus/quotes/polnear-dev) is absent");
      return;
    }

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_auto(GStrv) blocks = NULL;
      g_auto(GStrv) got = NULL;
      g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GHashTable) expected_set = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) doc = NULL;
      GString *expected = g_string_new (NULL);

      if (!g_str_has_suffix (name, ".txt"))
        {
          g_string_free (expected, TRUE);
          continue;
        }

      path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      blocks = g_regex_split_simple ("\\r?\\n[ \\t]*\\r?\\n", contents, 0, 0);
      for (guint i = 0; blocks[i] != NULL; i++)
        {
          char *para = collapse_space (blocks[i]);

          if (para[0] != '\0')
            {
              g_ptr_array_add (paragraphs, para);
              g_hash_table_add (expected_set, para);
              if (expected->len > 0)
                g_string_append (expected, "\n\n");
              g_string_append (expected, para);
            }
          else
            g_free (para);
        }

      if (paragraphs->len < 2)
        {
          g_string_free (expected, TRUE);
          continue;
        }

      /* spaced, indented, and spaced in two columns */
      pdf = typeset (paragraphs, articles % 3 == 1, articles % 3 == 2 ? 2 : 1, BOTTOM);
      doc = sw_document_new_from_bytes (name, pdf, &error);
      g_assert_no_error (error);

      articles++;
      if (g_str_equal (sw_document_get_text (doc), expected->str))
        exact++;

      got = g_strsplit (sw_document_get_text (doc), "\n\n", -1);
      for (guint i = 0; got[i] != NULL; i++)
        {
          emitted++;
          if (g_hash_table_contains (expected_set, got[i]))
            wanted++;
          else if (g_test_verbose ())
            g_test_message ("%s extra: %s", name, got[i]);
          if (g_str_has_prefix (got[i], "Page ") || strstr (got[i], "Daily Lantern") != NULL)
            pages++;
        }
      for (guint i = 0; i < paragraphs->len; i++)
        {
          expected_total++;
          if (g_strv_contains ((const char * const *)got, g_ptr_array_index (paragraphs, i)))
            found++;
          else if (g_test_verbose ())
            g_test_message ("%s missing: %s", name, (char *)g_ptr_array_index (paragraphs, i));
        }

      g_string_free (expected, TRUE);
    }

  g_test_message ("%u articles as PDF (a third in two columns): %u exact; paragraph recall %.4f, precision %.4f",
                  articles, exact, (double)found / MAX (expected_total, 1),
                  (double)wanted / MAX (emitted, 1));
  g_assert_cmpuint (articles, >, 0);
  g_assert_cmpuint (pages, ==, 0);
  g_assert_cmpfloat ((double)found / expected_total, >=, 0.98);
  g_assert_cmpfloat ((double)wanted / emitted, >=, 0.98);
}

static void
test_two_columns (void)
{
  const char *text[] = {
    "Quay wall repairs finish early",
    "Repairs to the old quay wall in the harbour of Velmar finished a week ahead of "
    "schedule on Friday, the port authority said, after the divers found less damage "
    "below the waterline than the first survey had feared.",
    "The work, which began in March after a winter of storms, cost about a third less "
    "than budgeted. The authority said it would spend the difference on new fenders "
    "for the ferry berth, which have been worn down to the timber in places.",
    "Fishing boats will be allowed back alongside from Monday morning.",
  };
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (text); i++)
    g_ptr_array_add (paragraphs, (gpointer)text[i]);

  /* short columns, so that paragraphs run from one into the next and on
   * to the second page */
  pdf = typeset (paragraphs, FALSE, 2, 150);
  doc = sw_document_new_from_bytes ("columns.pdf", pdf, &error);
  g_assert_no_error (error);

  g_ptr_array_add (paragraphs, NULL);
  expected = g_strjoinv ("\n\n", (char **)paragraphs->pdata);
  g_assert_cmpstr (sw_document_get_text (doc), ==, expected);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/two-pages", test_two_pages);
  g_test_add_func ("/pdf/title-from-first-line", test_title_from_first_line);
  g_test_add_func ("/pdf/hyphens", test_hyphens);
  g_test_add_func ("/pdf/two-columns", test_two_columns);
  g_test_add_func ("/pdf/truncated", test_truncated);
  g_test_add_func ("/pdf/damaged", test_damaged);
  g_test_add_func ("/pdf/no-text", test_no_text);
  g_test_add_func ("/pdf/by-magic-not-name", test_by_magic_not_name);
  g_test_add_func ("/pdf/bad-timezone", test_bad_timezone);
  g_test_add_func ("/pdf/encrypted", test_encrypted);
  g_test_add_func ("/pdf/shared-corpus-roundtrip", test_shared_corpus_roundtrip);

  return g_test_run ();
}
