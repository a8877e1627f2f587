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
 *               speaker_mention [start, end] | null, [speaker…], addressee, medium
 *               (, [start, end, start, end, …] further pieces of the content)?]
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
      if (q->more != NULL && q->more->len > 0)
        {
          g_string_append (out, ",[");
          for (guint k = 0; k < q->more->len; k++)
            {
              SwSpan part = g_array_index (q->more, SwSpan, k);

              g_string_append_printf (out, k ? ",%u,%u" : "%u,%u", part.start, part.end);
            }
          g_string_append_c (out, ']');
        }
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

/* A direct reader for the shape above rather than a JSON tree: opening a
 * thousand-article project parses megabytes of it, and building and
 * freeing a node per number made that the slowest part of opening. It
 * accepts any valid JSON of that shape (whitespace, escapes, members in
 * any order, extra trailing fields it skips) and nothing else. */
typedef struct
{
  const char *p;
  const char *end;
  gboolean    bad;
} Reader;

static void
skip_ws (Reader *r)
{
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
    r->p++;
}

static gboolean
peek (Reader *r,
      char    c)
{
  skip_ws (r);
  return r->p < r->end && *r->p == c;
}

static gboolean
accept (Reader *r,
        char    c)
{
  if (!peek (r, c))
    return FALSE;
  r->p++;
  return TRUE;
}

static void
expect (Reader *r,
        char    c)
{
  if (!accept (r, c))
    r->bad = TRUE;
}

static gboolean
accept_word (Reader     *r,
             const char *word)
{
  gsize n = strlen (word);

  skip_ws (r);
  if ((gsize)(r->end - r->p) < n || memcmp (r->p, word, n) != 0)
    return FALSE;
  r->p += n;
  return TRUE;
}

static gint64
read_int (Reader *r,
          gint64  min,
          gint64  max)
{
  gboolean negative = FALSE;
  gint64 v = 0;
  const char *start;

  skip_ws (r);
  if (r->p < r->end && *r->p == '-')
    {
      negative = TRUE;
      r->p++;
    }

  start = r->p;
  while (r->p < r->end && g_ascii_isdigit (*r->p) && r->p - start < 12)
    v = v * 10 + (*r->p++ - '0');

  if (r->p == start || (r->p < r->end && (g_ascii_isdigit (*r->p) || *r->p == '.' || *r->p == 'e' || *r->p == 'E')))
    {
      r->bad = TRUE;
      return min;
    }

  if (negative)
    v = -v;
  if (v < min || v > max)
    {
      r->bad = TRUE;
      return min;
    }

  return v;
}

static int
hex4 (const char *p)
{
  int v = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);

      if (d < 0)
        return -1;
      v = v * 16 + d;
    }

  return v;
}

/* Returns a newly allocated string, NULL for JSON null when @nullable. */
static char *
read_string (Reader   *r,
             gboolean  nullable)
{
  GString *out;
  const char *run;

  if (nullable && accept_word (r, "null"))
    return NULL;

  if (!accept (r, '"'))
    {
      r->bad = TRUE;
      return NULL;
    }

  out = g_string_new (NULL);
  run = r->p;

  while (r->p < r->end && *r->p != '"')
    {
      if ((guchar)*r->p < 0x20)
        break;

      if (*r->p != '\\')
        {
          r->p++;
          continue;
        }

      g_string_append_len (out, run, r->p - run);
      if (r->end - r->p < 2)
        break;

      switch (r->p[1])
        {
        case '"': case '\\': case '/':
          g_string_append_c (out, r->p[1]);
          r->p += 2;
          break;
        case 'b': g_string_append_c (out, '\b'); r->p += 2; break;
        case 'f': g_string_append_c (out, '\f'); r->p += 2; break;
        case 'n': g_string_append_c (out, '\n'); r->p += 2; break;
        case 'r': g_string_append_c (out, '\r'); r->p += 2; break;
        case 't': g_string_append_c (out, '\t'); r->p += 2; break;
        case 'u':
          {
            int c = r->end - r->p >= 6 ? hex4 (r->p + 2) : -1;

            r->p += 6;
            if (c >= 0xD800 && c < 0xDC00 && r->end - r->p >= 6 && r->p[0] == '\\' && r->p[1] == 'u')
              {
                int low = hex4 (r->p + 2);

                if (low >= 0xDC00 && low < 0xE000)
                  {
                    c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                    r->p += 6;
                  }
              }
            if (c < 0 || (c >= 0xD800 && c < 0xE000))
              c = 0xFFFD;
            g_string_append_unichar (out, c);
          }
          break;
        default:
          r->bad = TRUE;
          break;
        }

      if (r->bad)
        break;
      run = r->p;
    }

  if (r->bad || r->p >= r->end || *r->p != '"')
    {
      r->bad = TRUE;
      g_string_free (out, TRUE);
      return NULL;
    }

  g_string_append_len (out, run, r->p - run);
  r->p++;

  if (!g_utf8_validate_len (out->str, out->len, NULL))
    {
      r->bad = TRUE;
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

static void
skip_value (Reader *r,
            int     depth)
{
  if (depth > 64)
    {
      r->bad = TRUE;
      return;
    }

  if (peek (r, '"'))
    g_free (read_string (r, FALSE));
  else if (accept (r, '['))
    {
      if (!accept (r, ']'))
        {
          do
            skip_value (r, depth + 1);
          while (!r->bad && accept (r, ','));
          expect (r, ']');
        }
    }
  else if (accept (r, '{'))
    {
      if (!accept (r, '}'))
        {
          do
            {
              g_free (read_string (r, FALSE));
              expect (r, ':');
              skip_value (r, depth + 1);
            }
          while (!r->bad && accept (r, ','));
          expect (r, '}');
        }
    }
  else if (!accept_word (r, "null") && !accept_word (r, "true") && !accept_word (r, "false"))
    {
      /* A number; its exact value does not matter here. */
      skip_ws (r);
      if (r->p < r->end && *r->p == '-')
        r->p++;
      if (r->p >= r->end || !g_ascii_isdigit (*r->p))
        r->bad = TRUE;
      while (r->p < r->end && (g_ascii_isalnum (*r->p) || *r->p == '.' || *r->p == '+' || *r->p == '-'))
        r->p++;
    }
}

/* Between the fields of a tuple; FALSE at its end. */
static gboolean
next_field (Reader *r)
{
  if (r->bad)
    return FALSE;
  if (accept (r, ','))
    return TRUE;
  r->bad = TRUE;
  return FALSE;
}

/* Skips fields a newer writer added, then the closing bracket. */
static void
end_tuple (Reader *r)
{
  while (!r->bad && accept (r, ','))
    skip_value (r, 1);
  expect (r, ']');
}

static gboolean
read_bool (Reader *r)
{
  if (accept_word (r, "true"))
    return TRUE;
  if (!accept_word (r, "false"))
    r->bad = TRUE;
  return FALSE;
}

/* [start, end], or null when @nullable; FALSE for null. */
static gboolean
read_span (Reader   *r,
           SwSpan   *span,
           gboolean  nullable,
           gsize     text_size)
{
  if (nullable && accept_word (r, "null"))
    return FALSE;

  expect (r, '[');
  span->start = read_int (r, 0, text_size);
  next_field (r);
  span->end = read_int (r, span->start, text_size);
  expect (r, ']');

  return !r->bad;
}

static void
read_ints (Reader *r,
           GArray *into)
{
  expect (r, '[');
  if (accept (r, ']'))
    return;

  do
    {
      int v = read_int (r, 0, G_MAXINT);
      g_array_append_val (into, v);
    }
  while (!r->bad && accept (r, ','));
  expect (r, ']');
}

static int
read_enum (Reader      *r,
           const char *(*name_of) (int),
           int          n)
{
  g_autofree char *s = read_string (r, FALSE);

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

static void
read_timex (Reader       *r,
            SwExtraction *ex,
            gsize         text_size)
{
  SwTimex *t;
  guint start, end;
  SwTimexType type;
  char *value;

  start = read_int (r, 0, text_size);
  next_field (r);
  end = read_int (r, start, text_size);
  next_field (r);
  type = read_enum (r, timex_type_name, SW_TIMEX_SET + 1);
  next_field (r);
  value = read_string (r, TRUE);
  t = sw_timex_new (type, start, end, NULL);
  t->value = value;
  g_ptr_array_add (ex->timexes, t);
  next_field (r);
  t->mod = read_string (r, TRUE);
  next_field (r);
  t->end_value = read_string (r, TRUE);
}

static void
read_actor (Reader       *r,
            SwExtraction *ex,
            gsize         text_size)
{
  g_autofree char *name = read_string (r, TRUE);
  SwActor *a;

  next_field (r);
  a = sw_actor_new (name, read_enum (r, actor_kind_name, SW_ACTOR_OTHER + 1));
  g_ptr_array_add (ex->actors, a);
  next_field (r);

  expect (r, '[');
  if (!accept (r, ']'))
    {
      do
        {
          char *role = read_string (r, FALSE);

          if (role != NULL)
            g_ptr_array_add (a->roles, role);
        }
      while (!r->bad && accept (r, ','));
      expect (r, ']');
    }
  next_field (r);

  expect (r, '[');
  if (!accept (r, ']'))
    {
      do
        {
          SwSpan m;

          m.start = read_int (r, 0, text_size);
          next_field (r);
          m.end = read_int (r, m.start, text_size);
          g_array_append_val (a->mentions, m);
        }
      while (!r->bad && accept (r, ','));
      expect (r, ']');
    }
}

static void
read_quote (Reader       *r,
            SwExtraction *ex,
            gsize         text_size)
{
  SwQuote *q = sw_quote_new (read_enum (r, quote_kind_name, SW_QUOTE_MIXED + 1));

  g_ptr_array_add (ex->quotes, q);
  next_field (r);
  read_span (r, &q->content, FALSE, text_size);
  next_field (r);
  q->has_cue = read_span (r, &q->cue, TRUE, text_size);
  next_field (r);
  q->has_speaker_mention = read_span (r, &q->speaker_mention, TRUE, text_size);
  next_field (r);
  read_ints (r, q->speakers);
  next_field (r);
  q->addressee = read_int (r, -1, G_MAXINT);
  next_field (r);
  q->medium = read_string (r, TRUE);
  /* further pieces of the content, in projects saved since they exist */
  if (!r->bad && accept (r, ','))
    {
      expect (r, '[');
      do
        {
          SwSpan part;

          part.start = read_int (r, 0, text_size);
          next_field (r);
          part.end = read_int (r, part.start, text_size);
          if (!r->bad)
            sw_quote_add_part (q, part);
        }
      while (!r->bad && accept (r, ','));
      expect (r, ']');
    }
}

static void
read_event (Reader       *r,
            SwExtraction *ex,
            gsize         text_size)
{
  g_autofree char *label = read_string (r, TRUE);
  SwSpan span = { 0, 0 };
  SwEvent *e;

  next_field (r);
  read_span (r, &span, FALSE, text_size);
  e = sw_event_new (label, span.start, span.end);
  g_ptr_array_add (ex->events, e);
  next_field (r);
  e->timex = read_int (r, -1, G_MAXINT);
  next_field (r);
  e->date_from = read_string (r, TRUE);
  next_field (r);
  e->date_to = read_string (r, TRUE);
  next_field (r);
  e->granularity = read_enum (r, granularity_name, SW_GRANULARITY_TIME + 1);
  next_field (r);
  e->approx = read_bool (r);
  next_field (r);
  read_ints (r, e->actors);
  next_field (r);
  e->quote = read_int (r, -1, G_MAXINT);
}

static void
read_relation (Reader       *r,
               SwExtraction *ex,
               gsize         text_size)
{
  int source, target;
  SwRelation *rel;

  source = read_int (r, 0, G_MAXINT);
  next_field (r);
  target = read_int (r, 0, G_MAXINT);
  next_field (r);
  rel = sw_relation_new (source, target, read_enum (r, relation_kind_name, SW_RELATION_JOINT_STATEMENT + 1));
  g_ptr_array_add (ex->relations, rel);
  next_field (r);
  rel->weight = read_int (r, 0, G_MAXUINT);
  next_field (r);
  read_ints (r, rel->quotes);
  next_field (r);
  read_ints (r, rel->events);
}

static void
read_list (Reader        *r,
           SwExtraction  *ex,
           gsize          text_size,
           void         (*read_one) (Reader *, SwExtraction *, gsize))
{
  expect (r, '[');
  if (accept (r, ']'))
    return;

  do
    {
      expect (r, '[');
      if (r->bad)
        return;
      read_one (r, ex, text_size);
      end_tuple (r);
    }
  while (!r->bad && accept (r, ','));
  expect (r, ']');
}

static gboolean
ints_below (GArray *ints,
            guint   limit)
{
  for (guint i = 0; i < ints->len; i++)
    if ((guint)g_array_index (ints, int, i) >= limit)
      return FALSE;

  return TRUE;
}

/* Every index must name an item that exists. */
static gboolean
references_sound (SwExtraction *ex)
{
  guint n_timexes = ex->timexes->len, n_actors = ex->actors->len;
  guint n_quotes = ex->quotes->len, n_events = ex->events->len;

  for (guint i = 0; i < n_quotes; i++)
    {
      SwQuote *q = g_ptr_array_index (ex->quotes, i);

      if (!ints_below (q->speakers, n_actors) ||
          (q->addressee != SW_NO_INDEX && (q->addressee < 0 || (guint)q->addressee >= n_actors)))
        return FALSE;
    }

  for (guint i = 0; i < n_events; i++)
    {
      SwEvent *e = g_ptr_array_index (ex->events, i);

      if (!ints_below (e->actors, n_actors) ||
          (e->timex != SW_NO_INDEX && (e->timex < 0 || (guint)e->timex >= n_timexes)) ||
          (e->quote != SW_NO_INDEX && (e->quote < 0 || (guint)e->quote >= n_quotes)))
        return FALSE;
    }

  for (guint i = 0; i < ex->relations->len; i++)
    {
      SwRelation *rel = g_ptr_array_index (ex->relations, i);

      if ((guint)rel->source >= n_actors || (guint)rel->target >= n_actors ||
          !ints_below (rel->quotes, n_quotes) || !ints_below (rel->events, n_events))
        return FALSE;
    }

  return TRUE;
}

/**
 * sw_extraction_from_store:
 * @length: the length of @data, or -1 if it ends with a NUL
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
  g_autoptr(SwExtraction) ex = NULL;
  Reader r;
  guint seen = 0;

  g_return_val_if_fail (data != NULL, NULL);

  r.p = data;
  r.end = data + (length < 0 ? strlen (data) : (gsize)length);
  r.bad = FALSE;
  text_size = MIN (text_size, G_MAXUINT);

  ex = sw_extraction_new ();

  expect (&r, '{');
  if (!r.bad && !accept (&r, '}'))
    {
      do
        {
          g_autofree char *key = read_string (&r, FALSE);

          expect (&r, ':');
          if (r.bad)
            break;

          if (strcmp (key, "timexes") == 0)
            read_list (&r, ex, text_size, read_timex), seen |= 1;
          else if (strcmp (key, "actors") == 0)
            read_list (&r, ex, text_size, read_actor), seen |= 2;
          else if (strcmp (key, "quotes") == 0)
            read_list (&r, ex, text_size, read_quote), seen |= 4;
          else if (strcmp (key, "events") == 0)
            read_list (&r, ex, text_size, read_event), seen |= 8;
          else if (strcmp (key, "relations") == 0)
            read_list (&r, ex, text_size, read_relation), seen |= 16;
          else
            skip_value (&r, 1);
        }
      while (!r.bad && accept (&r, ','));
      expect (&r, '}');
    }
  skip_ws (&r);

  if (r.bad || r.p != r.end || seen != 31 || !references_sound (ex))
    {
      g_set_error (error, SW_CORRECTION_ERROR, SW_CORRECTION_ERROR_INVALID,
                   _("The stored extraction is damaged"));
      return NULL;
    }

  return g_steal_pointer (&ex);
}
