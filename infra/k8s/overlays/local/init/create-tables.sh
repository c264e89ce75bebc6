#!/bin/sh
# Creates C360's DynamoDB tables that do not exist yet (on-demand capacity); never changes an
# existing table. Each service declares and owns its tables (e.g. identity-service's
# io.c360.identity.IdentityTables) and creates the missing ones itself at startup unless
# c360.tables.create-missing=false; this script is for deployments that create them up front.
# Its lines are grouped under a "# <service>" line per owner: each service's *TablesTest fails
# when its group differs from what the service declares, and infra/deploy's CatalogScriptsTest
# when a service that declares tables has no group or a group of another size.
#
# Runs in the amazon/aws-cli image (docker-compose service dynamodb-init, Kubernetes Job
# dynamodb-tables), with the AWS CLI's usual configuration:
#   AWS_ENDPOINT_URL_DYNAMODB  DynamoDB Local (http://dynamodb:8000); unset for AWS
#   AWS_REGION                 the region
#   C360_TABLES_PREFIX         table name prefix (default c360-), as the services' c360.tables.prefix
# Credentials come from the AWS CLI's default chain (environment, profile, IAM role).
set -eu

PREFIX=${C360_TABLES_PREFIX:-c360-}
export AWS_PAGER=""
# An empty endpoint means AWS itself (docker-compose.aws.yml blanks it).
if [ -z "${AWS_ENDPOINT_URL_DYNAMODB:-}" ]; then
  unset AWS_ENDPOINT_URL_DYNAMODB
fi

# table NAME PARTITION_KEY [SORT_KEY|-] [TTL_ATTRIBUTE]
table() {
  name="$PREFIX$1"
  attributes="AttributeName=$2,AttributeType=S"
  keys="AttributeName=$2,KeyType=HASH"
  if [ "${3:--}" != "-" ]; then
    attributes="$attributes AttributeName=$3,AttributeType=S"
    keys="$keys AttributeName=$3,KeyType=RANGE"
  fi
  if aws dynamodb describe-table --table-name "$name" >/dev/null 2>&1; then
    echo "table $name exists"
    return
  fi
  # shellcheck disable=SC2086 # attributes and keys are lists of words
  aws dynamodb create-table --table-name "$name" --billing-mode PAY_PER_REQUEST \
    --attribute-definitions $attributes --key-schema $keys >/dev/null
  aws dynamodb wait table-exists --table-name "$name"
  if [ -n "${4:-}" ]; then
    aws dynamodb update-time-to-live --table-name "$name" \
      --time-to-live-specification "Enabled=true,AttributeName=$4" >/dev/null
  fi
  echo "table $name created"
}

# identity-service
table identity identifier - expiresAt
table profiles profileId
table timeline profileId eventKey
table identity-audit profileId entryKey
table identity-blocks blockKey profileId
table identity-link-suggestions itemKey
table identity-scores profileId

# ingest-service
table ingest-imports importId

# scoring-service
table scoring-models modelName entryKey
table scoring-scores profileId
table scoring-history profileId entryKey

# recommendation-service
table recommendation-identity identifier
table recommendation-interactions profileId interactionKey

# activation-service
table activation-profiles profileId
table activation-audiences audienceId
table activation-audience-members audienceId profileId
table activation-campaigns campaignId
table activation-assignments campaignId profileId
table activation-contacts profileId contactKey expiresAt
table activation-orders profileId orderKey
table activation-outbox messageId

echo "all C360 tables exist"
