#!/usr/bin/env bash
# Measures the figures in docs/performance.md: each target command on a generated corpus,
# next to `cat` reading the same files (the floor), with hyperfine for time and GNU time
# for peak memory. Needs hyperfine and /usr/bin/time (Debian: hyperfine, time).
# Usage: bash docs/perf-figures.sh [WORKDIR]   (default: a new temporary directory)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
cargo build --release --quiet --bin runsheet --example gen-corpus
bin=target/release/runsheet
gen=target/release/examples/gen-corpus
rm -rf "$work/c10k" "$work/s10k" "$work/s1k" "$work/out"
$gen 10000 "$work/c10k"
$gen 10000 "$work/s10k" --scheduled
$gen 1000 "$work/s1k" --scheduled
mkdir -p "$work/out"
export SOURCE_DATE_EPOCH=1700000000 NO_COLOR=1
echo "machine: $(nproc) cores; $(uname -sr); $(rustc --version)"
echo "corpus: $(find "$work/c10k" -type f | wc -l) files, $(du -sb "$work/c10k" | cut -f1) bytes"
# `check` and `ics` exit 1 on the planted faults and on proposals without a slot.
hyperfine --warmup 2 --runs 10 -N -i --style basic --export-markdown "$work/times.md" \
  "find $work/c10k -type f -exec cat {} +" \
  "$bin check $work/c10k" \
  "$bin check --format json $work/c10k" \
  "find $work/s10k -type f -exec cat {} +" \
  "$bin ics $work/s10k -o $work/out/all.ics" \
  "$bin check seeds/igf2021-ws119.txt" \
  "$bin sheet --format html $work/s1k --out-dir $work/out/sheets"
cat "$work/times.md"
for cmd in "$bin check $work/c10k" "$bin ics $work/s10k -o $work/out/all.ics" "$bin check seeds/igf2021-ws119.txt"; do
  /usr/bin/time -f "peak memory %M KB: $cmd" $cmd >/dev/null 2>"$work/time.err" || true
  tail -1 "$work/time.err"
done
