#!/usr/bin/env bash
# Runs the denylint pre-commit hook for real: pre-commit builds the hook
# from this repository's .pre-commit-hooks.yaml at HEAD (committed changes
# only), then guards commits in a sample repository, once with a problem
# (the commit is refused) and once without (it goes through). Prints the
# hook's wall time on a warm build.
set -euo pipefail
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rev=$(git -C "$src" rev-parse HEAD)
command -v pre-commit >/dev/null || { echo "pre-commit not found (Debian: apt-get install -y pre-commit)"; exit 1; }

pre-commit validate-manifest "$src/.pre-commit-hooks.yaml"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A private pre-commit cache, so the hook really gets built from $rev; the
# Go module cache is shared, so the build needs no download when warm.
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
GOMODCACHE=$(go env GOMODCACHE)
export GOMODCACHE

sample="$tmp/sample"
mkdir -p "$sample"
cd "$sample"
git init -q
git config user.email smoke@example.com
git config user.name smoke
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $src
    rev: $rev
    hooks:
      - id: denylint
YAML
pass="$src/fixtures/DL001/terraform/pass"
fail="$src/fixtures/DL001/terraform/fail"
cp "$pass"/*.tf .
git add -A

echo "--- installing the hook (first build of denylint at ${rev:0:12})"
start=$(date +%s%N)
pre-commit install-hooks
echo "install-hooks: $(ms "$start") ms"
pre-commit install >/dev/null

echo "--- commit without a problem: must pass"
git commit -q -m "estate without a problem"
echo "ok: the commit went through"

echo "--- hook wall time on a warm build (pre-commit run --all-files, 5 runs)"
for i in 1 2 3 4 5; do
  start=$(date +%s%N)
  pre-commit run --all-files >/dev/null
  echo "run $i: $(ms "$start") ms"
done

echo "--- commit with a problem: must be refused"
cp "$fail/main.tf" main.tf
git add -A
set +e
out=$(git commit -m "estate with a problem" 2>&1)
code=$?
set -e
echo "$out"
if [ "$code" -eq 0 ]; then
  echo "FAIL: the commit with a DL001 problem went through"; exit 1
fi
if ! grep -q "DL001" <<<"$out"; then
  echo "FAIL: the refused commit does not name DL001"; exit 1
fi
echo "ok: the commit was refused with DL001"
