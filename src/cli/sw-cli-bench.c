/* sw-cli-bench.c: saywhen-cli bench, named speed and memory figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "saywhen-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sw-cli.h"
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <unistd.h>
#ifdef HAVE_MIMALLOC
#include <mimalloc.h>
#endif

#include "sw-cli-graph.h"
#include "sw-extract.h"
#include "sw-project.h"
#include "sw-timeline-bench.h"
#include "sw-timex.h"

/* Benchmark: original news-like sentences, built from templates here so
 * that no third-party text is involved, tagged and extracted on one core. */

static const char * const bench_people[] = {
  "Mara Lindqvist", "Tomas Oyelaran", "Priya Castellano", "Jonah Whitcombe",
  "Elif Baranski", "Ruben Achterberg", "Sofia Nakamura-Reyes", "Kwame Doucette",
};

static const char * const bench_places[] = {
  "Port Averley", "the Dunmore valley", "Kestrel Bay", "Oldhaven", "the northern provinces",
  "Lake Seravin", "Brightwater", "the capital",
};

static const char * const bench_templates[] = {
  "%P said on %W that talks in %L would resume %R.",
  "The ministry announced %D that it had approved a %N-day pause in %L.",
  "%P, who arrived in %L on %W, met officials for about %n hours.",
  "Officials said %N drones struck %L late on %W, damaging a depot.",
  "The company reported a $%N billion loss in the third quarter of %Y, its worst since %Y.",
  "Since %Y, %L has received %N F-16 jets and %N tanks, the agency said.",
  "%P told reporters that a decision was expected by %M %d, %Y.",
  "Shares fell %N%% %R after %P warned of weaker demand in early %Y.",
  "The agreement, signed on %d %M %Y, runs for %n years and is reviewed annually.",
  "Voters in %L will go to the polls next month, %n weeks after the deadline.",
  "%P, %N, was appointed chief executive %R and starts on %M %d.",
  "THE MINISTER SAID ON %W THAT %N SOLDIERS HAD BEEN MOVED TO %L.",
  "Inspectors visited %L twice a year until the mid-1990s, a spokesperson said.",
  "Prices have risen every week since %M, and %P expects them to ease by the %O of %M.",
  "At 3:30 p.m. on %W, crews at 7-Eleven stores in %L reopened after a two-hour outage.",
  "The home side won 3-1 on %W, their first win in %n months.",
  "Negotiators met from %M %d to %d and again between %Y and %Y.",
  "%P recalled that the dispute began %n years ago, in the %Y0s, and never fully ended.",
  "Recently, %P said the plan was now in its final phase and would end within %n days.",
  "The report, published %R, covers the period from 12/03/%Y to 3/18/%Y.",
};

/* Most sentences in the news carry no date at all. */
static const char * const bench_plain[] = {
  "The proposal would give regional councils more say over how the money is spent.",
  "%P, a former engineer, said the reforms were overdue and broadly welcomed by residents.",
  "Critics argue that the measures do little to address the shortage of affordable housing in %L.",
  "According to the agency, %N families were moved to temporary shelters near %L.",
  "The opposition called the plan reckless and demanded a full parliamentary debate.",
  "Analysts expect the central bank to keep its main interest rate unchanged.",
  "“We are not going to accept a deal that leaves our members worse off,” %P said.",
  "Local businesses in %L reported a sharp rise in costs for energy and transport.",
  "The union represents about %N workers across the region's ports and warehouses.",
  "Police said they had identified a suspect and were appealing for witnesses.",
  "The committee will publish its findings once all the evidence has been reviewed.",
  "Residents of %L described long queues at petrol stations and empty shelves in shops.",
  "%P declined to comment on the details but said negotiations were continuing.",
  "The hospital, which serves %N patients, has struggled to recruit nurses and doctors.",
};

static const char * const bench_weekdays[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

static const char * const bench_months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December",
};

static const char * const bench_relatives[] = {
  "yesterday", "today", "last week", "two days ago", "on Tuesday", "earlier this year",
  "this morning", "next month",
};

static const char * const bench_numbers[] = {
  "two", "three", "four", "five", "six", "twelve", "twenty-five",
};

static void
bench_sentence (GString *out,
                GRand   *rand)
{
  const char *t;

  /* about one sentence in three is dated, as in the articles we read */
  if (g_rand_int_range (rand, 0, 3) == 0)
    t = bench_templates[g_rand_int_range (rand, 0, G_N_ELEMENTS (bench_templates))];
  else
    t = bench_plain[g_rand_int_range (rand, 0, G_N_ELEMENTS (bench_plain))];

  for (; *t != '\0'; t++)
    {
      if (*t != '%' || t[1] == '\0')
        {
          g_string_append_c (out, *t);
          continue;
        }
      t++;
      switch (*t)
        {
        case 'P': g_string_append (out, bench_people[g_rand_int_range (rand, 0, G_N_ELEMENTS (bench_people))]); break;
        case 'L': g_string_append (out, bench_places[g_rand_int_range (rand, 0, G_N_ELEMENTS (bench_places))]); break;
        case 'W': g_string_append (out, bench_weekdays[g_rand_int_range (rand, 0, 7)]); break;
        case 'M': g_string_append (out, bench_months[g_rand_int_range (rand, 0, 12)]); break;
        case 'R': g_string_append (out, bench_relatives[g_rand_int_range (rand, 0, G_N_ELEMENTS (bench_relatives))]); break;
        case 'D': g_string_append (out, bench_relatives[g_rand_int_range (rand, 0, G_N_ELEMENTS (bench_relatives))]); break;
        case 'n': g_string_append (out, bench_numbers[g_rand_int_range (rand, 0, G_N_ELEMENTS (bench_numbers))]); break;
        case 'N': g_string_append_printf (out, "%d", g_rand_int_range (rand, 2, 400)); break;
        case 'Y': g_string_append_printf (out, "%d", g_rand_int_range (rand, 1990, 2026)); break;
        case 'd': g_string_append_printf (out, "%d", g_rand_int_range (rand, 1, 29)); break;
        case 'O': g_string_append (out, g_rand_boolean (rand) ? "end" : "middle"); break;
        case '%': g_string_append_c (out, '%'); break;
        default: g_string_append_c (out, *t); break;
        }
    }
}

/* Articles of a few kilobytes: a headline, a dateline, paragraphs. */
static GPtrArray *
bench_articles (gsize total)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250318);
  gsize size = 0;

  while (size < total)
    {
      GString *a = g_string_new (NULL);
      int paragraphs = g_rand_int_range (rand, 6, 14);

      g_string_append_printf (a, "Talks resume in %s\n%s %d, %d\n",
                              bench_places[g_rand_int_range (rand, 0, G_N_ELEMENTS (bench_places))],
                              bench_months[g_rand_int_range (rand, 0, 12)],
                              g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 2000, 2026));
      for (int p = 0; p < paragraphs; p++)
        {
          int sentences = g_rand_int_range (rand, 2, 5);

          for (int k = 0; k < sentences; k++)
            {
              if (k > 0)
                g_string_append_c (a, ' ');
              bench_sentence (a, rand);
            }
          g_string_append_c (a, '\n');
        }
      size += a->len;
      g_ptr_array_add (articles, g_string_free (a, FALSE));
    }
  return articles;
}

static glong
bench_rss_kb (void)
{
  g_autofree char *statm = NULL;
  long pages = 0, rss = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%ld %ld", &pages, &rss) != 2)
    return -1;
  return rss * (sysconf (_SC_PAGESIZE) / 1024);
}

static double
bench_timex_pass (GPtrArray *articles,
                  gsize     *n_timexes)
{
  gint64 t0 = g_get_monotonic_time ();
  SwTimexOptions options = { "2025-03-18", FALSE };

  *n_timexes = 0;
  for (guint i = 0; i < articles->len; i++)
    {
      const char *text = g_ptr_array_index (articles, i);
      g_autoptr(GPtrArray) timexes = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_timex_free);

      sw_timex_tag (text, strlen (text), &options, timexes, NULL);
      *n_timexes += timexes->len;
    }
  return (g_get_monotonic_time () - t0) / 1e6;
}

typedef enum
{
  EXTRACT_SINGLE,  /* one document at a time, as the app does */
  EXTRACT_BATCH,   /* batches of documents, as saywhen-cli extract does */
} ExtractMode;

static double
bench_extract_pass (GPtrArray   *articles,
                    ExtractMode  mode)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 t0 = g_get_monotonic_time ();

  for (guint i = 0; i < articles->len; i++)
    {
      const char *text = g_ptr_array_index (articles, i);

      if (mode == EXTRACT_SINGLE)
        {
          g_autoptr(SwDocument) document = sw_document_new_from_text (NULL, text, -1);
          g_autoptr(SwExtraction) extraction = sw_extract (document, NULL);
          continue;
        }

      g_ptr_array_add (documents, sw_document_new_from_text (NULL, text, -1));
      if (documents->len == SW_CLI_BATCH_DOCUMENTS || i + 1 == articles->len)
        {
          g_autoptr(GPtrArray) extractions = sw_extract_many ((SwDocument * const *)documents->pdata,
                                                              documents->len, NULL);
          g_ptr_array_set_size (documents, 0);
        }
    }
  return (g_get_monotonic_time () - t0) / 1e6;
}

static double
best_extract_pass (GPtrArray   *articles,
                   ExtractMode  mode)
{
  double best = G_MAXDOUBLE;

  for (int r = 0; r < 2; r++)
    best = MIN (best, bench_extract_pass (articles, mode));
  return best;
}

static double
mb_per_s (gsize  bytes,
          double seconds)
{
  return round (bytes / 1048576.0 / seconds * 10) / 10;
}

/* Text figures: the temporal tagger alone and the whole pipeline, over
 * generated articles, best of several passes, and how much the process
 * grew over a repeat pass (it should not grow with the number of
 * documents). The pipeline runs over the articles as separate documents,
 * in batches and one at a time, and over all of them as one long file. */
static void
bench_text_add_figures (JsonObject *figures,
                        int         megabytes)
{
  g_autoptr(GPtrArray) articles = bench_articles ((gsize)megabytes * 1024 * 1024);
  g_autoptr(GPtrArray) one_file = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) joined = g_string_new (NULL);
  gsize bytes = 0, n_timexes = 0;
  double timex_s = G_MAXDOUBLE, extract_s, single_s, one_file_s;
  glong rss_first, rss_last;

  for (guint i = 0; i < articles->len; i++)
    {
      bytes += strlen (g_ptr_array_index (articles, i));
      g_string_append (joined, g_ptr_array_index (articles, i));
      g_string_append_c (joined, '\n');
    }
  g_ptr_array_add (one_file, g_string_free (g_steal_pointer (&joined), FALSE));

  for (int r = 0; r < 3; r++)
    timex_s = MIN (timex_s, bench_timex_pass (articles, &n_timexes));
  bench_extract_pass (articles, EXTRACT_BATCH);
  rss_first = bench_rss_kb ();
  extract_s = best_extract_pass (articles, EXTRACT_BATCH);
  rss_last = bench_rss_kb ();
  single_s = best_extract_pass (articles, EXTRACT_SINGLE);
  one_file_s = best_extract_pass (one_file, EXTRACT_SINGLE);

  json_object_set_int_member (figures, "bytes", bytes);
  json_object_set_int_member (figures, "documents", articles->len);
  json_object_set_int_member (figures, "timexes", n_timexes);
  json_object_set_double_member (figures, "timex_mb_per_s", mb_per_s (bytes, timex_s));
  json_object_set_double_member (figures, "extract_mb_per_s", mb_per_s (bytes, extract_s));
  json_object_set_double_member (figures, "extract_single_mb_per_s", mb_per_s (bytes, single_s));
  json_object_set_double_member (figures, "extract_one_file_mb_per_s", mb_per_s (bytes, one_file_s));
  json_object_set_double_member (figures, "timexes_per_s", round (n_timexes / timex_s));
  json_object_set_int_member (figures, "rss_kb", rss_last);
  json_object_set_int_member (figures, "rss_growth_kb", rss_last - rss_first);
}

static const char *const bench_first[] = {
  "Ilse", "Tomas", "Marguerite", "Oskar", "Dalia", "Henrik", "Soraya", "Piet",
  "Agnieszka", "Rafael", "Nkechi", "Lorenz", "Maren", "Yusuf", "Clodagh", "Emil",
};
static const char *const bench_last[] = {
  "Brandt", "Okafor", "Lindqvist", "Moreau", "Varga", "Haddad", "Kowal", "Strand",
  "Ferreira", "Nakamura", "Dubois", "Achterberg", "Szabo", "Quinn", "Rossi", "Berger",
};
static const char *const bench_office[] = {
  "transport minister", "mayor", "union leader", "central bank governor",
  "foreign minister", "port authority chief", "health commissioner", "party spokesperson",
};
static const char *const bench_place[] = {
  "Varnholm", "Estrada", "Kelby", "Lunport", "Marisk", "Ostwick", "Pelora", "Tarnow Bay",
};
static const char *const bench_topic[] = {
  "the rail strike", "the harbour expansion", "grain export quotas", "the bridge repairs",
  "a new water treaty", "winter heating subsidies", "the ferry timetable", "border checks",
};
static const char *const bench_month[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December",
};
static const char *const bench_weekday[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "on Saturday", "on Sunday",
};
static const char *const bench_claim[] = {
  "talks would resume within two weeks", "no agreement was possible before the spring",
  "the plan had been approved by a narrow margin", "funding would be cut by a third",
  "inspectors had found no fault", "the deadline could not be moved again",
};

#define PICK_PROJECT(array) ((array)[g_rand_int_range (rand, 0, G_N_ELEMENTS (array))])

static void
bench_person (GRand   *rand,
              GString *out)
{
  g_string_append_printf (out, "%s %s", PICK_PROJECT (bench_first), PICK_PROJECT (bench_last));
}

static char *
bench_article (GRand *rand,
               guint  index,
               gsize  target)
{
  GString *out = g_string_sized_new (target + 512);
  int year = g_rand_int_range (rand, 2015, 2026);
  int month = g_rand_int_range (rand, 0, 12);
  int day = g_rand_int_range (rand, 1, 29);

  g_string_append_printf (out, "Dispute over %s deepens in %s (%u)\n\n",
                          PICK_PROJECT (bench_topic), PICK_PROJECT (bench_place), index);
  g_string_append_printf (out, "%s, %s %d, %d — ", PICK_PROJECT (bench_place), bench_month[month], day, year);

  while (out->len < target)
    {
      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0:
          bench_person (rand, out);
          g_string_append_printf (out, ", the %s, said on %s that %s. ",
                                  PICK_PROJECT (bench_office), PICK_PROJECT (bench_weekday), PICK_PROJECT (bench_claim));
          break;
        case 1:
          g_string_append (out, "“We will not accept ");
          g_string_append (out, PICK_PROJECT (bench_topic));
          g_string_append (out, " as it stands,” ");
          bench_person (rand, out);
          g_string_append_printf (out, " told reporters in %s. ", PICK_PROJECT (bench_place));
          break;
        case 2:
          bench_person (rand, out);
          g_string_append (out, " met ");
          bench_person (rand, out);
          g_string_append_printf (out, " on %d %s %d to discuss %s. ",
                                  g_rand_int_range (rand, 1, 29), PICK_PROJECT (bench_month),
                                  year - g_rand_int_range (rand, 0, 3), PICK_PROJECT (bench_topic));
          break;
        case 3:
          g_string_append_printf (out, "The %s of %s announced last %s that %s. ",
                                  PICK_PROJECT (bench_office), PICK_PROJECT (bench_place),
                                  PICK_PROJECT (bench_month), PICK_PROJECT (bench_claim));
          break;
        case 4:
          g_string_append_printf (out, "Talks on %s lasted about three hours, and a second round is planned for next week. ",
                                  PICK_PROJECT (bench_topic));
          break;
        default:
          g_string_append (out, "\n\n");
          break;
        }
    }

  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

static gboolean
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_unlink (child) != 0)
        return FALSE;
    }

  return g_rmdir (path) == 0;
}

/* Import and reopen of a 1,000-article project (about 5 MB of text),
 * written to a temporary folder and removed afterwards. */
/* Import 1,000 generated articles (about 5 MB) into a project on two
 * threads, save it, and open it again. */
static void
bench_projects_add_figures (JsonObject *figures)
{
  const guint n_articles = 1000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("saywhen-bench-XXXXXX", &error);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250318);
  g_autoptr(SwProject) project = sw_project_new ();
  g_autoptr(SwProject) reopened = NULL;
  g_autoptr(GFile) project_file = NULL;
  double import_ms, save_ms, open_ms;
  gsize bytes = 0;
  gint64 start;

  if (dir == NULL)
    {
      g_printerr ("saywhen-cli bench: %s\n", error->message);
      return;
    }

  for (guint i = 0; i < n_articles; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%04u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = bench_article (rand, i, 5000);

      bytes += strlen (text);
      if (!g_file_set_contents (path, text, -1, &error))
        {
          g_printerr ("saywhen-cli bench: %s\n", error->message);
          remove_tree (dir);
          return;
        }
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  start = g_get_monotonic_time ();
  sw_project_import (project, (GFile **)files->pdata, files->len, NULL, 2, NULL, NULL, NULL, NULL);
  import_ms = elapsed_ms (start);

  project_file = g_file_new_build_filename (dir, "bench.saywhen", NULL);
  start = g_get_monotonic_time ();
  if (!sw_project_save (project, project_file, NULL, &error))
    {
      g_printerr ("saywhen-cli bench: %s\n", error->message);
      remove_tree (dir);
      return;
    }
  save_ms = elapsed_ms (start);

  start = g_get_monotonic_time ();
  reopened = sw_project_open (project_file, NULL, &error);
  open_ms = elapsed_ms (start);

  if (reopened == NULL)
    {
      g_printerr ("saywhen-cli bench: %s\n", error->message);
      remove_tree (dir);
      return;
    }

  json_object_set_int_member (figures, "project_articles", g_list_model_get_n_items (sw_project_get_articles (reopened)));
  json_object_set_int_member (figures, "project_bytes", bytes);
  json_object_set_int_member (figures, "project_threads", 2);
  json_object_set_double_member (figures, "import_1000_ms", import_ms);
  json_object_set_double_member (figures, "project_save_1000_ms", save_ms);
  json_object_set_double_member (figures, "project_open_1000_ms", open_ms);
  json_object_set_int_member (figures, "reextracted_on_open", sw_project_get_n_reextracted (reopened));

  remove_tree (dir);
}

/* One line of named figures; a timing says nothing past two decimals, and
 * json-glib would print seventeen. */
static char *
figures_to_line (JsonObject *figures)
{
  GString *out = g_string_new ("{");
  GList *members = json_object_get_members (figures);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (figures, l->data);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (l != members)
        g_string_append (out, ", ");
      g_string_append_printf (out, "\"%s\": ", (const char *)l->data);

      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.2f", json_node_get_double (node)));
      else if (json_node_get_value_type (node) == G_TYPE_INT64)
        g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      else
        {
          g_autofree char *text = json_to_string (node, FALSE);
          g_string_append (out, text);
        }
    }

  g_list_free (members);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

int
sw_cli_bench (int    argc,
              char **argv)
{
  int megabytes = 8;
  int graph_nodes = 2000, graph_edges = 20000, frames = 15;
  g_autofree char *only = NULL;
  const GOptionEntry entries[] = {
    { "megabytes", 0, 0, G_OPTION_ARG_INT, &megabytes, N_("Size of the generated text"), N_("MB") },
    { "graph-nodes", 0, 0, G_OPTION_ARG_INT, &graph_nodes, N_("Actors in the synthetic graph"), N_("N") },
    { "graph-edges", 0, 0, G_OPTION_ARG_INT, &graph_edges, N_("Distinct relations in the synthetic graph"), N_("N") },
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, N_("Repaints to take the median of"), N_("N") },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only,
      N_("Measure only these areas (text, timeline, graph, projects), comma-separated"), N_("AREAS") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— measure speed and memory on generated data"));
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) figures = json_object_new ();
  g_auto(GStrv) areas = NULL;
  g_autofree char *line = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli bench: %s\n", error->message);
      return 2;
    }
  megabytes = CLAMP (megabytes, 1, 256);
  if (graph_nodes < 2 || graph_edges < 1 || frames < 1 ||
      (double)graph_edges > 2.0 * graph_nodes * (graph_nodes - 1))
    {
      g_printerr ("saywhen-cli bench: %s\n", _("the graph needs at least two nodes, one edge and one frame"));
      return 2;
    }
  areas = g_strsplit (only != NULL ? only : "text,timeline,graph,projects", ",", -1);

  if (g_strv_contains ((const char * const *)areas, "text"))
    bench_text_add_figures (figures, megabytes);
  if (g_strv_contains ((const char * const *)areas, "timeline"))
    sw_timeline_bench_add_figures (figures);
  if (g_strv_contains ((const char * const *)areas, "graph"))
    sw_cli_bench_graph_add_figures (figures, graph_nodes, graph_edges, frames);
  if (g_strv_contains ((const char * const *)areas, "projects"))
    bench_projects_add_figures (figures);

  /* the figures depend on it: say which malloc they were measured with */
#ifdef HAVE_MIMALLOC
  {
    g_autofree char *allocator = g_strdup_printf ("mimalloc %d.%d.%d", mi_version () / 100,
                                                  mi_version () / 10 % 10, mi_version () % 10);
    json_object_set_string_member (figures, "allocator", allocator);
  }
#else
  json_object_set_string_member (figures, "allocator", "system");
#endif

  line = figures_to_line (figures);
  printf ("%s\n", line);

  return 0;
}
