/* sw-extraction.c: what the extractors found in one document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-extraction"

#include "config.h"

#include "sw-extraction.h"

G_DEFINE_BOXED_TYPE (SwExtraction, sw_extraction, sw_extraction_ref, sw_extraction_unref)

SwExtraction *
sw_extraction_new (void)
{
  SwExtraction *self = g_atomic_rc_box_new0 (SwExtraction);

  self->timexes = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_timex_free);
  self->actors = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_actor_free);
  self->quotes = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_quote_free);
  self->events = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_event_free);
  self->relations = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_relation_free);

  return self;
}

SwExtraction *
sw_extraction_ref (SwExtraction *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

static void
sw_extraction_clear (SwExtraction *self)
{
  g_clear_pointer (&self->timexes, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->relations, g_ptr_array_unref);
}

void
sw_extraction_unref (SwExtraction *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify)sw_extraction_clear);
}

static GArray *
int_array_copy (GArray *array)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (int), array->len);

  g_array_append_vals (copy, array->data, array->len);
  return copy;
}

/**
 * sw_extraction_copy:
 *
 * Returns a deep copy that shares nothing with @self, so that corrections
 * can be applied to it while @self stays what the extractors produced.
 */
SwExtraction *
sw_extraction_copy (SwExtraction *self)
{
  SwExtraction *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = sw_extraction_new ();

  for (guint i = 0; i < self->timexes->len; i++)
    {
      const SwTimex *t = g_ptr_array_index (self->timexes, i);
      SwTimex *c = sw_timex_new (t->type, t->span.start, t->span.end, t->value);

      c->mod = g_strdup (t->mod);
      c->end_value = g_strdup (t->end_value);
      g_ptr_array_add (copy->timexes, c);
    }

  for (guint i = 0; i < self->actors->len; i++)
    {
      const SwActor *a = g_ptr_array_index (self->actors, i);
      SwActor *c = sw_actor_new (a->name, a->kind);

      for (guint r = 0; r < a->roles->len; r++)
        g_ptr_array_add (c->roles, g_strdup (g_ptr_array_index (a->roles, r)));
      g_array_append_vals (c->mentions, a->mentions->data, a->mentions->len);
      g_ptr_array_add (copy->actors, c);
    }

  for (guint i = 0; i < self->quotes->len; i++)
    {
      const SwQuote *q = g_ptr_array_index (self->quotes, i);
      SwQuote *c = sw_quote_new (q->kind);

      c->content = q->content;
      if (q->more != NULL)
        for (guint k = 0; k < q->more->len; k++)
          sw_quote_add_part (c, g_array_index (q->more, SwSpan, k));
      c->cue = q->cue;
      c->has_cue = q->has_cue;
      c->speaker_mention = q->speaker_mention;
      c->has_speaker_mention = q->has_speaker_mention;
      g_array_append_vals (c->speakers, q->speakers->data, q->speakers->len);
      c->addressee = q->addressee;
      c->medium = g_strdup (q->medium);
      g_ptr_array_add (copy->quotes, c);
    }

  for (guint i = 0; i < self->events->len; i++)
    {
      const SwEvent *e = g_ptr_array_index (self->events, i);
      SwEvent *c = sw_event_new (e->label, e->span.start, e->span.end);

      c->timex = e->timex;
      c->date_from = g_strdup (e->date_from);
      c->date_to = g_strdup (e->date_to);
      c->granularity = e->granularity;
      c->approx = e->approx;
      g_array_append_vals (c->actors, e->actors->data, e->actors->len);
      c->quote = e->quote;
      g_ptr_array_add (copy->events, c);
    }

  for (guint i = 0; i < self->relations->len; i++)
    {
      const SwRelation *r = g_ptr_array_index (self->relations, i);
      SwRelation *c = sw_relation_new (r->source, r->target, r->kind);

      c->weight = r->weight;
      g_array_unref (c->quotes);
      g_array_unref (c->events);
      c->quotes = int_array_copy (r->quotes);
      c->events = int_array_copy (r->events);
      g_ptr_array_add (copy->relations, c);
    }

  return copy;
}

SwTimex *
sw_timex_new (SwTimexType  type,
              guint        start,
              guint        end,
              const char  *value)
{
  SwTimex *timex = g_new0 (SwTimex, 1);

  timex->type = type;
  timex->span.start = start;
  timex->span.end = end;
  timex->value = g_strdup (value);

  return timex;
}

void
sw_timex_free (SwTimex *timex)
{
  if (timex == NULL)
    return;

  g_free (timex->value);
  g_free (timex->mod);
  g_free (timex->end_value);
  g_free (timex);
}

SwActor *
sw_actor_new (const char  *name,
              SwActorKind  kind)
{
  SwActor *actor = g_new0 (SwActor, 1);

  actor->name = g_strdup (name);
  actor->kind = kind;
  actor->roles = g_ptr_array_new_with_free_func (g_free);
  actor->mentions = g_array_new (FALSE, FALSE, sizeof (SwSpan));

  return actor;
}

void
sw_actor_free (SwActor *actor)
{
  if (actor == NULL)
    return;

  g_free (actor->name);
  g_ptr_array_unref (actor->roles);
  g_array_unref (actor->mentions);
  g_free (actor);
}

void
sw_actor_add_mention (SwActor *actor,
                      guint    start,
                      guint    end)
{
  SwSpan span = { start, end };

  g_return_if_fail (actor != NULL);
  g_return_if_fail (start <= end);

  for (guint i = 0; i < actor->mentions->len; i++)
    {
      const SwSpan *m = &g_array_index (actor->mentions, SwSpan, i);

      if (m->start == start && m->end == end)
        return;

      if (m->start > start)
        {
          g_array_insert_val (actor->mentions, i, span);
          return;
        }
    }

  g_array_append_val (actor->mentions, span);
}

void
sw_actor_add_role (SwActor    *actor,
                   const char *role)
{
  g_return_if_fail (actor != NULL);

  if (role == NULL || role[0] == '\0')
    return;

  for (guint i = 0; i < actor->roles->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (actor->roles, i), role) == 0)
      return;

  g_ptr_array_add (actor->roles, g_strdup (role));
}

SwQuote *
sw_quote_new (SwQuoteKind kind)
{
  SwQuote *quote = g_new0 (SwQuote, 1);

  quote->kind = kind;
  quote->speakers = g_array_new (FALSE, FALSE, sizeof (int));
  quote->addressee = SW_NO_INDEX;

  return quote;
}

void
sw_quote_free (SwQuote *quote)
{
  if (quote == NULL)
    return;

  g_array_unref (quote->speakers);
  g_clear_pointer (&quote->more, g_array_unref);
  g_free (quote->medium);
  g_free (quote);
}

/**
 * sw_quote_get_n_parts:
 *
 * How many pieces the content is in: one, unless the attribution breaks
 * into it (“…,” she said. “…”).
 */
guint
sw_quote_get_n_parts (const SwQuote *quote)
{
  return 1 + (quote->more != NULL ? quote->more->len : 0);
}

/* Piece @index of the content, the first being quote->content. */
SwSpan
sw_quote_get_part (const SwQuote *quote,
                   guint          index)
{
  g_return_val_if_fail (index < sw_quote_get_n_parts (quote), quote->content);

  return index == 0 ? quote->content : g_array_index (quote->more, SwSpan, index - 1);
}

/* Appends a further piece of the content, after the ones it has. */
void
sw_quote_add_part (SwQuote *quote,
                   SwSpan   span)
{
  if (quote->more == NULL)
    quote->more = g_array_new (FALSE, FALSE, sizeof (SwSpan));
  g_array_append_val (quote->more, span);
}

/**
 * sw_quote_dup_text:
 * @text: the document's text, which the spans index in bytes
 * @size: its length in bytes; pieces are cut to it
 *
 * The reported words, the pieces joined by an ellipsis where the
 * attribution broke in.
 */
char *
sw_quote_dup_text (const SwQuote *quote,
                   const char    *text,
                   gsize          size)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < sw_quote_get_n_parts (quote); i++)
    {
      SwSpan part = sw_quote_get_part (quote, i);

      part.end = MIN (part.end, size);
      part.start = MIN (part.start, part.end);
      if (i > 0)
        g_string_append (out, " … ");
      g_string_append_len (out, text + part.start, part.end - part.start);
    }
  return g_string_free (out, FALSE);
}

SwEvent *
sw_event_new (const char *label,
              guint       start,
              guint       end)
{
  SwEvent *event = g_new0 (SwEvent, 1);

  event->label = g_strdup (label);
  event->span.start = start;
  event->span.end = end;
  event->timex = SW_NO_INDEX;
  event->quote = SW_NO_INDEX;
  event->granularity = SW_GRANULARITY_DAY;
  event->actors = g_array_new (FALSE, FALSE, sizeof (int));

  return event;
}

void
sw_event_free (SwEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->label);
  g_free (event->date_from);
  g_free (event->date_to);
  g_array_unref (event->actors);
  g_free (event);
}

SwRelation *
sw_relation_new (int            source,
                 int            target,
                 SwRelationKind kind)
{
  SwRelation *relation = g_new0 (SwRelation, 1);

  relation->source = source;
  relation->target = target;
  relation->kind = kind;
  relation->quotes = g_array_new (FALSE, FALSE, sizeof (int));
  relation->events = g_array_new (FALSE, FALSE, sizeof (int));

  return relation;
}

void
sw_relation_free (SwRelation *relation)
{
  if (relation == NULL)
    return;

  g_array_unref (relation->quotes);
  g_array_unref (relation->events);
  g_free (relation);
}

const char *
sw_timex_type_to_string (SwTimexType type)
{
  static const char *names[] = { "DATE", "TIME", "DURATION", "SET" };
  g_return_val_if_fail ((guint)type < G_N_ELEMENTS (names), "DATE");
  return names[type];
}

const char *
sw_actor_kind_to_string (SwActorKind kind)
{
  static const char *names[] = { "person", "organization", "place", "group", "other" };
  g_return_val_if_fail ((guint)kind < G_N_ELEMENTS (names), "other");
  return names[kind];
}

const char *
sw_quote_kind_to_string (SwQuoteKind kind)
{
  static const char *names[] = { "direct", "indirect", "mixed" };
  g_return_val_if_fail ((guint)kind < G_N_ELEMENTS (names), "direct");
  return names[kind];
}

const char *
sw_granularity_to_string (SwGranularity granularity)
{
  static const char *names[] = { "year", "month", "day", "time" };
  g_return_val_if_fail ((guint)granularity < G_N_ELEMENTS (names), "day");
  return names[granularity];
}

const char *
sw_relation_kind_to_string (SwRelationKind kind)
{
  static const char *names[] = { "spoke_with", "said_about", "told", "joint_statement" };
  g_return_val_if_fail ((guint)kind < G_N_ELEMENTS (names), "spoke_with");
  return names[kind];
}
