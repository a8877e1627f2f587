/* sw-lexicon.c: the word lists attribution reads, from the core GResource
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-lexicon"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "sw-lexicon.h"
#include "sw-timex-lexicon.h"
#include "sw-resources.h"

#define DATA_PATH "/io/github/saywhen/Saywhen/core/"

/* Every token of every document is looked up: open addressing over a hash
 * computed while the word is folded, so a lookup is one pass over the word
 * and a probe or two. */
typedef struct
{
  const char        *word;
  guint              len;
  const SwWordInfo  *info;   /* NULL for a word only the temporal lexicon knows */
  guint              timex;  /* the temporal lexicon's entry (sw_lex_from_id()), or 0 */
  guint              hints;  /* SwLexiconHints of info: told without reading it */
} Slot;

#define HASH_INIT SW_LEXICON_HASH_INIT
#define HASH_STEP(h, c) SW_LEXICON_HASH_STEP (h, c)

struct _SwLexicon
{
  Slot       *slots;
  guint       mask;
  GHashTable *words;    /* folded word → SwWordInfo* */
  GHashTable *phrases;  /* folded phrase → GUINT_TO_POINTER (SwWordFlags) */
  GHashTable *places;   /* folded adjective → place name */
  GHashTable *known_as; /* folded organisation name → the name it is known by */
  GHashTable *title_in_full; /* folded abbreviated title → the title written out */
};

gboolean
sw_lexicon_fold (const char *word,
                 gsize       len,
                 char       *buf,
                 gsize       buf_size)
{
  if (len + 1 > buf_size)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    buf[i] = word[i] >= 'A' && word[i] <= 'Z' ? word[i] + ('a' - 'A') : word[i];
  buf[len] = '\0';

  return TRUE;
}

static void
word_info_free (gpointer data)
{
  SwWordInfo *info = data;

  g_clear_pointer (&info->cues, g_ptr_array_unref);
  g_free (info);
}

static void
cue_free (gpointer data)
{
  SwCue *cue = data;

  g_strfreev (cue->words);
  g_free (cue);
}

static SwWordInfo *
ensure_word (SwLexicon  *self,
             const char *word)
{
  g_autofree char *folded = g_ascii_strdown (word, -1);
  SwWordInfo *info = g_hash_table_lookup (self->words, folded);

  if (info == NULL)
    {
      info = g_new0 (SwWordInfo, 1);
      g_hash_table_insert (self->words, g_steal_pointer (&folded), info);
    }

  return info;
}

static void
add_phrase (SwLexicon  *self,
            const char *phrase,
            guint       flag)
{
  g_autofree char *folded = g_ascii_strdown (phrase, -1);
  guint old = GPOINTER_TO_UINT (g_hash_table_lookup (self->phrases, folded));

  g_hash_table_replace (self->phrases, g_steal_pointer (&folded), GUINT_TO_POINTER (old | flag));

  /* A one-word phrase is a word too, so the tokenizer's lookups see it. */
  if (strchr (phrase, ' ') == NULL)
    ensure_word (self, phrase)->flags |= flag;
}

/* Calls @func on each non-comment line of a resource, split at tabs. */
static void
each_line (const char *name,
           void      (*func) (SwLexicon *, char **, guint),
           SwLexicon  *self)
{
  g_autofree char *path = g_strconcat (DATA_PATH, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    {
      g_critical ("Missing lexicon %s: %s", path, error->message);
      return;
    }

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      func (self, fields, g_strv_length (fields));
    }
}

static void
load_cue (SwLexicon  *self,
          char      **fields,
          guint       n_fields)
{
  g_auto(GStrv) forms = g_strsplit (fields[0], " ", -1);
  guint flags = 0;

  if (n_fields > 1)
    {
      g_auto(GStrv) names = g_strsplit (fields[1], ",", -1);

      for (guint i = 0; names[i] != NULL; i++)
        {
          const char *n = g_strstrip (names[i]);

          if (strcmp (n, "inv") == 0)
            flags |= SW_CUE_INVERTS;
          else if (strcmp (n, "addr") == 0)
            flags |= SW_CUE_ADDRESSEE;
          else if (strcmp (n, "obj") == 0)
            flags |= SW_CUE_OBJECT;
          else if (strcmp (n, "prep") == 0)
            flags |= SW_CUE_PREP;
          else if (strcmp (n, "weak") == 0)
            flags |= SW_CUE_WEAK;
          else if (strcmp (n, "direct") == 0)
            flags |= SW_CUE_DIRECT;
          else if (strcmp (n, "inf") == 0)
            flags |= SW_CUE_INFINITIVE;
          else if (strcmp (n, "clause") == 0)
            flags |= SW_CUE_CLAUSE;
          else if (strcmp (n, "whom") == 0)
            flags |= SW_CUE_WARNS;
        }
    }

  for (guint i = 0; forms[i] != NULL; i++)
    {
      SwCue *cue;
      SwWordInfo *info;
      guint at;

      if (forms[i][0] == '\0')
        continue;

      cue = g_new0 (SwCue, 1);
      cue->words = g_strsplit (forms[i], "_", -1);
      cue->n_words = g_strv_length (cue->words);
      cue->flags = flags;
      if (g_str_has_suffix (cue->words[0], "ing"))
        cue->flags |= SW_CUE_GERUND;

      info = ensure_word (self, cue->words[0]);
      info->flags |= SW_WORD_CUE;
      if (info->cues == NULL)
        info->cues = g_ptr_array_new_with_free_func (cue_free);

      /* Longest first, so "points out" wins over a bare "points". */
      for (at = 0; at < info->cues->len; at++)
        if (((SwCue *)g_ptr_array_index (info->cues, at))->n_words < cue->n_words)
          break;
      g_ptr_array_insert (info->cues, at, cue);
    }
}

static void
load_title (SwLexicon  *self,
            char      **fields,
            guint       n_fields)
{
  SwWordInfo *info;

  if (n_fields < 2)
    return;

  info = ensure_word (self, fields[0]);
  if (strcmp (fields[1], "title") == 0)
    info->flags |= SW_WORD_TITLE;
  else if (strcmp (fields[1], "honorific") == 0)
    info->flags |= SW_WORD_HONORIFIC;
  else if (strcmp (fields[1], "modifier") == 0)
    info->flags |= SW_WORD_MODIFIER;
  else if (strcmp (fields[1], "postnominal") == 0)
    info->flags |= SW_WORD_POSTNOMINAL;

  if (n_fields > 2 && fields[2][0] != '\0')
    info->gender = fields[2][0];
  /* "Gov.	title		Governor": an abbreviation and the title it stands for */
  if (n_fields > 3 && fields[3][0] != '\0')
    g_hash_table_replace (self->title_in_full, g_ascii_strdown (fields[0], -1), g_strdup (fields[3]));
}

static void
load_organization (SwLexicon  *self,
                   char      **fields,
                   guint       n_fields)
{
  if (n_fields < 2)
    return;

  if (strcmp (fields[1], "head") == 0)
    ensure_word (self, fields[0])->flags |= SW_WORD_ORG_HEAD;
  else if (strcmp (fields[1], "name") == 0)
    {
      add_phrase (self, fields[0], SW_WORD_ORG_NAME);
      /* "Number 10	name	Downing Street": one body by another name */
      if (n_fields >= 3 && fields[2][0] != '\0')
        g_hash_table_replace (self->known_as, g_ascii_strdown (fields[0], -1), g_strdup (fields[2]));
    }
  else if (strcmp (fields[1], "group") == 0)
    add_phrase (self, fields[0], SW_WORD_GROUP);
  else if (strcmp (fields[1], "body") == 0)
    ensure_word (self, fields[0])->flags |= SW_WORD_BODY;
  else if (strcmp (fields[1], "tail") == 0)
    ensure_word (self, fields[0])->flags |= SW_WORD_ORG_TAIL;
  else if (strcmp (fields[1], "possessor") == 0)
    ensure_word (self, fields[0])->flags |= SW_WORD_POSSESSOR;
  else if (strcmp (fields[1], "kind") == 0)
    ensure_word (self, fields[0])->flags |= SW_WORD_ORG_HEAD | SW_WORD_ORG_KIND;
}

/* name<TAB>m|f: the gender is optional, and the first list to give one
 * wins */
static void
add_given_name (SwLexicon  *self,
                char      **fields,
                guint       n_fields,
                guint       flag)
{
  SwWordInfo *info = ensure_word (self, fields[0]);

  info->flags |= flag;
  if (n_fields > 1 && info->gender == 0)
    info->gender = fields[1][0];
}

static void
load_first_name (SwLexicon  *self,
                 char      **fields,
                 guint       n_fields)
{
  add_given_name (self, fields, n_fields, SW_WORD_FIRST_NAME);
}

static void
load_given_name (SwLexicon  *self,
                 char      **fields,
                 guint       n_fields)
{
  add_given_name (self, fields, n_fields, SW_WORD_GIVEN);
}

static void
load_place (SwLexicon  *self,
            char      **fields,
            guint       n_fields)
{
  if (n_fields >= 2 && strcmp (fields[1], "tail") == 0)
    ensure_word (self, fields[0])->flags |= SW_WORD_PLACE_TAIL;
  else
    add_phrase (self, fields[0], SW_WORD_PLACE);
}

static void
load_nationality (SwLexicon  *self,
                  char      **fields,
                  guint       n_fields)
{
  ensure_word (self, fields[0])->flags |= SW_WORD_NATIONALITY;
  if (n_fields > 1 && fields[1][0] != '\0')
    g_hash_table_replace (self->places, g_ascii_strdown (fields[0], -1), g_strdup (fields[1]));
}

static void
load_medium (SwLexicon  *self,
             char      **fields,
             guint       n_fields)
{
  ensure_word (self, fields[0])->flags |= SW_WORD_MEDIUM;
}

static void
load_stopword (SwLexicon  *self,
               char      **fields,
               guint       n_fields)
{
  SwWordInfo *info;

  if (n_fields < 2)
    return;

  info = ensure_word (self, fields[0]);
  if (strcmp (fields[1], "function") == 0)
    info->flags |= SW_WORD_FUNCTION;
  else if (strcmp (fields[1], "time") == 0)
    info->flags |= SW_WORD_TIME;
  else if (strcmp (fields[1], "thing") == 0)
    info->flags |= SW_WORD_THING;
  else if (strcmp (fields[1], "pronoun") == 0)
    {
      info->flags |= SW_WORD_PRONOUN;
      if (n_fields > 2)
        info->gender = fields[2][0];
    }
}

static void
load_grammar (SwLexicon  *self,
              char      **fields,
              guint       n_fields)
{
  static const struct { const char *name; guint set; } names[] = {
    { "determiner", SW_SET_DETERMINER }, { "adverb", SW_SET_ADVERB },
    { "subject", SW_SET_SUBJECT }, { "collective", SW_SET_COLLECTIVE },
    { "skip", SW_SET_SKIP }, { "aux", SW_SET_AUX }, { "talk", SW_SET_TALK },
    { "boundary", SW_SET_BOUNDARY }, { "connector", SW_SET_CONNECTOR },
    { "abbreviation", SW_SET_ABBREVIATION }, { "speaker", SW_SET_SPEAKER },
    { "document", SW_SET_DOCUMENT }, { "noun", SW_SET_NOUN },
    { "preposition", SW_SET_PREPOSITION }, { "agent", SW_SET_AGENT },
    { "trade", SW_SET_TRADE }, { "locality", SW_SET_LOCALITY }, { "voice", SW_SET_VOICE },
    { "business", SW_SET_BUSINESS }, { "numbered", SW_SET_NUMBERED },
    { "remark", SW_SET_REMARK }, { "knowing", SW_SET_KNOWING }, { "epithet", SW_SET_EPITHET },
  };
  g_auto(GStrv) sets = NULL;
  SwWordInfo *info;

  if (n_fields < 2)
    return;

  info = ensure_word (self, fields[0]);
  sets = g_strsplit (fields[1], ",", -1);
  for (guint i = 0; sets[i] != NULL; i++)
    for (guint k = 0; k < G_N_ELEMENTS (names); k++)
      if (strcmp (g_strstrip (sets[i]), names[k].name) == 0)
        info->sets |= names[k].set;
}

static Slot *
slot_for (SwLexicon  *self,
          const char *word,
          guint       len)
{
  guint32 h = HASH_INIT;

  for (guint i = 0; i < len; i++)
    h = HASH_STEP (h, word[i]);
  for (h &= self->mask; self->slots[h].word != NULL; h = (h + 1) & self->mask)
    if (self->slots[h].len == len && memcmp (self->slots[h].word, word, len) == 0)
      break;
  return &self->slots[h];
}

static void
add_timex_word (const char *word,
                guint       len,
                guint       id,
                gpointer    user_data)
{
  Slot *slot = slot_for (user_data, word, len);

  if (slot->word == NULL)
    {
      slot->word = word;
      slot->len = len;
    }
  slot->timex = id;
}

/* One table for the words of both lexicons: the tokenizer finds a word's
 * entry in each with one probe. */
static void
build_slots (SwLexicon *self)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n = 64;

  /* at most half full with the temporal tagger's words too (fewer than
   * 1024 of them): short probes, and a table that stays in the cache */
  while (n < 2 * (g_hash_table_size (self->words) + 1024))
    n *= 2;
  self->slots = g_new0 (Slot, n);
  self->mask = n - 1;

  g_hash_table_iter_init (&iter, self->words);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *word = key;
      Slot *slot = slot_for (self, word, strlen (word));

      slot->word = word;
      slot->len = strlen (word);
      slot->info = value;
      if (((const SwWordInfo *)value)->cues != NULL)
        slot->hints |= SW_LEXICON_HINT_CUES;
      if (((const SwWordInfo *)value)->sets & SW_SET_TALK)
        slot->hints |= SW_LEXICON_HINT_TALK;
    }
  sw_lex_foreach (add_timex_word, self);
}

static gpointer
lexicon_load (gpointer data)
{
  SwLexicon *self = g_new0 (SwLexicon, 1);

  sw_core_register_resource ();

  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, word_info_free);
  self->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->known_as = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->title_in_full = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  each_line ("cues.txt", load_cue, self);
  each_line ("titles.txt", load_title, self);
  each_line ("organizations.txt", load_organization, self);
  each_line ("first-names.txt", load_first_name, self);
  each_line ("given-names.txt", load_given_name, self);
  each_line ("countries.txt", load_place, self);
  each_line ("places.txt", load_place, self);
  each_line ("nationalities.txt", load_nationality, self);
  each_line ("media.txt", load_medium, self);
  each_line ("stopwords.txt", load_stopword, self);
  each_line ("grammar.txt", load_grammar, self);

  build_slots (self);

  return self;
}

/**
 * sw_lexicon_get:
 *
 * Returns the process-wide lexicon, loading it on first use. It is never
 * freed and never changes, so any thread may read it.
 */
const SwLexicon *
sw_lexicon_get (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, lexicon_load, NULL);
}

const SwWordInfo *
sw_lexicon_lookup (const SwLexicon *self,
                   const char      *word,
                   gsize            len)
{
  char buf[48];
  guint32 h = HASH_INIT;

  if (len + 1 > sizeof buf)
    return NULL;

  for (gsize i = 0; i < len; i++)
    {
      char c = word[i];

      if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      buf[i] = c;
      h = HASH_STEP (h, c);
    }
  /* the probe compares first letters: an empty word's is this */
  buf[len] = '\0';

  return sw_lexicon_lookup_hashed (self, buf, len, h);
}

const SwWordInfo *
sw_lexicon_lookup_hashed (const SwLexicon *self,
                          const char      *folded,
                          gsize            len,
                          guint32          hash)
{
  return sw_lexicon_lookup_both (self, folded, len, hash, NULL, NULL);
}

/**
 * sw_lexicon_lookup_both:
 * @timex: (out) (optional): the number of the temporal lexicon's entry
 *   (sw_lex_from_id()), or 0
 * @hints: (out) (optional): SwLexiconHints of the entry
 *
 * sw_lexicon_lookup_hashed() that also gives what sw_lex_lookup_hashed()
 * would, and a few facts of the entry, from the same probe.
 */
const SwWordInfo *
sw_lexicon_lookup_both (const SwLexicon *self,
                        const char      *folded,
                        gsize            len,
                        guint32          hash,
                        guint           *timex,
                        guint           *hints)
{
  for (guint h = hash & self->mask; self->slots[h].word != NULL; h = (h + 1) & self->mask)
    if (self->slots[h].len == len && self->slots[h].word[0] == folded[0] &&
        memcmp (self->slots[h].word, folded, len) == 0)
      {
        if (timex != NULL)
          *timex = self->slots[h].timex;
        if (hints != NULL)
          *hints = self->slots[h].hints;
        return self->slots[h].info;
      }

  if (timex != NULL)
    *timex = 0;
  if (hints != NULL)
    *hints = 0;
  return NULL;
}

gboolean
sw_lexicon_has_phrase (const SwLexicon *self,
                       const char      *phrase,
                       guint            flag)
{
  g_autofree char *folded = g_ascii_strdown (phrase, -1);

  return (GPOINTER_TO_UINT (g_hash_table_lookup (self->phrases, folded)) & flag) != 0;
}

/* Flags of a phrase already folded */
guint
sw_lexicon_phrase_flags (const SwLexicon *self,
                         const char      *folded)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->phrases, folded));
}

const char *
sw_lexicon_place_of (const SwLexicon *self,
                     const char      *adjective)
{
  g_autofree char *folded = g_ascii_strdown (adjective, -1);

  return g_hash_table_lookup (self->places, folded);
}

/**
 * sw_lexicon_title_in_full:
 * @word: a word of a role, such as "Gov."
 * @len: its length in bytes
 *
 * Returns the title an abbreviation stands for ("Governor" for "Gov."),
 * or %NULL when @word is no abbreviated title.
 */
const char *
sw_lexicon_title_in_full (const SwLexicon *self,
                          const char      *word,
                          gsize            len)
{
  char folded[16];

  if (len == 0 || len >= sizeof folded)
    return NULL;
  for (gsize i = 0; i < len; i++)
    folded[i] = g_ascii_tolower (word[i]);
  folded[len] = '\0';
  return g_hash_table_lookup (self->title_in_full, folded);
}

/**
 * sw_lexicon_known_as:
 * @name: an organisation's name
 *
 * Returns the name the lists know the organisation by ("Downing Street"
 * for "Number 10"), or %NULL when it is known by its own.
 */
const char *
sw_lexicon_known_as (const SwLexicon *self,
                     const char      *name)
{
  g_autofree char *folded = g_ascii_strdown (name, -1);

  return g_hash_table_lookup (self->known_as, folded);
}
