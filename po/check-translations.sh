#!/bin/sh
# Checks the translations against the strings the sources hold today, not
# against the saywhen.pot that was last generated: a string added without a
# translation must fail here, not at the next `ninja saywhen-pot`.
#
#   check-translations.sh complete SRCROOT LANG
#     LANG.po covers every message of a freshly extracted template, with no
#     untranslated or fuzzy entry, and passes msgfmt --check.
#   check-translations.sh potfiles SRCROOT
#     every file under src/ and ui/ with translatable strings is listed in
#     po/POTFILES.in (or po/POTFILES.skip), so xgettext sees it at all.
#
# Programs come from the environment (meson passes what find_program found).
set -eu

XGETTEXT=${XGETTEXT:-xgettext}
MSGMERGE=${MSGMERGE:-msgmerge}
MSGFMT=${MSGFMT:-msgfmt}
MSGATTRIB=${MSGATTRIB:-msgattrib}

usage () {
  echo "usage: $0 complete SRCROOT LANG | potfiles SRCROOT" >&2
  exit 2
}

[ $# -ge 2 ] || usage
mode=$1
srcroot=$2

listed () {
  grep -v '^[[:space:]]*#' "$srcroot/po/$1" 2>/dev/null | sed 's/[[:space:]]*$//' | grep -v '^$' || true
}

case $mode in
  potfiles)
    fail=0
    known=$( { listed POTFILES.in; listed POTFILES.skip; } | sort -u)
    # The keywords of the glib preset plus ngettext, which xgettext knows by
    # default; GtkBuilder files mark theirs with translatable="yes".
    found=$(cd "$srcroot" && {
      grep -rlE --include='*.c' --include='*.h' \
        '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dgettext|g_dcgettext|g_dngettext|g_dpgettext2)[[:space:]]*\(' \
        src 2>/dev/null || true
      grep -rl --include='*.ui' 'translatable="yes"' ui src 2>/dev/null || true
    } | sort -u)
    for f in $found; do
      if ! printf '%s\n' "$known" | grep -qxF "$f"; then
        echo "$f has translatable strings but is not in po/POTFILES.in"
        fail=1
      fi
    done
    for f in $(listed POTFILES.in); do
      if [ ! -e "$srcroot/$f" ]; then
        echo "po/POTFILES.in lists $f, which does not exist"
        fail=1
      fi
    done
    exit $fail
    ;;
  complete)
    [ $# -eq 3 ] || usage
    lang=$3
    ;;
  *)
    usage
    ;;
esac

po="$srcroot/po/$lang.po"
if [ ! -f "$po" ]; then
  echo "po/LINGUAS names $lang but po/$lang.po does not exist"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The same extraction as meson's i18n.gettext (preset: 'glib'), into a
# scratch directory so the source tree is left alone.
"$XGETTEXT" --package-name=saywhen -D "$srcroot" -f "$srcroot/po/POTFILES.in" \
  -o "$tmp/saywhen.pot" -k_ \
  --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
  --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
  --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format \
  --flag=g_log:3:c-format --flag=g_print:1:c-format --flag=g_printerr:1:c-format \
  --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format \
  --flag=g_snprintf:3:c-format

# Without fuzzy matching a new or reworded string stays untranslated instead
# of borrowing a neighbour's translation and passing unseen.
"$MSGMERGE" --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/saywhen.pot"

fail=0
if ! "$MSGFMT" --check --check-format -o /dev/null "$po"; then
  echo "po/$lang.po does not pass msgfmt --check"
  fail=1
fi

untranslated=$("$MSGATTRIB" --untranslated --no-obsolete --no-wrap "$tmp/$lang.po")
fuzzy=$("$MSGATTRIB" --only-fuzzy --no-obsolete --no-wrap "$tmp/$lang.po")

if [ -n "$untranslated" ]; then
  echo "po/$lang.po lacks translations for these messages of the current sources:"
  printf '%s\n' "$untranslated" | grep -E '^(msgctxt|msgid|#:)' | grep -v '^msgid ""$'
  fail=1
fi
if [ -n "$fuzzy" ]; then
  echo "po/$lang.po has fuzzy translations:"
  printf '%s\n' "$fuzzy" | grep -E '^(msgctxt|msgid|#:)' | grep -v '^msgid ""$'
  fail=1
fi

if [ $fail -eq 0 ]; then
  "$MSGFMT" --statistics -o /dev/null "$tmp/$lang.po" 2>&1 | sed "s/^/$lang: /"
fi
exit $fail
