//! `esa-tls serve`: the web app over a store, driven over real HTTP and in a real browser (headless
//! Chromium): its figures equal the JSON reports, its API equals the commands' JSON, a search finds the
//! right messages, every log value is shown as text, and a token guards anything beyond loopback.

use super::common::free_port;
use super::html::{chromium, figures, headless, records_of, traffic};
use serde_json::Value;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

fn esa(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_esa-tls")).args(args).stdin(Stdio::null()).output().unwrap()
}

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(store: &Path, extra: &[&str]) -> Server {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["serve", "-q", "--store", store.to_str().unwrap(), "--listen", &format!("127.0.0.1:{port}")])
        .args(extra)
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed().as_secs() < 30, "serve did not start");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    Server { child, port }
}

/// One HTTP request: (status, headers, body).
fn http(port: u16, method: &str, path: &str, headers: &[&str], body: &str) -> (u16, String, String) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut req = format!("{method} {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Length: {}\r\n", body.len());
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut resp = Vec::new();
    s.read_to_end(&mut resp).unwrap();
    let resp = String::from_utf8_lossy(&resp).into_owned();
    let (head, body) = resp.split_once("\r\n\r\n").unwrap_or((&resp, ""));
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head.to_string(), body.to_string())
}

fn get(port: u16, path: &str) -> (u16, String) {
    let (s, _, b) = http(port, "GET", path, &[], "");
    (s, b)
}

/// A store of six hours of traffic, plus a message whose subject, addresses and host are hostile.
fn store(dir: &Path) -> std::path::PathBuf {
    let log = traffic(dir);
    let store = dir.join("s.sqlite");
    assert!(esa(&["ingest", "-q", "--store", store.to_str().unwrap(), log.to_str().unwrap()]).status.success());
    let evil = dir.join("evil.log");
    std::fs::write(
        &evil,
        "Sun Mar 10 15:00:00 2024 Info: New SMTP ICID 9 interface D (10.0.0.1) address 192.0.2.1 reverse dns host <img/src=x/onerror=alert(5)> verified yes
Sun Mar 10 15:00:01 2024 Info: Start MID 9999999 ICID 9
Sun Mar 10 15:00:01 2024 Info: MID 9999999 ICID 9 From: <a\"onload=alert(3)@evil.example>
Sun Mar 10 15:00:01 2024 Info: MID 9999999 ICID 9 RID 0 To: <\"onmouseover=alert(4)@strict-gov.example>
Sun Mar 10 15:00:01 2024 Info: MID 9999999 Subject '<script>alert(1)</script>'
Sun Mar 10 15:00:02 2024 Info: ICID 9 close
Sun Mar 10 15:00:03 2024 Info: Message finished MID 9999999 done
",
    )
    .unwrap();
    assert!(esa(&["ingest", "-q", "--store", store.to_str().unwrap(), evil.to_str().unwrap()]).status.success());
    store
}

#[test]
fn the_web_app_answers_as_the_commands_do() {
    let d = tempfile::tempdir().unwrap();
    let store = store(d.path());
    let st = store.to_str().unwrap();
    let srv = serve(&store, &[]);
    let p = srv.port;
    // the API is the commands' JSON, byte for byte
    for (path, cmd) in [
        ("/api/summary", &["summary", "-f", "json"][..]),
        (
            "/api/summary?bucket=hour&since=2024-03-10T09:30",
            &["summary", "-f", "json", "--bucket", "hour", "--since", "2024-03-10T09:30"],
        ),
        ("/api/peers", &["peers", "-f", "json"]),
        ("/api/peers?group=host&top=3", &["peers", "-f", "json", "--group", "host", "--top", "3"]),
        ("/api/failures", &["failures", "-f", "json"]),
        ("/api/ciphers", &["ciphers", "-f", "json"]),
        (
            "/api/messages?to=partner-bank.example&tls=failed&limit=100000",
            &["messages", "-f", "json", "--to", "partner-bank.example", "--tls", "failed"],
        ),
        ("/api/connections?peer=198.51.100.50&limit=100000", &["connections", "-f", "json", "--peer", "198.51.100.50"]),
    ] {
        let (status, body) = get(p, path);
        assert_eq!(status, 200, "{path}: {body}");
        let want = esa(&[cmd, &["--store", st]].concat()).stdout;
        assert_eq!(body, String::from_utf8(want).unwrap(), "{path}");
    }
    // the dashboard's figures are the summary's
    let (status, page) = get(p, "/");
    assert_eq!(status, 200);
    let fig = figures(&page);
    let summary: Value = serde_json::from_slice(&esa(&["summary", "-f", "json", "--store", st]).stdout).unwrap();
    for dir in ["inbound", "outbound"] {
        let unit = if dir == "inbound" { "messages" } else { "recipients" };
        for k in ["encrypted", "not_encrypted", "unknown"] {
            assert_eq!(fig[&format!("{dir}.{unit}.{k}")], summary[dir][unit][k].as_u64().unwrap(), "{dir} {k}");
        }
    }
    // a search finds the messages the command finds
    let (status, page) = get(p, "/search?to=%40partner-bank.example&tls=failed");
    assert_eq!(status, 200);
    let shown: Vec<&str> = page.split("data-mid=\"").skip(1).map(|x| x.split('"').next().unwrap()).collect();
    let want: Vec<String> = String::from_utf8(
        esa(&["messages", "-f", "ndjson", "--to", "@partner-bank.example", "--tls", "failed", "--store", st]).stdout,
    )
    .unwrap()
    .lines()
    .map(|l| serde_json::from_str::<Value>(l).unwrap()["mid"].to_string())
    .collect();
    assert!(!want.is_empty());
    assert_eq!(shown.len(), want.len().min(200));
    assert!(shown.iter().zip(&want).all(|(a, b)| a == b));
    // a message's page and its API
    let mid = &want[0];
    let (status, page) = get(p, &format!("/message/{mid}"));
    assert_eq!(status, 200);
    assert!(page.contains(&format!("MID {mid}")) && page.contains("data-verdict=\"delivery\""));
    let (status, body) = get(p, &format!("/api/message/{mid}"));
    assert_eq!(status, 200);
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["messages"][0]["mid"].to_string(), *mid);
    assert!(!v["connections"].as_array().unwrap().is_empty(), "its connections");
    assert_eq!(get(p, "/message/123456789").0, 404);
    assert_eq!(get(p, "/api/message/123456789").0, 404);
    assert_eq!(get(p, "/nowhere").0, 404);
    assert_eq!(get(p, "/api/summary?since=last%20tuesday").0, 400);
    // times before now are this machine's readings, which the store's hours are (this store's
    // records are of 2024: none since yesterday)
    let (status, body) = get(p, "/api/summary?since=yesterday");
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap(),
        serde_json::from_str::<Value>(&get(p, "/api/summary?since=2030-01-01").1).unwrap()
    );
    let (status, body) = get(p, "/api/summary?since=3m");
    assert!(status == 400 && body.contains("minutes or months"), "{status} {body}");
    // an ID as pasted from a log line finds what the number finds; another kind's is refused
    let pasted = get(p, &format!("/api/messages?mid=MID%20{mid}"));
    assert_eq!(pasted, get(p, &format!("/api/messages?mid={mid}")));
    assert!(pasted.0 == 200 && pasted.1.contains(&format!("\"mid\":{mid}")), "{pasted:?}");
    let (status, body) = get(p, &format!("/api/messages?mid=ICID%20{mid}"));
    assert_eq!(status, 400);
    // refusals name the form's fields, not the command line's options
    assert!(body.contains("(use icid)") && !body.contains("--"), "{body}");
    let (status, body) = get(p, "/api/messages?to=judy0@gmail.example;ivan7@legacy-law.example");
    assert_eq!(status, 400);
    assert!(body.contains("\"to \\\"judy0@gmail.example;") && !body.contains("--to"), "{body}");
    // a partner's page
    let (status, page) = get(p, "/partner/outbound/domain/partner-bank.example");
    assert_eq!(status, 200);
    assert!(page.contains(">partner-bank.example</td>"), "its row of the peers report");
    // read-only
    assert_eq!(http(p, "POST", "/api/summary", &[], "").0, 405);
    assert_eq!(http(p, "DELETE", "/", &[], "").0, 405);
}

#[test]
fn log_values_are_text_on_every_page() {
    let d = tempfile::tempdir().unwrap();
    let store = store(d.path());
    let srv = serve(&store, &[]);
    for path in ["/message/9999999", "/search?mid=9999999", "/search?subject=script", "/"] {
        let (status, page) = get(srv.port, path);
        assert_eq!(status, 200, "{path}");
        for raw in ["<script>alert", "<img/src=x/onerror", "\"onload=", "\"onmouseover="] {
            assert!(!page.contains(raw), "{path}: {raw} rendered as markup");
        }
    }
    let (_, page) = get(srv.port, "/message/9999999");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the subject, as text");
    assert!(page.contains("&lt;img/src=x/onerror=alert(5)&gt;"), "the host, as text");
    assert!(page.contains("a&quot;onload=alert(3)@evil.example"), "the sender, as text");
    // what a browser is told
    let (_, head, _) = http(srv.port, "GET", "/", &[], "");
    assert!(head.contains("Content-Security-Policy: default-src 'none'"), "{head}");
    assert!(head.contains("X-Content-Type-Options: nosniff"));
}

#[test]
fn beyond_loopback_a_token_is_required_and_checked() {
    let d = tempfile::tempdir().unwrap();
    let store = store(d.path());
    // no token, all interfaces: refused
    let o = esa(&["serve", "--store", store.to_str().unwrap(), "--listen", &format!("0.0.0.0:{}", free_port())]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("access token"));
    let o = esa(&["serve", "--store", store.to_str().unwrap(), "--token", "short"]);
    assert_eq!(o.status.code(), Some(2), "a short token is refused");
    // with a token (from a file), every request is checked
    let token = "s3cret-token-for-the-tests-0123456789";
    let tf = d.path().join("token");
    std::fs::write(&tf, format!("{token}\n")).unwrap();
    let srv = serve(&store, &["--token-file", tf.to_str().unwrap()]);
    let p = srv.port;
    for path in ["/", "/api/summary", "/search?mid=1", "/message/1", "/api/messages?mid=1"] {
        assert_eq!(http(p, "GET", path, &[], "").0, 401, "{path} without the token");
        assert_eq!(http(p, "GET", path, &["Authorization: Bearer wrong-token-wrong-token"], "").0, 401, "{path}");
    }
    let (status, _, body) = http(p, "GET", "/api/summary", &[&format!("Authorization: Bearer {token}")], "");
    assert_eq!(status, 200, "{body}");
    // the sign-in page: a wrong token, then the right one gives a session cookie
    let form = "Content-Type: application/x-www-form-urlencoded";
    assert_eq!(http(p, "POST", "/login", &[form], "token=nope").0, 401);
    let (status, head, _) = http(p, "POST", "/login", &[form], &format!("token={token}"));
    assert_eq!(status, 303);
    let cookie =
        head.lines().find_map(|l| l.strip_prefix("Set-Cookie: ")).unwrap().split(';').next().unwrap().to_string();
    assert!(head.contains("HttpOnly") && head.contains("SameSite=Strict"));
    assert!(!cookie.contains(token), "the cookie is a session, not the token");
    assert_eq!(http(p, "GET", "/", &[&format!("Cookie: {cookie}")], "").0, 200);
    assert_eq!(http(p, "GET", "/", &["Cookie: esa_tls_session=forged"], "").0, 401);
    // the token is in no page
    let (_, _, page) = http(p, "GET", "/", &[&format!("Cookie: {cookie}")], "");
    assert!(!page.contains(token));
}

#[test]
fn a_real_browser_uses_the_web_app_without_errors() {
    let Some(bin) = chromium() else { return };
    let d = tempfile::tempdir().unwrap();
    let store = store(d.path());
    let srv = serve(&store, &[]);
    let base = format!("http://127.0.0.1:{}", srv.port);
    let summary: Value =
        serde_json::from_slice(&esa(&["summary", "-f", "json", "--store", store.to_str().unwrap()]).stdout).unwrap();
    for (i, path) in [
        "/",
        "/search?to=partner-bank.example&tls=failed",
        "/message/9999999",
        "/partner/outbound/domain/partner-bank.example",
    ]
    .iter()
    .enumerate()
    {
        let out = headless(bin, &d.path().join(format!("profile{i}")), &["--dump-dom", &format!("{base}{path}")]);
        let dom = String::from_utf8_lossy(&out.stdout);
        let log = String::from_utf8_lossy(&out.stderr);
        assert!(dom.contains("<nav"), "{path} loaded: {log}");
        for bad in ["Uncaught", "CONSOLE(", "Failed to load resource", "net::ERR_", "Refused to"] {
            assert!(!log.contains(bad), "{path}: {bad} in the browser's log:\n{log}");
        }
        if *path == "/" {
            let fig = figures(&dom);
            assert_eq!(
                fig["inbound.messages.encrypted"],
                summary["inbound"]["messages"]["encrypted"].as_u64().unwrap()
            );
            assert!(dom.matches("<svg").count() >= 2, "charts");
        }
        if path.starts_with("/search") {
            assert!(dom.contains("data-mid="), "the search found messages");
        }
        if path.starts_with("/message") {
            assert!(dom.contains("&lt;script&gt;"), "the hostile subject is text in the browser too");
        }
    }
    // the README's screenshot
    let shot = d.path().join("dashboard.png");
    let out = headless(
        bin,
        &d.path().join("profile-shot"),
        &[
            "--window-size=1100,1400",
            "--hide-scrollbars",
            &format!("--screenshot={}", shot.display()),
            &format!("{base}/search?to=partner-bank.example&tls=failed"),
        ],
    );
    assert!(shot.exists(), "{}", String::from_utf8_lossy(&out.stderr));
    if std::env::var("UPDATE_SCREENSHOTS").is_ok() {
        std::fs::copy(&shot, std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/search.png")).unwrap();
        let shot = d.path().join("dash.png");
        headless(
            bin,
            &d.path().join("profile-shot2"),
            &[
                "--window-size=1100,2000",
                "--hide-scrollbars",
                &format!("--screenshot={}", shot.display()),
                &format!("{base}/"),
            ],
        );
        std::fs::copy(&shot, std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/dashboard.png")).unwrap();
    }
}

/// The dashboard names the store and the records its figures rest on, and one that rests on none
/// says so before any figure (it said "From 1 inputs, 0 log lines" over any store).
#[test]
fn the_dashboard_says_what_it_counted() {
    let d = tempfile::tempdir().unwrap();
    let store = store(d.path());
    let srv = serve(&store, &[]);
    let (status, page) = get(srv.port, "/");
    assert_eq!(status, 200);
    let summary = esa(&["summary", "-f", "json", "--store", store.to_str().unwrap()]).stdout;
    let records = records_of(&serde_json::from_slice(&summary).unwrap());
    assert!(page.contains(&format!("</code>: {records} records.")), "{}", &page[..page.len().min(3000)]);
    assert!(!page.contains("data-nothing"));
    // a time range that holds no record
    let (_, page) = get(srv.port, "/?since=2030-01-01");
    assert!(page.contains("data-nothing") && page.contains(": 0 records."), "{}", &page[..page.len().min(3000)]);
    // an empty store
    let empty = d.path().join("empty.log");
    std::fs::write(&empty, "").unwrap();
    let none = d.path().join("none.sqlite");
    assert!(esa(&["ingest", "-q", "--store", none.to_str().unwrap(), empty.to_str().unwrap()]).status.success());
    let srv = serve(&none, &[]);
    let (status, page) = get(srv.port, "/");
    assert_eq!(status, 200);
    assert!(page.contains("Nothing to count: the store gave no message and no connection"), "{page}");
}
