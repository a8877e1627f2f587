/* sw-html.c: the article inside a saved web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A saved page holds far more than the article: menus, banners, lists of
 * other stories, advertising, scripts. The main text is found by content
 * density, after the observation behind Kohlschütter et al.'s boilerplate
 * detection ("Boilerplate Detection using Shallow Text Features", WSDM
 * 2010): article paragraphs are long runs of text with few links, while
 * boilerplate is short or made of links. Every run of text between two
 * block boundaries is scored (+ its unlinked text when long, − its text when
 * mostly links), the scores are summed up the tree, and the element with
 * the highest sum is the article: the smallest subtree that takes in the
 * most prose for the least boilerplate. Its paragraphs are then written out
 * in document order, one per blank-line-separated block.
 *
 * Every walk over the tree is iterative: a page nested ten thousand
 * elements deep costs a little heap, not the stack.
 */
#define G_LOG_DOMAIN "sw-html"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "sw-document-private.h"
#include "sw-html.h"

/* libxml2 counts in int; pages above this are not articles anyway. */
#define MAX_HTML_SIZE (64u * 1024u * 1024u)
#define MAX_JSON_LD_SIZE (1024 * 1024)
#define MAX_JSON_DEPTH 64
/* Enough text to find a byline date in, without scanning a whole book. */
#define MAX_BYLINE_TEXT (256 * 1024)
#define DOMINANT_SHARE 0.85
#define MAX_HEADLINE 300

enum {
  TAG_BLOCK   = 1 << 0,  /* starts and ends a run of text */
  TAG_DROP    = 1 << 1,  /* never article text */
  TAG_HEADING = 1 << 2,
  TAG_LINK    = 1 << 3,
  TAG_BREAK   = 1 << 4,
  TAG_PRE     = 1 << 5,
  TAG_ARTICLE = 1 << 6,  /* a <header> inside one belongs to the article */
  TAG_HEADER  = 1 << 7,
  TAG_RAW     = 1 << 8,  /* script-like: its text is not text */
};

typedef struct
{
  xmlNode *node;
  int      parent;
  guint    flags;
  gboolean skip;
  double   own;
  double   total;
  int      dominant;  /* the child with nearly all of the total, or -1 */
  int      end;       /* one past the last index in its subtree */
} NodeInfo;

typedef enum
{
  RUN_GOOD,
  RUN_SHORT,
  RUN_LINKS,
  RUN_HEADING,
} RunClass;

typedef struct _Walk Walk;

struct _Walk
{
  GArray     *info;         /* NodeInfo, indexed by node->_private - 1 */
  gboolean    indexing;     /* the first pass: number nodes, decide skips */
  void      (*flush) (Walk *w, RunClass klass);

  GString    *run;
  gsize       run_chars;    /* visible code points */
  gsize       run_link;     /* of which inside <a> */
  gsize       run_words;
  gboolean    pending_space;
  int         container;    /* innermost open block, or -1 */
  GArray     *blocks;       /* stack of open block indices */
  guint       link_depth;
  guint       pre_depth;
  guint       article_depth;

  /* second pass */
  const char *headline;
  gboolean    keep_links;   /* a page that is nothing but links */
  GPtrArray  *paragraphs;
  GPtrArray  *pending;      /* headings waiting for the text they introduce */
};

static GHashTable *tag_table;
static GHashTable *strong_words;
static GHashTable *weak_words;
static GHashTable *good_words;
static GRegex *date_regex;
static GRegex *byline_regex;

static const char month_pattern[] =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
  "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

static void
add_tags (const char *const *names,
          guint              flags)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      guint old = GPOINTER_TO_UINT (g_hash_table_lookup (tag_table, names[i]));
      g_hash_table_insert (tag_table, (gpointer)names[i], GUINT_TO_POINTER (old | flags));
    }
}

static GHashTable *
word_set (const char *const *words)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; words[i] != NULL; i++)
    g_hash_table_add (set, (gpointer)words[i]);

  return set;
}

static void
init_tables (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      static const char *const blocks[] = {
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "tfoot",
        "caption", "hr", "address", "center", "details", "summary", "hgroup", "body",
        "html", "fieldset", "legend", "figure", "figcaption", "form", "iframe",
        "dialog", "menu", "video", "audio", "canvas", "object", "embed", "svg", "math",
        "noscript", "frameset", "frame", "noframes", "textarea", "select", NULL
      };
      static const char *const drops[] = {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form",
        "iframe", "svg", "math", "button", "select", "textarea", "input", "option",
        "datalist", "figure", "figcaption", "object", "embed", "canvas", "video",
        "audio", "map", "dialog", "menu", "head", "title", "meta", "link", "base",
        "picture", "source", "img", "frameset", "frame", "noframes", "applet",
        "output", "progress", "meter", NULL
      };
      static const char *const headings[] = { "h1", "h2", "h3", "h4", "h5", "h6", NULL };
      static const char *const links[] = { "a", NULL };
      static const char *const breaks[] = { "br", NULL };
      static const char *const pres[] = { "pre", "textarea", NULL };
      static const char *const articles[] = { "article", "main", NULL };
      static const char *const headers[] = { "header", NULL };
      static const char *const raws[] = { "script", "style", "template", "noscript", NULL };
      /* Class and id words that always mean boilerplate, and weaker ones
       * that do unless the same names also say "article" or "content". */
      static const char *const strong[] = {
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "cookie", "cookies",
        "consent", "gdpr", "breadcrumb", "breadcrumbs", "related", "recommended",
        "recommendations", "trending", "advert", "adverts", "advertisement",
        "advertising", "adslot", "adsbygoogle", "sponsor", "sponsored", "newsletter",
        "comments", "comment", "disqus", "outbrain", "taboola", "masthead", "paywall",
        "mostread", "promoted", NULL
      };
      static const char *const weak[] = {
        "ad", "ads", "share", "sharing", "social", "tags", "widget", "banner", "header",
        "promo", "popular", "toolbar", "pagination", "pager", "modal", "popup", "signup",
        "subscribe", "subscription", "skip", "login", "print", "hidden", "overlay", NULL
      };
      static const char *const good[] = {
        "article", "body", "content", "story", "entry", "main", "text", "post", NULL
      };
      g_autofree char *date = NULL;
      g_autofree char *byline = NULL;

      tag_table = g_hash_table_new (g_str_hash, g_str_equal);
      add_tags (blocks, TAG_BLOCK);
      add_tags (drops, TAG_DROP);
      add_tags (headings, TAG_HEADING);
      add_tags (links, TAG_LINK);
      add_tags (breaks, TAG_BREAK);
      add_tags (pres, TAG_PRE);
      add_tags (articles, TAG_ARTICLE);
      add_tags (headers, TAG_HEADER);
      add_tags (raws, TAG_RAW);
      strong_words = word_set (strong);
      weak_words = word_set (weak);
      good_words = word_set (good);

      /* "2025-03-18", "18 March 2025", "18th of March, 2025", "March 18, 2025" */
      date = g_strdup_printf ("(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
                              "(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                              "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?%s\\.?,?\\s+(\\d{4})"
                              "|%s\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))",
                              month_pattern, month_pattern);
      byline = g_strdup_printf ("\\b(?:first\\s+)?(?:published|posted)(?:\\s+on)?\\s*:?\\s*%s", date);
      date_regex = g_regex_new (date, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      byline_regex = g_regex_new (byline, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (date_regex != NULL && byline_regex != NULL);

      xmlInitParser ();

      g_once_init_leave (&once, 1);
    }
}

static guint
tag_flags (xmlNode *node)
{
  if (node->name == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (tag_table, node->name));
}

static const char *
get_attr (xmlNode    *node,
          const char *name)
{
  for (xmlAttr *a = node->properties; a != NULL; a = a->next)
    if (a->name != NULL && g_ascii_strcasecmp ((const char *)a->name, name) == 0)
      {
        if (a->children != NULL && a->children->type == XML_TEXT_NODE && a->children->content != NULL)
          return (const char *)a->children->content;
        return "";
      }

  return NULL;
}

static gboolean
has_attr (xmlNode    *node,
          const char *name)
{
  return get_attr (node, name) != NULL;
}

/* Splits "most-read", "mostRead" and "most_read__list" into lowercase words. */
static GPtrArray *
name_words (const char *value)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);

  for (const char *p = value; ; p++)
    {
      char c = *p;
      gboolean alnum = c != '\0' && g_ascii_isalnum (c);
      gboolean camel = alnum && g_ascii_isupper (c) && word->len > 0
                       && g_ascii_islower (word->str[word->len - 1]);

      if ((!alnum || camel) && word->len > 0)
        {
          g_ptr_array_add (words, g_ascii_strdown (word->str, word->len));
          g_string_truncate (word, 0);
        }

      if (alnum)
        g_string_append_c (word, c);

      if (c == '\0' || words->len > 64)
        break;
    }

  g_string_free (word, TRUE);
  return words;
}

static gboolean
names_say_boilerplate (const char *klass,
                       const char *id)
{
  static const char *const phrases[][2] = {
    { "most", "read" }, { "most", "popular" }, { "most", "viewed" }, { "more", "stories" },
    { "read", "more" }, { "read", "next" }, { "see", "also" }, { "also", "read" },
    { "top", "stories" }, { "sr", "only" }, { "visually", "hidden" }, { "screen", "reader" },
  };
  const char *values[] = { klass, id };
  gboolean weak = FALSE, good = FALSE;

  for (guint v = 0; v < G_N_ELEMENTS (values); v++)
    {
      g_autoptr(GPtrArray) words = NULL;

      if (values[v] == NULL || values[v][0] == '\0')
        continue;

      words = name_words (values[v]);

      for (guint i = 0; i < words->len; i++)
        {
          const char *w = g_ptr_array_index (words, i);

          if (g_hash_table_contains (strong_words, w))
            return TRUE;
          if (g_hash_table_contains (weak_words, w))
            weak = TRUE;
          if (g_hash_table_contains (good_words, w))
            good = TRUE;

          if (i + 1 < words->len)
            for (guint k = 0; k < G_N_ELEMENTS (phrases); k++)
              if (g_str_equal (w, phrases[k][0])
                  && g_str_equal (g_ptr_array_index (words, i + 1), phrases[k][1]))
                return TRUE;
        }
    }

  return weak && !good;
}

static gboolean
style_hides (const char *style)
{
  g_autofree char *compact = NULL;
  char *q;

  if (style == NULL)
    return FALSE;

  compact = g_ascii_strdown (style, -1);
  q = compact;
  for (const char *p = compact; *p; p++)
    if (!g_ascii_isspace (*p))
      *q++ = *p;
  *q = '\0';

  return strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL;
}

/* Decided on the way down, so that whole subtrees are never visited. */
static gboolean
is_boilerplate (Walk    *w,
                xmlNode *node,
                guint    flags)
{
  const char *role;
  const char *aria;

  if (flags & TAG_DROP)
    return TRUE;

  /* A site's header is boilerplate; an article's own header holds its
   * headline and standfirst. */
  if ((flags & TAG_HEADER) && w->article_depth == 0)
    return TRUE;

  if (has_attr (node, "hidden") || style_hides (get_attr (node, "style")))
    return TRUE;

  aria = get_attr (node, "aria-hidden");
  if (aria != NULL && g_ascii_strcasecmp (aria, "true") == 0)
    return TRUE;

  role = get_attr (node, "role");
  if (role != NULL)
    {
      static const char *const roles[] = {
        "navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog",
        "menu", "menubar", "toolbar", "alert",
      };

      for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
        if (g_ascii_strcasecmp (role, roles[i]) == 0)
          return TRUE;

      if (g_ascii_strcasecmp (role, "banner") == 0 && w->article_depth == 0)
        return TRUE;
    }

  /* The page's own classes ("nav-open", "has-cookie-banner") say nothing
   * about its text. */
  if (g_strcmp0 ((const char *)node->name, "body") == 0 || g_strcmp0 ((const char *)node->name, "html") == 0)
    return FALSE;

  return names_say_boilerplate (get_attr (node, "class"), get_attr (node, "id"));
}

static inline NodeInfo *
info_at (Walk *w,
         int   index)
{
  return &g_array_index (w->info, NodeInfo, index);
}

static inline int
node_index (xmlNode *node)
{
  return node != NULL ? GPOINTER_TO_INT (node->_private) - 1 : -1;
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
         || c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
         || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Characters that change nothing on screen and only break words apart:
 * soft hyphens, zero-width spaces, byte order marks, word joiners. */
static gboolean
is_invisible (gunichar c)
{
  return c == 0x00AD || c == 0x200B || c == 0xFEFF || c == 0x2060 || c == 0x180E
         || c < 0x20 || (c >= 0x7F && c < 0xA0);
}

static void
run_reset (Walk *w)
{
  g_string_truncate (w->run, 0);
  w->run_chars = 0;
  w->run_link = 0;
  w->run_words = 0;
  w->pending_space = FALSE;
}

static RunClass
classify_run (Walk *w)
{
  if (w->run_link * 2 > w->run_chars)
    return RUN_LINKS;

  if (w->container >= 0 && (info_at (w, w->container)->flags & TAG_HEADING))
    return RUN_HEADING;

  /* Boilerpipe's threshold: content blocks have ten words or more; the
   * length in characters covers languages written without spaces. */
  if (w->run_words >= 10 || w->run_chars >= 80)
    return RUN_GOOD;

  return RUN_SHORT;
}

static void
boundary (Walk *w)
{
  while (w->run->len > 0 && w->run->str[w->run->len - 1] == '\n')
    g_string_truncate (w->run, w->run->len - 1);

  if (w->run_chars > 0)
    w->flush (w, classify_run (w));

  run_reset (w);
}

static void
append_break (Walk *w)
{
  /* Two line breaks in a row are how older pages separate paragraphs. */
  if (w->run->len > 0 && w->run->str[w->run->len - 1] == '\n')
    boundary (w);
  else if (w->run->len > 0)
    g_string_append_c (w->run, '\n');

  w->pending_space = FALSE;
}

static void
append_text (Walk       *w,
             const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      const char *next;

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          c = 0xFFFD;
          next = p + 1;
        }
      else
        next = g_utf8_next_char (p);

      if (c == '\n' && w->pre_depth > 0)
        append_break (w);
      else if (is_space (c))
        {
          if (w->run->len > 0 && w->run->str[w->run->len - 1] != '\n')
            w->pending_space = TRUE;
        }
      else if (!is_invisible (c))
        {
          if (w->pending_space || w->run->len == 0 || w->run->str[w->run->len - 1] == '\n')
            w->run_words++;
          if (w->pending_space)
            g_string_append_c (w->run, ' ');
          w->pending_space = FALSE;
          g_string_append_unichar (w->run, c);
          w->run_chars++;
          if (w->link_depth > 0)
            w->run_link++;
        }

      p = next;
    }
}

/* Returns whether to go into the node's children. */
static gboolean
enter (Walk    *w,
       xmlNode *node)
{
  int index;
  guint flags;
  NodeInfo *ni;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        append_text (w, (const char *)node->content);
      return FALSE;
    }

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  flags = tag_flags (node);

  if (w->indexing)
    {
      NodeInfo fresh = { node, node_index (node->parent), flags, FALSE, 0, 0, -1, 0 };

      fresh.skip = is_boilerplate (w, node, flags);
      g_array_append_val (w->info, fresh);
      index = w->info->len - 1;
      node->_private = GINT_TO_POINTER (index + 1);
    }
  else
    index = node_index (node);

  g_assert (index >= 0);
  ni = info_at (w, index);

  if (ni->skip)
    {
      if (flags & TAG_BLOCK)
        boundary (w);
      return FALSE;
    }

  if (flags & TAG_BREAK)
    append_break (w);
  if (flags & TAG_BLOCK)
    {
      boundary (w);
      g_array_append_val (w->blocks, index);
      w->container = index;
    }
  if (flags & TAG_LINK)
    w->link_depth++;
  if (flags & TAG_PRE)
    w->pre_depth++;
  if (flags & TAG_ARTICLE)
    w->article_depth++;

  return TRUE;
}

static void
leave (Walk    *w,
       xmlNode *node)
{
  guint flags;

  if (node->type != XML_ELEMENT_NODE)
    return;

  flags = tag_flags (node);

  if (flags & TAG_LINK)
    w->link_depth--;
  if (flags & TAG_PRE)
    w->pre_depth--;
  if (flags & TAG_ARTICLE)
    w->article_depth--;
  if (flags & TAG_BLOCK)
    {
      boundary (w);
      g_array_set_size (w->blocks, w->blocks->len - 1);
      w->container = w->blocks->len > 0 ? g_array_index (w->blocks, int, w->blocks->len - 1) : -1;
    }
}

static void
walk (Walk    *w,
      xmlNode *root)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      gboolean descend = enter (w, node);

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      for (;;)
        {
          if (descend)
            leave (w, node);
          if (node == root)
            {
              node = NULL;
              break;
            }
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
          descend = TRUE;
        }
    }

  boundary (w);
}

static void
score_run (Walk     *w,
           RunClass  klass)
{
  NodeInfo *ni;

  if (w->container < 0)
    return;

  ni = info_at (w, w->container);

  switch (klass)
    {
    case RUN_GOOD:
      ni->own += (double)(w->run_chars - w->run_link);
      break;
    case RUN_LINKS:
      ni->own -= (double)w->run_chars;
      break;
    case RUN_SHORT:
    case RUN_HEADING:
    default:
      break;
    }
}

/* Words that stand alone where an advertisement or a widget was. */
static gboolean
is_label (const char *text)
{
  static const char *const labels[] = {
    "advertisement", "advertisements", "advert", "ad", "sponsored", "sponsored content",
    "skip to content", "skip to main content", "share", "share this article",
    "share this", "listen to this article", "continue reading", "read more",
    "story continues below advertisement", "(adsbygoogle = window.adsbygoogle || []).push({});",
  };
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (folded, labels[i]))
      return TRUE;

  return FALSE;
}

static void
emit_run (Walk     *w,
          RunClass  klass)
{
  const char *text = w->run->str;

  if (klass == RUN_LINKS && w->keep_links)
    klass = RUN_SHORT;

  if (klass == RUN_LINKS)
    {
      /* A heading over nothing but links ("Most read") goes with them. */
      g_ptr_array_set_size (w->pending, 0);
      return;
    }

  if (w->headline != NULL && w->headline[0] != '\0')
    {
      /* The headline leads the text already; drop it wherever the page
       * repeats it, also as the first line of a block ("Headline<br>By…"). */
      gsize hl = strlen (w->headline);

      if (g_str_equal (text, w->headline))
        return;
      if (strncmp (text, w->headline, hl) == 0 && text[hl] == '\n')
        text += hl + 1;
    }

  if (klass == RUN_HEADING)
    {
      g_ptr_array_add (w->pending, g_strdup (text));
      return;
    }

  if (is_label (text))
    return;

  for (guint i = 0; i < w->pending->len; i++)
    g_ptr_array_add (w->paragraphs, g_strdup (g_ptr_array_index (w->pending, i)));
  g_ptr_array_set_size (w->pending, 0);
  g_ptr_array_add (w->paragraphs, g_strdup (text));
}

/* The text of @node's subtree, whitespace collapsed, bounded. */
static char *
node_text (xmlNode *node,
           gsize    limit)
{
  GString *out = g_string_new (NULL);
  xmlNode *n = node->children;

  while (n != NULL && out->len < limit)
    {
      if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != NULL)
        g_string_append (out, (const char *)n->content);

      if (n->type == XML_ELEMENT_NODE && n->children != NULL && !(tag_flags (n) & TAG_RAW))
        {
          n = n->children;
          continue;
        }

      while (n != NULL && n != node && n->next == NULL)
        n = n->parent;
      if (n == NULL || n == node)
        break;
      n = n->next;
    }

  /* Reuse the run logic for whitespace: one walk, no links, no blocks. */
  {
    Walk w = { 0 };
    char *result;

    w.run = g_string_new (NULL);
    w.container = -1;
    append_text (&w, out->str);
    result = g_string_free (w.run, FALSE);
    g_string_free (out, TRUE);
    return result;
  }
}

/* Metadata ------------------------------------------------------------ */

typedef struct
{
  GHashTable *meta;          /* lowercased name or property -> content */
  char       *title;
  char       *itemprop_date;
  guint       itemprop_tries;
  char       *time_date;
  GPtrArray  *json_ld;
  GString    *visible;       /* text outside boilerplate, for bylines */
  GString    *other;
} Meta;

static void
meta_clear (Meta *m)
{
  g_clear_pointer (&m->meta, g_hash_table_unref);
  g_clear_pointer (&m->title, g_free);
  g_clear_pointer (&m->itemprop_date, g_free);
  g_clear_pointer (&m->time_date, g_free);
  g_clear_pointer (&m->json_ld, g_ptr_array_unref);
  if (m->visible != NULL)
    g_string_free (m->visible, TRUE);
  if (m->other != NULL)
    g_string_free (m->other, TRUE);
}

static int
month_number (const char *name)
{
  static const char *const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  };

  for (guint i = 0; i < 12; i++)
    if (g_ascii_strncasecmp (name, months[i], 3) == 0)
      return i + 1;

  return 0;
}

static char *
format_date (int y,
             int m,
             int d)
{
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31
      || !g_date_valid_dmy (d, m, y))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

static char *
date_from_match (GMatchInfo *match,
                 int         first)
{
  g_autofree char *iso_y = g_match_info_fetch (match, first);
  g_autofree char *iso_m = g_match_info_fetch (match, first + 1);
  g_autofree char *iso_d = g_match_info_fetch (match, first + 2);
  g_autofree char *d1 = g_match_info_fetch (match, first + 3);
  g_autofree char *m1 = g_match_info_fetch (match, first + 4);
  g_autofree char *y1 = g_match_info_fetch (match, first + 5);
  g_autofree char *m2 = g_match_info_fetch (match, first + 6);
  g_autofree char *d2 = g_match_info_fetch (match, first + 7);
  g_autofree char *y2 = g_match_info_fetch (match, first + 8);

  if (iso_y != NULL && iso_y[0] != '\0')
    return format_date (atoi (iso_y), atoi (iso_m), atoi (iso_d));
  if (d1 != NULL && d1[0] != '\0')
    return format_date (atoi (y1), month_number (m1), atoi (d1));
  if (m2 != NULL && m2[0] != '\0')
    return format_date (atoi (y2), month_number (m2), atoi (d2));

  return NULL;
}

/* "2025-03-18T09:30:00+01:00", "20250318", "Tue, 18 Mar 2025 09:30 GMT",
 * "March 18, 2025": the calendar date as the publisher wrote it. */
static char *
parse_date (const char *value)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *head = NULL;
  const char *p = value;

  if (value == NULL)
    return NULL;

  while (g_ascii_isspace (*p))
    p++;

  if (strlen (p) >= 8)
    {
      gboolean digits8 = TRUE;

      for (int i = 0; i < 8; i++)
        digits8 = digits8 && g_ascii_isdigit (p[i]);
      if (digits8 && !g_ascii_isdigit (p[8]))
        {
          char y[5] = { p[0], p[1], p[2], p[3], 0 };
          char m[3] = { p[4], p[5], 0 };
          char d[3] = { p[6], p[7], 0 };
          return format_date (atoi (y), atoi (m), atoi (d));
        }
    }

  /* Metadata values are short; a long one is not a date. */
  head = g_utf8_make_valid (p, MIN (strlen (p), 80));
  if (g_regex_match (date_regex, head, 0, &match))
    return date_from_match (match, 1);

  return NULL;
}

static gboolean
json_depth_ok (const char *json)
{
  int depth = 0;
  gboolean in_string = FALSE;

  for (const char *p = json; *p; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '[' || *p == '{')
        {
          if (++depth > MAX_JSON_DEPTH)
            return FALSE;
        }
      else if (*p == ']' || *p == '}')
        depth--;
    }

  return TRUE;
}

static gboolean
is_article_type (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (type == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    g_ptr_array_add (names, (gpointer)json_node_get_string (type));
  else if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *n = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
            g_ptr_array_add (names, (gpointer)json_node_get_string (n));
        }
    }

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (strstr (name, "Article") != NULL || strstr (name, "Posting") != NULL
          || g_str_equal (name, "Report") || g_str_equal (name, "LiveBlogPosting"))
        return TRUE;
    }

  return FALSE;
}

/* datePublished of the article described, or of anything if none says it
 * is an article. */
static char *
json_ld_date (const char *script)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) stack = NULL;
  g_autofree char *json = NULL;
  g_autofree char *any = NULL;

  if (strlen (script) > MAX_JSON_LD_SIZE)
    return NULL;

  /* Some sites still wrap their scripts in comment markers. */
  json = g_strstrip (g_strdup (script));
  if (g_str_has_prefix (json, "<!--"))
    memset (json, ' ', 4);
  if (g_str_has_suffix (json, "-->"))
    json[strlen (json) - 3] = '\0';
  g_strstrip (json);

  if (json[0] == '\0' || !json_depth_ok (json))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, NULL) || json_parser_get_root (parser) == NULL)
    return NULL;

  stack = g_ptr_array_new ();
  g_ptr_array_add (stack, json_parser_get_root (parser));

  while (stack->len > 0)
    {
      JsonNode *node = g_ptr_array_steal_index (stack, stack->len - 1);

      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *object = json_node_get_object (node);
          g_autoptr(GList) members = json_object_get_values (object);
          JsonNode *date = json_object_get_member (object, "datePublished");

          if (date != NULL && JSON_NODE_HOLDS_VALUE (date)
              && json_node_get_value_type (date) == G_TYPE_STRING)
            {
              char *parsed = parse_date (json_node_get_string (date));

              if (parsed != NULL && is_article_type (object))
                return parsed;
              if (parsed != NULL && any == NULL)
                any = parsed;
              else
                g_free (parsed);
            }

          /* Pushed in reverse so that the first member is looked at first. */
          members = g_list_reverse (members);
          for (GList *l = members; l != NULL; l = l->next)
            g_ptr_array_add (stack, l->data);
        }
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);

          for (guint i = json_array_get_length (array); i > 0; i--)
            g_ptr_array_add (stack, json_array_get_element (array, i - 1));
        }
    }

  return g_steal_pointer (&any);
}

static gboolean
in_boilerplate (Walk    *w,
                xmlNode *node)
{
  int index = node_index (node);

  return index < 0 || info_at (w, index)->skip;
}

static void
collect_meta (Walk    *w,
              xmlNode *root,
              Meta    *m)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      gboolean descend = TRUE;

      if (node->type == XML_ELEMENT_NODE && node->name != NULL)
        {
          const char *name = (const char *)node->name;
          const char *itemprop = get_attr (node, "itemprop");

          if (g_str_equal (name, "meta"))
            {
              const char *content = get_attr (node, "content");
              const char *keys[] = { get_attr (node, "property"), get_attr (node, "name"), itemprop };

              for (guint i = 0; content != NULL && i < G_N_ELEMENTS (keys); i++)
                if (keys[i] != NULL && keys[i][0] != '\0')
                  {
                    char *key = g_ascii_strdown (keys[i], -1);

                    if (!g_hash_table_contains (m->meta, key))
                      g_hash_table_insert (m->meta, key, g_strdup (content));
                    else
                      g_free (key);
                  }
            }
          else if (g_str_equal (name, "title") && m->title == NULL)
            {
              m->title = node_text (node, 4096);
              descend = FALSE;
            }
          else if (g_str_equal (name, "script"))
            {
              const char *type = get_attr (node, "type");

              if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0
                  && m->json_ld->len < 32)
                {
                  GString *script = g_string_new (NULL);

                  for (xmlNode *c = node->children; c != NULL; c = c->next)
                    if (c->content != NULL && script->len < MAX_JSON_LD_SIZE + 1)
                      g_string_append (script, (const char *)c->content);
                  g_ptr_array_add (m->json_ld, g_string_free (script, FALSE));
                }
              descend = FALSE;
            }
          else if (tag_flags (node) & TAG_RAW)
            descend = FALSE;

          if (itemprop != NULL && g_ascii_strcasecmp (itemprop, "datePublished") == 0
              && m->itemprop_date == NULL && m->itemprop_tries++ < 16)
            {
              const char *value = get_attr (node, "content");
              g_autofree char *text = NULL;

              if (value == NULL)
                value = get_attr (node, "datetime");
              if (value == NULL)
                value = text = node_text (node, 256);
              m->itemprop_date = parse_date (value);
            }

          if (g_str_equal (name, "time") && m->time_date == NULL && !in_boilerplate (w, node))
            m->time_date = parse_date (get_attr (node, "datetime"));
        }
      else if (node->type == XML_TEXT_NODE && node->content != NULL)
        {
          GString *to = in_boilerplate (w, node->parent) ? m->other : m->visible;

          if (to->len < MAX_BYLINE_TEXT)
            {
              g_string_append (to, (const char *)node->content);
              g_string_append_c (to, ' ');
            }
        }

      if (descend && node->type == XML_ELEMENT_NODE && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      while (node != NULL && node != root && node->next == NULL)
        node = node->parent;
      if (node == NULL || node == root)
        break;
      node = node->next;
    }
}

static char *
byline_date (GString *text)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *valid = g_utf8_make_valid (text->str, text->len);

  if (g_regex_match (byline_regex, valid, 0, &match))
    return date_from_match (match, 1);

  return NULL;
}

static char *
publication_date (Meta *m)
{
  static const char *const keys[] = {
    "article:published_time", "og:article:published_time", "article.published",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
    "citation_publication_date", "citation_date",
  };
  char *date;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if ((date = parse_date (g_hash_table_lookup (m->meta, keys[i]))) != NULL)
      return date;

  for (guint i = 0; i < m->json_ld->len; i++)
    if ((date = json_ld_date (g_ptr_array_index (m->json_ld, i))) != NULL)
      return date;

  if (m->itemprop_date != NULL)
    return g_strdup (m->itemprop_date);
  if (m->time_date != NULL)
    return g_strdup (m->time_date);

  if ((date = byline_date (m->visible)) != NULL)
    return date;

  return byline_date (m->other);
}

static char *
collapse (const char *text)
{
  Walk w = { 0 };

  if (text == NULL)
    return NULL;

  w.run = g_string_new (NULL);
  w.container = -1;
  append_text (&w, text);
  if (w.run->len == 0)
    {
      g_string_free (w.run, TRUE);
      return NULL;
    }
  return g_string_free (w.run, FALSE);
}

/* "Talks resume | The Coastal Ledger" -> "Talks resume" */
static char *
strip_site_name (const char *title,
                 const char *site,
                 gboolean    guess)
{
  static const char *const separators[] = {
    " | ", " - ", " – ", " — ", " · ", " :: ", " // ", " • ", " « ", " » ",
  };
  const char *cut = NULL;
  gsize cut_len = 0;

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *found = g_strrstr (title, separators[i]);

      if (found != NULL && found > cut)
        {
          cut = found;
          cut_len = strlen (separators[i]);
        }
    }

  if (site != NULL && site[0] != '\0')
    {
      gsize tl = strlen (title), sl = strlen (site);

      for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
        {
          gsize seplen = strlen (separators[i]);

          if (tl > sl + seplen && g_ascii_strcasecmp (title + tl - sl, site) == 0
              && strncmp (title + tl - sl - seplen, separators[i], seplen) == 0)
            return g_strndup (title, tl - sl - seplen);
          if (tl > sl + seplen && g_ascii_strncasecmp (title, site, sl) == 0
              && strncmp (title + sl, separators[i], seplen) == 0)
            return g_strdup (title + sl + seplen);
        }
    }

  if (guess && cut != NULL)
    {
      /* A short last part after the headline is the site's name. */
      const char *tail = cut + cut_len;
      g_auto(GStrv) words = g_strsplit (tail, " ", -1);

      if (g_strv_length (words) <= 4 && g_utf8_strlen (tail, -1) < g_utf8_strlen (title, cut - title))
        return g_strndup (title, cut - title);
    }

  return g_strdup (title);
}

static char *
first_heading (Walk *w,
               int   root)
{
  /* Prefer the h1 inside the article; else the page's first one that is
   * not part of the site's frame. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0, tries = 0; i < w->info->len && tries < 64; i++)
      {
        NodeInfo *ni = info_at (w, i);

        if (ni->skip || g_strcmp0 ((const char *)ni->node->name, "h1") != 0)
          continue;

        if (pass == 0 && root >= 0 && ((int)i < root || (int)i >= info_at (w, root)->end))
          continue;

        tries++;
        {
          char *text = node_text (ni->node, 2048);

          /* An unclosed <h1> that swallowed the page is no headline. */
          if (text[0] != '\0' && g_utf8_strlen (text, -1) <= MAX_HEADLINE)
            return text;
          g_free (text);
        }
      }

  return NULL;
}

/* The charset a page declares in its first bytes: <meta charset>,
 * <meta http-equiv content="…; charset=…">, or an XML declaration. */
static char *
declared_charset (const guint8 *data,
                  gsize         len)
{
  gsize n = MIN (len, 4096);
  g_autofree char *head = g_ascii_strdown ((const char *)data, n);
  const char *keys[] = { "charset=", "encoding=" };

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      const char *p = head;

      while ((p = strstr (p, keys[k])) != NULL)
        {
          const char *tag = g_strrstr_len (head, p - head, "<");
          const char *v = p + strlen (keys[k]);
          const char *e;

          p = v;
          if (tag == NULL || (k == 0 && !g_str_has_prefix (tag, "<meta"))
              || (k == 1 && !g_str_has_prefix (tag, "<?xml")))
            continue;

          while (*v == '"' || *v == '\'' || *v == ' ')
            v++;
          for (e = v; g_ascii_isalnum (*e) || *e == '-' || *e == '_' || *e == '.' || *e == ':'; e++)
            ;
          if (e > v && e - v < 40)
            return g_strndup (v, e - v);
        }
    }

  return NULL;
}

static xmlNode *
find_body (xmlNode *root)
{
  for (xmlNode *c = root->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && g_strcmp0 ((const char *)c->name, "body") == 0)
      return c;

  return root;
}

static void
silent_error (void       *ctx,
              const char *msg,
              ...)
{
}

/**
 * sw_html_load:
 * @path: (nullable): where the page came from, for messages
 * @bytes: the page as saved
 *
 * Parses a saved web page and keeps its article: the headline as the first
 * line, then the paragraphs of the main text separated by blank lines. The
 * title comes from og:title, the headline or the page title without the
 * site's name; the publication date, when the page gives one, becomes the
 * reference date with #SW_DCT_SOURCE_METADATA.
 *
 * The parser never touches the network, loads no external entity and runs
 * no script.
 */
SwDocument *
sw_html_load (const char  *path,
              GBytes      *bytes,
              GError     **error)
{
  const char *shown = path ? path : _("Pasted text");
  const guint8 *data;
  gsize len = 0, size = 0;
  const char *encoding = NULL;
  g_autofree char *charset = NULL;
  g_autofree char *utf8 = NULL;
  g_autofree char *title = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *date = NULL;
  xmlGenericErrorFunc old_error;
  void *old_context;
  htmlDocPtr doc;
  xmlNode *root;
  Walk w = { 0 };
  Meta m = { 0 };
  int best = -1;
  double best_score = 0;
  GString *text;
  SwDocument *self;

  g_return_val_if_fail (bytes != NULL, NULL);

  init_tables ();

  data = g_bytes_get_data (bytes, &len);

  if (len > MAX_HTML_SIZE)
    {
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_TOO_LARGE,
                   _("“%s” is too large a web page to open (more than %u MB)"),
                   shown, MAX_HTML_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!(len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
      && sw_looks_binary (data, len))
    {
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_BINARY,
                   _("“%s” is not a web page"), shown);
      return NULL;
    }

  /* Decoded here, so that libxml2 sees valid UTF-8 only and never
   * switches encoding half-way through on a late <meta>. */
  charset = declared_charset (data, len);
  utf8 = sw_decode_text (data, len, charset, &encoding, &size);

  old_error = xmlGenericError;
  old_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (NULL, silent_error);
  doc = htmlReadMemory (utf8, (int)size, NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                        | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT
                        | XML_PARSE_HUGE);
  xmlSetGenericErrorFunc (old_context, old_error);

  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_CORRUPT,
                   _("“%s” could not be read as a web page"), shown);
      return NULL;
    }

  /* First pass: number the elements, decide what is boilerplate, score
   * every run of text into the block that holds it. */
  w.info = g_array_new (FALSE, FALSE, sizeof (NodeInfo));
  w.blocks = g_array_new (FALSE, FALSE, sizeof (int));
  w.run = g_string_new (NULL);
  w.container = -1;
  w.indexing = TRUE;
  w.flush = score_run;
  walk (&w, root);

  for (guint i = w.info->len; i > 0; i--)
    {
      NodeInfo *ni = info_at (&w, i - 1);

      ni->total += ni->own;
      ni->end = MAX (ni->end, (int)i);
      if (ni->parent >= 0)
        {
          NodeInfo *parent = info_at (&w, ni->parent);

          parent->total += ni->total;
          parent->end = MAX (parent->end, ni->end);
        }
    }

  /* Children come after their parents, so walking backwards with a strict
   * comparison keeps the deepest of equally good subtrees. */
  for (guint i = w.info->len; i > 0; i--)
    {
      NodeInfo *ni = info_at (&w, i - 1);

      if (!ni->skip && ni->total > best_score)
        {
          best_score = ni->total;
          best = i - 1;
        }
    }

  /* Take a child that holds nearly all of the chosen subtree's prose: the
   * rest is a stray line of footer or byline that happened to read like
   * text, and two halves of an article split by an advertisement stay
   * together because neither half is dominant. */
  for (guint i = 0; i < w.info->len; i++)
    {
      NodeInfo *ni = info_at (&w, i);
      NodeInfo *parent = ni->parent >= 0 ? info_at (&w, ni->parent) : NULL;

      if (parent != NULL && !ni->skip && ni->total >= DOMINANT_SHARE * parent->total
          && (parent->dominant < 0 || ni->total > info_at (&w, parent->dominant)->total))
        parent->dominant = i;
    }

  while (best >= 0 && info_at (&w, best)->dominant >= 0)
    best = info_at (&w, best)->dominant;

  m.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  m.json_ld = g_ptr_array_new_with_free_func (g_free);
  m.visible = g_string_new (NULL);
  m.other = g_string_new (NULL);
  collect_meta (&w, root, &m);

  {
    const char *site = g_hash_table_lookup (m.meta, "og:site_name");
    g_autofree char *og = collapse (g_hash_table_lookup (m.meta, "og:title"));
    g_autofree char *h1 = first_heading (&w, best);
    g_autofree char *page = collapse (m.title);

    if (og != NULL)
      title = strip_site_name (og, site, FALSE);
    else if (h1 != NULL)
      title = g_strdup (h1);
    else if (page != NULL)
      title = strip_site_name (page, site, TRUE);

    headline = h1 != NULL ? g_strdup (h1) : g_strdup (title);
  }

  date = publication_date (&m);

  /* Second pass: write out the article's paragraphs. */
  w.indexing = FALSE;
  w.flush = emit_run;
  w.headline = headline;
  w.paragraphs = g_ptr_array_new_with_free_func (g_free);
  w.pending = g_ptr_array_new_with_free_func (g_free);
  w.container = -1;
  w.link_depth = w.pre_depth = w.article_depth = 0;
  g_array_set_size (w.blocks, 0);
  run_reset (&w);
  walk (&w, best >= 0 ? info_at (&w, best)->node : find_body (root));

  if (w.paragraphs->len == 0 && w.pending->len == 0)
    {
      /* Nothing but links: better those than nothing. */
      w.keep_links = TRUE;
      w.container = -1;
      w.link_depth = w.pre_depth = 0;
      g_array_set_size (w.blocks, 0);
      run_reset (&w);
      walk (&w, find_body (root));
    }

  text = g_string_new (headline);
  for (guint i = 0; i < w.paragraphs->len; i++)
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, g_ptr_array_index (w.paragraphs, i));
    }

  g_array_unref (w.info);
  g_array_unref (w.blocks);
  g_string_free (w.run, TRUE);
  g_ptr_array_unref (w.paragraphs);
  g_ptr_array_unref (w.pending);
  meta_clear (&m);
  xmlFreeDoc (doc);

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      g_set_error (error, SW_LOAD_ERROR, SW_LOAD_ERROR_EMPTY,
                   _("“%s” has no readable text"), shown);
      return NULL;
    }

  size = text->len;
  self = sw_document_new_take (path, g_string_free (text, FALSE), size, encoding, "html");

  if (title != NULL)
    sw_document_set_title (self, title);
  if (date != NULL)
    sw_document_set_dct (self, date, SW_DCT_SOURCE_METADATA);

  return self;
}
