/* sw-view-state.c: what the views share: selection, time range, filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline, the actor graph and the article view bind to one of these
 * instead of to each other: selecting an actor in the graph sets
 * "selected-actor" and the timeline, listening here, filters its lanes.
 */
#define G_LOG_DOMAIN "sw-view-state"

#include "config.h"

#include "sw-view-state.h"

struct _SwViewState
{
  GObject   parent_instance;

  char     *selected_actor;
  char     *filter_text;
  double    time_start;  /* seconds since the epoch, UTC; 0,0 is "all" */
  double    time_end;
  gboolean  follow_time;
};

G_DEFINE_FINAL_TYPE (SwViewState, sw_view_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SELECTED_ACTOR,
  PROP_FILTER_TEXT,
  PROP_TIME_START,
  PROP_TIME_END,
  PROP_FOLLOW_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
sw_view_state_finalize (GObject *object)
{
  SwViewState *self = (SwViewState *)object;

  g_clear_pointer (&self->selected_actor, g_free);
  g_clear_pointer (&self->filter_text, g_free);

  G_OBJECT_CLASS (sw_view_state_parent_class)->finalize (object);
}

static void
sw_view_state_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SwViewState *self = SW_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ACTOR:
      g_value_set_string (value, self->selected_actor);
      break;
    case PROP_FILTER_TEXT:
      g_value_set_string (value, self->filter_text);
      break;
    case PROP_TIME_START:
      g_value_set_double (value, self->time_start);
      break;
    case PROP_TIME_END:
      g_value_set_double (value, self->time_end);
      break;
    case PROP_FOLLOW_TIME:
      g_value_set_boolean (value, self->follow_time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_view_state_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SwViewState *self = SW_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ACTOR:
      sw_view_state_set_selected_actor (self, g_value_get_string (value));
      break;
    case PROP_FILTER_TEXT:
      sw_view_state_set_filter_text (self, g_value_get_string (value));
      break;
    case PROP_TIME_START:
      sw_view_state_set_time_range (self, g_value_get_double (value), self->time_end);
      break;
    case PROP_TIME_END:
      sw_view_state_set_time_range (self, self->time_start, g_value_get_double (value));
      break;
    case PROP_FOLLOW_TIME:
      sw_view_state_set_follow_time (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_view_state_class_init (SwViewStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sw_view_state_finalize;
  object_class->get_property = sw_view_state_get_property;
  object_class->set_property = sw_view_state_set_property;

  properties[PROP_SELECTED_ACTOR] = g_param_spec_string ("selected-actor", NULL, NULL, NULL, flags);
  properties[PROP_FILTER_TEXT] = g_param_spec_string ("filter-text", NULL, NULL, NULL, flags);
  properties[PROP_TIME_START] = g_param_spec_double ("time-start", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_TIME_END] = g_param_spec_double ("time-end", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_FOLLOW_TIME] = g_param_spec_boolean ("follow-time", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_view_state_init (SwViewState *self)
{
}

SwViewState *
sw_view_state_new (void)
{
  return g_object_new (SW_TYPE_VIEW_STATE, NULL);
}

const char *
sw_view_state_get_selected_actor (SwViewState *self)
{
  g_return_val_if_fail (SW_IS_VIEW_STATE (self), NULL);
  return self->selected_actor;
}

void
sw_view_state_set_selected_actor (SwViewState *self,
                                  const char  *name)
{
  g_return_if_fail (SW_IS_VIEW_STATE (self));

  if (name != NULL && name[0] == '\0')
    name = NULL;

  if (replace_string (&self->selected_actor, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
}

const char *
sw_view_state_get_filter_text (SwViewState *self)
{
  g_return_val_if_fail (SW_IS_VIEW_STATE (self), NULL);
  return self->filter_text;
}

void
sw_view_state_set_filter_text (SwViewState *self,
                               const char  *text)
{
  g_return_if_fail (SW_IS_VIEW_STATE (self));

  if (text != NULL && text[0] == '\0')
    text = NULL;

  if (replace_string (&self->filter_text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_TEXT]);
}

void
sw_view_state_get_time_range (SwViewState *self,
                              double      *start,
                              double      *end)
{
  g_return_if_fail (SW_IS_VIEW_STATE (self));

  if (start != NULL)
    *start = self->time_start;
  if (end != NULL)
    *end = self->time_end;
}

void
sw_view_state_set_time_range (SwViewState *self,
                              double       start,
                              double       end)
{
  g_return_if_fail (SW_IS_VIEW_STATE (self));

  if (end < start)
    {
      double tmp = start;
      start = end;
      end = tmp;
    }

  g_object_freeze_notify (G_OBJECT (self));
  if (start != self->time_start)
    {
      self->time_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_START]);
    }
  if (end != self->time_end)
    {
      self->time_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
sw_view_state_get_follow_time (SwViewState *self)
{
  g_return_val_if_fail (SW_IS_VIEW_STATE (self), FALSE);
  return self->follow_time;
}

void
sw_view_state_set_follow_time (SwViewState *self,
                               gboolean     follow)
{
  g_return_if_fail (SW_IS_VIEW_STATE (self));

  follow = !!follow;
  if (self->follow_time == follow)
    return;

  self->follow_time = follow;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_TIME]);
}
