#!/usr/bin/env bash
# Fetch the fresh12 precision-sample documents from the npm registry and the Debian archive.
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
webgazer	3.5.3	README.md	https://registry.npmjs.org/webgazer/-/webgazer-3.5.3.tgz	5eaba333333aa6467e8b9ad5c8d772c34d35ef79	sha512-i6P97fWeixASmHWrJxgLUICugqV6qljIafi2ne6p0WYXAuldpwoaFRkedKFcu/qm95d128gdUxhOr336estXOw==
paddleocr	1.2.0	README.md	https://registry.npmjs.org/paddleocr/-/paddleocr-1.2.0.tgz	ab01243c6a2b6dda95bbefbd4ac1576b6d03d347	sha512-+ASlmoxGM8u5X68ote31NVNPPavbeKT8vomiKwqje+54ufPflTtlV8dZzRMnSPX8jJeWRms88B95uk1ReS+0iA==
semantic-chunking	3.0.2	README.md	https://registry.npmjs.org/semantic-chunking/-/semantic-chunking-3.0.2.tgz	1e946b9eef692e5d361f12f6b5b4261a11fb1b99	sha512-TD3fJho5uyS4a5zuvZxixgFa8ZtpyS2wA0CNBnm2JvK0UovaPZ0mrmfzx1ts+7GioRZRx5j1TGX72wazkHMlpQ==
nlpcloud	2.0.8	README.md	https://registry.npmjs.org/nlpcloud/-/nlpcloud-2.0.8.tgz	8a607c7bde49a892d2e09ed6b11d8adfc4cd0210	sha512-I4eCl2E3jt1Rtjd8OGGxv+pRMTeT8remypiCMj3tHD2Kvx0jvZO6Ye/PN94wqgLvsZDUhkgCZ6EAjb+5O42aDw==
moondream	0.2.0	README.md	https://registry.npmjs.org/moondream/-/moondream-0.2.0.tgz	8898c164f82e516d893acd0ecfcba1cf21b4b593	sha512-8w/4uyHqHnkNhnQ0xo1eS+TZfRygPXKNVK09Gw+7Zk6zAkQaGX77y+JMXjbtgst9g+3Bwa8sLBEdVIzwTvhkHw==
openwakeword-js	0.1.27	README.md	https://registry.npmjs.org/openwakeword-js/-/openwakeword-js-0.1.27.tgz	b02be9ef205f831d9f4c11e795acde4b90df4f4d	sha512-/xGF1SkO28aOlbr8lawLNBQwbzCMoiSvLoK2E3DB2rQxl6RIVEtYnjxCGW1/EtCI8fusu3uZuQhlh0a9fq2clQ==
typechat	0.1.2	README.md	https://registry.npmjs.org/typechat/-/typechat-0.1.2.tgz	e55c03d0cf98c281ea6eff5e2aa9bd467926b158	sha512-yZQ9IcHeMYZPZZa7+JZh5b5zlXvGo8Oj9eafMfZbmQ/frqipmjNCwF7F3NjcZHTT32ri+AdECnpH5Ds6A4K4aQ==
mind-ar	1.2.5	README.md	https://registry.npmjs.org/mind-ar/-/mind-ar-1.2.5.tgz	513d951c3d8cef7fbf167bd96f8c645d7d44c397	sha512-YsbiNYaNbI/AMSXYfL+c/vJaFD/RB8uKtAOhmMyOkGZ0vBnEM8+KPh3ee8BH35ldtVudziJpv62qqV6dns/Evw==
smartcrop	2.0.5	README.md	https://registry.npmjs.org/smartcrop/-/smartcrop-2.0.5.tgz	36828aead8823d20f6cb058819bca4d7480ece4b	sha512-aXoHTM8XlC51g96kgZkYxZ2mx09/ibOrIVLiUNOFozV/MHmFSgEr1/5CKVBoFD5vd+re2wSy0xra21CyjRITzA==
openvino-node	2026.4.0	README.md	https://registry.npmjs.org/openvino-node/-/openvino-node-2026.4.0.tgz	663862c9a75ac5e1f8d5a3397d64e92cc1c82ca8	sha512-+tYzUJfRWdgU0GudEKngIm3PiFmgYwTn409ER2U5/RgGlGV0W18SVl0Fxqb0dR2xKt/3epkOdyJXSg0ns1HCgQ==
playht	0.21.0	README.md	https://registry.npmjs.org/playht/-/playht-0.21.0.tgz	24eb9fa9478db764f7ea2abe6dbb7c1e71db4100	sha512-63dWfsoGNOxfl91U3knrON4HcgtdPZ+e0Q3F8JX22T6dvX17i217lfw8cq1OzIBWVxpHms8ebhgUU/Gvs0/8Eg==
pocketflow	1.0.4	README.md	https://registry.npmjs.org/pocketflow/-/pocketflow-1.0.4.tgz	ae59f7e7f02a183958371a30b09a022e5c24d797	sha512-Lr84KTLJ48MkpT2MFhy9wb3ZuHocOWxsj7/g1eKj6q4HplWI69S1WB7acrN9XwRBTN0dz3Nzy2zOAB/H2TPiFw==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
ompl	1.6.0+ds1	ompl-1.6.0/doc/markdown/planners.md	http://deb.debian.org/debian/pool/main/o/ompl/ompl_1.6.0+ds1.orig.tar.xz	505ba9093e685b2b4bcc26c5c82843d21e7ed5483b0cfad48730cdf9341ce1c9
robocode	1.9.3.9	robocode-VER_1_9_3_9/robocode.content/src/main/resources/ReadMe.html	http://deb.debian.org/debian/pool/main/r/robocode/robocode_1.9.3.9.orig.tar.xz	18d0e20919fe4dc6665d4905af14375eea2c864897f53bfc811311ba2db969d4
mrgingham	1.26	mrgingham-1.26/README.org	http://deb.debian.org/debian/pool/main/m/mrgingham/mrgingham_1.26.orig.tar.gz	3989191b764345b70d2574b56d68bb4151faa4e4804832bfde76dfc4232a2c53
pd-flite	0.3.3	flite-0.3.3/README.md	http://deb.debian.org/debian/pool/main/p/pd-flite/pd-flite_0.3.3.orig.tar.gz	a5da9a84205d916bc965d1de4bd26dfbbdfa94c43da4ac4f5ebe07b8a7234ec4
mir-eval	0.8.2	mir_eval-0.8.2/docs/index.rst	http://deb.debian.org/debian/pool/main/m/mir-eval/mir-eval_0.8.2.orig.tar.gz	dc8575e4c05ff5c9a7117770b53d04acc2d426ec5d7b800d6bc17aaee6bb7c16
stockfish	17	stockfish-17.orig/README.md	http://deb.debian.org/debian/pool/main/s/stockfish/stockfish_17.orig.tar.gz	d4472666e7121c5f167eac4358b9e3fd41f2694c451ee552eb2e18cdf3583da2
pcl	1.15.0+dfsg	pcl-pcl-1.15.0/doc/tutorials/content/ground_based_rgbd_people_detection.rst	http://deb.debian.org/debian/pool/main/p/pcl/pcl_1.15.0+dfsg.orig.tar.xz	2a7258e2bdd298241eeb720f240832206945bc935d2e0003fd06bd8906f5fb7d
node-opencv	7.0.0+git20200316.f0a03a4b	node-opencv/README.md	http://deb.debian.org/debian/pool/main/n/node-opencv/node-opencv_7.0.0+git20200316.f0a03a4b.orig.tar.gz	e3f156e410ab13bb0a7baf3ff35752285428ace7613dbaf0be1302196abe1f52
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
