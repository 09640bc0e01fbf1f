#!/usr/bin/env bash
# Fetch the blind16 documents from the npm registry and the Debian archive.
# usage: fetch.sh [TARGET_DIR]   (default: $AIKG_BLIND16_CORPUS, else /work/corpora/blind16)
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
fetch_init "${1:-${AIKG_BLIND16_CORPUS:-/work/corpora/blind16}}"

# package  version  path-in-package  tarball-url  sha1  sha512-integrity
npm_list=$(cat <<'LIST'
@houtini/gemini-mcp	2.6.2	README.md	https://registry.npmjs.org/@houtini/gemini-mcp/-/gemini-mcp-2.6.2.tgz	6d202a10e379dd096f6d4e78c3245ede9ab92d3b	sha512-jPmkPxRZBSzlhbWKREF8fmrygMHX28knlparbiRMsgcDJSQZiXC41Bfu53GTdXywcQHYzYcV25qojqTsslBpLA==
@vibe-kit/grok-cli	0.0.34	README.md	https://registry.npmjs.org/@vibe-kit/grok-cli/-/grok-cli-0.0.34.tgz	71691ff9cf76a7859ee4125374eb49e78f5d0564	sha512-jOaN4+WTK14jm5hIcXrYB2XuOEuWCyOvRMn58tbkD5fztZZS03u2YMv1gVrHpk/1/rls8UhwwL8witaJoZF10A==
@memberjunction/ai-blackforestlabs	5.51.3	README.md	https://registry.npmjs.org/@memberjunction/ai-blackforestlabs/-/ai-blackforestlabs-5.51.3.tgz	32b78af91d4fbc9c0cb3402796375a61c28a210e	sha512-imXpszdLH8uK/pkXPxeFTVYhhzyECU4w7y9LnS/aNN28F/w07IAir9fVa1qwQMX5eyA7lx3yqxLwJipPNcvfIw==
@saehrimnir/druidjs	0.9.0	README.md	https://registry.npmjs.org/@saehrimnir/druidjs/-/druidjs-0.9.0.tgz	034e7b74fd8e885ba823d879421aaba1ed9c5c29	sha512-Cv0xL8A8LbKqPbEyWu/bBnUd7Esjd/m92Dqyl2kpj6x30yCA6rRAtPl5Iw0Ks8u3cE9/acAeYxC/ezaxewI2nA==
libsvm-js	0.2.1	README.md	https://registry.npmjs.org/libsvm-js/-/libsvm-js-0.2.1.tgz	607a0b073fb0a635546ca5b93b7205282051a877	sha512-tN9gh91NCAwSIhjgG3y8pdKETTwnwFvvSFNIrQQuJGVtAu0SO6Y43D7OEKMSVhQLQkgLADlDaqo9uxNGVEzJEA==
@browserai/browserai	2.1.1	README.md	https://registry.npmjs.org/@browserai/browserai/-/browserai-2.1.1.tgz	1fdba936465a6940dc7e17b8f5081909691b0cdc	sha512-8XIQoQ1D9JOjBmIw4mUtghsrPHVHhp9k3aXgew9phi9KpL0SYI6xqGdNGK7DbrzZctUpMFBFOrcI9t4IAGnM4w==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
libxsmm	1.17	libxsmm-1.17/README.md	http://deb.debian.org/debian/pool/main/libx/libxsmm/libxsmm_1.17.orig.tar.gz	8b642127880e92e8a75400125307724635ecdf4020ca4481e5efe7640451bb92
hunspell	1.7.2+really1.7.2	hunspell-1.7.2/README	http://deb.debian.org/debian/pool/main/h/hunspell/hunspell_1.7.2+really1.7.2.orig.tar.gz	11ddfa39afe28c28539fe65fc4f1592d410c1e9b6dd7d8a91ca25d85e9ec65b8
libpsortb	1.0+dfsg	libpsortb-1.0/README	http://deb.debian.org/debian/pool/main/libp/libpsortb/libpsortb_1.0+dfsg.orig.tar.xz	5021b7ac656b33b8f0aa8c2e0403056a5459e1b92c17008b3ff442e262b3e2e5
hmmer2	2.3.2+dfsg	hmmer-2.3.2/00README	http://deb.debian.org/debian/pool/main/h/hmmer2/hmmer2_2.3.2+dfsg.orig.tar.xz	f9cd50acc23743648cb7de020c249bce396c3d07e0afe7e5418620cffa07bb44
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
