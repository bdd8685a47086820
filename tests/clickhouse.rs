//! The ClickHouse store, against a real server (Debian's clickhouse-server, started on loopback with
//! its own data folder): the same answers as the logs, incremental ingest, and a server that goes away
//! mid-ingest leaving nothing half-written.

use super::common::ClickHouseServer;
use super::store::{assert_same, esa, ok, run, s, sim, two_blocks};
use std::process::Stdio;

#[test]
fn clickhouse_answers_as_the_logs_do() {
    let Some(ch) = ClickHouseServer::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("maillog");
    std::fs::write(&log, two_blocks()).unwrap();
    let url = ch.url("esa_fleet");
    let out = ok(&["ingest", "--store", &url, s(&log), "--year", "2024"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("database esa_fleet"));
    let logs = [s(&log), "--year", "2024"];
    for cmd in [
        &["messages", "-f", "ndjson"][..],
        &["connections", "-f", "csv"],
        &["summary", "-f", "json", "--bucket", "hour"],
        &["summary", "-f", "json", "--bucket", "day", "--since", "2024-03-10T08:05", "--until", "2024-03-10T11:40:30"],
        &["peers", "-f", "json"],
        &["peers", "-f", "csv", "--group", "host", "--bucket", "hour"],
        &["peers", "-f", "json", "--bucket", "day", "--since", "2024-03-10T08:05", "--until", "2024-03-10T11:40:30"],
        &["failures", "-f", "json"],
        &["ciphers", "-f", "json"],
        &["check", "-f", "json", "--require-tls", "partner-bank.example", "--min-protocol", "1.2"],
        &["impact", "-f", "json", "--require-tls", "gmail.example"],
        &["messages", "-f", "ndjson", "--mid", "500010"],
        &["messages", "-f", "ndjson", "--to", "partner-bank.example"],
        &["connections", "-f", "ndjson", "--peer", "198.51.100.50"],
        // a bound with a zone: an instant, answered from the records, not the hourly figures
        &["summary", "-f", "json", "--since", "2024-03-10T09:05+01:00"],
        &["messages", "-f", "ndjson", "--to", "*@partner-bank.example"],
    ] {
        assert_same(cmd, &logs, &url);
    }
    // again: nothing new, the same answers
    let out = ok(&["ingest", "--store", &url, s(&log), "--year", "2024"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("ingested 0 bytes"));
    assert_same(&["messages", "-f", "ndjson"], &logs, &url);
    // prune: the 2024 traffic is older than a day
    let out = ok(&["prune", "--store", &url, "--older-than", "1d"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("pruned"));
    let left = ok(&["messages", "-f", "ndjson", "--store", &url]).stdout;
    assert!(String::from_utf8_lossy(&left).lines().count() <= 5, "only what was still open is left");
}

#[test]
fn a_log_ingested_in_pieces_into_clickhouse_gives_the_whole() {
    let Some(ch) = ClickHouseServer::start() else { return };
    let text = sim(8, 150, 1, false);
    let lines: Vec<&[u8]> = text.split_inclusive(|&c| c == b'\n').collect();
    let dir = tempfile::tempdir().unwrap();
    let whole = dir.path().join("whole.log");
    std::fs::write(&whole, &text).unwrap();
    for (i, cut) in [lines.len() / 3, lines.len() / 2 + 7].into_iter().enumerate() {
        let url = ch.url(&format!("pieces{i}"));
        let log = dir.path().join(format!("mail{i}.current"));
        std::fs::write(&log, lines[..cut].concat()).unwrap();
        ok(&["ingest", "--store", &url, s(&log)]);
        assert_same(&["messages", "-f", "ndjson"], &[s(&log)], &url);
        std::fs::write(&log, &text).unwrap();
        ok(&["ingest", "--store", &url, s(&log)]);
        assert_same(&["messages", "-f", "ndjson"], &[s(&whole)], &url);
        assert_same(&["connections", "-f", "ndjson"], &[s(&whole)], &url);
        assert_same(&["summary", "-f", "json", "--bucket", "hour"], &[s(&whole)], &url);
        assert_same(&["peers", "-f", "json"], &[s(&whole)], &url);
    }
}

#[test]
fn a_clickhouse_that_goes_away_leaves_nothing_half_written() {
    let Some(mut ch) = ClickHouseServer::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("mail.log");
    std::fs::write(&log, sim(12, 3000, 1, false)).unwrap();
    let url = ch.url("esa_gone");
    // the server is down: a clear error, exit 2
    ch.stop();
    let o = run(&["ingest", "--store", &url, s(&log)]);
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("connection refused"), "{e}");
    let o = run(&["summary", "--store", &url]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "no figures from a store that could not be read");
    ch.restart();
    // ingests killed while writing: their rows are never read
    for wait_ms in [100, 300] {
        let mut child = esa().args(["ingest", "--store", &url, s(&log)]).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(wait_ms));
        let _ = child.kill();
        let _ = child.wait();
    }
    // and the server going away under a running ingest
    let child = esa().args(["ingest", "--store", &url, s(&log)]).stderr(Stdio::piped()).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    ch.stop();
    let out = child.wait_with_output().unwrap();
    ch.restart();
    if !out.status.success() {
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was written"));
    }
    ok(&["ingest", "--store", &url, s(&log)]);
    assert_same(&["messages", "-f", "ndjson"], &[s(&log)], &url);
    assert_same(&["connections", "-f", "ndjson"], &[s(&log)], &url);
    assert_same(&["summary", "-f", "json"], &[s(&log)], &url);
}
