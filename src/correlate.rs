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

use crate::model::*;
use crate::parse::{Derivation, Event, HatAction, RidList, TlsEvent};
use crate::time::LogTime;
use rustc_hash::{FxHashMap, FxHashSet};
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
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
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
    /// Most connections (open or recently closed) and messages held at once, all appliances.
    pub peak_connections: u64,
    pub peak_messages: u64,
}

/// Where an event came from.
#[derive(Debug, Clone, Copy)]
pub struct EventContext {
    pub appliance: u32,
    pub time: Option<LogTime>,
}

type ConnKey = (Direction, u64);

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
}

struct MsgState {
    seq: u64,
    msg: Message,
    started_seen: bool,
    finished: bool,
    last_touch: i64,
    waiting_on: Vec<ConnKey>,
    /// A split child's possible recipients (RID → address), materialised when used.
    inherited: Vec<(u32, Option<Box<str>>)>,
    rewritten: bool,
}

#[derive(Default)]
struct ApplianceState {
    name: Option<Arc<str>>,
    // boxed: the tables stay small and dense (fast probes, cheap growth), and records move out of
    // them without copying the state
    conns: FxHashMap<ConnKey, Box<ConnState>>,
    msgs: FxHashMap<u64, Box<MsgState>>,
    retired: VecDeque<(i64, ConnKey, u64)>,
    done: FxHashSet<u64>,
    done_order: VecDeque<u64>,
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
    pub stats: CorrelationStats,
}

impl Default for Correlator {
    fn default() -> Self {
        Self::new(Limits::default())
    }
}

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

    fn text(&self, b: &[u8]) -> Option<Box<str>> {
        self.keep_text.then(|| b2s(b))
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
        let keep = self.keep_text;
        let opt_text = |b: Option<&[u8]>| if keep { opt_text(b) } else { None };
        let held_before = (self.apps[a].conns.len(), self.apps[a].msgs.len());
        match *ev {
            Event::IcidOpen { icid, interface, remote_ip, remote_host, verified } => {
                let c = self.open_conn(a, (Direction::Inbound, icid), ctx.time, out);
                invalidate(c);
                c.rec.interface = opt_text(interface);
                c.rec.hop.remote_ip = opt_text(remote_ip);
                c.rec.hop.remote_host = opt_text(remote_host.filter(|h| *h != b"unknown"));
                c.rec.hop.rdns_verified = verified;
            }
            Event::DcidOpen { dcid, interface, remote_ip, port } => {
                let c = self.open_conn(a, (Direction::Outbound, dcid), ctx.time, out);
                invalidate(c);
                c.rec.interface = opt_text(interface);
                if remote_ip.is_some() {
                    c.rec.hop.remote_ip = opt_text(remote_ip);
                }
                c.rec.port = port;
            }
            Event::IcidHat { icid, action, sender_group, sbrs } => {
                if let Some(c) = self.conn(a, (Direction::Inbound, icid), ctx.time) {
                    let action = match action {
                        HatAction::Accept => "ACCEPT",
                        HatAction::Relay => "RELAY",
                        HatAction::Reject => "REJECT",
                        HatAction::TcpRefuse => "TCPREFUSE",
                    };
                    if keep {
                        c.rec.hat =
                            Some(HatVerdict { action, sender_group: opt_text(sender_group), sbrs: opt_text(sbrs) });
                    }
                }
            }
            Event::IcidTls { icid, tls } => {
                if let Some(c) = self.conn(a, (Direction::Inbound, icid), ctx.time) {
                    apply_tls(c, &tls, keep);
                }
                self.resolve_waiting(a, (Direction::Inbound, icid), out);
            }
            Event::DcidTls { dcid, ip, tls } => {
                if let Some(c) = self.conn(a, (Direction::Outbound, dcid), ctx.time) {
                    if c.rec.hop.remote_ip.is_none() {
                        c.rec.hop.remote_ip = opt_text(ip);
                    }
                    apply_tls(c, &tls, keep);
                }
                self.resolve_waiting(a, (Direction::Outbound, dcid), out);
            }
            Event::IcidLost { icid } => {
                if let Some(c) = self.conn(a, (Direction::Inbound, icid), ctx.time) {
                    c.rec.lost = true;
                }
            }
            Event::IcidFailure { icid, reason } => {
                if let Some(c) = self.conn(a, (Direction::Inbound, icid), ctx.time) {
                    c.errored = true;
                    c.rec.error = opt_text(Some(reason));
                }
            }
            Event::ConnectionError { dcid, ip, details } => {
                if let Some(c) = self.conn(a, (Direction::Outbound, dcid), ctx.time) {
                    invalidate(c);
                    c.errored = true;
                    c.rec.error = opt_text(Some(details));
                    if c.rec.hop.remote_ip.is_none() {
                        c.rec.hop.remote_ip = opt_text(ip);
                    }
                }
            }
            Event::IcidClose { icid } => self.close_conn(a, (Direction::Inbound, icid), ctx.time, out),
            Event::DcidClose { dcid } => self.close_conn(a, (Direction::Outbound, dcid), ctx.time, out),

            Event::MsgStart { mid, icid } => self.msg_start(a, mid, icid, ctx.time, out),
            // a message's ICID is usually known from its `Start MID` line already: one lookup then
            Event::MsgFrom { mid, icid, from } => {
                let unlinked = self.msg(a, mid, ctx.time).is_some_and(|m| m.msg.icid.is_none());
                if let (Some(icid), true) = (icid, unlinked) {
                    self.msg_icid(a, mid, icid, ctx.time);
                }
                let from = self.text(from);
                if let (Some(icid), Some(d)) = (icid, from.as_deref().and_then(domain_of)) {
                    if icid != 0 {
                        if let Some(c) = self.apps[a].conns.get_mut(&(Direction::Inbound, icid)) {
                            add_domain(c, &d);
                        }
                    }
                }
                if let (Some(from), Some(m)) = (from, self.apps[a].msgs.get_mut(&mid)) {
                    m.msg.from = Some(from);
                }
            }
            Event::MsgRcpt { mid, icid, rid, to } => {
                let max = self.limits.max_recipients;
                let to = self.text(to);
                let mut unlinked = false;
                if let Some(m) = self.msg(a, mid, ctx.time) {
                    unlinked = m.msg.icid.is_none();
                    match rcpt(m, rid, max) {
                        Some(r) => r.to = to,
                        None => self.stats.truncated += 1,
                    }
                }
                if let (Some(icid), true) = (icid, unlinked) {
                    self.msg_icid(a, mid, icid, ctx.time);
                }
            }
            Event::MsgMessageId { mid, message_id } => {
                let message_id = self.text(message_id);
                if let Some(m) = self.msg(a, mid, ctx.time) {
                    m.msg.message_id = message_id;
                }
            }
            Event::MsgSubject { mid, subject } => {
                // as mail clients show it: RFC 2047 encoded words decoded
                let subject = self.text(subject).map(|s| match crate::model::decode_rfc2047(&s) {
                    std::borrow::Cow::Borrowed(_) => s,
                    std::borrow::Cow::Owned(d) => d.into_boxed_str(),
                });
                if let Some(m) = self.msg(a, mid, ctx.time) {
                    m.msg.subject = subject;
                }
            }
            Event::MsgReady { mid, size, from } => {
                let keep = self.keep_text;
                if let Some(m) = self.msg(a, mid, ctx.time) {
                    m.msg.size = Some(size);
                    if m.msg.from.is_none() && keep {
                        m.msg.from = opt_text(from);
                    }
                }
            }
            Event::MsgQueued { mid } => {
                self.msg(a, mid, ctx.time);
            }
            Event::MsgResponse { .. } => {}
            Event::MsgDerived { parent, child, how } => self.derived(a, parent, child, how, ctx.time),
            Event::MsgFinished { mid } => self.msg_finished(a, mid, ctx.time, None, out),
            Event::MsgAborted { mid, reason } => self.msg_finished(a, mid, ctx.time, Some(reason), out),

            Event::DeliveryStart { dcid, mid, rids } => self.delivery(a, dcid, mid, rids, ctx.time, Outcome::Start),
            Event::MessageDone { dcid, mid, rids } => self.delivery(a, dcid, mid, rids, ctx.time, Outcome::Done),
            Event::DeliveryFailed { hard, dcid, mid, rids, code, reason } => {
                self.delivery(a, dcid, mid, rids, ctx.time, Outcome::Failed { hard, code, reason })
            }

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

    // ----------------------------------------------------------------------------- connections

    fn new_conn(&mut self, a: usize, key: ConnKey, time: Option<LogTime>, from_start: bool) -> Box<ConnState> {
        self.seq += 1;
        self.stats.connections += 1;
        let app = &mut self.apps[a];
        compact_conn_order(app);
        app.conn_order.push_back((self.seq, key));
        let touch = time.map_or(app.now, |t| t.utc_or_local());
        fresh_conn(self.seq, app.name.clone(), key, time, from_start, touch)
    }

    /// A `New SMTP ICID|DCID` line.
    fn open_conn(
        &mut self,
        a: usize,
        key: ConnKey,
        time: Option<LogTime>,
        out: &mut dyn FnMut(Record),
    ) -> &mut ConnState {
        let merge = self.apps[a].conns.get(&key).map(|c| {
            !c.rec.seen_from_start
                && !c.closed
                && match (c.first_seen, time) {
                    (Some(f), Some(t)) => (t.utc_or_local() - f.utc_or_local()).abs() <= PLACEHOLDER_MERGE_SECS,
                    _ => true,
                }
        });
        match merge {
            Some(true) => {
                let c = self.apps[a].conns.get_mut(&key).expect("checked");
                c.rec.seen_from_start = true;
                c.rec.opened = time;
                return c;
            }
            Some(false) => {
                let was_open = !self.apps[a].conns[&key].closed;
                if was_open {
                    self.stats.id_reuse += 1;
                }
                self.finish_conn(a, key, None, false, out);
            }
            None => {}
        }
        let c = self.new_conn(a, key, time, true);
        self.apps[a].conns.insert(key, c);
        self.apps[a].conns.get_mut(&key).expect("just inserted")
    }

    /// Any other line about a connection: the connection, made a placeholder if not seen yet.
    fn conn(&mut self, a: usize, key: ConnKey, time: Option<LogTime>) -> Option<&mut ConnState> {
        use std::collections::hash_map::Entry;
        let Correlator { apps, seq, stats, .. } = self;
        let app = &mut apps[a];
        let touch = time.map_or(app.now, |t| t.utc_or_local());
        compact_conn_order(app);
        // one hash lookup on the common path, where the connection exists; otherwise a placeholder
        // (bounded like any connection: see `feed`)
        match app.conns.entry(key) {
            Entry::Occupied(e) => {
                let c = e.into_mut();
                c.last_touch = touch;
                Some(c)
            }
            Entry::Vacant(v) => {
                *seq += 1;
                stats.connections += 1;
                app.conn_order.push_back((*seq, key));
                Some(v.insert(fresh_conn(*seq, app.name.clone(), key, time, false, touch)))
            }
        }
    }

    fn close_conn(&mut self, a: usize, key: ConnKey, time: Option<LogTime>, out: &mut dyn FnMut(Record)) {
        match self.apps[a].conns.get(&key) {
            Some(c) if c.closed => return, // a second close line
            Some(_) => {}
            None => {
                let c = self.new_conn(a, key, time, false);
                self.apps[a].conns.insert(key, c);
            }
        }
        self.finish_conn(a, key, time, true, out);
    }

    /// Fixes the connection's verdict, emits its record and resolves the messages waiting on it.
    /// `retire`: keep it answering late lines for a while (a real close); otherwise drop it.
    fn finish_conn(
        &mut self,
        a: usize,
        key: ConnKey,
        closed: Option<LogTime>,
        retire: bool,
        out: &mut dyn FnMut(Record),
    ) {
        let app = &mut self.apps[a];
        let Some(c) = app.conns.get_mut(&key) else {
            return;
        };
        if c.closed {
            // already reported: just forget it
            if !retire {
                app.conns.remove(&key);
            }
            return;
        }
        c.closed = true;
        c.rec.closed = closed;
        let tls = verdict(c, closed.is_some());
        c.rec.hop.tls = tls;
        let hop = Arc::new(c.rec.hop.clone());
        c.hop = Some(hop.clone());
        // the record goes out; a retired connection answers late lines from `hop` and `closed` only
        let placeholder = fresh_record(None, key, None, true);
        let rec = std::mem::replace(&mut c.rec, placeholder);
        let waiting = std::mem::take(&mut c.waiting);
        let seq = c.seq;
        if retire {
            let t = closed.map_or(app.now, |t| t.utc_or_local());
            app.retired.push_back((t, key, seq));
        } else {
            app.conns.remove(&key);
        }
        out(Record::Connection(rec));
        for mid in waiting {
            let Some(m) = self.apps[a].msgs.get_mut(&mid) else {
                continue;
            };
            apply_hop(m, key, &hop);
            if m.finished && m.waiting_on.is_empty() {
                self.emit_msg(a, mid, out);
            }
        }
    }

    // ----------------------------------------------------------------------------- messages

    /// The open message `mid`, created if first seen; `None` for a late line about a message already
    /// reported.
    fn msg(&mut self, a: usize, mid: u64, time: Option<LogTime>) -> Option<&mut MsgState> {
        use std::collections::hash_map::Entry;
        let Correlator { apps, seq, stats, unknown_hop, .. } = self;
        let app = &mut apps[a];
        let touch = time.map_or(app.now, |t| t.utc_or_local());
        if app.msg_order.len() > 2 * app.msgs.len() + 1024 {
            // drop the entries of messages already gone, so the queue stays as small as the state
            let msgs = &app.msgs;
            app.msg_order.retain(|(seq, mid)| msgs.get(mid).is_some_and(|m| m.seq == *seq));
        }
        // one hash lookup on the common path, where the message exists
        match app.msgs.entry(mid) {
            Entry::Occupied(e) => {
                let m = e.into_mut();
                m.last_touch = touch;
                Some(m)
            }
            Entry::Vacant(v) => {
                if app.done.contains(&mid) {
                    stats.late_lines += 1;
                    return None;
                }
                *seq += 1;
                stats.messages += 1;
                app.msg_order.push_back((*seq, mid));
                Some(v.insert(fresh_msg(*seq, app.name.clone(), unknown_hop.clone(), mid, touch)))
            }
        }
    }

    fn msg_start(&mut self, a: usize, mid: u64, icid: u64, time: Option<LogTime>, out: &mut dyn FnMut(Record)) {
        let app = &mut self.apps[a];
        if app.msgs.get(&mid).is_some_and(|m| m.started_seen) {
            // MID counter reset: the old message is reported as it stands.
            self.stats.id_reuse += 1;
            self.force_emit_msg(a, mid, out);
        }
        // a new message may reuse the ID of one already reported
        self.apps[a].done.remove(&mid);
        if let Some(m) = self.msg(a, mid, time) {
            m.started_seen = true;
            m.msg.started = time;
        }
        self.msg_icid(a, mid, icid, time);
    }

    /// Links a message to its injection connection.
    fn msg_icid(&mut self, a: usize, mid: u64, icid: u64, time: Option<LogTime>) {
        let Some(m) = self.msg(a, mid, time) else {
            return;
        };
        if m.msg.icid.is_some() {
            return;
        }
        m.msg.icid = Some(icid);
        if icid == 0 {
            m.msg.received = None;
            if m.msg.origin.kind == OriginKind::Unknown {
                m.msg.origin.kind = OriginKind::Generated;
            }
            return;
        }
        if m.msg.origin.kind == OriginKind::Unknown {
            m.msg.origin.kind = OriginKind::Smtp;
        }
        self.link(a, mid, (Direction::Inbound, icid), time, true);
    }

    /// Makes `mid` depend on connection `key`; `carried`: the connection carried it (rather than its
    /// parent, for a rewritten or split message).
    fn link(&mut self, a: usize, mid: u64, key: ConnKey, time: Option<LogTime>, carried: bool) {
        let max_mids = self.limits.max_mids_per_connection;
        let keep = self.keep_text;
        let Some(c) = self.conn(a, key, time) else {
            return;
        };
        let mut truncated = false;
        if carried && keep && !c.rec.mids.iter().rev().take(8).any(|&m| m == mid) {
            if c.rec.mids.len() < max_mids {
                c.rec.mids.push(mid);
            } else {
                truncated = true;
            }
        }
        if !c.carried {
            c.carried = true;
            invalidate(c);
        }
        // the common case, a settled connection, needs no second lookup of it
        let hop = (c.closed || settled(c)).then(|| snapshot(c));
        self.stats.truncated += truncated as u64;
        let app = &mut self.apps[a];
        let Some(m) = app.msgs.get_mut(&mid) else {
            return;
        };
        match hop {
            Some(hop) => apply_hop(m, key, &hop),
            None if !m.waiting_on.contains(&key) => {
                m.waiting_on.push(key);
                app.conns.get_mut(&key).expect("present").waiting.push(mid);
            }
            None => {}
        }
    }

    /// Hands a connection's verdict to the messages waiting for it once it is settled.
    fn resolve_waiting(&mut self, a: usize, key: ConnKey, out: &mut dyn FnMut(Record)) {
        let app = &mut self.apps[a];
        let Some(c) = app.conns.get_mut(&key) else { return };
        if c.waiting.is_empty() || !settled(c) {
            return;
        }
        let hop = snapshot(c);
        for mid in std::mem::take(&mut c.waiting) {
            let Some(m) = self.apps[a].msgs.get_mut(&mid) else { continue };
            apply_hop(m, key, &hop);
            if m.finished && m.waiting_on.is_empty() {
                self.emit_msg(a, mid, out);
            }
        }
    }

    fn derived(&mut self, a: usize, parent: u64, child: u64, how: Derivation, time: Option<LogTime>) {
        let kind = match how {
            Derivation::Rewritten => OriginKind::Rewritten,
            Derivation::Split => OriginKind::Split,
            Derivation::Bounce => OriginKind::Bounce,
            Derivation::Generated => OriginKind::Generated,
        };
        // what the child inherits from its parent
        let inherit = match self.apps[a].msgs.get_mut(&parent) {
            Some(p) => {
                if !p.msg.children.contains(&child) {
                    p.msg.children.push(child);
                }
                if matches!(how, Derivation::Rewritten | Derivation::Split) {
                    p.rewritten = true;
                    Some((
                        p.msg.icid,
                        p.msg.received.clone(),
                        p.msg.from.clone(),
                        p.msg.subject.clone(),
                        p.msg.message_id.clone(),
                        p.msg.size,
                        p.msg.recipients.iter().map(|r| (r.rid, r.to.clone())).collect::<Vec<_>>(),
                        p.waiting_on.iter().find(|k| k.0 == Direction::Inbound).copied(),
                    ))
                } else {
                    None
                }
            }
            None => None,
        };
        let max = self.limits.max_recipients;
        let Some(m) = self.msg(a, child, time) else {
            return;
        };
        m.msg.origin = Origin { kind, parent: Some(parent) };
        if matches!(how, Derivation::Bounce | Derivation::Generated) {
            m.msg.received = None;
            if m.msg.icid.is_none() {
                m.msg.icid = Some(0);
            }
            return;
        }
        let Some((icid, received, from, subject, message_id, size, rcpts, waiting_icid)) = inherit else {
            return;
        };
        if m.msg.icid.is_none() {
            m.msg.icid = icid;
            m.msg.received = received;
        }
        m.msg.from = m.msg.from.take().or(from);
        m.msg.subject = m.msg.subject.take().or(subject);
        m.msg.message_id = m.msg.message_id.take().or(message_id);
        m.msg.size = m.msg.size.or(size);
        if how == Derivation::Rewritten {
            for (rid, to) in rcpts {
                if let Some(r) = rcpt(m, rid, max) {
                    if r.to.is_none() {
                        r.to = to;
                    }
                }
            }
        } else {
            for r in &mut m.msg.recipients {
                if r.to.is_none() {
                    r.to = rcpts.iter().find(|x| x.0 == r.rid).and_then(|x| x.1.clone());
                }
            }
            m.inherited = rcpts;
        }
        if let Some(key) = waiting_icid {
            // the parent's injection connection is still open: the child waits for it too
            self.link(a, child, key, time, false);
        }
    }

    fn msg_finished(
        &mut self,
        a: usize,
        mid: u64,
        time: Option<LogTime>,
        aborted: Option<&[u8]>,
        out: &mut dyn FnMut(Record),
    ) {
        let Some(m) = self.msg(a, mid, time) else {
            return;
        };
        m.finished = true;
        m.msg.finished = time;
        if let Some(reason) = aborted {
            m.msg.aborted = Some(b2s(reason));
            for r in &mut m.msg.recipients {
                if matches!(r.status, RecipientStatus::Queued | RecipientStatus::InFlight) {
                    r.status = RecipientStatus::Aborted;
                }
            }
        }
        if m.waiting_on.is_empty() {
            self.emit_msg(a, mid, out);
        }
    }

    fn delivery(
        &mut self,
        a: usize,
        dcid: u64,
        mid: u64,
        rids: RidList<'_>,
        time: Option<LogTime>,
        outcome: Outcome<'_>,
    ) {
        let keep = self.keep_text;
        let max = self.limits.max_recipients;
        let mut link = false;
        let mut truncated = 0;
        {
            let Some(m) = self.msg(a, mid, time) else {
                return;
            };
            for rid in rids.iter() {
                let Some(r) = rcpt(m, rid, max) else {
                    truncated += 1;
                    continue;
                };
                let new_attempt = match outcome {
                    Outcome::Start => true,
                    // an outcome on a connection whose `Delivery start` we did not see
                    _ => dcid != 0 && r.dcid != Some(dcid),
                };
                if new_attempt && dcid != 0 {
                    r.attempts += 1;
                    r.dcid = Some(dcid);
                    r.delivery = None;
                    r.code = None;
                    r.response = None;
                    r.last_attempt = time;
                }
                if dcid != 0 {
                    link = true;
                }
                match outcome {
                    Outcome::Start => r.status = RecipientStatus::InFlight,
                    Outcome::Done => {
                        r.status = RecipientStatus::Delivered;
                        r.code = None;
                        r.response = None;
                    }
                    Outcome::Failed { hard, code, reason } => {
                        r.status = if hard { RecipientStatus::Bounced } else { RecipientStatus::Delayed };
                        if keep {
                            r.code = opt_text(code);
                            r.response = Some(b2s(reason));
                        }
                        if dcid == 0 && r.last_attempt.is_none() {
                            r.last_attempt = time;
                        }
                    }
                }
            }
        }
        self.stats.truncated += truncated;
        if link {
            self.link(a, mid, (Direction::Outbound, dcid), time, true);
            let app = &mut self.apps[a];
            if let (true, Some(m), Some(c)) =
                (self.keep_text, app.msgs.get(&mid), app.conns.get_mut(&(Direction::Outbound, dcid)))
            {
                // recipients are sorted by RID: a binary search each keeps this linear in the list
                let rs = &m.msg.recipients;
                for rid in rids.iter() {
                    let Ok(i) = rs.binary_search_by_key(&rid, |r| r.rid) else { continue };
                    if let Some(d) = rs[i].to.as_deref().and_then(domain_of) {
                        add_domain(c, &d);
                    }
                }
            }
        }
    }

    /// Reports a finished message whose connections are all resolved.
    fn emit_msg(&mut self, a: usize, mid: u64, out: &mut dyn FnMut(Record)) {
        let app = &mut self.apps[a];
        let Some(m) = app.msgs.remove(&mid) else {
            return;
        };
        app.done.insert(mid);
        app.done_order.push_back(mid);
        if app.done_order.len() > FINISHED_MEMORY {
            if let Some(old) = app.done_order.pop_front() {
                app.done.remove(&old);
            }
        }
        out(Record::Message(finalize(m)));
    }

    /// Reports a message as it stands (counter reset, eviction, end of input), resolving its open
    /// connections with what is known so far.
    fn force_emit_msg(&mut self, a: usize, mid: u64, out: &mut dyn FnMut(Record)) {
        let app = &mut self.apps[a];
        let Some(mut m) = app.msgs.remove(&mid) else {
            return;
        };
        for key in std::mem::take(&mut m.waiting_on) {
            if let Some(c) = app.conns.get_mut(&key) {
                c.waiting.retain(|&x| x != mid);
                let mut hop = c.rec.hop.clone();
                hop.tls = verdict(c, false);
                apply_hop(&mut m, key, &Arc::new(hop));
            }
        }
        out(Record::Message(finalize(m)));
    }

    // ----------------------------------------------------------------------------- bounds

    fn enforce_conn_limit(&mut self, a: usize, out: &mut dyn FnMut(Record)) {
        while self.apps[a].conns.len() > self.limits.max_connections {
            let Some((seq, key)) = self.apps[a].conn_order.pop_front() else {
                break;
            };
            if self.apps[a].conns.get(&key).is_some_and(|c| c.seq == seq) {
                self.stats.evicted += 1;
                self.finish_conn(a, key, None, false, out);
            }
        }
    }

    fn enforce_msg_limit(&mut self, a: usize, out: &mut dyn FnMut(Record)) {
        while self.apps[a].msgs.len() > self.limits.max_messages {
            let Some((seq, mid)) = self.apps[a].msg_order.pop_front() else {
                break;
            };
            if self.apps[a].msgs.get(&mid).is_some_and(|m| m.seq == seq) {
                self.stats.evicted += 1;
                self.force_emit_msg(a, mid, out);
            }
        }
    }

    /// Drops retired connections past their grace and, once per log hour, sweeps idle state.
    fn expire(&mut self, a: usize, out: &mut dyn FnMut(Record)) {
        let app = &mut self.apps[a];
        let now = app.now;
        while let Some(&(t, key, seq)) = app.retired.front() {
            if t + RETIRE_GRACE_SECS >= now {
                break;
            }
            app.retired.pop_front();
            if app.conns.get(&key).is_some_and(|c| c.seq == seq && c.closed) {
                app.conns.remove(&key);
            }
        }
        if app.last_sweep == 0 {
            app.last_sweep = now;
            return;
        }
        if now - app.last_sweep < 3600 {
            return;
        }
        app.last_sweep = now;
        let conn_cut = now - self.limits.connection_idle_secs;
        let msg_cut = now - self.limits.message_idle_secs;
        let mut stale_conns: Vec<(u64, ConnKey)> =
            app.conns.iter().filter(|(_, c)| !c.closed && c.last_touch < conn_cut).map(|(k, c)| (c.seq, *k)).collect();
        stale_conns.sort_unstable();
        let mut stale_msgs: Vec<(u64, u64)> =
            app.msgs.iter().filter(|(_, m)| m.last_touch < msg_cut).map(|(k, m)| (m.seq, *k)).collect();
        stale_msgs.sort_unstable();
        for (_, key) in stale_conns {
            self.stats.expired += 1;
            self.finish_conn(a, key, None, false, out);
        }
        for (_, mid) in stale_msgs {
            if self.apps[a].msgs.contains_key(&mid) {
                self.stats.expired += 1;
                self.force_emit_msg(a, mid, out);
            }
        }
    }

    /// End of input: reports every connection and message still open, in order of first sight.
    pub fn finish(&mut self, out: &mut dyn FnMut(Record)) {
        for a in 0..self.apps.len() {
            let mut open: Vec<(u64, ConnKey)> =
                self.apps[a].conns.iter().filter(|(_, c)| !c.closed).map(|(k, c)| (c.seq, *k)).collect();
            open.sort_unstable();
            for (_, key) in open {
                self.finish_conn(a, key, None, false, out);
            }
            let mut msgs: Vec<(u64, u64)> = self.apps[a].msgs.iter().map(|(k, m)| (m.seq, *k)).collect();
            msgs.sort_unstable();
            for (_, mid) in msgs {
                self.force_emit_msg(a, mid, out);
            }
            let app = &mut self.apps[a];
            app.conns.clear();
            app.retired.clear();
            app.conn_order.clear();
            app.msg_order.clear();
        }
    }

    fn note_peaks(&mut self) {
        let (c, m) = self.open_state();
        self.stats.peak_connections = self.stats.peak_connections.max(c as u64);
        self.stats.peak_messages = self.stats.peak_messages.max(m as u64);
    }

    /// Open connections and messages (for memory accounting and tests).
    pub fn open_state(&self) -> (usize, usize) {
        self.apps.iter().fold((0, 0), |(c, m), app| (c + app.conns.len(), m + app.msgs.len()))
    }
}

#[derive(Clone, Copy)]
enum Outcome<'a> {
    Start,
    Done,
    Failed { hard: bool, code: Option<&'a [u8]>, reason: &'a [u8] },
}

/// Drops the queue entries of connections already gone, so the queue stays as small as the state.
fn compact_conn_order(app: &mut ApplianceState) {
    if app.conn_order.len() > 2 * app.conns.len() + 1024 {
        let conns = &app.conns;
        app.conn_order.retain(|(seq, key)| conns.get(key).is_some_and(|c| c.seq == *seq));
    }
}

/// A connection first seen now; `from_start`: by its opening line.
fn fresh_conn(
    seq: u64,
    appliance: Option<Arc<str>>,
    key: ConnKey,
    time: Option<LogTime>,
    from_start: bool,
    touch: i64,
) -> Box<ConnState> {
    Box::new(ConnState {
        seq,
        rec: fresh_record(appliance, key, time, from_start),
        success: false,
        failed: false,
        carried: false,
        closed: false,
        errored: false,
        first_seen: time,
        last_touch: touch,
        hop: None,
        waiting: Vec::new(),
    })
}

/// The record of a connection first seen now.
fn fresh_record(appliance: Option<Arc<str>>, key: ConnKey, time: Option<LogTime>, from_start: bool) -> Connection {
    Connection {
        appliance,
        direction: key.0,
        id: key.1,
        hop: Hop::unknown(),
        interface: None,
        port: None,
        hat: None,
        error: None,
        lost: false,
        seen_from_start: from_start,
        opened: if from_start { time } else { None },
        closed: None,
        mids: Vec::new(),
        domains: Vec::new(),
    }
}

/// A message first seen now.
fn fresh_msg(seq: u64, appliance: Option<Arc<str>>, unknown_hop: Arc<Hop>, mid: u64, touch: i64) -> Box<MsgState> {
    Box::new(MsgState {
        seq,
        msg: Message {
            appliance,
            mid,
            icid: None,
            from: None,
            subject: None,
            message_id: None,
            size: None,
            received: Some(unknown_hop),
            recipients: Vec::new(),
            origin: Origin { kind: OriginKind::Unknown, parent: None },
            children: Vec::new(),
            started: None,
            finished: None,
            aborted: None,
        },
        started_seen: false,
        finished: false,
        last_touch: touch,
        waiting_on: Vec::new(),
        inherited: Vec::new(),
        rewritten: false,
    })
}

/// Notes an envelope domain on a connection's record.
fn add_domain(c: &mut ConnState, domain: &str) {
    let ds = &mut c.rec.domains;
    if ds.len() < MAX_DOMAINS && !ds.iter().any(|d| **d == *domain) {
        ds.push(domain.into());
    }
}

/// Notes a TLS line on a connection; `keep`: keep its texts (see [`Correlator::keep_text`]).
fn apply_tls(c: &mut ConnState, tls: &TlsEvent<'_>, keep: bool) {
    invalidate(c);
    let opt_text = |b: Option<&[u8]>| if keep { opt_text(b) } else { None };
    match *tls {
        TlsEvent::Success { protocol, cipher, cn } => {
            c.success = true;
            if protocol.is_some() {
                c.rec.hop.protocol = opt_text(protocol);
            }
            if cipher.is_some() {
                c.rec.hop.cipher = opt_text(cipher);
            }
            if cn.is_some() {
                c.rec.hop.cn = opt_text(cn);
            }
        }
        TlsEvent::Failed { reason } => {
            c.failed = true;
            if reason.is_some() {
                c.rec.hop.reason = opt_text(reason);
            }
        }
        TlsEvent::Required { text } => {
            c.failed = true;
            c.rec.hop.required = true;
            if c.rec.hop.reason.is_none() && keep {
                let mut s = String::from("TLS ");
                s.push_str(&String::from_utf8_lossy(text));
                c.rec.hop.reason = Some(s.into());
            }
        }
    }
}

/// Forgets a connection's cached snapshot after a line changed it. A closed connection keeps its
/// final snapshot: its record has gone out, and late lines must not change what it tells.
fn invalidate(c: &mut ConnState) {
    if !c.closed {
        c.hop = None;
    }
}

/// Whether later lines can no longer change what a message crossing the connection is told: TLS
/// success or failure was logged, or the connection was seen from its start and already carried a
/// message (STARTTLS comes before MAIL FROM, so "no TLS line" is final then). A connection whose
/// start is outside the input is settled only by a TLS line or its close: a `TLS failed` can be
/// logged after messages on it.
fn settled(c: &ConnState) -> bool {
    c.success || c.failed || (c.rec.seen_from_start && c.carried)
}

/// The shared TLS facts of a connection as they stand (cached until a line changes them).
fn snapshot(c: &mut ConnState) -> Arc<Hop> {
    if let Some(h) = &c.hop {
        return h.clone();
    }
    let mut h = c.rec.hop.clone();
    h.tls = verdict(c, c.closed && c.rec.closed.is_some());
    let h = Arc::new(h);
    c.hop = Some(h.clone());
    h
}

/// The TLS verdict of a connection. `closed`: its close line was seen.
fn verdict(c: &ConnState, closed: bool) -> TlsOutcome {
    if c.success {
        TlsOutcome::Success
    } else if c.failed {
        TlsOutcome::Failed
    } else if !c.rec.seen_from_start {
        // Its start (where TLS is negotiated) is outside the input.
        TlsOutcome::Unknown
    } else if c.rec.direction == Direction::Outbound && c.errored && !c.carried {
        // Failed before any message: no telling whether TLS would have happened.
        TlsOutcome::Unknown
    } else if closed || c.carried {
        // Seen from its start, and either closed or already past the point where STARTTLS happens.
        TlsOutcome::None
    } else {
        TlsOutcome::Unknown
    }
}

fn apply_hop(m: &mut MsgState, key: ConnKey, hop: &Arc<Hop>) {
    match key.0 {
        Direction::Inbound => {
            if m.msg.icid == Some(key.1) && m.msg.received.is_some() {
                m.msg.received = Some(hop.clone());
            }
        }
        Direction::Outbound => {
            for r in &mut m.msg.recipients {
                if r.dcid == Some(key.1) {
                    r.delivery = Some(hop.clone());
                }
            }
        }
    }
    m.waiting_on.retain(|k| *k != key);
}

/// The recipient `rid` of a message, created if new (kept sorted by RID).
fn rcpt(m: &mut MsgState, rid: u32, max: usize) -> Option<&mut Recipient> {
    let rs = &mut m.msg.recipients;
    let idx = match rs.last() {
        Some(last) if last.rid < rid => Err(rs.len()),
        None => Err(0),
        _ => rs.binary_search_by_key(&rid, |r| r.rid),
    };
    let i = match idx {
        Ok(i) => i,
        Err(i) => {
            if rs.len() >= max {
                return None;
            }
            let mut r = Recipient::new(rid);
            if let Some((_, to)) = m.inherited.iter().find(|x| x.0 == rid) {
                r.to = to.clone();
            }
            rs.insert(i, r);
            i
        }
    };
    Some(&mut rs[i])
}

fn finalize(m: Box<MsgState>) -> Message {
    let mut msg = m.msg;
    if m.rewritten {
        for r in &mut msg.recipients {
            if r.status == RecipientStatus::Queued {
                r.status = RecipientStatus::Rewritten;
            }
        }
    }
    msg
}
