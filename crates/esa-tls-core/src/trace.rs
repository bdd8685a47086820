//! `esa-tls trace`: the story of one message, and the lines its verdicts rest on.
//!
//! The tech note's own procedure, done for the admin: find the message's lines, then its inbound
//! connection's and its delivery connections' lines, and read the TLS lines. Two passes keep memory
//! bounded on logs of any size: the first correlates everything and keeps only the messages asked
//! about ([`Finder`]); the second reads the input again and keeps only the lines about them and
//! about their connections ([`Collector`], fed by [`crate::pipeline::Pipeline::set_observer`]).
//! Connection IDs are reused: the lines of a connection are kept per connection life (from its
//! `New SMTP` line to its close) and only the lives that carried the message are told.

use crate::model::{bare_message_id, Direction, Hop, Message, Record, TlsOutcome};
use crate::parse::Event;
use crate::pipeline::ObservedLine;
use crate::report::filter::AddressPattern;
use crate::sink::Sink;
use crate::time::LogTime;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What to trace: a MID, a Message-ID, or an address (sender or recipient).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    Mid(u64),
    /// Matched as a Message-ID, and as an address when it is one.
    Text {
        message_id: String,
        address: Option<AddressPattern>,
    },
}

impl Query {
    /// `500032`, `MID 500032`, `<id@host>`, `id@host`, `user@example.com`.
    pub fn parse(s: &str) -> Result<Query, String> {
        let t = s.trim();
        let digits = t.strip_prefix("MID").or_else(|| t.strip_prefix("mid")).unwrap_or(t).trim();
        if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) {
            return digits.parse().map(Query::Mid).map_err(|_| format!("{s:?}: not a MID"));
        }
        if t.is_empty() {
            return Err("nothing to trace: give a MID, a Message-ID or an address".into());
        }
        let bare = bare_message_id(t).to_string();
        let address = (bare == t && bare.contains('@')).then(|| AddressPattern::Address(bare.to_ascii_lowercase()));
        Ok(Query::Text { message_id: bare, address })
    }

    pub fn matches(&self, m: &Message) -> bool {
        match self {
            Query::Mid(x) => m.mid == *x,
            Query::Text { message_id, address } => {
                m.message_id.as_deref().is_some_and(|id| bare_message_id(id) == message_id)
                    || address.as_ref().is_some_and(|a| {
                        m.from.as_deref().is_some_and(|f| a.matches(f))
                            || m.recipients.iter().any(|r| r.to.as_deref().is_some_and(|t| a.matches(t)))
                    })
            }
        }
    }
}

/// Pass one: keeps the messages asked about (at most `max`), with their rewrites, splits and
/// bounces.
pub struct Finder {
    query: Query,
    max: usize,
    pub found: Vec<Message>,
    /// Matching messages beyond `max`, counted.
    pub more: u64,
    /// (appliance, MID) of the messages kept, to find their children.
    kept: BTreeSet<(Option<String>, u64)>,
}

impl Finder {
    pub fn new(query: Query, max: usize) -> Self {
        Finder { query, max, found: Vec::new(), more: 0, kept: BTreeSet::new() }
    }
}

fn app_of(m: &Message) -> Option<String> {
    m.appliance.as_deref().map(String::from)
}

impl Sink for Finder {
    fn record(&mut self, r: Record) {
        let Record::Message(m) = r else { return };
        let child_of_kept = m.origin.parent.is_some_and(|p| self.kept.contains(&(app_of(&m), p)));
        if !(child_of_kept || self.query.matches(&m)) {
            return;
        }
        if self.found.len() >= self.max && !child_of_kept {
            self.more += 1;
            return;
        }
        self.kept.insert((app_of(&m), m.mid));
        self.found.push(m);
    }
}

/// What a line is about, in a trace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum About {
    Message,
    Inbound,
    Delivery,
}

/// One line of a trace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceLine {
    pub source: String,
    pub line: u64,
    pub text: String,
    pub about: About,
    /// Order of reading (sources in order, then lines).
    #[serde(skip)]
    pub order: (usize, u64),
    #[serde(skip)]
    kind: Kind,
    #[serde(skip)]
    time: Option<LogTime>,
}

/// What a connection line says, for the verdict's evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Open,
    Tls,
    Close,
    Error,
    Other,
}

/// The verdict of one hop and the line it came from, or why it is unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HopVerdict {
    pub mid: u64,
    /// `received`, or `delivery` of one recipient.
    pub hop: &'static str,
    pub rid: Option<u32>,
    pub to: Option<String>,
    /// The ICID or DCID.
    pub id: Option<u64>,
    pub tls: Option<TlsOutcome>,
    pub protocol: Option<String>,
    pub cipher: Option<String>,
    pub reason: Option<String>,
    /// Why the verdict is what it is.
    pub why: String,
    /// The line it rests on.
    pub evidence: Option<TraceLine>,
}

/// The story of one message (and its rewrites, splits and bounces).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trace {
    pub messages: Vec<Message>,
    pub lines: Vec<TraceLine>,
    pub verdicts: Vec<HopVerdict>,
}

/// The lines of one life of a connection, while it is read.
#[derive(Default)]
struct Life {
    lines: Vec<TraceLine>,
    /// The traces whose messages crossed it (a line of theirs named it).
    ours: BTreeSet<usize>,
    opened: bool,
}

/// (appliance, direction, ICID or DCID); appliances by their number in [`Collector::apps`].
type ConnKey = (u32, Direction, u64);

/// Connection lives followed at once in pass two.
const MAX_LIVES: usize = 100_000;

/// Pass two: keeps the lines about the messages found and about their connections.
pub struct Collector {
    traces: Vec<Trace>,
    /// Appliance names, numbered (a handful): every line is looked up by number, not by a copy of its
    /// appliance's name.
    apps: Vec<Option<String>>,
    /// (appliance, MID) → trace.
    mids: FxHashMap<(u32, u64), usize>,
    /// Connections the traced messages crossed → traces.
    conns: FxHashMap<ConnKey, BTreeSet<usize>>,
    lives: FxHashMap<ConnKey, Life>,
    /// Lines of connection lives told, per trace and connection.
    told: BTreeMap<(usize, Direction, u64), Vec<TraceLine>>,
    sources: Vec<String>,
}

/// The MIDs a line names: one or two held inline (every event line), more only from a line's text,
/// so that no line costs an allocation.
enum Mids {
    Few([u64; 2], usize),
    Many(Vec<u64>),
}

impl Mids {
    fn as_slice(&self) -> &[u64] {
        match self {
            Mids::Few(ids, n) => &ids[..*n],
            Mids::Many(v) => v,
        }
    }
}

/// The IDs a line names: from its event, or, for lines the correlator has no use for (scan
/// verdicts, policy matches), from `MID n` in its text.
fn event_ids(e: &Event<'_>, text: &[u8]) -> (Mids, Option<(Direction, u64, Kind)>) {
    use Direction::*;
    match *e {
        Event::IcidOpen { icid, .. } => (Mids::Few([0; 2], 0), Some((Inbound, icid, Kind::Open))),
        Event::IcidTls { icid, .. } => (Mids::Few([0; 2], 0), Some((Inbound, icid, Kind::Tls))),
        Event::IcidClose { icid } => (Mids::Few([0; 2], 0), Some((Inbound, icid, Kind::Close))),
        Event::IcidFailure { icid, .. } => (Mids::Few([0; 2], 0), Some((Inbound, icid, Kind::Error))),
        Event::IcidHat { icid, .. } | Event::IcidLost { icid } => {
            (Mids::Few([0; 2], 0), Some((Inbound, icid, Kind::Other)))
        }
        Event::DcidOpen { dcid, .. } => (Mids::Few([0; 2], 0), Some((Outbound, dcid, Kind::Open))),
        Event::DcidTls { dcid, .. } => (Mids::Few([0; 2], 0), Some((Outbound, dcid, Kind::Tls))),
        Event::DcidClose { dcid } => (Mids::Few([0; 2], 0), Some((Outbound, dcid, Kind::Close))),
        Event::ConnectionError { dcid, .. } => (Mids::Few([0; 2], 0), Some((Outbound, dcid, Kind::Error))),
        Event::MsgStart { mid, icid } => (Mids::Few([mid, 0], 1), Some((Inbound, icid, Kind::Other))),
        Event::MsgFrom { mid, icid, .. } | Event::MsgRcpt { mid, icid, .. } => {
            (Mids::Few([mid, 0], 1), icid.map(|i| (Inbound, i, Kind::Other)))
        }
        Event::DeliveryStart { dcid, mid, .. }
        | Event::MessageDone { dcid, mid, .. }
        | Event::DeliveryFailed { dcid, mid, .. } => {
            (Mids::Few([mid, 0], 1), (dcid != 0).then_some((Outbound, dcid, Kind::Other)))
        }
        Event::MsgDerived { parent, child, .. } => (Mids::Few([parent, child], 2), None),
        Event::MsgMessageId { mid, .. }
        | Event::MsgSubject { mid, .. }
        | Event::MsgReady { mid, .. }
        | Event::MsgQueued { mid }
        | Event::MsgFinished { mid }
        | Event::MsgAborted { mid, .. }
        | Event::MsgResponse { mid, .. } => (Mids::Few([mid, 0], 1), None),
        _ => (Mids::Many(mids_in_text(text)), None),
    }
}

/// `MID n` anywhere in a line's text.
fn mids_in_text(text: &[u8]) -> Vec<u64> {
    let mut out = Vec::new();
    for i in memchr::memmem::find_iter(text, b"MID ") {
        if i > 0 && text[i - 1].is_ascii_alphanumeric() {
            continue; // ICID, DCID
        }
        let digits: Vec<u8> = text[i + 4..].iter().take_while(|c| c.is_ascii_digit()).copied().collect();
        if let Some(n) = std::str::from_utf8(&digits).ok().and_then(|d| d.parse().ok()) {
            out.push(n);
        }
    }
    out
}

impl Collector {
    /// Traces of the messages `found` in pass one: each message that is not the child of another
    /// found one starts a trace; children join their parent's.
    pub fn new(found: Vec<Message>) -> Self {
        let mut c = Collector {
            traces: Vec::new(),
            apps: Vec::new(),
            mids: FxHashMap::default(),
            conns: FxHashMap::default(),
            lives: FxHashMap::default(),
            told: BTreeMap::new(),
            sources: Vec::new(),
        };
        let keys: BTreeSet<(Option<String>, u64)> = found.iter().map(|m| (app_of(m), m.mid)).collect();
        let (roots, children): (Vec<Message>, Vec<Message>) =
            found.into_iter().partition(|m| !m.origin.parent.is_some_and(|p| keys.contains(&(app_of(m), p))));
        for m in roots {
            let app = c.app(m.appliance.as_deref());
            c.mids.insert((app, m.mid), c.traces.len());
            c.traces.push(Trace { messages: vec![m], lines: Vec::new(), verdicts: Vec::new() });
        }
        // children join their parent's trace (a parent found before them)
        let mut pending = children;
        while !pending.is_empty() {
            let before = pending.len();
            pending.retain(|m| {
                let app = c.app(m.appliance.as_deref());
                match c.mids.get(&(app, m.origin.parent.unwrap_or(0))).copied() {
                    Some(t) => {
                        c.mids.insert((app, m.mid), t);
                        c.traces[t].messages.push(m.clone());
                        false
                    }
                    None => true,
                }
            });
            if pending.len() == before {
                break;
            }
        }
        for t in 0..c.traces.len() {
            for i in 0..c.traces[t].messages.len() {
                let m = &c.traces[t].messages[i];
                let (name, icid) = (m.appliance.clone(), m.icid.filter(|&i| i != 0));
                let dcids: Vec<u64> = m.recipients.iter().filter_map(|r| r.dcid).collect();
                let app = c.app(name.as_deref());
                if let Some(icid) = icid {
                    c.conns.entry((app, Direction::Inbound, icid)).or_default().insert(t);
                }
                for d in dcids {
                    c.conns.entry((app, Direction::Outbound, d)).or_default().insert(t);
                }
            }
        }
        c
    }

    /// The number of an appliance name.
    fn app(&mut self, name: Option<&str>) -> u32 {
        match self.apps.iter().position(|a| a.as_deref() == name) {
            Some(i) => i as u32,
            None => {
                self.apps.push(name.map(String::from));
                self.apps.len() as u32 - 1
            }
        }
    }

    /// Whether there is anything to look for.
    pub fn is_empty(&self) -> bool {
        self.traces.is_empty()
    }

    /// Takes one line of pass two.
    pub fn line(&mut self, l: &ObservedLine<'_>) {
        if self.sources.last().map(String::as_str) != Some(l.source) {
            self.sources.push(l.source.to_string());
        }
        let app = self.app(l.appliance);
        let (mids, conn) = event_ids(&l.event, l.text);
        let mids = mids.as_slice();
        let traced: BTreeSet<usize> = mids.iter().filter_map(|m| self.mids.get(&(app, *m)).copied()).collect();
        // every connection's life is followed (a traced message may cross it later: a TLS line comes
        // before the delivery line that names the message), and dropped at its close unless it did
        if traced.is_empty() && conn.is_none() {
            return;
        }
        let mk = |about: About, kind: Kind| TraceLine {
            source: l.source.to_string(),
            line: l.line,
            text: String::from_utf8_lossy(l.text).into_owned(),
            about,
            order: (self.sources.len(), l.line),
            kind,
            time: l.time,
        };
        if !traced.is_empty() {
            // a line of a traced message; it also tells which connection life carried it
            for &t in &traced {
                self.traces[t].lines.push(mk(About::Message, Kind::Other));
            }
            if let Some((d, id, _)) = conn {
                self.lives.entry((app, d, id)).or_default().ours.extend(traced);
            }
            return;
        }
        // a line about another message on the same connection is that message's story
        let Some((d, id, kind)) = conn.filter(|_| mids.is_empty()) else { return };
        let about = if d == Direction::Inbound { About::Inbound } else { About::Delivery };
        let key = (app, d, id);
        let line = mk(about, kind);
        if !self.lives.contains_key(&key) && self.lives.len() >= MAX_LIVES {
            // bounded like the correlator's open state: forget a life no traced message crossed
            if let Some(k) = self.lives.iter().find(|(_, l)| l.ours.is_empty()).map(|(k, _)| *k) {
                self.lives.remove(&k);
            }
        }
        let life = self.lives.entry(key).or_default();
        if kind == Kind::Open && life.opened {
            // the ID opens again: the life before ended without a close line
            let old = std::mem::take(life);
            self.end_life(&key, old);
        }
        let life = self.lives.entry(key).or_default();
        life.opened |= kind == Kind::Open;
        life.lines.push(line);
        if kind == Kind::Close {
            let life = self.lives.remove(&key).unwrap_or_default();
            self.end_life(&key, life);
        }
    }

    fn end_life(&mut self, key: &ConnKey, mut life: Life) {
        // a life no traced line named (a rewrite's injection connection carried its parent, which
        // is not traced): it is the message's when its time covers the message's hop
        let span = (life.lines.iter().find_map(|l| l.time), life.lines.iter().rev().find_map(|l| l.time));
        if let (Some(first), Some(last)) = span {
            for &t in self.conns.get(key).into_iter().flatten() {
                let covers = |x: Option<LogTime>| x.is_some_and(|x| x >= first && x <= last);
                let crossed = self.traces[t].messages.iter().any(|m| match key.1 {
                    Direction::Inbound => m.icid == Some(key.2) && covers(m.started),
                    Direction::Outbound => m.recipients.iter().any(|r| r.dcid == Some(key.2) && covers(r.last_attempt)),
                });
                if crossed {
                    life.ours.insert(t);
                }
            }
        }
        for t in life.ours {
            self.told.entry((t, key.1, key.2)).or_default().extend(life.lines.iter().cloned());
        }
    }

    /// Ends pass two: every trace with its lines in reading order and the verdict of each hop.
    pub fn finish(mut self) -> Vec<Trace> {
        let open: Vec<(ConnKey, Life)> = self.lives.drain().collect();
        for (k, life) in open {
            self.end_life(&k, life);
        }
        let told = std::mem::take(&mut self.told);
        let mut traces = std::mem::take(&mut self.traces);
        for (t, trace) in traces.iter_mut().enumerate() {
            let conn_lines = |d: Direction, id: u64| told.get(&(t, d, id)).cloned().unwrap_or_default();
            let mut lines = std::mem::take(&mut trace.lines);
            // every connection life the story crossed: retried deliveries included
            for l in told.range((t, Direction::Inbound, 0)..=(t, Direction::Outbound, u64::MAX)).map(|x| x.1) {
                lines.extend(l.iter().cloned());
            }
            lines.sort_by_key(|l| l.order);
            lines.dedup_by(|a, b| a.order == b.order);
            trace.lines = lines;
            let mut verdicts = Vec::new();
            for m in &trace.messages {
                if m.icid == Some(0) || m.received.is_none() {
                    verdicts.push(HopVerdict {
                        mid: m.mid,
                        hop: "received",
                        rid: None,
                        to: None,
                        id: m.icid,
                        tls: None,
                        protocol: None,
                        cipher: None,
                        reason: None,
                        why: "made by the appliance (or a rewrite of another message): not received over SMTP".into(),
                        evidence: None,
                    });
                } else if let (Some(h), None) = (m.received.as_deref(), m.icid) {
                    verdicts.push(HopVerdict {
                        mid: m.mid,
                        hop: "received",
                        rid: None,
                        to: None,
                        id: None,
                        tls: Some(h.tls),
                        protocol: None,
                        cipher: None,
                        reason: None,
                        why: "the message's start (`Start MID … ICID …`) is before the first line of the input: which connection brought it, and how, cannot be told".into(),
                        evidence: None,
                    });
                } else if let Some(h) = m.received.as_deref() {
                    let lines = m.icid.map(|i| conn_lines(Direction::Inbound, i)).unwrap_or_default();
                    verdicts.push(hop_verdict(m.mid, "received", None, None, m.icid, h, &lines));
                }
                for r in &m.recipients {
                    match (r.dcid, r.delivery.as_deref()) {
                        (Some(d), Some(h)) if r.attempts > 0 => {
                            let lines = conn_lines(Direction::Outbound, d);
                            let to = r.to.as_deref().map(String::from);
                            verdicts.push(hop_verdict(m.mid, "delivery", Some(r.rid), to, Some(d), h, &lines));
                        }
                        _ => verdicts.push(HopVerdict {
                            mid: m.mid,
                            hop: "delivery",
                            rid: Some(r.rid),
                            to: r.to.as_deref().map(String::from),
                            id: None,
                            tls: None,
                            protocol: None,
                            cipher: None,
                            reason: None,
                            why: format!(
                                "no delivery attempt over a connection in the input (status {})",
                                r.status.as_str()
                            ),
                            evidence: None,
                        }),
                    }
                }
            }
            trace.verdicts = verdicts;
        }
        traces
    }
}

/// The verdict of a hop, with the line it rests on.
fn hop_verdict(
    mid: u64,
    hop: &'static str,
    rid: Option<u32>,
    to: Option<String>,
    id: Option<u64>,
    h: &Hop,
    lines: &[TraceLine],
) -> HopVerdict {
    let find = |k: Kind| lines.iter().rev().find(|l| l.kind == k).cloned();
    let (tls_line, open, close, error) =
        (find(Kind::Tls), lines.iter().find(|l| l.kind == Kind::Open).cloned(), find(Kind::Close), find(Kind::Error));
    let conn = if hop == "received" { "ICID" } else { "DCID" };
    let at = |l: &Option<TraceLine>| l.as_ref().map_or(String::new(), |l| format!(" ({}:{})", l.source, l.line));
    let (why, evidence) = match h.tls {
        TlsOutcome::Success => ("TLS success was logged for the connection".to_string(), tls_line),
        TlsOutcome::Failed => (
            format!("TLS failed on the connection{}", h.reason.as_deref().map_or(String::new(), |r| format!(": {r}"))),
            tls_line.or(error),
        ),
        TlsOutcome::None => {
            (format!("no TLS line between the connection's opening{} and its close{}", at(&open), at(&close)), open)
        }
        TlsOutcome::Unknown => {
            if open.is_none() {
                (format!("the {conn}'s opening line is not in the input: it opened before its first line, so no TLS line does not mean no TLS"), lines.first().cloned())
            } else if error.is_some() {
                (
                    "the connection failed before any message crossed it: no telling whether TLS would have happened"
                        .into(),
                    error,
                )
            } else {
                ("the connection was still open at the end of the input, with no TLS line yet".into(), open)
            }
        }
    };
    HopVerdict {
        mid,
        hop,
        rid,
        to,
        id,
        tls: Some(h.tls),
        protocol: h.protocol.as_deref().map(String::from),
        cipher: h.cipher.as_deref().map(String::from),
        reason: h.reason.as_deref().map(String::from),
        why,
        evidence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries() {
        assert_eq!(Query::parse("500032").unwrap(), Query::Mid(500032));
        assert_eq!(Query::parse("MID 17").unwrap(), Query::Mid(17));
        assert!(matches!(Query::parse("<abc@host>").unwrap(), Query::Text { address: None, .. }));
        assert!(matches!(Query::parse("bob@x.example").unwrap(), Query::Text { address: Some(_), .. }));
        assert!(Query::parse(" ").is_err());
    }

    #[test]
    fn mids_in_free_text() {
        assert_eq!(mids_in_text(b"MID 5 antivirus negative"), vec![5]);
        assert_eq!(mids_in_text(b"ICID 7 DCID 8 MID 9"), vec![9]);
        assert_eq!(mids_in_text(b"Message finished MID 12 done"), vec![12]);
    }
}
