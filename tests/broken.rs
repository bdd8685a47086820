//! Hostile and broken input: each case has a clear expectation, never a panic or a hang, and the
//! other inputs are still processed.

use crate::common::*;
use assert_cmd::Command;
use esa_tls::correlate::Limits;
use esa_tls::model::{Direction, TlsOutcome};
use esa_tls::pipeline::Options;
use flate2::write::GzEncoder;
use std::io::Write;
use std::path::Path;

const GOOD: &str = "Mon Mar  4 10:00:00 2024 Info: New SMTP ICID 1 interface D (10.0.0.1) address 192.0.2.1 reverse dns host unknown verified no
Mon Mar  4 10:00:00 2024 Info: ICID 1 TLS success protocol TLSv1.2 cipher AES256-SHA
Mon Mar  4 10:00:01 2024 Info: Start MID 1 ICID 1
Mon Mar  4 10:00:01 2024 Info: MID 1 ICID 1 From: <a@b.example>
Mon Mar  4 10:00:02 2024 Info: ICID 1 close
";

fn esa() -> Command {
    Command::cargo_bin("esa-tls").unwrap()
}

/// Runs `connections -f ndjson --stats` on the paths; (exit code, stdout lines, stderr).
fn run(paths: &[&Path]) -> (i32, Vec<serde_json::Value>, String) {
    let out = esa().args(["connections", "-f", "ndjson", "--stats"]).args(paths).output().unwrap();
    let recs = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (out.status.code().unwrap(), recs, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn good_file(dir: &Path) -> std::path::PathBuf {
    let p = dir.join("good.log");
    std::fs::write(&p, GOOD).unwrap();
    p
}

#[test]
fn empty_file() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("empty.log");
    std::fs::write(&p, "").unwrap();
    let (code, recs, err) = run(&[&p]);
    assert_eq!(code, 0);
    assert!(recs.is_empty());
    assert!(err.contains("empty.log: 0 lines: 0 used, 0 ignored, 0 not understood"), "{err}");
}

#[test]
fn binary_garbage_is_counted_not_understood() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("garbage.bin");
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    std::fs::write(&p, &bytes).unwrap();
    let good = good_file(d.path());
    let (code, recs, err) = run(&[&p, &good]);
    assert_eq!(code, 0, "garbage is not an I/O error: {err}");
    assert_eq!(recs.len(), 1, "the good file after it is still read");
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    assert!(err.contains(&format!("garbage.bin: {lines} lines")), "{err}");
}

#[test]
fn nul_bytes_crlf_and_no_final_newline() {
    let with_nul = GOOD.replace("ICID 1 close", "ICID 1 close\0\0");
    let crlf = GOOD.replace('\n', "\r\n");
    let no_newline = GOOD.trim_end();
    let (a, _) = run_text(GOOD);
    for variant in [with_nul.as_str(), crlf.as_str(), no_newline] {
        let (b, r) = run_text(variant);
        assert_eq!(b.messages, a.messages);
        assert_eq!(r.files[0].lines, 5);
        if variant.contains('\0') {
            // "close\0\0" is not the word close: the line is counted, the connection stays open
            assert_eq!(b.connections[0].closed, None);
        } else {
            assert_eq!(b.connections, a.connections);
        }
    }
}

#[test]
fn invalid_utf8_is_kept_lossily() {
    let mut data = GOOD.as_bytes().to_vec();
    data.extend_from_slice(b"Mon Mar  4 10:00:01 2024 Info: MID 1 Subject 'caf\xe9 \xff'\n");
    data.extend_from_slice(b"Mon Mar  4 10:00:01 2024 Info: MID 1 ICID 1 RID 0 To: <j\xf6rg@x.example>\n");
    let (c, r) = run_with(&data, opts());
    let m = message(&c, 1);
    assert_eq!(m.subject.as_deref(), Some("caf\u{fffd} \u{fffd}"));
    assert_eq!(m.recipients[0].to.as_deref(), Some("j\u{fffd}rg@x.example"));
    assert_eq!(r.files[0].not_understood, 0);
}

#[test]
fn a_one_megabyte_line() {
    let mut text = String::from(GOOD);
    text.push_str("Mon Mar  4 10:00:03 2024 Info: MID 1 Subject '");
    text.push_str(&"x".repeat(1 << 20));
    text.push_str("'\n");
    for chunk in [64 * 1024, 1 << 20] {
        let (c, r) = run_with(text.as_bytes(), Options { chunk_size: chunk, ..opts() });
        assert_eq!(r.files[0].lines, 6);
        assert_eq!(message(&c, 1).subject.as_ref().unwrap().len(), 1 << 20);
    }
}

#[test]
fn truncated_gzip_and_garbage_after_the_last_member() {
    let d = tempfile::tempdir().unwrap();
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(GOOD.as_bytes()).unwrap();
    let gz = e.finish().unwrap();
    let cut = d.path().join("cut.log.gz");
    std::fs::write(&cut, &gz[..gz.len() - 12]).unwrap();
    let trailing = d.path().join("trailing.log.gz");
    std::fs::write(&trailing, [&gz[..], b"this is not gzip"].concat()).unwrap();
    let good = good_file(d.path());
    // one thread, and with the gzip files decoded ahead on threads of their own
    for threads in ["1", "3"] {
        let out = esa()
            .args(["connections", "-f", "ndjson", "--stats", "-j", threads])
            .args([&cut, &trailing, &good])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2));
        assert!(err.contains("cut.log.gz: corrupt or truncated gzip stream at byte"), "{err}");
        assert!(err.contains("trailing.log.gz: corrupt or truncated gzip stream at byte"), "{err}");
        // what was decoded before each error is read, and so is the good file: ICID 1 of cut.log.gz
        // (cut before its close, so reported open when trailing.log.gz reopens ICID 1), then the
        // complete ICID 1 of trailing.log.gz and of good.log
        let recs: Vec<serde_json::Value> =
            String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let closed: Vec<bool> = recs.iter().map(|r| !r["closed"].is_null()).collect();
        assert_eq!(closed, vec![false, true, true], "-j {threads}: {recs:?}");
    }
}

#[test]
fn missing_unreadable_and_odd_paths() {
    let d = tempfile::tempdir().unwrap();
    let good = good_file(d.path());
    let empty_dir = d.path().join("nothing_here");
    std::fs::create_dir(&empty_dir).unwrap();
    std::fs::write(empty_dir.join("notes.txt"), "hi").unwrap();
    let looped = d.path().join("loop");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    let missing = d.path().join("missing.log");
    let (code, recs, err) = run(&[&missing, &empty_dir, &looped, Path::new("/proc/self/mem"), &good]);
    assert_eq!(code, 2);
    assert_eq!(recs.len(), 1, "the good file is still read");
    assert!(err.contains("missing.log: No such file or directory"), "{err}");
    assert!(err.contains("nothing_here: directory holds no mail log files"), "{err}");
    assert!(err.contains("loop: Too many levels of symbolic links"), "{err}");
    assert!(err.contains("/proc/self/mem: read error at byte 0"), "{err}");
}

#[test]
fn unreadable_file_when_permissions_apply() {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("secret.log");
    std::fs::write(&p, GOOD).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&p).is_ok() {
        eprintln!("SKIP: running as root, file permissions do not apply (the /proc/self/mem case covers read errors)");
        return;
    }
    let (code, _, err) = run(&[&p]);
    assert_eq!(code, 2);
    assert!(err.contains("secret.log: Permission denied"), "{err}");
}

#[test]
fn stdin_closed_early_is_an_empty_log() {
    let out = esa().args(["summary", "-f", "json"]).write_stdin(Vec::new()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["messages_total"], 0);
}

#[test]
fn ids_near_the_top_of_u64() {
    let max = u64::MAX;
    let text = format!(
        "Mon Mar  4 10:00:00 2024 Info: New SMTP ICID {max} interface D (10.0.0.1) address 192.0.2.1 reverse dns host unknown verified no
Mon Mar  4 10:00:00 2024 Info: Start MID {max} ICID {max}
Mon Mar  4 10:00:00 2024 Info: Delivery start DCID {max} MID {max} to RID [4294967295]
Mon Mar  4 10:00:00 2024 Info: ICID 18446744073709551616 close
"
    );
    let (c, r) = run_text(&text);
    assert_eq!(connection(&c, Direction::Inbound, max).hop.tls, TlsOutcome::None);
    assert_eq!(message(&c, max).recipients[0].rid, u32::MAX);
    assert_eq!(r.files[0].not_understood, 1, "an ID past u64::MAX is not understood");
}

#[test]
fn connections_never_closed_keep_state_bounded() {
    let mut text = String::with_capacity(30 << 20);
    for i in 0..200_000u64 {
        text.push_str(&format!("Mon Mar  4 10:{:02}:{:02} 2024 Info: New SMTP ICID {i} interface D (10.0.0.1) address 192.0.2.1 reverse dns host unknown verified no\n", (i / 60000) % 60, (i / 1000) % 60));
    }
    let limits = Limits { max_connections: 2_000, max_messages: 2_000, ..Limits::default() };
    let (c, r) = run_with(text.as_bytes(), Options { limits, ..opts() });
    assert_eq!(c.connections.len(), 200_000, "every connection is still reported");
    assert!(r.correlation.peak_connections <= 2_001, "peak {}", r.correlation.peak_connections);
    assert_eq!(r.correlation.evicted, 198_000);
    assert!(r.notes.iter().any(|n| n.contains("reported early")), "{:?}", r.notes);
}

#[test]
fn a_message_with_100000_recipients() {
    let mut text = String::from("Mon Mar  4 10:00:00 2024 Info: Start MID 7 ICID 0\n");
    for rid in 0..100_000 {
        text.push_str(&format!("Mon Mar  4 10:00:00 2024 Info: MID 7 ICID 0 RID {rid} To: <u{rid}@x.example>\n"));
    }
    let list = (0..100_000).map(|r| r.to_string()).collect::<Vec<_>>().join(", ");
    text.push_str(&format!("Mon Mar  4 10:00:01 2024 Info: New SMTP DCID 9 interface 10.0.0.2 address 192.0.2.9 port 25\nMon Mar  4 10:00:01 2024 Info: Delivery start DCID 9 MID 7 to RID [{list}]\nMon Mar  4 10:00:02 2024 Info: Message done DCID 9 MID 7 to RID [{list}]\nMon Mar  4 10:00:02 2024 Info: Message finished MID 7 done\n"));
    let (c, r) = run_text(&text);
    let m = message(&c, 7);
    assert_eq!(m.recipients.len(), 100_000);
    assert!(m.recipients.iter().all(|r| r.status == esa_tls::model::RecipientStatus::Delivered));
    assert_eq!(r.files[0].not_understood, 0);
}

#[test]
fn the_eviction_note_reaches_stderr() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("open.log");
    let text: String = (0..3000).map(|i| format!("Mon Mar  4 10:00:00 2024 Info: New SMTP ICID {i} interface D (10.0.0.1) address 192.0.2.1 reverse dns host unknown verified no\n")).collect();
    std::fs::write(&p, text).unwrap();
    let out = esa().args(["summary", "-f", "json", "--max-open", "1000"]).arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("2000 connections or messages were reported early"), "{err}");
}
