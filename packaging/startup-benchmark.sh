#!/usr/bin/env bash
# Times cold starts of the window with the sample case, side by side in one run: the installed app
# (/opt/counterpoint/bin/Counterpoint, with its class-data-sharing archive) and `java -jar target/counterpoint.jar`.
# Each start is a new JVM with an empty settings folder; the time is from just before the process starts to the
# moment "Window ready" appears in its log. Prints each start, the median of each against the target (<= 1,000 ms
# for the installed app) and the load average before and after. Needs Xvfb (display :92, or XVFB_DISPLAY).
#   packaging/startup-benchmark.sh [RUNS]     (default 10)
# Run it under flock /tmp/bench.lock on a shared machine, so that no two benchmarks overlap.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
launcher=/opt/counterpoint/bin/Counterpoint
[ -x "$launcher" ] || { echo "error: install the package first (packaging/build-deb.sh, then packaging/test-installed.sh)" >&2; exit 1; }
[ -f target/counterpoint.jar ] || { echo "error: target/counterpoint.jar is missing; run mvn -DskipTests package" >&2; exit 1; }
Xvfb ${XVFB_DISPLAY:-:92} -screen 0 1440x900x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
kill -0 $xvfb 2>/dev/null || { echo "error: Xvfb could not start on display ${XVFB_DISPLAY:-:92} (taken? set XVFB_DISPLAY)" >&2; exit 1; }

# one start: prints "<wall ms> <ms after JVM start, as the app logs it>"
start_once() {
  local home; home=$(mktemp -d)
  local t0; t0=$(date +%s%N)
  if [ "$1" = installed ]; then
    DISPLAY=${XVFB_DISPLAY:-:92} JAVA_TOOL_OPTIONS="-Dcounterpoint.home=$home" "$launcher" --sample >/dev/null 2>&1 & pid=$!
  else
    # -Xmx2g as the installed launcher passes it: without a heap setting the jar starts itself again
    DISPLAY=${XVFB_DISPLAY:-:92} java -Xmx2g -Dcounterpoint.home="$home" -jar target/counterpoint.jar --sample >/dev/null 2>&1 & pid=$!
  fi
  local log=$home/logs/counterpoint-0.log
  for _ in $(seq 1 3000); do grep -qs "Window ready" "$log" && break; sleep 0.01; done
  local t1; t1=$(date +%s%N)
  local jvm; jvm=$(grep -so 'Window ready.* \([0-9]*\) ms after' "$log" | grep -o '[0-9]* ms after' | cut -d' ' -f1)
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  rm -rf "$home"
  echo "$(( (t1 - t0) / 1000000 )) ${jvm:-?}"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2))}'; }

echo "$(uptime)"
inst=(); jar=()
for i in $(seq 1 "$runs"); do
  a=$(start_once installed); b=$(start_once jar)
  inst+=("${a%% *}"); jar+=("${b%% *}")
  echo "run $i: installed ${a% *} ms (JVM says ${a#* } ms), java -jar ${b% *} ms (JVM says ${b#* } ms)"
done
echo "median of $runs cold starts to 'Window ready': installed $(printf '%s\n' "${inst[@]}" | median) ms (target <= 1000 ms), java -jar $(printf '%s\n' "${jar[@]}" | median) ms"
echo "$(uptime)"
