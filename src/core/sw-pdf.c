/* sw-pdf.c: the text of a PDF's pages, as a reader would read it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Poppler gives each page's text in reading order, one line per output
 * line, and the box of every character. From the boxes come the lines'
 * geometry, and from that the paragraphs: a line starts a new one after a
 * vertical gap, at a change of type size, at a first-line indent, or after
 * a short line that ends a sentence. Lines that repeat at the top or bottom
 * of most pages (running heads, footers) and bare page numbers are dropped;
 * a word broken across lines with a hyphen is put back together.
 */
#define G_LOG_DOMAIN "sw-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "sw-document-private.h"
#include "sw-pdf.h"

#define MAX_PAGES 20000
/* Lines at each edge of a page where running heads and numbers live. */
#define EDGE_LINES 2
/* Pages with more lines than this (none that people write) skip the
 * quadratic column measure. */
#define MAX_COLUMN_LINES 400
/* A gap between letters wider than this many line heights separates
 * columns, not words: justified text stretches a space to about one. */
#define SPLIT_GAP 1.5

typedef struct
{
  char     *text;
  double    x1, y1, x2, y2;
  gboolean  has_box;
  gboolean  gap_before;  /* poppler wrote an empty line before it */
  gboolean  drop;
  double    first_word;  /* how wide its first word is */
  double    col_right;   /* how far full lines of its column reach */
} Line;

typedef struct
{
  GArray *lines;  /* Line */
} Page;

static void
line_clear (Line *line)
{
  g_clear_pointer (&line->text, g_free);
}

static GRegex *page_number_regex;

static void
init_regex (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      page_number_regex =
        g_regex_new ("^[^\\w]*(?:(?:page|p\\.|pg\\.?|seite|página|pagina)\\s*)?"
                     "(?:\\d{1,5}|[ivxlcdm]{1,7})"
                     "(?:\\s*(?:of|/|von|de|di|sur)\\s*\\d{1,5})?[^\\w]*$",
                     G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (page_number_regex != NULL);
      g_once_init_leave (&once, 1);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

typedef struct
{
  const char *start;
  double      x1, y1, x2, y2;
  double      word_end;
  gboolean    in_word, word_done;
} Segment;

static void
segment_start (Segment    *seg,
               const char *start)
{
  seg->start = start;
  seg->x1 = seg->y1 = G_MAXDOUBLE;
  seg->x2 = seg->y2 = -G_MAXDOUBLE;
  seg->word_end = -G_MAXDOUBLE;
  seg->in_word = seg->word_done = FALSE;
}

/* Appends the text from the segment's start to @end as a line; FALSE if
 * it is blank. */
static gboolean
segment_emit (Segment    *seg,
              const char *end,
              gboolean    boxes,
              gboolean    gap_before,
              GArray     *lines)
{
  Line line = { 0 };

  line.text = g_strstrip (g_strndup (seg->start, end - seg->start));
  if (line.text[0] == '\0')
    {
      g_free (line.text);
      return FALSE;
    }

  line.has_box = boxes && seg->x1 <= seg->x2;
  line.first_word = line.has_box ? seg->word_end - seg->x1 : 0;
  line.x1 = seg->x1;
  line.y1 = seg->y1;
  line.x2 = seg->x2;
  line.y2 = seg->y2;
  line.gap_before = gap_before;
  g_array_append_val (lines, line);

  return TRUE;
}

static GArray *
page_lines (PopplerPage *page)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autofree char *raw = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  gboolean boxes = FALSE;
  gboolean gap = FALSE;
  const char *p;
  glong index = 0;

  g_array_set_clear_func (lines, (GDestroyNotify)line_clear);

  if (raw == NULL)
    return lines;

  if (!g_utf8_validate (raw, -1, NULL))
    {
      char *valid = g_utf8_make_valid (raw, -1);
      g_free (raw);
      raw = valid;
    }

  /* The boxes follow the text character for character; if they do not,
   * work without geometry rather than misplace lines. */
  if (poppler_page_get_text_layout (page, &rects, &n_rects))
    boxes = n_rects == (guint)g_utf8_strlen (raw, -1);

  p = raw;
  while (*p != '\0')
    {
      const char *eol = strchr (p, '\n');
      const char *end = eol ? eol : p + strlen (p);
      glong chars = g_utf8_strlen (p, end - p);
      Segment seg;
      const char *q = p;

      segment_start (&seg, p);

      for (glong i = 0; boxes && i < chars; i++, q = g_utf8_next_char (q))
        {
          PopplerRectangle *r = &rects[index + i];
          double cx1 = MIN (r->x1, r->x2), cx2 = MAX (r->x1, r->x2);
          double h = MAX (MAX (r->y1, r->y2) - MIN (r->y1, r->y2), seg.y2 - seg.y1);

          if (g_unichar_isspace (g_utf8_get_char (q)))
            {
              seg.word_done = seg.word_done || seg.in_word;
              continue;
            }

          /* A gap much wider than a space: poppler ran two columns (or a
           * column and a margin note) into one line. */
          if (seg.in_word && cx1 - seg.x2 > SPLIT_GAP * h)
            {
              segment_emit (&seg, q, TRUE, gap, lines);
              gap = FALSE;
              segment_start (&seg, q);
            }

          seg.in_word = TRUE;
          if (!seg.word_done)
            seg.word_end = MAX (seg.word_end, cx2);
          seg.x1 = MIN (seg.x1, cx1);
          seg.x2 = MAX (seg.x2, cx2);
          seg.y1 = MIN (seg.y1, MIN (r->y1, r->y2));
          seg.y2 = MAX (seg.y2, MAX (r->y1, r->y2));
        }

      index += chars + (eol ? 1 : 0);

      if (segment_emit (&seg, end, boxes, gap, lines))
        gap = FALSE;
      else
        gap = TRUE;

      if (eol == NULL)
        break;
      p = eol + 1;
    }

  /* Lines in the same type that start near each other share a column; a
   * headline in larger type may run wider. Quadratic, so only for pages
   * of ordinary size; elsewhere a line is its own measure. */
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      double h = MAX (line->y2 - line->y1, 1.0);
      g_autoptr(GArray) rights = g_array_new (FALSE, FALSE, sizeof (double));

      line->col_right = line->x2;
      for (guint k = 0; lines->len <= MAX_COLUMN_LINES && k < lines->len; k++)
        {
          const Line *other = &g_array_index (lines, Line, k);

          if (other->has_box && fabs (other->x1 - line->x1) < 6 * h
              && fabs ((other->y2 - other->y1) - h) < 0.2 * h)
            g_array_append_val (rights, other->x2);
        }

      /* The upper quartile, not the maximum: one unbreakable word (a URL)
       * sticking out into the margin does not move the edge. */
      if (rights->len > 0)
        {
          g_array_sort (rights, compare_doubles);
          line->col_right = MAX (line->x2, g_array_index (rights, double, (rights->len - 1) * 3 / 4));
        }
    }

  return lines;
}

/* Digits stand for any digits, so "Ledger · 3" and "Ledger · 4" agree. */
static char *
line_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *key = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = key->len > 0;
      else
        {
          if (space)
            g_string_append_c (key, ' ');
          space = FALSE;
          if (g_unichar_isdigit (c))
            {
              if (key->len == 0 || key->str[key->len - 1] != '#')
                g_string_append_c (key, '#');
            }
          else
            g_string_append_unichar (key, c);
        }
    }

  return g_string_free (key, FALSE);
}

static gboolean
is_page_number (const char *text)
{
  return g_regex_match (page_number_regex, text, 0, NULL);
}

static void
drop_running_lines (Page  *pages,
                    guint  n_pages)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GArray *lines = pages[p].lines;

      for (guint i = 0; i < lines->len; i++)
        {
          char *key;

          if (i >= EDGE_LINES && i + EDGE_LINES < lines->len)
            continue;

          key = line_key (g_array_index (lines, Line, i).text);
          if (g_hash_table_contains (seen, key))
            {
              g_free (key);
              continue;
            }
          g_hash_table_add (seen, key);
          g_hash_table_insert (counts, g_strdup (key),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
        }
    }

  for (guint p = 0; p < n_pages; p++)
    {
      GArray *lines = pages[p].lines;

      /* From each edge inwards, while the lines are page furniture. */
      for (int dir = 0; dir < 2; dir++)
        for (guint k = 0; k < EDGE_LINES && k < lines->len; k++)
          {
            guint i = dir == 0 ? k : lines->len - 1 - k;
            Line *line = &g_array_index (lines, Line, i);
            g_autofree char *key = line_key (line->text);
            guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

            if ((count >= 2 && count * 2 >= n_pages) || is_page_number (line->text))
              line->drop = TRUE;
            else
              break;
          }
    }
}

/* A line in smaller type than the text, set apart from it by a wide gap
 * at the top or the bottom of a page, is a running head or foot even on a
 * page of its own, where repetition cannot show it. */
static void
drop_small_edges (Page  *pages,
                  guint  n_pages)
{
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  double median;

  for (guint p = 0; p < n_pages; p++)
    for (guint i = 0; i < pages[p].lines->len; i++)
      {
        const Line *line = &g_array_index (pages[p].lines, Line, i);

        if (line->has_box && !line->drop)
          {
            double h = line->y2 - line->y1;
            g_array_append_val (heights, h);
          }
      }

  if (heights->len < 3)
    return;

  g_array_sort (heights, compare_doubles);
  median = g_array_index (heights, double, heights->len / 2);

  for (guint p = 0; p < n_pages; p++)
    {
      GArray *lines = pages[p].lines;
      Line *kept[2] = { NULL, NULL };
      guint n = 0;

      /* the first two kept lines, then the last two */
      for (guint i = 0; i < lines->len && n < 2; i++)
        if (!g_array_index (lines, Line, i).drop)
          kept[n++] = &g_array_index (lines, Line, i);
      if (n == 2 && kept[0]->has_box && kept[1]->has_box
          && kept[0]->y2 - kept[0]->y1 < 0.85 * median
          && kept[1]->y1 - kept[0]->y2 > 1.5 * median)
        kept[0]->drop = TRUE;

      n = 0;
      for (guint i = lines->len; i > 0 && n < 2; i--)
        if (!g_array_index (lines, Line, i - 1).drop)
          kept[n++] = &g_array_index (lines, Line, i - 1);
      if (n == 2 && kept[0]->has_box && kept[1]->has_box
          && kept[0]->y2 - kept[0]->y1 < 0.85 * median
          && kept[0]->y1 - kept[1]->y2 > 1.5 * median)
        kept[0]->drop = TRUE;
    }
}

static double
median_height (Line **items,
               guint   n)
{
  g_autofree double *heights = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    heights[i] = items[i]->y2 - items[i]->y1;
  qsort (heights, n, sizeof (double), (int (*)(const void *, const void *))compare_doubles);

  return MAX (heights[n / 2], 1.0);
}

static int
compare_x1 (const void *a,
            const void *b)
{
  const Line *x = *(Line * const *)a, *y = *(Line * const *)b;

  return x->x1 < y->x1 ? -1 : x->x1 > y->x1;
}

static int
compare_y (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  const Line *x = *(Line * const *)a, *y = *(Line * const *)b;
  double h = *(const double *)user_data;
  /* Lines on one baseline (a line split at a wide gap) stay left to
   * right; rounding by one height for the whole region keeps the order
   * a total one. */
  double ky = floor ((x->y1 + x->y2) / h), kz = floor ((y->y1 + y->y2) / h);

  if (ky != kz)
    return ky < kz ? -1 : 1;
  return x->x1 < y->x1 ? -1 : x->x1 > y->x1;
}

/* Reading order for a region of a page: where a vertical gutter that no
 * line of body width crosses splits the lines in two, the lines above
 * the columns first, then the left column, then the right, then the lines
 * below; each column split again in the same way (an XY cut). Where there
 * is no clean gutter, or a wide line sits between the columns' top and
 * bottom, poppler's order stands. Returns whether it cut. */
static gboolean
order_region (Line      **items,
              guint       n,
              GPtrArray  *out,
              guint       depth)
{
  g_autofree Line **sorted = NULL;
  g_autoptr(GPtrArray) narrow = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GPtrArray) right = NULL;
  g_autoptr(GPtrArray) above = NULL;
  g_autoptr(GPtrArray) below = NULL;
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, h, reach, best_gap = 0, cut_from = 0, cut_to = 0;
  double top = G_MAXDOUBLE, bottom = -G_MAXDOUBLE;

  if (n < 6 || depth > 4)
    goto keep;

  for (guint i = 0; i < n; i++)
    {
      if (!items[i]->has_box)
        goto keep;
      lo = MIN (lo, items[i]->x1);
      hi = MAX (hi, items[i]->x2);
    }
  h = median_height (items, n);

  /* Headlines and rules may run across the columns; look for the gutter
   * among the narrower lines. */
  narrow = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    if (items[i]->x2 - items[i]->x1 < 0.6 * (hi - lo))
      g_ptr_array_add (narrow, items[i]);
  if (narrow->len < 6)
    goto keep;

  sorted = g_memdup2 (narrow->pdata, narrow->len * sizeof (Line *));
  qsort (sorted, narrow->len, sizeof (Line *), compare_x1);
  reach = sorted[0]->x2;
  for (guint i = 1; i < narrow->len; i++)
    {
      if (sorted[i]->x1 - reach > best_gap)
        {
          best_gap = sorted[i]->x1 - reach;
          cut_from = reach;
          cut_to = sorted[i]->x1;
        }
      reach = MAX (reach, sorted[i]->x2);
    }
  if (best_gap < h)
    goto keep;

  left = g_ptr_array_new ();
  right = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    if (items[i]->x2 <= cut_from)
      g_ptr_array_add (left, items[i]);
    else if (items[i]->x1 >= cut_to)
      g_ptr_array_add (right, items[i]);
  if (left->len < 2 || right->len < 1)
    goto keep;

  for (guint i = 0; i < left->len; i++)
    {
      top = MIN (top, ((Line *)left->pdata[i])->y1);
      bottom = MAX (bottom, ((Line *)left->pdata[i])->y2);
    }
  for (guint i = 0; i < right->len; i++)
    {
      top = MIN (top, ((Line *)right->pdata[i])->y1);
      bottom = MAX (bottom, ((Line *)right->pdata[i])->y2);
    }

  above = g_ptr_array_new ();
  below = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      Line *line = items[i];

      if (line->x2 <= cut_from || line->x1 >= cut_to)
        continue;
      if (line->y2 <= top + h / 2)
        g_ptr_array_add (above, line);
      else if (line->y1 >= bottom - h / 2)
        g_ptr_array_add (below, line);
      else
        goto keep;
    }

  g_qsort_with_data (above->pdata, above->len, sizeof (Line *), compare_y, &h);
  g_qsort_with_data (below->pdata, below->len, sizeof (Line *), compare_y, &h);

  for (guint i = 0; i < above->len; i++)
    g_ptr_array_add (out, above->pdata[i]);
  if (!order_region ((Line **)left->pdata, left->len, out, depth + 1))
    {
      g_ptr_array_set_size (out, out->len - left->len);
      g_qsort_with_data (left->pdata, left->len, sizeof (Line *), compare_y, &h);
      for (guint i = 0; i < left->len; i++)
        g_ptr_array_add (out, left->pdata[i]);
    }
  if (!order_region ((Line **)right->pdata, right->len, out, depth + 1))
    {
      g_ptr_array_set_size (out, out->len - right->len);
      g_qsort_with_data (right->pdata, right->len, sizeof (Line *), compare_y, &h);
      for (guint i = 0; i < right->len; i++)
        g_ptr_array_add (out, right->pdata[i]);
    }
  for (guint i = 0; i < below->len; i++)
    g_ptr_array_add (out, below->pdata[i]);

  return TRUE;

keep:
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, items[i]);
  return FALSE;
}

/* Puts each page's kept lines in reading order where poppler's order and
 * the page's columns disagree. */
static void
order_columns (Page  *pages,
               guint  n_pages)
{
  for (guint p = 0; p < n_pages; p++)
    {
      GArray *lines = pages[p].lines;
      g_autoptr(GPtrArray) kept = g_ptr_array_new ();
      g_autoptr(GPtrArray) order = g_ptr_array_new ();
      GArray *sorted;

      if (lines->len > MAX_COLUMN_LINES)
        continue;

      for (guint i = 0; i < lines->len; i++)
        if (!g_array_index (lines, Line, i).drop)
          g_ptr_array_add (kept, &g_array_index (lines, Line, i));

      if (!order_region ((Line **)kept->pdata, kept->len, order, 0))
        continue;

      /* Rebuild the page: the kept lines in their new order, the dropped
       * ones after them (they are skipped anyway). */
      sorted = g_array_sized_new (FALSE, TRUE, sizeof (Line), lines->len);
      g_array_set_clear_func (sorted, (GDestroyNotify)line_clear);
      for (guint i = 0; i < order->len; i++)
        g_array_append_val (sorted, *(Line *)order->pdata[i]);
      for (guint i = 0; i < lines->len; i++)
        if (g_array_index (lines, Line, i).drop)
          g_array_append_val (sorted, g_array_index (lines, Line, i));

      /* The texts moved to the new array. */
      g_array_set_clear_func (lines, NULL);
      g_array_unref (lines);
      pages[p].lines = sorted;
    }
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x00AD;
}

static gboolean
ends_sentence (const char *text)
{
  const char *last = g_utf8_find_prev_char (text, text + strlen (text));
  gunichar c = last ? g_utf8_get_char (last) : 0;

  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == 0x201D
         || c == 0x2019 || c == ')' || c == ']' || c == 0x2026;
}

static gboolean
starts_lower (const char *text)
{
  return g_unichar_islower (g_utf8_get_char (text));
}

/* Words and hyphenated compounds as they appear inside lines, to tell a
 * broken word ("negoti-ations") from a compound ("cease-fire"). */
static void
collect_words (const char *text,
               GHashTable *words,
               GHashTable *compounds)
{
  const char *p = text;

  while (*p)
    {
      const char *start, *q;
      gboolean hyphen = FALSE;

      while (*p && !g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      q = p;
      while (*q)
        {
          gunichar c = g_utf8_get_char (q);
          const char *next = g_utf8_next_char (q);

          if (g_unichar_isalpha (c))
            q = next;
          else if ((c == '-' || c == 0x2010) && *next && g_unichar_isalpha (g_utf8_get_char (next)))
            {
              hyphen = TRUE;
              q = next;
            }
          else
            break;
        }

      if (q > start)
        {
          char *folded = g_utf8_casefold (start, q - start);

          if (hyphen)
            g_hash_table_add (compounds, folded);
          else
            g_hash_table_add (words, folded);
        }
      p = q;
    }
}

static gboolean
is_conjunction (const char *word,
                const char *end)
{
  static const char *const conjunctions[] = { "and", "or", "nor", "to", "und", "oder", "bis", "et", "ou" };

  for (guint i = 0; i < G_N_ELEMENTS (conjunctions); i++)
    if ((gsize)(end - word) == strlen (conjunctions[i]) && strncmp (word, conjunctions[i], end - word) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
next_is_compound (const char *p)
{
  gboolean letter = FALSE;

  while (*p == ' ')
    p++;

  for (; *p && *p != ' '; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '-' && letter && g_unichar_isalpha (g_utf8_get_char (p + 1)))
        return TRUE;
      letter = g_unichar_isalpha (c);
    }

  return FALSE;
}

/* Appends @next to the paragraph in @out, rejoining a hyphenated word. */
static void
join_line (GString    *out,
           const char *next,
           GHashTable *words,
           GHashTable *compounds)
{
  const char *last = g_utf8_find_prev_char (out->str, out->str + out->len);
  gunichar c = last ? g_utf8_get_char (last) : 0;
  const char *before = last ? g_utf8_find_prev_char (out->str, last) : NULL;

  if (last != NULL && is_hyphen (c) && before != NULL && g_unichar_isalpha (g_utf8_get_char (before)))
    {
      gunichar first = g_utf8_get_char (next);

      if (c == 0x00AD)
        {
          g_string_truncate (out, last - out->str);
          g_string_append (out, next);
          return;
        }

      if (g_unichar_islower (first))
        {
          const char *w1 = last;
          const char *w2_end = next;
          g_autofree char *joined = NULL;
          g_autofree char *compound = NULL;
          g_autofree char *folded_joined = NULL;
          g_autofree char *folded_compound = NULL;

          while (w1 > out->str)
            {
              const char *prev = g_utf8_find_prev_char (out->str, w1);

              if (prev == NULL || !g_unichar_isalpha (g_utf8_get_char (prev)))
                break;
              w1 = prev;
            }
          while (*w2_end && g_unichar_isalpha (g_utf8_get_char (w2_end)))
            w2_end = g_utf8_next_char (w2_end);

          joined = g_strdup_printf ("%.*s%.*s", (int)(last - w1), w1, (int)(w2_end - next), next);
          compound = g_strdup_printf ("%.*s-%.*s", (int)(last - w1), w1, (int)(w2_end - next), next);
          folded_joined = g_utf8_casefold (joined, -1);
          folded_compound = g_utf8_casefold (compound, -1);

          /* The document itself says it writes this word with a hyphen. */
          if (g_hash_table_contains (compounds, folded_compound)
              && !g_hash_table_contains (words, folded_joined))
            {
              g_string_append (out, next);
              return;
            }

          /* "coal- and gas-fired": a hyphen left hanging before a conjunction
           * and the compound that completes it */
          if (is_conjunction (next, w2_end) && next_is_compound (w2_end))
            {
              g_string_append_c (out, ' ');
              g_string_append (out, next);
              return;
            }

          g_string_truncate (out, last - out->str);
          g_string_append (out, next);
          return;
        }

      /* "COVID-" + "19", "Franco-" + "German": the hyphen is real. */
      g_string_append (out, next);
      return;
    }

  g_string_append_c (out, ' ');
  g_string_append (out, next);
}

static gboolean
continues_across_break (const char *prev,
                        const char *next)
{
  const char *last = g_utf8_find_prev_char (prev, prev + strlen (prev));

  if (last != NULL && is_hyphen (g_utf8_get_char (last)))
    return starts_lower (next);

  return !ends_sentence (prev) && starts_lower (next);
}

static double
line_height (const Line *line)
{
  return MAX (line->y2 - line->y1, 1.0);
}

/* Whether @prev stops short of the column's edge by more than the first
 * word of @next would have needed: a line ended on purpose, which is the
 * end of a paragraph (or a forced break, which reads the same). */
static gboolean
ended_early (const Line *prev,
             const Line *next,
             double      right,
             gboolean    same_column)
{
  double h = line_height (prev);
  const char *last = g_utf8_find_prev_char (prev->text, prev->text + strlen (prev->text));

  if (!prev->has_box || !next->has_box)
    return FALSE;

  /* A word broken at the margin says the line was full. */
  if (last != NULL && is_hyphen (g_utf8_get_char (last)))
    return FALSE;

  right = MAX (right, prev->col_right);
  if (same_column)
    right = MAX (right, next->x2);
  return right - prev->x2 > next->first_word + 0.6 * h;
}

/* The line after @index on the same page that is kept, or NULL. */
static const Line *
next_kept (GArray *lines,
           guint   index)
{
  for (guint i = index + 1; i < lines->len; i++)
    if (!g_array_index (lines, Line, i).drop)
      return &g_array_index (lines, Line, i);

  return NULL;
}

/* Whether @line starts further right than the lines of its column: a
 * first-line indent. @after is the line below it, when there is one. */
static gboolean
is_indented (const Line *line,
             const Line *after,
             double      left)
{
  double h = line_height (line);

  if (!line->has_box)
    return FALSE;
  if (after != NULL && after->has_box && after->y1 > line->y1)
    left = MIN (left, after->x1);

  return line->x1 - left > 0.8 * h && line->x1 - left < 6 * h;
}

/* Whether @next starts a new paragraph after @prev, on the same page and
 * in the same column. */
static gboolean
starts_paragraph (const Line *prev,
                  const Line *next,
                  const Line *after,
                  double      para_left,
                  double      para_right)
{
  double h_prev, h_next, h;

  if (next->gap_before)
    return TRUE;

  if (!prev->has_box || !next->has_box)
    return FALSE;

  h_prev = line_height (prev);
  h_next = line_height (next);
  h = MAX (h_prev, h_next);

  if (next->y1 - prev->y2 > 0.6 * h)
    return TRUE;

  if (fabs (h_prev - h_next) > 0.2 * h)
    return TRUE;

  if (is_indented (next, after, MIN (para_left, prev->x1)))
    return TRUE;

  return ended_early (prev, next, para_right, TRUE);
}

/* Whether the paragraph that ends a page (or a column) with @prev goes on
 * with @next: not when @next is indented; yes when @prev reaches the right
 * edge of its column, as lines inside a paragraph do, or when the sentence
 * is visibly unfinished. @right is that edge. */
static gboolean
continues_after_break (const Line *prev,
                       const Line *next,
                       const Line *after,
                       double      right)
{
  if (next->gap_before)
    return FALSE;

  if (next->has_box && is_indented (next, after, next->x1))
    return FALSE;

  if (prev->has_box && next->has_box)
    return !ended_early (prev, next, right, FALSE);

  return continues_across_break (prev->text, next->text);
}

/* The right edge of the column @line is in: the furthest any kept line
 * of its page that starts near it reaches. */
static double
column_right (GArray     *lines,
              const Line *line)
{
  double right = line->x2;
  double h = line_height (line);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *other = &g_array_index (lines, Line, i);

      if (!other->drop && other->has_box && fabs (other->x1 - line->x1) < 6 * h
          && fabs (line_height (other) - h) < 0.2 * h)
        right = MAX (right, other->x2);
    }

  return right;
}

static char *
assemble (Page  *pages,
          guint  n_pages)
{
  g_autoptr(GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) compounds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *out = g_string_new (NULL);
  const Line *prev = NULL;
  GArray *prev_lines = NULL;
  gboolean page_break = FALSE;
  double para_left = 0, para_right = 0;

  for (guint p = 0; p < n_pages; p++)
    for (guint i = 0; i < pages[p].lines->len; i++)
      {
        const Line *line = &g_array_index (pages[p].lines, Line, i);

        if (!line->drop)
          collect_words (line->text, words, compounds);
      }

  for (guint p = 0; p < n_pages; p++)
    {
      GArray *lines = pages[p].lines;

      for (guint i = 0; i < lines->len; i++)
        {
          const Line *line = &g_array_index (lines, Line, i);
          const Line *after;
          gboolean fresh;
          gboolean broke = FALSE;

          if (line->drop)
            continue;

          after = next_kept (lines, i);

          if (prev == NULL)
            fresh = FALSE;
          else if (!page_break && prev->has_box && line->has_box
                   && fabs (line->y1 - prev->y1) < line_height (line) / 2 && line->x1 > prev->x2)
            fresh = FALSE;  /* the rest of a line split at a wide gap */
          else if (page_break || (prev->has_box && line->has_box && line->y1 < prev->y1 - line_height (line) / 2))
            {
              /* A new page, or back up the page into a new column */
              double right = column_right (page_break ? prev_lines : lines, prev);

              fresh = !continues_after_break (prev, line, after, right);
              broke = TRUE;
            }
          else
            fresh = starts_paragraph (prev, line, after, para_left, para_right);

          if (prev == NULL)
            g_string_append (out, line->text);
          else if (fresh)
            {
              g_string_append (out, "\n\n");
              g_string_append (out, line->text);
            }
          else
            join_line (out, line->text, words, compounds);

          if (prev == NULL || fresh || broke)
            {
              para_left = line->x1;
              para_right = line->x2;
            }
          else
            {
              para_left = MIN (para_left, line->x1);
              para_right = MAX (para_right, line->x2);
            }

          prev = line;
          prev_lines = lines;
          page_break = FALSE;

          if (out->len > SW_DOCUMENT_MAX_SIZE)
            return g_string_free (out, FALSE);
        }

      page_break = TRUE;
    }

  return g_string_free (out, FALSE);
}

/* Titles that name the file the PDF was made from, not the article. */
static gboolean
usable_title (const char *title)
{
  static const char *const suffixes[] = {
    ".doc", ".docx", ".pdf", ".indd", ".rtf", ".odt", ".tex", ".dvi", ".ps", ".qxd", ".qxp",
    ".pages", ".txt", ".html", ".htm", ".xls", ".xlsx", ".ppt", ".pptx",
  };
  g_autofree char *lower = NULL;

  if (title == NULL || title[0] == '\0' || !g_utf8_validate (title, -1, NULL))
    return FALSE;

  lower = g_ascii_strdown (title, -1);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return FALSE;

  return !g_str_has_prefix (lower, "microsoft word - ") && !g_str_has_prefix (lower, "untitled")
         && !g_str_equal (lower, "title") && !g_str_equal (lower, "document");
}

/* The calendar date of the PDF's creation as its producer wrote it
 * ("D:20250318233000+02'00'" is the 18th, though already the 19th in UTC).
 * poppler_document_get_creation_date_time() would give that, but it warns
 * through g_warning() on a malformed time zone, which is no bug of ours;
 * so the literal is read from the file when it is there in the clear, and
 * poppler's UTC instant is the fallback (compressed or encrypted info). */
static char *
creation_date (PopplerDocument *pdf,
               const guint8    *data,
               gsize            len)
{
  static const char key[] = "/CreationDate";
  const guint8 *last = NULL;
  time_t created;

  for (const guint8 *p = data; p + sizeof key - 1 <= data + len; p++)
    {
      p = memchr (p, '/', data + len - p);
      if (p == NULL)
        break;
      if ((gsize)(data + len - p) >= sizeof key - 1 && memcmp (p, key, sizeof key - 1) == 0)
        last = p + sizeof key - 1;
    }

  if (last != NULL)
    {
      const guint8 *end = data + len;
      const guint8 *q = last;
      guint digits[8];
      guint n = 0;

      while (q < end && (*q == ' ' || *q == '\r' || *q == '\n' || *q == '\t'))
        q++;
      if (q < end && *q == '(')
        q++;
      if (end - q >= 2 && q[0] == 'D' && q[1] == ':')
        q += 2;
      while (q < end && n < 8 && g_ascii_isdigit (*q))
        digits[n++] = *q++ - '0';

      if (n == 8)
        {
          guint y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
          guint m = digits[4] * 10 + digits[5];
          guint d = digits[6] * 10 + digits[7];

          if (y >= 1900 && y <= 2200 && g_date_valid_dmy (d, m, y))
            return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
        }
    }

  created = poppler_document_get_creation_date (pdf);
  if (created > 0)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (created);

      if (utc != NULL && g_date_time_get_year (utc) >= 1900 && g_date_time_get_year (utc) <= 2200)
        return g_date_time_format (utc, "%Y-%m-%d");
    }

  return NULL;
}

static gboolean
has_eof_marker (const guint8 *data,
                gsize         len)
{
  /* Readers look for the marker within the last kilobyte; files that
   * stop before it were cut short in a download or a copy. */
  gsize from = len > 1024 ? len - 1024 : 0;

  for (gsize i = from; i + 5 <= len; i++)
    if (memcmp (data + i, "%%EOF", 5) == 0)
      return TRUE;

  return FALSE;
}

/**
 * sw_pdf_load:
 * @path: (nullable): where the PDF came from, for messages
 * @bytes: the file
 *
 * The text of the PDF's pages in reading order, paragraphs separated by
 * blank lines, without running heads, footers and page numbers. The title
 * is the document's own when it names the article, else the first line;
 * the creation date, when there is one, becomes the reference date with
 * #SW_DCT_SOURCE_METADATA.
 */
SwDocument *
sw_pdf_load (const char  *path,
             GBytes      *bytes,
             GError     **error)
{
  const char *shown = path ? path : _("Pasted text");
  PopplerDocument *pdf = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *dct = NULL;
  const guint8 *data;
  gsize len = 0;
  Page *pages;
  guint n_pages;
  char *text;
  SwDocument *self;

  g_return_val_if_fail (bytes != NULL, NULL);

  init_regex ();

  data = g_bytes_get_data (bytes, &len);

  if (len < 5 || memcmp (data, "%PDF-", 5) != 0)
    {
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_CORRUPT,
                   _("“%s” is not a PDF file"), shown);
      return NULL;
    }

  if (!has_eof_marker (data, len))
    {
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_CORRUPT,
                   _("“%s” is an incomplete PDF: the file stops before its end"), shown);
      return NULL;
    }

  pdf = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (pdf == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_ENCRYPTED,
                     _("“%s” is a PDF protected by a password"), shown);
      else
        g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_CORRUPT,
                     _("“%s” is a damaged PDF that cannot be read"), shown);
      return NULL;
    }

  n_pages = MIN (MAX (poppler_document_get_n_pages (pdf), 0), MAX_PAGES);
  if (n_pages == 0)
    {
      g_object_unref (pdf);
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_CORRUPT,
                   _("“%s” is a damaged PDF: it has no pages"), shown);
      return NULL;
    }

  pages = g_new0 (Page, MAX (n_pages, 1));

  for (guint i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf, i);

      if (page != NULL)
        {
          pages[i].lines = page_lines (page);
          g_object_unref (page);
        }
      else
        pages[i].lines = g_array_new (FALSE, TRUE, sizeof (Line));
    }

  drop_running_lines (pages, n_pages);
  drop_small_edges (pages, n_pages);
  order_columns (pages, n_pages);
  text = assemble (pages, n_pages);

  for (guint i = 0; i < n_pages; i++)
    g_array_unref (pages[i].lines);
  g_free (pages);

  if (text[0] == '\0')
    {
      g_object_unref (pdf);
      g_free (text);
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_EMPTY,
                   _("“%s” has no text to read (a scanned PDF needs text recognition first)"),
                   shown);
      return NULL;
    }

  self = sw_document_new_take (path, text, strlen (text), "UTF-8", "pdf");

  title = poppler_document_get_title (pdf);
  if (title != NULL)
    g_strstrip (title);
  if (usable_title (title))
    sw_document_set_title (self, title);

  dct = creation_date (pdf, data, len);
  if (dct != NULL)
    sw_document_set_dct (self, dct, SW_DCT_SOURCE_METADATA);

  g_object_unref (pdf);

  return self;
}
