//! The search filters find exactly the messages and connections that values computed independently
//! (from the simulator's own decisions, or from the raw log lines) say they should.

use esa_tls::model::{Direction, TlsOutcome};
use esa_tls_sim::{generate, Config, Truth};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn esa() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"));
    c.stdin(std::process::Stdio::null());
    c
}

struct Fixture {
    _dir: tempfile::TempDir,
    log: PathBuf,
    text: String,
    truth: Truth,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let mut log = Vec::new();
    let truth = generate(&Config { seed: 21, messages: 600, ..Config::default() }, &mut log, true).unwrap();
    let path = dir.path().join("mail.log");
    std::fs::write(&path, &log).unwrap();
    Fixture { _dir: dir, log: path, text: String::from_utf8(log).unwrap(), truth }
}

/// MIDs of `messages -f ndjson` with these filter arguments.
fn mids(log: &Path, args: &[&str]) -> BTreeSet<u64> {
    let out = esa().args(["messages", "-f", "ndjson"]).args(args).arg(log).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["mid"].as_u64().unwrap())
        .collect()
}

fn expect(t: &Truth, f: impl Fn(&esa_tls_sim::MessageTruth) -> bool) -> BTreeSet<u64> {
    t.messages.iter().filter(|m| f(m)).map(|m| m.mid).collect()
}

fn domain(a: &str) -> String {
    a.rsplit_once('@').map(|x| x.1.to_ascii_lowercase()).unwrap_or_default()
}

#[test]
fn every_filter_finds_what_the_traffic_says() {
    let fx = fixture();
    let t = &fx.truth;
    let log = fx.log.as_path();
    let some = |f: &dyn Fn(&esa_tls_sim::MessageTruth) -> bool| t.messages.iter().find(|m| f(m)).unwrap().clone();

    // --mid, repeated and as a list (OR)
    let (a, b) = (t.messages[3].mid, t.messages[40].mid);
    assert_eq!(mids(log, &["--mid", &a.to_string()]), BTreeSet::from([a]));
    let both = BTreeSet::from([a, b]);
    assert_eq!(mids(log, &["--mid", &a.to_string(), "--mid", &b.to_string()]), both);
    assert_eq!(mids(log, &["--mid", &format!("{a},{b}")]), both);

    // --icid: the injection connection
    let m = some(&|m| m.icid.is_some_and(|i| i != 0));
    let icid = m.icid.unwrap();
    assert_eq!(mids(log, &["--icid", &icid.to_string()]), expect(t, |x| x.icid == Some(icid)));

    // --dcid: any recipient's last attempt
    let dcid = some(&|m| m.recipients.iter().any(|r| r.dcid.is_some())).recipients.iter().find_map(|r| r.dcid).unwrap();
    assert_eq!(
        mids(log, &["--dcid", &dcid.to_string()]),
        expect(t, |x| x.recipients.iter().any(|r| r.dcid == Some(dcid)))
    );

    // --from: a full address in any case, @domain, a domain
    let from = some(&|m| m.from.as_deref().is_some_and(|f| f.contains('@'))).from.unwrap();
    let want = expect(t, |x| x.from.as_deref().is_some_and(|f| f.eq_ignore_ascii_case(&from)));
    assert!(!want.is_empty());
    assert_eq!(mids(log, &["--from", &from.to_uppercase()]), want);
    let d = domain(&from);
    let want = expect(t, |x| x.from.as_deref().is_some_and(|f| domain(f) == d));
    assert_eq!(mids(log, &["--from", &format!("@{d}")]), want);
    assert_eq!(mids(log, &["--from", &d]), want, "no subdomain of it sends in this traffic");

    // --to: any recipient
    for d in ["strict-gov.example", "gmail.example"] {
        let want = expect(t, |x| x.recipients.iter().any(|r| r.to.as_deref().is_some_and(|a| domain(a) == d)));
        assert!(!want.is_empty(), "{d}");
        assert_eq!(mids(log, &["--to", d]), want, "{d}");
    }

    // --tls: any hop; with --direction, that direction's hops only
    let received =
        |x: &esa_tls_sim::MessageTruth, o: TlsOutcome| x.icid.is_some_and(|i| i != 0) && x.received_tls == Some(o);
    let delivered = |x: &esa_tls_sim::MessageTruth, o: TlsOutcome| {
        x.recipients.iter().any(|r| r.attempts > 0 && r.delivery_tls == Some(o))
    };
    for (name, o) in [("failed", TlsOutcome::Failed), ("none", TlsOutcome::None), ("success", TlsOutcome::Success)] {
        let want = expect(t, |x| received(x, o) || delivered(x, o));
        assert!(!want.is_empty(), "{name}");
        assert_eq!(mids(log, &["--tls", name]), want, "--tls {name}");
        assert_eq!(mids(log, &["--tls", name, "--direction", "inbound"]), expect(t, |x| received(x, o)), "{name} in");
        assert_eq!(
            mids(log, &["--tls", name, "--direction", "outbound"]),
            expect(t, |x| delivered(x, o)),
            "{name} out"
        );
    }
    // two values of one filter: OR
    assert_eq!(
        mids(log, &["--tls", "failed,none", "--direction", "inbound"]),
        expect(t, |x| received(x, TlsOutcome::Failed) || received(x, TlsOutcome::None))
    );

    // combinations: AND
    let want = expect(t, |x| {
        x.recipients.iter().any(|r| r.to.as_deref().is_some_and(|a| domain(a) == "gmail.example"))
            && (received(x, TlsOutcome::None) || delivered(x, TlsOutcome::None))
    });
    assert_eq!(mids(log, &["--to", "gmail.example", "--tls", "none"]), want);

    // --peer: the remote IP of the injection or a delivery connection
    let conn_ip = |d: Direction, id: u64| {
        t.connections.iter().find(|c| c.direction == d && c.id == id).and_then(|c| c.remote_ip.clone())
    };
    let ip = t
        .connections
        .iter()
        .find(|c| c.direction == Direction::Outbound && c.remote_ip.is_some())
        .unwrap()
        .remote_ip
        .clone()
        .unwrap();
    let want = expect(t, |x| {
        x.recipients
            .iter()
            .any(|r| r.attempts > 0 && r.dcid.and_then(|d| conn_ip(Direction::Outbound, d)).as_deref() == Some(&ip))
            || x.icid.is_some_and(|i| i != 0 && conn_ip(Direction::Inbound, i).as_deref() == Some(&ip))
    });
    assert!(!want.is_empty());
    assert_eq!(mids(log, &["--peer", &ip]), want);
}

#[test]
fn subject_and_message_id_match_what_the_log_lines_say() {
    let fx = fixture();
    // independently: straight from the log lines
    let line_value = |key: &str, mid_line: &str| -> Option<(u64, String)> {
        let body = mid_line.split_once(" Info: ")?.1;
        let rest = body.strip_prefix("MID ")?;
        let (mid, rest) = rest.split_once(' ')?;
        let v = rest.strip_prefix(key)?.trim().trim_matches('\'');
        Some((mid.parse().ok()?, v.to_string()))
    };
    let subjects: Vec<(u64, String)> = fx.text.lines().filter_map(|l| line_value("Subject ", l)).collect();
    let ids: Vec<(u64, String)> = fx.text.lines().filter_map(|l| line_value("Message-ID ", l)).collect();
    let (mid, id) = ids[5].clone();
    let bare = id.trim_start_matches('<').trim_end_matches('>').to_string();
    assert_eq!(mids(&fx.log, &["--message-id", &id]), BTreeSet::from([mid]));
    assert_eq!(mids(&fx.log, &["--message-id", &bare]), BTreeSet::from([mid]), "without angle brackets");
    // the header line as a mail client's "view source" shows it, pasted whole
    for pasted in [format!("Message-ID: {id}"), format!("message-id:{id}"), format!("Message-Id:  {bare}")] {
        assert_eq!(mids(&fx.log, &["--message-id", &pasted]), BTreeSet::from([mid]), "{pasted}");
        let out = esa().args(["trace", "-f", "json", &pasted]).arg(&fx.log).output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let traces = v["traces"].as_array().unwrap();
        assert_eq!(traces.len(), 1, "trace {pasted}");
        assert_eq!(traces[0]["messages"][0]["mid"].as_u64(), Some(mid), "trace {pasted}");
    }
    let word = "invoice";
    let want: BTreeSet<u64> = subjects.iter().filter(|(_, s)| s.to_lowercase().contains(word)).map(|x| x.0).collect();
    assert!(!want.is_empty());
    let got = mids(&fx.log, &["--subject", "INVOICE"]);
    // rewrites and splits inherit their parent's subject: they are found too
    assert!(want.is_subset(&got), "{want:?} ⊄ {got:?}");
    let inherited: Vec<u64> = got.difference(&want).copied().collect();
    for m in &inherited {
        let rec = fx.truth.messages.iter().find(|x| x.mid == *m).unwrap();
        assert!(!rec.counted_inbound, "MID {m} has no subject line of its own and is no rewrite");
    }
}

#[test]
fn connections_are_filtered_and_message_filters_are_refused_for_them() {
    let fx = fixture();
    let out = esa()
        .args(["connections", "-f", "ndjson", "--tls", "failed", "--direction", "outbound"])
        .arg(&fx.log)
        .output()
        .unwrap();
    let got: BTreeSet<u64> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_u64().unwrap())
        .collect();
    let want: BTreeSet<u64> = fx
        .truth
        .connections
        .iter()
        .filter(|c| c.direction == Direction::Outbound && c.tls == TlsOutcome::Failed)
        .map(|c| c.id)
        .collect();
    assert_eq!(got, want);
    let out = esa().args(["connections", "--subject", "x"]).arg(&fx.log).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--subject select messages"));
}

#[test]
fn a_domain_matches_its_subdomains_and_at_domain_only_itself() {
    let d = tempfile::tempdir().unwrap();
    let log = d.path().join("mail.log");
    let mut text = String::new();
    for (mid, to) in [(1, "a@Partner.Example"), (2, "b@mail.partner.example"), (3, "c@otherpartner.example")] {
        text.push_str(&format!(
            "Mon Mar  4 10:00:00 2024 Info: Start MID {mid} ICID 0\nMon Mar  4 10:00:00 2024 Info: MID {mid} ICID 0 RID 0 To: <{to}>\nMon Mar  4 10:00:01 2024 Info: Message finished MID {mid} done\n"
        ));
    }
    std::fs::write(&log, text).unwrap();
    assert_eq!(mids(&log, &["--to", "partner.example"]), BTreeSet::from([1, 2]));
    assert_eq!(mids(&log, &["--to", "@partner.example"]), BTreeSet::from([1]));
    assert_eq!(mids(&log, &["--to", "A@PARTNER.EXAMPLE"]), BTreeSet::from([1]));
    assert_eq!(mids(&log, &["--to", "mail.partner.example"]), BTreeSet::from([2]));
}

#[test]
fn reports_count_only_the_recipients_asked_about() {
    let fx = fixture();
    let out = esa().args(["summary", "-f", "json", "--to", "gmail.example"]).arg(&fx.log).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = &v["outbound"]["recipients"];
    let got = r["encrypted"].as_u64().unwrap() + r["not_encrypted"].as_u64().unwrap() + r["unknown"].as_u64().unwrap();
    let want = fx
        .truth
        .messages
        .iter()
        .flat_map(|m| &m.recipients)
        .filter(|r| r.attempts > 0 && r.to.as_deref().is_some_and(|a| domain(a) == "gmail.example"))
        .count() as u64;
    assert_eq!(got, want);
}

#[test]
fn a_search_by_id_prints_the_same_records_read_back_from_plain_files_as_from_gzip() {
    // plain files are read without texts and the texts of the records found are read back from
    // their lines; gzip files (read from their start only) keep every text: the same records
    let fx = fixture();
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<&str> = fx.text.split_inclusive('\n').collect();
    let (older, newer) = lines.split_at(lines.len() / 2);
    let plain = [dir.path().join("mail.@1.s"), dir.path().join("mail.current")];
    let gz = [dir.path().join("mail.@1.s.gz"), dir.path().join("mail.current.gz")];
    for (i, part) in [older, newer].iter().enumerate() {
        std::fs::write(&plain[i], part.concat()).unwrap();
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut e, part.concat().as_bytes()).unwrap();
        std::fs::write(&gz[i], e.finish().unwrap()).unwrap();
    }
    let t = &fx.truth;
    // a message whose life crosses the two files, a rewritten or split one, a connection's messages
    let crossing = t.messages.iter().map(|m| m.mid).find(|mid| {
        let (subject, any) = (format!("MID {mid} Subject"), format!("MID {mid} "));
        older.iter().any(|l| l.contains(&subject)) && newer.iter().any(|l| l.contains(&any))
    });
    let child = t.messages.iter().find(|m| fx.text.contains(&format!("rewritten to MID {}", m.mid))).map(|m| m.mid);
    let icid = t.messages.iter().skip(100).find_map(|m| m.icid).expect("a message received over SMTP");
    let mut searches = vec![vec!["--mid".to_string(), t.messages[7].mid.to_string(), "-f".into(), "ndjson".into()]];
    searches.push(vec!["--icid".into(), icid.to_string(), "-f".into(), "ndjson".into()]);
    for mid in [crossing.expect("a message in both files"), child.expect("a rewritten message")] {
        searches.push(vec!["--mid".into(), mid.to_string(), "-f".into(), "json".into()]);
    }
    // a third of the messages: reading back would cost more than every text, so the run starts
    // again with every text
    let many: Vec<String> = t.messages.iter().step_by(3).map(|m| m.mid.to_string()).collect();
    searches.push(vec!["--mid".into(), many.join(","), "-f".into(), "ndjson".into()]);
    for s in &searches {
        let run = |files: &[PathBuf]| {
            let out = esa().arg("messages").args(s).args(files).output().unwrap();
            assert!(out.status.success(), "{s:?}: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout).unwrap()
        };
        let (back, full) = (run(&plain), run(&gz));
        assert!(full.contains("\"subject\":\""), "{s:?} finds a message with its texts: {full}");
        assert_eq!(back, full, "{s:?}");
    }
}
