#!/usr/bin/env bash
# Builds the Linux installer, target/package/counterpoint_<version>_amd64.deb, from target/counterpoint.jar:
# a Java runtime trimmed by jlink to the modules the app uses, the application icon in every size, a desktop entry,
# the project file type (*.counterpoint.json) opened by a double-click, "Open with Counterpoint" for PDFs, and the
# start-up cache: with the default Java 17 runtime, the list of classes from which the package's postinst makes a
# class-data-sharing archive; with PACKAGE_JDK set to a JDK 25, an AOT cache recorded at build time by a training run
# (org.counterpoint.TrainingRun: a CLI import, then the window with the sample). The AOT package starts about 8%
# faster, but needs Temurin 25 and a display to build and is larger (see packaging/README.md), so Java 17 is the default.
#
# Needs: a JDK 17 or newer for the runtime (PACKAGE_JDK, default the JDK on PATH), fakeroot
# and dpkg-deb, objcopy (binutils), rsvg-convert (librsvg2-bin), Xvfb (xvfb) for the training run.
# Usage: mvn -DskipTests package && packaging/build-deb.sh
#   PACKAGE_JDK=/usr/lib/jvm/java-17-openjdk-amd64 packaging/build-deb.sh    # Java 17 runtime, CDS made by postinst
#   STARTUP_CACHE=cds packaging/build-deb.sh                                  # JDK 25 runtime, CDS made by postinst
set -euo pipefail
cd "$(dirname "$0")/.."
version=${APP_VERSION:-0.1.0}
jar=target/counterpoint.jar
out=target/package
[ -f "$jar" ] || { echo "error: $jar is missing; run 'mvn -DskipTests package' first" >&2; exit 1; }
default_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")
jdk=${PACKAGE_JDK:-$default_jdk}
feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
cache=${STARTUP_CACHE:-$([ "$feature" -ge 25 ] && echo aot || echo cds)}
[ "$cache" = aot ] && [ "$feature" -lt 25 ] && { echo "error: an AOT cache needs a JDK 25 or newer (PACKAGE_JDK)" >&2; exit 1; }
echo "runtime: Java $feature from $jdk, start-up cache: $cache"
# jpackage from the JDK on PATH (JDK 17): it wraps any runtime image, and JDK 25's jpackage leaves out the file
# associations and the icon when it packages an existing application image
jpackage=${JPACKAGE:-$(command -v jpackage || echo "$jdk/bin/jpackage")}
PATH=$jdk/bin:$PATH
display=${DISPLAY:-}
for tool in jlink "$jpackage" fakeroot dpkg-deb rsvg-convert Xvfb objcopy; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (see the top of $0 for the packages it comes from)" >&2; exit 1; }
done
rm -rf "$out"
mkdir -p "$out/input" "$out/icons" "$out/jar-icons/org/counterpoint/ui/icons"

# the icon: one SVG, every PNG size the desktop and the window need
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" assets/icon/counterpoint.svg -o "$out/icons/counterpoint-$size.png"
done
cp "$out"/icons/counterpoint-{16,32,48,64,128,256}.png "$out/jar-icons/org/counterpoint/ui/icons/"

# the jar the package runs: the built one, with the window icons, without the SQLite libraries of other platforms
cp "$jar" "$out/input/counterpoint.jar"
(cd "$out/jar-icons" && jar uf ../input/counterpoint.jar org/counterpoint/ui/icons)
python3 - "$out/input/counterpoint.jar" <<'PY'
# Leaves out what the app never loads, to keep the installed size down: the SQLite libraries of other
# platforms, ICU's locale data (names of languages, currencies, time zones, collation, transliteration), and
# POI's binary spreadsheet format.
# ICU's character properties, normalisation, Arabic shaping and break rules stay. test-installed.sh runs the
# commands that use them on the installed package.
import os, re, sys, zipfile
src = sys.argv[1]; tmp = src + ".tmp"
icu = "com/ibm/icu/impl/data/icudata/"
unused_icu = tuple(icu + d + "/" for d in ("coll", "curr", "lang", "region", "unit", "zone", "translit", "rbnf"))
# POI's old binary formats and the maths only spreadsheet formulas use: the app writes slides only. (Its XSSF
# and XWPF halves stay: the slide classes load them. test-installed.sh exports a PowerPoint file to check.)
unused_poi = ("org/apache/poi/hssf/", "org/apache/poi/hwpf/", "org/apache/commons/math3/")
# JavaFX's old Caspian look and AtlantaFX's themes other than Primer (light and dark, the two the app offers)
unused_looks = ("com/sun/javafx/scene/control/skin/caspian/", "atlantafx/base/theme/cupertino",
                "atlantafx/base/theme/dracula", "atlantafx/base/theme/nord")
# Lucene's analysis-common is there for one filter (search/SearchAnalyzer: EnglishPossessiveFilter), and the query
# parser for its classic syntax: the other languages' analysers, stemmers (with Snowball's), dictionaries and the
# other query syntaxes go. Their factories are also taken out of META-INF/services below.
lucene_analysis = "org/apache/lucene/analysis/"
lucene_core_analysis = tuple(lucene_analysis + p for p in ("standard/", "tokenattributes/"))
unused_lucene = ("org/apache/lucene/queryparser/flexible/", "org/apache/lucene/queryparser/surround/",
                 "org/apache/lucene/queryparser/xml/", "org/apache/lucene/queryparser/ext/",
                 "org/apache/lucene/queryparser/simple/", "org/apache/lucene/queryparser/complexPhrase/",
                 "org/tartarus/snowball/")
locale_res = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
def keep(n):
    if n.startswith("org/sqlite/native/") and not n.startswith("org/sqlite/native/Linux/x86_64/"):
        return n.endswith("/")
    if n.startswith(unused_icu) or n.startswith(unused_poi) or n.startswith(unused_looks) or n.startswith(unused_lucene):
        # (the classic parser implements one interface of the flexible one)
        return n == "org/apache/lucene/queryparser/flexible/standard/CommonQueryParserConfiguration.class"
    if n.startswith(lucene_analysis) and "/" in n[len(lucene_analysis):] and not n.startswith(lucene_core_analysis):
        return n.startswith(lucene_analysis + "en/EnglishPossessiveFilter")
    if n.startswith(icu) and "/" not in n[len(icu):]:
        base = n[len(icu):]
        return not locale_res.match(base) or base.startswith(("en", "root"))
    return True
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
    kept = {i.filename for i in zin.infolist() if keep(i.filename)}
    for item in zin.infolist():
        if item.filename not in kept:
            continue
        data = zin.read(item.filename)
        if item.filename.startswith("META-INF/services/") and not item.filename.endswith("/"):
            # a service whose class is gone would make ServiceLoader fail for every other one
            lines = data.decode("utf-8").splitlines()
            data = "".join(line + "\n" for line in lines
                           if not line.strip() or line.lstrip().startswith("#")
                           or line.split("#")[0].strip().replace(".", "/") + ".class" in kept).encode("utf-8")
        zout.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
os.replace(tmp, src)
PY

# the runtime: only the modules the app uses (jdeps --print-module-deps on the jar, plus what it loads by name)
# (jdk.management lets Lucene size its caches as on a full JDK.)
# jdeps also names jdk.incubator.vector (Lucene runs without it, and it would print a warning at every start), and
# java.net.http, java.security.jgss, java.xml.crypto and jdk.jfr, which only code paths the app never takes use.
# (No java.naming: only Jackson names its classes, in a list of types it refuses to read.)
modules=java.base,java.desktop,java.logging,java.management,jdk.management,java.sql,java.xml,jdk.crypto.ec,jdk.charsets,jdk.unsupported,jdk.zipfs
# (a JDK 21 or newer: --strip-debug takes in the native symbols, and --compress names its level)
if [ "$feature" -ge 21 ]; then strip_compress=(--strip-debug --compress=zip-9)
else strip_compress=(--strip-debug --strip-native-debug-symbols objcopy="$(command -v objcopy)" --compress=2); fi
jlink --add-modules "$modules" "${strip_compress[@]}" --no-header-files --no-man-pages --output "$out/runtime"
# Debian's and Temurin's JDKs keep symbol tables in their libraries; the app needs none of them
find "$out/runtime" -name '*.so' -exec strip --strip-unneeded {} +

# the JVM options of every start (the launcher's), and of the runs that record what the app loads: the caches hold
# only for the same options. -Xmx as the launcher passes it (without it the app would start itself again with a
# capped heap). More through JVM_OPTIONS, e.g. JVM_OPTIONS='-XX:TieredStopAtLevel=1 -XX:+UseSerialGC'.
jvm_options=(-Xmx2g)
# Java 22+ asks before libraries call native code (Lucene does, through the foreign-function API), and Java 24+
# warns when JavaFX's renderer uses sun.misc.Unsafe
[ "$feature" -ge 22 ] && jvm_options+=(--enable-native-access=ALL-UNNAMED)
[ "$feature" -ge 24 ] && jvm_options+=(--sun-misc-unsafe-memory-access=allow)
for option in ${JVM_OPTIONS:-}; do jvm_options+=("$option"); done

# a display for the runs that open the window (Xvfb when there is none)
xvfb_pid=
start_display() {
  [ -n "$display" ] && return
  display=${XVFB_DISPLAY:-:92}; Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 & xvfb_pid=$!; sleep 1
}
trap '[ -n "$xvfb_pid" ] && kill $xvfb_pid 2>/dev/null || true' EXIT

if [ "$cache" = cds ]; then
# the classes the app loads while it opens the sample case and runs the commonest commands
home=$(mktemp -d)
classlist="$out/counterpoint.classlist"
run_java() { "$out/runtime/bin/java" "${jvm_options[@]}" -Dcounterpoint.home="$home" "$@"; }
# the commands: info, and a PDF import (the sample's report, exported first), as a cold import loads PDFBox's classes
run_java -XX:DumpLoadedClassList="$out/cli.classlist" -jar "$out/input/counterpoint.jar" info --json assets/samples/hikvision-uk-2023.counterpoint.json >/dev/null
run_java -jar "$out/input/counterpoint.jar" export assets/samples/hikvision-uk-2023.counterpoint.json --format report -o "$home/report.pdf" >/dev/null
run_java -XX:DumpLoadedClassList="$out/import.classlist" -jar "$out/input/counterpoint.jar" import "$home/report.pdf" --into "$home/report.counterpoint.json" >/dev/null
start_display
DISPLAY=$display run_java -XX:DumpLoadedClassList="$out/ui.classlist" -jar "$out/input/counterpoint.jar" --sample &
app=$!
for _ in $(seq 1 120); do
  grep -qs "Window ready" "$home"/logs/counterpoint-0.log && break
  sleep 0.5
done
grep -qs "Window ready" "$home"/logs/counterpoint-0.log || { echo "error: the app did not open its window while listing classes" >&2; kill $app; exit 1; }
sleep 3
kill $app; wait $app 2>/dev/null || true
cat "$out/ui.classlist" "$out/cli.classlist" "$out/import.classlist" | awk '!seen[$0]++' > "$classlist"
# packed: postinst unpacks it to make the archive, and the list is 0.9 MB of the installed size otherwise
gzip -9 -n -c "$classlist" > "$out/input/counterpoint.classlist.gz"
rm -rf "$home"
cache_java_options=('-XX:SharedArchiveFile=$APPDIR/counterpoint.jsa' -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
else
# the AOT cache is made below, in the package's tree; a cache that does not fit the runtime is ignored silently
cache_java_options=('-XX:AOTCache=$APPDIR/counterpoint.aot' -Xlog:aot=off -Xlog:cds=off)
fi

# the options of the commands' launcher, for terminals and scripts: the policy HeapLimit gives `java -jar` commands,
# a 1 GB heap with a 256 MB young generation, the quick compiler only and the serial collector (a command runs for
# seconds; the window for hours)
cli_options=(-Xmx1g)
for option in "${jvm_options[@]}"; do [[ $option == -Xmx* ]] || cli_options+=("$option"); done
cli_options+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn256m "${cache_java_options[@]}")

# the application image (its native launcher is replaced below), then the package around it
"$jpackage" --type app-image --name Counterpoint --app-version "$version" --dest "$out/image" \
  --input "$out/input" --main-jar counterpoint.jar --main-class org.counterpoint.Launcher \
  --runtime-image "$out/runtime" --icon "$out/icons/counterpoint-256.png" \
  --description "Offline workbench for comparing claims with the evidence that answers them"
# Both launchers are scripts that start the runtime's java: JDK 17's native launcher asks rpm and dpkg which
# package owns it (`dpkg -S`, then `dpkg -L`) at every start to find its library, about 150 ms of each start
# measured here. The scripts name the class-data-sharing archive and the jar by their real paths, as Java 17
# checks the class path the archive was made with.
write_launcher() {
  local name=$1 comment=$2; shift 2
  {
    echo '#!/bin/sh'
    echo "# $comment"
    echo 'APPDIR=$(cd "$(dirname "$(readlink -f "$0")")/../lib/app" && pwd -P)'
    printf 'exec "$APPDIR/../runtime/bin/java"'
    for option in "$@"; do printf ' %s' "${option//\$APPDIR/\"\$APPDIR\"}"; done
    echo ' -cp "$APPDIR/counterpoint.jar" org.counterpoint.Launcher "$@"'
  } > "$out/image/Counterpoint/bin/$name"
  chmod 755 "$out/image/Counterpoint/bin/$name"
}
write_launcher Counterpoint "Counterpoint: the window (with a project or a PDF to open), or a command (see --help)." \
  "${jvm_options[@]}" "${cache_java_options[@]}"
write_launcher counterpoint-cli "Counterpoint's commands (import, export, search, validate, info) for terminals and scripts: see --help." \
  "${cli_options[@]}"
rm -f "$out/image/Counterpoint/lib/app/Counterpoint.cfg" "$out/image/Counterpoint/lib/libapplauncher.so"
mkdir -p "$out/resources"
cp packaging/linux/postinst packaging/linux/prerm packaging/linux/Counterpoint.desktop "$out/resources/"
"$jpackage" --type deb --app-image "$out/image/Counterpoint" --name counterpoint --app-version "$version" --dest "$out" \
  --description "Offline workbench for comparing claims with the evidence that answers them" \
  --vendor "The Counterpoint developers" --copyright "The Counterpoint developers" \
  --resource-dir "$out/resources" --install-dir /opt \
  --linux-shortcut --linux-menu-group "Office;Education" --linux-app-category text --linux-package-name counterpoint \
  --file-associations packaging/linux/counterpoint-project.properties \
  --icon "$out/icons/counterpoint-256.png"

if [ "$cache" = aot ]; then
  # The AOT cache is recorded in the package's own tree, laid out as it is installed: the JVM accepts a cache
  # whose jar has moved as long as the jar is the same file (size and time, which dpkg keeps) at the same
  # place relative to the runtime. The training run opens the window, so it needs a display.
  deb=$(ls "$out"/counterpoint_*.deb)
  tree=$out/deb-tree
  rm -rf "$tree"; fakeroot dpkg-deb -R "$deb" "$tree"
  app_dir=$tree/opt/counterpoint/lib/app
  home=$(mktemp -d)
  start_display
  DISPLAY=$display "$tree/opt/counterpoint/lib/runtime/bin/java" "${jvm_options[@]}" -Dcounterpoint.home="$home" \
    -XX:AOTCacheOutput="$(cd "$app_dir" && pwd)/counterpoint.aot" -Xlog:aot=warning -cp "$(cd "$app_dir" && pwd)/counterpoint.jar" \
    org.counterpoint.TrainingRun assets/samples/hikvision-uk-2023.counterpoint.json "$home/training" ${TRAINING_PDFS:-} \
    > "$out/training.log" 2>&1 || { cat "$out/training.log" >&2; echo "error: the training run failed" >&2; exit 1; }
  grep -qs "Window ready" "$home"/logs/counterpoint-0.log || { echo "error: the training run did not open the window" >&2; exit 1; }
  [ -s "$app_dir/counterpoint.aot" ] || { cat "$out/training.log" >&2; echo "error: no AOT cache was made" >&2; exit 1; }
  rm -rf "$home"
  size=$(du -s --apparent-size -k "$tree" --exclude=DEBIAN | cut -f1)
  sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$tree/DEBIAN/control"
  fakeroot dpkg-deb -Z"${DEB_COMPRESSION:-xz}" -b "$tree" "$deb" >/dev/null
  rm -rf "$tree"
fi
ls -l "$out"/*.deb
