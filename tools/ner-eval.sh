#!/bin/sh
# Prints how well the archive finds persons in running text: exact and lenient precision, recall and F1 on the
# development parts of KazNERD (IOB2_valid.txt, Kazakh) and factRuEval-2016 (devset, Russian), for the rules
# alone and as shipped, and the 15 most frequent false positives and negatives with their context.
# Reads ../shared/data beside the repository, or beside TARIKH_HOME when that is set (e.g. in a worktree).
set -eu
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -B -pl app test -Dtest=PersonFindingQualityTest -Dsurefire.failIfNoSpecifiedTests=false \
    ${TARIKH_HOME:+-Dtarikh.home="$TARIKH_HOME"} 2>&1 | grep -v '^WARNING'
