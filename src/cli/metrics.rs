//! `--metrics ADDR`: Prometheus text over HTTP for live runs (`follow`, `listen`): records by TLS
//! outcome and direction, syslog frames, bytes, drops, and lag (how far the newest log time is
//! behind the clock).

use super::run::same_secret;
use esa_tls::input::syslog::ListenStats;
use esa_tls::model::{Direction, Record, TlsOutcome};
use esa_tls::pipeline::LineCounts;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// What the records of a live run counted.
#[derive(Debug, Default)]
pub struct RecordMetrics {
    /// [direction][outcome]: inbound messages by receipt, outbound recipients by delivery, and
    /// connections.
    hops: [[AtomicU64; 4]; 2],
    connections: [[AtomicU64; 4]; 2],
    messages: AtomicU64,
    /// Newest log time seen (UTC seconds when the offset is known).
    newest: AtomicI64,
    /// Lines by kind, from every pipeline of the run.
    pub lines: Arc<LineCounts>,
}

fn outcome_index(o: TlsOutcome) -> usize {
    match o {
        TlsOutcome::Success => 0,
        TlsOutcome::Failed => 1,
        TlsOutcome::None => 2,
        TlsOutcome::Unknown => 3,
    }
}

const OUTCOMES: [&str; 4] = ["success", "failed", "none", "unknown"];
const DIRECTIONS: [&str; 2] = ["inbound", "outbound"];

impl RecordMetrics {
    pub fn add(&self, r: &Record) {
        let newest = |t: Option<esa_tls::time::LogTime>| {
            if let Some(t) = t {
                self.newest.fetch_max(t.utc_or_local(), Ordering::Relaxed);
            }
        };
        match r {
            Record::Connection(c) => {
                let d = if c.direction == Direction::Inbound { 0 } else { 1 };
                self.connections[d][outcome_index(c.hop.tls)].fetch_add(1, Ordering::Relaxed);
                newest(c.closed.or(c.opened));
            }
            Record::Message(m) => {
                self.messages.fetch_add(1, Ordering::Relaxed);
                if let (true, Some(h)) = (m.received_over_smtp(), m.received.as_deref()) {
                    self.hops[0][outcome_index(h.tls)].fetch_add(1, Ordering::Relaxed);
                }
                for h in m.recipients.iter().filter(|r| r.attempts > 0).filter_map(|r| r.delivery.as_deref()) {
                    self.hops[1][outcome_index(h.tls)].fetch_add(1, Ordering::Relaxed);
                }
                newest(m.finished.or(m.started));
            }
        }
    }

    /// Prometheus text exposition.
    pub fn render(&self, listen: Option<&ListenStats>) -> String {
        let mut s = String::new();
        s.push_str("# HELP esa_tls_hops_total Message receipts (inbound) and recipient deliveries (outbound) by TLS verdict.\n# TYPE esa_tls_hops_total counter\n");
        for (d, dir) in DIRECTIONS.iter().enumerate() {
            for (o, out) in OUTCOMES.iter().enumerate() {
                s.push_str(&format!(
                    "esa_tls_hops_total{{direction=\"{dir}\",tls=\"{out}\"}} {}\n",
                    self.hops[d][o].load(Ordering::Relaxed)
                ));
            }
        }
        s.push_str("# HELP esa_tls_connections_total SMTP connections by TLS verdict.\n# TYPE esa_tls_connections_total counter\n");
        for (d, dir) in DIRECTIONS.iter().enumerate() {
            for (o, out) in OUTCOMES.iter().enumerate() {
                s.push_str(&format!(
                    "esa_tls_connections_total{{direction=\"{dir}\",tls=\"{out}\"}} {}\n",
                    self.connections[d][o].load(Ordering::Relaxed)
                ));
            }
        }
        s.push_str(&format!(
            "# TYPE esa_tls_messages_total counter\nesa_tls_messages_total {}\n",
            self.messages.load(Ordering::Relaxed)
        ));
        s.push_str("# HELP esa_tls_lines_total Log lines read, by kind (see README, Line accounting).\n# TYPE esa_tls_lines_total counter\n");
        for (kind, v) in [
            ("used", &self.lines.used),
            ("ignored", &self.lines.ignored),
            ("not_understood", &self.lines.not_understood),
        ] {
            s.push_str(&format!("esa_tls_lines_total{{kind=\"{kind}\"}} {}\n", v.load(Ordering::Relaxed)));
        }
        let newest = self.newest.load(Ordering::Relaxed);
        if newest != 0 {
            let now =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
            s.push_str(&format!(
                "# HELP esa_tls_lag_seconds How far the newest record's log time is behind the clock.\n# TYPE esa_tls_lag_seconds gauge\nesa_tls_lag_seconds {}\n",
                now - newest
            ));
        }
        if let Some(l) = listen {
            let c = |name: &str, help: &str, v: &AtomicU64| {
                format!("# HELP {name} {help}\n# TYPE {name} counter\n{name} {}\n", v.load(Ordering::Relaxed))
            };
            s.push_str(&format!(
                "# HELP esa_tls_frames_total Syslog frames received.\n# TYPE esa_tls_frames_total counter\nesa_tls_frames_total{{transport=\"udp\"}} {}\nesa_tls_frames_total{{transport=\"tcp\"}} {}\n",
                l.frames_udp.load(Ordering::Relaxed),
                l.frames_tcp.load(Ordering::Relaxed)
            ));
            s.push_str(&c("esa_tls_received_bytes_total", "Bytes received.", &l.bytes));
            s.push_str(&c("esa_tls_oversized_frames_total", "Frames over --max-frame, dropped.", &l.oversized));
            s.push_str(&c("esa_tls_partial_frames_total", "Frames cut by their connection closing.", &l.partial));
            s.push_str(&c(
                "esa_tls_dropped_frames_total",
                "UDP frames dropped: their sender's pipeline was behind.",
                &l.dropped,
            ));
            s.push_str(&c("esa_tls_connections_accepted_total", "TCP connections accepted.", &l.connections));
            s.push_str(&c("esa_tls_connections_refused_total", "TCP connections refused (--max-clients).", &l.refused));
            s.push_str(&c(
                "esa_tls_not_allowed_total",
                "UDP datagrams and TCP connections from senders --allow does not name, dropped.",
                &l.not_allowed,
            ));
        }
        s
    }
}

/// Serves `/metrics` on `addr` until `stop`.
pub fn serve(
    addr: SocketAddr,
    metrics: Arc<RecordMetrics>,
    listen: Option<Arc<ListenStats>>,
    stop: Arc<AtomicBool>,
    token: Option<String>,
) -> std::io::Result<()> {
    let l = TcpListener::bind(addr)?;
    l.set_nonblocking(true)?;
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            match l.accept() {
                Ok((mut s, _)) => {
                    let _ = s.set_nonblocking(false);
                    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
                    let mut first = String::new();
                    let mut r = BufReader::new(&mut s);
                    let _ = r.read_line(&mut first);
                    // the rest of the request head, and the token it carries
                    let mut line = String::new();
                    let mut bearer = None;
                    while r.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
                        if let Some((k, v)) = line.split_once(':') {
                            if k.trim().eq_ignore_ascii_case("authorization") {
                                bearer = v.trim().strip_prefix("Bearer ").map(|t| t.trim().to_string());
                            }
                        }
                        line.clear();
                    }
                    let allowed = token.as_deref().is_none_or(|t| bearer.as_deref().is_some_and(|b| same_secret(b, t)));
                    let (status, body) = if !allowed {
                        ("401 Unauthorized", "give the token: Authorization: Bearer TOKEN\n".to_string())
                    } else if first.starts_with("GET /metrics ") || first.starts_with("GET / ") {
                        ("200 OK", metrics.render(listen.as_deref()))
                    } else {
                        ("404 Not Found", "GET /metrics\n".to_string())
                    };
                    let _ = write!(
                        s,
                        "HTTP/1.1 {status}\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    );
                }
                Err(_) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    });
    Ok(())
}
