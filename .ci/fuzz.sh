#!/usr/bin/env bash
# Coverage-guided fuzzing of every parser (see fuzz/README.md): builds the targets once,
# re-runs the crash inputs kept in tests/data/fuzz/, seeds the corpus from the test data,
# then fuzzes each target for RUNSHEET_FUZZ_SECONDS (default 60). Fails on any crash,
# timeout (an input taking over 10 s) or out-of-memory, printing the input that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${RUNSHEET_FUZZ_SECONDS:-60}
cargo_fuzz_version=0.13.2
targets=(proposal agenda schedule_json schedule_xml schedule_csv schedule_toml notation)
limits=(-timeout=10 -rss_limit_mb=2048)
start=$SECONDS

if ! cargo fuzz --version 2>/dev/null | grep -qF "$cargo_fuzz_version"; then
    cargo install cargo-fuzz --version "$cargo_fuzz_version" --locked
fi
# cargo fuzz needs a nightly compiler; without one, stable is told to accept nightly flags.
if rustup run nightly rustc --version >/dev/null 2>&1; then
    fuzz=(cargo +nightly fuzz)
    host=$(rustup run nightly rustc -vV | sed -n 's/^host: //p')
else
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
    host=$(rustc -vV | sed -n 's/^host: //p')
fi
echo "fuzz: ${fuzz[*]}, ${seconds}s per target"

# The committed lock file must be up to date, as `cargo test --locked` requires of the root.
cargo metadata --locked --format-version 1 --manifest-path fuzz/Cargo.toml >/dev/null
# Release with debug assertions (cargo fuzz's default). No sanitizer: runsheet and its
# pipelines are safe Rust, and ASan would halve the executions for nothing.
"${fuzz[@]}" build --sanitizer none
bin=fuzz/target/$host/release

mkdir -p fuzz/artifacts
failed=()
for t in "${targets[@]}"; do
    kept=(tests/data/fuzz/"$t"/*)
    [ -e "${kept[0]}" ] || continue
    if ! "$bin/$t" "${limits[@]}" "${kept[@]}" >"fuzz/artifacts/$t-regressions.log" 2>&1; then
        tail -n 30 "fuzz/artifacts/$t-regressions.log"
        failed+=("$t: a kept input in tests/data/fuzz/$t/ fails again")
    fi
done

bash fuzz/seed-corpus.sh
for t in "${targets[@]}"; do
    dict=fuzz/artifacts/$t.dict
    case $t in
        proposal) cat fuzz/dict/proposal.dict fuzz/dict/notation.dict fuzz/dict/agenda.dict >"$dict" ;;
        *) cat "fuzz/dict/$t.dict" >"$dict" ;;
    esac
    mkdir -p "fuzz/artifacts/$t"
    log=fuzz/artifacts/$t.log
    if "$bin/$t" "${limits[@]}" -max_total_time="$seconds" -dict="$dict" -print_final_stats=1 \
        -artifact_prefix="fuzz/artifacts/$t/" "fuzz/corpus/$t" >"$log" 2>&1; then
        echo "fuzz: $t: $(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1)"
    else
        tail -n 40 "$log"
        input=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        echo "fuzz: $t FAILED; input: ${input:-see $log}"
        failed+=("$t: ${input:-see $log}")
    fi
done

echo "fuzz: done in $((SECONDS - start))s"
if [ ${#failed[@]} -gt 0 ]; then
    printf 'fuzz: FAILED %s\n' "${failed[@]}"
    echo "fuzz: reproduce with: ${fuzz[*]} run -s none <target> <input>; see fuzz/README.md"
    exit 1
fi
