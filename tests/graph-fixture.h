/* graph-fixture.h: small actor graphs built by hand for the graph tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The attribution engine is written elsewhere; these extractions stand in
 * for its output, with invented names and no article text.
 */
#pragma once

#include "sw-graph-model.h"

G_GNUC_UNUSED static int
fx_actor (SwExtraction *ex,
          const char   *name,
          SwActorKind   kind,
          const char   *role)
{
  SwActor *actor = sw_actor_new (name, kind);

  sw_actor_add_role (actor, role);
  sw_actor_add_mention (actor, ex->actors->len * 10, ex->actors->len * 10 + 5);
  g_ptr_array_add (ex->actors, actor);
  return ex->actors->len - 1;
}

G_GNUC_UNUSED static int
fx_quote (SwExtraction *ex,
          int           speaker,
          int           second_speaker,
          int           addressee)
{
  SwQuote *quote = sw_quote_new (SW_QUOTE_DIRECT);

  g_array_append_val (quote->speakers, speaker);
  if (second_speaker >= 0)
    g_array_append_val (quote->speakers, second_speaker);
  quote->addressee = addressee;
  g_ptr_array_add (ex->quotes, quote);
  return ex->quotes->len - 1;
}

G_GNUC_UNUSED static int
fx_event (SwExtraction *ex,
          const char   *from,
          const char   *to)
{
  SwEvent *event = sw_event_new ("met", 0, 1);

  event->date_from = g_strdup (from);
  event->date_to = g_strdup (to);
  g_ptr_array_add (ex->events, event);
  return ex->events->len - 1;
}

G_GNUC_UNUSED static void
fx_relation (SwExtraction   *ex,
             int             source,
             int             target,
             SwRelationKind  kind,
             guint           weight,
             int             quote,
             int             event)
{
  SwRelation *relation = sw_relation_new (source, target, kind);

  relation->weight = weight;
  if (quote >= 0)
    g_array_append_val (relation->quotes, quote);
  if (event >= 0)
    g_array_append_val (relation->events, event);
  g_ptr_array_add (ex->relations, relation);
}

/* Document one: two ministers who talk, a joint statement, an alliance
 * and a city they speak about, a union with its own spokespeople. */
G_GNUC_UNUSED static SwExtraction *
fx_first (void)
{
  SwExtraction *ex = sw_extraction_new ();
  int vera = fx_actor (ex, "Vera Lind", SW_ACTOR_PERSON, "Foreign Minister");
  int oskar = fx_actor (ex, "Oskar Brandt", SW_ACTOR_PERSON, "Prime Minister");
  int alliance = fx_actor (ex, "Northern Alliance", SW_ACTOR_ORGANIZATION, NULL);
  int city = fx_actor (ex, "Harbour City", SW_ACTOR_PLACE, NULL);
  int union_ = fx_actor (ex, "Dock Workers Union", SW_ACTOR_GROUP, NULL);
  int marta = fx_actor (ex, "Marta Kovač", SW_ACTOR_PERSON, "union spokeswoman");
  int tomas = fx_actor (ex, "Tomas Reyes", SW_ACTOR_PERSON, "harbour master");
  int q0 = fx_quote (ex, vera, -1, oskar);
  int q1 = fx_quote (ex, oskar, -1, -1);
  int q2 = fx_quote (ex, vera, oskar, -1);
  int q3 = fx_quote (ex, marta, -1, -1);
  int q4 = fx_quote (ex, tomas, -1, marta);
  int q5 = fx_quote (ex, tomas, -1, -1);
  int e0 = fx_event (ex, "2025-03-18", NULL);
  int e1 = fx_event (ex, "2025-04", NULL);

  fx_relation (ex, vera, oskar, SW_RELATION_TOLD, 1, q0, -1);
  fx_relation (ex, oskar, alliance, SW_RELATION_SAID_ABOUT, 1, q1, -1);
  fx_relation (ex, vera, oskar, SW_RELATION_JOINT_STATEMENT, 1, q2, -1);
  fx_relation (ex, oskar, vera, SW_RELATION_SPOKE_WITH, 1, -1, e0);
  fx_relation (ex, marta, union_, SW_RELATION_SAID_ABOUT, 2, q3, -1);
  fx_relation (ex, tomas, marta, SW_RELATION_TOLD, 1, q4, -1);
  fx_relation (ex, tomas, city, SW_RELATION_SAID_ABOUT, 1, q5, e1);
  fx_relation (ex, marta, tomas, SW_RELATION_SPOKE_WITH, 1, -1, e1);
  /* Nobody relates to themselves; the model drops it. */
  fx_relation (ex, vera, vera, SW_RELATION_SAID_ABOUT, 1, q0, -1);

  return ex;
}

/* Document two names Vera differently spaced and cased, tells Oskar again,
 * and brings in newcomers. */
G_GNUC_UNUSED static SwExtraction *
fx_second (void)
{
  SwExtraction *ex = sw_extraction_new ();
  int vera = fx_actor (ex, "vera  LIND", SW_ACTOR_PERSON, "minister");
  int oskar = fx_actor (ex, "Oskar Brandt", SW_ACTOR_PERSON, "Prime Minister");
  int ida = fx_actor (ex, "Ida Berg", SW_ACTOR_PERSON, "opposition leader");
  int port = fx_actor (ex, "Port Authority", SW_ACTOR_ORGANIZATION, NULL);
  int alliance = fx_actor (ex, "Northern Alliance", SW_ACTOR_ORGANIZATION, NULL);
  int q0 = fx_quote (ex, vera, -1, oskar);
  int q1 = fx_quote (ex, ida, -1, -1);
  int q2 = fx_quote (ex, vera, -1, ida);
  int q3 = fx_quote (ex, ida, -1, -1);

  fx_relation (ex, vera, oskar, SW_RELATION_TOLD, 2, q0, -1);
  fx_relation (ex, ida, vera, SW_RELATION_SAID_ABOUT, 1, q1, -1);
  fx_relation (ex, vera, ida, SW_RELATION_TOLD, 1, q2, -1);
  fx_relation (ex, ida, port, SW_RELATION_SPOKE_WITH, 1, -1, -1);
  fx_relation (ex, ida, alliance, SW_RELATION_SAID_ABOUT, 1, q3, -1);

  return ex;
}

G_GNUC_UNUSED static SwGraphModel *
fx_model (guint n_documents)
{
  SwExtraction *first = fx_first ();
  SwExtraction *second = fx_second ();
  SwGraphSource sources[2] = { { NULL, first }, { NULL, second } };
  SwGraphModel *model = sw_graph_model_new (sources, MIN (n_documents, 2));

  sw_extraction_unref (first);
  sw_extraction_unref (second);
  return model;
}

/* A larger random graph of @n actors in groups of ten, for the properties
 * that must hold beyond a hand-made example. */
G_GNUC_UNUSED static SwGraphModel *
fx_random_model (guint   n,
                 guint   n_relations,
                 guint32 seed)
{
  SwExtraction *ex = sw_extraction_new ();
  GRand *rand = g_rand_new_with_seed (seed);
  SwGraphSource source = { NULL, ex };
  SwGraphModel *model;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", i % 3 == 0 ? "Committee of" : "Person", i);
      fx_actor (ex, name, i % 5, NULL);
    }
  for (guint r = 0; r < n_relations; r++)
    {
      guint a = g_rand_int_range (rand, 0, n);
      guint b = g_rand_boolean (rand) ? (a / 10) * 10 + g_rand_int_range (rand, 0, 10) : (guint)g_rand_int_range (rand, 0, n);

      if (b < n && a != b)
        fx_relation (ex, a, b, g_rand_int_range (rand, 0, 4), 1 + g_rand_int_range (rand, 0, 3), -1, -1);
    }

  model = sw_graph_model_new (&source, 1);
  g_rand_free (rand);
  sw_extraction_unref (ex);
  return model;
}
