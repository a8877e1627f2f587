/* sw-timeline-painter.c: one Cairo painter for the screen and for export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is measured in logical pixels; a 2x display or a 2x export
 * only scales the surface. Shapes of one colour are gathered first and
 * then emitted as one path with one fill, which is what keeps a frame of
 * thousands of items within a few milliseconds.
 */
#define G_LOG_DOMAIN "sw-timeline-painter"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "sw-time-ticks.h"
#include "sw-timeline-painter.h"

#define DEFAULT_FONT "Cantarell, Sans 9"
#define TITLE_HEIGHT 36.0
#define LEGEND_HEIGHT 32.0
#define LABEL_PADDING 12.0
#define N_GROUPS ((SW_TIMELINE_N_COLORS + 1) * 2)

/* Styles ----------------------------------------------------------------- */

static SwColor
hex (guint32 rgb,
     double  alpha)
{
  SwColor c = { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, alpha };
  return c;
}

/**
 * sw_timeline_style_init:
 *
 * Fills @style with the palette for @variant. Callers may then adjust any
 * field (the widget takes the accent from the desktop, for one).
 */
void
sw_timeline_style_init (SwTimelineStyle        *style,
                        SwTimelineStyleVariant  variant)
{
  static const guint32 light[SW_TIMELINE_N_COLORS] = {
    0x1c71d8, 0xe66100, 0x26a269, 0xc01c28, 0x9141ac, 0x986a44, 0x2190a4, 0xc88800,
  };
  static const guint32 dark[SW_TIMELINE_N_COLORS] = {
    0x62a0ea, 0xffa348, 0x57e389, 0xf66151, 0xdc8add, 0xcdab8f, 0x5bc8d8, 0xf8e45c,
  };
  static const guint32 contrast[SW_TIMELINE_N_COLORS] = {
    0x1a5fb4, 0xa33c00, 0x106e3a, 0xa51d2d, 0x613583, 0x63452c, 0x0b5563, 0x7a5300,
  };
  static const guint32 contrast_dark[SW_TIMELINE_N_COLORS] = {
    0x99c1f1, 0xffbe6f, 0x8ff0a4, 0xff9c8a, 0xf0b4f0, 0xe6cdb3, 0x9ae6f0, 0xf9f06b,
  };
  const guint32 *palette;
  gboolean is_dark = variant == SW_TIMELINE_STYLE_DARK || variant == SW_TIMELINE_STYLE_HIGH_CONTRAST_DARK;
  gboolean is_hc = variant == SW_TIMELINE_STYLE_HIGH_CONTRAST || variant == SW_TIMELINE_STYLE_HIGH_CONTRAST_DARK;

  g_return_if_fail (style != NULL);

  if (is_dark)
    {
      style->background = hex (is_hc ? 0x000000 : 0x242424, 1);
      style->foreground = hex (0xffffff, 1);
      style->dim_foreground = hex (is_hc ? 0xffffff : 0xc0bfbc, is_hc ? 0.9 : 1);
      style->axis_background = hex (is_hc ? 0x000000 : 0x303030, 1);
      style->grid = hex (0xffffff, is_hc ? 0.4 : 0.1);
      style->lane_band = hex (0xffffff, is_hc ? 0.1 : 0.035);
      style->neutral = hex (is_hc ? 0xffffff : 0xc0bfbc, 1);
      style->accent = hex (is_hc ? 0xffffff : 0x78aeed, 1);
      style->hover = hex (0xffffff, 1);
      style->document_date = hex (is_hc ? 0xff9c8a : 0xff7b63, 1);
      style->density = hex (is_hc ? 0xf0b4f0 : 0xc061cb, 1);
      palette = is_hc ? contrast_dark : dark;
    }
  else
    {
      style->background = hex (0xffffff, 1);
      style->foreground = hex (is_hc ? 0x000000 : 0x1e1e1e, 1);
      style->dim_foreground = hex (is_hc ? 0x000000 : 0x5e5c64, is_hc ? 0.9 : 1);
      style->axis_background = hex (is_hc ? 0xffffff : 0xf6f5f4, 1);
      style->grid = hex (0x000000, is_hc ? 0.4 : 0.09);
      style->lane_band = hex (0x000000, is_hc ? 0.08 : 0.03);
      style->neutral = hex (is_hc ? 0x000000 : 0x77767b, 1);
      style->accent = hex (is_hc ? 0x000000 : 0x3584e4, 1);
      style->hover = hex (0x000000, 1);
      style->document_date = hex (is_hc ? 0xa51d2d : 0xc01c28, 1);
      style->density = hex (is_hc ? 0x613583 : 0x813d9c, 1);
      palette = is_hc ? contrast : light;
    }

  for (guint i = 0; i < SW_TIMELINE_N_COLORS; i++)
    style->palette[i] = hex (palette[i], 1);

  style->line_width = is_hc ? 2.0 : 1.0;
}

void
sw_timeline_paint_options_init (SwTimelinePaintOptions *opts)
{
  g_return_if_fail (opts != NULL);

  *opts = (SwTimelinePaintOptions) { 0 };
  opts->layers = SW_TIMELINE_LAYER_ALL;
  opts->hover_entry = -1;
  opts->selected_entry = -1;
  opts->selected_actor = -1;
}

/* The paint context ------------------------------------------------------ */

typedef struct
{
  double x0;
  double x1;
  double y;        /* the row's vertical centre */
  guint  shape;    /* SHAPE_* */
} Mark;

enum
{
  SHAPE_BAR,
  SHAPE_POINT,
  SHAPE_QUOTE,
  SHAPE_RING,          /* an approximate day */
  SHAPE_QUOTE_OUTLINE, /* a statement dated by its article */
};

typedef struct
{
  cairo_t                      *cr;
  SwTimelineLayout             *layout;
  const SwTimeScale            *scale;
  const SwTimelinePaintOptions *opts;
  const SwTimelineStyle        *style;
  const SwTimelineMetrics      *m;
  PangoContext                 *pango;
  PangoLayout                  *text;
  PangoFontDescription         *font;
  PangoFontDescription         *bold;
  PangoFontDescription         *small;
  double                        width;
  double                        height;     /* of axis plus lanes */
  double                        spp;
  double                        origin;     /* absolute pixel of x = 0 */
  GArray                       *groups[N_GROUPS];
  GArray                       *faded;      /* Mark of approximate bars */
  GArray                       *faded_color;/* guint group per faded mark */
} Paint;

static void
set_color (cairo_t       *cr,
           const SwColor *c,
           double         alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

static const SwColor *
slot_color (const SwTimelineStyle *style,
            guint                  slot)
{
  if (slot == G_MAXUINT)
    return &style->neutral;

  return &style->palette[slot % SW_TIMELINE_N_COLORS];
}

static double
measure_text (const char *text,
              gpointer    user_data)
{
  Paint *p = user_data;
  PangoRectangle logical;

  pango_layout_set_width (p->text, -1);
  pango_layout_set_text (p->text, text, -1);
  pango_layout_get_extents (p->text, NULL, &logical);

  return (double)logical.width / PANGO_SCALE;
}

/* Draws @text with its top-left at (@x, @y), cut with an ellipsis to
 * @max_width when that is positive. */
static void
show_text (Paint                      *p,
           const char                 *text,
           const PangoFontDescription *font,
           double                      x,
           double                      y,
           double                      max_width)
{
  pango_layout_set_font_description (p->text, font);
  pango_layout_set_width (p->text, max_width > 0 ? (int)(max_width * PANGO_SCALE) : -1);
  pango_layout_set_text (p->text, text, -1);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, p->text);
  if (font != p->font)
    pango_layout_set_font_description (p->text, p->font);
}

static double
text_height (Paint *p)
{
  PangoRectangle logical;

  pango_layout_set_text (p->text, "Mg", -1);
  pango_layout_get_extents (p->text, NULL, &logical);
  return (double)logical.height / PANGO_SCALE;
}

static void
paint_begin (Paint                        *p,
             cairo_t                      *cr,
             SwTimelineLayout             *layout,
             const SwTimeScale            *scale,
             const SwTimelinePaintOptions *opts,
             const SwTimelineStyle        *style)
{
  cairo_font_options_t *fo = NULL;

  *p = (Paint) { 0 };
  p->cr = cr;
  p->layout = layout;
  p->scale = scale;
  p->opts = opts;
  p->style = style;
  p->m = sw_timeline_layout_get_metrics (layout);
  p->width = sw_time_scale_get_width (scale);
  p->spp = sw_time_scale_get_seconds_per_pixel (scale);
  p->origin = sw_time_scale_get_start (scale) / p->spp;

  /* A fixed resolution makes 9 points 12 pixels on every surface (a PDF
   * surface would say 72 dpi otherwise), and fixed font options make the
   * export and the tests independent of the desktop's hinting. */
  p->pango = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (p->pango, 96.0);
  if (opts->font_options != NULL)
    {
      pango_cairo_context_set_font_options (p->pango, opts->font_options);
    }
  else
    {
      fo = cairo_font_options_create ();
      cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
      cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
      cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
      pango_cairo_context_set_font_options (p->pango, fo);
      cairo_font_options_destroy (fo);
    }

  p->font = pango_font_description_from_string (opts->font != NULL ? opts->font : DEFAULT_FONT);
  p->bold = pango_font_description_copy (p->font);
  pango_font_description_set_weight (p->bold, PANGO_WEIGHT_BOLD);
  p->small = pango_font_description_copy (p->font);
  pango_font_description_set_size (p->small, pango_font_description_get_size (p->font) * 8 / 9);

  p->text = pango_layout_new (p->pango);
  pango_layout_set_font_description (p->text, p->font);
  pango_layout_set_ellipsize (p->text, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (p->text, TRUE);

  for (guint i = 0; i < N_GROUPS; i++)
    p->groups[i] = g_array_new (FALSE, FALSE, sizeof (Mark));
  p->faded = g_array_new (FALSE, FALSE, sizeof (Mark));
  p->faded_color = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
paint_end (Paint *p)
{
  for (guint i = 0; i < N_GROUPS; i++)
    g_array_unref (p->groups[i]);
  g_array_unref (p->faded);
  g_array_unref (p->faded_color);
  pango_font_description_free (p->font);
  pango_font_description_free (p->bold);
  pango_font_description_free (p->small);
  g_object_unref (p->text);
  g_object_unref (p->pango);
}

/* Geometry --------------------------------------------------------------- */

static double
lanes_top (Paint *p)
{
  return p->m->axis_height - p->opts->scroll_y;
}

static double
row_center (Paint                *p,
            const SwTimelineLane *lane,
            guint                 row)
{
  return lanes_top (p) + lane->y + p->m->lane_header + (row + 0.5) * p->m->row_height;
}

static gboolean
lane_in_view (Paint                *p,
              const SwTimelineLane *lane)
{
  double top = lanes_top (p) + lane->y;

  return lane->visible && top + lane->height > p->m->axis_height && top < p->height;
}

static void
add_shape_path (cairo_t    *cr,
                const Mark *mark,
                double      r,
                double      bar_h)
{
  double w = mark->x1 - mark->x0;
  double c = (mark->x0 + mark->x1) / 2;

  switch (mark->shape)
    {
    case SHAPE_BAR:
      cairo_rectangle (cr, mark->x0, mark->y - bar_h / 2, w, bar_h);
      break;

    case SHAPE_POINT:
    case SHAPE_RING:
      cairo_new_sub_path (cr);
      cairo_arc (cr, c, mark->y, r - 0.5, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;

    case SHAPE_QUOTE:
    case SHAPE_QUOTE_OUTLINE:
    default:
      /* A speech bubble whose tail points down at the moment it was said. */
      cairo_move_to (cr, mark->x0 + 1, mark->y - 6);
      cairo_line_to (cr, mark->x1 - 1, mark->y - 6);
      cairo_line_to (cr, mark->x1 - 1, mark->y + 3);
      cairo_line_to (cr, c + 1, mark->y + 3);
      cairo_line_to (cr, c - 2, mark->y + 7);
      cairo_line_to (cr, c - 2, mark->y + 3);
      cairo_line_to (cr, mark->x0 + 1, mark->y + 3);
      cairo_close_path (cr);
      break;
    }
}

/* Base layer ------------------------------------------------------------- */

static void
paint_lane_backgrounds (Paint *p)
{
  guint n = sw_timeline_layout_get_n_lanes (p->layout);
  guint visible_index = 0;

  for (guint i = 0; i < n; i++)
    {
      const SwTimelineLane *lane = sw_timeline_layout_get_lane (p->layout, i);
      double top = lanes_top (p) + lane->y;

      if (!lane->visible)
        continue;

      if (visible_index++ % 2 == 1 && lane_in_view (p, lane))
        {
          set_color (p->cr, &p->style->lane_band, 1);
          cairo_rectangle (p->cr, 0, top, p->width, lane->height);
          cairo_fill (p->cr);
        }

      if (p->opts->selected_actor >= 0 && lane->actor == p->opts->selected_actor && lane_in_view (p, lane))
        {
          set_color (p->cr, &p->style->accent, 0.12);
          cairo_rectangle (p->cr, 0, top, p->width, lane->height);
          cairo_fill (p->cr);
        }
    }
}

static void
paint_grid (Paint         *p,
            const SwTicks *ticks)
{
  cairo_t *cr = p->cr;
  double lw = p->style->line_width;

  cairo_set_line_width (cr, lw);
  for (guint i = 0; i < ticks->major->len; i++)
    {
      const SwTick *tick = &g_array_index (ticks->major, SwTick, i);
      double x = round (tick->x) + (fmod (lw, 2) != 0 ? 0.5 : 0);

      cairo_move_to (cr, x, p->m->axis_height);
      cairo_line_to (cr, x, p->height);
    }
  set_color (cr, &p->style->grid, 1);
  cairo_stroke (cr);
}

static void
paint_document_dates (Paint    *p,
                      gboolean  on_axis)
{
  cairo_t *cr = p->cr;
  guint n = sw_timeline_layout_get_n_documents (p->layout);
  static const double dash[] = { 4, 3 };

  for (guint d = 0; d < n; d++)
    {
      double t, x;

      if (!sw_timeline_layout_get_document_time (p->layout, d, &t))
        continue;

      /* The middle of the article's day, where its day-precise items sit. */
      x = sw_time_scale_time_to_x (p->scale, t + 43200.0);
      if (x < -8 || x > p->width + 8)
        continue;

      if (on_axis)
        {
          cairo_move_to (cr, x - 5, p->m->axis_height);
          cairo_line_to (cr, x + 5, p->m->axis_height);
          cairo_line_to (cr, x, p->m->axis_height - 7);
          cairo_close_path (cr);
        }
      else
        {
          cairo_move_to (cr, round (x) + 0.5, p->m->axis_height);
          cairo_line_to (cr, round (x) + 0.5, p->height);
        }
    }

  set_color (cr, &p->style->document_date, 1);
  if (on_axis)
    {
      cairo_fill (cr);
    }
  else
    {
      cairo_set_line_width (cr, p->style->line_width);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

static guint
item_slot (Paint                 *p,
           const SwTimelineLane  *lane,
           const SwTimelineEntry *entry)
{
  if (lane->actor >= 0)
    return lane->color;

  if (entry->actors->len == 0)
    return G_MAXUINT;

  return sw_timeline_layout_get_actor_color (p->layout, g_array_index (entry->actors, int, 0));
}

static guint
group_of (guint    slot,
          gboolean dim)
{
  guint color = slot == G_MAXUINT ? SW_TIMELINE_N_COLORS : slot % SW_TIMELINE_N_COLORS;
  return color * 2 + (dim ? 1 : 0);
}

static gboolean
is_dimmed (Paint                 *p,
           const SwTimelineLane  *lane,
           const SwTimelineEntry *entry)
{
  int actor = p->opts->selected_actor;

  if (actor < 0)
    return FALSE;

  if (lane->actor >= 0)
    return lane->actor != actor;

  return !sw_timeline_entry_has_actor (entry, actor);
}

static void
flush_groups (Paint *p)
{
  cairo_t *cr = p->cr;
  double r = p->m->point_radius;
  double bar_h = p->m->row_height * 0.5;

  for (guint g = 0; g < N_GROUPS; g++)
    {
      GArray *marks = p->groups[g];
      guint slot = g / 2 == SW_TIMELINE_N_COLORS ? G_MAXUINT : g / 2;
      double alpha = g % 2 == 1 ? 0.3 : 1.0;
      gboolean any_outline = FALSE;

      if (marks->len == 0)
        continue;

      /* Bars are translucent so that their labels read in any theme. */
      for (guint i = 0; i < marks->len; i++)
        {
          const Mark *mark = &g_array_index (marks, Mark, i);

          if (mark->shape == SHAPE_BAR)
            add_shape_path (cr, mark, r, bar_h);
        }
      set_color (cr, slot_color (p->style, slot), alpha * 0.45);
      cairo_fill (cr);

      for (guint i = 0; i < marks->len; i++)
        {
          const Mark *mark = &g_array_index (marks, Mark, i);

          if (mark->shape == SHAPE_POINT || mark->shape == SHAPE_QUOTE || mark->shape == SHAPE_BAR)
            {
              if (mark->shape == SHAPE_BAR)
                cairo_rectangle (cr, mark->x0, mark->y - bar_h / 2, MIN (2, mark->x1 - mark->x0), bar_h);
              else
                add_shape_path (cr, mark, r, bar_h);
            }
          else
            any_outline = TRUE;
        }
      set_color (cr, slot_color (p->style, slot), alpha);
      cairo_fill (cr);

      if (any_outline)
        {
          for (guint i = 0; i < marks->len; i++)
            {
              const Mark *mark = &g_array_index (marks, Mark, i);

              if (mark->shape == SHAPE_RING || mark->shape == SHAPE_QUOTE_OUTLINE)
                add_shape_path (cr, mark, r - 0.5, bar_h);
            }
          cairo_set_line_width (cr, 1.5 * p->style->line_width);
          cairo_stroke (cr);
        }

      g_array_set_size (marks, 0);
    }

  /* Approximate ends fade out over up to a fifth of the bar each. */
  for (guint i = 0; i < p->faded->len; i++)
    {
      const Mark *mark = &g_array_index (p->faded, Mark, i);
      guint g = g_array_index (p->faded_color, guint, i);
      guint slot = g / 2 == SW_TIMELINE_N_COLORS ? G_MAXUINT : g / 2;
      const SwColor *c = slot_color (p->style, slot);
      double alpha = (g % 2 == 1 ? 0.3 : 1.0) * 0.45;
      double w = mark->x1 - mark->x0;
      double fade = MIN (24.0, w / 5) / w;
      cairo_pattern_t *pattern = cairo_pattern_create_linear (mark->x0, 0, mark->x1, 0);

      /* The shape encodes which ends fade: 1 start, 2 end, 3 both. */
      cairo_pattern_add_color_stop_rgba (pattern, 0, c->red, c->green, c->blue,
                                         (mark->shape & 1) ? 0 : alpha);
      cairo_pattern_add_color_stop_rgba (pattern, fade, c->red, c->green, c->blue, alpha);
      cairo_pattern_add_color_stop_rgba (pattern, 1 - fade, c->red, c->green, c->blue, alpha);
      cairo_pattern_add_color_stop_rgba (pattern, 1, c->red, c->green, c->blue,
                                         (mark->shape & 2) ? 0 : alpha);
      cairo_rectangle (cr, mark->x0, mark->y - bar_h / 2, w, bar_h);
      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
    }
  g_array_set_size (p->faded, 0);
  g_array_set_size (p->faded_color, 0);
}

static void
paint_lane_items (Paint                *p,
                  const SwTimelineLane *lane)
{
  const SwTimelineMetrics *m = p->m;
  const SwTimelineItem *items = (const SwTimelineItem *)(const void *)lane->items->data;
  double left = p->origin, right = p->origin + p->width;
  double pad = MAX (m->quote_width, m->point_radius * 2) + 2;
  guint lo = sw_timeline_lane_first_from (lane, left - lane->max_width - pad, p->spp);
  guint hi;

  for (hi = lo; hi < lane->items->len; hi++)
    {
      const SwTimelineItem *item = &items[hi];
      const SwTimelineEntry *entry;
      Mark mark;
      guint slot;
      gboolean dim;

      if (item->start / p->spp - pad > right)
        break;
      if (!item->packed || item->x1 < left || item->x0 > right)
        continue;

      entry = sw_timeline_layout_get_entry (p->layout, item->entry);
      slot = item_slot (p, lane, entry);
      dim = is_dimmed (p, lane, entry);

      mark.x0 = item->x0 - p->origin;
      mark.x1 = item->x1 - p->origin;
      mark.y = row_center (p, lane, item->row);

      if (entry->point)
        {
          if (item->kind == SW_TIMELINE_ITEM_QUOTE)
            mark.shape = entry->date_inferred ? SHAPE_QUOTE_OUTLINE : SHAPE_QUOTE;
          else
            mark.shape = entry->approx_start || entry->approx_end ? SHAPE_RING : SHAPE_POINT;
        }
      else
        {
          mark.shape = SHAPE_BAR;

          /* Clamp very long bars so the gradient stays within reach. */
          mark.x0 = MAX (mark.x0, -32);
          mark.x1 = MIN (mark.x1, p->width + 32);

          if (entry->approx_start || entry->approx_end)
            {
              Mark faded = mark;
              guint g = group_of (slot, dim);

              faded.x0 = item->x0 - p->origin;
              faded.x1 = item->x1 - p->origin;
              faded.shape = (entry->approx_start ? 1 : 0) | (entry->approx_end ? 2 : 0);
              g_array_append_val (p->faded, faded);
              g_array_append_val (p->faded_color, g);

              /* The solid start edge goes only where the start is known. */
              if (entry->approx_start)
                continue;
              mark.x1 = mark.x0 + 2;
            }
        }

      g_array_append_val (p->groups[group_of (slot, dim)], mark);
    }

  flush_groups (p);

  /* Labels go where the row leaves them room before the next item. */
  set_color (p->cr, &p->style->foreground, 1);
  for (guint i = lo; i < hi; i++)
    {
      const SwTimelineItem *item = &items[i];
      const SwTimelineEntry *entry;
      double x, room, th;

      if (!item->packed || item->x1 < left || item->x0 > right)
        continue;

      entry = sw_timeline_layout_get_entry (p->layout, item->entry);
      if (entry->label == NULL || entry->label[0] == '\0')
        continue;

      if (entry->point)
        x = item->x1 - p->origin + 3;
      else
        x = MAX (item->x0 - p->origin, 0) + 5;

      room = MIN (item->next_x - p->origin, p->width + 200) - m->item_gap - x;
      if (room < m->min_label_room)
        continue;

      th = p->m->row_height * 0.6;
      if (is_dimmed (p, lane, entry))
        set_color (p->cr, &p->style->foreground, 0.4);
      show_text (p, entry->label, p->font, x, row_center (p, lane, item->row) - th / 2 - 1, room);
      if (is_dimmed (p, lane, entry))
        set_color (p->cr, &p->style->foreground, 1);
    }
}

/* Bins closer than this make one count. */
#define RUN_GAP 24.0

static void
paint_density (Paint                *p,
               const SwTimelineLane *lane)
{
  const SwTimelineMetrics *m = p->m;
  const SwTimelineItem *aggs = (const SwTimelineItem *)(const void *)lane->aggregates->data;
  guint n = lane->aggregates->len;
  double top = lanes_top (p) + lane->y + m->lane_header + MAX (lane->n_rows, 1) * m->row_height;
  double strip = MIN (m->density_height - 4, 8);
  static const double alphas[] = { 0.4, 0.6, 0.8, 1.0 };
  guint i;

  if (lane->n_aggregated == 0)
    return;

  /* Four shades of one colour, one fill each, by how many items a bin
   * stands for: 1, 2-3, 4-15, 16 and more. */
  for (guint level = 0; level < G_N_ELEMENTS (alphas); level++)
    {
      gboolean any = FALSE;

      for (i = 0; i < n; i++)
        {
          guint c = aggs[i].count;
          guint l = c >= 16 ? 3 : c >= 4 ? 2 : c >= 2 ? 1 : 0;
          double x0 = aggs[i].x0 - p->origin;

          if (l != level || x0 > p->width || aggs[i].x1 - p->origin < 0)
            continue;

          cairo_rectangle (p->cr, x0, top + (m->density_height - strip) / 2, aggs[i].x1 - aggs[i].x0, strip);
          any = TRUE;
        }

      if (any)
        {
          set_color (p->cr, &p->style->density, alphas[level]);
          cairo_fill (p->cr);
        }
    }

  /* Each run of bins says how many items it holds, where there is room. */
  set_color (p->cr, &p->style->dim_foreground, 1);
  pango_layout_set_font_description (p->text, p->small);
  for (i = 0; i < n;)
    {
      double run_end = aggs[i].x1;
      guint total = 0, j = i;
      g_autofree char *count = NULL;
      PangoRectangle logical;
      double x, next;

      while (j < n && aggs[j].x0 - run_end < RUN_GAP)
        {
          run_end = aggs[j].x1;
          total += aggs[j].count;
          j++;
        }

      x = run_end - p->origin + 3;
      next = j < n ? aggs[j].x0 - p->origin : p->width + 100;
      i = j;

      if (x > p->width || next < 0)
        continue;

      count = g_strdup_printf ("+%u", total);
      pango_layout_set_width (p->text, -1);
      pango_layout_set_text (p->text, count, -1);
      pango_layout_get_extents (p->text, NULL, &logical);
      if (x + (double)logical.width / PANGO_SCALE + 4 > next)
        continue;

      cairo_move_to (p->cr, x, top + (m->density_height - (double)logical.height / PANGO_SCALE) / 2);
      pango_cairo_show_layout (p->cr, p->text);
    }
  pango_layout_set_font_description (p->text, p->font);
}

static void
paint_lane_header (Paint                *p,
                   const SwTimelineLane *lane)
{
  double top = lanes_top (p) + lane->y;
  double x = 6;
  g_autofree char *counts = NULL;
  PangoRectangle logical;

  if (lane->actor >= 0)
    {
      set_color (p->cr, slot_color (p->style, lane->color), 1);
      cairo_rectangle (p->cr, x, top + 5, 8, 8);
      cairo_fill (p->cr);
      x += 12;
    }

  set_color (p->cr, &p->style->foreground, 1);
  show_text (p, lane->name, p->bold, x, top + 1, MIN (p->width * 0.5, 320));
  pango_layout_set_font_description (p->text, p->bold);
  pango_layout_get_extents (p->text, NULL, &logical);
  pango_layout_set_font_description (p->text, p->font);
  x += (double)logical.width / PANGO_SCALE + 8;

  if (lane->n_aggregated > 0)
    counts = g_strdup_printf (ngettext ("%u item, %u summarised", "%u items, %u summarised", lane->n_entries),
                              lane->n_entries, lane->n_aggregated);
  else
    counts = g_strdup_printf (ngettext ("%u item", "%u items", lane->n_entries), lane->n_entries);

  set_color (p->cr, &p->style->dim_foreground, 1);
  show_text (p, counts, p->font, x, top + 1, 0);
}

static void
paint_axis (Paint         *p,
            const SwTicks *ticks)
{
  cairo_t *cr = p->cr;
  const SwTimelineMetrics *m = p->m;
  double h = m->axis_height;
  double lw = p->style->line_width;

  set_color (cr, &p->style->axis_background, 1);
  cairo_rectangle (cr, 0, 0, p->width, h);
  cairo_fill (cr);

  /* Minor ticks short, major ticks long, one stroke for all. */
  for (guint i = 0; i < ticks->minor->len; i++)
    {
      double x = round (g_array_index (ticks->minor, SwTick, i).x) + 0.5;

      cairo_move_to (cr, x, h - 4);
      cairo_line_to (cr, x, h);
    }
  for (guint i = 0; i < ticks->major->len; i++)
    {
      double x = round (g_array_index (ticks->major, SwTick, i).x) + 0.5;

      cairo_move_to (cr, x, h - 24);
      cairo_line_to (cr, x, h);
    }
  for (guint i = 0; i < ticks->context->len; i++)
    {
      double x = round (g_array_index (ticks->context, SwTick, i).x) + 0.5;

      cairo_move_to (cr, x, 0);
      cairo_line_to (cr, x, 18);
    }
  cairo_move_to (cr, 0, h - lw / 2);
  cairo_line_to (cr, p->width, h - lw / 2);
  set_color (cr, &p->style->dim_foreground, 0.6);
  cairo_set_line_width (cr, lw);
  cairo_stroke (cr);

  set_color (cr, &p->style->foreground, 1);
  for (guint i = 0; i < ticks->context->len; i++)
    {
      const SwTick *tick = &g_array_index (ticks->context, SwTick, i);

      if (tick->label != NULL)
        show_text (p, tick->label, p->bold, tick->x + SW_TICK_LABEL_OFFSET, 2, 0);
    }

  set_color (cr, &p->style->dim_foreground, 1);
  for (guint i = 0; i < ticks->major->len; i++)
    {
      const SwTick *tick = &g_array_index (ticks->major, SwTick, i);

      if (tick->label != NULL)
        show_text (p, tick->label, p->font, tick->x + SW_TICK_LABEL_OFFSET, 22, 0);
    }

  paint_document_dates (p, TRUE);
}

static void
paint_empty (Paint *p)
{
  set_color (p->cr, &p->style->dim_foreground, 1);
  show_text (p, _("No dated events"), p->font, 12, p->m->axis_height + 12, 0);
}

static void
paint_base (Paint *p)
{
  cairo_t *cr = p->cr;
  g_autoptr(SwTicks) ticks = NULL;
  guint n = sw_timeline_layout_get_n_lanes (p->layout);
  gboolean any = FALSE;

  set_color (cr, &p->style->background, 1);
  cairo_rectangle (cr, 0, 0, p->width, p->height);
  cairo_fill (cr);

  /* Bold context labels are measured with the regular face; the padding
   * covers the difference. */
  ticks = sw_time_ticks_compute (p->scale, measure_text, p, LABEL_PADDING);

  cairo_save (cr);
  cairo_rectangle (cr, 0, p->m->axis_height, p->width, p->height - p->m->axis_height);
  cairo_clip (cr);

  paint_lane_backgrounds (p);
  paint_grid (p, ticks);
  paint_document_dates (p, FALSE);

  for (guint i = 0; i < n; i++)
    {
      const SwTimelineLane *lane = sw_timeline_layout_get_lane (p->layout, i);

      if (!lane_in_view (p, lane))
        continue;

      any = any || lane->n_entries > 0;
      paint_lane_items (p, lane);
      paint_density (p, lane);
      paint_lane_header (p, lane);
    }

  if (!any && sw_timeline_layout_get_n_entries (p->layout) == 0)
    paint_empty (p);

  cairo_restore (cr);

  paint_axis (p, ticks);
}

/* Highlight layer -------------------------------------------------------- */

static gboolean
item_mark (Paint                *p,
           const SwTimelineItem *item,
           Mark                 *mark)
{
  int pos = sw_timeline_layout_find_lane (p->layout, item->actor);
  const SwTimelineLane *lane;
  const SwTimelineEntry *entry;

  if (pos < 0 || !item->packed)
    return FALSE;

  lane = sw_timeline_layout_get_lane (p->layout, pos);
  if (!lane_in_view (p, lane))
    return FALSE;

  entry = sw_timeline_layout_get_entry (p->layout, item->entry);
  mark->x0 = item->x0 - p->origin;
  mark->x1 = item->x1 - p->origin;
  mark->y = row_center (p, lane, item->row);
  mark->shape = entry->point ? (item->kind == SW_TIMELINE_ITEM_QUOTE ? SHAPE_QUOTE : SHAPE_POINT) : SHAPE_BAR;

  return mark->x1 >= -8 && mark->x0 <= p->width + 8;
}

/* Rings the entry in every lane that shows it and links the copies with a
 * vertical line, so the reader sees it is one happening. */
static void
paint_entry_highlight (Paint         *p,
                       int            entry_index,
                       const SwColor *color,
                       double         width)
{
  cairo_t *cr = p->cr;
  const SwTimelineEntry *entry;
  double top = INFINITY, bottom = -INFINITY, link_x = 0;
  guint n_marks = 0;
  int lanes[64];
  guint n_lanes = 0;

  if (entry_index < 0 || (guint)entry_index >= sw_timeline_layout_get_n_entries (p->layout))
    return;

  entry = sw_timeline_layout_get_entry (p->layout, entry_index);
  lanes[n_lanes++] = -1;
  for (guint i = 0; i < entry->actors->len && n_lanes < G_N_ELEMENTS (lanes); i++)
    lanes[n_lanes++] = g_array_index (entry->actors, int, i);

  cairo_save (cr);
  cairo_rectangle (cr, 0, p->m->axis_height, p->width, p->height - p->m->axis_height);
  cairo_clip (cr);

  for (guint i = 0; i < n_lanes; i++)
    {
      const SwTimelineItem *item = sw_timeline_layout_find_item (p->layout, entry_index, lanes[i]);
      Mark mark;

      if (item == NULL || !item_mark (p, item, &mark))
        continue;

      if (mark.shape == SHAPE_BAR)
        cairo_rectangle (cr, mark.x0 - 2, mark.y - p->m->row_height * 0.25 - 2,
                         mark.x1 - mark.x0 + 4, p->m->row_height * 0.5 + 4);
      else
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, (mark.x0 + mark.x1) / 2, mark.y, MAX (p->m->point_radius, (mark.x1 - mark.x0) / 2) + 3, 0, 2 * G_PI);
          cairo_close_path (cr);
        }

      top = MIN (top, mark.y);
      bottom = MAX (bottom, mark.y);
      /* Points link at their centre, bars at their start. */
      link_x = entry->point ? (mark.x0 + mark.x1) / 2 : mark.x0 + 1;
      n_marks++;
    }

  set_color (cr, color, 1);
  cairo_set_line_width (cr, width * p->style->line_width);
  cairo_stroke (cr);

  if (n_marks > 1)
    {
      static const double dash[] = { 2, 2 };

      cairo_move_to (cr, link_x, top + p->m->point_radius + 3);
      cairo_line_to (cr, link_x, bottom - p->m->point_radius - 3);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

static void
paint_highlight (Paint *p)
{
  cairo_t *cr = p->cr;

  if (p->opts->has_range)
    {
      double x0 = sw_time_scale_time_to_x (p->scale, MIN (p->opts->range_start, p->opts->range_end));
      double x1 = sw_time_scale_time_to_x (p->scale, MAX (p->opts->range_start, p->opts->range_end));

      set_color (cr, &p->style->accent, 0.2);
      cairo_rectangle (cr, x0, 0, x1 - x0, p->height);
      cairo_fill_preserve (cr);
      set_color (cr, &p->style->accent, 0.8);
      cairo_set_line_width (cr, p->style->line_width);
      cairo_stroke (cr);
    }

  if (p->opts->hover_entry >= 0 && p->opts->hover_entry != p->opts->selected_entry)
    paint_entry_highlight (p, p->opts->hover_entry, &p->style->hover, 1.0);

  paint_entry_highlight (p, p->opts->selected_entry, &p->style->accent, 2.0);
}

/* Title and legend ------------------------------------------------------- */

static void
paint_title (Paint      *p,
             const char *title)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (p->bold);

  pango_font_description_set_size (font, pango_font_description_get_size (p->font) * 14 / 9);
  set_color (p->cr, &p->style->background, 1);
  cairo_rectangle (p->cr, 0, 0, p->width, TITLE_HEIGHT);
  cairo_fill (p->cr);
  set_color (p->cr, &p->style->foreground, 1);
  show_text (p, title, font, 10, 7, p->width - 20);
}

static void
paint_legend (Paint  *p,
              double  top)
{
  cairo_t *cr = p->cr;
  const SwColor *ink = &p->style->palette[0];
  double x = 10, y = top + LEGEND_HEIGHT / 2;
  double r = p->m->point_radius;
  const char *names[] = {
    _("Event on a day"), _("Month, year or duration"), _("Approximate"),
    _("Statement"), _("Article date"), _("Summarised (density)"),
  };

  set_color (cr, &p->style->background, 1);
  cairo_rectangle (cr, 0, top, p->width, LEGEND_HEIGHT);
  cairo_fill (cr);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      Mark mark = { x, x + 2 * r, y, SHAPE_POINT };
      PangoRectangle logical;

      switch (i)
        {
        case 0:
          add_shape_path (cr, &mark, r, 10);
          set_color (cr, ink, 1);
          cairo_fill (cr);
          break;
        case 1:
          mark.x1 = x + 24;
          mark.shape = SHAPE_BAR;
          add_shape_path (cr, &mark, r, 10);
          set_color (cr, ink, 0.45);
          cairo_fill (cr);
          break;
        case 2:
          mark.shape = SHAPE_RING;
          add_shape_path (cr, &mark, r - 0.5, 10);
          set_color (cr, ink, 1);
          cairo_set_line_width (cr, 1.5 * p->style->line_width);
          cairo_stroke (cr);
          break;
        case 3:
          mark.x1 = x + p->m->quote_width;
          mark.shape = SHAPE_QUOTE;
          add_shape_path (cr, &mark, r, 10);
          set_color (cr, ink, 1);
          cairo_fill (cr);
          break;
        case 4:
          cairo_move_to (cr, x + 4.5, y - 8);
          cairo_line_to (cr, x + 4.5, y + 8);
          set_color (cr, &p->style->document_date, 1);
          cairo_set_line_width (cr, p->style->line_width);
          cairo_stroke (cr);
          mark.x1 = x + 9;
          break;
        default:
          cairo_rectangle (cr, x, y - 4, 20, 7);
          set_color (cr, &p->style->density, 0.7);
          cairo_fill (cr);
          mark.x1 = x + 20;
          break;
        }

      x = mark.x1 + 6;
      set_color (cr, &p->style->foreground, 1);
      show_text (p, names[i], p->font, x, y - text_height (p) / 2, 0);
      pango_layout_get_extents (p->text, NULL, &logical);
      x += (double)logical.width / PANGO_SCALE + 18;
    }
}

/* Entry points ----------------------------------------------------------- */

/**
 * sw_timeline_paint_get_height:
 *
 * The height a painting with @opts takes when @opts asks for no particular
 * height: the title, the axis, every visible lane, the legend.
 */
double
sw_timeline_paint_get_height (SwTimelineLayout             *layout,
                              const SwTimeScale            *scale,
                              const SwTimelinePaintOptions *opts)
{
  double h;

  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (layout), 0);
  g_return_val_if_fail (scale != NULL, 0);
  g_return_val_if_fail (opts != NULL, 0);

  sw_timeline_layout_update (layout, scale);
  h = sw_timeline_layout_get_height (layout);

  if (opts->title != NULL)
    h += TITLE_HEIGHT;
  if (opts->legend)
    h += LEGEND_HEIGHT;

  return ceil (h);
}

/**
 * sw_timeline_paint:
 * @cr: a context whose user space is logical pixels, origin top left
 * @scale: the visible time range and the width painted
 * @opts: (nullable): what else to draw, and how
 *
 * Paints the timeline into (0, 0, width of @scale, @opts->height). The
 * widget, the PNG, SVG and PDF exports all come through here.
 */
void
sw_timeline_paint (cairo_t                      *cr,
                   SwTimelineLayout             *layout,
                   const SwTimeScale            *scale,
                   const SwTimelinePaintOptions *opts)
{
  SwTimelinePaintOptions defaults;
  SwTimelineStyle light;
  Paint p;
  double total;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (SW_IS_TIMELINE_LAYOUT (layout));
  g_return_if_fail (scale != NULL);

  if (opts == NULL)
    {
      sw_timeline_paint_options_init (&defaults);
      opts = &defaults;
    }

  if (opts->style == NULL)
    sw_timeline_style_init (&light, SW_TIMELINE_STYLE_LIGHT);

  total = opts->height > 0 ? opts->height : sw_timeline_paint_get_height (layout, scale, opts);
  sw_timeline_layout_update (layout, scale);

  cairo_save (cr);
  paint_begin (&p, cr, layout, scale, opts, opts->style != NULL ? opts->style : &light);

  p.height = total - (opts->title != NULL ? TITLE_HEIGHT : 0) - (opts->legend ? LEGEND_HEIGHT : 0);

  if (opts->title != NULL && (opts->layers & SW_TIMELINE_LAYER_BASE))
    paint_title (&p, opts->title);
  if (opts->legend && (opts->layers & SW_TIMELINE_LAYER_BASE))
    paint_legend (&p, total - LEGEND_HEIGHT);

  if (opts->title != NULL)
    cairo_translate (cr, 0, TITLE_HEIGHT);

  cairo_rectangle (cr, 0, 0, p.width, MAX (p.height, 0));
  cairo_clip (cr);

  if (opts->layers & SW_TIMELINE_LAYER_BASE)
    paint_base (&p);
  if (opts->layers & SW_TIMELINE_LAYER_HIGHLIGHT)
    paint_highlight (&p);

  paint_end (&p);
  cairo_restore (cr);
}

/* Export ----------------------------------------------------------------- */

static SwTimeScale *
export_scale (const SwTimeScale *scale,
              double             width)
{
  if (width <= 0)
    width = sw_time_scale_get_width (scale);

  /* The same stretch of time, at the width asked for. */
  return sw_time_scale_new (sw_time_scale_get_start (scale), sw_time_scale_get_end (scale), width);
}

/**
 * sw_timeline_render_image:
 * @width: logical pixels; 0 keeps the width of @scale
 * @scale_factor: device pixels per logical pixel (2 for a 2x image)
 *
 * Returns: (transfer full): an ARGB32 image surface with the painting
 */
cairo_surface_t *
sw_timeline_render_image (SwTimelineLayout             *layout,
                          const SwTimeScale            *scale,
                          double                        width,
                          double                        scale_factor,
                          const SwTimelinePaintOptions *opts)
{
  g_autoptr(SwTimeScale) s = NULL;
  SwTimelinePaintOptions o;
  cairo_surface_t *surface;
  cairo_t *cr;
  double height;

  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (layout), NULL);
  g_return_val_if_fail (scale != NULL, NULL);

  if (opts != NULL)
    o = *opts;
  else
    sw_timeline_paint_options_init (&o);

  if (scale_factor <= 0)
    scale_factor = 1;

  s = export_scale (scale, width);
  height = o.height > 0 ? o.height : sw_timeline_paint_get_height (layout, s, &o);
  o.height = height;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int)ceil (sw_time_scale_get_width (s) * scale_factor),
                                        (int)ceil (height * scale_factor));
  cairo_surface_set_device_scale (surface, scale_factor, scale_factor);

  cr = cairo_create (surface);
  sw_timeline_paint (cr, layout, s, &o);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

gboolean
sw_timeline_format_from_path (const char       *path,
                              SwTimelineFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = SW_TIMELINE_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = SW_TIMELINE_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = SW_TIMELINE_FORMAT_PDF;
  else
    return FALSE;

  return TRUE;
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

/**
 * sw_timeline_export_full:
 * @scale: the time range to export (the visible one, or a fit of all)
 * @width: logical pixels (points in a PDF); 0 keeps the width of @scale
 * @scale_factor: for PNG only: 2 writes a 2x image
 * @opts: (nullable): title, legend, style; %NULL exports with a legend in
 *   the light style
 */
gboolean
sw_timeline_export_full (SwTimelineLayout             *layout,
                         const SwTimeScale            *scale,
                         SwTimelineFormat              format,
                         const char                   *path,
                         double                        width,
                         double                        scale_factor,
                         const SwTimelinePaintOptions *opts,
                         GError                      **error)
{
  g_autoptr(SwTimeScale) s = NULL;
  SwTimelinePaintOptions o;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (SW_IS_TIMELINE_LAYOUT (layout), FALSE);
  g_return_val_if_fail (scale != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (opts != NULL)
    {
      o = *opts;
    }
  else
    {
      sw_timeline_paint_options_init (&o);
      o.legend = TRUE;
    }

  /* An export shows the items, not what the pointer was over. */
  o.hover_entry = -1;
  o.has_range = FALSE;
  o.scroll_y = 0;
  o.height = 0;

  if (format == SW_TIMELINE_FORMAT_PNG)
    {
      surface = sw_timeline_render_image (layout, scale, width, scale_factor, &o);
      status = cairo_surface_write_to_png (surface, path);
      cairo_surface_destroy (surface);
      return check_status (status, path, error);
    }

  s = export_scale (scale, width);
  o.height = sw_timeline_paint_get_height (layout, s, &o);

  if (format == SW_TIMELINE_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create (path, sw_time_scale_get_width (s), o.height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    {
      surface = cairo_pdf_surface_create (path, sw_time_scale_get_width (s), o.height);
    }

  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      cr = cairo_create (surface);
      sw_timeline_paint (cr, layout, s, &o);
      status = cairo_status (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  return check_status (status, path, error);
}

/**
 * sw_timeline_export:
 * @title: (nullable): written above the timeline
 *
 * Writes the range of @scale as @format to @path, with a legend, painted
 * by sw_timeline_paint() like the screen.
 */
gboolean
sw_timeline_export (SwTimelineLayout   *layout,
                    const SwTimeScale  *scale,
                    SwTimelineFormat    format,
                    const char         *path,
                    double              width,
                    double              scale_factor,
                    const char         *title,
                    GError            **error)
{
  SwTimelinePaintOptions opts;

  sw_timeline_paint_options_init (&opts);
  opts.title = title;
  opts.legend = TRUE;

  return sw_timeline_export_full (layout, scale, format, path, width, scale_factor, &opts, error);
}
