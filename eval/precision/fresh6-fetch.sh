#!/usr/bin/env bash
# Fetch the fresh6 precision-sample documents from the npm registry and the Debian archive.
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
limdu	1.0.0	README.md	https://registry.npmjs.org/limdu/-/limdu-1.0.0.tgz	5160b43a0706f59e85e9b02c68e321ee0f2af3a3	sha512-+rPoYXgIPtXHj0GRI/QImH3yeNLb50Ga3vQhQoNva3ULdLNyXhsZByu6IcgEHhSXzqmOayoYSVJ8R3RSoHcCHA==
fastembed	2.1.0	README.md	https://registry.npmjs.org/fastembed/-/fastembed-2.1.0.tgz	3163d2f4603bad68aca9ab08c2a8295f5d815afa	sha512-oQkpcRHBppJ3+a3w9dU0uytSY0N1cnEa/iVMc8AXEd+tvT529GekOEFhNviJy89R3lvQXF6cdIMTXHj1Gi00xQ==
vader-sentiment	1.1.3	README.md	https://registry.npmjs.org/vader-sentiment/-/vader-sentiment-1.1.3.tgz	e3bd4e2636c2884bd48fa2df53b8a068575669f9	sha512-z9ys48I7pd3ngy/YzYDCTcOp6//z96wiXaJnQnuyxiPT3PTU0mWLWVCKvips11S5euvHfXsr0ahsmWT2oeXcUw==
@gutenye/ocr-node	1.4.8	README.md	https://registry.npmjs.org/@gutenye/ocr-node/-/ocr-node-1.4.8.tgz	46f3b67a66d1c23409e37bab5c0db3cda3dea76c	sha512-Ej6hHQSrBLCY74Qb2rRYZ0v97kp3h1Q8obLdQDM208ft9BOyqj+aUN2yTYQ/1c/BO695OWDgufRSiWiLB92KLw==
token.js	0.7.1	README.md	https://registry.npmjs.org/token.js/-/token.js-0.7.1.tgz	f90f4bfb0e7affb3f4a5d2d482c7e8974de39716	sha512-d1Z/Z6VA4HNEOaHqJhIQBi+iXVtuqltRY76YUyC81kulsm8AIta2Gte9GqgD3E+9QbebDUnHGpRTnulrTiu9LQ==
keras-js	1.0.3	README.md	https://registry.npmjs.org/keras-js/-/keras-js-1.0.3.tgz	8cb479b8ab0d4780b063017a3ca09f132b0ce719	sha512-aHWYUkdTMSuDMQNXajPVZIcHNunyat92JIT8h4X/aljPfP93wf1tQ/dY0W2s4l3CCfAExc0C37ph5Bi6Ij84uw==
smart-whisper	0.8.1	README.md	https://registry.npmjs.org/smart-whisper/-/smart-whisper-0.8.1.tgz	e7502179e937d297d085474a8f6ded62ee4417fa	sha512-0DnhD6Hq7kTpWAJxv057o8rkcZ2Sv2/ZpJZJjj/DT+8Ll/zH5EHQM1lSwk+W15AvfDPD3K2ku+MD2KCXD51z5A==
chatgpt	5.2.5	readme.md	https://registry.npmjs.org/chatgpt/-/chatgpt-5.2.5.tgz	6a9f951fd58d8501ff0384a338eacdc0e3d8544f	sha512-DNhBzPb2zTDjJADY44XfngMvsvrvHRq1md2VPXLmnKeP1UCeA1B6pV3s9ZRwlcgjVT0RyM77fRj1xj5V11Vctg==
@paddlejs-models/ocr	1.2.4	README.md	https://registry.npmjs.org/@paddlejs-models/ocr/-/ocr-1.2.4.tgz	4da7a82f1cd2837de996e8d28e88c0a98e5989ea	sha512-mdvaWXQaCmLULEvCxcsUzHtDgmoDVzJX2LsqyMmJxSzfhgrtnscF1eLiLbaouDwg6n08koXP0BCzeB+0oAv/AQ==
@diffusionstudio/vits-web	1.0.3	README.md	https://registry.npmjs.org/@diffusionstudio/vits-web/-/vits-web-1.0.3.tgz	00513a3881640100bc1f27587d3d3c2ab801d5e9	sha512-xvOmc3CTWXGKbyiLbsrMczNArm7Z0Bi0h3pij0RTX6SytY/NSqd7h5DdPNUUhBt0nSjWGbo5RIrJLoCQTUQ0nQ==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
leela-zero	0.17	leela-zero-0.17/README.md	http://deb.debian.org/debian/pool/main/l/leela-zero/leela-zero_0.17.orig.tar.gz	fc2cc2ae9739aeab058dfceee8e4e67fdcfc0f7bfe2777e565a2ba17a5579267
mujoco	2.2.2	mujoco-2.2.2/README.md	http://deb.debian.org/debian/pool/main/m/mujoco/mujoco_2.2.2.orig.tar.gz	7aad590d2ec6056f0235021e493db014784452538e45513c4c022de22d8270b0
cld2	0.0.0-git20150806	CLD2Owners-cld2-84b58a5/README.md	http://deb.debian.org/debian/pool/main/c/cld2/cld2_0.0.0-git20150806.orig.tar.gz	00c69f6901a09f930a0065a15bbc85891edb57a6a05ce8078a4837fd4ee7bf16
liblanguage-detector-java	0.6	language-detector-language-detector-0.6/README.md	http://deb.debian.org/debian/pool/main/libl/liblanguage-detector-java/liblanguage-detector-java_0.6.orig.tar.gz	81c8e0d475570fa0aab5afafb59f0a34d3839fe9cb86e667cbb3f0ae48ec3de6
libalgorithm-svm-perl	0.13	Algorithm-SVM-0.13/README	http://deb.debian.org/debian/pool/main/liba/libalgorithm-svm-perl/libalgorithm-svm-perl_0.13.orig.tar.gz	f72572df107eb45cd2ff6165c183164f38c7da98417d2242e334e6999fb7e422
libwordnet-querydata-perl	1.49	WordNet-QueryData-1.49/README	http://deb.debian.org/debian/pool/main/libw/libwordnet-querydata-perl/libwordnet-querydata-perl_1.49.orig.tar.gz	cbb6b5c6caa752ab440e4b3f174089d67bdde4dd58e69b19ced532c7c3e46b38
gnubg	1.08.003	gnubg-1.08.003/README	http://deb.debian.org/debian/pool/main/g/gnubg/gnubg_1.08.003.orig.tar.gz	6f7d969b13cfff786fba90ff8cc5e5d564b97f4f0aa69afe4f3838f18c445979
eprover	3.2.5+ds	eprover-E-3.2.5/DOC/E-3.1.html	http://deb.debian.org/debian/pool/main/e/eprover/eprover_3.2.5+ds.orig.tar.xz	a49af51a5d61596c172a60d6ab2607f66344ceb3926b2bd2f7a39fe8aec3346a
snowball	2.2.0	snowball-2.2.0/README.rst	http://deb.debian.org/debian/pool/main/s/snowball/snowball_2.2.0.orig.tar.gz	425cdb5fba13a01db59a1713780f0662e984204f402d3dae1525bda9e6d30f1a
ruby-classifier-reborn	2.2.0	ruby-classifier-reborn-2.2.0/README.markdown	http://deb.debian.org/debian/pool/main/r/ruby-classifier-reborn/ruby-classifier-reborn_2.2.0.orig.tar.gz	1612fb5d0344b3a9b6c12c146a139178da6ff786f33614b67da790edd978ed8b
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
