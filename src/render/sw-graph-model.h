/* sw-graph-model.h: the actor graph of a set of documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nodes are actors, merged across documents by canonical name; edges are
 * relations, one per actor pair and relation kind, carrying the summed
 * weight and the quotations and events that are their evidence. A model
 * is immutable once built, so worker threads may read it freely.
 */
#pragma once

#include <glib-object.h>

#include "sw-document.h"
#include "sw-extraction.h"

G_BEGIN_DECLS

#define SW_GRAPH_N_RELATION_KINDS 4
#define SW_GRAPH_N_ACTOR_KINDS    5

/* One (document, extraction) pair a model is built from. The document may
 * be NULL when only the extraction is known. */
typedef struct
{
  SwDocument   *document;
  SwExtraction *extraction;
} SwGraphSource;

/* A piece of evidence: a quotation and/or an event of one source. Days are
 * Julian day numbers of the dated range it falls in, 0 when undated. */
typedef struct
{
  guint    source;
  int      quote;
  int      event;
  guint32  from_day;
  guint32  to_day;
} SwGraphEvidence;

typedef struct
{
  char        *name;
  char        *key;           /* what merges actors across documents */
  SwActorKind  kind;
  GPtrArray   *roles;         /* char* */
  guint        statements;    /* quotations it speaks, joint ones included */
  guint        spoken_about;  /* summed weight of said_about relations at it */
  guint        mentions;
  guint        n_sources;     /* documents it appears in */
  double       weight;        /* statements + spoken_about */
  GArray      *quotes;        /* SwGraphEvidence: the quotations it speaks */
} SwGraphNode;

typedef struct
{
  guint           source;
  guint           target;
  SwRelationKind  kind;
  gboolean        directed;
  double          weight;
  GArray         *evidence;        /* SwGraphEvidence */
  guint           n_quotes;
  guint           n_events;
  /* Rank among the edges joining the same two nodes, so the painter can
   * bend parallel relations apart. */
  guint           parallel_index;
  guint           parallel_count;
} SwGraphEdge;

typedef struct _SwGraphModel SwGraphModel;

struct _SwGraphModel
{
  GPtrArray *sources;       /* SwGraphSource*, owning references */
  GArray    *nodes;         /* SwGraphNode */
  GArray    *edges;         /* SwGraphEdge, sorted by (pair, kind, direction) */
  GHashTable *node_by_key;  /* key → index + 1 */
};

#define SW_TYPE_GRAPH_MODEL (sw_graph_model_get_type ())

GType          sw_graph_model_get_type          (void) G_GNUC_CONST;
SwGraphModel  *sw_graph_model_new               (const SwGraphSource *sources,
                                                 guint                n_sources);
SwGraphModel  *sw_graph_model_ref               (SwGraphModel        *self);
void           sw_graph_model_unref             (SwGraphModel        *self);

guint          sw_graph_model_get_n_nodes       (SwGraphModel        *self);
guint          sw_graph_model_get_n_edges       (SwGraphModel        *self);
const SwGraphNode *sw_graph_model_get_node      (SwGraphModel        *self,
                                                 guint                index);
const SwGraphEdge *sw_graph_model_get_edge      (SwGraphModel        *self,
                                                 guint                index);
int            sw_graph_model_lookup            (SwGraphModel        *self,
                                                 const char          *name);
gboolean       sw_graph_model_edge_in_range     (SwGraphModel        *self,
                                                 guint                edge,
                                                 guint32              from_day,
                                                 guint32              to_day);

char          *sw_graph_actor_key               (const char          *name);
gboolean       sw_graph_relation_kind_is_directed (SwRelationKind     kind);
gboolean       sw_graph_date_range              (const char          *from,
                                                 const char          *to,
                                                 guint32             *from_day,
                                                 guint32             *to_day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwGraphModel, sw_graph_model_unref)

G_END_DECLS
