/* sw-correction.h: a user's fix to what the extractor found, as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-document.h"
#include "sw-extraction.h"

G_BEGIN_DECLS

#define SW_CORRECTION_ERROR (sw_correction_error_quark ())

typedef enum
{
  /* The thing the correction is about is not in this extraction. */
  SW_CORRECTION_ERROR_NOT_FOUND,
  /* A stored correction that does not parse. */
  SW_CORRECTION_ERROR_INVALID,
} SwCorrectionError;

typedef enum
{
  SW_CORRECTION_SET_DCT,
  SW_CORRECTION_EVENT_DATE,
  SW_CORRECTION_EVENT_LABEL,
  SW_CORRECTION_RENAME_ACTOR,
  SW_CORRECTION_MERGE_ACTORS,
  SW_CORRECTION_SPLIT_ACTOR,
  SW_CORRECTION_DELETE_QUOTE,
  SW_CORRECTION_DELETE_EVENT,
  SW_CORRECTION_ADD_QUOTE,
} SwCorrectionKind;

#define SW_TYPE_CORRECTION (sw_correction_get_type ())

G_DECLARE_FINAL_TYPE (SwCorrection, sw_correction, SW, CORRECTION, GObject)

GQuark            sw_correction_error_quark        (void);

/* Each constructor reads the item as the user sees it (@extraction with
 * the earlier corrections applied) and anchors it by its text, its byte
 * span and a little context, never by index. */
SwCorrection     *sw_correction_new_set_dct        (const char    *dct);
SwCorrection     *sw_correction_new_event_date     (SwDocument    *document,
                                                    SwExtraction  *extraction,
                                                    guint          event,
                                                    const char    *from,
                                                    const char    *to,
                                                    SwGranularity  granularity,
                                                    gboolean       approx);
SwCorrection     *sw_correction_new_event_label    (SwDocument    *document,
                                                    SwExtraction  *extraction,
                                                    guint          event,
                                                    const char    *label);
SwCorrection     *sw_correction_new_rename_actor   (SwDocument    *document,
                                                    SwExtraction  *extraction,
                                                    guint          actor,
                                                    const char    *name);
SwCorrection     *sw_correction_new_merge_actors   (SwDocument    *document,
                                                    SwExtraction  *extraction,
                                                    guint          into,
                                                    guint          from);
SwCorrection     *sw_correction_new_split_actor    (SwDocument    *document,
                                                    SwExtraction  *extraction,
                                                    guint          actor,
                                                    const SwSpan  *mentions,
                                                    guint          n_mentions,
                                                    const char    *name,
                                                    SwActorKind    kind);
SwCorrection     *sw_correction_new_unmerge        (SwCorrection  *merge);
SwCorrection     *sw_correction_new_delete_quote   (SwDocument    *document,
                                                    SwExtraction  *extraction,
                                                    guint          quote);
SwCorrection     *sw_correction_new_delete_event   (SwDocument    *document,
                                                    SwExtraction  *extraction,
                                                    guint          event);
SwCorrection     *sw_correction_new_add_quote      (SwDocument    *document,
                                                    SwExtraction  *extraction,
                                                    guint          start,
                                                    guint          end,
                                                    int            actor,
                                                    const char    *new_actor_name,
                                                    SwQuoteKind    kind);

SwCorrectionKind  sw_correction_get_kind           (SwCorrection  *self);
const char       *sw_correction_kind_to_string     (SwCorrectionKind kind);
const char       *sw_correction_get_dct            (SwCorrection  *self);
char             *sw_correction_dup_description    (SwCorrection  *self);

JsonNode         *sw_correction_to_json            (SwCorrection  *self);
SwCorrection     *sw_correction_new_from_json      (JsonNode      *node,
                                                    GError       **error);
char             *sw_correction_to_string          (SwCorrection  *self);
SwCorrection     *sw_correction_new_from_string    (const char    *json,
                                                    GError       **error);

gboolean          sw_correction_apply              (SwCorrection  *self,
                                                    SwDocument    *document,
                                                    SwExtraction  *extraction,
                                                    GError       **error);
guint             sw_corrections_apply             (GPtrArray     *corrections,
                                                    SwDocument    *document,
                                                    SwExtraction  *extraction,
                                                    GPtrArray     *dropped);

G_END_DECLS
