/* sw-timex-lexicon.c: the words the temporal tagger knows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-timex-lexicon"

#include "config.h"

#include <string.h>

#include "sw-timex-lexicon.h"

typedef struct
{
  const char *word;
  int         value;
} Pair;

typedef struct
{
  const char *word;
  const char *value;
} Named;

static const Pair months[] = {
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 },
  { "may", 5 }, { "june", 6 }, { "july", 7 }, { "august", 8 },
  { "september", 9 }, { "october", 10 }, { "november", 11 }, { "december", 12 },
};

static const Pair month_abbrs[] = {
  { "jan", 1 }, { "feb", 2 }, { "mar", 3 }, { "apr", 4 }, { "jun", 6 },
  { "jul", 7 }, { "aug", 8 }, { "sep", 9 }, { "sept", 9 }, { "oct", 10 },
  { "nov", 11 }, { "dec", 12 },
};

static const Pair weekdays[] = {
  { "monday", 1 }, { "tuesday", 2 }, { "wednesday", 3 }, { "thursday", 4 },
  { "friday", 5 }, { "saturday", 6 }, { "sunday", 7 },
};

static const Pair weekday_abbrs[] = {
  { "mon", 1 }, { "tue", 2 }, { "tues", 2 }, { "wed", 3 }, { "thu", 4 },
  { "thur", 4 }, { "thurs", 4 }, { "fri", 5 }, { "sat", 6 }, { "sun", 7 },
};

/* singular, plural */
static const struct { const char *one, *many; SwUnit unit; } units[] = {
  { "second", "seconds", SW_UNIT_SECOND },
  { "minute", "minutes", SW_UNIT_MINUTE },
  { "min", "mins", SW_UNIT_MINUTE },
  { "hour", "hours", SW_UNIT_HOUR },
  { "day", "days", SW_UNIT_DAY },
  { "weekend", "weekends", SW_UNIT_WEEKEND },
  { "week", "weeks", SW_UNIT_WEEK },
  { "fortnight", "fortnights", SW_UNIT_FORTNIGHT },
  { "month", "months", SW_UNIT_MONTH },
  { "quarter", "quarters", SW_UNIT_QUARTER },
  { "year", "years", SW_UNIT_YEAR },
  { "yr", "yrs", SW_UNIT_YEAR },
  { "decade", "decades", SW_UNIT_DECADE },
  { "century", "centuries", SW_UNIT_CENTURY },
  { "millennium", "millennia", SW_UNIT_MILLENNIUM },
};

static const Pair cardinals[] = {
  { "zero", 0 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 },
  { "five", 5 }, { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 },
  { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 }, { "thirteen", 13 },
  { "fourteen", 14 }, { "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 },
  { "eighteen", 18 }, { "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 },
  { "forty", 40 }, { "fifty", 50 }, { "sixty", 60 }, { "seventy", 70 },
  { "eighty", 80 }, { "ninety", 90 }, { "hundred", 100 }, { "thousand", 1000 },
};

static const Pair ordinals[] = {
  { "first", 1 }, { "second", 2 }, { "third", 3 }, { "fourth", 4 }, { "fifth", 5 },
  { "sixth", 6 }, { "seventh", 7 }, { "eighth", 8 }, { "ninth", 9 }, { "tenth", 10 },
  { "eleventh", 11 }, { "twelfth", 12 }, { "thirteenth", 13 }, { "fourteenth", 14 },
  { "fifteenth", 15 }, { "sixteenth", 16 }, { "seventeenth", 17 },
  { "eighteenth", 18 }, { "nineteenth", 19 }, { "twentieth", 20 },
  { "thirtieth", 30 },
};

static const Pair seasons[] = {
  { "spring", 1 }, { "summer", 2 }, { "autumn", 3 }, { "fall", 3 }, { "winter", 4 },
};

static const Pair parts_of_day[] = {
  { "morning", 1 }, { "afternoon", 2 }, { "evening", 3 }, { "night", 4 },
  { "daytime", 5 },
};

/* UTC offsets as TIMEX3 writes them. */
static const Named zones[] = {
  { "utc", "Z" }, { "gmt", "Z" }, { "est", "-05" }, { "edt", "-04" },
  { "cst", "-06" }, { "cdt", "-05" }, { "mst", "-07" }, { "mdt", "-06" },
  { "pst", "-08" }, { "pdt", "-07" }, { "bst", "+01" }, { "cet", "+01" },
  { "cest", "+02" }, { "eet", "+02" }, { "eest", "+03" }, { "msk", "+03" },
  { "jst", "+09" },
};

static const Named vague_words[] = {
  { "now", "PRESENT_REF" }, { "currently", "PRESENT_REF" },
  { "nowadays", "PRESENT_REF" }, { "presently", "PRESENT_REF" },
  { "recently", "PAST_REF" }, { "lately", "PAST_REF" }, { "formerly", "PAST_REF" },
};

static const Named set_words[] = {
  { "daily", "P1D" }, { "nightly", "XXXX-XX-XXTNI" }, { "weekly", "P1W" },
  { "biweekly", "P2W" }, { "monthly", "P1M" }, { "quarterly", "P3M" },
  { "annually", "P1Y" }, { "annual", "P1Y" }, { "yearly", "P1Y" },
  { "hourly", "PT1H" },
};

/* The first words of the holidays on a fixed date that sw-timex.c knows */
static const char * const holiday_words[] = {
  "christmas", "halloween", "valentine", "boxing", "bastille", "armistice",
  "veterans", "remembrance",
};

/* and of those whose date moves with the year */
static const char * const floating_holiday_words[] = {
  "thanksgiving", "labor", "labour", "memorial", "columbus", "presidents", "easter", "election",
};

static const Pair keywords[] = {
  { "the", SW_KW_THE }, { "a", SW_KW_A }, { "an", SW_KW_A }, { "of", SW_KW_OF },
  { "and", SW_KW_AND }, { "or", SW_KW_OR }, { "to", SW_KW_TO }, { "from", SW_KW_FROM },
  { "between", SW_KW_BETWEEN }, { "through", SW_KW_THROUGH }, { "until", SW_KW_UNTIL },
  { "till", SW_KW_UNTIL }, { "in", SW_KW_IN }, { "on", SW_KW_ON }, { "at", SW_KW_AT },
  { "by", SW_KW_BY }, { "for", SW_KW_FOR }, { "within", SW_KW_WITHIN },
  { "during", SW_KW_DURING }, { "since", SW_KW_SINCE }, { "over", SW_KW_OVER },
  { "under", SW_KW_UNDER }, { "than", SW_KW_THAN }, { "least", SW_KW_LEAST },
  { "most", SW_KW_MOST }, { "up", SW_KW_UP }, { "other", SW_KW_OTHER },
  { "this", SW_KW_THIS }, { "that", SW_KW_THAT }, { "these", SW_KW_THESE },
  { "last", SW_KW_LAST }, { "next", SW_KW_NEXT }, { "past", SW_KW_PAST },
  { "coming", SW_KW_COMING }, { "upcoming", SW_KW_COMING },
  { "previous", SW_KW_PREVIOUS }, { "preceding", SW_KW_PREVIOUS },
  { "prior", SW_KW_PREVIOUS },
  { "following", SW_KW_FOLLOWING }, { "subsequent", SW_KW_FOLLOWING },
  { "succeeding", SW_KW_FOLLOWING },
  { "same", SW_KW_SAME }, { "final", SW_KW_FINAL }, { "another", SW_KW_ANOTHER },
  { "ago", SW_KW_AGO }, { "later", SW_KW_LATER }, { "afterwards", SW_KW_LATER },
  { "afterward", SW_KW_LATER }, { "earlier", SW_KW_EARLIER },
  { "before", SW_KW_BEFORE }, { "previously", SW_KW_EARLIER }, { "after", SW_KW_AFTER },
  { "early", SW_KW_EARLY }, { "late", SW_KW_LATE }, { "mid", SW_KW_MID },
  { "middle", SW_KW_MIDDLE }, { "beginning", SW_KW_BEGINNING },
  { "start", SW_KW_START }, { "end", SW_KW_END }, { "latter", SW_KW_LATTER },
  { "about", SW_KW_ABOUT }, { "around", SW_KW_ABOUT }, { "approximately", SW_KW_ABOUT },
  { "roughly", SW_KW_ABOUT }, { "circa", SW_KW_ABOUT }, { "ca", SW_KW_ABOUT },
  { "nearly", SW_KW_ALMOST }, { "almost", SW_KW_ALMOST },
  { "more", SW_KW_MORE }, { "less", SW_KW_LESS }, { "fewer", SW_KW_LESS },
  { "just", SW_KW_JUST }, { "only", SW_KW_JUST }, { "close", SW_KW_CLOSE },
  { "well", SW_KW_WELL },
  { "today", SW_KW_TODAY }, { "yesterday", SW_KW_YESTERDAY },
  { "tomorrow", SW_KW_TOMORROW }, { "tonight", SW_KW_TONIGHT },
  { "overnight", SW_KW_OVERNIGHT }, { "noon", SW_KW_NOON }, { "midday", SW_KW_NOON },
  { "midnight", SW_KW_MIDNIGHT },
  { "recent", SW_KW_RECENT }, { "future", SW_KW_FUTURE }, { "present", SW_KW_PRESENT },
  { "current", SW_KW_CURRENT }, { "right", SW_KW_RIGHT }, { "time", SW_KW_TIME },
  { "being", SW_KW_BEING },
  { "every", SW_KW_EVERY }, { "each", SW_KW_EVERY }, { "per", SW_KW_PER },
  { "once", SW_KW_ONCE }, { "twice", SW_KW_TWICE }, { "thrice", SW_KW_TWICE },
  { "times", SW_KW_TIMES },
  { "fiscal", SW_KW_FISCAL }, { "half", SW_KW_HALF }, { "several", SW_KW_SEVERAL },
  { "few", SW_KW_FEW }, { "many", SW_KW_MANY }, { "couple", SW_KW_COUPLE },
  { "dozen", SW_KW_DOZEN }, { "some", SW_KW_SOME },
  { "consecutive", SW_KW_COUNTADJ }, { "straight", SW_KW_COUNTADJ },
  { "full", SW_KW_COUNTADJ }, { "trading", SW_KW_COUNTADJ },
  { "business", SW_KW_COUNTADJ }, { "working", SW_KW_COUNTADJ },
  { "successive", SW_KW_COUNTADJ }, { "calendar", SW_KW_COUNTADJ },
  { "am", SW_KW_AM }, { "pm", SW_KW_PM }, { "hrs", SW_KW_HRS }, { "hr", SW_KW_HRS },
  { "bc", SW_KW_BC }, { "bce", SW_KW_BC }, { "ad", SW_KW_AD }, { "ce", SW_KW_AD },
  { "long", SW_KW_LONG }, { "old", SW_KW_OLD },
};

/* Words that place a clause before or after the moment of writing. The
 * regular past ("-ed") is recognised by its ending. */
static const char * const past_cues[] = {
  "was", "were", "had", "did", "said", "told", "has", "have", "since", "went",
  "came", "met", "began", "saw", "took", "made", "gave", "held", "left",
  "fought", "spoke", "won", "lost", "fell", "sent", "rose", "ran", "struck",
  "led", "brought", "became", "wrote", "got", "found", "kept", "paid", "sold",
  "bought", "flew", "shot", "stood", "sought", "fled", "hit", "broke", "chose",
  "drove", "grew", "knew", "thought", "taught", "caught", "ago", "agreed",
  "built", "spent", "lent", "meant", "felt", "slept", "dealt", "heard", "laid", "fed",
  "understood", "hung", "sang", "rang", "sank", "drank", "ate", "shook", "rode", "froze",
  "woke", "stole", "wore", "tore", "swore", "threw", "drew", "blew", "hid", "lit", "forgot",
  "sat", "withdrew", "overtook", "undertook", "upheld", "withheld", "overcame", "arose",
  "swept", "sped", "stuck", "swung",
};

static const char * const future_cues[] = {
  "will", "would", "shall", "ll", "going", "plans", "plan", "expected",
  "scheduled", "due", "upcoming", "intends", "expects", "hopes", "wants", "likely", "could", "might",
};

/* Verbs of what recurs or is scheduled, in the present: "before the
 * session ends in June" is this coming June, whatever was said before */
static const char * const present_cues[] = {
  "ends", "begins", "starts", "opens", "closes", "expires", "resumes", "meets", "runs",
  "takes", "retires", "leaves", "arrives", "returns", "launches", "steps", "hosts", "visits",
  "travels", "goes", "kicks", "holds",
};

/* The lookup table: open addressing over FNV-1a hashes that the tokenizer
 * computes while it lowers a word, so a lookup costs one probe or two. */
typedef struct
{
  const char  *word;
  guint        len;
  const SwLex *lex;
} Slot;

#define N_SLOTS 2048

static Slot *slots;

static SwLex *
entry (GHashTable *table,
       const char *word)
{
  SwLex *lex = g_hash_table_lookup (table, word);

  if (lex == NULL)
    {
      lex = g_new0 (SwLex, 1);
      lex->num = -1;
      g_hash_table_insert (table, (gpointer)word, lex);
    }

  return lex;
}

static gpointer
build_lexicon (gpointer data)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    entry (table, keywords[i].word)->kw = keywords[i].value;
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    entry (table, months[i].word)->month = months[i].value;
  for (guint i = 0; i < G_N_ELEMENTS (month_abbrs); i++)
    {
      SwLex *lex = entry (table, month_abbrs[i].word);
      lex->month = month_abbrs[i].value;
      lex->abbr = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (weekdays); i++)
    entry (table, weekdays[i].word)->weekday = weekdays[i].value;
  for (guint i = 0; i < G_N_ELEMENTS (weekday_abbrs); i++)
    {
      SwLex *lex = entry (table, weekday_abbrs[i].word);
      lex->weekday = weekday_abbrs[i].value;
      lex->abbr = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      entry (table, units[i].one)->unit = units[i].unit;
      entry (table, units[i].many)->unit = units[i].unit;
      entry (table, units[i].many)->plural = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (cardinals); i++)
    entry (table, cardinals[i].word)->num = cardinals[i].value;
  for (guint i = 0; i < G_N_ELEMENTS (ordinals); i++)
    entry (table, ordinals[i].word)->ord = ordinals[i].value;
  for (guint i = 0; i < G_N_ELEMENTS (seasons); i++)
    entry (table, seasons[i].word)->season = seasons[i].value;
  for (guint i = 0; i < G_N_ELEMENTS (parts_of_day); i++)
    entry (table, parts_of_day[i].word)->pod = parts_of_day[i].value;
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      SwLex *lex = entry (table, zones[i].word);
      lex->kw = SW_KW_TZ;
      lex->value = zones[i].value;
    }
  for (guint i = 0; i < G_N_ELEMENTS (vague_words); i++)
    {
      SwLex *lex = entry (table, vague_words[i].word);
      lex->kw = SW_KW_VAGUE;
      lex->value = vague_words[i].value;
    }
  for (guint i = 0; i < G_N_ELEMENTS (set_words); i++)
    {
      SwLex *lex = entry (table, set_words[i].word);
      lex->kw = SW_KW_SETWORD;
      lex->value = set_words[i].value;
    }
  for (guint i = 0; i < G_N_ELEMENTS (past_cues); i++)
    entry (table, past_cues[i])->tense = SW_TENSE_PAST;
  for (guint i = 0; i < G_N_ELEMENTS (future_cues); i++)
    entry (table, future_cues[i])->tense = SW_TENSE_FUTURE;
  for (guint i = 0; i < G_N_ELEMENTS (present_cues); i++)
    entry (table, present_cues[i])->tense = SW_TENSE_PRESENT;

  for (guint i = 0; i < G_N_ELEMENTS (holiday_words); i++)
    entry (table, holiday_words[i])->kw = SW_KW_HOLIDAY;
  for (guint i = 0; i < G_N_ELEMENTS (floating_holiday_words); i++)
    {
      entry (table, floating_holiday_words[i])->kw = SW_KW_HOLIDAY;
      entry (table, floating_holiday_words[i])->floating = TRUE;
    }

  /* "o'clock" arrives as "o" + "clock"; "clock" alone is enough. */
  entry (table, "clock")->kw = SW_KW_OCLOCK;

  {
    GHashTableIter iter;
    gpointer key, value;
    Slot *table_slots = g_new0 (Slot, N_SLOTS);

    g_assert (g_hash_table_size (table) * 2 < N_SLOTS);
    g_hash_table_iter_init (&iter, table);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        guint len = strlen (key);
        guint32 h = SW_LEX_HASH_INIT;

        g_assert (len <= SW_LEX_MAX_WORD);
        for (guint i = 0; i < len; i++)
          h = SW_LEX_HASH_STEP (h, ((const char *)key)[i]);
        for (h &= N_SLOTS - 1; table_slots[h].word != NULL; h = (h + 1) & (N_SLOTS - 1))
          ;
        table_slots[h].word = key;
        table_slots[h].len = len;
        table_slots[h].lex = value;
      }
    /* the entries live as long as the process; the index is no longer needed */
    g_hash_table_steal_all (table);
    g_hash_table_unref (table);
    return table_slots;
  }
}

const SwLex *
sw_lex_lookup_hashed (const char *lower_word,
                      guint       len,
                      guint32     hash)
{
  static GOnce once = G_ONCE_INIT;
  guint h;

  if (G_UNLIKELY (slots == NULL))
    slots = g_once (&once, build_lexicon, NULL);

  for (h = hash & (N_SLOTS - 1); slots[h].word != NULL; h = (h + 1) & (N_SLOTS - 1))
    if (slots[h].len == len && memcmp (slots[h].word, lower_word, len) == 0)
      return slots[h].lex;
  return NULL;
}

/**
 * sw_lex_foreach:
 * @func: called with each word of the lexicon and the number of its entry
 *   (see sw_lex_from_id())
 *
 * Lets the word lexicon keep the temporal entries in its own table, so
 * that the tokenizer finds both with one probe.
 */
void
sw_lex_foreach (SwLexForeachFunc func,
                gpointer         user_data)
{
  /* builds the table if nobody looked a word up yet */
  sw_lex_lookup ("now");

  for (guint h = 0; h < N_SLOTS; h++)
    if (slots[h].word != NULL)
      func (slots[h].word, slots[h].len, h + 1, user_data);
}

/**
 * sw_lex_from_id:
 * @id: what sw_lex_foreach() gave for a word, never 0
 *
 * The entry of a word by its number: a token keeps the number, 32 bits,
 * rather than a pointer.
 */
const SwLex *
sw_lex_from_id (guint id)
{
  g_return_val_if_fail (id >= 1 && id <= N_SLOTS && slots != NULL, NULL);

  return slots[id - 1].lex;
}

const SwLex *
sw_lex_lookup (const char *lower_word)
{
  guint len = strlen (lower_word);
  guint32 h = SW_LEX_HASH_INIT;

  if (len > SW_LEX_MAX_WORD)
    return NULL;
  for (guint i = 0; i < len; i++)
    h = SW_LEX_HASH_STEP (h, lower_word[i]);
  return sw_lex_lookup_hashed (lower_word, len, h);
}
