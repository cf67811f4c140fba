#!/usr/bin/env bash
# Full-build benchmark: PaperSite against Hugo, building the same generated archive into the same
# site shape, both measured in this one run on this machine, reported as the ratio PaperSite/Hugo.
#
#   bench/run.sh [N]            N papers, default 20000
#
# Environment: SEED (default 1), RUNS (timed runs per tool, default 3), BENCH_RESULTS (where the
# Markdown table goes, default bench/results/latest.md), KEEP=1 to keep the temporary folder.
set -euo pipefail

N="${1:-20000}"
SEED="${SEED:-1}"
RUNS="${RUNS:-3}"
cd "$(dirname "$0")/.."
REPO="$(pwd)"
RESULTS="${BENCH_RESULTS:-$REPO/bench/results/latest.md}"

say() { printf '== %s\n' "$*" >&2; }
# 20000 -> 20,000 (printf's ' flag depends on the locale).
thousands() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }

say "Tools"
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

say "Building PaperSite and the archive generator (Release)"
dotnet build src/PaperSite.Cli -c Release -nologo -v quiet -clp:ErrorsOnly >&2
dotnet build bench/ArchiveGenerator -c Release -nologo -v quiet -clp:ErrorsOnly >&2
PAPERSITE_DLL="$REPO/src/PaperSite.Cli/bin/Release/net10.0/papersite.dll"
GENERATOR_DLL="$REPO/bench/ArchiveGenerator/bin/Release/net10.0/ArchiveGenerator.dll"

# Where the archive and both outputs live. tmpfs by default: on this kind of virtual machine creating a
# file on the ext4 disk costs 0.6 to 1.2 ms of kernel time, varying twofold between identical runs,
# which would bury both generators' own work under file system noise. BENCH_DIR=/tmp measures on disk.
# Both outputs and both inputs take about 60 KB per paper; fall back to the disk when tmpfs is short.
if [ -z "${BENCH_DIR:-}" ]; then
  BENCH_DIR="${TMPDIR:-/tmp}"
  if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -gt $(( N * 100 )) ]; then
    BENCH_DIR=/dev/shm
  fi
fi
WORK="$(mktemp -d "$BENCH_DIR/papersite-bench.XXXXXX")"
FILESYSTEM="$(df -PT "$WORK" | awk 'NR == 2 { print $2 }')"
if [ "${KEEP:-0}" = 1 ]; then say "Keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

say "Generating $N papers (seed $SEED)"
dotnet "$GENERATOR_DLL" --papers "$N" --seed "$SEED" --papersite "$WORK/papersite" --hugo "$WORK/hugo" >&2

PS_OUT="$WORK/papersite-out"
HUGO_OUT="$WORK/hugo-out"
PS_CMD="dotnet $PAPERSITE_DLL build --root $WORK/papersite --output $PS_OUT"
HUGO_CMD="hugo --quiet --source $WORK/hugo --destination $HUGO_OUT --cacheDir $WORK/hugo-cache"
# Every timed build starts from nothing: no previous output (PaperSite would swap it out and delete
# it, Hugo would overwrite it) and no Hugo resource or file cache.
PS_PREPARE="rm -rf $PS_OUT"
HUGO_PREPARE="rm -rf $HUGO_OUT $WORK/hugo/resources $WORK/hugo-cache"

# One untimed build each, under /usr/bin/time -v: proves both succeed, gives the peak memory and the
# outputs to count, and warms the disk cache and the .NET runtime files.
peak_rss_kib() { awk -F': ' '/Maximum resident set size/ { print $2 }' "$1"; }
say "Checking builds and measuring peak memory"
$PS_PREPARE
/usr/bin/time -v -o "$WORK/papersite.time" $PS_CMD >"$WORK/papersite.log" 2>&1 || { cat "$WORK/papersite.log" >&2; exit 1; }
$HUGO_PREPARE
/usr/bin/time -v -o "$WORK/hugo.time" $HUGO_CMD >"$WORK/hugo.log" 2>&1 || { cat "$WORK/hugo.log" >&2; exit 1; }
PS_RSS_MIB=$(( $(peak_rss_kib "$WORK/papersite.time") / 1024 ))
HUGO_RSS_MIB=$(( $(peak_rss_kib "$WORK/hugo.time") / 1024 ))

count() { find "$1" -type f "${@:2}" | wc -l; }
PS_FILES=$(count "$PS_OUT"); HUGO_FILES=$(count "$HUGO_OUT")
PS_HTML=$(count "$PS_OUT" -name '*.html'); HUGO_HTML=$(count "$HUGO_OUT" -name '*.html')
PS_XML=$(count "$PS_OUT" -name '*.xml'); HUGO_XML=$(count "$HUGO_OUT" -name '*.xml')
# Hugo's page-1 aliases: tags/<slug>/page/1/ redirects to tags/<slug>/, a file PaperSite does not write.
HUGO_ALIASES=$(find "$HUGO_OUT/tags" -path '*/page/1/index.html' | wc -l)
PS_MB=$(du -sm "$PS_OUT" | cut -f1); HUGO_MB=$(du -sm "$HUGO_OUT" | cut -f1)
DAYS=$(find "$PS_OUT/days" -mindepth 1 -maxdepth 1 -type d | wc -l)
TAGS=$(find "$PS_OUT/tags" -mindepth 1 -maxdepth 1 -type d | wc -l)
INPUT_MB=$(du -sm "$WORK/papersite/input" | cut -f1)

say "Timing: hyperfine --warmup 1 --runs $RUNS"
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-csv "$WORK/times.csv" \
  --command-name papersite --prepare "$PS_PREPARE" "$PS_CMD" \
  --command-name hugo --prepare "$HUGO_PREPARE" "$HUGO_CMD" >&2

# hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds).
field() { awk -F, -v name="$1" -v col="$2" '$1 == name { print $col }' "$WORK/times.csv"; }
secs() { awk -v x="$1" 'BEGIN { printf "%.2f", x }'; }
PS_MEAN=$(field papersite 2); PS_SD=$(field papersite 3); PS_MIN=$(field papersite 7); PS_MAX=$(field papersite 8)
HUGO_MEAN=$(field hugo 2); HUGO_SD=$(field hugo 3); HUGO_MIN=$(field hugo 7); HUGO_MAX=$(field hugo 8)
PS_CPU=$(awk -F, '$1 == "papersite" { printf "%.2f", $5 + $6 }' "$WORK/times.csv")
HUGO_CPU=$(awk -F, '$1 == "hugo" { printf "%.2f", $5 + $6 }' "$WORK/times.csv")
RATIO=$(awk -v a="$PS_MEAN" -v b="$HUGO_MEAN" 'BEGIN { printf "%.2f", a / b }')

PS_VERSION="$(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- src theme 2>/dev/null || echo '+changes')"
DOTNET_VERSION="$(dotnet --version)"
HUGO_VERSION="$(hugo version | awk '{ print $2 }')"
HYPERFINE_VERSION="$(hyperfine --version | awk '{ print $2 }')"
CPU="$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
MEMORY_GIB=$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)

mkdir -p "$(dirname "$RESULTS")"
cat >"$RESULTS" <<EOF
# Full build: PaperSite against Hugo

$(thousands "$N") papers (seed $SEED), $(thousands "$DAYS") days, $(thousands "$TAGS") tags, ${INPUT_MB} MB of records; measured $(date -u +%Y-%m-%d).

| | PaperSite | Hugo |
| --- | --- | --- |
| mean wall time, $RUNS runs | **$(secs "$PS_MEAN") s** ± $(secs "$PS_SD") | **$(secs "$HUGO_MEAN") s** ± $(secs "$HUGO_SD") |
| fastest / slowest | $(secs "$PS_MIN") / $(secs "$PS_MAX") s | $(secs "$HUGO_MIN") / $(secs "$HUGO_MAX") s |
| CPU time (user + system), mean | $PS_CPU s | $HUGO_CPU s |
| **ratio PaperSite / Hugo** | **$RATIO** | 1 |
| files written | $(thousands "$PS_FILES") | $(thousands "$HUGO_FILES") |
| of which HTML / XML | $(thousands "$PS_HTML") / $(thousands "$PS_XML") | $(thousands "$HUGO_HTML") / $(thousands "$HUGO_XML") (incl. $(thousands "$HUGO_ALIASES") page-1 redirects) |
| output size | ${PS_MB} MB | ${HUGO_MB} MB |
| peak memory (max RSS) | ${PS_RSS_MIB} MiB | ${HUGO_RSS_MIB} MiB |

- Machine: $(nproc) cores ($CPU), ${MEMORY_GIB} GiB, shared with other work; archive and outputs on $FILESYSTEM ($BENCH_DIR).
- Versions: PaperSite $PS_VERSION on .NET SDK $DOTNET_VERSION; Hugo $HUGO_VERSION; hyperfine $HYPERFINE_VERSION.
- Method: \`bench/run.sh $N\`. One untimed build each (peak memory, file counts), then
  \`hyperfine --warmup 1 --runs $RUNS\`, deleting the output (and Hugo's resources/ and cache) before every run.
EOF

say "Results (also in ${RESULTS#"$REPO"/})"
cat "$RESULTS"
