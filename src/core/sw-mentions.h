/* sw-mentions.h: names in the text and the actors they refer to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finds every name (people, organisations, places) and every titled
 * description ("the US President"), splits titles off as roles, and merges
 * the mentions of one real-world actor ("Russian President Vladimir
 * Putin", "President Putin", "PUTIN") into one SwActor.
 */
#pragma once

#include "sw-extraction.h"
#include "sw-text.h"

G_BEGIN_DECLS

typedef struct
{
  guint        first;       /* token span of the whole chunk, role included */
  guint        last;
  guint        name_first;  /* where the name proper starts; == last for a description */
  SwActorKind  kind;
  gboolean     known;       /* the kind came from a gazetteer or a title, not a guess */
  gboolean     org_like;    /* of unknown kind, but shaped like an organisation's
                             * name ("WWF Spain", "a spokesperson for X") */
  char         gender;      /* 'm', 'f' or 0 */
  char        *name;        /* the name proper, as written in mixed case (in
                             * SwMentions.strings) */
  char        *role;        /* nullable; in SwMentions.strings too */
  int          actor;       /* index into SwMentions.actors or SW_NO_INDEX */
} SwMention;

typedef struct
{
  SwActor     *actor;
  char         gender;
  gboolean     keep;        /* worth showing even when it never speaks */
  gboolean     spoke;
  guint        last_token;  /* latest mention so far, for resolving bare names */
  guint        name_words;  /* telling words in the actor's name */
} SwActorInfo;

typedef struct
{
  const SwText *text;
  GArray       *mentions;    /* SwMention */
  int          *mention_at;  /* per token: the mention covering it, or -1 */
  guint8       *classes;     /* per token: its chunking class, 0xFF until known */
  GPtrArray    *actors;      /* SwActorInfo* */
  guint        *vocabulary;  /* words seen capitalised inside sentences: open
                              * addressing over token index + 1, 0 empty */
  guint         vocabulary_mask;
  guint         vocabulary_size;
  GStringChunk *strings;     /* the names and roles of the mentions */
} SwMentions;

SwMentions *sw_mentions_new            (const SwText  *text);
void        sw_mentions_free           (SwMentions    *self);

void        sw_mentions_find           (SwMentions    *self);
void        sw_mentions_resolve        (SwMentions    *self);

/* The actor of a mention, creating one for a guessed name that turns out
 * to speak or be spoken to. */
int         sw_mentions_actor_for      (SwMentions    *self,
                                        int            mention,
                                        gboolean       as_speaker);

/* The organisation a definite description names when no earlier actor
 * fits it ("the port authority said"): one actor per description, named
 * by its words without "the". The caller records the mention, and the
 * actor is kept once it has spoken. */
int         sw_mentions_description_actor (SwMentions *self,
                                           guint       first,
                                           guint       last);
/* The same without making one: -1 when no earlier description fits */
int         sw_mentions_find_description_actor (SwMentions *self,
                                                guint       first,
                                                guint       last);

/* The place actor named @country ("France"), made when the story has none
 * yet: "French officials said" speaks for France whether or not the story
 * names it. The caller records the mention. */
int         sw_mentions_country_actor  (SwMentions    *self,
                                        const char    *country,
                                        guint          token);

/* The actor of @kind named @name, made when the story has none yet
 * ("Tolliver family" for "his family said"). The caller records the
 * mention. */
int         sw_mentions_named_actor    (SwMentions    *self,
                                        const char    *name,
                                        SwActorKind    kind,
                                        guint          token);

/* Moves the actors worth keeping into @out, in order of first mention, and
 * fills @remap (old index → index in @out or SW_NO_INDEX). */
void        sw_mentions_emit_actors    (SwMentions    *self,
                                        SwExtraction  *out,
                                        GArray        *remap);

char       *sw_mentions_token_text     (const SwText  *text,
                                        guint          first,
                                        guint          last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwMentions, sw_mentions_free)

G_END_DECLS
