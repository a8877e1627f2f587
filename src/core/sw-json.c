/* sw-json.c: the extraction contract as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shape is ../shared/CONTRACT.md: fields may be added, never renamed.
 * Offsets leave here as code points. The writer streams into one GString
 * rather than building a JsonNode tree: a document with a million spans
 * would otherwise cost gigabytes of nodes for a line of tens of megabytes.
 */
#define G_LOG_DOMAIN "sw-json"

#include "config.h"

#include <string.h>

#include "sw-json.h"

typedef struct
{
  GString    *out;
  SwDocument *doc;
  const char *text;
  gsize       size;
  /* Spans mostly come in text order: converting from the last position
   * keeps byte → code point conversion linear over the document. */
  gsize       cursor_byte;
  gsize       cursor_char;
} Writer;

static gsize
to_char (Writer *w,
         gsize   byte)
{
  byte = MIN (byte, w->size);

  if (byte >= w->cursor_byte && byte - w->cursor_byte <= 512)
    w->cursor_char += sw_utf8_count_chars (w->text, w->cursor_byte, byte);
  else if (byte < w->cursor_byte && w->cursor_byte - byte <= 512)
    w->cursor_char -= sw_utf8_count_chars (w->text, byte, w->cursor_byte);
  else
    {
      /* the document counts code points per block of 512 bytes: start
       * from the block's first byte, where it needs no scan */
      gsize block = byte & ~(gsize)511;

      w->cursor_char = sw_document_byte_to_char (w->doc, block) + sw_utf8_count_chars (w->text, block, byte);
    }

  w->cursor_byte = byte;
  return w->cursor_char;
}

static void
put_string_len (Writer     *w,
                const char *s,
                gsize       len)
{
  GString *out = w->out;
  const char *end = s + len;
  const char *run = s;

  g_string_append_c (out, '"');

  for (const char *p = s; p < end; p++)
    {
      guchar c = *p;
      const char *escape = NULL;
      char buf[8];

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:
          g_snprintf (buf, sizeof buf, "\\u%04x", c);
          escape = buf;
        }

      g_string_append_len (out, run, p - run);
      g_string_append (out, escape);
      run = p + 1;
    }

  g_string_append_len (out, run, end - run);
  g_string_append_c (out, '"');
}

static void
put_string (Writer     *w,
            const char *s)
{
  if (s == NULL)
    g_string_append (w->out, "null");
  else
    put_string_len (w, s, strlen (s));
}

static void
put_key (Writer     *w,
         const char *key,
         gboolean    first)
{
  char buf[64];
  gsize n = strlen (key), i = 0;

  /* one append per key: GString calls cost more than the bytes */
  if (n + 4 > sizeof buf)
    {
      if (!first)
        g_string_append_c (w->out, ',');
      g_string_append_c (w->out, '"');
      g_string_append (w->out, key);
      g_string_append (w->out, "\":");
      return;
    }
  if (!first)
    buf[i++] = ',';
  buf[i++] = '"';
  memcpy (buf + i, key, n);
  i += n;
  buf[i++] = '"';
  buf[i++] = ':';
  g_string_append_len (w->out, buf, i);
}

/* Numbers without printf: a line holds one or more per span. */
static void
put_uint (Writer *w,
          gsize   value)
{
  char buf[24];
  int i = sizeof buf;

  do
    {
      buf[--i] = '0' + value % 10;
      value /= 10;
    }
  while (value > 0);
  g_string_append_len (w->out, buf + i, sizeof buf - i);
}

static void
put_id (Writer *w,
        char    prefix,
        int     index)
{
  g_string_append_c (w->out, '"');
  g_string_append_c (w->out, prefix);
  put_uint (w, index + 1);
  g_string_append_c (w->out, '"');
}

static void
put_id_or_null (Writer *w,
                char    prefix,
                int     index)
{
  if (index == SW_NO_INDEX)
    g_string_append (w->out, "null");
  else
    put_id (w, prefix, index);
}

static void
put_id_array (Writer *w,
              char    prefix,
              GArray *indices)
{
  g_string_append_c (w->out, '[');
  for (guint i = 0; indices != NULL && i < indices->len; i++)
    {
      if (i > 0)
        g_string_append_c (w->out, ',');
      put_id (w, prefix, g_array_index (indices, int, i));
    }
  g_string_append_c (w->out, ']');
}

/* "start":…,"end":…,"text":"…" without braces, so callers can add members. */
static void
put_span_members (Writer   *w,
                  SwSpan    span,
                  gboolean  first)
{
  gsize end = MIN (span.end, w->size);
  gsize start = MIN (span.start, end);

  put_key (w, "start", first);
  put_uint (w, to_char (w, start));
  put_key (w, "end", FALSE);
  put_uint (w, to_char (w, end));
  put_key (w, "text", FALSE);
  put_string_len (w, w->text + start, end - start);
}

static void
put_span_object (Writer   *w,
                 SwSpan    span,
                 gboolean  present)
{
  if (!present)
    {
      g_string_append (w->out, "null");
      return;
    }

  g_string_append_c (w->out, '{');
  put_span_members (w, span, TRUE);
  g_string_append_c (w->out, '}');
}

static void
write_document (Writer   *w,
                gboolean  with_text)
{
  SwDocument *doc = w->doc;

  put_key (w, "document", TRUE);
  g_string_append_c (w->out, '{');
  put_key (w, "path", TRUE);
  put_string (w, sw_document_get_path (doc));
  put_key (w, "title", FALSE);
  put_string (w, sw_document_get_title (doc));
  put_key (w, "dct", FALSE);
  put_string (w, sw_document_get_dct (doc));
  put_key (w, "dct_source", FALSE);
  put_string (w, sw_dct_source_to_string (sw_document_get_dct_source (doc)));
  put_key (w, "length", FALSE);
  put_uint (w, sw_document_get_length (doc));
  put_key (w, "encoding", FALSE);
  put_string (w, sw_document_get_encoding (doc));
  put_key (w, "format", FALSE);
  put_string (w, sw_document_get_format (doc));
  if (with_text)
    {
      put_key (w, "text", FALSE);
      put_string_len (w, w->text, w->size);
    }
  g_string_append_c (w->out, '}');
}

static void
write_timexes (Writer       *w,
               SwExtraction *ex)
{
  put_key (w, "timexes", FALSE);
  g_string_append_c (w->out, '[');
  for (guint i = 0; i < ex->timexes->len; i++)
    {
      const SwTimex *t = g_ptr_array_index (ex->timexes, i);

      g_string_append (w->out, i > 0 ? ",{" : "{");
      put_key (w, "id", TRUE);
      put_id (w, 't', i);
      put_span_members (w, t->span, FALSE);
      put_key (w, "type", FALSE);
      put_string (w, sw_timex_type_to_string (t->type));
      put_key (w, "value", FALSE);
      put_string (w, t->value);
      put_key (w, "mod", FALSE);
      put_string (w, t->mod);
      if (t->end_value != NULL)
        {
          put_key (w, "end_value", FALSE);
          put_string (w, t->end_value);
        }
      g_string_append_c (w->out, '}');
    }
  g_string_append_c (w->out, ']');
}

static void
write_actors (Writer       *w,
              SwExtraction *ex)
{
  put_key (w, "actors", FALSE);
  g_string_append_c (w->out, '[');
  for (guint i = 0; i < ex->actors->len; i++)
    {
      const SwActor *a = g_ptr_array_index (ex->actors, i);

      g_string_append (w->out, i > 0 ? ",{" : "{");
      put_key (w, "id", TRUE);
      put_id (w, 'a', i);
      put_key (w, "name", FALSE);
      put_string (w, a->name);
      put_key (w, "kind", FALSE);
      put_string (w, sw_actor_kind_to_string (a->kind));
      put_key (w, "roles", FALSE);
      g_string_append_c (w->out, '[');
      for (guint r = 0; r < a->roles->len; r++)
        {
          if (r > 0)
            g_string_append_c (w->out, ',');
          put_string (w, g_ptr_array_index (a->roles, r));
        }
      g_string_append_c (w->out, ']');
      put_key (w, "mentions", FALSE);
      g_string_append_c (w->out, '[');
      for (guint m = 0; m < a->mentions->len; m++)
        {
          if (m > 0)
            g_string_append_c (w->out, ',');
          put_span_object (w, g_array_index (a->mentions, SwSpan, m), TRUE);
        }
      g_string_append (w->out, "]}");
    }
  g_string_append_c (w->out, ']');
}

static void
write_quotes (Writer       *w,
              SwExtraction *ex)
{
  put_key (w, "quotes", FALSE);
  g_string_append_c (w->out, '[');
  for (guint i = 0; i < ex->quotes->len; i++)
    {
      const SwQuote *q = g_ptr_array_index (ex->quotes, i);

      g_string_append (w->out, i > 0 ? ",{" : "{");
      put_key (w, "id", TRUE);
      put_id (w, 'q', i);
      put_key (w, "kind", FALSE);
      put_string (w, sw_quote_kind_to_string (q->kind));
      put_key (w, "content", FALSE);
      put_span_object (w, q->content, TRUE);
      put_key (w, "cue", FALSE);
      put_span_object (w, q->cue, q->has_cue);
      put_key (w, "speakers", FALSE);
      put_id_array (w, 'a', q->speakers);
      put_key (w, "speaker_mention", FALSE);
      put_span_object (w, q->speaker_mention, q->has_speaker_mention);
      put_key (w, "addressee", FALSE);
      put_id_or_null (w, 'a', q->addressee);
      put_key (w, "medium", FALSE);
      put_string (w, q->medium);
      /* added to the contract: every piece of the content, the first
       * being "content", where the attribution breaks into it */
      put_key (w, "content_parts", FALSE);
      g_string_append_c (w->out, '[');
      for (guint k = 0; k < sw_quote_get_n_parts (q); k++)
        {
          if (k > 0)
            g_string_append_c (w->out, ',');
          put_span_object (w, sw_quote_get_part (q, k), TRUE);
        }
      g_string_append_c (w->out, ']');
      g_string_append_c (w->out, '}');
    }
  g_string_append_c (w->out, ']');
}

static void
write_events (Writer       *w,
              SwExtraction *ex)
{
  put_key (w, "events", FALSE);
  g_string_append_c (w->out, '[');
  for (guint i = 0; i < ex->events->len; i++)
    {
      const SwEvent *e = g_ptr_array_index (ex->events, i);

      g_string_append (w->out, i > 0 ? ",{" : "{");
      put_key (w, "id", TRUE);
      put_id (w, 'e', i);
      put_key (w, "label", FALSE);
      put_string (w, e->label);
      put_key (w, "start", FALSE);
      put_uint (w, to_char (w, e->span.start));
      put_key (w, "end", FALSE);
      put_uint (w, to_char (w, e->span.end));
      put_key (w, "timex", FALSE);
      put_id_or_null (w, 't', e->timex);
      put_key (w, "date", FALSE);
      if (e->date_from == NULL)
        g_string_append (w->out, "null");
      else
        {
          g_string_append_c (w->out, '{');
          put_key (w, "from", TRUE);
          put_string (w, e->date_from);
          put_key (w, "to", FALSE);
          put_string (w, e->date_to != NULL ? e->date_to : e->date_from);
          put_key (w, "granularity", FALSE);
          put_string (w, sw_granularity_to_string (e->granularity));
          put_key (w, "approx", FALSE);
          g_string_append (w->out, e->approx ? "true" : "false");
          g_string_append_c (w->out, '}');
        }
      put_key (w, "actors", FALSE);
      put_id_array (w, 'a', e->actors);
      put_key (w, "quote", FALSE);
      put_id_or_null (w, 'q', e->quote);
      g_string_append_c (w->out, '}');
    }
  g_string_append_c (w->out, ']');
}

static void
write_relations (Writer       *w,
                 SwExtraction *ex)
{
  put_key (w, "relations", FALSE);
  g_string_append_c (w->out, '[');
  for (guint i = 0; i < ex->relations->len; i++)
    {
      const SwRelation *r = g_ptr_array_index (ex->relations, i);
      gboolean first = TRUE;

      g_string_append (w->out, i > 0 ? ",{" : "{");
      put_key (w, "source", TRUE);
      put_id (w, 'a', r->source);
      put_key (w, "target", FALSE);
      put_id (w, 'a', r->target);
      put_key (w, "kind", FALSE);
      put_string (w, sw_relation_kind_to_string (r->kind));
      put_key (w, "weight", FALSE);
      put_uint (w, r->weight);
      put_key (w, "evidence", FALSE);
      g_string_append_c (w->out, '[');
      for (guint q = 0; q < r->quotes->len; q++, first = FALSE)
        {
          if (!first)
            g_string_append_c (w->out, ',');
          put_id (w, 'q', g_array_index (r->quotes, int, q));
        }
      for (guint e = 0; e < r->events->len; e++, first = FALSE)
        {
          if (!first)
            g_string_append_c (w->out, ',');
          put_id (w, 'e', g_array_index (r->events, int, e));
        }
      g_string_append (w->out, "]}");
    }
  g_string_append_c (w->out, ']');
}

/**
 * sw_json_to_line:
 *
 * Returns the document's JSON on one line, without the newline: every
 * line break inside a string is escaped, so the result never spans lines.
 */
char *
sw_json_to_line (SwDocument   *document,
                 SwExtraction *extraction,
                 gboolean      with_text)
{
  Writer w = { 0 };

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);

  w.doc = document;
  w.text = sw_document_get_text (document);
  w.size = sw_document_get_size (document);
  w.out = g_string_sized_new (4096 + (with_text ? w.size * 11 / 10 : 0));

  g_string_append_c (w.out, '{');
  write_document (&w, with_text);
  write_timexes (&w, extraction);
  write_actors (&w, extraction);
  write_quotes (&w, extraction);
  write_events (&w, extraction);
  write_relations (&w, extraction);
  g_string_append_c (w.out, '}');

  return g_string_free (w.out, FALSE);
}

/**
 * sw_json_build:
 *
 * The same document as a JsonNode, for callers that want to walk it.
 */
JsonNode *
sw_json_build (SwDocument   *document,
               SwExtraction *extraction,
               gboolean      with_text)
{
  g_autofree char *line = sw_json_to_line (document, extraction, with_text);
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, line, -1, NULL))
    g_return_val_if_reached (NULL);

  return json_node_copy (json_parser_get_root (parser));
}
