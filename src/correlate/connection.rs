//! The state of one SMTP connection, either direction, and its TLS verdict: opened (or made a
//! placeholder by an early line), told its TLS lines, closed, then kept a while for late lines.

use super::message::apply_hop;
use super::*;
use crate::parse::TlsEvent;

impl Correlator {
    pub(super) fn new_conn(
        &mut self,
        a: usize,
        key: ConnKey,
        time: Option<LogTime>,
        from_start: bool,
    ) -> Box<ConnState> {
        self.seq += 1;
        self.stats.connections += 1;
        let app = &mut self.apps[a];
        compact_conn_order(app);
        app.conn_order.push_back((self.seq, key));
        let touch = time.map_or(app.now, |t| t.utc_or_local());
        fresh_conn(self.seq, app.name.clone(), key, time, from_start, touch)
    }

    /// A `New SMTP ICID|DCID` line.
    pub(super) fn open_conn(
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
    pub(super) fn conn(&mut self, a: usize, key: ConnKey, time: Option<LogTime>) -> Option<&mut ConnState> {
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

    pub(super) fn close_conn(&mut self, a: usize, key: ConnKey, time: Option<LogTime>, out: &mut dyn FnMut(Record)) {
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
    pub(super) fn finish_conn(
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

    /// Hands a connection's verdict to the messages waiting for it once it is settled.
    pub(super) fn resolve_waiting(&mut self, a: usize, key: ConnKey, out: &mut dyn FnMut(Record)) {
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
}

/// Drops the queue entries of connections already gone, so the queue stays as small as the state.
pub(super) fn compact_conn_order(app: &mut ApplianceState) {
    if app.conn_order.len() > 2 * app.conns.len() + 1024 {
        let conns = &app.conns;
        app.conn_order.retain(|(seq, key)| conns.get(key).is_some_and(|c| c.seq == *seq));
    }
}

/// A connection first seen now; `from_start`: by its opening line.
pub(super) fn fresh_conn(
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
pub(super) fn fresh_record(
    appliance: Option<Arc<str>>,
    key: ConnKey,
    time: Option<LogTime>,
    from_start: bool,
) -> Connection {
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

/// Notes an envelope domain on a connection's record.
pub(super) fn add_domain(c: &mut ConnState, domain: &str) {
    let ds = &mut c.rec.domains;
    if ds.len() < MAX_DOMAINS && !ds.iter().any(|d| **d == *domain) {
        ds.push(domain.into());
    }
}

/// Notes a TLS line on a connection; `keep`: keep its texts (see [`Correlator::keep_text`]).
pub(super) fn apply_tls(c: &mut ConnState, tls: &TlsEvent<'_>, keep: bool) {
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
pub(super) fn invalidate(c: &mut ConnState) {
    if !c.closed {
        c.hop = None;
    }
}

/// Whether later lines can no longer change what a message crossing the connection is told: TLS
/// success or failure was logged, or the connection was seen from its start and already carried a
/// message (STARTTLS comes before MAIL FROM, so "no TLS line" is final then). A connection whose
/// start is outside the input is settled only by a TLS line or its close: a `TLS failed` can be
/// logged after messages on it.
pub(super) fn settled(c: &ConnState) -> bool {
    c.success || c.failed || (c.rec.seen_from_start && c.carried)
}

/// The shared TLS facts of a connection as they stand (cached until a line changes them).
pub(super) fn snapshot(c: &mut ConnState) -> Arc<Hop> {
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
pub(super) fn verdict(c: &ConnState, closed: bool) -> TlsOutcome {
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
