#!/usr/bin/env bash
# Full-build benchmark: PaperSite against Hugo, building the same generated archive into the same
# site shape, both measured in this one run on this machine, reported as the ratio PaperSite/Hugo.
#
#   bench/run.sh [N]            N papers, default 20000
#
# Environment: SEED (default 1), RUNS (timed rounds, one run of each tool per round, default 3), BENCH_RESULTS (where the
# Markdown table goes, default bench/results/latest.md), KEEP=1 to keep the temporary folder, HUGO_SERVER=0 to leave
# out `hugo server`'s timing (at 100,000 papers its first build alone takes about six minutes).
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

say "Building PaperSite as its tool package ships it, and the archive generator (Release)"
# On x64 Linux the tool package carries the engine compiled ahead of time (ReadyToRun, see the project file):
# publishing for that platform gives the same files. Elsewhere the package holds plain assemblies, as a build does.
if [ "$(uname -sm)" = "Linux x86_64" ]; then
  dotnet publish src/PaperSite.Cli -c Release -r linux-x64 -nologo -v quiet -clp:ErrorsOnly >&2
  PAPERSITE_DLL="$REPO/src/PaperSite.Cli/bin/Release/net10.0/linux-x64/publish/papersite.dll"
else
  dotnet build src/PaperSite.Cli -c Release -nologo -v quiet -clp:ErrorsOnly >&2
  PAPERSITE_DLL="$REPO/src/PaperSite.Cli/bin/Release/net10.0/papersite.dll"
fi
dotnet build bench/ArchiveGenerator -c Release -nologo -v quiet -clp:ErrorsOnly >&2
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
# it, Hugo would overwrite it), no PaperSite build cache and no Hugo resource or file cache.
PS_PREPARE="rm -rf $PS_OUT $WORK/papersite/.papersite-cache"
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
# Feeds and the sitemap: .xml (RSS, Atom, the sitemap) and the digest's digest.atom; JSON Feeds are .json.
PS_XML=$(count "$PS_OUT" \( -name '*.xml' -o -name '*.atom' \)); HUGO_XML=$(count "$HUGO_OUT" \( -name '*.xml' -o -name '*.atom' \))
PS_JSON=$(count "$PS_OUT" -name '*.json' -not -path '*/search/index/*'); HUGO_JSON=$(count "$HUGO_OUT" -name '*.json')
# PaperSite's search index (search/index/), which Hugo has no counterpart for.
PS_SEARCH=$( [ -d "$PS_OUT/search/index" ] && count "$PS_OUT/search/index" || echo 0 )
PS_SEARCH_MB=$( [ -d "$PS_OUT/search/index" ] && du -sk --apparent-size "$PS_OUT/search/index" | awk '{ printf "%.1f", $1 / 1024 }' || echo 0 )
# Hugo's page-1 aliases: tags/<slug>/page/1/ redirects to tags/<slug>/ (authors' likewise), a file PaperSite does not write.
HUGO_ALIASES=$(find "$HUGO_OUT" -path '*/page/1/index.html' | wc -l)
PS_MB=$(du -sm "$PS_OUT" | cut -f1); HUGO_MB=$(du -sm "$HUGO_OUT" | cut -f1)
DAYS=$(find "$PS_OUT/days" -mindepth 1 -maxdepth 1 -type d | wc -l)
TAGS=$(find "$PS_OUT/tags" -mindepth 1 -maxdepth 1 -type d | wc -l)
INPUT_MB=$(du -sm "$WORK/papersite/input" | cut -f1)

# Timed in rounds: each round is one hyperfine run of each tool, the order alternating between rounds.
# The machine is shared and its load changes over minutes; all of one tool's runs followed by all of
# the other's would hand one tool a quiet minute and the other a busy one. Paired rounds see the same
# load, and their ratios show how much the load moved. The untimed builds above were the warm-up.
say "Timing: $RUNS rounds of one hyperfine run per tool, order alternating"
PS_ARGS=(--command-name papersite --prepare "$PS_PREPARE" "$PS_CMD")
HUGO_ARGS=(--command-name hugo --prepare "$HUGO_PREPARE" "$HUGO_CMD")
: >"$WORK/rounds.csv"
for round in $(seq 1 "$RUNS"); do
  if [ $((round % 2)) = 1 ]; then order=("${PS_ARGS[@]}" "${HUGO_ARGS[@]}"); else order=("${HUGO_ARGS[@]}" "${PS_ARGS[@]}"); fi
  hyperfine --style basic --runs 1 --export-csv "$WORK/round.csv" "${order[@]}" >&2
  # hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds); keep command,time,cpu.
  awk -F, -v round="$round" 'NR > 1 { print round "," $1 "," $2 "," $5 + $6 }' "$WORK/round.csv" >>"$WORK/rounds.csv"
done

stat() { # stat TOOL -> "mean sd min max cpu" over the rounds
  awk -F, -v name="$1" '$2 == name { n++; t[n] = $3; sum += $3; cpu += $4 }
    END { mean = sum / n; for (i = 1; i <= n; i++) { ss += (t[i] - mean) ^ 2; if (i == 1 || t[i] < lo) lo = t[i]; if (t[i] > hi) hi = t[i] }
          printf "%.2f %.2f %.2f %.2f %.2f", mean, (n > 1 ? sqrt(ss / (n - 1)) : 0), lo, hi, cpu / n }' "$WORK/rounds.csv"
}
read -r PS_MEAN PS_SD PS_MIN PS_MAX PS_CPU <<<"$(stat papersite)"
read -r HUGO_MEAN HUGO_SD HUGO_MIN HUGO_MAX HUGO_CPU <<<"$(stat hugo)"
RATIO=$(awk -v a="$PS_MEAN" -v b="$HUGO_MEAN" 'BEGIN { printf "%.2f", a / b }')
CPU_RATIO=$(awk -v a="$PS_CPU" -v b="$HUGO_CPU" 'BEGIN { printf "%.2f", a / b }')
# The spread of the per-round ratios: how far the shared machine moved the answer.
ROUND_RATIOS=$(awk -F, '{ t[$1 "," $2] = $3; if ($1 > n) n = $1 }
  END { for (r = 1; r <= n; r++) { x = t[r ",papersite"] / t[r ",hugo"]; if (r == 1 || x < lo) lo = x; if (x > hi) hi = x }
        printf "%.2f to %.2f", lo, hi }' "$WORK/rounds.csv")

# Incremental builds, with the build cache: the same command with nothing changed, and after one record's
# abstract changed (a different edit before every run). Ratios are to the full build's mean above.
say "Timing incremental builds: nothing changed, one record changed ($RUNS runs each)"
RECORD="$(find "$WORK/papersite/input/papers" -name '*.yaml' | sort | sed -n 1p)"  # sed reads it all: head would end sort with SIGPIPE under pipefail
$PS_PREPARE
$PS_CMD >/dev/null 2>&1
$PS_CMD >/dev/null 2>&1
hyperfine --style basic --runs "$RUNS" --export-csv "$WORK/nochange.csv" --command-name "no change" "$PS_CMD" >&2
hyperfine --style basic --runs "$RUNS" --export-csv "$WORK/onechange.csv" --command-name "one record changed" \
  --prepare "sed -i '0,/^abstract: /s//abstract: Edited. /' $RECORD" "$PS_CMD" >&2
mean_of() { awk -F, 'NR == 2 { printf "%.2f", $2 }' "$1"; }
cpu_of() { awk -F, 'NR == 2 { printf "%.2f", $5 + $6 }' "$1"; }
NOCHANGE_MEAN=$(mean_of "$WORK/nochange.csv"); ONECHANGE_MEAN=$(mean_of "$WORK/onechange.csv")
NOCHANGE_CPU=$(cpu_of "$WORK/nochange.csv"); ONECHANGE_CPU=$(cpu_of "$WORK/onechange.csv")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
NOCHANGE_RATIO=$(ratio "$NOCHANGE_MEAN" "$PS_MEAN"); ONECHANGE_RATIO=$(ratio "$ONECHANGE_MEAN" "$PS_MEAN")
NOCHANGE_CPU_RATIO=$(ratio "$NOCHANGE_CPU" "$PS_CPU"); ONECHANGE_CPU_RATIO=$(ratio "$ONECHANGE_CPU" "$PS_CPU")

# The preview: one record edited while each tool's server runs, the way a maintainer previews. Each server builds once,
# then the same kind of edit (a word added to one abstract) is made RUNS times; the figure is the rebuild time each tool
# reports for itself ("rebuilt ... in X s" from papersite serve, "Total in N ms" from hugo server with every page
# re-rendered, --disableFastRender, since fast render only renders pages a browser has open).
say "Timing the preview's rebuild after one edit: papersite serve and hugo server ($RUNS edits each)"
wait_for() { # wait_for FILE PATTERN COUNT: until PATTERN occurs COUNT times in FILE (20 minutes at most)
  for _ in $(seq 1 2400); do [ "$(grep -c -- "$2" "$1" || true)" -ge "$3" ] && return 0; sleep 0.5; done
  echo "timed out waiting for '$2' in $1" >&2; tail -20 "$1" >&2; return 1
}
dotnet "$PAPERSITE_DLL" serve --root "$WORK/papersite" --port 18931 >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
wait_for "$WORK/serve.log" "^Built " 1
# The edited paper's page is open, as in a browser: its event stream names the page, so serve renders the edit there
# ahead of the rebuild ("N open pages shown in X ms"); the rebuild's time is the rest of the site's.
SERVE_BASE=$(grep -o 'Serving http://127.0.0.1:18931[^ ]*' "$WORK/serve.log" | sed 's|Serving http://127.0.0.1:18931||')
curl -sN "http://127.0.0.1:18931/__papersite/events?page=${SERVE_BASE}papers/$(basename "$RECORD" .yaml)/" >"$WORK/serve-events.log" &
EVENTS_PID=$!
sleep 1
for i in $(seq 1 "$RUNS"); do
  sed -i "0,/^abstract: /s//abstract: Served $i. /" "$RECORD"
  wait_for "$WORK/serve.log" " changed: rebuilt " "$i"
done
kill "$EVENTS_PID" "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true
SERVE_MEAN=$(grep -o ' changed: rebuilt .* in [0-9.]* s' "$WORK/serve.log" | awk '{ s += $(NF - 1); n++ } END { printf "%.2f", s / n }')
AHEAD_COUNT=$(grep -c 'shown in [0-9]* ms, ahead of the rebuild' "$WORK/serve.log" || true)
AHEAD_MEAN=$(grep -o 'shown in [0-9]* ms' "$WORK/serve.log" | awk '{ s += $3; n++ } END { if (n) printf "%.2f", s / n / 1000; else print "none" }')

HUGO_SERVER_SHOWN="not timed (HUGO_SERVER=0)"; SERVE_RATIO="no ratio"; HUGO_FAST_SHOWN="not timed (HUGO_SERVER=0)"; AHEAD_RATIO="no ratio"
if [ "${HUGO_SERVER:-1}" != 0 ]; then
HUGO_PAGE="$(find "$WORK/hugo/content/papers" -name '*.md' | sort | sed -n 1p)"
hugo server --source "$WORK/hugo" --cacheDir "$WORK/hugo-cache" --bind 127.0.0.1 --port 18932 --disableFastRender --disableLiveReload >"$WORK/hugo-server.log" 2>&1 &
HUGO_SERVER_PID=$!
wait_for "$WORK/hugo-server.log" "Web Server is available" 1
for i in $(seq 1 "$RUNS"); do
  printf ' Served %s.\n' "$i" >>"$HUGO_PAGE"
  wait_for "$WORK/hugo-server.log" "Total in" "$i"
done
kill "$HUGO_SERVER_PID"; wait "$HUGO_SERVER_PID" 2>/dev/null || true
# Hugo says "Total in N ms" after each rebuild (its first build says "Built in").
HUGO_SERVER_MEAN=$(grep -o 'Total in [0-9]* ms' "$WORK/hugo-server.log" | awk '{ s += $3; n++ } END { printf "%.2f", s / n / 1000 }')
SERVE_RATIO="ratio $(ratio "$SERVE_MEAN" "$HUGO_SERVER_MEAN")"
HUGO_SERVER_SHOWN="$HUGO_SERVER_MEAN s"

# Hugo's own answer to the same need, fast render (its default): after a change it renders first the pages a browser
# visited. The edited page is visited before each edit; "Total in N ms" is then that render.
hugo server --source "$WORK/hugo" --cacheDir "$WORK/hugo-cache" --bind 127.0.0.1 --port 18933 --disableLiveReload >"$WORK/hugo-fast.log" 2>&1 &
HUGO_FAST_PID=$!
wait_for "$WORK/hugo-fast.log" "Web Server is available" 1
HUGO_URL=$(grep -o 'http://[^ ]*18933[^ ]*' "$WORK/hugo-fast.log" | head -1)
for i in $(seq 1 "$RUNS"); do
  curl -s "${HUGO_URL%/}/papers/$(basename "$HUGO_PAGE" .md)/" >/dev/null
  printf ' Fast %s.\n' "$i" >>"$HUGO_PAGE"
  wait_for "$WORK/hugo-fast.log" "Total in" "$i"
done
kill "$HUGO_FAST_PID"; wait "$HUGO_FAST_PID" 2>/dev/null || true
HUGO_FAST_MEAN=$(grep -o 'Total in [0-9]* ms' "$WORK/hugo-fast.log" | awk '{ s += $3; n++ } END { printf "%.2f", s / n / 1000 }')
HUGO_FAST_SHOWN="$HUGO_FAST_MEAN s"
[ "$AHEAD_MEAN" != none ] && AHEAD_RATIO="ratio $(ratio "$AHEAD_MEAN" "$HUGO_FAST_MEAN")"
fi

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
| mean wall time, $RUNS runs | **$PS_MEAN s** ± $PS_SD | **$HUGO_MEAN s** ± $HUGO_SD |
| fastest / slowest | $PS_MIN / $PS_MAX s | $HUGO_MIN / $HUGO_MAX s |
| **ratio PaperSite / Hugo** (of the means) | **$RATIO** (rounds: $ROUND_RATIOS) | 1 |
| CPU time (user + system), mean | $PS_CPU s (ratio $CPU_RATIO) | $HUGO_CPU s |
| files written | $(thousands "$PS_FILES") | $(thousands "$HUGO_FILES") |
| of which HTML / XML / JSON | $(thousands "$PS_HTML") / $(thousands "$PS_XML") / $(thousands "$PS_JSON") | $(thousands "$HUGO_HTML") / $(thousands "$HUGO_XML") / $(thousands "$HUGO_JSON") (HTML incl. $(thousands "$HUGO_ALIASES") page-1 redirects) |
| of which the search index | $(thousands "$PS_SEARCH") (${PS_SEARCH_MB} MB) | none: Hugo has no counterpart |
| output size | ${PS_MB} MB | ${HUGO_MB} MB |
| peak memory (max RSS) | ${PS_RSS_MIB} MiB | ${HUGO_RSS_MIB} MiB |

| PaperSite, with the build cache | wall time, mean of $RUNS | of the full build | CPU time | of the full build's |
| --- | --- | --- | --- | --- |
| nothing changed | $NOCHANGE_MEAN s | **$NOCHANGE_RATIO** | $NOCHANGE_CPU s | $NOCHANGE_CPU_RATIO |
| one record changed | $ONECHANGE_MEAN s | **$ONECHANGE_RATIO** | $ONECHANGE_CPU s | $ONECHANGE_CPU_RATIO |

| Preview, one record edited (rebuild time each server reports, mean of $RUNS) | PaperSite (\`papersite serve\`) | Hugo (\`hugo server --disableFastRender\`) |
| --- | --- | --- |
| rebuild after the edit | **$SERVE_MEAN s** ($SERVE_RATIO) | $HUGO_SERVER_SHOWN |
| the open page shown ($AHEAD_COUNT of $RUNS edits rendered ahead; Hugo: fast render, its default) | **$AHEAD_MEAN s** ($AHEAD_RATIO) | $HUGO_FAST_SHOWN |

- Machine: $(nproc) cores ($CPU), ${MEMORY_GIB} GiB, shared with other work; archive and outputs on $FILESYSTEM ($BENCH_DIR).
- Versions: PaperSite $PS_VERSION on .NET SDK $DOTNET_VERSION; Hugo $HUGO_VERSION; hyperfine $HYPERFINE_VERSION.
- Method: \`bench/run.sh $N\`. One untimed build each (warm-up, peak memory, file counts), then $RUNS rounds of
  \`hyperfine --runs 1\` over both tools, order alternating, deleting the output (and PaperSite's build cache, Hugo's resources/ and cache) before every run.
  Incremental: $RUNS runs of the same command after a warm-up, with nothing changed, then each after one record's abstract was edited.
  Preview: each server builds once, then one abstract is edited $RUNS times; the edited paper's page is open (for \`papersite serve\`
  an event stream naming it, as the page's script opens; for \`hugo server\` the page requested before each edit), and each tool's
  own report is taken: "shown in N ms, ahead of the rebuild" and "rebuilt ... in X s", "Total in N ms".
EOF

say "Results (also in ${RESULTS#"$REPO"/})"
cat "$RESULTS"
