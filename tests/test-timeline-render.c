/* test-timeline-render.c: the painting against a reference, and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference PNG was painted from the invented fixture article with
 * Cantarell. Fonts differ between machines in small ways, so the
 * comparison forgives small per-pixel differences and a small share of
 * pixels that differ more; a missing lane, a moved bar or a wrong colour
 * still fails. Set SW_UPDATE_REFERENCE=1 to write a new reference.
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sw-timeline-layout.h"
#include "sw-timeline-painter.h"
#include "timeline-fixture.h"

#define CHANNEL_TOLERANCE 48
#define MAX_DIFFERING 0.015

static SwTimelineLayout *
fixture_layout (void)
{
  g_autoptr(SwDocument) doc = timeline_fixture_document ();
  g_autoptr(SwExtraction) ex = timeline_fixture_extraction (doc);
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();

  g_ptr_array_add (docs, doc);
  g_ptr_array_add (exs, ex);
  return sw_timeline_layout_new (docs, exs);
}

static SwTimeScale *
fit_scale (SwTimelineLayout *layout,
           double            width)
{
  SwTimeScale *scale = sw_time_scale_new (0, 1, width);
  double s, e;

  g_assert_true (sw_timeline_layout_get_extent (layout, &s, &e));
  sw_time_scale_fit (scale, s, e, 0.03);
  return scale;
}

/* The fraction of pixels where some channel differs by more than the
 * tolerance; 1 when the sizes differ. */
static double
differing_fraction (cairo_surface_t *a,
                    cairo_surface_t *b,
                    int              tolerance)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  const guchar *pa, *pb;
  int sa, sb;
  guint64 differ = 0;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  if (w != cairo_image_surface_get_width (b) || h != cairo_image_surface_get_height (b))
    return 1.0;

  pa = cairo_image_surface_get_data (a);
  pb = cairo_image_surface_get_data (b);
  sa = cairo_image_surface_get_stride (a);
  sb = cairo_image_surface_get_stride (b);

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      for (int c = 0; c < 4; c++)
        if (ABS ((int)pa[y * sa + 4 * x + c] - (int)pb[y * sb + 4 * x + c]) > tolerance)
          {
            differ++;
            break;
          }

  return (double)differ / ((double)w * h);
}

static cairo_surface_t *
paint_fixture_panned (SwTimelineStyleVariant variant,
                      double                 dx)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  g_autoptr(SwTimeScale) scale = fit_scale (layout, 800);
  SwTimelinePaintOptions opts;
  SwTimelineStyle style;

  sw_timeline_style_init (&style, variant);
  sw_timeline_paint_options_init (&opts);
  opts.style = &style;
  opts.title = "Harbour talks resume in Eastport";
  opts.legend = TRUE;
  opts.selected_entry = 0;
  sw_time_scale_pan (scale, dx);

  return sw_timeline_render_image (layout, scale, 0, 1, &opts);
}

static cairo_surface_t *
paint_fixture (SwTimelineStyleVariant variant)
{
  return paint_fixture_panned (variant, 0);
}

static void
test_reference (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "timeline-reference.png", NULL);
  cairo_surface_t *painted = paint_fixture (SW_TIMELINE_STYLE_LIGHT);
  cairo_surface_t *reference;
  cairo_surface_t *blank;
  cairo_t *cr;
  double fraction;

  if (g_getenv ("SW_UPDATE_REFERENCE") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (painted, path), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (painted);
      g_test_skip ("wrote a new reference");
      return;
    }

  reference = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (reference), ==, CAIRO_STATUS_SUCCESS);

  fraction = differing_fraction (painted, reference, CHANNEL_TOLERANCE);
  g_test_message ("%.3f%% of pixels differ from the reference", fraction * 100);
  if (fraction > MAX_DIFFERING)
    {
      g_autofree char *out = g_test_build_filename (G_TEST_BUILT, "timeline-rendered.png", NULL);

      cairo_surface_write_to_png (painted, out);
      g_test_message ("wrote %s", out);
    }
  g_assert_cmpfloat (fraction, <=, MAX_DIFFERING);

  /* The comparison can fail: a page of background alone is far off. */
  blank = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                      cairo_image_surface_get_width (reference),
                                      cairo_image_surface_get_height (reference));
  cr = cairo_create (blank);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpfloat (differing_fraction (blank, reference, CHANNEL_TOLERANCE), >, 3 * MAX_DIFFERING);

  cairo_surface_destroy (blank);

  /* So is the same timeline moved by a few pixels. */
  blank = paint_fixture_panned (SW_TIMELINE_STYLE_LIGHT, 6);
  g_assert_cmpfloat (differing_fraction (blank, reference, CHANNEL_TOLERANCE), >, MAX_DIFFERING);
  cairo_surface_destroy (blank);
  cairo_surface_destroy (reference);
  cairo_surface_destroy (painted);
}

static void
test_styles_differ (void)
{
  cairo_surface_t *light = paint_fixture (SW_TIMELINE_STYLE_LIGHT);
  cairo_surface_t *dark = paint_fixture (SW_TIMELINE_STYLE_DARK);
  cairo_surface_t *contrast = paint_fixture (SW_TIMELINE_STYLE_HIGH_CONTRAST);
  const guchar *pixel;

  g_assert_cmpfloat (differing_fraction (light, dark, CHANNEL_TOLERANCE), >, 0.5);
  g_assert_cmpfloat (differing_fraction (light, contrast, 0), >, 0.01);

  /* The dark style is dark where there is background (a lane band). */
  pixel = cairo_image_surface_get_data (dark) + 120 * cairo_image_surface_get_stride (dark) + 4 * 790;
  g_assert_cmpint (pixel[0] + pixel[1] + pixel[2], <, 3 * 80);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
  cairo_surface_destroy (contrast);
}

/* The exported PNG is, pixel for pixel, what the painter paints. */
static void
test_export_png_matches (void)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  g_autoptr(SwTimeScale) scale = fit_scale (layout, 640);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sw-render-XXXXXX", &error);
  g_autofree char *path = NULL;
  SwTimelinePaintOptions opts;

  g_assert_no_error (error);
  path = g_build_filename (dir, "timeline.png", NULL);

  for (double factor = 1; factor <= 2; factor++)
    {
      cairo_surface_t *painted, *loaded;

      g_assert_true (sw_timeline_export (layout, scale, SW_TIMELINE_FORMAT_PNG, path, 0, factor,
                                         "Harbour talks", &error));
      g_assert_no_error (error);

      sw_timeline_paint_options_init (&opts);
      opts.title = "Harbour talks";
      opts.legend = TRUE;
      painted = sw_timeline_render_image (layout, scale, 0, factor, &opts);
      loaded = cairo_image_surface_create_from_png (path);

      g_assert_cmpint (cairo_image_surface_get_width (loaded), ==, (int)(640 * factor));
      g_assert_cmpint (cairo_image_surface_get_width (loaded), ==, cairo_image_surface_get_width (painted));
      g_assert_cmpint (cairo_image_surface_get_height (loaded), ==, cairo_image_surface_get_height (painted));
      g_assert_cmpfloat (differing_fraction (painted, loaded, 0), ==, 0);

      cairo_surface_destroy (painted);
      cairo_surface_destroy (loaded);
    }

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_export_vector (void)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  g_autoptr(SwTimeScale) scale = fit_scale (layout, 700);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sw-render-XXXXXX", &error);
  const struct { const char *name; const char *magic; } files[] = {
    { "timeline.svg", "<?xml" },
    { "timeline.pdf", "%PDF-" },
  };
  SwTimelineFormat format;

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i].name, NULL);
      g_autofree char *contents = NULL;
      gsize len;

      g_assert_true (sw_timeline_format_from_path (path, &format));
      g_assert_true (sw_timeline_export (layout, scale, format, path, 1000, 1, "Harbour talks", &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_cmpuint (len, >, 2000);
      g_assert_true (g_str_has_prefix (contents, files[i].magic));
      if (i == 0)
        g_assert_nonnull (strstr (contents, "width=\"1000"));
      g_unlink (path);
    }

  g_assert_false (sw_timeline_format_from_path ("timeline.jpeg", &format));

  /* A directory that does not exist is an error, not a crash. */
  {
    g_autofree char *bad = g_build_filename (dir, "missing", "timeline.png", NULL);

    g_assert_false (sw_timeline_export (layout, scale, SW_TIMELINE_FORMAT_PNG, bad, 0, 1, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  }

  g_rmdir (dir);
}

/* A widget may paint the base once and the highlight over it per frame:
 * the two layers together must equal one full paint. */
static void
test_layers_compose (void)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  g_autoptr(SwTimeScale) scale = fit_scale (layout, 600);
  SwTimelinePaintOptions opts;
  cairo_surface_t *full, *layered;
  cairo_t *cr;

  sw_timeline_paint_options_init (&opts);
  opts.height = 400;
  opts.hover_entry = 1;
  opts.selected_entry = 6;
  opts.selected_actor = 1;
  opts.has_range = TRUE;
  opts.range_start = sw_time_scale_x_to_time (scale, 100);
  opts.range_end = sw_time_scale_x_to_time (scale, 200);

  full = sw_timeline_render_image (layout, scale, 0, 1, &opts);

  layered = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 400);
  cr = cairo_create (layered);
  opts.layers = SW_TIMELINE_LAYER_BASE;
  sw_timeline_paint (cr, layout, scale, &opts);
  opts.layers = SW_TIMELINE_LAYER_HIGHLIGHT;
  sw_timeline_paint (cr, layout, scale, &opts);
  cairo_destroy (cr);

  g_assert_cmpfloat (differing_fraction (full, layered, 0), ==, 0);

  /* And the highlight layer does draw something. */
  opts.layers = SW_TIMELINE_LAYER_BASE;
  cairo_surface_destroy (layered);
  layered = sw_timeline_render_image (layout, scale, 0, 1, &opts);
  g_assert_cmpfloat (differing_fraction (full, layered, 0), >, 0.01);

  cairo_surface_destroy (full);
  cairo_surface_destroy (layered);
}

static void
test_scrolled_and_empty (void)
{
  g_autoptr(SwTimelineLayout) layout = fixture_layout ();
  g_autoptr(SwExtraction) empty = sw_extraction_new ();
  g_autoptr(GPtrArray) exs = g_ptr_array_new ();
  g_autoptr(SwTimelineLayout) nothing = NULL;
  g_autoptr(SwTimeScale) scale = fit_scale (layout, 500);
  SwTimelinePaintOptions opts;
  cairo_surface_t *top, *scrolled;

  sw_timeline_paint_options_init (&opts);
  opts.height = 200;
  top = sw_timeline_render_image (layout, scale, 0, 1, &opts);
  opts.scroll_y = 120;
  scrolled = sw_timeline_render_image (layout, scale, 0, 1, &opts);

  /* The axis stays; the lanes under it move. */
  g_assert_cmpint (cairo_image_surface_get_height (scrolled), ==, 200);
  g_assert_cmpfloat (differing_fraction (top, scrolled, 0), >, 0.05);
  cairo_surface_destroy (top);
  cairo_surface_destroy (scrolled);

  g_ptr_array_add (exs, empty);
  nothing = sw_timeline_layout_new (NULL, exs);
  g_assert_false (sw_timeline_layout_get_extent (nothing, NULL, NULL));
  g_assert_cmpuint (sw_timeline_layout_get_n_lanes (nothing), ==, 1);
  sw_timeline_paint_options_init (&opts);
  top = sw_timeline_render_image (nothing, scale, 0, 2, &opts);
  g_assert_cmpint (cairo_surface_status (top), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (top), ==, 1000);
  cairo_surface_destroy (top);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timeline-render/reference", test_reference);
  g_test_add_func ("/timeline-render/styles-differ", test_styles_differ);
  g_test_add_func ("/timeline-render/export-png-matches", test_export_png_matches);
  g_test_add_func ("/timeline-render/export-vector", test_export_vector);
  g_test_add_func ("/timeline-render/layers-compose", test_layers_compose);
  g_test_add_func ("/timeline-render/scrolled-and-empty", test_scrolled_and_empty);
  return g_test_run ();
}
