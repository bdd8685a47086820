//! Helpers shared by the integration tests.
#![allow(dead_code)]

use esa_tls::model::{Connection, Direction, Message};
use esa_tls::pipeline::{Collect, Options, Pipeline, RunReport};
use std::path::PathBuf;

/// Options with a fixed "today", so year inference does not depend on the clock.
pub fn opts() -> Options {
    Options { today: (2024, 6), ..Options::default() }
}

/// Runs the pipeline over in-memory text.
pub fn run_text(text: &str) -> (Collect, RunReport) {
    run_with(text.as_bytes(), opts())
}

pub fn run_with(data: &[u8], o: Options) -> (Collect, RunReport) {
    let mut p = Pipeline::new(o);
    let mut c = Collect::default();
    p.run_bytes("input", data, &mut c);
    let r = p.finish(&mut c);
    (c, r)
}

pub fn message(c: &Collect, mid: u64) -> &Message {
    let found: Vec<_> = c.messages.iter().filter(|m| m.mid == mid).collect();
    assert_eq!(found.len(), 1, "expected one record for MID {mid}, got {}", found.len());
    found[0]
}

pub fn connection(c: &Collect, dir: Direction, id: u64) -> &Connection {
    let found: Vec<_> = c.connections.iter().filter(|x| x.direction == dir && x.id == id).collect();
    assert_eq!(found.len(), 1, "expected one record for {dir:?} {id}, got {}", found.len());
    found[0]
}

/// `../shared` beside the repository, when this machine has it. Absent, the calling test is skipped
/// with a line on the real stderr (shown by `cargo test` without `--nocapture`); under `CI=true`,
/// where it is always present, its absence fails the test.
pub fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("shared");
    if p.is_dir() {
        return Some(p);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("../shared is missing, and under CI=true it must be present");
    }
    let name = std::thread::current().name().unwrap_or("a test").to_string();
    // not eprintln!: the test harness captures that, and a skip must be seen
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIP {name}: ../shared is not present on this machine");
    None
}

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures").join(name)
}
