/* sw-graph-model.c: the actor graph of a set of documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-graph-model"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sw-graph-model.h"

G_DEFINE_BOXED_TYPE (SwGraphModel, sw_graph_model, sw_graph_model_ref, sw_graph_model_unref)

gboolean
sw_graph_relation_kind_is_directed (SwRelationKind kind)
{
  return kind == SW_RELATION_SAID_ABOUT || kind == SW_RELATION_TOLD;
}

/**
 * sw_graph_actor_key:
 *
 * The extractor already gives each actor its canonical name; across
 * documents the same actor may still differ in case, compatibility forms
 * (ligatures, full-width letters) or spacing, so those are folded away.
 */
char *
sw_graph_actor_key (const char *name)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *key;
  gboolean space = FALSE;

  g_return_val_if_fail (name != NULL, NULL);

  normal = g_utf8_normalize (name, -1, G_NORMALIZE_ALL_COMPOSE);
  if (normal == NULL)
    return g_strdup (name);
  folded = g_utf8_casefold (normal, -1);
  key = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = key->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (key, ' ');
      space = FALSE;
      g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

static gboolean
parse_period (const char *s,
              guint32    *first,
              guint32    *last)
{
  guint y = 0, m = 0, d = 0;
  char tail;
  int n;

  if (s == NULL)
    return FALSE;

  n = sscanf (s, "%4u-%2u-%2u%c", &y, &m, &d, &tail);
  if (n < 1 || y < 1 || y > 9999)
    return FALSE;

  if (n >= 3 && g_date_valid_dmy (d, m, y))
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, d, m, y);
      *first = *last = g_date_get_julian (&date);
      return TRUE;
    }

  if (n >= 2 && m >= 1 && m <= 12)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, m, y);
      *first = g_date_get_julian (&date);
      *last = *first + g_date_get_days_in_month (m, y) - 1;
      return TRUE;
    }

  if (n == 1 || (n >= 2 && m == 0))
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, y);
      *first = g_date_get_julian (&date);
      *last = *first + (g_date_is_leap_year (y) ? 366 : 365) - 1;
      return TRUE;
    }

  return FALSE;
}

/**
 * sw_graph_date_range:
 * @from: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 * @to: (nullable): the end of the range, same forms
 *
 * A month-only date covers the whole month rather than standing for its
 * first day, so a timeline range that overlaps any part of it matches.
 */
gboolean
sw_graph_date_range (const char *from,
                     const char *to,
                     guint32    *from_day,
                     guint32    *to_day)
{
  guint32 a, b, c, d;

  g_return_val_if_fail (from_day != NULL && to_day != NULL, FALSE);

  *from_day = *to_day = 0;
  if (!parse_period (from, &a, &b))
    return FALSE;
  if (to != NULL && parse_period (to, &c, &d) && d >= a)
    b = d;

  *from_day = a;
  *to_day = b;
  return TRUE;
}

static void
node_clear (gpointer data)
{
  SwGraphNode *node = data;

  g_free (node->name);
  g_free (node->key);
  g_clear_pointer (&node->roles, g_ptr_array_unref);
  g_clear_pointer (&node->quotes, g_array_unref);
}

static void
edge_clear (gpointer data)
{
  SwGraphEdge *edge = data;

  g_clear_pointer (&edge->evidence, g_array_unref);
}

static void
source_free (gpointer data)
{
  SwGraphSource *source = data;

  g_clear_object (&source->document);
  g_clear_pointer (&source->extraction, sw_extraction_unref);
  g_free (source);
}

static void
add_role (SwGraphNode *node,
          const char  *role)
{
  for (guint i = 0; i < node->roles->len; i++)
    if (g_utf8_collate (g_ptr_array_index (node->roles, i), role) == 0)
      return;
  g_ptr_array_add (node->roles, g_strdup (role));
}

static void
add_evidence (GArray                *list,
              const SwGraphEvidence *evidence)
{
  for (guint i = 0; i < list->len; i++)
    {
      const SwGraphEvidence *e = &g_array_index (list, SwGraphEvidence, i);

      if (e->source == evidence->source && e->quote == evidence->quote && e->event == evidence->event)
        return;
    }
  g_array_append_val (list, *evidence);
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  const SwGraphEdge *x = a;
  const SwGraphEdge *y = b;
  guint xlo = MIN (x->source, x->target), xhi = MAX (x->source, x->target);
  guint ylo = MIN (y->source, y->target), yhi = MAX (y->source, y->target);

  if (xlo != ylo)
    return xlo < ylo ? -1 : 1;
  if (xhi != yhi)
    return xhi < yhi ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  return 0;
}

static guint
intern_actor (SwGraphModel  *self,
              const SwActor *actor)
{
  g_autofree char *key = sw_graph_actor_key (actor->name);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->node_by_key, key));
  SwGraphNode node = { 0 };

  if (index > 0)
    {
      SwGraphNode *known = &g_array_index (self->nodes, SwGraphNode, index - 1);

      /* The first document may only have known the actor vaguely. */
      if (known->kind == SW_ACTOR_OTHER)
        known->kind = actor->kind;
      return index - 1;
    }

  node.name = g_strdup (actor->name);
  node.key = g_strdup (key);
  node.kind = actor->kind;
  node.roles = g_ptr_array_new_with_free_func (g_free);
  node.quotes = g_array_new (FALSE, FALSE, sizeof (SwGraphEvidence));
  g_array_append_val (self->nodes, node);
  g_hash_table_insert (self->node_by_key, g_steal_pointer (&key), GUINT_TO_POINTER (self->nodes->len));

  return self->nodes->len - 1;
}

static void
add_source (SwGraphModel        *self,
            guint                source_index,
            const SwGraphSource *source,
            GHashTable          *edge_by_key)
{
  SwExtraction *ex = source->extraction;
  g_autofree guint *map = NULL;
  g_autofree guint *seen = NULL;
  guint32 dct_from = 0, dct_to = 0;

  if (ex == NULL || ex->actors == NULL)
    return;

  if (source->document != NULL)
    sw_graph_date_range (sw_document_get_dct (source->document), NULL, &dct_from, &dct_to);

  map = g_new0 (guint, ex->actors->len);
  seen = g_new0 (guint, self->nodes->len + ex->actors->len);

  for (guint i = 0; i < ex->actors->len; i++)
    {
      const SwActor *actor = g_ptr_array_index (ex->actors, i);
      SwGraphNode *node;

      if (actor->name == NULL || actor->name[0] == '\0')
        {
          map[i] = G_MAXUINT;
          continue;
        }

      map[i] = intern_actor (self, actor);
      node = &g_array_index (self->nodes, SwGraphNode, map[i]);
      for (guint r = 0; r < actor->roles->len; r++)
        add_role (node, g_ptr_array_index (actor->roles, r));
      node->mentions += actor->mentions->len;

      /* Two actors of one document may fold onto the same node. */
      if (!seen[map[i]])
        {
          seen[map[i]] = 1;
          node->n_sources++;
        }
    }

  for (guint q = 0; ex->quotes != NULL && q < ex->quotes->len; q++)
    {
      const SwQuote *quote = g_ptr_array_index (ex->quotes, q);

      for (guint s = 0; s < quote->speakers->len; s++)
        {
          int a = g_array_index (quote->speakers, int, s);
          SwGraphEvidence evidence = { source_index, (int)q, SW_NO_INDEX, dct_from, dct_to };
          SwGraphNode *node;
          guint before;

          if (a < 0 || (guint)a >= ex->actors->len || map[a] == G_MAXUINT)
            continue;
          node = &g_array_index (self->nodes, SwGraphNode, map[a]);
          before = node->quotes->len;
          add_evidence (node->quotes, &evidence);
          if (node->quotes->len > before)
            node->statements++;
        }
    }

  for (guint r = 0; ex->relations != NULL && r < ex->relations->len; r++)
    {
      const SwRelation *rel = g_ptr_array_index (ex->relations, r);
      gboolean directed = sw_graph_relation_kind_is_directed (rel->kind);
      guint s, t, index;
      guint64 key;
      SwGraphEdge *edge;
      double weight = MAX (rel->weight, 1);

      if (rel->source < 0 || (guint)rel->source >= ex->actors->len ||
          rel->target < 0 || (guint)rel->target >= ex->actors->len ||
          (guint)rel->kind >= SW_GRAPH_N_RELATION_KINDS)
        continue;
      s = map[rel->source];
      t = map[rel->target];
      if (s == G_MAXUINT || t == G_MAXUINT || s == t)
        continue;
      if (!directed && s > t)
        {
          guint tmp = s;
          s = t;
          t = tmp;
        }

      key = ((guint64)s << 34) | ((guint64)t << 3) | (guint64)rel->kind;
      index = GPOINTER_TO_UINT (g_hash_table_lookup (edge_by_key, &key));
      if (index == 0)
        {
          SwGraphEdge fresh = { 0 };
          gint64 *stored = g_new (gint64, 1);

          fresh.source = s;
          fresh.target = t;
          fresh.kind = rel->kind;
          fresh.directed = directed;
          fresh.evidence = g_array_new (FALSE, FALSE, sizeof (SwGraphEvidence));
          g_array_append_val (self->edges, fresh);
          *stored = (gint64)key;
          index = self->edges->len;
          g_hash_table_insert (edge_by_key, stored, GUINT_TO_POINTER (index));
        }
      edge = &g_array_index (self->edges, SwGraphEdge, index - 1);
      edge->weight += weight;

      for (guint i = 0; rel->quotes != NULL && i < rel->quotes->len; i++)
        {
          SwGraphEvidence evidence = { source_index, g_array_index (rel->quotes, int, i), SW_NO_INDEX, dct_from, dct_to };
          add_evidence (edge->evidence, &evidence);
        }
      for (guint i = 0; rel->events != NULL && i < rel->events->len; i++)
        {
          int e = g_array_index (rel->events, int, i);
          SwGraphEvidence evidence = { source_index, SW_NO_INDEX, e, 0, 0 };

          if (ex->events != NULL && e >= 0 && (guint)e < ex->events->len)
            {
              const SwEvent *event = g_ptr_array_index (ex->events, e);

              sw_graph_date_range (event->date_from, event->date_to, &evidence.from_day, &evidence.to_day);
            }
          add_evidence (edge->evidence, &evidence);
        }

      if (rel->kind == SW_RELATION_SAID_ABOUT)
        g_array_index (self->nodes, SwGraphNode, t).spoken_about += (guint)weight;
    }
}

/**
 * sw_graph_model_new:
 * @sources: (array length=n_sources): documents and what was extracted
 *   from them; the model keeps references
 *
 * Returns: (transfer full): the merged actor graph
 */
SwGraphModel *
sw_graph_model_new (const SwGraphSource *sources,
                    guint                n_sources)
{
  SwGraphModel *self;
  g_autoptr(GHashTable) edge_by_key = NULL;
  guint i = 0;

  g_return_val_if_fail (sources != NULL || n_sources == 0, NULL);

  self = g_atomic_rc_box_new0 (SwGraphModel);
  edge_by_key = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  self->sources = g_ptr_array_new_with_free_func (source_free);
  self->nodes = g_array_new (FALSE, TRUE, sizeof (SwGraphNode));
  g_array_set_clear_func (self->nodes, node_clear);
  self->edges = g_array_new (FALSE, TRUE, sizeof (SwGraphEdge));
  g_array_set_clear_func (self->edges, edge_clear);
  self->node_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (i = 0; i < n_sources; i++)
    {
      SwGraphSource *copy = g_new0 (SwGraphSource, 1);

      if (sources[i].document != NULL)
        copy->document = g_object_ref (sources[i].document);
      if (sources[i].extraction != NULL)
        copy->extraction = sw_extraction_ref (sources[i].extraction);
      g_ptr_array_add (self->sources, copy);
      add_source (self, i, copy, edge_by_key);
    }

  for (i = 0; i < self->nodes->len; i++)
    {
      SwGraphNode *node = &g_array_index (self->nodes, SwGraphNode, i);
      node->weight = node->statements + node->spoken_about;
    }

  g_array_sort (self->edges, compare_edges);

  for (i = 0; i < self->edges->len; )
    {
      SwGraphEdge *first = &g_array_index (self->edges, SwGraphEdge, i);
      guint lo = MIN (first->source, first->target), hi = MAX (first->source, first->target);
      guint j = i;

      while (j < self->edges->len)
        {
          SwGraphEdge *e = &g_array_index (self->edges, SwGraphEdge, j);

          if (MIN (e->source, e->target) != lo || MAX (e->source, e->target) != hi)
            break;
          j++;
        }
      for (guint k = i; k < j; k++)
        {
          SwGraphEdge *e = &g_array_index (self->edges, SwGraphEdge, k);

          e->parallel_index = k - i;
          e->parallel_count = j - i;
          for (guint v = 0; v < e->evidence->len; v++)
            {
              const SwGraphEvidence *ev = &g_array_index (e->evidence, SwGraphEvidence, v);

              if (ev->quote >= 0)
                e->n_quotes++;
              if (ev->event >= 0)
                e->n_events++;
            }
        }
      i = j;
    }

  return self;
}

SwGraphModel *
sw_graph_model_ref (SwGraphModel *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

static void
sw_graph_model_clear (SwGraphModel *self)
{
  g_clear_pointer (&self->edges, g_array_unref);
  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->node_by_key, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
}

void
sw_graph_model_unref (SwGraphModel *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify)sw_graph_model_clear);
}

guint
sw_graph_model_get_n_nodes (SwGraphModel *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->nodes->len;
}

guint
sw_graph_model_get_n_edges (SwGraphModel *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->edges->len;
}

const SwGraphNode *
sw_graph_model_get_node (SwGraphModel *self,
                         guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return &g_array_index (self->nodes, SwGraphNode, index);
}

const SwGraphEdge *
sw_graph_model_get_edge (SwGraphModel *self,
                         guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->edges->len, NULL);
  return &g_array_index (self->edges, SwGraphEdge, index);
}

/**
 * sw_graph_model_lookup:
 *
 * Returns: the node of the actor called @name (folded as in
 *   sw_graph_actor_key()), or -1
 */
int
sw_graph_model_lookup (SwGraphModel *self,
                       const char   *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  key = sw_graph_actor_key (name);
  return (int)GPOINTER_TO_UINT (g_hash_table_lookup (self->node_by_key, key)) - 1;
}

/**
 * sw_graph_model_edge_in_range:
 * @from_day: first Julian day of the range
 * @to_day: last Julian day, inclusive
 *
 * Whether any evidence of @edge is dated within the range; undated
 * evidence never is, so following the timeline shows only what it shows.
 */
gboolean
sw_graph_model_edge_in_range (SwGraphModel *self,
                              guint         edge,
                              guint32       from_day,
                              guint32       to_day)
{
  const SwGraphEdge *e;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (edge < self->edges->len, FALSE);

  e = &g_array_index (self->edges, SwGraphEdge, edge);
  for (guint i = 0; i < e->evidence->len; i++)
    {
      const SwGraphEvidence *ev = &g_array_index (e->evidence, SwGraphEvidence, i);

      if (ev->from_day != 0 && ev->from_day <= to_day && ev->to_day >= from_day)
        return TRUE;
    }

  return FALSE;
}
