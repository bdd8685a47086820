//! `esa-tls peers`: per partner, like the appliance's TLS Connections domain table and beyond it.
//! Outbound by recipient domain or destination IP; inbound by sender domain or verified rDNS host
//! (unverified peers are shown as their IP). Connections and messages side by side.

use super::policy::Policy;
use super::{percent, Cell, Counts, Encryption, EncryptionCounts, Table};
use crate::model::{domain_of, Connection, Direction, Message, Record, TlsOutcome};
use crate::report::encryption;
use crate::report::summary::Span;
use crate::time::LogTime;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// How peers are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PeerGroup {
    /// Sender domain (inbound) or recipient domain (outbound).
    Domain,
    /// Verified reverse DNS host or IP (inbound), destination IP (outbound).
    Host,
}

/// Order of the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeerSort {
    /// Most messages (inbound) or recipients (outbound) first.
    Messages,
    /// Most connections first.
    Connections,
    /// Most messages not encrypted first.
    Unencrypted,
    /// Lowest share encrypted first.
    Encrypted,
    /// By name.
    Name,
}

/// Which directions to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectionFilter {
    Inbound,
    Outbound,
    Both,
}

impl DirectionFilter {
    pub fn includes(self, d: Direction) -> bool {
        matches!(
            (self, d),
            (DirectionFilter::Both, _)
                | (DirectionFilter::Inbound, Direction::Inbound)
                | (DirectionFilter::Outbound, Direction::Outbound)
        )
    }
}

/// Figures for one peer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeerRow {
    pub connections: Counts,
    /// Inbound messages or outbound recipients, by encryption.
    pub messages: EncryptionCounts,
    pub protocols: BTreeSet<String>,
    pub last_failure: Option<(Option<LogTime>, String)>,
    pub seen: Span,
    /// With `--bucket`: messages (recipients) by encryption per bucket start (wall-clock seconds).
    pub series: BTreeMap<i64, EncryptionCounts>,
}

impl PeerRow {
    fn note_failure(&mut self, t: Option<LogTime>, reason: &str) {
        let newer = match &self.last_failure {
            None => true,
            Some((old, _)) => t >= *old,
        };
        if newer {
            self.last_failure = Some((t, reason.to_string()));
        }
    }
}

/// The peers aggregate: every grouping of both directions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Peers {
    pub rows: BTreeMap<(Direction, PeerGroup, String), PeerRow>,
    /// Connections with no envelope domain (rejected, or no message), left out of domain rows.
    pub without_domain: [u64; 2],
    /// `--bucket`: keep a series per peer.
    pub bucket: Option<super::summary::Bucket>,
    /// Offset of the log times, for printing bucket starts.
    pub offset: Option<i32>,
}

fn dir_index(d: Direction) -> usize {
    match d {
        Direction::Inbound => 0,
        Direction::Outbound => 1,
    }
}

impl Peers {
    pub fn add(&mut self, r: &Record) {
        match r {
            Record::Connection(c) => self.add_connection(c),
            Record::Message(m) => self.add_message(m),
        }
    }

    fn row(&mut self, d: Direction, g: PeerGroup, key: String) -> &mut PeerRow {
        self.rows.entry((d, g, key)).or_default()
    }

    pub fn add_connection(&mut self, c: &Connection) {
        let host = super::peer_of(c.direction, &c.hop);
        let mut keys = vec![(PeerGroup::Host, host)];
        keys.extend(c.domains.iter().map(|d| (PeerGroup::Domain, d.to_string())));
        if c.domains.is_empty() {
            self.without_domain[dir_index(c.direction)] += 1;
        }
        for (g, key) in keys {
            let row = self.row(c.direction, g, key);
            row.connections.add(c.hop.tls);
            if let Some(p) = &c.hop.protocol {
                row.protocols.insert(p.to_string());
            }
            if c.hop.tls == TlsOutcome::Failed {
                row.note_failure(c.closed.or(c.opened), c.hop.reason.as_deref().unwrap_or("(no reason logged)"));
            }
            row.seen.add(c.opened);
            row.seen.add(c.closed);
        }
    }

    pub fn add_message(&mut self, m: &Message) {
        if m.received_over_smtp() {
            let enc = encryption(m.received.as_deref());
            let domain = match m.from.as_deref() {
                Some("") => "(null sender)".to_string(),
                Some(f) => domain_of(f).map_or_else(|| "(unknown)".into(), Cow::into_owned),
                None => "(unknown)".into(),
            };
            let host =
                m.received.as_deref().map_or_else(|| "(unknown)".into(), |h| super::peer_of(Direction::Inbound, h));
            self.add_crossing(Direction::Inbound, domain, host, enc, super::filter::message_time(m));
        }
        for r in m.recipients.iter().filter(|r| r.attempts > 0) {
            let enc = encryption(r.delivery.as_deref());
            let domain = r.to.as_deref().and_then(domain_of).map_or_else(|| "(unknown)".into(), Cow::into_owned);
            let host =
                r.delivery.as_deref().map_or_else(|| "(unknown)".into(), |h| super::peer_of(Direction::Outbound, h));
            // with its message's time, as `--since/--until` places it
            self.add_crossing(Direction::Outbound, domain, host, enc, super::filter::message_time(m));
        }
    }

    /// Counts one message (inbound) or recipient (outbound) crossing a hop at `time`, in the rows of
    /// its envelope domain and of its peer host.
    fn add_crossing(&mut self, d: Direction, domain: String, host: String, enc: Encryption, time: Option<LogTime>) {
        let bucket = self.bucket_of(time);
        for (g, key) in [(PeerGroup::Domain, domain), (PeerGroup::Host, host)] {
            let row = self.row(d, g, key);
            row.messages.add(enc);
            row.seen.add(time);
            if let Some(b) = bucket {
                row.series.entry(b).or_default().add(enc);
            }
        }
    }

    /// The bucket a time falls in, when a series is kept.
    fn bucket_of(&mut self, t: Option<LogTime>) -> Option<i64> {
        let (w, t) = (self.bucket?.seconds(), t?);
        self.offset = self.offset.or(t.offset);
        Some(t.local.div_euclid(w) * w)
    }

    /// The tables to print: one per direction.
    pub fn tables(
        &self,
        group: PeerGroup,
        dirs: DirectionFilter,
        sort: PeerSort,
        top: Option<usize>,
        policy: Option<&Policy>,
    ) -> Vec<Table> {
        let mut out = Vec::new();
        for d in [Direction::Inbound, Direction::Outbound] {
            if !dirs.includes(d) {
                continue;
            }
            let (title, what) = match (d, group) {
                (Direction::Inbound, PeerGroup::Domain) => ("Inbound (received) by sender domain", "messages"),
                (Direction::Inbound, PeerGroup::Host) => {
                    ("Inbound (received) by sending host (verified rDNS, else IP)", "messages")
                }
                (Direction::Outbound, PeerGroup::Domain) => ("Outbound (delivered) by recipient domain", "recipients"),
                (Direction::Outbound, PeerGroup::Host) => ("Outbound (delivered) by destination IP", "recipients"),
            };
            let mut cols: Vec<(&'static str, bool)> = vec![("peer", false)];
            if policy.is_some() {
                cols.extend([
                    ("policy", false),
                    ("required_success", true),
                    ("required_failed", true),
                    ("preferred_success", true),
                    ("preferred_failed", true),
                    ("preferred_none", true),
                ]);
            }
            cols.extend([
                ("connections", true),
                ("conn_success", true),
                ("conn_failed", true),
                ("conn_none", true),
                ("conn_unknown", true),
                (if what == "messages" { "messages" } else { "recipients" }, true),
                ("encrypted", true),
                ("not_encrypted", true),
                ("unknown", true),
                ("pct_encrypted", true),
                ("protocols", false),
                ("last_failure", false),
                ("first_seen", false),
                ("last_seen", false),
            ]);
            let mut t = Table::new(title, &cols);
            t.id = if d == Direction::Inbound { "inbound_peers" } else { "outbound_peers" };
            let mut rows: Vec<(&String, &PeerRow)> = self
                .rows
                .iter()
                .filter(|((dd, g, _), _)| *dd == d && *g == group)
                .map(|((_, _, k), v)| (k, v))
                .collect();
            let enc_pct = |r: &PeerRow| percent(r.messages.encrypted, r.messages.total());
            match sort {
                PeerSort::Messages => {
                    rows.sort_by(|a, b| b.1.messages.total().cmp(&a.1.messages.total()).then(a.0.cmp(b.0)))
                }
                PeerSort::Connections => {
                    rows.sort_by(|a, b| b.1.connections.total().cmp(&a.1.connections.total()).then(a.0.cmp(b.0)))
                }
                PeerSort::Unencrypted => {
                    rows.sort_by(|a, b| b.1.messages.not_encrypted.cmp(&a.1.messages.not_encrypted).then(a.0.cmp(b.0)))
                }
                PeerSort::Encrypted => rows.sort_by(|a, b| enc_pct(a.1).total_cmp(&enc_pct(b.1)).then(a.0.cmp(b.0))),
                PeerSort::Name => {}
            }
            let total = rows.len();
            let (mut conns, mut msgs) = (Counts::default(), EncryptionCounts::default());
            for (_, r) in &rows {
                conns.merge(&r.connections);
                msgs.merge(&r.messages);
            }
            let shown: Vec<(&String, &PeerRow)> = rows.into_iter().take(top.unwrap_or(usize::MAX)).collect();
            let mut series = self.bucket.map(|b| {
                let mut t = Table::new(
                    format!("{title}, per {}", format!("{b:?}").to_lowercase()),
                    &[("peer", false), ("start", false), (what, true), ("encrypted", true), ("pct_encrypted", true)],
                );
                t.id = if d == Direction::Inbound { "inbound_peers_series" } else { "outbound_peers_series" };
                t
            });
            for (key, r) in shown {
                if let Some(t) = &mut series {
                    for (start, e) in &r.series {
                        t.rows.push(vec![
                            Cell::text(key.as_str()),
                            Cell::Time(LogTime { local: *start, offset: self.offset }),
                            Cell::Int(e.total()),
                            Cell::Int(e.encrypted),
                            Cell::Pct(percent(e.encrypted, e.total())),
                        ]);
                    }
                }
                let mut row = vec![Cell::text(key.as_str())];
                if let Some(p) = policy {
                    let setting = p.lookup(key);
                    let split = super::policy::Split::of(setting, &r.connections);
                    row.extend([
                        setting.map_or(Cell::Empty, |s| Cell::text(s.to_string())),
                        Cell::Int(split.required_success),
                        Cell::Int(split.required_failed),
                        Cell::Int(split.preferred_success),
                        Cell::Int(split.preferred_failed),
                        Cell::Int(split.preferred_none),
                    ]);
                }
                row.extend([
                    Cell::Int(r.connections.total()),
                    Cell::Int(r.connections.success),
                    Cell::Int(r.connections.failed),
                    Cell::Int(r.connections.none),
                    Cell::Int(r.connections.unknown),
                    Cell::Int(r.messages.total()),
                    Cell::Int(r.messages.encrypted),
                    Cell::Int(r.messages.not_encrypted),
                    Cell::Int(r.messages.unknown),
                    Cell::Pct(enc_pct(r)),
                    Cell::List(r.protocols.iter().cloned().collect()),
                    r.last_failure.as_ref().map_or(Cell::Empty, |f| Cell::text(f.1.as_str())),
                    Cell::opt_time(r.seen.first),
                    Cell::opt_time(r.seen.last),
                ]);
                t.rows.push(row);
            }
            t.notes.push(format!(
                "{}{}; all rows: {} ({} success), {} ({}% encrypted)",
                super::count(total as u64, "peer", "peers"),
                top.filter(|&n| n < total).map_or(String::new(), |n| format!(", top {n} shown")),
                super::count(conns.total(), "connection", "connections"),
                conns.success,
                super::count(msgs.total(), &what[..what.len() - 1], what),
                percent(msgs.encrypted, msgs.total())
            ));
            if group == PeerGroup::Domain {
                t.notes.push("A connection that carried mail for several domains counts in each of their rows.".into());
            }
            if group == PeerGroup::Domain && self.without_domain[dir_index(d)] > 0 {
                t.notes.push(format!(
                    "{} carried no message with a known envelope domain (e.g. rejected) and {} in no domain row.",
                    super::count(self.without_domain[dir_index(d)], "connection", "connections"),
                    if self.without_domain[dir_index(d)] == 1 { "is" } else { "are" }
                ));
            }
            out.push(t);
            out.extend(series);
        }
        out
    }
}
