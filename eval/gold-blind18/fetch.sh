#!/usr/bin/env bash
# Fetch the blind18 documents from the npm registry and the Debian archive.
# usage: fetch.sh [TARGET_DIR]   (default: $AIKG_BLIND18_CORPUS, else /work/corpora/blind18)
# npm: for each chosen (package, version, path) download the exact tarball, verify
#   dist.shasum (sha1) and dist.integrity (sha512), extract package/<path> and save it as
#   <package>-<version>-<path>, with '/' and '@' replaced by '-' (leading '-' dropped).
# Debian: for each chosen (source package, upstream version, member) download the exact
#   orig tarball from the pool (trixie main, as listed in its Sources index), verify its
#   sha256 (Checksums-Sha256 of the Sources index), extract the member and save it as
#   <source package>-<upstream version>-<member without its top directory>, with '/' and '@'
#   replaced by '-' (leading '-' dropped).
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-${AIKG_BLIND18_CORPUS:-/work/corpora/blind18}}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
npm_list=$(cat <<'LIST'
llm-zoo	1.37.0	README.md	https://registry.npmjs.org/llm-zoo/-/llm-zoo-1.37.0.tgz	e980ec1c49cbd0a7d9eca41513723e32af108df1	sha512-NLtQn7L5Ga4piRkiDSH9psrAz55V1LxSohgNoa5CjmNN/g5piO0VDhoo5EiFW7ZZrTOwXeWa8Kj4arBrpzAbnA==
isolation-forest	0.0.9	README.md	https://registry.npmjs.org/isolation-forest/-/isolation-forest-0.0.9.tgz	7b3f735e18f96d033d2f071639035b8b0f5bc9f6	sha512-5rxlHv1ZfZdYcmj0D9r/LKNT8aEDojXJOfA7lu8ymw8p/bA46HPkNRz+uaenQLt1HIYf975rkoY9myoCnMvOXQ==
gptoken	0.1.0	README.md	https://registry.npmjs.org/gptoken/-/gptoken-0.1.0.tgz	d684c4222eee2cfe12c481fc85188013e2ef9569	sha512-eJt7fqSVPmqyExwP++Brj2YmoucT4+Z6bbAOZJ1BBrTD/8Xr8j1flaTrQqg526Efp1LziXMBxIw+TNaUXfoH5A==
@picovoice/cobra-node	3.0.3	README.md	https://registry.npmjs.org/@picovoice/cobra-node/-/cobra-node-3.0.3.tgz	2ad030f6e249b5a0142019839ef189504ab5cb48	sha512-bXJcj9VWOW5V/TMVPh6frMPfN1yfHOYk2FWJILWTQwe4nc/SoO+Rok4TkfUvME87+gWWTfpQr8EUIRqC8m4l0g==
@livekit/agents-plugin-google	1.9.0	README.md	https://registry.npmjs.org/@livekit/agents-plugin-google/-/agents-plugin-google-1.9.0.tgz	aa6e83c4e2d9e606b38ef82848fcdcf69e19a3c8	sha512-Xc0DllOnVOtRm6B9ztN8qr/b3N8xxLQUHpfEwZ3PrJA8P2SUWb8Fhdvxqh+876T3RRxRXffLLvMjQAt9ZS8evg==
@tanstack/ai-anthropic	0.18.11	README.md	https://registry.npmjs.org/@tanstack/ai-anthropic/-/ai-anthropic-0.18.11.tgz	5afd1bc6843a0dead9de2f24ad501a972a899f14	sha512-jDQLrV+QrV0mn3gbMsIOpxI0BFFvfqLXZH7qcuXf8BYS/imqS0TNU6kXXcjdPFXoPO3Skicmiwep4zR9Bwaogw==
bard-ai	2.0.3	README.md	https://registry.npmjs.org/bard-ai/-/bard-ai-2.0.3.tgz	5b7ee9dd9e19f9635dfd533116e59a545c52f94d	sha512-vlL5t4RG3MMG2m2JdZB/6DbcFlHaxdoDqvOOaOTS7pt/VR971pTAFjrjIZV25iiNvcDkzl6/Y2vrqCYkSwGyxg==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
kakasi	2.3.6	kakasi-2.3.6/README	http://deb.debian.org/debian/pool/main/k/kakasi/kakasi_2.3.6.orig.tar.xz	2ee57b1b03c74fd5766e741c3812028efc73bc0e0bf93a6e7ff20eb4701f3ee3
libkkc	0.3.5	libkkc-0.3.5/README	http://deb.debian.org/debian/pool/main/libk/libkkc/libkkc_0.3.5.orig.tar.gz	c106a09480f36b71854f2ffd9e11a4b882e0e2cb4a4a3d16ac472315ea04f797
lizzie	0.7.4+dfsg1	lizzie-0.7.4/README.md	http://deb.debian.org/debian/pool/main/l/lizzie/lizzie_0.7.4+dfsg1.orig.tar.xz	5c4bf7d80e268ec567bd4c0df2c6c6f349524e439188a19d7c08ae7c9b106dce
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
