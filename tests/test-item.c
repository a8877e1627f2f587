/* test-item.c: extracted things as list items, as the views list them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "sw-item.h"

static SwArticle *
article_with_events (void)
{
  const char *text = "Ana Ruiz met the union on 18 March 2025. Talks went on in April 2025.";
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, text, -1);
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  SwEvent *day = sw_event_new ("Ana Ruiz met the union", 0, 40);
  SwEvent *month = sw_event_new ("Talks went on", 41, 69);
  int ana = 0;

  g_ptr_array_add (ex->actors, sw_actor_new ("Ana Ruiz", SW_ACTOR_PERSON));
  day->date_from = g_strdup ("2025-03-18");
  month->date_from = g_strdup ("2025-04");
  month->granularity = SW_GRANULARITY_MONTH;
  month->approx = TRUE;
  g_array_append_val (day->actors, ana);
  g_ptr_array_add (ex->events, day);
  g_ptr_array_add (ex->events, month);

  return sw_article_new (doc, ex);
}

/* Dates show as the locale writes them and sort by their ISO value. */
static void
test_event_dates (void)
{
  g_autoptr(GListStore) articles = g_list_store_new (SW_TYPE_ARTICLE);
  g_autoptr(GListStore) items = g_list_store_new (SW_TYPE_ITEM);
  g_autoptr(SwArticle) article = article_with_events ();
  g_autoptr(SwItem) day = NULL;
  g_autoptr(SwItem) month = NULL;
  g_autofree char *day_shown = NULL;
  g_autofree char *month_shown = NULL;

  g_list_store_append (articles, article);
  sw_items_collect (G_LIST_MODEL (articles), SW_ITEM_EVENT, items);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 2);

  day = g_list_model_get_item (G_LIST_MODEL (items), 0);
  month = g_list_model_get_item (G_LIST_MODEL (items), 1);
  g_object_get (day, "date-display", &day_shown, NULL);
  g_object_get (month, "date-display", &month_shown, NULL);

  /* The C locale's %x is month/day/two-digit year */
  g_assert_cmpstr (day_shown, ==, "03/18/25");
  g_assert_cmpstr (month_shown, ==, "April 2025 ≈");
  g_assert_cmpstr (sw_item_get_date (day), ==, "2025-03-18");

  /* Code points, not bytes */
  g_assert_cmpuint (sw_item_get_start (month), ==, 41);
  g_assert_true (sw_item_involves (day, "Ana Ruiz"));
  g_assert_false (sw_item_involves (month, "Ana Ruiz"));
}

/* The list item of the one quotation @q (taken) in @text. */
static SwItem *
quote_item (const char *text,
            SwQuote    *q)
{
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, text, -1);
  g_autoptr(SwExtraction) ex = sw_extraction_new ();
  g_autoptr(GListStore) articles = g_list_store_new (SW_TYPE_ARTICLE);
  g_autoptr(GListStore) items = g_list_store_new (SW_TYPE_ITEM);
  g_autoptr(SwArticle) article = NULL;

  g_ptr_array_add (ex->quotes, q);
  article = sw_article_new (doc, ex);
  g_list_store_append (articles, article);
  sw_items_collect (G_LIST_MODEL (articles), SW_ITEM_QUOTE, items);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 1);

  return g_list_model_get_item (G_LIST_MODEL (items), 0);
}

/* A quotation the attribution breaks into lists its words in one line,
 * the pieces joined, without the attribution. */
static void
test_quote_pieces (void)
{
  const char *text = "“We will not pay,” Tom Berg said, “and we\nwill not move.”";
  g_autoptr(SwItem) item = NULL;
  SwQuote *q = sw_quote_new (SW_QUOTE_DIRECT);
  const char *second = strstr (text, "and we");
  SwSpan first = { 3, strstr (text, "”") - text };
  SwSpan rest = { second - text, strstr (second, "”") - text };

  q->content = first;
  sw_quote_add_part (q, rest);
  item = quote_item (text, q);
  g_assert_cmpstr (sw_item_get_label (item), ==, "We will not pay, … and we will not move.");
  g_assert_cmpstr (sw_item_get_who (item), ==, "");
}

/* A quotation whose speaker is no actor ("Experts on shipping said")
 * names its speaker in the words of the text. */
static void
test_quote_speaker_words (void)
{
  const char *text = "Experts on shipping said the backlog could take a month.";
  g_autoptr(SwItem) item = NULL;
  SwQuote *q = sw_quote_new (SW_QUOTE_INDIRECT);
  SwSpan content = { strstr (text, "the backlog") - text, strlen (text) - 1 };
  SwSpan who = { 0, strlen ("Experts on shipping") };

  q->content = content;
  q->speaker_mention = who;
  q->has_speaker_mention = TRUE;
  item = quote_item (text, q);
  g_assert_cmpstr (sw_item_get_who (item), ==, "Experts on shipping");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/item/event-dates", test_event_dates);
  g_test_add_func ("/item/quote-pieces", test_quote_pieces);
  g_test_add_func ("/item/quote-speaker-words", test_quote_speaker_words);

  return g_test_run ();
}
