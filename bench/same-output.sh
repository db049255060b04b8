#!/usr/bin/env bash
# Builds the site in every variant with one CLI and, given a reference tree, says whether
# each output is the same byte for byte. Used to prove a refactoring changes no output:
#
#   bench/same-output.sh --cli /tmp/ref-bin/dhr-library.dll --out /tmp/ref --corpus /tmp/c2k/input
#   (change code, dotnet build -c Release src/DhrLibrary.Cli)
#   bench/same-output.sh --out /tmp/new --corpus /tmp/c2k/input --compare /tmp/ref
#
# Variants: the seed (input/) built plain, --offline, --drafts and --with-offline-copy, packed,
# and checked (text and json); the corpus (bench `corpus --count 2000 --seed 1`) built plain,
# with --with-offline-copy, and checked. Exit code 0 only when every variant is identical.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cli="$here/src/DhrLibrary.Cli/bin/Release/net10.0/dhr-library.dll"
out="" corpus="" ref=""
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --compare) ref="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$out" ] || { echo "usage: $0 [--cli DLL] --out DIR [--corpus INPUT_DIR] [--compare REF_DIR]" >&2; exit 2; }
[ -f "$cli" ] || { echo "no CLI at $cli (dotnet build -c Release src/DhrLibrary.Cli)" >&2; exit 2; }
rm -rf "$out"; mkdir -p "$out"
theme="$here/theme"
run() { dotnet "$cli" "$@"; }

build() { # name input extra-args...
  local name="$1" input="$2"; shift 2
  run build --input "$input" --output "$out/$name" --theme "$theme" "$@" > "$out/$name.log" 2>&1 \
    || { echo "build $name failed:"; cat "$out/$name.log"; exit 1; }
}
check() { # name input extra-args...
  local name="$1" input="$2"; shift 2
  # check exits 1 when it finds errors; its output is what is compared, so the code is kept too.
  set +e; run check --input "$input" "$@" > "$out/$name.txt" 2>&1; echo "exit $?" >> "$out/$name.txt"; set -e
}

build seed "$here/input"
build seed-offline "$here/input" --offline
build seed-drafts "$here/input" --drafts
build seed-with-copy "$here/input" --with-offline-copy
(cd "$out" && run pack --input "$here/input" --theme "$theme" --file "$out/seed-pack.zip" > "$out/seed-pack.log" 2>&1)
check check-seed "$here/input"
check check-seed-json "$here/input" --format json
if [ -n "$corpus" ]; then
  build corpus "$corpus"
  build corpus-with-copy "$corpus" --with-offline-copy
  check check-corpus "$corpus"
fi
rm -f "$out"/*.log

# A zip carries the build time of its entries, so each zip is replaced by its entry list (names in
# order) and its unpacked files, which is what a reader of the offline copy gets.
find "$out" -name '*.zip' | while read -r zip; do
  unzip -Z1 "$zip" > "$zip.entries"
  unzip -q "$zip" -d "$zip.files"
  rm "$zip"
done

if [ -n "$ref" ]; then
  if diff -r "$ref" "$out" > "$out.diff"; then
    echo "identical: every variant matches $ref"
  else
    echo "DIFFERENT from $ref:"; head -40 "$out.diff"; exit 1
  fi
fi
