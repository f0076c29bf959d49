//! Writes a corpus of realistic, generated session proposals for benchmarks and load tests.
//!
//! Run: `cargo run --release --example gen-corpus -- N DIR [--seed S] [--scheduled]`. The
//! same N and seed always write the same bytes; files go to `DIR/000/proposal-000000.txt`
//! and so on. About a quarter of the proposals have no slot, as on real pages, unless
//! `--scheduled` gives every one a slot (for calendars).

mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen-corpus N DIR [--seed S] [--scheduled]";
    let scheduled = args.iter().any(|a| a == "--scheduled");
    args.retain(|a| a != "--scheduled");
    let (count, dir, seed) = match args.as_slice() {
        [n, dir] => (n.parse::<usize>().ok(), dir, Some(119)),
        [n, dir, flag, s] if flag == "--seed" => (n.parse().ok(), dir, s.parse().ok()),
        _ => (None, &String::new(), None),
    };
    let (Some(count), Some(seed)) = (count, seed) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    for (name, text) in corpus::generate(count, seed, scheduled) {
        let path = dir.join(name);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, text));
        if let Err(e) = written {
            eprintln!("gen-corpus: writing {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!("wrote {count} proposals to {} (seed {seed})", dir.display());
    ExitCode::SUCCESS
}
