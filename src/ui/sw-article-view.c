/* sw-article-view.c: the article's text with what was extracted marked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-article-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <adwaita.h>

#include "sw-article-view.h"

/* GtkTextView lays out a whole paragraph at once on the main thread: a
 * text with a paragraph this long, or this large in all, would freeze the
 * window, so it is not shown (the other views still have its contents). */
#define MAX_PARAGRAPH_BYTES (256 * 1024)
#define MAX_TEXT_BYTES (16 * 1024 * 1024)

/* One marked span and what its tooltip says; offsets in code points, as
 * GtkTextBuffer counts. */
typedef struct
{
  guint  start;
  guint  end;
  char  *tooltip;
} Mark;

struct _SwArticleView
{
  GtkWidget       parent_instance;

  GtkStack       *stack;
  GtkScrolledWindow *scroller;
  GtkTextView    *text_view;

  SwArticle      *article;
  GArray         *marks;  /* Mark, sorted by start */
};

G_DEFINE_FINAL_TYPE (SwArticleView, sw_article_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mark_clear (gpointer data)
{
  Mark *mark = data;
  g_clear_pointer (&mark->tooltip, g_free);
}

static int
mark_compare (gconstpointer a,
              gconstpointer b)
{
  const Mark *ma = a, *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  /* Narrower spans after wider ones, so the innermost wins a lookup. */
  if (ma->end != mb->end)
    return ma->end > mb->end ? -1 : 1;
  return 0;
}

static void
apply_tag (SwArticleView *self,
           const char    *tag,
           SwDocument    *doc,
           SwSpan         span,
           char          *tooltip)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter a, b;
  Mark mark;

  mark.start = sw_document_byte_to_char (doc, span.start);
  mark.end = sw_document_byte_to_char (doc, span.end);
  mark.tooltip = tooltip;

  if (mark.end <= mark.start)
    {
      g_free (tooltip);
      return;
    }

  gtk_text_buffer_get_iter_at_offset (buffer, &a, mark.start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, mark.end);
  gtk_text_buffer_apply_tag_by_name (buffer, tag, &a, &b);

  g_array_append_val (self->marks, mark);
}

static const char *
actor_name (SwExtraction *ex,
            int           index)
{
  if (index < 0 || (guint)index >= ex->actors->len)
    return NULL;
  return ((SwActor *)g_ptr_array_index (ex->actors, index))->name;
}

static char *
speakers_of (SwExtraction  *ex,
             const SwQuote *q)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < q->speakers->len; i++)
    {
      const char *name = actor_name (ex, g_array_index (q->speakers, int, i));

      if (name == NULL)
        continue;
      if (s->len > 0)
        g_string_append (s, _(" and "));
      g_string_append (s, name);
    }

  if (s->len == 0)
    g_string_append (s, _("unknown speaker"));

  return g_string_free (s, FALSE);
}

static void
mark_extraction (SwArticleView *self)
{
  SwDocument *doc = sw_article_get_document (self->article);
  SwExtraction *ex = sw_article_get_extraction (self->article);

  for (guint i = 0; i < ex->quotes->len; i++)
    {
      const SwQuote *q = g_ptr_array_index (ex->quotes, i);
      g_autofree char *who = speakers_of (ex, q);
      const char *to = actor_name (ex, q->addressee);
      GString *tip = g_string_new (NULL);

      /* Translators: a tooltip over quoted words; %s is who said them */
      g_string_append_printf (tip, _("Said by %s"), who);
      if (to != NULL)
        g_string_append_printf (tip, "\n%s %s", _("To:"), to);
      if (q->medium != NULL)
        g_string_append_printf (tip, "\n%s %s", _("Medium:"), q->medium);
      for (guint k = 0; k < sw_quote_get_n_parts (q); k++)
        apply_tag (self, "quote", doc, sw_quote_get_part (q, k), g_strdup (tip->str));
      g_string_free (tip, TRUE);

      if (q->has_cue)
        apply_tag (self, "cue", doc, q->cue, g_strdup_printf (_("Speech cue for %s"), who));
    }

  for (guint i = 0; i < ex->actors->len; i++)
    {
      const SwActor *a = g_ptr_array_index (ex->actors, i);

      for (guint m = 0; m < a->mentions->len; m++)
        {
          GString *tip = g_string_new (a->name);

          g_string_append_printf (tip, " (%s)", sw_actor_kind_to_string (a->kind));
          for (guint r = 0; r < a->roles->len; r++)
            g_string_append_printf (tip, "\n%s", (char *)g_ptr_array_index (a->roles, r));
          apply_tag (self, "actor", doc, g_array_index (a->mentions, SwSpan, m),
                     g_string_free (tip, FALSE));
        }
    }

  for (guint i = 0; i < ex->timexes->len; i++)
    {
      const SwTimex *t = g_ptr_array_index (ex->timexes, i);
      g_autofree char *tip = NULL;

      if (t->mod != NULL)
        tip = g_strdup_printf ("%s %s (%s)", sw_timex_type_to_string (t->type), t->value, t->mod);
      else
        tip = g_strdup_printf ("%s %s", sw_timex_type_to_string (t->type), t->value);
      apply_tag (self, "timex", doc, t->span, g_steal_pointer (&tip));
    }

  g_array_sort (self->marks, mark_compare);
}

/* The innermost marked span holding @offset: spans are few per sentence,
 * so a scan back from the binary-searched position is short. */
static const Mark *
mark_at (SwArticleView *self,
         guint          offset)
{
  const Mark *best = NULL;
  guint lo = 0, hi = self->marks->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->marks, Mark, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i > 0; i--)
    {
      const Mark *m = &g_array_index (self->marks, Mark, i - 1);

      if (m->start <= offset && offset < m->end)
        {
          if (best == NULL || (m->end - m->start) < (best->end - best->start))
            best = m;
        }

      /* Quotes can span paragraphs; stop looking once far behind. */
      if (offset - m->start > 20000)
        break;
    }

  return best;
}

char *
sw_article_view_dup_tooltip_at (SwArticleView *self,
                                guint          offset)
{
  const Mark *mark;

  g_return_val_if_fail (SW_IS_ARTICLE_VIEW (self), NULL);

  mark = mark_at (self, offset);
  return mark != NULL ? g_strdup (mark->tooltip) : NULL;
}

static gboolean
on_query_tooltip (SwArticleView *self,
                  int            x,
                  int            y,
                  gboolean       keyboard,
                  GtkTooltip    *tooltip,
                  GtkWidget     *widget)
{
  GtkTextIter iter;
  int bx, by;
  g_autofree char *text = NULL;

  if (keyboard)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
      gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
    }
  else
    {
      gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
        return FALSE;
    }

  text = sw_article_view_dup_tooltip_at (self, gtk_text_iter_get_offset (&iter));
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
create_tags (SwArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  /* Colours that read on light and dark backgrounds alike: translucent
   * tints rather than fixed foregrounds. */
  gtk_text_buffer_create_tag (buffer, "quote",
                              "background-rgba", &(GdkRGBA) { 0.98, 0.80, 0.20, 0.22 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "actor",
                              "weight", 700,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "cue",
                              "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "timex",
                              "background-rgba", &(GdkRGBA) { 0.21, 0.52, 0.89, 0.25 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "selected",
                              "background-rgba", &(GdkRGBA) { 0.38, 0.21, 0.51, 0.28 },
                              "paragraph-background-rgba", NULL,
                              NULL);
}

static gboolean
fits_text_view (SwDocument *doc)
{
  const char *text = sw_document_get_text (doc);
  gsize size = sw_document_get_size (doc);
  const char *p = text;
  const char *end = text + size;

  if (size > MAX_TEXT_BYTES)
    return FALSE;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      gsize len = (eol ? eol : end) - p;

      if (len > MAX_PARAGRAPH_BYTES)
        return FALSE;
      if (eol == NULL)
        break;
      p = eol + 1;
    }

  return TRUE;
}

void
sw_article_view_set_article (SwArticleView *self,
                             SwArticle     *article)
{
  GtkTextBuffer *buffer;
  SwDocument *doc;

  g_return_if_fail (SW_IS_ARTICLE_VIEW (self));
  g_return_if_fail (!article || SW_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  buffer = gtk_text_view_get_buffer (self->text_view);
  g_array_set_size (self->marks, 0);

  if (article == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      gtk_stack_set_visible_child_name (self->stack, "text");
    }
  else if (!fits_text_view (sw_article_get_document (article)))
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      gtk_stack_set_visible_child_name (self->stack, "too-large");
    }
  else
    {
      doc = sw_article_get_document (article);
      gtk_text_buffer_set_text (buffer, sw_document_get_text (doc), sw_document_get_size (doc));
      mark_extraction (self);
      gtk_stack_set_visible_child_name (self->stack, "text");
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

SwArticle *
sw_article_view_get_article (SwArticleView *self)
{
  g_return_val_if_fail (SW_IS_ARTICLE_VIEW (self), NULL);
  return self->article;
}

static gboolean
is_sentence_end (GtkTextIter *iter)
{
  gunichar c = gtk_text_iter_get_char (iter);
  return c == '\n' || c == '.' || c == '!' || c == '?';
}

/**
 * sw_article_view_select_range:
 *
 * Highlights the sentence (or sentences) around [@start, @end) and
 * scrolls to it; offsets are code points.
 */
void
sw_article_view_select_range (SwArticleView *self,
                              guint          start,
                              guint          end)
{
  GtkTextBuffer *buffer;
  GtkTextIter a, b, all_start, all_end;
  guint steps;

  g_return_if_fail (SW_IS_ARTICLE_VIEW (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &all_start, &all_end);
  gtk_text_buffer_remove_tag_by_name (buffer, "selected", &all_start, &all_end);

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, MAX (start, end));

  /* Widen to the sentence, bounded so one giant line stays cheap. */
  for (steps = 0; steps < 2000 && !gtk_text_iter_is_start (&a); steps++)
    {
      GtkTextIter prev = a;

      gtk_text_iter_backward_char (&prev);
      if (is_sentence_end (&prev))
        break;
      a = prev;
    }
  while (gtk_text_iter_get_char (&a) == ' ')
    gtk_text_iter_forward_char (&a);

  for (steps = 0; steps < 2000 && !gtk_text_iter_is_end (&b); steps++)
    {
      if (gtk_text_iter_get_char (&b) == '\n')
        break;
      if (is_sentence_end (&b))
        {
          gtk_text_iter_forward_char (&b);
          /* Closing quotation marks belong to the sentence. */
          while (!gtk_text_iter_is_end (&b) && g_unichar_type (gtk_text_iter_get_char (&b)) == G_UNICODE_FINAL_PUNCTUATION)
            gtk_text_iter_forward_char (&b);
          break;
        }
      gtk_text_iter_forward_char (&b);
    }

  gtk_text_buffer_apply_tag_by_name (buffer, "selected", &a, &b);
  gtk_text_buffer_place_cursor (buffer, &a);
  gtk_text_view_scroll_to_iter (self->text_view, &a, 0.1, TRUE, 0.0, 0.3);
}

char *
sw_article_view_dup_selected_sentence (SwArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  GtkTextIter a, b;

  g_return_val_if_fail (SW_IS_ARTICLE_VIEW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "selected");
  gtk_text_buffer_get_start_iter (buffer, &a);

  if (!gtk_text_iter_starts_tag (&a, tag) && !gtk_text_iter_forward_to_tag_toggle (&a, tag))
    return NULL;

  b = a;
  gtk_text_iter_forward_to_tag_toggle (&b, tag);
  return gtk_text_iter_get_text (&a, &b);
}

/**
 * sw_article_view_get_selection:
 *
 * The text the user selected, in code points. Returns %FALSE when nothing
 * is selected.
 */
gboolean
sw_article_view_get_selection (SwArticleView *self,
                               guint         *start,
                               guint         *end)
{
  GtkTextBuffer *buffer;
  GtkTextIter a, b;

  g_return_val_if_fail (SW_IS_ARTICLE_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  if (!gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    return FALSE;

  *start = gtk_text_iter_get_offset (&a);
  *end = gtk_text_iter_get_offset (&b);
  return TRUE;
}

char *
sw_article_view_dup_text (SwArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter a, b;

  g_return_val_if_fail (SW_IS_ARTICLE_VIEW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &a, &b);
  return gtk_text_iter_get_text (&a, &b);
}

static void
sw_article_view_dispose (GObject *object)
{
  SwArticleView *self = (SwArticleView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_ARTICLE_VIEW);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (sw_article_view_parent_class)->dispose (object);
}

static void
sw_article_view_finalize (GObject *object)
{
  SwArticleView *self = (SwArticleView *)object;

  g_clear_pointer (&self->marks, g_array_unref);

  G_OBJECT_CLASS (sw_article_view_parent_class)->finalize (object);
}

static void
sw_article_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SwArticleView *self = SW_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_article_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SwArticleView *self = SW_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      sw_article_view_set_article (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_article_view_class_init (SwArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_article_view_dispose;
  object_class->finalize = sw_article_view_finalize;
  object_class->get_property = sw_article_view_get_property;
  object_class->set_property = sw_article_view_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, SW_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sw-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwArticleView, stack);
  gtk_widget_class_bind_template_child (widget_class, SwArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SwArticleView, text_view);
  gtk_widget_class_bind_template_callback (widget_class, on_query_tooltip);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articleview");
}

static void
sw_article_view_init (SwArticleView *self)
{
  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_array_set_clear_func (self->marks, mark_clear);

  gtk_widget_init_template (GTK_WIDGET (self));
  create_tags (self);
}

GtkWidget *
sw_article_view_new (void)
{
  return g_object_new (SW_TYPE_ARTICLE_VIEW, NULL);
}
