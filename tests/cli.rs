//! The `esa-tls` binary: formats, inputs, errors and exit codes.

use crate::common::*;
use assert_cmd::Command;
use esa_tls_sim::{generate, Config};
use flate2::write::GzEncoder;
use std::io::{Read, Write};

fn bin() -> Command {
    Command::cargo_bin("esa-tls").unwrap()
}

fn sample() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s")
}

fn ndjson(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn messages_ndjson_follows_the_contract() {
    let out = bin().args(["messages", "--format", "ndjson"]).arg(sample()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let recs = ndjson(&out.stdout);
    assert!(recs.len() > 50);
    for m in &recs {
        for key in ["appliance", "mid", "icid", "from", "subject", "message_id", "size", "received", "recipients"] {
            assert!(m.get(key).is_some(), "missing {key} in {m}");
        }
        if let Some(r) = m["received"].as_object() {
            for key in ["tls", "protocol", "cipher", "reason", "remote_ip", "remote_host"] {
                assert!(r.contains_key(key), "received.{key}");
            }
            assert!(["success", "failed", "none", "unknown"].contains(&r["tls"].as_str().unwrap()));
        } else {
            assert_eq!(m["icid"], 0, "only generated messages have no receipt: {m}");
        }
        for r in m["recipients"].as_array().unwrap() {
            for key in ["rid", "to", "status", "dcid", "delivery"] {
                assert!(r.get(key).is_some(), "recipient.{key}");
            }
            assert!(["delivered", "bounced", "delayed", "in_flight", "queued", "aborted", "rewritten"]
                .contains(&r["status"].as_str().unwrap()));
            if let Some(d) = r["delivery"].as_object() {
                for key in ["tls", "protocol", "cipher", "cn", "reason", "remote_ip"] {
                    assert!(d.contains_key(key), "delivery.{key}");
                }
            }
        }
    }
}

#[test]
fn connections_ndjson_json_and_csv_agree() {
    let nd = bin().args(["connections", "-f", "ndjson"]).arg(sample()).output().unwrap();
    let recs = ndjson(&nd.stdout);
    for c in &recs {
        for key in [
            "appliance",
            "direction",
            "id",
            "remote_ip",
            "remote_host",
            "tls",
            "protocol",
            "cipher",
            "cn",
            "reason",
            "required",
            "opened",
            "closed",
            "mids",
        ] {
            assert!(c.get(key).is_some(), "missing {key} in {c}");
        }
    }
    let js = bin().args(["connections", "-f", "json"]).arg(sample()).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&js.stdout).unwrap();
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["connections"].as_array().unwrap(), &recs);
    let csv = bin().args(["connections", "-f", "csv"]).arg(sample()).output().unwrap();
    let text = String::from_utf8(csv.stdout).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("appliance,direction,id,remote_ip"));
    assert_eq!(lines.count(), recs.len());
}

#[test]
fn table_has_totals() {
    let out = bin().args(["connections", "-f", "table"]).arg(sample()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().next().unwrap().contains("TLS"));
    assert!(text.lines().last().unwrap().starts_with("-- "), "{text}");
}

#[test]
fn summary_json_shape() {
    let out = bin().args(["summary", "-f", "json"]).arg(sample()).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for d in ["inbound", "outbound"] {
        for k in ["success", "failed", "none", "unknown"] {
            assert!(v[d]["connections"][k].is_u64(), "{d}.connections.{k}");
        }
    }
    for k in ["encrypted", "not_encrypted", "unknown"] {
        assert!(v["inbound"]["messages"][k].is_u64());
        assert!(v["outbound"]["recipients"][k].is_u64());
    }
}

#[test]
fn stdin_is_read_when_piped() {
    let data = std::fs::read(sample()).unwrap();
    let a = bin().args(["connections", "-f", "ndjson"]).write_stdin(data.clone()).output().unwrap();
    let b = bin().args(["connections", "-f", "ndjson", "-"]).write_stdin(data).output().unwrap();
    let c = bin().args(["connections", "-f", "ndjson"]).arg(sample()).output().unwrap();
    assert_eq!(a.stdout, c.stdout);
    assert_eq!(b.stdout, c.stdout);
}

#[test]
fn a_file_mapped_or_read_gives_the_same_output() {
    // several chunks' worth, so that the map is cut into chunks as reading cuts the file
    let cfg = Config { seed: 5, messages: 3_000, ..Config::default() };
    let mut log = Vec::new();
    generate(&cfg, &mut log, false).unwrap();
    assert!(log.len() > 2 << 20, "{} bytes", log.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mail.current");
    std::fs::write(&path, &log).unwrap();
    for args in [&["messages", "-f", "ndjson", "-j", "2"][..], &["summary", "-f", "json", "--stats"]] {
        let mapped = bin().args(args).arg(&path).output().unwrap();
        let read = bin().args(args).arg("--no-mmap").arg(&path).output().unwrap();
        assert_eq!(mapped.status.code(), Some(0));
        assert!(mapped.stdout.len() > 500, "{}", String::from_utf8_lossy(&mapped.stdout));
        assert_eq!(mapped.stdout, read.stdout, "{args:?}");
        assert_eq!(mapped.stderr, read.stderr, "{args:?}");
    }
}

/// A named pipe at `path` that a thread fills with `bytes` once a reader opens it (as a shell's
/// `<(zcat …)` does). The thread is left to end on its own.
fn named_pipe(path: &std::path::Path, bytes: Vec<u8>) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid, NUL-terminated path
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo {}", path.display());
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = std::fs::write(&path, bytes);
    });
}

#[test]
fn named_pipes_are_read_whole() {
    // `esa-tls summary <(zcat mail.gz)`: a pipe given as a path gives its bytes once, so nothing may
    // open it first to look at its start (time order, gzip magic); it used to lose the first
    // kilobytes so, without a word
    let data = std::fs::read(sample()).unwrap();
    let cut = data.iter().enumerate().filter(|(_, &c)| c == b'\n').nth(999).unwrap().0 + 1;
    let want = bin().args(["messages", "-f", "ndjson"]).arg(sample()).output().unwrap();
    assert!(ndjson(&want.stdout).len() > 50);
    let dir = tempfile::tempdir().unwrap();
    for threads in ["1", "2"] {
        let whole = dir.path().join(format!("whole-{threads}"));
        named_pipe(&whole, data.clone());
        // a look that took the pipe's bytes leaves the run waiting for a writer: bounded
        let wait = std::time::Duration::from_secs(30);
        let got = bin().timeout(wait).args(["messages", "-f", "ndjson", "-j", threads]).arg(&whole).output().unwrap();
        assert_eq!(got.status.code(), Some(0), "{}", String::from_utf8_lossy(&got.stderr));
        assert_eq!(got.stdout, want.stdout, "one pipe, -j {threads}");
        // two pipes, the second gzipped: the run reads them in the order named
        let (a, b) = (dir.path().join(format!("a-{threads}")), dir.path().join(format!("b-{threads}")));
        named_pipe(&a, data[..cut].to_vec());
        let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(&data[cut..]).unwrap();
        named_pipe(&b, e.finish().unwrap());
        let got =
            bin().timeout(wait).args(["messages", "-f", "ndjson", "-j", threads]).arg(&a).arg(&b).output().unwrap();
        assert_eq!(got.status.code(), Some(0), "{}", String::from_utf8_lossy(&got.stderr));
        assert_eq!(got.stdout, want.stdout, "two pipes, -j {threads}");
    }
}

#[test]
fn missing_file_is_an_error_but_the_rest_is_processed() {
    let out = bin().args(["connections", "-f", "ndjson", "/nonexistent/mail.log"]).arg(sample()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/mail.log: No such file or directory"), "{err}");
    assert!(ndjson(&out.stdout).len() > 10);
}

#[test]
fn stats_lists_not_understood_lines() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.log");
    std::fs::write(&p, "Mon Mar  4 10:00:00 2024 Info: ICID 1 close\n\nplain prose\nMon Mar  4 10:00:00 2024 Info: DCID 9 TLS did a new thing\n").unwrap();
    let out = bin().args(["summary", "--stats", "-f", "json"]).arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("4 lines: 1 used, 1 ignored, 2 not understood"), "{err}");
    assert!(err.contains("x.log:3: plain prose"), "{err}");
    assert!(err.contains("x.log:4: Mon Mar  4 10:00:00 2024 Info: DCID 9 TLS did a new thing"), "{err}");
}

#[test]
fn rotated_gzipped_folder_is_one_stream() {
    let cfg = Config { seed: 21, messages: 200, ..Config::default() };
    let mut log = Vec::new();
    generate(&cfg, &mut log, false).unwrap();
    let text = String::from_utf8(log.clone()).unwrap();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let (a, rest) = lines.split_at(lines.len() / 3);
    let (b, c) = rest.split_at(rest.len() / 2);
    let dir = tempfile::tempdir().unwrap();
    // names out of creation order; the first two gzipped (the middle one in two members), so that
    // the second is decoded ahead while the first is read
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(a.concat().as_bytes()).unwrap();
    std::fs::write(dir.path().join("mail_logs.@20240310T080000.s.gz"), e.finish().unwrap()).unwrap();
    let mut gz = Vec::new();
    let half = b.len() / 2;
    for part in [&b[..half], &b[half..]] {
        let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(part.concat().as_bytes()).unwrap();
        gz.extend(e.finish().unwrap());
    }
    std::fs::write(dir.path().join("mail_logs.@20240310T090000.s.gz"), gz).unwrap();
    std::fs::write(dir.path().join("mail_logs.@20240310T100000.c"), c.concat()).unwrap();
    std::fs::write(dir.path().join("README.txt"), "not a log").unwrap();

    let whole = dir.path().join("..").join(format!("{}-whole.log", dir.path().file_name().unwrap().to_string_lossy()));
    std::fs::write(&whole, &log).unwrap();
    let one = bin().args(["messages", "-f", "ndjson", "-j", "1"]).arg(&whole).output().unwrap();
    for threads in ["1", "2", "4"] {
        let set = bin().args(["messages", "-f", "ndjson", "-j", threads]).arg(dir.path()).output().unwrap();
        assert_eq!(set.status.code(), Some(0));
        assert!(String::from_utf8_lossy(&set.stderr).contains("README.txt: skipped"));
        let (a, b) = (ndjson(&set.stdout), ndjson(&one.stdout));
        assert_eq!(a.len(), b.len(), "-j {threads}");
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x, y, "-j {threads}");
        }
    }
    std::fs::remove_file(&whole).unwrap();
}

#[test]
fn corrupt_gzip_names_the_file_and_keeps_going() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(std::fs::read(sample()).unwrap().as_slice()).unwrap();
    let gz = e.finish().unwrap();
    let p = dir.path().join("cut.log.gz");
    std::fs::write(&p, &gz[..gz.len() / 2]).unwrap();
    let out = bin().args(["connections", "-f", "ndjson"]).arg(&p).arg(sample()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cut.log.gz: corrupt or truncated gzip stream at byte"), "{err}");
    assert!(!out.stdout.is_empty());
}

#[test]
fn closed_pipe_exits_quietly() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("esa-tls"))
        .args(["messages", "-f", "ndjson"])
        .arg(sample())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn seed_fixture_through_the_binary() {
    let out = bin().args(["connections", "-f", "ndjson"]).arg(fixture("seed_118500_examples.log")).output().unwrap();
    let recs = ndjson(&out.stdout);
    let dcid = recs.iter().find(|c| c["id"] == 2386069).unwrap();
    assert_eq!(dcid["tls"], "success");
    assert_eq!(dcid["cn"], "common");
    assert_eq!(dcid["direction"], "outbound");
    assert_eq!(dcid["opened"], "2005-06-28T19:28:31");
}

#[test]
fn since_and_until_filter_records_by_log_time() {
    let ids = |args: &[&str]| -> Vec<u64> {
        let out = bin().args(["connections", "-f", "ndjson"]).args(args).arg(fixture("partners.log")).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        ndjson(&out.stdout).iter().map(|c| c["id"].as_u64().unwrap()).collect()
    };
    assert_eq!(ids(&[]), vec![1, 2, 100, 101]);
    assert_eq!(ids(&["--since", "2024-03-04T10:00:05"]), vec![100, 101]);
    assert_eq!(ids(&["--until", "2024-03-04T10:00:03"]), vec![1]);
    assert_eq!(ids(&["--since", "2024-03-04T10:00:03", "--until", "2024-03-04T10:00:07"]), vec![2, 100]);
    let bad = bin().args(["summary", "--since", "last tuesday"]).arg(fixture("partners.log")).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--since: cannot read"));
}

/// `--since 1h` in a cron job: the records of the last hour, counted back from the clock. A log of
/// connections three hours and half an hour old, written in UTC, read by a machine in another zone.
#[test]
fn since_counts_back_from_now() {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let stamp = |t: i64| {
        let (y, mo, d, h, mi, s) = esa_tls::time::civil_from_seconds(t);
        let day = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][t.div_euclid(86_400).rem_euclid(7) as usize];
        let month =
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo as usize - 1];
        format!("{day} {month} {d:2} {h:02}:{mi:02}:{s:02} {y}")
    };
    let mut log = format!("{} Info: Time offset from UTC: 0 seconds\n", stamp(now - 4 * 3600));
    for (id, at) in [(1, now - 3 * 3600), (2, now - 1800)] {
        log += &format!(
            "{t} Info: New SMTP DCID {id} interface 10.0.0.2 address 198.51.100.9 port 25\n\
             {t} Info: DCID {id} TLS success protocol TLSv1.2 cipher AES128-SHA\n{t} Info: DCID {id} close\n",
            t = stamp(at)
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mail.current");
    std::fs::write(&path, log).unwrap();
    let run = |since: &str| {
        bin()
            .args(["connections", "-f", "ndjson", "--since", since])
            .arg(&path)
            .env("TZ", "Asia/Kolkata")
            .output()
            .unwrap()
    };
    let ids = |since: &str| -> Vec<u64> {
        let out = run(since);
        assert_eq!(out.status.code(), Some(0), "{since}: {}", String::from_utf8_lossy(&out.stderr));
        ndjson(&out.stdout).iter().map(|c| c["id"].as_u64().unwrap()).collect()
    };
    assert_eq!(ids("1h"), vec![2]);
    assert_eq!(ids("45 minutes ago"), vec![2]);
    assert_eq!(ids("-4h"), vec![1, 2]);
    assert_eq!(ids("10min"), Vec::<u64>::new());
    // minutes or months: asked, not guessed
    let out = run("3m");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("minutes or months"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn policy_file_errors_name_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("policy.txt");
    std::fs::write(&p, "bank.example Required\ncorp.example Sometimes\n").unwrap();
    let out = bin().args(["summary", "--policy"]).arg(&p).arg(fixture("partners.log")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("policy.txt: line 2: unknown setting"));
}

#[test]
fn closed_pipe_on_a_large_input_stops_all_threads() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.log");
    let mut data = Vec::new();
    generate(&Config { seed: 4, max_bytes: Some(30 << 20), ..Config::default() }, &mut data, false).unwrap();
    std::fs::write(&p, &data).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("esa-tls"))
        .args(["messages", "-f", "ndjson", "-j", "2"])
        .arg(&p)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    // a hang here would be the bug: give it a minute, then fail
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            panic!("esa-tls did not stop after its output closed");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
}

#[test]
fn completions_man_page_and_version() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = bin().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let s = String::from_utf8(out.stdout).unwrap();
        for sub in ["messages", "trace", "check", "require-tls"] {
            assert!(s.contains(sub), "{shell} completions lack {sub}");
        }
    }
    let out = bin().arg("man").output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with(".ie") || s.contains(".TH esa-tls 1"), "{}", &s[..s.len().min(200)]);
    for page in [".TH esa-tls 1", ".TH esa-tls-check 1", ".TH esa-tls-trace 1"] {
        assert!(s.contains(page), "{page}");
    }
    let out = bin().arg("--version").output().unwrap();
    let v = String::from_utf8(out.stdout).unwrap();
    assert!(v.starts_with(&format!("esa-tls {} (", env!("CARGO_PKG_VERSION"))) && v.trim_end().ends_with(')'), "{v}");
    // `esa-tls completions bash | head`: a reader that stops early is no failure (the script is
    // larger than a pipe holds, so the write meets the closed pipe); clap_complete panicked on it
    for args in [&["completions", "bash"][..], &["man"], &["schema"]] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn stats_count_what_the_records_say() {
    let out = bin().args(["connections", "-f", "ndjson", "--stats"]).arg(sample()).output().unwrap();
    let conns = String::from_utf8_lossy(&out.stdout).lines().count();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let out = bin().args(["messages", "-f", "ndjson"]).arg(sample()).output().unwrap();
    let msgs = String::from_utf8_lossy(&out.stdout).lines().count();
    assert!(err.contains(&format!("correlation: {conns} connections, {msgs} messages;")), "{err}");
    assert!(err.contains("0 evicted, 0 expired"), "{err}");
}

#[test]
fn a_search_that_finds_nothing_says_so() {
    // nothing matched: nothing on stdout, a note on stderr, exit 0 (an empty answer is an answer)
    for (cmd, filter, what) in [
        ("messages", ["--to", "nobody@nowhere.example"], "no message matched the search"),
        ("connections", ["--dcid", "999999"], "no connection matched the search"),
    ] {
        let out = bin().args([cmd, "-f", "ndjson"]).args(filter).arg(sample()).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(out.stdout.is_empty());
        assert!(String::from_utf8_lossy(&out.stderr).contains(what), "{}", String::from_utf8_lossy(&out.stderr));
        // --quiet keeps it quiet
        let out = bin().args([cmd, "-f", "ndjson", "-q"]).args(filter).arg(sample()).output().unwrap();
        assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    // a search that finds something, or no search at all: no such note
    for args in [&["--mid", "500002"][..], &[]] {
        let out = bin().args(["messages", "-f", "ndjson"]).args(args).arg(sample()).output().unwrap();
        assert!(!out.stdout.is_empty());
        assert!(!String::from_utf8_lossy(&out.stderr).contains("matched the search"));
    }
}

#[test]
fn wildcard_addresses_find_what_they_say_or_are_refused() {
    let lines = |args: &[&str]| {
        let out = bin().args(["messages", "-f", "ndjson"]).args(args).arg(sample()).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).lines().count(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // `*@domain` finds what `@domain` finds (34 messages of the sample)
    let (code, at, _) = lines(&["--to", "@gmail.example"]);
    assert_eq!((code, at), (Some(0), 34));
    assert_eq!(lines(&["--to", "*@gmail.example"]).1, at);
    // a wildcard elsewhere is a usage error naming the forms understood, not an empty answer
    let (code, n, err) = lines(&["--to", "judy*@gmail.example"]);
    assert_eq!((code, n), (Some(2), 0));
    assert!(err.contains("--to") && err.contains("*@domain"), "{err}");
    // recipients pasted from a mail client, separated by semicolons, match no address: refused
    let (code, n, err) = lines(&["--to", "judy0@gmail.example;ivan7@legacy-law.example"]);
    assert_eq!((code, n), (Some(2), 0));
    assert!(err.contains("--to") && err.contains("comma list"), "{err}");
    assert_eq!(lines(&["--to", "gmail.example,legacy-law.example"]).0, Some(0));
}

/// `--utc-offset` as a zone (`-05:00`, `-0500` as `date +%z` prints it) gives the times the seconds
/// give; a value that is no zone's offset in seconds (`+0100` as 100 s) is refused, not taken.
#[test]
fn a_utc_offset_written_as_a_zone_is_that_zone() {
    // a syslog file: its lines carry no zone, so the offset given is the one used
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("maillog");
    std::fs::write(
        &log,
        "Mar 10 08:00:01 esa1 mail_logs: Info: New SMTP ICID 7 interface Data 1 (192.0.2.1) address 198.51.100.7 reverse dns host mx.example verified yes\n\
         Mar 10 08:00:02 esa1 mail_logs: Info: ICID 7 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384\n\
         Mar 10 08:00:03 esa1 mail_logs: Info: ICID 7 close\n",
    )
    .unwrap();
    let run = |offset: &str| {
        let out = bin()
            .args(["connections", "-f", "ndjson", "--year", "2024", &format!("--utc-offset={offset}")])
            .arg(&log)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, seconds, err) = run("-18000");
    assert_eq!(code, Some(0), "{err}");
    assert!(seconds.contains("2024-03-10T08:00:01-05:00"), "{seconds}");
    for zone in ["-05:00", "-0500", "-5", "UTC-5"] {
        let (code, out, err) = run(zone);
        assert_eq!((code, &out), (Some(0), &seconds), "{zone}: {err}");
    }
    let (code, out, err) = run("+0100");
    assert_eq!((code, &out), (Some(0), &run("3600").1), "{err}");
    for slip in ["100", "-300", "GMT+1"] {
        let (code, out, err) = run(slip);
        assert_eq!((code, out.as_str()), (Some(2), ""), "{slip}");
        assert!(err.contains("--utc-offset") && err.contains("-05:00"), "{slip}: {err}");
    }
}

#[test]
fn a_report_under_a_search_says_what_it_counts() {
    let run = |args: &[&str]| {
        let out = bin().args(["summary", "-f", "table"]).args(args).arg(sample()).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    // the totals name what they count: the input, a time range, or what a search kept
    let (all, e) = run(&[]);
    assert!(all.contains("Messages in the input: 104 "), "{all}");
    assert!(!e.contains("every figure is 0"), "{e}");
    let (found, e) = run(&["--to", "gmail.example"]);
    assert!(found.contains("Messages matching the search: 34 "), "{found}");
    assert!(!e.contains("every figure is 0"), "{e}");
    let (late, _) = run(&["--since", "2024-03-10T08:05"]);
    assert!(late.contains("Messages in the time range: 1 "), "{late}");
    // zeros under a search are said to be zeros of the search, not of the input
    let (none, e) = run(&["--to", "nobody@nowhere.example"]);
    assert!(none.contains("Messages matching the search: 0 "), "{none}");
    assert!(e.contains("no message or connection matched the search: every figure is 0"), "{e}");
    let (none, e) = run(&["--since", "2030-01-01"]);
    assert!(none.contains("Messages in the time range: 0 "), "{none}");
    assert!(e.contains("no message or connection lies in the time range"), "{e}");
    // other reports too, and -q silences the note
    let out = bin().args(["peers", "--to", "nobody@nowhere.example"]).arg(sample()).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("matched the search"));
    let out = bin().args(["peers", "-q", "--to", "nobody@nowhere.example"]).arg(sample()).output().unwrap();
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// `text` as Windows PowerShell 5's `>` and `Out-File` save it: UTF-16 little-endian with a byte
/// order mark, CRLF line ends; or big-endian, as some other tools write it.
fn utf16(text: &str, little: bool) -> Vec<u8> {
    let mut b = if little { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    let text = if little { text.replace('\n', "\r\n") } else { text.to_string() };
    for u in text.encode_utf16() {
        b.extend_from_slice(&if little { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    b
}

#[test]
fn utf16_exports_are_read_as_the_log_they_hold() {
    let text = std::fs::read_to_string(sample()).unwrap();
    assert!(text.contains("Ünïcode sübject ✓"), "the sample has texts beyond ASCII");
    let dir = tempfile::tempdir().unwrap();
    let le = dir.path().join("export-le.log");
    std::fs::write(&le, utf16(&text, true)).unwrap();
    let be = dir.path().join("export-be.log");
    std::fs::write(&be, utf16(&text, false)).unwrap();
    let gz = dir.path().join("export-le.log.gz");
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(&utf16(&text, true)).unwrap();
    std::fs::write(&gz, e.finish().unwrap()).unwrap();
    // the whole run, a search whose texts a plain file would have read back at their positions,
    // and a report
    for args in [
        &["messages", "-f", "ndjson"][..],
        &["messages", "-f", "ndjson", "--mid", "500002"],
        &["summary", "-f", "json"],
    ] {
        let want = bin().args(args).arg(sample()).output().unwrap();
        assert_eq!(want.status.code(), Some(0));
        for p in [&le, &be, &gz] {
            let got = bin().args(args).arg(p).output().unwrap();
            assert_eq!(got.status.code(), Some(0), "{args:?} {p:?}");
            assert_eq!(String::from_utf8_lossy(&got.stdout), String::from_utf8_lossy(&want.stdout), "{args:?} {p:?}");
            assert!(!String::from_utf8_lossy(&got.stderr).contains("binary"), "{args:?} {p:?}");
        }
        let piped = bin().args(args).arg("-").write_stdin(utf16(&text, true)).output().unwrap();
        assert_eq!(piped.stdout, want.stdout, "{args:?} from stdin");
    }
    // ingested twice: the second time nothing is new, and no tail is read again at a byte position
    // of the decoded text
    let store = dir.path().join("s.sqlite");
    let first = bin().args(["ingest", "--store"]).arg(&store).arg(&le).output().unwrap();
    assert_eq!(first.status.code(), Some(0), "{}", String::from_utf8_lossy(&first.stderr));
    let again = bin().args(["ingest", "--store"]).arg(&store).arg(&le).output().unwrap();
    let err = String::from_utf8_lossy(&again.stderr);
    assert_eq!(again.status.code(), Some(0), "{err}");
    assert!(err.contains("nothing new") && !err.contains("not understood"), "{err}");
    let stored = bin().args(["summary", "-f", "json", "--store"]).arg(&store).output().unwrap();
    let want = bin().args(["summary", "-f", "json"]).arg(sample()).output().unwrap();
    assert_eq!(stored.stdout, want.stdout);
}

/// UTF-8 with a byte order mark (Windows PowerShell 5's `Set-Content -Encoding UTF8`, Notepad's
/// "UTF-8 with BOM"), CRLF line ends, and two such files put together with `cat`: the same records
/// as the log, every line understood, where each file's first line was "not understood" and lost.
#[test]
fn utf8_with_a_byte_order_mark_is_read_as_the_log() {
    let text = std::fs::read_to_string(sample()).unwrap();
    // two files: the log cut at a line in its middle
    let half = text.len() / 2;
    let (first, second) = text.split_at(half + text[half..].find('\n').unwrap() + 1);
    let crlf = |t: &str| format!("\u{feff}{}", t.replace('\n', "\r\n"));
    let dir = tempfile::tempdir().unwrap();
    let bom = dir.path().join("mail.log");
    std::fs::write(&bom, format!("{}{}", crlf(first), crlf(second))).unwrap();
    for args in [
        &["messages", "-f", "ndjson"][..],
        &["messages", "-f", "ndjson", "--mid", "500002"],
        &["summary", "-f", "json"],
    ] {
        let want = bin().args(args).arg(sample()).output().unwrap();
        let got = bin().args(args).arg("--stats").arg(&bom).output().unwrap();
        let err = String::from_utf8_lossy(&got.stderr);
        assert_eq!(got.status.code(), Some(0), "{args:?}: {err}");
        assert_eq!(String::from_utf8_lossy(&got.stdout), String::from_utf8_lossy(&want.stdout), "{args:?}");
        assert!(err.contains(" 0 not understood"), "{args:?}: {err}");
    }
}

/// A search export as Splunk writes it (Export → CSV): a header row, then one row per event with the
/// log line in `_raw` (quotes doubled), CRLF row ends.
fn splunk_csv(lines: &[&str]) -> String {
    let mut out = String::from("\"_serial\",\"_time\",host,source,sourcetype,\"_raw\"\r\n");
    for (i, l) in lines.iter().enumerate() {
        out.push_str(&format!(
            "{i},\"2024-03-10T08:00:00.000-0500\",esa1,\"udp:514\",\"cisco:esa:textmail\",\"{}\"\r\n",
            l.replace('"', "\"\"")
        ));
    }
    out
}

#[test]
fn search_exports_in_csv_and_json_are_read_as_the_lines_they_carry() {
    // the sample as a log server has it (syslog form), and as a search exports it
    let text = std::fs::read_to_string(sample()).unwrap();
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            let (stamp, body) = l.split_at(24);
            format!("Mar 10 {} esa1 mail_logs: {}", &stamp[11..19], body.trim_start())
        })
        .collect();
    let mut lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    // a subject with double quotes and a comma, for the export to quote
    let at = lines.iter().position(|l| l.contains("MID 500002 Subject")).unwrap();
    lines[at] = "Mar 10 08:00:02 esa1 mail_logs: Info: MID 500002 Subject '\"Quoted\", she said'";
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("maillog");
    std::fs::write(&log, lines.join("\n") + "\n").unwrap();
    let csv = dir.path().join("export.csv");
    std::fs::write(&csv, splunk_csv(&lines)).unwrap();
    // Kibana: another column name, gzipped
    let kibana = dir.path().join("discover.csv.gz");
    let mut k = String::from("\"@timestamp\",\"host.name\",message\n");
    for l in &lines {
        k.push_str(&format!("\"Mar 10, 2024 @ 08:00:00.000\",esa1,\"{}\"\n", l.replace('"', "\"\"")));
    }
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(k.as_bytes()).unwrap();
    std::fs::write(&kibana, e.finish().unwrap()).unwrap();
    // Splunk's JSON export, and Elasticsearch documents (event.original nested) as a dump writes them
    let json = dir.path().join("export.json");
    let splunk: String = lines
        .iter()
        .map(|l| serde_json::json!({"preview": false, "result": {"_raw": l, "host": "esa1"}}).to_string() + "\n")
        .collect();
    std::fs::write(&json, splunk).unwrap();
    let dump = dir.path().join("esa-2024.03.10.ndjson");
    let docs: String = lines
        .iter()
        .map(|l| {
            serde_json::json!({"_index": "logs-cisco", "_source": {"event": {"original": l}, "message": "parsed"}})
                .to_string()
                + "\n"
        })
        .collect();
    std::fs::write(&dump, docs).unwrap();
    // the CSV opened in a spreadsheet and saved again as Excel's "Unicode text": UTF-16, tabs
    let excel = dir.path().join("export.txt");
    let mut tsv = String::from("_time\thost\t_raw\n");
    for l in &lines {
        let field = if l.contains('"') { format!("\"{}\"", l.replace('"', "\"\"")) } else { l.to_string() };
        tsv.push_str(&format!("2024-03-10T08:00:00\tesa1\t{field}\n"));
    }
    std::fs::write(&excel, utf16(&tsv, true)).unwrap();
    for args in [
        &["messages", "-f", "ndjson", "--year", "2024"][..],
        &["connections", "-f", "ndjson", "--year", "2024"],
        &["messages", "-f", "ndjson", "--year", "2024", "--mid", "500002"],
    ] {
        let want = bin().args(args).arg(&log).output().unwrap();
        assert_eq!(want.status.code(), Some(0));
        assert!(!want.stdout.is_empty());
        for p in [&csv, &kibana, &json, &dump, &excel] {
            let got = bin().args(args).arg(p).output().unwrap();
            assert_eq!(got.status.code(), Some(0), "{args:?} {p:?}: {}", String::from_utf8_lossy(&got.stderr));
            assert_eq!(String::from_utf8_lossy(&got.stdout), String::from_utf8_lossy(&want.stdout), "{args:?} {p:?}");
        }
        let piped = bin().args(args).arg("-").write_stdin(splunk_csv(&lines)).output().unwrap();
        assert_eq!(piped.stdout, want.stdout, "{args:?} from stdin");
    }
    // a line that is not understood is named at its line in the file (the header row is line 1)
    let mut odd = lines.clone();
    odd.insert(3, "Mar 10 08:00:01 esa1 mail_logs: Info: DCID 9 TLS did a new thing");
    std::fs::write(&csv, splunk_csv(&odd)).unwrap();
    let out = bin().args(["summary", "-f", "json", "--stats", "--year", "2024"]).arg(&csv).output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("export.csv:5: Mar 10 08:00:01 esa1 mail_logs: Info: DCID 9 TLS did a new thing"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // newest first, as Splunk lists a search unless told `| reverse`: the error, not an answer
    let mut newest = lines.clone();
    newest.reverse();
    std::fs::write(&csv, splunk_csv(&newest)).unwrap();
    let out = bin().args(["summary", "-f", "json", "--year", "2024"]).arg(&csv).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("export.csv: its lines run newest first"));
}

/// Graylog's CSV export and Logstash's documents keep the message as the appliance sent it, without
/// the header: its time and sender are columns of their own. Two appliances whose IDs collide give
/// each its own records, with their times.
#[test]
fn an_export_of_messages_without_their_header_takes_the_events_time_and_sender() {
    let text = std::fs::read_to_string(sample()).unwrap();
    // `Sun Mar 10 08:00:01 2024 Info: …` -> (time, `Info: …`)
    let events: Vec<(String, &str)> = text
        .lines()
        .map(|l| {
            let (stamp, body) = l.split_at(24);
            (format!("2024-03-10T{}.000-05:00", &stamp[11..19]), body.trim_start())
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let graylog = dir.path().join("graylog-search-result.csv");
    let mut csv = String::from("\"timestamp\",\"source\",\"message\"\n");
    let logstash = dir.path().join("logstash.ndjson");
    let mut json = String::new();
    // NXLog's to_json() (local time with a space, keys capitalised) and Fluent Bit's (seconds since
    // the epoch, as a number: 08:00 at -05:00 is 13:00 UTC)
    let nxlog = dir.path().join("nxlog.json");
    let mut nx = String::new();
    let fluent = dir.path().join("fluent-bit.json");
    let mut fb = String::new();
    for (time, body) in &events {
        for host in ["esa1", "esa2"] {
            csv.push_str(&format!("\"{time}\",\"{host}\",\"mail_logs: {}\"\n", body.replace('"', "\"\"")));
            let doc =
                serde_json::json!({"@timestamp": time, "logsource": host, "program": "mail_logs", "message": body});
            json.push_str(&(doc.to_string() + "\n"));
            let local = format!("2024-03-10 {}", &time[11..19]);
            let doc = serde_json::json!({"EventReceivedTime": local, "SourceModuleName": "in_udp", "Hostname": host, "SourceName": "mail_logs", "Message": body, "EventTime": local});
            nx.push_str(&(doc.to_string() + "\n"));
            let (h, m, sec): (i64, i64, i64) =
                (time[11..13].parse().unwrap(), time[14..16].parse().unwrap(), time[17..19].parse().unwrap());
            let epoch = 1_710_028_800 + (h + 5) * 3600 + m * 60 + sec; // 2024-03-10T00:00:00Z + …
            let doc =
                serde_json::json!({"date": epoch as f64 + 0.25, "host": host, "ident": "mail_logs", "message": body});
            fb.push_str(&(doc.to_string() + "\n"));
        }
    }
    std::fs::write(&graylog, csv).unwrap();
    std::fs::write(&logstash, json).unwrap();
    std::fs::write(&nxlog, nx).unwrap();
    std::fs::write(&fluent, fb).unwrap();
    let records = |p: &std::path::Path| -> Vec<serde_json::Value> {
        let out = bin().args(["messages", "-f", "ndjson"]).arg(p).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{p:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    // times as instants: Fluent Bit's are in UTC, the sample's at -05:00
    fn instants(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => m.values_mut().for_each(instants),
            serde_json::Value::Array(a) => a.iter_mut().for_each(instants),
            serde_json::Value::String(s) => {
                if let Some(t) = esa_tls::time::LogTime::parse(s).filter(|t| t.offset.is_some()) {
                    *v = t.utc_or_local().into();
                }
            }
            _ => {}
        }
    }
    let as_instants = |mut recs: Vec<serde_json::Value>| {
        recs.iter_mut().for_each(instants);
        verdicts(&recs)
    };
    let want = as_instants(records(&sample()));
    for p in [&graylog, &logstash, &nxlog, &fluent] {
        let got = records(p);
        for host in ["esa1", "esa2"] {
            let mine: Vec<serde_json::Value> = got.iter().filter(|m| m["appliance"] == host).cloned().collect();
            assert_eq!(as_instants(mine), want, "{p:?} {host}");
        }
        assert_eq!(got.len(), 2 * want.len(), "{p:?}");
        // the event's time is the records' time: the sample's, in its zone or in UTC
        let first = got.iter().filter_map(|m| m["started"].as_str()).min().unwrap_or_default().to_string();
        assert!(["2024-03-10T08:00:0", "2024-03-10T13:00:0"].iter().any(|t| first.starts_with(t)), "{p:?}: {first}");
    }
}

/// Choices are read in any case (`-f JSON`, `--tls Failed`, `--direction Outbound`), as admins type
/// them from the documentation's tables.
#[test]
fn choices_are_read_in_any_case() {
    let lines = |args: &[&str]| {
        let out = bin().args(args).arg(sample()).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let lower = lines(&["messages", "-f", "ndjson", "--tls", "failed", "--direction", "outbound"]);
    assert!(lower.lines().count() > 0);
    assert_eq!(lines(&["messages", "-f", "NDJSON", "--tls", "Failed", "--direction", "Outbound"]), lower);
    assert_eq!(lines(&["summary", "-f", "JSON"]), lines(&["summary", "-f", "json"]));
}

/// The allocator's options are set before mimalloc starts (its first arena is reserved before
/// `main`; committed whole, it doubled the peak RSS): mimalloc prints the options it starts with.
#[cfg(target_os = "linux")]
#[test]
fn the_allocator_starts_with_memory_given_back_early() {
    let out = bin().arg("--version").env("MIMALLOC_VERBOSE", "1").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    for option in ["option 'arena_eager_commit': 0 ", "option 'purge_delay': 5 "] {
        assert!(err.lines().any(|l| l == option), "{option:?} not in:\n{err}");
    }
}

/// A log or an option named before the command (`esa-tls mail.log summary`, `esa-tls -f json summary
/// mail.log`) is what clap calls an unknown command or argument: exit 2, with a tip giving the line
/// in its order, which runs and gives what the right order gives; a mistyped command gets clap's own
/// suggestion, not that tip, and neither does an unknown option after the command.
#[test]
fn a_log_or_option_before_the_command_is_an_error_that_gives_the_line_in_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("my logs")).unwrap();
    let log = dir.path().join("my logs/mail $1.s");
    std::fs::copy(sample(), &log).unwrap();
    let log = log.to_str().unwrap();
    let right = bin().args(["summary", log, "-f", "json"]).output().unwrap();
    assert_eq!(right.status.code(), Some(0));
    let said = "then its options and logs: 'esa-tls ";
    for args in [[log, "summary", "-f", "json"], [log, "-f", "json", "summary"], ["-f", "json", "summary", log]] {
        let out = bin().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        let tip = err.split(said).nth(1).and_then(|t| t.split("'\n").next());
        let tip = tip.unwrap_or_else(|| panic!("no tip: {err}"));
        // the line as shown, run by a shell
        let shown = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("\"$0\" {tip}"))
            .arg(env!("CARGO_BIN_EXE_esa-tls"))
            .output()
            .unwrap();
        assert_eq!(shown.status.code(), Some(0), "{tip}: {}", String::from_utf8_lossy(&shown.stderr));
        assert_eq!(shown.stdout, right.stdout, "{tip}");
    }
    // no command at all: the main job is shown
    let out = bin().arg(log).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{said}summary \"")));
    // a mistyped command is not taken for a log; an unknown option after the command is no slip of order
    for (args, clap_says) in [(["sumary", log], "'summary'"), (["summary", "--bogus"], "'--bogus'")] {
        let out = bin().args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2));
        assert!(err.contains(clap_says) && !err.contains(said), "{err}");
    }
}
