//! Never wrong in silence: the compliance gate fails closed, inputs that give nothing say so, and the
//! headers, file names and orders that real log servers write are read as such.

use crate::common::verdicts;
use flate2::write::GzEncoder;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

fn esa() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"));
    c.stdin(Stdio::null());
    c
}

fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s")
}

fn sample_text() -> String {
    std::fs::read_to_string(sample()).unwrap()
}

fn ndjson(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], paths: &[&Path]) -> Run {
    let out = esa().args(args).args(paths).stdin(Stdio::null()).output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn json(args: &[&str], paths: &[&Path]) -> (i32, Value, String) {
    let r = run(args, paths);
    let v = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
    (r.code, v, r.stderr)
}

/// The message records of `paths`, one thread.
fn messages(paths: &[&Path]) -> Vec<Value> {
    let out = esa().args(["messages", "-f", "ndjson", "-j", "1"]).args(paths).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    ndjson(&out.stdout)
}

// ---- 1. a path is never a domain; no silent stdin ----

#[test]
fn a_path_after_require_tls_is_read_as_input_not_taken_as_a_domain() {
    let (code, v, _) = json(&["check", "-f", "json", "--require-tls", "strict-gov.example"], &[sample().as_path()]);
    assert_eq!(code, 1, "the sample has violations for strict-gov.example");
    assert_eq!(v["tables"][0]["totals"]["violations"], 8);
}

#[test]
fn no_paths_and_stdin_not_a_pipe_is_an_error_not_an_empty_pass() {
    // as under cron: stdin is /dev/null
    let r = run(&["check", "--require-tls", "strict-gov.example"], &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no input"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    // an empty file on stdin: the same
    let d = tempfile::tempdir().unwrap();
    let empty = d.path().join("empty");
    std::fs::write(&empty, "").unwrap();
    let out = esa()
        .args(["check", "--require-tls", "x.example"])
        .stdin(std::fs::File::open(&empty).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // a file with data on stdin is read
    let out = esa()
        .args(["check", "-f", "json", "--require-tls", "strict-gov.example"])
        .stdin(std::fs::File::open(sample()).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_gate_whose_search_keeps_nothing_verified_nothing() {
    // the input has mail, but the search or the time range keeps none of it: no pass (exit 3)
    for filter in [&["--to", "nobody@nowhere.example"][..], &["--since", "2030-01-01"], &["--mid", "1"]] {
        let r = run(&[&["check", "--require-tls", "strict-gov.example"][..], filter].concat(), &[&sample()]);
        assert_eq!(r.code, 3, "{filter:?}: {}", r.stderr);
        assert!(r.stderr.contains("kept no record, so nothing was verified"), "{}", r.stderr);
        // not also that the rule's domain is not in the input (it is; the search left it out): not
        // on stderr, and not in the report's own notes either
        assert!(!r.stderr.contains("falls under it"), "{}", r.stderr);
        assert!(!r.stdout.contains("falls under it"), "{}", r.stdout);
        let r =
            run(&[&["impact", "-f", "json", "--require-tls", "strict-gov.example"][..], filter].concat(), &[&sample()]);
        assert!(!r.stderr.contains("falls under it"), "{filter:?}: {}", r.stderr);
        assert!(!r.stdout.contains("falls under it"), "{filter:?}: {}", r.stdout);
    }
    // a rule no record of the kept ones falls under is still said, in the report and on stderr
    let r = run(&["check", "--require-tls", "strict-gov.exmaple", "--mid", "500002"], &[&sample()]);
    assert!(r.stderr.contains("--require-tls strict-gov.exmaple: no sender or recipient domain"), "{}", r.stderr);
    assert!(r.stdout.contains("--require-tls strict-gov.exmaple: no sender or recipient domain"), "{}", r.stdout);
    // bounds the wrong way round are a usage error (exit 2), before anything is read: not a pass,
    // and not a summary of zeros
    for cmd in [&["check", "--require-tls", "strict-gov.example"][..], &["summary", "-f", "json"]] {
        let r = run(&[cmd, &["--since", "2024-03-11", "--until", "2024-03-10"]].concat(), &[&sample()]);
        assert_eq!((r.code, r.stdout.as_str()), (2, ""), "{cmd:?}");
        assert!(r.stderr.contains("--since: not before until"), "{}", r.stderr);
    }
    // a search that keeps records is checked as usual: the violations at strict-gov.example
    let r = run(&["check", "--require-tls", "strict-gov.example", "--to", "strict-gov.example"], &[&sample()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    // and one that keeps a message the rule does not concern passes (it was read, and broke nothing)
    let r = run(&["check", "--require-tls", "strict-gov.example", "--mid", "500002"], &[&sample()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn a_report_over_inputs_that_could_not_be_read_prints_no_figures() {
    let d = tempfile::tempdir().unwrap();
    let missing = d.path().join("missing.log");
    // nothing read: the error, exit 2, and no zeros that look like an answer
    for cmd in [&["summary", "-f", "json"][..], &["peers", "-f", "json"], &["check", "--require-tls", "x.example"]] {
        let r = run(cmd, &[&missing]);
        assert_eq!(r.code, 2, "{cmd:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{cmd:?}: {}", r.stdout);
        assert!(r.stderr.contains("missing.log"), "{}", r.stderr);
    }
    // nor an HTML report of zeros to hand on
    let html = d.path().join("r.html");
    let r = run(&["report", "--html", html.to_str().unwrap()], &[&missing]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!html.exists(), "no report file");
    // one input read: its figures, and still exit 2 for the other (the report names it)
    let r = run(&["report", "--html", html.to_str().unwrap()], &[&missing, &sample()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("data-problems=\"1\"") && page.contains("missing.log: "), "the problem is in the report");
    // `report LOGS > report.html` (no --html, standard output not a terminal) and `--html -`: the
    // same page on standard output; nothing read, nothing written there either
    for args in [&["report"][..], &["report", "--html", "-"]] {
        let r = run(args, &[&missing, &sample()]);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert_eq!(r.stdout, page, "{args:?}");
        let r = run(args, &[&missing]);
        assert_eq!((r.code, r.stdout.as_str()), (2, ""), "{args:?}: {}", r.stderr);
    }
    let r = run(&["summary", "-f", "json"], &[&missing, &sample()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.contains("\"messages_total\": 104"), "{}", r.stdout);
}

// ---- 2. comma lists, wildcards, @, and rules that match nothing ----

#[test]
fn comma_lists_equal_repeated_flags() {
    let s = sample();
    let (_, a, _) = json(&["check", "-f", "json", "--require-tls", "strict-gov.example,partner-bank.example"], &[&s]);
    let (_, b, _) = json(
        &["check", "-f", "json", "--require-tls", "strict-gov.example", "--require-tls", "partner-bank.example"],
        &[&s],
    );
    assert_eq!(a, b);
    let (_, one, _) = json(&["check", "-f", "json", "--require-tls", "strict-gov.example"], &[&s]);
    let v = |x: &Value| x["tables"][0]["totals"]["violations"].clone();
    assert_eq!(v(&a), v(&one), "partner-bank.example is all TLS");
}

#[test]
fn wildcards_and_at_define_their_scope() {
    let d = tempfile::tempdir().unwrap();
    let log = d.path().join("mail.log");
    // plaintext deliveries to the domain itself and to a subdomain
    std::fs::write(
        &log,
        "Mon Mar  4 10:00:00 2024 Info: Start MID 1 ICID 0
Mon Mar  4 10:00:00 2024 Info: MID 1 ICID 0 From: <>
Mon Mar  4 10:00:00 2024 Info: MID 1 ICID 0 RID 0 To: <a@gov.example>
Mon Mar  4 10:00:00 2024 Info: MID 1 ICID 0 RID 1 To: <b@mail.gov.example>
Mon Mar  4 10:00:01 2024 Info: New SMTP DCID 5 interface 10.0.0.1 address 192.0.2.5 port 25
Mon Mar  4 10:00:01 2024 Info: Delivery start DCID 5 MID 1 to RID [0, 1]
Mon Mar  4 10:00:02 2024 Info: Message done DCID 5 MID 1 to RID [0, 1]
Mon Mar  4 10:00:02 2024 Info: MID 1 RID [0, 1] Response 'ok'
Mon Mar  4 10:00:02 2024 Info: Message finished MID 1 done
Mon Mar  4 10:00:03 2024 Info: DCID 5 close
",
    )
    .unwrap();
    let recipients = |rule: &str| -> Vec<u64> {
        let (_, v, _) = json(&["check", "-f", "json", "--require-tls", rule], &[&log]);
        let mut rids: Vec<u64> = v["tables"][0]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["kind"] == "recipient")
            .map(|r| r["rid"].as_u64().unwrap())
            .collect();
        rids.sort();
        rids
    };
    assert_eq!(recipients("gov.example"), [0, 1], "a domain includes its subdomains");
    assert_eq!(recipients("GOV.example"), [0, 1], "any case");
    assert_eq!(recipients("*.gov.example"), [1], "*. is subdomains only");
    assert_eq!(recipients(".gov.example"), [1], "a leading dot is subdomains only");
    assert_eq!(recipients("@gov.example"), [0], "@ is the domain only");
    for bad in ["g*v.example", "gov.*", "/var/log/esa", "a b.example"] {
        let r = run(&["check", "--require-tls", bad], &[&log]);
        assert_eq!(r.code, 2, "{bad}: {}", r.stderr);
        assert!(r.stderr.contains("--require-tls"), "{}", r.stderr);
    }
}

#[test]
fn a_required_domain_that_never_occurs_is_said() {
    let r = run(&["check", "-f", "json", "--require-tls", "strict-gov.example,strcit-gov.example"], &[&sample()]);
    assert!(r.stderr.contains("--require-tls strcit-gov.example: no sender or recipient domain"), "{}", r.stderr);
    assert!(!r.stderr.contains("--require-tls strict-gov.example:"), "{}", r.stderr);
    let r = run(&["impact", "-f", "json", "--require-tls", "nowhere.example"], &[&sample()]);
    assert!(r.stderr.contains("--require-tls nowhere.example: no sender"), "{}", r.stderr);
}

// ---- 3. input that gives nothing says so; check exits 3 ----

#[test]
fn input_without_mail_log_lines_is_named_with_its_likely_cause() {
    let d = tempfile::tempdir().unwrap();
    let binary = d.path().join("core.bin");
    std::fs::write(&binary, (0..4000u32).map(|i| (i * 7 % 256) as u8).collect::<Vec<u8>>()).unwrap();
    let prose = d.path().join("notes.txt");
    std::fs::write(&prose, "Meeting notes\nTLS should be on for everything\nask Bob about the relay\n").unwrap();
    let other_tag = d.path().join("gui.log");
    std::fs::write(
        &other_tag,
        "Mar 10 08:00:01 esa1 gui_logs: Info: req:10.0.0.1 user:admin id:abc 200 GET /monitor\nMar 10 08:00:02 esa1 gui_logs: Info: req:10.0.0.1 user:admin id:abc 200 GET /mail\n",
    )
    .unwrap();
    for (path, cause) in
        [(&binary, "looks binary"), (&prose, "form not understood"), (&other_tag, "syslog tag \"gui_logs\"")]
    {
        let r = run(&["check", "--require-tls", "x.example"], &[path]);
        assert_eq!(r.code, 3, "{}: a gate over no data does not pass\n{}", path.display(), r.stderr);
        let name = path.display().to_string();
        assert!(r.stderr.contains(&format!("{name}: no mail-log line in")), "{}", r.stderr);
        assert!(r.stderr.contains(cause), "{cause}: {}", r.stderr);
        assert!(r.stderr.contains("nothing was verified"), "{}", r.stderr);
        // other commands say it too, without --stats
        let r = run(&["summary", "-f", "json"], &[path]);
        assert!(r.stderr.contains(&format!("{name}: no mail-log line")), "{}", r.stderr);
    }
    // binary bytes never reach the terminal raw
    let r = run(&["summary", "-f", "json", "--stats"], &[&binary]);
    assert!(!r.stderr.bytes().any(|b| b < 0x20 && b != b'\n'), "control bytes on stderr");
}

#[test]
fn a_wrong_explicit_tag_is_named_in_the_note() {
    let text = sample_text().lines().map(|l| format!("Mar 10 08:00:00 esa1 esa_mail: {l}\n")).collect::<String>();
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("syslog.log");
    std::fs::write(&p, text).unwrap();
    let r = run(&["check", "--tag", "mail_logs", "--require-tls", "strict-gov.example"], &[&p]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("--tag esa_mail"), "{}", r.stderr);
}

#[test]
fn a_mostly_foreign_file_gets_a_note() {
    let mut text = String::new();
    for (i, l) in sample_text().lines().enumerate() {
        text.push_str(&format!("Mar 10 08:00:00 esa1 mail_logs: {}\n", l.split_once(" 2024 ").unwrap().1));
        for _ in 0..2 {
            text.push_str(&format!("Mar 10 08:00:00 esa1 gui_logs: Info: req:10.0.0.{i} GET /\n"));
        }
    }
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("all.log");
    std::fs::write(&p, text).unwrap();
    let r = run(&["summary", "-f", "json", "--year", "2024"], &[&p]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("lines were not understood or belong to other subscriptions"), "{}", r.stderr);
    assert!(r.stderr.contains("gui_logs"), "{}", r.stderr);
}

// ---- 4. check lists every violation, in time order, structured ----

#[test]
fn violations_are_listed_in_time_order_with_rule_domain_and_totals() {
    let (code, v, _) = json(
        &["check", "-f", "json", "--require-tls", "strict-gov.example", "--min-protocol", "tlsv1.2"],
        &[&sample()],
    );
    assert_eq!(code, 1);
    let t = &v["tables"][0];
    let rows = t["rows"].as_array().unwrap();
    assert_eq!(t["totals"]["violations"].as_u64().unwrap() as usize, rows.len(), "all listed by default");
    let times: Vec<&str> = rows.iter().map(|r| r["time"].as_str().unwrap()).collect();
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted, "in time order");
    assert!(rows.iter().any(|r| r["rule"] == "require-tls" && r["domain"] == "strict-gov.example"));
    assert!(rows.iter().any(|r| r["rule"] == "min-protocol"));
    let (_, v, _) = json(
        &[
            "check",
            "-f",
            "json",
            "--require-tls",
            "strict-gov.example",
            "--min-protocol",
            "TLSv1.2",
            "--max-listed",
            "3",
        ],
        &[&sample()],
    );
    let t = &v["tables"][0];
    let firsts: Vec<&str> = t["rows"].as_array().unwrap().iter().map(|r| r["time"].as_str().unwrap()).collect();
    assert_eq!(firsts, &sorted[..3], "the earliest three");
    assert_eq!(t["totals"]["listed"], 3);
    assert_eq!(t["totals"]["violations"].as_u64().unwrap() as usize, rows.len());
}

// ---- 5. collector headers ----

/// The sample rewritten with another header in front of each body: `f(time, body)`.
fn rewrite(f: impl Fn(&str, &str) -> String) -> String {
    sample_text()
        .lines()
        .map(|l| {
            // `Sun Mar 10 08:00:01 2024 Info: …`
            let (stamp, body) = l.split_at(24);
            let hms = &stamp[11..19];
            format!("{}\n", f(hms, body.trim_start()))
        })
        .collect()
}

#[test]
fn collector_headers_give_the_same_verdicts_with_their_own_zone() {
    let d = tempfile::tempdir().unwrap();
    let want = verdicts(&messages(&[&sample()]));
    type Form = Box<dyn Fn(&str, &str) -> String>;
    let forms: [(&str, Form); 8] = [
        ("rsyslog", Box::new(|t, b| format!("2024-03-10T{t}.684502-05:00 esa1.corp.example mail_logs: {b}"))),
        ("spaced", Box::new(|t, b| format!("2024-03-10 {t},123 esa1 mail_logs: {b}"))),
        ("rfc5424", Box::new(|t, b| format!("<22>1 2024-03-10T{t}.684-05:00 esa1.corp.example mail_logs - - - {b}"))),
        ("iso", Box::new(|t, b| format!("2024-03-10T{t}-05:00 esa1 mail_logs: {b}"))),
        ("yearfirst", Box::new(|t, b| format!("2024 Mar 10 {t} esa1 mail [info] splunk_maillogs:nopid {b}"))),
        // journalctl -o short-iso: the offset without its colon, a process ID after the tag
        ("journal", Box::new(|t, b| format!("2024-03-10T{t}-0500 esa1 mail_logs[2215]: {b}"))),
        // Kiwi Syslog Server: tab-separated, the message after the appliance's <PRI> as it came
        ("kiwi", Box::new(|t, b| format!("2024-03-10 {t}\tMail.Info\t10.0.0.5\tmail_logs: {b}"))),
        (
            "kiwi-full",
            Box::new(|t, b| format!("2024-03-10 {t}\tLocal0.Info\t10.0.0.5\tMar 10 {t} esa1 mail_logs: {b}")),
        ),
    ];
    for (name, f) in forms {
        let p = d.path().join(format!("{name}.log"));
        std::fs::write(&p, rewrite(f)).unwrap();
        let got = messages(&[&p]);
        assert_eq!(verdicts(&got), want, "{name}");
    }
    // the zone written in the line is the line's, even against the file header's offset
    let p = d.path().join("zulu.log");
    std::fs::write(&p, rewrite(|t, b| format!("2024-03-10T{t}Z esa1 mail_logs: {b}"))).unwrap();
    let got = messages(&[&p]);
    assert!(got.iter().all(|m| m["started"].as_str().is_none_or(|s| s.ends_with('Z'))), "{:?}", got[0]["started"]);
}

#[test]
fn a_mail_log_under_a_tag_without_mail_is_taken_by_content_and_said() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("esa.log");
    std::fs::write(&p, rewrite(|t, b| format!("2024-03-10T{t}-05:00 esa1 ironport_esa: {b}"))).unwrap();
    let r = run(&["messages", "-f", "ndjson"], &[&p]);
    assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())), verdicts(&messages(&[&sample()])));
    assert!(
        r.stderr.contains("syslog tag \"ironport_esa\" were taken as mail-log lines by their content"),
        "{}",
        r.stderr
    );
    // other subscriptions on the same stream stay ignored
    let mut mixed = rewrite(|t, b| format!("2024-03-10T{t}-05:00 esa1 mail_logs: {b}"));
    mixed.push_str("2024-03-10T08:09:00-05:00 esa1 bounce_logs: Info: Bounced: DCID 20000 MID 500032 From:<a@b> To:<c@d> RID 0 - 5.1.0 - Unknown address error ('550', ['x'])\n");
    mixed.push_str("2024-03-10T08:09:00-05:00 esa1 gui_logs: Info: req:10.0.0.1 user:admin id:abc 200 GET /mail\n");
    std::fs::write(&p, mixed).unwrap();
    assert_eq!(verdicts(&messages(&[&p])), verdicts(&messages(&[&sample()])));
}

// ---- 6. file order and identity ----

/// The sample cut into three files at line boundaries (each later piece later in time).
fn pieces(dir: &Path) -> Vec<String> {
    let text = sample_text();
    let lines: Vec<&str> = text.lines().collect();
    let n = lines.len();
    let cuts = [0, n / 3, 2 * n / 3, n];
    (0..3)
        .map(|i| {
            let mut s = lines[cuts[i]..cuts[i + 1]].join("\n");
            s.push('\n');
            let _ = dir;
            s
        })
        .collect()
}

fn gz(p: &Path, text: &str) {
    let mut e = GzEncoder::new(std::fs::File::create(p).unwrap(), flate2::Compression::fast());
    e.write_all(text.as_bytes()).unwrap();
    e.finish().unwrap();
}

#[test]
fn files_named_out_of_order_are_read_in_time_order() {
    let d = tempfile::tempdir().unwrap();
    let p = pieces(d.path());
    let names: Vec<PathBuf> = (0..3).map(|i| d.path().join(format!("part{i}.log"))).collect();
    for (n, t) in names.iter().zip(&p) {
        std::fs::write(n, t).unwrap();
    }
    let want = verdicts(&messages(&[&sample()]));
    let r = run(&["messages", "-f", "ndjson", "-j", "1"], &[&names[2], &names[0], &names[1]]);
    assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())), want);
    assert!(r.stderr.contains("read in the time order of their first line"), "{}", r.stderr);
}

#[test]
fn logrotate_folders_are_read_oldest_first() {
    let want = verdicts(&messages(&[&sample()]));
    let d = tempfile::tempdir().unwrap();
    let p = pieces(d.path());
    // numbered, as rsyslog's traditional format writes them (no year in the lines, so the names
    // decide): the higher the number, the older; the live file is the newest
    let traditional = |t: &str| -> String {
        t.lines().map(|l| format!("Mar 10 {} esa1 mail_logs: {}\n", &l[11..19], l[24..].trim_start())).collect()
    };
    let whole = d.path().join("whole.log");
    std::fs::write(&whole, traditional(&p.concat())).unwrap();
    let year = ["--year", "2024"];
    let want_traditional =
        verdicts(&ndjson(run(&["messages", "-f", "ndjson", year[0], year[1]], &[&whole]).stdout.as_bytes()));
    let num = d.path().join("numbered");
    std::fs::create_dir(&num).unwrap();
    gz(&num.join("maillog.2.gz"), &traditional(&p[0]));
    std::fs::write(num.join("maillog.10"), "").unwrap();
    std::fs::write(num.join("maillog.1"), traditional(&p[1])).unwrap();
    std::fs::write(num.join("maillog"), traditional(&p[2])).unwrap();
    std::fs::write(num.join("README"), "not a log").unwrap();
    let r = run(&["messages", "-f", "ndjson", "-j", "1", year[0], year[1]], &[&num]);
    assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())), want_traditional, "{}", r.stderr);
    assert!(r.stderr.contains("README: skipped"), "{}", r.stderr);
    // dated
    let dated = d.path().join("dated");
    std::fs::create_dir(&dated).unwrap();
    gz(&dated.join("maillog-20240310.gz"), &p[0]);
    gz(&dated.join("maillog-20240311.gz"), &p[1]);
    std::fs::write(dated.join("maillog"), &p[2]).unwrap();
    assert_eq!(verdicts(&messages(&[&dated])), want);
    // names that sort against time: the first lines decide
    let odd = d.path().join("odd");
    std::fs::create_dir(&odd).unwrap();
    std::fs::write(odd.join("maillog-a"), &p[2]).unwrap();
    std::fs::write(odd.join("maillog-b"), &p[0]).unwrap();
    std::fs::write(odd.join("maillog-c"), &p[1]).unwrap();
    assert_eq!(verdicts(&messages(&[&odd])), want);
}

#[test]
fn a_file_that_goes_back_in_time_gets_a_note() {
    let d = tempfile::tempdir().unwrap();
    let p = pieces(d.path());
    let f = d.path().join("all.log");
    std::fs::write(&f, [p[0].as_str(), &p[1], &p[2]].concat()).unwrap();
    // lines of the same hours after the whole, but not its lines (their IDs differ; the same lines
    // again are read once: `overlapping_exports_are_read_once_from_where_the_earlier_ends`)
    let g = d.path().join("again.log");
    std::fs::write(&g, p[1].replace("MID ", "MID 9")).unwrap();
    let r = run(&["summary", "-f", "json"], &[&f, &g]);
    assert!(r.stderr.contains("again.log starts at") && r.stderr.contains("go back in time"), "{}", r.stderr);
}

#[test]
fn the_same_file_twice_or_with_its_folder_is_read_once() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("esa");
    std::fs::create_dir(&dir).unwrap();
    let f = dir.join("mail_logs.@20240310T080000.s");
    std::fs::copy(sample(), &f).unwrap();
    let want = verdicts(&messages(&[&sample()]));
    for args in [
        vec![f.clone(), f.clone()],
        vec![f.clone(), dir.clone()],
        vec![dir.join("../esa/mail_logs.@20240310T080000.s"), f.clone()],
    ] {
        let refs: Vec<&Path> = args.iter().map(PathBuf::as_path).collect();
        let r = run(&["messages", "-f", "ndjson", "-j", "1"], &refs);
        assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())), want, "{args:?}");
        assert!(r.stderr.contains("already named: read once"), "{}", r.stderr);
    }
}

/// A copy of a log under another name (`.current` fetched as a file beside the file it links to),
/// or a copy of the live file taken earlier (cut at a line or within one), is read once, as part of
/// the longer file, with a note; two logs that begin alike and then part are both read.
#[test]
fn a_copy_of_a_log_or_of_its_beginning_is_read_once() {
    let d = tempfile::tempdir().unwrap();
    let text = sample_text();
    let whole = d.path().join("mail_logs.@20240310T080000.c");
    std::fs::write(&whole, &text).unwrap();
    let current = d.path().join("mail_logs.current");
    std::fs::write(&current, &text).unwrap();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let at_line = d.path().join("earlier.txt");
    std::fs::write(&at_line, lines[..lines.len() / 2].concat()).unwrap();
    let in_line = d.path().join("earlier-cut.txt");
    std::fs::write(&in_line, &text[..text.len() * 2 / 3]).unwrap();
    let want = verdicts(&messages(&[&whole]));
    for (args, said) in [
        (vec![&whole, &current], "mail_logs.current: the same log as"),
        (vec![&current, &whole], "c: the same log as"),
        (vec![&at_line, &whole], "earlier.txt: its log is the beginning of"),
        (vec![&whole, &in_line], "earlier-cut.txt: its log is the beginning of"),
        (vec![&in_line, &current, &at_line, &whole], "earlier.txt: its log is the beginning of"),
    ] {
        let refs: Vec<&Path> = args.iter().map(|p| p.as_path()).collect();
        let r = run(&["messages", "-f", "ndjson", "-j", "1"], &refs);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())), want, "{args:?}");
        assert!(r.stderr.contains(said), "{args:?}: {}", r.stderr);
        assert!(!r.stderr.contains("go back in time"), "{}", r.stderr);
    }
    // the folder that holds `.current` as a file and the file it names
    let folder = d.path().join("esa");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(&whole, folder.join("mail_logs.@20240310T080000.c")).unwrap();
    std::fs::copy(&whole, folder.join("mail_logs.current")).unwrap();
    let r = run(&["messages", "-f", "ndjson", "-j", "1"], &[&folder]);
    assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())), want);
    assert!(r.stderr.contains("the same log as"), "{}", r.stderr);
    // alike to their last line, then apart: both read
    let parted = d.path().join("parted.txt");
    let last = lines.len() - 1;
    std::fs::write(&parted, format!("{}{}X\n", lines[..last].concat(), lines[last].trim_end())).unwrap();
    let r = run(&["messages", "-f", "ndjson", "-j", "1"], &[&whole, &parted]);
    assert!(!r.stderr.contains("a copy"), "{}", r.stderr);
    assert!(ndjson(r.stdout.as_bytes()).len() > want.len());
}

/// A rotated file unpacked beside its `.gz` (`gunzip -k`), a log and its compressed copy or the
/// compressed copy of its beginning: the log, decoded, is what is compared.
#[test]
fn a_copy_of_a_log_compressed_or_unpacked_is_read_once() {
    let d = tempfile::tempdir().unwrap();
    let text = sample_text();
    let gz = |t: &str| {
        let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(t.as_bytes()).unwrap();
        e.finish().unwrap()
    };
    let want = verdicts(&messages(&[&sample()]));
    let folder = d.path().join("maillogs");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("maillog.1"), &text).unwrap();
    std::fs::write(folder.join("maillog.1.gz"), gz(&text)).unwrap();
    let r = run(&["messages", "-f", "ndjson", "-j", "1"], &[&folder]);
    assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())), want, "{}", r.stderr);
    assert!(r.stderr.contains("the same log as"), "{}", r.stderr);
    // the log, and the compressed copy of its beginning taken earlier; and the other way round
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let (plain, packed) = (d.path().join("mail.log"), d.path().join("earlier.log.gz"));
    std::fs::write(&plain, &text).unwrap();
    std::fs::write(&packed, gz(&lines[..lines.len() / 3].concat())).unwrap();
    let (plain_part, packed_all) = (d.path().join("earlier.log"), d.path().join("mail.log.gz"));
    std::fs::write(&plain_part, lines[..lines.len() / 3].concat()).unwrap();
    std::fs::write(&packed_all, gz(&text)).unwrap();
    for (args, said) in [
        ([&packed, &plain], "earlier.log.gz: its log is the beginning of"),
        ([&plain_part, &packed_all], "earlier.log: its log is the beginning of"),
    ] {
        let r = run(&["messages", "-f", "ndjson", "-j", "1"], &args.map(|p| p.as_path()));
        assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())), want, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{args:?}: {}", r.stderr);
    }
    // a compressed log whose last line parts from the plain one: both read
    let parted = d.path().join("parted.log.gz");
    std::fs::write(&parted, gz(&format!("{}X\n", text.trim_end()))).unwrap();
    let r = run(&["messages", "-f", "ndjson", "-j", "1"], &[&plain, &parted]);
    assert!(!r.stderr.contains("a copy"), "{}", r.stderr);
    assert!(ndjson(r.stdout.as_bytes()).len() > want.len());
}

/// A simulated log of `messages` inbound messages (on-box lines, or syslog lines of two appliances,
/// which carry no year), and its lines.
fn simulated(seed: u64, messages: u64, syslog: bool) -> Vec<u8> {
    let appliances = if syslog { 2 } else { 1 };
    let cfg = esa_tls_sim::Config { seed, messages, appliances, syslog, ..Default::default() };
    let mut log = Vec::new();
    esa_tls_sim::generate(&cfg, &mut log, false).unwrap();
    log
}

/// The lines `from..to` of `lines`, as one text.
fn stretch(lines: &[&[u8]], from: usize, to: usize) -> Vec<u8> {
    lines[from..to].concat()
}

/// Two exports of one log over overlapping hours (the end of the first is the start of the
/// second), named in either order, with or without a third that is a stretch of one of them: the
/// lines they share are read once, the later file from the line after them, with its lines
/// numbered as in the file (a trace shows each line where it stands); the verdicts are the whole
/// log's, read in place or as a stream, on one thread or two.
#[test]
fn overlapping_exports_are_read_once_from_where_the_earlier_ends() {
    let d = tempfile::tempdir().unwrap();
    // megabytes: the earlier file's lines are found by their times, not read whole
    let log = simulated(21, 2000, false);
    let lines: Vec<&[u8]> = log.split_inclusive(|&c| c == b'\n').collect();
    let n = lines.len();
    let (cut_a, cut_b) = (n * 7 / 10, n * 3 / 10);
    let whole = d.path().join("whole.log");
    std::fs::write(&whole, &log).unwrap();
    let a = d.path().join("export-1.log");
    std::fs::write(&a, stretch(&lines, 0, cut_a)).unwrap();
    let b = d.path().join("export-2.log");
    std::fs::write(&b, stretch(&lines, cut_b, n)).unwrap();
    let part = d.path().join("export-hour.log");
    std::fs::write(&part, stretch(&lines, n * 4 / 10, n * 6 / 10)).unwrap();
    let want = verdicts(&messages(&[&whole]));
    let shared = cut_a - cut_b;
    let said = format!("export-2.log: its first {shared} lines are the last lines of");
    let from = format!("read once, from its line {}", shared + 1);
    for (args, extra) in [
        (vec![&a, &b], vec![]),
        (vec![&b, &a], vec![]),
        (vec![&a, &b, &part], vec!["export-hour.log: all its lines are lines of"]),
        (vec![&part, &a, &b], vec!["export-hour.log: all its lines are lines of"]),
    ] {
        let refs: Vec<&Path> = args.iter().map(|p| p.as_path()).collect();
        // read in place or as a stream, on one thread or two
        let ways = if args.len() == 2 { &[&["-j", "1"][..], &["--no-mmap"], &[]][..] } else { &[&["-j", "1"][..]] };
        for opts in ways {
            let r = run(&[&["messages", "-f", "ndjson"][..], opts].concat(), &refs);
            assert_eq!(r.code, 0, "{}", r.stderr);
            assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())), want, "{args:?} {opts:?}");
            for s in extra.iter().chain([&said.as_str(), &from.as_str()]) {
                assert!(r.stderr.contains(s), "{args:?}: {s}: {}", r.stderr);
            }
            assert!(!r.stderr.contains("go back in time"), "{}", r.stderr);
        }
    }
    // the stretch both hold crosses a rotation of the earlier set: read once all the same
    let set = d.path().join("esa");
    std::fs::create_dir(&set).unwrap();
    std::fs::write(set.join("mail_logs.@20240310T080000.s"), stretch(&lines, 0, n * 4 / 10)).unwrap();
    std::fs::write(set.join("mail_logs.@20240310T090000.s"), stretch(&lines, n * 4 / 10, n * 8 / 10)).unwrap();
    let spanning = d.path().join("spanning.log");
    std::fs::write(&spanning, stretch(&lines, n * 35 / 100, n * 45 / 100)).unwrap();
    let across = d.path().join("across.log");
    std::fs::write(&across, stretch(&lines, n * 6 / 10, n * 9 / 10)).unwrap();
    let set_alone = verdicts(&messages(&[&set]));
    let files = |a: &str, b: &str| format!("{} and then of {}", set.join(a).display(), set.join(b).display());
    let (first, second) = ("mail_logs.@20240310T080000.s", "mail_logs.@20240310T090000.s");
    for (args, said, want) in [
        (
            vec![&set, &b],
            format!(
                "export-2.log: its first {} lines are the last lines of {}",
                n * 8 / 10 - cut_b,
                files(first, second)
            ),
            &want,
        ),
        (
            vec![&set, &spanning],
            format!("spanning.log: all its lines are lines of {}", files(first, second)),
            &set_alone,
        ),
        // read in time order: the export that starts in the set, then the one that is in it
        (vec![&set, &across, &b], "across.log: all its lines are lines of".to_string(), &want),
    ] {
        let refs: Vec<&Path> = args.iter().map(|p| p.as_path()).collect();
        let r = run(&["messages", "-f", "ndjson", "-j", "1"], &refs);
        assert_eq!(&verdicts(&ndjson(r.stdout.as_bytes())), want, "{args:?}");
        assert!(r.stderr.contains(&said), "{said}: {}", r.stderr);
    }
    // every line accounted for: those read, and those left as the end of the earlier file
    let r = run(&["summary", "-f", "json", "--stats"], &[&a, &b]);
    let said = format!("export-2.log: {} lines after its first {shared}, read as the end of another file", n - cut_a);
    assert!(r.stderr.contains(&said), "{said}: {}", r.stderr);
    // a message whose lines are all past the shared ones: its trace names them in the later file
    let text = String::from_utf8_lossy(&stretch(&lines, cut_a, n)).into_owned();
    let mid = text.lines().find_map(|l| l.split_once("Start MID ").map(|x| x.1)).unwrap();
    let mid = mid.split(' ').next().unwrap();
    let (code, v, err) = json(&["trace", "--mid", mid], &[&a, &b]);
    assert_eq!(code, 0, "{err}");
    let traced = v["traces"][0]["lines"].as_array().unwrap();
    let file_lines = |p: &Path| std::fs::read_to_string(p).unwrap().lines().map(String::from).collect::<Vec<_>>();
    let (a_lines, b_lines) = (file_lines(&a), file_lines(&b));
    let mut in_b = 0;
    for l in traced {
        let at = l["line"].as_u64().unwrap() as usize;
        let in_file = match l["source"].as_str().unwrap() {
            s if s.ends_with("export-2.log") => {
                // none of the shared lines is read from it
                assert!(at > shared, "{l}");
                in_b += 1;
                &b_lines
            }
            _ => &a_lines,
        };
        assert_eq!(in_file[at - 1], l["text"].as_str().unwrap(), "line {at}");
    }
    assert!(in_b >= 3, "{v}");
    // a search reads the texts of what it keeps back from their lines, at their places in the file
    let searched = |paths: &[&Path]| {
        let out = esa().args(["messages", "-f", "ndjson", "--mid", mid]).args(paths).output().unwrap();
        verdicts(&ndjson(&out.stdout))
    };
    let found = searched(&[&a, &b]);
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("\"subject\":\""), "{found:?}");
    assert_eq!(found, searched(&[&whole]));
}

/// The same overlap in a log server's files (syslog lines, two appliances, no year in the times):
/// read once. Two appliances' own logs over the same hours share no lines: both read whole.
#[test]
fn overlapping_syslog_exports_are_read_once_and_two_logs_of_the_same_hours_whole() {
    let d = tempfile::tempdir().unwrap();
    let log = simulated(22, 3000, true);
    let lines: Vec<&[u8]> = log.split_inclusive(|&c| c == b'\n').collect();
    let n = lines.len();
    let whole = d.path().join("maillog");
    std::fs::write(&whole, &log).unwrap();
    let a = d.path().join("maillog-monday");
    std::fs::write(&a, stretch(&lines, 0, n * 6 / 10)).unwrap();
    let b = d.path().join("maillog-friday");
    std::fs::write(&b, stretch(&lines, n * 4 / 10, n)).unwrap();
    let r = run(&["messages", "-f", "ndjson", "-j", "1"], &[&a, &b]);
    assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())), verdicts(&messages(&[&whole])));
    assert!(r.stderr.contains("maillog-friday: its first"), "{}", r.stderr);
    // another log of the same hours (another seed): nothing in common
    let other = d.path().join("maillog-other");
    std::fs::write(&other, simulated(23, 3000, true)).unwrap();
    let r = run(&["summary", "-f", "json", "--stats"], &[&whole, &other]);
    assert!(!r.stderr.contains("lines are"), "{}", r.stderr);
    for p in [&whole, &other] {
        let lines = std::fs::read(p).unwrap().iter().filter(|&&c| c == b'\n').count();
        let said = format!("{}: {lines} lines: ", p.display());
        assert!(r.stderr.contains(&said), "{said}: {}", r.stderr);
    }
}

// ---- 7. two appliances on-box ----

fn onbox(serial: &str, tls: &str) -> String {
    format!(
        "Mon Mar  4 09:59:59 2024 Info: Version: 15.0.1-030 SN: {serial}
Mon Mar  4 10:00:00 2024 Info: New SMTP ICID 1 interface D (10.0.0.1) address 192.0.2.1 reverse dns host unknown verified no
Mon Mar  4 10:00:00 2024 Info: ICID 1 {tls}
Mon Mar  4 10:00:01 2024 Info: Start MID 1 ICID 1
Mon Mar  4 10:00:01 2024 Info: MID 1 ICID 1 From: <a@b.example>
Mon Mar  4 10:00:01 2024 Info: MID 1 ICID 1 RID 0 To: <c@d.example>
Mon Mar  4 10:00:02 2024 Info: Message finished MID 1 done
Mon Mar  4 10:00:03 2024 Info: ICID 1 close
"
    )
}

#[test]
fn on_box_files_of_two_appliances_never_mix_ids() {
    let d = tempfile::tempdir().unwrap();
    let a = d.path().join("a.log");
    let b = d.path().join("b.log");
    std::fs::write(&a, onbox("SERIAL-A", "TLS success protocol TLSv1.2 cipher AES256-SHA")).unwrap();
    std::fs::write(&b, onbox("SERIAL-B", "TLS failed: (336151574, 'error:x:sslv3 alert certificate unknown')"))
        .unwrap();
    let out = esa().args(["connections", "-f", "ndjson"]).arg(&a).arg(&b).output().unwrap();
    let recs = ndjson(&out.stdout);
    let mut got: Vec<(String, String)> = recs
        .iter()
        .map(|c| (c["appliance"].as_str().unwrap().to_string(), c["tls"].as_str().unwrap().to_string()))
        .collect();
    got.sort();
    assert_eq!(got, [("SERIAL-A".into(), "success".into()), ("SERIAL-B".into(), "failed".into())]);
    // names given per path win over the serial
    let out = esa()
        .args(["connections", "-f", "ndjson"])
        .arg(format!("--appliance=esa-east={}", a.display()))
        .arg(format!("--appliance=esa-west={}", b.display()))
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    let mut names: Vec<String> =
        ndjson(&out.stdout).iter().map(|c| c["appliance"].as_str().unwrap().to_string()).collect();
    names.sort();
    assert_eq!(names, ["esa-east", "esa-west"]);
}

// ---- 8. a live pipe is not held back ----

#[test]
fn a_live_pipe_hands_records_on_while_it_stays_open() {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["messages", "-f", "ndjson"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // far less than a read chunk: without the idle hand-over nothing would come out
    stdin.write_all(sample_text().as_bytes()).unwrap();
    stdin.flush().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    // stdin stays open; a generous bound, this is no speed test
    let line = rx.recv_timeout(std::time::Duration::from_secs(20)).expect("a record while the pipe is open");
    assert!(line.contains("\"mid\""), "{line}");
    drop(stdin);
    let _ = child.wait();
}

// ---- 9. outputs ----

#[test]
fn summary_ndjson_is_one_object_on_one_line() {
    let r = run(&["summary", "-f", "ndjson", "--bucket", "hour"], &[&sample()]);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", r.stdout);
    let v: Value = serde_json::from_str(lines[0]).unwrap();
    assert!(v["inbound"]["connections"]["success"].as_u64().unwrap() > 0);
}

#[test]
fn csv_is_one_table_per_stream_and_neutralises_formulas() {
    let r = run(&["peers", "-f", "csv"], &[&sample()]);
    let mut lines = r.stdout.lines();
    assert!(lines.next().unwrap().starts_with("peer,connections,"), "{}", r.stdout);
    assert!(lines.all(|l| !l.is_empty() && !l.starts_with("peer,")), "one header, no blank line: {}", r.stdout);
    assert!(r.stderr.contains("--table ID"), "{}", r.stderr);
    let r2 = run(&["peers", "-f", "csv", "--table", "outbound_peers"], &[&sample()]);
    assert_ne!(r.stdout, r2.stdout);
    let r3 = run(&["peers", "-f", "csv", "--table", "nope"], &[&sample()]);
    assert_eq!(r3.code, 2);
    assert!(r3.stderr.contains("inbound_peers, outbound_peers"), "{}", r3.stderr);
    let s = run(&["summary", "-f", "csv", "--bucket", "hour"], &[&sample()]);
    assert!(s.stdout.starts_with("direction,level,category,count,percent\n"), "{}", s.stdout);
    assert!(!s.stdout.contains("\n\n"));
    let s = run(&["summary", "-f", "csv", "--bucket", "hour", "--table", "series"], &[&sample()]);
    assert!(s.stdout.starts_with("start,inbound_messages,"), "{}", s.stdout);

    // a hostile subject and sender
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("evil.log");
    std::fs::write(
        &p,
        "Mon Mar  4 10:00:00 2024 Info: New SMTP ICID 1 interface D (10.0.0.1) address 192.0.2.1 reverse dns host unknown verified no
Mon Mar  4 10:00:01 2024 Info: Start MID 1 ICID 1
Mon Mar  4 10:00:01 2024 Info: MID 1 ICID 1 From: <@evil.example>
Mon Mar  4 10:00:01 2024 Info: MID 1 Subject '=HYPERLINK(\"http://x.example\",\"click\")'
Mon Mar  4 10:00:02 2024 Info: Message finished MID 1 done
Mon Mar  4 10:00:03 2024 Info: ICID 1 close
",
    )
    .unwrap();
    let r = run(&["messages", "-f", "csv"], &[&p]);
    let mut rd = csv::Reader::from_reader(r.stdout.as_bytes());
    let headers = rd.headers().unwrap().clone();
    let row = rd.records().next().unwrap().unwrap();
    let col = |k: &str| row.get(headers.iter().position(|h| h == k).unwrap()).unwrap().to_string();
    assert_eq!(col("subject"), "'=HYPERLINK(\"http://x.example\",\"click\")");
    assert_eq!(col("from"), "'@evil.example");
    assert_eq!(col("mid"), "1");
}

#[test]
fn encoded_subjects_are_decoded_in_records_and_tables() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("enc.log");
    std::fs::write(
        &p,
        "Mon Mar  4 10:00:01 2024 Info: Start MID 1 ICID 0
Mon Mar  4 10:00:01 2024 Info: MID 1 Subject '=?UTF-8?B?RmFjdHVyYSBuwrogMTIz?= =?ISO-8859-1?Q?Espa=F1a?='
Mon Mar  4 10:00:02 2024 Info: Message finished MID 1 done
",
    )
    .unwrap();
    let m = &messages(&[&p])[0];
    assert_eq!(m["subject"], "Factura nº 123España");
}

// ---- 10. tables at 80 columns ----

#[test]
fn tables_fit_80_columns_and_keep_their_key_columns_whole() {
    for cmd in ["connections", "messages", "failures", "ciphers", "peers", "summary", "impact"] {
        let mut c = esa();
        c.args([cmd, "-f", "table"]).arg(sample()).env("ESA_TLS_COLUMNS", "80");
        if cmd == "impact" {
            c.args(["--require-tls", "plainmail.example", "--min-protocol", "TLSv1.2"]);
        }
        let out = c.output().unwrap();
        let s = String::from_utf8(out.stdout).unwrap();
        for l in s.lines() {
            assert!(l.chars().count() <= 80, "{cmd}: {} columns: {l}", l.chars().count());
        }
    }
    let out = esa().args(["failures", "-f", "table"]).arg(sample()).env("ESA_TLS_COLUMNS", "80").output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("STARTTLS unexpected response"), "the reason is whole: {s}");
    // off a terminal, nothing is cut
    let out = esa().args(["failures", "-f", "table"]).arg(sample()).env("COLUMNS", "80").output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(!s.contains('…'), "{s}");
    assert!(s.contains("TLS was required but could not be successfully negotiated"), "{s}");
}

// ---- 11. values are validated ----

#[test]
fn bad_values_are_refused_with_a_clear_error() {
    let s = sample();
    for (args, says) in [
        (vec!["summary", "--utc-offset", "99999"], "--utc-offset"),
        (vec!["summary", "--utc-offset=-50000"], "--utc-offset"),
        (vec!["summary", "--year", "20240"], "--year"),
        (vec!["summary", "--since", "2024-02-30"], "--since"),
        (vec!["summary", "--until", "2023-02-29T10:00"], "--until"),
        (vec!["summary", "-j", "0"], "--threads"),
        (vec!["summary", "--max-open", "0"], "--max-open"),
        (vec!["check", "--min-protocol", "TLS1.9"], "--min-protocol"),
        (vec!["check"], "--require-tls"),
    ] {
        let r = run(&args, &[&s]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
    }
    // any case and spelling of a protocol
    let (_, a, _) = json(&["check", "-f", "json", "--min-protocol", "TLSv1.2"], &[&s]);
    for p in ["tlsv1.2", "TLS1.2", "1.2"] {
        let (_, b, _) = json(&["check", "-f", "json", "--min-protocol", p], &[&s]);
        assert_eq!(a, b, "{p}");
    }
}

// ---- 12. figures agree ----

#[test]
fn an_hour_filtered_equals_its_bucket_row() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("long.log");
    let mut log = Vec::new();
    // traffic across hour boundaries, with messages whose life spans one
    let start = esa_tls::time::local_seconds(2024, 3, 10, 8, 50, 0).unwrap();
    let cfg = esa_tls_sim::Config { seed: 11, messages: 3000, start, ..Default::default() };
    esa_tls_sim::generate(&cfg, &mut log, false).unwrap();
    std::fs::write(&p, log).unwrap();
    let (_, all, _) = json(&["summary", "-f", "json", "--bucket", "hour"], &[&p]);
    let rows = all["series"].as_array().unwrap();
    assert!(rows.len() >= 2, "the log spans {} hours", rows.len());
    for row in rows {
        let start = row["start"].as_str().unwrap();
        let since = &start[..16];
        let h: u32 = since[11..13].parse().unwrap();
        let until = format!("{}{:02}:00", &since[..11], h + 1);
        let (_, one, _) = json(&["summary", "-f", "json", "--since", since, "--until", &until], &[&p]);
        let total = |v: &Value| v.as_object().unwrap().values().map(|x| x.as_u64().unwrap()).sum::<u64>();
        assert_eq!(total(&row["inbound_messages"]), total(&one["inbound"]["messages"]), "{since}");
        assert_eq!(total(&row["outbound_recipients"]), total(&one["outbound"]["recipients"]), "{since}");
        assert_eq!(total(&row["inbound_connections"]), total(&one["inbound"]["connections"]), "{since}");
        assert_eq!(total(&row["outbound_connections"]), total(&one["outbound"]["connections"]), "{since}");
    }
}

#[test]
fn the_policy_split_counts_plaintext_and_labels_count_right() {
    let d = tempfile::tempdir().unwrap();
    let pol = d.path().join("policy");
    std::fs::write(&pol, "strict-gov.example Required\ndefault Preferred\n").unwrap();
    let (_, v, _) = json(&["summary", "-f", "json", "--policy", pol.to_str().unwrap()], &[&sample()]);
    let split = &v["policy"]["outbound"];
    let none = v["outbound"]["connections"]["none"].as_u64().unwrap();
    assert!(none > 0);
    let required_failed = split["required_failed"].as_u64().unwrap();
    let preferred_none = split["preferred_none"].as_u64().unwrap();
    let all: u64 = ["required_success", "required_failed", "preferred_success", "preferred_failed", "preferred_none"]
        .iter()
        .map(|k| split[*k].as_u64().unwrap())
        .sum();
    let c = &v["outbound"]["connections"];
    let seen = c["success"].as_u64().unwrap() + c["failed"].as_u64().unwrap() + none;
    assert_eq!(all, seen, "every connection with a verdict is in the split, plaintext too");
    assert!(preferred_none > 0 && required_failed > 0);
    // one connection, not "1 connections"
    let d2 = tempfile::tempdir().unwrap();
    let one = d2.path().join("one.log");
    std::fs::write(&one, onbox("S", "TLS success protocol TLSv1.2 cipher AES256-SHA")).unwrap();
    let r = run(&["connections", "-f", "table"], &[&one]);
    assert!(r.stdout.contains("-- 1 connection ·"), "{}", r.stdout);
    assert!(r.stdout.contains("MSGS"), "{}", r.stdout);
}

// ---- newest first: exports sorted by time, descending ----

#[test]
fn a_log_exported_newest_first_is_an_error_not_an_answer() {
    let d = tempfile::tempdir().unwrap();
    // the sample as a search export lists it: newest line first
    let rev = d.path().join("export.log");
    let text = sample_text();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.reverse();
    std::fs::write(&rev, lines.join("\n") + "\n").unwrap();
    for cmd in [
        &["summary", "-f", "json"][..],
        &["messages", "-f", "ndjson"],
        &["check", "--require-tls", "partner-bank.example"],
    ] {
        let r = run(cmd, &[&rev]);
        assert_eq!(r.code, 2, "{cmd:?}: {}", r.stderr);
        assert!(r.stderr.contains("export.log: its lines run newest first"), "{cmd:?}: {}", r.stderr);
    }
    // with a good input beside it, the run still fails
    let r = run(&["summary", "-f", "json"], &[&sample(), &rev]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    // two appliances at the same times, line by line: each one's steps count, twice as many
    let steps_back = |stderr: &str| -> u64 {
        let at = stderr.find("time went back ").expect("the count") + "time went back ".len();
        stderr[at..].split(' ').next().unwrap().parse().unwrap()
    };
    let one = steps_back(&run(&["summary", "-f", "json", "--year", "2024"], &[&rev]).stderr);
    let two = d.path().join("two.log");
    let mut both = String::new();
    for l in &lines {
        let (stamp, body) = l.split_at(24);
        for host in ["esa1", "esa2"] {
            both.push_str(&format!("Mar 10 {} {host} mail_logs: {}\n", &stamp[11..19], body.trim_start()));
        }
    }
    std::fs::write(&two, both).unwrap();
    let r = run(&["summary", "-f", "json", "--year", "2024"], &[&two]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(steps_back(&r.stderr), 2 * one, "{}", r.stderr);
    // a store keeps none of its records
    let store = d.path().join("s.sqlite");
    let r = run(&["ingest", "--store", store.to_str().unwrap()], &[&rev]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("newest first") && r.stderr.contains("nothing was stored"), "{}", r.stderr);
    let (code, v, _) = json(&["summary", "-f", "json", "--store", store.to_str().unwrap()], &[]);
    assert_eq!((code, &v["messages_total"]), (0, &Value::from(0)), "{v}");
    // the HTML report says it before any figure
    let html = d.path().join("r.html");
    let r = run(&["report", "--html", html.to_str().unwrap()], &[&rev]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let page = std::fs::read_to_string(&html).unwrap();
    let warning = page.find("data-problems=\"1\"").expect("the problem is in the report");
    assert!(page[warning..].contains("export.log: its lines run newest first"));
    assert!(warning < page.find("id=\"headline\"").unwrap(), "before the figures");
}

#[test]
fn logs_whose_time_steps_back_now_and_then_are_read_as_logs() {
    let d = tempfile::tempdir().unwrap();
    let want = verdicts(&messages(&[&sample()]));
    // two appliances in one syslog stream, the second's clock two seconds behind: every line of one
    // after a line of the other steps back or forward
    let skewed = d.path().join("two.log");
    let mut text = String::new();
    for (i, l) in sample_text().lines().enumerate() {
        let (stamp, body) = l.split_at(24);
        let (h, m, s): (u32, u32, u32) =
            (stamp[11..13].parse().unwrap(), stamp[14..16].parse().unwrap(), stamp[17..19].parse().unwrap());
        let t = h * 3600 + m * 60 + s;
        let mut pair = [("esa1", t), ("esa2", t.saturating_sub(2))];
        if i % 2 == 1 {
            // esa2's line first on every other line: the order between the two varies
            pair.reverse();
        }
        for (host, t) in pair {
            let ts = format!("{:02}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60);
            text.push_str(&format!("Mar 10 {ts} {host} mail_logs: {}\n", body.trim_start()));
        }
    }
    std::fs::write(&skewed, text).unwrap();
    let r = run(&["summary", "-f", "json", "--year", "2024"], &[&skewed]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("newest first"), "{}", r.stderr);
    // the hour that summer time repeats, in the middle of a log: one step back of an hour
    let dst = d.path().join("dst.log");
    let text = sample_text();
    let (a, b) = text.split_at(text.len() / 2);
    let b = b.replace("Mar 10 08:", "Mar 10 07:");
    std::fs::write(&dst, format!("{a}{b}")).unwrap();
    let r = run(&["messages", "-f", "ndjson", "-j", "1"], &[&dst]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(verdicts(&ndjson(r.stdout.as_bytes())).len(), want.len());
    assert!(!r.stderr.contains("goes back"), "{}", r.stderr);
    // two files put together newest first (`cat maillog maillog.1 > all.log`): a note at the jump
    let later = text.replace("Mar 10 08:", "Mar 10 11:");
    let cat = d.path().join("all.log");
    std::fs::write(&cat, format!("{later}{text}")).unwrap();
    let r = run(&["summary", "-f", "json"], &[&cat]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("all.log: its time goes back from 2024-03-10T11:07:00-05:00 to 2024-03-10T08:00:01-05:00"),
        "{}",
        r.stderr
    );
    std::fs::write(&cat, format!("{later}{text}{later}{text}")).unwrap();
    let r = run(&["summary", "-f", "json"], &[&cat]);
    assert!(r.stderr.contains("to 2024-03-10T08:00:01-05:00 (and once more)"), "{}", r.stderr);
    // two appliances three hours apart (zones the syslog lines do not carry) in one stream: each
    // appliance's time runs forward, and that is all that is asked
    let zones = d.path().join("zones.log");
    let mut both = String::new();
    for l in text.lines() {
        let (stamp, body) = l.split_at(24);
        let (h, rest) = (stamp[11..13].parse::<u32>().unwrap(), &stamp[13..19]);
        both.push_str(&format!("Mar 10 {h:02}{rest} esa1 mail_logs: {}\n", body.trim_start()));
        both.push_str(&format!("Mar 10 {:02}{rest} esa2 mail_logs: {}\n", h + 3, body.trim_start()));
    }
    std::fs::write(&zones, both).unwrap();
    let r = run(&["summary", "-f", "json", "--year", "2024"], &[&zones]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("goes back") && !r.stderr.contains("time order"), "{}", r.stderr);
    // lines in no time order (an export not sorted): a note; examples from several logs are too
    let mut shuffled: Vec<&str> = text.lines().collect();
    let mut next = 0x2545_f491_u64;
    for i in (1..shuffled.len()).rev() {
        next ^= next << 13;
        next ^= next >> 7;
        next ^= next << 17;
        shuffled.swap(i, (next % (i as u64 + 1)) as usize);
    }
    let mixed = d.path().join("mixed.log");
    std::fs::write(&mixed, shuffled.join("\n") + "\n").unwrap();
    let r = run(&["summary", "-f", "json"], &[&mixed]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("mixed.log: its lines are in no time order"), "{}", r.stderr);
    // and so does the HTML report, folded before the figures (unless -q)
    let html = d.path().join("r.html");
    for (quiet, shown) in [(false, true), (true, false)] {
        let mut args = vec!["report", "--html", html.to_str().unwrap()];
        if quiet {
            args.push("-q");
        }
        let r = run(&args, &[&mixed]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let page = std::fs::read_to_string(&html).unwrap();
        assert_eq!(page.contains("mixed.log: its lines are in no time order"), shown, "quiet {quiet}");
        if shown {
            assert!(page.find("data-notes=").unwrap() < page.find("id=\"headline\"").unwrap());
        }
    }
}

#[test]
fn logs_compressed_in_formats_not_read_are_errors_not_binary_lines() {
    // logrotate with `compresscmd` set to xz, bzip2 or zstd, or archives saved on a desktop: told by
    // their first bytes (what follows them does not matter here)
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("esa");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(sample(), dir.join("maillog")).unwrap();
    let forms: [(&str, &[u8], &str); 5] = [
        ("maillog.1.xz", b"\xFD7zXZ\x00\x00\x04", "is compressed with xz"),
        ("maillog.2.bz2", b"BZh91AY&SY", "is compressed with bzip2"),
        ("maillog.3.zst", b"\x28\xB5\x2F\xFD\x24\x00", "is compressed with zstd"),
        ("maillog.4.zip", b"PK\x03\x04\x14\x00", "is a zip archive"),
        ("maillog-20240309.7z", b"7z\xBC\xAF\x27\x1C\x00\x04", "is a 7-Zip archive"),
    ];
    for (name, magic, _) in forms {
        let mut bytes = magic.to_vec();
        bytes.extend((0..4000u32).map(|i| (i * 7919 % 251) as u8));
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let r = run(&["summary", "-f", "json"], &[&dir]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    for (name, _, what) in forms {
        assert!(r.stderr.contains(&format!("{name}: {what}, which is not read")), "{name}: {}", r.stderr);
    }
    assert!(!r.stderr.contains("looks binary"), "{}", r.stderr);
    // the log that could be read: its figures
    assert!(r.stdout.contains("\"messages_total\": 104"), "{}", r.stdout);
    // the same on stdin, and read with `read` rather than mapped
    let xz = dir.join("maillog.1.xz");
    let out = esa().args(["summary", "-f", "json", "-"]).stdin(std::fs::File::open(&xz).unwrap()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-: is compressed with xz"));
    let r = run(&["summary", "-f", "json", "--no-mmap"], &[&xz]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "nothing read, no figures: {}", r.stdout);
}

#[test]
fn a_folder_of_appliance_folders_is_read_as_each_of_them() {
    // as `listen --spool` and log servers keep them: DIR/<appliance>/<its log files>
    let d = tempfile::tempdir().unwrap();
    let spool = d.path().join("spool");
    let text = sample_text();
    for (host, serial) in [("esa1", "4229ABCDEF0123456789-0A1B2C3D4E5F"), ("esa2", "9999ABCDEF0123456789-0A1B2C3D4E5F")]
    {
        std::fs::create_dir_all(spool.join(host)).unwrap();
        let log = text.replace("4229ABCDEF0123456789-0A1B2C3D4E5F", serial);
        std::fs::write(spool.join(host).join("mail_logs.@20240310T080000.s"), log).unwrap();
    }
    std::fs::create_dir_all(spool.join("empty")).unwrap();
    let named = run(&["messages", "-f", "ndjson"], &[&spool.join("esa1"), &spool.join("esa2")]);
    assert_eq!(named.code, 0, "{}", named.stderr);
    let r = run(&["messages", "-f", "ndjson"], &[&spool]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, named.stdout);
    assert_eq!(ndjson(r.stdout.as_bytes()).len(), 208, "both appliances' messages");
    assert!(r.stderr.contains("spool: no log file at its top; its folders esa1, esa2 are read"), "{}", r.stderr);
    assert!(!r.stderr.contains("esa1: skipped"), "{}", r.stderr);
    // a folder with logs of its own: those, and its folders are skipped as before
    std::fs::copy(sample(), spool.join("mail_logs.@20240310T090000.s")).unwrap();
    let r = run(&["summary", "-f", "json"], &[&spool]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\"messages_total\": 104"), "{}", r.stdout);
    assert!(r.stderr.contains("esa1: skipped"), "{}", r.stderr);
    // nothing anywhere: the error says where it looked
    let bare = d.path().join("bare");
    std::fs::create_dir_all(bare.join("sub")).unwrap();
    let r = run(&["summary", "-f", "json"], &[&bare]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("directory holds no mail log files") && r.stderr.contains("nor folders of them"));
}

/// Appliance folders whose files name no serial number (a header cut off, a collector that dropped
/// it): each folder is its own appliance, named after the folder, where they were one appliance
/// whose IDs ran into each other (or took the serial number of the folder read before).
#[test]
fn appliance_folders_without_a_serial_number_are_named_by_their_folders() {
    let d = tempfile::tempdir().unwrap();
    let spool = d.path().join("spool");
    let serial = "4229ABCDEF0123456789-0A1B2C3D4E5F";
    let without: String = sample_text().lines().filter(|l| !l.contains("SN: ")).map(|l| format!("{l}\n")).collect();
    // esa2 delivers over TLS where esa1 did not: the same IDs, other verdicts
    let other = without.replace("TLS failed", "TLS success protocol TLSv1.2 cipher AES128-SHA");
    assert_ne!(other, without);
    for (host, text) in [("esa1", &without), ("esa2", &other)] {
        std::fs::create_dir_all(spool.join(host)).unwrap();
        std::fs::write(spool.join(host).join("mail_logs.@20240310T080000.s"), text).unwrap();
    }
    let by_appliance = |stdout: &str| {
        let mut m: std::collections::BTreeMap<String, Vec<serde_json::Value>> = Default::default();
        for r in ndjson(stdout.as_bytes()) {
            m.entry(r["appliance"].as_str().unwrap_or("(none)").to_string()).or_default().push(r);
        }
        m
    };
    let r = run(&["messages", "-f", "ndjson"], &[&spool]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("go back in time"), "{}", r.stderr);
    let got = by_appliance(&r.stdout);
    assert_eq!(got.keys().collect::<Vec<_>>(), ["esa1", "esa2"], "{}", r.stderr);
    // each is what that folder gives alone, named so
    for host in ["esa1", "esa2"] {
        let dir = spool.join(host);
        let alone = run(&["messages", "-f", "ndjson", "--appliance", &format!("{host}={}", dir.display())], &[&dir]);
        assert_eq!(got[host], ndjson(alone.stdout.as_bytes()), "{host}");
        assert_eq!(got[host].len(), 104);
    }
    // a search by ID, whose texts are read back from the files, gives the records of a full run
    let mid_of = |stdout: &str| -> Vec<serde_json::Value> {
        ndjson(stdout.as_bytes()).into_iter().filter(|r| r["mid"] == 500004).collect()
    };
    let searched = |dir: &std::path::Path| {
        let r = run(&["messages", "-f", "ndjson", "--mid", "500004"], &[dir]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        ndjson(r.stdout.as_bytes())
    };
    assert_eq!(searched(&spool), mid_of(&r.stdout));
    // a folder whose header names a serial number keeps it; the one read after it, whose header
    // does not, is not taken for it
    std::fs::write(spool.join("esa1").join("mail_logs.@20240310T080000.s"), sample_text()).unwrap();
    let r = run(&["messages", "-f", "ndjson"], &[&spool]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let got = by_appliance(&r.stdout);
    assert_eq!(got.keys().collect::<Vec<_>>(), [serial, "esa2"], "{}", r.stderr);
    assert_eq!((got[serial].len(), got["esa2"].len()), (104, 104));
    let found = searched(&spool);
    assert_eq!(found, mid_of(&r.stdout));
    assert!(found.iter().all(|m| m["from"].is_string()), "{found:?}");
    // an appliance's subscription folders (mail_logs/, gui_logs/): the serial number, as before
    let push = d.path().join("push");
    std::fs::create_dir_all(push.join("mail_logs")).unwrap();
    std::fs::create_dir_all(push.join("gui_logs")).unwrap();
    std::fs::write(push.join("mail_logs").join("mail_logs.@20240310T080000.s"), sample_text()).unwrap();
    std::fs::write(
        push.join("gui_logs").join("gui_logs.@20240310T080000.s"),
        "Sun Mar 10 08:00:01 2024 Info: Begin Logfile\nSun Mar 10 08:00:02 2024 Info: GUI session started\n",
    )
    .unwrap();
    let r = run(&["messages", "-f", "ndjson"], &[&push]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(by_appliance(&r.stdout).keys().collect::<Vec<_>>(), [serial], "{}", r.stderr);
}
