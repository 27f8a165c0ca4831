#!/usr/bin/env bash
# Builds a self-contained Counterpoint application image from the single jar.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/counterpoint.jar
[ -f "$jar" ] || { echo "error: $jar is missing; run 'mvn -DskipTests package' first" >&2; exit 1; }
rm -rf target/dist target/jpackage-input
mkdir -p target/jpackage-input
cp "$jar" target/jpackage-input/
jpackage --input target/jpackage-input --main-jar counterpoint.jar --main-class org.counterpoint.Launcher --java-options -Xmx2g \
  --name Counterpoint --app-version "${APP_VERSION:-0.1.0}" --dest target/dist \
  --description "Offline workbench for comparing claims with the evidence that answers them" \
  --type "${1:-app-image}" "${@:2}"
echo "written to target/dist"
