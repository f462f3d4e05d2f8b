# MinIO built from source with Go (the community edition ships no binaries now) (sourced by engines.sh).

# The Go proxy refuses the RELEASE.* tags and their commits (403); this pseudo-version is the
# newest it serves. Pinned: @latest would move under us.
MINIO_MODULE_VERSION=v0.0.0-20260212201848-7aac2a2c5b7c
MINIO_BIN="$CARTA_CACHE_DIR/minio/bin/minio"
MINIO_DIR="$CARTA_STATE_DIR/minio"
MINIO_LOG="$CARTA_STATE_DIR/minio.log"
MINIO_PID="$CARTA_STATE_DIR/minio.pid"
MINIO_USER=carta
MINIO_PASSWORD=carta-dev-secret
# A static key for server-side encryption (SSE-S3) in development and tests only.
MINIO_KMS_KEY='carta-key:Y2FydGEtZGV2LWttcy1rZXktMzItYnl0ZXMtbG9uZyE='

minio_install() {
  [ -x "$MINIO_BIN" ] && return 0
  need go "install Go 1.24+ (https://go.dev/dl or apt-get install -y golang)"
  say "building MinIO from source (first run only; minutes on 2 cores)"
  mkdir -p "$(dirname "$MINIO_BIN")"
  CGO_ENABLED=0 GOBIN="$(dirname "$MINIO_BIN")" GOFLAGS=-trimpath \
    go install "github.com/minio/minio@$MINIO_MODULE_VERSION" >"$CARTA_CACHE_DIR/minio/build.log" 2>&1 \
    || { tail -n 40 "$CARTA_CACHE_DIR/minio/build.log" >&2; die "could not build MinIO"; }
}

minio_ready() { curl -sf "http://127.0.0.1:$CARTA_MINIO_PORT/minio/health/live" >/dev/null; }

minio_up() {
  if minio_ready; then say "minio already answers on 127.0.0.1:$CARTA_MINIO_PORT; reusing it"; return 0; fi
  port_open "$CARTA_MINIO_PORT" && die "port $CARTA_MINIO_PORT is taken by something that is not MinIO (set CARTA_MINIO_PORT)"
  need curl "install curl"
  minio_install
  mkdir -p "$MINIO_DIR"
  say "starting minio on 127.0.0.1:$CARTA_MINIO_PORT"
  MINIO_ROOT_USER="$MINIO_USER" MINIO_ROOT_PASSWORD="$MINIO_PASSWORD" MINIO_BROWSER=off MINIO_KMS_SECRET_KEY="$MINIO_KMS_KEY" \
    nohup "$MINIO_BIN" server --quiet --address "127.0.0.1:$CARTA_MINIO_PORT" "$MINIO_DIR" >"$MINIO_LOG" 2>&1 &
  echo $! >"$MINIO_PID"
  wait_until 60 minio "$MINIO_LOG" minio_ready || { stop_pid minio "$MINIO_PID"; die "minio failed to start"; }
  say "minio ready (pid $(cat "$MINIO_PID"))"
}

minio_down() { stop_pid minio "$MINIO_PID"; }

minio_status() {
  if minio_ready; then echo "minio: up on 127.0.0.1:$CARTA_MINIO_PORT"; else echo "minio: down"; fi
}
