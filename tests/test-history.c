/* test-history.c: undo and redo of corrections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sw-extract.h"
#include "sw-history.h"

#include "correction-fixture.h"

typedef struct
{
  SwHistory *history;
  SwArticle *article;
  guint      can_undo_notifies;
  guint      changed;
} Fixture;

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  ((Fixture *)user_data)->can_undo_notifies++;
}

static void
count_changed (SwHistory *history,
               SwArticle *article,
               gpointer   user_data)
{
  ((Fixture *)user_data)->changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SwDocument) doc = fixture_document (fixture_text);
  g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);

  f->article = sw_article_new (doc, ex);
  f->history = sw_history_new ();
  sw_history_track (f->history, f->article, NULL, NULL, NULL);
  g_signal_connect (f->history, "notify::can-undo", G_CALLBACK (count_notify), f);
  g_signal_connect (f->history, "changed", G_CALLBACK (count_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->history);
  g_assert_finalize_object (f->article);
}

static char *
state (SwArticle *article)
{
  return contract_line (sw_article_get_document (article), sw_article_get_extraction (article));
}

static void
apply (Fixture      *f,
       SwCorrection *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwCorrection) owned = c;

  g_assert_true (sw_history_apply (f->history, f->article, owned, &error));
  g_assert_no_error (error);
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  SwExtraction *base = sw_article_get_extraction (f->article);
  g_autofree char *s0 = state (f->article);
  g_autofree char *s1 = NULL;
  g_autofree char *s2 = NULL;
  g_autofree char *s3 = NULL;
  g_autofree char *now = NULL;
  g_autofree char *label = NULL;
  gboolean can_undo;

  g_assert_false (sw_history_get_can_undo (f->history));
  g_assert_false (sw_history_get_can_redo (f->history));

  apply (f, sw_correction_new_rename_actor (sw_article_get_document (f->article),
                                            sw_article_get_extraction (f->article), 2, "Teodor Varga"));
  s1 = state (f->article);
  apply (f, sw_correction_new_merge_actors (sw_article_get_document (f->article),
                                            sw_article_get_extraction (f->article), 0, 1));
  s2 = state (f->article);
  apply (f, sw_correction_new_delete_quote (sw_article_get_document (f->article),
                                            sw_article_get_extraction (f->article), 0));
  s3 = state (f->article);

  g_assert_cmpstr (s0, !=, s1);
  g_assert_cmpstr (s1, !=, s2);
  g_assert_cmpstr (s2, !=, s3);
  /* The base is never touched: the article got new extractions. */
  g_assert_true (sw_history_get_base_extraction (f->history, f->article) == base);
  g_assert_true (sw_article_get_extraction (f->article) != base);
  now = contract_line (sw_article_get_document (f->article), base);
  g_assert_cmpstr (now, ==, s0);
  g_clear_pointer (&now, g_free);

  g_assert_true (sw_history_get_can_undo (f->history));
  g_assert_cmpuint (f->can_undo_notifies, ==, 1);
  g_assert_cmpuint (f->changed, ==, 3);
  g_assert_cmpuint (sw_history_get_corrections (f->history, f->article)->len, ==, 3);
  label = sw_history_dup_undo_description (f->history);
  g_assert_cmpstr (label, ==, "Delete Quotation “the Kelby bridge would reopen in May”");
  g_clear_pointer (&label, g_free);

  g_assert_true (sw_history_undo (f->history));
  now = state (f->article);
  g_assert_cmpstr (now, ==, s2);
  g_clear_pointer (&now, g_free);
  g_assert_true (sw_history_get_can_redo (f->history));
  label = sw_history_dup_redo_description (f->history);
  g_assert_cmpstr (label, ==, "Delete Quotation “the Kelby bridge would reopen in May”");
  g_clear_pointer (&label, g_free);

  g_assert_true (sw_history_undo (f->history));
  g_assert_true (sw_history_undo (f->history));
  now = state (f->article);
  g_assert_cmpstr (now, ==, s0);
  g_clear_pointer (&now, g_free);
  g_assert_false (sw_history_undo (f->history));
  g_object_get (f->history, "can-undo", &can_undo, NULL);
  g_assert_false (can_undo);
  g_assert_cmpuint (sw_history_get_corrections (f->history, f->article)->len, ==, 0);

  g_assert_true (sw_history_redo (f->history));
  now = state (f->article);
  g_assert_cmpstr (now, ==, s1);
  g_clear_pointer (&now, g_free);
  g_assert_true (sw_history_redo (f->history));
  g_assert_true (sw_history_redo (f->history));
  now = state (f->article);
  g_assert_cmpstr (now, ==, s3);
  g_clear_pointer (&now, g_free);
  g_assert_false (sw_history_redo (f->history));
  g_assert_false (sw_history_get_can_redo (f->history));
  g_assert_cmpuint (f->changed, ==, 9);
}

static void
test_new_edit_clears_redo (Fixture       *f,
                           gconstpointer  data)
{
  apply (f, sw_correction_new_rename_actor (sw_article_get_document (f->article),
                                            sw_article_get_extraction (f->article), 2, "Teodor Varga"));
  g_assert_true (sw_history_undo (f->history));
  g_assert_true (sw_history_get_can_redo (f->history));

  apply (f, sw_correction_new_event_label (sw_article_get_document (f->article),
                                           sw_article_get_extraction (f->article), 0, "Mayor speaks"));
  g_assert_false (sw_history_get_can_redo (f->history));
  g_assert_true (sw_history_get_can_undo (f->history));
  g_assert_cmpint (actor_named (sw_article_get_extraction (f->article), "Teo Varga"), ==, 2);
}

static void
test_failed_apply_changes_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(SwDocument) other_doc = fixture_document ("An unrelated note that Pia Holm wrote.\n");
  g_autoptr(SwExtraction) other = sw_extraction_new ();
  g_autoptr(SwCorrection) c = NULL;
  g_autoptr(GError) error = NULL;
  SwExtraction *before = sw_article_get_extraction (f->article);
  SwActor *a = sw_actor_new ("Pia Holm", SW_ACTOR_PERSON);

  add_mention (a, sw_document_get_text (other_doc), "Pia Holm", 0);
  g_ptr_array_add (other->actors, a);
  c = sw_correction_new_rename_actor (other_doc, other, 0, "P. Holm");

  g_assert_false (sw_history_apply (f->history, f->article, c, &error));
  g_assert_error (error, SW_CORRECTION_ERROR, SW_CORRECTION_ERROR_NOT_FOUND);
  g_assert_true (sw_article_get_extraction (f->article) == before);
  g_assert_false (sw_history_get_can_undo (f->history));
  g_assert_cmpuint (f->changed, ==, 0);
  g_assert_cmpuint (sw_history_get_corrections (f->history, f->article)->len, ==, 0);
}

/* A date change runs the extractors again; undoing it restores the date
 * and where it came from, without running them again. */
static void
test_set_dct_undo (void)
{
  g_autoptr(SwDocument) doc = fixture_document (fixture_text);
  g_autoptr(SwExtraction) ex = NULL;
  g_autoptr(SwArticle) article = NULL;
  g_autoptr(SwHistory) history = sw_history_new ();
  g_autoptr(SwCorrection) c = sw_correction_new_set_dct ("2025-03-19");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  SwExtraction *corrected;

  sw_document_set_dct (doc, "2024-11-06", SW_DCT_SOURCE_METADATA);
  ex = sw_extract (doc, NULL);
  article = sw_article_new (doc, ex);
  sw_history_track (history, article, NULL, NULL, NULL);
  before = state (article);

  g_assert_true (sw_history_apply (history, article, c, NULL));
  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2025-03-19");
  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_OPTION);
  after = state (article);
  g_assert_nonnull (strstr (after, "\"2025-03-17\""));
  corrected = sw_article_get_extraction (article);

  g_assert_true (sw_history_undo (history));
  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2024-11-06");
  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_METADATA);
  undone = state (article);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (sw_article_get_extraction (article) != corrected);

  g_assert_true (sw_history_redo (history));
  g_clear_pointer (&undone, g_free);
  undone = state (article);
  g_assert_cmpstr (undone, ==, after);
}

/* Corrections read from a project apply, are kept, and are not undoable. */
static void
test_track_with_corrections (void)
{
  g_autoptr(SwDocument) doc = fixture_document (fixture_text);
  g_autoptr(SwExtraction) ex = fixture_extraction (fixture_text);
  g_autoptr(SwArticle) article = sw_article_new (doc, ex);
  g_autoptr(SwHistory) history = sw_history_new ();
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SwDocument) other_doc = fixture_document ("Words that are not in the article at all.\n");
  g_autoptr(SwExtraction) other = sw_extraction_new ();
  SwQuote *q = sw_quote_new (SW_QUOTE_DIRECT);

  q->content = span_nth (sw_document_get_text (other_doc), "not in the article", 0);
  g_ptr_array_add (other->quotes, q);

  g_ptr_array_add (stored, sw_correction_new_rename_actor (doc, ex, 2, "Teodor Varga"));
  g_ptr_array_add (stored, sw_correction_new_delete_quote (other_doc, other, 0));
  g_ptr_array_add (stored, sw_correction_new_event_label (doc, ex, 2, "Meeting"));

  sw_history_track (history, article, NULL, stored, dropped);

  g_assert_cmpuint (dropped->len, ==, 1);
  g_assert_true (g_ptr_array_index (dropped, 0) == g_ptr_array_index (stored, 1));
  g_assert_cmpuint (sw_history_get_corrections (history, article)->len, ==, 2);
  g_assert_cmpint (actor_named (sw_article_get_extraction (article), "Teodor Varga"), ==, 2);
  g_assert_cmpint (event_labelled (sw_article_get_extraction (article), "Meeting"), ==, 2);
  g_assert_true (sw_history_get_base_extraction (history, article) == ex);
  g_assert_false (sw_history_get_can_undo (history));
}

/* One stack for every article: the last thing done anywhere goes first;
 * closing an article takes its steps off the stacks. */
static void
test_several_articles (void)
{
  g_autoptr(SwHistory) history = sw_history_new ();
  g_autoptr(SwDocument) doc_a = fixture_document (fixture_text);
  g_autoptr(SwDocument) doc_b = fixture_document (fixture_text);
  g_autoptr(SwExtraction) ex_a = fixture_extraction (fixture_text);
  g_autoptr(SwExtraction) ex_b = fixture_extraction (fixture_text);
  g_autoptr(SwArticle) a = sw_article_new (doc_a, ex_a);
  g_autoptr(SwArticle) b = sw_article_new (doc_b, ex_b);
  g_autoptr(SwCorrection) ca = sw_correction_new_rename_actor (doc_a, ex_a, 0, "A");
  g_autoptr(SwCorrection) cb = sw_correction_new_rename_actor (doc_b, ex_b, 0, "B");
  g_autoptr(SwCorrection) ca2 = sw_correction_new_rename_actor (doc_a, ex_a, 2, "A2");

  /* Not tracked yet: the first correction starts tracking. */
  g_assert_true (sw_history_apply (history, a, ca, NULL));
  g_assert_true (sw_history_apply (history, b, cb, NULL));
  g_assert_true (sw_history_apply (history, a, ca2, NULL));

  g_assert_true (sw_history_undo (history));
  g_assert_cmpint (actor_named (sw_article_get_extraction (a), "A2"), ==, -1);
  g_assert_true (sw_history_undo (history));
  g_assert_cmpint (actor_named (sw_article_get_extraction (b), "B"), ==, -1);
  g_assert_cmpint (actor_named (sw_article_get_extraction (a), "A"), ==, 0);

  g_assert_true (sw_history_redo (history));
  g_assert_cmpint (actor_named (sw_article_get_extraction (b), "B"), ==, 0);

  sw_history_untrack (history, a);
  g_assert_true (sw_history_get_can_undo (history));
  g_assert_true (sw_history_undo (history));
  g_assert_cmpint (actor_named (sw_article_get_extraction (b), "B"), ==, -1);
  g_assert_false (sw_history_get_can_undo (history));
  g_assert_true (sw_history_get_can_redo (history));

  sw_history_untrack (history, b);
  g_assert_false (sw_history_get_can_redo (history));
  g_assert_null (sw_history_get_corrections (history, b));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/history/undo-redo", Fixture, NULL, fixture_set_up, test_undo_redo, fixture_tear_down);
  g_test_add ("/history/new-edit-clears-redo", Fixture, NULL, fixture_set_up,
              test_new_edit_clears_redo, fixture_tear_down);
  g_test_add ("/history/failed-apply-changes-nothing", Fixture, NULL, fixture_set_up,
              test_failed_apply_changes_nothing, fixture_tear_down);
  g_test_add_func ("/history/set-dct-undo", test_set_dct_undo);
  g_test_add_func ("/history/track-with-corrections", test_track_with_corrections);
  g_test_add_func ("/history/several-articles", test_several_articles);

  return g_test_run ();
}
