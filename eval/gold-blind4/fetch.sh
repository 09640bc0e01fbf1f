#!/usr/bin/env bash
# Fetch the blind4 evaluation documents from the npm registry and the Debian archive.
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
tsne-js	1.0.3	README.md	https://registry.npmjs.org/tsne-js/-/tsne-js-1.0.3.tgz	9dca61a6edabf0d0b62ea8490890c31fc7a735f7	sha512-qFHOgQaOR3/OaE1Gvs5KLj3N8ppWt7U/nvEJohzRAtrOxWeTKEK2wMh1fhIoRRiY/WGrN+BSrzgYhVOsIE38vg==
@magenta/sketch	0.2.0	README.md	https://registry.npmjs.org/@magenta/sketch/-/sketch-0.2.0.tgz	f6767e2ab4ff72a67f790c8a615411a7ed5118d4	sha512-vbbBU+fqDppu0O3v5E2XiwMpKf0cX0Oh5bLoKzBWUE8+Mri9t4ropYWl+Vwidp5RdpQ8qpiR5olT1jEbc7XW5w==
@tensorflow-models/toxicity	1.2.2	README.md	https://registry.npmjs.org/@tensorflow-models/toxicity/-/toxicity-1.2.2.tgz	aed2cc92122f2fc949b42502bb55f8ed2e1d03a8	sha512-DSMIoBzNyX7+4D4cGKjsFLbCuJz3bksYpwFHKAjTp4+tmgAGpNyg5nDXXI/IQp18nMTbLKgLruLWOxq5y7P4WQ==
@tensorflow-models/facemesh	0.0.5	README.md	https://registry.npmjs.org/@tensorflow-models/facemesh/-/facemesh-0.0.5.tgz	de8fba2c0fe28e08fea1951e080653e1b2fda8ae	sha512-5zn3QxZfMEkUEXDQ1fqjKxK63WpwikwH/SuZpGiNkRjgronkbmCqc/UsLfAPrJjxqcyfRoO+u5fUuqhKe1wyTw==
handtrackjs	0.1.5	README.md	https://registry.npmjs.org/handtrackjs/-/handtrackjs-0.1.5.tgz	1ab380ccd0ea9a60257aaf125340c762f6990c8c	sha512-u5BnewfdxSJfpG54FAGxtaF0kjc2HWL+H1kCUSnrA39QQT+qR/yOiyfw3cJsp+YL9T4tdbH1sGQfRKC2xzWSlQ==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
keras-applications	1.0.8+ds	Keras_Applications-1.0.8/README.md	http://deb.debian.org/debian/pool/main/k/keras-applications/keras-applications_1.0.8+ds.orig.tar.xz	d83195382226cf82b76f457e373675922ebda686565d68bfa8f269e4e9a8976a
fasttext	0.9.2+ds	fastText-0.9.2/README.md	http://deb.debian.org/debian/pool/main/f/fasttext/fasttext_0.9.2+ds.orig.tar.xz	0f39a669e9e603a8b57ae9477bc2db09832181bb7490fdf638ffbc17a35eacfc
fasttext	0.9.2+ds	fastText-0.9.2/website/blog/2016-08-18-blog-post.md	http://deb.debian.org/debian/pool/main/f/fasttext/fasttext_0.9.2+ds.orig.tar.xz	0f39a669e9e603a8b57ae9477bc2db09832181bb7490fdf638ffbc17a35eacfc
fasttext	0.9.2+ds	fastText-0.9.2/website/blog/2017-05-02-blog-post.md	http://deb.debian.org/debian/pool/main/f/fasttext/fasttext_0.9.2+ds.orig.tar.xz	0f39a669e9e603a8b57ae9477bc2db09832181bb7490fdf638ffbc17a35eacfc
fasttext	0.9.2+ds	fastText-0.9.2/docs/aligned-vectors.md	http://deb.debian.org/debian/pool/main/f/fasttext/fasttext_0.9.2+ds.orig.tar.xz	0f39a669e9e603a8b57ae9477bc2db09832181bb7490fdf638ffbc17a35eacfc
pytorch-audio	2.6.0	audio-2.6.0/docs/source/index.rst	http://deb.debian.org/debian/pool/main/p/pytorch-audio/pytorch-audio_2.6.0.orig.tar.gz	3335d8fcf58c26acf3c628d751103b59226e01c91847ce56efb2a4e7ae8351ef
pytorch-vision	0.21.0	vision-0.21.0/references/video_classification/README.md	http://deb.debian.org/debian/pool/main/p/pytorch-vision/pytorch-vision_0.21.0.orig.tar.gz	0a4a967bbb7f9810f792cd0289a07fb98c8fb5d1303fae8b63e3a6b05d720058
pytorch-vision	0.21.0	vision-0.21.0/docs/source/models/alexnet.rst	http://deb.debian.org/debian/pool/main/p/pytorch-vision/pytorch-vision_0.21.0.orig.tar.gz	0a4a967bbb7f9810f792cd0289a07fb98c8fb5d1303fae8b63e3a6b05d720058
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
