/* test-attribution.c: who said what, to whom, and about whom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sentences are written for these tests; the seed article is read from
 * $SAYWHEN_SHARED at test time.
 */
#include <json-glib/json-glib.h>
#include <string.h>

#include "sw-document.h"
#include "sw-extract.h"

typedef struct
{
  SwDocument   *doc;
  SwExtraction *ex;
} Result;

static Result
run (const char *text)
{
  Result r;

  r.doc = sw_document_new_from_text (NULL, text, -1);
  r.ex = sw_extract (r.doc, NULL);

  return r;
}

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->ex, sw_extraction_unref);
  g_clear_object (&r->doc);
}

static char *
slice (Result *r,
       SwSpan  span)
{
  return g_strndup (sw_document_get_text (r->doc) + span.start, span.end - span.start);
}

/* The quote whose content contains @needle. */
static const SwQuote *
quote_with (Result     *r,
            const char *needle)
{
  for (guint i = 0; i < r->ex->quotes->len; i++)
    {
      const SwQuote *q = g_ptr_array_index (r->ex->quotes, i);
      g_autofree char *content = slice (r, q->content);

      if (strstr (content, needle) != NULL)
        return q;
    }

  return NULL;
}

static int
actor_named (Result     *r,
             const char *name)
{
  for (guint i = 0; i < r->ex->actors->len; i++)
    if (g_strcmp0 (((SwActor *)g_ptr_array_index (r->ex->actors, i))->name, name) == 0)
      return i;

  return -1;
}

static const SwActor *
actor (Result *r,
       int     index)
{
  g_assert_cmpint (index, >=, 0);
  return g_ptr_array_index (r->ex->actors, index);
}

static void
assert_speakers (Result        *r,
                 const SwQuote *q,
                 const char    *first,
                 const char    *second)
{
  g_assert_nonnull (q);
  g_assert_cmpuint (q->speakers->len, ==, second != NULL ? 2 : 1);
  g_assert_cmpstr (actor (r, g_array_index (q->speakers, int, 0))->name, ==, first);
  if (second != NULL)
    g_assert_cmpstr (actor (r, g_array_index (q->speakers, int, 1))->name, ==, second);
}

static void
assert_cue (Result        *r,
            const SwQuote *q,
            const char    *cue)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (q);
  g_assert_true (q->has_cue);
  text = slice (r, q->cue);
  g_assert_cmpstr (text, ==, cue);
}

static void
assert_content (Result        *r,
                const SwQuote *q,
                const char    *words)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (q);
  text = slice (r, q->content);
  g_assert_cmpstr (text, ==, words);
}

static const SwRelation *
relation_of (Result         *r,
             const char     *a,
             const char     *b,
             SwRelationKind  kind)
{
  int ia = actor_named (r, a), ib = actor_named (r, b);

  for (guint i = 0; i < r->ex->relations->len; i++)
    {
      const SwRelation *rel = g_ptr_array_index (r->ex->relations, i);

      if (rel->kind == kind &&
          ((rel->source == ia && rel->target == ib) || (rel->source == ib && rel->target == ia)))
        return rel;
    }

  return NULL;
}

static gboolean
has_relation (Result         *r,
              const char     *a,
              const char     *b,
              SwRelationKind  kind)
{
  return relation_of (r, a, b, kind) != NULL;
}

static void
test_direct_after (void)
{
  Result r = run ("Prime Minister Anna Lindqvist met farmers in Umea on Friday.\n"
                  "“We will not abandon the north,” Lindqvist said in a radio interview.\n"
                  "“Nobody should pay twice for the same road,” said Jonas Berg, chairman of the "
                  "Nordic Freight Association.\n");
  const SwQuote *q = quote_with (&r, "We will not abandon the north");
  g_autofree char *content = NULL;

  assert_speakers (&r, q, "Anna Lindqvist", NULL);
  assert_cue (&r, q, "said");
  g_assert_cmpint (q->kind, ==, SW_QUOTE_DIRECT);
  g_assert_cmpstr (q->medium, ==, "radio interview");
  content = slice (&r, q->content);
  g_assert_false (strstr (content, "said") != NULL);

  q = quote_with (&r, "pay twice");
  assert_speakers (&r, q, "Jonas Berg", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Nordic Freight Association"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);
}

static void
test_direct_before (void)
{
  Result r = run ("Governor Paula Mendes spoke after the vote. Mendes said: “The budget is balanced "
                  "for the first time in ten years.”\n");
  const SwQuote *q = quote_with (&r, "The budget is balanced");

  assert_speakers (&r, q, "Paula Mendes", NULL);
  assert_cue (&r, q, "said");
  result_clear (&r);
}

static void
test_indirect_forms (void)
{
  Result r = run ("Finance Minister Omar Haddad said that the deficit would shrink next year.\n"
                  "The central bank expects growth to slow, according to Lena Vogt, an economist at "
                  "Kestrel Bank.\n"
                  "Imports fell sharply in the spring, the ministry said.\n"
                  "Haddad warned that fuel subsidies could not last.\n"
                  "Haddad told Radio Atlas that the plan was final.\n");
  const SwQuote *q;

  q = quote_with (&r, "the deficit would shrink");
  assert_speakers (&r, q, "Omar Haddad", NULL);
  g_assert_cmpint (q->kind, ==, SW_QUOTE_INDIRECT);

  q = quote_with (&r, "expects growth to slow");
  assert_speakers (&r, q, "Lena Vogt", NULL);
  assert_cue (&r, q, "according to");

  q = quote_with (&r, "Imports fell sharply");
  g_assert_nonnull (q);
  g_assert_true (q->has_speaker_mention);
  {
    g_autofree char *who = slice (&r, q->speaker_mention);
    g_assert_cmpstr (who, ==, "the ministry");
  }

  q = quote_with (&r, "fuel subsidies could not last");
  assert_speakers (&r, q, "Omar Haddad", NULL);
  assert_cue (&r, q, "warned");

  q = quote_with (&r, "the plan was final");
  assert_speakers (&r, q, "Omar Haddad", NULL);
  g_assert_cmpint (q->addressee, ==, actor_named (&r, "Radio Atlas"));
  g_assert_true (has_relation (&r, "Omar Haddad", "Radio Atlas", SW_RELATION_TOLD));
  result_clear (&r);
}

static void
test_mixed_and_pronouns (void)
{
  Result r = run ("“The harvest is the worst in a decade,” said Maria Costa, head of the Growers Union.\n"
                  "She called the new tariff “a slow poison for small farms”.\n"
                  "Senator Daniel Okafor disagreed. He said the tariff would protect local jobs.\n");
  const SwQuote *q = quote_with (&r, "slow poison");

  assert_speakers (&r, q, "Maria Costa", NULL);
  g_assert_cmpint (q->kind, ==, SW_QUOTE_MIXED);
  assert_cue (&r, q, "called");

  q = quote_with (&r, "protect local jobs");
  assert_speakers (&r, q, "Daniel Okafor", NULL);
  result_clear (&r);
}

static void
test_joint_and_organisations (void)
{
  Result r = run ("In Lisbon, Spanish Prime Minister Carlos Ibarra and Portuguese President Rui Santos "
                  "called the treaty a fair compromise, stressing that fishing quotas must stay.\n"
                  "The Kremlin said the talks had been useful.\n");
  const SwQuote *q = quote_with (&r, "fishing quotas must stay");

  assert_speakers (&r, q, "Carlos Ibarra", "Rui Santos");
  assert_cue (&r, q, "stressing");
  g_assert_true (has_relation (&r, "Carlos Ibarra", "Rui Santos", SW_RELATION_JOINT_STATEMENT));

  q = quote_with (&r, "the talks had been useful");
  assert_speakers (&r, q, "Kremlin", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Kremlin"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);
}

static void
test_all_caps (void)
{
  Result r = run ("Mayor Helen Strand opened the bridge on Monday.\n"
                  "“STRAND HAS BUILT NOTHING BUT DEBT,” SAID RIVAL CANDIDATE PETER HOLM.\n"
                  "SHE SAID THAT THE BRIDGE WOULD PAY FOR ITSELF.\n");
  const SwQuote *q = quote_with (&r, "THE BRIDGE WOULD PAY");
  int strand = actor_named (&r, "Helen Strand");

  assert_speakers (&r, q, "Helen Strand", NULL);
  q = quote_with (&r, "BUILT NOTHING BUT DEBT");
  g_assert_nonnull (q);
  g_assert_cmpuint (q->speakers->len, ==, 1);
  /* STRAND in the capitals is the mayor, mentioned again */
  g_assert_cmpuint (actor (&r, strand)->mentions->len, >=, 2);
  result_clear (&r);
}

static void
test_odd_marks (void)
{
  /* A straight quote, a guillemet quote, an apostrophe inside a word and a
   * quote that never closes: the last must not swallow the next paragraph. */
  Result r = run ("\"Prices will rise again,\" said Jonas Berg.\n"
                  "«The port stays open all winter», Berg added.\n"
                  "Macron’s adviser Luc Perrin said: “The offer is still on the table.\n"
                  "Officials said the ferry timetable would change in May.\n");
  const SwQuote *q;

  q = quote_with (&r, "Prices will rise again");
  assert_speakers (&r, q, "Jonas Berg", NULL);
  q = quote_with (&r, "The port stays open");
  assert_speakers (&r, q, "Jonas Berg", NULL);
  q = quote_with (&r, "The offer is still on the table");
  assert_speakers (&r, q, "Luc Perrin", NULL);
  {
    g_autofree char *content = slice (&r, q->content);
    g_assert_null (strstr (content, "ferry"));
  }
  q = quote_with (&r, "the ferry timetable would change");
  g_assert_nonnull (q);
  result_clear (&r);
}

static void
test_multi_paragraph (void)
{
  Result r = run ("“The first part of the plan is about schools and teachers in every district.\n"
                  "“The second part is about the hospitals that have waited far too long,” "
                  "Minister Sara Lund said.\n"
                  "Unrelated news followed.\n");
  const SwQuote *q = quote_with (&r, "The second part");

  assert_speakers (&r, q, "Sara Lund", NULL);
  {
    g_autofree char *content = slice (&r, q->content);
    g_assert_nonnull (strstr (content, "The first part"));
    g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 1);
  }
  result_clear (&r);
}

/* “…,” Warren said. “…”: the attribution breaks into the quotation. Its
 * words stay out of the content, which goes on in a second piece of the
 * same quote; a quote that only goes on across a paragraph break stays in
 * one piece. */
static void
test_interrupted (void)
{
  Result r = run ("Stumpf made $19.3 million in 2015.\n\n"
                  "“This just isn’t right,” Senator Anna Warren said. “You squeezed employees to the "
                  "breaking point” to drive up the stock price.\n\n"
                  "“We will not pay,” Mayor Tom Berg said, “and we will not be moved by threats from "
                  "anyone in this city.”\n");
  const SwQuote *q = quote_with (&r, "This just isn’t right");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *whole = NULL;

  assert_speakers (&r, q, "Anna Warren", NULL);
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  first = slice (&r, sw_quote_get_part (q, 0));
  second = slice (&r, sw_quote_get_part (q, 1));
  g_assert_cmpstr (first, ==, "This just isn’t right,");
  g_assert_cmpstr (second, ==, "You squeezed employees to the breaking point");
  whole = sw_quote_dup_text (q, sw_document_get_text (r.doc), sw_document_get_size (r.doc));
  g_assert_cmpstr (whole, ==, "This just isn’t right, … You squeezed employees to the breaking point");
  /* no other quote holds the second piece */
  g_assert_true (quote_with (&r, "You squeezed") == NULL);

  q = quote_with (&r, "We will not pay");
  assert_speakers (&r, q, "Tom Berg", NULL);
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  g_clear_pointer (&second, g_free);
  second = slice (&r, sw_quote_get_part (q, 1));
  g_assert_true (g_str_has_prefix (second, "and we will not be moved"));
  result_clear (&r);
}

static void
test_alias_merging (void)
{
  Result r = run ("German Chancellor Karl Weber arrived in Rome. Weber met Italian Prime Minister "
                  "Giulia Rossi for talks. Chancellor Weber said the meeting went well.\n"
                  "“WEBER IS RIGHT,” ROSSI SAID.\n");
  int weber = actor_named (&r, "Karl Weber");
  const SwQuote *q;

  g_assert_cmpint (weber, >=, 0);
  g_assert_cmpint (actor (&r, weber)->kind, ==, SW_ACTOR_PERSON);
  g_assert_cmpuint (actor (&r, weber)->mentions->len, >=, 4);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, weber)->roles, 0), ==, "German Chancellor");
  g_assert_cmpint (actor_named (&r, "Weber"), ==, -1);
  q = quote_with (&r, "the meeting went well");
  assert_speakers (&r, q, "Karl Weber", NULL);
  q = quote_with (&r, "WEBER IS RIGHT");
  assert_speakers (&r, q, "Giulia Rossi", NULL);
  g_assert_true (has_relation (&r, "Karl Weber", "Giulia Rossi", SW_RELATION_SPOKE_WITH));
  g_assert_true (has_relation (&r, "Giulia Rossi", "Karl Weber", SW_RELATION_SAID_ABOUT));
  result_clear (&r);
}

/* Letters after a name ("KC", "MP", "OBE") are no part of it: the
 * person is the one later called by the surname alone. Before a name,
 * "MP" is still a role. */
static void
test_post_nominals (void)
{
  Result r = run ("Prosecutor Susan Blake KC said the case was clear. Blake said she would call "
                  "witnesses.\n"
                  "“We will win,” said Daniel Shore QC, for the defence. Shore said the evidence was weak.\n"
                  "Keir Starmer MP, the local member, said the plant must stay open. Labour MP Diane "
                  "Abbott said it would close. Starmer said he disagreed.\n");

  assert_speakers (&r, quote_with (&r, "the case was clear"), "Susan Blake", NULL);
  assert_speakers (&r, quote_with (&r, "she would call witnesses"), "Susan Blake", NULL);
  assert_speakers (&r, quote_with (&r, "We will win"), "Daniel Shore", NULL);
  assert_speakers (&r, quote_with (&r, "the evidence was weak"), "Daniel Shore", NULL);
  assert_speakers (&r, quote_with (&r, "the plant must stay open"), "Keir Starmer", NULL);
  assert_speakers (&r, quote_with (&r, "he disagreed"), "Keir Starmer", NULL);
  assert_speakers (&r, quote_with (&r, "it would close"), "Diane Abbott", NULL);
  g_assert_cmpint (actor_named (&r, "Blake"), ==, -1);
  g_assert_cmpint (actor_named (&r, "Starmer"), ==, -1);
  result_clear (&r);
}

/* After a quotation: a speaker described by a possessive of two words
 * ("the prime minister's office"), and one followed by when it spoke
 * ("said a Kremlin spokesman when asked"); after an addressee, only when
 * it was told is no content. */
static void
test_speakers_after_marks (void)
{
  Result r = run ("“We are ready,” the prime minister's office said in a statement on Sunday. "
                  "“We are ready for this,” said a Kremlin spokesman when asked about the report. "
                  "It was something a caller also told a dispatcher before police arrived.\n");
  const SwQuote *q = quote_with (&r, "We are ready,");

  g_assert_nonnull (q);
  g_assert_cmpuint (q->speakers->len, ==, 1);
  g_assert_cmpstr (q->medium, ==, "statement");
  assert_speakers (&r, quote_with (&r, "ready for this"), "Kremlin", NULL);
  g_assert_null (quote_with (&r, "police arrived"));
  result_clear (&r);

  /* the office of a post speaks for the person named before who holds it */
  r = run ("Prime Minister Ann Lee spoke on Monday. “We are ready,” the prime minister's office said. "
           "Governor Tom Vos vetoed the bill. The governor's office said it was flawed.\n");
  assert_speakers (&r, quote_with (&r, "We are ready"), "Ann Lee", NULL);
  assert_speakers (&r, quote_with (&r, "it was flawed"), "Tom Vos", NULL);
  result_clear (&r);
}

/* "Officials at X, a division of Y, said": the officials speak for X,
 * past the apposition */
static void
test_officials_at_body (void)
{
  Result r = run ("The Government Accountability Office found gaps last year. Officials at Homeland Security "
                  "Investigations, a division of Immigration and Customs Enforcement, said they were "
                  "concerned that the rules were weak.\n");

  assert_speakers (&r, quote_with (&r, "the rules were weak"), "Homeland Security Investigations", NULL);
  result_clear (&r);
}

/* A word for a kind of body that opens a sentence alone names no actor
 * ("Court strikes down …"); neither do a link's code nor a handle. */
static void
test_no_actor_words (void)
{
  Result r = run ("Court strikes down city ban on rentals\n\n"
                  "Council approves budget, officials said. The Ministry of Defence said it had no comment. "
                  "The blue arrow is Warren (via @JohnMelloy) PfASkm7vah\n");

  g_assert_cmpint (actor_named (&r, "Court"), <, 0);
  g_assert_cmpint (actor_named (&r, "Council"), <, 0);
  g_assert_cmpint (actor_named (&r, "JohnMelloy"), <, 0);
  g_assert_cmpint (actor_named (&r, "PfASkm7vah"), <, 0);
  assert_speakers (&r, quote_with (&r, "no comment"), "Ministry of Defence", NULL);
  result_clear (&r);
}

/* "warned investors that …": whom it was said to, then what; "warned the
 * plan would fail" keeps the subject of what was said */
static void
test_warned_whom (void)
{
  Result r = run ("Tom Vos warned investors that prices would rise. Ann Lee warned Mark Ellis that the "
                  "plan would fail. Ruth Kell warned the harbour would flood.\n");
  const SwQuote *q;

  assert_content (&r, quote_with (&r, "prices would rise"), "prices would rise");
  q = quote_with (&r, "the plan would fail");
  assert_content (&r, q, "the plan would fail");
  g_assert_cmpint (q->addressee, ==, actor_named (&r, "Mark Ellis"));
  assert_content (&r, quote_with (&r, "would flood"), "the harbour would flood");
  result_clear (&r);
}

/* "Asked if he included Osei, he said …": the person asked about is not
 * the one who answers. */
static void
test_asked_about (void)
{
  Result r = run ("Manager Tom Reyes told reporters some players had not given everything. Asked if he "
                  "included Daniel Osei, he said he would not single anyone out.\n");

  assert_speakers (&r, quote_with (&r, "single anyone out"), "Tom Reyes", NULL);
  result_clear (&r);
}

/* A report inside another's content keeps the marked words of its own
 * content, rather than stopping where the marks open; a thing that shows
 * inside a report is part of it, marks and all. */
static void
test_nested_report_marks (void)
{
  Result r = run ("Ofgem chief executive Jonathan Brearley said Ofgem understood that the rise "
                  "would be “hard news” for many families. Ilse Varga wrote that the agreement showed "
                  "“what patience can buy”.\n");
  gboolean found = FALSE;

  assert_content (&r, quote_with (&r, "Ofgem understood"),
                  "Ofgem understood that the rise would be “hard news” for many families");
  g_assert_cmpuint (r.ex->quotes->len, ==, 3);
  assert_speakers (&r, quote_with (&r, "the agreement showed"), "Ilse Varga", NULL);
  for (guint i = 0; i < r.ex->quotes->len; i++)
    {
      const SwQuote *q = g_ptr_array_index (r.ex->quotes, i);
      g_autofree char *content = slice (&r, q->content);

      if (g_str_has_prefix (content, "the rise"))
        {
          g_assert_cmpstr (content, ==, "the rise would be “hard news” for many families");
          found = TRUE;
        }
    }
  g_assert_true (found);
  result_clear (&r);
}

/* An attribution set off inside a sentence: after a whole clause or a
 * subject, what follows it is said too; after an opening phrase, what
 * follows is all that was said. */
static void
test_interrupting_attribution (void)
{
  Result r = run ("Prices rose over the autumn, she explains, partly because of the cold. Lenox was a "
                  "juggernaut, Tom Clarke said, until it went bankrupt in 1999. Too often, Ann Lee said, "
                  "the debate is tribal. Climate change, Obama says, is the greatest threat.\n");
  const SwQuote *q = quote_with (&r, "Prices rose");
  g_autofree char *second = NULL;

  assert_content (&r, q, "Prices rose over the autumn");
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  second = slice (&r, sw_quote_get_part (q, 1));
  g_assert_cmpstr (second, ==, "partly because of the cold");
  q = quote_with (&r, "Lenox was a juggernaut");
  assert_speakers (&r, q, "Tom Clarke", NULL);
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  assert_content (&r, quote_with (&r, "the debate is tribal"), "the debate is tribal");
  q = quote_with (&r, "Climate change");
  assert_content (&r, q, "Climate change");
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  g_free (second);
  second = slice (&r, sw_quote_get_part (q, 1));
  g_assert_cmpstr (second, ==, "is the greatest threat");
  result_clear (&r);

  /* a source set off by commas with "according to" */
  r = run ("The plan, according to two officials, would cost $2 billion. The talks failed, according to "
           "officials, and the army moved in.\n");
  q = quote_with (&r, "The plan");
  assert_content (&r, q, "The plan");
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  g_free (second);
  second = slice (&r, sw_quote_get_part (q, 1));
  g_assert_cmpstr (second, ==, "would cost $2 billion");
  g_assert_cmpuint (sw_quote_get_n_parts (quote_with (&r, "The talks failed")), ==, 1);
  result_clear (&r);
}

/* A speaker in a relative clause says what the clause holds, up to the
 * comma where the sentence's own verb comes; an age between the name and
 * "who" does not hide the name. */
static void
test_relative_clause_content (void)
{
  Result r = run ("Helen Carrow, who denies two counts of fraud, is on trial alongside Mark Ellison, 47, "
                  "who also denies the charges.\n"
                  "Tom Reyes, who argued that taxes were too high, lost the vote. Ann Lee, who said the "
                  "port was safe, voted against the plan.\n"
                  "Ines Duarte, who said the costs, the delays and the risks were too great, resigned on "
                  "Friday.\n");
  const SwQuote *q;
  g_autofree char *fraud = NULL;
  g_autofree char *taxes = NULL;
  g_autofree char *port = NULL;
  g_autofree char *costs = NULL;

  q = quote_with (&r, "two counts of fraud");
  assert_speakers (&r, q, "Helen Carrow", NULL);
  fraud = slice (&r, q->content);
  g_assert_cmpstr (fraud, ==, "two counts of fraud");
  assert_speakers (&r, quote_with (&r, "the charges"), "Mark Ellison", NULL);
  q = quote_with (&r, "taxes were too high");
  taxes = slice (&r, q->content);
  g_assert_cmpstr (taxes, ==, "taxes were too high");
  q = quote_with (&r, "the port was safe");
  port = slice (&r, q->content);
  g_assert_cmpstr (port, ==, "the port was safe");
  /* the commas of a list are the content's own */
  q = quote_with (&r, "the delays");
  costs = slice (&r, q->content);
  g_assert_cmpstr (costs, ==, "the costs, the delays and the risks were too great");
  result_clear (&r);
}

/* "A and B met": talks whose subject is both of them. A relation's events
 * are the dated talks of its two actors, and for a statement the event
 * of the statement; a dated sentence that names both without talking is
 * no evidence of talks. */
static void
test_talks_evidence (void)
{
  Result r = run ("Finnish President Aino Virtanen and Estonian Prime Minister Mart Kask met in "
                  "Tallinn on 3 March 2025 to sign the ferry treaty.\n"
                  "Since January 2025, Virtanen has grown closer to Kask.\n"
                  "On 4 March 2025, Virtanen said Kask had kept his word.\n"
                  "Latvian Prime Minister Evika Ozola arrived later. She and Kask spoke briefly.\n");
  const SwRelation *talks = relation_of (&r, "Aino Virtanen", "Mart Kask", SW_RELATION_SPOKE_WITH);
  const SwRelation *about = relation_of (&r, "Aino Virtanen", "Mart Kask", SW_RELATION_SAID_ABOUT);
  const SwEvent *e;

  g_assert_nonnull (talks);
  g_assert_cmpuint (talks->events->len, ==, 1);
  e = g_ptr_array_index (r.ex->events, g_array_index (talks->events, int, 0));
  g_assert_cmpstr (e->date_from, ==, "2025-03-03");

  g_assert_nonnull (about);
  g_assert_cmpuint (about->quotes->len, ==, 1);
  g_assert_cmpuint (about->events->len, ==, 1);
  e = g_ptr_array_index (r.ex->events, g_array_index (about->events, int, 0));
  g_assert_cmpstr (e->date_from, ==, "2025-03-04");

  /* "She and Kask spoke": the pronoun's person talked too */
  g_assert_nonnull (relation_of (&r, "Evika Ozola", "Mart Kask", SW_RELATION_SPOKE_WITH));
  result_clear (&r);

  /* a debate is a talk; a verb after a comma has the sentence's subject,
   * not the name just before it */
  r = run ("Sara Okonjo debated Beatrix Hale on Thursday. Tomas Brekke held a debate with Ruth Adeyemi.\n"
           "Paul Brandt went up against Ines Duarte twice, debated Leo Marsh once, and lost both.\n");
  g_assert_nonnull (relation_of (&r, "Sara Okonjo", "Beatrix Hale", SW_RELATION_SPOKE_WITH));
  g_assert_nonnull (relation_of (&r, "Tomas Brekke", "Ruth Adeyemi", SW_RELATION_SPOKE_WITH));
  g_assert_nonnull (relation_of (&r, "Paul Brandt", "Leo Marsh", SW_RELATION_SPOKE_WITH));
  g_assert_null (relation_of (&r, "Ines Duarte", "Leo Marsh", SW_RELATION_SPOKE_WITH));
  result_clear (&r);

  /* the talk a subject of two names had ("agreed in a phone call"), and
   * the two a meeting was between; living in a summit's city is no talk */
  r = run ("ANKARA, Oct. 9 (Reuters) - Turkish President Recep Tayyip Erdogan and Armenian Prime "
           "Minister Nikol Pashinyan agreed in a phone call on Wednesday to reopen a border crossing.\n"
           "The call followed a meeting in Vienna between envoys Serdar Kilic and Ruben Rubinyan.\n"
           "Mark Ellis and Ann Lee live in Rome, where a summit is held.\n");
  g_assert_nonnull (relation_of (&r, "Recep Tayyip Erdogan", "Nikol Pashinyan", SW_RELATION_SPOKE_WITH));
  g_assert_nonnull (relation_of (&r, "Serdar Kilic", "Ruben Rubinyan", SW_RELATION_SPOKE_WITH));
  g_assert_null (relation_of (&r, "Mark Ellis", "Ann Lee", SW_RELATION_SPOKE_WITH));
  result_clear (&r);
}

/* "they" after two people joined by "and" is both of them; a medium may
 * open the sentence before its speaker. */
static void
test_plural_they_and_medium_first (void)
{
  Result r = run ("Finnish President Aino Virtanen and Estonian Prime Minister Mart Kask met in "
                  "Tallinn on Monday.\n"
                  "In a joint statement, they said the ferry line would reopen in May.\n"
                  "The harbour unions were not consulted. They said the timetable was too tight.\n"
                  "In an interview with Yle, Virtanen said the treaty had taken two years.\n"
                  "In a letter to the ferry unions last week, Kask said the fares would not rise.\n");
  const SwQuote *q = quote_with (&r, "the ferry line would reopen");
  char *content = NULL;

  assert_speakers (&r, q, "Aino Virtanen", "Mart Kask");
  g_assert_cmpstr (q->medium, ==, "joint statement");
  /* "they" is a mention of each, as the article shows it */
  {
    const SwActor *kask = actor (&r, actor_named (&r, "Mart Kask"));
    gboolean they = FALSE;

    for (guint i = 0; i < kask->mentions->len; i++)
      {
        g_autofree char *text = slice (&r, g_array_index (kask->mentions, SwSpan, i));

        they |= g_str_equal (text, "they");
      }
    g_assert_true (they);
  }
  g_assert_true (has_relation (&r, "Aino Virtanen", "Mart Kask", SW_RELATION_JOINT_STATEMENT));

  /* a group's "they" is not the two leaders */
  q = quote_with (&r, "the timetable was too tight");
  g_assert_nonnull (q);
  for (guint i = 0; i < q->speakers->len; i++)
    {
      g_assert_cmpint (g_array_index (q->speakers, int, i), !=, actor_named (&r, "Aino Virtanen"));
      g_assert_cmpint (g_array_index (q->speakers, int, i), !=, actor_named (&r, "Mart Kask"));
    }

  q = quote_with (&r, "the treaty had taken two years");
  assert_speakers (&r, q, "Aino Virtanen", NULL);
  g_assert_cmpstr (q->medium, ==, "interview");

  q = quote_with (&r, "the fares would not rise");
  assert_speakers (&r, q, "Mart Kask", NULL);
  g_assert_cmpstr (q->medium, ==, "letter");
  result_clear (&r);

  /* a note to clients, an update: media, and whom the note was for is
   * not what it said */
  r = run ("Analysts at Jefferies wrote in a note to clients that the cut was larger than expected. "
           "The agency said in its weekly update that most patients were children.\n");
  q = quote_with (&r, "the cut was larger");
  assert_speakers (&r, q, "Jefferies", NULL);
  content = slice (&r, q->content);
  g_assert_cmpstr (content, ==, "the cut was larger than expected");
  g_assert_cmpstr (q->medium, ==, "note");
  g_free (content);
  q = quote_with (&r, "most patients were children");
  content = slice (&r, q->content);
  g_assert_cmpstr (content, ==, "most patients were children");
  g_assert_cmpstr (q->medium, ==, "weekly update");
  g_free (content);
  result_clear (&r);

  /* a medium on a body's website; the speaker's next verb after "but" is
   * no part of what was written */
  r = run ("Health Secretary Robert F. Kennedy Jr. wrote in an op-ed on Fox News's website that vaccines "
           "“protect individual children” but stopped short of urging parents to act.\n");
  q = quote_with (&r, "protect individual children");
  assert_speakers (&r, q, "Robert F. Kennedy Jr.", NULL);
  g_assert_cmpstr (q->medium, ==, "op-ed");
  content = slice (&r, q->content);
  g_assert_cmpstr (content, ==, "vaccines “protect individual children”");
  g_free (content);
  result_clear (&r);
}

/* Names no gazetteer knows that speak are people, unless they are shaped
 * like a body's: an abbreviation, a name with spokespeople, a name whose
 * apposition is a kind of organisation. */
static void
test_bodies_that_speak (void)
{
  Result r = run ("A spokesperson for Valtara, the utility that runs the dams, said the company "
                  "had not been consulted.\n"
                  "NKVF Lappi said in a statement that the treaty did not go far enough.\n"
                  "Kestilä, a Finnish conservation group, warned that the lakes were still "
                  "being drained.\n"
                  "Laura Niemi, who farms near Oulu, said she had not been asked.\n"
                  "A spokesman for Niemi said she would write to the minister.\n");

  g_assert_cmpint (actor (&r, actor_named (&r, "Valtara"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "had not been consulted"), "Valtara", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "NKVF Lappi"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "Kestilä"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "the lakes were still"), "Kestilä", NULL);
  /* a spokesman for a person met before speaks for her */
  g_assert_cmpint (actor (&r, actor_named (&r, "Laura Niemi"))->kind, ==, SW_ACTOR_PERSON);
  assert_speakers (&r, quote_with (&r, "write to the minister"), "Laura Niemi", NULL);
  result_clear (&r);
}

/* A country's name alone that is a person's surname met before is the
 * person, unless a preposition makes it the place. */
static void
test_surname_like_a_country (void)
{
  Result r = run ("Jordanian Foreign Minister Samir Jordan met Finnish officials in Helsinki on Monday.\n"
                  "Jordan told reporters that the border talks had gone well.\n"
                  "He flew back to Jordan on Tuesday.\n");
  int person = actor_named (&r, "Samir Jordan");
  const SwQuote *q = quote_with (&r, "the border talks");

  g_assert_cmpint (person, >=, 0);
  assert_speakers (&r, q, "Samir Jordan", NULL);
  /* his name in full, "Jordan told", and not "to Jordan" */
  g_assert_cmpuint (actor (&r, person)->mentions->len, ==, 2);
  result_clear (&r);
}

static void
test_telegram_and_description (void)
{
  Result r = run ("Kenyan President Samuel Mwangi visited Nairobi.\n"
                  "“Our roads are our future,” Mwangi said in a Telegram message.\n"
                  "The Kenyan President later said the loans would be repaid early.\n");
  const SwQuote *q = quote_with (&r, "Our roads");

  assert_speakers (&r, q, "Samuel Mwangi", NULL);
  g_assert_cmpstr (q->medium, ==, "Telegram message");
  q = quote_with (&r, "the loans would be repaid");
  assert_speakers (&r, q, "Samuel Mwangi", NULL);
  result_clear (&r);
}

static void
assert_speaker_mention (Result        *r,
                        const SwQuote *q,
                        const char    *words)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (q);
  g_assert_true (q->has_speaker_mention);
  text = slice (r, q->speaker_mention);
  g_assert_cmpstr (text, ==, words);
}

/* A straight mark left open at a paragraph's start is a stray when the
 * next paragraph opens with a curly mark: the curly quotation is a
 * quotation of its own, with its own speaker. */
static void
test_stray_straight_mark (void)
{
  Result r = run ("Nadia Osei left the clinic in May.\n\n"
                  "\"Nadia thought the whole thing was absurd. She was tired, sure.\n\n"
                  "“It never crossed my mind that I was ill,” she said months later.\n");
  const SwQuote *q = quote_with (&r, "It never crossed my mind");

  g_assert_nonnull (q);
  assert_content (&r, q, "It never crossed my mind that I was ill,");
  assert_speakers (&r, q, "Nadia Osei", NULL);
  /* the paragraph the stray mark opens is quoted material of its own */
  assert_content (&r, quote_with (&r, "absurd"), "Nadia thought the whole thing was absurd. She was tired, sure.");
  result_clear (&r);
}

/* "…, she said, referencing …": the participle's clause is her aside, not
 * what she said; the content is the clause before the cue. */
static void
test_cue_before_participle (void)
{
  Result r = run ("Senator Anna Warren questioned the bank’s chief on Tuesday.\n\n"
                  "“You squeezed employees to the breaking point” to drive up the stock price, "
                  "she said, referencing the bank’s sales targets.\n\n"
                  "The plan will fail, she said, adding that the talks would continue.\n");
  const SwQuote *q = quote_with (&r, "You squeezed");

  assert_content (&r, q, "“You squeezed employees to the breaking point” to drive up the stock price");
  assert_speakers (&r, q, "Anna Warren", NULL);
  g_assert_null (quote_with (&r, "referencing"));
  assert_content (&r, quote_with (&r, "The plan"), "The plan will fail");
  assert_content (&r, quote_with (&r, "talks"), "the talks would continue");
  result_clear (&r);

  /* a word in -ing after a noun, before "for", is a noun; before what
   * was said it is a verb */
  r = run ("The Met Office upgraded its wind warning for the Borders to amber.\n"
           "Officials said residents warning of floods had been ignored, with taxpayers reporting gains "
           "that were never taxed.\n");
  g_assert_null (quote_with (&r, "the Borders"));
  g_assert_nonnull (quote_with (&r, "gains that were never taxed"));
  result_clear (&r);
}

/* Given names the short curated list lacks come from the long one: a
 * name of two words that starts with one is a person, with the gender
 * the list gives; alone, such a name says nothing, and it does not
 * split a longer name it happens to be part of. */
static void
test_long_given_name_list (void)
{
  Result r = run ("Residents of the harbour district met the council on Monday.\n\n"
                  "Later that day, Cara Okafor visited the harbour office with her daughter.\n\n"
                  "The New York Times reported the vote.\n\n"
                  "Fans in Charlotte cheered when the vote was announced.\n");
  int okafor = actor_named (&r, "Cara Okafor");

  /* she says nothing, yet she is an actor: a person the events can name */
  g_assert_cmpint (okafor, >=, 0);
  g_assert_cmpint (actor (&r, okafor)->kind, ==, SW_ACTOR_PERSON);
  g_assert_cmpint (actor_named (&r, "York Times"), <, 0);
  g_assert_cmpint (actor_named (&r, "Charlotte"), <, 0);
  result_clear (&r);

  /* two such names joined by "and" are two speakers */
  r = run ("The strike went on for a week.\n\n"
           "Later, Cara Diaz and Ana Silva said the plan was weak.\n");
  assert_speakers (&r, quote_with (&r, "the plan was weak"), "Cara Diaz", "Ana Silva");
  result_clear (&r);
}

/* "Marieke de Vries" opening a sentence is one name, and "De Vries" or
 * "de Vries" later is the same person: the particle tells nobody apart. */
static void
test_name_particles (void)
{
  Result r = run ("Marieke de Vries, a spokeswoman for the dockers, spoke on Monday.\n\n"
                  "De Vries said the talks had failed. Later, de Vries said the strike would go on.\n\n"
                  "Ludwig van Houten wrote to the port. Van Houten said the ships could wait.\n");
  int vries = actor_named (&r, "Marieke de Vries");
  int houten = actor_named (&r, "Ludwig van Houten");

  g_assert_cmpint (vries, >=, 0);
  g_assert_cmpint (houten, >=, 0);
  assert_speakers (&r, quote_with (&r, "the talks had failed"), "Marieke de Vries", NULL);
  assert_speakers (&r, quote_with (&r, "the strike would go on"), "Marieke de Vries", NULL);
  assert_speakers (&r, quote_with (&r, "the ships could wait"), "Ludwig van Houten", NULL);
  g_assert_cmpint (actor_named (&r, "De Vries"), <, 0);
  g_assert_cmpint (actor_named (&r, "Van Houten"), <, 0);
  result_clear (&r);
}

/* Abbreviated ranks of British councils and police ("Cllr", "Supt",
 * "Det. Sgt.") are roles, written out, and given names of South Asia and Africa give
 * "she" and "he" their speakers. */
static void
test_abbreviated_titles (void)
{
  Result r = run ("Cllr Priya Natarajan said the closures were on hold. She told the Star that "
                  "residents had been heard.\n"
                  "Det. Sgt. Chidi Okafor met Sunita Rao at the scene. He said a man had been arrested. "
                  "She said the shop would reopen.\n");
  const SwActor *a = actor (&r, actor_named (&r, "Priya Natarajan"));

  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "Councillor");
  assert_speakers (&r, quote_with (&r, "residents had been heard"), "Priya Natarajan", NULL);
  a = actor (&r, actor_named (&r, "Chidi Okafor"));
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "Detective Sergeant");
  assert_speakers (&r, quote_with (&r, "a man had been arrested"), "Chidi Okafor", NULL);
  assert_speakers (&r, quote_with (&r, "the shop would reopen"), "Sunita Rao", NULL);
  result_clear (&r);

  /* a word for a body between two titles is part of the post */
  r = run ("Chief Financial Officer Sophie Renard said the tariffs would cost the group money. She added "
           "that prices would rise.\n");
  a = actor (&r, actor_named (&r, "Sophie Renard"));
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "Chief Financial Officer");
  assert_speakers (&r, quote_with (&r, "cost the group money"), "Sophie Renard", NULL);
  assert_speakers (&r, quote_with (&r, "prices would rise"), "Sophie Renard", NULL);
  g_assert_cmpint (actor_named (&r, "Financial"), <, 0);
  result_clear (&r);
}

/* Korean given names hold a hyphen and a syllable in lower case ("Kim
 * Jong-un"), unlike words that qualify ("Washington-based", "US-led",
 * "Twenty-seven"); a word only the long list of given names knows owns
 * what follows its possessive at a sentence's start; and a description
 * may come before the name set off between commas. */
static void
test_names_and_appositions (void)
{
  Result r = run ("Kim Jong-un said the tests would continue. Ban Ki-moon, the secretary general of the "
                  "United Nations, vowed not to repeat that mistake.\n"
                  "Maria Snegovaya of the Washington-based Centre for Policy said it was over.\n"
                  "Hartwell's owner said the plant would close. Her boss, the chief executive Anna Berg, "
                  "said the plant was losing money. The town's biggest employer, the glass maker Crestline "
                  "Partners, announced in March that it would leave.\n");

  assert_speakers (&r, quote_with (&r, "the tests would continue"), "Kim Jong-un", NULL);
  assert_speakers (&r, quote_with (&r, "not to repeat"), "Ban Ki-moon", NULL);
  assert_speakers (&r, quote_with (&r, "it was over"), "Maria Snegovaya", NULL);
  g_assert_nonnull (quote_with (&r, "the plant would close"));
  assert_speakers (&r, quote_with (&r, "losing money"), "Anna Berg", NULL);
  assert_speakers (&r, quote_with (&r, "it would leave"), "Crestline Partners", NULL);
  result_clear (&r);
}

/* A party named by its members: "the Liberal Democrats", "the Social
 * Democrats" are groups, not a person or a role; "Two Democrats" is no
 * name. */
static void
test_party_names (void)
{
  Result r = run ("The Liberal Democrats said the review was overdue. The Social Democrats said it was late.\n"
                  "Two Democrats said nothing.\n");

  assert_speakers (&r, quote_with (&r, "overdue"), "Liberal Democrats", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Liberal Democrats"))->kind, ==, SW_ACTOR_GROUP);
  assert_speakers (&r, quote_with (&r, "it was late"), "Social Democrats", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Social Democrats"))->kind, ==, SW_ACTOR_GROUP);
  g_assert_cmpint (actor_named (&r, "Two Democrats"), <, 0);
  result_clear (&r);
}

/* An institution's name may hold a possessive: "King's College London",
 * "St Mary's Hospital", "King Edward's School"; a country's is not part
 * of its ministry's. */
static void
test_possessive_in_names (void)
{
  Result r = run ("Prof. Alan Reyes of King's College London told the BBC that walkers may be healthier.\n"
                  "Jo Bell, a nurse at St Mary's Hospital, said the ward was full. The Children's Society "
                  "said families were struggling. King Edward's School said it would close.\n"
                  "Russia's Foreign Ministry said the talks were over.\n");

  assert_speakers (&r, quote_with (&r, "walkers may be healthier"), "Alan Reyes", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "King's College London"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "St Mary's Hospital"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "families were struggling"), "Children's Society", NULL);
  assert_speakers (&r, quote_with (&r, "it would close"), "King Edward's School", NULL);
  assert_speakers (&r, quote_with (&r, "the talks were over"), "Foreign Ministry", NULL);
  result_clear (&r);

  /* an office named after its holder's title; an unnamed owner quoted
   * again as "she"; officers "called to the area" report nothing */
  r = run ("Officers were called to the area around 2 a.m. and found both victims, police said.\n"
           "The Montgomery County Sheriff's Office said deputies were searching for a suspect.\n"
           "The bar's owner, who did not want to be identified, said the men had argued. "
           "“We called 911 right away,” she said.\n");
  assert_speakers (&r, quote_with (&r, "searching for a suspect"), "Montgomery County Sheriff's Office", NULL);
  g_assert_cmpuint (quote_with (&r, "We called 911")->speakers->len, ==, 0);
  for (guint i = 0; i < r.ex->quotes->len; i++)
    {
      const SwQuote *q = g_ptr_array_index (r.ex->quotes, i);
      g_autofree char *cue = q->has_cue ? slice (&r, q->cue) : NULL;

      g_assert_cmpstr (cue, !=, "called");
    }
  g_assert_cmpint (actor_named (&r, "Montgomery County"), <, 0);
  g_assert_cmpint (actor_named (&r, "College London"), <, 0);
  result_clear (&r);
}

/* A name no list knows is an organisation when a lower-case word for one
 * stands right before it ("shipping company Maersk") or a few after it
 * ("the FNV union"); the title of someone else before "for the" makes
 * it no person; and "the Obama administration" stays a man's. */
static void
test_organisation_nouns (void)
{
  Result r = run ("Dockers walked out at the port of Calder on Monday.\n\n"
                  "Shipping company Maersk said it had diverted its vessels. The carmaker Volkswagen "
                  "said its exports would wait.\n\n"
                  "Ilse Varga, a spokeswoman for the FNV union, said the talks had failed.\n\n"
                  "Talk radio host Rush Limbaugh said the strike was a disgrace. Officials in the "
                  "Obama administration said little, and Barack Obama said nothing.\n");
  int maersk = actor_named (&r, "Maersk");
  int vw = actor_named (&r, "Volkswagen");
  int fnv = actor_named (&r, "FNV");

  g_assert_cmpint (maersk, >=, 0);
  g_assert_cmpint (actor (&r, maersk)->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (vw, >=, 0);
  g_assert_cmpint (actor (&r, vw)->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (fnv, >=, 0);
  g_assert_cmpint (actor (&r, fnv)->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "the talks had failed"), "Ilse Varga", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Rush Limbaugh"))->kind, ==, SW_ACTOR_PERSON);
  g_assert_cmpint (actor (&r, actor_named (&r, "Barack Obama"))->kind, ==, SW_ACTOR_PERSON);
  result_clear (&r);
}

/* Where it was said is no part of what was said ("told reporters in The
 * Hague that …"), and a plural possessive ("the employers’ association")
 * does not end the phrase that names the source. */
static void
test_place_and_plural_possessive (void)
{
  Result r = run ("Dockers walked out at the port of Calder on Monday.\n\n"
                  "Transport Minister Joost Albers told reporters in The Hague that he had asked both "
                  "sides to return to the table.\n\n"
                  "According to the employers’ association, the strike has cost the port 30 million euros. "
                  "The workers' union said the port had ignored its safety rules.\n");

  assert_content (&r, quote_with (&r, "both sides"), "he had asked both sides to return to the table");
  assert_speakers (&r, quote_with (&r, "both sides"), "Joost Albers", NULL);
  assert_content (&r, quote_with (&r, "30 million"), "the strike has cost the port 30 million euros");
  assert_content (&r, quote_with (&r, "safety rules"), "the port had ignored its safety rules");
  result_clear (&r);
}

/* "The port authority said …" with no port authority named before: the
 * description is an organisation of its own, one for every time it is
 * said, and "the campaign" after "the Berg campaign" is that campaign. */
static void
test_description_organisations (void)
{
  Result r = run ("Dockers walked out at the port of Calder on Monday.\n\n"
                  "The port authority said in a statement that 40 ships were waiting to unload. "
                  "The port authority warned that the backlog could take weeks to clear.\n\n"
                  "The Berg campaign said the mayor supported the dockers. The campaign said he would "
                  "visit the port on Friday.\n");
  int port = actor_named (&r, "port authority");
  int campaign = actor_named (&r, "Berg campaign");
  const SwQuote *q;

  g_assert_cmpint (port, >=, 0);
  g_assert_cmpint (actor (&r, port)->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "40 ships"), "port authority", NULL);
  assert_speakers (&r, quote_with (&r, "the backlog"), "port authority", NULL);
  g_assert_cmpint (campaign, >=, 0);
  assert_speakers (&r, quote_with (&r, "supported the dockers"), "Berg campaign", NULL);
  assert_speakers (&r, quote_with (&r, "visit the port"), "Berg campaign", NULL);
  g_assert_cmpint (actor_named (&r, "campaign"), <, 0);
  result_clear (&r);

  /* a body named only paragraphs later is not the one described; one
   * named in the next paragraph, after a lede, is */
  r = run ("Headline\n\nA state appeals court on Tuesday struck down a city ordinance.\n\n"
           "In a 2-1 decision, the court said the ban conflicted with state law.\n\n"
           "The judges wrote at length.\n\n"
           "Mayor Linda Chu said the city would ask the state Supreme Court to review the ruling.\n");
  q = quote_with (&r, "conflicted with state law");
  g_assert_cmpuint (q->speakers->len, ==, 1);
  g_assert_cmpint (g_array_index (q->speakers, int, 0), !=, actor_named (&r, "Supreme Court"));
  result_clear (&r);

  r = run ("Headline\n\nTeachers will strike next month, the union announced on Friday.\n\n"
           "The National Education Union said 89% of members backed strikes.\n");
  assert_speakers (&r, quote_with (&r, "Teachers will strike"), "National Education Union", NULL);
  result_clear (&r);
}

/* "… accused the union of … in an interview with the broadcaster NOS":
 * the interview is how it was said, not what; a clause after "said"
 * keeps its own "in a statement". */
static void
test_trailing_medium (void)
{
  Result r = run ("Dockers walked out at the port of Calder on Monday.\n\n"
                  "Its chairman, Pieter Jansen, accused the union of \"holding the country hostage\" in "
                  "an interview with the broadcaster NOS.\n\n"
                  "Ilse Varga said the plan would be discussed in a statement to parliament.\n");
  const SwQuote *q = quote_with (&r, "hostage");

  assert_content (&r, q, "the union of \"holding the country hostage\"");
  g_assert_cmpstr (q->medium, ==, "interview");
  assert_content (&r, quote_with (&r, "the plan"), "the plan would be discussed in a statement to parliament");
  result_clear (&r);
}

/* A US state is a place, and "of Utah" or "Democrat of Oregon" after a
 * name says where the speaker is from: the person speaks. */
static void
test_states_and_speakers (void)
{
  Result r = run ("A Senate committee postponed a vote on a water bill on Tuesday.\n\n"
                  "The objections came from Sen. Tom Brandt of Idaho and Sen. Mark Ellis of Utah, "
                  "who said the bill would burden rural utilities. In a joint statement, they called "
                  "the measure “unaffordable”.\n\n"
                  "Senator Laura Whitfield, Democrat of Oregon, said the delay was a mistake.\n");
  int utah = actor_named (&r, "Utah");

  g_assert_cmpint (utah, >=, 0);
  g_assert_cmpint (actor (&r, utah)->kind, ==, SW_ACTOR_PLACE);
  /* "who" after two senators, each with a state, is both of them; so
   * is "they" after them */
  assert_speakers (&r, quote_with (&r, "rural utilities"), "Tom Brandt", "Mark Ellis");
  assert_speakers (&r, quote_with (&r, "unaffordable"), "Tom Brandt", "Mark Ellis");
  assert_speakers (&r, quote_with (&r, "the delay was a mistake"), "Laura Whitfield", NULL);
  result_clear (&r);
}

/* "according to" opening a sentence, and sources that are no names */
static void
test_according_to (void)
{
  Result r = run ("According to harbour police, two cranes collapsed in the storm.\n"
                  "About 4,000 families lost power overnight, according to regional statistics.\n"
                  "The toll road was never profitable, according to Mira Santos’s audit of the project.\n"
                  "The ferry left on time, according to him.\n");
  const SwQuote *q;

  q = quote_with (&r, "two cranes collapsed");
  assert_cue (&r, q, "According to");
  assert_speaker_mention (&r, q, "harbour police");
  assert_content (&r, q, "two cranes collapsed in the storm");

  q = quote_with (&r, "families lost power");
  assert_speaker_mention (&r, q, "regional statistics");
  assert_content (&r, q, "About 4,000 families lost power overnight");

  q = quote_with (&r, "never profitable");
  assert_speaker_mention (&r, q, "Mira Santos’s audit of the project");
  assert_speakers (&r, q, "Mira Santos", NULL);

  q = quote_with (&r, "The ferry left on time");
  assert_speaker_mention (&r, q, "him");
  result_clear (&r);

  /* a live report's entries open with a time and a dash; the colon of a
   * time starts nothing, and a time zone is no company */
  r = run ("Storm live\n\n"
           "11:45 - About 20,000 homes are without power, according to Electricity North West.\n\n"
           "The blast came at 8:30 p.m. near the station, according to Fire Chief Ana Ruiz.\n\n"
           "12:00 GMT: Power cuts hit 5,000 more homes, the company said.\n");
  q = quote_with (&r, "homes are without power");
  assert_content (&r, q, "About 20,000 homes are without power");
  assert_content (&r, quote_with (&r, "near the station"), "The blast came at 8:30 p.m. near the station");
  assert_speakers (&r, quote_with (&r, "5,000 more homes"), "Electricity North West", NULL);
  g_assert_cmpint (actor_named (&r, "GMT"), <, 0);
  result_clear (&r);
}

/* A participle or a second verb without a subject of its own: the
 * subject of the sentence speaks. */
static void
test_sentence_subject (void)
{
  Result r = run ("Dock workers walked out in Varnholm on Monday.\n"
                  "Teodor Brandt visited the picket line on Tuesday, arguing that the new shift "
                  "rota breaks the contract.\n"
                  "The port authority closed two gates, saying the strike made them unsafe.\n"
                  "Brandt toured the terminal and said he would ask for mediation.\n"
                  "The next day it reopened the gates, saying nothing.\n"
                  "Halvard Moen, a retired crane driver, joined the picket and began by saying the "
                  "pension fund was short.\n"
                  "Mayor Ilse Varga, like Brandt, has encouraged the strikers to hold out but has said she will not "
                  "take sides.\n");
  const SwQuote *q;

  q = quote_with (&r, "the new shift rota breaks the contract");
  assert_speakers (&r, q, "Teodor Brandt", NULL);
  assert_cue (&r, q, "arguing");

  q = quote_with (&r, "the strike made them unsafe");
  assert_speaker_mention (&r, q, "The port authority");

  q = quote_with (&r, "he would ask for mediation");
  assert_speakers (&r, q, "Teodor Brandt", NULL);

  /* "by saying", past "a retired crane driver" to the subject */
  q = quote_with (&r, "the pension fund was short");
  assert_speakers (&r, q, "Halvard Moen", NULL);
  assert_cue (&r, q, "saying");

  /* a time is no speaker */
  g_assert_null (quote_with (&r, "nothing"));
  /* past an aside set off by commas */
  assert_speakers (&r, quote_with (&r, "will not take sides"), "Ilse Varga", NULL);
  result_clear (&r);
}

/* An unnamed spokesperson speaks for the body named before the title;
 * a named one for herself. */
static void
test_unnamed_spokesperson (void)
{
  Result r = run ("The Harbour Authority closed two gates on Monday.\n"
                  "A Harbour Authority spokeswoman said the gates would reopen on Friday.\n"
                  "A senior Harbour Authority official said the cranes were safe.\n"
                  "Harbour Authority spokeswoman Lena Vogt said the ferries were on time.\n");

  assert_speakers (&r, quote_with (&r, "the gates would reopen"), "Harbour Authority", NULL);
  assert_speaker_mention (&r, quote_with (&r, "the gates would reopen"), "A Harbour Authority spokeswoman");
  assert_speakers (&r, quote_with (&r, "the cranes were safe"), "Harbour Authority", NULL);
  assert_speakers (&r, quote_with (&r, "the ferries were on time"), "Lena Vogt", NULL);
  result_clear (&r);
}

/* Company names end in words such as "Technologies" or "Capital", and a
 * company is then called by its first word alone. */
static void
test_company_names (void)
{
  Result r = run ("Velmora Technologies said it would cut 400 jobs.\n"
                  "Shares of Velmora fell 6%. Corvane Capital said the cuts were too small.\n"
                  "Velmora said the plan was final.\n\n"
                  "The company said in a statement that the cuts would be made by June.\n");
  int velmora = actor_named (&r, "Velmora Technologies");

  g_assert_cmpint (velmora, >=, 0);
  g_assert_cmpint (actor (&r, velmora)->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor_named (&r, "Velmora"), <, 0);
  assert_speakers (&r, quote_with (&r, "the plan was final"), "Velmora Technologies", NULL);
  /* "the company": the one the story is about, though its name does not
   * end in "Company" */
  assert_speakers (&r, quote_with (&r, "the cuts would be made"), "Velmora Technologies", NULL);
  g_assert_cmpint (actor_named (&r, "company"), <, 0);
  g_assert_cmpint (actor (&r, actor_named (&r, "Corvane Capital"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);

  /* banks and bodies always in the news are organisations by name */
  r = run ("Economists at Goldman Sachs said inflation would fall. The Fed said rates would stay high. "
           "Wells Fargo said lending was weak.\n");
  assert_speakers (&r, quote_with (&r, "inflation would fall"), "Goldman Sachs", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Goldman Sachs"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "rates would stay high"), "Fed", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Wells Fargo"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);

  /* where analysts work is a body, though no list knows its name */
  r = run ("Analysts at Bernstein estimated that China accounted for 13% of revenue. "
           "Researchers at Harwell found that walking helps.\n");
  assert_speakers (&r, quote_with (&r, "13% of revenue"), "Bernstein", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Bernstein"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "walking helps"), "Harwell", NULL);
  result_clear (&r);
}

/* A dateline in capitals is where the story was filed, not an actor; a
 * sentence in capitals keeps its names. */
static void
test_dateline (void)
{
  Result r = run ("Ferry fares rise\n\n"
                  "SAN MARCO, Calif., Jan. 14, 2026 (Coast Wire) - Velmora Holdings said on Tuesday it "
                  "would raise fares. Harbour master Mart Kask was not consulted.\n\n"
                  "KASK, IN A STATEMENT, SAID THE FARES WERE TOO HIGH.\n");

  g_assert_cmpint (actor_named (&r, "SAN MARCO"), <, 0);
  g_assert_cmpint (actor_named (&r, "MARCO"), <, 0);
  assert_speakers (&r, quote_with (&r, "would raise fares"), "Velmora Holdings", NULL);
  assert_speakers (&r, quote_with (&r, "THE FARES WERE TOO HIGH"), "Mart Kask", NULL);
  result_clear (&r);
}

/* "Press" and "Police" head organisations' names and qualify titles:
 * "The Associated Press", but "Press secretary Karine Jean-Pierre". */
/* "issued a statement saying …": the medium's words are its issuer's,
 * but not a medium somebody else named issued. */
static void
test_medium_saying (void)
{
  Result r = run ("Nkechi Okafor runs the port of Lunport.\n"
                  "The ministry issued a statement on Monday saying the talks had failed. Okafor "
                  "unleashed a series of tweets early Friday saying that the ferries would stop.\n"
                  "Officers were called. Police released a statement saying two men had been arrested.\n"
                  "Mara Holm criticized an Okafor tweet attacking the mayor.\n"
                  "Okafor posted a video saying the cranes would run.\n");
  const SwQuote *q;

  q = quote_with (&r, "the talks had failed");
  assert_content (&r, q, "the talks had failed");
  assert_speaker_mention (&r, q, "The ministry");
  g_assert_cmpstr (q->medium, ==, "statement");
  q = quote_with (&r, "the ferries would stop");
  assert_speakers (&r, q, "Nkechi Okafor", NULL);
  g_assert_cmpstr (q->medium, ==, "tweets");
  assert_speaker_mention (&r, quote_with (&r, "two men had been arrested"), "Police");
  /* one quotation, the gerund's, not a second for "posted" */
  q = quote_with (&r, "the cranes would run");
  assert_content (&r, q, "the cranes would run");
  g_assert_cmpstr (q->medium, ==, "video");
  /* the tweet is Okafor's, whom Mara Holm answers */
  for (guint i = 0; i < r.ex->quotes->len; i++)
    {
      q = g_ptr_array_index (r.ex->quotes, i);
      if (g_strcmp0 (q->medium, "tweet") == 0)
        g_assert_cmpint (g_array_index (q->speakers, int, 0), !=, actor_named (&r, "Mara Holm"));
    }
  result_clear (&r);
}

/* The two sides of a score are teams; players of a match in sets are
 * not. */
static void
test_scoreline_teams (void)
{
  Result r = run ("The match was tense. Arsenal beat Chelsea 2-1 on Saturday.\n"
                  "In the other game, Harbour City drew with Everton 1-1.\n"
                  "Rafael Nadal beat Novak Djokovic 6-4, 6-2 in Paris.\n");

  g_assert_cmpint (actor (&r, actor_named (&r, "Arsenal"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "Chelsea"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "Harbour City"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "Everton"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "Rafael Nadal"))->kind, ==, SW_ACTOR_PERSON);
  result_clear (&r);
}

/* Seats of government speak for the body that sits there, a name that
 * ends in a number included ("Number 10"); a word for a body that also
 * qualifies titles heads a name before "for" ("Campaign for …"). */
static void
test_seats_of_government (void)
{
  Result r = run ("Downing Street said the prime minister had full confidence in her.\n"
                  "A spokesman for No 10 told reporters: \"The minister is doing a difficult job well.\"\n"
                  "The Campaign for Better Transport said the rise came at the worst time.\n"
                  "Campaign manager Ann Bell said the tour would go on.\n"
                  "Crowds gathered outside Gate 4, police said.\n");
  const SwQuote *q;

  assert_speakers (&r, quote_with (&r, "full confidence in her"), "Downing Street", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Downing Street"))->kind, ==, SW_ACTOR_ORGANIZATION);
  /* one body by two names */
  q = quote_with (&r, "doing a difficult job well");
  assert_speakers (&r, q, "Downing Street", NULL);
  assert_cue (&r, q, "told");
  g_assert_cmpint (actor_named (&r, "No 10"), <, 0);
  g_assert_cmpuint (actor (&r, actor_named (&r, "Downing Street"))->mentions->len, ==, 2);
  assert_speakers (&r, quote_with (&r, "at the worst time"), "Campaign for Better Transport", NULL);
  assert_speakers (&r, quote_with (&r, "the tour would go on"), "Ann Bell", NULL);
  g_assert_cmpint (actor_named (&r, "Gate 4"), <, 0);
  result_clear (&r);
}

/* A quotation of fewer than four words is a statement when a colon
 * introduces it and it ends as a sentence does. */
static void
test_short_quote_after_colon (void)
{
  Result r = run ("Helen Marr met the strikers on Monday. She said: \"We are confident.\"\n"
                  "The banner read \"no cuts\" in red letters, a witness said.\n");
  const SwQuote *q = quote_with (&r, "We are confident.");

  g_assert_cmpint (q->kind, ==, SW_QUOTE_DIRECT);
  assert_speakers (&r, q, "Helen Marr", NULL);
  assert_cue (&r, q, "said");
  /* a phrase in marks without a colon before it stays a phrase */
  for (guint i = 0; i < r.ex->quotes->len; i++)
    {
      const SwQuote *x = g_ptr_array_index (r.ex->quotes, i);
      g_autofree char *content = slice (&r, x->content);

      g_assert_false (x->kind == SW_QUOTE_DIRECT && strcmp (content, "no cuts") == 0);
    }
  result_clear (&r);
}

/* A spokesperson for a body, after the cue or after "according to",
 * speaks for the body; "she" just after stays with that spokeswoman; a
 * person named before the spokesperson's title is the speaker. */
static void
test_spokesperson_for_body (void)
{
  Result r = run ("Jana Reuter spoke first.\n"
                  "\"The charges are false and we will fight them,\" said a press officer for the European Commission.\n"
                  "According to a spokeswoman for the European Commission, Brussels has not been asked for state aid. "
                  "The Commission \"is following the situation closely\", she said.\n"
                  "Ann Bell, a spokeswoman for the Dock Workers Coalition, which is made up of unions, said the port would reopen.\n"
                  "A spokesperson for Iberdrola, the utility that runs the dams, said the company had not been consulted.\n");
  const SwQuote *q;
  g_autofree char *content = NULL;

  assert_speakers (&r, quote_with (&r, "we will fight them"), "European Commission", NULL);
  assert_speakers (&r, quote_with (&r, "not been asked for state aid"), "European Commission", NULL);
  q = quote_with (&r, "following the situation closely");
  assert_speakers (&r, q, "European Commission", NULL);
  g_assert_cmpint (q->kind, ==, SW_QUOTE_MIXED);
  content = slice (&r, q->content);
  g_assert_cmpstr (content, ==, "The Commission \"is following the situation closely\"");
  assert_speakers (&r, quote_with (&r, "the port would reopen"), "Ann Bell", NULL);
  assert_speakers (&r, quote_with (&r, "had not been consulted"), "Iberdrola", NULL);
  result_clear (&r);

  /* a name no list knows with a spokesperson after it is a body's; "us"
   * and "me" after "told" are whom it was told */
  r = run ("Northern Powergrid says 42,000 homes are without power. A spokeswoman told us engineers "
           "would work through the night. Ann Lee told me that it was bad.\n");
  q = quote_with (&r, "engineers would work");
  assert_speakers (&r, q, "Northern Powergrid", NULL);
  assert_content (&r, q, "engineers would work through the night");
  g_assert_cmpint (actor (&r, actor_named (&r, "Northern Powergrid"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_content (&r, quote_with (&r, "it was bad"), "it was bad");
  result_clear (&r);

  /* a spokesperson after a report of the body's: one quote, the body's,
   * to the paper the spokesperson told */
  r = run ("Two firefighters were hurt, the sheriff's office said. Southern California Edison said it was "
           "reviewing whether its equipment was involved, a spokeswoman told the Los Angeles Times.\n");
  q = quote_with (&r, "reviewing whether");
  assert_speakers (&r, q, "Southern California Edison", NULL);
  assert_content (&r, q, "it was reviewing whether its equipment was involved");
  g_assert_cmpint (q->addressee, ==, actor_named (&r, "Los Angeles Times"));
  g_assert_cmpuint (r.ex->quotes->len, ==, 2);
  result_clear (&r);
}

/* Marks that open inside a sentence after its subject: the subject is
 * part of what was said, and the quote goes on after the attribution. */
static void
test_mixed_subject_before_marks (void)
{
  Result r = run ("Both parties \"saw Burma as a country under pressure,\" said Victor Cha, who served under "
                  "President George W. Bush. \"In that sense, it was like pushing on an open door.\"\n"
                  "Bemoaning the \"phony system,\" Trump said he would fight on.\n");
  const SwQuote *q = quote_with (&r, "saw Burma");
  g_autofree char *content = slice (&r, q->content);

  g_assert_cmpint (q->kind, ==, SW_QUOTE_MIXED);
  g_assert_cmpstr (content, ==, "Both parties \"saw Burma as a country under pressure,\"");
  assert_speakers (&r, q, "Victor Cha", NULL);
  /* the next sentence in marks is his too, a piece of the same quote */
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  g_assert_null (quote_with (&r, "Bemoaning"));
  result_clear (&r);
}

/* What a cue whose object is the content takes ends where a clause of its
 * own begins, so a quotation inside that clause keeps its marks. */
static void
test_object_content_ends_at_clause (void)
{
  Result r = run ("The minister has defended a 4.6% rise in rail fares, after unions warned that commuters "
                  "were being \"priced off the trains\".\n");
  const SwQuote *q = quote_with (&r, "rise in rail fares");
  g_autofree char *content = slice (&r, q->content);
  g_autofree char *warned = NULL;

  g_assert_cmpstr (content, ==, "a 4.6% rise in rail fares");
  q = quote_with (&r, "commuters were being");
  g_assert_nonnull (q);
  warned = slice (&r, q->content);
  g_assert_cmpstr (warned, ==, "commuters were being \"priced off the trains\"");
  g_assert_cmpint (q->kind, ==, SW_QUOTE_MIXED);
  result_clear (&r);
}

/* A word for a kind of business before a name is no part of it; a legal
 * form makes a name a company's; a company's own first word named alone
 * first is the same company. */
static void
test_company_kind_and_form (void)
{
  Result r = run ("Chipmaker Veltrix to close Dresden plant\n"
                  "Veltrix Semiconductor said on Thursday it would close the plant.\n"
                  "Banco Meridional SA said it would not lend more.\n"
                  "The Airline Pilots Association said the decision was final.\n"
                  "Texas AG Ken Paxton said he would appeal.\n");
  int veltrix = actor_named (&r, "Veltrix Semiconductor");

  g_assert_cmpint (actor (&r, veltrix)->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpuint (actor (&r, veltrix)->mentions->len, ==, 2);
  g_assert_cmpint (actor_named (&r, "Chipmaker Veltrix"), <, 0);
  g_assert_cmpint (actor (&r, actor_named (&r, "Banco Meridional SA"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "Airline Pilots Association"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "Ken Paxton"))->kind, ==, SW_ACTOR_PERSON);
  g_assert_cmpint (actor_named (&r, "Texas AG"), <, 0);
  result_clear (&r);
}

/* A role after a name keeps no indefinite article, and a job "at" a name
 * makes the name an organisation's; the town after it is no part of the
 * role. */
static void
test_job_at_unknown_body (void)
{
  Result r = run ("\"The writing has been on the wall for two years,\" said Tomasz Wilk, an analyst at "
                  "Baltic Equity Research in Warsaw.\n"
                  "Baltic Equity Research later said the report had been withdrawn.\n"
                  "Phil Smith, a spokesman for the Miners Union of Ohio and a former miner, said talks would go on.\n");
  const SwActor *wilk = actor (&r, actor_named (&r, "Tomasz Wilk"));
  const SwActor *smith = actor (&r, actor_named (&r, "Phil Smith"));

  g_assert_cmpuint (wilk->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (wilk->roles, 0), ==, "analyst at Baltic Equity Research");
  g_assert_cmpint (actor (&r, actor_named (&r, "Baltic Equity Research"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "report had been withdrawn"), "Baltic Equity Research", NULL);
  g_assert_cmpuint (smith->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (smith->roles, 0), ==, "spokesman for the Miners Union of Ohio and a former miner");
  result_clear (&r);
}

/* A verb that opens a condition or a question is no part of the name or
 * the role after it; a given name that is also a verb stays a name. */
static void
test_verb_opening_sentence (void)
{
  Result r = run ("Tom Clarke owns three homes.\n"
                  "Should Mr. Clarke fail, the state would pay, officials said.\n"
                  "Can Ms. Marr survive? Her allies said she could.\n"
                  "Will Smith said the film was done.\n");

  g_assert_cmpuint (actor (&r, actor_named (&r, "Tom Clarke"))->roles->len, ==, 0);
  g_assert_cmpuint (actor (&r, actor_named (&r, "Marr"))->roles->len, ==, 0);
  assert_speakers (&r, quote_with (&r, "the film was done"), "Will Smith", NULL);
  result_clear (&r);
}

/* A courtroom story: what a lawyer told jurors "in his closing argument",
 * an auditor's testimony, a passive whose subject is who it is about,
 * and a verb of showing without a clause after it. */
static void
test_courtroom (void)
{
  Result r = run ("A jury found former city treasurer Raymond Ostrowski guilty on Friday.\n"
                  "Ostrowski showed no emotion as the verdict was read.\n"
                  "Marcus Hale told jurors in his closing argument that the treasurer had lied.\n"
                  "Grace Liu testified last week that she had flagged the payments.\n"
                  "Mayor Tom Brennan, who was not accused of wrongdoing, said the city had changed.\n"
                  "Ostrowski was accused of hiding the losses.\n");
  const SwQuote *q;
  g_autofree char *content = NULL;

  g_assert_null (quote_with (&r, "no emotion"));
  q = quote_with (&r, "the treasurer had lied");
  content = slice (&r, q->content);
  g_assert_cmpstr (content, ==, "the treasurer had lied");
  assert_speakers (&r, q, "Marcus Hale", NULL);
  q = quote_with (&r, "flagged the payments");
  assert_speakers (&r, q, "Grace Liu", NULL);
  assert_cue (&r, q, "testified");
  g_assert_cmpint (actor (&r, actor_named (&r, "Grace Liu"))->kind, ==, SW_ACTOR_PERSON);
  g_assert_null (quote_with (&r, "wrongdoing"));
  q = quote_with (&r, "hiding the losses");
  g_assert_nonnull (q);
  g_assert_cmpuint (q->speakers->len, ==, 0);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Raymond Ostrowski"))->roles, 0), ==, "city treasurer");
  result_clear (&r);
}

/* Who wrote the story is not in it: a byline paragraph and the credits
 * of a wire story make no actors; a medium before a spokesperson's phrase
 * is kept. */
static void
test_credits_and_leading_medium (void)
{
  Result r = run ("Drought forces ranchers to sell cattle\n\n"
                  "By Miriam Achebe and Tom Vos\n\n"
                  "Ranchers are selling cattle, Dale Hirsch said.\n\n"
                  "In an email, a spokesperson for the Texas Farm Bureau said the aid was welcome but late.\n\n"
                  "By Friday, Dale Hirsch said, the herd was gone.\n\n"
                  "(Reporting by Ann Lee in Chicago; Editing by Paul Simao)\n");
  const SwQuote *q = quote_with (&r, "the aid was welcome");

  g_assert_cmpint (actor_named (&r, "Miriam Achebe"), <, 0);
  g_assert_cmpint (actor_named (&r, "Tom Vos"), <, 0);
  g_assert_cmpint (actor_named (&r, "Ann Lee"), <, 0);
  g_assert_cmpint (actor_named (&r, "Paul Simao"), <, 0);
  assert_speakers (&r, quote_with (&r, "the herd was gone"), "Dale Hirsch", NULL);
  assert_speakers (&r, q, "Texas Farm Bureau", NULL);
  g_assert_cmpstr (q->medium, ==, "email");
  result_clear (&r);
}

/* A match report: a club named with "United", and a cue whose object is
 * the content joined by "and" to an earlier cue of the same speaker. */
static void
test_match_report (void)
{
  Result r = run ("Northgate United said the coach would stay.\n"
                  "Paulo Ferreira said his side had switched off and described the penalty decision as baffling.\n"
                  "The United States said nothing.\n");
  const SwQuote *q = quote_with (&r, "the penalty decision");

  g_assert_cmpint (actor (&r, actor_named (&r, "Northgate United"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "United States"))->kind, ==, SW_ACTOR_PLACE);
  assert_speakers (&r, q, "Paulo Ferreira", NULL);
  assert_cue (&r, q, "described");
  assert_speakers (&r, quote_with (&r, "his side had switched off"), "Paulo Ferreira", NULL);
  result_clear (&r);
}

/* "Its chief executive, Norah Quayle,": the role names the body "its"
 * stands for, the one named last before it, unless a person came between. */
static void
test_role_of_its_body (void)
{
  Result r = run ("The Campaign for Better Transport said the rise came at the worst time. "
                  "Its chief executive, Norah Quayle, said people were angry.\n\n"
                  "Peter Holm met the Harbour Union on Monday. His lawyer, Ann Vik, said the talks went well.\n");

  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Norah Quayle"))->roles, 0), ==,
                   "chief executive of Campaign for Better Transport");
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Ann Vik"))->roles, 0), ==, "lawyer");
  result_clear (&r);

  /* "the company's" stands for the story's company however far back, and
   * a person named since does not stop "its" */
  r = run ("Kestrel Foods Plc reported a rise in profit on Thursday.\n\n"
           "\"Shoppers are trading down,\" chief executive Priya Raman told analysts.\n\n"
           "The company's chief financial officer, Mark Devlin, said costs had eased.\n");
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Mark Devlin"))->roles, 0), ==,
                   "chief financial officer of Kestrel Foods Plc");
  result_clear (&r);
}

/* Media named around the cue: a post's noun is no cue, nor a participle
 * after a medium ("a video posted to YouTube"); the medium may open the
 * sentence after a word and a comma; platforms are organisations; a fee
 * charged is no accusation; and "he" just after an unnamed person's quote
 * is not a man named further back. */
static void
test_platforms_and_unnamed (void)
{
  Result r = run ("Chief executive Marcus Lindqvist wrote on LinkedIn that the company had nothing to hide.\n"
                  "Orchard said in a blog post that its fees paid for security.\n"
                  "Later, in a video posted to YouTube, Helena Varga said the case could take two years.\n"
                  "Regulators examined the fees that Orchard Systems charges app developers.\n\n"
                  "One developer, who spoke on condition of anonymity, said the fees had forced him to raise prices. "
                  "\"We are paying a toll to reach our own customers,\" he told The Associated Press.\n");
  const SwQuote *q = quote_with (&r, "the case could take two years");

  assert_speakers (&r, q, "Helena Varga", NULL);
  g_assert_cmpstr (q->medium, ==, "video");
  g_assert_cmpint (actor (&r, actor_named (&r, "YouTube"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "LinkedIn"))->kind, ==, SW_ACTOR_ORGANIZATION);
  q = quote_with (&r, "its fees paid for security");
  g_assert_cmpstr (q->medium, ==, "blog post");
  for (guint i = 0; i < r.ex->quotes->len; i++)
    {
      const SwQuote *x = g_ptr_array_index (r.ex->quotes, i);
      g_autofree char *content = slice (&r, x->content);

      /* one quote for the blog post, none for the fees charged */
      g_assert_false (x != q && strstr (content, "its fees paid") != NULL);
      g_assert_null (strstr (content, "app developers"));
    }
  q = quote_with (&r, "paying a toll");
  g_assert_cmpuint (q->speakers->len, ==, 0);
  result_clear (&r);
}

/* Diplomacy: talks reported with the role before the name ("met his
 * Paraguayan counterpart, Lucía Benítez") or how they spoke between the
 * verb and "with"; a leader's office speaks for the leader. */
static void
test_diplomacy (void)
{
  Result r = run ("Brazilian President Ana Ribeiro spoke by phone with Argentine President Tomás Quiroga on Tuesday.\n"
                  "Ribeiro's office said the two leaders had agreed to meet. Quiroga's wife said nothing new.\n"
                  "Brazil's foreign minister, Paulo Mendes, met his Paraguayan counterpart, Lucía Benítez, in Asunción on Monday.\n");

  g_assert_true (has_relation (&r, "Ana Ribeiro", "Tomás Quiroga", SW_RELATION_SPOKE_WITH));
  g_assert_true (has_relation (&r, "Paulo Mendes", "Lucía Benítez", SW_RELATION_SPOKE_WITH));
  assert_speakers (&r, quote_with (&r, "agreed to meet"), "Ana Ribeiro", NULL);
  g_assert_cmpuint (quote_with (&r, "nothing new")->speakers->len, ==, 0);
  result_clear (&r);
}

/* An interview's transcript: a speaker's label before a colon gives the
 * speaker; a word that labels the kind of story does not. */
static void
test_interview_labels (void)
{
  Result r = run ("Interview: the mayor on buses, bikes and the budget\n\n"
                  "Mayor Joanna Pike sat down with us on Thursday.\n\n"
                  "Q: Why cut bus routes now?\n\n"
                  "PIKE: We are not cutting routes. We are moving buses to where people travel.\n");

  g_assert_null (quote_with (&r, "bikes and the budget"));
  assert_speakers (&r, quote_with (&r, "We are not cutting routes"), "Joanna Pike", NULL);
  result_clear (&r);
}

/* A debate: a cue's word used as a noun before a title ("a former state
 * treasurer") is no cue; content ends before ", which X denied"; a role
 * before a name with its station after it. */
static void
test_debate (void)
{
  Result r = run ("Democrat Elena Marsh accused her opponent of lying.\n"
                  "Dunning, a former state treasurer, called the charge \"a fantasy\" and said Marsh had raised taxes.\n"
                  "The moderator, Lisa Grant of WKTV, asked both candidates to keep to time.\n"
                  "Craig Dunning said Grant had given Marsh more time, which Grant denied.\n"
                  "The New York state attorney general is confirming that the foundation is not registered.\n");
  const SwQuote *q = quote_with (&r, "the charge");
  g_autofree char *content = slice (&r, q->content);
  g_autofree char *given = NULL;

  g_assert_cmpstr (content, ==, "the charge \"a fantasy\"");
  g_assert_cmpint (q->kind, ==, SW_QUOTE_MIXED);
  assert_cue (&r, q, "called");
  for (guint i = 0; i < r.ex->quotes->len; i++)
    {
      const SwQuote *x = g_ptr_array_index (r.ex->quotes, i);
      g_autofree char *cue = x->has_cue ? slice (&r, x->cue) : NULL;

      g_assert_cmpstr (cue, !=, "state");
    }
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Lisa Grant"))->roles, 0), ==, "moderator");
  q = quote_with (&r, "more time");
  given = slice (&r, q->content);
  g_assert_cmpstr (given, ==, "Grant had given Marsh more time");
  assert_cue (&r, quote_with (&r, "foundation is not registered"), "confirming");
  result_clear (&r);
}

/* A sentence that opens with a name no list knows and its possessive
 * ("Trump's aides said") has that name's voice as its speaker; "Let's"
 * is no name; a short quotation after a colon may end with its full stop
 * outside the marks. */
static void
test_possessive_opening (void)
{
  Result r = run ("Trump’s aides said the plan was weak.\n"
                  "Apple's lawyers said the ruling was wrong.\n"
                  "Let's say the degree costs $160,000, the adviser said.\n"
                  "Anna Berg, the union leader, said: \"We go on\".\n");

  assert_speakers (&r, quote_with (&r, "the plan was weak"), "Trump", NULL);
  assert_speakers (&r, quote_with (&r, "the ruling was wrong"), "Apple", NULL);
  g_assert_cmpint (actor_named (&r, "Let"), <, 0);
  assert_speakers (&r, quote_with (&r, "We go on"), "Anna Berg", NULL);
  result_clear (&r);
}

/* A quotation whose closing mark is missing ends before ", he said.", and
 * the rest of the paragraph is no part of it. */
static void
test_missing_closing_mark (void)
{
  Result r = run ("Anna Berg led the strike. “We will not accept this, she said. The talks ended on Friday, "
                  "officials said.\n");
  const SwQuote *q = quote_with (&r, "We will not accept this");
  g_autofree char *content = slice (&r, q->content);

  g_assert_cmpstr (content, ==, "We will not accept this,");
  assert_speakers (&r, q, "Anna Berg", NULL);
  assert_cue (&r, q, "said");
  g_assert_nonnull (quote_with (&r, "The talks ended on Friday"));
  g_assert_true (quote_with (&r, "The talks ended on Friday") != q);
  result_clear (&r);
}

/* A body first named after a title holds no role once it is known as a
 * body, and the words of a show's title name no actor. */
static void
test_no_roles_for_bodies (void)
{
  Result r = run ("\"The situation remains difficult,\" said the chief executive of Ukrenergo, Volodymyr Kudrytskyi, "
                  "in a televised address.\n"
                  "Ukrenergo, the national grid operator, said repair crews were working.\n"
                  "Keith Kellogg told CNN's \"State of the Union\" that the proposal was one idea among many.\n");
  const SwActor *body = actor (&r, actor_named (&r, "Ukrenergo"));

  g_assert_cmpint (body->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpuint (body->roles->len, ==, 0);
  g_assert_cmpint (actor_named (&r, "Union"), <, 0);
  g_assert_cmpstr (quote_with (&r, "one idea among many")->medium, ==, "State of the Union");
  result_clear (&r);
}

/* Kin named after the cue or the agent's "by": "by her son, Daniel
 * Osei," is Daniel Osei. */
static void
test_kin_after_cue (void)
{
  Result r = run ("Marguerite Osei died on Saturday. Her death was confirmed by her son, Daniel Osei, on Sunday.\n"
                  "\"We will rebuild the house,\" said his neighbour, Luis Ortega, on Monday.\n");

  assert_speakers (&r, quote_with (&r, "Her death"), "Daniel Osei", NULL);
  assert_speakers (&r, quote_with (&r, "rebuild the house"), "Luis Ortega", NULL);
  result_clear (&r);
}

/* "Mrs. Clinton" and "Mr. Clinton" after Hillary and Bill Clinton: an
 * honorific's gender picks the person of that surname, even when the
 * surname is also a given name. */
static void
test_honorific_gender (void)
{
  Result r = run ("Hillary Clinton spoke in Ohio. Bill Clinton joined her later.\n"
                  "Mrs. Clinton said the plan would work. Mr. Clinton said the crowd was large.\n");

  assert_speakers (&r, quote_with (&r, "the plan would work"), "Hillary Clinton", NULL);
  assert_speakers (&r, quote_with (&r, "the crowd was large"), "Bill Clinton", NULL);
  result_clear (&r);
}

/* "he" after "Zelenskyy thanked Tusk" is the one who thanked; an
 * object after a noun ("director Ruth Adeyemi") is no object. */
static void
test_pronoun_prefers_subject (void)
{
  Result r = run ("Volodymyr Zelenskyy met Donald Tusk in Kyiv.\n"
                  "In his nightly address, Zelenskyy thanked Tusk for his support. “Poland has stood with us "
                  "from the first day,” he said.\n");

  assert_speakers (&r, quote_with (&r, "Poland has stood"), "Volodymyr Zelenskyy", NULL);
  result_clear (&r);
}

/* Businesses by their trade ("Northline Ferries"), two names that end
 * with words for bodies joined by "and" (but one "Securities and Exchange
 * Commission"), a word for a body that opens a sentence before a title
 * ("Union leader Maja Holt"), and councillors. */
static void
test_business_names (void)
{
  Result r = run ("Northline Ferries said the crossings would resume.\n"
                  "The deal was announced by the Seafarers' Alliance and Northline Ferries on Tuesday.\n"
                  "Union leader Maja Holt said the union had won. The union thanked its members.\n"
                  "Island councillor Peder Vik said the deal came late.\n"
                  "The U.S. Securities and Exchange Commission said it would look at the deal.\n");

  g_assert_cmpint (actor (&r, actor_named (&r, "Northline Ferries"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "Seafarers' Alliance"))->kind, ==, SW_ACTOR_ORGANIZATION);
  /* both announce it, in the order written, whatever the date after them */
  assert_speakers (&r, quote_with (&r, "The deal"), "Seafarers' Alliance", "Northline Ferries");
  g_assert_cmpint (actor_named (&r, "Union"), <, 0);
  assert_speakers (&r, quote_with (&r, "the union had won"), "Maja Holt", NULL);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Peder Vik"))->roles, 0), ==, "Island councillor");
  g_assert_cmpint (actor_named (&r, "Exchange Commission"), <, 0);
  result_clear (&r);
}

/* An article and a few lower-case words set off after a person's name
 * are their role, with or without a title among them; a clause is not. */
static void
test_plain_roles (void)
{
  Result r = run ("Sara Okonjo, a former city planner, said too few homes were built.\n"
                  "Paul Brandt, the winner, said little. Beatrix Hale, a move that surprised many, resigned.\n"
                  "Yusuf Amir, a crane operator who has worked at the port for 23 years, said it was late.\n"
                  "Harbour master Leona Petrakis said crews would work all night.\n"
                  "“The numbers are stark,” said lead author Dr. Elena Ruiz.\n");

  g_assert_cmpuint (actor (&r, actor_named (&r, "Sara Okonjo"))->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Sara Okonjo"))->roles, 0), ==,
                   "former city planner");
  g_assert_cmpuint (actor (&r, actor_named (&r, "Paul Brandt"))->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Paul Brandt"))->roles, 0), ==, "the winner");
  g_assert_cmpuint (actor (&r, actor_named (&r, "Beatrix Hale"))->roles->len, ==, 0);
  /* before a relative clause; a master of a harbour holds a title */
  g_assert_cmpuint (actor (&r, actor_named (&r, "Yusuf Amir"))->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Yusuf Amir"))->roles, 0), ==, "crane operator");
  g_assert_cmpuint (actor (&r, actor_named (&r, "Leona Petrakis"))->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Leona Petrakis"))->roles, 0), ==, "Harbour master");
  /* an honorific before the name is no part of the role */
  g_assert_cmpuint (actor (&r, actor_named (&r, "Elena Ruiz"))->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Elena Ruiz"))->roles, 0), ==, "lead author");
  result_clear (&r);

  /* a role before the name after a name's possessive */
  r = run ("Okonjo's campaign manager, Ruth Adeyemi, told reporters that the plan was costed.\n");
  g_assert_cmpuint (actor (&r, actor_named (&r, "Ruth Adeyemi"))->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Ruth Adeyemi"))->roles, 0), ==, "campaign manager");
  result_clear (&r);
}

/* A name and its initials are one organisation, whichever comes first;
 * "Ruiz and her colleagues" speak through Ruiz; "…, researchers said,
 * warning that …" reports twice. */
static void
test_initials_and_teams (void)
{
  Result r = run ("The World Health Organization has urged governments to act. According to the WHO, "
                  "only a third of countries had plans.\n"
                  "The IMF cut its forecast. The International Monetary Fund said growth would slow.\n"
                  "Elena Ruiz led the study. Ruiz and her colleagues estimated that 47,000 people died.\n"
                  "Deaths have risen by a third since 2000, researchers said on Wednesday, warning that "
                  "hospitals were poorly prepared.\n");

  assert_speakers (&r, quote_with (&r, "a third of countries"), "World Health Organization", NULL);
  g_assert_cmpint (actor_named (&r, "WHO"), <, 0);
  assert_speakers (&r, quote_with (&r, "growth would slow"), "International Monetary Fund", NULL);
  g_assert_cmpint (actor_named (&r, "IMF"), <, 0);
  assert_speakers (&r, quote_with (&r, "47,000 people died"), "Elena Ruiz", NULL);
  assert_content (&r, quote_with (&r, "risen by a third"), "Deaths have risen by a third since 2000");
  assert_content (&r, quote_with (&r, "poorly prepared"), "hospitals were poorly prepared");
  result_clear (&r);

  /* a plural head ("Centers", "Institutes") and "and" inside the name;
   * initials the lists know for a longer name */
  r = run ("The Centers for Disease Control and Prevention said most patients were children. The CDC "
           "said it had sent a team. The National Institutes of Health said it would help.\n");
  assert_speakers (&r, quote_with (&r, "most patients were children"), "Centers for Disease Control and Prevention", NULL);
  assert_speakers (&r, quote_with (&r, "sent a team"), "Centers for Disease Control and Prevention", NULL);
  assert_speakers (&r, quote_with (&r, "it would help"), "National Institutes of Health", NULL);
  g_assert_cmpint (actor_named (&r, "Prevention"), <, 0);
  result_clear (&r);
}

/* A lawmaker's party and state ("R-Ohio", "(D-Newport News)") are no
 * name; a clause's own source after it ("…, two aides said") ends the
 * content reported inside it; a surname before an adverb and a cue
 * ("Okoro later told") is a name. */
static void
test_lawmakers_and_sources (void)
{
  Result r = run ("Sen. Marla Quint, R-Ohio, who helped write the bill, said she was disappointed.\n"
                  "Del. Marcus Simon (D-Newport News) said the vote was lost.\n"
                  "Okoro later told colleagues in a meeting that he would not bring the bill back, two aides said.\n");
  const SwQuote *q;

  assert_speakers (&r, quote_with (&r, "she was disappointed"), "Marla Quint", NULL);
  assert_speakers (&r, quote_with (&r, "the vote was lost"), "Marcus Simon", NULL);
  g_assert_cmpint (actor_named (&r, "R-Ohio"), <, 0);
  g_assert_cmpint (actor_named (&r, "News"), <, 0);
  /* the aides report the whole clause, Okoro what he told */
  assert_content (&r, quote_with (&r, "Okoro later told"),
                  "Okoro later told colleagues in a meeting that he would not bring the bill back");
  q = NULL;
  for (guint i = 0; i < r.ex->quotes->len; i++)
    {
      const SwQuote *x = g_ptr_array_index (r.ex->quotes, i);
      g_autofree char *content = slice (&r, x->content);

      if (g_str_has_prefix (content, "he would not"))
        q = x;
    }
  assert_content (&r, q, "he would not bring the bill back");
  assert_speakers (&r, q, "Okoro", NULL);
  result_clear (&r);
}

/* Cities, regions and seas of the world are places, not people: "a
 * writer for The Atlantic" is no ocean. */
static void
test_world_places (void)
{
  Result r = run ("The cuts fall on offices in Rotterdam and Antwerp, the company said.\n"
                  "Drones struck Zaporizhzhia and Kherson overnight, and ships left the Black Sea.\n"
                  "Mara Lind, a writer for The Atlantic, said the plan was late.\n");

  g_assert_cmpint (actor (&r, actor_named (&r, "Rotterdam"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_cmpint (actor (&r, actor_named (&r, "Antwerp"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_cmpint (actor (&r, actor_named (&r, "Zaporizhzhia"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_cmpint (actor (&r, actor_named (&r, "Kherson"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_cmpint (actor (&r, actor_named (&r, "Black Sea"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_true (actor_named (&r, "Atlantic") < 0 ||
                 actor (&r, actor_named (&r, "Atlantic"))->kind != SW_ACTOR_PLACE);
  result_clear (&r);

  /* a name no list knows, after a word for a place and "of" */
  r = run ("Floods hit the town of Velmarsh on Monday. Residents of Brenholt queued for water.\n"
           "The two candidates for mayor of Kestrelby clashed over housing.\n");
  g_assert_cmpint (actor (&r, actor_named (&r, "Velmarsh"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_cmpint (actor (&r, actor_named (&r, "Brenholt"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_cmpint (actor (&r, actor_named (&r, "Kestrelby"))->kind, ==, SW_ACTOR_PLACE);
  result_clear (&r);
}

/* "according to a company statement", "a company spokeswoman said":
 * the story's company speaks. */
static void
test_company_voice (void)
{
  Result r = run ("Harbourline, the Norwegian shipping group, said it would cut 1,200 jobs.\n"
                  "The cuts are expected to save $180 million a year, according to a company statement. "
                  "A company spokeswoman said further cuts were possible.\n");
  const SwQuote *q;

  q = quote_with (&r, "save $180 million");
  assert_speakers (&r, q, "Harbourline", NULL);
  g_assert_cmpstr (q->medium, ==, "statement");
  assert_speakers (&r, quote_with (&r, "further cuts"), "Harbourline", NULL);
  result_clear (&r);
}

/* Media of two words ("a conference call", "state television") and
 * after an addressee ("told NRK radio"); "call" as a verb is none. An
 * addressee's age or role set off by commas is not what was said. */
static void
test_media_words (void)
{
  Result r = run ("Per Lunde told NRK radio that the company had broken its promises.\n"
                  "Ingrid Aasen told investors on a conference call that demand would recover.\n"
                  "Lunde said on state television that the strike would go on.\n"
                  "Aasen called on the board to “really call out the unions” before the vote.\n"
                  "Keith Kellogg told CNN's “State of the Union” that the proposal was “just one idea among many”.\n"
                  "Judge Alison Marr told Tomas Brekke, 58, that he had betrayed the town. She told "
                  "Brekke, a former mayor, that he owed the council.\n");
  const SwQuote *q;

  /* words set off after the addressee describe them */
  assert_content (&r, quote_with (&r, "betrayed the town"), "he had betrayed the town");
  assert_content (&r, quote_with (&r, "owed the council"), "he owed the council");

  q = quote_with (&r, "broken its promises");
  assert_content (&r, q, "the company had broken its promises");
  g_assert_cmpstr (q->medium, ==, "NRK radio");
  /* an addressee in capitals is a body */
  g_assert_cmpint (actor (&r, actor_named (&r, "NRK"))->kind, ==, SW_ACTOR_ORGANIZATION);
  q = quote_with (&r, "demand would recover");
  assert_content (&r, q, "demand would recover");
  g_assert_cmpstr (q->medium, ==, "conference call");

  g_assert_cmpstr (quote_with (&r, "the strike would go on")->medium, ==, "state television");
  /* a show's title in marks after the addressee is the medium, no quote */
  q = quote_with (&r, "one idea among many");
  assert_content (&r, q, "the proposal was “just one idea among many”");
  g_assert_cmpstr (q->medium, ==, "State of the Union");
  g_assert_null (quote_with (&r, "State of the Union"));
  for (guint i = 0; i < r.ex->quotes->len; i++)
    g_assert_cmpstr (((SwQuote *)g_ptr_array_index (r.ex->quotes, i))->medium, !=, "call");
  result_clear (&r);

  /* apps, channels, websites and livestreams are media too */
  r = run ("Zelenskiy said on the Telegram messaging app that the soldiers were home. The agency said "
           "on its website that the port was open. Okafor said in a livestream that the vote was rigged.\n");
  q = quote_with (&r, "soldiers were home");
  assert_content (&r, q, "the soldiers were home");
  g_assert_cmpstr (q->medium, ==, "Telegram messaging app");
  g_assert_cmpstr (quote_with (&r, "the port was open")->medium, ==, "website");
  g_assert_cmpstr (quote_with (&r, "the vote was rigged")->medium, ==, "livestream");
  result_clear (&r);

  /* a one-letter platform ends its sentence; an initial does not */
  r = run ("“No one is above the law,” Tusk wrote on X. The party said the case was a vendetta. "
           "Charles G. and David H. Koch said the tax was a disaster.\n");
  g_assert_cmpstr (quote_with (&r, "above the law")->medium, ==, "X");
  assert_content (&r, quote_with (&r, "vendetta"), "the case was a vendetta");
  g_assert_nonnull (quote_with (&r, "the tax was a disaster"));
  result_clear (&r);
}

/* The speaker after a role ("said the chief executive of Ukrenergo,
 * Volodymyr Kudrytskyi,"), where or when after the speaker ("…, Colonna
 * told reporters in Brussels."), a country that speaks through its
 * officials without being named, and a body known by a word for its
 * trade. */
static void
test_role_place_country (void)
{
  Result r = run ("“The grid is badly damaged,” said the chief executive of Ukrenergo, Volodymyr Kudrytskyi, "
                  "in a televised address.\n"
                  "Paris has promised further aid, Foreign Minister Catherine Colonna told reporters in Brussels. "
                  "Colonna said in Brussels the generators would arrive soon.\n"
                  "French officials said on Monday they would send 40 generators.\n"
                  "“Every strike on the grid is a strike on our schools,” said the mayor on Monday.\n"
                  "Like President Obama, I believe in the good sense of the voters.\n"
                  "Velgrid, the national grid operator, said crews were working.\n");
  const SwQuote *q;
  int a;

  q = quote_with (&r, "badly damaged");
  assert_speakers (&r, q, "Volodymyr Kudrytskyi", NULL);
  g_assert_cmpstr (q->medium, ==, "televised address");
  a = actor_named (&r, "Volodymyr Kudrytskyi");
  g_assert_cmpstr (g_ptr_array_index (actor (&r, a)->roles, 0), ==, "chief executive of Ukrenergo");

  q = quote_with (&r, "further aid");
  assert_content (&r, q, "Paris has promised further aid");
  assert_speakers (&r, q, "Catherine Colonna", NULL);
  assert_content (&r, quote_with (&r, "would arrive soon"), "the generators would arrive soon");

  assert_speakers (&r, quote_with (&r, "40 generators"), "France", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "France"))->kind, ==, SW_ACTOR_PLACE);

  q = quote_with (&r, "strike on the grid");
  assert_cue (&r, q, "said");
  assert_speaker_mention (&r, q, "the mayor");

  g_assert_null (quote_with (&r, "Like President Obama"));
  g_assert_cmpint (actor (&r, actor_named (&r, "Velgrid"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);
}

/* Features: "says X" after the quotation, a short quotation that goes on
 * with the one before, a quotation after a sentence about its speaker,
 * and a role with a word for where. */
static void
test_feature_quotes (void)
{
  Result r = run ("At 4 a.m. the lights are on. “People think bread just appears,” says Anna Kowalski, "
                  "dusting flour from her hands. “It doesn't.”\n"
                  "\n"
                  "Her husband runs the till.\n"
                  "\n"
                  "Asked why she keeps going, Kowalski laughs. “Who else would do it?”\n"
                  "\n"
                  "“Rents are rising, and young people leave,” says Jan Novak, the village mayor.\n");
  const SwQuote *q;

  q = quote_with (&r, "bread just appears");
  assert_speakers (&r, q, "Anna Kowalski", NULL);
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  assert_speakers (&r, quote_with (&r, "Who else would do it?"), "Anna Kowalski", NULL);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Jan Novak"))->roles, 0), ==, "the village mayor");
  result_clear (&r);
}

/* A company is one actor under its full name, its legal form, its first
 * word and a description ("the Chicago-based company"). */
static void
test_legal_forms (void)
{
  Result r = run ("Velmora Foods profit jumps\n"
                  "\n"
                  "Velmora Foods Plc reported higher profit on Thursday.\n"
                  "\n"
                  "Net income rose to $412 million, the Chicago-based company said in a statement. Shares "
                  "of Velmora rose 3%.\n"
                  "\n"
                  "Rivals including Apple Inc and Alphabet Inc said the rule was unlawful.\n");
  int velmora = actor_named (&r, "Velmora Foods");

  g_assert_cmpint (velmora, >=, 0);
  g_assert_cmpint (actor (&r, velmora)->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor_named (&r, "Velmora Foods Plc"), <, 0);
  g_assert_cmpint (actor_named (&r, "Velmora"), <, 0);
  assert_speakers (&r, quote_with (&r, "Net income rose"), "Velmora Foods", NULL);
  g_assert_cmpint (actor_named (&r, "Chicago-based company"), <, 0);
  g_assert_cmpint (actor_named (&r, "Apple Inc"), >=, 0);
  g_assert_cmpint (actor_named (&r, "Alphabet Inc"), >=, 0);
  result_clear (&r);
}

/* British style marks quotations with single marks, and a quotation may
 * follow the colon of a headline; neither an apostrophe nor a plural's
 * possessive mark opens or closes one. */
static void
test_single_marks (void)
{
  Result r = run ("Harbour chief Lina Marsh: ‘We will not sell the quay’\n"
                  "\n"
                  "The Harbour Users Group said it was disappointed. A spokesperson said: ‘We urge the "
                  "council to think again.’\n"
                  "\n"
                  "‘This is not about pay alone,’ Okafor told Radio Atlas. ‘It is about the workers’ "
                  "safety on the quay.’\n"
                  "\n"
                  "He added: 'We have waited long enough for the '90s cranes to go.'\n"
                  "\n"
                  "The dockers’ union said the cranes weren’t safe.\n");
  const SwQuote *q;

  q = quote_with (&r, "We will not sell the quay");
  g_assert_nonnull (q);
  g_assert_cmpint (q->kind, ==, SW_QUOTE_DIRECT);
  assert_speakers (&r, q, "Lina Marsh", NULL);

  q = quote_with (&r, "We urge the council");
  g_assert_cmpint (q->kind, ==, SW_QUOTE_DIRECT);
  assert_content (&r, q, "We urge the council to think again.");
  assert_speakers (&r, q, "Harbour Users Group", NULL);

  q = quote_with (&r, "This is not about pay alone");
  g_assert_cmpint (q->kind, ==, SW_QUOTE_DIRECT);
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  g_assert_cmpint (q->addressee, ==, actor_named (&r, "Radio Atlas"));

  q = quote_with (&r, "waited long enough");
  g_assert_cmpint (q->kind, ==, SW_QUOTE_DIRECT);
  assert_content (&r, q, "We have waited long enough for the '90s cranes to go.");

  assert_content (&r, quote_with (&r, "the cranes weren"), "the cranes weren’t safe");
  result_clear (&r);
}

/* Organisations' names keep every word: the name before a field
 * ("World Health Organization"), the field after "of" ("Department of
 * Health and Human Services"), names joined by "and" after "of" but not
 * names of their own; acronyms spelled like pronouns ("WHO", "US"). */
static void
test_organisation_names (void)
{
  Result r = run ("The World Health Organization said it would send more doses.\n"
                  "Professor Ines Kallio of the Lunport School of Hygiene and Tropical Medicine warned that "
                  "the trial was small.\n"
                  "A spokesman for the Department of Health and Human Services said the plan was dead.\n"
                  "The Ministry of Defence said the drill was over. The Department of Justice said the "
                  "case was closed.\n"
                  "The Harbour Union of Ohio and Kestrel Shipping said the strike was over.\n"
                  "WHO Director-General Tomas Adeyemi told reporters that supply was the obstacle.\n"
                  "The WHO said the outbreak was over. The US said it would help.\n"
                  "Secretary of State Mara Olsen said the talks had failed.\n");

  assert_speakers (&r, quote_with (&r, "more doses"), "World Health Organization", NULL);
  assert_speakers (&r, quote_with (&r, "the trial was small"), "Ines Kallio", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Lunport School of Hygiene and Tropical Medicine"))->kind, ==,
                   SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "the plan was dead"), "Department of Health and Human Services", NULL);
  assert_speakers (&r, quote_with (&r, "the drill was over"), "Ministry of Defence", NULL);
  assert_speakers (&r, quote_with (&r, "the case was closed"), "Department of Justice", NULL);
  g_assert_cmpint (actor_named (&r, "Kestrel Shipping"), >=, 0);
  g_assert_cmpint (actor_named (&r, "Harbour Union of Ohio and Kestrel Shipping"), <, 0);
  assert_speakers (&r, quote_with (&r, "supply was the obstacle"), "Tomas Adeyemi", NULL);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Tomas Adeyemi"))->roles, 0), ==,
                   "WHO Director-General");
  /* the WHO is the World Health Organization named above */
  assert_speakers (&r, quote_with (&r, "the outbreak was over"), "World Health Organization", NULL);
  g_assert_cmpint (actor_named (&r, "WHO"), <, 0);
  assert_speakers (&r, quote_with (&r, "it would help"), "United States", NULL);
  assert_speakers (&r, quote_with (&r, "the talks had failed"), "Mara Olsen", NULL);
  result_clear (&r);
}

static void
test_heads_that_qualify_titles (void)
{
  Result r = run ("HARBOURTON (AP) — The port reopened on Monday.\n"
                  "Press secretary Lina Marsh said the ferries were running. Harbour master Oskar Lind "
                  "told The Associated Press that the cranes were safe.\n");
  const SwQuote *q = quote_with (&r, "the cranes were safe");

  g_assert_cmpint (actor_named (&r, "HARBOURTON"), <, 0);
  g_assert_cmpint (actor_named (&r, "Press"), <, 0);
  assert_speakers (&r, quote_with (&r, "the ferries were running"), "Lina Marsh", NULL);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Lina Marsh"))->roles, 0), ==, "Press secretary");
  g_assert_nonnull (q);
  g_assert_cmpint (q->addressee, ==, actor_named (&r, "Associated Press"));
  g_assert_cmpint (actor (&r, q->addressee)->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);

  /* after a quotation, and before one: the addressee, then the medium */
  r = run ("Harbour master Oskar Lind spoke on Monday.\n"
           "“The cranes are safe again,” Lind told Radio Atlas in an interview.\n"
           "Lind told reporters in a briefing: “We will open the north quay next week.”\n"
           "Lind told Radio Atlas 4's Harbour Hour programme that the ferries would run. He told "
           "USA Today that the fares would rise.\n");
  q = quote_with (&r, "The cranes are safe");
  g_assert_nonnull (q);
  g_assert_cmpint (q->addressee, ==, actor_named (&r, "Radio Atlas"));
  g_assert_cmpstr (q->medium, ==, "interview");
  q = quote_with (&r, "north quay");
  assert_speakers (&r, q, "Oskar Lind", NULL);
  g_assert_cmpstr (q->medium, ==, "briefing");
  /* a station's programme is how it was said, and "USA Today" a paper */
  q = quote_with (&r, "the ferries would run");
  assert_content (&r, q, "the ferries would run");
  g_assert_cmpint (q->addressee, ==, actor_named (&r, "Radio Atlas"));
  g_assert_cmpstr (q->medium, ==, "Harbour Hour programme");
  q = quote_with (&r, "the fares would rise");
  g_assert_cmpint (q->addressee, ==, actor_named (&r, "USA Today"));
  g_assert_cmpint (actor (&r, q->addressee)->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);
}

/* British style writes honorifics without a full stop: "Mr Patel". */
static void
test_honorific_without_stop (void)
{
  Result r = run ("Councillors met on Wednesday.\n"
                  "“We have heard these promises before,” said Mr Idris, the opposition leader.\n"
                  "Mrs Hale said the tram would run by 2029.\n");

  assert_speakers (&r, quote_with (&r, "heard these promises"), "Idris", NULL);
  assert_cue (&r, quote_with (&r, "heard these promises"), "said");
  assert_speaker_mention (&r, quote_with (&r, "heard these promises"), "Mr Idris");
  assert_speakers (&r, quote_with (&r, "the tram would run"), "Hale", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Hale"))->kind, ==, SW_ACTOR_PERSON);
  result_clear (&r);
}

/* Headlines in title case capitalise their cues and every other word. */
static void
test_headline (void)
{
  Result r = run ("Harbour Will Reopen Within Weeks, Okafor Says\n\n"
                  "Nkechi Okafor, the harbour master, spoke to reporters in Lunport. Okafor has run "
                  "the harbour since 2019.\n\n"
                  "German Chancellor Karl Weber arrived in Lunport on Friday.\n");
  const SwQuote *q = quote_with (&r, "Harbour Will Reopen Within Weeks");

  assert_speakers (&r, q, "Nkechi Okafor", NULL);
  assert_cue (&r, q, "Says");
  /* a sentence full of names is no headline: the chancellor is one person */
  g_assert_cmpint (actor_named (&r, "Karl Weber"), >=, 0);
  result_clear (&r);

  /* "Name: words" gives the words to a name; a storm is no one, and a
   * label that names no one gives nothing */
  r = run ("Storm Elsa: trains cancelled as gusts reach 90mph\n\n"
           "Okafor: the harbour will reopen within weeks\n\n"
           "Stealth Over Health: Harbour Master Was Headed to Hospital\n\n"
           "Hurricane Katrina hit the coast in 2005, and Operation Sea Lion never began. Nkechi Okafor "
           "spoke on Monday.\n");
  g_assert_null (quote_with (&r, "trains cancelled"));
  g_assert_null (quote_with (&r, "Was Headed"));
  assert_speakers (&r, quote_with (&r, "the harbour will reopen"), "Nkechi Okafor", NULL);
  g_assert_cmpint (actor_named (&r, "Storm Elsa"), <, 0);
  g_assert_cmpint (actor_named (&r, "Elsa"), <, 0);
  g_assert_cmpint (actor_named (&r, "Katrina"), <, 0);
  g_assert_cmpint (actor_named (&r, "Hurricane Katrina"), <, 0);
  result_clear (&r);
}

/* Polls and studies show things without a "that". */
static void
test_documents (void)
{
  Result r = run ("Polls show the mayor with a narrow lead in the north.\n"
                  "The mayor shows no sign of slowing down.\n");

  assert_speaker_mention (&r, quote_with (&r, "the mayor with a narrow lead"), "Polls");
  g_assert_null (quote_with (&r, "no sign of slowing"));
  result_clear (&r);

  /* a participle that qualifies a noun reports nothing; a verb with its
   * subject before "to" still does */
  r = run ("Madrid signed Lemaire for a fee reported to be 120 million euros. The man, said to be "
           "in his forties, was arrested. The ministry declined to comment on the fee.\n");
  g_assert_null (quote_with (&r, "120 million"));
  g_assert_null (quote_with (&r, "forties"));
  g_assert_nonnull (quote_with (&r, "comment on the fee"));
  result_clear (&r);

  /* a report is a subject though "report" is also a verb of saying */
  r = run ("Headline\n\nThe report said the target was unachievable. The reports warned that costs had "
           "doubled.\n");
  assert_speaker_mention (&r, quote_with (&r, "the target was unachievable"), "The report");
  assert_speaker_mention (&r, quote_with (&r, "costs had doubled"), "The reports");
  result_clear (&r);

  /* "added" with a noun after it adds a thing, unless a clause, a
   * quotation or a word for a remark follows */
  r = run ("The state added an extra week of voting, after voters faced long lines. The firm added "
           "200 jobs. Mark Ellis added the plan would fail. Ann Lee added a note of caution about the "
           "cost. Tom Vos added the words “not yet”.\n");
  g_assert_null (quote_with (&r, "extra week"));
  g_assert_null (quote_with (&r, "200 jobs"));
  assert_speakers (&r, quote_with (&r, "the plan would fail"), "Mark Ellis", NULL);
  assert_speakers (&r, quote_with (&r, "note of caution"), "Ann Lee", NULL);
  assert_speakers (&r, quote_with (&r, "not yet"), "Tom Vos", NULL);
  result_clear (&r);
}

/* Subjects with adverbs, dates and modifiers between them and the cue */
static void
test_subject_shapes (void)
{
  Result r = run ("The inspectors cautiously suggested that the cranes be replaced.\n"
                  "The Lindqvist family said the boat was theirs.\n"
                  "Federal and state officials said the bridge would close in May.\n"
                  "An arbitration panel in 2001 found that the tariffs broke the treaty.\n");
  const SwQuote *q;

  assert_speaker_mention (&r, quote_with (&r, "the cranes be replaced"), "The inspectors");
  assert_speaker_mention (&r, quote_with (&r, "the boat was theirs"), "The Lindqvist family");
  assert_speaker_mention (&r, quote_with (&r, "the bridge would close"), "state officials");
  assert_speaker_mention (&r, quote_with (&r, "the tariffs broke the treaty"), "An arbitration panel");
  result_clear (&r);

  /* sources that say how they know, and a comment on the whole sentence
   * after its attribution */
  r = run ("The White House is weighing tariffs on steel, three people familiar with the discussions "
           "said on Wednesday, a move that would anger allies. Sources close to the talks said a deal "
           "was near. Prices rose 4%, officials said, the latest sign that inflation is easing.\n");
  q = quote_with (&r, "weighing tariffs");
  assert_content (&r, q, "The White House is weighing tariffs on steel");
  assert_speaker_mention (&r, q, "three people familiar with the discussions");
  assert_speaker_mention (&r, quote_with (&r, "a deal was near"), "Sources close to the talks");
  assert_content (&r, quote_with (&r, "Prices rose"), "Prices rose 4%");
  result_clear (&r);
}

/* Reported content ends where another attribution or clause starts. */
static void
test_content_ends (void)
{
  const SwQuote *q;
  Result r = run ("The mayor said the budget was balanced, and union leaders warned that cuts "
                  "were coming.\n"
                  "Okafor said the port would reopen; the ferries would wait.\n"
                  "Okafor said that he and the mayor had agreed to meet again.\n"
                  "The mayor said the quay was safe, while Kestrel, a shipping company, warned that "
                  "its cranes were idle.\n"
                  "Okafor told reporters after the council meeting that the tolls would stay.\n"
                  "Okafor told harbour staff in a memo that the night shift would end.\n"
                  "The report concludes with a list of repairs to the quay.\n"
                  "The mayor agreed with the unions that the ferry fares were too high.\n"
                  "Lawyers for Kestrel argued in court last week that the lease was void.\n"
                  "Okafor told reporters outside the town hall that the pier would close.\n"
                  "Okafor warned in March that the ferries were too old, and the mayor agreed.\n"
                  "Judge Ada Brandt halted the sale, writing that the union had shown "
                  "“a real chance of success” on its claim.\n"
                  "\n"
                  "LUNPORT, Norland (Reuters) — The harbour reopened to ferries, officials said.\n");

  assert_content (&r, quote_with (&r, "the budget was balanced"), "the budget was balanced");
  assert_speaker_mention (&r, quote_with (&r, "cuts were coming"), "union leaders");
  assert_content (&r, quote_with (&r, "the port would reopen"), "the port would reopen");
  assert_content (&r, quote_with (&r, "he and the mayor"), "he and the mayor had agreed to meet again");
  assert_content (&r, quote_with (&r, "the quay was safe"), "the quay was safe");
  assert_speakers (&r, quote_with (&r, "its cranes were idle"), "Kestrel", NULL);
  /* when it was said is not what was said */
  assert_content (&r, quote_with (&r, "the tolls would stay"), "the tolls would stay");
  /* whom it was told to, and how, are not what was told */
  assert_content (&r, quote_with (&r, "the night shift"), "the night shift would end");
  g_assert_cmpstr (quote_with (&r, "the night shift")->medium, ==, "memo");
  /* a phrase with "with" after the cue reports nothing, unless a clause follows */
  g_assert_null (quote_with (&r, "a list of repairs"));
  assert_content (&r, quote_with (&r, "the ferry fares"), "the ferry fares were too high");
  /* nor where, or when, before "that" */
  assert_content (&r, quote_with (&r, "the lease was void"), "the lease was void");
  assert_content (&r, quote_with (&r, "the pier would close"), "the pier would close");
  assert_content (&r, quote_with (&r, "the ferries were too old"), "the ferries were too old");
  /* a quotation inside what the judge wrote is hers, not the union's */
  q = quote_with (&r, "a real chance of success");
  g_assert_cmpint (q->kind, ==, SW_QUOTE_MIXED);
  assert_speakers (&r, q, "Ada Brandt", NULL);
  /* the dateline is where the story was filed, not what was said */
  assert_content (&r, quote_with (&r, "The harbour reopened"), "The harbour reopened to ferries");
  g_assert_cmpint (actor_named (&r, "Reuters"), <, 0);
  g_assert_cmpint (actor_named (&r, "LUNPORT"), <, 0);
  result_clear (&r);
}

/* Titles in marks, passives, subjects with inserted clauses */
static void
test_titles_passives_inserts (void)
{
  Result r = run ("Nkechi Okafor runs the port of Lunport.\n"
                  "On this week’s episode of “Harbour Morning News,” Okafor said the cranes were old.\n"
                  "The toll scheme was first reported by the Lunport Gazette.\n"
                  "Okafor, 56, who has run the port for a decade, told reporters the cranes were unsafe.\n"
                  "Lunport, the city’s biggest employer, said it was opposed to the tariff.\n");
  const SwQuote *q;

  g_assert_null (quote_with (&r, "Harbour Morning News"));
  assert_speakers (&r, quote_with (&r, "the cranes were old"), "Nkechi Okafor", NULL);

  q = quote_with (&r, "The toll scheme");
  assert_content (&r, q, "The toll scheme");
  assert_speaker_mention (&r, q, "the Lunport Gazette");

  q = quote_with (&r, "the cranes were unsafe");
  assert_content (&r, q, "the cranes were unsafe");
  assert_speakers (&r, q, "Nkechi Okafor", NULL);

  /* "said it was": "it" is the subject of what was said */
  q = quote_with (&r, "biggest employer");
  g_assert_true (q == NULL || !q->has_speaker_mention ||
                 strcmp (sw_document_get_text (r.doc) + q->speaker_mention.start, "it") != 0);
  g_assert_nonnull (quote_with (&r, "opposed to the tariff"));
  result_clear (&r);
}

/* Reported questions, intentions and the attitude verbs of the lexicon */
static void
test_questions_and_attitudes (void)
{
  Result r = run ("Harbour unions also asked whether the cranes were insured.\n"
                  "Nkechi Okafor asked the mayor how the repairs would be paid for.\n"
                  "The mayor vowed not to raise the harbour fees.\n"
                  "A regional court ruled that the tolls were unlawful.\n"
                  "Okafor likened the tolls to a tax on fishermen.\n"
                  "Okafor spoke about the storm damage at length.\n"
                  "Okafor has long been critical of the new quay.\n"
                  "Harbour workers complained about the ferry timetable.\n"
                  "Fishermen said the quay was too short.\n"
                  "“Is the harbour safe?” she asked.\n"
                  "The harbour master replied that the insurance had lapsed in May.\n"
                  "He answered the letter from the unions.\n");

  assert_content (&r, quote_with (&r, "insured"), "whether the cranes were insured");
  assert_speaker_mention (&r, quote_with (&r, "insured"), "Harbour unions");
  assert_content (&r, quote_with (&r, "the repairs"), "how the repairs would be paid for");
  assert_speakers (&r, quote_with (&r, "the repairs"), "Nkechi Okafor", NULL);
  assert_content (&r, quote_with (&r, "harbour fees"), "not to raise the harbour fees");
  assert_speaker_mention (&r, quote_with (&r, "the tolls were unlawful"), "A regional court");
  assert_cue (&r, quote_with (&r, "a tax on fishermen"), "likened");
  assert_cue (&r, quote_with (&r, "the storm damage"), "spoke about");
  assert_cue (&r, quote_with (&r, "the new quay"), "critical of");
  assert_cue (&r, quote_with (&r, "the ferry timetable"), "complained about");
  /* a plural opening a sentence is no name, nor a "she" */
  g_assert_cmpint (actor_named (&r, "Fishermen"), ==, -1);
  assert_speakers (&r, quote_with (&r, "Is the harbour safe"), "Nkechi Okafor", NULL);
  /* "replied that": a reply's clause is reported, its object is not */
  assert_content (&r, quote_with (&r, "had lapsed"), "the insurance had lapsed in May");
  assert_speaker_mention (&r, quote_with (&r, "had lapsed"), "The harbour master");
  g_assert_null (quote_with (&r, "the letter"));
  result_clear (&r);
}

/* Object-taking cues need someone who can call or question: a name, a
 * pronoun, or a noun for people or a body. */
/* Who speaks when a phrase follows the subject: people a phrase describes
 * are not the name inside it; a person "of" an organisation speaks for
 * herself; "Bank of England" is one organisation. */
static void
test_described_speakers (void)
{
  Result r = run ("The vote is near.\n"
                  "Experts on North Korea and nuclear nonproliferation said the latest test could change that.\n"
                  "Officials in Moscow said the talks would resume in the spring.\n"
                  "Susan Colbourn of Duke University said the treaty was bold.\n"
                  "Kwame Adjei-Lund of the Morrow Peak Observatory said a weaker cycle would mean fewer eruptions.\n"
                  "The Bank of England said interest rates would stay where they are.\n"
                  "Analysts at the Bank of England said the pound was too weak.\n");
  const SwQuote *q;

  q = quote_with (&r, "the latest test");
  assert_speaker_mention (&r, q, "Experts on North Korea and nuclear nonproliferation");
  g_assert_cmpuint (q->speakers->len, ==, 0);

  q = quote_with (&r, "the talks would resume");
  assert_speaker_mention (&r, q, "Officials in Moscow");
  g_assert_cmpuint (q->speakers->len, ==, 0);

  assert_speakers (&r, quote_with (&r, "the treaty was bold"), "Susan Colbourn", NULL);
  assert_speakers (&r, quote_with (&r, "fewer eruptions"), "Kwame Adjei-Lund", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Morrow Peak Observatory"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor_named (&r, "Duke University"), >=, 0);
  g_assert_cmpint (actor (&r, actor_named (&r, "Duke University"))->kind, ==, SW_ACTOR_ORGANIZATION);

  assert_speakers (&r, quote_with (&r, "interest rates would stay"), "Bank of England", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Bank of England"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor_named (&r, "England"), <, 0);
  /* the organisation its analysts belong to speaks through them */
  assert_speakers (&r, quote_with (&r, "the pound was too weak"), "Bank of England", NULL);
  result_clear (&r);
}

/* A passive reports something only with its agent, a clause or a charge:
 * "has been mentioned in the race" quotes nobody; "is calling" is no
 * passive at all. */
static void
test_passive_without_report (void)
{
  Result r = run ("The vote is near.\n"
                  "Despite failed tests this year, North Korea's nuclear ambitions have barely been "
                  "mentioned in this year's campaign.\n"
                  "It was announced on Monday that the port would close.\n"
                  "Mayor Tom Berg was accused of hiding the costs of the bridge.\n"
                  "Tom Berg is calling the bridge a disgrace.\n");

  g_assert_null (quote_with (&r, "this year's campaign"));
  g_assert_nonnull (quote_with (&r, "the port would close"));
  g_assert_nonnull (quote_with (&r, "hiding the costs"));
  assert_speakers (&r, quote_with (&r, "a disgrace"), "Tom Berg", NULL);
  result_clear (&r);
}

/* Roles written after the name: an apposition, an affiliation. */
static void
test_roles_after_name (void)
{
  Result r = run ("The vote is near.\n"
                  "“It is a small step,” said Kristine Berzina, managing director of the Harbour "
                  "Policy Fund think tank.\n"
                  "Peter Morgan of the Sierra Club said the plan was weak.\n"
                  "Anna Lind, who runs the port, said the cranes were old.\n"
                  "Dr. Ines Kallio, an epidemiologist at the University of Lunport who led the trial, "
                  "said the effect held.\n"
                  "The Harbour Fund backs the plan. Its chief executive, Tomas Berg, said it was overdue.\n"
                  "Transport secretary Lena Holm said the line would reopen. The mayor will meet "
                  "culture secretary Ana Ruiz on Monday.\n"
                  "Dockers will walk out, the Portlink union has said.\n"
                  "Northgate coach Martin Hale said the referee was wrong. Captain Joel Brandt told "
                  "Sky Sports that the team would recover before they host Kestrel Rovers.\n");
  const SwActor *a;

  a = actor (&r, actor_named (&r, "Kristine Berzina"));
  g_assert_cmpuint (a->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "managing director of the Harbour Policy Fund think tank");

  a = actor (&r, actor_named (&r, "Peter Morgan"));
  g_assert_cmpuint (a->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "of the Sierra Club");

  a = actor (&r, actor_named (&r, "Anna Lind"));
  g_assert_cmpuint (a->roles->len, ==, 0);

  /* a job at an organisation, and a role before the name */
  a = actor (&r, actor_named (&r, "Ines Kallio"));
  g_assert_cmpuint (a->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "epidemiologist at the University of Lunport");
  a = actor (&r, actor_named (&r, "Tomas Berg"));
  g_assert_cmpuint (a->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "chief executive of Harbour Fund");
  assert_speakers (&r, quote_with (&r, "it was overdue"), "Tomas Berg", NULL);

  /* the field before a title in lower case, but not the verb before it */
  a = actor (&r, actor_named (&r, "Lena Holm"));
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "Transport secretary");
  a = actor (&r, actor_named (&r, "Ana Ruiz"));
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "culture secretary");

  /* "the Portlink union" is Portlink, not an organisation of its own */
  assert_speakers (&r, quote_with (&r, "Dockers will walk out"), "Portlink", NULL);
  g_assert_cmpint (actor_named (&r, "Portlink union"), <, 0);

  /* sport's titles, teams and broadcasters */
  a = actor (&r, actor_named (&r, "Martin Hale"));
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "Northgate coach");
  a = actor (&r, actor_named (&r, "Joel Brandt"));
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "Captain");
  g_assert_cmpint (actor (&r, actor_named (&r, "Sky Sports"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "Kestrel Rovers"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);

  /* a place's or an organisation's body */
  r = run ("Drones hit Portugal overnight, Portugal's air force said on Monday. Spain's defence "
           "ministry said its forces had shot down 35 drones.\n");
  assert_speakers (&r, quote_with (&r, "Drones hit Portugal"), "Portugal's air force", NULL);
  assert_speakers (&r, quote_with (&r, "shot down 35 drones"), "Spain's defence ministry", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Portugal's air force"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);
}

/* Names of our own sample's kind: a plural possessive inside an
 * organisation's name, two surnames joined by "and", a person whose
 * apposition names an organisation, a radio station. */
static void
test_names_in_appositions (void)
{
  Result r = run ("Harbour talks end\n"
                  "“We won the right to be in the room,” Bettina Amsel, chair of the United "
                  "Dockworkers’ Guild, told reporters.\n"
                  "Henrik Saldana runs the terminal.\n"
                  "Amsel and Saldana said the panel would have six members.\n"
                  "Tomas Reyes, director of the Coastal Policy Institute, estimated that exports had "
                  "fallen. The backlog would take weeks to clear, Reyes told Radio Lissen.\n");
  const SwActor *a;

  assert_speakers (&r, quote_with (&r, "the right to be in the room"), "Bettina Amsel", NULL);
  a = actor (&r, actor_named (&r, "United Dockworkers’ Guild"));
  g_assert_cmpint (a->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor_named (&r, "Guild"), <, 0);
  a = actor (&r, actor_named (&r, "Bettina Amsel"));
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "chair of the United Dockworkers’ Guild");

  assert_speakers (&r, quote_with (&r, "six members"), "Bettina Amsel", "Henrik Saldana");
  g_assert_cmpuint (actor (&r, actor_named (&r, "Henrik Saldana"))->roles->len, ==, 0);

  assert_speakers (&r, quote_with (&r, "exports had fallen"), "Tomas Reyes", NULL);
  a = actor (&r, actor_named (&r, "Tomas Reyes"));
  g_assert_cmpstr (g_ptr_array_index (a->roles, 0), ==, "director of the Coastal Policy Institute");
  g_assert_cmpint (actor (&r, actor_named (&r, "Radio Lissen"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);
}

/* "the company", "the minister": a definite description speaks for the
 * organisation named by its head word or the person whose role holds it;
 * "a minister" is someone else. */
static void
test_definite_descriptions (void)
{
  const SwQuote *q;
  Result r = run ("Port news\n"
                  "The Calder Terminal Company told staff that six cranes would be replaced. "
                  "Harbour Minister Ilse Varga visited the quay on Monday.\n"
                  "Talks broke down after the company refused to put its guarantees in writing. "
                  "In a post on Threadline, the minister wrote that patience had paid off.\n"
                  "Later the minister wrote that the agreement showed “what patience can buy.”\n"
                  "A minister from another party said the deal was weak.\n");

  assert_speakers (&r, quote_with (&r, "put its guarantees"), "Calder Terminal Company", NULL);
  /* a thing that "shows" inside her report: the quotation is hers */
  q = quote_with (&r, "what patience can buy");
  assert_speakers (&r, q, "Ilse Varga", NULL);
  g_assert_cmpint (q->kind, ==, SW_QUOTE_MIXED);
  assert_content (&r, q, "the agreement showed “what patience can buy.”");
  assert_speakers (&r, quote_with (&r, "patience had paid off"), "Ilse Varga", NULL);
  g_assert_cmpuint (quote_with (&r, "the deal was weak")->speakers->len, ==, 0);
  /* and the description counts as a mention of her */
  {
    const SwActor *varga = actor (&r, actor_named (&r, "Ilse Varga"));
    gboolean found = FALSE;

    for (guint i = 0; i < varga->mentions->len; i++)
      {
        g_autofree char *m = slice (&r, g_array_index (varga->mentions, SwSpan, i));

        found |= g_strcmp0 (m, "the minister") == 0;
      }
    g_assert_true (found);
  }
  result_clear (&r);
}

/* What a story calls back the body it named: "the ministry" is the
 * Ministry of Defence, "the charity" the foundation named before, and a
 * name no list knows that "the company" calls back is a company, though
 * it was taken for a person's ("Kestrel said"). A trade word that also
 * qualifies a title ends a company's name ("Norvale Energy"). */
static void
test_bodies_called_back (void)
{
  const SwQuote *q;
  Result r = run ("The Ministry of Defence denied the report. The ministry said no troops had moved.\n"
                  "The Harbour Heart Foundation welcomed the study. A spokesperson for the charity said "
                  "it would update its advice.\n"
                  "Homes are without power, according to Vantor Grid North. A spokesman for the company said "
                  "engineers were working.\n"
                  "Profits fell, Kestrel said on Monday. The company said it was sorry.\n"
                  "Prices rose, Norvale Energy said. Its chief executive, Jane Doe, said sales were weak. "
                  "The firm said it would cut jobs.\n");

  assert_speakers (&r, quote_with (&r, "no troops had moved"), "Ministry of Defence", NULL);
  assert_speakers (&r, quote_with (&r, "update its advice"), "Harbour Heart Foundation", NULL);
  assert_speakers (&r, quote_with (&r, "engineers were working"), "Vantor Grid North", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Vantor Grid North"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "it was sorry"), "Kestrel", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Kestrel"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "Prices rose"), "Norvale Energy", NULL);
  assert_speakers (&r, quote_with (&r, "cut jobs"), "Norvale Energy", NULL);
  g_assert_cmpint (actor_named (&r, "company"), <, 0);
  g_assert_cmpint (actor_named (&r, "charity"), <, 0);
  g_assert_cmpint (actor_named (&r, "ministry"), <, 0);
  result_clear (&r);

  /* "A Unison official": a name no list knows before a spokesperson's
   * title is a body's; "police" is the police force the story named */
  r = run ("A Unison official said staff had been left in limbo. An Acme spokesman said the plant would close.\n"
           "West Yorkshire Police said officers were called. Two guns were found, police said.\n"
           "Police in Leeds said the road was shut.\n");
  assert_speakers (&r, quote_with (&r, "left in limbo"), "Unison", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Unison"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "the plant would close"), "Acme", NULL);
  assert_speakers (&r, quote_with (&r, "Two guns were found"), "West Yorkshire Police", NULL);
  /* where they are is not who speaks */
  assert_speakers (&r, quote_with (&r, "the road was shut"), "West Yorkshire Police", NULL);
  result_clear (&r);

  /* "the force" is the police force named before; a task force is not */
  r = run ("Cumbria Police posted a warning on X. The force said several roads were blocked. Kent "
           "Police said two men were arrested. The task force said it would meet.\n");
  assert_speakers (&r, quote_with (&r, "roads were blocked"), "Cumbria Police", NULL);
  /* (a body of its own, as "the committee" is) */
  assert_speakers (&r, quote_with (&r, "it would meet"), "task force", NULL);
  result_clear (&r);

  /* a name inside the description says whose body it is; "no." ends a
   * sentence unless a number follows */
  r = run ("Russia's Defence Ministry said the men were home. Kyiv said no. The UAE foreign ministry said "
           "it was the 12th exchange. A spokesman for No. 10 said the plan stood.\n");
  q = quote_with (&r, "12th exchange");
  assert_speakers (&r, q, "UAE foreign ministry", NULL);
  assert_content (&r, q, "it was the 12th exchange");
  assert_speakers (&r, quote_with (&r, "the plan stood"), "Downing Street", NULL);
  result_clear (&r);

  /* a body named in a person's role ("general secretary of the …
   * Union") is not that person: "the union" is the body, "the general
   * secretary" the person */
  r = run ("The National Education Union said most members backed strikes. Its general secretary, "
           "Daniel Kebede, said teachers had had enough. The union said more strikes could follow. "
           "The general secretary said he was sorry.\n");
  assert_speakers (&r, quote_with (&r, "more strikes could follow"), "National Education Union", NULL);
  assert_speakers (&r, quote_with (&r, "he was sorry"), "Daniel Kebede", NULL);
  result_clear (&r);

  /* a name no list knows that says where is not "the company" */
  r = run ("Avanti West Coast has cancelled all services north of Preston for the rest of the day. "
           "Passengers can use their tickets tomorrow, the company said.\n");
  assert_speakers (&r, quote_with (&r, "use their tickets tomorrow"), "Avanti West Coast", NULL);
  result_clear (&r);

  /* a company the lists know is "the company" once it has spoken */
  r = run ("The European Commission fined Apple on Monday. Apple said it would appeal. "
           "“This is unfair,” the company said in a statement.\n");
  assert_speakers (&r, quote_with (&r, "This is unfair"), "Apple", NULL);
  result_clear (&r);

  /* "the group", "the union", "the agency" call back a body too, but a
   * union is no business named by its trade, and "the Aslef union" names
   * its own */
  r = run ("Hamas said the talks had failed. The group said it would fight on.\n"
           "Peabody Energy cut 400 jobs. Miners were angry, according to the union.\n"
           "Rail strike goes ahead\n\nDrivers will walk out on Tuesday, the Aslef union said.\n");
  assert_speakers (&r, quote_with (&r, "fight on"), "Hamas", NULL);
  q = quote_with (&r, "Miners were angry");
  g_assert_true (q->speakers->len == 0 ||
                 g_strcmp0 (actor (&r, g_array_index (q->speakers, int, 0))->name, "Peabody Energy") != 0);
  assert_speakers (&r, quote_with (&r, "walk out on Tuesday"), "Aslef", NULL);
  g_assert_cmpint (actor_named (&r, "group"), <, 0);
  result_clear (&r);

  /* a body's chief or diplomat, named by the body's possessive */
  r = run ("Apple's chief executive said sales were strong. The EU's top diplomat said the sanctions "
           "would stay. Hartwell's owner said the plant would close.\n");
  assert_speakers (&r, quote_with (&r, "sales were strong"), "Apple", NULL);
  assert_speakers (&r, quote_with (&r, "sanctions would stay"), "EU", NULL);
  g_assert_cmpuint (quote_with (&r, "the plant would close")->speakers->len, ==, 0);
  result_clear (&r);

  /* a number opens what was said */
  r = run ("Authorities said 40 people died. Officials told reporters 1,200 jobs would go.\n");
  assert_content (&r, quote_with (&r, "people died"), "40 people died");
  assert_content (&r, quote_with (&r, "jobs would go"), "1,200 jobs would go");
  result_clear (&r);

  /* a subject owned by a common noun after a comma; a day that owns what
   * was said; how and why a source spoke anonymously */
  r = run ("Ministers agreed to impose sanctions, the bloc's top diplomat said.\n"
           "Mayor Ann Holt praised Thursday's protests as peaceful.\n"
           "Hungary dropped its objections, two diplomats told The Associated Press on condition of "
           "anonymity because they were not authorised to discuss the talks.\n");
  assert_speaker_mention (&r, quote_with (&r, "impose sanctions"), "the bloc's top diplomat");
  assert_content (&r, quote_with (&r, "protests as peaceful"), "Thursday's protests as peaceful");
  assert_content (&r, quote_with (&r, "dropped its objections"), "Hungary dropped its objections");
  result_clear (&r);
}

/* A full date with its commas between cue and "that", and "it" after a
 * person spoke: "it" is the company, never the person. */
static void
test_it_and_dated_cue (void)
{
  Result r = run ("Port news\n"
                  "The Calder Terminal Company runs the port.\n"
                  "The backlog would take weeks to clear, economist Tomas Reyes told reporters.\n"
                  "The company confirmed on November 4, 2025, that both lines had cancelled their calls. "
                  "It said it expected them to return.\n");
  const SwQuote *q = quote_with (&r, "both lines had cancelled");

  assert_content (&r, q, "both lines had cancelled their calls");
  assert_speakers (&r, q, "Calder Terminal Company", NULL);
  assert_speakers (&r, quote_with (&r, "expected them to return"), "Calder Terminal Company", NULL);
  result_clear (&r);
}

/* “…” ― Name.: a name after a dash that ends the sentence signs the
 * quotation; a dash before more of the sentence does not. */
static void
test_signed_quotes (void)
{
  Result r = run ("What readers told us\n"
                  "“The debate showed who he really is. I was not surprised at all.” ―\u00a0Carla Mendes.\n"
                  "“We need more buses and fewer promises from the council,” — Tomas Lind.\n");
  Result aside = run ("Port news\n"
                      "“A fair deal for the port and for everyone who works in it” — Tomas Lind walked "
                      "out before the vote.\n");
  const SwQuote *q;

  assert_speakers (&r, quote_with (&r, "I was not surprised"), "Carla Mendes", NULL);
  assert_speakers (&r, quote_with (&r, "fewer promises"), "Tomas Lind", NULL);
  /* the sentence goes on after the name: no signature */
  q = quote_with (&aside, "A fair deal");
  g_assert_true (q == NULL || q->speakers->len == 0);
  result_clear (&r);
  result_clear (&aside);
}

/* Long inserts between a name and its cue after a quotation: a party and
 * state tag, an apposition naming a place. */
static void
test_inserts_after_quote (void)
{
  Result r = run ("Port news\n"
                  "“Our assumption is that the veto will be overridden,” Senate Majority Leader Tom Keller, "
                  "R-Ky., said Tuesday.\n"
                  "“It’s an invasion, in our estimation, of the state regulatory domain,” Anna Pruitt, the "
                  "Republican attorney general of Oklahoma, one of the states suing the agency, said at an event.\n");

  assert_speakers (&r, quote_with (&r, "veto will be overridden"), "Tom Keller", NULL);
  assert_speakers (&r, quote_with (&r, "invasion"), "Anna Pruitt", NULL);
  result_clear (&r);
}

/* "Having said that": an auxiliary before a cue, no name */
static void
test_having_said (void)
{
  Result r = run ("Tax talk\n"
                  "(Having said that, there are economists who argue that corporate taxes should be low.)\n"
                  "Being told the plan was dead, Anna Lind said she would try again.\n");

  g_assert_cmpint (actor_named (&r, "Having"), <, 0);
  g_assert_cmpint (actor_named (&r, "Being"), <, 0);
  assert_speakers (&r, quote_with (&r, "she would try again"), "Anna Lind", NULL);
  result_clear (&r);
}

/* A run-in head in capitals opens a paragraph: its words and the word
 * after it name nobody. */
static void
test_run_in_heads (void)
{
  Result r = run ("Saving for school\n"
                  "SAVE A QUARTER Let’s say you think a degree will cost $160,000 in 18 years.\n"
                  "THE BORROWING Back then, Kevin McKinley said that he considered debt a last resort.\n"
                  "NATO Secretary General Jens Stoltenberg said the alliance was ready.\n");

  g_assert_cmpint (actor_named (&r, "Let"), <, 0);
  g_assert_cmpint (actor_named (&r, "QUARTER Let"), <, 0);
  g_assert_cmpint (actor_named (&r, "Back"), <, 0);
  g_assert_cmpint (actor_named (&r, "BORROWING Back"), <, 0);
  assert_speakers (&r, quote_with (&r, "debt a last resort"), "Kevin McKinley", NULL);
  assert_speakers (&r, quote_with (&r, "the alliance was ready"), "Jens Stoltenberg", NULL);
  result_clear (&r);
}

/* "wrote his book" writes a thing, not a report: "write" needs a clause */
static void
test_write_needs_clause (void)
{
  Result r = run ("Talk\n"
                  "He wrote his book in a hurry.\n"
                  "Anna Lind wrote that the deal was a mistake.\n"
                  "Tom Berg wrote the harbour would close.\n");

  g_assert_null (quote_with (&r, "his book"));
  assert_speakers (&r, quote_with (&r, "the deal was a mistake"), "Anna Lind", NULL);
  assert_speakers (&r, quote_with (&r, "the harbour would close"), "Tom Berg", NULL);
  result_clear (&r);
}

static void
test_speaker_nouns (void)
{
  const SwQuote *q;
  Result r = run ("The harbour union called the toll plan a betrayal.\n"
                  "Harbour workers have also questioned the cost of the repairs.\n"
                  "The storm called the ferries back to port.\n"
                  "The mayor isn’t saying if the harbour will reopen.\n"
                  "Nkechi Okafor met Teodor Brandt in Lunport on Monday. Okafor and Brandt both "
                  "suggested that the cranes be sold.\n");

  assert_speaker_mention (&r, quote_with (&r, "a betrayal"), "The harbour union");
  assert_speaker_mention (&r, quote_with (&r, "the cost of the repairs"), "Harbour workers");
  g_assert_null (quote_with (&r, "the ferries back"));
  assert_content (&r, quote_with (&r, "the harbour will reopen"), "if the harbour will reopen");
  g_assert_nonnull (quote_with (&r, "the cranes be sold"));
  result_clear (&r);

  /* people who speak for a body named before them, not its critics */
  r = run ("The Kremlin denied the report. Kremlin officials said the deal was dead.\n"
           "NATO diplomats said the summit would go ahead. NATO critics said it was a waste.\n");
  assert_speakers (&r, quote_with (&r, "the deal was dead"), "Kremlin", NULL);
  assert_speakers (&r, quote_with (&r, "the summit would go ahead"), "NATO", NULL);
  g_assert_cmpuint (quote_with (&r, "it was a waste")->speakers->len, ==, 0);
  result_clear (&r);

  /* a nationality's officials speak for its country, the one the story
   * names or one more actor; its critics do not */
  r = run ("Russia fired drones at Kyiv. Russian officials said the strikes hit military targets.\n"
           "French officials said nothing had changed. French critics said it was a waste.\n");
  assert_speakers (&r, quote_with (&r, "military targets"), "Russia", NULL);
  g_assert_cmpuint (r.ex->actors->len, ==, 3);
  assert_speakers (&r, quote_with (&r, "nothing had changed"), "France", NULL);
  g_assert_cmpuint (quote_with (&r, "it was a waste")->speakers->len, ==, 0);
  result_clear (&r);

  /* a person described by party or age is the person just named; a
   * description keeps its relative clause; a noun with its own verb after
   * "said" is what was said, not who said it */
  r = run ("Governor Maria Okonkwo vetoed the bill on Tuesday, saying it was rushed.\n"
           "The Democrat, who faces re-election next year, said the measure ignored the drought. "
           "Senator Daniel Reyes wrote the bill. The 64-year-old Republican told reporters that he "
           "had the votes. “We are not out of the woods,” the Ohio Republican said on the floor.\n"
           "The mayor, who faces a recall vote, said the harbour would reopen.\n"
           "The plan, which was drafted last year, said the measure was bad.\n"
           "Anna Berg, who saw the fire, and who asked for help, said it spread fast. "
           "A man who saw the fire, and who asked not to be named, said it was “terrifying”. "
           "The woman who runs the bakery said the smoke was thick.\n"
           "Colleagues describe Berg as brave. Families said they were angry.\n");
  assert_speakers (&r, quote_with (&r, "spread fast"), "Anna Berg", NULL);
  /* plurals of people open sentences without becoming names */
  g_assert_cmpuint (quote_with (&r, "Berg as brave")->speakers->len, ==, 0);
  g_assert_cmpuint (quote_with (&r, "they were angry")->speakers->len, ==, 0);
  g_assert_cmpint (actor_named (&r, "Colleagues"), <, 0);
  g_assert_cmpint (actor_named (&r, "Families"), <, 0);
  /* a second relative clause: someone unnamed spoke, no one earlier */
  q = quote_with (&r, "terrifying");
  g_assert_cmpint (q->kind, ==, SW_QUOTE_MIXED);
  g_assert_cmpuint (q->speakers->len, ==, 0);
  assert_speaker_mention (&r, q, "A man");
  /* the subject before a relative clause, not the object inside it */
  assert_speaker_mention (&r, quote_with (&r, "the smoke was thick"), "The woman");
  assert_speakers (&r, quote_with (&r, "ignored the drought"), "Maria Okonkwo", NULL);
  assert_speaker_mention (&r, quote_with (&r, "ignored the drought"), "The Democrat");
  assert_speakers (&r, quote_with (&r, "had the votes"), "Daniel Reyes", NULL);
  /* with the state before the party */
  q = quote_with (&r, "out of the woods");
  assert_speakers (&r, q, "Daniel Reyes", NULL);
  assert_cue (&r, q, "said");
  assert_speaker_mention (&r, quote_with (&r, "the harbour would reopen"), "The mayor");
  g_assert_null (quote_with (&r, "which was drafted"));
  result_clear (&r);
}

static void
test_pathological (void)
{
  GString *marks = g_string_new (NULL);
  GString *said = g_string_new (NULL);
  Result r;

  for (guint i = 0; i < 200000; i++)
    g_string_append (marks, i % 3 == 0 ? "“" : (i % 3 == 1 ? "a ”" : "\" "));
  for (guint i = 0; i < 300000; i++)
    g_string_append (said, "said ");

  r = run (marks->str);
  g_assert_nonnull (r.ex);
  result_clear (&r);

  r = run (said->str);
  g_assert_nonnull (r.ex);
  g_assert_cmpuint (r.ex->quotes->len, ==, 0);
  result_clear (&r);

  g_string_free (marks, TRUE);
  g_string_free (said, TRUE);

  /* a cue and its preposition at the very end of the text (found by
   * fuzzing: the empty content after them was read past the last token) */
  r = run ("The ferry, which the council described as");
  g_assert_nonnull (r.ex);
  result_clear (&r);
  r = run ("Okonjo called for");
  g_assert_nonnull (r.ex);
  result_clear (&r);
}

static void
test_seed (void)
{
  const char *shared = g_getenv ("SAYWHEN_SHARED");
  g_autofree char *dir = NULL;
  g_autofree char *gold_path = NULL;
  g_autofree char *text_path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *gold;
  JsonArray *gquotes, *gactors;
  Result r;

  if (shared == NULL)
    {
      g_test_skip ("SAYWHEN_SHARED is not set: the seed article is not available");
      return;
    }

  dir = g_build_filename (shared, "corpus", "seed", NULL);
  gold_path = g_build_filename (dir, "gold.json", NULL);
  if (!g_file_test (gold_path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no seed article under SAYWHEN_SHARED");
      return;
    }

  json_parser_load_from_file (parser, gold_path, &error);
  g_assert_no_error (error);
  gold = json_node_get_object (json_parser_get_root (parser));
  text_path = g_build_filename (dir, json_object_get_string_member (gold, "document"), NULL);
  file = g_file_new_for_path (text_path);

  r.doc = sw_document_load (file, NULL, &error);
  g_assert_no_error (error);
  r.ex = sw_extract (r.doc, NULL);

  /* every gold quotation overlaps a quote of the gold speakers */
  gquotes = json_object_get_array_member (gold, "quotes");
  for (guint i = 0; i < json_array_get_length (gquotes); i++)
    {
      JsonObject *gq = json_array_get_object_element (gquotes, i);
      JsonArray *span = json_object_get_array_member (json_object_get_object_member (gq, "content"), "span");
      gsize start = sw_document_char_to_byte (r.doc, json_array_get_int_element (span, 0));
      gsize end = sw_document_char_to_byte (r.doc, json_array_get_int_element (span, 1));
      JsonNode *speaker = json_object_get_member (gq, "speaker");
      const char *want = JSON_NODE_HOLDS_ARRAY (speaker) ?
                         json_array_get_string_element (json_node_get_array (speaker), 0) :
                         json_node_get_string (speaker);
      gboolean found = FALSE;

      for (guint k = 0; k < r.ex->quotes->len && !found; k++)
        {
          const SwQuote *q = g_ptr_array_index (r.ex->quotes, k);

          if (q->content.start >= end || q->content.end <= start)
            continue;
          for (guint s = 0; s < q->speakers->len; s++)
            if (g_ascii_strcasecmp (actor (&r, g_array_index (q->speakers, int, s))->name, want) == 0)
              found = TRUE;
        }

      if (!found)
        g_test_message ("seed quote %u by %s not found", i, want);
      g_assert_true (found);
    }

  /* every gold actor exists once, with its kind */
  gactors = json_object_get_array_member (gold, "actors");
  for (guint i = 0; i < json_array_get_length (gactors); i++)
    {
      JsonObject *ga = json_array_get_object_element (gactors, i);
      int index = actor_named (&r, json_object_get_string_member (ga, "name"));

      g_assert_cmpint (index, >=, 0);
      g_assert_cmpstr (sw_actor_kind_to_string (actor (&r, index)->kind), ==,
                       json_object_get_string_member (ga, "kind"));
    }

  result_clear (&r);
}

/* "She" after a person and a place-like name ("Gate 4") is the person,
 * even when the first name's gender is unknown. */
static void
test_pronoun_prefers_person (void)
{
  Result r = run ("“We held the line,” Oriel Vance, a crane operator, told reporters outside Gate 4. "
                  "She called the offer “too little, too late”.\n");
  const SwQuote *q = quote_with (&r, "too little");

  assert_speakers (&r, q, "Oriel Vance", NULL);
  /* a capitalised word that a number completes is a place, not an actor */
  g_assert_cmpint (actor_named (&r, "Gate"), <, 0);
  result_clear (&r);
}

/* "“…,” but he said that …": the words after the quotation start a report
 * of their own; the quotation stays part of the report before it. */
static void
test_but_he_said_after_quote (void)
{
  Result r = run ("Mira Castell, the harbour master, said that the footage did not give \"clear proof that "
                  "the crane was unsafe,\" but she said that the logs and other records \"support what "
                  "the crews told us\" about the night.\n");
  const SwQuote *first = quote_with (&r, "the footage did not give");
  const SwQuote *second = quote_with (&r, "the logs and other records");

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_true (first != second);
  g_assert_cmpint (first->kind, ==, SW_QUOTE_MIXED);
  g_assert_cmpint (second->kind, ==, SW_QUOTE_MIXED);
  assert_content (&r, first, "the footage did not give \"clear proof that the crane was unsafe,\"");
  assert_content (&r, second, "the logs and other records \"support what the crews told us\" about the night");
  assert_speaker_mention (&r, first, "Mira Castell");
  assert_speaker_mention (&r, second, "she");
  result_clear (&r);
}

/* "…with the unions, and it went badly from there, said one source":
 * the words after the comma are a clause of their own, not an insert
 * about "the unions", and the source after the cue speaks. */
static void
test_clause_before_inverted_cue (void)
{
  Result r = run ("The meeting went badly with the Harbour Union, and it deteriorated from there, "
                  "said one official in the room.\n");
  const SwQuote *q = quote_with (&r, "The meeting went badly");

  g_assert_nonnull (q);
  assert_speaker_mention (&r, q, "one official in the room");
  assert_content (&r, q, "The meeting went badly with the Harbour Union, and it deteriorated from there");
  result_clear (&r);
}

/* Marks that close on a word run on into the sentence: a speaker
 * comes right after them or not at all */
static void
test_unpunctuated_close (void)
{
  Result r = run ("The mayor's aide, Ines Corvo, wrote by email that, “Of course the mayor will answer "
                  "every question” about what the council describes as a planned attack on her record.\n"
                  "A tenant who “pays a day late” is evicted at once, Corvo said.\n");
  const SwQuote *q = quote_with (&r, "Of course the mayor");

  assert_speakers (&r, q, "Ines Corvo", NULL);
  assert_cue (&r, q, "wrote");
  q = quote_with (&r, "pays a day late");
  assert_speakers (&r, q, "Ines Corvo", NULL);
  assert_content (&r, q, "A tenant who “pays a day late” is evicted at once");
  result_clear (&r);
}

/* ", saying" after a relative clause that has a speaker of its own */
static void
test_gerund_past_relative (void)
{
  Result r = run ("Mayor Ines Corvo opened the hall on Monday.\n"
                  "Corvo was curt about a builder who said he was owed money, saying, "
                  "“He did a poor job and he knows it.”\n");
  const SwQuote *q = quote_with (&r, "He did a poor job");

  assert_speakers (&r, q, "Ines Corvo", NULL);
  assert_cue (&r, q, "saying");
  result_clear (&r);
}

/* A sentence that opens with "she adds," brings in the quotation after
 * it, not the finished one before */
static void
test_cue_opens_next_quote (void)
{
  Result r = run ("Mayor Ines Corvo spoke in the square on Monday.\n"
                  "She says the levy is “the same old tax under a new name.” She adds, "
                  "“Who in this town asked for it?”\n");
  const SwQuote *q = quote_with (&r, "the same old tax");

  assert_speakers (&r, q, "Ines Corvo", NULL);
  assert_cue (&r, q, "says");
  assert_content (&r, q, "the levy is “the same old tax under a new name.”");
  q = quote_with (&r, "Who in this town");
  assert_speakers (&r, q, "Ines Corvo", NULL);
  assert_cue (&r, q, "adds");
  result_clear (&r);
}

/* A participle's aside between the speaker and the cue */
static void
test_participle_aside (void)
{
  Result r = run ("One Western diplomat, speaking on condition of anonymity because he was not "
                  "authorised to comment, said that the recall “buys the government some time”.\n");
  const SwQuote *q = quote_with (&r, "buys the government");

  assert_speaker_mention (&r, q, "One Western diplomat");
  assert_cue (&r, q, "said");
  assert_content (&r, q, "the recall “buys the government some time”");
  result_clear (&r);
}

/* "recalled its ambassador" withdraws someone; "recalled that" reports */
static void
test_recall_object (void)
{
  Result r = run ("Kestria recalled its ambassador to Ostrova on Monday.\n"
                  "The farmer Ana Lind recalled that the river was full in 2003.\n");

  g_assert_cmpuint (r.ex->quotes->len, ==, 1);
  assert_content (&r, quote_with (&r, "river"), "the river was full in 2003");
  result_clear (&r);
}

/* "according to figures published by the commission": the publisher */
static void
test_according_to_publisher (void)
{
  Result r = run ("The Selva Basin Commission met in Drava on Monday.\n"
                  "Water levels fell by 18 percent last summer, according to figures published "
                  "in January by the commission.\n");
  const SwQuote *q = quote_with (&r, "Water levels");

  assert_speakers (&r, q, "Selva Basin Commission", NULL);
  assert_cue (&r, q, "according to");
  result_clear (&r);
}

/* "a council spokeswoman" speaks for the council named before */
static void
test_body_noun_spokesperson (void)
{
  Result r = run ("Eastmoor Borough Council dropped its plan to close the library.\n"
                  "A council spokeswoman said the authority would look for savings elsewhere.\n"
                  "The council's ruling Independent Alliance group had proposed the closure.\n");
  const SwQuote *q = quote_with (&r, "the authority would");

  assert_speakers (&r, q, "Eastmoor Borough Council", NULL);
  g_assert_null (quote_with (&r, "Independent Alliance"));
  result_clear (&r);
}

/* "Carver Street", "the Selva River": places by their last word, where
 * people are rather than who speaks */
static void
test_place_tail (void)
{
  Result r = run ("Library users at Carver Street said the news came as a relief.\n"
                  "Downing Street said the Selva River had flooded, and the Office of Rail and Road agreed.\n");
  const SwQuote *q = quote_with (&r, "came as a relief");

  g_assert_nonnull (q);
  g_assert_cmpuint (q->speakers->len, ==, 0);
  assert_speaker_mention (&r, q, "Library users");
  g_assert_cmpint (actor (&r, actor_named (&r, "Carver Street"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_cmpint (actor (&r, actor_named (&r, "Selva River"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_cmpint (actor (&r, actor_named (&r, "Downing Street"))->kind, ==, SW_ACTOR_ORGANIZATION);
  g_assert_cmpint (actor (&r, actor_named (&r, "Office of Rail and Road"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);
}

/* "People like Scott, he said.": the pronoun looks back past the report */
static void
test_pronoun_before_content (void)
{
  Result r = run ("Representative Bobby Scott voted against the bill.\n\n"
                  "\"We need people of substance,\" said Cornell Brooks, president of the Harbour Union.\n\n"
                  "People like Scott, he said.\n");
  const SwQuote *q = quote_with (&r, "People like Scott");

  assert_speakers (&r, q, "Cornell Brooks", NULL);
  result_clear (&r);
}

/* "the company" is not the brand the company owns */
static void
test_company_not_its_brand (void)
{
  Result r = run ("Halvorsen Foods reported higher profit on Wednesday, lifted by demand for its Crunchwell "
                  "snack bars, but the company cautioned that cocoa prices would squeeze margins.\n");
  const SwQuote *q = quote_with (&r, "cocoa prices");

  assert_speakers (&r, q, "Halvorsen Foods", NULL);
  result_clear (&r);
}

/* "the average estimate compiled by MarketLens": a noun, not a report */
static void
test_cue_noun_before_participle (void)
{
  Result r = run ("The average estimate compiled by MarketLens had been $1.29 a share.\n"
                  "Analysts estimated that sales rose.\n");

  g_assert_null (quote_with (&r, "MarketLens"));
  g_assert_nonnull (quote_with (&r, "sales rose"));
  result_clear (&r);
}

/* "said this may be because …": no time words after the cue */
static void
test_this_may_not_time (void)
{
  Result r = run ("Anika Solberg said this may be because older adults rest after dinner.\n"
                  "Solberg said this week that the trial would go on.\n");

  assert_content (&r, quote_with (&r, "older adults"), "this may be because older adults rest after dinner");
  assert_content (&r, quote_with (&r, "trial"), "the trial would go on");
  result_clear (&r);
}

/* "they" after "Solberg and her colleagues reported" */
static void
test_they_person_and_team (void)
{
  Result r = run ("Writing in the Journal of Metabolic Ageing, Anika Solberg and her colleagues reported "
                  "that glucose peaks fell.\n"
                  "They wrote that the benefits “appeared within the first fortnight.”\n");
  const SwQuote *q = quote_with (&r, "first fortnight");

  assert_speakers (&r, q, "Anika Solberg", NULL);
  result_clear (&r);
}

/* "adding to evidence that …" makes more, it says nothing */
static void
test_adding_to (void)
{
  Result r = run ("Walking after meals cut blood sugar spikes, the study found, adding to evidence "
                  "that small changes can bring benefits.\n"
                  "Anika Solberg added that the trial would go on.\n");

  g_assert_null (quote_with (&r, "small changes"));
  g_assert_nonnull (quote_with (&r, "trial would go on"));
  result_clear (&r);

  r = run ("Tobias Grell, a fellow Civic Union member, has called the bill “unworkable.” He told reporters "
           "on Friday that it would add “months of paperwork” to every spending decision.\n");
  g_assert_cmpuint (r.ex->quotes->len, ==, 2);
  assert_speakers (&r, quote_with (&r, "months of paperwork"), "Tobias Grell", NULL);
  result_clear (&r);

  /* an amount added to something is no report either; a clause after
   * "added" still is */
  r = run ("Chief Financial Officer Douglas Whitcombe said tariffs on imported servo motors and sensors "
           "would add about $90 million to costs in fiscal 2026, which began on July 1. He added the "
           "company was ready to absorb some of it.\n");
  g_assert_cmpuint (r.ex->quotes->len, ==, 2);
  g_assert_nonnull (quote_with (&r, "ready to absorb"));
  result_clear (&r);
}

/* A name first written in capitals, by a given name from the long list */
static void
test_caps_given_name (void)
{
  Result r = run ("“WE HAVE BEEN PATIENT FOR THREE YEARS,” SECRETARY-GENERAL NORA QUILLAN SAID.\n"
                  "“WE WILL TRY AGAIN,” SHE SAID.\n"
                  "“Our members keep this city running,” Quillan said.\n");

  assert_speakers (&r, quote_with (&r, "PATIENT"), "Nora Quillan", NULL);
  /* a role in capitals reads as it would in a mixed-case sentence */
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Nora Quillan"))->roles, 0), ==, "Secretary-General");
  assert_speakers (&r, quote_with (&r, "city running"), "Nora Quillan", NULL);
  g_assert_cmpint (actor_named (&r, "Will Try"), <, 0);
  result_clear (&r);
}

/* "according to a poll published by X two weeks ago": X, past the date */
static void
test_according_to_poll_by (void)
{
  Result r = run ("According to a poll published by the Fennick Institute two weeks ago, Clara Vendell "
                  "is now better known than four members of the cabinet.\n"
                  "According to a new Harbour Post national poll, the two are tied.\n");
  const SwQuote *q = quote_with (&r, "better known");

  assert_speakers (&r, q, "Fennick Institute", NULL);
  assert_content (&r, q, "Clara Vendell is now better known than four members of the cabinet");
  assert_speakers (&r, quote_with (&r, "are tied"), "Harbour Post", NULL);
  result_clear (&r);
}

/* "she and Senator Arjun Pell said": both speak */
static void
test_pronoun_joined_to_name (void)
{
  Result r = run ("Clara Vendell has not backed down.\n"
                  "In early March, she and Senator Arjun Pell said in a joint statement that the bill had support.\n"
                  "They also said they would invite the minister.\n");

  assert_speakers (&r, quote_with (&r, "the bill had support"), "Clara Vendell", "Arjun Pell");
  assert_speakers (&r, quote_with (&r, "invite the minister"), "Clara Vendell", "Arjun Pell");
  result_clear (&r);
}

/* "the District Attorney’s Office" is one name */
static void
test_attorney_office (void)
{
  Result r = run ("Prosecutors with the Dunmore County District Attorney’s Office allege that he set the fire.\n");

  assert_speakers (&r, quote_with (&r, "set the fire"), "Dunmore County District Attorney’s Office", NULL);
  result_clear (&r);
}

/* "she" far back: the person, not a place of unknown kind named later */
static void
test_pronoun_person_before_place (void)
{
  Result r = run ("At 57, Greta Tolland retired last month from the Northern Seabird Trust, leaving one of "
                  "the longest records of puffin numbers anywhere in the Atlantic. Sitting at her kitchen "
                  "table, she is cheerfully unsentimental about the job.\n\n"
                  "“People imagine it was romantic,” she says.\n");

  assert_speakers (&r, quote_with (&r, "romantic"), "Greta Tolland", NULL);
  result_clear (&r);
}

/* "in a statement posted on X that …": the participle is how it went out */
static void
test_statement_posted_on (void)
{
  Result r = run ("The Vessana Harbour Authority said in a statement posted on X that the blast happened at dawn.\n");
  const SwQuote *q = quote_with (&r, "the blast happened");

  assert_content (&r, q, "the blast happened at dawn");
  assert_speakers (&r, q, "Vessana Harbour Authority", NULL);
  result_clear (&r);
}

/* "“…,” the post said": the body that posted it, not a body called "post" */
static void
test_the_post_said (void)
{
  Result r = run ("Vessana Harbour Police said in a further post on X that a worker had died. "
                  "“Our thoughts are with his family,” the post said.\n");

  assert_speakers (&r, quote_with (&r, "Our thoughts"), "Vessana Harbour Police", NULL);
  g_assert_cmpint (actor_named (&r, "post"), <, 0);
  result_clear (&r);
}

/* "“…,” the statement said" after "X issued a statement": X speaks
 * through it; "a statement posted by" is still no report */
static void
test_the_statement_said (void)
{
  Result r = run ("The Vessana Port Authority issued a statement on Monday.\n\n"
                  "“We will not accept any delay to the harbour works,” the statement said.\n\n"
                  "Greenpeace also published a report. “Costs have doubled since 2020,” the report said. "
                  "The report said the dredging should stop.\n\n"
                  "A statement posted online by the Lunport Dockers Union called the plan reckless.\n");

  assert_speakers (&r, quote_with (&r, "accept any delay"), "Vessana Port Authority", NULL);
  assert_speakers (&r, quote_with (&r, "Costs have doubled"), "Greenpeace", NULL);
  assert_speakers (&r, quote_with (&r, "dredging should stop"), "Greenpeace", NULL);
  g_assert_null (quote_with (&r, "online by"));
  g_assert_cmpint (actor_named (&r, "statement"), <, 0);
  result_clear (&r);
}

/* "Police said" and "a police spokeswoman" after "Kenyan police said":
 * the force the description made, not nobody */
static void
test_police_again (void)
{
  Result r = run ("Kenyan police said the blast at the depot was an accident.\n\n"
                  "Three workers were hurt. Police said two of them were in a serious condition.\n\n"
                  "“We are still searching the site,” a police spokeswoman said.\n");

  assert_speakers (&r, quote_with (&r, "was an accident"), "Kenyan police", NULL);
  assert_speakers (&r, quote_with (&r, "serious condition"), "Kenyan police", NULL);
  assert_speakers (&r, quote_with (&r, "still searching"), "Kenyan police", NULL);
  g_assert_cmpuint (r.ex->actors->len, ==, 1);
  result_clear (&r);

  /* before the story names its force: that force, when it names one */
  r = run ("Crews were called at about 3:15 a.m., police said in a statement.\n\n"
           "The Winnipeg Police Service arson unit has been called in.\n");
  assert_speakers (&r, quote_with (&r, "Crews were called"), "Winnipeg Police Service", NULL);
  result_clear (&r);

  r = run ("Crews were called at about 3:15 a.m., police said in a statement.\n\n"
           "Officers of the Winnipeg Police Service and the Brandon Police Service searched the area.\n");
  g_assert_nonnull (quote_with (&r, "Crews were called"));
  g_assert_cmpuint (quote_with (&r, "Crews were called")->speakers->len, ==, 0);
  result_clear (&r);

  /* however late the story names it */
  {
    g_autoptr(GString) text = g_string_new ("Police say the shooting happened at about 11:40 p.m.\n\n");

    for (int i = 0; i < 15; i++)
      g_string_append (text, "The store stayed closed and the street was quiet.\n\n");
    g_string_append (text, "Anyone with information is asked to call the Harlow Police Department.\n");
    r = run (text->str);
    assert_speakers (&r, quote_with (&r, "shooting happened"), "Harlow Police Department", NULL);
    result_clear (&r);
  }
}

/* "the ministry said" after "The foreign ministry, which …, struck a
 * sharper tone": the body the fuller description named, and "the
 * interior ministry" is another */
static void
test_body_from_fuller_description (void)
{
  Result r = run ("The foreign ministry, which is controlled by the ruling party, struck a sharper tone.\n\n"
                  "In a statement, the ministry said the vote had been fair. "
                  "The interior ministry said it would deploy more police.\n");

  assert_speakers (&r, quote_with (&r, "had been fair"), "foreign ministry", NULL);
  assert_speakers (&r, quote_with (&r, "deploy more police"), "interior ministry", NULL);
  g_assert_cmpint (actor_named (&r, "ministry"), <, 0);
  result_clear (&r);
}

/* "Olmedo hails Harbourside spirit", then "his Harbourside Athletic
 * side": the headline's word is the club; "the club said" is the club
 * the story named */
static void
test_club_from_headline (void)
{
  Result r = run ("Olmedo hails Harbourside spirit\n\n"
                  "Javier Olmedo said his Harbourside Athletic side had shown real grit.\n\n"
                  "Harbourside's afternoon was soured by an injury. In a statement, the club said the winger "
                  "would undergo a scan.\n");

  assert_speakers (&r, quote_with (&r, "undergo a scan"), "Harbourside Athletic", NULL);
  g_assert_cmpint (actor_named (&r, "Harbourside"), <, 0);
  g_assert_cmpint (actor (&r, actor_named (&r, "Harbourside Athletic"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);
}

/* "says Tolliver's older sister, Tonya Tolliver-Greene, who …": the
 * sister speaks, not the brother whose sister she is */
static void
test_said_relative_of (void)
{
  Result r = run ("\"He was the guy who fixed everybody's car for free,\" says Tolliver's older sister, "
                  "Tonya Tolliver-Greene, who sat in the second row.\n\n"
                  "\"We want answers,\" said Dawson's cousin Mia Ortez.\n");

  assert_speakers (&r, quote_with (&r, "fixed everybody"), "Tonya Tolliver-Greene", NULL);
  assert_speakers (&r, quote_with (&r, "want answers"), "Mia Ortez", NULL);
  result_clear (&r);
}

/* "Neighbors who spoke with WKTV said", "Officials who were present
 * said": a relative clause between the subject and its verb; the
 * subject speaks, not the station it spoke with. "to report" in such a
 * clause is no verb of its subject's. */
static void
test_subject_with_relative_clause (void)
{
  Result r = run ("Neighbors who spoke with WKTV said they have grown weary of the violence.\n\n"
                  "Officials who were present said the talks had stalled.\n\n"
                  "Russia threatened correspondents who were taking the ship into warzones to report for the Times.\n");
  const SwQuote *q = quote_with (&r, "grown weary");

  g_assert_nonnull (q);
  g_assert_cmpuint (q->speakers->len, ==, 0);
  g_assert_nonnull (quote_with (&r, "talks had stalled"));
  g_assert_null (quote_with (&r, "for the Times"));
  result_clear (&r);
}

/* "Shares rose after it raised its forecast and said it expected …": the
 * subject of the clause "and said" goes on, inside a clause that
 * "after" opens */
static void
test_and_said_in_subordinate_clause (void)
{
  Result r = run ("Veridian Systems reported results on Thursday. Shares of the company rose 11% in extended "
                  "trading after it raised its revenue forecast and said it expected operating margins to widen.\n");

  assert_speakers (&r, quote_with (&r, "margins to widen"), "Veridian Systems", NULL);
  result_clear (&r);
}

/* "In a memo to staff sent shortly before the results were published,
 * Fairweather wrote …": participles qualify the medium, and "according
 * to the memo" is then the writer's */
static void
test_medium_with_participles (void)
{
  Result r = run ("Nadia Fairweather announced the cuts on Thursday.\n\n"
                  "In a memo to staff sent shortly before the results were published, Fairweather wrote that "
                  "the decision was hard. Affected employees will receive 16 weeks of severance pay, according "
                  "to the memo.\n");
  const SwQuote *q = quote_with (&r, "decision was hard");

  assert_speakers (&r, q, "Nadia Fairweather", NULL);
  g_assert_cmpstr (q->medium, ==, "memo");
  assert_speakers (&r, quote_with (&r, "severance pay"), "Nadia Fairweather", NULL);
  result_clear (&r);
}

/* "The war years, she later said, left her with “…”": a short subject
 * before the attribution and its verb after are both what was said,
 * the quotation included; "a remark her colleagues found irresistible"
 * attributes nothing; "as Eric Garner said" after is another's */
static void
test_subject_attribution_verb (void)
{
  Result r = run ("Margarethe Linde grew up in Linz. The war years, she later said, left her with “a lifelong "
                  "suspicion of anything that is cold and dark”, a remark her colleagues found irresistible.\n\n"
                  "Acts of protest, Obama said, are acts of patriotism, like wearing a shirt with the words "
                  "“I can't breathe,” as Eric Garner said before he died.\n");
  const SwQuote *q = quote_with (&r, "war years");

  assert_speakers (&r, q, "Margarethe Linde", NULL);
  g_assert_cmpint (q->kind, ==, SW_QUOTE_MIXED);
  g_assert_cmpuint (r.ex->quotes->len, ==, 3);
  assert_speakers (&r, quote_with (&r, "Acts of protest"), "Obama", NULL);
  assert_speakers (&r, quote_with (&r, "I can't breathe"), "Eric Garner", NULL);
  result_clear (&r);
}

/* "Olmedo said his side had shown “…”": a quotation after a belief verb
 * inside a report is part of the report, with no "that" too */
static void
test_shown_inside_report (void)
{
  Result r = run ("Javier Olmedo said his side had shown \"the stubbornness of a team that refuses to be told where "
                  "it belongs\" after a late header earned a 2-1 win on Saturday.\n");
  const SwQuote *q = quote_with (&r, "his side had shown");

  assert_speakers (&r, q, "Javier Olmedo", NULL);
  g_assert_cmpint (q->kind, ==, SW_QUOTE_MIXED);
  g_assert_cmpuint (r.ex->quotes->len, ==, 1);
  result_clear (&r);
}

/* "…, senior doctors have warned, as the NHS braces for …": a clause
 * after the attribution that says when, not what */
static void
test_warned_as_clause (void)
{
  Result r = run ("Thousands of patients are being treated in hospital corridors, senior doctors have warned, as "
                  "the NHS braces for one of its most difficult winters.\n");

  g_assert_nonnull (quote_with (&r, "Thousands of patients"));
  result_clear (&r);
}

/* "Red warning extended until Thursday morning": a word in -ing after a
 * capitalised word that opens a sentence is a noun, and the word no name */
static void
test_headline_noun_in_ing (void)
{
  Result r = run ("Red warning extended until Thursday morning\n\n"
                  "Upon questioning by the committee, the ambassador admitted the plan had failed.\n");

  g_assert_cmpint (actor_named (&r, "Red"), <, 0);
  g_assert_cmpint (actor_named (&r, "Upon"), <, 0);
  result_clear (&r);
}

/* "…, her daughter said. … Her daughter, Clara Linde-Ashworth, said": the
 * daughter the story names a paragraph later */
static void
test_named_later (void)
{
  Result r = run ("Margarethe Linde, the astrophysicist, died on Tuesday at her home, her daughter said. "
                  "She was 84.\n\n"
                  "Her daughter, Clara Linde-Ashworth, said her mother had been treated for heart failure.\n");

  assert_speakers (&r, quote_with (&r, "died on Tuesday"), "Clara Linde-Ashworth", NULL);
  result_clear (&r);
}

/* "the Spaniard said", "said the Briton": a noun for a nation's people
 * is the person just named, as "the Australian" is; "Finn Russell" keeps
 * his given name */
static void
test_nation_nouns (void)
{
  Result r = run ("Javier Olmedo praised his side. \"They did not look anywhere except forward,\" the Spaniard said. "
                  "\"We keep going,\" said the Briton.\n\n"
                  "Finn Russell said the team was ready.\n");

  assert_speakers (&r, quote_with (&r, "except forward"), "Javier Olmedo", NULL);
  assert_speakers (&r, quote_with (&r, "keep going"), "Javier Olmedo", NULL);
  assert_speakers (&r, quote_with (&r, "team was ready"), "Finn Russell", NULL);
  g_assert_cmpint (actor_named (&r, "Spaniard"), <, 0);
  result_clear (&r);
}

/* "Another resident, who gave her name only as Anna, said": the name
 * the insert gives is the speaker's */
static void
test_name_given_as (void)
{
  Result r = run ("Another resident, who gave her name only as Anna, said she had been told the street was safe.\n\n"
                  "A driver, identified only as Marek, said the road was flooded.\n");

  assert_speakers (&r, quote_with (&r, "she had been told"), "Anna", NULL);
  assert_speakers (&r, quote_with (&r, "road was flooded"), "Marek", NULL);
  result_clear (&r);
}

/* "mediated by a group of Gulf states, are expected to resume": a plural
 * noun, not a verb of saying; "the management of GM wants to …" still
 * reports */
static void
test_plural_noun_after_name (void)
{
  Result r = run ("Talks on a new prisoner exchange, mediated by a group of Gulf states, are expected to resume "
                  "in Vienna next week.\n\n"
                  "Suppose the management of Northgate wants to make one type of car.\n");

  g_assert_cmpint (actor_named (&r, "Gulf"), <, 0);
  g_assert_null (quote_with (&r, "resume in Vienna"));
  g_assert_nonnull (quote_with (&r, "one type of car"));
  result_clear (&r);
}

/* "according to his family", "Her family said": a group named for the
 * person the pronoun stands for */
static void
test_family_of (void)
{
  Result r = run ("Officers found 38-year-old Marcus Tolliver with multiple gunshot wounds. He died early Sunday.\n\n"
                  "Tolliver worked for 12 years as a mechanic, according to his family.\n\n"
                  "Anna Berg died on Monday. Her family said she had been ill for months.\n");
  int family;

  assert_speakers (&r, quote_with (&r, "worked for 12 years"), "Tolliver family", NULL);
  assert_speakers (&r, quote_with (&r, "ill for months"), "Berg family", NULL);
  family = actor_named (&r, "Tolliver family");
  g_assert_cmpint (actor (&r, family)->kind, ==, SW_ACTOR_GROUP);
  result_clear (&r);
}

/* "said in September": the month is when it was said, and what was said
 * is the clause before */
static void
test_said_in_month (void)
{
  Result r = run ("Harwick has recorded more than 300 unplanned ward closures this year, the Health Department "
                  "said in September.\n\nThe Transport Board said during the summer that fares would rise.\n");

  assert_content (&r, quote_with (&r, "ward closures"),
                  "Harwick has recorded more than 300 unplanned ward closures this year");
  assert_speakers (&r, quote_with (&r, "ward closures"), "Health Department", NULL);
  assert_content (&r, quote_with (&r, "fares"), "fares would rise");
  result_clear (&r);
}

/* "Marrow Creek", "Tallis Springs" are places by their last word, and
 * "eastern Victoria" by the compass before it; a place is not who
 * "who asked" stands for */
static void
test_place_words (void)
{
  Result r = run ("Residents fled their homes in eastern Victoria as a bushfire swept through farmland near the "
                  "towns of Yallora and Marrow Creek.\n\n"
                  "\u201cWe grabbed the dog and the kids,\u201d said Tom, 54, a dairy farmer from Marrow Creek who "
                  "asked that his surname not be published.\n\n"
                  "The mayor of Tallis Springs said the roads would reopen.\n");
  int place;

  place = actor_named (&r, "Victoria");
  g_assert_cmpint (actor (&r, place)->kind, ==, SW_ACTOR_PLACE);
  place = actor_named (&r, "Marrow Creek");
  g_assert_cmpint (actor (&r, place)->kind, ==, SW_ACTOR_PLACE);
  place = actor_named (&r, "Tallis Springs");
  g_assert_cmpint (actor (&r, place)->kind, ==, SW_ACTOR_PLACE);
  assert_speakers (&r, quote_with (&r, "surname"), "Tom", NULL);
  result_clear (&r);
}

/* "wrote in a post on Telegram shortly after the ceremony:" with an
 * apposition before it: "post" is a noun there, the medium is the post
 * on Telegram; "the two leaders" with no joint quotation before are the
 * two people last named */
static void
test_colon_after_medium (void)
{
  Result r = run ("President Anton Kessler of Varnia and President Mira Holt of Istrava signed the river treaty "
                  "on Wednesday.\n\n"
                  "\"The agreement will open a new chapter,\" the two leaders said in a joint statement.\n\n"
                  "Kasimir Dorn, leader of the nationalist Homeland party, wrote in a post on Telegram shortly "
                  "after the ceremony: \"KESSLER HAS SOLD OUR RIVER FOR A HANDSHAKE.\"\n");
  const SwQuote *q = quote_with (&r, "SOLD OUR RIVER");

  assert_speakers (&r, q, "Kasimir Dorn", NULL);
  assert_cue (&r, q, "wrote");
  g_assert_cmpstr (q->medium, ==, "post on Telegram");
  assert_speakers (&r, quote_with (&r, "new chapter"), "Anton Kessler", "Mira Holt");
  result_clear (&r);
}

/* "shot back that …" reports (not "shot back at officers"); "with
 * officials saying on Saturday that …" too (not "its wind warning on
 * Monday was lifted") */
static void
test_shot_back_saying_on (void)
{
  Result r = run ("Premier Ada Moreau shot back that the previous government had let rural hospitals decline.\n\n"
                  "The suspect shot back at officers.\n\n"
                  "The state set a new deadline for the bridge, with officials saying on Saturday that it would "
                  "open in 2027.\n\n"
                  "Its wind warning on Monday was lifted.\n");

  assert_speakers (&r, quote_with (&r, "previous government"), "Ada Moreau", NULL);
  assert_cue (&r, quote_with (&r, "previous government"), "shot back");
  g_assert_null (quote_with (&r, "officers"));
  assert_content (&r, quote_with (&r, "open in 2027"), "it would open in 2027");
  g_assert_null (quote_with (&r, "lifted"));
  result_clear (&r);
}

/* "he" after "Tom Ashdown, who was booked for a challenge on Nowak,
 * admitted …" is Ashdown: a name inside a relative clause gives way to
 * the person the clause is about */
static void
test_pronoun_past_relative_clause (void)
{
  Result r = run ("Rovers captain Tom Ashdown, who was booked for a late challenge on Kacper Lenz, admitted the "
                  "dressing room was flat after the final whistle. He said the players had let a golden "
                  "opportunity slip away.\n");

  assert_speakers (&r, quote_with (&r, "golden opportunity"), "Tom Ashdown", NULL);
  result_clear (&r);
}

/* A profile: a paragraph that is one quotation, after a paragraph about
 * someone that quotes nobody, is theirs; an answer after "Q: …" is
 * whoever answered the question before, and the question itself, asked
 * by nobody the story names, is no quotation */
static void
test_profile_quotes (void)
{
  Result r = run ("Ingrid Solberg, who retires in November after 30 years at the observatory, has measured the "
                  "glacier more closely than anyone. When we met last week, she was packing her notebooks.\n\n"
                  "\"People ask me if it was depressing, watching it go. The honest answer is that it was not.\"\n\n"
                  "Q: What will you miss most?\n\n"
                  "\"The silence on the ice before the sun has softened it,\" she said.\n\n"
                  "Q: Is there anything that gives you hope?\n\n"
                  "\"Young people. I get emails from teenagers who want to become glaciologists.\"\n");

  assert_speakers (&r, quote_with (&r, "People ask me"), "Ingrid Solberg", NULL);
  assert_speakers (&r, quote_with (&r, "Young people"), "Ingrid Solberg", NULL);
  /* (a question nobody is named to have asked is no quotation) */
  g_assert_null (quote_with (&r, "What will you miss most"));
  result_clear (&r);
}

/* "…, a statement said" reports, and "a Kremlin statement said" is the
 * Kremlin's (not "In a Facebook message posted Friday, Cruz said") */
static void
test_a_statement_said (void)
{
  Result r = run ("The ferry will resume sailing on Monday, a statement said.\n\n"
                  "The talks were constructive, a Kremlin statement said.\n\n"
                  "In a Facebook message posted Friday, Senator Ada Voss said she would back the bill.\n");

  g_assert_nonnull (quote_with (&r, "resume sailing"));
  assert_speakers (&r, quote_with (&r, "constructive"), "Kremlin", NULL);
  assert_speakers (&r, quote_with (&r, "back the bill"), "Ada Voss", NULL);
  result_clear (&r);
}

/* "according to a police statement": the force, in a statement; and
 * "The statement said" next is theirs again */
static void
test_police_statement (void)
{
  Result r = run ("Officers from Northmoor Police were called to Canal Street.\n\n"
                  "The shopkeeper was in a stable condition this morning, according to a police statement.\n\n"
                  "The statement said the men fled on foot towards the towpath.\n");
  const SwQuote *q = quote_with (&r, "stable condition");

  assert_speakers (&r, q, "Northmoor Police", NULL);
  g_assert_cmpstr (q->medium, ==, "statement");
  assert_speakers (&r, quote_with (&r, "fled on foot"), "Northmoor Police", NULL);
  result_clear (&r);
}

/* "…, telling the legislature that …, even as opposition parties warned
 * that …": the second clause has a speaker of its own */
static void
test_even_as_warned (void)
{
  Result r = run ("Premier Ann Lowe defended the plan on Wednesday, telling the legislature that the changes "
                  "would help, even as opposition parties warned that small towns were being left behind.\n");

  assert_content (&r, quote_with (&r, "changes would help"), "the changes would help");
  assert_cue (&r, quote_with (&r, "small towns"), "warned");
  result_clear (&r);
}

/* "The plan, Ferreira said, is about memory": a cue's word after its
 * article is a noun, and a subject of eight words is still short */
static void
test_parenthetical_noun_subject (void)
{
  Result r = run ("The plan, Ferreira said, is about memory.\n\n"
                  "The whole exhibition of suitcases and stray umbrellas, Ferreira said, is really about loss.\n");
  const SwQuote *q = quote_with (&r, "The plan");

  assert_content (&r, q, "The plan");
  g_assert_nonnull (quote_with (&r, "stray umbrellas"));
  result_clear (&r);
}

/* a headline's quotation is whoever says the same words in the story */
static void
test_headline_quote_speaker (void)
{
  Result r = run ("\u2018Nobody came back for any of it\u2019: Lunport show turns lost property into art\n\n"
                  "The oldest object is a leather satchel. \u201cWe tried to trace the owners, but nobody came back "
                  "for any of them,\u201d said Nadia Ferreira, the museum\u2019s curator.\n");

  assert_speakers (&r, quote_with (&r, "any of it"), "Nadia Ferreira", NULL);
  result_clear (&r);
}

/* "has been warned by ministers that …": the agent says the clause
 * after it, and the subject is who was told */
static void
test_passive_warned_by (void)
{
  Result r = run ("The Lunport council has already been warned by the Transport Ministry that funds would be "
                  "cut.\n\nThe district was warned by ministers that it risks losing control over housing.\n");
  const SwQuote *q = quote_with (&r, "funds would be cut");

  assert_content (&r, q, "funds would be cut");
  assert_speakers (&r, q, "Transport Ministry", NULL);
  assert_content (&r, quote_with (&r, "losing control"), "it risks losing control over housing");
  result_clear (&r);
}

/* "An emergency warning remained in place": a noun in -ing before the
 * clause's verb reports nothing */
static void
test_warning_noun (void)
{
  Result r = run ("An emergency warning remained in place this afternoon for Yallora and Marrow Creek.\n\n"
                  "The union is warning that strikes will spread.\n");

  g_assert_null (quote_with (&r, "in place"));
  g_assert_nonnull (quote_with (&r, "strikes will spread"));
  result_clear (&r);
}

/* "she" with nobody near: the woman the story is about, not a town or a
 * demonym; "MSPs" are a group; "he" after "A pensioner who …" with no
 * name since is nobody named */
static void
test_pronoun_story_subject (void)
{
  Result r = run ("Margit Solberg, the glaciologist, died on Sunday at her home outside Tromso. She was 91.\n\n"
                  "Solberg studied physics at a time when few women did. Solberg joined her first expedition "
                  "in 1958.\n\n"
                  "Colleagues admired her. Professor David Achterberg, who leads the cryosphere group at the "
                  "institute in Tromso, praised her notebooks.\n\n"
                  "He added that they were still used by researchers.\n\n"
                  "By the 1990s her records were in demand. She testified before a committee in 1994.\n\n"
                  "In her memoir, published in 2005, she wrote that she had been too busy to worry.\n\n"
                  "The government's response, opposition MSPs said, was too little and too late.\n\n"
                  "A pensioner who declined to give his name stood by the cordon. The couple, he said, had "
                  "refused to leave the city.\n");
  int msps = actor_named (&r, "MSPs");

  assert_speakers (&r, quote_with (&r, "too busy to worry"), "Margit Solberg", NULL);
  g_assert_cmpint (actor (&r, msps)->kind, ==, SW_ACTOR_GROUP);
  g_assert_cmpuint (quote_with (&r, "refused to leave")->speakers->len, ==, 0);
  result_clear (&r);
}

/* "al-Assad", "al-Mannai": a surname after the Arabic article is a
 * name in lower case, in a full name and alone */
static void
test_arabic_article (void)
{
  Result r = run ("Syrian President Bashar al-Assad said the talks had failed.\n\n"
                  "Qatari Minister of State Khalid al-Mannai, who joined the talks, said Doha was pressing for "
                  "the return of children.\n\n"
                  "According to al-Mannai, Qatar had helped reunite 44 children.\n\n"
                  "\u201cChildren must never be used as bargaining chips,\u201d he said.\n");

  assert_speakers (&r, quote_with (&r, "talks had failed"), "Bashar al-Assad", NULL);
  assert_speakers (&r, quote_with (&r, "pressing for"), "Khalid al-Mannai", NULL);
  assert_speakers (&r, quote_with (&r, "reunite 44"), "Khalid al-Mannai", NULL);
  assert_speakers (&r, quote_with (&r, "bargaining chips"), "Khalid al-Mannai", NULL);
  result_clear (&r);
}

/* "a spokesman for Islamic Jihad in the Gaza Strip said", "Anna Berg of
 * Amnesty International in London said": the place after a body or a
 * person is where they are, not who speaks */
static void
test_body_in_place (void)
{
  Result r = run ("A spokesman for Islamic Jihad in the Gaza Strip said the group had carried out the attack.\n\n"
                  "Anna Berg of Amnesty International in London said the report was damning.\n");

  assert_speakers (&r, quote_with (&r, "carried out the attack"), "Islamic Jihad", NULL);
  assert_speakers (&r, quote_with (&r, "was damning"), "Anna Berg", NULL);
  result_clear (&r);
}

/* "of the" inside an organisation's name after its head word */
static void
test_org_of_the (void)
{
  Result r = run ("The International Committee of the Red Cross said it was ready to visit the camps.\n\n"
                  "The Organization of the Petroleum Exporting Countries said output would rise.\n");

  assert_speakers (&r, quote_with (&r, "visit the camps"), "International Committee of the Red Cross", NULL);
  assert_speakers (&r, quote_with (&r, "output would rise"), "Organization of the Petroleum Exporting Countries",
                   NULL);
  result_clear (&r);
}

/* "a Labor Department rule that would have extended …": a noun and its
 * relative clause; the court's ruling reports, and so does "a New York
 * Times report that …" */
static void
test_noun_relative_clause (void)
{
  Result r = run ("The Supreme Court on Thursday struck down a Labor Department rule that would have extended "
                  "overtime pay to 3 million workers, ruling 6-3 that the agency had stretched the law.\n\n"
                  "Clinton is seizing upon a New York Times report that Trump had a net loss in 1995.\n");

  g_assert_null (quote_with (&r, "overtime pay"));
  assert_speakers (&r, quote_with (&r, "stretched the law"), "Supreme Court", NULL);
  assert_speakers (&r, quote_with (&r, "net loss"), "New York Times", NULL);
  result_clear (&r);
}

/* "The decision, written by Justice Caldwell, sends …": a participle
 * that qualifies a noun; "…," Caldwell wrote for the majority: on whose
 * behalf she wrote, not what */
static void
test_written_by_for_the_majority (void)
{
  Result r = run ("The decision, written by Justice Miriam Caldwell, sends the case back to a lower court.\n\n"
                  "\"An agency may fill gaps that Congress left open,\" Caldwell wrote for the majority.\n");

  g_assert_null (quote_with (&r, "The decision"));
  assert_speakers (&r, quote_with (&r, "fill gaps"), "Miriam Caldwell", NULL);
  result_clear (&r);
}

/* A court story: "the 34-year-old" is the person given that age, not
 * the last man named; "CCTV shown to jurors captured …" reports nothing;
 * "DCI Marsh" is the Detective Chief Inspector named before */
static void
test_court_story (void)
{
  Result r = run ("Liam Thornbury, 34, was jailed for the murder of Daniel Okafor, 27, outside a pub.\n\n"
                  "CCTV shown to jurors captured the moment he crossed the car park.\n\n"
                  "The 34-year-old denied that he had gone to the pub looking for a fight.\n\n"
                  "Detective Chief Inspector Helen Marsh said it was a senseless attack.\n\n"
                  "DCI Marsh said detectives had traced more than 40 witnesses.\n");

  g_assert_null (quote_with (&r, "to jurors"));
  assert_speakers (&r, quote_with (&r, "looking for a fight"), "Liam Thornbury", NULL);
  assert_speakers (&r, quote_with (&r, "40 witnesses"), "Helen Marsh", NULL);
  result_clear (&r);
}

/* "growth of 1% to 2%.": the content keeps its last "%" */
static void
test_content_ends_in_percent (void)
{
  Result r = run ("The company said it still expected organic sales growth of 1% to 2%. The firm said sales rose "
                  "5%.\n");

  assert_content (&r, quote_with (&r, "organic sales"), "it still expected organic sales growth of 1% to 2%");
  assert_content (&r, quote_with (&r, "sales rose"), "sales rose 5%");
  result_clear (&r);
}

/* "declined to comment on Pike's post or on whether …": a noun after a
 * possessive with nothing it reports */
static void
test_possessive_noun_cue (void)
{
  Result r = run ("Gordon Pike wrote on X that the deal robbed shareholders. Halden declined to comment on Pike's "
                  "post or on whether the board had met with him.\n");

  /* (what Halden declined to comment on is its own, PolNeAR-style) */
  for (guint i = 0; i < r.ex->quotes->len; i++)
    {
      const SwQuote *q = g_ptr_array_index (r.ex->quotes, i);
      g_autofree char *content = slice (&r, q->content);

      g_assert_false (g_str_has_prefix (content, "or on whether"));
    }
  result_clear (&r);
}

/* "declared a local disaster emergency", "declared the last results": an
 * object, not what was said; "declared that …" reports */
static void
test_declared_object (void)
{
  Result r = run ("County Judge Ruth Ann Mabry declared a local disaster emergency Thursday night. Returning "
                  "officers declared the last results from the hill constituencies. Mabry declared that the "
                  "county would rebuild.\n");

  g_assert_null (quote_with (&r, "disaster emergency"));
  g_assert_null (quote_with (&r, "last results"));
  assert_speakers (&r, quote_with (&r, "would rebuild"), "Ruth Ann Mabry", NULL);
  result_clear (&r);
}

/* "the EF-2 range" names no actor for "the agency" to be; "G7" and "the
 * EB-5 Investment Coalition" still do; "Ozark Valley Electric
 * Cooperative" is an organisation */
static void
test_codes_and_cooperatives (void)
{
  Result r = run ("The National Weather Service said in a statement that winds peaked at 135 mph, at the top of "
                  "the EF-2 range.\n\n"
                  "\u201cSurvey teams will return on Saturday,\u201d the agency said.\n\n"
                  "The G7 said it would act. Ozark Valley Electric Cooperative said power was back.\n");
  int coop = actor_named (&r, "Ozark Valley Electric Cooperative");

  g_assert_cmpint (actor_named (&r, "EF-2"), <, 0);
  assert_speakers (&r, quote_with (&r, "Survey teams"), "National Weather Service", NULL);
  assert_speakers (&r, quote_with (&r, "would act"), "G7", NULL);
  g_assert_cmpint (coop, >=, 0);
  g_assert_cmpint (actor (&r, coop)->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);
}

/* "observe two days of mourning", "mediated by Gulf states or Turkey":
 * an object, or no verb at all; "admitted using the funds" and "stated
 * that …" report */
static void
test_clause_cue_objects (void)
{
  Result r = run ("The region will observe two days of mourning. Dozens of swaps have taken place, most of them "
                  "mediated by Gulf states or Turkey. The treasurer admitted using the funds. The ministry stated "
                  "that the talks had failed.\n");

  g_assert_null (quote_with (&r, "mourning"));
  g_assert_null (quote_with (&r, "or Turkey"));
  g_assert_nonnull (quote_with (&r, "using the funds"));
  g_assert_nonnull (quote_with (&r, "talks had failed"));
  result_clear (&r);
}

/* "At 3am on Monday, according to the letter, 41 patients were waiting":
 * a time alone before the source, and the clause after it */
static void
test_time_before_according_to (void)
{
  Result r = run ("At 3am on Monday, according to the letter, 41 patients were waiting in the emergency "
                  "department.\n");
  const SwQuote *q = quote_with (&r, "At 3am");
  SwSpan more;
  g_autofree char *text = NULL;

  assert_content (&r, q, "At 3am on Monday");
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  more = g_array_index (q->more, SwSpan, 0);
  text = slice (&r, more);
  g_assert_cmpstr (text, ==, "41 patients were waiting in the emergency department");
  result_clear (&r);
}

/* "A spokesperson for Local Government Minister Paul Kereama said": the
 * body in the minister's title takes its words, the minister the rest,
 * and the title after "for" is the minister's */
static void
test_spokesperson_for_minister (void)
{
  Result r = run ("A spokesperson for Local Government Minister Paul Kereama said the minister would not comment.\n\n"
                  "A senior adviser to Prime Minister Keir Starmer said it was over.\n");
  int kereama = actor_named (&r, "Paul Kereama");

  assert_speakers (&r, quote_with (&r, "would not comment"), "Paul Kereama", NULL);
  g_assert_cmpint (kereama, >=, 0);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, kereama)->roles, 0), ==, "Local Government Minister");
  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Keir Starmer"))->roles, 0), ==, "Prime Minister");
  result_clear (&r);
}

/* "the Center for American Progress": a nationality after "for" inside
 * an organisation's name; no person "Progress" */
static void
test_org_for_nationality (void)
{
  Result r = run ("Neera Tanden succeeded John Podesta as president of the Center for American Progress, the think "
                  "tank that published the paper. The Center for American Progress said the plan was sound.\n");

  g_assert_cmpint (actor_named (&r, "Progress"), <, 0);
  assert_speakers (&r, quote_with (&r, "plan was sound"), "Center for American Progress", NULL);
  result_clear (&r);
}

/* "She expects prices to ease …": a belief with its subject and an
 * infinitive; "Analysts expect a rise" holds nothing of a clause */
static void
test_belief_infinitive (void)
{
  Result r = run ("Lena Vogt runs the agency. She expects prices to ease only in the second half of the year. "
                  "Analysts expect a rise.\n");

  assert_speakers (&r, quote_with (&r, "prices to ease"), "Lena Vogt", NULL);
  g_assert_null (quote_with (&r, "a rise"));
  result_clear (&r);
}

/* "Holm, he insisted, had been the best player": the name before the
 * aside is whom he spoke of, not who spoke */
static void
test_name_before_aside (void)
{
  Result r = run ("City goalkeeper Anders Holm saved twice. Eastmere manager Paulo Ventresca warned that his squad "
                  "could not afford to drop points. Holm, he insisted, had been the best player on the pitch.\n");

  assert_speakers (&r, quote_with (&r, "best player"), "Paulo Ventresca", NULL);
  result_clear (&r);
}

/* "accused police of using “excessive force” against marchers … and
 * called for an inquiry": the marks sit inside the accusation, not
 * before a speaker named "against marchers …" */
static void
test_marks_inside_accusation (void)
{
  Result r = run ("In a report released Wednesday, the Andean Rights Observatory, a human rights group, accused "
                  "police of using \u201cexcessive and indiscriminate force\u201d against peaceful marchers in at "
                  "least three cities and called for an independent investigation.\n");
  const SwQuote *q = quote_with (&r, "indiscriminate force");
  g_autofree char *content = slice (&r, q->content);

  g_assert_true (q->kind == SW_QUOTE_MIXED);
  assert_speakers (&r, q, "Andean Rights Observatory", NULL);
  g_assert_nonnull (strstr (content, "against peaceful marchers"));
  result_clear (&r);
}

/* "told reporters on arrival that …": when, not what; "according to a
 * draft seen by Reuters": who read the draft is not its source */
static void
test_on_arrival_seen_by (void)
{
  Result r = run ("Dutch Prime Minister Jelle Verbrugge told reporters on arrival that his government would never "
                  "accept it.\n\n"
                  "Leaders will commit to a fund by the end of June, according to a draft of the summit "
                  "conclusions seen by Reuters.\n");

  assert_content (&r, quote_with (&r, "never accept"), "his government would never accept it");
  g_assert_cmpuint (quote_with (&r, "commit to a fund")->speakers->len, ==, 0);
  result_clear (&r);
}

/* "at a time when, according to Halvorsen, very few women went into
 * fieldwork": the clause after the source is what she says */
static void
test_according_to_after_when (void)
{
  Result r = run ("She studied physics in Oslo before switching to glaciology, at a time when, according to "
                  "Halvorsen, very few women went into fieldwork.\n");

  assert_content (&r, quote_with (&r, "fieldwork"), "very few women went into fieldwork");
  result_clear (&r);
}

/* "the company" after a company named by its trade ("Northline Rail")
 * is that company, not a new body called "company"; "the union" is no
 * "Peabody Energy" */
static void
test_company_named_by_trade (void)
{
  Result r = run ("Northline Rail said it was disappointed.\n\n"
                  "The company added that it expected to run only one in four of its usual services.\n");

  assert_speakers (&r, quote_with (&r, "one in four"), "Northline Rail", NULL);
  g_assert_cmpint (actor_named (&r, "company"), <, 0);
  result_clear (&r);
}

/* "in a video posted on the bank's website:" and "In a brief message to
 * supporters posted online, she said:": the participle qualifies the
 * medium, and whoever apologised or said it speaks; "came from news
 * reports rather than from the bank" reports nothing */
static void
test_medium_participle (void)
{
  Result r = run ("Chief executive Laura Benedetti apologised to customers in a video posted on the "
                  "bank's website: \"We let our customers down, and I am deeply sorry.\"\n\n"
                  "Esther Nkandu has not appeared in public since Saturday. In a brief message to "
                  "supporters posted online, she said: \"Stay calm and keep your result sheets safe.\"\n\n"
                  "For some customers, the first word of the breach came from news reports rather "
                  "than from the bank itself.\n");

  assert_speakers (&r, quote_with (&r, "deeply sorry"), "Laura Benedetti", NULL);
  assert_cue (&r, quote_with (&r, "deeply sorry"), "apologised");
  assert_speakers (&r, quote_with (&r, "Stay calm"), "Esther Nkandu", NULL);
  g_assert_null (quote_with (&r, "online"));
  g_assert_null (quote_with (&r, "rather than"));
  g_assert_cmpuint (r.ex->quotes->len, ==, 2);
  result_clear (&r);
}

/* A cue of direct quotes only ("apologize") after "and" starts no new
 * attribution: the content goes on */
static void
test_direct_cue_after_and (void)
{
  Result r = run ("Palmieri urged Trump to stop attacking Machado and apologize to her on Friday.\n");

  assert_content (&r, quote_with (&r, "stop attacking"), "Trump to stop attacking Machado and apologize to her on Friday");
  result_clear (&r);
}

/* A rank that opens a body's name is part of it ("the Major Collision
 * Investigation Unit", "the General Assembly"), and the detective of
 * that unit speaks; a person named after a body's field is no part of
 * it ("Assistant Secretary of the Air Force for Acquisition Marvin
 * Sambur") */
static void
test_rank_in_body_name (void)
{
  Result r = run ("Outside court, Detective Sergeant Lena Kowalczyk of the Major Collision Investigation Unit "
                  "said that the arrest followed more than 200 calls.\n\n"
                  "The General Assembly said the vote would be held in March.\n\n"
                  "Assistant Secretary of the Air Force for Acquisition Marvin Sambur said the deal was sound.\n");

  assert_speakers (&r, quote_with (&r, "the arrest followed"), "Lena Kowalczyk", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Major Collision Investigation Unit"))->kind, ==,
                   SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "the vote would"), "General Assembly", NULL);
  assert_speakers (&r, quote_with (&r, "the deal was sound"), "Marvin Sambur", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Air Force"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);
}

/* "the institute" and "the commission" are the bodies named before, not
 * the meteorologist at the institute nor the commission's chairman */
static void
test_body_not_its_member (void)
{
  Result r = run ("Results released by the Independent Electoral Commission showed Taliwe ahead.\n\n"
                  "Commission chairman Albert Mubanga said final results would be announced within seven days.\n\n"
                  "According to the commission, turnout stood at 68 percent.\n\n"
                  "Petra Novotna, a meteorologist at the Czech Hydrometeorological Institute, said some areas "
                  "had received 200 millimetres of rain.\n\n"
                  "The institute said in a statement that it had extended its flood warning.\n");

  assert_speakers (&r, quote_with (&r, "within seven days"), "Albert Mubanga", NULL);
  assert_speakers (&r, quote_with (&r, "turnout stood"), "Independent Electoral Commission", NULL);
  assert_speakers (&r, quote_with (&r, "200 millimetres"), "Petra Novotna", NULL);
  assert_speakers (&r, quote_with (&r, "extended its flood warning"), "Czech Hydrometeorological Institute", NULL);
  result_clear (&r);
}

/* "the regulator" is the body that oversees, named so, not the bank it
 * oversees, even when the bank was named last */
static void
test_regulator_not_regulated (void)
{
  Result r = run ("Cedarbrook Bank said hackers accessed data of 1.2 million customers.\n\n"
                  "In a statement, the Federal Office of Banking Supervision said it was in close contact with "
                  "Cedarbrook.\n\n"
                  "\"Customers should be alert to phishing emails,\" the regulator said.\n");

  assert_speakers (&r, quote_with (&r, "phishing"), "Federal Office of Banking Supervision", NULL);
  result_clear (&r);
}

/* "Mr Whitcombe's family said" speaks as the Whitcombe family, and so does
 * "the family" after it; "in a statement released through police that"
 * is how it went out, not what it said */
static void
test_family_of_named (void)
{
  Result r = run ("Graham Whitcombe, 61, died at the scene on Thursday.\n\n"
                  "Mr Whitcombe's family said in a statement released through police that he had ridden the "
                  "same route for 30 years.\n\n"
                  "\"Dad was the most careful rider any of us knew,\" the family wrote.\n");
  const SwQuote *q = quote_with (&r, "ridden the same route");

  assert_speakers (&r, q, "Whitcombe family", NULL);
  assert_content (&r, q, "he had ridden the same route for 30 years");
  assert_speakers (&r, quote_with (&r, "careful rider"), "Whitcombe family", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Whitcombe family"))->kind, ==, SW_ACTOR_GROUP);
  result_clear (&r);
}

/* "The Minister for Enterprise, Trade and Employment, Ciarán Madigan,
 * said": the title before the name, with a field of several names, is
 * his role, and "the minister" is he */
static void
test_title_for_field_before_name (void)
{
  Result r = run ("The Minister for Enterprise, Trade and Employment, Ciarán Madigan, said in a statement that "
                  "he was deeply disappointed.\n\n"
                  "\"My department will work with every affected worker,\" the minister said.\n");
  int a = actor_named (&r, "Ciarán Madigan");

  g_assert_cmpuint (actor (&r, a)->roles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (actor (&r, a)->roles, 0), ==, "Minister for Enterprise, Trade and Employment");
  assert_speakers (&r, quote_with (&r, "every affected worker"), "Ciarán Madigan", NULL);
  result_clear (&r);
}

/* A title the story gave a person holds far on ("Mayor Danielle Ferreira
 * said … the mayor said", fifteen paragraphs later), and a lead's "a
 * magistrate said" is the magistrate the story names later with the
 * title before her name */
static void
test_title_named_far (void)
{
  Result r = run ("Mayor Danielle Ferreira said the bid was a chance.\n\n"
                  "Paragraph 1 of the story goes on about the stadium.\n\n"
                    "Paragraph 2 of the story goes on about the stadium.\n\n"
                    "Paragraph 3 of the story goes on about the stadium.\n\n"
                    "Paragraph 4 of the story goes on about the stadium.\n\n"
                    "Paragraph 5 of the story goes on about the stadium.\n\n"
                    "Paragraph 6 of the story goes on about the stadium.\n\n"
                    "Paragraph 7 of the story goes on about the stadium.\n\n"
                    "Paragraph 8 of the story goes on about the stadium.\n\n"
                    "Paragraph 9 of the story goes on about the stadium.\n\n"
                    "Paragraph 10 of the story goes on about the stadium.\n\n"
                    "Paragraph 11 of the story goes on about the stadium.\n\n"
                    "Paragraph 12 of the story goes on about the stadium.\n\n"
                    "Paragraph 13 of the story goes on about the stadium.\n\n"
                    "Paragraph 14 of the story goes on about the stadium.\n\n"
                    "Asked about a referendum, the mayor said the council had been elected to decide.\n");

  assert_speakers (&r, quote_with (&r, "elected to decide"), "Danielle Ferreira", NULL);
  result_clear (&r);

  r = run ("GEELONG — A man was refused bail, after a magistrate said she had no confidence he would obey "
           "court orders.\n\nThe crash happened on Friday.\n\nHe was arrested at home.\n\nPolice found the car."
           "\n\nHe did not speak.\n\nMagistrate Helen Ashworth said the prosecution case appeared strong.\n");
  assert_speakers (&r, quote_with (&r, "no confidence"), "Helen Ashworth", NULL);
  result_clear (&r);
}

/* "Tony Mercuri, the president of the Rotary Club, who told …": "who"
 * is the person the apposition describes, not the body inside it */
static void
test_who_after_apposition (void)
{
  Result r = run ("The tribute came from Tony Mercuri, the president of the Rotary Club, who told reporters "
                  "that the club would hold a ride.\n");

  assert_speakers (&r, quote_with (&r, "hold a ride"), "Tony Mercuri", NULL);
  result_clear (&r);

  /* (and past a role that names no one) */
  r = run ("That was the verdict of Rashid Anwar, a former chief selector, who said the leadership had "
           "underestimated the players.\n");
  assert_speakers (&r, quote_with (&r, "underestimated"), "Rashid Anwar", NULL);
  result_clear (&r);
}

/* A quotation that is a paragraph of its own is the person the next
 * sentence names: "Those were the words of …", "The line, shouted from
 * the gallery, came from …", "That was …", "That is how … described" */
static void
test_named_in_next_sentence (void)
{
  Result r = run ("The trial ended in March.\n\n"
                  "\"I went from spending most of my life in a dark room to going back to work full-time.\"\n\n"
                  "Those were the words of Catriona Dunlop, 38, a teacher from Paisley.\n\n"
                  "\"You can find money for a stadium, but you cannot find a shelter bed for a single mother.\"\n\n"
                  "The line, shouted from the public gallery shortly before the vote, came from Jordan Mackay, an "
                  "organiser with the coalition.\n");

  assert_speakers (&r, quote_with (&r, "dark room"), "Catriona Dunlop", NULL);
  assert_speakers (&r, quote_with (&r, "shelter bed"), "Jordan Mackay", NULL);
  result_clear (&r);

  r = run ("Soldiers arrived at dawn.\n\n"
           "\"Many of those detained were farmers and community leaders with no connection to any armed group.\"\n\n"
           "That account came from Marcela Ortiz, the director of Colectivo Horizonte.\n");
  assert_speakers (&r, quote_with (&r, "community leaders"), "Marcela Ortiz", NULL);
  result_clear (&r);

  r = run ("Flights were cancelled on Monday.\n\n"
           "\"I've got a job interview in Moncton on Thursday and I have no idea how to get there.\"\n\n"
           "That was Priya Desrosiers, a nurse from Charlottetown, who spent the afternoon in line.\n");
  assert_speakers (&r, quote_with (&r, "job interview"), "Priya Desrosiers", NULL);
  result_clear (&r);

  /* "That is how X described …": how somebody told of a thing is no
   * report of its own */
  r = run ("Hundreds of homes burned overnight.\n\n"
           "\u201cWe watched the flames come down the hill like a river. There was nothing to do but run.\u201d\n\n"
           "That is how Despina Argyrou, a 74-year-old retired schoolteacher, described the moment she fled her "
           "home late on Wednesday night.\n");
  assert_speakers (&r, quote_with (&r, "flames come down"), "Despina Argyrou", NULL);
  g_assert_null (quote_with (&r, "the moment she fled"));
  result_clear (&r);
}

/* "…, researchers at Royal Caledonian University said on Tuesday,
 * although …": the clause before is what they said; "its flood warning
 * until 6pm on Monday" reports nothing */
static void
test_researchers_at_body_after (void)
{
  Result r = run ("GLASGOW — An experimental migraine drug cut the number of days patients spent with attacks by "
                  "more than half, researchers at Royal Caledonian University said on Tuesday, although much "
                  "larger studies will be needed.\n\n"
                  "The institute said it had extended its flood warning until 6pm on Monday.\n");
  const SwQuote *q = quote_with (&r, "migraine drug");

  assert_speakers (&r, q, "Royal Caledonian University", NULL);
  assert_content (&r, q, "An experimental migraine drug cut the number of days patients spent with attacks by more "
                         "than half");
  g_assert_cmpuint (r.ex->quotes->len, ==, 2);
  result_clear (&r);
}

/* "the minister" holds the post now: Foreign Minister Keresz, not "a
 * former Norwegian deputy foreign minister"; the Transport Secretary is a
 * minister; "UNHCR, the U.N. refugee agency. The agency said" is UNHCR */
static void
test_minister_now (void)
{
  Result r = run ("Foreign Minister Anton Keresz told reporters the talks were serious.\n\n"
                  "\"Nobody walked out,\" said Haugland, a former Norwegian deputy foreign minister.\n\n"
                  "More than 40,000 people have fled, according to UNHCR, the U.N. refugee agency. The agency said "
                  "on Wednesday that shelters were full.\n\n"
                  "Asked about monitors, the minister said all options were on the table.\n\n"
                  "The line came up in the Commons on Monday, when the Transport Secretary, Helen Marchbank, faced "
                  "questions.\n\n"
                  "Pressed on a date, the minister said a review would be completed by March.\n");

  assert_speakers (&r, quote_with (&r, "shelters were full"), "UNHCR", NULL);
  assert_speakers (&r, quote_with (&r, "all options"), "Anton Keresz", NULL);
  assert_speakers (&r, quote_with (&r, "a review would be"), "Helen Marchbank", NULL);
  result_clear (&r);

  /* ("the former president" is one who was) */
  r = run ("Former President Bill Clinton spoke in Ohio.\n\nThe former president said premiums were rising.\n");
  assert_speakers (&r, quote_with (&r, "premiums"), "Bill Clinton", NULL);
  result_clear (&r);
}

/* "Senator Lucia Barrera of the Civic Renewal party said", and with a
 * relative clause before the verb: the senator, not her party */
static void
test_person_of_party (void)
{
  Result r = run ("Senator Lucia Barrera of the Civic Renewal party, who filed one of the challenges, called the "
                  "decision \"a victory for every Colombian who believes in limits on power.\"\n\n"
                  "Senator Tomas Ruiz of the Civic Renewal party said the ruling was overdue.\n");

  assert_speakers (&r, quote_with (&r, "a victory"), "Lucia Barrera", NULL);
  assert_speakers (&r, quote_with (&r, "overdue"), "Tomas Ruiz", NULL);
  result_clear (&r);
}

/* "Redgum Minerals", "Tata Steel": a trade word after a name of its own
 * makes a business, and "the company" is it, not the exchange it wrote
 * to */
static void
test_trade_word_business (void)
{
  Result r = run ("The minister ordered Redgum Minerals to stop pumping groundwater.\n\n"
                  "In a statement to the Australian Securities Exchange on Tuesday afternoon, Redgum said it "
                  "respected the decision.\n\n"
                  "The company warned that the pause would reduce output.\n");

  g_assert_cmpint (actor (&r, actor_named (&r, "Redgum Minerals"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "reduce output"), "Redgum Minerals", NULL);
  result_clear (&r);
}

/* A body's field of several names is one name ("the Ministry of Land,
 * Infrastructure, Transport and Tourism"), not a ministry and three
 * people */
static void
test_field_of_several_names (void)
{
  Result r = run ("The Ministry of Land, Infrastructure, Transport and Tourism said it would inspect the plant.\n\n"
                  "Nova Scotia's Department of Communities, Culture, Tourism and Heritage said in an email that it "
                  "would review the case.\n");

  assert_speakers (&r, quote_with (&r, "inspect the plant"), "Ministry of Land, Infrastructure, Transport and Tourism",
                   NULL);
  assert_speakers (&r, quote_with (&r, "review the case"), "Department of Communities, Culture, Tourism and Heritage",
                   NULL);
  g_assert_cmpint (actor_named (&r, "Tourism"), <, 0);
  result_clear (&r);
}

/* The words of a sign, a board or a card after a colon are nobody's, not
 * the last speaker's; a headline a piece used is still a quotation */
static void
test_written_on_thing (void)
{
  Result r = run ("\"We are doing all we can,\" the Defence Ministry said.\n\n"
                  "Volunteers filled sandbags outside the town hall, where a hand-painted sign taped to the door "
                  "read: \"Nobody goes home alone. Ask for help.\"\n\n"
                  "One handwritten card, propped against a guitar case, read simply: \"Thanks for the songs, Dez. "
                  "Play it loud up there.\"\n\n"
                  "The piece used one of the woman's quotes as its headline: \"Finally. Someone who thinks like "
                  "me.\"\n");

  g_assert_null (quote_with (&r, "Nobody goes home"));
  g_assert_null (quote_with (&r, "Thanks for the songs"));
  g_assert_nonnull (quote_with (&r, "Someone who thinks"));
  result_clear (&r);

  /* (a person's motto or order stays a quotation) */
  r = run ("Nathanael Greene led the southern campaign. Greene summed up his approach in a motto that would become "
           "famous: \"We fight, get beat, rise, and fight again.\"\n");
  g_assert_nonnull (quote_with (&r, "get beat"));
  result_clear (&r);
}

/* "posted a photograph of his boots" puts out a picture, not words; "posted
 * a video saying …" still reports */
static void
test_posted_picture (void)
{
  Result r = run ("Usman Jaffar has not spoken publicly, though he posted a photograph of his bowling boots on social "
                  "media on Monday with no caption.\n\n"
                  "Sadia Rehman posted a video saying the vote was rigged.\n");

  g_assert_null (quote_with (&r, "photograph"));
  assert_speakers (&r, quote_with (&r, "the vote was rigged"), "Sadia Rehman", NULL);
  result_clear (&r);
}

/* "Farhan Siddiqi, the agent for fast bowler Usman Jaffar, one of the
 * players who …, said": the agent, past the title before his client's
 * name; "Angelique Brunner, a developer and spokeswoman for the EB-5
 * Investment Coalition, which …, said" stays Brunner's */
static void
test_agent_for_client (void)
{
  Result r = run ("Farhan Siddiqi, the agent for fast bowler Usman Jaffar, one of the players who has refused to sign, "
                  "said his client had been threatened.\n\n"
                  "Angelique Brunner, a Washington-based developer and spokeswoman for the EB-5 Investment Coalition, "
                  "which is made up of investors, said the examples were rare.\n");

  assert_speakers (&r, quote_with (&r, "had been threatened"), "Farhan Siddiqi", NULL);
  assert_speakers (&r, quote_with (&r, "examples were rare"), "Angelique Brunner", NULL);
  result_clear (&r);
}

/* A place the lists know whole keeps a title word or an adjective that
 * opens its name: "Prince Edward Island", "Western Australia", "Saudi
 * Arabia" */
static void
test_place_opened_by_title (void)
{
  Result r = run ("Flights to Prince Edward Island were cancelled, the airline said.\n\n"
                  "The government of Western Australia said the mine would close.\n\n"
                  "Talks in Saudi Arabia ended on Friday, the ministry said.\n");

  g_assert_cmpint (actor (&r, actor_named (&r, "Prince Edward Island"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_cmpint (actor_named (&r, "Edward Island"), ==, -1);
  g_assert_cmpint (actor (&r, actor_named (&r, "Western Australia"))->kind, ==, SW_ACTOR_PLACE);
  g_assert_cmpint (actor (&r, actor_named (&r, "Saudi Arabia"))->kind, ==, SW_ACTOR_PLACE);
  result_clear (&r);
}

/* "came with little warning.", "arrived without warning.": a noun in
 * -ing that ends its sentence reports nothing; "…, the union is warning."
 * still does */
static void
test_warning_at_end (void)
{
  Result r = run ("The strike began on Monday.\n\n"
                  "For many travellers, the walkout came with little warning.\n\n"
                  "For residents, the flood arrived without warning.\n");

  g_assert_cmpuint (r.ex->quotes->len, ==, 0);
  result_clear (&r);

  r = run ("The strike will spread to every port by Friday, the union is warning.\n");
  assert_speakers (&r, quote_with (&r, "every port"), "union", NULL);
  result_clear (&r);
}

/* Courtroom reports: "put it to X that …" reports; "Steenkamp's counsel,
 * Advocate Hendrik Labuschagne SC, began … and put it to …" and "The
 * lawyer, Hendrik Smith, stood up and said" are the person named between
 * the commas; a lead's "A former chief financial officer of …" is the
 * person the next paragraph opens by naming */
static void
test_court_speakers (void)
{
  Result r = run ("MBOMBELA - A former chief financial officer of the Nkwaleni Hills Local Municipality told the "
                  "High Court on Wednesday that she had been pressured to approve the payments.\n\n"
                  "Zanele Mthembu, who served as the municipality's CFO from 2016 to 2020, is the State's key "
                  "witness in the trial of businessman Marius Steenkamp.\n\n"
                  "Steenkamp's counsel, Advocate Hendrik Labuschagne SC, began his cross-examination on Wednesday "
                  "afternoon and put it to Mthembu that she had signed the payment vouchers willingly.\n\n"
                  "The prosecutor, Thandiwe Khumalo, stood up and said that the State would call two more witnesses.\n");

  assert_speakers (&r, quote_with (&r, "pressured to approve"), "Zanele Mthembu", NULL);
  assert_speakers (&r, quote_with (&r, "payment vouchers"), "Hendrik Labuschagne", NULL);
  assert_cue (&r, quote_with (&r, "payment vouchers"), "put it to");
  assert_speakers (&r, quote_with (&r, "two more witnesses"), "Thandiwe Khumalo", NULL);
  result_clear (&r);
}

/* "Jan Nigrani Abhiyan, a Bhopal-based NGO that monitors elections": a
 * kind of body written in capitals makes the name before it a body's,
 * whatever given name it opens with, and "The NGO" is that body */
static void
test_ngo (void)
{
  Result r = run ("The petition was filed last month by Jan Nigrani Abhiyan, a Bhopal-based NGO that monitors "
                  "elections. The NGO has claimed that its volunteers found entire households missing.\n");

  g_assert_cmpint (actor (&r, actor_named (&r, "Jan Nigrani Abhiyan"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "households missing"), "Jan Nigrani Abhiyan", NULL);
  g_assert_cmpint (actor_named (&r, "NGO"), ==, -1);
  result_clear (&r);

  /* a title, a name no list knows, then "of" and a party: the person */
  r = run ("Senator Harish Tomar of the Jan Adhikar Party said the rolls were wrong.\n");
  assert_speakers (&r, quote_with (&r, "rolls were wrong"), "Harish Tomar", NULL);
  result_clear (&r);
}

/* "the Health Service Executive (HSE) said": "Executive" after a body's
 * name and before no title ends the name, as "Authority" would; "the
 * company executive" stays a person's job */
static void
test_executive_body (void)
{
  Result r = run ("In a statement, the Health Service Executive (HSE) said demand had risen by 22 per cent.\n\n"
                  "Chief Executive Jane Doe said profits rose. The company executive said costs fell.\n");

  assert_speakers (&r, quote_with (&r, "demand had risen"), "Health Service Executive", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Health Service Executive"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "profits rose"), "Jane Doe", NULL);
  assert_speakers (&r, quote_with (&r, "costs fell"), "Jane Doe", NULL);
  result_clear (&r);
}

/* "consultants in post", "suddenly in demand": a cue's plain form after
 * a preposition is a noun, and reports nothing */
static void
test_cue_noun_after_preposition (void)
{
  Result r = run ("The number of consultants in post has risen by less than 10 per cent.\n\n"
                  "By the 1990s her records were suddenly in demand across the region.\n\n"
                  "Mr Byrne said the hospital was asked for comment.\n");

  g_assert_cmpuint (r.ex->quotes->len, ==, 1);
  assert_content (&r, quote_with (&r, "hospital was asked"), "the hospital was asked for comment");
  result_clear (&r);
}

/* "had written to the minister twice": "to" and a noun phrase after a
 * cue say to whom or where, and report only with a "that" clause */
static void
test_cue_to_whom (void)
{
  Result r = run ("Mrs Fahy said she had written to the minister twice and had received one reply.\n\n"
                  "Mr Byrne wrote to the minister that the plan had failed. He posted to Facebook a photo.\n");

  g_assert_cmpuint (r.ex->quotes->len, ==, 2);
  assert_content (&r, quote_with (&r, "written to the minister"),
                  "she had written to the minister twice and had received one reply");
  assert_content (&r, quote_with (&r, "plan had failed"), "the plan had failed");
  assert_speakers (&r, quote_with (&r, "plan had failed"), "Byrne", NULL);
  result_clear (&r);
}

/* "the independent watchdog said" after "the Hospital Access Monitor
 * said": a body that oversees may be named a monitor or an auditor */
static void
test_watchdog_monitor (void)
{
  Result r = run ("More than 14,000 patients are waiting, the Hospital Access Monitor said on Wednesday.\n\n"
                  "In its latest report, the independent watchdog said that almost 3,900 patients had waited.\n");

  assert_speakers (&r, quote_with (&r, "3,900 patients"), "Hospital Access Monitor", NULL);
  result_clear (&r);
}

/* "Femke Haverkamp, a Dutch Green MEP who led talks on waste, welcomed
 * the proposal but described …": "talks" opens the cue "talks about"
 * only, and leaves the apposition an apposition */
static void
test_apposition_with_talks (void)
{
  Result r = run ("Femke Haverkamp, a Dutch Green MEP who led talks on waste, welcomed the proposal but described "
                  "the targets as “far too timid”.\n");

  assert_speakers (&r, quote_with (&r, "far too timid"), "Femke Haverkamp", NULL);
  result_clear (&r);
}

/* "according to political scientist Beatriz Amaral of the State
 * University of Planalto, …": the person of the body speaks */
static void
test_according_to_person_of_body (void)
{
  Result r = run ("According to political scientist Beatriz Amaral of the State University of Planalto, the contest "
                  "has turned into a referendum.\n");

  assert_speakers (&r, quote_with (&r, "referendum"), "Beatriz Amaral", NULL);
  assert_content (&r, quote_with (&r, "referendum"), "the contest has turned into a referendum");
  result_clear (&r);
}

/* "called a strike" summons one; "called the plan a disgrace", "called
 * for a moratorium" and "what she called a “breach”" report */
static void
test_called_a_strike (void)
{
  Result r = run ("The Lunport Dockers Union called a strike on Monday. Mayor Ilse Varga called an election "
                  "for June. Varga called the strike a betrayal of the city. The union called for a pay rise. "
                  "Varga condemned what she called a “reckless stunt” by the union.\n");

  g_assert_null (quote_with (&r, "a strike"));
  g_assert_null (quote_with (&r, "an election"));
  assert_speakers (&r, quote_with (&r, "a betrayal"), "Ilse Varga", NULL);
  assert_speakers (&r, quote_with (&r, "a pay rise"), "Lunport Dockers Union", NULL);
  assert_speakers (&r, quote_with (&r, "reckless stunt"), "Ilse Varga", NULL);
  result_clear (&r);
}

/* an all-capitals headline with a colon is no speaker's label; a
 * label in capitals still is */
static void
test_caps_headline_colon (void)
{
  Result r = run ("STRIKE AT PORT: DOCKERS WALK OUT OVER PAY\n\n"
                  "WALLACE: Let us start with the harbour, senator.\n");

  g_assert_null (quote_with (&r, "DOCKERS WALK OUT"));
  g_assert_nonnull (quote_with (&r, "start with the harbour"));
  result_clear (&r);
}

/* "said the union in a statement": the medium ends the speaker's
 * phrase, in capitals too */
static void
test_said_the_body_in_a_statement (void)
{
  Result r = run ("The Lunport Dockers Union voted to strike on Monday.\n\n"
                  "“We have had enough of broken promises,” said the union in a statement.\n\n"
                  "“WE WILL NOT GO BACK,” SAID THE HARBOUR PILOTS ASSOCIATION IN A STATEMENT.\n");
  const SwQuote *q = quote_with (&r, "broken promises");

  assert_speakers (&r, q, "Lunport Dockers Union", NULL);
  g_assert_cmpstr (q->medium, ==, "statement");
  q = quote_with (&r, "NOT GO BACK");
  g_assert_nonnull (q);
  g_assert_cmpuint (q->speakers->len, ==, 1);
  g_assert_true (q->has_cue);
  result_clear (&r);
}

/* "The forward, who joined …, later wrote", "the 23-year-old striker
 * said": the player just named, as "he" would be */
static void
test_the_forward (void)
{
  Result r = run ("Lunport United signed Dario Vance from Carrow Athletic in June.\n\n"
                  "The forward, who joined the club for a record fee, later wrote on Instagram that he was "
                  "\"proud to be here\".\n\n"
                  "The 23-year-old striker said he wanted to win the league.\n");

  assert_speakers (&r, quote_with (&r, "proud to be here"), "Dario Vance", NULL);
  assert_speakers (&r, quote_with (&r, "wanted to win"), "Dario Vance", NULL);
  result_clear (&r);
}

/* "“…,” the ministry’s statement said. The statement said …": the
 * ministry both times, in a statement; "the council’s secretariat said":
 * the council named before */
static void
test_body_statement_possessive (void)
{
  Result r = run ("Estrava recalled its ambassador on Thursday, the Estravan Foreign Ministry said.\n\n"
                  "“We have negotiated in good faith for two years,” the ministry’s statement said.\n\n"
                  "The statement said the ambassador would return for consultations.\n\n"
                  "Estrava asked the Regional Water Council to meet. The council’s secretariat said in a "
                  "statement that it had received the request.\n");
  const SwQuote *q = quote_with (&r, "good faith");

  assert_speakers (&r, q, "Estravan Foreign Ministry", NULL);
  g_assert_cmpstr (q->medium, ==, "statement");
  assert_speakers (&r, quote_with (&r, "return for consultations"), "Estravan Foreign Ministry", NULL);
  assert_speakers (&r, quote_with (&r, "received the request"), "Regional Water Council", NULL);
  result_clear (&r);
}

/* "Germany’s foreign ministry, which summoned …, said": the body before
 * the relative clause; a "which" clause after an object is no subject */
static void
test_body_which_clause (void)
{
  Result r = run ("Germany’s foreign ministry, which summoned the envoy on Monday, said the talks would "
                  "continue.\n\n"
                  "Putin refused to support a full ceasefire, which Trump hoped would be a first step, "
                  "reports Reuters.\n");

  assert_speakers (&r, quote_with (&r, "talks would continue"), "Germany’s foreign ministry", NULL);
  assert_speakers (&r, quote_with (&r, "refused to support"), "Reuters", NULL);
  result_clear (&r);
}

/* "MORALES: Money, every winter.": a transcript's label in capitals is
 * the person of that surname */
static void
test_transcript_label_surname (void)
{
  Result r = run ("Valeria Morales keeps a broken toaster on her desk.\n\n"
                  "HERALD: What is the hardest part?\n\n"
                  "MORALES: Money, every winter. We do not charge, so we depend on donations.\n");

  assert_speakers (&r, quote_with (&r, "every winter"), "Valeria Morales", NULL);
  result_clear (&r);
}

/* In capitals: "MARROWICK POLICE SAID" is a force named for its place,
 * in the case a mixed-case sentence would use, and "…, AN OFFICIAL
 * SAID." reports as "…, an official said." does */
static void
test_caps_police_and_official (void)
{
  Result r = run ("MARROWICK POLICE SAID TWO PEOPLE WERE ARRESTED AFTER A CAR STRUCK A PICKET LINE.\n\n"
                  "THE TALKS WILL CONTINUE ON FRIDAY, AN OFFICIAL SAID.\n");

  assert_speakers (&r, quote_with (&r, "TWO PEOPLE WERE ARRESTED"), "Marrowick Police", NULL);
  g_assert_nonnull (quote_with (&r, "THE TALKS WILL CONTINUE"));
  result_clear (&r);
}

/* "according to" a long source, and a post's holder named after it */
static void
test_according_to_long_source (void)
{
  Result r = run ("Nurses who ate at night were more likely to develop diabetes, according to a study "
                  "published on Wednesday by researchers at the University of Carrowmere.\n\n"
                  "According to a November 2024 report by the head of the harbour inspection team, "
                  "Captain Ilse Varga, a third of the cranes were unsafe.\n");
  const SwQuote *q = quote_with (&r, "a third of the cranes");
  g_autofree char *content = NULL;

  assert_speakers (&r, quote_with (&r, "develop diabetes"), "University of Carrowmere", NULL);
  assert_speakers (&r, q, "Ilse Varga", NULL);
  content = slice (&r, q->content);
  g_assert_null (strstr (content, "Varga"));
  result_clear (&r);
}

/* "The company, whose fiscal year ends on June 30, said": the company
 * named before, past the relative clause */
static void
test_whose_clause (void)
{
  Result r = run ("Corvale Robotics reported a jump in revenue on Wednesday.\n\n"
                  "The company, whose fiscal year ends on June 30, said revenue rose to $1.42 billion.\n");

  assert_speakers (&r, quote_with (&r, "revenue rose"), "Corvale Robotics", NULL);
  result_clear (&r);
}

/* "admitted eight counts of fraud" pleads, "admitted that he had lied"
 * and "admitted to having doubts" report */
static void
test_admitted_counts (void)
{
  Result r = run ("Callum Breckinridge admitted eight counts of fraud at an earlier hearing. He admitted "
                  "the offences in November. He admitted that he had lied. He admitted to having doubts.\n");

  g_assert_null (quote_with (&r, "counts of fraud"));
  g_assert_null (quote_with (&r, "offences"));
  assert_speakers (&r, quote_with (&r, "he had lied"), "Callum Breckinridge", NULL);
  g_assert_nonnull (quote_with (&r, "having doubts"));
  result_clear (&r);
}

/* "Bill and Hillary Clinton": the lone given name shares the surname, so
 * that "Bill Clinton" later is the same actor; not when the story uses
 * the word as a surname ("Warren" after "Elizabeth Warren") */
static void
test_shared_surname (void)
{
  Result r = run ("Martin and Grace Okonjo arrived on Monday. “We are glad to be here,” they said.\n\n"
                  "Later, Martin Okonjo told reporters that the visit had been useful.\n");

  assert_speakers (&r, quote_with (&r, "glad to be here"), "Martin Okonjo", "Grace Okonjo");
  assert_speakers (&r, quote_with (&r, "had been useful"), "Martin Okonjo", NULL);
  g_assert_cmpint (actor_named (&r, "Martin"), <, 0);
  result_clear (&r);

  /* at the start of a sentence, with a given name only the long list knows */
  r = run ("Lucy and Tom Ashdown say they will not send their twins there. \"If it shuts, we will home-school "
           "them,\" they said.\n");
  g_assert_cmpint (actor_named (&r, "Lucy Ashdown"), >=, 0);
  g_assert_cmpint (actor_named (&r, "Lucy"), <, 0);
  result_clear (&r);

  r = run ("Elizabeth Warren spoke first.\n\nWarren and Bernie Sanders said they would vote against it.\n");
  assert_speakers (&r, quote_with (&r, "would vote against"), "Elizabeth Warren", "Bernie Sanders");
  result_clear (&r);
}

/* British style: a quotation in double marks inside single ones is part
 * of the outer quotation, not one of its own */
static void
test_nested_british (void)
{
  Result r = run ("Tom Ashdale, the MP for Kellsworth, was angry.\n\n"
                  "‘When the minister stood at that dispatch box and said “this cap will be in place by April”, "
                  "people believed him,’ he said. ‘I believed him.’\n");
  const SwQuote *q = quote_with (&r, "When the minister stood");

  assert_speakers (&r, q, "Tom Ashdale", NULL);
  g_assert_true (q->kind == SW_QUOTE_DIRECT);
  g_assert_true (quote_with (&r, "this cap will be") == q);
  for (guint i = 0; i < r.ex->quotes->len; i++)
    {
      const SwQuote *other = g_ptr_array_index (r.ex->quotes, i);
      g_autofree char *content = slice (&r, other->content);

      g_assert_false (g_str_has_prefix (content, "this cap"));
    }
  result_clear (&r);
}

/* "The prime minister's official spokesman", "A spokesman for the
 * sheriff's office": a voice qualified by a word, and a body named by a
 * possessive after "for" */
static void
test_voice_of_office (void)
{
  Result r = run ("Prime Minister Rosalind Tarrant visited Leeds on Monday.\n\n"
                  "The prime minister's official spokesman said the cap would stay.\n\n"
                  "A spokesman for the county clerk's office denied that the delay was caused by a backlog.\n");

  assert_speakers (&r, quote_with (&r, "the cap would stay"), "Rosalind Tarrant", NULL);
  g_assert_nonnull (quote_with (&r, "caused by a backlog"));
  g_assert_cmpuint (quote_with (&r, "caused by a backlog")->speakers->len, ==, 1);
  result_clear (&r);

  /* whose office it is must be in the name of the body it refers to */
  r = run ("The Hadley County Sheriff's Office arrested him on Monday.\n\n"
           "A spokesman for the county clerk's office denied that the delay was caused by a backlog.\n\n"
           "The sheriff's office said the suspect had surrendered.\n");
  g_assert_cmpuint (quote_with (&r, "caused by a backlog")->speakers->len, ==, 1);
  g_assert_cmpstr (actor (&r, g_array_index (quote_with (&r, "caused by a backlog")->speakers, int, 0))->name, !=,
                   "Hadley County Sheriff's Office");
  assert_speakers (&r, quote_with (&r, "had surrendered"), "Hadley County Sheriff's Office", NULL);
  result_clear (&r);

  /* a saint's name alone in the possessive is the school named for them,
   * not a person "she" could be */
  r = run ("Annette Kirwan-Lowe has been headteacher at St Aldhelm's for nine years.\n\n"
           "Three of those children now have brothers at St Aldhelm's. She says she has not yet told the pupils.\n");
  g_assert_cmpint (actor (&r, actor_named (&r, "St Aldhelm"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "not yet told the pupils"), "Annette Kirwan-Lowe", NULL);
  result_clear (&r);
}

/* Questions and answers after "Q:" and "A:": the body the person spoke
 * to asks, the person answers; and a nickname in marks is no part of the
 * name, even at the start of a sentence */
static void
test_question_answer (void)
{
  Result r = run ("Augustin \"Gus\" Ferreira-Holt has been mayor of Dunmere for two years. "
                  "Ferreira-Holt, 58, spoke to the Ledger on Tuesday.\n\n"
                  "Q: When did you find out about the closure?\n\n"
                  "A: Monday morning, from a press release. Nobody called me.\n\n"
                  "Q: What happens to patients if it closes?\n\n"
                  "A: The nearest emergency department would be two hours away.\n");

  assert_speakers (&r, quote_with (&r, "When did you find out"), "Ledger", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Ledger"))->kind, ==, SW_ACTOR_ORGANIZATION);
  assert_speakers (&r, quote_with (&r, "from a press release"), "Augustin Ferreira-Holt", NULL);
  assert_speakers (&r, quote_with (&r, "two hours away"), "Augustin Ferreira-Holt", NULL);
  g_assert_true (quote_with (&r, "from a press release")->kind == SW_QUOTE_DIRECT);
  g_assert_cmpint (actor_named (&r, "Gus"), <, 0);
  result_clear (&r);
}

/* An interview after a story: the person its introduction names answers,
 * not the one the story before it names more often */
static void
test_interview_after_story (void)
{
  Result r = run ("Governor Esther Mbali held rates on Thursday. Mbali said lenders worried her. "
                  "Analysts expect Mbali to cut later.\n\n"
                  "Tembo Credit lends to shopkeepers. Its founder, Zawadi Otieno, 38, started it in 2021. "
                  "We spoke to her on Wednesday.\n\n"
                  "Q: Are the new rules a threat to your business?\n\n"
                  "A: Honestly, no. We have been asking for clear rules for years.\n");

  assert_speakers (&r, quote_with (&r, "asking for clear rules"), "Zawadi Otieno", NULL);
  g_assert_cmpint (actor (&r, actor_named (&r, "Zawadi Otieno"))->kind, ==, SW_ACTOR_PERSON);
  result_clear (&r);
}

/* "the speaker of the state House": the name after the title's "of" and
 * its plain qualifiers is the body, not the person, so "she" after it is
 * the speaker named before */
static void
test_title_of_qualified_body (void)
{
  Result r = run ("Ann Lee, the speaker of the state House, struck a softer tone. "
                  "She said the two sides were close.\n");

  assert_speakers (&r, quote_with (&r, "two sides were close"), "Ann Lee", NULL);
  g_assert_cmpint (actor_named (&r, "House"), <, 0);
  result_clear (&r);

  /* people in a body named with a cue's word ("state"): the people speak,
   * the body is where they are */
  r = run ("Officials in the state House said the plan was dead.\n");
  g_assert_cmpuint (quote_with (&r, "the plan was dead")->speakers->len, ==, 0);
  g_assert_cmpint (actor_named (&r, "House"), <, 0);
  result_clear (&r);
}

/* "Gov." is a governor: "the governor" and "the governor's office" find
 * "Pennsylvania Gov. Denise Okafor", and so does "a statement from the
 * governor's office" after "according to", whose medium it is */
static void
test_abbreviated_title (void)
{
  Result r = run ("Pennsylvania Gov. Denise Okafor spoke on Monday.\n\n"
                  "The governor said the senator had not cast a single vote on a budget.\n\n"
                  "According to a statement from the governor’s office, the plan would close the shortfall.\n\n"
                  "The statement said the rainy-day fund was safe.\n");
  const SwQuote *q = quote_with (&r, "close the shortfall");

  g_assert_cmpstr (g_ptr_array_index (actor (&r, actor_named (&r, "Denise Okafor"))->roles, 0), ==,
                   "Pennsylvania Governor");
  assert_speakers (&r, quote_with (&r, "single vote"), "Denise Okafor", NULL);
  assert_speakers (&r, q, "Denise Okafor", NULL);
  g_assert_cmpstr (q->medium, ==, "statement");
  assert_speakers (&r, quote_with (&r, "fund was safe"), "Denise Okafor", NULL);
  result_clear (&r);

  /* the title of "a spokeswoman for Okafor" is the spokeswoman's */
  r = run ("Denise Okafor spoke. A spokeswoman for Okafor, Lauren Metz, said the governor had met leaders.\n");
  g_assert_cmpuint (actor (&r, actor_named (&r, "Denise Okafor"))->roles->len, ==, 0);
  assert_speakers (&r, quote_with (&r, "met leaders"), "Lauren Metz", NULL);
  result_clear (&r);
}

/* "Pay talks between …": the first word of a cue of several words
 * ("talks about") makes no name of the word before it; "the Leeds-based
 * grocer" is the business the story named */
static void
test_company_by_trade (void)
{
  Result r = run ("Holm Foods reported results on Monday. The Leeds-based grocer said profits rose.\n\n"
                  "Pay talks between the two sides broke down on 4 March. "
                  "The company said it had invested in pay.\n");

  assert_speakers (&r, quote_with (&r, "profits rose"), "Holm Foods", NULL);
  assert_speakers (&r, quote_with (&r, "invested in pay"), "Holm Foods", NULL);
  g_assert_cmpint (actor_named (&r, "Pay"), <, 0);
  result_clear (&r);
}

/* A court report: "the Court of King's Bench" is one body, so the judge
 * of it speaks; "told jurors they would …" tells the jurors, who are no
 * part of what was said */
static void
test_court_report (void)
{
  Result r = run ("Justice Heather McAllister of the Court of King's Bench told jurors they would hear "
                  "from the final witnesses next week.\n");
  const SwQuote *q = quote_with (&r, "final witnesses");
  g_autofree char *content = slice (&r, q->content);

  assert_speakers (&r, q, "Heather McAllister", NULL);
  g_assert_cmpstr (content, ==, "they would hear from the final witnesses next week");
  g_assert_cmpint (actor (&r, actor_named (&r, "Court of King's Bench"))->kind, ==, SW_ACTOR_ORGANIZATION);
  result_clear (&r);

  /* "the judge" is the Justice named before */
  r = run ("Justice Heather McAllister heard the case. \"Please do not discuss this case with anyone,\" "
           "the judge said before adjourning.\n");
  assert_speakers (&r, quote_with (&r, "Please do not discuss"), "Heather McAllister", NULL);
  result_clear (&r);
}

/* A time opening the clause with no comma after it ("until recently",
 * "last year") leaves a bare plural its subject */
static void
test_time_before_plural_subject (void)
{
  Result r = run ("Dushanbe had boycotted talks in September, and until recently Tajik officials insisted "
                  "that the reservoir was not negotiable.\n"
                  "Last year analysts said the plan would fail.\n");

  g_assert_nonnull (quote_with (&r, "the reservoir was not negotiable"));
  g_assert_nonnull (quote_with (&r, "the plan would fail"));
  result_clear (&r);
}

/* "A and her counterpart, B, announced": both of them, B named after a
 * description of the second, and no name of the clause before them */
static void
test_joint_with_counterpart (void)
{
  Result r = run ("After four hours of talks at the Palais des Nations, Uzbek Foreign Minister Dilnoza Rakhimova "
                  "and her Tajik counterpart, Farrukh Saidzoda, announced that engineers would meet in Dushanbe.\n"
                  "Anna Berg met the minister, Tom Berg, who said the talks would go on.\n");

  assert_speakers (&r, quote_with (&r, "engineers would meet"), "Dilnoza Rakhimova", "Farrukh Saidzoda");
  assert_speakers (&r, quote_with (&r, "talks would go on"), "Tom Berg", NULL);
  result_clear (&r);
}

/* Writing in a journal, a study or a memoir: the medium and its own name
 * ("the journal Adolescent Sleep and Health") come before "that" */
static void
test_written_in_journal (void)
{
  Result r = run ("Miriama Tane led the study. Tane and her co-author, Dr Samuel Whitford, wrote in the "
                  "journal Adolescent Sleep and Health that sleep was linked to a lower risk.\n"
                  "Obama wrote in his memoir that the job was lonely.\n");
  const SwQuote *q = quote_with (&r, "sleep was linked");
  g_autofree char *content = slice (&r, q->content);

  assert_speakers (&r, q, "Miriama Tane", "Samuel Whitford");
  g_assert_cmpstr (content, ==, "sleep was linked to a lower risk");
  g_assert_cmpstr (q->medium, ==, "journal");
  g_assert_cmpstr (quote_with (&r, "the job was lonely")->medium, ==, "memoir");
  result_clear (&r);
}

/* "according to council documents": the papers of the council named
 * before; "court documents" with no court named have no speaker */
static void
test_body_documents (void)
{
  Result r = run ("Port Aldene City Council will vote on Thursday. According to council documents, "
                  "48 of the units would be rented at below-market rates.\n"
                  "Acme Corp was sued. Court documents show the firm owed $5 million.\n");

  assert_speakers (&r, quote_with (&r, "below-market rates"), "Port Aldene City Council", NULL);
  g_assert_cmpuint (quote_with (&r, "owed $5 million")->speakers->len, ==, 0);
  result_clear (&r);
}

/* Titles of other lands' and trades' offices ("Premier", "Taoiseach",
 * "Detective", "Rabbi") are roles: "the Premier" is the premier named
 * before, not a person called Premier */
static void
test_more_titles (void)
{
  Result r = run ("Premier digs in on hospital levy\n\n"
                  "Victorian Premier Dana Whitcombe has refused to back away from her levy.\n\n"
                  "On Wednesday, the Premier told ABC Radio Melbourne she had no intention of shelving the plan.\n");

  assert_speakers (&r, quote_with (&r, "no intention of shelving"), "Dana Whitcombe", NULL);
  g_assert_cmpint (actor_named (&r, "Premier"), <, 0);
  result_clear (&r);
}

/* "he" after "Tobias Lindqvist, the producer who had backed Les Quais,
 * …": the subject before the aside, not the film the aside names (whose
 * first word is a given name too) */
static void
test_pronoun_past_aside (void)
{
  Result r = run ("Tobias Lindqvist, the Swedish producer who had backed Les Quais, remembers the pitch meetings.\n\n"
                  "\"We had the most beautiful script,\" he says.\n");

  assert_speakers (&r, quote_with (&r, "beautiful script"), "Tobias Lindqvist", NULL);
  result_clear (&r);

  /* the object of "saw", a title with its capitalised article, gives way
   * to the subject; "laughs Moreau" attributes; "Graham" is a given name
   * and "Says" after it in a headline is no part of the name */
  r = run ("Lindsey Graham Says Trump Could Address Clean Energy\n\n"
           "Graham Pettifer saw The Salt Year at a press screening in Paris last month.\n\n"
           "\"Moreau is obviously a major talent,\" he says.\n\n"
           "\"Tobias was ready to say yes to the ghost,\" laughs Moreau.\n");
  assert_speakers (&r, quote_with (&r, "major talent"), "Graham Pettifer", NULL);
  assert_speakers (&r, quote_with (&r, "yes to the ghost"), "Moreau", NULL);
  g_assert_cmpint (actor_named (&r, "Lindsey Graham Says"), <, 0);
  result_clear (&r);
}

/* "Pettifer, chief film critic of the monthly magazine Sightline, saw the
 * film … and calls it “…”": a role after a comma, with no article and
 * up to ten words long, is an apposition the subject of a later verb
 * reaches past */
static void
test_subject_past_role_apposition (void)
{
  Result r = run ("Graham Pettifer, chief film critic of the monthly magazine Sightline, saw The Salt Year "
                  "at a press screening in Paris last month and calls it “a magnificent endurance test”.\n");

  assert_speakers (&r, quote_with (&r, "endurance test"), "Graham Pettifer", NULL);
  result_clear (&r);
}

/* "she" after a name no list knows ("the Treasury", "in Bradford"): the
 * person who spoke last, when no other person was named since, before
 * the unknown name */
static void
test_pronoun_before_unknown_name (void)
{
  Result r = run ("“The paperwork nearly killed us,” Harriet Obi says.\n\n"
                  "Her next fight is with the Treasury. She wants repairs to count as investment, "
                  "a change she says would save “hundreds of millions”.\n\n"
                  "Instead she took a job with a servicing firm in Bradford. The work, she says, was “the best "
                  "education I ever had”.\n");

  assert_speakers (&r, quote_with (&r, "hundreds of millions"), "Harriet Obi", NULL);
  assert_speakers (&r, quote_with (&r, "The work"), "Harriet Obi", NULL);
  result_clear (&r);
}

/* "said 9/11 widow Terry Strada", "said nurse Zorblat Strada": describing
 * words, a number among them, before a name no list knows that ends the
 * clause */
static void
test_said_described_unknown_name (void)
{
  Result r = run ("“They are 100 percent wrong,” said 9/11 widow Terry Strada.\n\n"
                  "“They are not listening,” said nurse Zorblat Quennec.\n");

  assert_speakers (&r, quote_with (&r, "percent wrong"), "Terry Strada", NULL);
  assert_speakers (&r, quote_with (&r, "not listening"), "Zorblat Quennec", NULL);
  result_clear (&r);
}

/* Asides between a speaker and the verb: a person "of" a body inside
 * commas, a relative clause after a name no list knows, a participle's
 * phrase after a document; and "its own claims" is a noun */
static void
test_speaker_asides (void)
{
  Result r = run ("The deal was signed on Friday.\n\n"
                  "Her co-author, Kwame Adjei-Lund of the Morrow Peak Observatory, explained that a weaker cycle "
                  "would mean fewer eruptions.\n\n"
                  "Rusvaal, which controls the northern shore of the strait, said the agreement \"cannot prejudice\" "
                  "its own claims to the fishing grounds.\n\n"
                  "The paper, published Wednesday in the journal Astrophysical Frontiers, found that the change "
                  "began abruptly.\n");
  const SwQuote *q;

  assert_speakers (&r, quote_with (&r, "fewer eruptions"), "Kwame Adjei-Lund", NULL);
  q = quote_with (&r, "cannot prejudice");
  assert_speakers (&r, q, "Rusvaal", NULL);
  g_assert_true (q->kind == SW_QUOTE_MIXED);
  g_assert_true (quote_with (&r, "fishing grounds") == q);
  assert_speaker_mention (&r, quote_with (&r, "began abruptly"), "The paper");
  result_clear (&r);
}

/* "the source said" is the source quoted before; and the next piece of
 * an unnamed speaker's quotation stays theirs, not the last named one's */
static void
test_the_source_again (void)
{
  Result r = run ("But a Downing Street source said the decision had been taken after the regulator, the "
                  "Water Standards Authority, warned that several companies would be unable to comply.\n\n"
                  "‘Nobody in No 10 is pretending this is a good look,’ the source said. ‘But a cap that falls "
                  "over in court would be a far worse one.’\n\n"
                  "The Harbour Board said the quay would reopen. “We were lucky,” one resident said. “It could "
                  "have been so much worse for all of us.”\n");
  const SwQuote *q = quote_with (&r, "Nobody in No 10");

  assert_speakers (&r, q, "Downing Street", NULL);
  g_assert_null (quote_with (&r, "far worse one"));
  g_assert_cmpuint (sw_quote_get_n_parts (q), ==, 2);
  g_assert_cmpuint (quote_with (&r, "We were lucky")->speakers->len, ==, 0);
  g_assert_cmpuint (quote_with (&r, "so much worse")->speakers->len, ==, 0);
  result_clear (&r);
}

/* "…, the companies announced on Thursday, in Halvern's largest deal":
 * a phrase after the attribution is no reason to drop it, and bodies in
 * the plural speak */
static void
test_phrase_after_attribution (void)
{
  Result r = run ("Halvern Systems has agreed to acquire Quillon Semiconductor for $4.2 billion, the companies "
                  "announced on Thursday, in Halvern's largest deal since 2016.\n\n"
                  "The talks went well, both sides said.\n\n"
                  "Revenue rose 19% to $812 million, the company said in a statement, ahead of the $798 million "
                  "analysts had expected.\n");

  assert_content (&r, quote_with (&r, "has agreed to acquire"),
                  "Halvern Systems has agreed to acquire Quillon Semiconductor for $4.2 billion");
  assert_speaker_mention (&r, quote_with (&r, "has agreed to acquire"), "the companies");
  assert_speaker_mention (&r, quote_with (&r, "talks went well"), "both sides");
  assert_content (&r, quote_with (&r, "Revenue rose"), "Revenue rose 19% to $812 million");
  result_clear (&r);
}

/* A joint statement goes on: "The statement said", "It added", "The two
 * leaders said" are both leaders; and "The 29-year-old admitted" is the
 * player just named */
static void
test_joint_statement_again (void)
{
  Result r = run ("\"We have chosen to turn a page,\" Kaldoran President Ilse Marrakand and Ostrevian Prime "
                  "Minister Tobias Venn-Aurel said in a joint statement.\n\n"
                  "The statement said the first two crossings would reopen by March 1. It added that a joint "
                  "commission would meet every three months.\n\n"
                  "Maya Okafor-Lind scored twice. The 29-year-old admitted she had not scored with her head "
                  "since school.\n\n"
                  "The two leaders said they would meet again in the autumn.\n");

  assert_speakers (&r, quote_with (&r, "crossings would reopen"), "Ilse Marrakand", "Tobias Venn-Aurel");
  assert_speakers (&r, quote_with (&r, "joint commission"), "Ilse Marrakand", "Tobias Venn-Aurel");
  assert_speakers (&r, quote_with (&r, "meet again"), "Ilse Marrakand", "Tobias Venn-Aurel");
  assert_speakers (&r, quote_with (&r, "not scored with her head"), "Maya Okafor-Lind", NULL);
  result_clear (&r);
}

/* "…, the affidavit says, telling a judge that …": the report of the
 * document stays, and the participle's addressee is skipped; a document
 * tells no one, so the clause's subject does */
static void
test_affidavit_telling (void)
{
  Result r = run ("Kendra Albury died on Sunday.\n\n"
                  "Albury sought a protective order against him last month, the affidavit says, telling a judge "
                  "that he had threatened her in text messages.\n\n"
                  "Mark Ellis resigned on Monday, telling Reuters that he had been forced out.\n");

  assert_speaker_mention (&r, quote_with (&r, "sought a protective order"), "the affidavit");
  assert_content (&r, quote_with (&r, "had threatened her"), "he had threatened her in text messages");
  assert_speakers (&r, quote_with (&r, "had threatened her"), "Kendra Albury", NULL);
  assert_content (&r, quote_with (&r, "forced out"), "he had been forced out");
  assert_speakers (&r, quote_with (&r, "forced out"), "Mark Ellis", NULL);
  result_clear (&r);
}

/* "she" after a quote by someone else goes to the woman named since, not
 * to the last speaker (an obituary's subject after her daughter's
 * statement) */
static void
test_pronoun_named_since (void)
{
  Result r = run ("Ilona Varga-Reyes, an oceanographer, died on Saturday. She was 83.\n\n"
                  "Her daughter, Marisa Reyes-Dunn, said in a statement that the cause was heart failure.\n\n"
                  "Dr. Ilona Varga-Reyes was among the first scientists to show that the zones were expanding.\n\n"
                  "In the 1960s, few research vessels would take women aboard. In a 2009 interview, she recalled "
                  "that one captain had refused to let her sail.\n");

  assert_speakers (&r, quote_with (&r, "heart failure"), "Marisa Reyes-Dunn", NULL);
  assert_speakers (&r, quote_with (&r, "refused to let her sail"), "Ilona Varga-Reyes", NULL);
  result_clear (&r);
}

/* A country no list knows owns its air force, and "the air force" later
 * is the same body */
static void
test_unknown_country_body (void)
{
  Result r = run ("Velesia's air force said on Telegram that air defences had shot down 71 drones.\n\n"
                  "Last week alone, Drova fired more than 1,200 drones at Velesian cities, according to the air "
                  "force.\n");

  assert_speakers (&r, quote_with (&r, "shot down 71 drones"), "Velesia's air force", NULL);
  assert_speakers (&r, quote_with (&r, "1,200 drones"), "Velesia's air force", NULL);
  result_clear (&r);
}

/* Given names that are English words too ("terry", "barry"): the
 * curated list knows them, so those who bear them are people */
static void
test_given_names_that_are_words (void)
{
  Result r = run ("Terry Okafor and Barry Ames met Sally Fenwick at the depot.\n");

  g_assert_cmpint (actor (&r, actor_named (&r, "Terry Okafor"))->kind, ==, SW_ACTOR_PERSON);
  g_assert_cmpint (actor (&r, actor_named (&r, "Barry Ames"))->kind, ==, SW_ACTOR_PERSON);
  g_assert_cmpint (actor (&r, actor_named (&r, "Sally Fenwick"))->kind, ==, SW_ACTOR_PERSON);
  result_clear (&r);
}

/* "conceded in a speech to supporters … at the lodge" says whom and
 * where, not what; "called Solís-Hart to congratulate her" is a call */
static void
test_conceded_in_a_speech (void)
{
  Result r = run ("Republican Gordon Pell lost.\n\n"
                  "Pell conceded in a speech to supporters shortly after 10 p.m. at the Greyfield Elks Lodge, "
                  "saying he had called Solís-Hart to congratulate her.\n\n"
                  "Senator Ann Roe called on Congress to act. She called Smith a liar.\n");

  g_assert_null (quote_with (&r, "to supporters"));
  for (guint i = 0; i < r.ex->quotes->len; i++)
    {
      const SwQuote *q = g_ptr_array_index (r.ex->quotes, i);
      g_autofree char *content = slice (&r, q->content);

      g_assert_false (g_str_has_prefix (content, "Solís-Hart"));
    }
  assert_content (&r, quote_with (&r, "had called"), "he had called Solís-Hart to congratulate her");
  g_assert_nonnull (quote_with (&r, "to act"));
  g_assert_nonnull (quote_with (&r, "Smith a liar"));
  result_clear (&r);
}

/* "added the team needs to improve": a clause with a finite verb and no
 * auxiliary; not "added the new rules to the list" */
static void
test_added_clause (void)
{
  Result r = run ("John Smith arrived on Monday.\n\n"
                  "He added the team needs to improve its defence. He added the players deserved the win. "
                  "He added the new rules to the list.\n");

  assert_content (&r, quote_with (&r, "needs to improve"), "the team needs to improve its defence");
  assert_speakers (&r, quote_with (&r, "needs to improve"), "John Smith", NULL);
  assert_content (&r, quote_with (&r, "deserved the win"), "the players deserved the win");
  g_assert_null (quote_with (&r, "new rules"));
  result_clear (&r);
}

/* A comma joins speakers only in a list that "and" ends */
static void
test_comma_not_list (void)
{
  Result r = run ("Dana Whitcombe spoke on Monday.\n\n"
                  "At a dinner with the singer Maria Ostrova, Whitcombe called the tax a disgrace.\n\n"
                  "Anna Berg, Tomas Holm and Whitcombe said they would appeal.\n");

  assert_speakers (&r, quote_with (&r, "the tax a disgrace"), "Dana Whitcombe", NULL);
  g_assert_cmpuint (quote_with (&r, "would appeal")->speakers->len, ==, 3);
  result_clear (&r);
}

/* "Kenyan police said": a force named for its place; and a witness's
 * second piece stays hers, not the police's */
static void
test_place_police (void)
{
  Result r = run ("Kenyan police said the blast was an accident.\n\n"
                  "The Vessana police said in a statement that the terminal was closed.\n\n"
                  "One witness told Reuters the explosion shook her building. “I ran to the window,” "
                  "she said. “My daughter was screaming.”\n");

  assert_speakers (&r, quote_with (&r, "was an accident"), "Kenyan police", NULL);
  result_clear (&r);

  /* "Police in Vessana": the name after "in" is where they are */
  r = run ("Police in Vessana said the blast was an accident.\n");
  g_assert_nonnull (quote_with (&r, "was an accident"));
  g_assert_cmpuint (quote_with (&r, "was an accident")->speakers->len, ==, 0);
  g_assert_cmpint (actor_named (&r, "Vessana"), <, 0);
  result_clear (&r);

  r = run ("Kenyan police said the blast was an accident.\n\n"
           "The Vessana police said in a statement that the terminal was closed.\n\n"
           "One witness told Reuters the explosion shook her building. “I ran to the window,” "
           "she said. “My daughter was screaming.”\n");
  assert_speakers (&r, quote_with (&r, "terminal was closed"), "Vessana police", NULL);
  g_assert_nonnull (quote_with (&r, "My daughter"));
  g_assert_cmpuint (quote_with (&r, "My daughter")->speakers->len, ==, 0);
  result_clear (&r);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/attribution/direct-after", test_direct_after);
  g_test_add_func ("/attribution/pronoun-prefers-person", test_pronoun_prefers_person);
  g_test_add_func ("/attribution/direct-before", test_direct_before);
  g_test_add_func ("/attribution/indirect", test_indirect_forms);
  g_test_add_func ("/attribution/mixed-pronouns", test_mixed_and_pronouns);
  g_test_add_func ("/attribution/joint-organisations", test_joint_and_organisations);
  g_test_add_func ("/attribution/all-caps", test_all_caps);
  g_test_add_func ("/attribution/odd-marks", test_odd_marks);
  g_test_add_func ("/attribution/multi-paragraph", test_multi_paragraph);
  g_test_add_func ("/attribution/interrupted", test_interrupted);
  g_test_add_func ("/attribution/stray-straight-mark", test_stray_straight_mark);
  g_test_add_func ("/attribution/cue-before-participle", test_cue_before_participle);
  g_test_add_func ("/attribution/long-given-name-list", test_long_given_name_list);
  g_test_add_func ("/attribution/name-particles", test_name_particles);
  g_test_add_func ("/attribution/organisation-nouns", test_organisation_nouns);
  g_test_add_func ("/attribution/place-and-plural-possessive", test_place_and_plural_possessive);
  g_test_add_func ("/attribution/description-organisations", test_description_organisations);
  g_test_add_func ("/attribution/trailing-medium", test_trailing_medium);
  g_test_add_func ("/attribution/states-and-speakers", test_states_and_speakers);
  g_test_add_func ("/attribution/described-speakers", test_described_speakers);
  g_test_add_func ("/attribution/roles-after-name", test_roles_after_name);
  g_test_add_func ("/attribution/names-in-appositions", test_names_in_appositions);
  g_test_add_func ("/attribution/definite-descriptions", test_definite_descriptions);
  g_test_add_func ("/attribution/it-and-dated-cue", test_it_and_dated_cue);
  g_test_add_func ("/attribution/signed-quotes", test_signed_quotes);
  g_test_add_func ("/attribution/inserts-after-quote", test_inserts_after_quote);
  g_test_add_func ("/attribution/having-said", test_having_said);
  g_test_add_func ("/attribution/run-in-heads", test_run_in_heads);
  g_test_add_func ("/attribution/write-needs-clause", test_write_needs_clause);
  g_test_add_func ("/attribution/but-he-said-after-quote", test_but_he_said_after_quote);
  g_test_add_func ("/attribution/clause-before-inverted-cue", test_clause_before_inverted_cue);
  g_test_add_func ("/attribution/passive-without-report", test_passive_without_report);
  g_test_add_func ("/attribution/alias-merging", test_alias_merging);
  g_test_add_func ("/attribution/post-nominals", test_post_nominals);
  g_test_add_func ("/attribution/relative-clause-content", test_relative_clause_content);
  g_test_add_func ("/attribution/interrupting-attribution", test_interrupting_attribution);
  g_test_add_func ("/attribution/nested-report-marks", test_nested_report_marks);
  g_test_add_func ("/attribution/speakers-after-marks", test_speakers_after_marks);
  g_test_add_func ("/attribution/asked-about", test_asked_about);
  g_test_add_func ("/attribution/warned-whom", test_warned_whom);
  g_test_add_func ("/attribution/no-actor-words", test_no_actor_words);
  g_test_add_func ("/attribution/officials-at-body", test_officials_at_body);
  g_test_add_func ("/attribution/telegram-description", test_telegram_and_description);
  g_test_add_func ("/attribution/according-to", test_according_to);
  g_test_add_func ("/attribution/sentence-subject", test_sentence_subject);
  g_test_add_func ("/attribution/headline", test_headline);
  g_test_add_func ("/attribution/documents", test_documents);
  g_test_add_func ("/attribution/subject-shapes", test_subject_shapes);
  g_test_add_func ("/attribution/content-ends", test_content_ends);
  g_test_add_func ("/attribution/titles-passives-inserts", test_titles_passives_inserts);
  g_test_add_func ("/attribution/questions-attitudes", test_questions_and_attitudes);
  g_test_add_func ("/attribution/talks-evidence", test_talks_evidence);
  g_test_add_func ("/attribution/surname-like-a-country", test_surname_like_a_country);
  g_test_add_func ("/attribution/bodies-that-speak", test_bodies_that_speak);
  g_test_add_func ("/attribution/honorific-without-stop", test_honorific_without_stop);
  g_test_add_func ("/attribution/unnamed-spokesperson", test_unnamed_spokesperson);
  g_test_add_func ("/attribution/company-names", test_company_names);
  g_test_add_func ("/attribution/dateline", test_dateline);
  g_test_add_func ("/attribution/heads-that-qualify-titles", test_heads_that_qualify_titles);
  g_test_add_func ("/attribution/organisation-names", test_organisation_names);
  g_test_add_func ("/attribution/single-marks", test_single_marks);
  g_test_add_func ("/attribution/legal-forms", test_legal_forms);
  g_test_add_func ("/attribution/feature-quotes", test_feature_quotes);
  g_test_add_func ("/attribution/medium-saying", test_medium_saying);
  g_test_add_func ("/attribution/plural-they-medium-first", test_plural_they_and_medium_first);
  g_test_add_func ("/attribution/speaker-nouns", test_speaker_nouns);
  g_test_add_func ("/attribution/role-place-country", test_role_place_country);
  g_test_add_func ("/attribution/media-words", test_media_words);
  g_test_add_func ("/attribution/company-voice", test_company_voice);
  g_test_add_func ("/attribution/bodies-called-back", test_bodies_called_back);
  g_test_add_func ("/attribution/possessive-in-names", test_possessive_in_names);
  g_test_add_func ("/attribution/abbreviated-titles", test_abbreviated_titles);
  g_test_add_func ("/attribution/party-names", test_party_names);
  g_test_add_func ("/attribution/names-and-appositions", test_names_and_appositions);
  g_test_add_func ("/attribution/world-places", test_world_places);
  g_test_add_func ("/attribution/lawmakers-and-sources", test_lawmakers_and_sources);
  g_test_add_func ("/attribution/initials-and-teams", test_initials_and_teams);
  g_test_add_func ("/attribution/plain-roles", test_plain_roles);
  g_test_add_func ("/attribution/business-names", test_business_names);
  g_test_add_func ("/attribution/pronoun-prefers-subject", test_pronoun_prefers_subject);
  g_test_add_func ("/attribution/honorific-gender", test_honorific_gender);
  g_test_add_func ("/attribution/seats-of-government", test_seats_of_government);
  g_test_add_func ("/attribution/short-quote-after-colon", test_short_quote_after_colon);
  g_test_add_func ("/attribution/spokesperson-for-body", test_spokesperson_for_body);
  g_test_add_func ("/attribution/mixed-subject-before-marks", test_mixed_subject_before_marks);
  g_test_add_func ("/attribution/object-content-ends-at-clause", test_object_content_ends_at_clause);
  g_test_add_func ("/attribution/company-kind-and-form", test_company_kind_and_form);
  g_test_add_func ("/attribution/job-at-unknown-body", test_job_at_unknown_body);
  g_test_add_func ("/attribution/verb-opening-sentence", test_verb_opening_sentence);
  g_test_add_func ("/attribution/courtroom", test_courtroom);
  g_test_add_func ("/attribution/credits-and-leading-medium", test_credits_and_leading_medium);
  g_test_add_func ("/attribution/match-report", test_match_report);
  g_test_add_func ("/attribution/role-of-its-body", test_role_of_its_body);
  g_test_add_func ("/attribution/platforms-and-unnamed", test_platforms_and_unnamed);
  g_test_add_func ("/attribution/diplomacy", test_diplomacy);
  g_test_add_func ("/attribution/question-answer", test_question_answer);
  g_test_add_func ("/attribution/interview-after-story", test_interview_after_story);
  g_test_add_func ("/attribution/title-of-qualified-body", test_title_of_qualified_body);
  g_test_add_func ("/attribution/abbreviated-title", test_abbreviated_title);
  g_test_add_func ("/attribution/company-by-trade", test_company_by_trade);
  g_test_add_func ("/attribution/court-report", test_court_report);
  g_test_add_func ("/attribution/time-before-plural-subject", test_time_before_plural_subject);
  g_test_add_func ("/attribution/joint-with-counterpart", test_joint_with_counterpart);
  g_test_add_func ("/attribution/written-in-journal", test_written_in_journal);
  g_test_add_func ("/attribution/body-documents", test_body_documents);
  g_test_add_func ("/attribution/more-titles", test_more_titles);
  g_test_add_func ("/attribution/pronoun-past-aside", test_pronoun_past_aside);
  g_test_add_func ("/attribution/debate", test_debate);
  g_test_add_func ("/attribution/possessive-opening", test_possessive_opening);
  g_test_add_func ("/attribution/missing-closing-mark", test_missing_closing_mark);
  g_test_add_func ("/attribution/no-roles-for-bodies", test_no_roles_for_bodies);
  g_test_add_func ("/attribution/kin-after-cue", test_kin_after_cue);
  g_test_add_func ("/attribution/scoreline-teams", test_scoreline_teams);
  g_test_add_func ("/attribution/pathological", test_pathological);
  g_test_add_func ("/attribution/unpunctuated-close", test_unpunctuated_close);
  g_test_add_func ("/attribution/gerund-past-relative", test_gerund_past_relative);
  g_test_add_func ("/attribution/cue-opens-next-quote", test_cue_opens_next_quote);
  g_test_add_func ("/attribution/participle-aside", test_participle_aside);
  g_test_add_func ("/attribution/recall-object", test_recall_object);
  g_test_add_func ("/attribution/according-to-publisher", test_according_to_publisher);
  g_test_add_func ("/attribution/body-noun-spokesperson", test_body_noun_spokesperson);
  g_test_add_func ("/attribution/place-tail", test_place_tail);
  g_test_add_func ("/attribution/pronoun-before-content", test_pronoun_before_content);
  g_test_add_func ("/attribution/company-not-its-brand", test_company_not_its_brand);
  g_test_add_func ("/attribution/cue-noun-before-participle", test_cue_noun_before_participle);
  g_test_add_func ("/attribution/this-may-not-time", test_this_may_not_time);
  g_test_add_func ("/attribution/they-person-and-team", test_they_person_and_team);
  g_test_add_func ("/attribution/adding-to", test_adding_to);
  g_test_add_func ("/attribution/caps-given-name", test_caps_given_name);
  g_test_add_func ("/attribution/according-to-poll-by", test_according_to_poll_by);
  g_test_add_func ("/attribution/pronoun-joined-to-name", test_pronoun_joined_to_name);
  g_test_add_func ("/attribution/attorney-office", test_attorney_office);
  g_test_add_func ("/attribution/pronoun-person-before-place", test_pronoun_person_before_place);
  g_test_add_func ("/attribution/statement-posted-on", test_statement_posted_on);
  g_test_add_func ("/attribution/the-post-said", test_the_post_said);
  g_test_add_func ("/attribution/the-statement-said", test_the_statement_said);
  g_test_add_func ("/attribution/police-again", test_police_again);
  g_test_add_func ("/attribution/called-a-strike", test_called_a_strike);
  g_test_add_func ("/attribution/caps-headline-colon", test_caps_headline_colon);
  g_test_add_func ("/attribution/said-the-body-in-a-statement", test_said_the_body_in_a_statement);
  g_test_add_func ("/attribution/the-forward", test_the_forward);
  g_test_add_func ("/attribution/body-statement-possessive", test_body_statement_possessive);
  g_test_add_func ("/attribution/body-which-clause", test_body_which_clause);
  g_test_add_func ("/attribution/transcript-label-surname", test_transcript_label_surname);
  g_test_add_func ("/attribution/caps-police-and-official", test_caps_police_and_official);
  g_test_add_func ("/attribution/according-to-long-source", test_according_to_long_source);
  g_test_add_func ("/attribution/whose-clause", test_whose_clause);
  g_test_add_func ("/attribution/admitted-counts", test_admitted_counts);
  g_test_add_func ("/attribution/place-police", test_place_police);
  g_test_add_func ("/attribution/shared-surname", test_shared_surname);
  g_test_add_func ("/attribution/comma-not-list", test_comma_not_list);
  g_test_add_func ("/attribution/added-clause", test_added_clause);
  g_test_add_func ("/attribution/conceded-in-a-speech", test_conceded_in_a_speech);
  g_test_add_func ("/attribution/unknown-country-body", test_unknown_country_body);
  g_test_add_func ("/attribution/pronoun-named-since", test_pronoun_named_since);
  g_test_add_func ("/attribution/affidavit-telling", test_affidavit_telling);
  g_test_add_func ("/attribution/joint-statement-again", test_joint_statement_again);
  g_test_add_func ("/attribution/phrase-after-attribution", test_phrase_after_attribution);
  g_test_add_func ("/attribution/the-source-again", test_the_source_again);
  g_test_add_func ("/attribution/speaker-asides", test_speaker_asides);
  g_test_add_func ("/attribution/interview-labels", test_interview_labels);
  g_test_add_func ("/attribution/voice-of-office", test_voice_of_office);
  g_test_add_func ("/attribution/nested-british", test_nested_british);
  g_test_add_func ("/attribution/subject-past-role-apposition", test_subject_past_role_apposition);
  g_test_add_func ("/attribution/pronoun-before-unknown-name", test_pronoun_before_unknown_name);
  g_test_add_func ("/attribution/said-described-unknown-name", test_said_described_unknown_name);
  g_test_add_func ("/attribution/given-names-that-are-words", test_given_names_that_are_words);
  g_test_add_func ("/attribution/body-from-fuller-description", test_body_from_fuller_description);
  g_test_add_func ("/attribution/club-from-headline", test_club_from_headline);
  g_test_add_func ("/attribution/said-relative-of", test_said_relative_of);
  g_test_add_func ("/attribution/subject-with-relative-clause", test_subject_with_relative_clause);
  g_test_add_func ("/attribution/and-said-in-subordinate-clause", test_and_said_in_subordinate_clause);
  g_test_add_func ("/attribution/medium-with-participles", test_medium_with_participles);
  g_test_add_func ("/attribution/subject-attribution-verb", test_subject_attribution_verb);
  g_test_add_func ("/attribution/shown-inside-report", test_shown_inside_report);
  g_test_add_func ("/attribution/warned-as-clause", test_warned_as_clause);
  g_test_add_func ("/attribution/headline-noun-in-ing", test_headline_noun_in_ing);
  g_test_add_func ("/attribution/named-later", test_named_later);
  g_test_add_func ("/attribution/nation-nouns", test_nation_nouns);
  g_test_add_func ("/attribution/name-given-as", test_name_given_as);
  g_test_add_func ("/attribution/plural-noun-after-name", test_plural_noun_after_name);
  g_test_add_func ("/attribution/family-of", test_family_of);
  g_test_add_func ("/attribution/said-in-month", test_said_in_month);
  g_test_add_func ("/attribution/place-words", test_place_words);
  g_test_add_func ("/attribution/colon-after-medium", test_colon_after_medium);
  g_test_add_func ("/attribution/shot-back-saying-on", test_shot_back_saying_on);
  g_test_add_func ("/attribution/pronoun-past-relative-clause", test_pronoun_past_relative_clause);
  g_test_add_func ("/attribution/profile-quotes", test_profile_quotes);
  g_test_add_func ("/attribution/a-statement-said", test_a_statement_said);
  g_test_add_func ("/attribution/police-statement", test_police_statement);
  g_test_add_func ("/attribution/even-as-warned", test_even_as_warned);
  g_test_add_func ("/attribution/parenthetical-noun-subject", test_parenthetical_noun_subject);
  g_test_add_func ("/attribution/headline-quote-speaker", test_headline_quote_speaker);
  g_test_add_func ("/attribution/passive-warned-by", test_passive_warned_by);
  g_test_add_func ("/attribution/warning-noun", test_warning_noun);
  g_test_add_func ("/attribution/pronoun-story-subject", test_pronoun_story_subject);
  g_test_add_func ("/attribution/arabic-article", test_arabic_article);
  g_test_add_func ("/attribution/body-in-place", test_body_in_place);
  g_test_add_func ("/attribution/org-of-the", test_org_of_the);
  g_test_add_func ("/attribution/noun-relative-clause", test_noun_relative_clause);
  g_test_add_func ("/attribution/written-by-for-the-majority", test_written_by_for_the_majority);
  g_test_add_func ("/attribution/court-story", test_court_story);
  g_test_add_func ("/attribution/content-ends-in-percent", test_content_ends_in_percent);
  g_test_add_func ("/attribution/possessive-noun-cue", test_possessive_noun_cue);
  g_test_add_func ("/attribution/declared-object", test_declared_object);
  g_test_add_func ("/attribution/codes-and-cooperatives", test_codes_and_cooperatives);
  g_test_add_func ("/attribution/clause-cue-objects", test_clause_cue_objects);
  g_test_add_func ("/attribution/time-before-according-to", test_time_before_according_to);
  g_test_add_func ("/attribution/spokesperson-for-minister", test_spokesperson_for_minister);
  g_test_add_func ("/attribution/org-for-nationality", test_org_for_nationality);
  g_test_add_func ("/attribution/belief-infinitive", test_belief_infinitive);
  g_test_add_func ("/attribution/name-before-aside", test_name_before_aside);
  g_test_add_func ("/attribution/marks-inside-accusation", test_marks_inside_accusation);
  g_test_add_func ("/attribution/on-arrival-seen-by", test_on_arrival_seen_by);
  g_test_add_func ("/attribution/according-to-after-when", test_according_to_after_when);
  g_test_add_func ("/attribution/company-named-by-trade", test_company_named_by_trade);
  g_test_add_func ("/attribution/medium-participle", test_medium_participle);
  g_test_add_func ("/attribution/direct-cue-after-and", test_direct_cue_after_and);
  g_test_add_func ("/attribution/rank-in-body-name", test_rank_in_body_name);
  g_test_add_func ("/attribution/body-not-its-member", test_body_not_its_member);
  g_test_add_func ("/attribution/regulator-not-regulated", test_regulator_not_regulated);
  g_test_add_func ("/attribution/family-of-named", test_family_of_named);
  g_test_add_func ("/attribution/title-for-field-before-name", test_title_for_field_before_name);
  g_test_add_func ("/attribution/title-named-far", test_title_named_far);
  g_test_add_func ("/attribution/who-after-apposition", test_who_after_apposition);
  g_test_add_func ("/attribution/named-in-next-sentence", test_named_in_next_sentence);
  g_test_add_func ("/attribution/researchers-at-body-after", test_researchers_at_body_after);
  g_test_add_func ("/attribution/minister-now", test_minister_now);
  g_test_add_func ("/attribution/person-of-party", test_person_of_party);
  g_test_add_func ("/attribution/trade-word-business", test_trade_word_business);
  g_test_add_func ("/attribution/field-of-several-names", test_field_of_several_names);
  g_test_add_func ("/attribution/written-on-thing", test_written_on_thing);
  g_test_add_func ("/attribution/posted-picture", test_posted_picture);
  g_test_add_func ("/attribution/agent-for-client", test_agent_for_client);
  g_test_add_func ("/attribution/place-opened-by-title", test_place_opened_by_title);
  g_test_add_func ("/attribution/warning-at-end", test_warning_at_end);
  g_test_add_func ("/attribution/court-speakers", test_court_speakers);
  g_test_add_func ("/attribution/ngo", test_ngo);
  g_test_add_func ("/attribution/executive-body", test_executive_body);
  g_test_add_func ("/attribution/cue-noun-after-preposition", test_cue_noun_after_preposition);
  g_test_add_func ("/attribution/cue-to-whom", test_cue_to_whom);
  g_test_add_func ("/attribution/watchdog-monitor", test_watchdog_monitor);
  g_test_add_func ("/attribution/apposition-with-talks", test_apposition_with_talks);
  g_test_add_func ("/attribution/according-to-person-of-body", test_according_to_person_of_body);
  g_test_add_func ("/attribution/seed", test_seed);
  return g_test_run ();
}
