/* sw-time-ticks.c: axis ticks on calendar boundaries for any zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The axis tries the levels from the finest up and keeps the first whose
 * labels all fit side by side; the next finer level that divides it
 * evenly gives the unlabelled minor ticks. Fixed-length units (minutes,
 * hours, days, weeks) are plain arithmetic on Unix time, which counts no
 * leap seconds; months and years go through GDateTime in UTC, so they land
 * on the first of the month however long the months and years are.
 */
#define G_LOG_DOMAIN "sw-time-ticks"

#include "config.h"

#include <math.h>

#include "sw-time-ticks.h"

static const SwTickLevel levels[] = {
  { SW_TICK_UNIT_MINUTE, 1 },
  { SW_TICK_UNIT_MINUTE, 5 },
  { SW_TICK_UNIT_MINUTE, 15 },
  { SW_TICK_UNIT_MINUTE, 30 },
  { SW_TICK_UNIT_HOUR, 1 },
  { SW_TICK_UNIT_HOUR, 3 },
  { SW_TICK_UNIT_HOUR, 6 },
  { SW_TICK_UNIT_HOUR, 12 },
  { SW_TICK_UNIT_DAY, 1 },
  { SW_TICK_UNIT_WEEK, 1 },
  { SW_TICK_UNIT_MONTH, 1 },
  { SW_TICK_UNIT_MONTH, 3 },
  { SW_TICK_UNIT_MONTH, 6 },
  { SW_TICK_UNIT_YEAR, 1 },
  { SW_TICK_UNIT_YEAR, 2 },
  { SW_TICK_UNIT_YEAR, 5 },
  { SW_TICK_UNIT_YEAR, 10 },
  { SW_TICK_UNIT_YEAR, 20 },
  { SW_TICK_UNIT_YEAR, 50 },
  { SW_TICK_UNIT_YEAR, 100 },
  { SW_TICK_UNIT_YEAR, 200 },
  { SW_TICK_UNIT_YEAR, 500 },
  { SW_TICK_UNIT_YEAR, 1000 },
};

/* Below this many pixels per step a level is not even tried: its labels
 * could not fit and its tick count would only cost time. */
#define MIN_MAJOR_PX 14.0
#define MIN_MINOR_PX 6.0

static gint64
floor_div (gint64 a,
           gint64 b)
{
  gint64 q = a / b;

  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;

  return q;
}

double
sw_time_from_civil (int    year,
                    int    month,
                    int    day,
                    int    hour,
                    int    minute,
                    double second)
{
  g_autoptr(GDateTime) dt = NULL;

  if (year < 1 || year > 9999)
    return NAN;

  dt = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (dt == NULL)
    return NAN;

  return (double)g_date_time_to_unix (dt) + (second - floor (second));
}

static GDateTime *
utc_from_time (double time)
{
  time = CLAMP (time, SW_TIME_MIN, SW_TIME_MAX);
  return g_date_time_new_from_unix_utc ((gint64)floor (time));
}

double
sw_tick_level_seconds (SwTickLevel level)
{
  static const double unit_seconds[] = {
    60.0, 3600.0, 86400.0, 7 * 86400.0, 30.436875 * 86400.0, 365.2425 * 86400.0,
  };

  return unit_seconds[level.unit] * level.step;
}

static gint64
fixed_seconds (SwTickLevel level)
{
  switch (level.unit)
    {
    case SW_TICK_UNIT_MINUTE: return 60 * (gint64)level.step;
    case SW_TICK_UNIT_HOUR: return 3600 * (gint64)level.step;
    case SW_TICK_UNIT_DAY: return 86400 * (gint64)level.step;
    case SW_TICK_UNIT_WEEK: return 7 * 86400 * (gint64)level.step;
    case SW_TICK_UNIT_MONTH:
    case SW_TICK_UNIT_YEAR:
    default:
      return 0;
    }
}

/**
 * sw_time_floor:
 *
 * Returns the last boundary of @level at or before @time: the start of the
 * minute, hour, day, Monday, month (step-aligned from January) or year
 * (a multiple of the step). Times outside years 1 to 9999 are clamped.
 */
double
sw_time_floor (double      time,
               SwTickLevel level)
{
  g_autoptr(GDateTime) dt = NULL;
  gint64 t, len;
  int year, month;

  time = CLAMP (time, SW_TIME_MIN, SW_TIME_MAX);
  t = (gint64)floor (time);

  if (level.unit == SW_TICK_UNIT_WEEK)
    {
      /* 1970-01-01 was a Thursday, three days after a Monday. */
      gint64 days = floor_div (t, 86400);
      gint64 monday = days - (days + 3 - floor_div (days + 3, 7) * 7);

      return (double)(monday * 86400);
    }

  len = fixed_seconds (level);
  if (len > 0)
    return (double)(floor_div (t, len) * len);

  dt = g_date_time_new_from_unix_utc (t);
  year = g_date_time_get_year (dt);

  if (level.unit == SW_TICK_UNIT_MONTH)
    {
      month = g_date_time_get_month (dt);
      month = (month - 1) / (int)level.step * (int)level.step + 1;
      return sw_time_from_civil (year, month, 1, 0, 0, 0);
    }

  year = (int)(floor_div (year, level.step) * level.step);
  return sw_time_from_civil (MAX (year, 1), 1, 1, 0, 0, 0);
}

/* Returns the boundary after @time, which must itself be one; INFINITY
 * past the year 9999. */
double
sw_time_next (double      time,
              SwTickLevel level)
{
  g_autoptr(GDateTime) dt = NULL;
  gint64 len = fixed_seconds (level);
  int year, month;

  if (len > 0)
    return time + (double)len;

  dt = utc_from_time (time);
  year = g_date_time_get_year (dt);

  if (level.unit == SW_TICK_UNIT_MONTH)
    {
      month = g_date_time_get_month (dt) + (int)level.step;
      while (month > 12)
        {
          month -= 12;
          year++;
        }
    }
  else
    {
      month = 1;
      year = (int)(floor_div (year, level.step) * level.step + level.step);
    }

  if (year > 9999)
    return INFINITY;

  return sw_time_from_civil (year, month, 1, 0, 0, 0);
}

char *
sw_time_format_label (double      time,
                      SwTickLevel level)
{
  g_autoptr(GDateTime) dt = utc_from_time (time);

  switch (level.unit)
    {
    case SW_TICK_UNIT_MINUTE:
    case SW_TICK_UNIT_HOUR:
      return g_date_time_format (dt, "%H:%M");

    case SW_TICK_UNIT_DAY:
    case SW_TICK_UNIT_WEEK:
      return g_date_time_format (dt, "%-d %b");

    case SW_TICK_UNIT_MONTH:
      return g_date_time_format (dt, "%b");

    case SW_TICK_UNIT_YEAR:
    default:
      /* %Y would pad early years with zeros. */
      return g_strdup_printf ("%d", g_date_time_get_year (dt));
    }
}

static char *
format_context (double      time,
                SwTickLevel level)
{
  g_autoptr(GDateTime) dt = utc_from_time (time);

  switch (level.unit)
    {
    case SW_TICK_UNIT_DAY:
      return g_date_time_format (dt, "%a %-d %B %Y");
    case SW_TICK_UNIT_MONTH:
      return g_date_time_format (dt, "%B %Y");
    case SW_TICK_UNIT_YEAR:
    case SW_TICK_UNIT_MINUTE:
    case SW_TICK_UNIT_HOUR:
    case SW_TICK_UNIT_WEEK:
    default:
      return g_strdup_printf ("%d", g_date_time_get_year (dt));
    }
}

static void
tick_clear (SwTick *tick)
{
  g_clear_pointer (&tick->label, g_free);
}

static GArray *
tick_array_new (void)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (SwTick));

  g_array_set_clear_func (ticks, (GDestroyNotify)tick_clear);
  return ticks;
}

/* Every boundary of @level from the one at or before the view's start to
 * the last one before its end, so that a label whose tick has scrolled off
 * to the left still shows while its text is in view. */
static GArray *
generate (const SwTimeScale *scale,
          SwTickLevel        level)
{
  GArray *ticks = tick_array_new ();
  double end = MIN (sw_time_scale_get_end (scale), SW_TIME_MAX);
  double t = sw_time_floor (sw_time_scale_get_start (scale), level);

  while (isfinite (t) && t <= end)
    {
      SwTick tick = { 0 };

      tick.time = t;
      tick.x = sw_time_scale_time_to_x (scale, t);
      g_array_append_val (ticks, tick);
      t = sw_time_next (t, level);
    }

  return ticks;
}

static void
label_ticks (GArray            *ticks,
             SwTickLevel        level,
             gboolean           context,
             SwTickMeasureFunc  measure,
             gpointer           user_data)
{
  for (guint i = 0; i < ticks->len; i++)
    {
      SwTick *tick = &g_array_index (ticks, SwTick, i);

      tick->label = context ? format_context (tick->time, level)
                            : sw_time_format_label (tick->time, level);
      tick->label_width = measure (tick->label, user_data);
    }
}

static gboolean
labels_fit (GArray *ticks,
            double  padding)
{
  for (guint i = 1; i < ticks->len; i++)
    {
      const SwTick *a = &g_array_index (ticks, SwTick, i - 1);
      const SwTick *b = &g_array_index (ticks, SwTick, i);

      if (b->x - a->x < a->label_width + padding)
        return FALSE;
    }

  return TRUE;
}

/* The guarantee: whatever the measure said for the level as a whole,
 * drop any label that would touch the one kept before it. */
static void
drop_overlaps (GArray *ticks,
               double  padding)
{
  double right = -INFINITY;

  for (guint i = 0; i < ticks->len; i++)
    {
      SwTick *tick = &g_array_index (ticks, SwTick, i);
      double left = tick->x + SW_TICK_LABEL_OFFSET;

      if (tick->label == NULL)
        continue;

      if (left < right + padding)
        {
          g_clear_pointer (&tick->label, g_free);
          tick->label_width = 0;
          continue;
        }

      right = left + tick->label_width;
    }
}

static gboolean
nests (SwTickLevel minor,
       SwTickLevel major)
{
  if (minor.unit == major.unit)
    return minor.step < major.step && major.step % minor.step == 0;

  /* Weeks straddle months and years. */
  if (minor.unit == SW_TICK_UNIT_WEEK)
    return FALSE;

  return minor.unit < major.unit;
}

static gboolean
context_level_for (SwTickLevel  major,
                   SwTickLevel *context)
{
  switch (major.unit)
    {
    case SW_TICK_UNIT_MINUTE:
    case SW_TICK_UNIT_HOUR:
      *context = (SwTickLevel) { SW_TICK_UNIT_DAY, 1 };
      return TRUE;
    case SW_TICK_UNIT_DAY:
    case SW_TICK_UNIT_WEEK:
      *context = (SwTickLevel) { SW_TICK_UNIT_MONTH, 1 };
      return TRUE;
    case SW_TICK_UNIT_MONTH:
      *context = (SwTickLevel) { SW_TICK_UNIT_YEAR, 1 };
      return TRUE;
    case SW_TICK_UNIT_YEAR:
    default:
      return FALSE;
    }
}

/**
 * sw_time_ticks_compute:
 * @measure: how wide a label is, in the same pixels as @scale
 * @padding: the least free space between two labels
 *
 * Returns: (transfer full): the ticks for the visible range of @scale.
 * Labels start SW_TICK_LABEL_OFFSET right of their tick; no two labelled
 * ticks in major (nor in context) overlap, padding included.
 */
SwTicks *
sw_time_ticks_compute (const SwTimeScale *scale,
                       SwTickMeasureFunc  measure,
                       gpointer           user_data,
                       double             padding)
{
  g_autoptr(SwTicks) ticks = g_new0 (SwTicks, 1);
  double spp;
  SwTickLevel context_level;
  guint chosen = G_N_ELEMENTS (levels) - 1;

  g_return_val_if_fail (scale != NULL, NULL);
  g_return_val_if_fail (measure != NULL, NULL);

  spp = sw_time_scale_get_seconds_per_pixel (scale);

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autoptr(GArray) candidate = NULL;

      if (sw_tick_level_seconds (levels[i]) / spp < MIN_MAJOR_PX)
        continue;

      candidate = generate (scale, levels[i]);
      label_ticks (candidate, levels[i], FALSE, measure, user_data);

      if (labels_fit (candidate, padding) || i == G_N_ELEMENTS (levels) - 1)
        {
          chosen = i;
          ticks->major = g_steal_pointer (&candidate);
          break;
        }
    }

  ticks->level = levels[chosen];
  if (ticks->major == NULL)
    {
      ticks->major = generate (scale, ticks->level);
      label_ticks (ticks->major, ticks->level, FALSE, measure, user_data);
    }
  drop_overlaps (ticks->major, padding);

  for (guint i = 0; i < chosen; i++)
    {
      if (sw_tick_level_seconds (levels[i]) / spp < MIN_MINOR_PX)
        continue;
      if (!nests (levels[i], ticks->level))
        continue;

      ticks->has_minor = TRUE;
      ticks->minor_level = levels[i];
      ticks->minor = generate (scale, levels[i]);
      break;
    }
  if (ticks->minor == NULL)
    ticks->minor = tick_array_new ();

  if (context_level_for (ticks->level, &context_level))
    {
      ticks->context = generate (scale, context_level);
      label_ticks (ticks->context, context_level, TRUE, measure, user_data);

      /* The period the view starts in keeps its name at the left edge,
       * unless the next period's name needs the room. */
      if (ticks->context->len > 0)
        {
          SwTick *first = &g_array_index (ticks->context, SwTick, 0);

          first->x = MAX (first->x, 0.0);
          if (ticks->context->len > 1)
            {
              SwTick *second = &g_array_index (ticks->context, SwTick, 1);

              if (second->x < first->x + SW_TICK_LABEL_OFFSET + first->label_width + padding)
                g_array_remove_index (ticks->context, 0);
            }
        }
      drop_overlaps (ticks->context, padding);
    }
  else
    {
      ticks->context = tick_array_new ();
    }

  return g_steal_pointer (&ticks);
}

void
sw_ticks_free (SwTicks *ticks)
{
  if (ticks == NULL)
    return;

  g_clear_pointer (&ticks->major, g_array_unref);
  g_clear_pointer (&ticks->minor, g_array_unref);
  g_clear_pointer (&ticks->context, g_array_unref);
  g_free (ticks);
}
