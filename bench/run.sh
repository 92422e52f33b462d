#!/usr/bin/env bash
# Times the denylint binary on generated estates and compares it with
# `trivy config` on the same trees. See "Performance" in the README.
#
#   bash bench/run.sh [--no-trivy] [--formats "terraform cloudformation"] [--sizes "10 100 1000 2000 5000"]
#                     [--runs N] [--trivy-runs N] [--no-e2e]
#
# Wall time and peak RSS come from /usr/bin/time -v; each cell is the
# median of several runs (5 up to 100 files, 3 above). Trivy runs as often
# below 1,000 files and once from 1,000 files on (it takes minutes there,
# and the ratio is far from the bar), unless --trivy-runs says otherwise.
# The 10-file estate is also run 20 times end to end. Machine load is printed before and
# after: on a shared machine, repeat when it is high.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cache=$root/bench/.cache
sizes="10 100 1000 2000 5000"
formats="terraform"
trivy=1
runs=""
trivy_runs=""
e2e=1
trivy_version=v0.74.0
while [ $# -gt 0 ]; do
	case $1 in
	--no-trivy) trivy=0 ;;
	--sizes) sizes=$2; shift ;;
	--formats) formats=$2; shift ;;
	--runs) runs=$2; shift ;;
	--trivy-runs) trivy_runs=$2; shift ;;
	--no-e2e) e2e=0 ;;
	*) echo "usage: $0 [--no-trivy] [--sizes LIST] [--formats LIST] [--runs N] [--trivy-runs N] [--no-e2e]" >&2; exit 2 ;;
	esac
	shift
done
mkdir -p "$cache/bin" "$cache/estates" "$cache/trivy"

if [ ! -x /usr/bin/time ]; then
	echo "installing GNU time (apt-get)" >&2
	apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

echo "building denylint" >&2
(cd "$root" && go build -o "$cache/bin/denylint" ./cmd/denylint)
dl=$cache/bin/denylint

trivy_bin=""
if [ "$trivy" = 1 ]; then
	for c in "$cache/bin/trivy" "$(go env GOPATH)/bin/trivy"; do
		# go install leaves the version "dev"; the module version is in the build info.
		if [ -x "$c" ] && go version -m "$c" 2>/dev/null | grep -Eq "^\s+mod\s+github.com/aquasecurity/trivy\s+$trivy_version\s"; then trivy_bin=$c; break; fi
	done
	if [ -z "$trivy_bin" ]; then
		echo "installing trivy $trivy_version with go install (about 6 minutes, 3 GB of memory)" >&2
		GOBIN=$cache/bin GOEXPERIMENT=jsonv2 go install "github.com/aquasecurity/trivy/cmd/trivy@$trivy_version"
		trivy_bin=$cache/bin/trivy
	fi
else
	echo "skipping trivy (--no-trivy)" >&2
fi

# estate FORMAT N: the folder of a generated estate, written once.
estate() {
	local dir=$cache/estates/$1-$2
	if [ ! -d "$dir" ]; then
		(cd "$root" && go run ./bench/estate -format "$1" -files "$2" -out "$dir") >&2
	fi
	echo "$dir"
}

# measure RUNS CMD...: runs CMD RUNS times and prints
# "median-wall-s median-cpu-s max-rss-MB worst-exit".
measure() {
	local runs=$1; shift
	local walls=() cpus=() rss=0 worst=0 out rc
	for _ in $(seq "$runs"); do
		out=$(mktemp)
		set +e
		/usr/bin/time -v -o "$out" "$@" >/dev/null 2>&1
		rc=$?
		set -e
		[ "$rc" -gt "$worst" ] && worst=$rc
		walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$out")")
		cpus+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$out")")
		local r; r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out")
		[ "$r" -gt "$rss" ] && rss=$r
		rm -f "$out"
	done
	printf '%s %s %s %s\n' "$(median "${walls[@]}")" "$(median "${cpus[@]}")" "$((rss / 1024))" "$worst"
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

runs_for() {
	if [ -n "$runs" ]; then echo "$runs"; elif [ "$1" -le 100 ]; then echo 5; else echo 3; fi
}

trivy_runs_for() {
	if [ -n "$trivy_runs" ]; then echo "$trivy_runs"; elif [ "$1" -ge 1000 ]; then echo 1; else runs_for "$1"; fi
}

trivy_cmd() {
	echo "$trivy_bin" config -q --cache-dir "$cache/trivy" --skip-check-update --disable-telemetry \
		--skip-version-check --misconfig-scanners terraform,cloudformation "$1"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load before: $(uptime | sed 's/.*load average: //')"
for format in $formats; do
	echo
	echo "## $format"
	printf '%-6s %6s %9s %9s %8s %8s %8s %8s %10s %8s %6s\n' size files wall_s cpu_s ms/file cpu_ms/f rss_MB findings trivy_s ratio exit
	for n in $sizes; do
		dir=$(estate "$format" "$n")
		files=$(find "$dir" -type f | wc -l)
		k=$(runs_for "$n")
		read -r wall cpu rss rc < <(measure "$k" "$dl" --timeout 60m --format json --output "$cache/last.json" "$dir")
		findings=$(grep -c '"rule_id"' "$cache/last.json" || true)
		tw="-" ratio="-"
		if [ -n "$trivy_bin" ]; then
			read -r tw _ _ _ < <(measure "$(trivy_runs_for "$n")" $(trivy_cmd "$dir"))
			ratio=$(awk -v d="$wall" -v t="$tw" 'BEGIN {printf "%.1fx", t/d}')
		fi
		printf '%-6s %6s %9.3f %9.3f %8.2f %8.2f %8s %8s %10s %8s %6s\n' "$n" "$files" "$wall" "$cpu" \
			"$(awk -v w="$wall" -v f="$files" 'BEGIN {print 1000*w/f}')" \
			"$(awk -v w="$cpu" -v f="$files" 'BEGIN {print 1000*w/f}')" "$rss" "$findings" "$tw" "$ratio" "$rc"
	done
done

if [ "$e2e" = 1 ]; then
	echo
	dir=$(estate terraform 10)
	read -r wall cpu rss rc < <(measure 20 "$dl" "$dir")
	echo "10-file Terraform estate end to end, median of 20: wall $(awk -v w="$wall" 'BEGIN {print 1000*w}') ms, cpu $(awk -v w="$cpu" 'BEGIN {print 1000*w}') ms, rss $rss MB"
fi
echo "load after: $(uptime | sed 's/.*load average: //')"
echo "ratio = trivy wall / denylint wall (above 1: denylint is faster); exit 1 means findings, 2 an input error"
