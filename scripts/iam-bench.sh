#!/bin/sh
# Compares decisions per second of denylint's engine (BenchmarkDecide) with
# @cloud-copilot/iam-simulate on the same requests
# (iam/testdata/bench-requests.jsonl). Needs `npm ci --prefix test/oracle`.
set -eu
cd "$(dirname "$0")/.."
reqs=iam/testdata/bench-requests.jsonl
go_ns=$(go test ./iam/ -run '^$' -bench '^BenchmarkDecide$' -benchtime 3s | awk '/^BenchmarkDecide/ {print $3}')
node_ns=$(cd test/oracle && node bench.mjs "../../$reqs" "${ROUNDS:-3000}")
awk -v g="$go_ns" -v n="$node_ns" 'BEGIN {
	printf "denylint:     %10.0f ns/decision  %10.0f decisions/s\n", g, 1e9 / g
	printf "iam-simulate: %10.0f ns/decision  %10.0f decisions/s\n", n, 1e9 / n
	printf "ratio:        %10.1fx\n", n / g
}'
