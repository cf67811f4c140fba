#!/usr/bin/env bash
# Search benchmark: PaperSite's search index against Pagefind 1.6.0 over the same paper pages of the same
# generated archive, both in this one run on this machine. Prints, side by side: index size and files, time and
# peak memory to build the index, bytes a first search fetches for the same 20 queries, and how many of
# Pagefind's top 10 PaperSite also returns.
#
#   bench/search.sh [N]          N papers, default 2000
#
# Environment: SEED (default 1), PAGEFIND_DIR (where npm installs pagefind@1.6.0, default /tmp/pagefind; never the
# repository), BENCH_RESULTS (the Markdown table, default bench/results/search-N.md), KEEP=1 keeps the folder.
set -euo pipefail

N="${1:-2000}"
SEED="${SEED:-1}"
cd "$(dirname "$0")/.."
REPO="$(pwd)"
PAGEFIND_DIR="${PAGEFIND_DIR:-/tmp/pagefind}"
RESULTS="${BENCH_RESULTS:-$REPO/bench/results/search-$N.md}"
say() { printf '== %s\n' "$*" >&2; }

[ -x /usr/bin/time ] || { say "needs GNU time (apt-get install time)"; exit 1; }
command -v node >/dev/null || { say "needs Node.js"; exit 1; }
if [ ! -x "$PAGEFIND_DIR/node_modules/.bin/pagefind" ]; then
  say "Installing pagefind@1.6.0 into $PAGEFIND_DIR"
  mkdir -p "$PAGEFIND_DIR"
  (cd "$PAGEFIND_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } && npm i -E pagefind@1.6.0 --no-audit --no-fund --loglevel=error >&2)
fi
PAGEFIND="$PAGEFIND_DIR/node_modules/.bin/pagefind"

say "Building PaperSite and the archive generator (Release)"
dotnet build src/PaperSite.Cli -c Release -nologo -v quiet -clp:ErrorsOnly >&2
dotnet build bench/ArchiveGenerator -c Release -nologo -v quiet -clp:ErrorsOnly >&2
PAPERSITE_DLL="$REPO/src/PaperSite.Cli/bin/Release/net10.0/papersite.dll"
GENERATOR_DLL="$REPO/bench/ArchiveGenerator/bin/Release/net10.0/ArchiveGenerator.dll"

# tmpfs when it has room, as bench/run.sh does: file creation on this kind of virtual disk is mostly noise.
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}}"
if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -gt $(( N * 150 )) ]; then BENCH_DIR=/dev/shm; fi
WORK="$(mktemp -d "$BENCH_DIR/papersite-search.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then say "Keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

say "Generating $N papers (seed $SEED)"
dotnet "$GENERATOR_DLL" --papers "$N" --seed "$SEED" --papersite "$WORK/site" >&2

peak_mib() { awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$1"; }
wall_s() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$1"; }

say "Building the site with PaperSite (its search index is a stage of the build)"
/usr/bin/time -v -o "$WORK/papersite.time" dotnet "$PAPERSITE_DLL" build --root "$WORK/site" --output "$WORK/out" --verbose >"$WORK/papersite.log" 2>&1 \
  || { cat "$WORK/papersite.log" >&2; exit 1; }
# The stage's line in milliseconds ("  search index   27 ms"); the progress display prints seconds too.
# ("  search index   27 ms   812 MiB peak": the process's peak once the stage ended.)
stage_ms() { awk -v s="$1" '$0 ~ "^  "s" +[0-9]+ ms " { sub(/ ms .*/, ""); print $NF; exit }' "$WORK/papersite.log"; }
stage_peak_mib() { awk -v s="$1" '$0 ~ "^  "s" +[0-9]+ ms " { sub(/ MiB peak.*/, ""); print $NF; exit }' "$WORK/papersite.log"; }
PS_INDEX_MS=$(( $(stage_ms "search index") + $(stage_ms "write site files") ))
PS_BUILD_S=$(wall_s "$WORK/papersite.time"); PS_RSS=$(peak_mib "$WORK/papersite.time")
PS_INDEX_PEAK_ADDED=$(( $(stage_peak_mib "write site files") - $(stage_peak_mib "plan site files") ))

say "Indexing the same paper pages with Pagefind 1.6.0"
/usr/bin/time -v -o "$WORK/pagefind.time" "$PAGEFIND" --site "$WORK/out" --glob "papers/**/*.html" --root-selector main --output-path "$WORK/pagefind" --quiet >"$WORK/pagefind.log" 2>&1 \
  || { cat "$WORK/pagefind.log" >&2; exit 1; }
PF_S=$(wall_s "$WORK/pagefind.time"); PF_RSS=$(peak_mib "$WORK/pagefind.time")

size_kib() { du -s --apparent-size -k "$1" | cut -f1; }
files() { find "$1" -type f | wc -l; }
PS_KIB=$(size_kib "$WORK/out/search/index"); PS_FILES=$(files "$WORK/out/search/index")
PF_KIB=$(size_kib "$WORK/pagefind"); PF_FILES=$(files "$WORK/pagefind")

# The same 20 queries for both: title words, abstract words, surnames, organisations, tags, a word in most papers,
# words that are in no paper, and multi-word queries.
QUERIES=(
  "attention" "Banerjee tokenizer" "hallucination calibration routing" "model" "learning" "the"
  "diffusion" "retrieval augmented generation" "Chen" "Novak" "Stanford" "reinforcement learning"
  "watermarking" "protein molecules" "zero-shot" "long context memory" "multilingual benchmarks"
  "Gupta federated" "ImageNet accuracy" "quantized experts"
)
say "Running the ${#QUERIES[@]} queries through both clients under Node"
node tests/PaperSite.Tests/Search/search-node.mjs query "$WORK/out" --limit 10 "${QUERIES[@]}" >"$WORK/papersite.jsonl"
node bench/pagefind-node.mjs "$WORK/pagefind" "${QUERIES[@]}" >"$WORK/pagefind.jsonl"
PF_SCRIPT=$(wc -c <"$WORK/pagefind/pagefind.js")

mkdir -p "$(dirname "$RESULTS")"
node bench/search-compare.mjs "$WORK/papersite.jsonl" "$WORK/pagefind.jsonl" "$PF_SCRIPT" \
  "$N" "$PS_KIB" "$PS_FILES" "$PS_INDEX_MS" "$PS_BUILD_S" "$PS_RSS" "$PF_KIB" "$PF_FILES" "$PF_S" "$PF_RSS" \
  "$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(df -PT "$WORK" | awk 'NR == 2 { print $2 }')" "$PS_INDEX_PEAK_ADDED" \
  | tee "$RESULTS"
say "Written to $RESULTS"
