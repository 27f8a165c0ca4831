#!/usr/bin/env bash
# Installs the package that build-deb.sh made and checks it as a user's machine would see it: the commands run from
# the installed launcher, the desktop entry and the project file type are registered, a double-click's command opens
# a project, and the window opens (under Xvfb). Run as root on a Debian or Ubuntu machine, after build-deb.sh:
#   packaging/test-installed.sh [target/package/counterpoint_*.deb]
# Prints one line per check and exits non-zero at the first that fails. It removes nothing it did not install.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls target/package/counterpoint_*_amd64.deb | head -1)}
[ "$(id -u)" = 0 ] || { echo "error: run as root (it installs a package)" >&2; exit 1; }
ok() { echo "ok: $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null || dpkg -i "$deb" >/dev/null
ok "installed $(basename "$deb"), $(dpkg-query -W -f='${Installed-Size}' counterpoint) KiB"
app=/opt/counterpoint
launcher=$app/bin/Counterpoint
[ -x "$launcher" ] || fail "no launcher at $launcher"
kib=$(dpkg-query -W -f='${Installed-Size}' counterpoint)
echo "size: Installed-Size $kib KiB = $((kib * 1024)) bytes (target < 100,000,000); on disk $(du -sb $app | cut -f1) bytes in $app, \
$(du -sb --exclude=counterpoint.jsa $app | cut -f1) without the start-up archive postinst made"
if [ -f $app/lib/app/counterpoint.aot ]; then
  # the cache was made at build time in a copy of this tree: the JVM must take it here, or start-up is slow
  loaded=$(JAVA_TOOL_OPTIONS="-Xlog:class+load:file=/dev/stdout" "$launcher" --help 2>/dev/null | grep -c "shared objects file" || true)
  [ "$loaded" -gt 1000 ] && ok "AOT cache ($(du -h $app/lib/app/counterpoint.aot | cut -f1)) used: $loaded classes from it" \
    || fail "the AOT cache is not used by the installed launcher ($loaded classes from it)"
elif [ -f $app/lib/app/counterpoint.jsa ]; then
  ok "class-data-sharing archive made by postinst ($(du -h $app/lib/app/counterpoint.jsa | cut -f1))"
else
  echo "note: no start-up cache; the app starts without it"
fi

work=$(mktemp -d)
export COUNTERPOINT_TEST_HOME=$work/home
sample=assets/samples/hikvision-uk-2023.counterpoint.json
cp "$sample" "$work/case.counterpoint.json"
# the launcher hands its arguments to the app, not the JVM: the settings folder goes through JAVA_TOOL_OPTIONS
export JAVA_TOOL_OPTIONS="-Dcounterpoint.home=$COUNTERPOINT_TEST_HOME"
"$launcher" validate "$work/case.counterpoint.json" 2>/dev/null | grep -q . && ok "validate runs from the installed launcher" || fail "validate"
"$launcher" info --json "$work/case.counterpoint.json" 2>/dev/null | grep -q '"comparisons"' && ok "info --json" || fail "info"
"$launcher" export "$work/case.counterpoint.json" --format report -o "$work/report.pdf" 2>/dev/null >/dev/null && pdfinfo "$work/report.pdf" >/dev/null \
  && ok "export report (a PDF poppler reads)" || fail "export report"
for format in slides pptx; do
  if "$launcher" export --help 2>/dev/null | grep -q "$format"; then
    "$launcher" export "$work/case.counterpoint.json" --format "$format" -o "$work/deck.$format" 2>/dev/null >/dev/null \
      && ok "export $format" || fail "export $format"
  fi
done
if "$launcher" --help 2>/dev/null | grep -qw search; then
  "$launcher" search "$work/case.counterpoint.json" endorse --json 2>/dev/null | grep -q . && ok "search" || fail "search"
  # a phrase across a possessive: the one filter the package keeps of Lucene's analysers
  "$launcher" search "$work/case.counterpoint.json" '"government decision"' 2>/dev/null | grep -q "Government’s decision" \
    && ok "search matches a phrase across a possessive" || fail "search across a possessive (Lucene's analysis trimmed too far?)"
  # each part of the query language, as the parser's classes are trimmed too
  for query in 'endors*' 'endorse~1' '"security credentials"~3' 'hikvision AND NOT uk' 'stated:2023-01..2023-12' '(claim OR rebuttal)'; do
    "$launcher" search "$work/case.counterpoint.json" "$query" --json >"$work/query.out" 2>"$work/query.err" \
      && ! grep -q "Exception" "$work/query.err" || fail "search '$query': $(head -3 "$work/query.err")"
  done
  ok "search reads prefix, fuzzy, proximity, boolean, date and grouped queries"
  if "$launcher" search "$work/case.counterpoint.json" '"unclosed' >/dev/null 2>"$work/query.err"; then fail "a broken query was accepted"; fi
  grep -q "quote mark" "$work/query.err" && ! grep -q "Exception" "$work/query.err" && ok "a broken query gets its sentence" \
    || fail "a broken query: $(head -3 "$work/query.err")"
fi

# the commands' launcher, on the PATH: its own JVM options, the same archive
cli=$app/bin/counterpoint-cli
[ -x "$cli" ] || fail "no commands' launcher at $cli"
[ "$(readlink -f /usr/bin/counterpoint)" = "$(readlink -f "$cli")" ] && ok "/usr/bin/counterpoint runs $cli" || fail "no /usr/bin/counterpoint"
counterpoint validate "$work/case.counterpoint.json" 2>/dev/null | grep -q . && ok "counterpoint validate" || fail "counterpoint validate"
counterpoint import "$work/report.pdf" --into "$work/imported.counterpoint.json" >/dev/null 2>&1 \
  && counterpoint info --json "$work/imported.counterpoint.json" 2>/dev/null | grep -q '"documents"' \
  && ok "counterpoint import of a PDF into a new project" || fail "counterpoint import"
if [ -f $app/lib/app/counterpoint.jsa ]; then
  shared=$(JAVA_TOOL_OPTIONS="-Xlog:class+load:file=/dev/stdout" "$cli" --help 2>/dev/null | grep -c "shared objects file" || true)
  [ "$shared" -gt 1000 ] && ok "the commands' launcher uses the archive: $shared classes from it" \
    || fail "the commands' launcher does not use the archive ($shared classes from it)"
fi

# desktop integration: the entry, its MIME types, the project type's glob, the default handler
desktop=$(ls /usr/share/applications/*ounterpoint*.desktop 2>/dev/null | head -1 || true)
[ -n "$desktop" ] || fail "no desktop entry in /usr/share/applications"
grep -q '^MimeType=.*application/x-counterpoint-project' "$desktop" && grep -q '^MimeType=.*application/pdf' "$desktop" \
  && ok "desktop entry $(basename "$desktop") lists the project type and PDFs" || fail "desktop entry MIME types"
grep -q '^Exec=.*%[fFuU]' "$desktop" && ok "desktop entry passes the file it opens" || fail "desktop entry Exec has no file argument"
mimexml=$(grep -l 'application/x-counterpoint-project' /usr/share/mime/packages/*.xml 2>/dev/null | head -1 || true)
[ -n "$mimexml" ] && grep -q 'pattern="\*.counterpoint.json"' "$mimexml" && ok "MIME XML $(basename "$mimexml") matches *.counterpoint.json" \
  || fail "no MIME XML with the *.counterpoint.json glob"
if command -v xdg-mime >/dev/null; then
  type=$(XDG_DATA_DIRS=/usr/share xdg-mime query filetype "$work/case.counterpoint.json" 2>/dev/null || true)
  [ "$type" = application/x-counterpoint-project ] && ok "a *.counterpoint.json file is of type $type" \
    || echo "note: xdg-mime says the project file is '$type' (the shared MIME database may need update-mime-database)"
fi

# the window, opened the way a double-click opens a project, and then on a PDF ("Open with Counterpoint")
command -v Xvfb >/dev/null || fail "Xvfb is needed to open the window (apt-get install xvfb)"
Xvfb ${XVFB_DISPLAY:-:92} -screen 0 1440x900x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
exec_line=$(grep '^Exec=' "$desktop" | head -1 | sed 's/^Exec=//; s/ %[fFuU]//')
DISPLAY=${XVFB_DISPLAY:-:92} $exec_line "$work/case.counterpoint.json" >/dev/null 2>&1 & pid=$!
for _ in $(seq 1 120); do grep -qs "Window ready" "$COUNTERPOINT_TEST_HOME"/logs/counterpoint-0.log && break; sleep 0.5; done
line=$(grep -s "Window ready" "$COUNTERPOINT_TEST_HOME"/logs/counterpoint-0.log | tail -1 || true)
kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
[ -n "$line" ] && ok "window opened the project: ${line#*INFO: }" || fail "no 'Window ready' in the log"
echo "all checks passed"
