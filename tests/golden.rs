//! Outputs do not change by accident: every command in every format, on the shipped sample, on the
//! simulator's traffic and on every public corpus sample, gives the bytes it gave when
//! `tests/golden/digests.txt` was written (a digest per run). A deliberate change of output rewrites
//! it with `UPDATE_GOLDEN=1 cargo test golden`, and the diff of that file shows which runs changed.

use crate::common::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// FNV-1a, 64 bits: stable across Rust versions and platforms.
fn digest(b: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x} {}", b.len())
}

/// Every command and format whose output is compared.
const RUNS: &[&[&str]] = &[
    &["messages", "-f", "ndjson"],
    &["messages", "-f", "json"],
    &["messages", "-f", "csv"],
    &["messages", "-f", "table"],
    &["connections", "-f", "ndjson"],
    &["connections", "-f", "csv"],
    &["connections", "-f", "table"],
    &["summary", "-f", "json", "--bucket", "hour"],
    &["summary", "-f", "csv"],
    &["summary", "-f", "table", "--bucket", "hour"],
    &["peers", "-f", "json"],
    &["peers", "-f", "table", "--group", "host"],
    &["peers", "-f", "csv", "--table", "outbound_peers"],
    &["failures", "-f", "json"],
    &["failures", "-f", "table"],
    &["ciphers", "-f", "json"],
    &["ciphers", "-f", "table"],
    &["check", "-f", "json", "--require-tls", "gmail.example,strict-gov.example", "--min-protocol", "TLSv1.2"],
    &["check", "-f", "table", "--require-tls", "gmail.example,strict-gov.example"],
    &["impact", "-f", "json", "--require-tls", "plainmail.example", "--min-protocol", "TLSv1.2"],
];

fn run_all(name: &str, input: &Path, extra: &[&str], out: &mut BTreeMap<String, String>) {
    for args in RUNS {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"))
            .args(*args)
            .args(extra)
            .args(["-j", "2"])
            .arg(input)
            .env("ESA_TLS_COLUMNS", "120")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        let mut bytes = o.stdout;
        bytes.extend_from_slice(format!("exit {:?}", o.status.code()).as_bytes());
        out.insert(format!("{name} | {}", args.join(" ")), digest(&bytes));
    }
}

fn golden_file() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/digests.txt")
}

fn compare(got: &BTreeMap<String, String>, prefix: &str) {
    let text = std::fs::read_to_string(golden_file()).unwrap_or_default();
    let want: BTreeMap<String, String> = text
        .lines()
        .filter_map(|l| l.rsplit_once(" = "))
        .filter(|(k, _)| k.starts_with(prefix))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    if std::env::var("UPDATE_GOLDEN").is_ok() {
        let mut all: BTreeMap<String, String> = text
            .lines()
            .filter_map(|l| l.rsplit_once(" = "))
            .filter(|(k, _)| !k.starts_with(prefix))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        all.extend(got.iter().map(|(k, v)| (k.clone(), v.clone())));
        let body: String = all.iter().map(|(k, v)| format!("{k} = {v}\n")).collect();
        std::fs::write(golden_file(), body).unwrap();
        return;
    }
    let changed: Vec<&String> = got.keys().filter(|k| want.get(*k) != got.get(*k)).collect();
    let missing: Vec<&String> = want.keys().filter(|k| !got.contains_key(*k)).collect();
    assert!(
        changed.is_empty() && missing.is_empty(),
        "outputs changed (UPDATE_GOLDEN=1 cargo test golden rewrites the digests if that is meant):\n{changed:#?}\nno longer run: {missing:#?}"
    );
}

#[test]
fn golden_sample_and_simulated_traffic() {
    let d = tempfile::tempdir().unwrap();
    let mut got = BTreeMap::new();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    run_all("sample", &root.join("samples/mail_logs.@20240310T080000.s"), &[], &mut got);
    for (seed, appliances) in [(3u64, 1u32), (5, 2)] {
        let cfg = esa_tls_sim::Config { seed, messages: 400, appliances, syslog: appliances > 1, ..Default::default() };
        let mut log = Vec::new();
        esa_tls_sim::generate(&cfg, &mut log, false).unwrap();
        let p = d.path().join(format!("sim{seed}.log"));
        std::fs::write(&p, log).unwrap();
        // syslog lines carry no year: fixed, so the digests do not depend on today's date
        run_all(&format!("sim seed {seed}"), &p, &["--year", "2024"], &mut got);
    }
    compare(&got, "s");
}

#[test]
fn golden_corpus() {
    let Some(shared) = shared() else { return };
    let mut got = BTreeMap::new();
    let mut dirs = vec![shared.join("corpus")];
    let mut files = Vec::new();
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.file_name().is_some_and(|n| n != "PROVENANCE.txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    for f in files {
        let rel = f.strip_prefix(&shared).unwrap().display().to_string();
        run_all(&format!("corpus {rel}"), &f, &["--year", "2020", "--utc-offset", "0"], &mut got);
    }
    compare(&got, "corpus ");
}
