/* sw-window-corrections.c: fixing what the extractor got wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every correction goes through the project's history, so it can be
 * undone and redone, survives a re-extraction and is saved with the
 * project. The actions work on what is selected: an actor or a quotation
 * in the Actors view, an event in the Timeline's table, an article in the
 * sidebar, a stretch of text in the Article view.
 */
#define G_LOG_DOMAIN "sw-window-corrections"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sw-correction.h"
#include "sw-item.h"
#include "sw-window-private.h"

typedef void (*AskCallback) (SwWindow   *self,
                             const char *answer,
                             gpointer    data);

typedef struct
{
  SwWindow     *self;
  GtkEditable  *entry;
  GtkDropDown  *choice;
  AskCallback   callback;
  gpointer      data;
  GDestroyNotify destroy;
} Ask;

static void
ask_free (Ask *ask)
{
  if (ask->destroy != NULL)
    ask->destroy (ask->data);
  g_object_unref (ask->self);
  g_free (ask);
}

static void
ask_response (AdwMessageDialog *dialog,
              const char       *response,
              Ask              *ask)
{
  if (g_strcmp0 (response, "apply") == 0)
    {
      if (ask->choice != NULL)
        {
          GtkStringObject *item = gtk_drop_down_get_selected_item (ask->choice);
          ask->callback (ask->self, item ? gtk_string_object_get_string (item) : NULL, ask->data);
        }
      else
        ask->callback (ask->self, gtk_editable_get_text (ask->entry), ask->data);
    }

  ask_free (ask);
}

/* A small question with one answer: typed, or picked from @choices. */
static void
ask (SwWindow       *self,
     const char     *heading,
     const char     *body,
     const char     *initial,
     const char     *apply_label,
     GStrv           choices,
     AskCallback     callback,
     gpointer        data,
     GDestroyNotify  destroy)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  Ask *state = g_new0 (Ask, 1);

  state->self = g_object_ref (self);
  state->callback = callback;
  state->data = data;
  state->destroy = destroy;

  if (choices != NULL)
    {
      state->choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char * const *)choices));
      gtk_drop_down_set_enable_search (state->choice, TRUE);
      adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (state->choice));
    }
  else
    {
      GtkWidget *entry = gtk_entry_new ();

      gtk_editable_set_text (GTK_EDITABLE (entry), initial ? initial : "");
      gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
      state->entry = GTK_EDITABLE (entry);
      adw_message_dialog_set_extra_child (dialog, entry);
    }

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (ask_response), state);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
apply (SwWindow     *self,
       SwArticle    *article,
       SwCorrection *correction)
{
  g_autoptr(GError) error = NULL;

  if (correction == NULL)
    return;

  if (!sw_project_apply (self->project, article, correction, &error))
    _sw_window_show_message (self, error->message);
}

/**
 * sw_window_correct:
 *
 * Applies @correction to @article through the project's history, as the
 * correction actions do once their dialog is answered.
 */
gboolean
sw_window_correct (SwWindow      *self,
                   SwArticle     *article,
                   SwCorrection  *correction,
                   GError       **error)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (SW_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (SW_IS_CORRECTION (correction), FALSE);

  return sw_project_apply (self->project, article, correction, error);
}

typedef SwCorrection *(*ItemCorrection) (SwDocument   *document,
                                         SwExtraction *extraction,
                                         guint         index);
typedef SwCorrection *(*ItemTextCorrection) (SwDocument   *document,
                                             SwExtraction *extraction,
                                             guint         index,
                                             const char   *text);

/* A correction of one listed item that takes the text the user typed;
 * returns the text applied, or %NULL when it was blank. */
static char *
apply_item_text (SwWindow           *self,
                 SwItem             *item,
                 ItemTextCorrection  make,
                 const char         *answer)
{
  SwArticle *article = sw_item_get_article (item);
  g_autofree char *text = g_strstrip (g_strdup (answer));

  if (text[0] == '\0')
    return NULL;

  apply (self, article, make (sw_article_get_document (article), sw_article_get_extraction (article),
                              sw_item_get_index (item), text));
  return g_steal_pointer (&text);
}

/* A correction of the item selected in @view that needs nothing more */
static void
apply_to_selected (SwWindow       *self,
                   GtkColumnView  *view,
                   ItemCorrection  make)
{
  SwItem *item = _sw_window_get_selected (view);
  SwArticle *article;

  if (item == NULL)
    return;

  article = sw_item_get_article (item);
  apply (self, article, make (sw_article_get_document (article), sw_article_get_extraction (article),
                              sw_item_get_index (item)));
}

/* Items from the tables; the graph selects through the shared state, so
 * the selected actor is looked up by name among the actor items. */
static SwItem *
selected_actor_item (SwWindow *self)
{
  const char *name = sw_view_state_get_selected_actor (self->state);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actors));

  for (guint i = 0; name != NULL && i < n; i++)
    {
      g_autoptr(SwItem) item = g_list_model_get_item (G_LIST_MODEL (self->actors), i);

      if (g_strcmp0 (sw_item_get_label (item), name) == 0)
        return g_steal_pointer (&item);
    }

  return NULL;
}

static void
rename_actor_answered (SwWindow   *self,
                       const char *answer,
                       gpointer    data)
{
  g_autofree char *name = apply_item_text (self, data, sw_correction_new_rename_actor, answer);

  if (name != NULL)
    sw_view_state_set_selected_actor (self->state, name);
}

static void
rename_actor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  SwItem *item = selected_actor_item (self);
  g_autofree char *body = NULL;

  if (item == NULL)
    return;

  body = g_strdup_printf (_("The new name of “%s”, in this article"), sw_item_get_label (item));
  ask (self, _("Rename Actor"), body, sw_item_get_label (item), _("_Rename"), NULL,
       rename_actor_answered, item, g_object_unref);
}

static void
merge_actor_answered (SwWindow   *self,
                      const char *answer,
                      gpointer    data)
{
  SwItem *item = data;
  SwArticle *article = sw_item_get_article (item);
  SwExtraction *ex = sw_article_get_extraction (article);

  for (guint i = 0; answer != NULL && i < ex->actors->len; i++)
    {
      const SwActor *into = g_ptr_array_index (ex->actors, i);

      if (i != sw_item_get_index (item) && g_strcmp0 (into->name, answer) == 0)
        {
          apply (self, article,
                 sw_correction_new_merge_actors (sw_article_get_document (article), ex,
                                                 i, sw_item_get_index (item)));
          sw_view_state_set_selected_actor (self->state, into->name);
          return;
        }
    }
}

static void
merge_actor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  SwItem *item = selected_actor_item (self);
  SwExtraction *ex;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *body = NULL;

  if (item == NULL)
    return;

  ex = sw_article_get_extraction (sw_item_get_article (item));
  builder = g_strv_builder_new ();
  for (guint i = 0; i < ex->actors->len; i++)
    if (i != sw_item_get_index (item))
      g_strv_builder_add (builder, ((SwActor *)g_ptr_array_index (ex->actors, i))->name);
  names = g_strv_builder_end (builder);

  if (names[0] == NULL)
    {
      g_object_unref (item);
      _sw_window_show_message (self, _("There is no other actor to merge with"));
      return;
    }

  body = g_strdup_printf (_("“%s” is the same actor as:"), sw_item_get_label (item));
  ask (self, _("Merge Actors"), body, NULL, _("_Merge"), names,
       merge_actor_answered, item, g_object_unref);
}

static void
delete_quote_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);

  apply_to_selected (self, self->quotes_view, sw_correction_new_delete_quote);
}

static void
delete_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);

  apply_to_selected (self, self->events_view, sw_correction_new_delete_event);
}

static void
rename_event_answered (SwWindow   *self,
                       const char *answer,
                       gpointer    data)
{
  g_free (apply_item_text (self, data, sw_correction_new_event_label, answer));
}

static void
rename_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  SwItem *item = _sw_window_get_selected (self->events_view);

  if (item == NULL)
    return;

  ask (self, _("Rename Event"), _("A short label: who did what"), sw_item_get_label (item),
       _("_Rename"), NULL, rename_event_answered, g_object_ref (item), g_object_unref);
}

/* "2025-03-18", "2025-03" or "2025", optionally "FROM/TO" */
static gboolean
parse_date_range (const char    *text,
                  char         **from,
                  char         **to,
                  SwGranularity *granularity)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", 2);
  guint y, m, d;
  char tail;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (!(sscanf (parts[i], "%4u-%2u-%2u%c", &y, &m, &d, &tail) == 3 && g_date_valid_dmy (d, m, y)) &&
          !(sscanf (parts[i], "%4u-%2u%c", &y, &m, &tail) == 2 && m >= 1 && m <= 12) &&
          !(sscanf (parts[i], "%4u%c", &y, &tail) == 1 && strlen (parts[i]) == 4))
        return FALSE;
    }

  *from = g_strdup (parts[0]);
  *to = g_strdup (parts[1] != NULL ? parts[1] : parts[0]);
  *granularity = strlen (parts[0]) == 10 ? SW_GRANULARITY_DAY
               : strlen (parts[0]) == 7 ? SW_GRANULARITY_MONTH : SW_GRANULARITY_YEAR;
  return TRUE;
}

static void
event_date_answered (SwWindow   *self,
                     const char *answer,
                     gpointer    data)
{
  SwItem *item = data;
  SwArticle *article = sw_item_get_article (item);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  SwGranularity granularity;

  if (!parse_date_range (answer, &from, &to, &granularity))
    {
      _sw_window_show_message (self, _("Write the date as YYYY-MM-DD, YYYY-MM or YYYY, or two of them with “/”"));
      return;
    }

  apply (self, article,
         sw_correction_new_event_date (sw_article_get_document (article),
                                       sw_article_get_extraction (article),
                                       sw_item_get_index (item), from, to, granularity, FALSE));
}

static void
event_date_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  SwItem *item = _sw_window_get_selected (self->events_view);
  SwExtraction *ex;
  const SwEvent *event;
  g_autofree char *initial = NULL;

  if (item == NULL)
    return;

  ex = sw_article_get_extraction (sw_item_get_article (item));
  event = g_ptr_array_index (ex->events, sw_item_get_index (item));
  if (event->date_from != NULL && event->date_to != NULL && g_strcmp0 (event->date_from, event->date_to) != 0)
    initial = g_strdup_printf ("%s/%s", event->date_from, event->date_to);
  else
    initial = g_strdup (event->date_from);

  ask (self, _("Change Event Date"), _("YYYY-MM-DD, YYYY-MM or YYYY; a span as FROM/TO"), initial,
       _("_Change"), NULL, event_date_answered, g_object_ref (item), g_object_unref);
}

static void
reference_date_answered (SwWindow   *self,
                         const char *answer,
                         gpointer    data)
{
  SwArticle *article = data;
  gboolean ambiguous = FALSE;
  g_autofree char *dct = sw_dct_parse (answer, &ambiguous);

  if (dct == NULL)
    {
      _sw_window_show_message (self, ambiguous ? _("That date could be read two ways; write it as YYYY-MM-DD")
                                               : _("Write the date as YYYY-MM-DD"));
      return;
    }

  apply (self, article, sw_correction_new_set_dct (dct));
}

static void
reference_date_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  SwArticle *article = gtk_single_selection_get_selected_item (self->article_selection);

  if (article == NULL)
    return;

  ask (self, _("Reference Date"),
       _("The date the article was written: “yesterday”, “on Tuesday” and the like are read from it"),
       sw_document_get_dct (sw_article_get_document (article)), _("_Change"), NULL,
       reference_date_answered, g_object_ref (article), g_object_unref);
}

typedef struct
{
  SwArticle *article;
  guint      start;  /* bytes */
  guint      end;
} Marked;

static void
marked_free (Marked *marked)
{
  g_object_unref (marked->article);
  g_free (marked);
}

static void
mark_quotation_answered (SwWindow   *self,
                         const char *answer,
                         gpointer    data)
{
  Marked *marked = data;
  SwExtraction *ex = sw_article_get_extraction (marked->article);
  g_autofree char *name = g_strstrip (g_strdup (answer));
  int actor = SW_NO_INDEX;

  if (name[0] == '\0')
    return;

  for (guint i = 0; i < ex->actors->len; i++)
    if (g_strcmp0 (((SwActor *)g_ptr_array_index (ex->actors, i))->name, name) == 0)
      actor = i;

  apply (self, marked->article,
         sw_correction_new_add_quote (sw_article_get_document (marked->article), ex,
                                      marked->start, marked->end, actor,
                                      actor == SW_NO_INDEX ? name : NULL,
                                      SW_QUOTE_DIRECT));
}

static void
mark_quotation_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  SwArticle *article = sw_article_view_get_article (self->article_view);
  guint start, end;
  Marked *marked;
  SwDocument *doc;

  if (article == NULL || !sw_article_view_get_selection (self->article_view, &start, &end) || start == end)
    {
      _sw_window_show_message (self, _("Select the quoted words in the article first"));
      return;
    }

  doc = sw_article_get_document (article);
  marked = g_new0 (Marked, 1);
  marked->article = g_object_ref (article);
  marked->start = sw_document_char_to_byte (doc, start);
  marked->end = sw_document_char_to_byte (doc, end);

  ask (self, _("Mark as Quotation"), _("Who said it? An actor’s name; a new name makes a new actor"),
       sw_view_state_get_selected_actor (self->state), _("_Mark"), NULL,
       mark_quotation_answered, marked, (GDestroyNotify)marked_free);
}

typedef struct
{
  SwArticle *article;
  guint      actor;
  GArray    *mentions;  /* SwSpan, bytes */
} Split;

static void
split_free (Split *split)
{
  g_object_unref (split->article);
  g_array_unref (split->mentions);
  g_free (split);
}

static void
split_answered (SwWindow   *self,
                const char *answer,
                gpointer    data)
{
  Split *split = data;
  SwExtraction *ex = sw_article_get_extraction (split->article);
  const SwActor *actor = g_ptr_array_index (ex->actors, split->actor);
  g_autofree char *name = g_strstrip (g_strdup (answer));

  if (name[0] == '\0')
    return;

  apply (self, split->article,
         sw_correction_new_split_actor (sw_article_get_document (split->article), ex, split->actor,
                                        (const SwSpan *)(gpointer)split->mentions->data,
                                        split->mentions->len, name, actor->kind));
}

/* Two people merged as one: the mentions under the selection become an
 * actor of their own. */
static void
split_actor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SwWindow *self = SW_WINDOW (widget);
  SwArticle *article = sw_article_view_get_article (self->article_view);
  SwExtraction *ex;
  SwDocument *doc;
  guint start, end;
  int found = -1;
  Split *split;
  g_autofree char *body = NULL;

  if (article == NULL || !sw_article_view_get_selection (self->article_view, &start, &end) || start == end)
    {
      _sw_window_show_message (self, _("Select the mentions that name someone else first"));
      return;
    }

  doc = sw_article_get_document (article);
  ex = sw_article_get_extraction (article);
  start = sw_document_char_to_byte (doc, start);
  end = sw_document_char_to_byte (doc, end);

  split = g_new0 (Split, 1);
  split->article = g_object_ref (article);
  split->mentions = g_array_new (FALSE, FALSE, sizeof (SwSpan));

  for (guint a = 0; a < ex->actors->len; a++)
    {
      const SwActor *actor = g_ptr_array_index (ex->actors, a);

      for (guint m = 0; m < actor->mentions->len; m++)
        {
          SwSpan span = g_array_index (actor->mentions, SwSpan, m);

          if (span.start < start || span.end > end)
            continue;
          if (found >= 0 && found != (int)a)
            {
              split_free (split);
              _sw_window_show_message (self, _("The selection names more than one actor"));
              return;
            }
          found = a;
          g_array_append_val (split->mentions, span);
        }
    }

  if (found < 0)
    {
      split_free (split);
      _sw_window_show_message (self, _("The selection holds no mention of an actor"));
      return;
    }

  split->actor = found;
  body = g_strdup_printf (_("These mentions of “%s” name someone else. Who?"),
                          ((SwActor *)g_ptr_array_index (ex->actors, found))->name);
  ask (self, _("Split Actor"), body, NULL, _("_Split"), NULL,
       split_answered, split, (GDestroyNotify)split_free);
}

void
_sw_window_correction_actions_update (SwWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(SwItem) actor = selected_actor_item (self);
  gboolean has_event = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_column_view_get_model (self->events_view))) != NULL;
  gboolean has_quote = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_column_view_get_model (self->quotes_view))) != NULL;
  gboolean has_article = gtk_single_selection_get_selected_item (self->article_selection) != NULL;

  gtk_widget_action_set_enabled (widget, "win.rename-actor", actor != NULL);
  gtk_widget_action_set_enabled (widget, "win.merge-actor", actor != NULL);
  gtk_widget_action_set_enabled (widget, "win.delete-quote", has_quote);
  gtk_widget_action_set_enabled (widget, "win.delete-event", has_event);
  gtk_widget_action_set_enabled (widget, "win.rename-event", has_event);
  gtk_widget_action_set_enabled (widget, "win.event-date", has_event);
  gtk_widget_action_set_enabled (widget, "win.reference-date", has_article);
  gtk_widget_action_set_enabled (widget, "win.mark-quotation", has_article);
  gtk_widget_action_set_enabled (widget, "win.split-actor", has_article);
}

void
_sw_window_class_add_correction_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.rename-actor", NULL, rename_actor_action);
  gtk_widget_class_install_action (widget_class, "win.merge-actor", NULL, merge_actor_action);
  gtk_widget_class_install_action (widget_class, "win.delete-quote", NULL, delete_quote_action);
  gtk_widget_class_install_action (widget_class, "win.delete-event", NULL, delete_event_action);
  gtk_widget_class_install_action (widget_class, "win.rename-event", NULL, rename_event_action);
  gtk_widget_class_install_action (widget_class, "win.event-date", NULL, event_date_action);
  gtk_widget_class_install_action (widget_class, "win.reference-date", NULL, reference_date_action);
  gtk_widget_class_install_action (widget_class, "win.mark-quotation", NULL, mark_quotation_action);
  gtk_widget_class_install_action (widget_class, "win.split-actor", NULL, split_actor_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_q, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.mark-quotation", NULL);
}
