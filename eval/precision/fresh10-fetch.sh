#!/usr/bin/env bash
# Fetch the fresh10 precision-sample documents from the npm registry and the Debian archive.
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
replicate	1.4.0	README.md	https://registry.npmjs.org/replicate/-/replicate-1.4.0.tgz	5345494e5877fb6c30ae5af02d6fd3c5189604a5	sha512-1ufKejfUVz/azy+5TnzQP7U1+MHVWZ6psnQ06az8byUUnRhT+DZ/MvewzB1NQYBVMgNKR7xPDtTwlcP5nv/5+w==
together-ai	0.52.0	README.md	https://registry.npmjs.org/together-ai/-/together-ai-0.52.0.tgz	3636d25ad736afa5b59d2ccda10b13d61716c2e0	sha512-mXfqiEKAJVakmcCpFesaIh11PP60U5bEansEKSakTSd2PHc5ARkX+ApXVhnhfbBJaSuTIkk6fiy6e0Ice8n+tg==
groq-sdk	1.6.0	README.md	https://registry.npmjs.org/groq-sdk/-/groq-sdk-1.6.0.tgz	6938848229935425e29aa5a9b225b50f4fbc89a9	sha512-ggMgo6n84aZdNObgkSbSxWrdAq4wABsViIRb5e4N15bMUtDLZVhqlgZOI7X4TeqdBMdaVUOuUdZxAZIp06u0vw==
@instructor-ai/instructor	1.7.0	README.md	https://registry.npmjs.org/@instructor-ai/instructor/-/instructor-1.7.0.tgz	073781b790ae073e4c34d8fd1d26731494463db7	sha512-7ifu2ZzFBMSOtkY2X5dd2RCxQvfO6Bx+Ag/9V+FkamLGGGciazlTKsEyQR6KSn7BXADLWLIDV296S+O+CifE/A==
assemblyai	4.41.5	CHANGELOG.md	https://registry.npmjs.org/assemblyai/-/assemblyai-4.41.5.tgz	a4148bc609edc596d51486ff695f123370fe24e7	sha512-WmPvxdynKfwjlSooJTLbWYmOnyKPHBbL98Pi61DQhZA8Up4sfIpTvIl/1fPahGJZFAVFz8uNCNqHGtytyO/WAw==
@deepgram/sdk	5.13.0	README.md	https://registry.npmjs.org/@deepgram/sdk/-/sdk-5.13.0.tgz	f7189ea994337098eb6b40f5bf8ea4dd2e2b98e0	sha512-9Aq2e/Hs28F1jXotln/2vRh0KOeiVm5Bx5n0Hj2Yb7397gSyq3veMzqic2g+7krOiNgMJDOg5Yhu0kDUegYX1w==
usearch	2.26.2	numkong/CITATION.cff	https://registry.npmjs.org/usearch/-/usearch-2.26.2.tgz	b36a28604809bb26b060d5bc7623d507e99afcbf	sha512-jz4MKg09LFn6CP/fh9MwY7NV3qQUcXrQIt92LV7CMx44AEnGP1QenhHReua3ETqzgoIYcISJ+SsDoX0DOpFh9Q==
@lenml/tokenizers	3.7.2	readme.md	https://registry.npmjs.org/@lenml/tokenizers/-/tokenizers-3.7.2.tgz	dbeec15b79854247ddcea4d571e036526b7cd963	sha512-tuap9T7Q80Czor8NHzxjlLNvxEX8MgFINzsBTV+lq1v7G+78YR3ZvBhmLsPHtgqExB4Q4kCJH6dhXOYWSLdHLw==
pitchfinder	2.3.4	README.md	https://registry.npmjs.org/pitchfinder/-/pitchfinder-2.3.4.tgz	14f8d5a0df32859f297117c84f8b23d90329e69a	sha512-GK1bWPaS1p2fB8ZUh1qXi/6iA55qxLoAS9NgqvReM5+tlUr1ch3dJvO9pikp7qpWLI7FlQBQhsl9eOwR6GAPwg==
elevenlabs	1.59.0	README.md	https://registry.npmjs.org/elevenlabs/-/elevenlabs-1.59.0.tgz	8db85064e3b70b65c63aaa25c105e1e3701c0fe4	sha512-OVKOd+lxNya8h4Rn5fcjv00Asd+DGWfTT6opGrQ16sTI+1HwdLn/kYtjl8tRMhDXbNmksD/9SBRKjb9neiUuVg==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
python-pot	0.9.5+dfsg	POT-0.9.5/CONTRIBUTORS.md	http://deb.debian.org/debian/pool/main/p/python-pot/python-pot_0.9.5+dfsg.orig.tar.xz	0e7c5b535704ed83880b0148fed79bc32429dfc3d4bc7165196177a75ef60d56
python-cmaes	0.11.1	cmaes-0.11.1/README.md	http://deb.debian.org/debian/pool/main/p/python-cmaes/python-cmaes_0.11.1.orig.tar.gz	cf643f5c1cec3b07a88bc8bbf906cf1d397e7ec551f6f952dcbf5b0be8e80b3d
emcee	3.1.6	emcee-3.1.6/joss/paper.md	http://deb.debian.org/debian/pool/main/e/emcee/emcee_3.1.6.orig.tar.gz	11af4daf6ab8f9ca69681e3c29054665db7bbd87fd4eb8e437d2c3a1248c637d
r-cran-dbscan	1.2.2+ds	dbscan/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-dbscan/r-cran-dbscan_1.2.2+ds.orig.tar.xz	30ed357124af5257aaf2e0ef1b2aa175f17c17c59b5a5177dbe2964fd5690288
r-cran-brms	2.22.0	brms/inst/CITATION	http://deb.debian.org/debian/pool/main/r/r-cran-brms/r-cran-brms_2.22.0.orig.tar.gz	1721ad13e1f851ff4593ab1c3b7f1f70a88351c7d904945c76d594a16cbb81be
r-cran-e1071	1.7-16	e1071/vignettes/svmdoc.Rnw	http://deb.debian.org/debian/pool/main/r/r-cran-e1071/r-cran-e1071_1.7-16.orig.tar.gz	12d565e3033fdb94c96c1e49f1a08202fcfb9e2a804a2e6b8fd204bdd97c3a4f
r-cran-tidytext	0.4.2	tidytext/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-tidytext/r-cran-tidytext_0.4.2.orig.tar.gz	0cf4180c2ab9fdb158337a7bfb6ba32f15fb61aae28abce425deaa5933ed2d54
r-cran-uwot	0.2.3	uwot/NEWS.md	http://deb.debian.org/debian/pool/main/r/r-cran-uwot/r-cran-uwot_0.2.3.orig.tar.gz	eeb9e49e1765db61d462577b0c8426de4c52761180e8104ae70d3631b3672ecc
chemicaltagger	1.6.2	chemicaltagger-chemicalTagger-1.6.2/README.md	http://deb.debian.org/debian/pool/main/c/chemicaltagger/chemicaltagger_1.6.2.orig.tar.gz	5060121d8317efb5210852e08c9a9e0cf5b2791bac47df439786afe2f9afd2a8
pyswarms	1.3.0	pyswarms-v.1.3.0/docs/intro.rst	http://deb.debian.org/debian/pool/main/p/pyswarms/pyswarms_1.3.0.orig.tar.gz	8ae477f52cdfbd0b0a5be86bc0c1d93b3d46d7d5359e8730373896f506667739
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
