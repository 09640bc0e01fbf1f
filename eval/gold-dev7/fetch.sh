#!/usr/bin/env bash
# Fetch the dev7 documents (the documents of precision sample G) from the npm registry, checksums verified.
# usage: fetch.sh TARGET_DIR
exec "$(dirname "$0")/../precision/fresh-npm-fetch.sh" "$@"
