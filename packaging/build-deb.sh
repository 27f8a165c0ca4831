#!/usr/bin/env bash
# Builds the Linux installer, target/package/counterpoint_<version>_amd64.deb, from target/counterpoint.jar:
# a Java runtime trimmed by jlink to the modules the app uses, the application icon in every size, a desktop entry,
# the project file type (*.counterpoint.json) opened by a double-click, "Open with Counterpoint" for PDFs, and the
# list of classes the app loads at start, from which the package's postinst makes a class-data-sharing archive.
#
# Needs: a JDK 17 (jlink, jpackage), fakeroot and dpkg-deb, objcopy (binutils), rsvg-convert (librsvg2-bin), Xvfb (xvfb) for the run that
# lists the classes. Usage: mvn -DskipTests package && packaging/build-deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=${APP_VERSION:-0.1.0}
jar=target/counterpoint.jar
out=target/package
[ -f "$jar" ] || { echo "error: $jar is missing; run 'mvn -DskipTests package' first" >&2; exit 1; }
for tool in jlink jpackage fakeroot dpkg-deb rsvg-convert Xvfb objcopy; do
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
locale_res = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
def keep(n):
    if n.startswith("org/sqlite/native/") and not n.startswith("org/sqlite/native/Linux/x86_64/"):
        return n.endswith("/")
    if n.startswith(unused_icu) or n.startswith(unused_poi):
        return False
    if n.startswith(icu) and "/" not in n[len(icu):]:
        base = n[len(icu):]
        return not locale_res.match(base) or base.startswith(("en", "root"))
    return True
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        if keep(item.filename):
            zout.writestr(item, zin.read(item.filename))
os.replace(tmp, src)
PY

# the runtime: only the modules the app uses (jdeps --print-module-deps on the jar, plus what it loads by name)
# jdeps also names jdk.incubator.vector (Lucene runs without it, and it would print a warning at every start), and
# java.net.http, java.security.jgss, java.xml.crypto and jdk.jfr, which only code paths the app never takes use.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.crypto.ec,jdk.charsets,jdk.unsupported,jdk.zipfs
jlink --add-modules "$modules" --strip-debug --strip-native-debug-symbols objcopy="$(command -v objcopy)" \
  --no-header-files --no-man-pages --compress=2 --output "$out/runtime"
# Debian's JDK keeps symbol tables in its libraries; the app needs none of them
find "$out/runtime" -name '*.so' -exec strip --strip-unneeded {} +

# the classes the app loads while it opens the sample case and runs the commonest commands
home=$(mktemp -d)
classlist="$out/input/counterpoint.classlist"
# -Xmx as the installed launcher passes it (without it the app would start itself again with a capped heap)
run_java() { "$out/runtime/bin/java" -Xmx2g -Dcounterpoint.home="$home" "$@"; }
run_java -XX:DumpLoadedClassList="$out/cli.classlist" -jar "$out/input/counterpoint.jar" info --json assets/samples/hikvision-uk-2023.counterpoint.json >/dev/null
display=${DISPLAY:-}
xvfb_pid=
if [ -z "$display" ]; then
  display=:87; Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 & xvfb_pid=$!; sleep 1
fi
DISPLAY=$display run_java -XX:DumpLoadedClassList="$out/ui.classlist" -jar "$out/input/counterpoint.jar" --sample &
app=$!
for _ in $(seq 1 120); do
  grep -qs "Window ready" "$home"/logs/counterpoint-0.log && break
  sleep 0.5
done
grep -qs "Window ready" "$home"/logs/counterpoint-0.log || { echo "error: the app did not open its window while listing classes" >&2; kill $app; exit 1; }
sleep 3
kill $app; wait $app 2>/dev/null || true
[ -n "$xvfb_pid" ] && kill "$xvfb_pid"
cat "$out/ui.classlist" "$out/cli.classlist" | awk '!seen[$0]++' > "$classlist"
rm -rf "$home"

# the application image, then the package around it
jpackage --type app-image --name Counterpoint --app-version "$version" --dest "$out/image" \
  --input "$out/input" --main-jar counterpoint.jar --main-class org.counterpoint.Launcher \
  --runtime-image "$out/runtime" --icon "$out/icons/counterpoint-256.png" \
  --description "Offline workbench for comparing claims with the evidence that answers them" \
  --java-options '-Xmx2g' --java-options '-XX:SharedArchiveFile=$APPDIR/counterpoint.jsa' --java-options '-Xshare:auto' \
  --java-options '-Xlog:cds=off' --java-options '-Xlog:cds+dynamic=off'
mkdir -p "$out/resources"
cp packaging/linux/postinst packaging/linux/prerm packaging/linux/Counterpoint.desktop "$out/resources/"
jpackage --type deb --app-image "$out/image/Counterpoint" --name counterpoint --app-version "$version" --dest "$out" \
  --description "Offline workbench for comparing claims with the evidence that answers them" \
  --vendor "The Counterpoint developers" --copyright "The Counterpoint developers" \
  --resource-dir "$out/resources" --install-dir /opt \
  --linux-shortcut --linux-menu-group "Office;Education" --linux-app-category text --linux-package-name counterpoint \
  --file-associations packaging/linux/counterpoint-project.properties \
  --icon "$out/icons/counterpoint-256.png"
ls -l "$out"/*.deb
