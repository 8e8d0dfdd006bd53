#!/bin/bash
# npm run bench:instructions [-- STAGE [TOP]]: the instructions a post of the warm analysis, by
# callgrind (valgrind's instruction counter: the same count on a busy machine as on an idle one,
# where the wall clock of npm run bench:score swings by several per cent from run to run).
# Prints the JIT code and builtins a post (the analysis's own work), apart from the compiler, the
# garbage collector and the rest of the runtime, whose share moves with when they happen to run;
# with TOP, the TOP costliest functions. STAGE: tokens, clues, readPost, analyze0, analyze
# (default; see bench/lib/analysis-passes.ts). Needs valgrind (apt-get install -y valgrind) and
# ../shared/data; takes 2–4 minutes.
set -euo pipefail
stage="${1:-analyze}"
top="${2:-0}"
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed: apt-get install -y valgrind" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# --single-threaded: V8's compiler and collector run on this thread too, where callgrind counts
# them apart from the analysis; --perf-basic-prof writes the JIT code's names for the report.
valgrind --tool=callgrind --callgrind-out-file="$work/out" --trace-children=no --instr-atstart=no \
  node --single-threaded --expose-gc --perf-basic-prof --import tsx bench/lib/analysis-passes.ts "$stage" \
  >"$work/stdout" 2>"$work/stderr" &
pid=$!
wait "$pid" || { cat "$work/stderr" >&2; exit 1; }
posts="$(sed -n 's/^posts //p' "$work/stdout")"
callgrind_annotate --threshold=100 "$work/out" >"$work/annotated" 2>/dev/null
node --import tsx bench/lib/callgrind-summary.ts "$work/annotated" "/tmp/perf-$pid.map" "$posts" "$stage" "$top"
rm -f "/tmp/perf-$pid.map"
