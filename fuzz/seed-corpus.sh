#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from the repository's own data (seeds/, tests/data/), so the
# corpus stays in step with it, plus the crash inputs kept in tests/data/fuzz/<target>/.
# Files are named by content hash, so running it again adds only what is new.
# With a built `runsheet` binary (target/{debug,release}/runsheet, or $RUNSHEET_BIN), the
# JSON schedules are also exported as frab XML to seed the XML target.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=fuzz/corpus
# Seeds larger than this only slow every mutation down.
max_bytes=65536

add() { # add TARGET FILE...
    local target=$1 f
    shift
    mkdir -p "$corpus/$target"
    for f in "$@"; do
        [ -f "$f" ] && [ "$(wc -c <"$f")" -le "$max_bytes" ] || continue
        cp "$f" "$corpus/$target/$(sha1sum "$f" | cut -c1-16)"
    done
}

shopt -s nullglob globstar
d=tests/data
add proposal seeds/*.txt $d/proposals/*.txt $d/check/*.txt $d/check/*.toml $d/sheet/*.txt \
    $d/agendas/*.toml $d/ics/*.toml
add agenda $d/agendas/*.toml $d/ics/*.toml $d/check/*.toml
add schedule_json $d/schedules/**/*.json
add schedule_xml $d/schedules/**/*.xml
add schedule_csv $d/schedules/**/*.csv
add schedule_toml $d/schedules/**/*.toml

# The time notations: each line of the proposals that holds a digit, one input per line.
mkdir -p "$corpus/notation"
cat seeds/*.txt $d/proposals/*.txt $d/check/*.txt | tr -d '\r' | grep -a '[0-9]' | sort -u |
    while IFS= read -r line; do
        printf '%s' "$line" >"$corpus/notation/$(printf '%s' "$line" | sha1sum | cut -c1-16)"
    done

bin=${RUNSHEET_BIN:-}
for b in target/release/runsheet target/debug/runsheet; do
    [ -z "$bin" ] && [ -x "$b" ] && bin=$b
done
if [ -n "$bin" ]; then
    tmp=$(mktemp -d)
    for f in $d/schedules/**/*.json; do
        "$bin" export --format frab-xml -o "$tmp/out.xml" "$f" 2>/dev/null && add schedule_xml "$tmp/out.xml" || true
    done
    rm -rf "$tmp"
fi

# Crash inputs found before: every target starts from them again.
for dir in $d/fuzz/*/; do
    add "$(basename "$dir")" "$dir"*
done
for t in "$corpus"/*/; do
    echo "seed-corpus: $(basename "$t"): $(find "$t" -type f | wc -l) inputs"
done
