//! Stage 3: events → connection and message records.
//!
//! TLS is logged per connection, so a message's verdicts come from the connections it crossed: its
//! injection connection (ICID) and, per recipient, the delivery connection (DCID) of the last attempt.
//! A connection's verdict is only final when it closes (a `TLS failed` can be logged after messages
//! on it, and "no TLS line" means `none` only once the whole connection has been seen), so a message
//! is held until it is finished *and* every connection it depends on has closed. Then it streams out
//! and its state is dropped: memory is bounded by what is open at once.
//!
//! Logging order is not causal: a DCID's TLS line may precede its `New SMTP DCID` line, `ICID close`
//! may precede `Message done`, a rewrite may be logged after lines that use the new MID. Connections
//! referenced before they are opened start as placeholders and are merged when their opening line
//! follows within [`PLACEHOLDER_MERGE_SECS`]; closed connections stay resolvable for
//! [`RETIRE_GRACE_SECS`] of log time.
//!
//! One file per concern: [`connection`] (the state and verdict of a connection, either direction),
//! [`inbound`] (ICID lines), [`delivery`] (DCID lines and delivery attempts), [`message`] (MID lines,
//! links, rewrites and splits, when a message goes out), [`bounds`] (limits, idle expiry, end of
//! input). Each holds the unit tests of its rules.

mod bounds;
mod connection;
mod consolidated;
mod delivery;
mod inbound;
mod message;
mod mid_set;
mod snapshot;

pub use snapshot::CorrelatorState;

use crate::model::*;
use crate::parse::Event;
use crate::time::LogTime;
use delivery::Outcome;
use rustc_hash::FxHashMap;
use std::collections::VecDeque;
use std::sync::Arc;

/// A placeholder made by an early line is the same connection as a `New SMTP` line this close in time.
pub const PLACEHOLDER_MERGE_SECS: i64 = 60;
/// How long (log time) a closed connection still answers late lines.
pub const RETIRE_GRACE_SECS: i64 = 300;
/// Recently finished MIDs remembered so that a stray late line does not resurrect them.
const FINISHED_MEMORY: usize = 65_536;

/// Bounds on open state (see README "Robustness").
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Open connections per appliance before the oldest is evicted.
    pub max_connections: usize,
    /// Open messages per appliance before the oldest is evicted.
    pub max_messages: usize,
    /// A connection with no line for this long (log time) is closed out as it stands.
    pub connection_idle_secs: i64,
    /// A message with no line for this long is reported as it stands (retries run for days).
    pub message_idle_secs: i64,
    /// Recipients kept per message.
    pub max_recipients: usize,
    /// Message IDs kept per connection record.
    pub max_mids_per_connection: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 50_000,
            max_messages: 50_000,
            connection_idle_secs: 86_400,
            message_idle_secs: 5 * 86_400,
            max_recipients: 100_000,
            max_mids_per_connection: 100_000,
        }
    }
}

/// Counters of what the correlator had to do beyond the normal flow.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CorrelationStats {
    pub connections: u64,
    pub messages: u64,
    /// Connections or messages flushed early because a state bound was reached.
    pub evicted: u64,
    /// Connections or messages flushed because no line touched them for the idle limit.
    pub expired: u64,
    /// Lines about an already-reported message.
    pub late_lines: u64,
    /// A `New SMTP` or `Start MID` reused an ID that was still open (counter reset).
    pub id_reuse: u64,
    /// Recipients or MIDs beyond the per-record limits.
    pub truncated: u64,
    /// Consolidated Event Log lines: read, giving a message of their own, merged into one from the
    /// mail log, too late to merge (their message had gone out), and messages where the two disagree.
    pub cef_lines: u64,
    pub cef_only: u64,
    pub cef_merged: u64,
    pub cef_late: u64,
    pub cef_disagreements: u64,
    /// Most connections (open or recently closed) and messages held at once, all appliances.
    pub peak_connections: u64,
    pub peak_messages: u64,
}

/// Where an event came from.
#[derive(Debug, Clone, Copy)]
pub struct EventContext {
    pub appliance: u32,
    pub time: Option<LogTime>,
    /// Where its entry starts in the input (see [`LineSpan`]); used only when spans are tracked.
    pub at: u64,
}

type ConnKey = (Direction, u64);

#[derive(serde::Serialize, serde::Deserialize)]
struct ConnState {
    seq: u64,
    rec: Connection,
    success: bool,
    failed: bool,
    carried: bool,
    closed: bool,
    /// A connection-level error was logged (`Connection Error`, `Receiving Failed`).
    errored: bool,
    first_seen: Option<LogTime>,
    last_touch: i64,
    /// Set once closed: the shared TLS facts.
    hop: Option<Arc<Hop>>,
    /// Open messages that wait for this connection's verdict.
    waiting: Vec<u64>,
    /// Where its own lines lie (see [`Correlator::spans`]).
    #[serde(default)]
    span: LineSpan,
    /// Where the last of them that changed its hop starts: a message needs the lines up to there
    /// to be told the same hop, not the connection's whole life.
    #[serde(default)]
    hop_last: u64,
    /// Where the lines of the messages it delivered lie: their recipients are its envelope domains.
    #[serde(default)]
    msgs_span: LineSpan,
}

impl ConnState {
    /// The lines a message crossing it needs read again to be told the same hop.
    fn hop_span(&self) -> LineSpan {
        LineSpan { first: self.span.first, last: self.hop_last.max(self.span.first) }
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct MsgState {
    seq: u64,
    msg: Message,
    /// Finished, and waiting for its Consolidated Event Log line (see [`consolidated`]).
    held: bool,
    started_seen: bool,
    finished: bool,
    last_touch: i64,
    waiting_on: Vec<ConnKey>,
    /// A split child's possible recipients (RID → address), materialised when used.
    inherited: Vec<(u32, Option<Box<str>>)>,
    rewritten: bool,
    /// Where its lines, its parent's and its connections' lie (see [`Correlator::spans`]).
    #[serde(default)]
    span: LineSpan,
}

#[derive(Default, serde::Serialize, serde::Deserialize)]
struct ApplianceState {
    name: Option<Arc<str>>,
    // boxed: the tables stay small and dense (fast probes, cheap growth), and records move out of
    // them without copying the state
    #[serde(with = "snapshot::pairs")]
    conns: FxHashMap<ConnKey, Box<ConnState>>,
    #[serde(with = "snapshot::pairs")]
    msgs: FxHashMap<u64, Box<MsgState>>,
    retired: VecDeque<(i64, ConnKey, u64)>,
    done: mid_set::MidSet,
    done_order: VecDeque<u64>,
    /// A Consolidated Event Log line was seen: finished messages wait a little for theirs.
    cef_seen: bool,
    /// Finished messages waiting for their consolidated line: (deadline, MID, seq).
    held: VecDeque<(i64, u64, u64)>,
    /// Creation order of open state, for eviction (entries may be stale).
    conn_order: VecDeque<(u64, ConnKey)>,
    msg_order: VecDeque<(u64, u64)>,
    last_sweep: i64,
    now: i64,
}

/// The correlator: feed it events in log order, collect records.
pub struct Correlator {
    apps: Vec<ApplianceState>,
    names: FxHashMap<Box<[u8]>, u32>,
    seq: u64,
    unknown_hop: Arc<Hop>,
    limits: Limits,
    /// Keep every text of the records: addresses, subjects, hosts, interfaces, TLS protocol, cipher and
    /// reasons, carried MIDs. Off when only verdicts, counts and times are wanted (`summary`): the
    /// verdicts are the same, and no string is allocated on the hot path.
    pub keep_text: bool,
    /// Keep the MIDs a connection carried even when no text is kept: a search by MID
    /// (`summary --mid`) then matches connections without the cost of every text.
    pub keep_mids: bool,
    /// Keep the envelope addresses (and so the connections' envelope domains) even when no other
    /// text is kept: a search by address (`summary --to`) reads nothing else.
    pub keep_addresses: bool,
    /// With [`Correlator::keep_addresses`] and no other text: keep only the envelope addresses
    /// these patterns match, the addresses a search reads (a report that keeps no text, a search
    /// whose records' texts are read back afterwards, see [`crate::readback`]). An address not
    /// asked about is not worth a string; the connections' envelope domains are those of the
    /// addresses kept (see [`crate::report::filter::Search::wanted_addresses`]).
    pub wanted_addresses: Option<Arc<WantedAddresses>>,
    /// Keep the Message-IDs even when no other text is kept: a search by Message-ID reads nothing
    /// else.
    pub keep_message_ids: bool,
    /// The run uses connection records: keep what only they carry, the MIDs each connection
    /// carried and its envelope domains. Off for a run that uses messages only (`messages`): the
    /// verdicts, and the messages, are the same; finding each recipient's domain for its delivery
    /// connection, and noting each MID on its connections, was a tenth of `messages`' time.
    pub connections_wanted: bool,
    /// Note where the lines of each message and connection lie in the input, and give each message
    /// record the span of its own lines, its parent's and its connections' ([`Message::lines`]):
    /// a run that keeps no text can then read the texts of the few records it prints back from
    /// those lines (see [`crate::readback`]).
    pub spans: bool,
    /// Where the entry being fed starts, when spans are noted: every line about an open message or
    /// connection goes through [`Correlator::msg`], [`Correlator::conn`], `open_conn` or
    /// `close_conn`, which take it into its span.
    at: u64,
    pub stats: CorrelationStats,
}

impl Default for Correlator {
    fn default() -> Self {
        Self::new(Limits::default())
    }
}

pub use crate::model::WantedAddresses;

fn b2s(b: &[u8]) -> Box<str> {
    text(b)
}

fn opt_text(b: Option<&[u8]>) -> Option<Box<str>> {
    b.map(b2s)
}

impl Correlator {
    pub fn new(limits: Limits) -> Self {
        let mut c = Correlator {
            apps: Vec::new(),
            names: FxHashMap::default(),
            seq: 0,
            unknown_hop: Arc::new(Hop::unknown()),
            limits,
            keep_text: true,
            keep_mids: false,
            keep_addresses: false,
            wanted_addresses: None,
            keep_message_ids: false,
            connections_wanted: true,
            spans: false,
            at: 0,
            stats: CorrelationStats::default(),
        };
        c.apps.push(ApplianceState::default()); // index 0: no appliance name
        c
    }

    /// Index of an appliance by name (`None` = unnamed). IDs of different appliances never mix.
    pub fn appliance(&mut self, name: Option<&[u8]>) -> u32 {
        let Some(name) = name else { return 0 };
        if let Some(&i) = self.names.get(name) {
            return i;
        }
        let i = self.apps.len() as u32;
        self.apps.push(ApplianceState {
            name: Some(Arc::from(String::from_utf8_lossy(name).as_ref())),
            ..Default::default()
        });
        self.names.insert(name.into(), i);
        i
    }

    /// The name of an appliance by its index (`None`: unnamed).
    pub fn appliance_name(&self, i: u32) -> Option<&str> {
        self.apps.get(i as usize).and_then(|a| a.name.as_deref())
    }

    pub(super) fn text(&self, b: &[u8]) -> Option<Box<str>> {
        self.keep_text.then(|| b2s(b))
    }

    /// Whether envelope addresses are kept (see [`Correlator::keep_addresses`]).
    pub(super) fn keeps_addresses(&self) -> bool {
        self.keep_text || self.keep_addresses
    }

    /// A sender's address, when it is kept.
    pub(super) fn sender(&self, b: &[u8]) -> Option<Box<str>> {
        self.address(b, |w| &w.senders)
    }

    /// A recipient's address, when it is kept.
    pub(super) fn recipient(&self, b: &[u8]) -> Option<Box<str>> {
        self.address(b, |w| &w.recipients)
    }

    fn address(&self, b: &[u8], list: impl Fn(&WantedAddresses) -> &[AddressPattern]) -> Option<Box<str>> {
        if self.keep_text {
            return Some(b2s(b));
        }
        if !self.keep_addresses {
            return None;
        }
        match &self.wanted_addresses {
            Some(w) if !WantedAddresses::wants(list(w), b) => None,
            _ => Some(b2s(b)),
        }
    }

    /// Where the line being fed starts, when spans are noted.
    #[inline]
    pub(super) fn here(&self) -> Option<u64> {
        self.spans.then_some(self.at)
    }

    /// Applies one event. Records that become complete are passed to `out`.
    pub fn feed(&mut self, ctx: EventContext, ev: &Event<'_>, out: &mut dyn FnMut(Record)) {
        let a = ctx.appliance as usize;
        if let Some(t) = ctx.time {
            let now = t.utc_or_local();
            let app = &mut self.apps[a];
            if now > app.now {
                // retirement and idle sweeps only move when log time does
                app.now = now;
                self.expire(a, out);
            }
        }
        let t = ctx.time;
        self.at = ctx.at;
        let held_before = (self.apps[a].conns.len(), self.apps[a].msgs.len());
        match *ev {
            Event::IcidOpen { icid, interface, remote_ip, remote_host, verified } => {
                self.icid_open(a, icid, t, interface, remote_ip, remote_host, verified, out)
            }
            Event::IcidHat { icid, action, sender_group, sbrs } => {
                self.icid_hat(a, icid, t, action, sender_group, sbrs)
            }
            Event::IcidTls { icid, tls } => self.icid_tls(a, icid, t, &tls, out),
            Event::IcidLost { icid } => self.icid_lost(a, icid, t),
            Event::IcidFailure { icid, reason } => self.icid_failure(a, icid, t, reason),
            Event::IcidClose { icid } => self.close_conn(a, (Direction::Inbound, icid), t, out),

            Event::DcidOpen { dcid, interface, remote_ip, port } => {
                self.dcid_open(a, dcid, t, interface, remote_ip, port, out)
            }
            Event::DcidTls { dcid, ip, tls } => self.dcid_tls(a, dcid, t, ip, &tls, out),
            Event::ConnectionError { dcid, ip, details } => self.connection_error(a, dcid, t, ip, details),
            Event::DcidClose { dcid } => self.close_conn(a, (Direction::Outbound, dcid), t, out),
            Event::DeliveryStart { dcid, mid, rids } => self.delivery(a, dcid, mid, rids, t, Outcome::Start),
            Event::MessageDone { dcid, mid, rids } => self.delivery(a, dcid, mid, rids, t, Outcome::Done),
            Event::DeliveryFailed { hard, dcid, mid, rids, text, code, reason_at } => {
                let (code, reason) = crate::parse::failure(text, code, reason_at);
                self.delivery(a, dcid, mid, rids, t, Outcome::Failed { hard, code, reason })
            }

            Event::MsgStart { mid, icid } => self.msg_start(a, mid, icid, t, out),
            Event::MsgFrom { mid, icid, from } => self.msg_from(a, mid, icid, from, t),
            Event::MsgRcpt { mid, icid, rid, to } => self.msg_rcpt(a, mid, icid, rid, to, t),
            Event::MsgMessageId { mid, message_id } => self.msg_message_id(a, mid, message_id, t),
            Event::MsgSubject { mid, subject } => self.msg_subject(a, mid, subject, t),
            Event::MsgReady { mid, size, from } => self.msg_ready(a, mid, size, from, t),
            Event::MsgQueued { mid } => {
                self.msg(a, mid, t);
            }
            Event::MsgResponse { .. } => {}
            Event::MsgDerived { parent, child, how } => self.derived(a, parent, child, how, t),
            Event::MsgFinished { mid } => self.msg_finished(a, mid, t, None, out),
            Event::MsgAborted { mid, reason } => self.msg_finished(a, mid, t, Some(reason), out),

            Event::Cef { extension } => self.consolidated(a, t, extension, out),

            Event::BeginLogfile | Event::Version { .. } | Event::TimeOffset { .. } | Event::EndLogfile => {}
            Event::UnknownTls | Event::Malformed | Event::Ignored => {}
        }
        // bounds on open state, whatever line created it
        let app = &self.apps[a];
        let grew = app.conns.len() > held_before.0 || app.msgs.len() > held_before.1;
        if app.conns.len() > self.limits.max_connections || app.msgs.len() > self.limits.max_messages {
            self.enforce_conn_limit(a, out);
            self.enforce_msg_limit(a, out);
        }
        // the peaks can only have moved if this appliance's state grew
        if grew {
            self.note_peaks();
        }
    }
}

/// Feeding log bodies to a correlator in the unit tests of each concern.
#[cfg(test)]
pub(crate) mod testkit {
    use super::*;

    /// 2024-03-04 00:00:00 in wall-clock seconds; lines give `HH:MM:SS` after it.
    const DAY: i64 = 1_709_510_400;

    /// Runs lines `"HH:MM:SS body"` (or `"+Nd HH:MM:SS body"` for N days later) through `c`, then
    /// ends the input; every record, in the order they came out.
    pub fn run_with(mut c: Correlator, lines: &[&str]) -> Vec<Record> {
        let mut out = Vec::new();
        feed(&mut c, lines, &mut out);
        c.finish(&mut |r| out.push(r));
        out
    }

    /// Feeds lines as [`run_with`] does, without ending the input.
    pub fn feed(c: &mut Correlator, lines: &[&str], out: &mut Vec<Record>) {
        for l in lines {
            let (days, l) = match l.strip_prefix('+') {
                Some(r) => {
                    let (d, rest) = r.split_once("d ").expect("+Nd HH:MM:SS");
                    (d.parse::<i64>().expect("days"), rest)
                }
                None => (0, *l),
            };
            let (hms, body) = l.split_at(8);
            let secs: Vec<i64> = hms.split(':').map(|x| x.parse().expect("HH:MM:SS")).collect();
            let local = DAY + days * 86_400 + secs[0] * 3600 + secs[1] * 60 + secs[2];
            let ev = crate::parse::parse_body(body.trim().as_bytes());
            assert!(!matches!(ev, Event::Malformed | Event::UnknownTls | Event::Ignored), "not an event: {body}");
            let ctx = EventContext { appliance: 0, time: Some(LogTime { local, offset: Some(0) }), at: 0 };
            c.feed(ctx, &ev, &mut |r| out.push(r));
        }
    }

    pub fn run(lines: &[&str]) -> Vec<Record> {
        run_with(Correlator::default(), lines)
    }

    pub fn conns(recs: &[Record], d: Direction, id: u64) -> Vec<&Connection> {
        recs.iter()
            .filter_map(|r| match r {
                Record::Connection(c) if c.direction == d && c.id == id => Some(c),
                _ => None,
            })
            .collect()
    }

    /// The one record of a connection.
    pub fn conn(recs: &[Record], d: Direction, id: u64) -> &Connection {
        let found = conns(recs, d, id);
        assert_eq!(found.len(), 1, "{d:?} {id}: {} records", found.len());
        found[0]
    }

    /// The one record of a message.
    pub fn msg(recs: &[Record], mid: u64) -> &Message {
        let found: Vec<&Message> = recs
            .iter()
            .filter_map(|r| match r {
                Record::Message(m) if m.mid == mid => Some(m),
                _ => None,
            })
            .collect();
        assert_eq!(found.len(), 1, "MID {mid}: {} records", found.len());
        found[0]
    }
}
