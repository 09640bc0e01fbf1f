#!/usr/bin/env python3
"""Assembles a benchmark corpus of many short documents from the shared pool (read at run time, never copied
into the project).

    spark/bench/corpus.py --pool ../shared/corpus/pool --out /tmp/aikg-bench/corpus --docs 10000

Every markdown and reStructuredText document of the pool is cut, at blank lines, into sections of at least
--min-chars characters (a shorter tail joins the section before it), and each section is written as a document
of its own. Front matter is dropped, so no section states a canonical URL (copies would be one document). When
one pass over the pool gives fewer than --docs documents, further passes cut it again with a longer section
size each time (so each pass's sections start and end at other paragraphs: no two documents are the same text),
under copy2/, copy3/, ...; the last pass stops at --docs. Prints the documents and bytes written.
"""
import argparse
import os
import re
import sys

TEXT = (".md", ".markdown", ".rst")


def body(text):
    """The text without its front matter."""
    m = re.match(r"\A---\r?\n.*?\r?\n---\r?\n", text, re.S)
    return text[m.end():] if m else text


def sections(text, min_chars):
    """The text cut at blank lines into pieces of at least min_chars characters."""
    out, current = [], []
    size = 0
    for para in re.split(r"\n\s*\n", text):
        if not para.strip():
            continue
        current.append(para)
        size += len(para) + 2
        if size >= min_chars:
            out.append("\n\n".join(current) + "\n")
            current, size = [], 0
    if current:
        tail = "\n\n".join(current) + "\n"
        if out:
            out[-1] += "\n" + tail
        else:
            out.append(tail)
    return out


def pool_documents(pool):
    for folder, dirs, files in os.walk(pool):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(TEXT) and not name.startswith(".") and name != "README.md":
                yield os.path.join(folder, name)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pool", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--min-chars", type=int, default=400)
    args = ap.parse_args()
    sources = list(pool_documents(args.pool))
    if not sources:
        sys.exit(f"no markdown or reStructuredText documents under {args.pool}")
    written = size = 0
    copy = 0
    while written < args.docs:
        copy += 1
        min_chars = args.min_chars + 60 * (copy - 1)
        for src in sources:
            with open(src, encoding="utf-8") as f:
                text = body(f.read())
            rel = os.path.relpath(src, args.pool)
            stem, ext = os.path.splitext(rel)
            for i, section in enumerate(sections(text, min_chars)):
                if written >= args.docs:
                    break
                path = os.path.join(args.out, f"copy{copy}", f"{stem}-{i:03d}{ext}")
                os.makedirs(os.path.dirname(path), exist_ok=True)
                data = section.encode("utf-8")
                with open(path, "wb") as f:
                    f.write(data)
                written += 1
                size += len(data)
    print(f"{written} documents, {size} bytes, {copy} passes over {len(sources)} pool documents in {args.out}")


if __name__ == "__main__":
    main()
