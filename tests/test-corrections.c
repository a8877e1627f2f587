/* test-corrections.c: corrections apply, serialise and survive re-extraction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sw-correction.h"
#include "sw-extract.h"

#include "correction-fixture.h"

typedef struct
{
  SwDocument   *doc;
  SwExtraction *ex;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->doc = fixture_document (fixture_text);
  f->ex = fixture_extraction (fixture_text);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->doc);
  g_clear_pointer (&f->ex, sw_extraction_unref);
}

static void
apply_ok (SwCorrection *c,
          SwDocument   *doc,
          SwExtraction *ex)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (c);
  g_assert_true (sw_correction_apply (c, doc, ex, &error));
  g_assert_no_error (error);
}

static void
test_rename (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SwCorrection) c = sw_correction_new_rename_actor (f->doc, f->ex, 2, "Teodor Varga");
  g_autofree char *before = summarize (f->doc, f->ex);
  g_autofree char *after = NULL;
  g_autofree char *description = sw_correction_dup_description (c);

  apply_ok (c, f->doc, f->ex);
  g_assert_cmpstr (((SwActor *)g_ptr_array_index (f->ex->actors, 2))->name, ==, "Teodor Varga");
  g_assert_cmpint (actor_named (f->ex, "Teo Varga"), ==, -1);
  g_assert_cmpstr (description, ==, "Rename “Teo Varga” to “Teodor Varga”");

  /* Only the name changed, wherever it is shown. */
  after = summarize (f->doc, f->ex);
  {
    g_autoptr(GString) expected = g_string_new (before);

    g_assert_cmpuint (g_string_replace (expected, "Teo Varga (", "Teodor Varga (", 0), ==, 1);
    g_assert_cmpuint (g_string_replace (expected, "by Teo Varga", "by Teodor Varga", 0), ==, 1);
    g_assert_cmpuint (g_string_replace (expected, "actors Teo Varga", "actors Teodor Varga", 0), ==, 1);
    g_assert_cmpuint (g_string_replace (expected, "relation Teo Varga", "relation Teodor Varga", 0), ==, 1);
    g_assert_cmpstr (after, ==, expected->str);
  }
}

static void
test_merge_and_unmerge (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SwCorrection) merge = sw_correction_new_merge_actors (f->doc, f->ex, 0, 1);
  g_autoptr(SwCorrection) unmerge = NULL;
  g_autofree char *original = summarize (f->doc, f->ex);
  g_autofree char *speakers = NULL;
  g_autofree char *restored = NULL;
  int brandt, varga, council;
  SwActor *a;
  SwRelation *r;
  SwQuote *q;

  apply_ok (merge, f->doc, f->ex);

  g_assert_cmpuint (f->ex->actors->len, ==, 4);
  brandt = actor_named (f->ex, "Ilse Brandt");
  varga = actor_named (f->ex, "Teo Varga");
  council = actor_named (f->ex, "city council");
  g_assert_cmpint (brandt, ==, 0);
  g_assert_cmpint (varga, ==, 1);
  g_assert_cmpint (council, ==, 2);
  g_assert_cmpint (actor_named (f->ex, "Brandt"), ==, -1);

  a = g_ptr_array_index (f->ex->actors, brandt);
  g_assert_cmpuint (a->mentions->len, ==, 4);
  /* "Mayor" and "mayor" are one role. */
  g_assert_cmpuint (a->roles->len, ==, 1);

  /* Both of the absorbed actor's quotations, with the addressee kept. */
  q = g_ptr_array_index (f->ex->quotes, quote_saying (f->doc, f->ex, "We will not"));
  speakers = names_of (f->ex, q->speakers);
  g_assert_cmpstr (speakers, ==, "Ilse Brandt");
  g_assert_cmpint (q->addressee, ==, council);
  q = g_ptr_array_index (f->ex->quotes, quote_saying (f->doc, f->ex, "the contractor"));
  g_assert_cmpint (g_array_index (q->speakers, int, 0), ==, brandt);

  /* "Ilse Brandt said about Brandt" was about herself: gone. The others
   * point at the renumbered actors. */
  g_assert_cmpuint (f->ex->relations->len, ==, 2);
  r = g_ptr_array_index (f->ex->relations, 0);
  g_assert_cmpint (r->source, ==, brandt);
  g_assert_cmpint (r->target, ==, council);
  g_assert_cmpint (r->kind, ==, SW_RELATION_TOLD);
  r = g_ptr_array_index (f->ex->relations, 1);
  g_assert_cmpint (r->source, ==, varga);
  g_assert_cmpint (r->target, ==, brandt);

  /* Splitting again gives each quotation back its own speaker. */
  unmerge = sw_correction_new_unmerge (merge);
  apply_ok (unmerge, f->doc, f->ex);
  g_assert_cmpuint (f->ex->actors->len, ==, 5);
  q = g_ptr_array_index (f->ex->quotes, quote_saying (f->doc, f->ex, "We will not"));
  g_assert_cmpint (g_array_index (q->speakers, int, 0), ==, actor_named (f->ex, "Brandt"));
  q = g_ptr_array_index (f->ex->quotes, quote_saying (f->doc, f->ex, "the contractor"));
  g_assert_cmpint (g_array_index (q->speakers, int, 0), ==, actor_named (f->ex, "Brandt"));
  q = g_ptr_array_index (f->ex->quotes, quote_saying (f->doc, f->ex, "the Kelby"));
  g_assert_cmpint (g_array_index (q->speakers, int, 0), ==, actor_named (f->ex, "Ilse Brandt"));
  a = g_ptr_array_index (f->ex->actors, actor_named (f->ex, "Brandt"));
  g_assert_cmpuint (a->mentions->len, ==, 2);
  a = g_ptr_array_index (f->ex->actors, actor_named (f->ex, "Ilse Brandt"));
  g_assert_cmpuint (a->mentions->len, ==, 2);

  /* The told relation follows its quotation to the split-off actor. */
  restored = summarize (f->doc, f->ex);
  g_assert_nonnull (strstr (restored, "relation Brandt told city council weight 1: q[We will not wait another winter,]"));
  g_assert_nonnull (strstr (restored, "relation Teo Varga spoke_with Ilse Brandt"));
  g_assert_cmpstr (original, !=, restored);
}

static void
test_delete_quote (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SwCorrection) winter = sw_correction_new_delete_quote (f->doc, f->ex, 1);
  g_autoptr(SwCorrection) bridge = sw_correction_new_delete_quote (f->doc, f->ex, 0);
  g_autofree char *after = NULL;
  SwEvent *e;

  apply_ok (winter, f->doc, f->ex);
  g_assert_cmpuint (f->ex->quotes->len, ==, 3);
  g_assert_cmpint (quote_saying (f->doc, f->ex, "We will not"), ==, -1);
  /* Both relations whose only evidence it was went with it. */
  g_assert_cmpuint (f->ex->relations->len, ==, 1);

  apply_ok (bridge, f->doc, f->ex);
  g_assert_cmpuint (f->ex->quotes->len, ==, 2);
  e = g_ptr_array_index (f->ex->events, 0);
  g_assert_cmpint (e->quote, ==, SW_NO_INDEX);

  after = summarize (f->doc, f->ex);
  g_assert_nonnull (strstr (after, "quote indirect by Teo Varga cue said to -: the budget was not ready\n"
                                   "quote indirect by Brandt cue said to -: the contractor, Norrland Works, had signed\n"));

  /* Deleting what is no longer there fails and changes nothing. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *before = summarize (f->doc, f->ex);
    g_autofree char *again = NULL;

    g_assert_false (sw_correction_apply (winter, f->doc, f->ex, &error));
    g_assert_error (error, SW_CORRECTION_ERROR, SW_CORRECTION_ERROR_NOT_FOUND);
    again = summarize (f->doc, f->ex);
    g_assert_cmpstr (before, ==, again);
  }
}

static void
test_delete_event_renumbers (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SwCorrection) c = sw_correction_new_delete_event (f->doc, f->ex, 1);
  g_autoptr(SwCorrection) meeting = NULL;
  SwRelation *r;

  apply_ok (c, f->doc, f->ex);
  g_assert_cmpuint (f->ex->events->len, ==, 2);
  g_assert_cmpint (event_labelled (f->ex, "Bridge reopens"), ==, -1);
  /* The relation's evidence was event 2; it is event 1 now. */
  r = g_ptr_array_index (f->ex->relations, 1);
  g_assert_cmpuint (r->events->len, ==, 1);
  g_assert_cmpint (g_array_index (r->events, int, 0), ==, event_labelled (f->ex, "Varga met Brandt"));

  meeting = sw_correction_new_delete_event (f->doc, f->ex, event_labelled (f->ex, "Varga met Brandt"));
  apply_ok (meeting, f->doc, f->ex);
  g_assert_cmpuint (f->ex->relations->len, ==, 2);
  for (guint i = 0; i < f->ex->relations->len; i++)
    g_assert_cmpint (((SwRelation *)g_ptr_array_index (f->ex->relations, i))->kind, !=, SW_RELATION_SPOKE_WITH);
}

/* Two events come from the same sentence: the label tells them apart. */
static void
test_event_date_and_label (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SwCorrection) date = sw_correction_new_event_date (f->doc, f->ex, 1, "2025-06-02", NULL,
                                                               SW_GRANULARITY_DAY, TRUE);
  g_autoptr(SwCorrection) label = sw_correction_new_event_label (f->doc, f->ex, 1, "Kelby bridge reopens");
  SwEvent *e0, *e1;

  apply_ok (date, f->doc, f->ex);
  apply_ok (label, f->doc, f->ex);

  e0 = g_ptr_array_index (f->ex->events, 0);
  e1 = g_ptr_array_index (f->ex->events, 1);
  g_assert_cmpstr (e0->label, ==, "Brandt says the bridge will reopen");
  g_assert_cmpstr (e0->date_from, ==, "2025-03-17");
  g_assert_cmpint (e0->timex, ==, 0);
  g_assert_cmpstr (e1->label, ==, "Kelby bridge reopens");
  g_assert_cmpstr (e1->date_from, ==, "2025-06-02");
  g_assert_cmpstr (e1->date_to, ==, "2025-06-02");
  g_assert_cmpint (e1->granularity, ==, SW_GRANULARITY_DAY);
  g_assert_true (e1->approx);
  g_assert_cmpint (e1->timex, ==, SW_NO_INDEX);
}

static void
test_add_quote (Fixture       *f,
                gconstpointer  data)
{
  SwSpan headline = span_nth (fixture_text, "Bridge to reopen in May", 0);
  SwSpan winter = span_nth (fixture_text, "We will not wait another winter", 0);
  g_autoptr(SwCorrection) by_new = sw_correction_new_add_quote (f->doc, f->ex, headline.start, headline.end,
                                                                SW_NO_INDEX, "Kelby Herald", SW_QUOTE_INDIRECT);
  g_autoptr(SwCorrection) by_old = sw_correction_new_add_quote (f->doc, f->ex, winter.start, winter.end,
                                                                0, NULL, SW_QUOTE_DIRECT);
  g_autofree char *after = NULL;
  SwQuote *q;
  SwEvent *e;

  apply_ok (by_new, f->doc, f->ex);
  g_assert_cmpuint (f->ex->quotes->len, ==, 5);
  g_assert_cmpint (actor_named (f->ex, "Kelby Herald"), ==, 5);
  /* In text order: first. Everything that pointed at quotations still
   * points at the same ones. */
  q = g_ptr_array_index (f->ex->quotes, 0);
  g_assert_cmpuint (q->content.start, ==, headline.start);
  g_assert_cmpint (g_array_index (q->speakers, int, 0), ==, 5);
  e = g_ptr_array_index (f->ex->events, 0);
  g_assert_cmpint (e->quote, ==, quote_saying (f->doc, f->ex, "the Kelby bridge"));

  /* Over an existing quotation: that one gets the speaker, no duplicate. */
  apply_ok (by_old, f->doc, f->ex);
  g_assert_cmpuint (f->ex->quotes->len, ==, 5);
  q = g_ptr_array_index (f->ex->quotes, quote_saying (f->doc, f->ex, "We will not"));
  g_assert_cmpuint (q->content.end, ==, winter.end);
  g_assert_cmpuint (q->speakers->len, ==, 1);
  g_assert_cmpint (g_array_index (q->speakers, int, 0), ==, 0);

  after = summarize (f->doc, f->ex);
  /* The graph edge it was evidence for now starts at the new speaker. */
  g_assert_nonnull (strstr (after, "relation Ilse Brandt told city council weight 1: q[We will not wait another winter]"));
  g_assert_null (strstr (after, "relation Brandt told"));
}

static void
test_set_dct_reextracts (void)
{
  g_autoptr(SwDocument) doc = fixture_document (fixture_text);
  g_autoptr(SwDocument) fresh_doc = fixture_document (fixture_text);
  g_autoptr(SwExtraction) ex = sw_extract (doc, NULL);
  g_autoptr(SwExtraction) fresh = NULL;
  g_autoptr(SwCorrection) c = sw_correction_new_set_dct ("2025-03-19");
  g_autofree char *got = NULL;
  g_autofree char *want = NULL;
  gboolean monday = FALSE;

  apply_ok (c, doc, ex);
  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2025-03-19");
  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_OPTION);

  /* The same as extracting with that date as the user's option. */
  sw_document_set_dct (fresh_doc, "2025-03-19", SW_DCT_SOURCE_OPTION);
  fresh = sw_extract (fresh_doc, NULL);
  got = contract_line (doc, ex);
  want = contract_line (fresh_doc, fresh);
  g_assert_cmpstr (got, ==, want);

  /* "said on Monday", in a story of Wednesday 19 March, is the 17th. */
  for (guint i = 0; i < ex->timexes->len; i++)
    {
      SwTimex *t = g_ptr_array_index (ex->timexes, i);

      if (strncmp (fixture_text + t->span.start, "Monday", 6) == 0)
        {
          g_assert_cmpstr (t->value, ==, "2025-03-17");
          monday = TRUE;
        }
    }
  g_assert_true (monday);
}

static GPtrArray *
all_corrections (SwDocument   *doc,
                 SwExtraction *ex)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  SwSpan headline = span_nth (fixture_text, "Bridge to reopen in May", 0);
  SwSpan brandts[] = { span_nth (fixture_text, "Brandt", 1) };

  g_ptr_array_add (list, sw_correction_new_set_dct ("2025-03-19"));
  g_ptr_array_add (list, sw_correction_new_event_date (doc, ex, 1, "2025-05-12", "2025-05-16",
                                                       SW_GRANULARITY_DAY, FALSE));
  g_ptr_array_add (list, sw_correction_new_event_label (doc, ex, 2, "Varga and Brandt meet"));
  g_ptr_array_add (list, sw_correction_new_rename_actor (doc, ex, 2, "Teodor Varga"));
  g_ptr_array_add (list, sw_correction_new_merge_actors (doc, ex, 0, 1));
  g_ptr_array_add (list, sw_correction_new_split_actor (doc, ex, 1, brandts, 1, "Someone Else", SW_ACTOR_OTHER));
  g_ptr_array_add (list, sw_correction_new_delete_quote (doc, ex, 2));
  g_ptr_array_add (list, sw_correction_new_delete_event (doc, ex, 0));
  g_ptr_array_add (list, sw_correction_new_add_quote (doc, ex, headline.start, headline.end,
                                                      SW_NO_INDEX, "Kelby \"Herald\"\n", SW_QUOTE_MIXED));

  return list;
}

static void
test_json_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) list = all_corrections (f->doc, f->ex);

  g_assert_cmpuint (list->len, ==, SW_CORRECTION_ADD_QUOTE + 1);

  for (guint i = 0; i < list->len; i++)
    {
      SwCorrection *c = g_ptr_array_index (list, i);
      g_autofree char *json = sw_correction_to_string (c);
      g_autoptr(GError) error = NULL;
      g_autoptr(SwCorrection) back = sw_correction_new_from_string (json, &error);
      g_autofree char *again = NULL;
      g_autofree char *d1 = NULL;
      g_autofree char *d2 = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (back);
      g_assert_cmpint (sw_correction_get_kind (back), ==, sw_correction_get_kind (c));
      again = sw_correction_to_string (back);
      g_assert_cmpstr (json, ==, again);
      d1 = sw_correction_dup_description (c);
      d2 = sw_correction_dup_description (back);
      g_assert_cmpstr (d1, ==, d2);
      g_assert_nonnull (strstr (json, sw_correction_kind_to_string (sw_correction_get_kind (c))));
    }
}

static void
test_json_refused (void)
{
  static const char *const bad[] = {
    "",
    "not json",
    "[]",
    "{}",
    "{\"kind\":\"paint-it-red\"}",
    "{\"kind\":\"rename-actor\",\"actor\":{\"name\":\"A\"}}",
    "{\"kind\":\"rename-actor\",\"actor\":{\"name\":\"A\"},\"name\":\"\"}",
    "{\"kind\":\"delete-quote\",\"target\":{\"byte_start\":-4,\"byte_end\":3,\"text\":\"abc\"}}",
    "{\"kind\":\"delete-quote\",\"target\":{\"byte_start\":9,\"byte_end\":3,\"text\":\"abc\"}}",
    "{\"kind\":\"delete-quote\",\"target\":{\"byte_start\":0,\"byte_end\":3,\"text\":\"\"}}",
    "{\"kind\":\"delete-event\",\"target\":{\"byte_start\":0,\"byte_end\":3}}",
    "{\"kind\":\"event-date\",\"target\":{\"byte_start\":0,\"byte_end\":3,\"text\":\"abc\"},\"granularity\":\"fortnight\"}",
    "{\"kind\":\"split-actor\",\"actor\":{\"name\":\"A\"},\"name\":\"B\",\"mentions\":[]}",
    "{\"kind\":\"merge-actors\",\"actor\":{\"name\":\"A\"},\"other\":{\"name\":\"B\"},\"mentions\":[{\"span\":7}]}",
    "{\"kind\":\"add-quote\",\"target\":{\"byte_start\":0,\"byte_end\":3,\"text\":\"abc\"},\"actor\":{\"name\":\"A\"},\"quote_kind\":\"sung\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SwCorrection) c = sw_correction_new_from_string (bad[i], &error);

      g_test_message ("%s", bad[i]);
      g_assert_null (c);
      g_assert_error (error, SW_CORRECTION_ERROR, SW_CORRECTION_ERROR_INVALID);
    }
}

/* Applies @list, made over the fixture, to a re-extraction of @text and
 * compares with applying it to the fixture itself. */
static void
assert_replays_over (GPtrArray  *list,
                     const char *text)
{
  g_autoptr(SwDocument) doc = fixture_document (fixture_text);
  g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);
  g_autoptr(SwDocument) doc2 = fixture_document (text);
  g_autoptr(SwExtraction) ex2 = fixture_extraction (text);
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  /* Through JSON, as a project keeps them. */
  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *json = sw_correction_to_string (g_ptr_array_index (list, i));
      g_autoptr(GError) error = NULL;

      g_ptr_array_add (stored, sw_correction_new_from_string (json, &error));
      g_assert_no_error (error);
    }

  g_assert_cmpuint (sw_corrections_apply (list, doc, ex, dropped), ==, list->len);
  g_assert_cmpuint (dropped->len, ==, 0);
  g_assert_cmpuint (sw_corrections_apply (stored, doc2, ex2, dropped), ==, list->len);
  g_assert_cmpuint (dropped->len, ==, 0);

  want = summarize (doc, ex);
  got = summarize (doc2, ex2);
  g_assert_cmpstr (got, ==, want);
}

/* The corrections of one session, made one after the other on the
 * extraction as the user saw it each time. */
static GPtrArray *
session_corrections (void)
{
  g_autoptr(SwDocument) doc = fixture_document (fixture_text);
  g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  SwSpan headline = span_nth (fixture_text, "Bridge to reopen in May", 0);
  SwCorrection *c;

#define DO(expr) c = (expr); apply_ok (c, doc, ex); g_ptr_array_add (list, c)
  DO (sw_correction_new_rename_actor (doc, ex, 2, "Teodor Varga"));
  DO (sw_correction_new_merge_actors (doc, ex, 0, 1));
  DO (sw_correction_new_delete_quote (doc, ex, quote_saying (doc, ex, "the budget")));
  DO (sw_correction_new_event_date (doc, ex, 1, "2025-05-12", NULL, SW_GRANULARITY_DAY, FALSE));
  DO (sw_correction_new_event_label (doc, ex, 2, "Varga and Brandt meet"));
  DO (sw_correction_new_add_quote (doc, ex, headline.start, headline.end, SW_NO_INDEX,
                                   "Kelby Herald", SW_QUOTE_INDIRECT));
  DO (sw_correction_new_delete_event (doc, ex, 0));
#undef DO

  return list;
}

static void
test_survive_line_inserted (void)
{
  g_autoptr(GPtrArray) list = session_corrections ();
  g_autofree char *shifted = g_strconcat ("Updated at 18:40 with the council’s vote; Brandt said more.\n",
                                          fixture_text, NULL);

  assert_replays_over (list, shifted);
}

static void
test_survive_text_changed_in_between (void)
{
  g_autoptr(GPtrArray) list = session_corrections ();
  g_autoptr(GString) text = g_string_new (fixture_text);
  const char *cut = strstr (text->str, "Council member");

  /* A paragraph added in the middle, above some items and below others. */
  g_string_insert (text, cut - text->str, "Residents said the detour added twenty minutes.\n");
  assert_replays_over (list, text->str);
}

/* A newer extractor: an extra actor first (every index moves), another
 * name for Teo Varga and one quotation it no longer finds. */
static void
test_newer_extractor (void)
{
  g_autoptr(GPtrArray) list = session_corrections ();
  g_autoptr(SwDocument) doc = fixture_document (fixture_text);
  g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *after = NULL;
  SwActor *kelby = sw_actor_new ("Kelby", SW_ACTOR_PLACE);
  SwActor *varga;
  int budget;

  add_mention (kelby, fixture_text, "Kelby", 0);
  g_ptr_array_insert (ex->actors, 0, kelby);
  for (guint i = 0; i < ex->quotes->len; i++)
    {
      SwQuote *q = g_ptr_array_index (ex->quotes, i);

      for (guint k = 0; k < q->speakers->len; k++)
        g_array_index (q->speakers, int, k)++;
      if (q->addressee >= 0)
        q->addressee++;
    }
  for (guint i = 0; i < ex->events->len; i++)
    {
      SwEvent *e = g_ptr_array_index (ex->events, i);

      for (guint k = 0; k < e->actors->len; k++)
        g_array_index (e->actors, int, k)++;
    }
  for (guint i = 0; i < ex->relations->len; i++)
    {
      SwRelation *r = g_ptr_array_index (ex->relations, i);

      r->source++;
      r->target++;
    }
  varga = g_ptr_array_index (ex->actors, 3);
  g_free (varga->name);
  varga->name = g_strdup ("T. Varga");
  budget = quote_saying (doc, ex, "the budget");
  g_ptr_array_remove_index (ex->quotes, budget);
  g_ptr_array_remove_index (ex->quotes, budget);
  g_assert_cmpint (quote_saying (doc, ex, "the contractor"), ==, -1);

  g_assert_cmpuint (sw_corrections_apply (list, doc, ex, dropped), ==, list->len - 1);
  g_assert_cmpuint (dropped->len, ==, 1);
  g_assert_cmpint (sw_correction_get_kind (g_ptr_array_index (dropped, 0)), ==, SW_CORRECTION_DELETE_QUOTE);

  after = summarize (doc, ex);
  /* Found by its mention although its name changed. */
  g_assert_nonnull (strstr (after, "actor Teodor Varga (person): role=Council member [Teo Varga] [Varga]\n"));
  g_assert_nonnull (strstr (after, "quote direct by Ilse Brandt cue told to city council"));
  g_assert_nonnull (strstr (after, "event Varga and Brandt meet 2025-03-18..2025-03-18 day approx=0 actors Teodor Varga+Ilse Brandt"));
  g_assert_nonnull (strstr (after, "event Bridge reopens 2025-05-12..2025-05-12 day"));
  g_assert_null (strstr (after, "Brandt says the bridge will reopen"));
}

/* The same words twice: the surroundings decide which one was meant. */
static void
test_repeated_words (void)
{
  static const char text[] =
    "“No comment,” Brandt said at noon.\n"
    "“No comment,” Varga said at dusk.\n";
  g_autoptr(SwDocument) doc = fixture_document (text);
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(SwCorrection) c = NULL;
  g_autofree char *json = NULL;
  g_autofree char *shifted = g_strconcat ("“No comment,” Kowal said first.\n", text, NULL);
  g_autoptr(SwDocument) doc2 = fixture_document (shifted);
  g_autoptr(SwExtraction) ex2 = sw_extraction_new ();
  g_autoptr(SwCorrection) back = NULL;

  for (guint i = 0; i < 2; i++)
    {
      SwQuote *q = sw_quote_new (SW_QUOTE_DIRECT);

      q->content = span_nth (text, "No comment,", i);
      g_ptr_array_add (ex->quotes, q);
    }
  for (guint i = 0; i < 3; i++)
    {
      SwQuote *q = sw_quote_new (SW_QUOTE_DIRECT);

      q->content = span_nth (shifted, "No comment,", i);
      g_ptr_array_add (ex2->quotes, q);
    }

  c = sw_correction_new_delete_quote (doc, ex, 1);
  json = sw_correction_to_string (c);
  back = sw_correction_new_from_string (json, NULL);
  apply_ok (back, doc2, ex2);

  g_assert_cmpuint (ex2->quotes->len, ==, 2);
  g_assert_cmpuint (((SwQuote *)g_ptr_array_index (ex2->quotes, 0))->content.start, ==, span_nth (shifted, "No comment,", 0).start);
  g_assert_cmpuint (((SwQuote *)g_ptr_array_index (ex2->quotes, 1))->content.start, ==, span_nth (shifted, "No comment,", 1).start);
}

/* On the real extractors' output for the shared sample article: fixes made
 * to it land on the same items after a line is inserted above. */
static void
test_real_article (void)
{
  const char *shared = g_getenv ("SAYWHEN_SHARED");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *shifted = NULL;
  g_autoptr(SwDocument) doc = NULL;
  g_autoptr(SwDocument) doc2 = NULL;
  g_autoptr(SwExtraction) ex = NULL;
  g_autoptr(SwExtraction) ex2 = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  SwCorrection *c;

  if (shared != NULL)
    path = g_build_filename (shared, "corpus", "seed", "ceasefire-call.txt", NULL);
  if (path == NULL || !g_file_get_contents (path, &text, NULL, NULL))
    {
      g_test_skip ("the shared sample article is not available (SAYWHEN_SHARED)");
      return;
    }

  doc = sw_document_new_from_text (NULL, text, -1);
  ex = sw_extract (doc, NULL);
  if (ex->actors->len < 3 || ex->quotes->len < 3)
    {
      g_test_skip ("the extractors find too little in the sample article yet");
      return;
    }

#define DO(expr) c = (expr); apply_ok (c, doc, ex); g_ptr_array_add (list, c)
  DO (sw_correction_new_rename_actor (doc, ex, 0, "Renamed By The Analyst"));
  DO (sw_correction_new_merge_actors (doc, ex, 1, 2));
  DO (sw_correction_new_delete_quote (doc, ex, ex->quotes->len - 1));
  DO (sw_correction_new_delete_quote (doc, ex, 1));
  if (ex->events->len > 0)
    {
      DO (sw_correction_new_event_date (doc, ex, 0, "2024-12", NULL, SW_GRANULARITY_MONTH, TRUE));
    }
#undef DO

  shifted = g_strconcat ("Updated with more detail.\n\n", text, NULL);
  doc2 = sw_document_new_from_text (NULL, shifted, -1);
  /* The inserted line must not change what the dates resolve against. */
  sw_document_set_dct (doc2, sw_document_get_dct (doc), sw_document_get_dct_source (doc));
  ex2 = sw_extract (doc2, NULL);

  g_assert_cmpuint (sw_corrections_apply (list, doc2, ex2, dropped), ==, list->len);
  g_assert_cmpuint (dropped->len, ==, 0);
  want = summarize (doc, ex);
  got = summarize (doc2, ex2);
  g_assert_cmpstr (got, ==, want);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  FIXTURE_TEST ("/corrections/rename", test_rename);
  FIXTURE_TEST ("/corrections/merge-and-unmerge", test_merge_and_unmerge);
  FIXTURE_TEST ("/corrections/delete-quote", test_delete_quote);
  FIXTURE_TEST ("/corrections/delete-event-renumbers", test_delete_event_renumbers);
  FIXTURE_TEST ("/corrections/event-date-and-label", test_event_date_and_label);
  FIXTURE_TEST ("/corrections/add-quote", test_add_quote);
  FIXTURE_TEST ("/corrections/json-round-trip", test_json_round_trip);
  g_test_add_func ("/corrections/json-refused", test_json_refused);
  g_test_add_func ("/corrections/set-dct-reextracts", test_set_dct_reextracts);
  g_test_add_func ("/corrections/survive-line-inserted", test_survive_line_inserted);
  g_test_add_func ("/corrections/survive-text-changed-in-between", test_survive_text_changed_in_between);
  g_test_add_func ("/corrections/newer-extractor", test_newer_extractor);
  g_test_add_func ("/corrections/repeated-words", test_repeated_words);
  g_test_add_func ("/corrections/real-article", test_real_article);

  return g_test_run ();
}
