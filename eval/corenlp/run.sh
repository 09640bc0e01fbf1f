#!/usr/bin/env bash
# Benchmark only: Stanford CoreNLP 4.5.10 stock NER (PERSON, ORGANIZATION) scored by kgeval.py.
# Usage, from /work/main:   eval/corenlp/run.sh GOLD_DIR CORPUS_DIR...
# Writes eval/corenlp/target/corenlp-<set>.nq and eval/corenlp/target/corenlp-<set>.report.txt,
# where <set> is the gold folder's name. Environment:
#   ERRORS=1  also list false positives/negatives in the report (not for the blind set: it is for measuring only)
#   MERGE=1   add --merge-name-parts (not stock: drop a PERSON mention that is part of a longer one in the same
#             document); outputs get the suffix -merged
#   PRONOUNS=1 add --keep-pronouns (keep the he/she/his/her PERSON mentions that CoreNLP's entity-mention step
#             adds although they are not named entities); outputs get the suffix -pronouns
set -euo pipefail
if [ "$#" -lt 2 ]; then
  echo "usage: eval/corenlp/run.sh GOLD_DIR CORPUS_DIR..." >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
gold="$(cd "$1" && pwd)"; shift
corpora=()
for c in "$@"; do corpora+=("$(cd "$c" && pwd)"); done
set_name="$(basename "$gold")"
extra=""
suffix=""
if [ "${MERGE:-0}" = 1 ]; then extra="$extra --merge-name-parts"; suffix="$suffix-merged"; fi
if [ "${PRONOUNS:-0}" = 1 ]; then extra="$extra --keep-pronouns"; suffix="$suffix-pronouns"; fi
out="$here/target/corenlp-$set_name$suffix.nq"
report="$here/target/corenlp-$set_name$suffix.report.txt"
kgeval="$(cd "$here/../../.." && pwd)/shared/eval/kgeval.py"
mkdir -p "$here/target"

MAVEN_OPTS="${MAVEN_OPTS:--Xmx6g}" mvn -B -q -Dstyle.color=never -f "$here/pom.xml" compile exec:java \
  -Dexec.args="--out $out $extra $gold ${corpora[*]}"

flags=()
if [ "${ERRORS:-0}" = 1 ]; then flags+=(--errors); fi
python3 "$kgeval" --gold "$gold" --nquads "$out" "${flags[@]}" | tee "$report"
echo "graph: $out" >&2
echo "report: $report" >&2
