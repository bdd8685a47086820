//! `esa-tls listen`: syslog push sent by the real `logger` of util-linux (UDP and TCP, RFC 3164 and
//! RFC 5424, LF framing and octet counting), compared with a batch run over the same lines.

use serde_json::Value;
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::{TcpStream, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s")
}

fn have_logger() -> bool {
    let ok = Command::new("logger").arg("--version").output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(std::env::var("CI").map_or(true, |v| v != "true"), "under CI=true, logger must be installed");
        let _ = writeln!(std::io::stderr(), "SKIP: util-linux logger is not installed");
    }
    ok
}

/// A free port on loopback (UDP and TCP alike are free there for the test's short life).
fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let p = l.local_addr().unwrap().port();
    drop(l);
    p
}

/// Records without the appliance (the syslog hostname here, the serial in a batch run of the file).
fn without_appliance(lines: impl Iterator<Item = String>) -> BTreeSet<String> {
    lines
        .map(|l| {
            let mut v: Value = serde_json::from_str(&l).unwrap();
            v.as_object_mut().unwrap().remove("appliance");
            v.to_string()
        })
        .collect()
}

fn batch() -> BTreeSet<String> {
    let mut out = Vec::new();
    for cmd in ["messages", "connections"] {
        let o = Command::new(env!("CARGO_BIN_EXE_esa-tls")).args([cmd, "-f", "ndjson"]).arg(sample()).output().unwrap();
        out.extend(String::from_utf8(o.stdout).unwrap().lines().map(String::from));
    }
    without_appliance(out.into_iter())
}

fn listen(args: &[&str], out: &Path) -> Child {
    let c = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .arg("listen")
        .args(args)
        .args(["--records", "both", "-q", "-o"])
        .arg(out)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(400));
    c
}

fn stop(mut c: Child) -> String {
    let _ = Command::new("kill").args(["-TERM", &c.id().to_string()]).status();
    assert!(c.wait().unwrap().success());
    let mut e = String::new();
    c.stderr.take().unwrap().read_to_string(&mut e).unwrap();
    e
}

fn records(out: &Path) -> Vec<String> {
    std::fs::read_to_string(out).unwrap_or_default().lines().map(String::from).collect()
}

fn wait_for(out: &Path, n: usize) {
    let start = Instant::now();
    while records(out).len() < n && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Sends the sample with `logger` (each line a frame: the appliance's own timestamp inside).
fn logger(port: u16, args: &[&str], hostname: Option<&str>) {
    let mut cmd = vec!["logger", "-n", "127.0.0.1", "-P"];
    let port = port.to_string();
    cmd.push(&port);
    cmd.extend(args);
    cmd.extend(["-t", "mail_logs", "-f"]);
    let s = sample();
    let sp = s.to_str().unwrap();
    cmd.push(sp);
    let status = match hostname {
        // another appliance: logger writes the machine's hostname into each frame
        Some(h) => Command::new("unshare")
            .args(["-u", "sh", "-c", &format!("hostname {h} && \"$@\""), "sh"])
            .args(&cmd)
            .status(),
        None => Command::new(cmd[0]).args(&cmd[1..]).status(),
    }
    .unwrap();
    assert!(status.success(), "{cmd:?}");
}

#[test]
fn tcp_and_udp_rfc3164_and_rfc5424_give_the_batch_verdicts() {
    if !have_logger() {
        return;
    }
    let want = batch();
    for (transport, form) in [
        (&["-T", "--octet-count"][..], "--rfc3164"),
        (&["-T"][..], "--rfc5424"),
        (&["-d"][..], "--rfc5424"),
        (&["-d"][..], "--rfc3164"),
    ] {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("out.ndjson");
        let port = free_port();
        let p = port.to_string();
        let child = listen(&["--tcp", &p, "--udp", &p, "--udp-buffer", "8388608"], &out);
        let mut args = transport.to_vec();
        args.push(form);
        logger(port, &args, None);
        wait_for(&out, want.len());
        std::thread::sleep(Duration::from_millis(300));
        let err = stop(child);
        assert_eq!(without_appliance(records(&out).into_iter()), want, "{args:?}: {err}");
        // the appliance is the frame's hostname
        let host = String::from_utf8(Command::new("hostname").output().unwrap().stdout).unwrap().trim().to_string();
        let v: Value = serde_json::from_str(&records(&out)[0]).unwrap();
        assert_eq!(v["appliance"], host.as_str());
    }
}

#[test]
fn two_hostnames_are_two_appliances_whose_ids_never_mix() {
    if !have_logger() {
        return;
    }
    if !Command::new("unshare").args(["-u", "true"]).status().is_ok_and(|s| s.success()) {
        let _ = writeln!(std::io::stderr(), "SKIP: unshare -u is not allowed here");
        return;
    }
    let want = batch();
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.ndjson");
    let port = free_port();
    let child = listen(&["--tcp", &port.to_string()], &out);
    // the same traffic, same IDs, from two appliances
    logger(port, &["-T", "--octet-count", "--rfc5424"], Some("esa-a.example"));
    logger(port, &["-T", "--octet-count", "--rfc5424"], Some("esa-b.example"));
    wait_for(&out, 2 * want.len());
    std::thread::sleep(Duration::from_millis(300));
    stop(child);
    let recs = records(&out);
    for app in ["esa-a.example", "esa-b.example"] {
        let mine = recs.iter().filter(|l| serde_json::from_str::<Value>(l).unwrap()["appliance"] == app).cloned();
        assert_eq!(without_appliance(mine), want, "{app}");
    }
}

#[test]
fn broken_frames_are_counted_and_never_fatal() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.ndjson");
    let (port, mport) = (free_port(), free_port());
    let child = listen(
        &[
            "--tcp",
            &port.to_string(),
            "--udp",
            &port.to_string(),
            "--max-frame",
            "1024",
            "--metrics",
            &mport.to_string(),
        ],
        &out,
    );
    let good = "<22>Mar 10 08:00:01 esa9 mail_logs: Info: New SMTP ICID 1 interface D (10.0.0.1) address 192.0.2.1 reverse dns host unknown verified no\n<22>Mar 10 08:00:02 esa9 mail_logs: Info: ICID 1 TLS success protocol TLSv1.2 cipher AES256-SHA\n<22>Mar 10 08:00:03 esa9 mail_logs: Info: ICID 1 close\n";
    // an oversized LF frame, an oversized octet-counted one, garbage, binary, then good lines
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(format!("<22>{}\n", "x".repeat(5000)).as_bytes()).unwrap();
    s.write_all(b"99999 <22>never completed\n").unwrap();
    s.write_all(b"garbage that is no syslog at all\n\x00\x01\x02\xff\n").unwrap();
    s.write_all(good.as_bytes()).unwrap();
    drop(s);
    // a connection closed in the middle of a frame
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(b"<22>Mar 10 08:00:04 esa9 mail_logs: Info: half a fr").unwrap();
    drop(s);
    // an oversized datagram
    let u = UdpSocket::bind("127.0.0.1:0").unwrap();
    u.send_to("y".repeat(2000).as_bytes(), ("127.0.0.1", port)).unwrap();
    wait_for(&out, 1);
    std::thread::sleep(Duration::from_millis(500));
    let mut m = TcpStream::connect(("127.0.0.1", mport)).unwrap();
    m.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut metrics = String::new();
    m.read_to_string(&mut metrics).unwrap();
    stop(child);
    let recs = records(&out);
    assert_eq!(recs.len(), 1, "{recs:?}");
    let v: Value = serde_json::from_str(&recs[0]).unwrap();
    assert_eq!((v["tls"].as_str(), v["appliance"].as_str()), (Some("success"), Some("esa9")));
    for want in [
        "esa_tls_oversized_frames_total 3",
        "esa_tls_partial_frames_total 1",
        "esa_tls_lines_total{kind=\"used\"} 3",
        "esa_tls_connections_total{direction=\"inbound\",tls=\"success\"} 1",
    ] {
        assert!(metrics.contains(want), "{want} in\n{metrics}");
    }
}

#[test]
fn listening_beyond_loopback_is_said_and_a_bare_port_is_loopback() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.ndjson");
    let port = free_port();
    let c = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["listen", "--tcp", &port.to_string(), "-o"])
        .arg(&out)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(400));
    let err = stop(c);
    assert!(err.contains(&format!("tcp 127.0.0.1:{port}")), "{err}");
    let r = Command::new(env!("CARGO_BIN_EXE_esa-tls")).args(["listen"]).output().unwrap();
    assert_eq!(r.status.code(), Some(2));
}

#[test]
fn the_spool_gives_a_batch_run_the_live_verdicts() {
    if !have_logger() {
        return;
    }
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.ndjson");
    let spool = d.path().join("spool");
    let port = free_port();
    let child = listen(&["--tcp", &port.to_string(), "--spool", spool.to_str().unwrap(), "--spool-size", "1"], &out);
    logger(port, &["-T", "--octet-count", "--rfc5424"], None);
    wait_for(&out, batch().len());
    std::thread::sleep(Duration::from_millis(300));
    stop(child);
    let folders: Vec<PathBuf> = std::fs::read_dir(&spool).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(folders.len(), 1, "one folder per sender");
    let files: Vec<String> = std::fs::read_dir(&folders[0])
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(files.iter().all(|f| f.starts_with("mail_logs.@") && f.ends_with(".s.gz")), "{files:?}");
    let mut from_spool = BTreeSet::new();
    for cmd in ["messages", "connections"] {
        let o =
            Command::new(env!("CARGO_BIN_EXE_esa-tls")).args([cmd, "-f", "ndjson"]).arg(&folders[0]).output().unwrap();
        from_spool.extend(String::from_utf8(o.stdout).unwrap().lines().map(String::from));
    }
    let live: BTreeSet<String> = records(&out).into_iter().collect();
    assert_eq!(from_spool, live);
}

#[test]
fn clients_beyond_max_clients_are_refused_and_counted_and_slow_ones_hold_one_frame() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.ndjson");
    let (port, mport) = (free_port(), free_port());
    let child = listen(&["--tcp", &port.to_string(), "--max-clients", "2", "--metrics", &mport.to_string()], &out);
    // two slow clients hold their connections with half a frame each
    let mut slow: Vec<TcpStream> = (0..2).map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap()).collect();
    for s in &mut slow {
        s.write_all(b"<22>Mar 10 08:00:01 esa9 mail_logs: Info: half").unwrap();
    }
    std::thread::sleep(Duration::from_millis(300));
    // more clients than allowed: refused (closed at once)
    for _ in 0..3 {
        let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
        let _ = c.write_all(b"<22>Mar 10 08:00:01 esa9 mail_logs: Info: ICID 1 close\n");
        let mut buf = [0u8; 1];
        let _ = c.set_read_timeout(Some(Duration::from_secs(2)));
        assert!(matches!(c.read(&mut buf), Ok(0) | Err(_)), "a refused connection is closed");
    }
    drop(slow);
    std::thread::sleep(Duration::from_millis(400));
    let mut m = TcpStream::connect(("127.0.0.1", mport)).unwrap();
    m.write_all(b"GET /metrics HTTP/1.1\r\n\r\n").unwrap();
    let mut metrics = String::new();
    m.read_to_string(&mut metrics).unwrap();
    stop(child);
    assert!(metrics.contains("esa_tls_connections_refused_total 3"), "{metrics}");
    assert!(metrics.contains("esa_tls_connections_accepted_total 2"), "{metrics}");
    assert!(metrics.contains("esa_tls_partial_frames_total 2"), "{metrics}");
}

fn metrics(port: u16) -> String {
    let mut m = TcpStream::connect(("127.0.0.1", port)).unwrap();
    m.write_all(b"GET /metrics HTTP/1.1\r\n\r\n").unwrap();
    let mut s = String::new();
    m.read_to_string(&mut s).unwrap();
    s
}

#[test]
fn only_the_senders_allow_names_are_heard() {
    // beyond loopback, a listener must name its senders: refused before it binds anything
    let o = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["listen", "--udp", &format!("0.0.0.0:{}", free_port())])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("takes --allow"), "{}", String::from_utf8_lossy(&o.stderr));
    for bad in ["10.0.0.0/33", "example.com", "10.0.0.1/x"] {
        let o = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
            .args(["listen", "--udp", &free_port().to_string(), "--allow", bad])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{bad}");
    }
    // on loopback, allowing 127.0.0.2 alone: frames from 127.0.0.1 are dropped and counted
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.ndjson");
    let (udp, tcp, mport) = (free_port(), free_port(), free_port());
    let child = listen(
        &[
            "--udp",
            &udp.to_string(),
            "--tcp",
            &tcp.to_string(),
            "--allow",
            "127.0.0.2/32",
            "--metrics",
            &mport.to_string(),
        ],
        &out,
    );
    let frame = b"<22>Mar 10 08:00:01 esa9 mail_logs: Info: ICID 1 close\n";
    let from = |ip: &str| UdpSocket::bind((ip, 0)).unwrap();
    from("127.0.0.1").send_to(frame, ("127.0.0.1", udp)).unwrap();
    from("127.0.0.2").send_to(frame, ("127.0.0.1", udp)).unwrap();
    // TCP from 127.0.0.1: closed unread
    let mut c = TcpStream::connect(("127.0.0.1", tcp)).unwrap();
    let _ = c.write_all(frame);
    let mut buf = [0u8; 1];
    let _ = c.set_read_timeout(Some(Duration::from_secs(2)));
    assert!(matches!(c.read(&mut buf), Ok(0) | Err(_)), "a sender not allowed is closed");
    std::thread::sleep(Duration::from_millis(400));
    let m = metrics(mport);
    stop(child);
    assert!(m.contains("esa_tls_frames_total{transport=\"udp\"} 1\n"), "{m}");
    assert!(m.contains("esa_tls_frames_total{transport=\"tcp\"} 0\n"), "{m}");
    assert!(m.contains("esa_tls_not_allowed_total 2\n"), "{m}");
}

#[test]
fn metrics_beyond_loopback_take_a_token() {
    let o = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["listen", "--udp", &free_port().to_string(), "--metrics", &format!("0.0.0.0:{}", free_port())])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("--metrics-token-file"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // with a token (here on loopback), a scrape without it is refused, one with it answered
    let d = tempfile::tempdir().unwrap();
    let token = d.path().join("token");
    std::fs::write(&token, "s3cret-token-of-32-characters-xx\n").unwrap();
    let (udp, mport) = (free_port(), free_port());
    let child = listen(
        &["--udp", &udp.to_string(), "--metrics", &mport.to_string(), "--metrics-token-file", token.to_str().unwrap()],
        &d.path().join("out.ndjson"),
    );
    let get = |auth: &str| {
        let mut m = TcpStream::connect(("127.0.0.1", mport)).unwrap();
        m.write_all(format!("GET /metrics HTTP/1.1\r\n{auth}\r\n").as_bytes()).unwrap();
        let mut s = String::new();
        m.read_to_string(&mut s).unwrap();
        s
    };
    assert!(get("").starts_with("HTTP/1.1 401"));
    assert!(get("Authorization: Bearer wrong-token-of-32-characters-xxx\r\n").starts_with("HTTP/1.1 401"));
    let ok = get("Authorization: Bearer s3cret-token-of-32-characters-xx\r\n");
    assert!(ok.starts_with("HTTP/1.1 200") && ok.contains("esa_tls_frames_total"), "{ok}");
    stop(child);
    // a short token is refused
    std::fs::write(&token, "short\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["listen", "--udp", &free_port().to_string(), "--metrics-token-file", token.to_str().unwrap()])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}
