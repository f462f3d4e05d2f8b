# Helpers shared by the engine scripts (sourced by engines.sh).

say() { printf '[engines] %s\n' "$*" >&2; }
die() { printf '[engines] error: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pid_alive <pidfile>: the recorded process is still running.
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# wait_until <seconds> <description> <log file> <command...>: polls; on timeout shows the log tail.
wait_until() {
  local seconds="$1" what="$2" log="$3"; shift 3
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      say "$what did not become ready within ${seconds}s; last lines of $log:"
      tail -n 40 "$log" >&2 || true
      return 1
    fi
    sleep 0.5
  done
}

# stop_pid <name> <pidfile>: TERM, wait, then KILL, only the process this script recorded.
stop_pid() {
  local name="$1" pidfile="$2"
  if ! pid_alive "$pidfile"; then say "$name is not running (no live pid recorded)"; rm -f "$pidfile"; return 0; fi
  local pid; pid="$(cat "$pidfile")"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$pidfile"
  say "$name stopped"
}

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is required: $2"; }
