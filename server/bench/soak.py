#!/usr/bin/env python3
"""Soak benchmark for `aikg serve`: N clients mix the shipped queries and the web pages for a while, and the
server process's memory is sampled every few seconds. A benchmark, not a test: it states numbers, it asserts
nothing but the flatness it reports (exit code 1 when RSS after warm-up leaves the band).

    python3 server/bench/soak.py --store STORE [--minutes 30] [--clients 8] [--warmup 5] [--java-opts "..."]

It starts `./aikg serve --store STORE --port PORT` itself (with AIKG_JAVA_OPTS from --java-opts when given,
else the launcher's own options for serve), waits for /health, gathers entity and document
IRIs with one query, then runs the clients. Every --interval seconds it writes one line to --out (TSV):
RSS and its parts (anonymous, file-mapped, shared memory) from /proc/PID/status, the Java heap used and
committed and the metaspace from `jstat -gc`, the requests and errors so far. With
-XX:NativeMemoryTracking=summary in --java-opts, `jcmd PID VM.native_memory summary` is saved at the end of
warm-up and at the end, so the two can be compared (jcmd VM.native_memory summary.diff after a baseline).

Flatness: every RSS sample after warm-up must be within --band (10 %) of the first sample after warm-up.
"""
import argparse
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MIB = 1024 * 1024


def status(pid):
    """VmRSS, RssAnon, RssFile, RssShmem of a process, in bytes."""
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile", "RssShmem"):
                out[key] = int(rest.split()[0]) * 1024
    return out


def jstat(pid):
    """Heap used and committed, metaspace used, in bytes, from jstat -gc (KiB columns)."""
    try:
        lines = subprocess.run(["jstat", "-gc", str(pid)], capture_output=True, text=True, timeout=30).stdout.split("\n")
        head, vals = lines[0].split(), [float(v) if v not in ("-",) else 0.0 for v in lines[1].split()]
        row = dict(zip(head, vals))
        used = sum(row.get(k, 0) for k in ("S0U", "S1U", "EU", "OU"))
        committed = sum(row.get(k, 0) for k in ("S0C", "S1C", "EC", "OC"))
        return int(used * 1024), int(committed * 1024), int(row.get("MU", 0) * 1024)
    except (subprocess.SubprocessError, IndexError, ValueError):
        return -1, -1, -1


def nmt(pid, path):
    r = subprocess.run(["jcmd", str(pid), "VM.native_memory", "summary"], capture_output=True, text=True, timeout=60)
    with open(path, "w") as f:
        f.write(r.stdout)


class Client:
    def __init__(self, base, queries, entities, documents, labels, seed):
        self.base, self.queries, self.entities, self.documents, self.labels = base, queries, entities, documents, labels
        self.rnd = random.Random(seed)

    def request(self):
        """One request of the mix: half shipped queries, half pages and APIs of the web face."""
        r = self.rnd.random()
        if r < 0.5:
            name, text = self.rnd.choice(self.queries)
            accept = self.rnd.choice(["application/sparql-results+json", "text/csv", "application/sparql-results+xml"])
            data = urllib.parse.urlencode({"query": text}).encode()
            return urllib.request.Request(self.base + "/aikg/sparql", data=data, headers={"Accept": accept})
        pick = self.rnd.randrange(10)
        if pick == 0:
            path = "/"
        elif pick <= 2:
            path = local(self.rnd.choice(self.entities))
        elif pick == 3:
            path = local(self.rnd.choice(self.documents))
        elif pick == 4:
            path = "/api/graph?" + urllib.parse.urlencode({"iri": self.rnd.choice(self.entities), "depth": self.rnd.choice([1, 2])})
        elif pick == 5:
            path = "/search?" + urllib.parse.urlencode({"q": self.rnd.choice(self.labels)})
        elif pick == 6:
            label = self.rnd.choice(self.labels)
            path = "/api/search?" + urllib.parse.urlencode({"q": label[: max(1, self.rnd.randrange(len(label) + 1))]})
        elif pick == 7:
            path = local(self.rnd.choice(self.entities)) + "?format=" + self.rnd.choice(["ttl", "jsonld", "rdfxml", "nt"])
        elif pick == 8:
            path = "/api/queries"
        else:
            path = "/?query=" + self.rnd.choice(self.queries)[0]
        return urllib.request.Request(self.base + path)


def local(iri):
    for base, path in (("https://w3id.org/aikg/id/", "/id/"), ("https://w3id.org/aikg/doc/", "/doc/")):
        if iri.startswith(base):
            return path + iri[len(base):]
    return "/entity?" + urllib.parse.urlencode({"iri": iri})


def sparql(base, query):
    req = urllib.request.Request(base + "/aikg/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=120) as resp:
        return [{k: v["value"] for k, v in b.items()} for b in json.load(resp)["results"]["bindings"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", required=True)
    ap.add_argument("--minutes", type=float, default=30)
    ap.add_argument("--warmup", type=float, default=5, help="minutes before the band is checked")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--interval", type=float, default=10)
    ap.add_argument("--band", type=float, default=0.10)
    ap.add_argument("--port", type=int, default=3391)
    ap.add_argument("--java-opts", default="", help="AIKG_JAVA_OPTS for the server (default: the launcher's)")
    ap.add_argument("--out", default="soak.tsv")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()

    # the launcher execs java, so the child's pid is the server's; it runs with the JVM options users get
    cmd = [os.path.join(ROOT, "aikg"), "serve", "--store", a.store, "--port", str(a.port)]
    env = dict(os.environ)
    if a.java_opts:
        env["AIKG_JAVA_OPTS"] = a.java_opts
    log = open(a.out + ".server.log", "w")
    server = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{a.port}"
    try:
        for _ in range(600):
            try:
                with urllib.request.urlopen(base + "/health", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:  # not listening yet, or slow to answer while it starts
                time.sleep(0.5)
        else:
            sys.exit("the server did not come up; see " + log.name)
        queries = []
        qdir = os.path.join(ROOT, "queries")
        for f in sorted(os.listdir(qdir)):
            if f.endswith(".rq"):
                with open(os.path.join(qdir, f)) as fh:
                    queries.append((f[:-3], fh.read()))
        rows = sparql(base, "SELECT DISTINCT ?e ?l WHERE { GRAPH <https://w3id.org/aikg/graph/entities> "
                            "{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")
        entities = [r["e"] for r in rows]
        labels = [r["l"] for r in rows]
        documents = [r["d"] for r in sparql(base, "SELECT DISTINCT ?d WHERE { GRAPH ?d { ?d a "
                                                  "<https://w3id.org/aikg/ontology#Document> } }")]
        print(f"{len(queries)} queries, {len(entities)} entities, {len(documents)} documents; server pid {server.pid}",
              flush=True)

        done = threading.Event()
        counts = {"requests": 0, "errors": 0, "bytes": 0}
        errors = {}
        lock = threading.Lock()

        def run(i):
            c = Client(base, queries, entities, documents, labels, a.seed * 1000 + i)
            while not done.is_set():
                req = c.request()
                try:
                    with urllib.request.urlopen(req, timeout=120) as resp:
                        n = len(resp.read())
                    with lock:
                        counts["requests"] += 1
                        counts["bytes"] += n
                except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
                    with lock:
                        counts["errors"] += 1
                        key = f"{req.full_url[:80]}: {e}"
                        errors[key] = errors.get(key, 0) + 1

        threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(a.clients)]
        start = time.time()
        for t in threads:
            t.start()
        out = open(a.out, "w")
        out.write("seconds\trss_mib\tanon_mib\tfile_mib\tshmem_mib\theap_used_mib\theap_committed_mib\tmetaspace_mib"
                  "\trequests\terrors\n")
        samples = []
        warm_nmt = False
        end = start + a.minutes * 60
        tick = start
        while time.time() < end:
            tick += a.interval
            time.sleep(max(0, tick - time.time()))
            st = status(server.pid)
            used, committed, meta = jstat(server.pid)
            s = time.time() - start
            with lock:
                req, err = counts["requests"], counts["errors"]
            row = [s, st["VmRSS"] / MIB, st.get("RssAnon", 0) / MIB, st.get("RssFile", 0) / MIB,
                   st.get("RssShmem", 0) / MIB, used / MIB, committed / MIB, meta / MIB, req, err]
            samples.append(row)
            out.write("\t".join(f"{v:.0f}" if isinstance(v, float) else str(v) for v in row) + "\n")
            out.flush()
            if not warm_nmt and s >= a.warmup * 60 and "NativeMemoryTracking" in a.java_opts:
                nmt(server.pid, a.out + ".nmt-warm.txt")
                warm_nmt = True
        if "NativeMemoryTracking" in a.java_opts:
            nmt(server.pid, a.out + ".nmt-end.txt")
        done.set()
        for t in threads:
            t.join(130)

        after = [r for r in samples if r[0] >= a.warmup * 60]
        print(f"{counts['requests']} requests, {counts['errors']} errors, {counts['bytes'] / MIB:.0f} MiB of responses"
              f" in {a.minutes:g} min with {a.clients} clients")
        for k, n in sorted(errors.items(), key=lambda kv: -kv[1])[:10]:
            print(f"  {n} x {k}")
        first = samples[0]
        print(f"RSS first sample {first[1]:.0f} MiB, max {max(r[1] for r in samples):.0f} MiB")
        if not after:
            print("no samples after warm-up")
            return 1
        ref = after[0][1]
        lo, hi = min(r[1] for r in after), max(r[1] for r in after)
        ok = hi <= ref * (1 + a.band) and lo >= ref * (1 - a.band)
        print(f"after warm-up ({a.warmup:g} min): RSS {ref:.0f} MiB at start, min {lo:.0f}, max {hi:.0f} MiB"
              f" ({(hi - ref) / ref * 100:+.1f} % / {(lo - ref) / ref * 100:+.1f} %), band ±{a.band * 100:.0f} %:"
              f" {'flat' if ok else 'NOT flat'}; anon {after[0][2]:.0f} -> {after[-1][2]:.0f} MiB,"
              f" file {after[0][3]:.0f} -> {after[-1][3]:.0f} MiB, heap committed {after[0][6]:.0f} -> {after[-1][6]:.0f} MiB")
        return 0 if ok else 1
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
