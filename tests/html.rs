//! `esa-tls report --html`: one self-contained file whose figures equal the JSON reports, every log
//! value escaped, and which a real browser (headless Chromium) loads without an error, charts
//! included. The test also takes the README's screenshot (`UPDATE_SCREENSHOTS=1`).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) fn esa(args: &[&str], paths: &[&Path]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(args)
        .args(paths)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

/// Six hours of simulated traffic (a busy quarter of an hour each hour), so the report has a trend.
pub(crate) fn traffic(dir: &Path) -> PathBuf {
    let mut log = Vec::new();
    for hour in 0..6u64 {
        let start = esa_tls::time::local_seconds(2024, 3, 10, 8 + hour as u32, 0, 0).unwrap();
        let cfg = esa_tls_sim::Config { seed: 4 + hour, messages: 700, start, ..Default::default() };
        let mut part = Vec::new();
        esa_tls_sim::generate(&cfg, &mut part, false).unwrap();
        log.extend_from_slice(&part);
    }
    let p = dir.join("mail_logs.@20240310T080000.s");
    std::fs::write(&p, log).unwrap();
    p
}

/// The records a store holds of what `summary -f json` counted: every message and every connection.
pub(crate) fn records_of(summary: &Value) -> u64 {
    let conns = |dir: &str| -> u64 {
        summary[dir]["connections"].as_object().unwrap().values().map(|n| n.as_u64().unwrap()).sum()
    };
    summary["messages_total"].as_u64().unwrap() + conns("inbound") + conns("outbound")
}

/// `data-figure="key">value<` pairs of the report.
pub(crate) fn figures(html: &str) -> std::collections::BTreeMap<String, u64> {
    let mut out = std::collections::BTreeMap::new();
    for part in html.split("data-figure=\"").skip(1) {
        let (key, rest) = part.split_once('"').unwrap();
        let value = rest.split_once('>').unwrap().1.split('<').next().unwrap();
        out.insert(key.to_string(), value.trim().parse().unwrap_or_else(|_| panic!("{key}: {value}")));
    }
    out
}

pub(crate) fn chromium() -> Option<&'static str> {
    let found = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok_and(|o| o.status.success()));
    if found.is_none() {
        assert!(std::env::var("CI").map_or(true, |v| v != "true"), "under CI=true, chromium must be installed");
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "SKIP: chromium is not installed here");
    }
    found
}

/// Chromium, headless, closed to the network as this machine is.
pub(crate) fn headless(bin: &str, profile: &Path, args: &[&str]) -> std::process::Output {
    Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_report_s_figures_equal_the_json_reports() {
    let d = tempfile::tempdir().unwrap();
    let log = traffic(d.path());
    let html_path = d.path().join("report.html");
    let out = esa(&["report", "--html", html_path.to_str().unwrap(), "--require-tls", "strict-gov.example"], &[&log]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(&html_path).unwrap();
    let fig = figures(&html);
    let summary: Value = serde_json::from_slice(&esa(&["summary", "-f", "json"], &[&log]).stdout).unwrap();
    for dir in ["inbound", "outbound"] {
        let unit = if dir == "inbound" { "messages" } else { "recipients" };
        for k in ["encrypted", "not_encrypted", "unknown"] {
            assert_eq!(fig[&format!("{dir}.{unit}.{k}")], summary[dir][unit][k].as_u64().unwrap(), "{dir} {k}");
        }
        for k in ["success", "failed", "none", "unknown"] {
            assert_eq!(
                fig[&format!("{dir}.connections.{k}")],
                summary[dir]["connections"][k].as_u64().unwrap(),
                "{dir} {k}"
            );
        }
    }
    let check: Value =
        serde_json::from_slice(&esa(&["check", "-f", "json", "--require-tls", "strict-gov.example"], &[&log]).stdout)
            .unwrap();
    assert_eq!(fig["violations"], check["tables"][0]["totals"]["violations"].as_u64().unwrap());
    // the unknown connections and why add up to the unknown connections of the summary
    let unknown =
        fig["unknown.opened_before_input"] + fig["unknown.failed_before_message"] + fig["unknown.open_at_end"];
    let want = summary["inbound"]["connections"]["unknown"].as_u64().unwrap()
        + summary["outbound"]["connections"]["unknown"].as_u64().unwrap();
    assert_eq!(unknown, want);
    // the partners' rows are the peers report's
    let peers: Value =
        serde_json::from_slice(&esa(&["peers", "-f", "json", "--by", "unencrypted"], &[&log]).stdout).unwrap();
    let worst = &peers["tables"][1]["rows"][0];
    let row = format!(">{}</td>", worst["peer"].as_str().unwrap());
    assert!(html.contains(&row), "{row}");
    // self-contained: no script, nothing fetched
    for banned in ["<script", "src=\"http", "href=\"http", "@import", "url("] {
        assert!(!html.contains(banned), "{banned}");
    }
    assert!(html.matches("<svg").count() >= 2, "charts");
}

#[test]
fn log_values_are_escaped_everywhere() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("evil.log");
    let evil_subject = "<script>alert(1)</script>";
    let evil_host = "\"><img src=x onerror=alert(2)>";
    std::fs::write(
        &p,
        format!(
            "Mon Mar  4 10:00:00 2024 Info: New SMTP ICID 1 interface D (10.0.0.1) address 192.0.2.1 reverse dns host <img/src=x/onerror=alert(5)> verified yes
Mon Mar  4 10:00:01 2024 Info: Start MID 1 ICID 1
Mon Mar  4 10:00:01 2024 Info: MID 1 ICID 1 From: <a\"onload=alert(3)@evil.example>
Mon Mar  4 10:00:01 2024 Info: MID 1 ICID 1 RID 0 To: <\"onmouseover=alert(4)@strict-gov.example>
Mon Mar  4 10:00:01 2024 Info: MID 1 Subject '{evil_subject}'
Mon Mar  4 10:00:02 2024 Info: ICID 1 close
Mon Mar  4 10:00:03 2024 Info: New SMTP DCID 5 interface 10.0.0.1 address 198.51.100.5 port 25
Mon Mar  4 10:00:03 2024 Info: DCID 5 TLS failed: ({evil_host}, 'error:x:{evil_host}')
Mon Mar  4 10:00:04 2024 Info: Delivery start DCID 5 MID 1 to RID [0]
Mon Mar  4 10:00:04 2024 Info: Message done DCID 5 MID 1 to RID [0]
Mon Mar  4 10:00:04 2024 Info: Message finished MID 1 done
Mon Mar  4 10:00:05 2024 Info: DCID 5 close
"
        ),
    )
    .unwrap();
    let html_path = d.path().join("r.html");
    let out = esa(&["report", "--html", html_path.to_str().unwrap(), "--require-tls", "strict-gov.example"], &[&p]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(&html_path).unwrap();
    for raw in ["<script>alert", "<img src=x onerror", "<img/src=x/onerror", "\"onload=", "\"onmouseover="] {
        assert!(!html.contains(raw), "{raw} rendered as markup");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the subject is shown as text");
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"), "the failure text is shown as text");
    assert!(html.contains("a&quot;onload=alert(3)@evil.example"), "the sender is shown, as text");
    assert!(html.contains("&lt;img/src=x/onerror=alert(5)&gt;"), "the host name is shown, as text");
    assert!(html.contains("&quot;onmouseover=alert(4)@strict-gov.example"), "the recipient is shown, as text");
}

#[test]
fn a_report_under_a_search_says_so() {
    let d = tempfile::tempdir().unwrap();
    let log = traffic(d.path());
    let html = |args: &[&str]| {
        let path = d.path().join("r.html");
        let out = esa(&[&["report", "--html", path.to_str().unwrap()][..], args].concat(), &[&log]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        std::fs::read_to_string(path).unwrap()
    };
    // every record: no such line
    assert!(!html(&[]).contains("Only the records"));
    // a search, as given, escaped
    let h = html(&["--to", "gmail.example", "--tls", "failed", "--subject", "<b>x</b>", "--since", "2024-03-10T09:00"]);
    assert!(
        h.contains("Only the records this search keeps: </strong><code>--to gmail.example --subject &lt;b&gt;x&lt;/b&gt; --tls failed --since 2024-03-10T09:00</code>"),
        "{}",
        &h[..h.len().min(3000)]
    );
}

/// A page of zeros and dashes must not pass for an answer: a report that counted nothing says so
/// where the figures start, and a report from a store names the store and its records (it said
/// "From 0 inputs, 0 log lines").
#[test]
fn a_report_that_counted_nothing_says_so() {
    let d = tempfile::tempdir().unwrap();
    let log = traffic(d.path());
    let report = |args: &[&str], paths: &[&Path]| {
        let path = d.path().join("r.html");
        let _ = std::fs::remove_file(&path);
        let out = esa(&[&["report", "--html", path.to_str().unwrap()][..], args].concat(), paths);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        std::fs::read_to_string(path).unwrap()
    };
    let full = report(&[], &[&log]);
    assert!(!full.contains("data-nothing"), "figures were counted");
    assert!(full.contains("From 1 input, "), "{}", &full[..full.len().min(4000)]);
    let empty = d.path().join("empty.log");
    std::fs::write(&empty, "").unwrap();
    let h = report(&[], &[&empty]);
    assert!(h.contains("data-nothing") && h.contains("Nothing to count: the inputs gave no message"), "{h}");
    let h = report(&["--to", "nobody@nowhere.example"], &[&log]);
    assert!(h.contains("that the search or time range keeps"), "{h}");
    // a store: its name and records; an empty one, nothing to count
    let store = d.path().join("s.sqlite");
    let url = store.to_str().unwrap();
    assert!(esa(&["ingest", "-q", "--store", url], &[&log]).status.success());
    let out = esa(&["summary", "-f", "json"], &[&log]);
    let records = records_of(&serde_json::from_slice(&out.stdout).unwrap());
    let h = report(&["--store", url], &[]);
    assert!(h.contains(&format!("{url}</code>: {records} records")), "{}", &h[..h.len().min(4000)]);
    assert!(!h.contains("data-nothing"));
    let none = d.path().join("none.sqlite");
    assert!(esa(&["ingest", "-q", "--store", none.to_str().unwrap()], &[&empty]).status.success());
    let h = report(&["--store", none.to_str().unwrap()], &[]);
    assert!(h.contains("data-nothing") && h.contains("Nothing to count: the store gave"), "{h}");
}

#[test]
fn a_real_browser_loads_the_report_without_errors() {
    let Some(bin) = chromium() else { return };
    let d = tempfile::tempdir().unwrap();
    let log = traffic(d.path());
    let html_path = d.path().join("report.html");
    assert!(esa(&["report", "--html", html_path.to_str().unwrap(), "--require-tls", "strict-gov.example"], &[&log])
        .status
        .success());
    let url = format!("file://{}", html_path.display());
    let out = headless(bin, &d.path().join("profile"), &["--dump-dom", &url]);
    let dom = String::from_utf8_lossy(&out.stdout);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(dom.contains("Was this mail encrypted?"), "the page loaded: {log}");
    assert!(dom.matches("<svg").count() >= 2 && dom.contains("<polyline") && dom.contains("<rect"), "charts present");
    for bad in ["Uncaught", "CONSOLE(", "Failed to load resource", "net::ERR_"] {
        assert!(!log.contains(bad), "{bad} in the browser's log:\n{log}");
    }
    // the figures the browser shows are the file's
    let file = std::fs::read_to_string(&html_path).unwrap();
    assert_eq!(figures(&dom), figures(&file));
    // the README's screenshot
    let shot = d.path().join("report.png");
    let out = headless(
        bin,
        &d.path().join("profile2"),
        &["--window-size=1100,2000", "--hide-scrollbars", &format!("--screenshot={}", shot.display()), &url],
    );
    assert!(shot.exists(), "{}", String::from_utf8_lossy(&out.stderr));
    if std::env::var("UPDATE_SCREENSHOTS").is_ok() {
        std::fs::copy(&shot, PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/report.png")).unwrap();
    }
}
