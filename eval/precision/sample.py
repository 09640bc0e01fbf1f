#!/usr/bin/env python3
"""Draws a random sample of extracted facts from pool documents for judging by hand (the user's view of
precision), and scores a judged sample.

  eval/precision/sample.py draw --seed 7 --docs 20 --relations 50 --entities 50 --out eval/precision/sample-a.tsv
      picks DOCS pool documents (or, with --corpus DIR, documents of DIR) at random (never one of an evaluation set's: eval/gold-*/files.txt), ingests them into a fresh store,
      and writes a TSV of RELATIONS relation statements and ENTITIES entity mentions drawn at random, each
      with its document, line and evidence sentence, and an empty "verdict" column to fill in (right/wrong).
      The evidence is third-party text: judge from OUT, then `strip` it before committing.
  eval/precision/sample.py strip eval/precision/sample-a.tsv
      drops the evidence column (the document and line say where the fact is stated).
  eval/precision/sample.py recheck eval/precision/sample-e.tsv [--corpus DIR] [--lost | --lost-right]
      re-extracts the sample's documents with the current code and tells which judged facts it still
      states (biased: facts it states now that the sample never drew are not judged).
  eval/precision/sample.py score eval/precision/sample-a.tsv
      prints precision overall, per relation, per entity type and per rule, with 95% Wilson intervals.
Run from the project root with ../shared beside it.
"""
import argparse, collections, csv, math, os, random, re, subprocess, sys, tempfile

SHARED = os.environ.get("AIKG_SHARED", "../shared")
A = "https://w3id.org/aikg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
QUAD = re.compile(r'(<[^>]*>|_:\S+) <([^>]*)> (<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) (<[^>]*>) \.$')


def unq(t):
    if t.startswith('"'):
        body = t[1:t.rindex('"')]
        return bytes(body, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
    return t.strip("<>")


def draw(a):
    pool = os.path.join(SHARED, "corpus", "pool")
    # never a document of an evaluation set: blind sets are for measuring, dev sets were tuned on
    import glob
    blind = set()
    for listed in glob.glob("eval/gold-*/files.txt"):
        blind |= {l.strip() for l in open(listed) if l.strip()}
    files = [r["file"] for r in csv.DictReader(open(os.path.join(pool, "SOURCES.tsv")), delimiter="\t")]
    if a.corpus:  # fresh documents from elsewhere (a folder of files nobody annotated or tuned on)
        pool, files = a.corpus, sorted(f for f in os.listdir(a.corpus) if os.path.isfile(os.path.join(a.corpus, f)))
    excluded = set()
    for other in a.exclude or []:
        for row in csv.DictReader(open(other), delimiter="\t"):
            excluded.add(row["doc"])
    candidates = sorted(f for f in files if f not in blind and f not in excluded)
    rng = random.Random(a.seed)
    docs = rng.sample(candidates, min(a.docs, len(candidates)))
    rels, ents = extract(pool, docs)
    rng.shuffle(rels)
    rng.shuffle(ents)
    sample = rels[:a.relations] + ents[:a.entities]
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "kind", "doc", "line", "fact", "rule", "confidence", "evidence", "verdict", "note"],
                           delimiter="\t")
        w.writeheader()
        for i, row in enumerate(sample, 1):
            w.writerow({"id": i, **row, "verdict": "", "note": ""})
    print(f"{len(docs)} documents, {len(rels)} relation statements and {len(ents)} entities extracted; "
          f"wrote {len(sample)} to {a.out}")


def extract(pool, docs):
    """Ingests the pool documents into a fresh store and returns its (relation rows, entity rows)."""
    tmp = tempfile.mkdtemp()
    store, nq = os.path.join(tmp, "store"), os.path.join(tmp, "g.nq")
    subprocess.run(["./aikg", "ingest", "--store", store] + [os.path.join(pool, d) for d in docs], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["./aikg", "export", "--store", store, "--format", "nq", "--out", nq], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    props = collections.defaultdict(dict)
    labels, types, source = {}, {}, {}
    for line in open(nq, encoding="utf-8"):
        m = QUAD.match(line.strip())
        if not m:
            continue
        s, p, o, g = m.groups()
        if p == "http://www.w3.org/2000/01/rdf-schema#label":
            labels[s] = unq(o)
        elif p == RDF + "type" and o.startswith("<" + A):
            types.setdefault(s, set()).add(o[len(A) + 1:-1])
        elif p == "http://purl.org/dc/terms/source":
            source[g] = unq(o)
        if "/assertion/" in s or "/mention/" in s:
            props[s][p] = o
            props[s]["graph"] = g
    def doc_of(g):
        src = source.get(g, "")
        name = src.rstrip("/").rsplit("/", 1)[-1]
        for d in docs:
            if name == os.path.basename(d):
                return d
        return src
    rels, ents = [], []
    for node, d in props.items():
        pred = unq(d.get(RDF + "predicate", "<>"))
        row = {"doc": doc_of(d["graph"]), "line": unq(d.get(A + "line", '"0"')).split("^^")[0],
               "evidence": unq(d.get(A + "evidenceText", '""')).replace("\t", " ").replace("\n", " "),
               "rule": unq(d.get(A + "extractedBy", '""')), "confidence": unq(d.get(A + "confidence", '"0"')).split("^^")[0]}
        subj, obj = d.get(RDF + "subject"), d.get(RDF + "object")
        if pred == A + "mentions":
            t = sorted(types.get(obj, {"?"}) & {"Model", "Paper", "Organization", "Person"})
            row.update(kind="entity", fact=f"{(t or ['?'])[0]}: {labels.get(obj, obj)}")
            ents.append(row)
        elif pred.startswith(A):
            row.update(kind="relation", fact=f"{labels.get(subj, subj)} --{pred[len(A):]}--> {labels.get(obj, obj)}")
            rels.append(row)
    return rels, ents


def recheck(a):
    """A judged sample against the current code: which judged facts it still states (a biased re-score:
    facts it states now that the sample never drew are not judged)."""
    pool = a.corpus or os.path.join(SHARED, "corpus", "pool")
    rows = list(csv.DictReader(open(a.file, encoding="utf-8"), delimiter="\t"))
    docs = sorted({r["doc"] for r in rows})
    rels, ents = extract(pool, docs)
    now = {(r["doc"], r["fact"]) for r in rels + ents}
    for kind in ("relation", "entity"):
        judged = [r for r in rows if r["kind"] == kind and r["verdict"].strip() in ("right", "wrong")]
        kept = [r for r in judged if (r["doc"], r["fact"]) in now]
        right = sum(r["verdict"].strip() == "right" for r in kept)
        gone_right = sum(r["verdict"].strip() == "right" for r in judged if r not in kept)
        gone_wrong = sum(r["verdict"].strip() == "wrong" for r in judged if r not in kept)
        print(f"{kind:9} still stated {len(kept):3d}/{len(judged)}: right {right}/{len(kept)}"
              f" = {right / max(1, len(kept)):.2f}; no longer stated: {gone_wrong} wrong, {gone_right} right")
        for r in judged:
            if r not in kept and (a.lost or r["verdict"].strip() == "right" and a.lost_right):
                print(f"  no longer: [{r['verdict'].strip()}] {r['doc']}:{r['line']} {r['fact']}")


def wilson(k, n):
    if n == 0:
        return (0, 0)
    z, p = 1.96, k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def score(a):
    rows = list(csv.DictReader(open(a.file, encoding="utf-8"), delimiter="\t"))
    groups = collections.defaultdict(lambda: [0, 0])
    for r in rows:
        v = r["verdict"].strip().lower()
        if v not in ("right", "wrong"):
            continue
        ok = v == "right"
        keys = [r["kind"], r["kind"] + " rule " + r["rule"]]
        keys.append(r["kind"] + " " + (r["fact"].split("--")[1] if r["kind"] == "relation" else r["fact"].split(":")[0]))
        for k in keys:
            groups[k][0] += ok
            groups[k][1] += 1
    for k, (ok, n) in sorted(groups.items()):
        lo, hi = wilson(ok, n)
        print(f"{k:50} {ok:3d}/{n:3d} = {ok / n:.2f}  (95% {lo:.2f}-{hi:.2f})")


def strip(a):
    rows = list(csv.DictReader(open(a.file, encoding="utf-8"), delimiter="\t"))
    cols = [c for c in rows[0] if c != "evidence"]
    with open(a.file, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, cols, delimiter="\t")
        w.writeheader()
        for r in rows:
            w.writerow({c: r[c] for c in cols})


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--docs", type=int, default=20)
    d.add_argument("--relations", type=int, default=50)
    d.add_argument("--entities", type=int, default=50)
    d.add_argument("--exclude", action="append", help="a judged sample whose documents to leave out")
    d.add_argument("--corpus", help="draw from this folder of fresh documents instead of the pool")
    d.add_argument("--out", required=True)
    s = sub.add_parser("score")
    s.add_argument("file")
    t = sub.add_parser("strip")
    t.add_argument("file")
    r = sub.add_parser("recheck", help="which judged facts the current code still states")
    r.add_argument("--lost", action="store_true", help="list every judged fact no longer stated")
    r.add_argument("--lost-right", action="store_true", help="list the facts judged right that are no longer stated")
    r.add_argument("file")
    r.add_argument("--corpus", help="the folder the sample was drawn from (default: the pool)")
    a = ap.parse_args()
    {"draw": draw, "score": score, "strip": strip, "recheck": recheck}[a.cmd](a)
