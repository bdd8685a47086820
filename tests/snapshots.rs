//! Report tables on small hand-made logs, compared with reviewed snapshots in `tests/snapshots/`.
//! `UPDATE_SNAPSHOTS=1 cargo test` rewrites them (review the diff before committing).

use crate::common::*;
use assert_cmd::Command;
use std::path::PathBuf;

fn snapshot(name: &str, args: &[&str], log: &str) -> i32 {
    let out =
        Command::cargo_bin("esa-tls").unwrap().env("COLUMNS", "200").args(args).arg(fixture(log)).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &text).unwrap();
    } else {
        let want = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing snapshot {}", path.display()));
        assert_eq!(text, want, "snapshot {name} differs (UPDATE_SNAPSHOTS=1 to rewrite)");
    }
    out.status.code().unwrap()
}

#[test]
fn partner_log_reports() {
    let log = "partners.log";
    assert_eq!(snapshot("partners_summary", &["summary", "-f", "table", "--bucket", "hour"], log), 0);
    assert_eq!(snapshot("partners_peers_domain", &["peers", "-f", "table"], log), 0);
    assert_eq!(snapshot("partners_peers_host", &["peers", "-f", "table", "--group", "host"], log), 0);
    assert_eq!(snapshot("partners_failures", &["failures", "-f", "table"], log), 0);
    assert_eq!(snapshot("partners_ciphers", &["ciphers", "-f", "table"], log), 0);
    assert_eq!(
        snapshot(
            "partners_check",
            &["check", "-f", "table", "--require-tls", "legacy.example", "--min-protocol", "TLSv1.2"],
            log
        ),
        1
    );
    assert_eq!(snapshot("partners_check_ok", &["check", "-f", "table", "--require-tls", "bank.example"], log), 0);
    assert_eq!(
        snapshot(
            "partners_impact",
            &["impact", "-f", "table", "--require-tls", "legacy.example", "--min-protocol", "TLSv1.2"],
            log
        ),
        0
    );
    assert_eq!(snapshot("partners_peers_json", &["peers", "-f", "json", "--direction", "outbound"], log), 0);
}

#[test]
fn seed_reports() {
    let log = "seed_118500_examples.log";
    assert_eq!(snapshot("seed_summary", &["summary", "-f", "table"], log), 0);
    assert_eq!(snapshot("seed_failures", &["failures", "-f", "table"], log), 0);
    assert_eq!(snapshot("seed_connections", &["connections", "-f", "table"], log), 0);
    assert_eq!(snapshot("seed_messages", &["messages", "-f", "table"], log), 0);
}

#[test]
fn peer_series() {
    assert_eq!(
        snapshot("partners_peers_series", &["peers", "-f", "table", "--bucket", "hour", "--top", "1"], "partners.log"),
        0
    );
}
