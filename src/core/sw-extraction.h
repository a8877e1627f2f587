/* sw-extraction.h: what the extractors found in one document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain structures owned by an SwExtraction. Spans are byte offsets into
 * the document's UTF-8 text; the JSON writer and the views convert them to
 * code points. Items refer to each other by index into their array (the
 * contract's "t1", "a1", "q1", "e1" are index + 1).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  guint start;
  guint end;
} SwSpan;

#define SW_NO_INDEX (-1)

typedef enum
{
  SW_TIMEX_DATE,
  SW_TIMEX_TIME,
  SW_TIMEX_DURATION,
  SW_TIMEX_SET,
} SwTimexType;

typedef struct
{
  SwSpan       span;
  SwTimexType  type;
  char        *value;     /* TIMEX3 value: "2025-03-18", "PT2H", "PRESENT_REF", "XXXX-03" */
  char        *mod;       /* nullable: "APPROX", "LESS_THAN", "START", … */
  char        *end_value; /* nullable: the explicit end of a range ("March 3-5") */
} SwTimex;

typedef enum
{
  SW_ACTOR_PERSON,
  SW_ACTOR_ORGANIZATION,
  SW_ACTOR_PLACE,
  SW_ACTOR_GROUP,
  SW_ACTOR_OTHER,
} SwActorKind;

typedef struct
{
  char        *name;      /* canonical: the fullest name without titles */
  SwActorKind  kind;
  GPtrArray   *roles;     /* char*, e.g. "Russian President" */
  GArray      *mentions;  /* SwSpan, in text order */
} SwActor;

typedef enum
{
  SW_QUOTE_DIRECT,
  SW_QUOTE_INDIRECT,
  SW_QUOTE_MIXED,
} SwQuoteKind;

typedef struct
{
  SwQuoteKind  kind;
  SwSpan       content;   /* the reported words; where the attribution breaks
                           * into them (“…,” she said. “…”), the first piece */
  GArray      *more;      /* SwSpan: the further pieces, in order; NULL when
                           * the content is whole */
  SwSpan       cue;
  gboolean     has_cue;
  SwSpan       speaker_mention;
  gboolean     has_speaker_mention;
  GArray      *speakers;  /* int, actor indices */
  int          addressee; /* actor index or SW_NO_INDEX */
  char        *medium;    /* nullable: "Telegram message" */
} SwQuote;

typedef enum
{
  SW_GRANULARITY_YEAR,
  SW_GRANULARITY_MONTH,
  SW_GRANULARITY_DAY,
  SW_GRANULARITY_TIME,
} SwGranularity;

typedef struct
{
  char          *label;
  SwSpan         span;      /* the clause or sentence it comes from */
  int            timex;     /* timex index or SW_NO_INDEX */
  char          *date_from; /* "2025-03-18", "2025-03", "2022", nullable when undated */
  char          *date_to;
  SwGranularity  granularity;
  gboolean       approx;
  GArray        *actors;    /* int, actor indices */
  int            quote;     /* quote index or SW_NO_INDEX */
} SwEvent;

typedef enum
{
  SW_RELATION_SPOKE_WITH,
  SW_RELATION_SAID_ABOUT,
  SW_RELATION_TOLD,
  SW_RELATION_JOINT_STATEMENT,
} SwRelationKind;

typedef struct
{
  int             source;   /* actor index */
  int             target;   /* actor index */
  SwRelationKind  kind;
  guint           weight;
  GArray         *quotes;   /* int, quote indices that are its evidence */
  GArray         *events;   /* int, event indices */
} SwRelation;

typedef struct _SwExtraction SwExtraction;

struct _SwExtraction
{
  GPtrArray *timexes;    /* SwTimex* */
  GPtrArray *actors;     /* SwActor* */
  GPtrArray *quotes;     /* SwQuote* */
  GPtrArray *events;     /* SwEvent* */
  GPtrArray *relations;  /* SwRelation* */
};

GType          sw_extraction_get_type      (void) G_GNUC_CONST;
SwExtraction  *sw_extraction_new           (void);
SwExtraction  *sw_extraction_ref           (SwExtraction *self);
void           sw_extraction_unref         (SwExtraction *self);
SwExtraction  *sw_extraction_copy          (SwExtraction *self);

SwTimex       *sw_timex_new                (SwTimexType   type,
                                            guint         start,
                                            guint         end,
                                            const char   *value);
void           sw_timex_free               (SwTimex      *timex);
SwActor       *sw_actor_new                (const char   *name,
                                            SwActorKind   kind);
void           sw_actor_free               (SwActor      *actor);
void           sw_actor_add_mention        (SwActor      *actor,
                                            guint         start,
                                            guint         end);
void           sw_actor_add_role           (SwActor      *actor,
                                            const char   *role);
SwQuote       *sw_quote_new                (SwQuoteKind   kind);
void           sw_quote_free               (SwQuote      *quote);
guint          sw_quote_get_n_parts        (const SwQuote *quote);
SwSpan         sw_quote_get_part           (const SwQuote *quote,
                                            guint          index);
void           sw_quote_add_part           (SwQuote      *quote,
                                            SwSpan        span);
char          *sw_quote_dup_text           (const SwQuote *quote,
                                            const char    *text,
                                            gsize          size);
SwEvent       *sw_event_new                (const char   *label,
                                            guint         start,
                                            guint         end);
void           sw_event_free               (SwEvent      *event);
SwRelation    *sw_relation_new             (int             source,
                                            int             target,
                                            SwRelationKind  kind);
void           sw_relation_free            (SwRelation   *relation);

const char    *sw_timex_type_to_string     (SwTimexType    type);
const char    *sw_actor_kind_to_string     (SwActorKind    kind);
const char    *sw_quote_kind_to_string     (SwQuoteKind    kind);
const char    *sw_granularity_to_string    (SwGranularity  granularity);
const char    *sw_relation_kind_to_string  (SwRelationKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwExtraction, sw_extraction_unref)

G_END_DECLS
