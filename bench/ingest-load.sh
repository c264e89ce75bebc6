#!/usr/bin/env bash
# Load driver for ingest-service: ./bench/ingest-load.sh [driver args]
# Needs a running platform (./c360 up); reads the demo write key from .c360/credentials.env.
# Example: ./bench/ingest-load.sh --concurrency 1,2,4,8,16,32 --seconds 20
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=/dev/null
source .c360/credentials.env
JAVA_HOME="$(./c360 java-home)"
export JAVA_HOME
./mvnw -B -q -pl bench -am install -DskipTests -Dspotless.check.skip=true
./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="bench/target/classes:$(cat bench/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -Xmx512m -cp "$CP" io.c360.bench.IngestLoadDriver \
  --write-key "$C360_WRITE_KEY" "$@"
