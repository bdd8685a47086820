//! `esa-tls peers`: per partner, like the appliance's TLS Connections domain table and beyond it.
//! Outbound by recipient domain or destination IP; inbound by sender domain or verified rDNS host
//! (unverified peers are shown as their IP). Connections and messages side by side.

use super::policy::Policy;
use super::{percent, Cell, Counts, Encryption, EncryptionCounts, Table};
use crate::model::{domain_of, Direction, Record, TlsOutcome};
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
    /// The latest failure: its time, the order of its record (the later record wins a tie), reason.
    pub last_failure: Option<(Option<LogTime>, u64, String)>,
    pub seen: Span,
    /// With `--bucket`: messages (recipients) by encryption per bucket start (wall-clock seconds).
    pub series: BTreeMap<i64, EncryptionCounts>,
}

impl PeerRow {
    fn note_failure(&mut self, t: Option<LogTime>, seq: u64, reason: &str) {
        let newer = match &self.last_failure {
            None => true,
            Some((old, old_seq, _)) => (t, seq) >= (*old, *old_seq),
        };
        if newer {
            self.last_failure = Some((t, seq, reason.to_string()));
        }
    }

    /// Adds another row of the same peer (figures of other records).
    pub fn merge(&mut self, o: &PeerRow) {
        self.connections.merge(&o.connections);
        self.messages.merge(&o.messages);
        self.protocols.extend(o.protocols.iter().cloned());
        if let Some((t, seq, reason)) = &o.last_failure {
            self.note_failure(*t, *seq, reason);
        }
        self.seen.add(o.seen.first);
        self.seen.add(o.seen.last);
        for (b, e) in &o.series {
            self.series.entry(*b).or_default().merge(e);
        }
    }

    /// Applies one record's part (the `seq`-th record).
    pub fn apply(&mut self, part: &Part, seq: u64) {
        match part {
            Part::Connection { tls, protocol, failure, seen } => {
                self.connections.add(*tls);
                if let Some(p) = protocol {
                    self.protocols.insert(p.to_string());
                }
                if let Some((t, reason)) = failure {
                    self.note_failure(*t, seq, reason);
                }
                self.seen.add(seen[0]);
                self.seen.add(seen[1]);
            }
            Part::Crossing { enc, time, bucket } => {
                self.messages.add(*enc);
                self.seen.add(*time);
                if let Some(b) = bucket {
                    self.series.entry(*b).or_default().add(*enc);
                }
            }
        }
    }
}

/// What one record adds to one peer's row.
#[derive(Debug, Clone, PartialEq)]
pub enum Part<'a> {
    /// A connection: its verdict, protocol, failure (time and reason), opening and closing times.
    Connection {
        tls: TlsOutcome,
        protocol: Option<&'a str>,
        failure: Option<(Option<LogTime>, &'a str)>,
        seen: [Option<LogTime>; 2],
    },
    /// A message received (inbound) or a recipient delivered (outbound) over the peer, at `time`
    /// (in the series' `bucket` when one is kept).
    Crossing { enc: Encryption, time: Option<LogTime>, bucket: Option<i64> },
}

/// A record's part in one row of the peers report.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerFact<'a> {
    pub direction: Direction,
    pub group: PeerGroup,
    pub key: String,
    pub part: Part<'a>,
}

/// The parts a record adds to the peers report's rows, and whether it is a connection without any
/// envelope domain (counted apart). `bucket`: the width of the series, when one is kept.
pub fn facts_of(r: &Record, bucket: Option<super::summary::Bucket>) -> (Vec<PeerFact<'_>>, Option<Direction>) {
    let mut out = Vec::new();
    match r {
        Record::Connection(c) => {
            let failure = (c.hop.tls == TlsOutcome::Failed)
                .then(|| (c.closed.or(c.opened), c.hop.reason.as_deref().unwrap_or("(no reason logged)")));
            let part = Part::Connection {
                tls: c.hop.tls,
                protocol: c.hop.protocol.as_deref(),
                failure,
                seen: [c.opened, c.closed],
            };
            out.push(PeerFact {
                direction: c.direction,
                group: PeerGroup::Host,
                key: super::peer_of(c.direction, &c.hop),
                part: part.clone(),
            });
            for d in &c.domains {
                out.push(PeerFact {
                    direction: c.direction,
                    group: PeerGroup::Domain,
                    key: d.to_string(),
                    part: part.clone(),
                });
            }
            (out, c.domains.is_empty().then_some(c.direction))
        }
        Record::Message(m) => {
            let time = super::filter::message_time(m);
            let bucket = bucket.zip(time).map(|(b, t)| t.local.div_euclid(b.seconds()) * b.seconds());
            let mut crossing = |d: Direction, domain: String, host: String, enc: Encryption| {
                let part = Part::Crossing { enc, time, bucket };
                out.push(PeerFact { direction: d, group: PeerGroup::Domain, key: domain, part: part.clone() });
                out.push(PeerFact { direction: d, group: PeerGroup::Host, key: host, part });
            };
            if m.received_over_smtp() {
                let enc = encryption(m.received.as_deref());
                let domain = match m.from.as_deref() {
                    Some("") => "(null sender)".to_string(),
                    Some(f) => domain_of(f).map_or_else(|| "(unknown)".into(), Cow::into_owned),
                    None => "(unknown)".into(),
                };
                let host =
                    m.received.as_deref().map_or_else(|| "(unknown)".into(), |h| super::peer_of(Direction::Inbound, h));
                crossing(Direction::Inbound, domain, host, enc);
            }
            for r in m.recipients.iter().filter(|r| r.attempts > 0) {
                let enc = encryption(r.delivery.as_deref());
                let domain = r.to.as_deref().and_then(domain_of).map_or_else(|| "(unknown)".into(), Cow::into_owned);
                let host = r
                    .delivery
                    .as_deref()
                    .map_or_else(|| "(unknown)".into(), |h| super::peer_of(Direction::Outbound, h));
                // with its message's time, as `--since/--until` places it
                crossing(Direction::Outbound, domain, host, enc);
            }
            (out, None)
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
    /// Offset of the log times, for printing bucket starts: that of the first message crossing
    /// (in input order, `offset_seq`) with a time.
    pub offset: Option<i32>,
    pub offset_seq: Option<u64>,
    /// Records added so far (their order decides ties).
    pub records: u64,
}

fn dir_index(d: Direction) -> usize {
    match d {
        Direction::Inbound => 0,
        Direction::Outbound => 1,
    }
}

impl Peers {
    pub fn add(&mut self, r: &Record) {
        let seq = self.records;
        self.records += 1;
        self.add_numbered(r, seq);
    }

    /// Adds a record that is the `seq`-th in the order of the input (reports over a store add records
    /// out of that order).
    pub fn add_numbered(&mut self, r: &Record, seq: u64) {
        let (facts, no_domain) = facts_of(r, self.bucket);
        if let Some(d) = no_domain {
            self.without_domain[dir_index(d)] += 1;
        }
        for f in &facts {
            self.apply(f, seq);
        }
    }

    /// Applies one part of the `seq`-th record.
    pub fn apply(&mut self, f: &PeerFact<'_>, seq: u64) {
        if let Part::Crossing { time: Some(t), bucket: Some(_), .. } = &f.part {
            self.note_offset(seq, t.offset);
        }
        self.rows.entry((f.direction, f.group, f.key.clone())).or_default().apply(&f.part, seq);
    }

    /// Adds a row of figures made elsewhere (a store's), with the first record that gave the series'
    /// offset.
    pub fn merge_row(
        &mut self,
        d: Direction,
        g: PeerGroup,
        key: String,
        row: &PeerRow,
        offset: Option<(u64, Option<i32>)>,
    ) {
        self.rows.entry((d, g, key)).or_default().merge(row);
        if let Some((seq, off)) = offset {
            self.note_offset(seq, off);
        }
    }

    /// The series' times print with the offset of the first record (in input order) with a message
    /// crossing at a time; kept only when a series is.
    fn note_offset(&mut self, seq: u64, offset: Option<i32>) {
        if self.bucket.is_some() && self.offset_seq.is_none_or(|s| seq < s) {
            self.offset_seq = Some(seq);
            self.offset = offset;
        }
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
                    r.last_failure.as_ref().map_or(Cell::Empty, |f| Cell::text(f.2.as_str())),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn conn(tls: TlsOutcome, protocol: Option<&'static str>, failure: Option<(i64, &'static str)>) -> Part<'static> {
        let t = |s: i64| Some(LogTime { local: 1_700_000_000 + s, offset: Some(0) });
        Part::Connection { tls, protocol, failure: failure.map(|(s, r)| (t(s), r)), seen: [t(0), t(10)] }
    }

    /// Rows made of parts of some records and merged give the row of all the records: a store adds
    /// up its hours this way.
    #[test]
    fn merged_rows_equal_one_row_of_everything() {
        let parts = [
            (conn(TlsOutcome::Success, Some("TLSv1.2"), None), 0),
            (conn(TlsOutcome::Failed, None, Some((5, "timeout"))), 1),
            (conn(TlsOutcome::Success, Some("TLSv1.3"), None), 2),
            // the same failure time: the later record wins
            (conn(TlsOutcome::Failed, None, Some((5, "certificate verify failed"))), 3),
            (Part::Crossing { enc: Encryption::Encrypted, time: None, bucket: None }, 4),
        ];
        let mut whole = PeerRow::default();
        for (p, seq) in &parts {
            whole.apply(p, *seq);
        }
        assert_eq!(whole.protocols.len(), 2);
        assert_eq!(whole.last_failure.as_ref().map(|f| f.2.as_str()), Some("certificate verify failed"));
        for split in 1..parts.len() {
            // in either order
            for (first, second) in [(&parts[..split], &parts[split..]), (&parts[split..], &parts[..split])] {
                let (mut a, mut b) = (PeerRow::default(), PeerRow::default());
                first.iter().for_each(|(p, s)| a.apply(p, *s));
                second.iter().for_each(|(p, s)| b.apply(p, *s));
                let mut merged = PeerRow::default();
                merged.merge(&a);
                merged.merge(&b);
                assert_eq!(merged, whole, "split at {split}");
            }
        }
    }
}
