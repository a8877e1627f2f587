/* sw-timeline-layout.c: lanes, rows and summaries of dated events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-timeline-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sw-time-ticks.h"
#include "sw-timeline-layout.h"

/* How far back an open start ("until March") reaches, faded. */
#define OPEN_START_SECONDS (14.0 * 86400.0)
#define N_ROW_SLOTS SW_TIMELINE_MAX_ROWS

struct _SwTimelineLayout
{
  GObject            parent_instance;

  GPtrArray         *documents;    /* SwDocument*, entries may be NULL */
  GPtrArray         *extractions;  /* SwExtraction* */
  GArray            *document_times; /* double, NAN when a document has no date */

  GArray            *entries;      /* SwTimelineEntry */
  guint              n_undated;

  GPtrArray         *actor_names;  /* char* */
  GHashTable        *actor_keys;   /* casefolded name → id + 1 */
  GPtrArray         *actor_maps;   /* per document: GArray of int */
  GArray            *actor_colors; /* guint per actor */

  GPtrArray         *lanes;        /* SwTimelineLane*, in display order */

  SwTimelineMetrics  metrics;
  double             packed_spp;   /* 0 when the packing is stale */
  double             height;
};

G_DEFINE_FINAL_TYPE (SwTimelineLayout, sw_timeline_layout, G_TYPE_OBJECT)

void
sw_timeline_metrics_init (SwTimelineMetrics *metrics)
{
  g_return_if_fail (metrics != NULL);

  metrics->axis_height = 44;
  metrics->lane_header = 18;
  metrics->row_height = 22;
  metrics->lane_gap = 6;
  metrics->density_height = 14;
  metrics->max_rows = 4;
  metrics->point_radius = 5;
  metrics->quote_width = 14;
  metrics->min_bar = 4;
  metrics->item_gap = 4;
  metrics->bin_width = 4;
  metrics->min_label_room = 40;
}

static void
entry_clear (SwTimelineEntry *entry)
{
  g_clear_pointer (&entry->label, g_free);
  g_clear_pointer (&entry->date_text, g_free);
  g_clear_pointer (&entry->date_value, g_free);
  g_clear_pointer (&entry->actors, g_array_unref);
}

static void
lane_free (SwTimelineLane *lane)
{
  g_free (lane->name);
  g_array_unref (lane->items);
  g_array_unref (lane->aggregates);
  g_free (lane);
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
sw_timeline_layout_finalize (GObject *object)
{
  SwTimelineLayout *self = SW_TIMELINE_LAYOUT (object);

  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->extractions, g_ptr_array_unref);
  g_clear_pointer (&self->document_times, g_array_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->actor_names, g_ptr_array_unref);
  g_clear_pointer (&self->actor_keys, g_hash_table_unref);
  g_clear_pointer (&self->actor_maps, g_ptr_array_unref);
  g_clear_pointer (&self->actor_colors, g_array_unref);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_timeline_layout_parent_class)->finalize (object);
}

static void
sw_timeline_layout_class_init (SwTimelineLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sw_timeline_layout_finalize;
}

static void
sw_timeline_layout_init (SwTimelineLayout *self)
{
  self->documents = g_ptr_array_new_with_free_func (unref_nullable);
  self->extractions = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_extraction_unref);
  self->document_times = g_array_new (FALSE, FALSE, sizeof (double));
  self->entries = g_array_new (FALSE, TRUE, sizeof (SwTimelineEntry));
  g_array_set_clear_func (self->entries, (GDestroyNotify)entry_clear);
  self->actor_names = g_ptr_array_new_with_free_func (g_free);
  self->actor_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->actor_maps = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  self->actor_colors = g_array_new (FALSE, TRUE, sizeof (guint));
  self->lanes = g_ptr_array_new_with_free_func ((GDestroyNotify)lane_free);
  sw_timeline_metrics_init (&self->metrics);
}

/* Dates ------------------------------------------------------------------ */

static gboolean
read_int (const char **p,
          guint        digits,
          int         *out)
{
  int v = 0;

  for (guint i = 0; i < digits; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }

  *p += digits;
  *out = v;
  return TRUE;
}

/**
 * sw_timeline_parse_date:
 * @value: a TIMEX3 calendar value: "2025", "2025-03", "2025-W12",
 *   "2025-Q1", "2025-03-18", "2025-03-18T14:30", "2025-03-18TMO"
 *
 * Sets [@start, @end) to the whole stretch the value names: a month-only
 * date is the month, not its first day.
 */
gboolean
sw_timeline_parse_date (const char    *value,
                        double        *start,
                        double        *end,
                        SwGranularity *granularity)
{
  const char *p = value;
  int year, month, day, hour, minute, second = 0;
  double s, e;
  SwGranularity g;

  if (value == NULL || !read_int (&p, 4, &year) || year < 1)
    return FALSE;

  if (*p == '\0')
    {
      s = sw_time_from_civil (year, 1, 1, 0, 0, 0);
      e = year < 9999 ? sw_time_from_civil (year + 1, 1, 1, 0, 0, 0) : SW_TIME_MAX;
      g = SW_GRANULARITY_YEAR;
    }
  else if (p[0] == '-' && p[1] == 'Q' && p[2] >= '1' && p[2] <= '4' && p[3] == '\0')
    {
      int q = p[2] - '1';

      s = sw_time_from_civil (year, 1 + 3 * q, 1, 0, 0, 0);
      e = q < 3 ? sw_time_from_civil (year, 4 + 3 * q, 1, 0, 0, 0)
                : sw_time_from_civil (year + 1, 1, 1, 0, 0, 0);
      g = SW_GRANULARITY_MONTH;
    }
  else if (p[0] == '-' && p[1] == 'W')
    {
      int week;
      double jan4;
      gint64 days;

      p += 2;
      if (!read_int (&p, 2, &week) || *p != '\0' || week < 1 || week > 53)
        return FALSE;

      /* ISO 8601: week 1 is the one holding the 4th of January. */
      jan4 = sw_time_from_civil (year, 1, 4, 0, 0, 0);
      days = (gint64)floor (jan4 / 86400.0);
      days -= ((days + 3) % 7 + 7) % 7;
      s = (double)days * 86400.0 + (week - 1) * 7 * 86400.0;
      e = s + 7 * 86400.0;
      g = SW_GRANULARITY_DAY;
    }
  else
    {
      if (*p++ != '-' || !read_int (&p, 2, &month) || month < 1 || month > 12)
        return FALSE;

      if (*p == '\0')
        {
          s = sw_time_from_civil (year, month, 1, 0, 0, 0);
          e = month < 12 ? sw_time_from_civil (year, month + 1, 1, 0, 0, 0)
                         : sw_time_from_civil (year + 1, 1, 1, 0, 0, 0);
          g = SW_GRANULARITY_MONTH;
        }
      else
        {
          if (*p++ != '-' || !read_int (&p, 2, &day))
            return FALSE;

          s = sw_time_from_civil (year, month, day, 0, 0, 0);
          if (isnan (s))
            return FALSE;

          if (*p == '\0')
            {
              e = s + 86400.0;
              g = SW_GRANULARITY_DAY;
            }
          else if (*p == 'T' && g_ascii_isalpha (p[1]))
            {
              /* TimeML parts of the day. */
              static const struct { const char *name; int from, to; } parts[] = {
                { "MO", 6, 12 }, { "MI", 11, 13 }, { "AF", 12, 18 },
                { "EV", 18, 22 }, { "NI", 21, 24 }, { "DT", 8, 18 },
              };
              guint i;

              for (i = 0; i < G_N_ELEMENTS (parts); i++)
                if (strcmp (p + 1, parts[i].name) == 0)
                  break;
              if (i == G_N_ELEMENTS (parts))
                return FALSE;

              e = s + parts[i].to * 3600.0;
              s += parts[i].from * 3600.0;
              g = SW_GRANULARITY_TIME;
            }
          else if (*p == 'T')
            {
              p++;
              if (!read_int (&p, 2, &hour) || *p++ != ':' || !read_int (&p, 2, &minute))
                return FALSE;
              if (*p == ':')
                {
                  p++;
                  if (!read_int (&p, 2, &second))
                    return FALSE;
                }
              if (hour > 24 || minute > 59 || second > 60)
                return FALSE;

              s += hour * 3600.0 + minute * 60.0 + second;
              e = s;
              g = SW_GRANULARITY_TIME;
            }
          else
            {
              return FALSE;
            }
        }
    }

  if (isnan (s) || isnan (e))
    return FALSE;

  *start = s;
  *end = e;
  if (granularity != NULL)
    *granularity = g;

  return TRUE;
}

/* Entries ---------------------------------------------------------------- */

static char *
text_excerpt (SwDocument *document,
              SwSpan      span,
              guint       max_chars)
{
  const char *text;
  g_autofree char *piece = NULL;
  GString *out;
  gboolean space = FALSE;
  guint n = 0;

  if (document == NULL || span.end <= span.start)
    return NULL;

  text = sw_document_get_text (document);
  if (text == NULL || span.end > sw_document_get_size (document))
    return NULL;

  piece = g_strndup (text + span.start, span.end - span.start);
  if (!g_utf8_validate (piece, -1, NULL))
    return NULL;

  /* One line, however the article wrapped it. */
  out = g_string_new (NULL);
  for (const char *p = piece; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }

      if (n >= max_chars)
        {
          g_string_append (out, "…");
          break;
        }

      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
      n++;
    }

  return g_string_free (out, FALSE);
}

static int
intern_actor (SwTimelineLayout *self,
              const char       *name)
{
  g_autofree char *normal = g_utf8_normalize (name != NULL ? name : "", -1, G_NORMALIZE_ALL);
  g_autofree char *key = g_utf8_casefold (normal != NULL ? normal : "", -1);
  gpointer found;

  if (g_hash_table_lookup_extended (self->actor_keys, key, NULL, &found))
    return GPOINTER_TO_INT (found) - 1;

  g_ptr_array_add (self->actor_names, g_strdup (name));
  g_hash_table_insert (self->actor_keys, g_steal_pointer (&key),
                       GINT_TO_POINTER ((int)self->actor_names->len));

  return (int)self->actor_names->len - 1;
}

static void
add_actor (GArray *actors,
           int     actor)
{
  if (actor < 0)
    return;

  for (guint i = 0; i < actors->len; i++)
    if (g_array_index (actors, int, i) == actor)
      return;

  g_array_append_val (actors, actor);
}

static int
map_actor (GArray *map,
           int     index)
{
  if (index < 0 || (guint)index >= map->len)
    return -1;

  return g_array_index (map, int, index);
}

static void
add_event_entry (SwTimelineLayout *self,
                 guint             d,
                 SwDocument       *document,
                 SwExtraction     *extraction,
                 GArray           *map,
                 guint             e,
                 gboolean         *quote_dated)
{
  const SwEvent *event = g_ptr_array_index (extraction->events, e);
  SwTimelineEntry entry = { 0 };
  double fs = 0, fe = 0, ts = 0, te = 0;
  SwGranularity fg = event->granularity, tg = event->granularity;
  gboolean has_from = sw_timeline_parse_date (event->date_from, &fs, &fe, &fg);
  gboolean has_to = sw_timeline_parse_date (event->date_to, &ts, &te, &tg);

  if (!has_from && !has_to)
    {
      self->n_undated++;
      return;
    }

  entry.kind = SW_TIMELINE_ITEM_EVENT;
  entry.document = d;
  entry.event = (int)e;
  entry.quote = SW_NO_INDEX;
  entry.span = event->span;
  entry.granularity = has_from ? fg : tg;
  entry.actors = g_array_new (FALSE, FALSE, sizeof (int));

  if (has_from)
    {
      entry.start = fs;
      entry.end = has_to ? MAX (te, fe) : fe;
      entry.approx_start = event->approx;
      /* Without a stated end, an event stated with a to-date that is not
       * a calendar value ("until further notice") stays open. */
      entry.approx_end = event->approx || (!has_to && event->date_to != NULL
                                           && g_strcmp0 (event->date_to, event->date_from) != 0);
    }
  else
    {
      entry.start = ts - OPEN_START_SECONDS;
      entry.end = te;
      entry.approx_start = TRUE;
      entry.approx_end = event->approx;
    }

  /* A point is what the reader can place on a day; anything longer is a
   * stretch, drawn as a bar over all of it. */
  if (entry.end - entry.start <= 86400.0 && entry.granularity >= SW_GRANULARITY_DAY)
    {
      entry.point = TRUE;
      if (entry.granularity == SW_GRANULARITY_DAY)
        entry.start = entry.end = entry.start + (entry.end - entry.start) / 2.0;
      else
        entry.end = entry.start;
    }

  if (event->date_from != NULL && event->date_to != NULL
      && g_strcmp0 (event->date_from, event->date_to) != 0)
    entry.date_value = g_strdup_printf ("%s/%s", event->date_from, event->date_to);
  else
    entry.date_value = g_strdup (event->date_from != NULL ? event->date_from : event->date_to);

  if (event->timex >= 0 && (guint)event->timex < extraction->timexes->len)
    {
      const SwTimex *timex = g_ptr_array_index (extraction->timexes, event->timex);
      entry.date_text = text_excerpt (document, timex->span, 60);
    }

  for (guint i = 0; i < event->actors->len; i++)
    add_actor (entry.actors, map_actor (map, g_array_index (event->actors, int, i)));

  if (event->quote >= 0 && (guint)event->quote < extraction->quotes->len)
    {
      const SwQuote *quote = g_ptr_array_index (extraction->quotes, event->quote);

      entry.kind = SW_TIMELINE_ITEM_QUOTE;
      entry.quote = event->quote;
      quote_dated[event->quote] = TRUE;
      for (guint i = 0; i < quote->speakers->len; i++)
        add_actor (entry.actors, map_actor (map, g_array_index (quote->speakers, int, i)));
    }

  entry.label = g_strdup (event->label != NULL ? event->label : "");
  g_array_append_val (self->entries, entry);
}

/* Double marks inside a quotation the label sets in double marks become
 * single ones, as nested quotations are written: “the deal ‘a first
 * step’”, not “the deal “a first step””. In place. */
static char *
inner_marks (char *text)
{
  for (char *p = text; *p != '\0'; p++)
    {
      /* “ and ” are E2 80 9C and E2 80 9D; ‘ and ’ are E2 80 98 and E2 80 99 */
      if ((guchar)p[0] == 0xE2 && (guchar)p[1] == 0x80 && ((guchar)p[2] == 0x9C || (guchar)p[2] == 0x9D))
        {
          p[2] = (char)((guchar)p[2] == 0x9C ? 0x98 : 0x99);
          p += 2;
        }
      else if (*p == '"')
        *p = '\'';
    }
  return text;
}

/* A statement no event dates was made, as far as the article tells, when
 * the article was written. */
static void
add_quote_entry (SwTimelineLayout *self,
                 guint             d,
                 SwDocument       *document,
                 SwExtraction     *extraction,
                 GArray           *map,
                 guint             q,
                 double            dct)
{
  const SwQuote *quote = g_ptr_array_index (extraction->quotes, q);
  SwTimelineEntry entry = { 0 };
  g_autofree char *excerpt = NULL;

  if (isnan (dct))
    {
      self->n_undated++;
      return;
    }

  entry.kind = SW_TIMELINE_ITEM_QUOTE;
  entry.document = d;
  entry.event = SW_NO_INDEX;
  entry.quote = (int)q;
  entry.span = quote->content;
  entry.granularity = SW_GRANULARITY_DAY;
  entry.start = entry.end = dct + 43200.0;
  entry.point = TRUE;
  entry.date_inferred = TRUE;
  entry.date_value = g_strdup (sw_document_get_dct (document));
  entry.actors = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < quote->speakers->len; i++)
    add_actor (entry.actors, map_actor (map, g_array_index (quote->speakers, int, i)));

  excerpt = text_excerpt (document, quote->content, 80);
  entry.label = excerpt != NULL ? g_strdup_printf ("“%s”", inner_marks (excerpt)) : g_strdup ("“…”");

  g_array_append_val (self->entries, entry);
}

/* Lanes ------------------------------------------------------------------ */

static SwTimelineLane *
lane_new (const char *name,
          int         actor)
{
  SwTimelineLane *lane = g_new0 (SwTimelineLane, 1);

  lane->name = g_strdup (name);
  lane->actor = actor;
  lane->visible = TRUE;
  lane->items = g_array_new (FALSE, TRUE, sizeof (SwTimelineItem));
  lane->aggregates = g_array_new (FALSE, TRUE, sizeof (SwTimelineItem));

  return lane;
}

static void
lane_add (SwTimelineLane        *lane,
          const SwTimelineEntry *entry,
          guint                  index)
{
  SwTimelineItem item = { 0 };

  item.kind = entry->kind;
  item.entry = index;
  item.actor = lane->actor;
  item.start = entry->start;
  item.end = entry->end;
  item.count = 1;
  g_array_append_val (lane->items, item);
  lane->n_entries++;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const SwTimelineItem *x = a;
  const SwTimelineItem *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  /* Longer first, so a bar is not pushed below the points it spans. */
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;

  return x->entry < y->entry ? -1 : (x->entry > y->entry);
}

static int
compare_lanes (gconstpointer a,
               gconstpointer b)
{
  const SwTimelineLane *x = *(SwTimelineLane * const *)a;
  const SwTimelineLane *y = *(SwTimelineLane * const *)b;

  if ((x->actor < 0) != (y->actor < 0))
    return x->actor < 0 ? -1 : 1;
  if (x->n_entries != y->n_entries)
    return x->n_entries > y->n_entries ? -1 : 1;

  return x->actor - y->actor;
}

static void
build_lanes (SwTimelineLayout *self)
{
  g_autoptr(GPtrArray) by_actor = g_ptr_array_new ();
  SwTimelineLane *all = lane_new (_("All events"), -1);

  g_ptr_array_set_size (by_actor, self->actor_names->len);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const SwTimelineEntry *entry = &g_array_index (self->entries, SwTimelineEntry, i);

      lane_add (all, entry, i);

      for (guint k = 0; k < entry->actors->len; k++)
        {
          int actor = g_array_index (entry->actors, int, k);
          SwTimelineLane *lane = g_ptr_array_index (by_actor, actor);

          if (lane == NULL)
            {
              lane = lane_new (g_ptr_array_index (self->actor_names, actor), actor);
              g_ptr_array_index (by_actor, actor) = lane;
            }

          lane_add (lane, entry, i);
        }
    }

  g_ptr_array_add (self->lanes, all);
  for (guint i = 0; i < by_actor->len; i++)
    if (g_ptr_array_index (by_actor, i) != NULL)
      g_ptr_array_add (self->lanes, g_ptr_array_index (by_actor, i));

  g_ptr_array_sort (self->lanes, compare_lanes);

  /* Colours go by rank, so that the busiest actors are told apart best;
   * actors without a lane share the neutral slot. */
  g_array_set_size (self->actor_colors, self->actor_names->len);
  for (guint i = 0; i < self->actor_colors->len; i++)
    g_array_index (self->actor_colors, guint, i) = G_MAXUINT;

  for (guint i = 0; i < self->lanes->len; i++)
    {
      SwTimelineLane *lane = g_ptr_array_index (self->lanes, i);

      g_array_sort (lane->items, compare_items);
      lane->color = lane->actor < 0 ? G_MAXUINT : i - 1;
      if (lane->actor >= 0)
        g_array_index (self->actor_colors, guint, lane->actor) = lane->color;
    }
}

/**
 * sw_timeline_layout_new:
 * @documents: (element-type SwDocument): one per extraction; an element
 *   may be %NULL, losing only its date and the words quoted
 * @extractions: (element-type SwExtraction): as many as @documents
 *
 * Actors of different documents with the same name (ignoring case) share
 * a lane. Layout actor ids follow the first document's actor order, so for
 * a single document they are the extraction's actor indices.
 */
SwTimelineLayout *
sw_timeline_layout_new (GPtrArray *documents,
                        GPtrArray *extractions)
{
  SwTimelineLayout *self;

  g_return_val_if_fail (extractions != NULL, NULL);
  g_return_val_if_fail (documents == NULL || documents->len == extractions->len, NULL);

  self = g_object_new (SW_TYPE_TIMELINE_LAYOUT, NULL);

  for (guint d = 0; d < extractions->len; d++)
    {
      SwDocument *document = documents != NULL ? g_ptr_array_index (documents, d) : NULL;
      SwExtraction *extraction = g_ptr_array_index (extractions, d);
      GArray *map = g_array_new (FALSE, FALSE, sizeof (int));
      g_autofree gboolean *quote_dated = NULL;
      double dct = NAN, dct_end;

      g_return_val_if_fail (extraction != NULL, NULL);

      /* NULL documents are kept as holes so indices stay aligned. */
      g_ptr_array_add (self->documents, document != NULL ? g_object_ref (document) : NULL);
      g_ptr_array_add (self->extractions, sw_extraction_ref (extraction));

      if (document != NULL && !sw_timeline_parse_date (sw_document_get_dct (document), &dct, &dct_end, NULL))
        dct = NAN;
      g_array_append_val (self->document_times, dct);

      for (guint a = 0; a < extraction->actors->len; a++)
        {
          const SwActor *actor = g_ptr_array_index (extraction->actors, a);
          int id = intern_actor (self, actor->name);

          g_array_append_val (map, id);
        }
      g_ptr_array_add (self->actor_maps, map);

      quote_dated = g_new0 (gboolean, extraction->quotes->len + 1);
      for (guint e = 0; e < extraction->events->len; e++)
        add_event_entry (self, d, document, extraction, map, e, quote_dated);
      for (guint q = 0; q < extraction->quotes->len; q++)
        if (!quote_dated[q])
          add_quote_entry (self, d, document, extraction, map, q, dct);
    }

  build_lanes (self);

  return self;
}

/* Accessors -------------------------------------------------------------- */

const SwTimelineMetrics *
sw_timeline_layout_get_metrics (SwTimelineLayout *self)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), NULL);
  return &self->metrics;
}

void
sw_timeline_layout_set_metrics (SwTimelineLayout        *self,
                                const SwTimelineMetrics *metrics)
{
  g_return_if_fail (SW_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (metrics != NULL);
  g_return_if_fail (metrics->max_rows > 0 && metrics->max_rows <= N_ROW_SLOTS);

  self->metrics = *metrics;
  self->packed_spp = 0;
}

guint
sw_timeline_layout_get_n_documents (SwTimelineLayout *self)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), 0);
  return self->extractions->len;
}

SwDocument *
sw_timeline_layout_get_document (SwTimelineLayout *self,
                                 guint             document)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), NULL);
  g_return_val_if_fail (document < self->documents->len, NULL);
  return g_ptr_array_index (self->documents, document);
}

SwExtraction *
sw_timeline_layout_get_extraction (SwTimelineLayout *self,
                                   guint             document)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), NULL);
  g_return_val_if_fail (document < self->extractions->len, NULL);
  return g_ptr_array_index (self->extractions, document);
}

/* The start of the day the document is dated. */
gboolean
sw_timeline_layout_get_document_time (SwTimelineLayout *self,
                                      guint             document,
                                      double           *time)
{
  double t;

  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), FALSE);
  g_return_val_if_fail (document < self->document_times->len, FALSE);

  t = g_array_index (self->document_times, double, document);
  if (isnan (t))
    return FALSE;

  if (time != NULL)
    *time = t;
  return TRUE;
}

guint
sw_timeline_layout_get_n_entries (SwTimelineLayout *self)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), 0);
  return self->entries->len;
}

const SwTimelineEntry *
sw_timeline_layout_get_entry (SwTimelineLayout *self,
                              guint             entry)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), NULL);
  g_return_val_if_fail (entry < self->entries->len, NULL);
  return &g_array_index (self->entries, SwTimelineEntry, entry);
}

guint
sw_timeline_layout_get_n_undated (SwTimelineLayout *self)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), 0);
  return self->n_undated;
}

/* The stretch holding every entry and every document date. */
gboolean
sw_timeline_layout_get_extent (SwTimelineLayout *self,
                               double           *start,
                               double           *end)
{
  double s = INFINITY, e = -INFINITY;

  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const SwTimelineEntry *entry = &g_array_index (self->entries, SwTimelineEntry, i);

      s = MIN (s, entry->start);
      e = MAX (e, entry->end);
    }

  for (guint i = 0; i < self->document_times->len; i++)
    {
      double t = g_array_index (self->document_times, double, i);

      if (!isnan (t))
        {
          s = MIN (s, t);
          e = MAX (e, t + 86400.0);
        }
    }

  if (s > e)
    return FALSE;

  if (start != NULL)
    *start = s;
  if (end != NULL)
    *end = e;

  return TRUE;
}

guint
sw_timeline_layout_get_n_actors (SwTimelineLayout *self)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), 0);
  return self->actor_names->len;
}

const char *
sw_timeline_layout_get_actor_name (SwTimelineLayout *self,
                                   int               actor)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), NULL);

  if (actor < 0 || (guint)actor >= self->actor_names->len)
    return NULL;

  return g_ptr_array_index (self->actor_names, actor);
}

/* The palette slot of @actor's lane; G_MAXUINT for none. */
guint
sw_timeline_layout_get_actor_color (SwTimelineLayout *self,
                                    int               actor)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), G_MAXUINT);

  if (actor < 0 || (guint)actor >= self->actor_colors->len)
    return G_MAXUINT;

  return g_array_index (self->actor_colors, guint, actor);
}

int
sw_timeline_layout_map_actor (SwTimelineLayout *self,
                              guint             document,
                              int               actor_index)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), -1);

  if (document >= self->actor_maps->len)
    return -1;

  return map_actor (g_ptr_array_index (self->actor_maps, document), actor_index);
}

gboolean
sw_timeline_entry_has_actor (const SwTimelineEntry *entry,
                             int                    actor)
{
  g_return_val_if_fail (entry != NULL, FALSE);

  for (guint i = 0; i < entry->actors->len; i++)
    if (g_array_index (entry->actors, int, i) == actor)
      return TRUE;

  return FALSE;
}

guint
sw_timeline_layout_get_n_lanes (SwTimelineLayout *self)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), 0);
  return self->lanes->len;
}

const SwTimelineLane *
sw_timeline_layout_get_lane (SwTimelineLayout *self,
                             guint             position)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), NULL);
  g_return_val_if_fail (position < self->lanes->len, NULL);
  return g_ptr_array_index (self->lanes, position);
}

/* Returns the position of @actor's lane (-1: "All events"), or -1. */
int
sw_timeline_layout_find_lane (SwTimelineLayout *self,
                              int               actor)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), -1);

  for (guint i = 0; i < self->lanes->len; i++)
    if (((SwTimelineLane *)g_ptr_array_index (self->lanes, i))->actor == actor)
      return (int)i;

  return -1;
}

static void
relayout_vertically (SwTimelineLayout *self)
{
  const SwTimelineMetrics *m = &self->metrics;
  double y = 0;

  for (guint i = 0; i < self->lanes->len; i++)
    {
      SwTimelineLane *lane = g_ptr_array_index (self->lanes, i);

      lane->y = y;
      if (!lane->visible)
        {
          lane->height = 0;
          continue;
        }

      lane->height = m->lane_header + MAX (lane->n_rows, 1) * m->row_height
                     + (lane->n_aggregated > 0 ? m->density_height : 0) + m->lane_gap;
      y += lane->height;
    }

  self->height = m->axis_height + y;
}

void
sw_timeline_layout_set_lane_visible (SwTimelineLayout *self,
                                     int               actor,
                                     gboolean          visible)
{
  int pos;
  SwTimelineLane *lane;

  g_return_if_fail (SW_IS_TIMELINE_LAYOUT (self));

  pos = sw_timeline_layout_find_lane (self, actor);
  if (pos < 0)
    return;

  lane = g_ptr_array_index (self->lanes, pos);
  lane->visible = !!visible;
  relayout_vertically (self);
}

/* An expanded lane gives every item a row (up to SW_TIMELINE_MAX_ROWS),
 * for stacks that zooming cannot pull apart: many items on one day. */
void
sw_timeline_layout_set_lane_expanded (SwTimelineLayout *self,
                                      int               actor,
                                      gboolean          expanded)
{
  int pos;
  SwTimelineLane *lane;

  g_return_if_fail (SW_IS_TIMELINE_LAYOUT (self));

  pos = sw_timeline_layout_find_lane (self, actor);
  if (pos < 0)
    return;

  lane = g_ptr_array_index (self->lanes, pos);
  if (lane->expanded == !!expanded)
    return;

  lane->expanded = !!expanded;
  self->packed_spp = 0;
}

/**
 * sw_timeline_layout_lookup_lane:
 * @y: as for sw_timeline_layout_lookup_item()
 * @in_header: (out) (optional): whether @y is on the lane's name
 *
 * Returns: the position of the lane at @y, or -1
 */
int
sw_timeline_layout_lookup_lane (SwTimelineLayout *self,
                                double            y,
                                gboolean         *in_header)
{
  double ly;

  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), -1);

  ly = y - self->metrics.axis_height;
  if (ly < 0)
    return -1;

  for (guint i = 0; i < self->lanes->len; i++)
    {
      const SwTimelineLane *lane = g_ptr_array_index (self->lanes, i);

      if (lane->visible && ly >= lane->y && ly < lane->y + lane->height)
        {
          if (in_header != NULL)
            *in_header = ly < lane->y + self->metrics.lane_header;
          return (int)i;
        }
    }

  return -1;
}

void
sw_timeline_layout_move_lane (SwTimelineLayout *self,
                              int               actor,
                              guint             position)
{
  int pos;
  SwTimelineLane *lane;

  g_return_if_fail (SW_IS_TIMELINE_LAYOUT (self));

  pos = sw_timeline_layout_find_lane (self, actor);
  if (pos < 0)
    return;

  position = MIN (position, self->lanes->len - 1);
  lane = g_ptr_array_steal_index (self->lanes, pos);
  g_ptr_array_insert (self->lanes, (int)position, lane);
  relayout_vertically (self);
}

/**
 * sw_timeline_layout_set_filter:
 * @text: (nullable): entries whose label, date or actors contain it
 *   (ignoring case) stay; %NULL or "" keeps all
 */
void
sw_timeline_layout_set_filter (SwTimelineLayout *self,
                               gboolean          events,
                               gboolean          quotes,
                               const char       *text)
{
  g_autofree char *needle = NULL;

  g_return_if_fail (SW_IS_TIMELINE_LAYOUT (self));

  if (text != NULL && text[0] != '\0')
    needle = g_utf8_casefold (text, -1);

  for (guint i = 0; i < self->entries->len; i++)
    {
      SwTimelineEntry *entry = &g_array_index (self->entries, SwTimelineEntry, i);
      gboolean keep = entry->kind == SW_TIMELINE_ITEM_QUOTE ? quotes : events;

      if (keep && needle != NULL)
        {
          g_autofree char *hay = g_utf8_casefold (entry->label, -1);

          g_autofree char *date = entry->date_text != NULL ? g_utf8_casefold (entry->date_text, -1) : NULL;

          keep = strstr (hay, needle) != NULL || (date != NULL && strstr (date, needle) != NULL);

          for (guint k = 0; !keep && k < entry->actors->len; k++)
            {
              g_autofree char *name = g_utf8_casefold (g_ptr_array_index (self->actor_names,
                                                                          g_array_index (entry->actors, int, k)), -1);
              keep = strstr (name, needle) != NULL;
            }
        }

      entry->hidden = !keep;
    }

  self->packed_spp = 0;
}

/* Packing ---------------------------------------------------------------- */

static double
item_center (const SwTimelineItem *item)
{
  return item->start + (item->end - item->start) / 2.0;
}

static int
compare_aggregates (gconstpointer a,
                    gconstpointer b)
{
  const SwTimelineItem *x = a;
  const SwTimelineItem *y = b;

  return x->x0 < y->x0 ? -1 : (x->x0 > y->x0);
}

/* First fit over a few rows, in pixels at this zoom: an item takes the
 * first row whose last item ends before it (with a gap); when every row is
 * taken it is counted in the density strip instead. */
static void
pack_lane (SwTimelineLayout *self,
           SwTimelineLane   *lane,
           double            spp)
{
  const SwTimelineMetrics *m = &self->metrics;
  double row_end[N_ROW_SLOTS];
  int row_last[N_ROW_SLOTS];
  guint max_rows = lane->expanded ? N_ROW_SLOTS : MIN (m->max_rows, N_ROW_SLOTS);
  SwTimelineItem *items = (SwTimelineItem *)(void *)lane->items->data;
  guint used_rows = 0;

  for (guint r = 0; r < max_rows; r++)
    {
      row_end[r] = -INFINITY;
      row_last[r] = -1;
    }

  g_array_set_size (lane->aggregates, 0);
  lane->n_aggregated = 0;
  lane->max_width = 0;

  for (guint i = 0; i < lane->items->len; i++)
    {
      SwTimelineItem *item = &items[i];
      const SwTimelineEntry *entry = &g_array_index (self->entries, SwTimelineEntry, item->entry);
      guint r;

      item->packed = FALSE;
      item->next_x = INFINITY;
      if (entry->hidden)
        continue;

      if (entry->point)
        {
          double c = item->start / spp;
          double half = item->kind == SW_TIMELINE_ITEM_QUOTE ? m->quote_width / 2 : m->point_radius;

          item->x0 = c - half;
          item->x1 = c + half;
        }
      else
        {
          item->x0 = item->start / spp;
          item->x1 = MAX (item->end / spp, item->x0 + m->min_bar);
        }

      for (r = 0; r < max_rows; r++)
        if (row_end[r] + m->item_gap <= item->x0)
          break;

      if (r < max_rows)
        {
          item->packed = TRUE;
          item->row = r;
          if (row_last[r] >= 0)
            items[row_last[r]].next_x = item->x0;
          row_end[r] = item->x1;
          row_last[r] = (int)i;
          used_rows = MAX (used_rows, r + 1);
          lane->max_width = MAX (lane->max_width, item->x1 - item->start / spp);
        }
      else
        {
          double bin = floor (item_center (item) / spp / m->bin_width);
          SwTimelineItem *last = lane->aggregates->len > 0
            ? &g_array_index (lane->aggregates, SwTimelineItem, lane->aggregates->len - 1) : NULL;

          lane->n_aggregated++;
          if (last != NULL && last->x0 == bin * m->bin_width)
            {
              last->count++;
            }
          else
            {
              SwTimelineItem agg = { 0 };

              agg.kind = SW_TIMELINE_ITEM_AGGREGATE;
              agg.entry = G_MAXUINT;
              agg.actor = lane->actor;
              agg.count = 1;
              agg.x0 = bin * m->bin_width;
              agg.x1 = agg.x0 + m->bin_width;
              agg.start = agg.x0 * spp;
              agg.end = agg.x1 * spp;
              agg.next_x = INFINITY;
              g_array_append_val (lane->aggregates, agg);
            }
        }
    }

  lane->n_rows = used_rows;

  /* Items come by start, bins by centre: nearly the same order, so merge
   * the few bins that came out twice. */
  if (lane->aggregates->len > 1)
    {
      SwTimelineItem *aggs = (SwTimelineItem *)(void *)lane->aggregates->data;
      guint out = 0;

      g_array_sort (lane->aggregates, compare_aggregates);
      for (guint i = 1; i < lane->aggregates->len; i++)
        {
          if (aggs[i].x0 == aggs[out].x0)
            aggs[out].count += aggs[i].count;
          else
            aggs[++out] = aggs[i];
        }
      g_array_set_size (lane->aggregates, out + 1);
    }
}

/**
 * sw_timeline_layout_update:
 *
 * Packs every lane for the zoom of @scale if it changed; panning alone
 * costs nothing.
 */
void
sw_timeline_layout_update (SwTimelineLayout  *self,
                           const SwTimeScale *scale)
{
  double spp;

  g_return_if_fail (SW_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (scale != NULL);

  spp = sw_time_scale_get_seconds_per_pixel (scale);
  if (spp == self->packed_spp)
    return;

  for (guint i = 0; i < self->lanes->len; i++)
    pack_lane (self, g_ptr_array_index (self->lanes, i), spp);

  self->packed_spp = spp;
  relayout_vertically (self);
}

/* The height of the axis and every visible lane, unscrolled. */
double
sw_timeline_layout_get_height (SwTimelineLayout *self)
{
  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), 0);

  if (self->packed_spp == 0)
    relayout_vertically (self);

  return self->height;
}

/* Hit testing ------------------------------------------------------------ */

/**
 * sw_timeline_lane_first_from:
 * @ax: a position in absolute pixels
 * @spp: seconds per pixel
 *
 * The index of the first item of @lane whose start lies at or after @ax,
 * by halves: the items are in time order.
 */
guint
sw_timeline_lane_first_from (const SwTimelineLane *lane,
                             double                ax,
                             double                spp)
{
  const SwTimelineItem *items = (const SwTimelineItem *)(const void *)lane->items->data;
  guint lo = 0, hi = lane->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (items[mid].start / spp < ax)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static double
row_top (const SwTimelineMetrics *m,
         const SwTimelineLane    *lane,
         guint                    row)
{
  return m->axis_height + lane->y + m->lane_header + row * m->row_height;
}

/**
 * sw_timeline_layout_lookup_item:
 * @x: pixels from the left of @scale's width
 * @y: pixels from the top of the axis, in the unscrolled layout (add the
 *   vertical scroll offset to a pointer's y first)
 *
 * Returns: (nullable): the item under (@x, @y). Where several are, a point
 * or a statement wins over a bar, a short bar over a long one: the small
 * target is the one the user aimed at. Density strips answer with an
 * aggregate. Valid until the next update at another zoom.
 */
const SwTimelineItem *
sw_timeline_layout_lookup_item (SwTimelineLayout  *self,
                                const SwTimeScale *scale,
                                double             x,
                                double             y)
{
  const SwTimelineMetrics *m = &self->metrics;
  const SwTimelineItem *best = NULL;
  double best_score = INFINITY;
  double spp, ax, ly;
  const double slop = 3.0;

  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), NULL);
  g_return_val_if_fail (scale != NULL, NULL);

  sw_timeline_layout_update (self, scale);

  if (y < m->axis_height || x < 0 || x > sw_time_scale_get_width (scale))
    return NULL;

  spp = self->packed_spp;
  ax = sw_time_scale_get_start (scale) / spp + x;
  ly = y - m->axis_height;

  for (guint i = 0; i < self->lanes->len; i++)
    {
      const SwTimelineLane *lane = g_ptr_array_index (self->lanes, i);
      const SwTimelineItem *items = (const SwTimelineItem *)(const void *)lane->items->data;
      double ry, strip_top;
      guint lo, row;

      if (!lane->visible || ly < lane->y || ly >= lane->y + lane->height)
        continue;

      ry = ly - lane->y - m->lane_header;
      strip_top = MAX (lane->n_rows, 1) * m->row_height;

      if (lane->n_aggregated > 0 && ry >= strip_top && ry < strip_top + m->density_height)
        {
          const SwTimelineItem *aggs = (const SwTimelineItem *)(const void *)lane->aggregates->data;

          for (guint k = 0; k < lane->aggregates->len; k++)
            if (ax >= aggs[k].x0 - 1 && ax < aggs[k].x1 + 1)
              return &aggs[k];

          return NULL;
        }

      if (ry < 0 || ry >= lane->n_rows * m->row_height)
        return NULL;

      row = (guint)(ry / m->row_height);
      lo = sw_timeline_lane_first_from (lane, ax - lane->max_width - slop, spp);

      for (guint k = lo; k < lane->items->len; k++)
        {
          const SwTimelineItem *item = &items[k];
          double score;

          if (item->start / spp - m->quote_width - slop > ax)
            break;
          if (!item->packed || item->row != row)
            continue;
          if (ax < item->x0 - slop || ax > item->x1 + slop)
            continue;

          /* Points first; then the narrowest; then the nearest. */
          score = (item->x1 - item->x0) + fabs (ax - (item->x0 + item->x1) / 2) * 0.01;
          if (!sw_timeline_layout_get_entry (self, item->entry)->point)
            score += 1e6;

          if (score < best_score)
            {
              best_score = score;
              best = item;
            }
        }

      return best;
    }

  return NULL;
}

/* The rectangle @item takes, in the coordinates lookup_item() takes. */
gboolean
sw_timeline_layout_get_item_rect (SwTimelineLayout     *self,
                                  const SwTimeScale    *scale,
                                  const SwTimelineItem *item,
                                  double               *x,
                                  double               *y,
                                  double               *width,
                                  double               *height)
{
  const SwTimelineMetrics *m = &self->metrics;
  const SwTimelineLane *lane;
  double origin;
  int pos;

  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  sw_timeline_layout_update (self, scale);

  pos = sw_timeline_layout_find_lane (self, item->actor);
  if (pos < 0)
    return FALSE;

  lane = g_ptr_array_index (self->lanes, pos);
  if (!lane->visible || (item->kind != SW_TIMELINE_ITEM_AGGREGATE && !item->packed))
    return FALSE;

  origin = sw_time_scale_get_start (scale) / self->packed_spp;
  *x = item->x0 - origin;
  *width = item->x1 - item->x0;

  if (item->kind == SW_TIMELINE_ITEM_AGGREGATE)
    {
      *y = m->axis_height + lane->y + m->lane_header + MAX (lane->n_rows, 1) * m->row_height;
      *height = m->density_height;
    }
  else
    {
      *y = row_top (m, lane, item->row);
      *height = m->row_height;
    }

  return TRUE;
}

/* The item showing @entry in @actor's lane (-1: "All events"). */
const SwTimelineItem *
sw_timeline_layout_find_item (SwTimelineLayout *self,
                              guint             entry,
                              int               actor)
{
  const SwTimelineLane *lane;
  const SwTimelineEntry *e;
  const SwTimelineItem *items;
  guint lo, hi;
  int pos;

  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (self), NULL);

  if (entry >= self->entries->len)
    return NULL;

  pos = sw_timeline_layout_find_lane (self, actor);
  if (pos < 0)
    return NULL;

  lane = g_ptr_array_index (self->lanes, pos);
  e = &g_array_index (self->entries, SwTimelineEntry, entry);
  items = (const SwTimelineItem *)(const void *)lane->items->data;

  /* Items are sorted by start: find the first with this start, then look
   * among the few that share it. */
  lo = 0;
  hi = lane->items->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (items[mid].start < e->start)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i < lane->items->len && items[i].start == e->start; i++)
    if (items[i].entry == entry)
      return &items[i];

  return NULL;
}
