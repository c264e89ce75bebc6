#!/usr/bin/env bash
# Platform benchmark: ./bench/platform-load.sh [--customers N] [--products N] [--days N] [--seed N]
# Runs the five services as ./c360 up does (starting them when they are not running), sends the
# demo's synthetic world of N customers through ingest exactly as ./c360 demo does, and times it
# until every consumer group has caught up; prints events/s end to end and each service's DynamoDB
# requests per event by table (from their c360.dynamodb.requests metrics). For comparable figures,
# start from an empty platform: ./c360 reset first.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./c360 platform-load "$@"
