/* sw-timeline-layout.h: lanes, rows and summaries of dated events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout turns the events and statements of one or more extractions
 * into entries on a time axis, gives every actor a lane (the most active
 * first) plus an "All events" lane, and packs each lane's items into
 * sub-rows so that none is drawn over another. Packing depends only on the
 * zoom (seconds per pixel), never on the pan, so rows stay put while the
 * user drags; what does not fit in the rows is summarised as a density
 * strip of counts.
 */
#pragma once

#include <glib-object.h>

#include "sw-document.h"
#include "sw-extraction.h"
#include "sw-time-scale.h"

G_BEGIN_DECLS

typedef enum
{
  SW_TIMELINE_ITEM_EVENT,
  SW_TIMELINE_ITEM_QUOTE,
  SW_TIMELINE_ITEM_AGGREGATE,
} SwTimelineItemKind;

/* One happening: an event, or a statement, once, however many lanes show it. */
typedef struct
{
  SwTimelineItemKind  kind;           /* EVENT or QUOTE */
  guint               document;       /* index into the documents given */
  int                 event;          /* event index or SW_NO_INDEX */
  int                 quote;          /* quote index or SW_NO_INDEX */
  SwSpan              span;           /* bytes of the source sentence or quote */
  char               *label;
  char               *date_text;      /* nullable: the words in the text */
  char               *date_value;     /* normalised: "2025-03", "2025-03-18/2025-03-20" */
  SwGranularity       granularity;
  double              start;          /* seconds since the epoch */
  double              end;            /* == start for a point */
  gboolean            point;
  gboolean            approx_start;
  gboolean            approx_end;
  gboolean            date_inferred;  /* a statement dated by its article's date */
  gboolean            hidden;         /* filtered out */
  GArray             *actors;         /* int, layout actor ids */
} SwTimelineEntry;

/* One entry placed in one lane (or, for aggregates, a run of them). */
typedef struct
{
  SwTimelineItemKind  kind;
  guint               entry;    /* entry index; G_MAXUINT for an aggregate */
  int                 actor;    /* the lane's actor, -1 for "All events" */
  guint               row;      /* sub-row; aggregates live in the strip */
  double              start;
  double              end;
  guint               count;    /* entries an aggregate stands for; 1 else */
  gboolean            packed;   /* FALSE when summarised in an aggregate */
  double              x0;       /* absolute pixels (time / seconds per pixel) */
  double              x1;
  double              next_x;   /* where the next item of the row starts */
} SwTimelineItem;

typedef struct
{
  char     *name;
  int       actor;          /* layout actor id, -1 for "All events" */
  gboolean  visible;
  gboolean  expanded;       /* rows without limit: nothing summarised */
  guint     n_entries;      /* dated entries it shows */
  GArray   *items;          /* SwTimelineItem, by start */
  GArray   *aggregates;     /* SwTimelineItem of kind AGGREGATE, by start */
  guint     n_rows;
  guint     n_aggregated;
  double    max_width;      /* widest packed item, pixels */
  double    y;              /* top, from the top of the first lane */
  double    height;
  guint     color;          /* palette slot */
} SwTimelineLane;

typedef struct
{
  double axis_height;       /* the time axis above the lanes */
  double lane_header;       /* the lane's name */
  double row_height;
  double lane_gap;
  double density_height;    /* the strip of summarised items */
  guint  max_rows;          /* rows per lane before summarising */
  double point_radius;
  double quote_width;
  double min_bar;           /* the shortest bar drawn, pixels */
  double item_gap;          /* free pixels between items of a row */
  double bin_width;         /* density strip resolution, pixels */
  double min_label_room;    /* labels need this much free room */
} SwTimelineMetrics;

/* The most rows an expanded lane takes. */
#define SW_TIMELINE_MAX_ROWS 64

#define SW_TYPE_TIMELINE_LAYOUT (sw_timeline_layout_get_type ())

G_DECLARE_FINAL_TYPE (SwTimelineLayout, sw_timeline_layout, SW, TIMELINE_LAYOUT, GObject)

SwTimelineLayout      *sw_timeline_layout_new             (GPtrArray          *documents,
                                                           GPtrArray          *extractions);

void                   sw_timeline_metrics_init           (SwTimelineMetrics  *metrics);
const SwTimelineMetrics *sw_timeline_layout_get_metrics   (SwTimelineLayout   *self);
void                   sw_timeline_layout_set_metrics     (SwTimelineLayout   *self,
                                                           const SwTimelineMetrics *metrics);

guint                  sw_timeline_layout_get_n_documents (SwTimelineLayout   *self);
SwDocument            *sw_timeline_layout_get_document    (SwTimelineLayout   *self,
                                                           guint               document);
SwExtraction          *sw_timeline_layout_get_extraction  (SwTimelineLayout   *self,
                                                           guint               document);
gboolean               sw_timeline_layout_get_document_time (SwTimelineLayout *self,
                                                           guint               document,
                                                           double             *time);

guint                  sw_timeline_layout_get_n_entries   (SwTimelineLayout   *self);
const SwTimelineEntry *sw_timeline_layout_get_entry       (SwTimelineLayout   *self,
                                                           guint               entry);
guint                  sw_timeline_layout_get_n_undated   (SwTimelineLayout   *self);
gboolean               sw_timeline_layout_get_extent      (SwTimelineLayout   *self,
                                                           double             *start,
                                                           double             *end);

guint                  sw_timeline_layout_get_n_actors    (SwTimelineLayout   *self);
const char            *sw_timeline_layout_get_actor_name  (SwTimelineLayout   *self,
                                                           int                 actor);
int                    sw_timeline_layout_map_actor       (SwTimelineLayout   *self,
                                                           guint               document,
                                                           int                 actor_index);
guint                  sw_timeline_layout_get_actor_color (SwTimelineLayout  *self,
                                                           int                 actor);
gboolean               sw_timeline_entry_has_actor        (const SwTimelineEntry *entry,
                                                           int                 actor);

guint                  sw_timeline_layout_get_n_lanes     (SwTimelineLayout   *self);
const SwTimelineLane  *sw_timeline_layout_get_lane        (SwTimelineLayout   *self,
                                                           guint               position);
int                    sw_timeline_layout_find_lane       (SwTimelineLayout   *self,
                                                           int                 actor);
void                   sw_timeline_layout_set_lane_visible (SwTimelineLayout  *self,
                                                           int                 actor,
                                                           gboolean            visible);
void                   sw_timeline_layout_set_lane_expanded (SwTimelineLayout *self,
                                                           int                 actor,
                                                           gboolean            expanded);
int                    sw_timeline_layout_lookup_lane     (SwTimelineLayout   *self,
                                                           double              y,
                                                           gboolean           *in_header);
void                   sw_timeline_layout_move_lane       (SwTimelineLayout   *self,
                                                           int                 actor,
                                                           guint               position);

void                   sw_timeline_layout_set_filter      (SwTimelineLayout   *self,
                                                           gboolean            events,
                                                           gboolean            quotes,
                                                           const char         *text);

void                   sw_timeline_layout_update          (SwTimelineLayout   *self,
                                                           const SwTimeScale  *scale);
double                 sw_timeline_layout_get_height      (SwTimelineLayout   *self);

const SwTimelineItem  *sw_timeline_layout_lookup_item     (SwTimelineLayout   *self,
                                                           const SwTimeScale  *scale,
                                                           double              x,
                                                           double              y);
gboolean               sw_timeline_layout_get_item_rect   (SwTimelineLayout   *self,
                                                           const SwTimeScale  *scale,
                                                           const SwTimelineItem *item,
                                                           double             *x,
                                                           double             *y,
                                                           double             *width,
                                                           double             *height);
guint                  sw_timeline_lane_first_from        (const SwTimelineLane *lane,
                                                           double                ax,
                                                           double                spp);
const SwTimelineItem  *sw_timeline_layout_find_item       (SwTimelineLayout   *self,
                                                           guint               entry,
                                                           int                 actor);

gboolean               sw_timeline_parse_date             (const char         *value,
                                                           double             *start,
                                                           double             *end,
                                                           SwGranularity      *granularity);

G_END_DECLS
