//! `esa-tls follow PATH…`: verdicts as the mail flows. Each path (a file, or an appliance's log
//! folder) is followed on its own thread through its own pipeline (appliances never share state),
//! and records are written as NDJSON (or ECS) as soon as they are final. `--check` reports each
//! violation of the `check` rules as it happens. SIGTERM or SIGINT: reading stops, what was read is
//! correlated and written, and the process exits 0; records still open are not written, so a restart
//! (which reads the current files from their beginning again) gives them once (see `--state`).

use super::args::{FormatArg, InputArgs};
use super::metrics::RecordMetrics;
use super::run::{err, note, or_say, EXIT_ERROR, EXIT_OK};
use super::webhook::Webhook;
use clap::{Args, ValueEnum};
use esa_tls::input::follow::Follow;
use esa_tls::input::syslog::ListenStats;
use esa_tls::input::{Source, SourceKind};
use esa_tls::model::Record;
use esa_tls::output::{Format, RecordKind, RecordWriter};
use esa_tls::pipeline::Pipeline;
use esa_tls::report::compliance::{Check, Rules};
use esa_tls::report::filter::Filtered;
use esa_tls::sink::Sink;
use esa_tls::store::writer::StoreWriter;
use std::collections::HashSet;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Which records a live run writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RecordsArg {
    Messages,
    Connections,
    Both,
}

#[derive(Args)]
pub struct LiveArgs {
    /// Records to write as they become final.
    #[arg(long, value_enum, ignore_case = true, default_value = "messages")]
    pub records: RecordsArg,
    /// Output format: ndjson (the objects of `messages -f ndjson`) or ecs.
    #[arg(long, short, value_enum, ignore_case = true, default_value = "ndjson")]
    pub format: FormatArg,
    /// Write the records to this file (appended) instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Report every violation of these rules as it happens (see `check`).
    #[arg(long = "check-require-tls", value_name = "DOMAIN[,DOMAIN…]", value_delimiter = ',')]
    pub require_tls: Vec<String>,
    /// With --check-require-tls or alone: lowest acceptable protocol.
    #[arg(long = "check-min-protocol", value_name = "VERSION")]
    pub min_protocol: Option<String>,
    /// Violations go to this file (appended) instead of stderr, one JSON object a line.
    #[arg(long, value_name = "FILE")]
    pub violations: Option<PathBuf>,
    /// Records already written, kept across restarts: a restart reads the current files from their
    /// beginning again and writes only what it had not written. An NDJSON --output file needs none:
    /// it is read back at the start.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Also POST each violation (JSON) to this URL, retried with backoff.
    #[arg(long, value_name = "URL")]
    pub webhook: Option<String>,
    /// Serve Prometheus metrics on this address (`PORT` is 127.0.0.1:PORT).
    #[arg(long, value_name = "ADDR")]
    pub metrics: Option<String>,
    /// A file holding the token `/metrics` asks for (`Authorization: Bearer …`, as Prometheus's
    /// `authorization.credentials_file` sends it; first line, at least 16 characters). Needed for
    /// a --metrics address other than loopback.
    #[arg(long, value_name = "FILE")]
    pub metrics_token_file: Option<PathBuf>,
}

/// `PORT` or `ADDR:PORT`; a bare port and `localhost:PORT` are loopback, `:PORT` is asked about.
pub fn socket_addr(s: &str, flag: &str) -> Result<std::net::SocketAddr, String> {
    let s = s.trim();
    let loopback = |port: u16| std::net::SocketAddr::from(([127, 0, 0, 1], port));
    if let Ok(port) = s.parse::<u16>() {
        return Ok(loopback(port));
    }
    // `localhost:8080`, as a browser's address bar has it: this machine only
    if let Some((_, port)) = s.rsplit_once(':').filter(|(h, _)| h.eq_ignore_ascii_case("localhost")) {
        if let Ok(port) = port.parse::<u16>() {
            return Ok(loopback(port));
        }
    }
    if let Some(port) = s.strip_prefix(':') {
        // some tools read `:PORT` as every interface, others as this machine: say which is wanted
        return Err(format!(
            "{flag} {s:?}: give {port} (or 127.0.0.1:{port}) for this machine only, or 0.0.0.0:{port} for every interface"
        ));
    }
    s.parse().map_err(|_| {
        format!("{flag} {s:?}: give PORT or ADDR:PORT (e.g. 127.0.0.1:5514, localhost:5514, [::1]:5514, 0.0.0.0:5514)")
    })
}

#[derive(Args)]
pub struct FollowArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub live: LiveArgs,
    /// How often to look for new lines and files, in milliseconds.
    #[arg(long, default_value_t = 250, value_parser = clap::value_parser!(u64).range(10..=60_000))]
    pub poll_ms: u64,
}

/// A writer shared by the threads: each thread writes whole lines, under the lock, at its flushes.
#[derive(Clone)]
pub struct Shared(pub Arc<Mutex<Box<dyn Write + Send>>>);

impl Shared {
    pub fn open(path: &Option<PathBuf>, or: Box<dyn Write + Send>) -> io::Result<Shared> {
        let w: Box<dyn Write + Send> = match path {
            Some(p) => Box::new(std::fs::OpenOptions::new().create(true).append(true).open(p)?),
            None => or,
        };
        Ok(Shared(Arc::new(Mutex::new(w))))
    }
}

/// A thread's buffer of whole lines, handed to the shared writer when flushed.
pub struct Buffered {
    buf: Vec<u8>,
    to: Shared,
}

impl Write for Buffered {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let mut w = self.to.0.lock().map_err(|_| io::Error::other("output lock poisoned"))?;
        w.write_all(&self.buf)?;
        w.flush()?;
        self.buf.clear();
        Ok(())
    }
}

/// Keys of the records already written (`--state`): the appliance, the kind and ID, and the time.
fn record_key(r: &Record) -> String {
    match r {
        Record::Message(m) => format!(
            "m {} {} {}",
            m.appliance.as_deref().unwrap_or("-"),
            m.mid,
            m.started.or(m.finished).map_or(String::new(), |t| t.to_string())
        ),
        Record::Connection(c) => format!(
            "c {} {} {} {}",
            c.appliance.as_deref().unwrap_or("-"),
            c.direction.as_str(),
            c.id,
            c.opened.or(c.closed).map_or(String::new(), |t| t.to_string())
        ),
    }
}

/// The keys of the records an NDJSON output file already holds; a last line cut short (a crash in
/// the middle of a write) is cut off the file.
fn keys_of_output(p: &std::path::Path) -> io::Result<Vec<String>> {
    let Ok(mut text) = std::fs::read(p) else { return Ok(Vec::new()) };
    if !text.is_empty() && text.last() != Some(&b'\n') {
        let keep = text.iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
        std::fs::OpenOptions::new().write(true).open(p)?.set_len(keep as u64)?;
        text.truncate(keep);
    }
    let s = |v: &serde_json::Value| v.as_str().map(String::from);
    Ok(String::from_utf8_lossy(&text)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let app = s(&v["appliance"]).unwrap_or_else(|| "-".into());
            match v.get("mid") {
                Some(mid) => {
                    format!("m {app} {mid} {}", s(&v["started"]).or_else(|| s(&v["finished"])).unwrap_or_default())
                }
                None => format!(
                    "c {app} {} {} {}",
                    s(&v["direction"]).unwrap_or_default(),
                    v["id"],
                    s(&v["opened"]).or_else(|| s(&v["closed"])).unwrap_or_default()
                ),
            }
        })
        .collect())
}

/// What a live run does with each record: skip what was written before a restart, write it,
/// check it.
pub struct LiveSink {
    metrics: Arc<RecordMetrics>,
    webhook: Option<Webhook>,
    writer: RecordWriter<Buffered>,
    check: Option<Check>,
    reported: usize,
    violations: Buffered,
    written: Arc<Mutex<HashSet<String>>>,
    state: Option<Buffered>,
    store: Option<StoreWriter>,
}

impl Sink for LiveSink {
    fn record(&mut self, r: Record) {
        let key = record_key(&r);
        if let Ok(mut w) = self.written.lock() {
            if !w.insert(key.clone()) {
                return; // written before a restart
            }
        }
        if let Some(s) = &mut self.state {
            let _ = writeln!(s, "{key}");
        }
        self.metrics.add(&r);
        if let Some(s) = &self.store {
            s.send(r.clone());
        }
        if let Some(c) = &mut self.check {
            c.add(&r);
            for v in &c.violations[self.reported..] {
                let line = serde_json::json!({
                    "time": v.time.map(|t| t.to_string()),
                    "appliance": v.appliance,
                    "kind": v.kind,
                    "direction": v.direction.as_str(),
                    "id": v.id,
                    "rid": v.rid,
                    "peer": v.peer,
                    "rule": v.rule,
                    "domain": v.domain,
                    "problem": v.problem,
                });
                let _ = writeln!(self.violations, "{line}");
                if let Some(w) = &self.webhook {
                    w.post(line.to_string());
                }
            }
            self.reported = c.violations.len();
        }
        self.writer.record(r);
    }
    fn stopped(&self) -> bool {
        self.writer.stopped()
    }
    fn flush(&mut self) {
        self.writer.flush();
        let _ = self.violations.flush();
        if let Some(s) = &mut self.state {
            let _ = s.flush();
        }
    }
}

/// The shared parts of a live run (`follow`, `listen`): output, violations, state.
pub struct Live {
    pub out: Shared,
    pub violations: Shared,
    pub state: Option<Shared>,
    pub written: Arc<Mutex<HashSet<String>>>,
    pub rules: Option<Rules>,
    pub kind: RecordKind,
    pub format: Format,
    pub metrics: Arc<RecordMetrics>,
    pub metrics_addr: Option<std::net::SocketAddr>,
    /// The token `/metrics` asks for, if any.
    pub metrics_token: Option<String>,
    pub webhook: Option<Webhook>,
    pub webhook_thread: Option<std::thread::JoinHandle<Arc<super::webhook::Delivery>>>,
    /// `--store`: records are committed there too.
    pub store: Option<StoreWriter>,
    pub store_thread: Option<std::thread::JoinHandle<()>>,
}

impl Live {
    /// `store`: the URL of `--store`, and the time from which records a restart may write again
    /// (`follow` reads its files from their beginning): the store's records from then on count as
    /// written.
    pub fn new(a: &LiveArgs, store: Option<(&str, Option<i64>)>) -> Result<Live, String> {
        let format = Format::from(a.format);
        if !matches!(format, Format::Ndjson | Format::Ecs) {
            return Err("a live run writes ndjson or ecs".into());
        }
        let rules = if a.require_tls.is_empty() && a.min_protocol.is_none() {
            None
        } else {
            Some(Rules::new(&a.require_tls, a.min_protocol.as_deref())?)
        };
        let out = Shared::open(&a.output, Box::new(io::stdout())).map_err(|e| format!("--output: {e}"))?;
        let violations =
            Shared::open(&a.violations, Box::new(io::stderr())).map_err(|e| format!("--violations: {e}"))?;
        let mut written = HashSet::new();
        if let Some(p) = &a.state {
            if let Ok(text) = std::fs::read_to_string(p) {
                written.extend(text.lines().map(String::from));
            }
        }
        // an NDJSON output file is its own state: what it holds was written (a line cut by a crash
        // is dropped, and written again)
        if let (Some(p), Format::Ndjson) = (&a.output, format) {
            written.extend(keys_of_output(p).map_err(|e| format!("--output {}: {e}", p.display()))?);
        }
        let state = match &a.state {
            Some(p) => Some(Shared::open(&Some(p.clone()), Box::new(io::sink())).map_err(|e| format!("--state: {e}"))?),
            None => None,
        };
        let (store, store_thread) = match store {
            Some((url, replay_from)) => {
                let mut b = esa_tls::store::open(url).map_err(|e| e.to_string())?;
                if let Some(since) = replay_from {
                    let q = esa_tls::store::Scan {
                        connections: true,
                        messages: true,
                        range: esa_tls::report::filter::TimeRange { since: Some(since), ..Default::default() },
                        keys: None,
                        outside_rollup: false,
                    };
                    b.scan(&q, &mut |_, r| {
                        written.insert(record_key(&r));
                        true
                    })
                    .map_err(|e| e.to_string())?;
                }
                let (w, h) = StoreWriter::start(b, |e| err(format!("--store: {e} (records are kept and retried)")));
                (Some(w), Some(h))
            }
            None => (None, None),
        };
        let kind = match a.records {
            RecordsArg::Messages => RecordKind::Messages,
            RecordsArg::Connections => RecordKind::Connections,
            RecordsArg::Both => RecordKind::All,
        };
        let metrics_addr = a.metrics.as_deref().map(|m| socket_addr(m, "--metrics")).transpose()?;
        let metrics_token =
            a.metrics_token_file.as_deref().map(|f| super::run::token_file(f, "--metrics-token-file")).transpose()?;
        if let (Some(addr), None) = (metrics_addr, &metrics_token) {
            if !addr.ip().is_loopback() {
                return Err(format!(
                    "--metrics {addr} is reachable from other machines: give a token (--metrics-token-file FILE), which scrapers send as Authorization: Bearer"
                ));
            }
        }
        let (webhook, webhook_thread) = match &a.webhook {
            Some(u) => {
                let (w, h) = Webhook::start(u)?;
                (Some(w), Some(h))
            }
            None => (None, None),
        };
        Ok(Live {
            out,
            violations,
            state,
            written: Arc::new(Mutex::new(written)),
            rules,
            kind,
            format,
            metrics: Arc::new(RecordMetrics::default()),
            metrics_addr,
            metrics_token,
            webhook,
            webhook_thread,
            store,
            store_thread,
        })
    }

    pub fn sink(&self) -> LiveSink {
        let buffered = |to: &Shared| Buffered { buf: Vec::new(), to: to.clone() };
        LiveSink {
            metrics: self.metrics.clone(),
            webhook: self.webhook.clone(),
            writer: RecordWriter::new(buffered(&self.out), self.kind, self.format),
            check: self.rules.clone().map(Check::new),
            reported: 0,
            violations: buffered(&self.violations),
            written: self.written.clone(),
            state: self.state.as_ref().map(buffered),
            store: self.store.clone(),
        }
    }

    /// Ends the run: the webhook's queue is sent (each POST retried), the store's last records are
    /// committed, what failed is said.
    pub fn finish(mut self) {
        if let Some(w) = self.store.take() {
            let stats = w.stats.clone();
            drop(w);
            if let Some(h) = self.store_thread.take() {
                let _ = h.join();
            }
            let dropped = stats.dropped.load(Ordering::Relaxed);
            if dropped > 0 {
                err(format!("--store: {dropped} records could not be stored"));
            }
        }
        let dropped = self.webhook.as_ref().map(|w| w.dropped.load(Ordering::Relaxed)).unwrap_or(0);
        self.webhook = None;
        if let Some(h) = self.webhook_thread.take() {
            if let Ok(d) = h.join() {
                let failed = d.failed.load(Ordering::Relaxed);
                if failed + dropped > 0 {
                    err(format!(
                        "webhook: {} violations posted, {failed} given up, {dropped} dropped (queue full)",
                        d.sent.load(Ordering::Relaxed)
                    ));
                }
            }
        }
    }

    /// Starts serving `--metrics`, if asked.
    pub fn serve_metrics(&self, listen: Option<Arc<ListenStats>>, stop: Arc<AtomicBool>) -> Result<(), String> {
        match self.metrics_addr {
            Some(a) => super::metrics::serve(a, self.metrics.clone(), listen, stop, self.metrics_token.clone())
                .map_err(|e| format!("--metrics {a}: {e}")),
            None => Ok(()),
        }
    }
}

/// SIGTERM and SIGINT set the flag (reading stops, what was read is finished).
pub fn stop_flag() -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        let _ = signal_hook::flag::register(sig, stop.clone());
    }
    stop
}

pub fn run(a: &FollowArgs) -> u8 {
    if a.input.paths.is_empty() {
        err("follow: give the log files or folders to follow");
        return EXIT_ERROR;
    }
    // a restart reads the current files from their beginning: records of the store from their first
    // time on are taken as written
    let replay_from = {
        let (mut errors, mut notes) = (Vec::new(), Vec::new());
        let files = esa_tls::input::expand(&a.input.paths, &[], &mut errors, &mut notes);
        files
            .iter()
            .filter_map(|s| match &s.kind {
                SourceKind::File(p) => esa_tls::input::first_time(p),
                SourceKind::Stdin => None,
            })
            .min()
    };
    let store = a.input.store.as_deref().map(super::args::store_url);
    let Some(live) = or_say(Live::new(&a.live, store.as_deref().map(|u| (u, replay_from)))) else {
        return EXIT_ERROR;
    };
    // options and filters as for every command; the paths are followed, not expanded
    let Some(cfg) = or_say(a.input.config_without_paths(true)) else {
        return EXIT_ERROR;
    };
    let stop = stop_flag();
    if let Err(m) = live.serve_metrics(None, stop.clone()) {
        err(m);
        return EXIT_ERROR;
    }
    // a folder of appliance folders (a `listen --spool`, a log server's DIR/<host>/): each is followed
    let mut targets = Vec::new();
    for path in &a.input.paths {
        let subs = esa_tls::input::appliance_folders(path);
        if subs.is_empty() {
            targets.push((path.clone(), None));
        } else {
            note(
                cfg.quiet,
                Some(format!(
                    "{}: no log file at its top; its folders {} are followed, each as one appliance's log folder (a folder added later is not: restart, or name it)",
                    path.display(),
                    esa_tls::input::folder_names(&subs)
                )),
            );
            targets.extend(subs.into_iter().map(|s| {
                let name = esa_tls::input::folder_name(&s);
                (s, name)
            }));
        }
    }
    let mut threads = Vec::new();
    for (path, folder) in &targets {
        let follow = match Follow::new(path, Duration::from_millis(a.poll_ms), stop.clone()) {
            Ok(f) => f,
            Err(e) => {
                err(format!("{}: {e}", path.display()));
                return EXIT_ERROR;
            }
        };
        let mut src = Source::file(path);
        src.name = format!("follow:{}", path.display());
        src.appliance = cfg.appliance_of(path);
        src.folder = folder.clone();
        let (opts, range, search) = (cfg.options.clone(), cfg.range, cfg.search.clone());
        let mut sink = live.sink();
        let notes = follow.notes.clone();
        let quiet = cfg.quiet;
        let lines = live.metrics.lines.clone();
        threads.push(std::thread::spawn(move || {
            let mut p = Pipeline::new(opts);
            p.set_line_counts(lines);
            let mut filtered = Filtered { range, search, narrow: false, inner: &mut sink };
            let filtered = filtered.sink();
            p.run_live(&src, Box::new(follow), filtered);
            // stopped: what was read is correlated; records still open are left for a restart
            filtered.flush();
            if !quiet {
                for n in notes.lock().map(|v| v.clone()).unwrap_or_default() {
                    err(format!("note: {n}"));
                }
            }
        }));
    }
    for t in threads {
        let _ = t.join();
    }
    live.finish();
    EXIT_OK
}

#[cfg(test)]
mod tests {
    use super::socket_addr;

    #[test]
    fn addresses_to_listen_on() {
        let ok = |s: &str| socket_addr(s, "--listen").map(|a| a.to_string());
        assert_eq!(ok("8080").as_deref(), Ok("127.0.0.1:8080"));
        assert_eq!(ok("localhost:8080").as_deref(), Ok("127.0.0.1:8080"));
        assert_eq!(ok("LOCALHOST:514").as_deref(), Ok("127.0.0.1:514"));
        assert_eq!(ok("0.0.0.0:514").as_deref(), Ok("0.0.0.0:514"));
        assert_eq!(ok("[::1]:5514").as_deref(), Ok("[::1]:5514"));
        // every interface or this machine? Asked, not guessed
        let e = ok(":8080").unwrap_err();
        assert!(e.contains("127.0.0.1:8080") && e.contains("0.0.0.0:8080"), "{e}");
        assert!(ok("localhost:http").is_err());
        assert!(ok("esa-host:8080").is_err());
        assert!(ok("99999").is_err());
    }
}
