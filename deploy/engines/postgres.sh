# PostgreSQL 15 from Debian's packages, in a cluster of our own (sourced by engines.sh).

PG_BIN=/usr/lib/postgresql/15/bin
PG_DATA="$CARTA_STATE_DIR/postgres"
PG_LOG="$CARTA_STATE_DIR/postgres.log"

pg_accepts() { psql -h 127.0.0.1 -p "$CARTA_PG_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; }

postgres_install() {
  [ -x "$PG_BIN/pg_ctl" ] && command -v psql >/dev/null && return 0
  say "installing PostgreSQL 15 from Debian's packages"
  [ "$(id -u)" = 0 ] || die "PostgreSQL 15 is missing; install it with: sudo apt-get install -y postgresql"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  [ -x "$PG_BIN/pg_ctl" ] || die "apt-get installed postgresql but $PG_BIN/pg_ctl is still missing"
}

postgres_up() {
  postgres_install
  if pg_accepts; then
    say "postgres already answers on 127.0.0.1:$CARTA_PG_PORT; reusing it"
  else
    port_open "$CARTA_PG_PORT" && die "port $CARTA_PG_PORT is taken by something that is not a usable PostgreSQL (set CARTA_PG_PORT)"
    id postgres >/dev/null 2>&1 || die "the postgres system user is missing (install the postgresql package)"
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
      say "initialising a PostgreSQL cluster in $PG_DATA"
      mkdir -p "$PG_DATA"
      chown postgres:postgres "$PG_DATA"
      chmod 700 "$PG_DATA"
      runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    touch "$PG_LOG" && chown postgres:postgres "$PG_LOG"
    say "starting postgres on 127.0.0.1:$CARTA_PG_PORT"
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $CARTA_PG_PORT -k $PG_DATA -c max_connections=300 -c fsync=off" start >/dev/null \
      || { tail -n 40 "$PG_LOG" >&2; die "postgres failed to start"; }
    wait_until 60 postgres "$PG_LOG" pg_accepts
  fi
  if [ "$(psql -h 127.0.0.1 -p "$CARTA_PG_PORT" -U postgres -d postgres -Atqc "select 1 from pg_database where datname = 'carta'")" != 1 ]; then
    psql -h 127.0.0.1 -p "$CARTA_PG_PORT" -U postgres -d postgres -qc 'create database carta' >/dev/null
  fi
  say "postgres ready: $(psql -h 127.0.0.1 -p "$CARTA_PG_PORT" -U postgres -d carta -Atqc 'show server_version')"
}

postgres_down() {
  if [ -f "$PG_DATA/postmaster.pid" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null && say "postgres stopped"
  else
    say "postgres (ours) is not running"
  fi
}

postgres_status() {
  if pg_accepts; then echo "postgres: up on 127.0.0.1:$CARTA_PG_PORT"; else echo "postgres: down"; fi
}
