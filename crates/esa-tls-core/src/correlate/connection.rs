//! The state of one SMTP connection, either direction, and its TLS verdict: opened (or made a
//! placeholder by an early line), told its TLS lines, closed, then kept a while for late lines.

use super::bounds::compact_order;
use super::message::apply_hop;
use super::*;
use crate::parse::{Tls, TlsEvent};

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
        compact_order(&mut app.conn_order, &app.conns, |c| c.seq);
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
                let here = self.here();
                let c = self.apps[a].conns.get_mut(&key).expect("checked");
                c.rec.seen_from_start = true;
                c.rec.opened = time;
                c.span.note(here);
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
        let mut c = self.new_conn(a, key, time, true);
        c.span.note(self.here());
        self.apps[a].conns.insert(key, c);
        self.apps[a].conns.get_mut(&key).expect("just inserted")
    }

    /// Any other line about a connection: the connection, made a placeholder if not seen yet.
    pub(super) fn conn(&mut self, a: usize, key: ConnKey, time: Option<LogTime>) -> Option<&mut ConnState> {
        Some(self.conn_and_msgs(a, key, time).0)
    }

    /// [`Correlator::conn`], and the appliance's open messages beside it: a line that links a
    /// message to a connection reads both without a second lookup of either.
    pub(super) fn conn_and_msgs(
        &mut self,
        a: usize,
        key: ConnKey,
        time: Option<LogTime>,
    ) -> (&mut ConnState, &mut FxHashMap<u64, Box<MsgState>>, &mut CorrelationStats) {
        let here = self.here();
        let Correlator { apps, seq, stats, .. } = self;
        let ApplianceState { conns, msgs, conn_order, name, now, .. } = &mut apps[a];
        let (c, stats) = OpenConns { conns, conn_order, name, now: *now, seq, stats, here }.get(key, time);
        (c, msgs, stats)
    }

    pub(super) fn close_conn(&mut self, a: usize, key: ConnKey, time: Option<LogTime>, out: &mut dyn FnMut(Record)) {
        let here = self.here();
        match self.apps[a].conns.get_mut(&key) {
            Some(c) if c.closed => return, // a second close line
            Some(c) => c.span.note(here),
            None => {
                let mut c = self.new_conn(a, key, time, false);
                c.span.note(here);
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
        // the messages' snapshot, when no line changed the facts since and the close left the verdict
        // as it was, is this very hop: shared, not copied again
        let hop = match c.hop.take() {
            Some(h) if h.tls == tls => h,
            _ => Arc::new(c.rec.hop.clone()),
        };
        // every line that changes the hop drops the snapshot (`invalidate`): checked in the tests
        debug_assert_eq!(*hop, c.rec.hop, "a stale snapshot of {key:?}");
        c.hop = Some(hop.clone());
        // the record goes out; a retired connection answers late lines from `hop` and `closed` only
        let placeholder = fresh_record(None, key, None, true);
        let mut rec = std::mem::replace(&mut c.rec, placeholder);
        if !c.span.is_empty() {
            // a connection not closed in the input may have lines about it after its last own line
            // (a message's sender): its span reaches to the end of the input, as a message's does
            let mut span = c.span;
            span.merge(c.msgs_span);
            if !retire {
                span.last = u64::MAX;
            }
            rec.lines = Some(span);
        }
        let waiting = std::mem::take(&mut c.waiting);
        let (seq, span) = (c.seq, c.hop_span());
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
            apply_hop(m, key, &hop, span);
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
        let (hop, span) = (snapshot(c).clone(), c.hop_span());
        for mid in std::mem::take(&mut c.waiting) {
            let Some(m) = self.apps[a].msgs.get_mut(&mid) else { continue };
            apply_hop(m, key, &hop, span);
            if m.finished && m.waiting_on.is_empty() {
                self.emit_msg(a, mid, out);
            }
        }
    }
}

/// An appliance's open connections, borrowed apart from its messages (see
/// [`Correlator::msg_and_conns`]): a line about a message and a connection reads each once.
pub(super) struct OpenConns<'s> {
    pub conns: &'s mut FxHashMap<ConnKey, Box<ConnState>>,
    pub conn_order: &'s mut VecDeque<(u64, ConnKey)>,
    pub name: &'s Option<Arc<str>>,
    pub now: i64,
    pub seq: &'s mut u64,
    pub stats: &'s mut CorrelationStats,
    /// Where the line being fed starts, when spans are noted (see [`Correlator::here`]).
    pub here: Option<u64>,
}

impl<'s> OpenConns<'s> {
    /// The connection `key`, made a placeholder if not seen yet (see [`Correlator::conn`]), and
    /// the counters.
    pub(super) fn get(self, key: ConnKey, time: Option<LogTime>) -> (&'s mut ConnState, &'s mut CorrelationStats) {
        use std::collections::hash_map::Entry;
        let OpenConns { conns, conn_order, name, now, seq, stats, here } = self;
        let touch = time.map_or(now, |t| t.utc_or_local());
        compact_order(conn_order, conns, |c| c.seq);
        // one hash lookup on the common path, where the connection exists; otherwise a placeholder
        // (bounded like any connection: see `feed`)
        let c = match conns.entry(key) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(v) => {
                *seq += 1;
                stats.connections += 1;
                conn_order.push_back((*seq, key));
                v.insert(fresh_conn(*seq, name.clone(), key, time, false, touch))
            }
        };
        c.last_touch = touch;
        c.span.note(here);
        (c, stats)
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
        span: LineSpan::default(),
        hop_last: 0,
        msgs_span: LineSpan::default(),
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
        lines: None,
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
    match tls.read() {
        Tls::Success { protocol, cipher, cn } => {
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
        Tls::Failed { reason } => {
            c.failed = true;
            if reason.is_some() {
                c.rec.hop.reason = opt_text(reason);
            }
        }
        Tls::Required { text } => {
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
    // the line being fed, just taken into the span by the lookup that found the connection
    c.hop_last = c.span.last;
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
pub(super) fn snapshot(c: &mut ConnState) -> &Arc<Hop> {
    if c.hop.is_none() {
        let mut h = c.rec.hop.clone();
        h.tls = verdict(c, c.closed && c.rec.closed.is_some());
        c.hop = Some(Arc::new(h));
    }
    c.hop.as_ref().expect("just made")
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

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use crate::model::{Direction::*, TlsOutcome};

    const OPEN: &str =
        "New SMTP ICID 5 interface Data 1 (10.0.0.1) address 192.0.2.5 reverse dns host mx.example verified yes";

    #[test]
    fn success_wins_over_failed_on_one_connection_in_either_order() {
        for (first, second) in [
            ("TLS success protocol TLSv1.2 cipher AES256-SHA", "TLS failed: (1, 'x')"),
            ("TLS failed: (1, 'x')", "TLS success protocol TLSv1.2 cipher AES256-SHA"),
        ] {
            let r = run(&[
                &format!("10:00:00 {OPEN}"),
                &format!("10:00:01 ICID 5 {first}"),
                &format!("10:00:02 ICID 5 {second}"),
                "10:00:03 ICID 5 close",
            ]);
            assert_eq!(conn(&r, Inbound, 5).hop.tls, TlsOutcome::Success, "{first} then {second}");
        }
    }

    #[test]
    fn no_tls_line_is_none_only_when_seen_from_the_start() {
        let r = run(&[&format!("10:00:00 {OPEN}"), "10:00:03 ICID 5 close"]);
        assert_eq!(conn(&r, Inbound, 5).hop.tls, TlsOutcome::None);
        let r = run(&["10:00:03 ICID 5 close"]);
        assert_eq!(conn(&r, Inbound, 5).hop.tls, TlsOutcome::Unknown, "its start is before the input");
        // open at the end of the input, nothing on it
        let r = run(&[&format!("10:00:00 {OPEN}")]);
        assert_eq!(conn(&r, Inbound, 5).hop.tls, TlsOutcome::Unknown);
        // open at the end, but it carried a message: past STARTTLS, so none
        let r = run(&[&format!("10:00:00 {OPEN}"), "10:00:01 Start MID 9 ICID 5"]);
        assert_eq!(conn(&r, Inbound, 5).hop.tls, TlsOutcome::None);
    }

    #[test]
    fn a_line_that_changes_a_connection_reaches_the_messages_after_it_and_its_record() {
        // the connection is settled by its first TLS line and told to message 1 then; a second line
        // gives its IP: message 2, linked after it, and the connection's own record carry the IP
        let r = run(&[
            "10:00:00 DCID 7 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384",
            "10:00:01 Start MID 1 ICID 0",
            "10:00:01 MID 1 ICID 0 RID 0 To: <a@partner.example>",
            "10:00:02 Delivery start DCID 7 MID 1 to RID [0]",
            "10:00:03 DCID 7 IP 198.51.100.7 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384",
            "10:00:04 Start MID 2 ICID 0",
            "10:00:04 MID 2 ICID 0 RID 0 To: <b@partner.example>",
            "10:00:05 Delivery start DCID 7 MID 2 to RID [0]",
            "10:00:06 Message done DCID 7 MID 2 to RID [0]",
            "10:00:07 DCID 7 close",
        ]);
        let ip = |m: u64| msg(&r, m).recipients[0].delivery.as_ref().and_then(|h| h.remote_ip.clone());
        assert_eq!(ip(1), None, "told before the line that gave the IP");
        assert_eq!(ip(2).as_deref(), Some("198.51.100.7"));
        assert_eq!(conn(&r, Outbound, 7).hop.remote_ip.as_deref(), Some("198.51.100.7"));
    }

    #[test]
    fn a_tls_line_before_its_opening_merges_within_the_window_only() {
        let open = |t: &str| format!("{t} New SMTP DCID 7 interface 10.0.0.1 address 198.51.100.7 port 25");
        // the TLS line 59 s before its `New SMTP DCID`: one connection
        let r = run(&[
            "10:00:00 DCID 7 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384",
            &open("10:00:59"),
            "10:01:00 DCID 7 close",
        ]);
        let c = conn(&r, Outbound, 7);
        assert_eq!((c.hop.tls, c.seen_from_start), (TlsOutcome::Success, true));
        // 61 s: another connection that reused the ID; the new one has no TLS line
        let r = run(&[
            "10:00:00 DCID 7 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384",
            &open("10:01:01"),
            "10:01:02 DCID 7 close",
        ]);
        let cs = conns(&r, Outbound, 7);
        assert_eq!(cs.len(), 2);
        assert_eq!(cs.iter().map(|c| c.hop.tls).collect::<Vec<_>>(), [TlsOutcome::Success, TlsOutcome::None]);
    }

    #[test]
    fn a_new_smtp_line_for_an_open_icid_starts_a_new_connection() {
        let mut c = super::super::Correlator::default();
        let lines = [
            &format!("10:00:00 {OPEN}")[..],
            "10:00:01 ICID 5 TLS success protocol TLSv1.2 cipher X",
            &format!("10:00:02 {OPEN}"),
            "10:00:03 ICID 5 close",
        ];
        let mut out = Vec::new();
        for l in lines {
            let (hms, body) = l.split_at(8);
            let s: i64 = hms[6..8].parse().unwrap();
            let ev = crate::parse::parse_body(body.trim().as_bytes());
            c.feed(
                super::super::EventContext {
                    appliance: 0,
                    time: Some(crate::time::LogTime { local: 36_000 + s, offset: None }),
                    at: 0,
                },
                &ev,
                &mut |r| out.push(r),
            );
        }
        c.finish(&mut |r| out.push(r));
        let cs = conns(&out, Inbound, 5);
        assert_eq!(cs.iter().map(|c| c.hop.tls).collect::<Vec<_>>(), [TlsOutcome::Success, TlsOutcome::None]);
        assert_eq!(c.stats.id_reuse, 1);
    }

    #[test]
    fn a_closed_connection_answers_late_lines_for_its_grace_only() {
        let open = "New SMTP DCID 7 interface 10.0.0.1 address 198.51.100.7 port 25";
        let late = |t: &str| {
            run(&[
                &format!("10:00:00 {open}"),
                "10:00:01 DCID 7 TLS success protocol TLSv1.2 cipher X",
                "10:00:02 DCID 7 close",
                "10:00:03 Start MID 1 ICID 0",
                "10:00:03 MID 1 ICID 0 RID 0 To: <a@b.example>",
                &format!("{t} Delivery start DCID 7 MID 1 to RID [0]"),
                &format!("{t} Message done DCID 7 MID 1 to RID [0]"),
                &format!("{t} Message finished MID 1 done"),
            ])
        };
        // within RETIRE_GRACE_SECS: the closed connection's verdict
        let r = late("10:04:59");
        let m = msg(&r, 1);
        assert_eq!(m.recipients[0].delivery.as_ref().unwrap().tls, TlsOutcome::Success);
        assert_eq!(conns(&r, Outbound, 7).len(), 1);
        // past it: a new, unknown connection with the same ID
        let r = late("10:06:00");
        assert_eq!(msg(&r, 1).recipients[0].delivery.as_ref().unwrap().tls, TlsOutcome::Unknown);
    }
}
