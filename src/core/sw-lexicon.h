/* sw-lexicon.h: the word lists attribution reads, from the core GResource
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every list lives as text under data/ and is compiled into the core
 * library; this file only loads them once into hash tables that are then
 * read without locks from any thread.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SW_WORD_TITLE       = 1 << 0,
  SW_WORD_HONORIFIC   = 1 << 1,
  SW_WORD_MODIFIER    = 1 << 2,
  SW_WORD_ORG_HEAD    = 1 << 3,
  SW_WORD_ORG_NAME    = 1 << 4,
  SW_WORD_GROUP       = 1 << 5,
  SW_WORD_PLACE       = 1 << 6,
  SW_WORD_NATIONALITY = 1 << 7,
  SW_WORD_FUNCTION    = 1 << 8,
  SW_WORD_TIME        = 1 << 9,
  SW_WORD_PRONOUN     = 1 << 10,
  SW_WORD_MEDIUM      = 1 << 11,
  SW_WORD_FIRST_NAME  = 1 << 12,
  SW_WORD_CUE         = 1 << 13,
  /* a given name from the long list (given-names.txt): it makes a name of
   * two or more words a person's, and says nothing on its own */
  SW_WORD_GIVEN       = 1 << 14,
  /* a common noun for a kind of organisation, never a person's job:
   * "Quercus, a conservation group,", "the FNV union" */
  SW_WORD_BODY        = 1 << 15,
  /* ends a business's name after a name of its own ("Northline Ferries",
   * "Peabody Energy") and names nothing alone ("Shipping minister") */
  SW_WORD_ORG_TAIL    = 1 << 16,
  /* a word for a kind of business that stands before a business's name
   * without being part of it: "carmaker Volkswagen", "Chipmaker Veltrix" */
  SW_WORD_ORG_KIND    = 1 << 17,
  /* whose possessive opens an institution's name: "King's College",
   * "the Children's Society", "St Mary's Hospital" (after "St") */
  SW_WORD_POSSESSOR   = 1 << 18,
  /* makes the capitalised name after it a storm's or an operation's:
   * "Storm Elsa", "Operation Sea Lion" */
  SW_WORD_THING       = 1 << 19,
  /* letters after a name that are no part of it: "Susan Blake KC",
   * "Keir Starmer MP" */
  SW_WORD_POSTNOMINAL = 1 << 20,
  /* ends the name of a street, a river or a bay after a name of its own:
   * "Carver Street", "Selva River" */
  SW_WORD_PLACE_TAIL  = 1 << 21,
} SwWordFlags;

typedef enum
{
  SW_CUE_INVERTS   = 1 << 0,  /* "…, said X" */
  SW_CUE_ADDRESSEE = 1 << 1,  /* "told X that …" */
  SW_CUE_OBJECT    = 1 << 2,  /* "called X Y" */
  SW_CUE_PREP      = 1 << 3,  /* "according to X" */
  SW_CUE_WEAK      = 1 << 4,  /* "believes that …" */
  SW_CUE_GERUND    = 1 << 5,  /* the -ing form: "stressing that …" */
  SW_CUE_DIRECT    = 1 << 6,  /* introduces direct quotes only: "he continued:" */
  SW_CUE_INFINITIVE = 1 << 7, /* with "to …": "wants to", "declined to" */
  SW_CUE_CLAUSE    = 1 << 8,  /* a noun object after it is no report: "added that …",
                               * "added the plan would fail", not "added a week" */
  SW_CUE_WARNS     = 1 << 9,  /* whom, when "that", "of" or "about" follows:
                               * "warned investors that …", not "warned the plan would fail" */
} SwCueFlags;

/* Grammar words by the part they play, from grammar.txt */
typedef enum
{
  SW_SET_DETERMINER   = 1 << 0,
  SW_SET_ADVERB       = 1 << 1,
  SW_SET_SUBJECT      = 1 << 2,
  SW_SET_COLLECTIVE   = 1 << 3,
  SW_SET_SKIP         = 1 << 4,
  SW_SET_AUX          = 1 << 5,
  SW_SET_TALK         = 1 << 6,
  SW_SET_BOUNDARY     = 1 << 7,
  SW_SET_CONNECTOR    = 1 << 8,
  SW_SET_ABBREVIATION = 1 << 9,
  SW_SET_SPEAKER      = 1 << 10,
  SW_SET_DOCUMENT     = 1 << 11,
  SW_SET_NOUN         = 1 << 12,
  SW_SET_PREPOSITION  = 1 << 13,
  SW_SET_AGENT        = 1 << 14,
  SW_SET_TRADE        = 1 << 15,
  SW_SET_LOCALITY     = 1 << 16,
  SW_SET_VOICE        = 1 << 17,
  SW_SET_BUSINESS     = 1 << 18,
  SW_SET_NUMBERED     = 1 << 19,
  SW_SET_REMARK       = 1 << 20,
  SW_SET_KNOWING      = 1 << 21,
  SW_SET_EPITHET      = 1 << 22,
} SwWordSet;

typedef struct
{
  guint        flags;   /* SwWordFlags */
  guint        sets;    /* SwWordSet */
  char         gender;  /* 'm', 'f', 'p' (plural), 'n' (it), 's' (I) or 0 */
  GPtrArray   *cues;    /* SwCue*, the cues that start with this word, longest first */
} SwWordInfo;

typedef struct
{
  char       **words;   /* lower case */
  guint        n_words;
  guint        flags;   /* SwCueFlags */
} SwCue;

typedef struct _SwLexicon SwLexicon;

const SwLexicon  *sw_lexicon_get          (void);
const SwWordInfo *sw_lexicon_lookup       (const SwLexicon *self,
                                           const char      *word,
                                           gsize            len);
gboolean          sw_lexicon_has_phrase   (const SwLexicon *self,
                                           const char      *phrase,
                                           guint            flag);
guint             sw_lexicon_phrase_flags (const SwLexicon *self,
                                           const char      *folded);
const char       *sw_lexicon_place_of     (const SwLexicon *self,
                                           const char      *adjective);
const char       *sw_lexicon_title_in_full (const SwLexicon *self,
                                            const char      *word,
                                            gsize            len);
const char       *sw_lexicon_known_as     (const SwLexicon *self,
                                           const char      *name);

/* FNV-1a over folded bytes: a caller that folds a word anyway can hash it
 * in the same loop and look it up with sw_lexicon_lookup_hashed(). */
#define SW_LEXICON_HASH_INIT 2166136261u
#define SW_LEXICON_HASH_STEP(h, c) (((h) ^ (guchar)(c)) * 16777619u)

const SwWordInfo *sw_lexicon_lookup_hashed (const SwLexicon *self,
                                            const char      *folded,
                                            gsize            len,
                                            guint32          hash);
const SwWordInfo *sw_lexicon_lookup_both   (const SwLexicon *self,
                                            const char      *folded,
                                            gsize            len,
                                            guint32          hash,
                                            guint           *timex,
                                            guint           *hints);

/* What sw_lexicon_lookup_both() tells of an entry besides the entry */
typedef enum
{
  SW_LEXICON_HINT_CUES = 1 << 0,  /* cues start with the word */
  SW_LEXICON_HINT_TALK = 1 << 1,  /* in SW_SET_TALK */
} SwLexiconHints;

/* Lower-cases @len bytes of @word into @buf (ASCII only: the lists are
 * ASCII), returning FALSE when it does not fit. */
gboolean          sw_lexicon_fold         (const char      *word,
                                           gsize            len,
                                           char            *buf,
                                           gsize            buf_size);

G_END_DECLS
