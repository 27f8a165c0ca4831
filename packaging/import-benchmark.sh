#!/usr/bin/env bash
# Times a cold command-line import of the 1,000-page benchmark book with the installed commands' launcher against poppler's
# `pdftotext -bbox` on the same file, alternately, in one run. Each import is a new JVM with an empty settings folder
# and a new project; the ratio is the import's time over pdftotext's in the same round. Prints every round, the
# medians and the median ratio against the target (<= 1.0). With WITH_JAR=1 it also times `java -jar` on
# target/counterpoint.jar (the same import, without the installed runtime and its start-up cache).
#   packaging/import-benchmark.sh [RUNS] [BOOK.pdf]     (default 10 runs, target/bench/book-1000.pdf)
# The book is made by the PDF import benchmark: mvn -B -ntp -o test -Dtest=PdfImportBenchmark -Dtest.heap=1g
# Run it under flock /tmp/bench.lock on a shared machine, so that no two benchmarks overlap.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
book=${2:-target/bench/book-1000.pdf}
# the commands' launcher (quick compiler, serial collector, 1 GB heap); LAUNCHER=/opt/counterpoint/bin/Counterpoint
# times the app's launcher instead (the window's JVM options)
launcher=${LAUNCHER:-/opt/counterpoint/bin/counterpoint-cli}
[ -x "$launcher" ] || { echo "error: install the package first (packaging/build-deb.sh, then packaging/test-installed.sh)" >&2; exit 1; }
[ -f "$book" ] || { echo "error: $book is missing; make it with: mvn -B -ntp -o test -Dtest=PdfImportBenchmark -Dtest.heap=1g" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "error: pdftotext is missing (apt-get install poppler-utils)" >&2; exit 1; }
with_jar=${WITH_JAR:-0}
[ "$with_jar" = 1 ] && [ ! -f target/counterpoint.jar ] && { echo "error: target/counterpoint.jar is missing" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "book: $book ($(pdfinfo "$book" 2>/dev/null | sed -n 's/^Pages: *//p') pages); launcher: $launcher; $(uptime)"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# one cold import into a new project; prints its time in ms, or fails with the command's error
import_once() {
  local dir; dir=$(mktemp -d "$work/run.XXXX")
  local t0; t0=$(date +%s%N)
  if [ "$1" = installed ]; then
    JAVA_TOOL_OPTIONS="-Dcounterpoint.home=$dir/home" "$launcher" import "$book" --into "$dir/book.counterpoint.json" \
      >"$dir/out" 2>"$dir/err" || { cat "$dir/err" >&2; return 1; }
  else
    java -Xmx1g -Dcounterpoint.home="$dir/home" -jar target/counterpoint.jar import "$book" --into "$dir/book.counterpoint.json" \
      >"$dir/out" 2>"$dir/err" || { cat "$dir/err" >&2; return 1; }
  fi
  local t; t=$(ms "$t0")
  [ -s "$dir/book.counterpoint.json" ] || { echo "error: the import wrote no project" >&2; return 1; }
  rm -rf "$dir"
  echo "$t"
}
poppler_once() {
  local t0; t0=$(date +%s%N)
  pdftotext -bbox "$book" "$work/book.html"
  ms "$t0"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

inst=(); pop=(); ratio=(); jar=(); jar_ratio=()
for i in $(seq 1 "$runs"); do
  a=$(import_once installed); b=$(poppler_once)
  inst+=("$a"); pop+=("$b"); r=$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", a / b}'); ratio+=("$r")
  line="run $i: installed import $a ms, pdftotext -bbox $b ms, ratio $r"
  if [ "$with_jar" = 1 ]; then
    c=$(import_once jar); rj=$(awk -v a="$c" -v b="$b" 'BEGIN {printf "%.2f", a / b}')
    jar+=("$c"); jar_ratio+=("$rj"); line="$line; java -jar import $c ms, ratio $rj"
  fi
  echo "$line"
done
echo "median of $runs: installed import $(printf '%s\n' "${inst[@]}" | median) ms, pdftotext -bbox $(printf '%s\n' "${pop[@]}" | median) ms"
echo "cold import / pdftotext -bbox, median ratio $(printf '%s\n' "${ratio[@]}" | median) (target <= 1.0, stretch <= 0.8)"
if [ "$with_jar" = 1 ]; then
  echo "java -jar import median $(printf '%s\n' "${jar[@]}" | median) ms, median ratio $(printf '%s\n' "${jar_ratio[@]}" | median)"
fi
echo "$(uptime)"
