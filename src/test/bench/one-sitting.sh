#!/bin/bash
# One sitting of the performance goals (issue 17): every benchmark, run alternately from two
# checkouts of this project on the same machine, with pgbench -N between them, so that "before" and
# "after" meet the same load. docs/benchmarks.md says what each figure means.
#
#   src/test/bench/one-sitting.sh BEFORE_DIR AFTER_DIR [LOG_DIR]
#
# BEFORE_DIR and AFTER_DIR are checkouts (a git worktree each: git worktree add /tmp/before <rev>),
# built once online (./mvnw test-compile); nothing may compile in them while this runs. Needs what
# the tests need (PostgreSQL on 127.0.0.1:5432 with trust auth, chromium) and pgbench. About 40
# minutes on a 2-core machine; the printed summary is followed by each run's full log in LOG_DIR.
set -u
BEFORE=$(realpath "${1:?checkout before}")
AFTER=$(realpath "${2:?checkout after}")
LOGS=${3:-/tmp/bcd-sitting}
mkdir -p "$LOGS"
PG="-h 127.0.0.1 -U postgres"

stamp() { echo; echo "=== $(date -u +%H:%M:%S) UTC $*"; }

pgb() {
  stamp "pgbench -N -c 8 -j 2 -T 15 (scale 10)"
  pgbench $PG -N -c 8 -j 2 -T 15 bcd_pgbench 2>/dev/null | grep -E "^tps"
}

# bench DIR LABEL CLASS ARGS [MAVEN_ARGS...]: one benchmark; its figures, without the log lines.
bench() {
  local dir=$1 label=$2 cls=$3 args=$4
  shift 4
  local log=$LOGS/$(date -u +%H%M%S)-$label-$cls.log
  stamp "$label ($dir) $cls \"$args\" $*"
  (cd "$dir" && exec ./mvnw -o -q exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=vn.gov.thads.bcd.benchmark.$cls -Dexec.args="$args" "$@") > "$log" 2>&1 &
  local pid=$!
  # Older ReminderBenchmarks print everything and then never exit (a non-daemon thread): stop them
  # half a minute after their last figure.
  local waited=0
  while kill -0 $pid 2>/dev/null; do
    sleep 1
    if [ "$cls" = ReminderBenchmark ] && grep -q "SMTP alone" "$log"; then
      waited=$((waited + 1))
      [ $waited -ge 30 ] && pkill -f "benchmark.$cls"
    fi
  done
  wait $pid
  echo "exit $? (log: $log)"
  grep -v -E '^\s*at |WARN|INFO|DEBUG|^\s*$|^ ____|^[/|\\]|Spring-Boot|Camunda Platform|Commons Logging' "$log"
}

# startup DIR LABEL: the default run (H2), first with an empty data directory, then again.
startup() {
  local dir=$1 label=$2 kind log pid jvm
  for kind in first again; do
    stamp "$label ($dir) start-up of the default run, $kind"
    [ $kind = first ] && rm -rf "$dir/data"
    log=$LOGS/$(date -u +%H%M%S)-$label-startup-$kind.log
    (cd "$dir" && exec ./mvnw -o -q spring-boot:run) > "$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do
      sleep 1
      grep -q "Started Application in" "$log" && break
    done
    grep -o "Started Application in [0-9.]* seconds" "$log"
    sleep 25
    jvm=$(pgrep -f vn.gov.thads.bcd.Application | head -1)
    echo "RSS 25 s after start: $(($(ps -o rss= -p "$jvm") / 1024)) MiB"
    pkill -f vn.gov.thads.bcd.Application
    wait $pid 2>/dev/null
    sleep 3
  done
  rm -rf "$dir/data"
}

if pgrep -f vn.gov.thads.bcd.Application > /dev/null; then
  echo "The application is running already (it would share the machine and port 8080): stop it first." >&2
  exit 2
fi
psql $PG -Atc "select 1 from pg_database where datname = 'bcd_pgbench'" | grep -q 1 || {
  psql $PG -qc "create database bcd_pgbench" && pgbench $PG -i -q -s 10 bcd_pgbench > /dev/null 2>&1
}

stamp "sitting: before $BEFORE ($(git -C "$BEFORE" rev-parse --short HEAD)), after $AFTER ($(git -C "$AFTER" rev-parse --short HEAD))"
pgb
for _ in 1 2; do
  bench "$BEFORE" before IntakeBenchmark "8 15" -Dbench.statements=true
  bench "$AFTER" after IntakeBenchmark "8 15" -Dbench.statements=true
done
pgb
bench "$BEFORE" before ReminderBenchmark "10000 4"
bench "$AFTER" after ReminderBenchmark "10000 4"
pgb
bench "$BEFORE" before OverdueDashboardBenchmark "300"
bench "$AFTER" after OverdueDashboardBenchmark "300"
pgb
bench "$BEFORE" before CaseRegisterBenchmark "200"
bench "$AFTER" after CaseRegisterBenchmark "200"
for _ in 1 2; do
  bench "$BEFORE" before ReportBenchmark "50"
  bench "$AFTER" after ReportBenchmark "50"
done
pgb
bench "$BEFORE" before LifecycleBenchmark "300 4"
bench "$AFTER" after LifecycleBenchmark "300 4"
pgb
for _ in 1 2; do
  startup "$BEFORE" before
  startup "$AFTER" after
done
pgb
stamp "sitting ended"
