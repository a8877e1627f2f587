/* ui-wait.h: waiting for GTK to lay a test window out, and finding what
 * it laid out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

/* Long enough for a few frames: layout happens in the frame clock. */
static inline void
wait_frames (void)
{
  gint64 until = g_get_monotonic_time () + 150 * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Until @view shows an accessible stand-in for an item it paints, then a
 * few frames more. The stand-ins are added after a frame and placed in
 * the next, which on a loaded machine takes longer than any fixed wait
 * should assume; ten seconds without one is a failure. */
static inline void
wait_for_stand_ins (GtkWidget *view)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  for (;;)
    {
      for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_get_child_visible (child) && gtk_widget_get_width (child) > 0)
          {
            wait_frames ();
            return;
          }
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, FALSE);
    }
}

/* The live stand-in of @view whose accessible label is @label, or NULL. */
static inline GtkWidget *
find_stand_in (GtkWidget  *view,
               const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *differs = NULL;

      if (!gtk_widget_get_child_visible (child))
        continue;
      differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      if (differs == NULL)
        return child;
    }
  return NULL;
}
