//! `esa-tls follow`: real files renamed, truncated and pushed under a running follower; each test
//! compares the live records with a batch run over the same lines.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn sample_lines() -> Vec<String> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s");
    std::fs::read_to_string(p).unwrap().lines().map(|l| format!("{l}\n")).collect()
}

/// The records a batch run gives over `text`: messages and connections, as NDJSON lines.
fn batch(text: &str) -> BTreeSet<String> {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("all.log");
    std::fs::write(&p, text).unwrap();
    let mut out = BTreeSet::new();
    for cmd in ["messages", "connections"] {
        let o = Command::new(env!("CARGO_BIN_EXE_esa-tls")).args([cmd, "-f", "ndjson"]).arg(&p).output().unwrap();
        out.extend(String::from_utf8(o.stdout).unwrap().lines().map(String::from));
    }
    out
}

fn follow(args: &[&str], out: &Path) -> Child {
    follow_polling(args, out, 20)
}

fn follow_polling(args: &[&str], out: &Path, poll_ms: u64) -> Child {
    Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .arg("follow")
        .args(args)
        .args(["--records", "both", "--poll-ms", &poll_ms.to_string(), "-q", "-o"])
        .arg(out)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn lines_of(p: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(p).unwrap_or_default().lines().map(String::from).collect()
}

/// Waits (bounded) until the output holds `n` records; this is no speed test, the bound is generous.
fn wait_for(out: &Path, n: usize) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if lines_of(out).len() >= n {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn stop(mut child: Child) -> String {
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let status = child.wait().unwrap();
    assert!(status.success(), "SIGTERM ends follow cleanly: {status:?}");
    let mut err = String::new();
    use std::io::Read;
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    err
}

fn append(p: &Path, lines: &[String]) {
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(p).unwrap();
    for l in lines {
        f.write_all(l.as_bytes()).unwrap();
    }
}

/// The sample cut in three, at line boundaries.
fn thirds() -> (Vec<String>, [Vec<String>; 3]) {
    let all = sample_lines();
    let n = all.len();
    let parts = [all[..n / 3].to_vec(), all[n / 3..2 * n / 3].to_vec(), all[2 * n / 3..].to_vec()];
    (all, parts)
}

#[test]
fn an_appliance_folder_is_followed_across_its_rotation() {
    let (all, [a, b, c]) = thirds();
    let want = batch(&all.concat());
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("esa");
    std::fs::create_dir(&dir).unwrap();
    let out = d.path().join("out.ndjson");
    let cur = dir.join("mail_logs.@20240310T080000.c");
    append(&cur, &a);
    let child = follow(&[dir.to_str().unwrap()], &out);
    std::thread::sleep(Duration::from_millis(300));
    append(&cur, &b);
    std::thread::sleep(Duration::from_millis(300));
    // the appliance's rotation: .c renamed to .s, a new .c
    std::fs::rename(&cur, dir.join("mail_logs.@20240310T080000.s")).unwrap();
    append(&dir.join("mail_logs.@20240310T080500.c"), &c);
    wait_for(&out, want.len());
    stop(child);
    assert_eq!(lines_of(&out), want);
}

#[test]
fn a_logrotated_file_is_followed_by_rename_and_by_copytruncate() {
    let (all, [a, b, c]) = thirds();
    let want = batch(&all.concat());
    for copytruncate in [false, true] {
        let d = tempfile::tempdir().unwrap();
        let log = d.path().join("maillog");
        let out = d.path().join("out.ndjson");
        append(&log, &a);
        append(&log, &b[..b.len() / 2]);
        // a slow poll, so that the lines written just before the rotation are not read yet when it
        // happens: they must be read from the rotated file
        let child = follow_polling(&[log.to_str().unwrap()], &out, 1500);
        std::thread::sleep(Duration::from_millis(700));
        append(&log, &b[b.len() / 2..]);
        if copytruncate {
            std::fs::copy(&log, d.path().join("maillog.1")).unwrap();
            std::fs::OpenOptions::new().write(true).truncate(true).open(&log).unwrap();
        } else {
            std::fs::rename(&log, d.path().join("maillog.1")).unwrap();
        }
        append(&log, &c);
        wait_for(&out, want.len());
        stop(child);
        assert_eq!(lines_of(&out), want, "copytruncate: {copytruncate}");
    }
}

/// A followed push folder: the sample's first third is in it when `follow` starts; `push` then
/// brings the second and third thirds into it. The live records must be a batch run's.
fn pushed_into_a_folder(push: impl FnOnce(&Path, &[String], &[String])) {
    let (all, [a, b, c]) = thirds();
    let want = batch(&all.concat());
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("push");
    std::fs::create_dir(&dir).unwrap();
    let out = d.path().join("out.ndjson");
    std::fs::write(dir.join("mail_logs.@20240310T080000.s"), a.concat()).unwrap();
    let child = follow(&[dir.to_str().unwrap()], &out);
    std::thread::sleep(Duration::from_millis(300));
    push(&dir, &b, &c);
    wait_for(&out, want.len());
    std::thread::sleep(Duration::from_millis(300));
    let errors = stop(child);
    assert_eq!(lines_of(&out), want, "{errors}");
}

#[test]
fn a_pushed_file_whose_upload_stalls_is_read_whole_once_finished() {
    // an upload that pauses longer than several polls: the half written `.gz` must not be taken for
    // the whole file (it was, when a size equal at two polls was enough)
    pushed_into_a_folder(|dir, b, c| {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b.concat().as_bytes()).unwrap();
        let gz = gz.finish().unwrap();
        let mut upload = std::fs::File::create(dir.join("mail_logs.@20240310T080200.s.gz")).unwrap();
        upload.write_all(&gz[..gz.len() / 2]).unwrap();
        std::thread::sleep(Duration::from_millis(400)); // twenty polls
        upload.write_all(&gz[gz.len() / 2..]).unwrap();
        drop(upload);
        std::fs::write(dir.join("mail_logs.@20240310T080400.s"), c.concat()).unwrap();
    });
}

#[test]
fn files_pushed_into_a_folder_are_read_once_whole_in_order() {
    // a pushed gzip file, then a plain one
    pushed_into_a_folder(|dir, b, c| {
        let mut e = flate2::write::GzEncoder::new(
            std::fs::File::create(dir.join("mail_logs.@20240310T080200.s.gz")).unwrap(),
            flate2::Compression::fast(),
        );
        e.write_all(b.concat().as_bytes()).unwrap();
        e.finish().unwrap();
        std::thread::sleep(Duration::from_millis(300));
        std::fs::write(dir.join("mail_logs.@20240310T080400.s"), c.concat()).unwrap();
    });
}

#[test]
fn a_restart_after_sigterm_loses_nothing_and_repeats_nothing() {
    let (all, [a, b, c]) = thirds();
    let want = batch(&all.concat());
    let d = tempfile::tempdir().unwrap();
    let log = d.path().join("maillog");
    let out = d.path().join("out.ndjson");
    let state = d.path().join("state");
    let args =
        |log: &Path| vec![log.to_str().unwrap().to_string(), "--state".into(), state.to_str().unwrap().to_string()];
    append(&log, &a);
    append(&log, &b);
    let first = follow(&args(&log).iter().map(String::as_str).collect::<Vec<_>>(), &out);
    std::thread::sleep(Duration::from_millis(800));
    stop(first);
    let written_first = std::fs::read_to_string(&out).unwrap().lines().count();
    assert!(written_first > 0);
    // more mail while it was down, then a restart
    append(&log, &c);
    let second = follow(&args(&log).iter().map(String::as_str).collect::<Vec<_>>(), &out);
    wait_for(&out, want.len());
    std::thread::sleep(Duration::from_millis(300));
    stop(second);
    let text = std::fs::read_to_string(&out).unwrap();
    let all_lines: Vec<&str> = text.lines().collect();
    let distinct: BTreeSet<String> = all_lines.iter().map(|s| s.to_string()).collect();
    assert_eq!(all_lines.len(), distinct.len(), "no record written twice");
    assert_eq!(distinct, want);
}

#[test]
fn violations_are_reported_as_they_happen_like_check_does() {
    let all = sample_lines();
    let d = tempfile::tempdir().unwrap();
    let log = d.path().join("maillog");
    append(&log, &all);
    let out = d.path().join("out.ndjson");
    let viol = d.path().join("violations.ndjson");
    let child = follow(
        &[log.to_str().unwrap(), "--check-require-tls", "strict-gov.example", "--violations", viol.to_str().unwrap()],
        &out,
    );
    let batch_check = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["check", "-f", "json", "--require-tls", "strict-gov.example"])
        .arg(&log)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&batch_check.stdout).unwrap();
    let n = v["tables"][0]["totals"]["violations"].as_u64().unwrap() as usize;
    wait_for(&viol, n);
    stop(child);
    let live: Vec<serde_json::Value> =
        std::fs::read_to_string(&viol).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(live.len(), n);
    let key = |x: &serde_json::Value| format!("{} {} {} {}", x["kind"], x["id"], x["rid"], x["problem"]);
    let mut a: Vec<String> = live.iter().map(key).collect();
    let mut b: Vec<String> = v["tables"][0]["rows"].as_array().unwrap().iter().map(key).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn violations_are_posted_to_a_webhook_with_retries() {
    use std::io::{BufRead, BufReader, Read as _};
    let all = sample_lines();
    let d = tempfile::tempdir().unwrap();
    let log = d.path().join("maillog");
    append(&log, &all);
    // a webhook endpoint on loopback that fails the first request, then takes every one
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", l.local_addr().unwrap());
    let bodies = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let got = bodies.clone();
    std::thread::spawn(move || {
        for (n, s) in l.incoming().enumerate() {
            let Ok(mut s) = s else { continue };
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut len = 0usize;
            let mut line = String::new();
            while r.read_line(&mut line).unwrap_or(0) > 2 {
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap();
                }
                line.clear();
            }
            let mut body = vec![0; len];
            r.read_exact(&mut body).unwrap();
            let status = if n == 0 { "500 Internal Server Error" } else { "200 OK" };
            if n > 0 {
                got.lock().unwrap().push(String::from_utf8(body).unwrap());
            }
            let _ =
                s.write_all(format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes());
        }
    });
    let out = d.path().join("out.ndjson");
    let viol = d.path().join("violations.ndjson");
    let child = follow(
        &[
            log.to_str().unwrap(),
            "--check-require-tls",
            "strict-gov.example",
            "--violations",
            viol.to_str().unwrap(),
            "--webhook",
            &url,
        ],
        &out,
    );
    wait_for(&viol, 8);
    let start = Instant::now();
    while bodies.lock().unwrap().len() < 8 && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
    }
    stop(child);
    let posted: BTreeSet<String> = bodies.lock().unwrap().iter().cloned().collect();
    let written: BTreeSet<String> = lines_of(&viol);
    assert_eq!(written.len(), 8);
    assert_eq!(posted, written, "every violation posted once, the failed first attempt retried");
}

#[test]
fn a_crash_and_a_restart_lose_nothing_and_repeat_nothing() {
    // SIGKILL mid-stream, no --state: the NDJSON output file is read back at the start
    let (all, [a, b, c]) = thirds();
    let want = batch(&all.concat());
    let d = tempfile::tempdir().unwrap();
    let log = d.path().join("maillog");
    let out = d.path().join("out.ndjson");
    append(&log, &a);
    let mut first = follow(&[log.to_str().unwrap()], &out);
    std::thread::sleep(Duration::from_millis(300));
    append(&log, &b);
    std::thread::sleep(Duration::from_millis(200));
    first.kill().unwrap(); // SIGKILL: no drain
    first.wait().unwrap();
    // a write cut in the middle by the crash
    let mut f = std::fs::OpenOptions::new().append(true).open(&out).unwrap();
    f.write_all(b"{\"appliance\":\"cut-short").unwrap();
    drop(f);
    append(&log, &c);
    let second = follow(&[log.to_str().unwrap()], &out);
    wait_for(&out, want.len());
    std::thread::sleep(Duration::from_millis(300));
    stop(second);
    let text = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let distinct: BTreeSet<String> = lines.iter().map(|s| s.to_string()).collect();
    assert_eq!(lines.len(), distinct.len(), "nothing written twice");
    assert_eq!(distinct, want);
}

#[test]
fn several_appliance_folders_are_followed_at_once() {
    let all = sample_lines().concat();
    let want = batch(&all);
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.ndjson");
    let mut dirs = Vec::new();
    for (name, serial) in [("esa1", "SERIAL-ONE"), ("esa2", "SERIAL-TWO")] {
        let dir = d.path().join(name);
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(
            dir.join("mail_logs.@20240310T080000.c"),
            all.replace("4229ABCDEF0123456789-0A1B2C3D4E5F", serial),
        )
        .unwrap();
        dirs.push(dir);
    }
    let child = follow(&[dirs[0].to_str().unwrap(), dirs[1].to_str().unwrap()], &out);
    wait_for(&out, 2 * want.len());
    stop(child);
    let got = lines_of(&out);
    for serial in ["SERIAL-ONE", "SERIAL-TWO"] {
        let mine: BTreeSet<String> = got
            .iter()
            .filter(|l| l.contains(&format!("\"appliance\":\"{serial}\"")))
            .map(|l| l.replace(serial, "4229ABCDEF0123456789-0A1B2C3D4E5F"))
            .collect();
        assert_eq!(mine, want, "{serial}");
    }
}

/// `follow --store`: records go into the store as they become final; a restart, which reads the
/// files from their beginning, stores nothing twice (the store is its own state).
#[test]
fn follow_writes_into_a_store_and_a_restart_repeats_nothing() {
    let (all, [a, b, c]) = thirds();
    let want = batch(&all.concat());
    let d = tempfile::tempdir().unwrap();
    let log = d.path().join("maillog");
    let out = d.path().join("out.ndjson");
    let store = d.path().join("live.sqlite");
    let args = [log.to_str().unwrap(), "--store", store.to_str().unwrap()];
    append(&log, &a);
    append(&log, &b);
    let first = follow(&args, &out);
    std::thread::sleep(Duration::from_millis(800));
    stop(first);
    // the output file is no state here: only the store is
    std::fs::remove_file(&out).unwrap();
    append(&log, &c);
    let second = follow(&args, &out);
    wait_for(&out, 1);
    std::thread::sleep(Duration::from_millis(1500));
    stop(second);
    let stored = |cmd: &str| -> Vec<String> {
        let o = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
            .args([cmd, "-f", "ndjson", "--store", store.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap().lines().map(String::from).collect()
    };
    let mut got = stored("messages");
    got.extend(stored("connections"));
    let distinct: BTreeSet<String> = got.iter().cloned().collect();
    assert_eq!(got.len(), distinct.len(), "no record stored twice");
    assert_eq!(distinct, want);
}

#[test]
fn a_utf16_export_is_read_once_whole_and_said_so() {
    let lines = sample_lines();
    let text = lines.concat();
    let d = tempfile::tempdir().unwrap();
    let log = d.path().join("export.log");
    let mut b = vec![0xFF, 0xFE];
    for u in text.replace('\n', "\r\n").encode_utf16() {
        b.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(&log, b).unwrap();
    let out = d.path().join("out.ndjson");
    // not `follow()`: its -q would silence the note
    let child = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["follow", "--records", "both", "--poll-ms", "20", "-o"])
        .arg(&out)
        .arg(&log)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let want = batch(&text);
    wait_for(&out, want.len());
    let err = stop(child);
    assert!(err.contains("export.log: UTF-16 text: read once to its end, not followed as it grows"), "{err}");
    assert_eq!(lines_of(&out), want, "what a batch run over the UTF-8 text gives");
}

#[test]
fn a_folder_of_appliance_folders_is_followed_as_each_of_them() {
    let lines = sample_lines();
    let d = tempfile::tempdir().unwrap();
    let spool = d.path().join("spool");
    let mut want = BTreeSet::new();
    for (host, serial) in [("esa1", "4229ABCDEF0123456789-0A1B2C3D4E5F"), ("esa2", "9999ABCDEF0123456789-0A1B2C3D4E5F")]
    {
        let text = lines.concat().replace("4229ABCDEF0123456789-0A1B2C3D4E5F", serial);
        want.extend(batch(&text));
        std::fs::create_dir_all(spool.join(host)).unwrap();
        std::fs::write(spool.join(host).join("mail_logs.@20240310T080000.c"), text).unwrap();
    }
    let out = d.path().join("out.ndjson");
    let child = follow(&[spool.to_str().unwrap()], &out);
    wait_for(&out, want.len());
    stop(child);
    assert_eq!(lines_of(&out), want);
}

/// Followed appliance folders whose files name no serial number are named by their folders, as in a
/// batch run: each folder's pipeline is its own, but the records met in one output (and one store)
/// with one appliance name, where one's MID 500001 was the other's.
#[test]
fn followed_appliance_folders_without_a_serial_number_are_named_by_their_folders() {
    let text: String = sample_lines().into_iter().filter(|l| !l.contains("SN: ")).collect();
    let d = tempfile::tempdir().unwrap();
    let spool = d.path().join("spool");
    let mut want = BTreeSet::new();
    for host in ["esa1", "esa2"] {
        let named = format!("{{\"appliance\":\"{host}\",");
        want.extend(batch(&text).into_iter().map(|l| l.replacen("{\"appliance\":null,", &named, 1)));
        std::fs::create_dir_all(spool.join(host)).unwrap();
        std::fs::write(spool.join(host).join("mail_logs.@20240310T080000.c"), &text).unwrap();
    }
    assert!(want.iter().all(|l| !l.contains("\"appliance\":null")));
    let out = d.path().join("out.ndjson");
    let child = follow(&[spool.to_str().unwrap()], &out);
    wait_for(&out, want.len());
    stop(child);
    assert_eq!(lines_of(&out), want);
}
