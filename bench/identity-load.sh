#!/usr/bin/env bash
# Load driver for identity-service: ./bench/identity-load.sh [driver args]
# Self-contained: starts a fresh in-memory devstack (Kafka + DynamoDB Local) and identity-service
# in the driver's JVM, measures DynamoDB Local's write ceilings, then events/s end to end.
# Example: ./bench/identity-load.sh --events 100000 --warmup-events 10000
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(./c360 java-home)"
export JAVA_HOME
# Compiles identity-service and bench in this tree (no install: the other modules come from the
# local Maven repository).
./mvnw -B -q -o -pl identity-service,bench compile -Dspotless.check.skip=true
# identity-service's installed jar is the Spring Boot executable one (classes under BOOT-INF/):
# take its dependencies from Maven and its classes from its build directory.
./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -DexcludeArtifactIds=c360-identity-service
# IDENTITY_CLASSES measures another build of the service (e.g. a copy of an earlier target/classes).
CP="bench/target/classes:${IDENTITY_CLASSES:-identity-service/target/classes}:$(cat bench/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$CP" io.c360.bench.IdentityLoadDriver "$@"
