#!/usr/bin/env bash
# Load driver for recommendation-service: ./bench/recommendation-load.sh [driver args]
# Self-contained: starts a fresh in-memory devstack (Kafka + DynamoDB Local), publishes a synthetic
# world's catalog, events and identity links, starts recommendation-service in the driver's JVM with
# a bare endpoint next to it, then measures GET /v1/recommendations and the bare endpoint at fixed
# rates (open loop) and at fixed concurrency (closed loop) in the same run.
# Example: ./bench/recommendation-load.sh --customers 2000 --rates 1000,2000,3000 --workers 8,32
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(./c360 java-home)"
export JAVA_HOME
./mvnw -B -q -pl bench -am install -DskipTests -Dspotless.check.skip=true
# recommendation-service's main artifact is a plain jar (its executable one is *-exec.jar);
# Leave out the other services' jars: identity-service's is the executable one, and
# scoring-service's plain jar has its own application.yml, which would shadow this service's.
./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/recommendation.classpath \
  -DexcludeArtifactIds=c360-identity-service,c360-scoring-service
CP="bench/target/classes:$(cat bench/target/recommendation.classpath)"
# Generational ZGC: G1's young pauses (10-60 ms on two shared cores) set the tail of both endpoints;
# the service and the bare endpoint share this JVM, so both run on the same collector.
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseZGC --enable-native-access=ALL-UNNAMED -cp "$CP" \
  io.c360.bench.RecommendationLoadDriver "$@"
