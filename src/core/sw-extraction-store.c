/* sw-extraction-store.c: an extraction as stored in a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not the contract: the contract repeats each span's text and speaks code
 * points, which is right for other programs and twice the size needed
 * here. A project keeps byte offsets (its text is stored beside them) and
 * one positional array per item:
 *
 *   timexes    [start, end, type, value, mod, end_value]
 *   actors     [name, kind, [role…], [start, end, start, end, …]]
 *   quotes     [kind, [start, end], cue [start, end] | null,
 *               speaker_mention [start, end] | null, [speaker…], addressee, medium]
 *   events     [label, [start, end], timex, from, to, granularity, approx, [actor…], quote]
 *   relations  [source, target, kind, weight, [quote…], [event…]]
 *
 * Enumerations are stored by name and indices as -1 for none. Reading
 * checks every index and span, since the file may be damaged: a store
 * that does not check out is refused whole and the caller extracts again.
 */
#define G_LOG_DOMAIN "sw-extraction-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sw-correction.h"
#include "sw-extraction-store.h"

static void
put_string (GString    *out,
            const char *s)
{
  if (s == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
        }
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

static void
put_span (GString *out,
          SwSpan   span)
{
  g_string_append_printf (out, "[%u,%u]", span.start, span.end);
}

static void
put_ints (GString *out,
          GArray  *ints)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < ints->len; i++)
    g_string_append_printf (out, i ? ",%d" : "%d", g_array_index (ints, int, i));
  g_string_append_c (out, ']');
}

/**
 * sw_extraction_to_store:
 *
 * Returns: the compact JSON a project keeps for @extraction
 */
char *
sw_extraction_to_store (SwExtraction *extraction)
{
  GString *out = g_string_sized_new (4096);

  g_return_val_if_fail (extraction != NULL, NULL);

  g_string_append (out, "{\"timexes\":[");
  for (guint i = 0; i < extraction->timexes->len; i++)
    {
      const SwTimex *t = g_ptr_array_index (extraction->timexes, i);

      g_string_append_printf (out, "%s[%u,%u,", i ? "," : "", t->span.start, t->span.end);
      put_string (out, sw_timex_type_to_string (t->type));
      g_string_append_c (out, ',');
      put_string (out, t->value);
      g_string_append_c (out, ',');
      put_string (out, t->mod);
      g_string_append_c (out, ',');
      put_string (out, t->end_value);
      g_string_append_c (out, ']');
    }

  g_string_append (out, "],\"actors\":[");
  for (guint i = 0; i < extraction->actors->len; i++)
    {
      const SwActor *a = g_ptr_array_index (extraction->actors, i);

      g_string_append (out, i ? ",[" : "[");
      put_string (out, a->name);
      g_string_append_c (out, ',');
      put_string (out, sw_actor_kind_to_string (a->kind));
      g_string_append (out, ",[");
      for (guint r = 0; r < a->roles->len; r++)
        {
          if (r)
            g_string_append_c (out, ',');
          put_string (out, g_ptr_array_index (a->roles, r));
        }
      g_string_append (out, "],[");
      for (guint m = 0; m < a->mentions->len; m++)
        {
          SwSpan s = g_array_index (a->mentions, SwSpan, m);
          g_string_append_printf (out, m ? ",%u,%u" : "%u,%u", s.start, s.end);
        }
      g_string_append (out, "]]");
    }

  g_string_append (out, "],\"quotes\":[");
  for (guint i = 0; i < extraction->quotes->len; i++)
    {
      const SwQuote *q = g_ptr_array_index (extraction->quotes, i);

      g_string_append (out, i ? ",[" : "[");
      put_string (out, sw_quote_kind_to_string (q->kind));
      g_string_append_c (out, ',');
      put_span (out, q->content);
      g_string_append_c (out, ',');
      if (q->has_cue)
        put_span (out, q->cue);
      else
        g_string_append (out, "null");
      g_string_append_c (out, ',');
      if (q->has_speaker_mention)
        put_span (out, q->speaker_mention);
      else
        g_string_append (out, "null");
      g_string_append_c (out, ',');
      put_ints (out, q->speakers);
      g_string_append_printf (out, ",%d,", q->addressee);
      put_string (out, q->medium);
      g_string_append_c (out, ']');
    }

  g_string_append (out, "],\"events\":[");
  for (guint i = 0; i < extraction->events->len; i++)
    {
      const SwEvent *e = g_ptr_array_index (extraction->events, i);

      g_string_append (out, i ? ",[" : "[");
      put_string (out, e->label);
      g_string_append_c (out, ',');
      put_span (out, e->span);
      g_string_append_printf (out, ",%d,", e->timex);
      put_string (out, e->date_from);
      g_string_append_c (out, ',');
      put_string (out, e->date_to);
      g_string_append_c (out, ',');
      put_string (out, sw_granularity_to_string (e->granularity));
      g_string_append (out, e->approx ? ",true," : ",false,");
      put_ints (out, e->actors);
      g_string_append_printf (out, ",%d]", e->quote);
    }

  g_string_append (out, "],\"relations\":[");
  for (guint i = 0; i < extraction->relations->len; i++)
    {
      const SwRelation *r = g_ptr_array_index (extraction->relations, i);

      g_string_append_printf (out, "%s[%d,%d,", i ? "," : "", r->source, r->target);
      put_string (out, sw_relation_kind_to_string (r->kind));
      g_string_append_printf (out, ",%u,", r->weight);
      put_ints (out, r->quotes);
      g_string_append_c (out, ',');
      put_ints (out, r->events);
      g_string_append_c (out, ']');
    }

  g_string_append (out, "]}");

  return g_string_free (out, FALSE);
}

/* --- reading ----------------------------------------------------------- */

typedef struct
{
  gsize     text_size;
  gboolean  bad;
} Reader;

static JsonArray *
tuple (JsonNode *node,
       guint     min_len,
       Reader   *r)
{
  JsonArray *a;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      r->bad = TRUE;
      return NULL;
    }

  a = json_node_get_array (node);
  if (json_array_get_length (a) < min_len)
    {
      r->bad = TRUE;
      return NULL;
    }

  return a;
}

static gint64
int_at (JsonArray *a,
        guint      i,
        gint64     min,
        gint64     max,
        Reader    *r)
{
  JsonNode *n = json_array_get_element (a, i);
  gint64 v;

  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
    {
      r->bad = TRUE;
      return min;
    }

  v = json_node_get_int (n);
  if (v < min || v > max)
    {
      r->bad = TRUE;
      return min;
    }

  return v;
}

static const char *
string_at (JsonArray *a,
           guint      i,
           gboolean   nullable,
           Reader    *r)
{
  JsonNode *n = json_array_get_element (a, i);

  if (JSON_NODE_HOLDS_NULL (n) && nullable)
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    {
      r->bad = TRUE;
      return NULL;
    }

  return json_node_get_string (n);
}

static gboolean
bool_at (JsonArray *a,
         guint      i,
         Reader    *r)
{
  JsonNode *n = json_array_get_element (a, i);

  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_BOOLEAN)
    {
      r->bad = TRUE;
      return FALSE;
    }

  return json_node_get_boolean (n);
}

static gboolean
span_at (JsonArray *a,
         guint      i,
         SwSpan    *span,
         Reader    *r)
{
  JsonNode *n = json_array_get_element (a, i);
  JsonArray *pair;

  if (JSON_NODE_HOLDS_NULL (n))
    return FALSE;

  pair = tuple (n, 2, r);
  if (pair == NULL)
    return FALSE;

  span->start = int_at (pair, 0, 0, r->text_size, r);
  span->end = int_at (pair, 1, span->start, r->text_size, r);
  return !r->bad;
}

static void
ints_at (JsonArray *a,
         guint      i,
         guint      limit,
         GArray    *into,
         Reader    *r)
{
  JsonArray *list = tuple (json_array_get_element (a, i), 0, r);

  for (guint k = 0; list != NULL && k < json_array_get_length (list); k++)
    {
      int v = int_at (list, k, 0, (gint64)limit - 1, r);

      if (!r->bad)
        g_array_append_val (into, v);
    }
}

static int
index_at (JsonArray *a,
          guint      i,
          guint      limit,
          Reader    *r)
{
  return int_at (a, i, -1, (gint64)limit - 1, r);
}

static int
enum_at (JsonArray   *a,
         guint        i,
         const char *(*name_of) (int),
         int          n,
         Reader      *r)
{
  const char *s = string_at (a, i, FALSE, r);

  for (int k = 0; s != NULL && k < n; k++)
    if (strcmp (name_of (k), s) == 0)
      return k;

  r->bad = TRUE;
  return 0;
}

static const char *
timex_type_name (int v)
{
  return sw_timex_type_to_string (v);
}

static const char *
actor_kind_name (int v)
{
  return sw_actor_kind_to_string (v);
}

static const char *
quote_kind_name (int v)
{
  return sw_quote_kind_to_string (v);
}

static const char *
granularity_name (int v)
{
  return sw_granularity_to_string (v);
}

static const char *
relation_kind_name (int v)
{
  return sw_relation_kind_to_string (v);
}

static JsonArray *
member_array (JsonObject *o,
              const char *name,
              Reader     *r)
{
  return tuple (json_object_get_member (o, name), 0, r);
}

/**
 * sw_extraction_from_store:
 * @text_size: the size in bytes of the text the extraction belongs to;
 *   every span must lie inside it
 *
 * Returns: (nullable): the extraction, or %NULL with
 *   %SW_CORRECTION_ERROR_INVALID if @data is not a sound stored extraction
 */
SwExtraction *
sw_extraction_from_store (const char  *data,
                          gssize       length,
                          gsize        text_size,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(SwExtraction) ex = NULL;
  JsonArray *timexes, *actors, *quotes, *events, *relations;
  JsonNode *root;
  JsonObject *o;
  Reader r = { text_size, FALSE };

  g_return_val_if_fail (data != NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    goto bad;

  o = json_node_get_object (root);
  timexes = member_array (o, "timexes", &r);
  actors = member_array (o, "actors", &r);
  quotes = member_array (o, "quotes", &r);
  events = member_array (o, "events", &r);
  relations = member_array (o, "relations", &r);
  if (r.bad)
    goto bad;

  ex = sw_extraction_new ();

  for (guint i = 0; i < json_array_get_length (timexes) && !r.bad; i++)
    {
      JsonArray *a = tuple (json_array_get_element (timexes, i), 6, &r);
      SwTimex *t;
      guint start, end;

      if (a == NULL)
        break;

      start = int_at (a, 0, 0, text_size, &r);
      end = int_at (a, 1, start, text_size, &r);
      t = sw_timex_new (enum_at (a, 2, timex_type_name, SW_TIMEX_SET + 1, &r),
                        start, end, string_at (a, 3, TRUE, &r));
      t->mod = g_strdup (string_at (a, 4, TRUE, &r));
      t->end_value = g_strdup (string_at (a, 5, TRUE, &r));
      g_ptr_array_add (ex->timexes, t);
    }

  for (guint i = 0; i < json_array_get_length (actors) && !r.bad; i++)
    {
      JsonArray *a = tuple (json_array_get_element (actors, i), 4, &r);
      JsonArray *roles, *mentions;
      SwActor *actor;

      if (a == NULL)
        break;

      actor = sw_actor_new (string_at (a, 0, TRUE, &r),
                            enum_at (a, 1, actor_kind_name, SW_ACTOR_OTHER + 1, &r));
      g_ptr_array_add (ex->actors, actor);

      roles = tuple (json_array_get_element (a, 2), 0, &r);
      for (guint k = 0; roles != NULL && k < json_array_get_length (roles); k++)
        g_ptr_array_add (actor->roles, g_strdup (string_at (roles, k, FALSE, &r)));

      mentions = tuple (json_array_get_element (a, 3), 0, &r);
      if (mentions != NULL && json_array_get_length (mentions) % 2 != 0)
        r.bad = TRUE;
      for (guint k = 0; mentions != NULL && k + 1 < json_array_get_length (mentions) && !r.bad; k += 2)
        {
          SwSpan s;

          s.start = int_at (mentions, k, 0, text_size, &r);
          s.end = int_at (mentions, k + 1, s.start, text_size, &r);
          g_array_append_val (actor->mentions, s);
        }
    }

  for (guint i = 0; i < json_array_get_length (quotes) && !r.bad; i++)
    {
      JsonArray *a = tuple (json_array_get_element (quotes, i), 7, &r);
      SwQuote *q;

      if (a == NULL)
        break;

      q = sw_quote_new (enum_at (a, 0, quote_kind_name, SW_QUOTE_MIXED + 1, &r));
      g_ptr_array_add (ex->quotes, q);
      if (!span_at (a, 1, &q->content, &r))
        r.bad = TRUE;
      q->has_cue = span_at (a, 2, &q->cue, &r);
      q->has_speaker_mention = span_at (a, 3, &q->speaker_mention, &r);
      ints_at (a, 4, json_array_get_length (actors), q->speakers, &r);
      q->addressee = index_at (a, 5, json_array_get_length (actors), &r);
      q->medium = g_strdup (string_at (a, 6, TRUE, &r));
    }

  for (guint i = 0; i < json_array_get_length (events) && !r.bad; i++)
    {
      JsonArray *a = tuple (json_array_get_element (events, i), 9, &r);
      SwEvent *e;
      SwSpan span = { 0, 0 };

      if (a == NULL)
        break;

      if (!span_at (a, 1, &span, &r))
        r.bad = TRUE;
      e = sw_event_new (string_at (a, 0, TRUE, &r), span.start, span.end);
      g_ptr_array_add (ex->events, e);
      e->timex = index_at (a, 2, json_array_get_length (timexes), &r);
      e->date_from = g_strdup (string_at (a, 3, TRUE, &r));
      e->date_to = g_strdup (string_at (a, 4, TRUE, &r));
      e->granularity = enum_at (a, 5, granularity_name, SW_GRANULARITY_TIME + 1, &r);
      e->approx = bool_at (a, 6, &r);
      ints_at (a, 7, json_array_get_length (actors), e->actors, &r);
      e->quote = index_at (a, 8, json_array_get_length (quotes), &r);
    }

  for (guint i = 0; i < json_array_get_length (relations) && !r.bad; i++)
    {
      JsonArray *a = tuple (json_array_get_element (relations, i), 6, &r);
      SwRelation *rel;
      guint n_actors = json_array_get_length (actors);

      if (a == NULL)
        break;

      rel = sw_relation_new (int_at (a, 0, 0, (gint64)n_actors - 1, &r),
                             int_at (a, 1, 0, (gint64)n_actors - 1, &r),
                             enum_at (a, 2, relation_kind_name, SW_RELATION_JOINT_STATEMENT + 1, &r));
      g_ptr_array_add (ex->relations, rel);
      rel->weight = int_at (a, 3, 0, G_MAXUINT, &r);
      ints_at (a, 4, json_array_get_length (quotes), rel->quotes, &r);
      ints_at (a, 5, json_array_get_length (events), rel->events, &r);
    }

  if (r.bad)
    goto bad;

  return g_steal_pointer (&ex);

bad:
  g_set_error (error, SW_CORRECTION_ERROR, SW_CORRECTION_ERROR_INVALID,
               _("The stored extraction is damaged"));
  return NULL;
}
