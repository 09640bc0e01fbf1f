#!/usr/bin/env bash
# Fetch the blind17 documents from the npm registry and the Debian archive.
# usage: fetch.sh [TARGET_DIR]   (default: $AIKG_BLIND17_CORPUS, else /work/corpora/blind17)
# npm: for each chosen (package, version, path) download the exact tarball, verify
#   dist.shasum (sha1) and dist.integrity (sha512), extract package/<path> and save it as
#   <package>-<version>-<path>, with '/' and '@' replaced by '-' (leading '-' dropped).
# Debian: for each chosen (source package, upstream version, member) download the exact
#   orig tarball from the pool (trixie main, as listed in its Sources index), verify its
#   sha256 (Checksums-Sha256 of the Sources index), extract the member and save it as
#   <source package>-<upstream version>-<member without its top directory>, with '/' and '@'
#   replaced by '-' (leading '-' dropped).
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-${AIKG_BLIND17_CORPUS:-/work/corpora/blind17}}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
npm_list=$(cat <<'LIST'
snowboy	1.3.1	README.md	https://registry.npmjs.org/snowboy/-/snowboy-1.3.1.tgz	220f23f026096fe5290d7919a9f0da93ccd253f2	sha512-YvwJffy3b000IKCbqsyMWrQ6ga/qZRECgNoGb9mSkbFGX1QIG4Kv0S4pVEsUpbM1Gt4b+14BOufkdicZCsTt4g==
zerox	1.1.20	README.md	https://registry.npmjs.org/zerox/-/zerox-1.1.20.tgz	1653bae9697b58b34fb421b67a259b95b51f2a15	sha512-mnKKYz9fgGk6FKa4m9QoSDtx5nZOepjyy8w5U4sGCGe/g98DFJjtBKUb5XMdYMqfWwUa9LcdjQT2HG6sRVfrdQ==
perplexity-mcp	0.2.3	README.md	https://registry.npmjs.org/perplexity-mcp/-/perplexity-mcp-0.2.3.tgz	2544b727138e5b291709c7c876ae062bd4e19c70	sha512-B+2jrWU1yx5bmQPoBrXYKv6lGFEkYvsaIylz+w2ITAyzrsgJrI+vUNiNeUkLgcKW/xf8c/en9mX65wACmjYh1Q==
zhipu-ai-provider	0.2.2	README.md	https://registry.npmjs.org/zhipu-ai-provider/-/zhipu-ai-provider-0.2.2.tgz	cbee428475b1c2fca446f273ac09006ef86f6f00	sha512-UjX1ho4DI9ICUv/mrpAnzmrRe5/LXrGkS5hF6h4WDY2aup5GketWWopFzWYCqsbArXAM5wbzzdH9QzZusgGiBg==
qwen-ai-provider	0.1.1	README.md	https://registry.npmjs.org/qwen-ai-provider/-/qwen-ai-provider-0.1.1.tgz	f854379514eed919fe01de20007f6238a8ad2b41	sha512-7dVu97U7fbOGgCYdaOunC4NQqC+7Or3/Gsbx+P16+Ny4VxST7WJxfUCogQl6D2EDxIJdHGz4akHm+5fyEulmyw==
wink-pos-tagger	2.2.2	README.md	https://registry.npmjs.org/wink-pos-tagger/-/wink-pos-tagger-2.2.2.tgz	bde4079ccf50a7967ce1548c9d4ec15435b24d7a	sha512-+bhkwqwwChqWR75ksFKVJZQagwu404UmnvFjxr+OWZ02/ZJAv19N/iqDpMeYRQRxatk5N+W9pXIKEDJsVrzGyw==
pitchy	4.1.0	README.md	https://registry.npmjs.org/pitchy/-/pitchy-4.1.0.tgz	d67e8ef14512db7d2d0ab8ab51b8a7f6d3dc712b	sha512-E8nQ8svBroGSMcc3qu2KvLHIuRYAIfrSkqDKWhjgj3WizseqWQXjQ+Q5t4g1CU73R5Euk+DAinyNFDK+KZw7zA==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
wise	2.4.1	wise-2.4.1/README	http://deb.debian.org/debian/pool/main/w/wise/wise_2.4.1.orig.tar.gz	0aec5e30739110783517a429606249fc6c5fd0d65171c1a6d79ecc5ff81d2935
r-cran-ddalpha	1.3.16	ddalpha/man/ddalpha-package.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-ddalpha/r-cran-ddalpha_1.3.16.orig.tar.gz	3990f8649ffae227233bc0156d43b727486197eeb73a3200019c441a41516984
r-cran-pvclust	2.2-0	pvclust/man/pvclust.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-pvclust/r-cran-pvclust_2.2-0.orig.tar.gz	7892853bacd413b5a921006429641ad308a344ca171b3081c15e4c522a8b0201
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
