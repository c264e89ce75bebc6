#!/usr/bin/env bash
# Batch linkage benchmark: records/s linked for a customers import of generated records (half
# originals, half FEBRL-style duplicates), against today's per-record scorer on the same records.
# In one JVM, no Kafka or DynamoDB: the linkage work only (block, compare, EM, score, cluster).
# Usage: ./bench/identity-linkage-bench.sh [rows] [seed]   (default 100000 15)
# The driver (io.c360.identity.linkage.LinkageBench) lives in identity-service's test sources next
# to the duplicate generator it uses; nothing is installed into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-$(./c360 java-home)}"
export JAVA_HOME
./mvnw -B -q -pl identity-service -am test-compile -Dspotless.check.skip=true
./mvnw -B -q -pl identity-service dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="identity-service/target/test-classes:identity-service/target/classes:common/target/classes:platform/target/classes:$(cat identity-service/target/test-classpath.txt)"
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" io.c360.identity.linkage.LinkageBench "$@"
