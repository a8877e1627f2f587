/* sw-time-scale.c: the visible stretch of time and its pixel mapping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sw-time-scale"

#include "config.h"

#include <math.h>

#include "sw-time-scale.h"

struct _SwTimeScale
{
  double start;
  double end;
  double width;
};

G_DEFINE_BOXED_TYPE (SwTimeScale, sw_time_scale, sw_time_scale_copy, sw_time_scale_free)

/* Keeps the span within what a calendar can label and what a pixel can
 * resolve, growing or shrinking it around its centre. */
static void
clamp_span (SwTimeScale *self)
{
  double span = self->end - self->start;
  double mid = self->start + span / 2.0;

  if (!isfinite (span) || span < SW_TIME_SCALE_MIN_SPAN)
    span = SW_TIME_SCALE_MIN_SPAN;
  else if (span > SW_TIME_SCALE_MAX_SPAN)
    span = SW_TIME_SCALE_MAX_SPAN;
  else
    return;

  if (!isfinite (mid))
    mid = 0.0;

  self->start = mid - span / 2.0;
  self->end = mid + span / 2.0;
}

SwTimeScale *
sw_time_scale_new (double start,
                   double end,
                   double width)
{
  SwTimeScale *self = g_new0 (SwTimeScale, 1);

  self->width = MAX (width, 1.0);
  sw_time_scale_set_range (self, start, end);

  return self;
}

SwTimeScale *
sw_time_scale_copy (const SwTimeScale *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

void
sw_time_scale_free (SwTimeScale *self)
{
  g_free (self);
}

double
sw_time_scale_get_start (const SwTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->start;
}

double
sw_time_scale_get_end (const SwTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->end;
}

double
sw_time_scale_get_span (const SwTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->end - self->start;
}

double
sw_time_scale_get_width (const SwTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->width;
}

double
sw_time_scale_get_seconds_per_pixel (const SwTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 1.0);
  return (self->end - self->start) / self->width;
}

void
sw_time_scale_set_range (SwTimeScale *self,
                         double       start,
                         double       end)
{
  g_return_if_fail (self != NULL);

  if (end < start)
    {
      double tmp = start;
      start = end;
      end = tmp;
    }

  self->start = start;
  self->end = end;
  clamp_span (self);
}

/* A resize keeps the start and the zoom level: what was visible stays where
 * it was, and more or less of the future comes into view. */
void
sw_time_scale_set_width (SwTimeScale *self,
                         double       width)
{
  double spp;

  g_return_if_fail (self != NULL);

  width = MAX (width, 1.0);
  if (width == self->width)
    return;

  spp = (self->end - self->start) / self->width;
  self->width = width;
  self->end = self->start + spp * width;
  clamp_span (self);
}

double
sw_time_scale_time_to_x (const SwTimeScale *self,
                         double             time)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return (time - self->start) / (self->end - self->start) * self->width;
}

double
sw_time_scale_x_to_time (const SwTimeScale *self,
                         double             x)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->start + x / self->width * (self->end - self->start);
}

/**
 * sw_time_scale_zoom:
 * @factor: greater than 1 zooms in (shows less time), less than 1 out
 * @anchor_x: the pixel that keeps showing the same moment
 */
void
sw_time_scale_zoom (SwTimeScale *self,
                    double       factor,
                    double       anchor_x)
{
  double anchor_t, span, frac;

  g_return_if_fail (self != NULL);
  g_return_if_fail (factor > 0.0);

  anchor_t = sw_time_scale_x_to_time (self, anchor_x);
  frac = anchor_x / self->width;
  span = (self->end - self->start) / factor;
  span = CLAMP (span, SW_TIME_SCALE_MIN_SPAN, SW_TIME_SCALE_MAX_SPAN);

  self->start = anchor_t - frac * span;
  self->end = self->start + span;
}

/* Positive @dx moves the content right, showing earlier times, as a drag
 * to the right does. */
void
sw_time_scale_pan (SwTimeScale *self,
                   double       dx)
{
  double dt;

  g_return_if_fail (self != NULL);

  dt = dx * sw_time_scale_get_seconds_per_pixel (self);
  self->start -= dt;
  self->end -= dt;
}

/* Shows [@start, @end] with @margin_fraction of the width free on each
 * side, so that points at the very ends stay visible. */
void
sw_time_scale_fit (SwTimeScale *self,
                   double       start,
                   double       end,
                   double       margin_fraction)
{
  double mid, full;

  g_return_if_fail (self != NULL);

  if (end < start)
    {
      double tmp = start;
      start = end;
      end = tmp;
    }

  /* A single day-precise point still gets a day around it. */
  margin_fraction = CLAMP (margin_fraction, 0.0, 0.45);
  mid = start + (end - start) / 2.0;
  full = MAX (end - start, 86400.0) / (1.0 - 2.0 * margin_fraction);

  sw_time_scale_set_range (self, mid - full / 2.0, mid + full / 2.0);
}

gboolean
sw_time_scale_equal (const SwTimeScale *a,
                     const SwTimeScale *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return a->start == b->start && a->end == b->end && a->width == b->width;
}
