#!/bin/sh
# Creates C360's Kafka topics that do not exist yet; never changes an existing topic.
# The list mirrors the catalog in common/src/main/java/io/c360/common/topic/Topics.java
# (infra/deploy's CatalogScriptsTest fails when they differ).
#
# Runs in the apache/kafka image (docker-compose service kafka-init, Kubernetes Job kafka-topics):
#   KAFKA_BOOTSTRAP_SERVERS        the brokers (default kafka:9092)
#   C360_TOPIC_REPLICATION_FACTOR  replicas per partition (default 1; use 3 on a real cluster)
#   KAFKA_SECURITY_PROTOCOL        optional, e.g. SSL for Amazon MSK's TLS listener (port 9094)
#   KAFKA_CLIENT_CONFIG            optional client properties file (TLS, SASL) for kafka-topics.sh
set -eu

BOOTSTRAP=${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}
REPLICATION=${C360_TOPIC_REPLICATION_FACTOR:-1}
KAFKA_TOPICS=${KAFKA_TOPICS_SH:-/opt/kafka/bin/kafka-topics.sh}
if [ -z "${KAFKA_CLIENT_CONFIG:-}" ] && [ -n "${KAFKA_SECURITY_PROTOCOL:-}" ]; then
  KAFKA_CLIENT_CONFIG=$(mktemp)
  printf 'security.protocol=%s\n' "$KAFKA_SECURITY_PROTOCOL" >"$KAFKA_CLIENT_CONFIG"
fi

# topic NAME PARTITIONS [CONFIG=VALUE ...]
topic() {
  name=$1
  partitions=$2
  shift 2
  configs=""
  for config in "$@"; do
    configs="$configs --config $config"
  done
  client=""
  if [ -n "${KAFKA_CLIENT_CONFIG:-}" ]; then
    client="--command-config $KAFKA_CLIENT_CONFIG"
  fi
  # shellcheck disable=SC2086 # configs and client are lists of words
  "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" $client --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor "$REPLICATION" $configs
  echo "topic $name ready"
}

topic c360.events.v1 6 retention.ms=604800000
topic c360.catalog.v1 3 cleanup.policy=compact
topic c360.quarantine.v1 3 retention.ms=1209600000
topic c360.resolved-events.v1 6 retention.ms=-1
topic c360.profiles.v1 6 cleanup.policy=compact
topic c360.identity-merges.v1 3 retention.ms=-1
topic c360.scores.v1 6 retention.ms=2592000000
topic c360.audience-memberships.v1 3 retention.ms=2592000000
topic c360.erasures.v1 3 retention.ms=31536000000

echo "all C360 topics exist on $BOOTSTRAP"
