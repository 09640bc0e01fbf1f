#!/usr/bin/env bash
# A benchmark, not a test: local ingest vs the Spark job in local[1] and local[2] on the same documents.
#   spark/bench/run.sh [COPIES]     (default 3: the pool's documents three times, under copy1/ copy2/ copy3/)
# Builds the corpus in $BENCH (default /tmp/aikg-bench) from ../shared/corpus/pool, leaving out documents that
# state a canonical URL (their copies would be one document). Prints documents/s, MB/s and peak RSS per run.
# Needs: mvn -B -ntp package (spark/target/aikg-spark-job.jar, server/target/aikg.jar); GNU time.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
copies="${1:-3}"
bench="${BENCH:-/tmp/aikg-bench}"
pool="${AIKG_SHARED:-$root/../shared}/corpus/pool"
[ -d "$pool" ] || { echo "no $pool" >&2; exit 1; }
rm -rf "$bench" && mkdir -p "$bench/corpus"
for i in $(seq 1 "$copies"); do
  (cd "$pool" && find . -type f ! -name '.*' -print0 | while IFS= read -r -d '' f; do
     grep -qiE '^(canonical_url|url):|rel="?canonical' "$f" && continue
     mkdir -p "$bench/corpus/copy$i/$(dirname "$f")" && cp "$f" "$bench/corpus/copy$i/$f"
   done)
done
docs=$(find "$bench/corpus" -type f | wc -l)
bytes=$(du -sb "$bench/corpus" | cut -f1)
echo "corpus: $docs files, $bytes bytes in $bench/corpus"

# the classpath a Spark installation gives a job (Spark's jars first), then the shaded job jar
mvn -B -ntp -q -o -f spark/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$bench/spark.cp" >/dev/null
opens="$(sed -n 's/.*<spark.java.opens>\(.*\)<\/spark.java.opens>.*/\1/p' spark/pom.xml)"

report() { # NAME SECONDS RSS_KB
  python3 -c "import sys; n,s,r=sys.argv[1],float(sys.argv[2]),int(sys.argv[3]); d,b=$docs,$bytes
print(f'{n:28} {s:7.1f} s  {d/s:6.2f} documents/s  {b/s/1e6:5.3f} MB/s  peak RSS {r/1024:5.0f} MiB')" "$@"
}
timed() { # NAME COMMAND...
  local name="$1"; shift
  local log="$bench/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-').log"
  /usr/bin/time -f '%e %M' -o "$bench/time" "$@" > "$log" 2>&1 || { tail -20 "$log"; }
  read -r secs rss < "$bench/time"
  report "$name" "$secs" "$rss"
}

for t in 1 2; do
  timed "local ingest ($t threads)" java -Xmx2g -jar server/target/aikg.jar ingest -q --threads "$t" --store "$bench/local$t" "$bench/corpus"
done
for n in 1 2; do
  timed "spark local[$n]" env SPARK_LOCAL_IP=127.0.0.1 java -Xmx3g $opens -Dspark.ui.enabled=false \
      -cp "$(cat "$bench/spark.cp"):spark/target/aikg-spark-job.jar" org.aikg.spark.ExtractJob \
      --master "local[$n]" --input "$bench/corpus" --output "$bench/spark$n"
  grep -h "documents extracted" "$bench"/spark-local-"$n"-.log || true
done
timed "aikg load (parallel)" java -Xmx2g -jar server/target/aikg.jar load -q --store "$bench/loaded" "$bench/spark2"
for s in local1 local2 loaded; do
  echo "== $s"; java -jar server/target/aikg.jar stats --store "$bench/$s"
  # ground quads only (the ontology's blank nodes are relabelled by every export)
  java -jar server/target/aikg.jar export --store "$bench/$s" --format nq 2>/dev/null | grep -v '_:' | sort > "$bench/$s.nq"
done
for s in local1 local2; do
  n=$(comm -3 "$bench/$s.nq" "$bench/loaded.nq" | wc -l)
  echo "quads that differ between $s and the Spark-built store: $n"
done
