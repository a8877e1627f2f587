/* test-html.c: saved web pages come back as their article, with the
 * page's title and publication date, and nothing of the site around it
 *
 * The fixtures under data/ are articles written for these tests, in the
 * three ways pages give their metadata: Open Graph and article meta tags,
 * JSON-LD, and a <time> element in an old table layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <string.h>

#include "sw-document.h"

typedef struct
{
  const char        *file;
  const char        *title;
  const char        *dct;
  const char        *encoding;
  const char *const *paragraphs;  /* in order, each a whole paragraph */
  const char *const *absent;      /* boilerplate that must not be there */
} Fixture;

static const char *const og_paragraphs[] = {
  "The Tamsin River Authority on Monday approved a £14 million scheme of demountable flood "
  "barriers for Eastmoor, a town that has flooded three times in the past five years.",
  "“We cannot keep asking families to bail out their kitchens every other winter,” said "
  "Petra Ousby, the authority’s chair, after the vote. She said work would begin in early "
  "June and should be finished before the autumn rains.",
  "A long wait for residents",
  "Residents of the low-lying Millbrook estate have campaigned for protection since the "
  "floods of 2020, when more than two hundred homes were evacuated over a single weekend.",
  "Tomas Reyne, who chairs the estate's residents’ group, told the Courier that the decision "
  "was “five years late but welcome all the same”, and that his members would watch the "
  "timetable closely.",
  "The barriers will be stored in a depot near the old railway bridge and can be assembled "
  "by a crew of twelve in about six hours, according to the authority’s engineers.",
  NULL
};

static const char *const og_absent[] = {
  "cookies", "Accept all", "Sport", "Weather", "Most read", "Bakery", "rugby",
  "Advertisement", "Hollins", "All rights reserved", "Privacy", "dataLayer", "font-family",
  "Tracking pixel", "pageview", "Photograph", "Share this article", "Topics", "Environment",
  "The Valley Courier", NULL
};

static const char *const jsonld_paragraphs[] = {
  "Overnight passenger trains will run again between Kessel and the coast from next month, "
  "the regional transport board said on Tuesday, ending a gap of nine years since the last "
  "sleeper service was withdrawn.",
  "The board has leased eight refurbished sleeping cars and will run three return journeys "
  "a week at first, rising to a nightly service in the summer if demand holds up, according "
  "to its director, Lene Haraldsen.",
  "\"People kept writing to us asking why they had to fly to go two hundred kilometres,\" "
  "Haraldsen told reporters. \"This is our answer.\"",
  "Tickets go on sale on Friday. A berth in a shared compartment will cost about the same as "
  "a standard daytime fare, the board said, while private cabins will be priced higher.",
  "The old service was cut in 2015 after years of falling passenger numbers and a dispute "
  "over the cost of maintaining the carriages, which were by then more than forty years old.",
  NULL
};

static const char *const jsonld_absent[] = {
  "Timetables", "Opinion", "Search", "cookies", "Most read", "Signal failure",
  "Heritage railway", "contactless", "Sleeper services across", "newsletter", "Copyright",
  "adSlots", "Injected by script", "Facebook", "max-width", "schema.org", "Northern Rail Review",
  NULL
};

static const char *const time_paragraphs[] = {
  "Harwick town council voted 9 to 4 on Thursday evening to reopen the foot-ferry crossing "
  "to Lowe Point, which has been closed since its operator went out of business in the "
  "autumn of 2021.",
  "The council will run the crossing itself for a trial period of two years, using a "
  "second-hand boat bought from a harbour trust in the south for £180,000. Councillor José "
  "Whitlam, who proposed the plan, called it “the cheapest bridge we will ever build”.",
  "Opponents argued that the money would be better spent on the coastal bus route, which "
  "they said carries ten times as many passengers. “A ferry is a lovely thing to have, but "
  "it is not a transport policy,” said Councillor Maeve Dunmore.",
  "The first sailings are planned for the spring, subject to a safety inspection of the "
  "landing stage at Lowe Point, which the council described as being in a poor state of "
  "repair.",
  NULL
};

static const char *const time_absent[] = {
  "Serving the north shore", "Home", "Local news", "Letters", "Public notices", "Archive",
  "Printer-friendly", "E-mail this story", "Copyright", "newsroom", "popup", "color:",
  "Northshore Gazette", NULL
};

static const Fixture fixtures[] = {
  { "article-og.html", "River authority approves flood barriers for Eastmoor", "2025-03-18",
    "UTF-8", og_paragraphs, og_absent },
  { "article-jsonld.html", "Night trains return to the Kessel line after nine years", "2024-11-05",
    "UTF-8", jsonld_paragraphs, jsonld_absent },
  { "article-time.html", "Council votes to reopen the Harwick ferry crossing", "2023-06-02",
    "Windows-1252", time_paragraphs, time_absent },
};

static SwDocument *
load_fixture (const Fixture  *f,
              char          **path_out)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", f->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SwDocument *doc = sw_document_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  if (path_out != NULL)
    *path_out = g_steal_pointer (&path);
  return doc;
}

/* Paragraphs are separated by one blank line, with no stray spaces. */
static void
assert_clean_layout (const char *text)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n\n", -1);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_null (strstr (text, "\n\n\n"));
  g_assert_null (strstr (text, "  "));
  g_assert_null (strchr (text, '\t'));
  g_assert_null (strchr (text, '\r'));

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      const char *p = paragraphs[i];
      gsize n = strlen (p);

      g_assert_cmpuint (n, >, 0);
      g_assert_false (g_ascii_isspace (p[0]));
      g_assert_false (g_ascii_isspace (p[n - 1]));
    }
}

static void
assert_paragraphs_in_order (const char        *text,
                            const char *const *paragraphs)
{
  const char *from = text;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      const char *at = strstr (from, paragraphs[i]);
      gsize n = strlen (paragraphs[i]);

      if (at == NULL)
        g_error ("paragraph %u missing or out of order: %s\n--- text:\n%s", i, paragraphs[i], text);

      /* whole paragraphs, not pieces glued to their neighbours */
      g_assert_true (at >= text + 2 && strncmp (at - 2, "\n\n", 2) == 0);
      g_assert_true (at[n] == '\0' || strncmp (at + n, "\n\n", 2) == 0);
      from = at + n;
    }
}

static void
test_fixture (gconstpointer data)
{
  const Fixture *f = data;
  g_autoptr(SwDocument) doc = load_fixture (f, NULL);
  const char *text = sw_document_get_text (doc);
  g_autofree char *first = g_strconcat (f->title, "\n\n", NULL);

  g_assert_cmpstr (sw_document_get_format (doc), ==, "html");
  g_assert_cmpstr (sw_document_get_encoding (doc), ==, f->encoding);
  g_assert_cmpstr (sw_document_get_title (doc), ==, f->title);
  g_assert_cmpstr (sw_document_get_dct (doc), ==, f->dct);
  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_METADATA);

  /* The headline leads, once. */
  g_assert_true (g_str_has_prefix (text, first));
  g_assert_null (strstr (text + strlen (first), f->title));

  assert_paragraphs_in_order (text, f->paragraphs);
  for (guint i = 0; f->absent[i] != NULL; i++)
    if (strstr (text + strlen (first), f->absent[i]) != NULL)
      g_error ("boilerplate “%s” kept in %s:\n%s", f->absent[i], f->file, text);

  assert_clean_layout (text);
  g_assert_cmpuint (sw_document_get_length (doc), ==, g_utf8_strlen (text, -1));
}

static void
check_span (JsonObject *span,
            const char *text)
{
  gint64 start = json_object_get_int_member (span, "start");
  gint64 end = json_object_get_int_member (span, "end");

  g_assert_cmpint (start, <=, end);
  g_assert_cmpint (end, <=, g_utf8_strlen (text, -1));
  if (json_object_has_member (span, "text"))
    {
      g_autofree char *sub = g_utf8_substring (text, start, end);
      g_assert_cmpstr (sub, ==, json_object_get_string_member (span, "text"));
    }
}

static void
check_spans_in (JsonObject *root,
                const char *text)
{
  const char *lists[] = { "timexes", "actors", "quotes", "events" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *items = json_object_get_array_member (root, lists[l]);

      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *item = json_array_get_object_element (items, i);
          const char *parts[] = { "content", "cue", "speaker_mention" };

          if (json_object_has_member (item, "start"))
            check_span (item, text);
          for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
            if (json_object_has_member (item, parts[p]) && !json_object_get_null_member (item, parts[p]))
              check_span (json_object_get_object_member (item, parts[p]), text);
          if (json_object_has_member (item, "mentions"))
            {
              JsonArray *mentions = json_object_get_array_member (item, "mentions");

              for (guint m = 0; m < json_array_get_length (mentions); m++)
                check_span (json_array_get_object_element (mentions, m), text);
            }
        }
    }
}

/* What `saywhen-cli extract --with-text` prints is the loaded text, and
 * code-point offsets into it land where the document says they do. */
static void
test_cli_offsets (gconstpointer data)
{
  const Fixture *f = data;
  g_autofree char *path = NULL;
  g_autoptr(SwDocument) doc = load_fixture (f, &path);
  const char *cli = g_getenv ("SAYWHEN_CLI");
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  JsonObject *root, *document;
  const char *text, *loaded;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("SAYWHEN_CLI is not set to the built saywhen-cli");
      return;
    }

  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                           cli, "extract", "--with-text", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 0);
  /* one document, one line */
  g_assert_cmpint (strchr (out, '\n') - out, ==, (gssize)strlen (out) - 1);

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  document = json_object_get_object_member (root, "document");

  text = json_object_get_string_member (document, "text");
  loaded = sw_document_get_text (doc);
  g_assert_cmpstr (text, ==, loaded);
  g_assert_cmpstr (json_object_get_string_member (document, "format"), ==, "html");
  g_assert_cmpstr (json_object_get_string_member (document, "title"), ==, f->title);
  g_assert_cmpstr (json_object_get_string_member (document, "dct"), ==, f->dct);
  g_assert_cmpstr (json_object_get_string_member (document, "dct_source"), ==, "metadata");
  g_assert_cmpint (json_object_get_int_member (document, "length"), ==, g_utf8_strlen (text, -1));

  for (guint i = 0; f->paragraphs[i] != NULL; i++)
    {
      gsize byte = strstr (loaded, f->paragraphs[i]) - loaded;
      gsize start = sw_document_byte_to_char (doc, byte);
      gsize len = g_utf8_strlen (f->paragraphs[i], -1);
      g_autofree char *sub = g_utf8_substring (text, start, start + len);

      g_assert_cmpstr (sub, ==, f->paragraphs[i]);
      g_assert_cmpuint (sw_document_char_to_byte (doc, start), ==, byte);
    }

  check_spans_in (root, text);
}

static SwDocument *
load_string (const char  *name,
             const char  *html,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (html, strlen (html));
  return sw_document_new_from_bytes (name, bytes, error);
}

static const char body_text[] =
  "<p>The committee met for the third time this month and agreed, after a long and at times "
  "heated debate, to publish its findings before the summer recess.</p>"
  "<p>Members said the report would run to about forty pages and include a chapter on the "
  "costs of the proposed bridge, which had doubled since the first estimate.</p>";

static void
test_byline_date (void)
{
  g_autofree char *html = g_strconcat (
    "<html><head><title>Committee to publish bridge findings</title></head><body>"
    "<div class=\"wrapper\"><h1>Committee to publish bridge findings</h1>"
    "<p>By Ada Quill | Published 18 March 2025, 09:14</p>", body_text,
    "</div></body></html>", NULL);
  g_autofree char *us = g_strconcat (
    "<html><body><h1>Committee to publish bridge findings</h1>"
    "<div>Posted on Tuesday, March 18th, 2025 by Ada Quill</div>", body_text,
    "<div>Comments closed. Published: January 2, 2019</div></body></html>", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_string ("byline.html", html, &error);
  g_autoptr(SwDocument) doc2 = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2025-03-18");
  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_METADATA);

  doc2 = load_string ("byline-us.html", us, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_dct (doc2), ==, "2025-03-18");
}

static void
test_itemprop_date (void)
{
  g_autofree char *html = g_strconcat (
    "<html><body><article itemscope itemtype=\"https://schema.org/NewsArticle\">"
    "<h1 itemprop=\"headline\">Committee to publish bridge findings</h1>"
    "<span itemprop=\"datePublished\" content=\"2024-02-29\">Thursday</span>", body_text,
    "</article></body></html>", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_string ("itemprop.html", html, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2024-02-29");
}

static void
test_no_date (void)
{
  /* A date in the article's own words is not its publication date, and
   * an impossible date in metadata is no date. */
  g_autofree char *html = g_strconcat (
    "<html><head><meta property=\"article:published_time\" content=\"2025-02-30T10:00:00Z\">"
    "</head><body><h1>Committee to publish bridge findings</h1>", body_text,
    "<p>The first estimate was made on 4 May 2021.</p></body></html>", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_string ("nodate.html", html, &error);

  g_assert_no_error (error);
  g_assert_null (sw_document_get_dct (doc));
  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_NONE);
}

static void
test_title_site_name (void)
{
  const char *cases[][2] = {
    { "Committee to publish bridge findings | The Evening Lamp", "Committee to publish bridge findings" },
    { "Committee to publish bridge findings - Lamp Online", "Committee to publish bridge findings" },
    { "Talks resume - but hopes of a deal are fading fast", "Talks resume - but hopes of a deal are fading fast" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>%s</title></head><body>%s</body></html>",
                                               cases[i][0], body_text);
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) doc = load_string ("title.html", html, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (sw_document_get_title (doc), ==, cases[i][1]);
      g_assert_true (g_str_has_prefix (sw_document_get_text (doc), cases[i][1]));
    }
}

static void
test_entities_and_whitespace (void)
{
  const char *html =
    "<!DOCTYPE html><html><body><p>Caf&eacute;&nbsp;owner Mar&iacute;a   Lind&#246;\n\n said the "
    "croissants &amp; coffee now cost &#x20AC;4&nbsp;&mdash; &lt;cheaper&gt; than last year,"
    "\t\t&ldquo;by a long way&rdquo;.<br>She opened in 2019.</p></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_string (NULL, html, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_format (doc), ==, "html");
  g_assert_cmpstr (sw_document_get_text (doc), ==,
                   "Café owner María Lindö said the croissants & coffee now cost €4 — <cheaper> "
                   "than last year, “by a long way”.\nShe opened in 2019.");
}

static void
test_refusals (void)
{
  const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR";
  g_autoptr(GBytes) image = g_bytes_new (png, sizeof png - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = sw_document_new_from_bytes ("photo.html", image, &error);

  g_assert_null (doc);
  g_assert_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_BINARY);
  g_clear_error (&error);

  doc = load_string ("blank.html", "<html><head><script>alert(1)</script></head><body> </body></html>", &error);
  g_assert_null (doc);
  g_assert_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "blank.html"));
}

static void
test_sniffed_without_name (void)
{
  g_autofree char *html = g_strconcat ("\xEF\xBB\xBF  <!doctype html><html><body>", body_text,
                                       "</body></html>", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = load_string ("-", html, &error);
  g_autoptr(SwDocument) txt = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_format (doc), ==, "html");
  g_assert_true (g_str_has_prefix (sw_document_get_text (doc), "The committee met"));

  /* A file named as text stays text, tags and all: its offsets index it. */
  txt = load_string ("notes.txt", html, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_format (txt), ==, "text");
  g_assert_nonnull (strstr (sw_document_get_text (txt), "<p>"));
}

static char *
nested (const char *open,
        const char *close,
        guint       depth)
{
  GString *s = g_string_new ("<!DOCTYPE html><html><body>");

  for (guint i = 0; i < depth; i++)
    g_string_append (s, open);
  g_string_append (s, "<p>At the bottom of a very deep page there is still a sentence that "
                      "somebody wrote, and it is long enough to count as a paragraph.</p>");
  for (guint i = 0; close != NULL && i < depth; i++)
    g_string_append (s, close);
  g_string_append (s, "</body></html>");

  return g_string_free (s, FALSE);
}

static void
test_deep_nesting (void)
{
  const char *shapes[][2] = {
    { "<div>", "</div>" },
    { "<div>", NULL },
    { "<span>", "</span>" },
    { "<b><i>", "</i></b>" },
    { "<ul><li>", "</li></ul>" },
    { "<table><tr><td>", "</td></tr></table>" },
    { "<section><article>", NULL },
    { "<a href=x>", "</a>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autofree char *html = nested (shapes[i][0], shapes[i][1], 10000);
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) doc = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      doc = load_string ("deep.html", html, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_test_message ("10,000 × %s: %.1f ms", shapes[i][0], ms);

      /* No crash, bounded time, and the sentence at the bottom is read. */
      g_assert_no_error (error);
      g_assert_nonnull (strstr (sw_document_get_text (doc), "At the bottom of a very deep page"));
      g_assert_cmpfloat (ms, <, 5000);
    }
}

static char *
escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '&')
        g_string_append (out, "&amp;");
      else if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '>')
        g_string_append (out, "&gt;");
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Three ways sites lay out an article, with the furniture around it. */
static char *
wrap_article (guint        style,
              const char  *headline,
              GPtrArray   *paragraphs)
{
  GString *page = g_string_new (NULL);
  g_autofree char *h = escape (headline);

  if (style == 0)
    {
      g_string_append_printf (page,
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s | The Daily Lantern</title>"
        "<meta property=\"og:title\" content=\"%s\"><style>p{margin:0}</style></head><body>"
        "<div class=\"cookie-consent\"><p>We and our partners use cookies to personalise content and "
        "ads, to provide social media features and to analyse our traffic.</p></div>"
        "<header><nav><a href=\"/\">Home</a> <a href=\"/politics\">Politics</a> "
        "<a href=\"/world\">World</a> <a href=\"/opinion\">Opinion</a></nav></header>"
        "<main><article><header><h1>%s</h1><p class=\"byline\">By Staff Writer</p></header>"
        "<div class=\"article-body\">", h, h, h);
      for (guint i = 0; i < paragraphs->len; i++)
        {
          g_autofree char *para = escape (g_ptr_array_index (paragraphs, i));
          g_string_append_printf (page, "<p>%s</p>\n", para);
          if (i == 2)
            g_string_append (page, "<div class=\"ad-container\"><span>Advertisement</span></div>");
        }
      g_string_append (page,
        "</div></article><aside><h2>Most read</h2><ul>"
        "<li><a href=\"/1\">Storm warning issued for the whole coast as winds reach record speeds</a></li>"
        "<li><a href=\"/2\">Local bakery celebrates one hundred years on the high street</a></li></ul>"
        "</aside></main><footer><p>Copyright The Daily Lantern. All rights reserved. Our journalism "
        "is funded by readers like you, and we are grateful for every subscription.</p></footer>"
        "<script>var t = 'Published on Monday';</script></body></html>");
    }
  else if (style == 1)
    {
      g_string_append_printf (page,
        "<html><head><title>%s - Lantern Online</title></head><body><div id=\"page\">"
        "<div class=\"topnav\"><a href=\"/\">News</a> | <a href=\"/sport\">Sport</a></div>"
        "<div class=\"content-wrap\"><div class=\"story\"><h1>%s</h1><div class=\"story-body\">", h, h);
      for (guint i = 0; i < paragraphs->len; i++)
        {
          g_autofree char *para = escape (g_ptr_array_index (paragraphs, i));
          g_string_append_printf (page, "<p>%s</p>", para);
        }
      g_string_append (page,
        "</div><div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div></div>"
        "<div class=\"rail\"><div><h3>More from Lantern Online</h3><ol>"
        "<li><a href=\"/3\">Council approves plans for a new cycle lane along the river</a></li>"
        "<li><a href=\"/4\">Former mayor publishes memoir about thirty years in local politics</a></li>"
        "<li><a href=\"/5\">Schools to close early on Friday for staff training day</a></li>"
        "</ol></div><div class=\"newsletter-box\"><p>Sign up to our morning briefing and get the "
        "day's top stories delivered to your inbox before breakfast.</p></div></div></div>"
        "<div id=\"footer\"><a href=\"/about\">About</a> <a href=\"/privacy\">Privacy</a></div>"
        "</div></body></html>");
    }
  else
    {
      g_string_append_printf (page,
        "<html><head><title>%s :: Lantern Archive</title></head><body><table><tr>"
        "<td class=\"menu\"><a href=\"/\">Front page</a><br><a href=\"/archive\">Archive</a></td>"
        "<td><font size=\"+2\"><b>%s</b></font><br><br>", h, h);
      for (guint i = 0; i < paragraphs->len; i++)
        {
          g_autofree char *para = escape (g_ptr_array_index (paragraphs, i));
          g_string_append_printf (page, "%s<br><br>\n", para);
        }
      g_string_append (page,
        "<font size=\"-1\"><a href=\"/print\">Print</a> | <a href=\"/mail\">Mail</a></font></td></tr>"
        "<tr><td colspan=\"2\"><a href=\"/contact\">Contact</a> <a href=\"/terms\">Terms</a></td></tr>"
        "</table></body></html>");
    }

  return g_string_free (page, FALSE);
}

/* The loader's promise for text: any run of white space (no-break and
 * other Unicode spaces included) is one space, and characters that show
 * nothing (soft hyphens, zero-width spaces, byte order marks, control
 * characters) are gone. */
static char *
collapse_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007)
        space = out->len > 0;
      else if (c != 0x00AD && c != 0x200B && c != 0xFEFF && c != 0x2060 && !g_unichar_iscntrl (c))
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
 * into the project) wrapped in page templates: the loader must give back
 * exactly their paragraphs. The figures say how close it comes. */
static void
test_shared_corpus_roundtrip (void)
{
  const char *shared = g_getenv ("SAYWHEN_SHARED");
  g_autofree char *dir = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint articles = 0, exact = 0;
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
      g_autofree char *page = NULL;
      g_autofree char *expected = NULL;
      g_auto(GStrv) blocks = NULL;
      g_auto(GStrv) got = NULL;
      g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GHashTable) expected_set = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) doc = NULL;
      g_autoptr(GString) joined = g_string_new (NULL);

      if (!g_str_has_suffix (name, ".txt"))
        continue;

      path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      blocks = g_regex_split_simple ("\\r?\\n[ \\t]*\\r?\\n", contents, 0, 0);
      for (guint i = 0; blocks[i] != NULL; i++)
        {
          char *para = collapse_space (blocks[i]);

          if (para[0] != '\0')
            g_ptr_array_add (paragraphs, para);
          else
            g_free (para);
        }
      if (paragraphs->len < 2)
        continue;

      for (guint i = 0; i < paragraphs->len; i++)
        {
          if (i > 0)
            g_string_append (joined, "\n\n");
          g_string_append (joined, g_ptr_array_index (paragraphs, i));
          g_hash_table_add (expected_set, g_ptr_array_index (paragraphs, i));
        }
      expected = g_string_free (g_steal_pointer (&joined), FALSE);

      {
        char *headline = g_ptr_array_steal_index (paragraphs, 0);

        page = wrap_article (articles % 3, headline, paragraphs);
        g_ptr_array_insert (paragraphs, 0, headline);
      }
      doc = load_string ("page.html", page, &error);
      g_assert_no_error (error);

      articles++;
      if (g_str_equal (sw_document_get_text (doc), expected))
        exact++;

      got = g_strsplit (sw_document_get_text (doc), "\n\n", -1);
      for (guint i = 0; got[i] != NULL; i++)
        {
          emitted++;
          if (g_hash_table_contains (expected_set, got[i]))
            wanted++;
          else if (g_test_verbose ())
            g_test_message ("%s (style %u) extra: %s", name, (articles - 1) % 3, got[i]);
        }
      for (guint i = 0; i < paragraphs->len; i++)
        {
          expected_total++;
          if (g_strv_contains ((const char * const *)got, g_ptr_array_index (paragraphs, i)))
            found++;
          else if (g_test_verbose ())
            g_test_message ("%s (style %u) missing: %s", name, (articles - 1) % 3,
                            (char *)g_ptr_array_index (paragraphs, i));
        }
    }

  g_test_message ("%u articles in 3 page styles: %u exact; paragraph recall %.4f, precision %.4f",
                  articles, exact, (double)found / MAX (expected_total, 1),
                  (double)wanted / MAX (emitted, 1));
  g_assert_cmpuint (articles, >, 0);
  g_assert_cmpfloat ((double)found / expected_total, >=, 0.98);
  g_assert_cmpfloat ((double)wanted / emitted, >=, 0.98);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *name = g_strdup_printf ("/html/fixture/%s", fixtures[i].file);
      g_autofree char *cli = g_strdup_printf ("/html/cli-offsets/%s", fixtures[i].file);

      g_test_add_data_func (name, &fixtures[i], test_fixture);
      g_test_add_data_func (cli, &fixtures[i], test_cli_offsets);
    }

  g_test_add_func ("/html/byline-date", test_byline_date);
  g_test_add_func ("/html/itemprop-date", test_itemprop_date);
  g_test_add_func ("/html/no-date", test_no_date);
  g_test_add_func ("/html/title-site-name", test_title_site_name);
  g_test_add_func ("/html/entities-and-whitespace", test_entities_and_whitespace);
  g_test_add_func ("/html/refusals", test_refusals);
  g_test_add_func ("/html/sniffed-without-name", test_sniffed_without_name);
  g_test_add_func ("/html/deep-nesting", test_deep_nesting);
  g_test_add_func ("/html/shared-corpus-roundtrip", test_shared_corpus_roundtrip);

  return g_test_run ();
}
