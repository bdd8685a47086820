//! Messages: created by any MID line, linked to their injection connection and, per recipient, to
//! the delivery connection of the last attempt; rewrites and splits inherit from their parent; a
//! message goes out once finished and every connection it crossed is settled.

use super::bounds::compact_order;
use super::connection::{invalidate, settled, snapshot, verdict, OpenConns};
use super::*;
use crate::parse::Derivation;

impl Correlator {
    /// `MID n ICID i From: <…>` (the ICID is usually known from `Start MID` already: one lookup then).
    pub(super) fn msg_from(&mut self, a: usize, mid: u64, icid: Option<u64>, from: &[u8], time: Option<LogTime>) {
        let unlinked = self.msg(a, mid, time).is_some_and(|m| m.msg.icid.is_none());
        if let (Some(icid), true) = (icid, unlinked) {
            self.msg_icid(a, mid, icid, time);
        }
        let from = self.sender(from);
        if let (Some(icid), true) = (icid, self.connections_wanted) {
            if let Some(d) = from.as_deref().and_then(domain_of) {
                self.inbound_domain(a, icid, &d);
            }
        }
        // (no second lookup when no address is kept)
        if let Some(from) = from {
            if let Some(m) = self.apps[a].msgs.get_mut(&mid) {
                m.msg.from = Some(from);
            }
        }
    }

    /// `MID n ICID i RID r To: <…>`.
    pub(super) fn msg_rcpt(
        &mut self,
        a: usize,
        mid: u64,
        icid: Option<u64>,
        rid: u32,
        to: &[u8],
        time: Option<LogTime>,
    ) {
        let max = self.limits.max_recipients;
        let to = self.recipient(to);
        let mut unlinked = false;
        if let Some(m) = self.msg(a, mid, time) {
            unlinked = m.msg.icid.is_none();
            match rcpt(m, rid, max) {
                Some(r) => r.to = to,
                None => self.stats.truncated += 1,
            }
        }
        if let (Some(icid), true) = (icid, unlinked) {
            self.msg_icid(a, mid, icid, time);
        }
    }

    pub(super) fn msg_message_id(&mut self, a: usize, mid: u64, message_id: &[u8], time: Option<LogTime>) {
        let message_id = (self.keep_text || self.keep_message_ids).then(|| b2s(message_id));
        if let Some(m) = self.msg(a, mid, time) {
            m.msg.message_id = message_id;
        }
    }

    /// `MID n Subject '…'`, as mail clients show it: RFC 2047 encoded words decoded.
    pub(super) fn msg_subject(&mut self, a: usize, mid: u64, subject: &[u8], time: Option<LogTime>) {
        let subject = self.text(subject).map(|s| match decode_rfc2047(&s) {
            std::borrow::Cow::Borrowed(_) => s,
            std::borrow::Cow::Owned(d) => d.into_boxed_str(),
        });
        if let Some(m) = self.msg(a, mid, time) {
            m.msg.subject = subject;
        }
    }

    /// `MID n ready N bytes from <…>`.
    pub(super) fn msg_ready(&mut self, a: usize, mid: u64, size: u64, from: Option<&[u8]>, time: Option<LogTime>) {
        let Some(m) = self.msg(a, mid, time) else { return };
        m.msg.size = Some(size);
        // the sender, when the `From:` line did not give it (a second lookup, rare)
        if m.msg.from.is_none() {
            if let Some(from) = from.and_then(|f| self.sender(f)) {
                if let Some(m) = self.apps[a].msgs.get_mut(&mid) {
                    m.msg.from = Some(from);
                }
            }
        }
    }

    /// The open message `mid`, created if first seen; `None` for a late line about a message already
    /// reported.
    pub(super) fn msg(&mut self, a: usize, mid: u64, time: Option<LogTime>) -> Option<&mut MsgState> {
        self.msg_and_conns(a, mid, time).map(|(m, _)| m)
    }

    /// [`Correlator::msg`], and the appliance's open connections beside it: a line that links the
    /// message to a connection reads each once. Inlined: [`Correlator::msg`], on every MID line,
    /// then builds no view of the connections.
    #[inline(always)]
    pub(super) fn msg_and_conns(
        &mut self,
        a: usize,
        mid: u64,
        time: Option<LogTime>,
    ) -> Option<(&mut MsgState, OpenConns<'_>)> {
        use std::collections::hash_map::Entry;
        let here = self.here();
        let Correlator { apps, seq, stats, unknown_hop, .. } = self;
        let ApplianceState { conns, msgs, conn_order, msg_order, done, name, now, .. } = &mut apps[a];
        let touch = time.map_or(*now, |t| t.utc_or_local());
        compact_order(msg_order, msgs, |m| m.seq);
        // one hash lookup on the common path, where the message exists
        let m = match msgs.entry(mid) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(v) => {
                if done.contains(&mid) {
                    stats.late_lines += 1;
                    return None;
                }
                *seq += 1;
                stats.messages += 1;
                msg_order.push_back((*seq, mid));
                v.insert(fresh_msg(*seq, name.clone(), unknown_hop.clone(), mid, touch))
            }
        };
        m.last_touch = touch;
        m.span.note(here);
        Some((m, OpenConns { conns, conn_order, name, now: *now, seq, stats, here }))
    }

    pub(super) fn msg_start(
        &mut self,
        a: usize,
        mid: u64,
        icid: u64,
        time: Option<LogTime>,
        out: &mut dyn FnMut(Record),
    ) {
        let app = &mut self.apps[a];
        if app.msgs.get(&mid).is_some_and(|m| m.started_seen) {
            // MID counter reset: the old message is reported as it stands.
            self.stats.id_reuse += 1;
            self.force_emit_msg(a, mid, out);
        }
        // a new message may reuse the ID of one already reported
        self.apps[a].done.remove(&mid);
        // one lookup for the start and one for the link to the injection connection
        let carries = self.carried_mids();
        let Some((m, conns)) = self.msg_and_conns(a, mid, time) else {
            return;
        };
        m.started_seen = true;
        m.msg.started = time;
        if set_icid(m, icid) {
            let key = (Direction::Inbound, icid);
            let (c, stats) = conns.get(key, time);
            join(c, (m, mid), stats, key, carries);
        }
    }

    /// Links a message to its injection connection.
    pub(super) fn msg_icid(&mut self, a: usize, mid: u64, icid: u64, time: Option<LogTime>) {
        let Some(m) = self.msg(a, mid, time) else {
            return;
        };
        if set_icid(m, icid) {
            self.link(a, mid, (Direction::Inbound, icid), time, true);
        }
    }

    /// Makes `mid` depend on connection `key`; `carried`: the connection carried it (rather than its
    /// parent, for a rewritten or split message).
    pub(super) fn link(&mut self, a: usize, mid: u64, key: ConnKey, time: Option<LogTime>, carried: bool) {
        let carries = match carried {
            true => self.carried_mids(),
            false => Carries { mids: false, max: 0 },
        };
        let (c, msgs, stats) = self.conn_and_msgs(a, key, time);
        match msgs.get_mut(&mid) {
            Some(m) => join(c, (m, mid), stats, key, carries),
            // (the connection still carried it)
            None => note_carried(c, stats, mid, carries),
        }
    }

    /// How a link notes the MID on the connection that carried it (see [`join`]).
    pub(super) fn carried_mids(&self) -> Carries {
        let mids = (self.keep_text || self.keep_mids) && self.connections_wanted;
        Carries { mids, max: self.limits.max_mids_per_connection }
    }

    pub(super) fn derived(&mut self, a: usize, parent: u64, child: u64, how: Derivation, time: Option<LogTime>) {
        let kind = match how {
            Derivation::Rewritten => OriginKind::Rewritten,
            Derivation::Split => OriginKind::Split,
            Derivation::Bounce => OriginKind::Bounce,
            Derivation::Generated => OriginKind::Generated,
        };
        // what the child inherits from its parent
        let mut parent_span = LineSpan::default();
        let inherit = match self.apps[a].msgs.get_mut(&parent) {
            Some(p) => {
                if !p.msg.children.contains(&child) {
                    p.msg.children.push(child);
                }
                parent_span = p.span;
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
        m.span.merge(parent_span);
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

    pub(super) fn msg_finished(
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

    /// Reports a finished message whose connections are all resolved.
    pub(super) fn emit_msg(&mut self, a: usize, mid: u64, out: &mut dyn FnMut(Record)) {
        let app = &mut self.apps[a];
        // where Consolidated Event Log lines come too, a finished message waits a little for its own
        if app.cef_seen {
            if let Some(m) = app.msgs.get_mut(&mid).filter(|m| !m.held) {
                m.held = true;
                app.held.push_back((app.now + super::consolidated::CEF_GRACE_SECS, mid, m.seq));
                return;
            }
        }
        self.emit_now(a, mid, out);
    }

    /// Reports a message now: out of the open state, into the memory of finished MIDs.
    pub(super) fn emit_now(&mut self, a: usize, mid: u64, out: &mut dyn FnMut(Record)) {
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
    pub(super) fn force_emit_msg(&mut self, a: usize, mid: u64, out: &mut dyn FnMut(Record)) {
        let app = &mut self.apps[a];
        let Some(mut m) = app.msgs.remove(&mid) else {
            return;
        };
        for key in std::mem::take(&mut m.waiting_on) {
            if let Some(c) = app.conns.get_mut(&key) {
                c.waiting.retain(|&x| x != mid);
                let mut hop = c.rec.hop.clone();
                hop.tls = verdict(c, false);
                apply_hop(&mut m, key, &Arc::new(hop), c.hop_span());
            }
        }
        out(Record::Message(finalize(m)));
    }
}

/// A message first seen now.
pub(super) fn fresh_msg(
    seq: u64,
    appliance: Option<Arc<str>>,
    unknown_hop: Arc<Hop>,
    mid: u64,
    touch: i64,
) -> Box<MsgState> {
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
            dane: None,
            disagreements: Vec::new(),
            lines: None,
        },
        started_seen: false,
        finished: false,
        last_touch: touch,
        waiting_on: Vec::new(),
        inherited: Vec::new(),
        rewritten: false,
        held: false,
        span: LineSpan::default(),
    })
}

/// Gives a message its injection connection when it has none yet; whether it is then to be linked
/// to it (not for ICID 0, the appliance's own messages).
fn set_icid(m: &mut MsgState, icid: u64) -> bool {
    if m.msg.icid.is_some() {
        return false;
    }
    m.msg.icid = Some(icid);
    if icid == 0 {
        m.msg.received = None;
        if m.msg.origin.kind == OriginKind::Unknown {
            m.msg.origin.kind = OriginKind::Generated;
        }
        return false;
    }
    if m.msg.origin.kind == OriginKind::Unknown {
        m.msg.origin.kind = OriginKind::Smtp;
    }
    true
}

/// Whether a connection record keeps the MIDs it carried, and how many (see [`join`]).
#[derive(Clone, Copy)]
pub(super) struct Carries {
    pub mids: bool,
    pub max: usize,
}

/// Makes message `m` depend on connection `c` (its `key`): it takes the connection's hop now when
/// the connection is settled, or waits for it. The connection notes that it carried the message.
pub(super) fn join(
    c: &mut ConnState,
    (m, mid): (&mut MsgState, u64),
    stats: &mut CorrelationStats,
    key: ConnKey,
    carries: Carries,
) {
    note_carried(c, stats, mid, carries);
    if c.closed || settled(c) {
        // the common case, a settled connection: its hop now
        let span = c.hop_span();
        apply_hop(m, key, snapshot(c), span);
    } else if !m.waiting_on.contains(&key) {
        m.waiting_on.push(key);
        c.waiting.push(mid);
    }
}

/// A connection carried `mid` (or a message made from it): noted in its record when the run keeps
/// carried MIDs; once carried, a connection is past the point where STARTTLS happens.
fn note_carried(c: &mut ConnState, stats: &mut CorrelationStats, mid: u64, carries: Carries) {
    if carries.mids && !c.rec.mids.iter().rev().take(8).any(|&m| m == mid) {
        if c.rec.mids.len() < carries.max {
            c.rec.mids.push(mid);
        } else {
            stats.truncated += 1;
        }
    }
    if !c.carried {
        c.carried = true;
        invalidate(c);
    }
}

/// Gives a message the verdict of a connection it depends on, and the place of that connection's
/// lines (`span`, empty unless they are tracked). `hop` is shared with each place that does not
/// hold it yet; a place that already holds this very hop (a `Message done` after its `Delivery
/// start`) is left alone, without taking a share only to give it back. Each clone and each drop of
/// an `Arc` is a locked instruction, and these were two thirds of this function's time on the
/// correlating thread (perf annotate, session 20).
pub(super) fn apply_hop(m: &mut MsgState, key: ConnKey, hop: &Arc<Hop>, span: LineSpan) {
    m.span.merge(span);
    let held = |h: &Option<Arc<Hop>>| h.as_ref().is_some_and(|h| Arc::ptr_eq(h, hop));
    match key.0 {
        Direction::Inbound => {
            if m.msg.icid == Some(key.1) && m.msg.received.is_some() && !held(&m.msg.received) {
                m.msg.received = Some(hop.clone());
            }
        }
        Direction::Outbound => {
            for r in m.msg.recipients.iter_mut().filter(|r| r.dcid == Some(key.1) && !held(&r.delivery)) {
                r.delivery = Some(hop.clone());
            }
        }
    }
    m.waiting_on.retain(|k| *k != key);
}

/// The recipient `rid` of a message, created if new (kept sorted by RID).
pub(super) fn rcpt(m: &mut MsgState, rid: u32, max: usize) -> Option<&mut Recipient> {
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

pub(super) fn finalize(m: Box<MsgState>) -> Message {
    let mut msg = m.msg;
    if !m.span.is_empty() {
        // Lines that only carry texts (subject, Message-ID, size, queueing) are not read when no
        // text is kept, so the span is that of the others; a message's text lines lie between its
        // `Start MID` (or the line that made it from its parent) and its `Message finished`. A
        // message without one of those may have text lines before or after the span: its span
        // reaches to the start or the end of the input.
        let mut span = m.span;
        if !m.started_seen && msg.origin.parent.is_none() {
            span.first = 0;
        }
        if !m.finished {
            span.last = u64::MAX;
        }
        msg.lines = Some(span);
    }
    if m.rewritten {
        for r in &mut msg.recipients {
            if r.status == RecipientStatus::Queued {
                r.status = RecipientStatus::Rewritten;
            }
        }
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::super::{Correlator, WantedAddresses};
    use crate::model::{AddressPattern, OriginKind, RecipientStatus, TlsOutcome};
    use std::sync::Arc;

    /// A delivery connection's verdict goes to the recipients it carried, every one of them and no
    /// other, and its `Message done` leaves them the very verdict its `Delivery start` gave.
    #[test]
    fn a_hop_goes_to_the_recipients_its_connection_carried() {
        let r = run(&[
            "10:00:00 Start MID 1 ICID 0",
            "10:00:00 MID 1 ICID 0 RID 0 To: <a@tls.example>",
            "10:00:00 MID 1 ICID 0 RID 1 To: <b@plain.example>",
            "10:00:00 MID 1 ICID 0 RID 2 To: <c@tls.example>",
            "10:00:01 New SMTP DCID 10 interface 10.0.0.1 address 198.51.100.1 port 25",
            "10:00:01 DCID 10 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384",
            "10:00:01 New SMTP DCID 11 interface 10.0.0.1 address 198.51.100.2 port 25",
            "10:00:02 Delivery start DCID 11 MID 1 to RID [1]",
            "10:00:02 Message done DCID 11 MID 1 to RID [1]",
            "10:00:03 Delivery start DCID 10 MID 1 to RID [0, 2]",
            "10:00:03 Message done DCID 10 MID 1 to RID [0, 2]",
            "10:00:03 Message finished MID 1 done",
            "10:00:04 DCID 10 close",
            "10:00:04 DCID 11 close",
            // the input ends while a delivery is under way: its start alone gives the verdict
            "10:00:05 Start MID 2 ICID 0",
            "10:00:05 MID 2 ICID 0 RID 0 To: <d@tls.example>",
            "10:00:05 MID 2 ICID 0 RID 1 To: <e@tls.example>",
            "10:00:06 New SMTP DCID 12 interface 10.0.0.1 address 198.51.100.1 port 25",
            "10:00:06 DCID 12 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384",
            "10:00:07 Delivery start DCID 12 MID 2 to RID [0, 1]",
        ]);
        let under_way: Vec<_> =
            msg(&r, 2).recipients.iter().map(|rc| (rc.rid, rc.delivery.as_ref().map(|h| h.tls))).collect();
        assert_eq!(under_way, [(0, Some(TlsOutcome::Success)), (1, Some(TlsOutcome::Success))]);
        let m = msg(&r, 1);
        let tls: Vec<_> =
            m.recipients.iter().map(|rc| (rc.rid, rc.dcid, rc.delivery.as_ref().map(|h| h.tls))).collect();
        assert_eq!(
            tls,
            [
                (0, Some(10), Some(TlsOutcome::Success)),
                (1, Some(11), Some(TlsOutcome::None)),
                (2, Some(10), Some(TlsOutcome::Success)),
            ]
        );
        let hop = |i: usize| m.recipients[i].delivery.as_ref().unwrap();
        assert!(Arc::ptr_eq(hop(0), hop(2)), "one connection, one shared verdict");
        assert_eq!(hop(0).remote_ip.as_deref(), Some("198.51.100.1"));
        assert_eq!(hop(1).remote_ip.as_deref(), Some("198.51.100.2"));
    }

    #[test]
    fn an_address_is_wanted_as_a_search_compares_it() {
        let patterns = ["bob@corp.example", "corp.example", "@corp.example"].map(|p| AddressPattern::parse(p).unwrap());
        let forms = [
            "bob@corp.example",
            "BOB@Corp.Example",
            " bob@corp.example ",
            "<bob@corp.example>",
            "<<bob@corp.example>>",
            "\tbob@corp.example\r",
            "\x0bbob@corp.example\x0c",
            "< bob@corp.example>",
            "bob@corp.example.",
            "bo@corp.example",
            "ann@mx.corp.example",
            "ann@corp.example.org",
            "",
            "<>",
            "bob@corp.example\u{85}",
            "\u{a0}bob@corp.example",
            "bob@cörp.example",
        ];
        for p in &patterns {
            for f in forms {
                // on the bytes as logged, as the search compares the text a record shows
                let want = p.matches(&crate::model::text(f.as_bytes()));
                assert_eq!(WantedAddresses::wants(std::slice::from_ref(p), f.as_bytes()), want, "{p:?} {f:?}");
            }
            assert!(
                !WantedAddresses::wants(std::slice::from_ref(p), b"bob@corp.example\xff"),
                "lossy: not the address"
            );
        }
        assert!(WantedAddresses::wants(&patterns[..1], b"\tBob@corp.example>"));
        assert!(!WantedAddresses::wants(&[], b"bob@corp.example"), "an empty list wants nothing");
    }

    #[test]
    fn a_search_by_full_addresses_keeps_those_alone() {
        let lines = [
            "10:00:00 Start MID 1 ICID 5",
            "10:00:00 MID 1 ICID 5 From: <Ann@Sender.example>",
            "10:00:00 MID 1 ICID 5 RID 0 To: <bob@corp.example>",
            "10:00:00 MID 1 ICID 5 RID 1 To: < Carol@Corp.Example >",
            "10:00:00 MID 1 ready 100 bytes from <ann@sender.example>",
            "10:00:01 Start MID 2 ICID 5",
            "10:00:01 MID 2 ready 100 bytes from <other@sender.example>",
            "10:00:01 MID 2 ICID 5 RID 0 To: <carol@corp.example>",
            "10:00:02 Message finished MID 1 done",
            "10:00:02 Message finished MID 2 done",
        ];
        let lean = |senders: &[&str], recipients: &[&str]| {
            let mut c = Correlator { keep_text: false, keep_addresses: true, ..Correlator::default() };
            let patterns = |l: &[&str]| l.iter().map(|s| AddressPattern::parse(s).unwrap()).collect();
            c.wanted_addresses =
                Some(Arc::new(WantedAddresses { senders: patterns(senders), recipients: patterns(recipients) }));
            run_with(c, &lines)
        };
        let tos = |r: &[crate::model::Record], mid| {
            msg(r, mid).recipients.iter().map(|r| r.to.as_deref().map(str::to_string)).collect::<Vec<_>>()
        };
        // recipients asked about, in any case, as logged; no sender
        let r = lean(&[], &["carol@corp.example"]);
        assert_eq!(tos(&r, 1), [None, Some(" Carol@Corp.Example ".to_string())]);
        assert_eq!(tos(&r, 2), [Some("carol@corp.example".to_string())]);
        assert_eq!((msg(&r, 1).from.as_deref(), msg(&r, 2).from.as_deref()), (None, None));
        // a sender asked about, from its `From:` or `ready` line
        let r = lean(&["ann@sender.example"], &[]);
        assert_eq!(msg(&r, 1).from.as_deref(), Some("Ann@Sender.example"));
        assert_eq!(msg(&r, 2).from.as_deref(), None, "not asked about");
        assert_eq!(tos(&r, 1), [None, None]);
        let r = lean(&["other@sender.example"], &[]);
        assert_eq!(msg(&r, 2).from.as_deref(), Some("other@sender.example"), "from the ready line");
        // without a list, every address
        let all = run_with(Correlator { keep_text: false, keep_addresses: true, ..Correlator::default() }, &lines);
        assert_eq!(tos(&all, 1), [Some("bob@corp.example".to_string()), Some(" Carol@Corp.Example ".to_string())]);
    }

    #[test]
    fn a_bounce_without_start_mid_is_made_by_the_appliance() {
        let r = run(&["10:00:00 MID 20 generated for bounce of MID 19", "10:00:01 Message finished MID 20 done"]);
        let m = msg(&r, 20);
        assert_eq!(m.icid, Some(0), "generated: ICID 0");
        assert_eq!(m.received, None, "not received at all");
        assert_eq!(m.origin.kind, OriginKind::Bounce);
        assert_eq!(m.origin.parent, Some(19));
        assert!(!m.received_over_smtp());
    }

    #[test]
    fn a_rewritten_message_keeps_its_original_icid_and_inbound_verdict() {
        let r = run(&[
            "10:00:00 New SMTP ICID 4 interface Data 1 (10.0.0.1) address 192.0.2.4 reverse dns host mx.sender.example verified yes",
            "10:00:00 ICID 4 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384",
            "10:00:01 Start MID 30 ICID 4",
            "10:00:01 MID 30 ICID 4 From: <a@sender.example>",
            "10:00:01 MID 30 ICID 4 RID 0 To: <b@corp.example>",
            "10:00:02 MID 30 rewritten to MID 31 by antispam",
            "10:00:02 Message finished MID 30 done",
            "10:00:03 ICID 4 close",
            "10:00:04 Message finished MID 31 done",
        ]);
        let child = msg(&r, 31);
        assert_eq!(child.icid, Some(4));
        assert_eq!(child.received.as_ref().unwrap().tls, TlsOutcome::Success);
        assert_eq!(child.from.as_deref(), Some("a@sender.example"));
        assert_eq!(child.recipients[0].to.as_deref(), Some("b@corp.example"));
        assert_eq!(child.origin.kind, OriginKind::Rewritten);
        assert!(!child.received_over_smtp(), "a rewrite adds no receipt");
        let parent = msg(&r, 30);
        assert_eq!(parent.children, vec![31]);
        assert_eq!(parent.recipients[0].status, RecipientStatus::Rewritten);
        assert!(parent.received_over_smtp());
    }

    #[test]
    fn an_aborted_message_aborts_its_pending_recipients() {
        let r = run(&[
            "10:00:00 Start MID 40 ICID 0",
            "10:00:00 MID 40 ICID 0 RID 0 To: <a@x.example>",
            "10:00:01 Message aborted MID 40 Dropped by content filter",
        ]);
        let m = msg(&r, 40);
        assert!(m.aborted.is_some());
        assert_eq!(m.recipients[0].status, RecipientStatus::Aborted);
    }
}
