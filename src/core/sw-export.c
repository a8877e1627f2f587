/* sw-export.c: data out: contract JSON, CSV and TimelineJS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every format is written from the articles' current extractions, so an
 * export carries the user's corrections. Offsets in the CSV files are code
 * points, as in the contract.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sw-article.h"
#include "sw-export.h"
#include "sw-json.h"

static const struct
{
  const char *name;
  const char *extension;
  const char *mime_type;
} formats[] = {
  [SW_EXPORT_JSON] = { "json", ".jsonl", "application/jsonl" },
  [SW_EXPORT_CSV_QUOTES] = { "csv-quotes", ".csv", "text/csv" },
  [SW_EXPORT_CSV_EVENTS] = { "csv-events", ".csv", "text/csv" },
  [SW_EXPORT_TIMELINEJS] = { "timelinejs", ".json", "application/json" },
};

gboolean
sw_export_format_from_string (const char     *name,
                              SwExportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats) && name != NULL; i++)
    if (strcmp (formats[i].name, name) == 0)
      {
        *format = i;
        return TRUE;
      }

  return FALSE;
}

const char *
sw_export_format_to_string (SwExportFormat format)
{
  g_return_val_if_fail ((guint)format < G_N_ELEMENTS (formats), NULL);
  return formats[format].name;
}

/* The usual file name ending, for a save dialog's suggested name. */
const char *
sw_export_format_get_extension (SwExportFormat format)
{
  g_return_val_if_fail ((guint)format < G_N_ELEMENTS (formats), NULL);
  return formats[format].extension;
}

/* For a GtkFileFilter. */
const char *
sw_export_format_get_mime_type (SwExportFormat format)
{
  g_return_val_if_fail ((guint)format < G_N_ELEMENTS (formats), NULL);
  return formats[format].mime_type;
}

typedef struct
{
  SwDocument   *document;
  SwExtraction *extraction;
} Item;

static void
item_clear (Item *item)
{
  g_clear_object (&item->document);
  g_clear_pointer (&item->extraction, sw_extraction_unref);
}

/* What an export reads, taken on the caller's thread: an extraction is
 * replaced, never changed, when the user corrects it, so holding a
 * reference is a consistent snapshot. */
static GArray *
snapshot (GListModel *articles)
{
  guint n = g_list_model_get_n_items (articles);
  GArray *items = g_array_sized_new (FALSE, TRUE, sizeof (Item), n);

  g_array_set_clear_func (items, (GDestroyNotify)item_clear);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SwArticle) article = g_list_model_get_item (articles, i);
      Item item;

      item.document = g_object_ref (sw_article_get_document (article));
      item.extraction = sw_extraction_ref (sw_article_get_extraction (article));
      g_array_append_val (items, item);
    }

  return items;
}

static const char *
article_name (SwDocument *doc)
{
  if (sw_document_get_path (doc) != NULL)
    return sw_document_get_path (doc);
  if (sw_document_get_title (doc) != NULL)
    return sw_document_get_title (doc);
  return "";
}

/* --- CSV --------------------------------------------------------------- */

/* RFC 4180: a field with a comma, a double quote or a line break is put
 * in double quotes, and a double quote inside is written twice. Fields
 * with spaces at either end are quoted too, since some readers trim. */
static void
csv_field (GString    *out,
           const char *value,
           gboolean    last)
{
  gsize len = value ? strlen (value) : 0;
  gboolean quote = len > 0 && (strpbrk (value, ",\"\r\n") != NULL ||
                               value[0] == ' ' || value[len - 1] == ' ');

  if (quote)
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else if (value != NULL)
    g_string_append (out, value);

  g_string_append (out, last ? "\r\n" : ",");
}

static void
csv_uint (GString *out,
          gsize    value,
          gboolean last)
{
  g_string_append_printf (out, "%" G_GSIZE_FORMAT "%s", value, last ? "\r\n" : ",");
}

static char *
span_text (SwDocument *doc,
           SwSpan      span)
{
  gsize size = sw_document_get_size (doc);

  span.end = MIN (span.end, size);
  span.start = MIN (span.start, span.end);
  return g_strndup (sw_document_get_text (doc) + span.start, span.end - span.start);
}

static const char *
actor_name (SwExtraction *ex,
            int           index)
{
  const SwActor *a;

  if (index < 0 || (guint)index >= ex->actors->len)
    return NULL;

  a = g_ptr_array_index (ex->actors, index);
  return a->name;
}

/* Several names in one field, "; " apart: names often hold commas. */
static char *
actor_names (SwExtraction *ex,
             GArray       *indices)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < indices->len; i++)
    {
      const char *name = actor_name (ex, g_array_index (indices, int, i));

      if (name == NULL)
        continue;
      if (s->len > 0)
        g_string_append (s, "; ");
      g_string_append (s, name);
    }

  return g_string_free (s, FALSE);
}

static void
write_csv_quotes (GString *out,
                  GArray  *items)
{
  g_string_append (out, "article,speakers,quote,kind,cue,addressee,medium,start,end\r\n");

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      SwExtraction *ex = item->extraction;

      for (guint k = 0; k < ex->quotes->len; k++)
        {
          const SwQuote *q = g_ptr_array_index (ex->quotes, k);
          g_autofree char *speakers = actor_names (ex, q->speakers);
          g_autofree char *content = sw_quote_dup_text (q, sw_document_get_text (item->document),
                                                        sw_document_get_size (item->document));
          g_autofree char *cue = q->has_cue ? span_text (item->document, q->cue) : NULL;

          csv_field (out, article_name (item->document), FALSE);
          csv_field (out, speakers, FALSE);
          csv_field (out, content, FALSE);
          csv_field (out, sw_quote_kind_to_string (q->kind), FALSE);
          csv_field (out, cue, FALSE);
          csv_field (out, actor_name (ex, q->addressee), FALSE);
          csv_field (out, q->medium, FALSE);
          csv_uint (out, sw_document_byte_to_char (item->document, q->content.start), FALSE);
          csv_uint (out, sw_document_byte_to_char (item->document, q->content.end), TRUE);
        }
    }
}

static void
write_csv_events (GString *out,
                  GArray  *items)
{
  g_string_append (out, "article,date_from,date_to,granularity,approx,label,actors,sentence\r\n");

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      SwExtraction *ex = item->extraction;

      for (guint k = 0; k < ex->events->len; k++)
        {
          const SwEvent *e = g_ptr_array_index (ex->events, k);
          g_autofree char *actors = actor_names (ex, e->actors);
          g_autofree char *sentence = span_text (item->document, e->span);
          gboolean dated = e->date_from != NULL;

          csv_field (out, article_name (item->document), FALSE);
          csv_field (out, e->date_from, FALSE);
          csv_field (out, dated ? (e->date_to ? e->date_to : e->date_from) : NULL, FALSE);
          csv_field (out, dated ? sw_granularity_to_string (e->granularity) : NULL, FALSE);
          csv_field (out, dated ? (e->approx ? "true" : "false") : NULL, FALSE);
          csv_field (out, e->label, FALSE);
          csv_field (out, actors, FALSE);
          csv_field (out, sentence, TRUE);
        }
    }
}

/* --- JSON Lines -------------------------------------------------------- */

static void
write_json_lines (GString *out,
                  GArray  *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      g_autofree char *line = sw_json_to_line (item->document, item->extraction, FALSE);

      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }
}

/* --- TimelineJS -------------------------------------------------------- */

typedef struct
{
  int  parts;   /* 1 year, 2 month, 3 day, 4 hour, 5 minute */
  int  year;
  int  month;
  int  day;
  int  hour;
  int  minute;
} Date;

/* The value of @n ASCII digits at @s, or -1. */
static int
digits (const char *s,
        int         n)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return -1;
      v = v * 10 + (s[i] - '0');
    }

  return v;
}

/* As much of an ISO 8601 date as is there: "2025", "2025-03",
 * "2025-03-18", "2025-03-18T14:30". TIMEX3 values that are not calendar
 * dates ("2025-W12", "XXXX-03") keep their leading year, if they have one.
 * @granularity caps the precision: a month-only date is not the first of
 * that month. */
static gboolean
parse_date (const char    *s,
            SwGranularity  granularity,
            Date          *d)
{
  gsize len = s ? strlen (s) : 0;
  int cap = granularity == SW_GRANULARITY_YEAR ? 1 :
            granularity == SW_GRANULARITY_MONTH ? 2 :
            granularity == SW_GRANULARITY_DAY ? 3 : 5;

  memset (d, 0, sizeof *d);

  if (len < 4 || (d->year = digits (s, 4)) <= 0)
    return FALSE;
  d->parts = 1;

  if (len >= 7 && s[4] == '-' && (d->month = digits (s + 5, 2)) >= 1 && d->month <= 12)
    {
      d->parts = 2;

      if (len >= 10 && s[7] == '-' && (d->day = digits (s + 8, 2)) >= 1 &&
          g_date_valid_dmy (d->day, d->month, d->year))
        {
          d->parts = 3;

          if (len >= 13 && s[10] == 'T' && (d->hour = digits (s + 11, 2)) >= 0 && d->hour < 24)
            {
              d->parts = 4;

              if (len >= 16 && s[13] == ':' && (d->minute = digits (s + 14, 2)) >= 0 && d->minute < 60)
                d->parts = 5;
            }
        }
    }

  d->parts = MIN (d->parts, cap);
  return TRUE;
}

static void
add_date (JsonBuilder *b,
          const char  *member,
          const Date  *d)
{
  const char *names[] = { "year", "month", "day", "hour", "minute" };
  const int values[] = { d->year, d->month, d->day, d->hour, d->minute };

  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  for (int i = 0; i < d->parts; i++)
    {
      json_builder_set_member_name (b, names[i]);
      json_builder_add_int_value (b, values[i]);
    }
  json_builder_end_object (b);
}

/* TimelineJS shows headline and text as HTML. */
static void
add_html (JsonBuilder *b,
          const char  *member,
          const char  *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);

  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, escaped);
}

static void
write_timelinejs (GString    *out,
                  GArray     *items,
                  const char *title)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  g_autofree char *summary = NULL;

  if (title == NULL && items->len == 1)
    title = sw_document_get_title (g_array_index (items, Item, 0).document);
  if (title == NULL)
    title = _("Timeline");

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %u article", "From %u articles", items->len),
                             items->len);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "title");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "text");
  json_builder_begin_object (b);
  add_html (b, "headline", title);
  add_html (b, "text", summary);
  json_builder_end_object (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "events");
  json_builder_begin_array (b);

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      SwExtraction *ex = item->extraction;
      const char *article_title = sw_document_get_title (item->document);

      for (guint k = 0; k < ex->events->len; k++)
        {
          const SwEvent *e = g_ptr_array_index (ex->events, k);
          g_autofree char *sentence = span_text (item->document, e->span);
          g_autofree char *body = NULL;
          g_autofree char *id = NULL;
          g_autofree char *escaped_sentence = NULL;
          g_autofree char *escaped_title = NULL;
          Date from, to;

          /* An undated event has no place on a timeline. */
          if (!parse_date (e->date_from, e->granularity, &from))
            continue;

          json_builder_begin_object (b);
          add_date (b, "start_date", &from);
          if (e->date_to != NULL && g_strcmp0 (e->date_to, e->date_from) != 0 &&
              parse_date (e->date_to, e->granularity, &to))
            add_date (b, "end_date", &to);

          if (e->approx)
            {
              g_autofree char *shown = g_strdup_printf (_("about %s"), e->date_from);

              json_builder_set_member_name (b, "display_date");
              json_builder_add_string_value (b, shown);
            }

          escaped_sentence = g_markup_escape_text (sentence, -1);
          escaped_title = g_markup_escape_text (article_title ? article_title : article_name (item->document), -1);
          body = g_strdup_printf ("%s<br><small>%s</small>", escaped_sentence, escaped_title);

          json_builder_set_member_name (b, "text");
          json_builder_begin_object (b);
          add_html (b, "headline", e->label ? e->label : sentence);
          json_builder_set_member_name (b, "text");
          json_builder_add_string_value (b, body);
          json_builder_end_object (b);

          /* Rows by the first actor, so one person's events line up. */
          if (e->actors->len > 0 && actor_name (ex, g_array_index (e->actors, int, 0)) != NULL)
            {
              json_builder_set_member_name (b, "group");
              json_builder_add_string_value (b, actor_name (ex, g_array_index (e->actors, int, 0)));
            }

          id = g_strdup_printf ("article%u-e%u", i + 1, k + 1);
          json_builder_set_member_name (b, "unique_id");
          json_builder_add_string_value (b, id);
          json_builder_end_object (b);
        }
    }

  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  data = json_generator_to_data (gen, NULL);
  g_string_append (out, data);
  g_string_append_c (out, '\n');
}

static GBytes *
export_items (SwExportFormat  format,
              GArray         *items,
              const char     *title)
{
  GString *out = g_string_sized_new (64 * 1024);

  switch (format)
    {
    case SW_EXPORT_JSON:
      write_json_lines (out, items);
      break;
    case SW_EXPORT_CSV_QUOTES:
      write_csv_quotes (out, items);
      break;
    case SW_EXPORT_CSV_EVENTS:
      write_csv_events (out, items);
      break;
    case SW_EXPORT_TIMELINEJS:
      write_timelinejs (out, items, title);
      break;
    default:
      g_assert_not_reached ();
    }

  return g_string_free_to_bytes (out);
}

/**
 * sw_export_to_bytes:
 * @articles: a #GListModel of #SwArticle
 * @title: (nullable): the timeline's title (TimelineJS only)
 */
GBytes *
sw_export_to_bytes (SwExportFormat  format,
                    GListModel     *articles,
                    const char     *title)
{
  g_autoptr(GArray) items = NULL;

  g_return_val_if_fail ((guint)format < G_N_ELEMENTS (formats), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (articles), NULL);

  items = snapshot (articles);
  return export_items (format, items, title);
}

gboolean
sw_export_write (SwExportFormat   format,
                 GListModel      *articles,
                 const char      *title,
                 GOutputStream   *stream,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  bytes = sw_export_to_bytes (format, articles, title);
  data = g_bytes_get_data (bytes, &size);

  return g_output_stream_write_all (stream, data, size, NULL, cancellable, error);
}

typedef struct
{
  SwExportFormat  format;
  GArray         *items;
  char           *title;
  GFile          *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_array_unref (job->items);
  g_free (job->title);
  g_object_unref (job->file);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GBytes) bytes = export_items (job->format, job->items, job->title);
  GError *error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  /* g_file_replace_contents writes beside the target and renames, so a
   * failed export never leaves half a file where a good one was. */
  if (g_file_replace_contents (job->file, data, size, NULL, FALSE,
                               G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sw_export_to_file_async:
 *
 * Takes the articles' current extractions now and writes @file in a
 * worker thread.
 */
void
sw_export_to_file_async (SwExportFormat       format,
                         GListModel          *articles,
                         const char          *title,
                         GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail ((guint)format < G_N_ELEMENTS (formats));
  g_return_if_fail (G_IS_LIST_MODEL (articles));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ExportJob, 1);
  job->format = format;
  job->items = snapshot (articles);
  job->title = g_strdup (title);
  job->file = g_object_ref (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_export_to_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify)export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
sw_export_to_file_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
