#!/usr/bin/env python3
"""Calibration of aikg's confidences: is a fact stated with confidence c right about c of the time?

Reads the N-Quads that eval/score-all writes (one graph per evaluation set) and the gold of each set,
judges every relation statement (aikg:Assertion) the way kgeval judges relations (right when the gold
has it, wrong when neither end is an optional gold entity and the gold lacks it, not counted otherwise),
and prints:
  - per rule: statements judged, precision, and the confidence the rule gives;
  - the calibration table: confidence bins, their mean confidence and measured precision, and the
    expected calibration error (ECE, the count-weighted mean gap between the two);
  - with --suggest, each rule's measured precision smoothed toward its current confidence
    ((right + 4 * current) / (judged + 4)), the value to write into rules.yaml;
  - with --restamp, judged samples scored with the confidences the current rules.yaml gives (a sample
    keeps the confidences of the code that drew it otherwise).

  eval/score-all target/eval
  python3 eval/calibration.py --set seeds=../shared/eval/gold:target/eval/seeds.nq \\
      --set dev2=../shared/eval/gold-dev2:target/eval/dev2.nq --set extra=eval/gold-extra:target/eval/extra.nq
Standard library only; kgeval.py is imported from ../shared/eval (or $AIKG_SHARED/eval).
"""
import argparse, collections, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.environ.get("AIKG_SHARED", os.path.join(here, "..", "..", "shared"))
sys.path.insert(0, os.path.join(shared, "eval"))
import kgeval  # noqa: E402

A = kgeval.AIKG
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def judge(nq, gold_dir):
    graph = kgeval.Graph.from_nquads(nq)
    gold = kgeval.Gold(gold_dir)
    labels = {}
    for p in (kgeval.RDFS_LABEL, kgeval.SKOS_ALT):
        for s, os_ in graph.objects(p).items():
            labels.setdefault(s, set()).update(os_)
    arxiv = {s: {a for a in map(kgeval.norm_arxiv, os_) if a} for s, os_ in graph.objects(A + "arxivId").items()}
    cand = {s: gold.match(labels.get(s, ()), arxiv.get(s, ())) for s in set(labels) | set(arxiv)}
    stmts = collections.defaultdict(dict)
    for g, s, p, o in graph.quads:
        if p in (RDF + "subject", RDF + "predicate", RDF + "object", A + "confidence", A + "extractedBy"):
            stmts[s][p] = o
    out = []
    for a, d in stmts.items():
        pred = d.get(RDF + "predicate", "")
        if not pred.startswith(A) or pred[len(A):] not in kgeval.PREDICATES:
            continue
        pred = pred[len(A):]
        s, o = d.get(RDF + "subject"), d.get(RDF + "object")
        cs, co = cand.get(s, set()), cand.get(o, set())
        keys = [(x, pred, y) for x in cs for y in co if (x, pred, y) in gold.relations]
        if keys:
            if all(gold.relations[k] for k in keys):
                continue  # an optional gold relation: neither right nor wrong
            right = 1
        elif any(gold.optional_entity(c) for c in cs | co):
            continue
        else:
            right = 0
        conf = float(str(d.get(A + "confidence", "0")).split("^^")[0].strip('"'))
        rule = str(d.get(A + "extractedBy", "?")).split("^^")[0].strip('"')
        out.append((rule.replace("+anaphor", ""), conf, right))
    return out


ANAPHOR_DISCOUNT = 0.85  # org.aikg.ingest.relate.Anaphora.DISCOUNT


def rule_confidences():
    """Each row's and each structural source's confidence in the current rules.yaml (read without a YAML library)."""
    import re
    text = open(os.path.join(here, "..", "ingest", "src", "main", "resources", "org", "aikg", "ingest", "relate",
                             "rules.yaml"), encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"^  - id: (\S+)\n(?:    .*\n)*?    confidence: ([0-9.]+)", text, re.M):
        out[m.group(1)] = float(m.group(2))
    block = text[text.index("\nconfidences:"):text.index("\nrules:")]
    for m in re.finditer(r"^  ([a-zA-Z-]+): ([0-9.]+)", block, re.M):
        out[m.group(1)] = float(m.group(2))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", help="NAME=GOLD_DIR:FILE.nq")
    ap.add_argument("--judged", action="append", default=[],
                    help="a precision sample judged by hand (eval/precision/*.tsv): its relation rows count too")
    ap.add_argument("--suggest", action="store_true", help="print smoothed per-rule confidences")
    ap.add_argument("--json", help="also write the table as JSON to this file")
    ap.add_argument("--restamp", action="store_true",
                    help="give judged rows the confidence the current rules.yaml gives their rule (as drawn otherwise); "
                         "rows of a source now switched off are left out")
    args = ap.parse_args()
    current = rule_confidences() if args.restamp else {}
    judged = []
    for tsv in args.judged:
        import csv
        for row in csv.DictReader(open(tsv, encoding="utf-8"), delimiter="\t"):
            v = row["verdict"].strip().lower()
            if row["kind"] == "relation" and v in ("right", "wrong"):
                rule = row["rule"].replace("+anaphor", "")
                conf = float(row["confidence"].split("e")[0]) if "e0" in row["confidence"] else float(row["confidence"])
                if args.restamp:
                    key = rule + "-" + row["fact"].split("--")[1] if rule == "classifier" else rule
                    conf = current.get(key, current.get(rule, conf)) * (ANAPHOR_DISCOUNT if "+anaphor" in row["rule"] else 1)
                    if conf == 0:
                        continue
                judged.append((rule, conf, 1 if v == "right" else 0))
    for spec in (args.set or []):
        name, rest = spec.split("=", 1)
        gold_dir, nq = rest.rsplit(":", 1)
        judged += judge(nq, gold_dir)
    per_rule = collections.defaultdict(lambda: [0, 0, []])
    for rule, conf, right in judged:
        r = per_rule[rule]
        r[0] += 1
        r[1] += right
        r[2].append(conf)
    print(f"{'rule':34} {'judged':>6} {'right':>5} {'precision':>9} {'confidence':>10}")
    for rule, (n, k, confs) in sorted(per_rule.items(), key=lambda x: -x[1][0]):
        print(f"{rule:34} {n:6d} {k:5d} {k / n:9.3f} {sum(confs) / n:10.3f}")
    bins = [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
    print(f"\n{'confidence':12} {'facts':>5} {'mean conf':>9} {'precision':>9} {'gap':>6}")
    total = len(judged)
    ece = 0.0
    table = []
    for lo, hi in bins:
        xs = [(c, r) for _, c, r in judged if lo <= c < hi]
        if not xs:
            continue
        mc = sum(c for c, _ in xs) / len(xs)
        pr = sum(r for _, r in xs) / len(xs)
        ece += len(xs) / total * abs(mc - pr)
        table.append({"bin": [lo, min(hi, 1.0)], "facts": len(xs), "meanConfidence": mc, "precision": pr})
        print(f"[{lo:.1f}, {min(hi, 1.0):.1f}) {len(xs):8d} {mc:9.3f} {pr:9.3f} {abs(mc - pr):6.3f}")
    overall = sum(r for _, _, r in judged) / total if total else 0
    print(f"\nfacts judged {total}, precision {overall:.3f}, expected calibration error {ece:.3f}")
    if args.suggest:
        print("\nsuggested confidences (precision smoothed toward the current value, weight 4):")
        for rule, (n, k, confs) in sorted(per_rule.items()):
            cur = sum(confs) / n
            print(f"  {rule}: {round((k + 4 * cur) / (n + 4) * 20) / 20:.2f}   ({k}/{n})")
    if args.json:
        json.dump({"ece": ece, "facts": total, "precision": overall, "bins": table,
                   "rules": {r: {"judged": n, "right": k} for r, (n, k, _) in per_rule.items()}},
                  open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
