/* saywhen-cli.c: the batch front end of the Saywhen core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "saywhen-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sw-document.h"
#include "sw-extract.h"
#include "sw-json.h"
#include "sw-timeline-bench.h"
#include "sw-timeline-painter.h"
#include "sw-timex.h"

#include <gio/gunixinputstream.h>

/* Normalises a --dct option in place to YYYY-MM-DD. Where day and month
 * could be either way round, the text's own date is a better guess than
 * either reading: the option is dropped, saying so. */
static gboolean
resolve_dct_option (const char  *command,
                    char       **dct)
{
  gboolean ambiguous = FALSE;
  char *iso;

  if (*dct == NULL)
    return TRUE;

  iso = sw_dct_parse (*dct, &ambiguous);

  if (iso == NULL && ambiguous)
    {
      g_printerr ("saywhen-cli %s: %s “%s”; %s\n", command, _("ambiguous date"), *dct,
                  _("inferring each document’s date from its text"));
      g_clear_pointer (dct, g_free);
      return TRUE;
    }

  if (iso == NULL)
    {
      g_printerr ("saywhen-cli %s: %s\n", command, _("--dct wants a calendar date as YYYY-MM-DD"));
      return FALSE;
    }

  g_free (*dct);
  *dct = iso;
  return TRUE;
}

static SwDocument *
load_argument (const char  *arg,
               GError     **error)
{
  if (g_strcmp0 (arg, "-") == 0)
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);
      g_autoptr(GOutputStream) mem = g_memory_output_stream_new_resizable ();
      g_autoptr(GBytes) bytes = NULL;

      if (g_output_stream_splice (mem, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, error) < 0)
        return NULL;

      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (mem));
      return sw_document_new_from_bytes ("-", bytes, error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
      SwDocument *document = sw_document_load (file, NULL, error);

      if (document != NULL)
        sw_document_set_path (document, arg);

      return document;
    }
}

static int
cmd_extract (int    argc,
             char **argv)
{
  g_autofree char *dct = NULL;
  gboolean with_text = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct,
      N_("Resolve relative dates against DATE"), N_("YYYY-MM-DD") },
    { "with-text", 0, 0, G_OPTION_ARG_NONE, &with_text,
      N_("Include the loaded text in each document"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — extract dates, quotes and actors as JSON Lines"));
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Prints one JSON object per FILE, one per line. “-” reads standard input."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli extract: %s\n", error->message);
      return 2;
    }

  if (!resolve_dct_option ("extract", &dct))
    return 2;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("saywhen-cli extract: %s\n", _("no input files (use “-” for standard input)"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SwDocument) document = load_argument (files[i], &local_error);
      g_autoptr(SwExtraction) extraction = NULL;
      g_autofree char *line = NULL;

      if (document == NULL)
        {
          g_printerr ("saywhen-cli: %s\n", local_error->message);
          status = 1;
          continue;
        }

      if (dct != NULL)
        sw_document_set_dct (document, dct, SW_DCT_SOURCE_OPTION);

      extraction = sw_extract (document, NULL);
      line = sw_json_to_line (document, extraction, with_text);

      /* One write per document keeps every line whole. */
      fputs (line, stdout);
      fputc ('\n', stdout);
      fflush (stdout);
    }

  return status;
}

static int
cmd_render (int    argc,
            char **argv)
{
  g_autofree char *dct = NULL;
  g_autofree char *view = NULL;
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  int width = 1200;
  double scale_factor = 1.0;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view, N_("What to draw: timeline"), N_("VIEW") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE; .png, .svg or .pdf chooses the format"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (points for PDF)"), N_("PX") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale_factor, N_("Pixels per pixel in a PNG (2 for HiDPI)"), N_("S") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title above the timeline"), N_("TEXT") },
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct,
      N_("Resolve relative dates against DATE"), N_("YYYY-MM-DD") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — draw the timeline of the files as PNG, SVG or PDF"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) extractions = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_extraction_unref);
  g_autoptr(SwTimelineLayout) layout = NULL;
  g_autoptr(SwTimeScale) scale = NULL;
  SwTimelineFormat format;
  double start, end;
  int status = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli render: %s\n", error->message);
      return 2;
    }

  if (view != NULL && g_strcmp0 (view, "timeline") != 0)
    {
      g_printerr ("saywhen-cli render: %s “%s”\n", _("unknown view"), view);
      return 2;
    }

  if (output == NULL || !sw_timeline_format_from_path (output, &format))
    {
      g_printerr ("saywhen-cli render: %s\n", _("--output wants a FILE ending in .png, .svg or .pdf"));
      return 2;
    }

  if (width < 100 || width > 20000 || scale_factor <= 0 || scale_factor > 8)
    {
      g_printerr ("saywhen-cli render: %s\n", _("--width wants 100 to 20000 pixels and --scale 0 to 8"));
      return 2;
    }

  if (!resolve_dct_option ("render", &dct))
    return 2;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("saywhen-cli render: %s\n", _("no input files (use “-” for standard input)"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SwDocument) document = load_argument (files[i], &local_error);

      if (document == NULL)
        {
          g_printerr ("saywhen-cli: %s\n", local_error->message);
          status = 1;
          continue;
        }

      if (dct != NULL)
        sw_document_set_dct (document, dct, SW_DCT_SOURCE_OPTION);

      g_ptr_array_add (extractions, sw_extract (document, NULL));
      g_ptr_array_add (documents, g_steal_pointer (&document));
    }

  if (title == NULL && documents->len == 1)
    title = g_strdup (sw_document_get_title (g_ptr_array_index (documents, 0)));

  layout = sw_timeline_layout_new (documents, extractions);
  scale = sw_time_scale_new (0, 1, width);
  if (sw_timeline_layout_get_extent (layout, &start, &end))
    sw_time_scale_fit (scale, start, end, 0.03);
  else
    sw_time_scale_fit (scale, 0, 0, 0);

  if (!sw_timeline_export (layout, scale, format, output, width, scale_factor, title, &error))
    {
      g_printerr ("saywhen-cli render: %s\n", error->message);
      return 1;
    }

  return status;
}

static int
cmd_bench_timeline (int    argc,
                    char **argv)
{
  g_autoptr(JsonObject) figures = json_object_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *text = NULL;

  sw_timeline_bench_add_figures (figures);
  json_node_set_object (root, figures);
  text = json_to_string (root, FALSE);
  printf ("%s\n", text);

  return 0;
}

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

static double
bench_extract_pass (GPtrArray *articles)
{
  gint64 t0 = g_get_monotonic_time ();

  for (guint i = 0; i < articles->len; i++)
    {
      const char *text = g_ptr_array_index (articles, i);
      g_autoptr(SwDocument) document = sw_document_new_from_text (NULL, text, -1);
      g_autoptr(SwExtraction) extraction = sw_extract (document, NULL);
    }
  return (g_get_monotonic_time () - t0) / 1e6;
}

static int
cmd_bench (int    argc,
           char **argv)
{
  int megabytes = 8;
  const GOptionEntry entries[] = {
    { "megabytes", 0, 0, G_OPTION_ARG_INT, &megabytes, N_("Size of the generated text"), N_("MB") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— measure the extractors on generated news text"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  gsize bytes = 0, n_timexes = 0;
  double timex_s = G_MAXDOUBLE, extract_s = G_MAXDOUBLE;
  glong rss_first, rss_last;
  char buf[3][G_ASCII_DTOSTR_BUF_SIZE];

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("saywhen-cli bench: %s\n", error->message);
      return 2;
    }
  megabytes = CLAMP (megabytes, 1, 256);

  articles = bench_articles ((gsize)megabytes * 1024 * 1024);
  for (guint i = 0; i < articles->len; i++)
    bytes += strlen (g_ptr_array_index (articles, i));

  /* best of three: the machine is shared */
  for (int r = 0; r < 3; r++)
    timex_s = MIN (timex_s, bench_timex_pass (articles, &n_timexes));
  extract_s = bench_extract_pass (articles);
  rss_first = bench_rss_kb ();
  extract_s = MIN (extract_s, bench_extract_pass (articles));
  rss_last = bench_rss_kb ();

  printf ("{\"bytes\": %" G_GSIZE_FORMAT ", \"documents\": %u, \"timexes\": %" G_GSIZE_FORMAT
          ", \"timex_mb_per_s\": %s, \"extract_mb_per_s\": %s, \"timexes_per_s\": %s"
          ", \"rss_kb\": %ld, \"rss_growth_kb\": %ld}\n",
          bytes, articles->len, n_timexes,
          g_ascii_formatd (buf[0], sizeof buf[0], "%.1f", bytes / 1048576.0 / timex_s),
          g_ascii_formatd (buf[1], sizeof buf[1], "%.1f", bytes / 1048576.0 / extract_s),
          g_ascii_formatd (buf[2], sizeof buf[2], "%.0f", n_timexes / timex_s),
          rss_last, rss_last - rss_first);
  return 0;
}

static void
usage (FILE *to)
{
  fprintf (to,
           "%s\n\n  saywhen-cli extract [--dct=YYYY-MM-DD] [--with-text] FILE…\n"
           "  saywhen-cli render --view=timeline --output=FILE.{png,svg,pdf} [--width=PX] [--scale=S] [--dct=D] FILE…\n"
           "  saywhen-cli bench [--megabytes=N]\n"
           "  saywhen-cli bench-timeline\n\n%s\n",
           _("Usage:"),
           _("Run “saywhen-cli COMMAND --help” for a command’s options."));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      usage (stderr);
      return 2;
    }

  if (strcmp (argv[1], "extract") == 0)
    return cmd_extract (argc - 1, argv + 1);
  if (strcmp (argv[1], "render") == 0)
    return cmd_render (argc - 1, argv + 1);
  if (strcmp (argv[1], "bench-timeline") == 0)
    return cmd_bench_timeline (argc - 1, argv + 1);
  if (strcmp (argv[1], "bench") == 0)
    return cmd_bench (argc - 1, argv + 1);

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      usage (stdout);
      return 0;
    }

  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("saywhen-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  fprintf (stderr, "saywhen-cli: %s “%s”\n", _("unknown command"), argv[1]);
  usage (stderr);
  return 2;
}
