#!/usr/bin/env bash
# The speed benchmark (issue 11), a command apart from the build: nothing here runs in `mvn verify`.
#
#   bench/run.sh ingest [MB] [ROUNDS]     (default 5 MB, 3 rounds; MB may be a fraction, e.g. 0.5)
#     Builds a corpus of about MB megabytes in $BENCH/corpus from ../shared/corpus/pool and samples/ (copies in
#     copy1/, copy2/, ... so every copy is a document of its own; documents that state a canonical URL are left
#     out, their copies would be one document). Then, in interleaved rounds, each a fresh JVM: the bare OpenNLP
#     pass (BareTagging: SentenceDetectorME + TokenizerME + POSTaggerME, aikg's model jars) and `aikg ingest`
#     into a fresh store, on 1 and on 2 threads; then the same corpus again (unchanged). Prints per run wall
#     time, CPU time, MB/s, peak heap (from the GC log) and peak RSS, then medians: MB/s, ingest/bare ratio
#     (wall and CPU), 2- vs 1-thread scaling, and the ingest's time per stage (aikg ingest --timings).
#   bench/run.sh tiny [N]                 (default 1000)
#     N small files (one-sentence notes), one ingest on 2 threads: documents per second, whole process.
#   bench/run.sh store [QUADS]            (default 1000000)
#     The store on disk: builds $BENCH/raw/store-QUADS once as `queries` does but written one document per
#     transaction, as an ingest of large files writes, and not compacted; copies it and lets `aikg ingest` compact
#     the copy (an ingest of an empty folder: the store was never compacted). Prints bytes on disk (du) before and
#     after, MB per million quads, and the compaction's wall and CPU time; the copy is deleted.
#   bench/run.sh floor [ROUNDS] [REQUESTS] (default 5 rounds of 2000)
#     The request floor: ASK {} through aikg's embedded server and through a bare embedded Fuseki on the same
#     store (the sample corpus, ingested into $BENCH/floor-store once): the first 50 requests after start (a
#     fresh JVM per server, two rounds), then warm p50/p99/CPU per request in interleaved rounds in one JVM
#     (RequestFloor).
#   bench/run.sh queries [QUADS...]       (default 100000 1000000)
#     Generates a store of about QUADS quads per size in $BENCH/store-QUADS, reused when it is there
#     (QueryBench: the pool's and samples' documents extracted once, then variants of their graphs in which
#     every entity the dictionary does not know gets a name of its own per variant; 25 documents a
#     transaction, then compacted as aikg ingest leaves a store) and prints p50/p99 and CPU per call of every
#     shipped query and of the web face's calls against the embedded server, each call warmed first (up to 20
#     untimed calls or 3 s; -Daikg.bench.warmCalls=0 in JAVA_TOOL_OPTIONS times it cold, as before 2026-12-01). A 5 M-quad store takes about
#     10 minutes to build on 2 busy cores and 1.2 GB on disk (up to 10 GB while it is written). For CPU time
#     per query in-process: java -cp "$BENCH/classes:server/target/aikg.jar:server/target/lib/*"
#     org.aikg.bench.QueryTime $BENCH/store-QUADS 20 queries/*.rq
#
# Needs: mvn -B -ntp -o -Dmaven.test.skip=true package (server/target/aikg.jar and lib/); GNU time; python3.
# Environment: BENCH (work folder, default /tmp/aikg-speed-bench), XMX (heap of every JVM, default 2g).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
bench="${BENCH:-/tmp/aikg-speed-bench}"
xmx="${XMX:-2g}"
shared="${AIKG_SHARED:-$root/../shared}"
mkdir -p "$bench"
[ -f server/target/aikg.jar ] || { echo "build first: mvn -B -ntp -o -Dmaven.test.skip=true package" >&2; exit 1; }
cp="$root/server/target/aikg.jar:$root/server/target/lib/*"
classes="$bench/classes"
rm -rf "$classes" && mkdir -p "$classes"
javac -q -d "$classes" -cp "$cp" $(find bench/src -name '*.java') 2>/dev/null || javac -d "$classes" -cp "$cp" $(find bench/src -name '*.java')

what="${1:-ingest}"
shift || true

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench' || echo ' (with uncommitted changes)')"
}

if [ "$what" = ingest ]; then
  mb="${1:-5}"
  rounds="${2:-3}"
  corpus="$bench/corpus-${mb}mb"
  if [ ! -d "$corpus" ]; then
    # whole copies of the pool and samples, then single files of one more copy until the size is reached
    mkdir -p "$corpus.tmp"
    target=$(awk "BEGIN { print int($mb * 1000000) }")
    have=0
    i=0
    while [ "$have" -lt "$target" ]; do
      i=$((i + 1))
      for src in "$shared/corpus/pool" "$root/samples"; do
        while IFS= read -r -d '' f; do
          [ "$have" -lt "$target" ] || break
          grep -qiE '^(canonical_url|url):|rel="?canonical' "$src/$f" && continue
          mkdir -p "$corpus.tmp/copy$i/$(basename "$src")/$(dirname "$f")"
          cp "$src/$f" "$corpus.tmp/copy$i/$(basename "$src")/$f"
          have=$((have + $(stat -c %s "$src/$f")))
        done < <(cd "$src" && find . -type f ! -name '.*' ! -name '*.tsv' ! -name 'README.md' -print0 | sort -z)
      done
    done
    mv "$corpus.tmp" "$corpus"
  fi
  files=$(find "$corpus" -type f | wc -l)
  bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  machine
  echo "corpus: $files files, $bytes bytes in $corpus"
  log="$bench/ingest-runs.tsv"
  : > "$log"
  run() { # KIND THREADS ROUND COMMAND...
    local kind="$1" threads="$2" round="$3"; shift 3
    local out="$bench/out-$kind-$threads-$round"
    /usr/bin/time -f '%e %U %S %M' -o "$out.time" java "-Xmx$xmx" -Xlog:gc:file="$out.gc" "$@" > "$out.log" 2>&1 \
      || { echo "failed: $kind $threads: $(tail -5 "$out.log")" >&2; }
    read -r wall user sys rss < "$out.time"
    # peak heap: the largest heap occupancy before a collection (G1: "Pause ... 123M->45M(256M)")
    heap=$(grep -oE '[0-9]+M->[0-9]+M' "$out.gc" | sed 's/M->.*//' | sort -n | tail -1)
    stages=$(sed -n 's/^stages: //p' "$out.log")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$threads" "$round" "$wall" "$(echo "$user + $sys" | bc)" "$rss" "${heap:-0}" "$stages" >> "$log"
    printf '%-10s %d thread(s) round %d: %6.1f s wall, %6.1f s CPU, %6.3f MB/s, peak heap %4s MiB, peak RSS %5d MiB\n' \
      "$kind" "$threads" "$round" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$bytes / $wall / 1000000" | bc -l)" "${heap:-?}" $((rss / 1024))
  }
  for r in $(seq 1 "$rounds"); do
    for t in 1 2; do
      run bare "$t" "$r" -cp "$classes:$cp" org.aikg.bench.BareTagging "$t" "$corpus"
      rm -rf "$bench/store-$t"
      run ingest "$t" "$r" -jar server/target/aikg.jar ingest -q --timings --threads "$t" --store "$bench/store-$t" "$corpus"
      run unchanged "$t" "$r" -jar server/target/aikg.jar ingest -q --timings --threads "$t" --store "$bench/store-$t" "$corpus"
    done
  done
  echo "store: $(du -sm "$bench/store-1" | cut -f1) MiB on disk; $(java -jar server/target/aikg.jar stats --store "$bench/store-1" 2>/dev/null | grep -i quads)"
  python3 - "$log" "$bytes" <<'PY'
import sys, statistics as st, re, collections
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
size = int(sys.argv[2])
runs = collections.defaultdict(dict)  # (kind, threads) -> round -> (wall, cpu, rss, heap, stages)
for kind, t, r, wall, cpu, rss, heap, stages in rows:
    runs[(kind, int(t))][int(r)] = (float(wall), float(cpu), int(rss), int(heap), stages)
med = lambda xs: st.median(xs)
def col(kind, t, i): return [v[i] for v in runs[(kind, t)].values()]
print("\nmedians over %d interleaved rounds:" % len(runs[('ingest', 1)]))
for t in (1, 2):
    b, i = med(col('bare', t, 0)), med(col('ingest', t, 0))
    ratios = [runs[('bare', t)][r][0] / runs[('ingest', t)][r][0] for r in runs[('ingest', t)]]
    cratios = [runs[('bare', t)][r][1] / runs[('ingest', t)][r][1] for r in runs[('ingest', t)]]
    print(f"{t} thread(s): bare {size/b/1e6:.3f} MB/s, ingest {size/i/1e6:.3f} MB/s; ingest/bare speed ratio {med(ratios):.2f} (wall), {med(cratios):.2f} (CPU time)")
s = [runs[('ingest', 1)][r][0] / runs[('ingest', 2)][r][0] for r in runs[('ingest', 2)]]
sb = [runs[('bare', 1)][r][0] / runs[('bare', 2)][r][0] for r in runs[('bare', 2)]]
print(f"2 threads vs 1: ingest {med(s):.2f}x, bare {med(sb):.2f}x")
u = [runs[('ingest', 1)][r][0] / runs[('unchanged', 1)][r][0] for r in runs[('unchanged', 1)]]
print(f"unchanged re-ingest (1 thread, whole process): {med(col('unchanged', 1, 0)):.2f} s, {med(u):.1f}x faster than the first ingest")
for kind in ('bare', 'ingest', 'unchanged'):
    print(f"peak heap {kind}: {max(col(kind, 1, 3) + col(kind, 2, 3))} MiB; peak RSS {max(col(kind, 1, 2) + col(kind, 2, 2)) // 1024} MiB")
for t in (1, 2):
    secs = collections.defaultdict(list)
    for v in runs[('ingest', t)].values():
        for name, s_ in re.findall(r'(\w+) ([0-9.]+) s', v[4]):
            secs[name].append(float(s_))
    tot = sum(med(x) for x in secs.values()) or 1
    print(f"stages, {t} thread(s), median thread-seconds (wall time per stage summed over documents; on a busy machine it includes waiting for a core): " + ", ".join(f"{k} {med(x):.2f} s ({100*med(x)/tot:.0f}%)" for k, x in secs.items()))
PY
elif [ "$what" = tiny ]; then
  # many small files: N one-sentence notes (default 1000), one fresh-JVM ingest on 2 threads, documents/s
  n="${1:-1000}"
  notes="$bench/tiny-$n"
  if [ ! -d "$notes" ]; then
    mkdir -p "$notes.tmp"
    python3 - "$notes.tmp" "$n" <<'PY'
import random, sys
random.seed(7)
orgs = ['DeepMind', 'OpenAI', 'Anthropic', 'Meta', 'Google', 'Mistral AI', 'Cohere', 'Hugging Face']
for i in range(int(sys.argv[2])):
    with open(f'{sys.argv[1]}/note-{i:05d}.md', 'w') as f:
        f.write(f'# Note {i}\n\n{random.choice(orgs)} released Model{i} on day {i}. It is a language model.\n')
PY
    mv "$notes.tmp" "$notes"
  fi
  machine
  rm -rf "$bench/tiny-store"
  /usr/bin/time -f '%e %U %S' -o "$bench/tiny.time" java "-Xmx$xmx" -jar server/target/aikg.jar ingest -q --threads 2 \
      --store "$bench/tiny-store" "$notes"
  read -r wall user sys < "$bench/tiny.time"
  echo "$n files: $wall s wall (whole process), $(echo "$user + $sys" | bc) s CPU, $(echo "$n / $wall" | bc -l | cut -c1-6) documents/s"
elif [ "$what" = store ]; then
  quads="${1:-1000000}"
  src="$bench/raw/store-$quads"
  [ -f "$src/complete" ] || java "-Xmx$xmx" -Dbench.buildOnly=true -Dbench.compact=false -Dbench.batch=1 -cp "$classes:$cp" \
      org.aikg.bench.QueryBench "$bench/raw" "$shared/corpus/pool" "$root/samples" "$root/queries" "$quads"
  machine
  copy="$bench/store-$quads-copy"
  rm -rf "$copy" "$bench/empty" && mkdir -p "$bench/empty"
  cp -r --sparse=always "$src" "$copy"
  n=$(java "-Xmx$xmx" -jar server/target/aikg.jar stats --store "$copy" | awk '$1 == "quads" { print $2 }')
  before=$(du -s --block-size=1 "$copy" | cut -f1)
  /usr/bin/time -f '%e %U %S' -o "$bench/compact.time" java "-Xmx$xmx" -jar server/target/aikg.jar ingest -q \
      --store "$copy" "$bench/empty" | grep compacted || true
  read -r wall user sys < "$bench/compact.time"
  after=$(du -s --block-size=1 "$copy" | cut -f1)
  [ "$(java "-Xmx$xmx" -jar server/target/aikg.jar stats --store "$copy" | awk '$1 == "quads" { print $2 }')" = "$n" ] \
      || echo "the compacted store does not hold $n quads" >&2
  python3 -c "import sys; b, a, n = map(int, sys.argv[1:4]); print(f'{n:,} quads: {b/1e6:,.1f} MB on disk before ({b/n:,.0f} MB per million quads), {a/1e6:,.1f} MB after ({a/n:,.0f} MB per million quads), {b/a:.1f}x smaller')" "$before" "$after" "$n"
  echo "compaction, whole process (aikg ingest of an empty folder): $wall s wall, $(echo "$user + $sys" | bc) s CPU"
  rm -rf "$copy" "$bench/empty"
elif [ "$what" = floor ]; then
  machine
  [ -d "$bench/floor-store" ] || java "-Xmx$xmx" -jar server/target/aikg.jar ingest -q --store "$bench/floor-store" samples/corpus
  for round in 1 2; do
    for server in 0 1 2; do
      java "-Xmx$xmx" -cp "$classes:$cp" org.aikg.bench.RequestFloor "$bench/floor-store" 0 0 cold "$server"
    done
  done
  java "-Xmx$xmx" -cp "$classes:$cp" org.aikg.bench.RequestFloor "$bench/floor-store" "${1:-5}" "${2:-2000}"
elif [ "$what" = queries ]; then
  machine
  sizes=("$@")
  [ "${#sizes[@]}" -gt 0 ] || sizes=(100000 1000000)
  java "-Xmx$xmx" -cp "$classes:$cp" org.aikg.bench.QueryBench "$bench" "$shared/corpus/pool" "$root/samples" "$root/queries" "${sizes[@]}"
else
  echo "usage: bench/run.sh ingest [MB] [ROUNDS] | bench/run.sh tiny [N] | bench/run.sh store [QUADS] | bench/run.sh floor [ROUNDS] [REQUESTS] | bench/run.sh queries [QUADS...]" >&2
  exit 2
fi
