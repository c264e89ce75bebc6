#!/usr/bin/env bash
# Benchmark for scoring-service's models: ./bench/scoring-bench.sh [driver args]
# No Spring, Kafka or DynamoDB: generates a synthetic world (not timed), then times training
# (features + XGBoost fit, fixed parameters; and a whole Trainer job) and batch scoring
# (features alone, prediction alone, features + prediction, + SHAP reasons).
# Example: ./bench/scoring-bench.sh --customers 100000 --rounds 200 --threads 2
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(./c360 java-home)"
export JAVA_HOME
./mvnw -B -q -pl bench -am install -DskipTests -Dspotless.check.skip=true
# scoring-service's main artifact is a plain jar (its executable one is *-exec.jar).
./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -DexcludeArtifactIds=c360-identity-service
CP="bench/target/classes:$(cat bench/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -Xmx8g --enable-native-access=ALL-UNNAMED -cp "$CP" io.c360.bench.ScoringBench "$@"
