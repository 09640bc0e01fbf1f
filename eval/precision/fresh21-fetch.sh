#!/usr/bin/env bash
# Fetch the fresh21 precision-sample documents from the npm registry and the Debian archive.
# usage: fetch.sh TARGET_DIR   (default: $AIKG_FRESH21_CORPUS, else /work/corpora/fresh21)
# npm: for each chosen (package, exact version, file) download the exact tarball, verify
#   dist.shasum (sha1) and dist.integrity (sha512), extract package/<file> and save it as
#   <package>-<version>-<file> with '/' and '@' replaced by '-' (leading '-' dropped).
# Debian: for each chosen (source package, upstream version, member) download the exact
#   orig tarball from the pool (trixie main, as listed in its Sources index), verify its
#   sha256 (Checksums-Sha256 of the Sources index), extract the member and save it as
#   <source package>-<upstream version>-<member without its top directory>, same replacing.
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-${AIKG_FRESH21_CORPUS:-/work/corpora/fresh21}}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
npm_list=$(cat <<'LIST'
nlptoolkit-framenet	1.0.8	README.md	https://registry.npmjs.org/nlptoolkit-framenet/-/nlptoolkit-framenet-1.0.8.tgz	fa5289151d7e068639fc1c60665c81e285d7cb95	sha512-ipVSDxtV2LOjO9RcLlZvgVx4urnoXYd9B6gwnaFgJJrckf1rLhOC8YO/JfUSOeJs61i3EEKGZDHCkecFgFnIVA==
porterstem	2.0.0	README.md	https://registry.npmjs.org/porterstem/-/porterstem-2.0.0.tgz	93a31d571b2700721c421df0641ff8fb79d13df1	sha512-2k7S8no1FImpNKduz/mbmHMZijNj9RWxrNFcuLwhhICOniFq8CU/aFWa/JymBvuLQ9YQ1f1RPzSEu2HeQ5hCbQ==
ngraph.cw	2.0.0	README.md	https://registry.npmjs.org/ngraph.cw/-/ngraph.cw-2.0.0.tgz	70b65e7875c2afaf2e6a74f2f179d5ffb16b47b0	sha512-e5brWGahgBDsMX8GG7Zj6UcoTFFQICWdhttckOlH5shVux2J9AdUOEdCuXeZqRGZ0Goz5dI3R13uotZIr3wWBA==
yolov5js	1.0.0	README.md	https://registry.npmjs.org/yolov5js/-/yolov5js-1.0.0.tgz	933a8cdf21349606168dab70660b043d006347c6	sha512-dCfqQ3Gf/EPD+qW95xFoScZ4AWBK7uWCwpnoalHZ7nj0iD5ubUMzTmBJeGCmI+vawNoOkO1q0nuF9l0XebAdCQ==
@gutenye/ocr-common	1.4.8	README.md	https://registry.npmjs.org/@gutenye/ocr-common/-/ocr-common-1.4.8.tgz	81ff93715896ebe45ab4c84a620d74ce58fa19e0	sha512-J1Xc9xld9UWCTsj8m/FZiQK+fdvtC0K18RYFuYpdc76qw5eOCvZ2mcetAl9EgWDAmObE2NixLnoqCoa2fP8MFA==
@browser-ai/web-llm	3.0.3	README.md	https://registry.npmjs.org/@browser-ai/web-llm/-/web-llm-3.0.3.tgz	14ffbc3465b22f18a6ad3233dbc14d0b549283bc	sha512-u14PZEwZW8wDDxi4b1SII6NdONIqGTsDOWHKRCCVpgNN3bE/XZqAi1Tq+TjWlS5wU1tYq6p7GjRNPcHgTAJJyA==
rake-modified	1.0.8	README.md	https://registry.npmjs.org/rake-modified/-/rake-modified-1.0.8.tgz	58eeda8e6c1455b6412021126779d98a7718d769	sha512-rj/1t+EyI8Ly52eaCeSy5hoNpdNnDlNQ/+jll2DypR6nkuxotMbaupzwbuMSaXzuSL1I2pYVYy7oPus/Ls49ag==
@nlpjs/ner	4.27.0	README.md	https://registry.npmjs.org/@nlpjs/ner/-/ner-4.27.0.tgz	53f3dfeafe28cfe0a15a77a6875b0b1836fe19f8	sha512-ptwkxriJdmgHSH9TfP10JQ1jviaSl2SupSFGUvTuWkuJhobQd3hbnlSq40V6XYvJNmqh9M9zEab/AKeghxYOTA==
@steipete/oracle	0.21.2	README.md	https://registry.npmjs.org/@steipete/oracle/-/oracle-0.21.2.tgz	207b14022c916cd91e880025ccbcd4b52e87d4bd	sha512-tn+MvYPqFejfCxphy61cqsUD/xnxtE4PXMxCu2Izb5j+4XdIYyHoxwWCI7BE9fqihgKzIdNhni1YBZJI/UrWmg==
@huggingface/tokenizers	0.2.0	README.md	https://registry.npmjs.org/@huggingface/tokenizers/-/tokenizers-0.2.0.tgz	3913cd936b6e5cbc24e20d0c81dc3ec0f97b8eb0	sha512-LidMHe1FpcSYH4vcSjXooda34pC0M8m1gmDOv7SQi6Iv+ib1zX7J3sHBCC9/3FPCkn2k1b55FneVqMRxrr99pg==
opencv-wasm	4.3.0-10	README.md	https://registry.npmjs.org/opencv-wasm/-/opencv-wasm-4.3.0-10.tgz	4cf2c07fb3519a858f7111b7d80e07ec09f6a70e	sha512-EWmWLUzp2suoc6N44Y4ouWT85QwvShx23Q430R+lp6NyS828bjQn6mCgA3NJ6Z/S59aaTeeu+RhqPQIJIYld1w==
node-wordnet	0.1.12	README.md	https://registry.npmjs.org/node-wordnet/-/node-wordnet-0.1.12.tgz	62b0568f5dfc188bd02d136cf730832952fa9c1b	sha512-Gd21Ss5R6TrbQLsiBEtuePg9x1LLGBbf+xK4hheVv8/VzvxdrPButCWAsuS98nJpl6vEIuTmWeB4i4QWsn06Fg==
ollama-ai-provider-v2	4.0.1	README.md	https://registry.npmjs.org/ollama-ai-provider-v2/-/ollama-ai-provider-v2-4.0.1.tgz	c31f16f7b7d09a879290fc74452b4cd4b680166e	sha512-JHw/Knt4kOTSwQ0oqorbdgzukK6iE73U3MPUyOuCEBpAQGAzm80CQDwyaXMwF80yFjY21RY9qfzkoLyPFFts/w==
@tensorflow/tfjs-automl	1.3.0	README.md	https://registry.npmjs.org/@tensorflow/tfjs-automl/-/tfjs-automl-1.3.0.tgz	665fd3aa249768590034ad9ab8f370d4e4b25b59	sha512-JcVjlXPlAwOkfdWlwJVZxEuN1Dy4lJytLXTAD5R7c3N8KIIIQA7D7x4ct9pzuq9M4c9OllQ7AI0EmlaUzTRe0A==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
r-cran-tgp	2.4-23	tgp/man/btgp.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-tgp/r-cran-tgp_2.4-23.orig.tar.gz	0dab9217da56a7a37867b089d18a7b6c6dacd1ea134322fe7bf5358f10138d1c
r-cran-mda	0.5-5	mda/man/mda.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-mda/r-cran-mda_0.5-5.orig.tar.gz	3351047bc55e678ba3cfb4590d1c253885c8cbcd4e3411582b9bde0a8a4062ce
r-cran-fnn	1.1.4.1	FNN/man/get.knn.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-fnn/r-cran-fnn_1.1.4.1.orig.tar.gz	73d97487fd3eac8ae90f32fd439f1689b1923b5688d83fd57fd2faeea70cb854
r-cran-irlba	2.3.5.1	irlba/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-irlba/r-cran-irlba_2.3.5.1.orig.tar.gz	2cfe6384fef91c223a9920895ce89496f990d1450d731e44309fdbec2bb5c5cf
r-cran-snowballc	0.7.1	SnowballC/DESCRIPTION	http://deb.debian.org/debian/pool/main/r/r-cran-snowballc/r-cran-snowballc_0.7.1.orig.tar.gz	753cf13f3206751662c03b1cf39bce9e680024f6d9f8503b836a83797181c034
presage	0.9.1	presage-0.9.1/README	http://deb.debian.org/debian/pool/main/p/presage/presage_0.9.1.orig.tar.gz	5ed567e350402a1d72c9053c78ecec3be710b7e72153a0223c6d19a7fe58a366
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
