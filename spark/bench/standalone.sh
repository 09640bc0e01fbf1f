#!/usr/bin/env bash
# A real Spark standalone cluster on this machine, from the jars spark/bench/spark-dist.sh assembles: one Master and
# one Worker (each its own JVM, as a distribution's sbin/start-master.sh and sbin/start-worker.sh start them);
# the Worker starts a separate executor JVM for each executor an application asks for.
#   spark/bench/standalone.sh start [CORES [MEMORY]]   (default: 2 cores, 8g for executors) -> prints the master URL
#   spark/bench/standalone.sh stop
# Ports: $SPARK_MASTER_PORT (default 7177), web UIs $SPARK_MASTER_WEBUI_PORT (8177) and $SPARK_WORKER_WEBUI_PORT
# (8178); everything binds to 127.0.0.1. Logs, pids and the Worker's folder (executors' stdout/stderr) are in
# spark/target/standalone/.
set -euo pipefail
cd "$(dirname "$0")/../.."
home="$(pwd)/spark/target/spark-4.2.0"
[ -x "$home/bin/spark-class" ] || { echo "no $home: run spark/bench/spark-dist.sh first" >&2; exit 1; }
dir="$(pwd)/spark/target/standalone"
port="${SPARK_MASTER_PORT:-7177}"
master="spark://127.0.0.1:$port"
export SPARK_LOCAL_IP=127.0.0.1 SPARK_HOME="$home"
# a port in use is an error, not a reason to move to the next one (a Worker would then join another master)
export SPARK_DAEMON_JAVA_OPTS="${SPARK_DAEMON_JAVA_OPTS:-} -Dspark.port.maxRetries=0"

stop() { # NAME: the daemon started under this name, by its pid file
  local pidfile="$dir/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -f "$pidfile"
}

case "${1:-}" in
  start)
    cores="${2:-2}" memory="${3:-8g}"
    for d in master worker; do
      if [ -f "$dir/$d.pid" ] && kill -0 "$(cat "$dir/$d.pid")" 2>/dev/null; then
        echo "a $d started here is still running (pid $(cat "$dir/$d.pid")): $0 stop" >&2; exit 1
      fi
    done
    rm -rf "$dir/work" && mkdir -p "$dir/work"   # executors' logs of this cluster only
    nohup "$home/bin/spark-class" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
      --webui-port "${SPARK_MASTER_WEBUI_PORT:-8177}" > "$dir/master.log" 2>&1 &
    echo $! > "$dir/master.pid"
    for _ in $(seq 1 120); do grep -q "I have been elected leader" "$dir/master.log" && break; sleep 0.5; done
    grep -q "I have been elected leader" "$dir/master.log" || { tail "$dir/master.log" >&2; exit 1; }
    nohup "$home/bin/spark-class" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$cores" \
      --memory "$memory" --work-dir "$dir/work" --webui-port "${SPARK_WORKER_WEBUI_PORT:-8178}" "$master" \
      > "$dir/worker.log" 2>&1 &
    echo $! > "$dir/worker.pid"
    for _ in $(seq 1 120); do grep -q "Successfully registered with master" "$dir/worker.log" && break; sleep 0.5; done
    grep -q "Successfully registered with master" "$dir/worker.log" || { tail "$dir/worker.log" >&2; exit 1; }
    echo "$master"
    ;;
  stop)
    stop worker
    stop master
    ;;
  *)
    echo "usage: $0 start [CORES [MEMORY]] | stop" >&2
    exit 2
    ;;
esac
