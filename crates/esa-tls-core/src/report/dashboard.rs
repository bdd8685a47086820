//! The figures of the HTML report (`esa-tls report --html`): every report at once, from the same
//! records, plus what the other reports do not keep: the protocol mix over time and why verdicts
//! are unknown.

use super::ciphers::Ciphers;
use super::compliance::Check;
use super::failures::Failures;
use super::peers::Peers;
use super::summary::{Bucket, Series, SummaryReport};
use crate::model::{Direction, Record, TlsOutcome};
use std::collections::BTreeMap;

/// Why connections ended `unknown`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unknowns {
    /// The opening line is before the input: no TLS line does not mean no TLS.
    pub opened_before_input: u64,
    /// A delivery connection that failed before any message (`Connection Error`).
    pub failed_before_message: u64,
    /// Still open at the end of the input, with nothing on it yet.
    pub open_at_end: u64,
}

#[derive(Default)]
pub struct Dashboard {
    pub summary: SummaryReport,
    /// The same figures per day (the hourly ones are in `summary.series`).
    pub daily: Option<Series>,
    pub peers: Peers,
    pub failures: Failures,
    pub ciphers: Ciphers,
    pub check: Option<Check>,
    /// Encrypted connections per hour and protocol (both directions).
    pub protocols: BTreeMap<i64, BTreeMap<String, u64>>,
    pub unknowns: Unknowns,
    pub offset: Option<i32>,
    /// The latest messages with a hop in clear (at most [`EXAMPLES`]).
    pub in_clear: std::collections::VecDeque<InClear>,
}

/// Messages kept as examples of mail in clear.
pub const EXAMPLES: usize = 10;

/// A message with a hop in clear (failed or no TLS).
#[derive(Debug, Clone)]
pub struct InClear {
    pub mid: u64,
    pub time: Option<crate::time::LogTime>,
    pub from: String,
    pub to: String,
    pub subject: String,
    /// `received`, or `delivered to N`.
    pub hops: String,
    /// The sending host of a receipt in clear (rDNS name, else IP).
    pub peer: String,
}

impl Dashboard {
    pub fn new(check: Option<Check>) -> Self {
        Dashboard {
            summary: SummaryReport { series: Some(Series::new(Bucket::Hour)), ..Default::default() },
            daily: Some(Series::new(Bucket::Day)),
            check,
            ..Default::default()
        }
    }

    pub fn add(&mut self, r: &Record) {
        self.summary.add(r);
        if let Some(d) = &mut self.daily {
            d.add(r);
        }
        self.peers.add(r);
        self.failures.add(r);
        self.ciphers.add(r);
        if let Some(c) = &mut self.check {
            c.add(r);
        }
        if let Record::Message(m) = r {
            let clear = |h: Option<&crate::model::Hop>| {
                h.is_some_and(|h| matches!(h.tls, TlsOutcome::Failed | TlsOutcome::None))
            };
            let received = m.received_over_smtp() && clear(m.received.as_deref());
            let out: Vec<&str> = m
                .recipients
                .iter()
                .filter(|r| r.attempts > 0 && clear(r.delivery.as_deref()))
                .filter_map(|r| r.to.as_deref())
                .collect();
            if received || !out.is_empty() {
                let mut hops = Vec::new();
                if received {
                    hops.push("received".to_string());
                }
                if !out.is_empty() {
                    hops.push(format!("delivered to {}", out.len()));
                }
                self.in_clear.push_back(InClear {
                    mid: m.mid,
                    time: crate::report::filter::message_time(m),
                    from: m.from.as_deref().unwrap_or("").to_string(),
                    to: m.recipients.iter().filter_map(|r| r.to.as_deref()).collect::<Vec<_>>().join(", "),
                    subject: m.subject.as_deref().unwrap_or("").to_string(),
                    hops: hops.join(", "),
                    peer: m
                        .received
                        .as_deref()
                        .filter(|_| received)
                        .and_then(|h| h.remote_host.as_deref().or(h.remote_ip.as_deref()))
                        .unwrap_or("")
                        .to_string(),
                });
                if self.in_clear.len() > EXAMPLES {
                    self.in_clear.pop_front();
                }
            }
        }
        if let Record::Connection(c) = r {
            if let Some(t) = c.opened.or(c.closed) {
                self.offset = self.offset.or(t.offset);
                if c.hop.tls == TlsOutcome::Success {
                    let hour = t.local.div_euclid(3600) * 3600;
                    let p = c.hop.protocol.as_deref().unwrap_or("(unknown protocol)").to_string();
                    *self.protocols.entry(hour).or_default().entry(p).or_default() += 1;
                }
            }
            if c.hop.tls == TlsOutcome::Unknown {
                if !c.seen_from_start {
                    self.unknowns.opened_before_input += 1;
                } else if c.direction == Direction::Outbound && c.error.is_some() && c.mids.is_empty() {
                    self.unknowns.failed_before_message += 1;
                } else {
                    self.unknowns.open_at_end += 1;
                }
            }
        }
    }
}
