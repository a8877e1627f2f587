/* sw-item.c: one extracted thing (event, actor, quote, date) as a GObject
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tables, and later the drawn views, list items through GListModel;
 * an item points back into its article's extraction by index and carries
 * the strings the views sort and show, computed once.
 */
#define G_LOG_DOMAIN "sw-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-item.h"

#include <stdio.h>
#include <string.h>

struct _SwItem
{
  GObject     parent_instance;

  SwItemKind  kind;
  SwArticle  *article;
  guint       index;
  char       *label;
  char       *date;
  char       *date_display;
  char       *who;
  char       *detail;
  guint       start;   /* code points into the article's text */
  guint       end;
  guint       count;
};

G_DEFINE_FINAL_TYPE (SwItem, sw_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_DATE,
  PROP_DATE_DISPLAY,
  PROP_WHO,
  PROP_DETAIL,
  PROP_START,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sw_item_finalize (GObject *object)
{
  SwItem *self = (SwItem *)object;

  g_clear_object (&self->article);
  g_free (self->label);
  g_free (self->date);
  g_free (self->date_display);
  g_free (self->who);
  g_free (self->detail);

  G_OBJECT_CLASS (sw_item_parent_class)->finalize (object);
}

static void
sw_item_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SwItem *self = SW_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_DATE_DISPLAY:
      g_value_set_string (value, self->date_display ? self->date_display : self->date);
      break;
    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;
    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_item_class_init (SwItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sw_item_finalize;
  object_class->get_property = sw_item_get_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE_DISPLAY] =
    g_param_spec_string ("date-display", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_item_init (SwItem *self)
{
}

static SwItem *
item_new (SwItemKind  kind,
          SwArticle  *article,
          guint       index,
          SwSpan      span)
{
  SwItem *self = g_object_new (SW_TYPE_ITEM, NULL);
  SwDocument *doc = sw_article_get_document (article);

  self->kind = kind;
  self->article = g_object_ref (article);
  self->index = index;
  self->start = sw_document_byte_to_char (doc, span.start);
  self->end = sw_document_byte_to_char (doc, span.end);

  return self;
}

/* A calendar value as the user's locale writes it: the locale's own date
 * format for a day, the month's name for a month, the year alone; other
 * values (with a time, or underspecified) as they are. */
static char *
format_date (const char *iso)
{
  guint y = 0, m = 0, d = 0;
  char tail;
  g_autoptr(GDateTime) dt = NULL;

  if (iso == NULL)
    return g_strdup ("");

  if (sscanf (iso, "%4u-%2u-%2u%c", &y, &m, &d, &tail) == 3 && g_date_valid_dmy (d, m, y))
    {
      dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
      return g_date_time_format (dt, "%x");
    }
  if (strlen (iso) == 7 && sscanf (iso, "%4u-%2u%c", &y, &m, &tail) == 2 && m >= 1 && m <= 12 && y >= 1)
    {
      dt = g_date_time_new_utc (y, m, 1, 0, 0, 0);
      return g_date_time_format (dt, "%B %Y");
    }

  return g_strdup (iso);
}

static char *
span_text (SwDocument *doc,
           SwSpan      span)
{
  const char *text = sw_document_get_text (doc);
  gsize size = sw_document_get_size (doc);
  g_autofree char *raw = NULL;

  span.end = MIN (span.end, size);
  span.start = MIN (span.start, span.end);
  raw = g_strndup (text + span.start, span.end - span.start);

  /* One line in a table cell. */
  g_strdelimit (raw, "\r\n\t", ' ');
  return g_strdup (g_strstrip (raw));
}

char *
sw_item_describe_event (SwArticle *article,
                        guint      event)
{
  SwExtraction *ex;
  const SwEvent *e;
  g_autofree char *date = NULL;
  g_autofree char *sentence = NULL;

  g_return_val_if_fail (SW_IS_ARTICLE (article), NULL);

  ex = sw_article_get_extraction (article);
  if (event >= ex->events->len)
    return NULL;
  e = g_ptr_array_index (ex->events, event);
  sentence = span_text (sw_article_get_document (article), e->span);
  if (e->date_from == NULL)
    return g_steal_pointer (&sentence);
  date = format_date (e->date_from);
  /* Translators: a dated event behind a relation: its date, then the
   * words it came from */
  return g_strdup_printf (_("%s: %s"), date, sentence);
}

static char *
actor_names (SwExtraction *ex,
             GArray       *indices)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; indices != NULL && i < indices->len; i++)
    {
      int a = g_array_index (indices, int, i);

      if (a < 0 || (guint)a >= ex->actors->len)
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, ((SwActor *)g_ptr_array_index (ex->actors, a))->name);
    }

  return g_string_free (s, FALSE);
}

static void
collect_article (SwArticle  *article,
                 SwItemKind  kind,
                 GListStore *into)
{
  SwDocument *doc = sw_article_get_document (article);
  SwExtraction *ex = sw_article_get_extraction (article);

  switch (kind)
    {
    case SW_ITEM_EVENT:
      for (guint i = 0; i < ex->events->len; i++)
        {
          const SwEvent *e = g_ptr_array_index (ex->events, i);
          g_autoptr(SwItem) item = item_new (kind, article, i, e->span);

          item->label = g_strdup (e->label);
          if (e->date_from != NULL)
            {
              g_autofree char *from = format_date (e->date_from);
              g_autofree char *to = format_date (e->date_to);

              if (e->date_to != NULL && g_strcmp0 (e->date_to, e->date_from) != 0)
                item->date_display = g_strdup_printf ("%s – %s%s", from, to, e->approx ? " ≈" : "");
              else
                item->date_display = g_strdup_printf ("%s%s", from, e->approx ? " ≈" : "");
            }
          if (e->date_from == NULL)
            item->date = g_strdup ("");
          else if (e->date_to != NULL && g_strcmp0 (e->date_to, e->date_from) != 0)
            item->date = g_strdup_printf ("%s – %s%s", e->date_from, e->date_to, e->approx ? " ≈" : "");
          else
            item->date = g_strdup_printf ("%s%s", e->date_from, e->approx ? " ≈" : "");
          item->who = actor_names (ex, e->actors);
          item->detail = span_text (doc, e->span);
          g_list_store_append (into, item);
        }
      break;

    case SW_ITEM_ACTOR:
      for (guint i = 0; i < ex->actors->len; i++)
        {
          const SwActor *a = g_ptr_array_index (ex->actors, i);
          SwSpan first = { 0, 0 };
          g_autoptr(SwItem) item = NULL;
          g_autofree char *roles = NULL;
          guint said = 0;

          if (a->mentions->len > 0)
            first = g_array_index (a->mentions, SwSpan, 0);

          for (guint q = 0; q < ex->quotes->len; q++)
            {
              const SwQuote *quote = g_ptr_array_index (ex->quotes, q);

              for (guint s = 0; s < quote->speakers->len; s++)
                if (g_array_index (quote->speakers, int, s) == (int)i)
                  said++;
            }

          g_ptr_array_add (a->roles, NULL);
          roles = g_strjoinv (", ", (char **)a->roles->pdata);
          g_ptr_array_remove_index (a->roles, a->roles->len - 1);

          item = item_new (kind, article, i, first);
          item->label = g_strdup (a->name);
          item->who = g_strdup (sw_actor_kind_to_string (a->kind));
          item->detail = g_steal_pointer (&roles);
          item->date = g_strdup ("");
          item->count = said;
          g_list_store_append (into, item);
        }
      break;

    case SW_ITEM_QUOTE:
      for (guint i = 0; i < ex->quotes->len; i++)
        {
          const SwQuote *q = g_ptr_array_index (ex->quotes, i);
          g_autoptr(SwItem) item = item_new (kind, article, i, q->content);

          g_autofree char *words = sw_quote_dup_text (q, sw_document_get_text (doc), sw_document_get_size (doc));

          /* one line in a table cell */
          g_strdelimit (words, "\r\n\t", ' ');
          item->label = g_strdup (g_strstrip (words));
          item->who = actor_names (ex, q->speakers);
          /* "Experts on shipping said": no actor, but words that say who */
          if (item->who[0] == '\0' && q->has_speaker_mention)
            {
              g_free (item->who);
              item->who = span_text (doc, q->speaker_mention);
            }
          item->detail = g_strdup (sw_quote_kind_to_string (q->kind));
          item->date = g_strdup (q->medium != NULL ? q->medium : "");
          g_list_store_append (into, item);
        }
      break;

    case SW_ITEM_TIMEX:
      for (guint i = 0; i < ex->timexes->len; i++)
        {
          const SwTimex *t = g_ptr_array_index (ex->timexes, i);
          g_autoptr(SwItem) item = item_new (kind, article, i, t->span);

          item->label = span_text (doc, t->span);
          item->date = g_strdup (t->value);
          item->who = g_strdup (sw_timex_type_to_string (t->type));
          item->detail = g_strdup (t->mod);
          g_list_store_append (into, item);
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * sw_items_collect:
 * @articles: a list of #SwArticle
 * @into: a #GListStore of #SwItem, emptied first
 *
 * Lists every item of @kind across @articles, in article then text order.
 */
void
sw_items_collect (GListModel *articles,
                  SwItemKind  kind,
                  GListStore *into)
{
  g_autoptr(GListStore) fresh = NULL;
  guint n;

  g_return_if_fail (G_IS_LIST_MODEL (articles));
  g_return_if_fail (G_IS_LIST_STORE (into));

  fresh = g_list_store_new (SW_TYPE_ITEM);
  n = g_list_model_get_n_items (articles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SwArticle) article = g_list_model_get_item (articles, i);
      collect_article (article, kind, fresh);
    }

  /* One splice, one items-changed: the views rebuild once. */
  {
    guint n_new = g_list_model_get_n_items (G_LIST_MODEL (fresh));
    g_autofree gpointer *items = g_new (gpointer, n_new + 1);

    for (guint i = 0; i < n_new; i++)
      items[i] = g_list_model_get_item (G_LIST_MODEL (fresh), i);

    g_list_store_splice (into, 0, g_list_model_get_n_items (G_LIST_MODEL (into)), items, n_new);

    for (guint i = 0; i < n_new; i++)
      g_object_unref (items[i]);
  }
}

static gboolean
names_actor (SwExtraction *ex,
             GArray       *indices,
             const char   *name)
{
  for (guint i = 0; indices != NULL && i < indices->len; i++)
    {
      int a = g_array_index (indices, int, i);

      if (a >= 0 && (guint)a < ex->actors->len &&
          g_strcmp0 (((SwActor *)g_ptr_array_index (ex->actors, a))->name, name) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * sw_item_involves:
 * @actor_name: an actor's canonical name
 *
 * Whether the actor takes part in this item: an event's participant, a
 * quotation's speaker or addressee, or the actor itself. Names, not
 * indices, so that one actor is the same across articles.
 */
gboolean
sw_item_involves (SwItem     *self,
                  const char *actor_name)
{
  SwExtraction *ex;

  g_return_val_if_fail (SW_IS_ITEM (self), FALSE);

  if (actor_name == NULL)
    return FALSE;

  ex = sw_article_get_extraction (self->article);

  switch (self->kind)
    {
    case SW_ITEM_EVENT:
      return names_actor (ex, ((SwEvent *)g_ptr_array_index (ex->events, self->index))->actors, actor_name);

    case SW_ITEM_QUOTE:
      {
        SwQuote *q = g_ptr_array_index (ex->quotes, self->index);
        g_autoptr(GArray) addressee = g_array_new (FALSE, FALSE, sizeof (int));

        g_array_append_val (addressee, q->addressee);
        return names_actor (ex, q->speakers, actor_name) || names_actor (ex, addressee, actor_name);
      }

    case SW_ITEM_ACTOR:
      return g_strcmp0 (self->label, actor_name) == 0;

    case SW_ITEM_TIMEX:
    default:
      return FALSE;
    }
}

SwItemKind
sw_item_get_kind (SwItem *self)
{
  g_return_val_if_fail (SW_IS_ITEM (self), SW_ITEM_EVENT);
  return self->kind;
}

SwArticle *
sw_item_get_article (SwItem *self)
{
  g_return_val_if_fail (SW_IS_ITEM (self), NULL);
  return self->article;
}

guint
sw_item_get_index (SwItem *self)
{
  g_return_val_if_fail (SW_IS_ITEM (self), 0);
  return self->index;
}

const char *
sw_item_get_label (SwItem *self)
{
  g_return_val_if_fail (SW_IS_ITEM (self), NULL);
  return self->label;
}

const char *
sw_item_get_date (SwItem *self)
{
  g_return_val_if_fail (SW_IS_ITEM (self), NULL);
  return self->date;
}

const char *
sw_item_get_who (SwItem *self)
{
  g_return_val_if_fail (SW_IS_ITEM (self), NULL);
  return self->who;
}

const char *
sw_item_get_detail (SwItem *self)
{
  g_return_val_if_fail (SW_IS_ITEM (self), NULL);
  return self->detail;
}

guint
sw_item_get_start (SwItem *self)
{
  g_return_val_if_fail (SW_IS_ITEM (self), 0);
  return self->start;
}

guint
sw_item_get_end (SwItem *self)
{
  g_return_val_if_fail (SW_IS_ITEM (self), 0);
  return self->end;
}

guint
sw_item_get_count (SwItem *self)
{
  g_return_val_if_fail (SW_IS_ITEM (self), 0);
  return self->count;
}
