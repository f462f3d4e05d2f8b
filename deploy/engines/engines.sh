#!/usr/bin/env bash
# Starts, stops and describes the real engines Carta's tests and "real mode" use, natively (no Docker):
# PostgreSQL 15, Kafka 3.9 (KRaft, jars from Maven Central) and MinIO (built from source with Go).
#   engines.sh up [postgres|kafka|minio ...]    start what is not already running (default: all)
#   engines.sh down [postgres|kafka|minio ...]  stop what this script started (by recorded pid)
#   engines.sh status                          one line per engine
#   engines.sh env                             export lines for DATABASE_URL, KAFKA_BROKERS, S3_*
# Idempotent, cached under $CARTA_CACHE_DIR, state under $CARTA_STATE_DIR, bound to 127.0.0.1.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export CARTA_CACHE_DIR="${CARTA_CACHE_DIR:-$HOME/.cache/carta}"
# Not under /root: the postgres user must reach its data directory.
export CARTA_STATE_DIR="${CARTA_STATE_DIR:-/var/tmp/carta}"
export CARTA_PG_PORT="${CARTA_PG_PORT:-5432}"
export CARTA_KAFKA_PORT="${CARTA_KAFKA_PORT:-9092}"
export CARTA_KAFKA_CONTROLLER_PORT="${CARTA_KAFKA_CONTROLLER_PORT:-9093}"
export CARTA_MINIO_PORT="${CARTA_MINIO_PORT:-9000}"
mkdir -p "$CARTA_CACHE_DIR" "$CARTA_STATE_DIR"

# shellcheck source=deploy/engines/common.sh
source "$here/common.sh"
# shellcheck source=deploy/engines/postgres.sh
source "$here/postgres.sh"
# shellcheck source=deploy/engines/kafka.sh
source "$here/kafka.sh"
# shellcheck source=deploy/engines/minio.sh
source "$here/minio.sh"

command="${1:-status}"
shift || true
engines=("$@")
[ ${#engines[@]} -gt 0 ] || engines=(postgres kafka minio)
for engine in "${engines[@]}"; do
  case "$engine" in postgres|kafka|minio) ;; *) die "unknown engine '$engine' (postgres, kafka, minio)";; esac
done

case "$command" in
  up) for engine in "${engines[@]}"; do "${engine}_up"; done ;;
  down) for engine in "${engines[@]}"; do "${engine}_down"; done ;;
  status) for engine in "${engines[@]}"; do "${engine}_status"; done ;;
  env)
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:${CARTA_PG_PORT}/carta"
    echo "export KAFKA_BROKERS=127.0.0.1:${CARTA_KAFKA_PORT}"
    echo "export S3_ENDPOINT=http://127.0.0.1:${CARTA_MINIO_PORT} S3_ACCESS_KEY=${MINIO_USER} S3_SECRET_KEY=${MINIO_PASSWORD} S3_BUCKET=carta-test S3_REGION=us-east-1"
    ;;
  *) die "usage: engines.sh up|down|status|env [postgres|kafka|minio ...]" ;;
esac
