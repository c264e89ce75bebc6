#!/usr/bin/env bash
# What folding per-event items into one item per profile and day would save on DynamoDB Local:
# ./bench/item-folding.sh [--profile-days 2000] [--events-per-day 1,2,5,10] [--rounds 3]
# Starts its own devstack (on disk, in a temporary directory) and prints the devstack's CPU per
# event for three ways of writing the same events (see ItemFoldingBench).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(./c360 java-home)"
export JAVA_HOME
./mvnw -B -q -pl bench -am install -DskipTests -Dspotless.check.skip=true
./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -DexcludeArtifactIds=c360-identity-service
CP="bench/target/classes:$(cat bench/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" io.c360.bench.ItemFoldingBench "$@"
