/* sw-document.c: an article as loaded, its text and where it came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-document"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sw-document-private.h"
#include "sw-html.h"
#include "sw-pdf.h"

/* Code-point offsets are what the contract and GtkTextBuffer speak; the
 * extractors work in bytes. One checkpoint every BLOCK bytes keeps the
 * conversion O(BLOCK) without a table as large as the text. */
#define BLOCK 512

struct _SwDocument
{
  GObject      parent_instance;

  char        *path;
  char        *title;
  char        *text;
  gsize        size;
  gsize        length;
  char        *encoding;
  const char  *format;
  char        *dct;
  SwDctSource  dct_source;

  /* chars_before[i]: code points that start in text[0 .. i*BLOCK) */
  gsize       *chars_before;
};

G_DEFINE_FINAL_TYPE (SwDocument, sw_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_TITLE,
  PROP_DCT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (sw-load-error-quark, sw_load_error)

const char *
sw_dct_source_to_string (SwDctSource source)
{
  switch (source)
    {
    case SW_DCT_SOURCE_OPTION: return "option";
    case SW_DCT_SOURCE_METADATA: return "metadata";
    case SW_DCT_SOURCE_INFERRED: return "inferred";
    case SW_DCT_SOURCE_NONE:
    default: return "none";
    }
}

/**
 * sw_dct_parse:
 * @text: a calendar date as a user or a data set writes it
 * @ambiguous: (out) (optional): set when @text is a numeric date whose day
 *   and month could be either way round
 *
 * Reads a reference date: ISO 8601 ("2025-03-18", also with slashes or
 * without separators), or day and month before the year ("18-03-2025",
 * "03/18/2025") where only one reading is a real date. Returns the date as
 * YYYY-MM-DD, or %NULL when @text is not a date or cannot be settled.
 */
char *
sw_dct_parse (const char *text,
              gboolean   *ambiguous)
{
  guint a = 0, b = 0, c = 0;
  char s1 = 0, s2 = 0, tail = 0;
  guint year = 0, month = 0, day = 0;
  int n;

  if (ambiguous != NULL)
    *ambiguous = FALSE;

  if (text == NULL)
    return NULL;

  while (g_ascii_isspace (*text))
    text++;

  if (strlen (text) == 8 && sscanf (text, "%4u%2u%2u%c", &year, &month, &day, &tail) == 3)
    goto check;

  n = sscanf (text, "%u%c%u%c%u%c", &a, &s1, &b, &s2, &c, &tail);
  if (n != 5 || s1 != s2 || (s1 != '-' && s1 != '/' && s1 != '.'))
    return NULL;

  if (a >= 1000)
    {
      year = a, month = b, day = c;
    }
  else if (c >= 1000)
    {
      gboolean day_first = g_date_valid_dmy (a, b, c);
      gboolean month_first = g_date_valid_dmy (b, a, c);

      year = c;
      if (day_first && month_first && a != b)
        {
          if (ambiguous != NULL)
            *ambiguous = TRUE;
          return NULL;
        }
      if (day_first)
        day = a, month = b;
      else
        month = a, day = b;
    }
  else
    return NULL;

check:
  if (year > 9999 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static void
sw_document_finalize (GObject *object)
{
  SwDocument *self = (SwDocument *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->dct, g_free);
  g_clear_pointer (&self->chars_before, g_free);

  G_OBJECT_CLASS (sw_document_parent_class)->finalize (object);
}

static void
sw_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SwDocument *self = SW_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DCT:
      g_value_set_string (value, self->dct);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_document_class_init (SwDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sw_document_finalize;
  object_class->get_property = sw_document_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DCT] =
    g_param_spec_string ("dct", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_document_init (SwDocument *self)
{
}

/* Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five holes
 * map to the C1 controls as browsers do. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static char *
decode_cp1252 (const guint8 *data,
               gsize         len)
{
  GString *out = g_string_sized_new (len + len / 8);

  for (gsize i = 0; i < len; i++)
    {
      guint8 b = data[i];

      if (b == 0)
        g_string_append_c (out, ' ');
      else if (b < 0x80)
        g_string_append_c (out, (char)b);
      else if (b < 0xA0)
        g_string_append_unichar (out, cp1252_high[b - 0x80]);
      else
        g_string_append_unichar (out, b);
    }

  return g_string_free (out, FALSE);
}

/* Invalid sequences become U+FFFD, one per maximal invalid run as
 * g_utf8_make_valid() does, so the text stays valid and offsets agree. */
static gboolean
has_valid_multibyte (const char *data,
                     gsize       len)
{
  const char *p = data;
  const char *end = data + len;

  while (p < end)
    {
      const char *bad = NULL;

      if ((guchar)*p < 0x80)
        {
          p++;
          continue;
        }

      if (g_utf8_validate_len (p, MIN (4, end - p), &bad) || bad > p)
        return TRUE;

      p++;
    }

  return FALSE;
}

/* Web pages name their encoding with many labels; the WHATWG Encoding
 * standard decodes the Latin-1 and ASCII ones as Windows-1252. */
static const char *
normalize_charset (const char *label)
{
  static const char *const latin1[] = {
    "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
    "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819",
  };

  if (label == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (latin1); i++)
    if (g_ascii_strcasecmp (label, latin1[i]) == 0)
      return "windows-1252";

  if (g_ascii_strcasecmp (label, "utf-8") == 0 || g_ascii_strcasecmp (label, "utf8") == 0
      || g_ascii_strcasecmp (label, "unicode-1-1-utf-8") == 0)
    return "UTF-8";

  /* A page that says UTF-16 but has no byte order mark was saved as
   * something else; browsers then read it as UTF-8. */
  if (g_ascii_strncasecmp (label, "utf-16", 6) == 0 || g_ascii_strcasecmp (label, "unicode") == 0)
    return "UTF-8";

  return label;
}

char *
sw_decode_text (const guint8  *data,
                gsize          len,
                const char    *charset,
                const char   **encoding,
                gsize         *size)
{
  const char *codeset = normalize_charset (charset);
  char *text = NULL;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
      codeset = "UTF-8";
    }
  else if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    {
      codeset = data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      text = g_convert ((const char *)data + 2, len - 2, "UTF-8", codeset, NULL, size, NULL);
      if (text != NULL && sw_utf8_validate (text, *size))
        {
          *encoding = codeset;
          return text;
        }
      g_clear_pointer (&text, g_free);
      codeset = NULL;
    }

  if (codeset != NULL && g_str_equal (codeset, "windows-1252"))
    {
      *encoding = "Windows-1252";
      text = decode_cp1252 (data, len);
      *size = strlen (text);
      return text;
    }

  if (codeset != NULL && !g_str_equal (codeset, "UTF-8"))
    {
      /* iconv knows most labels; on an unknown one or bytes that do not fit
       * it, fall through to the guess below. */
      gsize written = 0;

      text = g_convert ((const char *)data, len, "UTF-8", codeset, NULL, &written, NULL);
      if (text != NULL && sw_utf8_validate (text, written))
        {
          *encoding = g_intern_string (codeset);
          *size = written;
          return text;
        }
      g_clear_pointer (&text, g_free);
      codeset = NULL;
    }

  if (sw_utf8_validate ((const char *)data, len))
    {
      *encoding = "UTF-8";
      *size = len;
      return g_strndup ((const char *)data, len);
    }

  if (g_strcmp0 (codeset, "UTF-8") == 0 || has_valid_multibyte ((const char *)data, len))
    {
      /* g_utf8_make_valid() stops at a NUL; replace them first */
      g_autofree char *copy = g_memdup2 (data, len);

      for (gsize i = 0; i < len; i++)
        if (copy[i] == '\0')
          copy[i] = ' ';
      *encoding = "UTF-8 (repaired)";
      text = g_utf8_make_valid (copy, len);
      *size = strlen (text);
      return text;
    }

  *encoding = "Windows-1252";
  text = decode_cp1252 (data, len);
  *size = strlen (text);
  return text;
}

gboolean
sw_looks_binary (const guint8 *data,
                 gsize         len)
{
  static const struct { const char *magic; gsize len; } magics[] = {
    { "\x89PNG", 4 }, { "GIF8", 4 }, { "\xFF\xD8\xFF", 3 }, { "%PDF-", 5 },
    { "PK\x03\x04", 4 }, { "\x7F" "ELF", 4 }, { "\x1F\x8B", 2 }, { "BZh", 3 },
    { "RIFF", 4 }, { "OggS", 4 }, { "\x00\x00\x01\x00", 4 }, { "SQLite format 3", 15 },
  };
  gsize sample = MIN (len, 64 * 1024);
  gsize controls = 0;

  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (len >= magics[i].len && memcmp (data, magics[i].magic, magics[i].len) == 0)
      return TRUE;

  if (memchr (data, 0, len) != NULL)
    return TRUE;

  for (gsize i = 0; i < sample; i++)
    {
      guint8 b = data[i];

      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v')
        controls++;
    }

  /* Text has almost no C0 controls; a few stray ones (a form feed, an
   * escape) are tolerated. */
  return controls > 8 && controls * 100 > sample;
}

static char *
first_line_title (const char *text)
{
  const char *p = text;

  while (*p)
    {
      const char *eol = strchr (p, '\n');
      gsize n = eol ? (gsize)(eol - p) : strlen (p);
      g_autofree char *line = g_strndup (p, n);

      g_strstrip (line);

      if (line[0] != '\0' && !(line[0] == (char)0xEF && line[1] == (char)0xBB && line[2] == (char)0xBF && line[3] == 0))
        {
          const char *stripped = line;

          if (g_str_has_prefix (stripped, "\xEF\xBB\xBF"))
            stripped += 3;

          if (g_utf8_strlen (stripped, -1) > 200)
            {
              g_autofree char *cut = g_utf8_substring (stripped, 0, 199);
              return g_strconcat (cut, "…", NULL);
            }

          return g_strdup (stripped);
        }

      if (eol == NULL)
        break;

      p = eol + 1;
    }

  return NULL;
}

/* Code points in text[from, to): the bytes that do not continue a UTF-8
 * sequence, counted eight at a time. */
gsize
sw_utf8_count_chars (const char *text,
                     gsize       from,
                     gsize       to)
{
  gsize n = 0, i = from;

  for (; i + 8 <= to; i += 8)
    {
      guint64 x;

      memcpy (&x, text + i, 8);
      /* one bit per byte whose top bits are 10, shifted to the bottom of
       * its byte and summed into the top byte by the multiplication: no
       * population count instruction on the processors we build for */
      x = (x & G_GUINT64_CONSTANT (0x8080808080808080)) & ~((x << 1) & G_GUINT64_CONSTANT (0x8080808080808080));
      n += 8 - (((x >> 7) * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
    }
  for (; i < to; i++)
    if (((guchar)text[i] & 0xC0) != 0x80)
      n++;

  return n;
}

/**
 * sw_utf8_validate:
 * @text: bytes
 * @len: how many
 *
 * g_utf8_validate_len(), faster on text that is mostly ASCII: eight bytes
 * at a time where they are all ASCII and none is NUL, GLib's own check on
 * the rest. Same answer for every input.
 */
gboolean
sw_utf8_validate (const char *text,
                  gsize       len)
{
  gsize i = 0;

  while (i < len)
    {
      const char *end;
      gsize n;

      if (i + 8 <= len)
        {
          guint64 x;

          memcpy (&x, text + i, 8);
          /* no byte with its top bit set, and no zero byte */
          if (((x | ((x - G_GUINT64_CONSTANT (0x0101010101010101)) & ~x)) &
               G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              i += 8;
              continue;
            }
        }

      /* A window of GLib's check. Where it fails past the window's start
       * the window may merely have cut a character in two: check again
       * from there. A failure at its start is a real one, since the
       * window holds at least a whole character or reaches the end. */
      n = MIN (len - i, 64);
      if (g_utf8_validate_len (text + i, n, &end))
        {
          i += n;
          continue;
        }
      if (end == text + i)
        return FALSE;
      i = end - text;
    }

  return TRUE;
}

static void
build_index (SwDocument *self)
{
  gsize blocks = self->size / BLOCK + 1;
  gsize count = 0;

  self->chars_before = g_new (gsize, blocks + 1);

  for (gsize b = 0; b <= blocks; b++)
    {
      gsize from = b == 0 ? 0 : (b - 1) * BLOCK;
      gsize to = MIN (b * BLOCK, self->size);

      if (from < to)
        count += sw_utf8_count_chars (self->text, from, to);
      self->chars_before[b] = count;
    }

  self->length = count;
}

SwDocument *
sw_document_new_take (const char *path,
                      char       *text,
                      gsize       size,
                      const char *encoding,
                      const char *format)
{
  SwDocument *self = g_object_new (SW_TYPE_DOCUMENT, NULL);

  g_assert (text != NULL);

  self->path = g_strdup (path);
  self->text = text;
  self->size = size;
  self->encoding = g_strdup (encoding);
  self->format = g_intern_string (format);
  self->title = first_line_title (text);
  build_index (self);

  return self;
}

static SwDocument *
load_plain_text (const char    *path,
                 const char    *shown,
                 const guint8  *data,
                 gsize          len,
                 GError       **error)
{
  if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    {
      const char *codeset = data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      g_autoptr(GError) local_error = NULL;
      gsize written = 0;
      char *text = g_convert ((const char *)data + 2, len - 2, "UTF-8", codeset,
                              NULL, &written, &local_error);

      if (text == NULL)
        {
          g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_ENCODING,
                       _("“%s” is not valid UTF-16 text"), shown);
          return NULL;
        }

      if (memchr (text, 0, written) != NULL)
        {
          g_free (text);
          g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_BINARY,
                       _("“%s” is not a text file"), shown);
          return NULL;
        }

      return sw_document_new_take (path, text, written, codeset, "text");
    }

  if (sw_looks_binary (data, len))
    {
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_BINARY,
                   _("“%s” is not a text file"), shown);
      return NULL;
    }

  if (sw_utf8_validate ((const char *)data, len))
    return sw_document_new_take (path, g_strndup ((const char *)data, len), len, "UTF-8", "text");

  /* Not valid UTF-8: a file with real multi-byte sequences is damaged
   * UTF-8; one with none is legacy 8-bit text. */
  if (has_valid_multibyte ((const char *)data, len))
    {
      char *text = g_utf8_make_valid ((const char *)data, len);
      return sw_document_new_take (path, text, strlen (text), "UTF-8 (repaired)", "text");
    }
  else
    {
      char *text = decode_cp1252 (data, len);
      return sw_document_new_take (path, text, strlen (text), "Windows-1252", "text");
    }
}

char *
sw_path_extension (const char *path)
{
  const char *base, *dot;

  if (path == NULL)
    return g_strdup ("");

  base = strrchr (path, G_DIR_SEPARATOR);
  base = base ? base + 1 : path;
  dot = strrchr (base, '.');

  /* ".bashrc" has no extension, it is a hidden name */
  if (dot == NULL || dot == base)
    return g_strdup ("");

  return g_ascii_strdown (dot + 1, -1);
}

static gboolean
has_prefix_nocase (const guint8 *p,
                   const guint8 *end,
                   const char   *prefix)
{
  gsize n = strlen (prefix);

  return (gsize)(end - p) >= n && g_ascii_strncasecmp ((const char *)p, prefix, n) == 0;
}

/* A page saved by a browser starts with a doctype or an <html> element,
 * possibly behind a byte order mark, an XML declaration or a comment. */
static gboolean
sniff_html (const guint8 *data,
            gsize         len)
{
  const guint8 *p = data;
  const guint8 *end = data + MIN (len, 1024);

  if (has_prefix_nocase (p, end, "\xEF\xBB\xBF"))
    p += 3;

  while (p < end && g_ascii_isspace (*p))
    p++;

  if (has_prefix_nocase (p, end, "<!doctype html") || has_prefix_nocase (p, end, "<html")
      || has_prefix_nocase (p, end, "<head"))
    return TRUE;

  if (has_prefix_nocase (p, end, "<?xml") || has_prefix_nocase (p, end, "<!--"))
    {
      for (; p < end; p++)
        if (has_prefix_nocase (p, end, "<html") || has_prefix_nocase (p, end, "<!doctype html"))
          return TRUE;
    }

  return FALSE;
}

static gboolean
is_pdf (const guint8 *data,
        gsize         len)
{
  return len >= 5 && memcmp (data, "%PDF-", 5) == 0;
}

/* The first level-one heading ("# Title" or a line underlined with "="),
 * outside fenced code blocks, where a "#" starts a shell comment. */
static char *
markdown_title (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", 0);
  const char *fence = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strchomp (lines[i]);
      const char *p = line;
      guint indent = 0;

      while (*p == ' ' && indent < 4)
        {
          p++;
          indent++;
        }

      if (g_str_has_prefix (p, "```") || g_str_has_prefix (p, "~~~"))
        {
          if (fence == NULL)
            fence = g_str_has_prefix (p, "```") ? "```" : "~~~";
          else if (g_str_has_prefix (p, fence))
            fence = NULL;
          continue;
        }

      if (fence != NULL || indent >= 4)
        continue;

      if (p[0] == '#' && (p[1] == ' ' || p[1] == '\t'))
        {
          char *title = g_strstrip (g_strdup (p + 2));
          gsize n = strlen (title);

          /* An optional closing run of "#" after a space is not part of it. */
          while (n > 0 && title[n - 1] == '#')
            n--;
          if (n < strlen (title) && (n == 0 || title[n - 1] == ' ' || title[n - 1] == '\t'))
            title[n] = '\0';
          g_strstrip (title);

          if (title[0] != '\0')
            return title;
          g_free (title);
          continue;
        }

      if (p[0] != '\0' && lines[i + 1] != NULL)
        {
          const char *u = lines[i + 1];
          gsize k = 0;

          while (u[k] == ' ' && k < 3)
            k++;
          if (u[k] == '=')
            {
              while (u[k] == '=')
                k++;
              while (u[k] == ' ' || u[k] == '\t' || u[k] == '\r')
                k++;
              if (u[k] == '\0' && p[0] != '#' && p[0] != '>' && p[0] != '-')
                return g_strdup (g_strstrip (line));
            }
        }
    }

  return NULL;
}

/**
 * sw_document_new_from_bytes:
 * @path: (nullable): where the bytes came from, for display and the contract
 * @bytes: the file's content
 *
 * Loads an article in whichever format it comes: a PDF (by its magic
 * number), a web page (by its start or a .html/.htm name), Markdown (by its
 * name) or plain text.
 *
 * Plain text and Markdown are kept byte for byte when they are UTF-8 (no
 * trimming and no newline normalisation, so offsets index the file); UTF-16
 * with a byte order mark and legacy Windows-1252 are converted. A web page
 * becomes its article's main text and a PDF the text of its pages; there
 * the offsets index that text. Binary data and empty files are refused
 * with a #SwLoadError.
 */
SwDocument *
sw_document_new_from_bytes (const char  *path,
                            GBytes      *bytes,
                            GError     **error)
{
  gsize len = 0;
  const guint8 *data;
  const char *shown = path ? path : _("Pasted text");
  g_autofree char *ext = NULL;
  gboolean plain_name;
  SwDocument *self;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);

  if (len == 0)
    {
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_EMPTY,
                   _("“%s” is empty"), shown);
      return NULL;
    }

  if (len > SW_DOCUMENT_MAX_SIZE)
    {
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_TOO_LARGE,
                   _("“%s” is too large to open (more than %u MB)"),
                   shown, SW_DOCUMENT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  ext = sw_path_extension (path);

  if (is_pdf (data, len) || g_str_equal (ext, "pdf"))
    return sw_pdf_load (path, bytes, error);

  /* A name that says text is believed: its offsets must index the file. */
  plain_name = g_str_equal (ext, "txt") || g_str_equal (ext, "text")
               || g_str_equal (ext, "md") || g_str_equal (ext, "markdown");

  if (g_str_equal (ext, "html") || g_str_equal (ext, "htm") || g_str_equal (ext, "xhtml")
      || (!plain_name && sniff_html (data, len)))
    return sw_html_load (path, bytes, error);

  self = load_plain_text (path, shown, data, len, error);

  if (self != NULL && (g_str_equal (ext, "md") || g_str_equal (ext, "markdown")))
    {
      char *title = markdown_title (self->text);

      self->format = g_intern_static_string ("markdown");
      if (title != NULL)
        {
          g_free (self->title);
          self->title = title;
        }
    }

  return self;
}

SwDocument *
sw_document_new_from_text (const char *title,
                           const char *text,
                           gssize      len)
{
  SwDocument *self;
  char *copy;

  g_return_val_if_fail (text != NULL, NULL);

  if (len < 0)
    len = strlen (text);

  if (sw_utf8_validate (text, len))
    copy = g_strndup (text, len);
  else
    copy = g_utf8_make_valid (text, len);

  self = sw_document_new_take (NULL, copy, strlen (copy), "UTF-8", "text");

  if (title != NULL)
    {
      g_free (self->title);
      self->title = g_strdup (title);
    }

  return self;
}

SwDocument *
sw_document_load (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    path = g_file_get_uri (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a file"), path);
      return NULL;
    }

  if ((guint64)g_file_info_get_size (info) > SW_DOCUMENT_MAX_SIZE)
    {
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_TOO_LARGE,
                   _("“%s” is too large to open (more than %u MB)"),
                   path, SW_DOCUMENT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  return sw_document_new_from_bytes (path, bytes, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  SwDocument *document;

  document = sw_document_load (file, cancellable, &error);

  if (document == NULL)
    g_task_return_error (task, error);
  else if (g_task_return_error_if_cancelled (task))
    g_object_unref (document);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/**
 * sw_document_load_async:
 *
 * Reads and decodes @file in a worker thread, so that a large or slow file
 * never blocks the caller's main loop.
 */
void
sw_document_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_document_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

SwDocument *
sw_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
sw_document_get_path (SwDocument *self)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (self), NULL);
  return self->path;
}

/* The path as the user named it, which the contract echoes. */
void
sw_document_set_path (SwDocument *self,
                      const char *path)
{
  g_return_if_fail (SW_IS_DOCUMENT (self));

  if (g_strcmp0 (self->path, path) != 0)
    {
      g_free (self->path);
      self->path = g_strdup (path);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
    }
}

const char *
sw_document_get_title (SwDocument *self)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (self), NULL);
  return self->title;
}

void
sw_document_set_title (SwDocument *self,
                       const char *title)
{
  g_return_if_fail (SW_IS_DOCUMENT (self));

  if (g_strcmp0 (self->title, title) != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

const char *
sw_document_get_text (SwDocument *self)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (self), NULL);
  return self->text;
}

gsize
sw_document_get_size (SwDocument *self)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (self), 0);
  return self->size;
}

gsize
sw_document_get_length (SwDocument *self)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (self), 0);
  return self->length;
}

const char *
sw_document_get_encoding (SwDocument *self)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (self), NULL);
  return self->encoding;
}

/* The encoding the text was decoded from, for a document whose text comes
 * from somewhere else already decoded, such as a saved project. */
void
sw_document_set_encoding (SwDocument *self,
                          const char *encoding)
{
  g_return_if_fail (SW_IS_DOCUMENT (self));

  g_free (self->encoding);
  self->encoding = g_strdup (encoding);
}

/* "text", "html", "pdf" or "markdown": what the loader made of the file */
const char *
sw_document_get_format (SwDocument *self)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (self), NULL);
  return self->format;
}

const char *
sw_document_get_dct (SwDocument *self)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (self), NULL);
  return self->dct;
}

SwDctSource
sw_document_get_dct_source (SwDocument *self)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (self), SW_DCT_SOURCE_NONE);
  return self->dct_source;
}

void
sw_document_set_dct (SwDocument  *self,
                     const char  *dct,
                     SwDctSource  source)
{
  g_return_if_fail (SW_IS_DOCUMENT (self));

  if (dct == NULL)
    source = SW_DCT_SOURCE_NONE;

  self->dct_source = source;

  if (g_strcmp0 (self->dct, dct) != 0)
    {
      g_free (self->dct);
      self->dct = g_strdup (dct);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DCT]);
    }
}

/**
 * sw_document_byte_to_char:
 *
 * Converts a byte offset into the text to a code-point offset. An offset
 * inside a multi-byte character counts the character as started.
 */
gsize
sw_document_byte_to_char (SwDocument *self,
                          gsize       byte_offset)
{
  gsize block, count;

  g_return_val_if_fail (SW_IS_DOCUMENT (self), 0);

  byte_offset = MIN (byte_offset, self->size);
  block = byte_offset / BLOCK;
  count = self->chars_before[block];

  for (gsize i = block * BLOCK; i < byte_offset; i++)
    if (((guchar)self->text[i] & 0xC0) != 0x80)
      count++;

  return count;
}

gsize
sw_document_char_to_byte (SwDocument *self,
                          gsize       char_offset)
{
  gsize lo = 0, hi, i;
  gsize count;

  g_return_val_if_fail (SW_IS_DOCUMENT (self), 0);

  if (char_offset >= self->length)
    return self->size;

  /* Last block whose start holds at most char_offset code points. */
  hi = self->size / BLOCK;
  while (lo < hi)
    {
      gsize mid = (lo + hi + 1) / 2;

      if (self->chars_before[mid] <= char_offset)
        lo = mid;
      else
        hi = mid - 1;
    }

  i = lo * BLOCK;
  count = self->chars_before[lo];

  /* Step to the first lead byte at or after the block start, then walk. */
  while (i < self->size && ((guchar)self->text[i] & 0xC0) == 0x80)
    i++;

  while (i < self->size && count < char_offset)
    {
      i++;
      while (i < self->size && ((guchar)self->text[i] & 0xC0) == 0x80)
        i++;
      count++;
    }

  return i;
}
