#!/usr/bin/env bash
# Fetch the blind3 evaluation documents from the npm registry.
# usage: fetch.sh TARGET_DIR
# For each chosen (package, version, file): download the exact tarball, verify
# dist.shasum (sha1) and dist.integrity (sha512), extract the file and save it as
# <package>-<version>-<file> with '/' and '@' replaced by '-' (leading '-' dropped).
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
list=$(cat <<'LIST'
@magenta/music	1.23.1	README.md	https://registry.npmjs.org/@magenta/music/-/music-1.23.1.tgz	ef4e49e0744285e7636a6170cf66c4dad91bf0f9	sha512-MKIf5nU5fJg/j0y+zCeuQuhA5D4TD0hWv+crOpNQLq7TRJ5GQnlz4WuShYzSw/gXj2ncWuYGr6ftP9DvqSsQkA==
@magenta/image	0.2.1	README.md	https://registry.npmjs.org/@magenta/image/-/image-0.2.1.tgz	52ccebd656c120481d658a2bc06847b963855dd9	sha512-bA7IRKXETO+tZo3lyBzsroKHsM5u8kib3BNSDilOzB0MGvJyvlIcO1yfHATK114pgreARMBon+kTaPzrB4IuKA==
@mlc-ai/web-llm	0.2.86	README.md	https://registry.npmjs.org/@mlc-ai/web-llm/-/web-llm-0.2.86.tgz	8ebbf3f3eafb1fb75dc911d78a7a4ccf6cf0eabb	sha512-plciXBCYtY7iTKHzEcsqOfSO+s5u8NqMYFPnHmRbsN8CEdKcolgXIoGLPbzO6FtJHV43m7YP00x6qQ6Kb8CJJw==
@huggingface/tasks	0.21.54	src/tasks/text-generation/about.md	https://registry.npmjs.org/@huggingface/tasks/-/tasks-0.21.54.tgz	b7fdbf00c19ebdce0f61d29483dddcbcdda3ab18	sha512-OVFpVlLV6SSjG67Vdo98+qLvs/5yki0Ni1EWzbLrlBfZ+N6t4kM6aAeJLkFhikYYOZQyVNcWUN8UtPTs3Km05g==
@huggingface/tasks	0.21.54	src/tasks/audio-text-to-text/about.md	https://registry.npmjs.org/@huggingface/tasks/-/tasks-0.21.54.tgz	b7fdbf00c19ebdce0f61d29483dddcbcdda3ab18	sha512-OVFpVlLV6SSjG67Vdo98+qLvs/5yki0Ni1EWzbLrlBfZ+N6t4kM6aAeJLkFhikYYOZQyVNcWUN8UtPTs3Km05g==
@tensorflow-models/universal-sentence-encoder	1.3.3	README.md	https://registry.npmjs.org/@tensorflow-models/universal-sentence-encoder/-/universal-sentence-encoder-1.3.3.tgz	39874e8a49a42c9c06716a3cdc25eea844f4de50	sha512-mipL7ad0CW6uQ68FUkNgkNj/zgA4qgBnNcnMMkNTdL9MUMnzCxu3AE8pWnx2ReKHwdqEG4e8IpaYKfH4B8bojg==
@tensorflow-models/qna	1.0.2	README.md	https://registry.npmjs.org/@tensorflow-models/qna/-/qna-1.0.2.tgz	155f5b9c452812511b6ce640ad4d5272f3447df4	sha512-gQa1vU+ahURQuGOtOmPoP7HbnhZNmnKLevzxtIjhAJTriktBNvj5sRmISsYjGTnWj2GIXg6Gne97sxaMNHH+BA==
face-api.js	0.22.2	README.md	https://registry.npmjs.org/face-api.js/-/face-api.js-0.22.2.tgz	5accbf7e53b1569685d116a7e18dbc4800770d39	sha512-9Bbv/yaBRTKCXjiDqzryeKhYxmgSjJ7ukvOvEBy6krA0Ah/vNBlsf7iBNfJljWiPA8Tys1/MnB3lyP2Hfmsuyw==
@vladmandic/human	3.3.6	README.md	https://registry.npmjs.org/@vladmandic/human/-/human-3.3.6.tgz	74397dcda15109f52db36de098de823b8497ddc5	sha512-Nr5mPfq1gQ+uKeXY5uM3Fj8UxvF5CEh2s6txM5wRThqaW0mF9huooOuZSrT8hhGho0hGaXLFdAwfD/2+teCv6A==
llama-tokenizer-js	1.2.2	README.md	https://registry.npmjs.org/llama-tokenizer-js/-/llama-tokenizer-js-1.2.2.tgz	4db5d5f0120e772fb46162ddc7b119f8d2044f4e	sha512-Wmth393dc3odWU3IzARJ3r2oIfWgw9GdJ5Gm+hGhfECNO18UHLRqEFSf511jn4E9KcQGzuuKw4Wl08pHAemLAw==
nodejs-whisper	0.3.1	cpp/whisper.cpp/models/README.md	https://registry.npmjs.org/nodejs-whisper/-/nodejs-whisper-0.3.1.tgz	10caee39336d36663fc5dbaf696343350236c5c8	sha512-ceoilUVraRuR5FnNyXpGQT2auAR48Oc3AQBEmkXnVpSn9iN6yVRzQBFCqVTGWbk6Wdi95NhvwXNzFvuR7erLWw==
gpt-tokenizer	4.0.0	README.md	https://registry.npmjs.org/gpt-tokenizer/-/gpt-tokenizer-4.0.0.tgz	5443ee8522bb87c1ab1877c029efe4ba9e912b32	sha512-YAWIyzvuVUHEfW7tFfFAxH8qQb+Q3RU9nYOTy7skMNX5qzU6Q8jxTHZLyO56ug1vYvCR7wndzpd3jwD86/mhjQ==
LIST
)

fetch_npm <<< "$list"
