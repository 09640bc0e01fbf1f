#!/usr/bin/env bash
# Fetch the devtext development-corpus documents (plain-text scientific/ML/bioinformatics docs with
# reference lists, citations or credits: roff man pages, README/NEWS, LaTeX, texinfo, R .Rd, POD)
# from the Debian archive. No npm file was chosen (npm package docs are Markdown).
# usage: fetch.sh TARGET_DIR
# Debian: for each chosen (source package, upstream version, member) download the exact
#   orig tarball from the pool (trixie main, as listed in its Sources index), verify its
#   sha256 (Checksums-Sha256 of the Sources index), extract the member and save it as
#   <source package>-<upstream version>-<member without its top directory>, with '/' and '@'
#   replaced by '-' (leading '-' dropped).
set -euo pipefail
. "$(dirname "$0")/../fetch-lib.sh"
fetch_init "${1:-}"

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
bwa	0.7.18	bwa-0.7.18/bwa.1	http://deb.debian.org/debian/pool/main/b/bwa/bwa_0.7.18.orig.tar.gz	194788087f7b9a77c0114aa481b2ef21439f6abab72488c83917302e8d0e7870
mafft	7.505	mafft-7.505-without-extensions/core/mafft.1	http://deb.debian.org/debian/pool/main/m/mafft/mafft_7.505.orig.tar.gz	9b9ee0dea1d493f0fad6f9c227bcc291ddedd045b5558b7fea30dc5932db33b8
probcons	1.12	probcons/README	http://deb.debian.org/debian/pool/main/p/probcons/probcons_1.12.orig.tar.gz	ecf3f9ab9ad47e14787c76d1c64aeea5533d4038c4be0236c00cdd79104cf383
clustalo	1.2.4	clustal-omega-1.2.4/README	http://deb.debian.org/debian/pool/main/c/clustalo/clustalo_1.2.4.orig.tar.gz	8683d2286d663a46412c12a0c789e755e7fd77088fb3bc0342bb71667f05a3ee
kalign	3.4.0	kalign-3.4.0/doc/paper/revision/main.tex	http://deb.debian.org/debian/pool/main/k/kalign/kalign_3.4.0.orig.tar.gz	67d1a562d54b3b7622cc3164588c05b9e2bf8f1a5140bb48a4e816c61a87d4a8
eigensoft	8.0.0+dfsg	EIG-8.0.0/POPGEN/README	http://deb.debian.org/debian/pool/main/e/eigensoft/eigensoft_8.0.0+dfsg.orig.tar.xz	5a9576af6d30564391f5892713e9d434c4d0b5baeb75aa720ff1dad7cf556baf
paml	4.9j+dfsg	paml4.9j/Technical/Simulation/Codon/README.txt	http://deb.debian.org/debian/pool/main/p/paml/paml_4.9j+dfsg.orig.tar.xz	af7ccf450cb26b6b235559f3e6e70241ac59ed87caacf57bd91d6cdfaf81b9b8
cd-hit	4.8.1	cdhit-4.8.1/doc/cdhit-user-guide.tex	http://deb.debian.org/debian/pool/main/c/cd-hit/cd-hit_4.8.1.orig.tar.gz	f8bc3cdd7aebb432fcd35eed0093e7a6413f1e36bbd2a837ebc06e57cdb20b70
fftw3	3.3.10	fftw-3.3.10/doc/intro.texi	http://deb.debian.org/debian/pool/main/f/fftw3/fftw3_3.3.10.orig.tar.gz	56c932549852cddcfafdab3820b0200c7742675be92179e59e6215b340e26467
fftw3	3.3.10	fftw-3.3.10/doc/acknowledgements.texi	http://deb.debian.org/debian/pool/main/f/fftw3/fftw3_3.3.10.orig.tar.gz	56c932549852cddcfafdab3820b0200c7742675be92179e59e6215b340e26467
r-cran-vegan	2.6-10+dfsg	vegan/man/vegdist.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-vegan/r-cran-vegan_2.6-10+dfsg.orig.tar.xz	f85a00d85b5bbfb7876d3146f1a3a9daca98d4e37ecfddf941e5b87f64af80b1
r-cran-ape	5.8-1	ape/man/dist.dna.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-ape/r-cran-ape_5.8-1.orig.tar.gz	d6cde3dda751597ad741f634f143a3eb521b957fd1a23ceefba78a2716422d8e
r-cran-ranger	0.17.0	ranger/man/ranger.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-ranger/r-cran-ranger_0.17.0.orig.tar.gz	d48cdf4ce4917af93d9fe221c25d11089f5139ed765bbbff43e7b4fe58a09d36
r-cran-mcmcpack	1.7-1	MCMCpack/man/HDPHMMpoisson.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-mcmcpack/r-cran-mcmcpack_1.7-1.orig.tar.gz	3b0b46746324197c38826cde06729f031311c3520d9d42815b7b356d29b58529
r-bioc-limma	3.62.2+dfsg	limma/man/roast.Rd	http://deb.debian.org/debian/pool/main/r/r-bioc-limma/r-bioc-limma_3.62.2+dfsg.orig.tar.xz	a891ae05866481af8b3b8bf80f49ae59aaa668dcef77f1d41fed8299aea25574
r-bioc-edger	4.4.2+dfsg	edgeR/man/edgeR-package.Rd	http://deb.debian.org/debian/pool/main/r/r-bioc-edger/r-bioc-edger_4.4.2+dfsg.orig.tar.xz	496a304e29e813b9a969b504b6fc943c912b58b6e74c49d1a03400d2cad13aef
r-bioc-deseq2	1.46.0+dfsg	DESeq2/NEWS	http://deb.debian.org/debian/pool/main/r/r-bioc-deseq2/r-bioc-deseq2_1.46.0+dfsg.orig.tar.xz	8eb63f425ec56eddbeda4aee47cb9514c5d552125547d0c1c1af81efadf071ad
r-cran-fpc	2.2-13	fpc/man/fpc-package.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-fpc/r-cran-fpc_2.2-13.orig.tar.gz	4f543df847bc0fee60b97416484f00dbafb433d893ce8c019de787f302d53f47
r-cran-mlbench	2.1-6	mlbench/man/Soybean.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-mlbench/r-cran-mlbench_2.1-6.orig.tar.gz	ea2ccf508594f935661e29854496f350f0b83680dd9a4d630dd3e3e03652951e
r-cran-partykit	1.2-23	partykit/man/cforest.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-partykit/r-cran-partykit_1.2-23.orig.tar.gz	0e33137657ac25dee7ffa9c7455aadf457f8b60c2112548ce861c794f3f8ab53
r-cran-mclust	6.1.1	mclust/man/Mclust.Rd	http://deb.debian.org/debian/pool/main/r/r-cran-mclust/r-cran-mclust_6.1.1.orig.tar.gz	ddd7018e5e6ea7f92c7fc9872b391491b7e91c2cd89ef1dcaf4408afb5116775
libtext-ngram-perl	0.15	Text-Ngram-0.15/README	http://deb.debian.org/debian/pool/main/libt/libtext-ngram-perl/libtext-ngram-perl_0.15.orig.tar.gz	e2ef1da66427145842c23cc7cf6631dfa2a0ebcaf54debdfa81b72a38ece4a84
libgraph-perl	0.9735	Graph-0.9735/lib/Graph.pod	http://deb.debian.org/debian/pool/main/libg/libgraph-perl/libgraph-perl_0.9735.orig.tar.gz	5c9a51f89efe7a36db288590bf66753f2417afd41b82363e39f2f3101d498065
libpdl-stats-perl	0.855	PDL-Stats-0.855/GENERATED/PDL/Stats/GLM.pm	http://deb.debian.org/debian/pool/main/libp/libpdl-stats-perl/libpdl-stats-perl_0.855.orig.tar.gz	9c53ce2a86126627f4cbc0997b6c525b0ea755596f80922dec46b76b38c12eb7
LIST
)

fetch_deb <<< "$deb_list"
