#!/bin/sh
# Prints recall@10, nDCG@10 and R-precision of the archive's search over the judged query set
# (app/src/test/resources/search/judged-queries.tsv), per language of query, and the misses; then the same queries
# on indexes built with the search's parts added one at a time (plain words, + stems, + name keys, + thesaurus, all).
# Ingests demo/corpus and the seeds (SEEDS, default ../shared/corpus/seeds) into a temporary archive.
set -eu
cd "$(dirname "$0")/.."
SEEDS="${SEEDS:-$(cd .. && pwd)/shared/corpus/seeds}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -B -pl app test -Dtest=SearchQualityTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtarikh.seeds="$SEEDS" 2>&1 | grep -v '^WARNING'
