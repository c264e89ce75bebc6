#!/usr/bin/env bash
# Soak run: ./bench/soak.sh [--minutes N] [--rate events/s] [--recommendations N] [--drain-minutes N]
# Runs the five services as ./c360 up does (starting them when they are not running), then keeps a
# steady mixed load on them for N minutes (default 30): the demo's synthetic world's events through
# ingest at a fixed rate (default 20 events/s), a few recommendation calls a second, its POS file
# imported one minute in and a win-back campaign at half time. Every minute it prints and writes to
# .c360/bench/soak-<time>.csv each service's heap, GC pauses and CPU and every consumer group's lag;
# at the end, a verdict per service (heap trend, longest GC pause, lag first/last/max).
# For comparable figures, start from an empty platform: ./c360 reset first. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./c360 soak "$@"
