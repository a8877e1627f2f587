/* sw-correction.c: a user's fix to what the extractor found, as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A correction never stores an index: the extractor that produced the
 * indices may be replaced by a better one, and the text may be loaded
 * again with a line inserted above. It stores what the user pointed at:
 * the words, their byte span and a little text on either side. Applying
 * looks for the item at the old span first, then for the same words with
 * the most similar surroundings nearest to the old offset.
 */
#define G_LOG_DOMAIN "sw-correction"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-correction.h"
#include "sw-extract.h"

/* Enough surrounding text to tell apart two occurrences of "he said". */
#define CONTEXT 32

/* Below this length a span with no matching context and several
 * occurrences is ambiguous; above it the words themselves are evidence. */
#define DISTINCTIVE_LENGTH 12

typedef struct
{
  guint  start;
  guint  end;
  char  *text;
  char  *before;
  char  *after;
} Anchor;

typedef struct
{
  char     *name;
  Anchor    mention;
  gboolean  has_mention;
} ActorRef;

struct _SwCorrection
{
  GObject           parent_instance;

  SwCorrectionKind  kind;

  char             *dct;
  Anchor            target;       /* event span, quote content, span marked as a quote */
  char             *target_label; /* the event's label when the user acted on it */
  ActorRef          actor;        /* renamed, merged into, split, speaker of a new quote */
  ActorRef          other;        /* merged away */
  GArray           *mentions;     /* Anchor: moved by a merge or a split */
  GPtrArray        *roles;        /* char*: roles that moved with them */
  char             *name;         /* new name; the split-off actor's name */
  SwActorKind       actor_kind;
  char             *label;
  char             *date_from;
  char             *date_to;
  SwGranularity     granularity;
  gboolean          approx;
  SwQuoteKind       quote_kind;
};

G_DEFINE_FINAL_TYPE (SwCorrection, sw_correction, G_TYPE_OBJECT)

G_DEFINE_QUARK (sw-correction-error-quark, sw_correction_error)

static const char *kind_names[] = {
  "set-dct", "event-date", "event-label", "rename-actor", "merge-actors",
  "split-actor", "delete-quote", "delete-event", "add-quote",
};

const char *
sw_correction_kind_to_string (SwCorrectionKind kind)
{
  g_return_val_if_fail ((guint)kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

static void
anchor_clear (Anchor *a)
{
  g_clear_pointer (&a->text, g_free);
  g_clear_pointer (&a->before, g_free);
  g_clear_pointer (&a->after, g_free);
  a->start = a->end = 0;
}

static void
anchor_copy (Anchor       *dst,
             const Anchor *src)
{
  dst->start = src->start;
  dst->end = src->end;
  dst->text = g_strdup (src->text);
  dst->before = g_strdup (src->before);
  dst->after = g_strdup (src->after);
}

static void
actor_ref_clear (ActorRef *ref)
{
  g_clear_pointer (&ref->name, g_free);
  anchor_clear (&ref->mention);
  ref->has_mention = FALSE;
}

static void
anchor_set (Anchor     *a,
            SwDocument *doc,
            SwSpan      span)
{
  const char *text = sw_document_get_text (doc);
  gsize size = sw_document_get_size (doc);
  gsize from, to;

  span.end = MIN (span.end, size);
  span.start = MIN (span.start, span.end);

  from = span.start > CONTEXT ? span.start - CONTEXT : 0;
  while (from < span.start && ((guchar)text[from] & 0xC0) == 0x80)
    from++;
  to = MIN ((gsize)span.end + CONTEXT, size);
  while (to > span.end && to < size && ((guchar)text[to] & 0xC0) == 0x80)
    to--;

  anchor_clear (a);
  a->start = span.start;
  a->end = span.end;
  a->text = g_strndup (text + span.start, span.end - span.start);
  a->before = g_strndup (text + from, span.start - from);
  a->after = g_strndup (text + span.end, to - span.end);
}

static guint
context_score (const Anchor *a,
               const char   *text,
               gsize         size,
               gsize         pos,
               gsize         len)
{
  gsize nb = a->before ? strlen (a->before) : 0;
  gsize na = a->after ? strlen (a->after) : 0;
  guint score = 0;

  for (gsize i = 1; i <= nb && i <= pos; i++, score++)
    if (a->before[nb - i] != text[pos - i])
      break;

  for (gsize i = 0; i < na && pos + len + i < size; i++, score++)
    if (a->after[i] != text[pos + len + i])
      break;

  return score;
}

/* Where the anchored words are in @doc now. Candidates are ranked by how
 * much of the remembered surroundings they share, then by how close they
 * are to the old offset, so an unchanged text resolves to the old span and
 * a text with a paragraph inserted above resolves to the shifted one. */
static gboolean
anchor_resolve (const Anchor *a,
                SwDocument   *doc,
                SwSpan       *out)
{
  const char *text = sw_document_get_text (doc);
  gsize size = sw_document_get_size (doc);
  gsize len, best_dist = G_MAXSIZE;
  gssize best = -1;
  guint best_score = 0, count = 0;

  if (a->text == NULL || a->text[0] == '\0')
    return FALSE;

  len = strlen (a->text);
  if (len > size)
    return FALSE;

  for (const char *p = strstr (text, a->text); p != NULL; p = strstr (p + 1, a->text))
    {
      gsize pos = p - text;
      guint score = context_score (a, text, size, pos, len);
      gsize dist = pos > a->start ? pos - a->start : a->start - pos;

      count++;
      if (best < 0 || score > best_score || (score == best_score && dist < best_dist))
        {
          best = pos;
          best_score = score;
          best_dist = dist;
        }
    }

  if (best < 0)
    return FALSE;

  if (count > 1 && best_score == 0 && best_dist != 0 && len < DISTINCTIVE_LENGTH)
    return FALSE;

  out->start = best;
  out->end = best + len;
  return TRUE;
}

static double
span_overlap (SwSpan a,
              SwSpan b)
{
  guint lo = MAX (a.start, b.start);
  guint hi = MIN (a.end, b.end);
  guint uni = MAX (a.end, b.end) - MIN (a.start, b.start);

  if (a.start == b.start && a.end == b.end)
    return 1.0;
  if (hi <= lo || uni == 0)
    return 0.0;

  return (double)(hi - lo) / uni;
}

static gboolean
spans_touch (SwSpan a,
             SwSpan b)
{
  return a.start < b.end && b.start < a.end;
}

/* --- construction ------------------------------------------------------ */

static void
sw_correction_finalize (GObject *object)
{
  SwCorrection *self = (SwCorrection *)object;

  g_free (self->dct);
  anchor_clear (&self->target);
  g_free (self->target_label);
  actor_ref_clear (&self->actor);
  actor_ref_clear (&self->other);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->roles, g_ptr_array_unref);
  g_free (self->name);
  g_free (self->label);
  g_free (self->date_from);
  g_free (self->date_to);

  G_OBJECT_CLASS (sw_correction_parent_class)->finalize (object);
}

static void
sw_correction_class_init (SwCorrectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sw_correction_finalize;
}

static void
sw_correction_init (SwCorrection *self)
{
  self->mentions = g_array_new (FALSE, TRUE, sizeof (Anchor));
  g_array_set_clear_func (self->mentions, (GDestroyNotify)anchor_clear);
  self->roles = g_ptr_array_new_with_free_func (g_free);
  self->actor_kind = SW_ACTOR_PERSON;
  self->granularity = SW_GRANULARITY_DAY;
}

static SwCorrection *
correction_new (SwCorrectionKind kind)
{
  SwCorrection *self = g_object_new (SW_TYPE_CORRECTION, NULL);

  self->kind = kind;
  return self;
}

/* The mention that names the actor best: one that spells its canonical
 * name if there is one, else the first. */
static void
actor_ref_set (ActorRef   *ref,
               SwDocument *doc,
               SwActor    *actor)
{
  const char *text = sw_document_get_text (doc);
  gsize size = sw_document_get_size (doc);
  int chosen = actor->mentions->len > 0 ? 0 : -1;

  actor_ref_clear (ref);
  ref->name = g_strdup (actor->name);

  for (guint i = 0; i < actor->mentions->len && actor->name != NULL; i++)
    {
      SwSpan m = g_array_index (actor->mentions, SwSpan, i);

      if (m.end <= size && m.end - m.start == strlen (actor->name) &&
          memcmp (text + m.start, actor->name, m.end - m.start) == 0)
        {
          chosen = i;
          break;
        }
    }

  if (chosen >= 0)
    {
      anchor_set (&ref->mention, doc, g_array_index (actor->mentions, SwSpan, chosen));
      ref->has_mention = TRUE;
    }
}

static void
target_event (SwCorrection *self,
              SwDocument   *doc,
              SwEvent      *event)
{
  anchor_set (&self->target, doc, event->span);
  self->target_label = g_strdup (event->label);
}

/**
 * sw_correction_new_set_dct:
 * @dct: (nullable): the reference date, as YYYY-MM-DD
 *
 * Resolves every relative expression of the article again against @dct:
 * applying it runs the extractors again with @dct as the user's option.
 */
SwCorrection *
sw_correction_new_set_dct (const char *dct)
{
  SwCorrection *self = correction_new (SW_CORRECTION_SET_DCT);

  self->dct = g_strdup (dct);
  return self;
}

SwCorrection *
sw_correction_new_event_date (SwDocument    *document,
                              SwExtraction  *extraction,
                              guint          event,
                              const char    *from,
                              const char    *to,
                              SwGranularity  granularity,
                              gboolean       approx)
{
  SwCorrection *self;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (event < extraction->events->len, NULL);

  self = correction_new (SW_CORRECTION_EVENT_DATE);
  target_event (self, document, g_ptr_array_index (extraction->events, event));
  self->date_from = g_strdup (from);
  self->date_to = g_strdup (from != NULL ? (to != NULL ? to : from) : NULL);
  self->granularity = granularity;
  self->approx = approx;

  return self;
}

SwCorrection *
sw_correction_new_event_label (SwDocument   *document,
                               SwExtraction *extraction,
                               guint         event,
                               const char   *label)
{
  SwCorrection *self;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (event < extraction->events->len, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  self = correction_new (SW_CORRECTION_EVENT_LABEL);
  target_event (self, document, g_ptr_array_index (extraction->events, event));
  self->label = g_strdup (label);

  return self;
}

SwCorrection *
sw_correction_new_rename_actor (SwDocument   *document,
                                SwExtraction *extraction,
                                guint         actor,
                                const char   *name)
{
  SwCorrection *self;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (actor < extraction->actors->len, NULL);
  g_return_val_if_fail (name != NULL && name[0] != '\0', NULL);

  self = correction_new (SW_CORRECTION_RENAME_ACTOR);
  actor_ref_set (&self->actor, document, g_ptr_array_index (extraction->actors, actor));
  self->name = g_strdup (name);

  return self;
}

static gboolean
has_role (SwActor    *actor,
          const char *role)
{
  for (guint i = 0; i < actor->roles->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (actor->roles, i), role) == 0)
      return TRUE;

  return FALSE;
}

/**
 * sw_correction_new_merge_actors:
 * @into: the actor that stays
 * @from: the actor whose mentions, roles and references move to @into
 *
 * Remembers every mention of @from, so that sw_correction_new_unmerge()
 * can split the two again later.
 */
SwCorrection *
sw_correction_new_merge_actors (SwDocument   *document,
                                SwExtraction *extraction,
                                guint         into,
                                guint         from)
{
  SwCorrection *self;
  SwActor *a, *b;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (into < extraction->actors->len, NULL);
  g_return_val_if_fail (from < extraction->actors->len, NULL);
  g_return_val_if_fail (into != from, NULL);

  a = g_ptr_array_index (extraction->actors, into);
  b = g_ptr_array_index (extraction->actors, from);

  self = correction_new (SW_CORRECTION_MERGE_ACTORS);
  actor_ref_set (&self->actor, document, a);
  actor_ref_set (&self->other, document, b);
  self->actor_kind = b->kind;

  for (guint i = 0; i < b->mentions->len; i++)
    {
      Anchor m = { 0 };

      anchor_set (&m, document, g_array_index (b->mentions, SwSpan, i));
      g_array_append_val (self->mentions, m);
    }

  for (guint i = 0; i < b->roles->len; i++)
    if (!has_role (a, g_ptr_array_index (b->roles, i)))
      g_ptr_array_add (self->roles, g_strdup (g_ptr_array_index (b->roles, i)));

  return self;
}

/**
 * sw_correction_new_split_actor:
 * @mentions: spans of @actor's mentions that belong to someone else
 * @name: that someone's name
 *
 * Moves @mentions out of @actor into a new actor called @name; quotations
 * and events follow the mentions that name their speaker or lie in them.
 */
SwCorrection *
sw_correction_new_split_actor (SwDocument   *document,
                               SwExtraction *extraction,
                               guint         actor,
                               const SwSpan *mentions,
                               guint         n_mentions,
                               const char   *name,
                               SwActorKind   kind)
{
  SwCorrection *self;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (actor < extraction->actors->len, NULL);
  g_return_val_if_fail (mentions != NULL && n_mentions > 0, NULL);
  g_return_val_if_fail (name != NULL && name[0] != '\0', NULL);

  self = correction_new (SW_CORRECTION_SPLIT_ACTOR);
  actor_ref_set (&self->actor, document, g_ptr_array_index (extraction->actors, actor));
  self->name = g_strdup (name);
  self->actor_kind = kind;

  for (guint i = 0; i < n_mentions; i++)
    {
      Anchor m = { 0 };

      anchor_set (&m, document, mentions[i]);
      g_array_append_val (self->mentions, m);
    }

  return self;
}

/**
 * sw_correction_new_unmerge:
 * @merge: an applied merge
 *
 * The split that undoes @merge as a correction of its own, for when other
 * corrections came after the merge and undoing it would undo them too.
 */
SwCorrection *
sw_correction_new_unmerge (SwCorrection *merge)
{
  SwCorrection *self;

  g_return_val_if_fail (SW_IS_CORRECTION (merge), NULL);
  g_return_val_if_fail (merge->kind == SW_CORRECTION_MERGE_ACTORS, NULL);
  g_return_val_if_fail (merge->mentions->len > 0, NULL);

  self = correction_new (SW_CORRECTION_SPLIT_ACTOR);
  self->actor.name = g_strdup (merge->actor.name);
  self->actor.has_mention = merge->actor.has_mention;
  if (merge->actor.has_mention)
    anchor_copy (&self->actor.mention, &merge->actor.mention);
  self->name = g_strdup (merge->other.name);
  self->actor_kind = merge->actor_kind;

  for (guint i = 0; i < merge->mentions->len; i++)
    {
      Anchor m = { 0 };

      anchor_copy (&m, &g_array_index (merge->mentions, Anchor, i));
      g_array_append_val (self->mentions, m);
    }

  for (guint i = 0; i < merge->roles->len; i++)
    g_ptr_array_add (self->roles, g_strdup (g_ptr_array_index (merge->roles, i)));

  return self;
}

SwCorrection *
sw_correction_new_delete_quote (SwDocument   *document,
                                SwExtraction *extraction,
                                guint         quote)
{
  SwCorrection *self;
  SwQuote *q;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (quote < extraction->quotes->len, NULL);

  q = g_ptr_array_index (extraction->quotes, quote);
  self = correction_new (SW_CORRECTION_DELETE_QUOTE);
  anchor_set (&self->target, document, q->content);

  return self;
}

SwCorrection *
sw_correction_new_delete_event (SwDocument   *document,
                                SwExtraction *extraction,
                                guint         event)
{
  SwCorrection *self;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (event < extraction->events->len, NULL);

  self = correction_new (SW_CORRECTION_DELETE_EVENT);
  target_event (self, document, g_ptr_array_index (extraction->events, event));

  return self;
}

/**
 * sw_correction_new_add_quote:
 * @start: byte offset of the quoted words
 * @end: byte offset just after them
 * @actor: the speaker's index, or %SW_NO_INDEX for a new actor
 * @new_actor_name: (nullable): the new actor's name when @actor is
 *   %SW_NO_INDEX
 *
 * Marks the selected words as a quotation by an actor. When the extractor
 * already has a quotation over most of those words, that one is corrected
 * instead of adding a second.
 */
SwCorrection *
sw_correction_new_add_quote (SwDocument   *document,
                             SwExtraction *extraction,
                             guint         start,
                             guint         end,
                             int           actor,
                             const char   *new_actor_name,
                             SwQuoteKind   kind)
{
  SwCorrection *self;
  SwSpan span = { start, end };

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (start < end && end <= sw_document_get_size (document), NULL);
  g_return_val_if_fail (actor == SW_NO_INDEX || (actor >= 0 && (guint)actor < extraction->actors->len), NULL);
  g_return_val_if_fail (actor != SW_NO_INDEX || (new_actor_name != NULL && new_actor_name[0] != '\0'), NULL);

  self = correction_new (SW_CORRECTION_ADD_QUOTE);
  anchor_set (&self->target, document, span);
  self->quote_kind = kind;

  if (actor != SW_NO_INDEX)
    {
      SwActor *a = g_ptr_array_index (extraction->actors, actor);

      actor_ref_set (&self->actor, document, a);
      self->actor_kind = a->kind;
    }
  else
    self->actor.name = g_strdup (new_actor_name);

  return self;
}

SwCorrectionKind
sw_correction_get_kind (SwCorrection *self)
{
  g_return_val_if_fail (SW_IS_CORRECTION (self), SW_CORRECTION_SET_DCT);
  return self->kind;
}

/* The reference date a set-dct correction sets, NULL for other kinds. */
const char *
sw_correction_get_dct (SwCorrection *self)
{
  g_return_val_if_fail (SW_IS_CORRECTION (self), NULL);
  return self->dct;
}

static char *
shorten (const char *text)
{
  g_autofree char *flat = NULL;

  if (text == NULL)
    return g_strdup ("");

  flat = g_strdup (text);
  g_strdelimit (flat, "\r\n\t", ' ');

  if (g_utf8_strlen (flat, -1) > 40)
    {
      g_autofree char *cut = g_utf8_substring (flat, 0, 39);
      return g_strconcat (cut, "…", NULL);
    }

  return g_steal_pointer (&flat);
}

/**
 * sw_correction_dup_description:
 *
 * A short sentence for the undo and redo menu items and their tooltips.
 */
char *
sw_correction_dup_description (SwCorrection *self)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (SW_IS_CORRECTION (self), NULL);

  switch (self->kind)
    {
    case SW_CORRECTION_SET_DCT:
      if (self->dct == NULL)
        return g_strdup (_("Clear Reference Date"));
      return g_strdup_printf (_("Set Reference Date to %s"), self->dct);
    case SW_CORRECTION_EVENT_DATE:
      a = shorten (self->target_label ? self->target_label : self->target.text);
      return g_strdup_printf (_("Change Date of “%s”"), a);
    case SW_CORRECTION_EVENT_LABEL:
      a = shorten (self->target_label ? self->target_label : self->target.text);
      b = shorten (self->label);
      return g_strdup_printf (_("Rename Event “%s” to “%s”"), a, b);
    case SW_CORRECTION_RENAME_ACTOR:
      a = shorten (self->actor.name);
      b = shorten (self->name);
      return g_strdup_printf (_("Rename “%s” to “%s”"), a, b);
    case SW_CORRECTION_MERGE_ACTORS:
      a = shorten (self->other.name);
      b = shorten (self->actor.name);
      return g_strdup_printf (_("Merge “%s” into “%s”"), a, b);
    case SW_CORRECTION_SPLIT_ACTOR:
      a = shorten (self->name);
      b = shorten (self->actor.name);
      return g_strdup_printf (_("Split “%s” from “%s”"), a, b);
    case SW_CORRECTION_DELETE_QUOTE:
      a = shorten (self->target.text);
      return g_strdup_printf (_("Delete Quotation “%s”"), a);
    case SW_CORRECTION_DELETE_EVENT:
      a = shorten (self->target_label ? self->target_label : self->target.text);
      return g_strdup_printf (_("Delete Event “%s”"), a);
    case SW_CORRECTION_ADD_QUOTE:
      a = shorten (self->actor.name);
      return g_strdup_printf (_("Mark Quotation by %s"), a);
    default:
      g_assert_not_reached ();
    }
}

/* --- finding the item again -------------------------------------------- */

static SwSpan
event_span (gpointer item)
{
  return ((SwEvent *)item)->span;
}

static SwSpan
quote_span (gpointer item)
{
  return ((SwQuote *)item)->content;
}

/* The item over the resolved span: the exact span if there is one,
 * otherwise the one sharing most of it (at least half). Among equals an
 * event whose label is still the one the user saw wins, since one
 * sentence may hold several events. */
static int
find_spanned (GPtrArray    *items,
              SwSpan      (*span_of) (gpointer),
              SwSpan        want,
              const char   *label)
{
  int best = -1;
  double best_score = 0.5;

  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      double score = span_overlap (span_of (item), want);

      if (score <= 0.0)
        continue;

      if (label != NULL && span_of == event_span &&
          g_strcmp0 (((SwEvent *)item)->label, label) == 0)
        score += 0.25;

      if (score >= best_score && (best < 0 || score > best_score))
        {
          best = i;
          best_score = score;
        }
    }

  return best;
}

static int
find_event (SwCorrection *self,
            SwDocument   *doc,
            SwExtraction *ex)
{
  SwSpan span;
  int found = -1, by_label = -1;
  guint n_label = 0;

  if (anchor_resolve (&self->target, doc, &span))
    found = find_spanned (ex->events, event_span, span, self->target_label);

  if (found >= 0)
    return found;

  /* The sentence was reworded or re-segmented, but an event with the same
   * label, if it is the only one, is still the one the user meant. */
  for (guint i = 0; i < ex->events->len && self->target_label != NULL; i++)
    if (g_strcmp0 (((SwEvent *)g_ptr_array_index (ex->events, i))->label, self->target_label) == 0)
      {
        by_label = i;
        n_label++;
      }

  return n_label == 1 ? by_label : -1;
}

static int
find_quote (SwCorrection *self,
            SwDocument   *doc,
            SwExtraction *ex)
{
  SwSpan span;

  if (!anchor_resolve (&self->target, doc, &span))
    return -1;

  return find_spanned (ex->quotes, quote_span, span, NULL);
}

static gboolean
actor_has_mention_in (SwActor *actor,
                      SwSpan   span)
{
  for (guint i = 0; i < actor->mentions->len; i++)
    if (spans_touch (g_array_index (actor->mentions, SwSpan, i), span))
      return TRUE;

  return FALSE;
}

/* By canonical name first (it survives re-extraction best, and earlier
 * renames have been replayed); by the remembered mention when the name is
 * shared or the new extractor spells the name differently. */
static int
find_actor (const ActorRef *ref,
            SwDocument     *doc,
            SwExtraction   *ex)
{
  SwSpan mention = { 0, 0 };
  gboolean has_mention = ref->has_mention && anchor_resolve (&ref->mention, doc, &mention);
  int first = -1, n_named = 0;

  for (guint i = 0; i < ex->actors->len && ref->name != NULL; i++)
    {
      SwActor *a = g_ptr_array_index (ex->actors, i);

      if (g_strcmp0 (a->name, ref->name) != 0)
        continue;

      if (first < 0)
        first = i;
      n_named++;

      if (has_mention && actor_has_mention_in (a, mention))
        return i;
    }

  if (n_named > 0)
    return first;

  if (has_mention)
    for (guint i = 0; i < ex->actors->len; i++)
      if (actor_has_mention_in (g_ptr_array_index (ex->actors, i), mention))
        return i;

  if (ref->name != NULL)
    {
      g_autofree char *want = g_utf8_casefold (ref->name, -1);

      for (guint i = 0; i < ex->actors->len; i++)
        {
          SwActor *a = g_ptr_array_index (ex->actors, i);
          g_autofree char *have = a->name ? g_utf8_casefold (a->name, -1) : NULL;

          if (g_strcmp0 (want, have) == 0)
            return i;
        }
    }

  return -1;
}

/* --- index surgery ----------------------------------------------------- */

static gboolean
int_array_contains (GArray *array,
                    int     value)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, int, i) == value)
      return TRUE;

  return FALSE;
}

/* Drops @removed and renumbers what came after it; returns how many were
 * dropped. */
static guint
int_array_remove_renumber (GArray *array,
                           int     removed)
{
  guint dropped = 0;

  for (guint i = array->len; i > 0; i--)
    {
      int *v = &g_array_index (array, int, i - 1);

      if (*v == removed)
        {
          g_array_remove_index (array, i - 1);
          dropped++;
        }
      else if (*v > removed)
        (*v)--;
    }

  return dropped;
}

/* Renumbers for an item inserted at @at. */
static void
int_array_shift_up (GArray *array,
                    int     at)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, int, i) >= at)
      g_array_index (array, int, i)++;
}

/* Replaces @from by @to, keeping the first occurrence only. */
static void
int_array_replace (GArray *array,
                   int     from,
                   int     to)
{
  gboolean seen = FALSE;

  for (guint i = 0; i < array->len;)
    {
      int *v = &g_array_index (array, int, i);

      if (*v == from)
        *v = to;

      if (*v == to)
        {
          if (seen)
            {
              g_array_remove_index (array, i);
              continue;
            }
          seen = TRUE;
        }
      i++;
    }
}

static void
int_array_add_unique (GArray *array,
                      int     value)
{
  if (!int_array_contains (array, value))
    g_array_append_val (array, value);
}

static void
int_array_sort (GArray *array)
{
  for (guint i = 1; i < array->len; i++)
    for (guint j = i; j > 0 && g_array_index (array, int, j - 1) > g_array_index (array, int, j); j--)
      {
        int t = g_array_index (array, int, j);

        g_array_index (array, int, j) = g_array_index (array, int, j - 1);
        g_array_index (array, int, j - 1) = t;
      }
}

/* A relation whose evidence is all gone goes too; one that never listed
 * evidence is left alone. */
static void
relation_lost_evidence (SwExtraction *ex,
                        guint         index,
                        guint         lost)
{
  SwRelation *r = g_ptr_array_index (ex->relations, index);

  if (lost == 0)
    return;

  if (r->quotes->len == 0 && r->events->len == 0)
    g_ptr_array_remove_index (ex->relations, index);
  else
    r->weight = r->weight > lost ? r->weight - lost : 1;
}

static void
remove_quote (SwExtraction *ex,
              guint         q)
{
  g_ptr_array_remove_index (ex->quotes, q);

  for (guint i = 0; i < ex->events->len; i++)
    {
      SwEvent *e = g_ptr_array_index (ex->events, i);

      if (e->quote == (int)q)
        e->quote = SW_NO_INDEX;
      else if (e->quote > (int)q)
        e->quote--;
    }

  for (guint i = ex->relations->len; i > 0; i--)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i - 1);

      relation_lost_evidence (ex, i - 1, int_array_remove_renumber (r->quotes, q));
    }
}

static void
remove_event (SwExtraction *ex,
              guint         e)
{
  g_ptr_array_remove_index (ex->events, e);

  for (guint i = ex->relations->len; i > 0; i--)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i - 1);

      relation_lost_evidence (ex, i - 1, int_array_remove_renumber (r->events, e));
    }
}

/* Two relations with the same ends and kind become one; a relation of an
 * actor with itself, which a merge can leave behind, means nothing. */
static void
normalize_relations (SwExtraction *ex)
{
  for (guint i = ex->relations->len; i > 0; i--)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i - 1);

      if (r->source == r->target)
        g_ptr_array_remove_index (ex->relations, i - 1);
    }

  for (guint i = 0; i < ex->relations->len; i++)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i);

      for (guint j = ex->relations->len - 1; j > i; j--)
        {
          SwRelation *s = g_ptr_array_index (ex->relations, j);

          if (s->source != r->source || s->target != r->target || s->kind != r->kind)
            continue;

          r->weight += s->weight;
          for (guint k = 0; k < s->quotes->len; k++)
            int_array_add_unique (r->quotes, g_array_index (s->quotes, int, k));
          for (guint k = 0; k < s->events->len; k++)
            int_array_add_unique (r->events, g_array_index (s->events, int, k));
          int_array_sort (r->quotes);
          int_array_sort (r->events);
          g_ptr_array_remove_index (ex->relations, j);
        }
    }
}

static void
repoint_actor (SwExtraction *ex,
               int           from,
               int           to)
{
  for (guint i = 0; i < ex->quotes->len; i++)
    {
      SwQuote *q = g_ptr_array_index (ex->quotes, i);

      int_array_replace (q->speakers, from, to);
      if (q->addressee == from)
        q->addressee = to;
    }

  for (guint i = 0; i < ex->events->len; i++)
    int_array_replace (((SwEvent *)g_ptr_array_index (ex->events, i))->actors, from, to);

  for (guint i = 0; i < ex->relations->len; i++)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i);

      if (r->source == from)
        r->source = to;
      if (r->target == from)
        r->target = to;
    }

  normalize_relations (ex);
}

/* Drops actor @a and every reference left to it, renumbering the rest. */
static void
remove_actor (SwExtraction *ex,
              int           a)
{
  g_ptr_array_remove_index (ex->actors, a);

  for (guint i = 0; i < ex->quotes->len; i++)
    {
      SwQuote *q = g_ptr_array_index (ex->quotes, i);

      int_array_remove_renumber (q->speakers, a);
      if (q->addressee == a)
        q->addressee = SW_NO_INDEX;
      else if (q->addressee > a)
        q->addressee--;
    }

  for (guint i = 0; i < ex->events->len; i++)
    int_array_remove_renumber (((SwEvent *)g_ptr_array_index (ex->events, i))->actors, a);

  for (guint i = ex->relations->len; i > 0; i--)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i - 1);

      if (r->source == a || r->target == a)
        {
          g_ptr_array_remove_index (ex->relations, i - 1);
          continue;
        }
      if (r->source > a)
        r->source--;
      if (r->target > a)
        r->target--;
    }
}

/* Inserts @quote in text order, renumbering references to later quotes. */
static void
insert_quote (SwExtraction *ex,
              SwQuote      *quote)
{
  guint at = ex->quotes->len;

  for (guint i = 0; i < ex->quotes->len; i++)
    if (((SwQuote *)g_ptr_array_index (ex->quotes, i))->content.start > quote->content.start)
      {
        at = i;
        break;
      }

  g_ptr_array_insert (ex->quotes, at, quote);

  for (guint i = 0; i < ex->events->len; i++)
    {
      SwEvent *e = g_ptr_array_index (ex->events, i);

      if (e->quote >= (int)at)
        e->quote++;
    }

  for (guint i = 0; i < ex->relations->len; i++)
    int_array_shift_up (((SwRelation *)g_ptr_array_index (ex->relations, i))->quotes, at);
}

static void
replace_contents (SwExtraction *self,
                  SwExtraction *from)
{
  GPtrArray *t;

#define SWAP(field) t = self->field; self->field = from->field; from->field = t
  SWAP (timexes);
  SWAP (actors);
  SWAP (quotes);
  SWAP (events);
  SWAP (relations);
#undef SWAP
}

/* --- applying ---------------------------------------------------------- */

static gboolean
not_found (GError     **error,
           const char  *what,
           const char  *which)
{
  g_autofree char *shown = shorten (which);

  g_set_error (error, SW_CORRECTION_ERROR, SW_CORRECTION_ERROR_NOT_FOUND,
               _("The %s “%s” is not in this article any more"), what, shown);
  return FALSE;
}

static gboolean
apply_set_dct (SwCorrection *self,
               SwDocument   *doc,
               SwExtraction *ex)
{
  g_autoptr(SwExtraction) fresh = NULL;

  if (g_strcmp0 (sw_document_get_dct (doc), self->dct) == 0 &&
      sw_document_get_dct_source (doc) == (self->dct ? SW_DCT_SOURCE_OPTION : SW_DCT_SOURCE_NONE))
    return TRUE;

  sw_document_set_dct (doc, self->dct, SW_DCT_SOURCE_OPTION);
  fresh = sw_extract (doc, NULL);
  replace_contents (ex, fresh);

  return TRUE;
}

static gboolean
apply_merge (SwCorrection  *self,
             SwDocument    *doc,
             SwExtraction  *ex,
             GError       **error)
{
  int into = find_actor (&self->actor, doc, ex);
  int from = find_actor (&self->other, doc, ex);
  SwActor *a, *b;

  /* The other may be found by name only after the first took its
   * mention; look for it among the rest. */
  if (into >= 0 && from == into)
    {
      for (guint i = 0; i < ex->actors->len; i++)
        if ((int)i != into && g_strcmp0 (((SwActor *)g_ptr_array_index (ex->actors, i))->name, self->other.name) == 0)
          {
            from = i;
            break;
          }

      /* A newer extractor that already sees one actor here needs no merge. */
      if (from == into)
        return TRUE;
    }

  if (into < 0)
    return not_found (error, _("actor"), self->actor.name);
  if (from < 0)
    return not_found (error, _("actor"), self->other.name);

  a = g_ptr_array_index (ex->actors, into);
  b = g_ptr_array_index (ex->actors, from);

  for (guint i = 0; i < b->mentions->len; i++)
    {
      SwSpan m = g_array_index (b->mentions, SwSpan, i);
      sw_actor_add_mention (a, m.start, m.end);
    }
  for (guint i = 0; i < b->roles->len; i++)
    sw_actor_add_role (a, g_ptr_array_index (b->roles, i));

  repoint_actor (ex, from, into);
  remove_actor (ex, from);

  return TRUE;
}

static guint
count_mentions_in (GArray *mentions,
                   SwSpan  region)
{
  guint n = 0;

  for (guint i = 0; i < mentions->len; i++)
    {
      SwSpan m = g_array_index (mentions, SwSpan, i);

      if (m.start >= region.start && m.end <= region.end)
        n++;
    }

  return n;
}

static SwSpan
quote_region (SwQuote *q)
{
  SwSpan r = q->content;

  if (q->has_cue)
    {
      r.start = MIN (r.start, q->cue.start);
      r.end = MAX (r.end, q->cue.end);
    }
  if (q->has_speaker_mention)
    {
      r.start = MIN (r.start, q->speaker_mention.start);
      r.end = MAX (r.end, q->speaker_mention.end);
    }

  return r;
}

static gboolean
quote_refers_to (SwQuote *q,
                 int      actor)
{
  return q->addressee == actor || int_array_contains (q->speakers, actor);
}

/* Evidence of a relation of @x that now belongs to @n goes to a relation
 * of @n of the same kind. */
static void
split_relations (SwExtraction *ex,
                 int           x,
                 int           n)
{
  guint len = ex->relations->len;

  for (guint i = 0; i < len; i++)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i);
      SwRelation *moved;

      if (r->source != x && r->target != x)
        continue;

      moved = sw_relation_new (r->source == x ? n : r->source,
                               r->target == x ? n : r->target, r->kind);

      for (guint k = r->quotes->len; k > 0; k--)
        {
          int qi = g_array_index (r->quotes, int, k - 1);
          SwQuote *q = g_ptr_array_index (ex->quotes, qi);

          if (quote_refers_to (q, n) && !quote_refers_to (q, x))
            {
              g_array_prepend_val (moved->quotes, qi);
              g_array_remove_index (r->quotes, k - 1);
            }
        }

      for (guint k = r->events->len; k > 0; k--)
        {
          int ei = g_array_index (r->events, int, k - 1);
          SwEvent *e = g_ptr_array_index (ex->events, ei);

          if (int_array_contains (e->actors, n) && !int_array_contains (e->actors, x))
            {
              g_array_prepend_val (moved->events, ei);
              g_array_remove_index (r->events, k - 1);
            }
        }

      moved->weight = moved->quotes->len + moved->events->len;

      if (moved->weight == 0)
        {
          sw_relation_free (moved);
          continue;
        }

      g_ptr_array_add (ex->relations, moved);
      r->weight = r->weight > moved->weight ? r->weight - moved->weight : 1;
      if (r->quotes->len == 0 && r->events->len == 0)
        r->weight = 0;
    }

  /* Relations emptied above go; only now, so @len stayed valid. */
  for (guint i = ex->relations->len; i > 0; i--)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i - 1);

      if (r->weight == 0 && r->quotes->len == 0 && r->events->len == 0)
        g_ptr_array_remove_index (ex->relations, i - 1);
    }

  normalize_relations (ex);
}

static gboolean
apply_split (SwCorrection  *self,
             SwDocument    *doc,
             SwExtraction  *ex,
             GError       **error)
{
  int x = find_actor (&self->actor, doc, ex);
  int n;
  SwActor *ax, *an;
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (SwSpan));

  if (x < 0)
    return not_found (error, _("actor"), self->actor.name);

  for (guint i = 0; i < self->mentions->len; i++)
    {
      SwSpan span;

      if (anchor_resolve (&g_array_index (self->mentions, Anchor, i), doc, &span))
        g_array_append_val (wanted, span);
    }

  ax = g_ptr_array_index (ex->actors, x);
  an = sw_actor_new (self->name, self->actor_kind);

  for (guint i = ax->mentions->len; i > 0; i--)
    {
      SwSpan m = g_array_index (ax->mentions, SwSpan, i - 1);

      for (guint k = 0; k < wanted->len; k++)
        if (spans_touch (m, g_array_index (wanted, SwSpan, k)))
          {
            sw_actor_add_mention (an, m.start, m.end);
            g_array_remove_index (ax->mentions, i - 1);
            break;
          }
    }

  if (an->mentions->len == 0)
    {
      sw_actor_free (an);
      return not_found (error, _("mentions of"), self->name);
    }

  for (guint i = 0; i < self->roles->len; i++)
    {
      const char *role = g_ptr_array_index (self->roles, i);

      sw_actor_add_role (an, role);
      for (guint k = 0; k < ax->roles->len; k++)
        if (g_ascii_strcasecmp (g_ptr_array_index (ax->roles, k), role) == 0)
          {
            g_ptr_array_remove_index (ax->roles, k);
            break;
          }
    }

  g_ptr_array_add (ex->actors, an);
  n = ex->actors->len - 1;

  for (guint i = 0; i < ex->quotes->len; i++)
    {
      SwQuote *q = g_ptr_array_index (ex->quotes, i);
      SwSpan region = quote_region (q);
      gboolean moved_here = count_mentions_in (an->mentions, region) > 0;
      gboolean stays_here = count_mentions_in (ax->mentions, region) > 0;

      if (int_array_contains (q->speakers, x))
        {
          gboolean to_new = q->has_speaker_mention
            ? actor_has_mention_in (an, q->speaker_mention)
            : moved_here && !stays_here;

          if (to_new)
            int_array_replace (q->speakers, x, n);
        }

      if (q->addressee == x && moved_here && !stays_here)
        q->addressee = n;
    }

  for (guint i = 0; i < ex->events->len; i++)
    {
      SwEvent *e = g_ptr_array_index (ex->events, i);

      if (!int_array_contains (e->actors, x) || count_mentions_in (an->mentions, e->span) == 0)
        continue;

      if (count_mentions_in (ax->mentions, e->span) > 0)
        int_array_add_unique (e->actors, n);
      else
        int_array_replace (e->actors, x, n);
    }

  split_relations (ex, x, n);

  return TRUE;
}

/* Quotation @qi now has @to as its speaker instead of @from: relations it
 * is evidence for that start at @from start at @to. */
static void
move_quote_evidence (SwExtraction *ex,
                     int           qi,
                     int           from,
                     int           to)
{
  guint len = ex->relations->len;

  for (guint i = 0; i < len; i++)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i);
      SwRelation *moved;

      if (r->source != from || !int_array_contains (r->quotes, qi))
        continue;

      moved = sw_relation_new (to, r->target, r->kind);
      moved->weight = 1;
      g_array_append_val (moved->quotes, qi);
      g_ptr_array_add (ex->relations, moved);

      for (guint k = r->quotes->len; k > 0; k--)
        if (g_array_index (r->quotes, int, k - 1) == qi)
          g_array_remove_index (r->quotes, k - 1);
      r->weight = r->weight > 1 ? r->weight - 1 : 0;
    }

  for (guint i = ex->relations->len; i > 0; i--)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i - 1);

      if (r->weight == 0 && r->quotes->len == 0 && r->events->len == 0)
        g_ptr_array_remove_index (ex->relations, i - 1);
    }

  normalize_relations (ex);
}

static gboolean
apply_add_quote (SwCorrection  *self,
                 SwDocument    *doc,
                 SwExtraction  *ex,
                 GError       **error)
{
  SwSpan span;
  int speaker, existing;
  SwQuote *q;

  if (!anchor_resolve (&self->target, doc, &span))
    return not_found (error, _("quotation"), self->target.text);

  /* The speaker the user named stays the speaker even if a newer
   * extractor no longer finds that actor: it is added back. */
  speaker = find_actor (&self->actor, doc, ex);
  if (speaker < 0)
    {
      SwActor *a = sw_actor_new (self->actor.name, self->actor_kind);

      if (self->actor.has_mention)
        {
          SwSpan m;

          if (anchor_resolve (&self->actor.mention, doc, &m))
            sw_actor_add_mention (a, m.start, m.end);
        }

      g_ptr_array_add (ex->actors, a);
      speaker = ex->actors->len - 1;
    }

  existing = find_spanned (ex->quotes, quote_span, span, NULL);
  if (existing >= 0)
    {
      g_autoptr(GArray) before = NULL;

      q = g_ptr_array_index (ex->quotes, existing);
      before = g_array_copy (q->speakers);
      /* the user's span is the whole quotation, in one piece */
      q->content = span;
      g_clear_pointer (&q->more, g_array_unref);
      q->kind = self->quote_kind;
      g_array_set_size (q->speakers, 0);
      g_array_append_val (q->speakers, speaker);
      for (guint i = 0; i < before->len; i++)
        if (g_array_index (before, int, i) != speaker)
          move_quote_evidence (ex, existing, g_array_index (before, int, i), speaker);
      if (q->has_speaker_mention &&
          !actor_has_mention_in (g_ptr_array_index (ex->actors, speaker), q->speaker_mention))
        q->has_speaker_mention = FALSE;
      return TRUE;
    }

  q = sw_quote_new (self->quote_kind);
  q->content = span;
  g_array_append_val (q->speakers, speaker);
  insert_quote (ex, q);

  return TRUE;
}

/**
 * sw_correction_apply:
 * @document: the article; a set-dct correction changes its reference date
 * @extraction: what to correct, in place
 *
 * Returns: %FALSE, with %SW_CORRECTION_ERROR_NOT_FOUND and @extraction
 *   unchanged, when the item the correction is about cannot be found
 */
gboolean
sw_correction_apply (SwCorrection  *self,
                     SwDocument    *document,
                     SwExtraction  *extraction,
                     GError       **error)
{
  int i;

  g_return_val_if_fail (SW_IS_CORRECTION (self), FALSE);
  g_return_val_if_fail (SW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (extraction != NULL, FALSE);

  switch (self->kind)
    {
    case SW_CORRECTION_SET_DCT:
      return apply_set_dct (self, document, extraction);

    case SW_CORRECTION_EVENT_DATE:
      if ((i = find_event (self, document, extraction)) < 0)
        return not_found (error, _("event"), self->target_label);
      {
        SwEvent *e = g_ptr_array_index (extraction->events, i);

        g_free (e->date_from);
        g_free (e->date_to);
        e->date_from = g_strdup (self->date_from);
        e->date_to = g_strdup (self->date_to);
        e->granularity = self->granularity;
        e->approx = self->approx;
        /* The date no longer comes from that expression. */
        e->timex = SW_NO_INDEX;
      }
      return TRUE;

    case SW_CORRECTION_EVENT_LABEL:
      if ((i = find_event (self, document, extraction)) < 0)
        return not_found (error, _("event"), self->target_label);
      {
        SwEvent *e = g_ptr_array_index (extraction->events, i);

        g_free (e->label);
        e->label = g_strdup (self->label);
      }
      return TRUE;

    case SW_CORRECTION_RENAME_ACTOR:
      if ((i = find_actor (&self->actor, document, extraction)) < 0)
        return not_found (error, _("actor"), self->actor.name);
      {
        SwActor *a = g_ptr_array_index (extraction->actors, i);

        g_free (a->name);
        a->name = g_strdup (self->name);
      }
      return TRUE;

    case SW_CORRECTION_MERGE_ACTORS:
      return apply_merge (self, document, extraction, error);

    case SW_CORRECTION_SPLIT_ACTOR:
      return apply_split (self, document, extraction, error);

    case SW_CORRECTION_DELETE_QUOTE:
      if ((i = find_quote (self, document, extraction)) < 0)
        return not_found (error, _("quotation"), self->target.text);
      remove_quote (extraction, i);
      return TRUE;

    case SW_CORRECTION_DELETE_EVENT:
      if ((i = find_event (self, document, extraction)) < 0)
        return not_found (error, _("event"), self->target_label);
      remove_event (extraction, i);
      return TRUE;

    case SW_CORRECTION_ADD_QUOTE:
      return apply_add_quote (self, document, extraction, error);

    default:
      g_assert_not_reached ();
    }
}

/**
 * sw_corrections_apply:
 * @corrections: (element-type SwCorrection): in the order they were made
 * @extraction: the extractor's output for @document as it is now,
 *   corrected in place
 * @dropped: (nullable) (element-type SwCorrection): receives the
 *   corrections that could not be applied
 *
 * Replays a user's corrections, typically over the output of a newer
 * extractor. The last reference-date correction is applied first, since
 * it replaces everything the extractors found; the others follow in order.
 * A correction whose item cannot be found any more is dropped with a
 * message and the others still apply.
 *
 * Returns: how many were applied
 */
guint
sw_corrections_apply (GPtrArray    *corrections,
                      SwDocument   *document,
                      SwExtraction *extraction,
                      GPtrArray    *dropped)
{
  SwCorrection *dct = NULL;
  guint applied = 0;

  g_return_val_if_fail (corrections != NULL, 0);
  g_return_val_if_fail (SW_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (extraction != NULL, 0);

  for (guint i = 0; i < corrections->len; i++)
    {
      SwCorrection *c = g_ptr_array_index (corrections, i);

      if (c->kind == SW_CORRECTION_SET_DCT)
        dct = c;
    }

  if (dct != NULL)
    apply_set_dct (dct, document, extraction);

  for (guint i = 0; i < corrections->len; i++)
    {
      SwCorrection *c = g_ptr_array_index (corrections, i);
      g_autoptr(GError) error = NULL;

      if (c->kind == SW_CORRECTION_SET_DCT)
        {
          applied++;
          continue;
        }

      if (sw_correction_apply (c, document, extraction, &error))
        applied++;
      else
        {
          g_autofree char *what = sw_correction_dup_description (c);

          g_message ("%s: dropping correction “%s”: %s",
                     sw_document_get_path (document) ? sw_document_get_path (document) : "(text)",
                     what, error->message);
          if (dropped != NULL)
            g_ptr_array_add (dropped, g_object_ref (c));
        }
    }

  return applied;
}

/* --- JSON -------------------------------------------------------------- */

/* Offsets in a stored correction are bytes into the article's UTF-8 text,
 * as inside the core; the contract's code points are for the outside. */
static void
add_anchor (JsonBuilder  *b,
            const char   *member,
            const Anchor *a)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "byte_start");
  json_builder_add_int_value (b, a->start);
  json_builder_set_member_name (b, "byte_end");
  json_builder_add_int_value (b, a->end);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, a->text ? a->text : "");
  json_builder_set_member_name (b, "before");
  json_builder_add_string_value (b, a->before ? a->before : "");
  json_builder_set_member_name (b, "after");
  json_builder_add_string_value (b, a->after ? a->after : "");
  json_builder_end_object (b);
}

static void
add_string (JsonBuilder *b,
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
add_actor_ref (JsonBuilder    *b,
               const char     *member,
               const ActorRef *ref)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  add_string (b, "name", ref->name);
  if (ref->has_mention)
    add_anchor (b, "mention", &ref->mention);
  json_builder_end_object (b);
}

JsonNode *
sw_correction_to_json (SwCorrection *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (SW_IS_CORRECTION (self), NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, kind_names[self->kind]);

  switch (self->kind)
    {
    case SW_CORRECTION_SET_DCT:
      add_string (b, "dct", self->dct);
      break;

    case SW_CORRECTION_EVENT_DATE:
    case SW_CORRECTION_EVENT_LABEL:
    case SW_CORRECTION_DELETE_EVENT:
      add_anchor (b, "target", &self->target);
      add_string (b, "target_label", self->target_label);
      if (self->kind == SW_CORRECTION_EVENT_LABEL)
        add_string (b, "label", self->label);
      if (self->kind == SW_CORRECTION_EVENT_DATE)
        {
          add_string (b, "from", self->date_from);
          add_string (b, "to", self->date_to);
          add_string (b, "granularity", sw_granularity_to_string (self->granularity));
          json_builder_set_member_name (b, "approx");
          json_builder_add_boolean_value (b, self->approx);
        }
      break;

    case SW_CORRECTION_RENAME_ACTOR:
      add_actor_ref (b, "actor", &self->actor);
      add_string (b, "name", self->name);
      break;

    case SW_CORRECTION_MERGE_ACTORS:
    case SW_CORRECTION_SPLIT_ACTOR:
      add_actor_ref (b, "actor", &self->actor);
      if (self->kind == SW_CORRECTION_MERGE_ACTORS)
        add_actor_ref (b, "other", &self->other);
      else
        add_string (b, "name", self->name);
      add_string (b, "actor_kind", sw_actor_kind_to_string (self->actor_kind));
      json_builder_set_member_name (b, "mentions");
      json_builder_begin_array (b);
      for (guint i = 0; i < self->mentions->len; i++)
        {
          json_builder_begin_object (b);
          add_anchor (b, "span", &g_array_index (self->mentions, Anchor, i));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "roles");
      json_builder_begin_array (b);
      for (guint i = 0; i < self->roles->len; i++)
        json_builder_add_string_value (b, g_ptr_array_index (self->roles, i));
      json_builder_end_array (b);
      break;

    case SW_CORRECTION_DELETE_QUOTE:
      add_anchor (b, "target", &self->target);
      break;

    case SW_CORRECTION_ADD_QUOTE:
      add_anchor (b, "target", &self->target);
      add_actor_ref (b, "actor", &self->actor);
      add_string (b, "actor_kind", sw_actor_kind_to_string (self->actor_kind));
      add_string (b, "quote_kind", sw_quote_kind_to_string (self->quote_kind));
      break;

    default:
      g_assert_not_reached ();
    }

  json_builder_end_object (b);

  return json_builder_get_root (b);
}

char *
sw_correction_to_string (SwCorrection *self)
{
  g_autoptr(JsonNode) root = sw_correction_to_json (self);

  return json_to_string (root, FALSE);
}

static gboolean
invalid (GError     **error,
         const char  *why)
{
  g_set_error (error, SW_CORRECTION_ERROR, SW_CORRECTION_ERROR_INVALID,
               _("Not a valid correction: %s"), why);
  return FALSE;
}

static const char *
get_string (JsonObject *o,
            const char *member)
{
  JsonNode *n = o ? json_object_get_member (o, member) : NULL;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (n);
}

static JsonObject *
get_object (JsonObject *o,
            const char *member)
{
  JsonNode *n = o ? json_object_get_member (o, member) : NULL;

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

static gboolean
get_uint (JsonObject *o,
          const char *member,
          guint      *out)
{
  JsonNode *n = json_object_get_member (o, member);
  gint64 v;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
    return FALSE;

  v = json_node_get_int (n);
  if (v < 0 || v > G_MAXUINT)
    return FALSE;

  *out = v;
  return TRUE;
}

static gboolean
parse_anchor (JsonObject  *o,
              Anchor      *a,
              GError     **error)
{
  const char *text = get_string (o, "text");

  if (o == NULL || text == NULL || text[0] == '\0' ||
      !get_uint (o, "byte_start", &a->start) || !get_uint (o, "byte_end", &a->end) ||
      a->end < a->start)
    return invalid (error, _("a span without its words or offsets"));

  a->text = g_strdup (text);
  a->before = g_strdup (get_string (o, "before"));
  a->after = g_strdup (get_string (o, "after"));

  return TRUE;
}

static gboolean
parse_actor_ref (JsonObject  *o,
                 ActorRef    *ref,
                 GError     **error)
{
  JsonObject *m;

  if (o == NULL || get_string (o, "name") == NULL)
    return invalid (error, _("an actor without a name"));

  ref->name = g_strdup (get_string (o, "name"));
  m = get_object (o, "mention");
  if (m != NULL)
    {
      if (!parse_anchor (m, &ref->mention, error))
        return FALSE;
      ref->has_mention = TRUE;
    }

  return TRUE;
}

static gboolean
parse_granularity (const char *value,
                   int        *out)
{
  for (int i = SW_GRANULARITY_YEAR; i <= SW_GRANULARITY_TIME && value != NULL; i++)
    if (strcmp (sw_granularity_to_string (i), value) == 0)
      {
        *out = i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
parse_actor_kind (const char *value,
                  int        *out)
{
  for (int i = SW_ACTOR_PERSON; i <= SW_ACTOR_OTHER && value != NULL; i++)
    if (strcmp (sw_actor_kind_to_string (i), value) == 0)
      {
        *out = i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
parse_quote_kind (const char *value,
                  int        *out)
{
  for (int i = SW_QUOTE_DIRECT; i <= SW_QUOTE_MIXED && value != NULL; i++)
    if (strcmp (sw_quote_kind_to_string (i), value) == 0)
      {
        *out = i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
valid_name (const char *s)
{
  return s != NULL && s[0] != '\0';
}

SwCorrection *
sw_correction_new_from_json (JsonNode  *node,
                             GError   **error)
{
  g_autoptr(SwCorrection) self = NULL;
  JsonObject *o;
  const char *kind;
  int k = -1;

  g_return_val_if_fail (node != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, _("not an object"));
      return NULL;
    }

  o = json_node_get_object (node);
  kind = get_string (o, "kind");
  for (guint i = 0; i < G_N_ELEMENTS (kind_names) && kind != NULL; i++)
    if (strcmp (kind, kind_names[i]) == 0)
      k = i;

  if (k < 0)
    {
      invalid (error, _("unknown kind"));
      return NULL;
    }

  self = correction_new (k);

  switch (self->kind)
    {
    case SW_CORRECTION_SET_DCT:
      self->dct = g_strdup (get_string (o, "dct"));
      break;

    case SW_CORRECTION_EVENT_DATE:
    case SW_CORRECTION_EVENT_LABEL:
    case SW_CORRECTION_DELETE_EVENT:
      if (!parse_anchor (get_object (o, "target"), &self->target, error))
        return NULL;
      self->target_label = g_strdup (get_string (o, "target_label"));
      if (self->kind == SW_CORRECTION_EVENT_LABEL)
        {
          self->label = g_strdup (get_string (o, "label"));
          if (self->label == NULL)
            {
              invalid (error, _("a new label is missing"));
              return NULL;
            }
        }
      if (self->kind == SW_CORRECTION_EVENT_DATE)
        {
          int g = SW_GRANULARITY_DAY;

          self->date_from = g_strdup (get_string (o, "from"));
          self->date_to = g_strdup (get_string (o, "to"));
          if (!parse_granularity (get_string (o, "granularity"), &g))
            {
              invalid (error, _("unknown granularity"));
              return NULL;
            }
          self->granularity = g;
          self->approx = json_object_get_boolean_member_with_default (o, "approx", FALSE);
        }
      break;

    case SW_CORRECTION_RENAME_ACTOR:
      if (!parse_actor_ref (get_object (o, "actor"), &self->actor, error))
        return NULL;
      self->name = g_strdup (get_string (o, "name"));
      if (!valid_name (self->name))
        {
          invalid (error, _("a new name is missing"));
          return NULL;
        }
      break;

    case SW_CORRECTION_MERGE_ACTORS:
    case SW_CORRECTION_SPLIT_ACTOR:
      {
        JsonNode *mentions = json_object_get_member (o, "mentions");
        JsonNode *roles = json_object_get_member (o, "roles");
        int ak = SW_ACTOR_PERSON;

        if (!parse_actor_ref (get_object (o, "actor"), &self->actor, error))
          return NULL;
        if (self->kind == SW_CORRECTION_MERGE_ACTORS &&
            !parse_actor_ref (get_object (o, "other"), &self->other, error))
          return NULL;
        if (self->kind == SW_CORRECTION_SPLIT_ACTOR)
          {
            self->name = g_strdup (get_string (o, "name"));
            if (!valid_name (self->name))
              {
                invalid (error, _("a new name is missing"));
                return NULL;
              }
          }
        parse_actor_kind (get_string (o, "actor_kind"), &ak);
        self->actor_kind = ak;

        if (mentions == NULL || !JSON_NODE_HOLDS_ARRAY (mentions))
          {
            invalid (error, _("mentions are missing"));
            return NULL;
          }
        for (guint i = 0; i < json_array_get_length (json_node_get_array (mentions)); i++)
          {
            JsonNode *m = json_array_get_element (json_node_get_array (mentions), i);
            Anchor a = { 0 };

            if (!JSON_NODE_HOLDS_OBJECT (m) ||
                !parse_anchor (get_object (json_node_get_object (m), "span"), &a, error))
              {
                anchor_clear (&a);
                if (error != NULL && *error == NULL)
                  invalid (error, _("a mention is not a span"));
                return NULL;
              }
            g_array_append_val (self->mentions, a);
          }
        if (self->kind == SW_CORRECTION_SPLIT_ACTOR && self->mentions->len == 0)
          {
            invalid (error, _("a split moves no mentions"));
            return NULL;
          }

        for (guint i = 0; roles != NULL && JSON_NODE_HOLDS_ARRAY (roles) &&
                          i < json_array_get_length (json_node_get_array (roles)); i++)
          {
            JsonNode *r = json_array_get_element (json_node_get_array (roles), i);

            if (JSON_NODE_HOLDS_VALUE (r) && json_node_get_value_type (r) == G_TYPE_STRING)
              g_ptr_array_add (self->roles, g_strdup (json_node_get_string (r)));
          }
      }
      break;

    case SW_CORRECTION_DELETE_QUOTE:
      if (!parse_anchor (get_object (o, "target"), &self->target, error))
        return NULL;
      break;

    case SW_CORRECTION_ADD_QUOTE:
      {
        int ak = SW_ACTOR_PERSON, qk = SW_QUOTE_DIRECT;

        if (!parse_anchor (get_object (o, "target"), &self->target, error) ||
            !parse_actor_ref (get_object (o, "actor"), &self->actor, error))
          return NULL;
        parse_actor_kind (get_string (o, "actor_kind"), &ak);
        if (!parse_quote_kind (get_string (o, "quote_kind"), &qk))
          {
            invalid (error, _("unknown quotation kind"));
            return NULL;
          }
        self->actor_kind = ak;
        self->quote_kind = qk;
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return g_steal_pointer (&self);
}

SwCorrection *
sw_correction_new_from_string (const char  *json,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (json != NULL, NULL);

  if (!json_parser_load_from_data (parser, json, -1, &local_error))
    {
      g_set_error (error, SW_CORRECTION_ERROR, SW_CORRECTION_ERROR_INVALID,
                   _("Not a valid correction: %s"), local_error->message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      invalid (error, _("empty"));
      return NULL;
    }

  return sw_correction_new_from_json (json_parser_get_root (parser), error);
}
