#!/usr/bin/env bash
# Builds app/src/main/resources/gazetteer/places.tsv from the GeoNames subset (CC BY 4.0) in ../shared/data/geonames
# (or GEONAMES=<file>). The hand-written historical.tsv beside it is not touched.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
src="${GEONAMES:-}"
for candidate in "$root/../shared/data/geonames" "$root/../../shared/data/geonames"; do
  [ -z "$src" ] && [ -f "$candidate/cities1000-kz-and-neighbours.tsv" ] && src="$candidate/cities1000-kz-and-neighbours.tsv"
done
[ -n "$src" ] || { echo "build-gazetteer: no GeoNames file beside $root; set GEONAMES" >&2; exit 2; }
./mvnw -q -B -pl app compile
exec "$JAVA_HOME/bin/java" -Dfile.encoding=UTF-8 -cp app/target/classes org.tarikh.lexicon.BuildGazetteer \
  "$src" app/src/main/resources/gazetteer/places.tsv
