//! `esa-tls listen --udp ADDR --tcp ADDR`: syslog push from the appliances, verdicts as the mail
//! flows. Frames from one sender address feed one pipeline (its own thread): the appliance is the
//! frame's hostname, or the sender's address when the frame has none. Threads, not an async
//! runtime: a handful of sockets and one pipeline per appliance, each busy parsing, gain nothing
//! from async I/O, and std threads keep the build small (README, "Live").

use super::args::InputArgs;
use super::follow::{socket_addr, stop_flag, Live, LiveArgs};
use super::run::{err, EXIT_ERROR, EXIT_OK};
use clap::Args;
use esa_tls::input::syslog::{self, Allow, FrameReader, ListenLimits, ListenStats, Router, Spool, SpooledFrames};
use esa_tls::input::{Source, SourceKind};
use esa_tls::pipeline::Pipeline;
use esa_tls::report::filter::Filtered;
use std::net::{TcpListener, UdpSocket};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Args)]
pub struct ListenArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub live: LiveArgs,
    /// Receive syslog over UDP on `PORT` (loopback) or `ADDR:PORT`.
    #[arg(long, value_name = "ADDR")]
    pub udp: Option<String>,
    /// Receive syslog over TCP (LF framing or RFC 6587 octet counting) on `PORT` or `ADDR:PORT`.
    #[arg(long, value_name = "ADDR")]
    pub tcp: Option<String>,
    /// The senders to take frames from: the appliances' addresses or networks (10.1.2.3,
    /// 10.1.0.0/16, 2001:db8::/32; repeatable, or a comma list), or `any`. Needed to listen on an
    /// address other than loopback: anyone who can reach the port could write the log lines the
    /// verdicts rest on. Frames from other senders are dropped and counted.
    #[arg(long, value_name = "ADDR[/PREFIX]|any", value_delimiter = ',')]
    pub allow: Vec<String>,
    /// Longest frame accepted, in bytes; longer ones are dropped and counted.
    #[arg(long, default_value_t = 65536, value_parser = clap::value_parser!(u64).range(256..=16_777_216))]
    pub max_frame: u64,
    /// TCP connections at once; more are refused and counted.
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=65536))]
    pub max_clients: u64,
    /// UDP receive buffer to ask the kernel for, in bytes (bursts beyond it are lost, and counted by
    /// the kernel); default: the system's.
    #[arg(long, value_name = "BYTES")]
    pub udp_buffer: Option<usize>,
    /// Keep every received line under DIR/<sender>/ in the appliance's own file naming
    /// (`mail_logs.@…​.c`, compressed to `.s.gz` when it reaches --spool-size), so that a later batch
    /// run over the folder gives the same verdicts.
    #[arg(long, value_name = "DIR")]
    pub spool: Option<PathBuf>,
    /// Size of a spool file before it is compressed and a new one begun, in MiB.
    #[arg(long, default_value_t = 100, value_name = "MIB")]
    pub spool_size: u64,
}

fn set_rcvbuf(sock: &UdpSocket, bytes: usize) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let v = bytes.min(i32::MAX as usize) as libc::c_int;
    // SAFETY: a valid socket descriptor and a c_int option value of the right size.
    let r = unsafe {
        libc::setsockopt(
            sock.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_RCVBUF,
            &v as *const libc::c_int as *const libc::c_void,
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

pub fn run(a: &ListenArgs) -> u8 {
    let fail = |m: String| {
        err(m);
        EXIT_ERROR
    };
    if !a.input.paths.is_empty() {
        return fail("listen takes no paths: it receives syslog (use follow for files)".into());
    }
    let (udp, tcp) = match (
        a.udp.as_deref().map(|s| socket_addr(s, "--udp")).transpose(),
        a.tcp.as_deref().map(|s| socket_addr(s, "--tcp")).transpose(),
    ) {
        (Ok(u), Ok(t)) => (u, t),
        (Err(m), _) | (_, Err(m)) => return fail(m),
    };
    if udp.is_none() && tcp.is_none() {
        return fail("listen: give --udp PORT and/or --tcp PORT (a bare port listens on loopback)".into());
    }
    // who may send, settled before anything is opened
    let beyond: Vec<String> =
        [udp, tcp].into_iter().flatten().filter(|a| !syslog::is_loopback(a)).map(|a| a.to_string()).collect();
    let allow = match (beyond.is_empty(), a.allow.is_empty()) {
        (true, true) => Allow::any(),
        (false, true) => {
            return fail(format!(
                "listening on {} (beyond this machine) takes --allow with the appliances' addresses or networks (e.g. --allow 10.1.2.3,10.1.0.0/16), or --allow any: anyone who can reach the port could write the log lines the verdicts rest on",
                beyond.join(" and ")
            ))
        }
        (_, false) => match Allow::parse(&a.allow) {
            Ok(allow) => allow,
            Err(m) => return fail(m),
        },
    };
    let store = a.input.store.as_deref().map(super::args::store_url);
    let live = match Live::new(&a.live, store.as_deref().map(|u| (u, None))) {
        Ok(l) => l,
        Err(m) => return fail(m),
    };
    let cfg = match a.input.config_without_paths(true) {
        Ok(c) => c,
        Err(m) => return fail(m),
    };
    let limits = ListenLimits {
        max_frame: a.max_frame as usize,
        max_clients: a.max_clients as usize,
        udp_buffer: a.udp_buffer.unwrap_or(0),
        ..ListenLimits::default()
    };
    let stop = stop_flag();
    let stats = Arc::new(ListenStats::default());
    if let Err(m) = live.serve_metrics(Some(stats.clone()), stop.clone()) {
        return fail(m);
    }
    if !beyond.is_empty() && !cfg.quiet {
        let from = if allow == Allow::any() { "any sender".to_string() } else { a.allow.join(", ") };
        err(format!("note: listening on {}, beyond this machine; frames taken from {from}", beyond.join(" and ")));
    }
    // one pipeline per sender address
    let pipelines: Arc<Mutex<Vec<std::thread::JoinHandle<()>>>> = Arc::default();
    let live = Arc::new(Mutex::new(live));
    let router = {
        let (pipelines, live_sinks) = (pipelines.clone(), live.clone());
        let (opts, range, search) = (cfg.options.clone(), cfg.range, cfg.search.clone());
        let (spool, spool_bytes) = (a.spool.clone(), a.spool_size.saturating_mul(1 << 20));
        Router::new(
            limits.queue,
            allow,
            Box::new(move |ip, rx| {
                let (mut sink, lines) = match live_sinks.lock() {
                    Ok(l) => (l.sink(), l.metrics.lines.clone()),
                    Err(_) => return,
                };
                let src = Source {
                    name: format!("syslog:{ip}"),
                    kind: SourceKind::Stdin,
                    appliance: Some(ip.to_string()),
                    ..Source::stdin()
                };
                let (opts, search) = (opts.clone(), search.clone());
                let frames = FrameReader::new(rx, Duration::from_millis(200));
                let reader: Box<dyn std::io::Read + Send> = match &spool {
                    Some(dir) => match Spool::new(dir.join(ip.to_string().replace(':', "_")), spool_bytes) {
                        Ok(spool) => Box::new(SpooledFrames { frames, spool }),
                        Err(e) => {
                            err(format!("--spool {}: {e}", dir.display()));
                            Box::new(frames)
                        }
                    },
                    None => Box::new(frames),
                };
                let h = std::thread::spawn(move || {
                    let mut p = Pipeline::new(opts);
                    p.set_line_counts(lines);
                    let mut filtered = Filtered { range, search, narrow: false, inner: &mut sink };
                    let filtered = filtered.sink();
                    p.run_live(&src, reader, filtered);
                    filtered.flush();
                });
                if let Ok(mut v) = pipelines.lock() {
                    v.push(h);
                }
            }),
        )
    };
    let mut servers = Vec::new();
    if let Some(addr) = udp {
        let sock = match UdpSocket::bind(addr) {
            Ok(s) => s,
            Err(e) => return fail(format!("--udp {addr}: {e}")),
        };
        if limits.udp_buffer > 0 {
            if let Err(e) = set_rcvbuf(&sock, limits.udp_buffer) {
                err(format!("note: --udp-buffer: {e}"));
            }
        }
        let (router, stats, stop) = (router.clone(), stats.clone(), stop.clone());
        servers.push(std::thread::spawn(move || syslog::serve_udp(sock, router, stats, limits, stop)));
    }
    if let Some(addr) = tcp {
        let l = match TcpListener::bind(addr) {
            Ok(l) => l,
            Err(e) => return fail(format!("--tcp {addr}: {e}")),
        };
        let (router, stats, stop) = (router.clone(), stats.clone(), stop.clone());
        servers.push(std::thread::spawn(move || syslog::serve_tcp(l, router, stats, limits, stop)));
    }
    let bound: Vec<String> =
        [udp.map(|a| format!("udp {a}")), tcp.map(|a| format!("tcp {a}"))].into_iter().flatten().collect();
    if !cfg.quiet {
        err(format!("note: listening ({})", bound.join(", ")));
    }
    for s in servers {
        let _ = s.join();
    }
    // stopped: the senders' streams end, their pipelines correlate what came and write it
    router.close();
    let handles = pipelines.lock().map(|mut v| std::mem::take(&mut *v)).unwrap_or_default();
    for h in handles {
        let _ = h.join();
    }
    drop(router);
    if let Ok(live) = Arc::try_unwrap(live) {
        if let Ok(live) = live.into_inner() {
            live.finish();
        }
    }
    if !cfg.quiet {
        let o = |v: &std::sync::atomic::AtomicU64| v.load(Ordering::Relaxed);
        err(format!(
            "note: {} frames ({} udp, {} tcp), {} oversized, {} cut by a closing connection, {} udp frames dropped, {} datagrams or connections from senders not allowed",
            o(&stats.frames_udp) + o(&stats.frames_tcp),
            o(&stats.frames_udp),
            o(&stats.frames_tcp),
            o(&stats.oversized),
            o(&stats.partial),
            o(&stats.dropped),
            o(&stats.not_allowed)
        ));
    }
    EXIT_OK
}
