//! `esa-tls check` (a compliance gate: exit 1 on any violation) and `esa-tls impact` ("what if we
//! required TLS for these partners, or turned old protocols off?").

use super::{protocol_rank, Cell, Table};
use crate::model::{domain_of, Connection, Direction, Hop, Message, Record, TlsOutcome};
use crate::report::peer_of;
use crate::time::LogTime;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// How a `--require-tls` entry matches envelope domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// `example.com`: the domain and its subdomains.
    DomainAndSubdomains,
    /// `*.example.com` or `.example.com`: subdomains only (as in the appliance's own tables).
    Subdomains,
    /// `@example.com`: that domain exactly, as after the `@` of an address.
    Exact,
}

/// One `--require-tls` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainRule {
    /// Lower-case, without `@`, `*.` or a leading dot.
    pub domain: String,
    pub scope: Scope,
}

impl DomainRule {
    /// Reads one entry: `example.com`, `*.example.com`, `.example.com` or `@example.com`.
    pub fn parse(entry: &str) -> Result<DomainRule, String> {
        // a fully qualified name's root dot (`example.com.`, as DNS tools print it) is not part of
        // the domains mail is logged with
        let e = entry.trim().trim_end_matches('.').to_ascii_lowercase();
        let (scope, d) = if let Some(d) = e.strip_prefix('@') {
            (Scope::Exact, d)
        } else if let Some(d) = e.strip_prefix("*.").or_else(|| e.strip_prefix('.')) {
            (Scope::Subdomains, d)
        } else {
            (Scope::DomainAndSubdomains, e.as_str())
        };
        if d.contains('/') || d.contains('\\') {
            return Err(format!(
                "{entry:?} looks like a path, not a domain (give paths after the options, or after --)"
            ));
        }
        if d.contains('*') {
            return Err(format!("{entry:?}: a wildcard is only understood as a leading `*.` (subdomains of a domain)"));
        }
        let label_ok =
            |l: &str| !l.is_empty() && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
        if d.is_empty() || !d.split('.').all(label_ok) {
            return Err(format!(
                "{entry:?} is not a domain (use example.com, *.example.com for subdomains only, or @example.com for the domain only)"
            ));
        }
        Ok(DomainRule { domain: d.to_string(), scope })
    }

    pub fn matches(&self, domain: &str) -> bool {
        let sub = domain.len() > self.domain.len()
            && domain.ends_with(self.domain.as_str())
            && domain[..domain.len() - self.domain.len()].ends_with('.');
        match self.scope {
            Scope::DomainAndSubdomains => domain == self.domain || sub,
            Scope::Subdomains => sub,
            Scope::Exact => domain == self.domain,
        }
    }

    /// The entry as the user would write it.
    pub fn label(&self) -> String {
        match self.scope {
            Scope::DomainAndSubdomains => self.domain.clone(),
            Scope::Subdomains => format!("*.{}", self.domain),
            Scope::Exact => format!("@{}", self.domain),
        }
    }
}

/// The name of a protocol as the logs write it, from any case and the common spellings
/// (`tlsv1.2`, `TLS1.2`, `tls 1.2`, `1.2`, `sslv3`).
pub fn canonical_protocol(p: &str) -> Option<&'static str> {
    let l: String = p.trim().to_ascii_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    let v = l.strip_prefix("tlsv").or_else(|| l.strip_prefix("tls")).unwrap_or(&l);
    Some(match v {
        "1" | "1.0" => "TLSv1",
        "1.1" => "TLSv1.1",
        "1.2" => "TLSv1.2",
        "1.3" => "TLSv1.3",
        "sslv3" | "ssl3" => "SSLv3",
        "sslv2" | "ssl2" => "SSLv2",
        _ => return None,
    })
}

/// The rules to check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rules {
    /// Domains that must be reached (and must send) over TLS.
    pub require_tls: Vec<DomainRule>,
    /// Lowest acceptable protocol, e.g. `TLSv1.2`.
    pub min_protocol: Option<String>,
}

impl Rules {
    /// Rules from `--require-tls` entries (each may be a comma-separated list) and `--min-protocol`.
    pub fn new(require_tls: &[String], min_protocol: Option<&str>) -> Result<Rules, String> {
        let min_protocol = match min_protocol {
            Some(p) => Some(canonical_protocol(p).ok_or_else(|| {
                format!("--min-protocol: unknown protocol {p:?} (use SSLv3, TLSv1, TLSv1.1, TLSv1.2 or TLSv1.3)")
            })?),
            None => None,
        };
        let mut rules: Vec<DomainRule> = Vec::new();
        for e in require_tls.iter().flat_map(|e| e.split(',')).filter(|e| !e.trim().is_empty()) {
            let r = DomainRule::parse(e).map_err(|m| format!("--require-tls: {m}"))?;
            if !rules.contains(&r) {
                rules.push(r);
            }
        }
        Ok(Rules { require_tls: rules, min_protocol: min_protocol.map(String::from) })
    }

    /// The index of the first rule a domain falls under.
    pub fn rule_index(&self, domain: &str) -> Option<usize> {
        self.require_tls.iter().position(|r| r.matches(domain))
    }

    /// The rule a domain falls under, as written.
    pub fn required(&self, domain: &str) -> Option<String> {
        self.rule_index(domain).map(|i| self.require_tls[i].label())
    }

    /// The rule an envelope address falls under, as written.
    pub fn required_for_address(&self, addr: Option<&str>) -> Option<String> {
        addr.and_then(domain_of).and_then(|d| self.required(&d))
    }

    /// Whether a successful hop used a protocol below the minimum (unknown protocols are not judged).
    pub fn below_min(&self, h: &Hop) -> bool {
        match (&self.min_protocol, h.tls, h.protocol.as_deref().and_then(protocol_rank)) {
            (Some(min), TlsOutcome::Success, Some(rank)) => rank < protocol_rank(min).unwrap_or(0),
            _ => false,
        }
    }
}

/// Remembers which `--require-tls` rules matched any envelope domain of the input, so that a rule that
/// never did (a typo, the wrong log) is said, not silently "passed". Says nothing when it saw no record
/// at all: then the domains are not known to be missing, only unread (the caller says so).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleUse {
    pub seen: Vec<bool>,
    /// Whether any record was seen.
    pub records: bool,
}

impl RuleUse {
    fn see(&mut self, rules: &Rules, domain: Option<&str>) {
        if let Some(i) = domain.and_then(|d| rules.rule_index(d)) {
            if self.seen.len() < rules.require_tls.len() {
                self.seen.resize(rules.require_tls.len(), false);
            }
            self.seen[i] = true;
        }
    }

    fn see_address(&mut self, rules: &Rules, addr: Option<&str>) {
        if let Some(d) = addr.and_then(domain_of) {
            self.see(rules, Some(&d));
        }
    }

    /// Every domain seen on a record (senders, recipients, connection domains).
    fn see_record(&mut self, rules: &Rules, r: &Record) {
        self.records = true;
        if rules.require_tls.is_empty() {
            return;
        }
        match r {
            Record::Connection(c) => c.domains.iter().for_each(|d| self.see(rules, Some(d))),
            Record::Message(m) => {
                self.see_address(rules, m.from.as_deref());
                m.recipients.iter().for_each(|rc| self.see_address(rules, rc.to.as_deref()));
            }
        }
    }

    /// A note for every rule that matched nothing, among records seen.
    pub fn notes(&self, rules: &Rules) -> Vec<String> {
        if !self.records {
            return Vec::new();
        }
        rules
            .require_tls
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.seen.get(*i).copied().unwrap_or(false))
            .map(|(_, r)| {
                format!(
                    "--require-tls {}: no sender or recipient domain in the input falls under it (a typo, or the wrong log?)",
                    r.label()
                )
            })
            .collect()
    }
}

/// One thing that broke a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub kind: &'static str,
    /// `require-tls` or `min-protocol`.
    pub rule: &'static str,
    /// The `--require-tls` entry the hop fell under, or the envelope domain for `min-protocol`.
    pub domain: Option<String>,
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
    /// Violations listed at most (`None`: all); every one is counted.
    pub max_listed: Option<usize>,
    pub used: RuleUse,
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
        // kept while they may still be listed: the earliest are listed, and records do not come in
        // time order, so with a limit the list is trimmed to the earliest now and then
        self.violations.push(v);
        if let Some(max) = self.max_listed {
            if self.violations.len() >= 2 * max.max(1024) {
                self.trim(max);
            }
        }
    }

    /// Sorts the violations by time (those without a time last, the order of arrival kept among
    /// equals) and keeps the first `max`.
    fn trim(&mut self, max: usize) {
        self.violations.sort_by_key(|v| (v.time.is_none(), v.time));
        self.violations.truncate(max);
    }

    /// Notes for `--require-tls` entries that matched no domain of the input.
    pub fn unused_rule_notes(&self) -> Vec<String> {
        self.used.notes(&self.rules)
    }

    pub fn add(&mut self, r: &Record) {
        self.used.see_record(&self.rules, r);
        match r {
            Record::Connection(c) => self.connection(c),
            Record::Message(m) => self.message(m),
        }
    }

    fn connection(&mut self, c: &Connection) {
        let peer = peer_of(c.direction, &c.hop);
        let first_domain = c.domains.first().map(|d| d.to_string());
        let base = |rule: &'static str, domain: Option<String>, problem: String| Violation {
            kind: "connection",
            rule,
            domain,
            direction: c.direction,
            appliance: c.appliance.as_deref().map(String::from),
            id: c.id,
            rid: None,
            peer: peer.clone(),
            time: c.opened.or(c.closed),
            problem,
        };
        let rule = c.domains.iter().find_map(|d| self.rules.required(d));
        if let Some(rule) = rule {
            if let Some(p) = self.required_problem(Some(&c.hop)) {
                let problem = format!("{p} (TLS required for {rule})");
                self.push(base("require-tls", Some(rule), problem));
            }
        }
        if self.rules.below_min(&c.hop) {
            let p = c.hop.protocol.as_deref().unwrap_or("");
            let min = self.rules.min_protocol.clone().unwrap_or_default();
            self.push(base("min-protocol", first_domain, format!("{p} is below {min}")));
        }
    }

    fn message(&mut self, m: &Message) {
        let appliance = m.appliance.as_deref().map(String::from);
        let time = super::filter::message_time(m);
        if m.received_over_smtp() {
            let from_domain = m.from.as_deref().and_then(domain_of);
            let rule = self.rules.required_for_address(m.from.as_deref());
            let h = m.received.as_deref();
            let peer = from_domain.map(|d| d.into_owned()).unwrap_or_default();
            let mk = |rule: &'static str, domain: Option<String>, problem: String| Violation {
                kind: "message",
                rule,
                domain,
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
                    self.push(mk(
                        "require-tls",
                        Some(rule.clone()),
                        format!("received with {p} (TLS required for {rule})"),
                    ));
                }
            }
            if let Some(h) = h.filter(|h| self.rules.below_min(h)) {
                let problem = format!("received over {}", h.protocol.as_deref().unwrap_or(""));
                self.push(mk("min-protocol", Some(peer.clone()).filter(|p| !p.is_empty()), problem));
            }
        }
        for r in m.recipients.iter().filter(|r| r.attempts > 0) {
            let rule = self.rules.required_for_address(r.to.as_deref());
            let h = r.delivery.as_deref();
            let to_domain = r.to.as_deref().and_then(domain_of).map(|d| d.into_owned());
            let mk = |rule: &'static str, domain: Option<String>, problem: String| Violation {
                kind: "recipient",
                rule,
                domain,
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
                    let problem = format!("{} with {p} (TLS required for {rule})", r.status.as_str());
                    self.push(mk("require-tls", Some(rule), problem));
                }
            }
            if let Some(h) = h.filter(|h| self.rules.below_min(h)) {
                let problem = format!("{} over {}", r.status.as_str(), h.protocol.as_deref().unwrap_or(""));
                self.push(mk("min-protocol", to_domain.clone(), problem));
            }
        }
    }

    /// The violations in time order (the earliest `max_listed`, or all), with the totals.
    pub fn tables(&self) -> Vec<Table> {
        let mut listed: Vec<&Violation> = self.violations.iter().collect();
        listed.sort_by_key(|v| (v.time.is_none(), v.time));
        if let Some(max) = self.max_listed {
            listed.truncate(max);
        }
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
                ("rule", false),
                ("domain", false),
                ("problem", false),
            ],
        );
        t.id = "violations";
        for v in &listed {
            t.rows.push(vec![
                Cell::opt_time(v.time),
                v.appliance.as_deref().map_or(Cell::Empty, Cell::text),
                Cell::text(v.kind),
                Cell::text(v.direction.as_str()),
                Cell::Int(v.id),
                v.rid.map_or(Cell::Empty, |r| Cell::Int(r as u64)),
                Cell::text(v.peer.as_str()),
                Cell::text(v.rule),
                v.domain.as_deref().map_or(Cell::Empty, Cell::text),
                Cell::text(v.problem.as_str()),
            ]);
        }
        t.totals = vec![("violations", self.count), ("listed", listed.len() as u64), ("unverified", self.unverified)];
        t.notes.push(format!(
            "{}{}; {} under the rules could not be verified (their connection started before the input).",
            super::count(self.count, "violation", "violations"),
            if self.count as usize > listed.len() {
                format!(" ({} listed, the earliest; --max-listed sets how many)", listed.len())
            } else {
                String::new()
            },
            super::count(self.unverified, "hop", "hops"),
        ));
        t.notes.extend(self.unused_rule_notes());
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
    pub used: RuleUse,
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
        self.used.see_record(&self.rules, r);
        match r {
            Record::Message(m) => {
                if m.received_over_smtp() {
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
                    Cell::IntList(r.recent.iter().copied().collect()),
                ]);
            }
            t.id = "require_tls";
            t.notes.push("Inbound: messages that arrived without TLS would have been refused. Outbound: recipients delivered without TLS would have been delayed, then bounced.".into());
            t.notes.extend(self.used.notes(&self.rules));
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
                    Cell::List(r.protocols_below.iter().cloned().collect()),
                    Cell::Int(r.plaintext),
                ]);
            }
            t.id = "min_protocol";
            t.notes.push("These peers would lose TLS: under Preferred they would fall back to plaintext, under Required their mail would fail. plaintext_before counts their connections that already went without TLS.".into());
            out.push(t);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_require_tls_entry_is_a_domain_with_its_scope() {
        let rule = |e: &str| DomainRule::parse(e).map(|r| (r.domain, r.scope));
        assert_eq!(rule("Partner.Example"), Ok(("partner.example".into(), Scope::DomainAndSubdomains)));
        assert_eq!(rule("@partner.example"), Ok(("partner.example".into(), Scope::Exact)));
        assert_eq!(rule("*.partner.example"), Ok(("partner.example".into(), Scope::Subdomains)));
        assert_eq!(rule(".partner.example"), Ok(("partner.example".into(), Scope::Subdomains)));
        // the root dot of a fully qualified name
        assert_eq!(rule("partner.example."), Ok(("partner.example".into(), Scope::DomainAndSubdomains)));
        assert_eq!(rule("@partner.example."), Ok(("partner.example".into(), Scope::Exact)));
        for bad in [".", "", "a..example", "*x.example", "logs/mail.current", "bob@partner.example", "a b.example"] {
            assert!(DomainRule::parse(bad).is_err(), "{bad:?}");
        }
    }
}
