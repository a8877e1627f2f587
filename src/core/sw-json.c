/* sw-json.c: the extraction contract as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shape is ../shared/CONTRACT.md: fields may be added, never renamed.
 * Offsets leave here as code points.
 */
#define G_LOG_DOMAIN "sw-json"

#include "config.h"

#include <string.h>

#include "sw-json.h"

static void
add_span_members (JsonBuilder *b,
                  SwDocument  *doc,
                  SwSpan       span)
{
  const char *text = sw_document_get_text (doc);
  g_autofree char *slice = NULL;

  span.end = MIN (span.end, sw_document_get_size (doc));
  span.start = MIN (span.start, span.end);
  slice = g_strndup (text + span.start, span.end - span.start);

  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, sw_document_byte_to_char (doc, span.start));
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, sw_document_byte_to_char (doc, span.end));
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, slice);
}

static void
add_span_object (JsonBuilder *b,
                 const char  *member,
                 SwDocument  *doc,
                 SwSpan       span,
                 gboolean     present)
{
  json_builder_set_member_name (b, member);

  if (!present)
    {
      json_builder_add_null_value (b);
      return;
    }

  json_builder_begin_object (b);
  add_span_members (b, doc, span);
  json_builder_end_object (b);
}

static void
add_nullable_string (JsonBuilder *b,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (b, member);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_id (JsonBuilder *b,
        char         prefix,
        int          index)
{
  char id[32];

  g_snprintf (id, sizeof id, "%c%d", prefix, index + 1);
  json_builder_add_string_value (b, id);
}

static void
add_id_member (JsonBuilder *b,
               const char  *member,
               char         prefix,
               int          index)
{
  json_builder_set_member_name (b, member);
  if (index == SW_NO_INDEX)
    json_builder_add_null_value (b);
  else
    add_id (b, prefix, index);
}

static void
add_id_array (JsonBuilder  *b,
              const char   *member,
              char          prefix,
              GArray       *indices)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint i = 0; indices != NULL && i < indices->len; i++)
    add_id (b, prefix, g_array_index (indices, int, i));
  json_builder_end_array (b);
}

static void
build_document (JsonBuilder *b,
                SwDocument  *doc,
                gboolean     with_text)
{
  json_builder_set_member_name (b, "document");
  json_builder_begin_object (b);
  add_nullable_string (b, "path", sw_document_get_path (doc));
  add_nullable_string (b, "title", sw_document_get_title (doc));
  add_nullable_string (b, "dct", sw_document_get_dct (doc));
  json_builder_set_member_name (b, "dct_source");
  json_builder_add_string_value (b, sw_dct_source_to_string (sw_document_get_dct_source (doc)));
  json_builder_set_member_name (b, "length");
  json_builder_add_int_value (b, sw_document_get_length (doc));
  json_builder_set_member_name (b, "encoding");
  json_builder_add_string_value (b, sw_document_get_encoding (doc));
  add_nullable_string (b, "format", sw_document_get_format (doc));
  if (with_text)
    {
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, sw_document_get_text (doc));
    }
  json_builder_end_object (b);
}

static void
build_timexes (JsonBuilder  *b,
               SwDocument   *doc,
               SwExtraction *ex)
{
  json_builder_set_member_name (b, "timexes");
  json_builder_begin_array (b);
  for (guint i = 0; i < ex->timexes->len; i++)
    {
      const SwTimex *t = g_ptr_array_index (ex->timexes, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      add_id (b, 't', i);
      add_span_members (b, doc, t->span);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, sw_timex_type_to_string (t->type));
      add_nullable_string (b, "value", t->value);
      add_nullable_string (b, "mod", t->mod);
      if (t->end_value != NULL)
        add_nullable_string (b, "end_value", t->end_value);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
build_actors (JsonBuilder  *b,
              SwDocument   *doc,
              SwExtraction *ex)
{
  json_builder_set_member_name (b, "actors");
  json_builder_begin_array (b);
  for (guint i = 0; i < ex->actors->len; i++)
    {
      const SwActor *a = g_ptr_array_index (ex->actors, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      add_id (b, 'a', i);
      add_nullable_string (b, "name", a->name);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, sw_actor_kind_to_string (a->kind));
      json_builder_set_member_name (b, "roles");
      json_builder_begin_array (b);
      for (guint r = 0; r < a->roles->len; r++)
        json_builder_add_string_value (b, g_ptr_array_index (a->roles, r));
      json_builder_end_array (b);
      json_builder_set_member_name (b, "mentions");
      json_builder_begin_array (b);
      for (guint m = 0; m < a->mentions->len; m++)
        {
          json_builder_begin_object (b);
          add_span_members (b, doc, g_array_index (a->mentions, SwSpan, m));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
build_quotes (JsonBuilder  *b,
              SwDocument   *doc,
              SwExtraction *ex)
{
  json_builder_set_member_name (b, "quotes");
  json_builder_begin_array (b);
  for (guint i = 0; i < ex->quotes->len; i++)
    {
      const SwQuote *q = g_ptr_array_index (ex->quotes, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      add_id (b, 'q', i);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, sw_quote_kind_to_string (q->kind));
      add_span_object (b, "content", doc, q->content, TRUE);
      add_span_object (b, "cue", doc, q->cue, q->has_cue);
      add_id_array (b, "speakers", 'a', q->speakers);
      add_span_object (b, "speaker_mention", doc, q->speaker_mention, q->has_speaker_mention);
      add_id_member (b, "addressee", 'a', q->addressee);
      add_nullable_string (b, "medium", q->medium);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
build_events (JsonBuilder  *b,
              SwDocument   *doc,
              SwExtraction *ex)
{
  json_builder_set_member_name (b, "events");
  json_builder_begin_array (b);
  for (guint i = 0; i < ex->events->len; i++)
    {
      const SwEvent *e = g_ptr_array_index (ex->events, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      add_id (b, 'e', i);
      add_nullable_string (b, "label", e->label);
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, sw_document_byte_to_char (doc, e->span.start));
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, sw_document_byte_to_char (doc, e->span.end));
      add_id_member (b, "timex", 't', e->timex);
      json_builder_set_member_name (b, "date");
      if (e->date_from == NULL)
        json_builder_add_null_value (b);
      else
        {
          json_builder_begin_object (b);
          add_nullable_string (b, "from", e->date_from);
          add_nullable_string (b, "to", e->date_to ? e->date_to : e->date_from);
          json_builder_set_member_name (b, "granularity");
          json_builder_add_string_value (b, sw_granularity_to_string (e->granularity));
          json_builder_set_member_name (b, "approx");
          json_builder_add_boolean_value (b, e->approx);
          json_builder_end_object (b);
        }
      add_id_array (b, "actors", 'a', e->actors);
      add_id_member (b, "quote", 'q', e->quote);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
build_relations (JsonBuilder  *b,
                 SwExtraction *ex)
{
  json_builder_set_member_name (b, "relations");
  json_builder_begin_array (b);
  for (guint i = 0; i < ex->relations->len; i++)
    {
      const SwRelation *r = g_ptr_array_index (ex->relations, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "source");
      add_id (b, 'a', r->source);
      json_builder_set_member_name (b, "target");
      add_id (b, 'a', r->target);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, sw_relation_kind_to_string (r->kind));
      json_builder_set_member_name (b, "weight");
      json_builder_add_int_value (b, r->weight);
      json_builder_set_member_name (b, "evidence");
      json_builder_begin_array (b);
      for (guint q = 0; q < r->quotes->len; q++)
        add_id (b, 'q', g_array_index (r->quotes, int, q));
      for (guint e = 0; e < r->events->len; e++)
        add_id (b, 'e', g_array_index (r->events, int, e));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

JsonNode *
sw_json_build (SwDocument   *document,
               SwExtraction *extraction,
               gboolean      with_text)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);

  json_builder_begin_object (b);
  build_document (b, document, with_text);
  build_timexes (b, document, extraction);
  build_actors (b, document, extraction);
  build_quotes (b, document, extraction);
  build_events (b, document, extraction);
  build_relations (b, extraction);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/**
 * sw_json_to_line:
 *
 * Returns the document's JSON on one line, without the newline: JSON
 * escapes every line break inside strings, so the result never spans lines.
 */
char *
sw_json_to_line (SwDocument   *document,
                 SwExtraction *extraction,
                 gboolean      with_text)
{
  g_autoptr(JsonNode) root = sw_json_build (document, extraction, with_text);
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_generator_set_pretty (gen, FALSE);
  json_generator_set_root (gen, root);

  return json_generator_to_data (gen, NULL);
}
