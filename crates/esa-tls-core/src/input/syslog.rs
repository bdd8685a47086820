//! Syslog push (`esa-tls listen`): appliances send their mail log as syslog over UDP or TCP.
//!
//! Frames are RFC 3164 or RFC 5424 (the header parser reads both); TCP frames are either
//! LF-terminated or octet-counted (RFC 6587: `LEN SP FRAME`), told apart frame by frame. Lines from
//! one sender address go, in order, to one channel: the appliance is the frame's hostname, or the
//! sender's address when the frame has none (see the CLI, which runs a pipeline per sender).
//!
//! Nothing a client sends is fatal: oversized frames (dropped at the cap, the stream resynchronised
//! at the next line) and frames cut by a closing connection are counted; a frame that is no mail-log
//! line is counted by the pipeline like any line not understood. Memory stays bounded: each TCP
//! connection holds at most one frame, a sender's channel holds a bounded number of frames (a slow
//! pipeline slows the TCP readers; UDP datagrams that find the channel full are dropped and
//! counted), and connections beyond `max_clients` are refused.

use std::collections::HashMap;
use std::io::{self, Read};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Counters of a listener (served as Prometheus metrics).
#[derive(Debug, Default)]
pub struct ListenStats {
    pub frames_udp: AtomicU64,
    pub frames_tcp: AtomicU64,
    pub bytes: AtomicU64,
    pub oversized: AtomicU64,
    /// Frames cut by their connection closing.
    pub partial: AtomicU64,
    /// UDP datagrams dropped because their sender's pipeline was behind.
    pub dropped: AtomicU64,
    pub connections: AtomicU64,
    pub refused: AtomicU64,
    pub open_connections: AtomicUsize,
    /// Datagrams and TCP connections from senders `--allow` does not name, dropped.
    pub not_allowed: AtomicU64,
}

/// The senders a listener takes frames from (`--allow`): addresses and networks (`10.1.2.3`,
/// `10.1.0.0/16`, `2001:db8::/32`), or every sender. A listener reachable from other machines must
/// say which: anyone who can reach its port could otherwise write the log lines verdicts rest on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allow {
    /// Networks as (address, prefix length); `None`: every sender.
    nets: Option<Vec<(IpAddr, u8)>>,
}

impl Allow {
    /// Every sender (a listener on loopback alone, or `--allow any`).
    pub fn any() -> Allow {
        Allow { nets: None }
    }

    /// `--allow` values: addresses, `ADDR/PREFIX` networks, or `any`.
    pub fn parse(entries: &[String]) -> Result<Allow, String> {
        let mut nets = Vec::new();
        for e in entries.iter().map(|e| e.trim()).filter(|e| !e.is_empty()) {
            if e.eq_ignore_ascii_case("any") {
                return Ok(Allow::any());
            }
            let (ip, prefix) = match e.split_once('/') {
                Some((ip, p)) => (ip, Some(p)),
                None => (e, None),
            };
            let bad = || {
                format!("--allow {e:?}: give an address or a network (10.1.2.3, 10.1.0.0/16, 2001:db8::/32), or any")
            };
            let ip: IpAddr = ip.trim_start_matches('[').trim_end_matches(']').parse().map_err(|_| bad())?;
            let max = if ip.is_ipv4() { 32 } else { 128 };
            let prefix = match prefix {
                Some(p) => p.parse::<u8>().ok().filter(|&p| p <= max).ok_or_else(bad)?,
                None => max,
            };
            nets.push((ip.to_canonical(), prefix));
        }
        if nets.is_empty() {
            return Err("--allow: name the senders (addresses or networks), or any".into());
        }
        Ok(Allow { nets: Some(nets) })
    }

    /// Whether frames from `ip` are taken (an IPv4 sender seen on an IPv6 socket as `::ffff:a.b.c.d`
    /// is its IPv4 address).
    pub fn permits(&self, ip: IpAddr) -> bool {
        let Some(nets) = &self.nets else { return true };
        let ip = ip.to_canonical();
        nets.iter().any(|&(net, prefix)| match (net, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                let mask = u32::MAX.checked_shl(32 - prefix as u32).unwrap_or(0);
                u32::from(n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                let mask = u128::MAX.checked_shl(128 - prefix as u32).unwrap_or(0);
                u128::from(n) & mask == u128::from(a) & mask
            }
            _ => false,
        })
    }
}

/// Limits of a listener.
#[derive(Debug, Clone, Copy)]
pub struct ListenLimits {
    /// Longest frame kept; longer ones are cut and counted.
    pub max_frame: usize,
    /// TCP connections at once.
    pub max_clients: usize,
    /// Frames queued per sender before readers wait (TCP) or datagrams are dropped (UDP).
    pub queue: usize,
    /// UDP receive buffer (SO_RCVBUF) asked of the kernel; 0: the system's default.
    pub udp_buffer: usize,
}

impl Default for ListenLimits {
    fn default() -> Self {
        ListenLimits { max_frame: 64 * 1024, max_clients: 256, queue: 4096, udp_buffer: 0 }
    }
}

/// Splits a TCP byte stream into frames: octet-counted (`LEN SP FRAME`) or LF-terminated, told
/// apart at each frame's start.
#[derive(Debug, Default)]
pub struct Framer {
    buf: Vec<u8>,
    /// Bytes of an oversized LF frame still to skip (to its end).
    skipping: bool,
}

/// What [`Framer::push`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Frame {
    Line(Vec<u8>),
    Oversized,
}

impl Framer {
    /// Adds bytes and returns the frames they complete.
    pub fn push(&mut self, data: &[u8], max: usize) -> Vec<Frame> {
        self.buf.extend_from_slice(data);
        let mut out = Vec::new();
        loop {
            if self.skipping {
                match memchr::memchr(b'\n', &self.buf) {
                    Some(i) => {
                        self.buf.drain(..=i);
                        self.skipping = false;
                    }
                    None => {
                        self.buf.clear();
                        return out;
                    }
                }
            }
            if self.buf.is_empty() {
                return out;
            }
            // octet counting: digits, a space, then the frame (which starts with `<PRI>`)
            let digits = self.buf.iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0
                && digits < self.buf.len()
                && self.buf[digits] == b' '
                && self.buf.get(digits + 1).is_none_or(|&c| c == b'<')
            {
                let len: usize =
                    std::str::from_utf8(&self.buf[..digits]).ok().and_then(|d| d.parse().ok()).unwrap_or(usize::MAX);
                if len > max {
                    out.push(Frame::Oversized);
                    // resynchronise at the next line
                    self.skipping = true;
                    self.buf.drain(..digits + 1);
                    continue;
                }
                if self.buf.len() < digits + 1 + len {
                    return out;
                }
                let mut frame: Vec<u8> = self.buf[digits + 1..digits + 1 + len].to_vec();
                self.buf.drain(..digits + 1 + len);
                while frame.last().is_some_and(|&c| c == b'\n' || c == b'\r') {
                    frame.pop();
                }
                out.push(Frame::Line(frame));
                continue;
            }
            match memchr::memchr(b'\n', &self.buf) {
                Some(i) => {
                    let mut frame: Vec<u8> = self.buf.drain(..=i).collect();
                    frame.pop();
                    if frame.last() == Some(&b'\r') {
                        frame.pop();
                    }
                    if frame.len() > max {
                        out.push(Frame::Oversized);
                    } else if !frame.is_empty() {
                        out.push(Frame::Line(frame));
                    }
                }
                None => {
                    if self.buf.len() > max {
                        out.push(Frame::Oversized);
                        self.buf.clear();
                        self.skipping = true;
                    }
                    return out;
                }
            }
        }
    }

    /// Bytes of a frame the connection closed in the middle of.
    pub fn partial(&self) -> bool {
        !self.buf.is_empty() && !self.skipping
    }
}

/// A sender's frames as a byte stream of lines, for the pipeline; a read that finds nothing for
/// `idle` fails with `TimedOut` (so the lines read are handed on), and the stream ends when every
/// sender handle is gone.
pub struct FrameReader {
    rx: Receiver<Vec<u8>>,
    idle: Duration,
    block: Vec<u8>,
    pos: usize,
}

impl FrameReader {
    /// The bytes of the current line not handed out yet.
    fn rest(&mut self, buf: &mut [u8]) -> usize {
        let n = buf.len().min(self.block.len() - self.pos);
        buf[..n].copy_from_slice(&self.block[self.pos..self.pos + n]);
        self.pos += n;
        n
    }
}

impl FrameReader {
    pub fn new(rx: Receiver<Vec<u8>>, idle: Duration) -> Self {
        FrameReader { rx, idle, block: Vec::new(), pos: 0 }
    }
}

impl Read for FrameReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos == self.block.len() {
            match self.rx.recv_timeout(self.idle) {
                Ok(mut line) => {
                    line.push(b'\n');
                    self.block = line;
                    self.pos = 0;
                }
                Err(RecvTimeoutError::Timeout) => return Err(io::Error::new(io::ErrorKind::TimedOut, "idle")),
                Err(RecvTimeoutError::Disconnected) => return Ok(0),
            }
        }
        Ok(self.rest(buf))
    }
}

/// Routes frames to one channel per sender address, made on first sight by `new_sender`.
pub struct Router {
    senders: Mutex<HashMap<IpAddr, SyncSender<Vec<u8>>>>,
    new_sender: Box<dyn Fn(IpAddr, Receiver<Vec<u8>>) + Send + Sync>,
    queue: usize,
    allow: Allow,
}

impl Router {
    pub fn new(
        queue: usize,
        allow: Allow,
        new_sender: Box<dyn Fn(IpAddr, Receiver<Vec<u8>>) + Send + Sync>,
    ) -> Arc<Router> {
        Arc::new(Router { senders: Mutex::new(HashMap::new()), new_sender, queue, allow })
    }

    fn channel(&self, ip: IpAddr) -> Option<SyncSender<Vec<u8>>> {
        let mut s = self.senders.lock().ok()?;
        Some(
            s.entry(ip)
                .or_insert_with(|| {
                    let (tx, rx) = std::sync::mpsc::sync_channel(self.queue);
                    (self.new_sender)(ip, rx);
                    tx
                })
                .clone(),
        )
    }

    /// Ends every sender's stream (their pipelines finish what they read).
    pub fn close(&self) {
        if let Ok(mut s) = self.senders.lock() {
            s.clear();
        }
    }
}

/// Receives datagrams until `stop`.
pub fn serve_udp(
    sock: UdpSocket,
    router: Arc<Router>,
    stats: Arc<ListenStats>,
    limits: ListenLimits,
    stop: Arc<AtomicBool>,
) {
    let _ = sock.set_read_timeout(Some(Duration::from_millis(200)));
    let mut buf = vec![0u8; limits.max_frame.max(1) + 1];
    while !stop.load(Ordering::Relaxed) {
        let (n, from) = match sock.recv_from(&mut buf) {
            Ok(x) => x,
            Err(_) => continue,
        };
        if !router.allow.permits(from.ip()) {
            stats.not_allowed.fetch_add(1, Ordering::Relaxed);
            continue;
        }
        stats.bytes.fetch_add(n as u64, Ordering::Relaxed);
        if n > limits.max_frame {
            stats.oversized.fetch_add(1, Ordering::Relaxed);
            continue;
        }
        let Some(tx) = router.channel(from.ip()) else { continue };
        for line in buf[..n].split(|&c| c == b'\n').filter(|l| !l.is_empty()) {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            stats.frames_udp.fetch_add(1, Ordering::Relaxed);
            if let Err(TrySendError::Full(_)) = tx.try_send(line.to_vec()) {
                stats.dropped.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

fn serve_connection(
    mut s: TcpStream,
    from: SocketAddr,
    router: Arc<Router>,
    stats: Arc<ListenStats>,
    limits: ListenLimits,
    stop: Arc<AtomicBool>,
) {
    let _ = s.set_read_timeout(Some(Duration::from_millis(200)));
    let mut framer = Framer::default();
    let mut buf = vec![0u8; 64 * 1024];
    let tx = router.channel(from.ip());
    loop {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let n = match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut | io::ErrorKind::Interrupted
                ) =>
            {
                continue
            }
            Err(_) => break,
        };
        stats.bytes.fetch_add(n as u64, Ordering::Relaxed);
        for f in framer.push(&buf[..n], limits.max_frame) {
            match f {
                Frame::Line(l) => {
                    stats.frames_tcp.fetch_add(1, Ordering::Relaxed);
                    // a full queue waits: TCP flow control slows the sender down
                    if let Some(tx) = &tx {
                        let _ = tx.send(l);
                    }
                }
                Frame::Oversized => {
                    stats.oversized.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
    }
    if framer.partial() {
        stats.partial.fetch_add(1, Ordering::Relaxed);
    }
    stats.open_connections.fetch_sub(1, Ordering::Relaxed);
}

/// Accepts TCP connections until `stop`, each read on a thread of its own (at most `max_clients`).
pub fn serve_tcp(
    l: TcpListener,
    router: Arc<Router>,
    stats: Arc<ListenStats>,
    limits: ListenLimits,
    stop: Arc<AtomicBool>,
) {
    let _ = l.set_nonblocking(true);
    let mut handles = Vec::new();
    while !stop.load(Ordering::Relaxed) {
        match l.accept() {
            Ok((s, from)) => {
                if !router.allow.permits(from.ip()) {
                    stats.not_allowed.fetch_add(1, Ordering::Relaxed);
                    continue; // closed unread
                }
                let _ = s.set_nonblocking(false);
                if stats.open_connections.load(Ordering::Relaxed) >= limits.max_clients {
                    stats.refused.fetch_add(1, Ordering::Relaxed);
                    continue; // dropped: the client sees the connection closed
                }
                stats.connections.fetch_add(1, Ordering::Relaxed);
                stats.open_connections.fetch_add(1, Ordering::Relaxed);
                let (router, stats, stop) = (router.clone(), stats.clone(), stop.clone());
                handles.push(std::thread::spawn(move || serve_connection(s, from, router, stats, limits, stop)));
                handles.retain(|h: &std::thread::JoinHandle<()>| !h.is_finished());
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    for h in handles {
        let _ = h.join();
    }
}

/// Whether an address is loopback (listening elsewhere must be asked for).
pub fn is_loopback(a: &SocketAddr) -> bool {
    a.ip().is_loopback()
}

/// `--spool DIR`: every received line kept in the appliance's own folder naming, so a later batch run
/// over the folder gives the same verdicts: `DIR/<sender>/mail_logs.@<YYYYMMDDTHHMMSS>.c` while it
/// is written, compressed to `.s.gz` once it reaches `max_bytes` (and at the end).
pub struct Spool {
    dir: std::path::PathBuf,
    max_bytes: u64,
    cur: Option<(std::path::PathBuf, std::io::BufWriter<std::fs::File>, u64)>,
    /// Files made in the same second get a later stamp, so names stay unique and in order.
    last_stamp: u64,
}

impl Spool {
    pub fn new(dir: std::path::PathBuf, max_bytes: u64) -> io::Result<Spool> {
        std::fs::create_dir_all(&dir)?;
        Ok(Spool { dir, max_bytes: max_bytes.max(1), cur: None, last_stamp: 0 })
    }

    fn stamp(&mut self) -> u64 {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
        let mut s = secs.max(self.last_stamp as i64 + 1) as u64;
        if s <= self.last_stamp {
            s = self.last_stamp + 1;
        }
        self.last_stamp = s;
        s
    }

    /// Appends one received line.
    pub fn line(&mut self, l: &[u8]) -> io::Result<()> {
        use std::io::Write;
        if self.cur.is_none() {
            let s = self.stamp() as i64;
            let (y, mo, d, h, mi, se) = crate::time::civil_from_seconds(s);
            let path = self.dir.join(format!("mail_logs.@{y:04}{mo:02}{d:02}T{h:02}{mi:02}{se:02}.c"));
            let f = std::fs::OpenOptions::new().create(true).append(true).open(&path)?;
            self.cur = Some((path, std::io::BufWriter::new(f), 0));
        }
        let Some((_, w, n)) = &mut self.cur else { unreachable!("opened above") };
        w.write_all(l)?;
        w.write_all(b"\n")?;
        *n += l.len() as u64 + 1;
        if *n >= self.max_bytes {
            self.rotate()?;
        }
        Ok(())
    }

    pub fn flush(&mut self) -> io::Result<()> {
        use std::io::Write;
        match &mut self.cur {
            Some((_, w, _)) => w.flush(),
            None => Ok(()),
        }
    }

    /// Closes the current file: compressed to `.s.gz`.
    pub fn rotate(&mut self) -> io::Result<()> {
        use std::io::Write;
        let Some((path, mut w, _)) = self.cur.take() else { return Ok(()) };
        w.flush()?;
        drop(w);
        let saved = path.with_extension("s.gz");
        let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&saved)?, flate2::Compression::default());
        io::copy(&mut std::fs::File::open(&path)?, &mut enc)?;
        enc.finish()?.sync_all()?;
        std::fs::remove_file(&path)
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = self.rotate();
    }
}

/// A [`FrameReader`] that also keeps every line in a [`Spool`].
pub struct SpooledFrames {
    pub frames: FrameReader,
    pub spool: Spool,
}

impl Read for SpooledFrames {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.frames.pos == self.frames.block.len() {
            match self.frames.rx.recv_timeout(self.frames.idle) {
                Ok(line) => {
                    self.spool.line(&line)?;
                    let mut line = line;
                    line.push(b'\n');
                    self.frames.block = line;
                    self.frames.pos = 0;
                }
                Err(RecvTimeoutError::Timeout) => {
                    self.spool.flush()?;
                    return Err(io::Error::new(io::ErrorKind::TimedOut, "idle"));
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(0),
            }
        }
        Ok(self.frames.rest(buf))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allow_names_addresses_and_networks() {
        let a = |v: &[&str]| Allow::parse(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let nets = a(&["10.1.0.0/16", "192.0.2.7", "2001:db8::/32"]).unwrap();
        for yes in ["10.1.255.3", "192.0.2.7", "2001:db8:1::5", "::ffff:10.1.0.9"] {
            assert!(nets.permits(ip(yes)), "{yes}");
        }
        for no in ["10.2.0.1", "192.0.2.8", "2001:db9::1", "127.0.0.1", "::1"] {
            assert!(!nets.permits(ip(no)), "{no}");
        }
        assert!(a(&["0.0.0.0/0"]).unwrap().permits(ip("203.0.113.9")));
        assert!(!a(&["0.0.0.0/0"]).unwrap().permits(ip("2001:db8::1")));
        assert_eq!(a(&["ANY"]).unwrap(), Allow::any());
        assert!(Allow::any().permits(ip("203.0.113.9")));
        for bad in [&["10.0.0.0/33"][..], &["example.com"], &["10.0.0.1/"], &[], &[" "]] {
            assert!(a(bad).is_err(), "{bad:?}");
        }
    }

    fn lines(f: Vec<Frame>) -> Vec<String> {
        f.into_iter()
            .map(|x| match x {
                Frame::Line(l) => String::from_utf8(l).unwrap(),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn lf_and_octet_counted_frames_in_any_cut() {
        let counted = "<13>Mar 10 08:00:02 h t: Info: b";
        let text = format!(
            "<13>Mar 10 08:00:01 h mail_logs: Info: a\n{} {counted}<13>Mar 10 08:00:03 h t: Info: c\r\n",
            counted.len()
        );
        let stream = text.as_bytes();
        let want = [
            "<13>Mar 10 08:00:01 h mail_logs: Info: a",
            "<13>Mar 10 08:00:02 h t: Info: b",
            "<13>Mar 10 08:00:03 h t: Info: c",
        ];
        for cut in 0..stream.len() {
            let mut f = Framer::default();
            let mut got = lines(f.push(&stream[..cut], 1024));
            got.extend(lines(f.push(&stream[cut..], 1024)));
            assert_eq!(got, want, "cut at {cut}");
            assert!(!f.partial());
        }
    }

    #[test]
    fn oversized_frames_are_counted_and_the_stream_goes_on() {
        let mut f = Framer::default();
        let big = format!("<13>{}\n<13>after\n", "x".repeat(100));
        assert_eq!(lines(f.push(big.as_bytes(), 50)), ["Oversized", "<13>after"]);
        let mut f = Framer::default();
        assert_eq!(lines(f.push(b"500 <13>xx", 50)), ["Oversized"]);
        assert_eq!(lines(f.push(b"yy\n<13>next\n", 50)), ["<13>next"]);
        let mut f = Framer::default();
        f.push(b"<13>half a fra", 50);
        assert!(f.partial());
    }
}
