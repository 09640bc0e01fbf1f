#!/usr/bin/env bash
# A benchmark, not a test: local ingest vs the Spark job, run by spark-submit, on the same documents, then aikg load.
#   spark/bench/run.sh [DOCS]      (default 10000)
# Corpus: spark/bench/corpus.py cuts the shared pool's documents into DOCS short documents in $BENCH/corpus
# ($BENCH default /tmp/aikg-bench). Runs: aikg ingest with 1 and 2 threads; spark-submit --master local[1] and
# local[2]; spark-submit to a standalone cluster on this machine (spark/bench/standalone.sh: a Master, a Worker,
# two executor JVMs of one core each; skipped with STANDALONE=0); aikg load of the local[2] output. Prints per run
# wall clock, documents/s, MB/s and peak RSS (for the cluster, each executor JVM's), the job's own time split, and
# whether the stores hold the same quads.
# Needs: mvn -B -ntp package -pl server,spark -am -DskipTests (the jars), spark/bench/spark-dist.sh (Spark's jars),
# GNU time, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
docs_wanted="${1:-10000}"
bench="${BENCH:-/tmp/aikg-bench}"
pool="${AIKG_SHARED:-$root/../shared}/corpus/pool"
spark_home="$root/spark/target/spark-4.2.0"
[ -d "$pool" ] || { echo "no $pool" >&2; exit 1; }
[ -x "$spark_home/bin/spark-submit" ] || { echo "no $spark_home: run spark/bench/spark-dist.sh" >&2; exit 1; }
rm -rf "$bench" && mkdir -p "$bench"
python3 spark/bench/corpus.py --pool "$pool" --out "$bench/corpus" --docs "$docs_wanted"
docs=$(find "$bench/corpus" -type f | wc -l)
bytes=$(find "$bench/corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
echo "corpus: $docs files, $bytes bytes in $bench/corpus; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
export SPARK_LOCAL_IP=127.0.0.1

report() { # NAME SECONDS RSS_KB
  python3 -c "import sys; n,s,r=sys.argv[1],float(sys.argv[2]),int(sys.argv[3]); d,b=$docs,$bytes
print(f'{n:34} {s:7.1f} s  {d/s:7.2f} documents/s  {b/s/1e6:6.3f} MB/s  peak RSS {r/1024:5.0f} MiB')" "$@"
}
timed() { # NAME COMMAND...: runs it under GNU time, its output in $bench/NAME.log
  local name="$1"; shift
  local log="$bench/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-').log"
  /usr/bin/time -f '%e %M' -o "$bench/time" "$@" > "$log" 2>&1 || { echo "$name failed:"; tail -20 "$log"; }
  read -r secs rss < "$bench/time"
  report "$name" "$secs" "$rss"
  grep -hE "^(stages:|[0-9]+ documents|executors:|staged outcomes:|loaded)" "$log" | sed 's/^/    /' || true
}
submit() { # NAME OUTPUT SPARK-SUBMIT-OPTIONS...
  local name="$1" out="$2"; shift 2
  timed "$name" "$spark_home/bin/spark-submit" --class org.aikg.spark.ExtractJob --conf spark.ui.enabled=false "$@" \
    spark/target/aikg-spark-job.jar --input "$bench/corpus" --output "$out"
}

for t in 1 2; do
  timed "aikg ingest --threads $t" java -Xmx2g -jar server/target/aikg.jar ingest -q --timings --threads "$t" \
    --store "$bench/local$t" "$bench/corpus"
done
for n in 1 2; do
  submit "spark-submit --master local[$n]" "$bench/spark$n" --master "local[$n]" --driver-memory 3g
done

if [ "${STANDALONE:-1}" = 1 ]; then
  master="$(spark/bench/standalone.sh start 2 8g)"
  trap 'spark/bench/standalone.sh stop' EXIT
  # each executor JVM's peak resident memory (VmHWM), read every second while the job runs
  (while sleep 1; do
     for p in $(pgrep -f "$spark_home/jars/.*CoarseGrainedExecutorBackend" || true); do
       echo "$p $(awk '/VmHWM/ {print $2}' "/proc/$p/status" 2>/dev/null)"
     done
   done > "$bench/executor-rss.txt") &
  sampler=$!
  submit "spark-submit standalone, 2 executors" "$bench/standalone" --master "$master" --executor-cores 1 \
    --total-executor-cores 2 --executor-memory 2g --driver-memory 1g
  kill "$sampler"
  awk 'NF == 2 { if ($2 > m[$1]) m[$1] = $2 } END { for (p in m) printf "    executor JVM %s: peak RSS %.0f MiB\n", p, m[p] / 1024 }' \
    "$bench/executor-rss.txt"
  grep -h "models loaded" spark/target/standalone/work/*/*/stderr | sed 's/^/    /' || true
  spark/bench/standalone.sh stop
  trap - EXIT
fi

timed "aikg load (parallel) of local[2]'s output" java -Xmx2g -jar server/target/aikg.jar load -q --store "$bench/loaded" "$bench/spark2"
for s in local1 local2 loaded; do
  # ground quads only (the ontology's blank nodes are relabelled by every export)
  java -jar server/target/aikg.jar export --store "$bench/$s" --format nq 2>/dev/null | grep -v '_:' | sort > "$bench/$s.nq"
done
echo "shards of local[2]: $(cat "$bench"/spark2/quads/*.nq | wc -l) quads, $(cat "$bench"/spark2/quads/*.nq | wc -c) bytes"
echo "quads in the Spark-built store (ground): $(wc -l < "$bench/loaded.nq")"
for s in local1 local2; do
  echo "quads that differ between $s and the Spark-built store: $(comm -3 "$bench/$s.nq" "$bench/loaded.nq" | wc -l)"
done
for s in spark1 standalone; do
  [ -d "$bench/$s" ] || continue
  same=$(cmp -s <(cat "$bench/$s"/quads/*.nq | sort) <(cat "$bench/spark2"/quads/*.nq | sort) && echo same || echo different)
  echo "shards of $s and of local[2]: $same"
done
