//! Delivery connections (DCID lines) and delivery attempts: which connection each recipient's last
//! attempt crossed, and how it ended.

use super::connection::{add_domain, apply_tls, invalidate};
use super::message::{join, rcpt};
use super::*;
use crate::parse::{RidList, TlsEvent};

#[derive(Clone, Copy)]
pub(super) enum Outcome<'a> {
    Start,
    Done,
    Failed { hard: bool, code: Option<&'a [u8]>, reason: &'a [u8] },
}

impl Correlator {
    /// `New SMTP DCID n interface … address …`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn dcid_open(
        &mut self,
        a: usize,
        dcid: u64,
        time: Option<LogTime>,
        interface: Option<&[u8]>,
        remote_ip: Option<&[u8]>,
        port: Option<u16>,
        out: &mut dyn FnMut(Record),
    ) {
        let keep = self.keep_text;
        let c = self.open_conn(a, (Direction::Outbound, dcid), time, out);
        invalidate(c);
        if keep {
            c.rec.interface = opt_text(interface);
            if remote_ip.is_some() {
                c.rec.hop.remote_ip = opt_text(remote_ip);
            }
        }
        c.rec.port = port;
    }

    /// `DCID n TLS success|failed …` (before or after its `New SMTP DCID` line).
    pub(super) fn dcid_tls(
        &mut self,
        a: usize,
        dcid: u64,
        time: Option<LogTime>,
        ip: Option<&[u8]>,
        tls: &TlsEvent<'_>,
        out: &mut dyn FnMut(Record),
    ) {
        let keep = self.keep_text;
        if let Some(c) = self.conn(a, (Direction::Outbound, dcid), time) {
            if c.rec.hop.remote_ip.is_none() && keep {
                c.rec.hop.remote_ip = opt_text(ip);
            }
            apply_tls(c, tls, keep);
        }
        self.resolve_waiting(a, (Direction::Outbound, dcid), out);
    }

    /// `Connection Error: DCID n …`: the connection failed (before TLS, when no message crossed it).
    pub(super) fn connection_error(
        &mut self,
        a: usize,
        dcid: u64,
        time: Option<LogTime>,
        ip: Option<&[u8]>,
        details: &[u8],
    ) {
        let keep = self.keep_text;
        if let Some(c) = self.conn(a, (Direction::Outbound, dcid), time) {
            invalidate(c);
            c.errored = true;
            if keep {
                c.rec.error = opt_text(Some(details));
                if c.rec.hop.remote_ip.is_none() {
                    c.rec.hop.remote_ip = opt_text(ip);
                }
            }
        }
    }

    pub(super) fn delivery(
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
        let (spans, domains) = (self.spans, self.keeps_addresses() && self.connections_wanted);
        let carries = self.carried_mids();
        // one lookup of the message, and one of the connection it went out on
        let Some((m, conns)) = self.msg_and_conns(a, mid, time) else {
            return;
        };
        let mut link = false;
        for rid in rids.iter() {
            let Some(r) = rcpt(m, rid, max) else {
                conns.stats.truncated += 1;
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
        if !link {
            return;
        }
        let key = (Direction::Outbound, dcid);
        let (c, stats) = conns.get(key, time);
        join(c, (m, mid), stats, key, carries);
        if spans {
            // the recipients' addresses of a delivery connection's record are its messages'
            c.msgs_span.merge(m.span);
        }
        if domains {
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

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use crate::correlate::Correlator;
    use crate::model::{Direction::Inbound, Direction::Outbound, RecipientStatus, TlsOutcome};

    #[test]
    fn a_recipient_takes_the_verdict_of_its_last_attempt() {
        let r = run(&[
            "10:00:00 Start MID 1 ICID 0",
            "10:00:00 MID 1 ICID 0 RID 0 To: <a@partner.example>",
            "10:00:01 New SMTP DCID 10 interface 10.0.0.1 address 198.51.100.1 port 25",
            "10:00:01 DCID 10 TLS failed: STARTTLS unexpected response",
            "10:00:02 Delivery start DCID 10 MID 1 to RID [0]",
            "10:00:03 Delayed: DCID 10 MID 1 to RID [0] - 4.0.0 - Unknown address error ('451', ['try later'])",
            "10:00:04 DCID 10 close",
            "10:05:00 New SMTP DCID 11 interface 10.0.0.1 address 198.51.100.2 port 25",
            "10:05:00 DCID 11 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384",
            "10:05:01 Delivery start DCID 11 MID 1 to RID [0]",
            "10:05:02 Message done DCID 11 MID 1 to RID [0]",
            "10:05:02 Message finished MID 1 done",
            "10:05:03 DCID 11 close",
        ]);
        let rc = &msg(&r, 1).recipients[0];
        assert_eq!((rc.status, rc.attempts, rc.dcid), (RecipientStatus::Delivered, 2, Some(11)));
        assert_eq!(rc.delivery.as_ref().unwrap().tls, TlsOutcome::Success);
        assert_eq!(rc.code, None, "a later success clears the deferral");
        assert_eq!(conn(&r, Outbound, 10).domains, vec![Box::<str>::from("partner.example")]);
    }

    /// A run that uses messages only keeps neither the MIDs a connection carried nor its envelope
    /// domains, and its messages are the very messages of a run that keeps them.
    #[test]
    fn what_only_connection_records_carry_is_kept_for_them_alone() {
        let lines = [
            "10:00:00 New SMTP ICID 4 interface Main (10.0.0.1) address 203.0.113.9 reverse dns host mx.sender.example verified yes",
            "10:00:00 ICID 4 TLS success protocol TLSv1.2 cipher AES",
            "10:00:00 Start MID 1 ICID 4",
            "10:00:00 MID 1 ICID 4 From: <x@sender.example>",
            "10:00:00 MID 1 ICID 4 RID 0 To: <a@partner.example>",
            "10:00:00 MID 1 ICID 4 RID 1 To: <b@other.example>",
            "10:00:01 New SMTP DCID 10 interface 10.0.0.1 address 198.51.100.1 port 25",
            "10:00:01 DCID 10 TLS success protocol TLSv1.2 cipher AES",
            "10:00:02 Delivery start DCID 10 MID 1 to RID [0, 1]",
            "10:00:02 Message done DCID 10 MID 1 to RID [0, 1]",
            "10:00:02 Message finished MID 1 done",
            "10:00:03 DCID 10 close",
            "10:00:03 ICID 4 close",
        ];
        let both = run(&lines);
        let messages_only = run_with(Correlator { connections_wanted: false, ..Correlator::default() }, &lines);
        assert_eq!(msg(&messages_only, 1), msg(&both, 1));
        let (inb, out) = (conn(&both, Inbound, 4), conn(&both, Outbound, 10));
        assert_eq!((&inb.mids, &inb.domains), (&vec![1], &vec![Box::<str>::from("sender.example")]));
        assert_eq!(out.domains, vec![Box::<str>::from("partner.example"), Box::<str>::from("other.example")]);
        for c in [conn(&messages_only, Inbound, 4), conn(&messages_only, Outbound, 10)] {
            assert!(c.mids.is_empty() && c.domains.is_empty(), "{c:?}");
            assert_eq!(c.hop.tls, TlsOutcome::Success);
        }
    }

    #[test]
    fn an_outcome_without_its_delivery_start_is_an_attempt() {
        let r = run(&[
            "10:00:00 Start MID 1 ICID 0",
            "10:00:00 MID 1 ICID 0 RID 0 To: <a@partner.example>",
            "10:00:01 DCID 12 TLS success protocol TLSv1.2 cipher X",
            "10:00:02 Bounced: DCID 12 MID 1 to RID [0] - 5.1.1 - Bad address ('550', ['no such user'])",
            "10:00:02 Message finished MID 1 done",
            "10:00:03 DCID 12 close",
        ]);
        let rc = &msg(&r, 1).recipients[0];
        assert_eq!((rc.status, rc.attempts, rc.dcid), (RecipientStatus::Bounced, 1, Some(12)));
        assert_eq!(rc.code.as_deref(), Some("5.1.1"));
        assert_eq!(rc.delivery.as_ref().unwrap().tls, TlsOutcome::Success);
    }

    #[test]
    fn a_delivery_connection_that_errored_before_any_message_is_unknown() {
        let r = run(&[
            "10:00:00 New SMTP DCID 13 interface 10.0.0.1 address 198.51.100.3 port 25",
            "10:00:30 Connection Error: DCID 13 domain: partner.example IP: 198.51.100.3 port: 25 details: timeout interface: 10.0.0.1 reason: network error",
            "10:00:31 DCID 13 close",
        ]);
        let c = conn(&r, Outbound, 13);
        assert_eq!(c.hop.tls, TlsOutcome::Unknown);
        assert!(c.error.is_some());
    }
}
