/* test-graph-paint.c: transforms, hit testing, painting and image export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-graph-paint"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "graph-fixture.h"
#include "sw-graph-painter.h"

#define WIDTH  640
#define HEIGHT 420

static SwGraphLayout *
fixture_layout (void)
{
  g_autoptr(SwGraphModel) model = fx_model (2);
  g_autoptr(GError) error = NULL;
  SwGraphLayout *layout = sw_graph_layout_compute (model, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return layout;
}

static void
fit_whole (SwGraphLayout       *layout,
           SwGraphPaintOptions *options,
           SwGraphTransform    *t)
{
  SwGraphRect area;

  sw_graph_paint_get_graph_area (layout, options, &area);
  sw_graph_transform_fit (t, &layout->bounds, &area, 16, 0);
}

static void
test_transforms (void)
{
  SwGraphTransform t = { 2.0, 100, -50 };
  SwGraphRect bounds = { -100, -50, 400, 100 }, area = { 0, 30, 800, 400 };
  double sx, sy, gx, gy;

  sw_graph_transform_to_screen (&t, 10, 20, &sx, &sy);
  g_assert_cmpfloat (sx, ==, 120);
  g_assert_cmpfloat (sy, ==, -10);
  sw_graph_transform_to_graph (&t, sx, sy, &gx, &gy);
  g_assert_cmpfloat_with_epsilon (gx, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (gy, 20, 1e-9);

  /* Zoom keeps the graph point under the pointer. */
  sw_graph_transform_to_graph (&t, 333, 77, &gx, &gy);
  sw_graph_transform_zoom_at (&t, 1.7, 333, 77);
  g_assert_cmpfloat_with_epsilon (t.scale, 3.4, 1e-12);
  sw_graph_transform_to_screen (&t, gx, gy, &sx, &sy);
  g_assert_cmpfloat_with_epsilon (sx, 333, 1e-9);
  g_assert_cmpfloat_with_epsilon (sy, 77, 1e-9);

  /* Fit: the wide box fills the width less margins, centred in the area. */
  sw_graph_transform_fit (&t, &bounds, &area, 20, 0);
  g_assert_cmpfloat_with_epsilon (t.scale, 760.0 / 400.0, 1e-12);
  sw_graph_transform_to_screen (&t, -100, -50, &sx, &sy);
  g_assert_cmpfloat_with_epsilon (sx, 20, 1e-9);
  sw_graph_transform_to_screen (&t, 100, 0, &sx, &sy);
  g_assert_cmpfloat_with_epsilon (sx, 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (sy, 230, 1e-9);
  sw_graph_transform_fit (&t, &bounds, &area, 20, 1.5);
  g_assert_cmpfloat (t.scale, ==, 1.5);
}

static void
test_hit_nodes (void)
{
  g_autoptr(SwGraphLayout) layout = fixture_layout ();
  SwGraphPaintOptions options;
  SwGraphTransform t;
  double sx, sy;
  int big = -1, small = -1;

  sw_graph_paint_options_init (&options);
  options.width = WIDTH;
  options.height = HEIGHT;
  fit_whole (layout, &options, &t);

  for (guint i = 0; i < layout->n_nodes; i++)
    {
      double r = layout->radius[i] * t.scale;

      sw_graph_transform_to_screen (&t, layout->x[i], layout->y[i], &sx, &sy);
      g_assert_cmpint (sw_graph_hit_node (layout, &t, sx, sy, 0), ==, (int)i);
      g_assert_cmpint (sw_graph_hit_node (layout, &t, sx + r * 0.7, sy - r * 0.7, 0), ==, (int)i);
      g_assert_cmpint (sw_graph_hit_node (layout, &t, sx + r + 3, sy, 4), ==, (int)i);
      g_assert_cmpint (sw_graph_hit_node (layout, &t, sx + r + 6, sy, 4), !=, (int)i);
      if (big < 0 || layout->radius[i] > layout->radius[big])
        big = i;
      if (small < 0 || layout->radius[i] < layout->radius[small])
        small = i;
    }
  g_assert_cmpint (sw_graph_hit_node (layout, &t, -500, -500, 4), ==, -1);

  /* A small node over a large one stays reachable. */
  g_assert_cmpfloat (layout->radius[small], <, layout->radius[big]);
  sw_graph_layout_move_node (layout, small, layout->x[big] + layout->radius[big] / 2, layout->y[big], FALSE);
  sw_graph_transform_to_screen (&t, layout->x[small], layout->y[small], &sx, &sy);
  g_assert_cmpint (sw_graph_hit_node (layout, &t, sx, sy, 0), ==, small);
}

static void
test_hit_edges (void)
{
  g_autoptr(SwGraphLayout) layout = fixture_layout ();
  SwGraphModel *model = layout->model;
  SwGraphPaintOptions options;
  SwGraphTransform t;
  guint hit = 0;

  sw_graph_paint_options_init (&options);
  options.width = WIDTH;
  options.height = HEIGHT;
  fit_whole (layout, &options, &t);

  for (guint i = 0; i < sw_graph_model_get_n_edges (model); i++)
    {
      double p[6], apex_x, apex_y, sx, sy, len, nx, ny;

      /* The apex of the curve is halfway between the chord's middle and
       * the control point; parallel edges each have their own. */
      sw_graph_edge_get_curve (layout, i, p);
      apex_x = 0.25 * p[0] + 0.5 * p[2] + 0.25 * p[4];
      apex_y = 0.25 * p[1] + 0.5 * p[3] + 0.25 * p[5];
      sw_graph_transform_to_screen (&t, apex_x, apex_y, &sx, &sy);
      if (sw_graph_hit_node (layout, &t, sx, sy, 4) >= 0)
        continue;
      g_assert_cmpint (sw_graph_hit_edge (layout, &t, NULL, sx, sy, 3), ==, (int)i);

      /* Well off to the side there is nothing, or another edge. */
      len = hypot (p[4] - p[0], p[5] - p[1]);
      nx = -(p[5] - p[1]) / len;
      ny = (p[4] - p[0]) / len;
      g_assert_cmpint (sw_graph_hit_edge (layout, &t, NULL, sx + nx * 60, sy + ny * 60, 3), !=, (int)i);
      hit++;
    }
  g_assert_cmpuint (hit, >=, sw_graph_model_get_n_edges (model) - 2);

  {
    /* Edges the time filter hides cannot be hit. */
    int spoke = -1;
    double p[6], sx, sy;

    for (guint i = 0; i < sw_graph_model_get_n_edges (model); i++)
      if (sw_graph_model_get_edge (model, i)->kind == SW_RELATION_SPOKE_WITH &&
          sw_graph_model_get_edge (model, i)->n_events > 0)
        spoke = i;
    g_assert_cmpint (spoke, >=, 0);
    sw_graph_edge_get_curve (layout, spoke, p);
    sw_graph_transform_to_screen (&t, 0.25 * p[0] + 0.5 * p[2] + 0.25 * p[4],
                                  0.25 * p[1] + 0.5 * p[3] + 0.25 * p[5], &sx, &sy);
    g_assert_cmpint (sw_graph_hit_edge (layout, &t, &options, sx, sy, 3), ==, spoke);
    sw_graph_date_range ("2024-01", NULL, &options.from_day, &options.to_day);
    g_assert_cmpint (sw_graph_hit_edge (layout, &t, &options, sx, sy, 3), !=, spoke);
  }
}

static cairo_surface_t *
render (SwGraphLayout       *layout,
        SwGraphPaintOptions *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  SwGraphTransform t;

  options->width = WIDTH;
  options->height = HEIGHT;
  fit_whole (layout, options, &t);
  sw_graph_paint (cr, layout, &t, options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Share of pixels whose channels differ by more than @threshold: font
 * rasterisation may move a few, a changed picture moves many. */
static double
difference (cairo_surface_t *a,
            cairo_surface_t *b,
            int              threshold)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  guint differ = 0;

  g_assert_cmpint (w, ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (h, ==, cairo_image_surface_get_height (b));

  for (int y = 0; y < h; y++)
    {
      const guint8 *ra = cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a);
      const guint8 *rb = cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b);

      for (int x = 0; x < 4 * w; x += 4)
        for (int c = 0; c < 4; c++)
          if (ABS ((int)ra[x + c] - (int)rb[x + c]) > threshold)
            {
              differ++;
              break;
            }
    }

  return (double)differ / (w * h);
}

static void
test_reference (void)
{
  g_autoptr(SwGraphLayout) layout = fixture_layout ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "graph-reference.png", NULL);
  SwGraphPaintOptions options;
  cairo_surface_t *painted, *reference, *dark;

  sw_graph_paint_options_init (&options);
  options.title = "Fixture: two articles";
  options.legend = TRUE;
  painted = render (layout, &options);

  if (g_getenv ("SAYWHEN_UPDATE_REFERENCE") != NULL)
    g_assert_cmpint (cairo_surface_write_to_png (painted, path), ==, CAIRO_STATUS_SUCCESS);

  reference = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (reference), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpfloat (difference (painted, reference, 48), <, 0.005);

  /* The comparison sees a real change: the dark palette fails it. */
  options.palette = sw_graph_palette_get_default (SW_GRAPH_PALETTE_DARK);
  dark = render (layout, &options);
  g_assert_cmpfloat (difference (dark, reference, 48), >, 0.5);

  cairo_surface_destroy (painted);
  cairo_surface_destroy (reference);
  cairo_surface_destroy (dark);
}

/* Thin edges on an image surface take a faster road than Cairo's
 * stroker; through a recording surface they take Cairo's. Both must draw
 * the same picture. */
static void
test_fast_edges (void)
{
  g_autoptr(SwGraphModel) model = fx_random_model (150, 500, 21);
  g_autoptr(SwGraphLayout) layout = sw_graph_layout_compute (model, NULL, NULL, NULL, NULL);
  SwGraphPaintOptions options;
  cairo_surface_t *fast, *recording, *slow, *bare;
  cairo_rectangle_t extents = { 0, 0, WIDTH, HEIGHT };
  SwGraphTransform t;
  cairo_t *cr;
  double differ;

  sw_graph_paint_options_init (&options);
  fast = render (layout, &options);

  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (recording);
  fit_whole (layout, &options, &t);
  /* Weights 1 to 3: every edge is under a pixel wide. */
  g_assert_cmpfloat (t.scale * 3.5, <, 1.0);
  sw_graph_paint (cr, layout, &t, &options);
  cairo_destroy (cr);

  slow = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (slow);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (slow);

  differ = difference (fast, slow, 64);
  g_test_message ("%.2f%% of pixels differ by more than 64", differ * 100);
  g_assert_cmpfloat (differ, <, 0.01);
  /* Not vacuous: without its edges (a time range none falls in) the
   * picture differs. */
  options.from_day = 1;
  options.to_day = 2;
  bare = render (layout, &options);
  g_assert_cmpfloat (difference (fast, bare, 64), >, 0.02);
  cairo_surface_destroy (bare);

  cairo_surface_destroy (fast);
  cairo_surface_destroy (recording);
  cairo_surface_destroy (slow);
}

static guint32
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  const guint8 *row = cairo_image_surface_get_data (surface) + (int)y * cairo_image_surface_get_stride (surface);
  return ((const guint32 *)row)[(int)x];
}

static void
test_hover (void)
{
  g_autoptr(SwGraphLayout) layout = fixture_layout ();
  SwGraphModel *model = layout->model;
  int tomas = sw_graph_model_lookup (model, "Tomas Reyes");
  int marta = sw_graph_model_lookup (model, "Marta Kovač");
  int vera = sw_graph_model_lookup (model, "Vera Lind");
  SwGraphPaintOptions options;
  SwGraphTransform t;
  cairo_surface_t *plain, *hover;
  double mx, my, vx, vy;

  sw_graph_paint_options_init (&options);
  plain = render (layout, &options);
  options.hover_node = tomas;
  hover = render (layout, &options);
  fit_whole (layout, &options, &t);

  /* Marta, Tomas's neighbour, stays as she was; Vera fades. */
  sw_graph_transform_to_screen (&t, layout->x[marta], layout->y[marta], &mx, &my);
  sw_graph_transform_to_screen (&t, layout->x[vera], layout->y[vera], &vx, &vy);
  g_assert_cmphex (pixel (plain, mx, my), ==, pixel (hover, mx, my));
  g_assert_cmphex (pixel (plain, vx, vy), !=, pixel (hover, vx, vy));
  /* Faded means closer to the white background. */
  g_assert_cmpuint (pixel (hover, vx, vy) & 0xff, >, pixel (plain, vx, vy) & 0xff);

  /* The widget's way: the cached frame, a veil, the bright part alone
   * on top. Marta looks as before; Vera is veiled. */
  {
    cairo_surface_t *overlay = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
    cairo_t *cr = cairo_create (overlay);
    const SwGraphColor *bg = &options.palette->background;
    SwGraphPaintOptions bright = options;

    cairo_set_source_surface (cr, plain, 0, 0);
    cairo_paint (cr);
    cairo_set_source_rgba (cr, bg->red, bg->green, bg->blue, 1 - options.palette->dim_alpha);
    cairo_paint (cr);
    bright.highlight_only = TRUE;
    sw_graph_paint (cr, layout, &t, &bright);
    cairo_destroy (cr);
    cairo_surface_flush (overlay);

    g_assert_cmphex (pixel (overlay, mx, my), ==, pixel (plain, mx, my));
    g_assert_cmpuint (pixel (overlay, vx, vy) & 0xff, >, pixel (plain, vx, vy) & 0xff);
    cairo_surface_destroy (overlay);
  }

  cairo_surface_destroy (plain);
  cairo_surface_destroy (hover);
}

static GBytes *
export_bytes (SwGraphLayout      *layout,
              SwGraphImageFormat  format,
              const char         *name)
{
  g_autofree char *dir = g_dir_make_tmp ("sw-graph-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  SwGraphPaintOptions options;
  char *data;
  gsize len;

  sw_graph_paint_options_init (&options);
  options.title = "Export";
  options.legend = TRUE;
  g_assert_true (sw_graph_export_image (layout, path, format, 800, 0, 2, NULL, &options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_unlink (path);
  g_rmdir (dir);
  return g_bytes_new_take (data, len);
}

static void
test_export_reproducible (void)
{
  SwGraphImageFormat formats[] = { SW_GRAPH_IMAGE_PNG, SW_GRAPH_IMAGE_SVG, SW_GRAPH_IMAGE_PDF };
  const char *names[] = { "g.png", "g.svg", "g.pdf" };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(SwGraphLayout) first = fixture_layout ();
      g_autoptr(SwGraphLayout) second = fixture_layout ();
      g_autoptr(GBytes) a = export_bytes (first, formats[f], names[f]);
      g_autoptr(GBytes) b = export_bytes (second, formats[f], names[f]);
      SwGraphImageFormat guessed;

      g_assert_true (sw_graph_image_format_from_filename (names[f], &guessed));
      g_assert_cmpint (guessed, ==, formats[f]);
      g_assert_cmpuint (g_bytes_get_size (a), >, 1000);

      g_assert_true (g_bytes_equal (a, b));

      if (formats[f] == SW_GRAPH_IMAGE_PNG)
        {
          /* Scale 2: the 800-unit page is 1600 pixels wide. */
          const guint8 *d = g_bytes_get_data (a, NULL);
          g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *)(d + 16)), ==, 1600);
        }
      if (formats[f] == SW_GRAPH_IMAGE_PDF)
        {
          /* Cairo 1.16 writes the date without the "D:" prefix. */
          const char *data = g_bytes_get_data (a, NULL);
          gboolean dated = FALSE;

          for (gsize i = 0; i + 24 < g_bytes_get_size (a) && !dated; i++)
            dated = memcmp (data + i, "/CreationDate (20000101", 23) == 0;
          g_assert_true (dated);
        }
    }
}

/* WCAG 2 relative luminance of a colour laid over an opaque background */
static double
luminance_over (SwGraphColor c,
                SwGraphColor background)
{
  double rgb[3] = {
    c.red * c.alpha + background.red * (1 - c.alpha),
    c.green * c.alpha + background.green * (1 - c.alpha),
    c.blue * c.alpha + background.blue * (1 - c.alpha),
  };

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

static double
contrast (SwGraphColor c,
          SwGraphColor background)
{
  double a = luminance_over (c, background), b = luminance_over (background, background);

  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

/* High contrast is readable in light and dark sessions: labels at 7:1
 * (WCAG AAA), relations and outlines at 4.5:1, node colours at 3:1 against
 * the background, and a dark session keeps a dark canvas. */
static void
test_high_contrast_palettes (void)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      const SwGraphPalette *p = sw_graph_palette_for_style (dark, TRUE);

      g_assert_cmpfloat (contrast (p->text, p->background), >=, 7.0);
      g_assert_cmpfloat (contrast (p->edge, p->background), >=, 4.5);
      g_assert_cmpfloat (contrast (p->node_outline, p->background), >=, 4.5);
      for (guint k = 0; k < SW_GRAPH_N_ACTOR_KINDS; k++)
        g_assert_cmpfloat (contrast (p->kinds[k], p->background), >=, 3.0);
      for (guint k = 0; k < SW_GRAPH_N_COMMUNITY_COLORS; k++)
        g_assert_cmpfloat (contrast (p->communities[k], p->background), >=, 3.0);
      g_assert_cmpint (luminance_over (p->background, p->background) < 0.2, ==, dark);
    }

  /* and without high contrast, the ordinary palettes */
  g_assert_true (sw_graph_palette_for_style (FALSE, FALSE) == sw_graph_palette_get_default (SW_GRAPH_PALETTE_LIGHT));
  g_assert_true (sw_graph_palette_for_style (TRUE, FALSE) == sw_graph_palette_get_default (SW_GRAPH_PALETTE_DARK));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graph/paint/transforms", test_transforms);
  g_test_add_func ("/graph/paint/high-contrast", test_high_contrast_palettes);
  g_test_add_func ("/graph/paint/hit-nodes", test_hit_nodes);
  g_test_add_func ("/graph/paint/hit-edges", test_hit_edges);
  g_test_add_func ("/graph/paint/reference", test_reference);
  g_test_add_func ("/graph/paint/hover", test_hover);
  g_test_add_func ("/graph/paint/fast-edges", test_fast_edges);
  g_test_add_func ("/graph/paint/export-reproducible", test_export_reproducible);

  return g_test_run ();
}
