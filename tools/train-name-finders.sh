#!/usr/bin/env bash
# Trains the person-name finders (kk, ru, en) from ../shared/data with OpenNLP, measures them on the official test
# parts and writes app/src/main/resources/models/person-*.bin and README.md there. Extra arguments go to
# org.tarikh.extract.names.ner.TrainNameFinders (e.g. --languages kk --cv to tune without touching the models).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# the shared data sit beside the repository (../shared); a worktree one level deeper finds them at ../../shared
data="${TARIKH_DATA:-}"
for candidate in "$root/../shared/data" "$root/../../shared/data"; do
  [ -z "$data" ] && [ -d "$candidate/kaznerd" ] && data="$(cd "$candidate" && pwd)"
done
[ -n "$data" ] || { echo "train-name-finders: no shared data folder beside $root; set TARIKH_DATA" >&2; exit 2; }
classpath_file="$root/app/target/train-classpath.txt"
./mvnw -q -B -pl app compile dependency:build-classpath -Dmdep.outputFile="$classpath_file"
# one or two threads and a moderate heap: the machine is shared
exec "$JAVA_HOME/bin/java" -Xmx3g -XX:ActiveProcessorCount=2 -Dfile.encoding=UTF-8 -Dorg.slf4j.simpleLogger.log.opennlp=warn \
  -cp "app/target/classes:$(cat "$classpath_file")" \
  org.tarikh.extract.names.ner.TrainNameFinders --data "$data" --out app/src/main/resources/models "$@"
