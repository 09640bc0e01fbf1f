#!/usr/bin/env bash
# Fetch the blind13 documents from the Debian archive.
# usage: fetch.sh TARGET_DIR
# Debian: for each chosen (source package, upstream version, member) download the exact
#   orig tarball from the pool (trixie main, as listed in its Sources index), verify its
#   sha256 (Checksums-Sha256 of the Sources index), extract the member and save it as
#   <source package>-<upstream version>-<member without its top directory>, with '/' and '@'
#   replaced by '-' (leading '-' dropped).
# (No npm package was taken for this set: see NOTES.md.)
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-}"

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
metastudent	2.0.1	metastudent-2.0.1/metastudent.1	http://deb.debian.org/debian/pool/main/m/metastudent/metastudent_2.0.1.orig.tar.gz	fffa7371d593d9d5472a38ac6cd4256261833846b971cf2693d17d2b64847893
rnahybrid	2.1.2	RNAhybrid-2.1.2/man/RNAhybrid.1	http://deb.debian.org/debian/pool/main/r/rnahybrid/rnahybrid_2.1.2.orig.tar.gz	e2bbbca714441f709732412a1a130e4911e212419af5b09154ddfaf0148d6e96
mecab	0.996	mecab-0.996/doc/index.html	http://deb.debian.org/debian/pool/main/m/mecab/mecab_0.996.orig.tar.gz	e073325783135b72e666145c781bb48fada583d5224fb2490fb6c1403ba69c59
snap	2013-11-29	snap/00README	http://deb.debian.org/debian/pool/main/s/snap/snap_2013-11-29.orig.tar.gz	0ebcd8bb45da54588a81f392baede387fd5ec2a5feb259f3db4b8b8f410abe9c
r-cran-lexrankr	0.5.2	lexRankr/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-lexrankr/r-cran-lexrankr_0.5.2.orig.tar.gz	71bf42afa9dd2c7a303354f1df523665203019bafc054525f4054c841ea9646d
metaeuk	7-bba0d80+ds	metaeuk-7-bba0d80/README.md	http://deb.debian.org/debian/pool/main/m/metaeuk/metaeuk_7-bba0d80+ds.orig.tar.xz	44106a831e8e696252cbae4ec9687ec6fa15bc519d0bbe03cba4cf4484fe032c
propka	3.5.1	propka-3.5.1/README.md	http://deb.debian.org/debian/pool/main/p/propka/propka_3.5.1.orig.tar.gz	3137c08e2c64f982a64e5a94740a76d4c4766bd0971c670c268ac6c227330f66
mystic	0.4.3	uqfoundation-mystic-e6ade89/README.md	http://deb.debian.org/debian/pool/main/m/mystic/mystic_0.4.3.orig.tar.gz	4bbcc72d726c3898dcc83c80d1ef1f9de73e9484a33f7a727502abee5e9ea73c
muscle	5.1.0	muscle-5.1.0/README.md	http://deb.debian.org/debian/pool/main/m/muscle/muscle_5.1.0.orig.tar.gz	2bba8b06e3ccabf6465fa26f459763b2029d7e7b9596881063e3aaba60d9e87d
mrtrix3	3.0.4	mrtrix3-3.0.4/docs/reference/commands/dwi2fod.rst	http://deb.debian.org/debian/pool/main/m/mrtrix3/mrtrix3_3.0.4.orig.tar.gz	f1d1aa289cfc3e46e3a8eca93594b23d061c6d50a0cd03727433a7e2cd14f71a
LIST
)

fetch_deb <<< "$deb_list"
