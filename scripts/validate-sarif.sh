#!/usr/bin/env bash
# Validates SARIF files against the SARIF 2.1.0 schema and Microsoft's SARIF
# rules with the pinned @microsoft/sarif-multitool (tools/sarif), and fails
# when any file draws an error-level validation result. The multitool
# itself exits 0 even for invalid input, so its own log is what we judge.
#
# usage: scripts/validate-sarif.sh FILE...
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 FILE..." >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools/sarif"

if [ ! -d "$tools/node_modules/@microsoft/sarif-multitool" ]; then
  echo "installing the pinned sarif-multitool into $tools" >&2
  npm ci --prefix "$tools" --no-audit --no-fund >&2
fi
# Call the platform binary itself: the package's bin.js wrapper hands its
# arguments to a shell, which splits paths with spaces and eats the
# semicolons of --rule-kind.
multitool="$(cd "$tools" && node -p 'require("@microsoft/sarif-multitool")')"
if [ ! -x "$multitool" ]; then
  chmod u+x "$multitool"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

status=0
for file in "$@"; do
  if [ ! -f "$file" ]; then
    echo "$file: no such file" >&2
    status=1
    continue
  fi
  out="$work/validation.sarif"
  rm -f "$out"
  if ! "$multitool" validate "$file" --output "$out" --log ForceOverwrite \
    --rule-kind "Sarif;Gh" >"$work/stdout" 2>&1; then
    cat "$work/stdout" >&2
    echo "$file: sarif-multitool failed" >&2
    status=1
    continue
  fi
  if [ ! -s "$out" ]; then
    cat "$work/stdout" >&2
    echo "$file: sarif-multitool wrote no validation log" >&2
    status=1
    continue
  fi
  # Each validation finding is a result in the multitool's own SARIF log;
  # count those at level error, whatever the JSON spacing.
  errors="$(node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    // The multitool phrases its findings as message ids with arguments.
    const text = (m) => (m || {}).text || [(m || {}).id, ...((m || {}).arguments || [])].join(" ");
    let n = 0;
    for (const run of log.runs || []) {
      for (const r of run.results || []) {
        if (r.level === "error") {
          n++;
          const loc = (((r.locations || [])[0] || {}).physicalLocation || {}).region || {};
          console.error(`${process.argv[2]}:${loc.startLine || 0}: ${r.ruleId}: ${text(r.message)}`);
        }
      }
      for (const inv of run.invocations || []) {
        for (const n2 of inv.toolExecutionNotifications || []) {
          if (n2.level === "error") {
            n++;
            console.error(`${process.argv[2]}: ${text(n2.message)}`);
          }
        }
      }
    }
    console.log(n);
  ' "$out" "$file")"
  if [ "$errors" != "0" ]; then
    echo "$file: $errors validation error(s)" >&2
    status=1
  else
    echo "$file: valid"
  fi
done
exit "$status"
