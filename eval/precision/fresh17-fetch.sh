#!/usr/bin/env bash
# Fetch the fresh17 precision-sample documents from the npm registry and the Debian archive.
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
@ai-sdk/google	4.0.121	CHANGELOG.md	https://registry.npmjs.org/@ai-sdk/google/-/google-4.0.121.tgz	2a74ed14ee7ca11fa824e45721e1285a7e3ca24e	sha512-K4aC8ZTe/dXegkaE2TxD1Ln2BaNFV4iTI57BykEcoS2KjBihaC3mu+UcmNZyY5yaoBJlLVGcxPhItF32TU6fLg==
@anthropic-ai/bedrock-sdk	1.2.0	README.md	https://registry.npmjs.org/@anthropic-ai/bedrock-sdk/-/bedrock-sdk-1.2.0.tgz	c047737a53001217710e424db21b05785cfa0114	sha512-FolnzDG+/19itc76wVuwmrg6spDSnflHBY3GXiLsCOR+WlSmYcyi4VQP16W8Lf94+GJVo6s/GRibstvfdDGAYg==
@e2b/code-interpreter	2.8.0	README.md	https://registry.npmjs.org/@e2b/code-interpreter/-/code-interpreter-2.8.0.tgz	af5704fd75bd29b39826dc96bd6725667d6d8306	sha512-tWFi8IJYV3V6jOVfQ8V5PkzockrYP+ndWB/jKiJvRATTmNAy8+S/7S+iSh2Lb2Hrul869G2adRiN2xW8peJTig==
@google-cloud/language	7.2.3	README.md	https://registry.npmjs.org/@google-cloud/language/-/language-7.2.3.tgz	b760c89931c37db4e61af54b70bded43787bf927	sha512-/a1xsrvNybe2qd6Ij4FzarXKOcX+KXrxd9x+e3m57aMH5genr9o+06y9bKZfDRncqjEPGavHbxdbED2rAUblOg==
@azure-rest/ai-inference	1.0.0-beta.6	README.md	https://registry.npmjs.org/@azure-rest/ai-inference/-/ai-inference-1.0.0-beta.6.tgz	0d9e4f0cdce67de5c1090dd4538f59eed6f9303d	sha512-j5FrJDTHu2P2+zwFVe5j2edasOIhqkFj+VkDjbhGkQuOoIAByF0egRkgs0G1k03HyJ7bOOT9BkRF7MIgr/afhw==
@letta-ai/letta-client	1.12.1	README.md	https://registry.npmjs.org/@letta-ai/letta-client/-/letta-client-1.12.1.tgz	b108837cfd79915050230a0bec361f49fc3ac897	sha512-rYjXMXpkfssj7VBBX3qCp6mdpNRv6YPNrliYsjkhWoQDqGg3J9bsgIQ28ZhQTddabYxRUIwcdzuaizFx8pvZ7A==
@mozilla-ai/any-llm	0.1.0	README.md	https://registry.npmjs.org/@mozilla-ai/any-llm/-/any-llm-0.1.0.tgz	764fc1cd2906dfd53af4605c22cc5309c11b1b79	sha512-wztyPL9yxgtSoAqepskYItM5MUHqBkuGcCrvQ4CZSjKaih5BFxQDwy1C8JMTOZR6wRMnBPTd3saGJBAQg/wgkw==
langsmith	0.12.0	README.md	https://registry.npmjs.org/langsmith/-/langsmith-0.12.0.tgz	962033d1781ba2e4c741711e83c03032b38e3a9b	sha512-fbV0Dya+HOTyCEfH0+jbBuSXBgIj6sfm3VYxD9UmJ5H2W303UEEizxjEWu880P5qS7zRnnsYO5MVLE6pLPQKKQ==
@picovoice/cheetah-web	4.1.4	README.md	https://registry.npmjs.org/@picovoice/cheetah-web/-/cheetah-web-4.1.4.tgz	5c3dc52f62dd58fe550cd2253e6230a2552abdbb	sha512-/8PZH6XdPi6CAjYBCPCUJheX9fE6QnBKYzYr2dvSA9YL5Xpi5rKAXhrXtrJjekqSS6T9D1ooAlurR/YIM/hDpQ==
@mistralai/mistralai-gcp	2.0.0	README.md	https://registry.npmjs.org/@mistralai/mistralai-gcp/-/mistralai-gcp-2.0.0.tgz	895880d9d57abfc027d3f5a118c6bbfa60442e9b	sha512-vrJDUVPE4seXqiEh644fWgQ0x39JhUf7/N5o9ANNn7fWzxqmsd5gPm8GHdqy+PM4pnS8+0HA1LqjNJUYoNU+MQ==
@tensorflow-models/knn-classifier	1.2.6	README.md	https://registry.npmjs.org/@tensorflow-models/knn-classifier/-/knn-classifier-1.2.6.tgz	fd6ab7c396bfdf27794b8ee213b8dde834c2f99a	sha512-68RG9y70bFF0qYFpF+4bGaalAiEqz54v1qBmiSo3XODJq8Bow9EcDeAQBGPz6Bxiz6VQlZOdg29xiYm8N/a2Tw==
@huggingface/mcp-client	0.2.3	README.md	https://registry.npmjs.org/@huggingface/mcp-client/-/mcp-client-0.2.3.tgz	d39cde6b05a4c68f0cd4ea9f81d39afa9ba837fa	sha512-j3l1XE1qzVeF5lv6ho3ScRgnqAg063FNUIVoiy1WCQTwPIC+Y/mF+RUPc6fO3+2USz1VN8UnmeFqXcBsth+KkA==
@upscalerjs/esrgan-medium	1.0.0	README.md	https://registry.npmjs.org/@upscalerjs/esrgan-medium/-/esrgan-medium-1.0.0.tgz	eea703a98bb52d399e4170e6e628b367fbe9b5d7	sha512-Z8JnR87sgetPABKevasXST3FdnXhaoTu9zpXnu3KLaHYpYStVt0FD1VZS9c6jhSGMBC0H929gN9RbWl+MeisKA==
@nomic-ai/atlas	0.12.0	README.md	https://registry.npmjs.org/@nomic-ai/atlas/-/atlas-0.12.0.tgz	c3f0371f2cde901771dc29fc99b83fd78f0dfaa2	sha512-bvApPykb9xAOqxATUI8r0coYmvfqL26yMPfdd19F1SzHJNJAdqhTZqVL/2vexMja2mEPdV9hR4NR8i/9UNcn5A==
LIST
)

# source-package  upstream-version  member-in-orig-tarball  pool-url  sha256
deb_list=$(cat <<'LIST'
arm-compute-library	24.11+dfsg	arm-compute-library-24.11+dfsg/README.md	http://deb.debian.org/debian/pool/main/a/arm-compute-library/arm-compute-library_24.11+dfsg.orig.tar.xz	cebdf5dfe8b35007a84e3dfb6794ffe07064d9297bffeb5df0765437bf69c556
foma	0.10.0+s311.20240712	foma-0.10.0+s311.20240712/CHANGELOG	http://deb.debian.org/debian/pool/main/f/foma/foma_0.10.0+s311.20240712.orig.tar.bz2	b8cbc0dc14fce922fcf9d9468186b8bc624445713d36e751122348e43c1ae6ea
gloo	0.0~git20231202.5354032	README.md	http://deb.debian.org/debian/pool/main/g/gloo/gloo_0.0~git20231202.5354032.orig.tar.xz	66d6fadb7b07cfcff08f74ae2acfab504e780d6b7536ee74d2011718cda25030
apertium-lex-tools	0.5.0	apertium-lex-tools-0.5.0/AUTHORS	http://deb.debian.org/debian/pool/main/a/apertium-lex-tools/apertium-lex-tools_0.5.0.orig.tar.bz2	1bdab3813ee3985accfcc36e167d3ed8d2bd7255941560502c4d1da5212e9ea1
dmlc-core	0.5+git20240614.1334185	dmlc-core-0.0~git20240614.1334185/README.md	http://deb.debian.org/debian/pool/main/d/dmlc-core/dmlc-core_0.5+git20240614.1334185.orig.tar.xz	6d129191ead3b7bc8f4edf8241f57e33383a288a5294377e56ef98ce6728463d
libai-fann-perl	0.10	AI-FANN-0.10/README	http://deb.debian.org/debian/pool/main/liba/libai-fann-perl/libai-fann-perl_0.10.orig.tar.gz	6d4f46cdde08ab001a13132db8bdda0e419ddce1d8bed10bd75bdaf84211f28f
LIST
)

fetch_npm <<< "$npm_list"
fetch_deb <<< "$deb_list"
