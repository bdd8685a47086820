//! The record store: every command reads from it exactly what it reads from the logs (byte for byte),
//! ingesting is incremental and idempotent, a log ingested in pieces gives the records of the whole,
//! and failures leave the store as it was.

use esa_tls_sim::{generate, Config};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub(crate) fn esa() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_esa-tls"));
    c.stdin(Stdio::null()).env_remove("ESA_TLS_STORE");
    c
}

pub(crate) fn run(args: &[&str]) -> Output {
    esa().args(args).output().unwrap()
}

pub(crate) fn ok(args: &[&str]) -> Output {
    let o = run(args);
    assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    o
}

pub(crate) fn sim(seed: u64, messages: u64, appliances: u32, syslog: bool) -> Vec<u8> {
    let mut log = Vec::new();
    let cfg = Config { seed, messages, appliances, syslog, ..Config::default() };
    generate(&cfg, &mut log, false).unwrap();
    log
}

/// Traffic of two appliances from 08:00, then of two others from 11:30 (so that a time range holds
/// whole hours and cut ones).
pub(crate) fn two_blocks() -> Vec<u8> {
    let mut log = sim(5, 500, 2, true);
    let mut later = Vec::new();
    let start = esa_tls::time::local_seconds(2024, 3, 10, 11, 30, 0).unwrap();
    let cfg = Config { seed: 6, messages: 400, appliances: 2, syslog: true, start, ..Config::default() };
    generate(&cfg, &mut later, false).unwrap();
    let later = String::from_utf8(later).unwrap().replace("esa1.", "esa3.").replace("esa2.", "esa4.");
    log.extend_from_slice(later.as_bytes());
    log
}

pub(crate) fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The output and exit code of a command over logs and over a store.
pub(crate) fn both(cmd: &[&str], logs: &[&str], store: &str) -> ((Vec<u8>, i32), (Vec<u8>, i32)) {
    let raw = run(&[cmd, logs].concat());
    let stored = run(&[cmd, &["--store", store]].concat());
    ((raw.stdout, raw.status.code().unwrap()), (stored.stdout, stored.status.code().unwrap()))
}

pub(crate) fn assert_same(cmd: &[&str], logs: &[&str], store: &str) {
    let (raw, stored) = both(cmd, logs, store);
    assert!(!raw.0.is_empty(), "{cmd:?} printed nothing");
    if raw != stored {
        let (a, b) = (String::from_utf8_lossy(&raw.0), String::from_utf8_lossy(&stored.0));
        let line = a.lines().zip(b.lines()).position(|(x, y)| x != y);
        panic!(
            "{cmd:?}: the store differs from the logs (exit {} vs {}), first at line {line:?}:\n{}\n{}",
            raw.1,
            stored.1,
            line.and_then(|l| a.lines().nth(l)).unwrap_or(""),
            line.and_then(|l| b.lines().nth(l)).unwrap_or("")
        );
    }
}

/// Every command and format reads the same from the store as from the logs.
#[test]
fn every_command_reads_the_same_from_the_store_as_from_the_logs() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("maillog");
    std::fs::write(&log, two_blocks()).unwrap();
    let store = dir.path().join("esa.sqlite");
    let out = ok(&["ingest", "--store", s(&store), s(&log), "--year", "2024"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("records final"), "{said}");
    let logs = [s(&log), "--year", "2024"];
    let store = s(&store);
    for cmd in [
        &["messages", "-f", "ndjson"][..],
        &["messages", "-f", "json"],
        &["messages", "-f", "csv"],
        &["messages", "-f", "ecs"],
        &["messages", "-f", "table"],
        &["connections", "-f", "ndjson"],
        &["connections", "-f", "csv", "--tls", "failed"],
        &["summary", "-f", "json"],
        &["summary", "-f", "table", "--bucket", "hour"],
        &["summary", "-f", "json", "--bucket", "hour", "--since", "2024-03-10T08:05", "--until", "2024-03-10T11:40:30"],
        &["summary", "-f", "json", "--bucket", "day", "--since", "2024-03-10T08:00", "--until", "2024-03-10T12:00"],
        &["summary", "-f", "json", "--since", "2024-03-10T11:33", "--until", "2024-03-10T11:35"],
        &["summary", "-f", "ndjson", "--since", "2024-03-10T09:00"],
        &["summary", "-f", "ndjson", "--until", "2024-03-10T11:31"],
        &["summary", "-f", "json", "--to", "partner-bank.example"],
        &["peers", "-f", "json"],
        &["peers", "-f", "csv", "--group", "host", "--bucket", "hour"],
        &["peers", "-f", "json", "--bucket", "day", "--since", "2024-03-10T08:05", "--until", "2024-03-10T11:40:30"],
        &["peers", "-f", "json", "--group", "host", "--since", "2024-03-10T09:00", "--by", "unencrypted", "--top", "3"],
        &["peers", "-f", "json", "--to", "partner-bank.example"],
        &["failures", "-f", "json"],
        &["ciphers", "-f", "table"],
        &["check", "-f", "json", "--require-tls", "partner-bank.example,legacy-law.example", "--min-protocol", "1.2"],
        &["impact", "-f", "json", "--require-tls", "gmail.example"],
        &["messages", "-f", "ndjson", "--mid", "500010,500020"],
        &["messages", "-f", "ndjson", "--to", "partner-bank.example", "--tls", "failed"],
        &["messages", "-f", "ndjson", "--from", "@newsletter.example"],
        &["messages", "-f", "ndjson", "--peer", "198.51.100.50"],
        &["messages", "-f", "ndjson", "--subject", "invoice"],
        &["connections", "-f", "ndjson", "--mid", "500010"],
        &["connections", "-f", "ndjson", "--dcid", "20004"],
        &["messages", "-f", "ndjson", "--since", "2024-03-10T08:04", "--until", "2024-03-10T11:32"],
        // bounds with a zone are instants: the store answers them from its records, not its hours
        &[
            "summary",
            "-f",
            "json",
            "--bucket",
            "hour",
            "--since",
            "2024-03-10T09:05+01:00",
            "--until",
            "2024-03-10T11:40:30Z",
        ],
        &["peers", "-f", "json", "--since", "2024-03-10T08:05:00Z"],
        &["messages", "-f", "ndjson", "--since", "2024-03-10T03:04-05:00", "--until", "2024-03-10T11:32Z"],
    ] {
        assert_same(cmd, &logs, store);
    }
    // a lookup that finds nothing finds nothing in both
    let (raw, stored) = both(&["messages", "-f", "ndjson", "--mid", "99"], &logs, store);
    assert_eq!(raw, stored);
    assert!(raw.0.is_empty());
}

/// The records of a log ingested as it grows, cut anywhere (inside messages' lives, between a line
/// and its continuation), are those of one run over the whole; and after each piece, the store says
/// what a run over the log so far says.
#[test]
fn a_log_ingested_in_pieces_gives_the_records_of_the_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = sim(9, 120, 1, false);
    // a wrapped entry, as in the tech note: its continuation line may arrive in the next piece
    text.extend_from_slice(
        b"Tue Jun 28 19:28:31 2005 Info: New SMTP DCID 2386069 interface 10.10.10.2\naddress 192.168.2.2\nTue Jun 28 19:28:32 2005 Info: DCID 2386069 TLS success protocol TLSv1.2 cipher AES256-SHA\n",
    );
    let lines: Vec<&[u8]> = text.split_inclusive(|&c| c == b'\n').collect();
    let whole = dir.path().join("whole.log");
    std::fs::write(&whole, &text).unwrap();
    let records = |args: &[&str]| -> Vec<u8> {
        let mut all = ok(&[&["messages", "-f", "ndjson"][..], args].concat()).stdout;
        all.extend(ok(&[&["connections", "-f", "ndjson"][..], args].concat()).stdout);
        all.extend(ok(&[&["summary", "-f", "json", "--bucket", "hour"][..], args].concat()).stdout);
        all
    };
    let want = records(&[s(&whole)]);
    let n = lines.len();
    let wrapped = n - 2; // the continuation line
    let mut cuts: Vec<usize> = (1..12).map(|i| i * n / 12).collect();
    cuts.extend([1, 2, wrapped, n - 1]);
    for cut in cuts {
        let sub = tempfile::tempdir().unwrap();
        let log = sub.path().join("mail.current");
        let store = sub.path().join("s.sqlite");
        std::fs::write(&log, lines[..cut].concat()).unwrap();
        ok(&["ingest", "--store", s(&store), s(&log)]);
        // so far: what a run over the log so far says
        assert_eq!(
            String::from_utf8_lossy(&records(&["--store", s(&store)])),
            String::from_utf8_lossy(&records(&[s(&log)])),
            "after the first {cut} of {n} lines"
        );
        std::fs::write(&log, &text).unwrap();
        ok(&["ingest", "--store", s(&store), s(&log)]);
        let got = records(&["--store", s(&store)]);
        assert!(got == want, "cut after line {cut} of {n}: the pieces differ from the whole");
    }
}

/// Overlapping exports ingested together: the lines they share are stored once (the store holds
/// what the whole log gives), and ingesting them again adds nothing.
#[test]
fn overlapping_exports_ingested_together_are_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let text = sim(10, 300, 1, false);
    let lines: Vec<&[u8]> = text.split_inclusive(|&c| c == b'\n').collect();
    let n = lines.len();
    let (whole, a, b) = (dir.path().join("whole.log"), dir.path().join("a.log"), dir.path().join("b.log"));
    std::fs::write(&whole, &text).unwrap();
    std::fs::write(&a, lines[..n * 6 / 10].concat()).unwrap();
    std::fs::write(&b, lines[n * 3 / 10..].concat()).unwrap();
    let store = dir.path().join("s.sqlite");
    let records = |args: &[&str]| {
        let mut all = ok(&[&["messages", "-f", "ndjson"][..], args].concat()).stdout;
        all.extend(ok(&[&["connections", "-f", "ndjson"][..], args].concat()).stdout);
        String::from_utf8(all).unwrap()
    };
    let want = records(&[s(&whole)]);
    let first = ok(&["ingest", "--store", s(&store), s(&a), s(&b)]);
    assert!(String::from_utf8_lossy(&first.stderr).contains("b.log: its first"));
    assert_eq!(records(&["--store", s(&store)]), want);
    let again = ok(&["ingest", "--store", s(&store), s(&a), s(&b)]);
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("ingested 0 bytes"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(records(&["--store", s(&store)]), want);
}

/// Ingesting again adds nothing; a rotated file renamed and gzipped is recognised; only the new file
/// of a set is read.
#[test]
fn ingest_is_idempotent_and_follows_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let logs = dir.path().join("logs");
    std::fs::create_dir(&logs).unwrap();
    let text = sim(3, 400, 1, false);
    let lines: Vec<&[u8]> = text.split_inclusive(|&c| c == b'\n').collect();
    let half = lines.len() / 2;
    let first = logs.join("mail_logs.@20240310T080000.c");
    std::fs::write(&first, lines[..half].concat()).unwrap();
    let store = dir.path().join("s.sqlite");
    let count = |store: &Path| -> usize {
        String::from_utf8(ok(&["messages", "-f", "ndjson", "--store", s(store)]).stdout).unwrap().lines().count()
    };
    ok(&["ingest", "--store", s(&store), s(&logs)]);
    let n1 = count(&store);
    let again = ok(&["ingest", "--store", s(&store), s(&logs)]);
    let said = String::from_utf8_lossy(&again.stderr);
    assert!(said.contains("ingested 0 bytes") && said.contains("nothing new in"), "{said}");
    assert_eq!(count(&store), n1);
    // rotation: the current file is closed (.s) and compressed, a new one starts
    let closed = logs.join("mail_logs.@20240310T080000.s");
    std::fs::rename(&first, &closed).unwrap();
    let gz = logs.join("mail_logs.@20240310T080000.s.gz");
    let mut e = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::default());
    std::io::Write::write_all(&mut e, &std::fs::read(&closed).unwrap()).unwrap();
    e.finish().unwrap();
    std::fs::remove_file(&closed).unwrap();
    std::fs::write(logs.join("mail_logs.@20240310T100000.c"), lines[half..].concat()).unwrap();
    let out = ok(&["ingest", "--store", s(&store), s(&logs)]);
    let said = String::from_utf8_lossy(&out.stderr);
    // the gzipped file is known: of it, only the entry held back as the end of the log then is read
    let read: u64 = said.split("ingested ").nth(1).and_then(|x| x.split(' ').next()).unwrap().parse().unwrap();
    let new = lines[half..].concat().len() as u64;
    assert!(read > new && read < new + 4096, "read {read} bytes, the new file has {new}: {said}");
    assert_same(&["messages", "-f", "ndjson"], &[s(&logs)], s(&store));
    assert_same(&["connections", "-f", "ndjson"], &[s(&logs)], s(&store));
    // the same file named twice, or under another name, is still read once
    let copy = dir.path().join("copy.gz");
    std::fs::copy(&gz, &copy).unwrap();
    let out = ok(&["ingest", "--store", s(&store), s(&copy)]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("ingested 0 bytes"));
    assert_same(&["messages", "-f", "ndjson"], &[s(&logs)], s(&store));
}

/// A store that cannot be used is a clear error, exit 2; a newer schema is refused; reading a store
/// with log paths is refused; an empty store does not pass `check`.
#[test]
fn store_errors_are_clear() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("mail.log");
    std::fs::write(&log, sim(4, 50, 1, false)).unwrap();
    let missing = dir.path().join("nope.sqlite");
    let o = run(&["summary", "--store", s(&missing)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no such store"), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!missing.exists(), "reading does not create a store");

    let not_db = dir.path().join("notes.txt");
    std::fs::write(&not_db, "just some text, long enough to not be a database header at all....").unwrap();
    let o = run(&["ingest", "--store", s(&not_db), s(&log)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("not an esa-tls store"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    let o = run(&["ingest", "--store", "/proc/esa-tls/x.sqlite", s(&log)]);
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));

    let store = dir.path().join("s.sqlite");
    ok(&["ingest", "--store", s(&store), s(&log)]);
    let o = run(&["summary", "--store", s(&store), s(&log)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("give no log paths"));
    let o = run(&["ingest", "--store", s(&store), "--mid", "5", s(&log)]);
    assert_eq!(o.status.code(), Some(2));

    let db = rusqlite::Connection::open(&store).unwrap();
    db.execute("UPDATE meta SET value = 99 WHERE key = 'schema_version'", []).unwrap();
    drop(db);
    for args in [&["summary", "--store", s(&store)][..], &["ingest", "--store", s(&store), s(&log)]] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2));
        let e = String::from_utf8_lossy(&o.stderr);
        assert!(e.contains("schema version 99") && e.contains("upgrade esa-tls"), "{e}");
    }

    // a store with nothing in it: the gate does not pass
    let empty_log = dir.path().join("empty.log");
    std::fs::write(&empty_log, "Mon Mar 10 08:00:00 2024 Info: Begin Logfile\n").unwrap();
    let empty = dir.path().join("empty.sqlite");
    ok(&["ingest", "--store", s(&empty), s(&empty_log)]);
    let o = run(&["check", "--store", s(&empty), "--require-tls", "example.com"]);
    assert_eq!(o.status.code(), Some(3), "{}", String::from_utf8_lossy(&o.stderr));
    // and figures from an empty store say they rest on nothing (the rollups answer these)
    for cmd in ["summary", "peers", "messages"] {
        let o = run(&[cmd, "--store", s(&empty)]);
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("holds no record"),
            "{cmd}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

/// An ingest killed while writing leaves the store as it was: the next one gives the whole log's
/// records, none twice.
#[test]
fn an_interrupted_ingest_leaves_nothing_half_written() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("big.log");
    std::fs::write(&log, sim(11, 6000, 1, false)).unwrap();
    let store = dir.path().join("s.sqlite");
    let wal = PathBuf::from(format!("{}-wal", store.display()));
    for wait_ms in [30, 150, 400] {
        let mut child = esa().args(["ingest", "--store", s(&store), s(&log)]).stderr(Stdio::null()).spawn().unwrap();
        // kill it once it has written something, or after a while
        let start = std::time::Instant::now();
        while start.elapsed() < std::time::Duration::from_millis(wait_ms)
            && !wal.metadata().is_ok_and(|m| m.len() > 1 << 20)
        {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    ok(&["ingest", "--store", s(&store), s(&log)]);
    assert_same(&["messages", "-f", "ndjson"], &[s(&log)], s(&store));
    assert_same(&["connections", "-f", "ndjson"], &[s(&log)], s(&store));
}

/// `prune` forgets the records placed before a time; the others stay.
#[test]
fn prune_forgets_old_records() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("mail.log");
    std::fs::write(&log, sim(6, 300, 1, false)).unwrap();
    let store = dir.path().join("s.sqlite");
    ok(&["ingest", "--store", s(&store), s(&log)]);
    let count =
        || String::from_utf8(ok(&["messages", "-f", "ndjson", "--store", s(&store)]).stdout).unwrap().lines().count();
    let before = count();
    assert!(before > 300);
    // the simulated traffic is from 2024: a year is not old enough... before this year, it is
    let out = ok(&["prune", "--store", s(&store), "--older-than", "100000d"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("pruned 0 records"));
    assert_eq!(count(), before);
    let out = ok(&["prune", "--store", s(&store), "--older-than", "1d"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("pruned"), "{}", String::from_utf8_lossy(&out.stderr));
    // what remains is what was still open (provisional), which has no age yet
    let summary: serde_json::Value =
        serde_json::from_slice(&ok(&["summary", "-f", "json", "--store", s(&store)]).stdout).unwrap();
    assert!(summary["inbound"]["messages"]["encrypted"].as_u64().unwrap() <= 5, "{summary}");
    assert!(count() <= 5);
    let o = run(&["prune", "--store", s(&store), "--older-than", "soon"]);
    assert_eq!(o.status.code(), Some(2));
}

/// `report --html` over a store shows the figures it shows over the logs.
#[test]
fn the_html_report_reads_a_store_too() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("mail.log");
    std::fs::write(&log, sim(14, 300, 1, false)).unwrap();
    let store = dir.path().join("s.sqlite");
    ok(&["ingest", "--store", s(&store), s(&log)]);
    let (a, b) = (dir.path().join("a.html"), dir.path().join("b.html"));
    ok(&["report", "--html", s(&a), s(&log), "--require-tls", "partner-bank.example"]);
    ok(&["report", "--html", s(&b), "--store", s(&store), "--require-tls", "partner-bank.example"]);
    let (a, b) = (std::fs::read_to_string(a).unwrap(), std::fs::read_to_string(b).unwrap());
    let fig = super::html::figures(&a);
    assert!(fig.len() > 20);
    assert_eq!(fig, super::html::figures(&b));
}

/// A file read in parts (an ingest now, more later; the held-back last entry) is one file to the line
/// accounting: line numbers go on from where the last part stopped, and its notes are said once.
#[test]
fn a_file_read_in_parts_keeps_its_line_numbers_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("mail.current");
    let store = dir.path().join("s.sqlite");
    let text = sim(15, 3000, 1, false);
    let lines: Vec<&[u8]> = text.split_inclusive(|&c| c == b'\n').collect();
    let first = lines.len() / 4;
    std::fs::write(&log, lines[..first].concat()).unwrap();
    ok(&["ingest", "--store", s(&store), s(&log)]);
    // more than a chunk (1 MiB) of new lines, then one that is not understood
    let mut grown = lines.concat();
    assert!(grown.len() - lines[..first].concat().len() > 2 << 20);
    grown.extend_from_slice(b"\nthis is not a log line\n");
    let bad = lines.len() + 2;
    grown.extend_from_slice(lines[lines.len() - 1]);
    std::fs::write(&log, &grown).unwrap();
    let out = ok(&["ingest", "--stats", "--store", s(&store), s(&log)]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(&format!("{}:{bad}: this is not a log line", s(&log))), "{said}");
    assert!(!said.contains("back in time"), "a file going on is not going back: {said}");
    // a file of no log at all, read in two parts (its last line held back): one note
    let bin = dir.path().join("bin.log");
    std::fs::write(&bin, (0..4000u32).map(|i| (i * 7 % 251) as u8).collect::<Vec<u8>>()).unwrap();
    let out = ok(&["ingest", "--store", s(&dir.path().join("b.sqlite")), s(&bin)]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(said.matches("no mail-log line").count(), 1, "{said}");
}
