//! `esa-tls check` (a compliance gate: exit 1 on any violation) and `esa-tls impact` ("what if we
//! required TLS for these partners, or turned old protocols off?").

use super::{protocol_rank, Cell, Table};
use crate::model::{domain_of, Connection, Direction, Hop, Message, OriginKind, Record, TlsOutcome};
use crate::report::peer_of;
use crate::time::LogTime;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// Violations listed in full at most (all are counted).
pub const MAX_LISTED: usize = 10_000;

/// The rules to check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rules {
    /// Domains that must be reached (and must send) over TLS; subdomains included.
    pub require_tls: Vec<String>,
    /// Lowest acceptable protocol, e.g. `TLSv1.2`.
    pub min_protocol: Option<String>,
}

impl Rules {
    pub fn new(require_tls: &[String], min_protocol: Option<&str>) -> Result<Rules, String> {
        if let Some(p) = min_protocol {
            if protocol_rank(p).is_none() {
                return Err(format!("unknown protocol {p:?} (use SSLv3, TLSv1, TLSv1.1, TLSv1.2 or TLSv1.3)"));
            }
        }
        Ok(Rules {
            require_tls: require_tls.iter().map(|d| d.trim_start_matches('.').to_ascii_lowercase()).collect(),
            min_protocol: min_protocol.map(String::from),
        })
    }

    /// The rule domain a domain falls under.
    pub fn required(&self, domain: &str) -> Option<&str> {
        self.require_tls
            .iter()
            .find(|r| {
                domain == r.as_str()
                    || (domain.ends_with(r.as_str()) && domain[..domain.len() - r.len()].ends_with('.'))
            })
            .map(String::as_str)
    }

    /// The rule domain an envelope address falls under.
    pub fn required_for_address(&self, addr: Option<&str>) -> Option<String> {
        addr.and_then(domain_of).and_then(|d| self.required(&d).map(String::from))
    }

    /// Whether a successful hop used a protocol below the minimum (unknown protocols are not judged).
    pub fn below_min(&self, h: &Hop) -> bool {
        match (&self.min_protocol, h.tls, h.protocol.as_deref().and_then(protocol_rank)) {
            (Some(min), TlsOutcome::Success, Some(rank)) => rank < protocol_rank(min).unwrap_or(0),
            _ => false,
        }
    }
}

/// One thing that broke a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub kind: &'static str,
    pub direction: Direction,
    pub appliance: Option<String>,
    pub id: u64,
    pub rid: Option<u32>,
    pub peer: String,
    pub time: Option<LogTime>,
    pub problem: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Check {
    pub rules: Rules,
    pub violations: Vec<Violation>,
    pub count: u64,
    /// Hops under a rule whose TLS cannot be told (their start is outside the input): not
    /// violations, but not proven compliant either.
    pub unverified: u64,
}

impl Check {
    /// What is wrong with a hop under a TLS rule: `None` when it was encrypted, or when its TLS cannot
    /// be told (then counted as unverified, not as a violation).
    fn required_problem(&mut self, h: Option<&Hop>) -> Option<String> {
        match h.map(|h| (h.tls, h.reason.as_deref())) {
            Some((TlsOutcome::Success, _)) => None,
            Some((TlsOutcome::Failed, r)) => Some(format!("TLS failed: {}", r.unwrap_or("no reason logged"))),
            Some((TlsOutcome::None, _)) => Some("no TLS".into()),
            Some((TlsOutcome::Unknown, _)) | None => {
                self.unverified += 1;
                None
            }
        }
    }

    pub fn new(rules: Rules) -> Self {
        Check { rules, ..Check::default() }
    }

    fn push(&mut self, v: Violation) {
        self.count += 1;
        if self.violations.len() < MAX_LISTED {
            self.violations.push(v);
        }
    }

    pub fn add(&mut self, r: &Record) {
        match r {
            Record::Connection(c) => self.connection(c),
            Record::Message(m) => self.message(m),
        }
    }

    fn connection(&mut self, c: &Connection) {
        let peer = peer_of(c.direction, &c.hop);
        let base = |problem: String| Violation {
            kind: "connection",
            direction: c.direction,
            appliance: c.appliance.as_deref().map(String::from),
            id: c.id,
            rid: None,
            peer: peer.clone(),
            time: c.opened.or(c.closed),
            problem,
        };
        let rule = c.domains.iter().find_map(|d| self.rules.required(d)).map(String::from);
        if let Some(rule) = rule {
            if let Some(p) = self.required_problem(Some(&c.hop)) {
                self.push(base(format!("{p} (TLS required for {rule})")));
            }
        }
        if self.rules.below_min(&c.hop) {
            let p = c.hop.protocol.as_deref().unwrap_or("");
            let min = self.rules.min_protocol.clone().unwrap_or_default();
            self.push(base(format!("{p} is below {min}")));
        }
    }

    fn message(&mut self, m: &Message) {
        let appliance = m.appliance.as_deref().map(String::from);
        let time = super::filter::message_time(m);
        if m.origin.kind == OriginKind::Smtp {
            let from_domain = m.from.as_deref().and_then(domain_of);
            let rule = self.rules.required_for_address(m.from.as_deref());
            let h = m.received.as_deref();
            let peer = from_domain.map(|d| d.into_owned()).unwrap_or_default();
            let mk = |problem: String| Violation {
                kind: "message",
                direction: Direction::Inbound,
                appliance: appliance.clone(),
                id: m.mid,
                rid: None,
                peer: peer.clone(),
                time,
                problem,
            };
            if let Some(rule) = rule {
                if let Some(p) = self.required_problem(h) {
                    self.push(mk(format!("received with {p} (TLS required for {rule})")));
                }
            }
            if let Some(h) = h.filter(|h| self.rules.below_min(h)) {
                self.push(mk(format!("received over {}", h.protocol.as_deref().unwrap_or(""))));
            }
        }
        for r in m.recipients.iter().filter(|r| r.attempts > 0) {
            let rule = self.rules.required_for_address(r.to.as_deref());
            let h = r.delivery.as_deref();
            let mk = |problem: String| Violation {
                kind: "recipient",
                direction: Direction::Outbound,
                appliance: appliance.clone(),
                id: m.mid,
                rid: Some(r.rid),
                peer: r.to.as_deref().unwrap_or("").to_string(),
                time: r.last_attempt,
                problem,
            };
            if let Some(rule) = rule {
                if let Some(p) = self.required_problem(h) {
                    self.push(mk(format!("{} with {p} (TLS required for {rule})", r.status.as_str())));
                }
            }
            if let Some(h) = h.filter(|h| self.rules.below_min(h)) {
                self.push(mk(format!("{} over {}", r.status.as_str(), h.protocol.as_deref().unwrap_or(""))));
            }
        }
    }

    pub fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(
            "Violations",
            &[
                ("time", false),
                ("appliance", false),
                ("kind", false),
                ("direction", false),
                ("id", true),
                ("rid", true),
                ("peer", false),
                ("problem", false),
            ],
        );
        for v in &self.violations {
            t.rows.push(vec![
                Cell::opt_time(v.time),
                v.appliance.as_deref().map_or(Cell::Empty, Cell::text),
                Cell::text(v.kind),
                Cell::text(v.direction.as_str()),
                Cell::Int(v.id),
                v.rid.map_or(Cell::Empty, |r| Cell::Int(r as u64)),
                Cell::text(v.peer.as_str()),
                Cell::text(v.problem.as_str()),
            ]);
        }
        t.notes.push(format!(
            "{} violations{}; {} hops under the rules could not be verified (their connection started before the input).",
            self.count,
            if self.count as usize > self.violations.len() { format!(" ({} listed)", self.violations.len()) } else { String::new() },
            self.unverified
        ));
        vec![t]
    }
}

/// Most recent affected messages listed per peer.
const RECENT: usize = 5;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequireRow {
    pub messages: u64,
    /// Messages (inbound) or recipients (outbound) that did not cross TLS: refused or delayed under
    /// the rule.
    pub affected: u64,
    pub unknown: u64,
    pub recent: VecDeque<u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProtocolRow {
    pub connections: u64,
    pub below_min: u64,
    pub protocols_below: BTreeSet<String>,
    /// Connections without TLS from this peer at any time: it has fallen back to plaintext before.
    pub plaintext: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Impact {
    pub rules: Rules,
    pub require: BTreeMap<(Direction, String), RequireRow>,
    pub protocol: BTreeMap<(Direction, String), ProtocolRow>,
}

impl Impact {
    pub fn new(rules: Rules) -> Self {
        Impact { rules, ..Impact::default() }
    }

    fn note(&mut self, d: Direction, rule: &str, mid: u64, h: Option<&Hop>) {
        let row = self.require.entry((d, rule.to_string())).or_default();
        row.messages += 1;
        match h.map(|h| h.tls) {
            Some(TlsOutcome::Success) => {}
            Some(TlsOutcome::Unknown) | None => row.unknown += 1,
            _ => {
                row.affected += 1;
                if row.recent.back() != Some(&mid) {
                    row.recent.push_back(mid);
                    if row.recent.len() > RECENT {
                        row.recent.pop_front();
                    }
                }
            }
        }
    }

    pub fn add(&mut self, r: &Record) {
        match r {
            Record::Message(m) => {
                if m.origin.kind == OriginKind::Smtp {
                    if let Some(rule) = self.rules.required_for_address(m.from.as_deref()) {
                        self.note(Direction::Inbound, &rule, m.mid, m.received.as_deref());
                    }
                }
                for rc in m.recipients.iter().filter(|r| r.attempts > 0) {
                    if let Some(rule) = self.rules.required_for_address(rc.to.as_deref()) {
                        self.note(Direction::Outbound, &rule, m.mid, rc.delivery.as_deref());
                    }
                }
            }
            Record::Connection(c) if self.rules.min_protocol.is_some() => {
                let peer = peer_of(c.direction, &c.hop);
                let below = self.rules.below_min(&c.hop);
                let row = self.protocol.entry((c.direction, peer)).or_default();
                row.connections += 1;
                if below {
                    row.below_min += 1;
                    row.protocols_below.insert(c.hop.protocol.as_deref().unwrap_or("").to_string());
                }
                if matches!(c.hop.tls, TlsOutcome::None | TlsOutcome::Failed) {
                    row.plaintext += 1;
                }
            }
            _ => {}
        }
    }

    pub fn tables(&self) -> Vec<Table> {
        let mut out = Vec::new();
        if !self.rules.require_tls.is_empty() {
            let mut t = Table::new(
                "If TLS were required",
                &[
                    ("direction", false),
                    ("domain", false),
                    ("messages", true),
                    ("refused_or_delayed", true),
                    ("unknown", true),
                    ("recent_mids", false),
                ],
            );
            for ((d, dom), r) in &self.require {
                t.rows.push(vec![
                    Cell::text(d.as_str()),
                    Cell::text(dom.as_str()),
                    Cell::Int(r.messages),
                    Cell::Int(r.affected),
                    Cell::Int(r.unknown),
                    Cell::text(r.recent.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(" ")),
                ]);
            }
            t.notes.push("Inbound: messages that arrived without TLS would have been refused. Outbound: recipients delivered without TLS would have been delayed, then bounced.".into());
            out.push(t);
        }
        if let Some(min) = &self.rules.min_protocol {
            let mut t = Table::new(
                format!("If protocols below {min} were turned off"),
                &[
                    ("direction", false),
                    ("peer", false),
                    ("connections", true),
                    ("below_minimum", true),
                    ("protocols", false),
                    ("plaintext_before", true),
                ],
            );
            let mut rows: Vec<_> = self.protocol.iter().filter(|(_, r)| r.below_min > 0).collect();
            rows.sort_by(|a, b| b.1.below_min.cmp(&a.1.below_min).then(a.0.cmp(b.0)));
            for ((d, peer), r) in rows {
                t.rows.push(vec![
                    Cell::text(d.as_str()),
                    Cell::text(peer.as_str()),
                    Cell::Int(r.connections),
                    Cell::Int(r.below_min),
                    Cell::text(r.protocols_below.iter().cloned().collect::<Vec<_>>().join(" ")),
                    Cell::Int(r.plaintext),
                ]);
            }
            t.notes.push("These peers would lose TLS: under Preferred they would fall back to plaintext, under Required their mail would fail. plaintext_before counts their connections that already went without TLS.".into());
            out.push(t);
        }
        out
    }
}
