//! `esa-tls summary`: connection, message and recipient figures per direction, side by side.

use super::{encryption, percent, Cell, Counts, EncryptionCounts};
use crate::model::{Connection, Direction, Message, OriginKind, Record};
use crate::time::LogTime;
use serde::Serialize;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct InboundSummary {
    pub connections: Counts,
    /// Once per message received over SMTP (a `Start MID` with a nonzero ICID): rewrites and splits
    /// add none.
    pub messages: EncryptionCounts,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct OutboundSummary {
    pub connections: Counts,
    /// Once per recipient with at least one delivery attempt over a connection, by the TLS of the
    /// last attempt's connection (generated messages such as bounce notices included).
    pub recipients: EncryptionCounts,
}

/// Time span covered by the records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Span {
    pub first: Option<LogTime>,
    pub last: Option<LogTime>,
}

impl Span {
    pub fn add(&mut self, t: Option<LogTime>) {
        let Some(t) = t else { return };
        if self.first.is_none_or(|f| t < f) {
            self.first = Some(t);
        }
        if self.last.is_none_or(|l| t > l) {
            self.last = Some(t);
        }
    }
}

/// The summary aggregate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub inbound: InboundSummary,
    pub outbound: OutboundSummary,
    pub span: Span,
    /// Every message record, whatever its origin.
    pub messages_total: u64,
    /// Messages the appliance made itself (bounces, notifications, copies).
    pub messages_generated: u64,
    /// Recipients with no delivery attempt in the input (queued, aborted, rewritten, `DCID 0`).
    pub recipients_without_attempt: u64,
}

impl Summary {
    pub fn add(&mut self, r: &Record) {
        match r {
            Record::Connection(c) => self.add_connection(c),
            Record::Message(m) => self.add_message(m),
        }
    }

    pub fn add_connection(&mut self, c: &Connection) {
        match c.direction {
            Direction::Inbound => self.inbound.connections.add(c.hop.tls),
            Direction::Outbound => self.outbound.connections.add(c.hop.tls),
        }
        self.span.add(c.opened);
        self.span.add(c.closed);
    }

    pub fn add_message(&mut self, m: &Message) {
        self.messages_total += 1;
        if m.received_over_smtp() {
            self.inbound.messages.add(encryption(m.received.as_deref()));
        }
        if matches!(m.origin.kind, OriginKind::Generated | OriginKind::Bounce) || m.icid == Some(0) {
            self.messages_generated += 1;
        }
        for r in &m.recipients {
            if r.attempts > 0 {
                self.outbound.recipients.add(encryption(r.delivery.as_deref()));
            } else {
                self.recipients_without_attempt += 1;
            }
        }
        self.span.add(m.started);
        self.span.add(m.finished);
    }
}

/// Width of a time bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    Hour,
    Day,
}

impl Bucket {
    pub fn seconds(self) -> i64 {
        match self {
            Bucket::Hour => 3600,
            Bucket::Day => 86_400,
        }
    }
}

/// Figures of one time bucket.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SeriesRow {
    pub start: Option<LogTime>,
    pub inbound_connections: Counts,
    pub outbound_connections: Counts,
    pub inbound_messages: EncryptionCounts,
    pub outbound_recipients: EncryptionCounts,
}

/// A time series of the summary figures (`--bucket`): connections by their opening time, messages
/// by their start, recipients by their last attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub bucket: Bucket,
    pub rows: std::collections::BTreeMap<i64, SeriesRow>,
}

impl Series {
    pub fn new(bucket: Bucket) -> Self {
        Series { bucket, rows: Default::default() }
    }

    fn row(&mut self, t: Option<LogTime>) -> Option<&mut SeriesRow> {
        let t = t?;
        let w = self.bucket.seconds();
        let key = t.local.div_euclid(w) * w;
        let row = self.rows.entry(key).or_default();
        row.start.get_or_insert(LogTime { local: key, offset: t.offset });
        Some(row)
    }

    pub fn add(&mut self, r: &Record) {
        match r {
            // a record sits in time where `--since/--until` places it (one rule for both)
            Record::Connection(c) => {
                if let Some(row) = self.row(super::filter::connection_time(c)) {
                    match c.direction {
                        Direction::Inbound => row.inbound_connections.add(c.hop.tls),
                        Direction::Outbound => row.outbound_connections.add(c.hop.tls),
                    }
                }
            }
            Record::Message(m) => {
                // the message and its recipients sit at the message's time
                let Some(row) = self.row(super::filter::message_time(m)) else { return };
                if m.received_over_smtp() {
                    row.inbound_messages.add(encryption(m.received.as_deref()));
                }
                for rc in m.recipients.iter().filter(|r| r.attempts > 0) {
                    row.outbound_recipients.add(encryption(rc.delivery.as_deref()));
                }
            }
        }
    }
}

/// Connections split into Required and Preferred by a policy file, per direction.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PolicySummary {
    pub inbound: super::policy::Split,
    pub outbound: super::policy::Split,
}

/// Everything `esa-tls summary` prints.
#[derive(Debug, Clone, Default)]
pub struct SummaryReport {
    pub summary: Summary,
    pub series: Option<Series>,
    pub policy: Option<(super::policy::Policy, PolicySummary)>,
    /// What the figures count (the words a table puts on its totals).
    pub scope: Scope,
}

/// What a report's figures count: every record of the input, or those a search or a time range kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Scope {
    #[default]
    Input,
    /// `--since`/`--until` without a search.
    TimeRange,
    /// A search filter (with or without a time range).
    Search,
}

impl Scope {
    /// The records a search and a time range keep.
    pub fn of(search: &super::filter::Search, range: &super::filter::TimeRange) -> Scope {
        if !search.is_empty() {
            Scope::Search
        } else if !range.is_open() {
            Scope::TimeRange
        } else {
            Scope::Input
        }
    }
}

impl SummaryReport {
    /// The time series and policy split as report tables.
    pub fn tables(&self) -> Vec<super::Table> {
        let mut out = Vec::new();
        if let Some(series) = &self.series {
            let mut t = super::Table::new(
                format!("TLS per {}", format!("{:?}", series.bucket).to_lowercase()),
                &[
                    ("start", false),
                    ("inbound_messages", true),
                    ("inbound_encrypted", true),
                    ("inbound_pct_encrypted", true),
                    ("outbound_recipients", true),
                    ("outbound_encrypted", true),
                    ("outbound_pct_encrypted", true),
                    ("inbound_connections", true),
                    ("outbound_connections", true),
                ],
            );
            t.id = "series";
            for row in series.rows.values() {
                t.rows.push(vec![
                    Cell::opt_time(row.start),
                    Cell::Int(row.inbound_messages.total()),
                    Cell::Int(row.inbound_messages.encrypted),
                    Cell::Pct(percent(row.inbound_messages.encrypted, row.inbound_messages.total())),
                    Cell::Int(row.outbound_recipients.total()),
                    Cell::Int(row.outbound_recipients.encrypted),
                    Cell::Pct(percent(row.outbound_recipients.encrypted, row.outbound_recipients.total())),
                    Cell::Int(row.inbound_connections.total()),
                    Cell::Int(row.outbound_connections.total()),
                ]);
            }
            out.push(t);
        }
        if let Some((_, split)) = &self.policy {
            let mut t = super::Table::new(
                "Connections by policy (like the appliance's TLS Connections report)",
                &[
                    ("direction", false),
                    ("required_success", true),
                    ("required_failed", true),
                    ("preferred_success", true),
                    ("preferred_failed", true),
                    ("preferred_none", true),
                ],
            );
            t.id = "policy";
            for (d, x) in [("inbound", &split.inbound), ("outbound", &split.outbound)] {
                t.rows.push(vec![
                    Cell::text(d),
                    Cell::Int(x.required_success),
                    Cell::Int(x.required_failed),
                    Cell::Int(x.preferred_success),
                    Cell::Int(x.preferred_failed),
                    Cell::Int(x.preferred_none),
                ]);
            }
            t.notes.push("Required: the policy file requires TLS for the peer (a connection without TLS counts as failed). Peers not in the file count as Preferred; PREF NONE counts their connections without any TLS attempt (plaintext).".into());
            out.push(t);
        }
        out
    }

    pub fn add(&mut self, r: &Record) {
        self.summary.add(r);
        if let Some(s) = &mut self.series {
            s.add(r);
        }
        if let (Some((policy, split)), Record::Connection(c)) = (&mut self.policy, r) {
            let mut one = Counts::default();
            one.add(c.hop.tls);
            let part = super::policy::Split::of(super::policy::connection_setting(policy, c), &one);
            match c.direction {
                Direction::Inbound => split.inbound.add(&part),
                Direction::Outbound => split.outbound.add(&part),
            }
        }
    }
}
