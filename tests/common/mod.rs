//! Helpers shared by the integration tests.
#![allow(dead_code)]

use esa_tls::model::{Connection, Direction, Message};
use esa_tls::pipeline::{Collect, Options, Pipeline, RunReport};
use std::path::{Path, PathBuf};

/// Options with a fixed "today", so year inference does not depend on the clock.
pub fn opts() -> Options {
    Options { today: (2024, 6), ..Options::default() }
}

/// Runs the pipeline over in-memory text.
pub fn run_text(text: &str) -> (Collect, RunReport) {
    run_with(text.as_bytes(), opts())
}

pub fn run_with(data: &[u8], o: Options) -> (Collect, RunReport) {
    let mut p = Pipeline::new(o);
    let mut c = Collect::default();
    p.run_bytes("input", data, &mut c);
    let r = p.finish(&mut c);
    (c, r)
}

pub fn message(c: &Collect, mid: u64) -> &Message {
    let found: Vec<_> = c.messages.iter().filter(|m| m.mid == mid).collect();
    assert_eq!(found.len(), 1, "expected one record for MID {mid}, got {}", found.len());
    found[0]
}

pub fn connection(c: &Collect, dir: Direction, id: u64) -> &Connection {
    let found: Vec<_> = c.connections.iter().filter(|x| x.direction == dir && x.id == id).collect();
    assert_eq!(found.len(), 1, "expected one record for {dir:?} {id}, got {}", found.len());
    found[0]
}

/// `../shared` beside the repository, when this machine has it. Absent, the calling test is skipped
/// with a line on the real stderr (shown by `cargo test` without `--nocapture`); under `CI=true`,
/// where it is always present, its absence fails the test.
pub fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("shared");
    if p.is_dir() {
        return Some(p);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("../shared is missing, and under CI=true it must be present");
    }
    let name = std::thread::current().name().unwrap_or("a test").to_string();
    // not eprintln!: the test harness captures that, and a skip must be seen
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIP {name}: ../shared is not present on this machine");
    None
}

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures").join(name)
}

/// A free TCP port on loopback.
pub fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A real ClickHouse server (Debian's `clickhouse-server`) on loopback, with its own data folder and
/// free ports, stopped when dropped. `None` (the test skips, saying so) when the server is not
/// installed, except under `CI=true`, where `.ci/run` installs it.
pub struct ClickHouseServer {
    child: std::process::Child,
    pub dir: tempfile::TempDir,
    pub port: u16,
    config: PathBuf,
}

impl ClickHouseServer {
    pub fn start() -> Option<ClickHouseServer> {
        let bin =
            ["/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server"].into_iter().find(|p| Path::new(p).exists());
        let Some(bin) = bin else {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("clickhouse-server is missing, and under CI=true .ci/run installs it");
            }
            let name = std::thread::current().name().unwrap_or("a test").to_string();
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "SKIP {name}: clickhouse-server is not installed on this machine");
            return None;
        };
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let config = dir.path().join("config.xml");
        let d = dir.path().display();
        std::fs::write(
            &config,
            format!(
                r#"<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>{d}/server.log</log><errorlog>{d}/err.log</errorlog><size>10M</size><count>1</count></logger>
  <http_port>{port}</http_port>
  <tcp_port>{tcp}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>{d}/data/</path>
  <tmp_path>{d}/tmp/</tmp_path>
  <user_files_path>{d}/user_files/</user_files_path>
  <format_schema_path>{d}/format_schemas/</format_schema_path>
  <users_config>/etc/clickhouse-server/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
</yandex>
"#,
                tcp = free_port()
            ),
        )
        .unwrap();
        let child = Self::spawn(bin, &config, dir.path());
        let server = ClickHouseServer { child, dir, port, config };
        server.wait_ready();
        Some(server)
    }

    fn spawn(bin: &str, config: &Path, dir: &Path) -> std::process::Child {
        std::process::Command::new(bin)
            .arg(format!("--config-file={}", config.display()))
            .current_dir(dir)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("clickhouse-server starts")
    }

    fn wait_ready(&self) {
        let start = std::time::Instant::now();
        while start.elapsed() < std::time::Duration::from_secs(60) {
            if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", self.port)) {
                use std::io::{Read, Write};
                let _ = s.write_all(b"GET /ping HTTP/1.0\r\n\r\n");
                let mut r = String::new();
                let _ = s.read_to_string(&mut r);
                if r.contains("Ok.") {
                    return;
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!("clickhouse-server did not answer on port {} within 60 s", self.port);
    }

    /// A store URL for a database of this server.
    pub fn url(&self, db: &str) -> String {
        format!("clickhouse://127.0.0.1:{}/{db}", self.port)
    }

    /// Stops the server (its data stays).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Starts it again on the same data and port.
    pub fn restart(&mut self) {
        let bin = ["/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server"]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .unwrap();
        self.child = Self::spawn(bin, &self.config, self.dir.path());
        self.wait_ready();
    }
}

impl Drop for ClickHouseServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Simulated traffic of `appliances` appliances (over syslog when more than one), then the seed
/// note's examples (wrapped lines among them) and prose, as pasted from tickets.
pub fn sim_log(seed: u64, appliances: u32) -> Vec<u8> {
    use esa_tls_sim::{generate, Config};
    let cfg = Config { seed, messages: 150, appliances, syslog: appliances > 1, ..Config::default() };
    let mut out = Vec::new();
    generate(&cfg, &mut out, false).unwrap();
    out.extend_from_slice(std::fs::read(fixture("seed_118500_examples.log")).unwrap().as_slice());
    out.extend_from_slice(b"\nprose that is not a log line\nwith a second line\n\n");
    out
}

/// `data` cut before the lines at the fractions `cuts` of its lines, into consecutive parts (as a
/// log rotated at those lines).
pub fn cut_at_lines<'a>(data: &'a [u8], cuts: &[f64]) -> Vec<&'a [u8]> {
    let starts: Vec<usize> =
        std::iter::once(0).chain(data.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1)).collect();
    let mut at: Vec<usize> = cuts.iter().map(|f| starts[(f * (starts.len() - 1) as f64) as usize]).collect();
    at.sort_unstable();
    at.dedup();
    let mut parts = Vec::new();
    let mut prev = 0;
    for a in at {
        parts.push(&data[prev..a]);
        prev = a;
    }
    parts.push(&data[prev..]);
    parts
}

/// Records (JSON) as sorted texts without their appliance: the verdicts of a log and of the same
/// log in another form, compared whatever names the appliance.
pub fn verdicts(recs: &[serde_json::Value]) -> Vec<String> {
    let mut v: Vec<String> = recs
        .iter()
        .map(|m| {
            let mut m = m.clone();
            m.as_object_mut().unwrap().remove("appliance");
            m.to_string()
        })
        .collect();
    v.sort();
    v
}
