//! `esa-tls trace`: the lines a message's verdicts rest on, cited by file and line.

use crate::common::*;
use flate2::write::GzEncoder;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};

fn trace(query: &str, paths: &[&Path]) -> (i32, Value) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["trace", query, "-f", "json"])
        .args(paths)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let v =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap(), v)
}

fn lines(t: &Value) -> Vec<(u64, String)> {
    t["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["line"].as_u64().unwrap(), l["text"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn the_seed_blocks_show_the_lines_the_note_points_at() {
    let seed = fixture("seed_118500_examples.log");
    // receiving: the note's first block, wrapped opening line whole
    let (code, v) = trace("200257070", &[&seed]);
    assert_eq!(code, 0);
    let t = &v["traces"][0];
    let got = lines(t);
    assert_eq!(
        got,
        vec![
            (1, "Wed Jul 20 19:47:40 2005 Info: New smtp ICID 282204970 interface Management\n(10.10.10.1) address 192.168.1.1 reverse dns host unknown verified no".into()),
            (3, "Wed Jul 20 19:47:40 2005 Info: ICID 282204970 ACCEPT SG None match SBRS None".into()),
            (4, "Wed Jul 20 19:47:40 2005 Info: ICID 282204970 TLS success".into()),
            (5, "Wed Jul 20 19:47:40 2005 Info: Start MID 200257070 ICID 282204970".into()),
        ]
    );
    let v0 = &t["verdicts"][0];
    assert_eq!(
        (v0["hop"].as_str(), v0["tls"].as_str(), v0["id"].as_u64()),
        (Some("received"), Some("success"), Some(282204970))
    );
    assert_eq!(v0["evidence"]["line"], 4, "the TLS success line");

    // delivery: the TLS line logged before the opening line, the delivery line
    let (_, v) = trace("200257075", &[&seed]);
    let t = &v["traces"][0];
    let got: Vec<u64> = lines(t).iter().map(|l| l.0).collect();
    assert_eq!(got, vec![16, 17, 19]);
    assert!(lines(t)[1].1.ends_with("interface 10.10.10.2\naddress 192.168.2.2"), "the wrapped line whole");
    let vs = t["verdicts"].as_array().unwrap();
    let received = vs.iter().find(|x| x["hop"] == "received").unwrap();
    assert_eq!(received["tls"], "unknown");
    assert!(received["why"].as_str().unwrap().contains("before the first line of the input"));
    let d = vs.iter().find(|x| x["hop"] == "delivery").unwrap();
    assert_eq!((d["tls"].as_str(), d["id"].as_u64(), d["rid"].as_u64()), (Some("success"), Some(2386069), Some(0)));
    assert_eq!(d["evidence"]["line"], 16);
}

#[test]
fn a_rotated_gz_set_cites_the_right_file_and_line() {
    let d = tempfile::tempdir().unwrap();
    let sample =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s"))
            .unwrap();
    let all: Vec<&str> = sample.lines().collect();
    let n = all.len();
    let names =
        ["mail_logs.@20240310T080000.s.gz", "mail_logs.@20240310T080200.s.gz", "mail_logs.@20240310T080400.s.gz"];
    let cuts = [0, n / 3, 2 * n / 3, n];
    let mut pieces = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let text = all[cuts[i]..cuts[i + 1]].join("\n") + "\n";
        let mut e = GzEncoder::new(std::fs::File::create(d.path().join(name)).unwrap(), flate2::Compression::fast());
        e.write_all(text.as_bytes()).unwrap();
        e.finish().unwrap();
        pieces.push(text);
    }
    // a message whose life crosses the cuts: received in the first file, delivered in a later one
    let (_, v) = trace("frank@newsletter.example", &[d.path()]);
    let traces = v["traces"].as_array().unwrap();
    assert!(!traces.is_empty());
    let mut files = std::collections::BTreeSet::new();
    for t in traces {
        for l in t["lines"].as_array().unwrap() {
            let src = l["source"].as_str().unwrap();
            let i = names.iter().position(|n| src.ends_with(n)).unwrap_or_else(|| panic!("{src}"));
            files.insert(i);
            let line = l["line"].as_u64().unwrap() as usize;
            let first = l["text"].as_str().unwrap().lines().next().unwrap();
            assert_eq!(pieces[i].lines().nth(line - 1), Some(first), "{src}:{line}");
        }
    }
    assert!(files.len() >= 2, "the traced lines come from several files of the set: {files:?}");
}

#[test]
fn a_message_id_or_an_address_finds_the_message_and_nothing_found_is_said() {
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s");
    let (_, by_id) = trace("<500032.1096282414845@newsletter.example>", &[&sample]);
    let (_, by_mid) = trace("500032", &[&sample]);
    assert_eq!(by_id, by_mid);
    let (code, v) = trace("nobody@nowhere.example", &[&sample]);
    assert_eq!(code, 1);
    assert_eq!(v["traces"].as_array().unwrap().len(), 0);
    // stdin cannot be read twice
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["trace", "5", "-"])
        .stdin(std::fs::File::open(&sample).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_store_holds_no_lines_to_trace() {
    // a store keeps the records, not the lines that prove them: trace refuses it (exit 2) rather
    // than print verdicts without evidence
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s");
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("s.db");
    let esa = || std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"));
    let out = esa().args(["ingest", "--store"]).arg(&db).arg(&sample).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let out = esa().args(["trace", "500003", "-f", "json", "--store"]).arg(&db).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(out.stdout.is_empty(), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(stderr.contains("keeps records, not lines: give the log files"), "{stderr}");
    // the stored record is there, for the command that prints records
    let out = esa().args(["messages", "-f", "json", "--mid", "500003", "--store"]).arg(&db).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"mid\":500003"));
}

#[test]
fn a_reused_icid_tells_only_the_life_that_carried_the_message() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("reuse.log");
    std::fs::write(
        &p,
        "Mon Mar  4 10:00:00 2024 Info: New SMTP ICID 7 interface D (10.0.0.1) address 192.0.2.1 reverse dns host unknown verified no
Mon Mar  4 10:00:01 2024 Info: ICID 7 TLS success protocol TLSv1.2 cipher X
Mon Mar  4 10:00:02 2024 Info: ICID 7 close
Mon Mar  4 11:00:00 2024 Info: New SMTP ICID 7 interface D (10.0.0.1) address 192.0.2.2 reverse dns host unknown verified no
Mon Mar  4 11:00:01 2024 Info: Start MID 9 ICID 7
Mon Mar  4 11:00:01 2024 Info: MID 9 ICID 7 From: <a@b.example>
Mon Mar  4 11:00:02 2024 Info: Message finished MID 9 done
Mon Mar  4 11:00:03 2024 Info: ICID 7 close
",
    )
    .unwrap();
    let (_, v) = trace("9", &[&p]);
    let t = &v["traces"][0];
    let got: Vec<u64> = lines(t).iter().map(|l| l.0).collect();
    assert_eq!(got, vec![4, 5, 6, 7, 8]);
    assert_eq!(t["verdicts"][0]["tls"], "none", "the second life had no TLS line");
}

#[test]
fn two_appliances_with_the_same_ids_are_two_stories() {
    // one syslog stream from two appliances that both number a connection 5 and a message 7: each
    // trace holds its own appliance's lines and verdict only
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("two.log");
    let mut text = String::new();
    for (host, ip, tls) in [("esa1", "192.0.2.1", "success protocol TLSv1.3 cipher X"), ("esa2", "192.0.2.2", "failed")]
    {
        for body in [
            format!("New SMTP ICID 5 interface D (10.0.0.1) address {ip} reverse dns host unknown verified no"),
            format!("ICID 5 TLS {tls}"),
            "Start MID 7 ICID 5".to_string(),
            "MID 7 ICID 5 From: <a@b.example>".to_string(),
            "Message finished MID 7 done".to_string(),
            "ICID 5 close".to_string(),
        ] {
            text.push_str(&format!("Mar  4 10:00:01 {host} mail_logs: Info: {body}\n"));
        }
    }
    std::fs::write(&p, text).unwrap();
    let (_, v) = trace("7", &[&p]);
    let traces = v["traces"].as_array().unwrap();
    assert_eq!(traces.len(), 2, "{v:#}");
    for t in traces {
        let host = t["messages"][0]["appliance"].as_str().unwrap().to_string();
        let got = lines(t);
        assert_eq!(got.len(), 6, "{host}: {got:?}");
        assert!(got.iter().all(|(_, text)| text.contains(&format!(" {host} "))), "{host}: {got:?}");
        let want = if host == "esa1" { "success" } else { "failed" };
        assert_eq!(t["verdicts"][0]["tls"], want, "{host}");
    }
}

#[test]
fn a_message_named_by_a_search_option_is_traced_too() {
    // `trace --mid 500032 mail.log`, as the other commands are searched: the same trace as `trace 500032`
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s");
    let sample = sample.to_str().unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"))
            .args(["trace", "-f", "json"])
            .args(args)
            .arg(sample)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, by_query, _) = run(&["500032"]);
    assert_eq!(code, Some(0));
    assert!(by_query.contains("500032"));
    let (code, by_option, err) = run(&["--mid", "500032"]);
    assert_eq!((code, &by_option), (Some(0), &by_query), "{err}");
    // an address too
    let (code, by_address, err) = run(&["--to", "judy0@gmail.example"]);
    assert_eq!((code, &by_address), (Some(0), &run(&["judy0@gmail.example"]).1), "{err}");
    // a MID not in the log is no message, exit 1 (not a missing input, exit 2)
    let (code, _, err) = run(&["--mid", "999999"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("no message matches \"999999\""), "{err}");
}
