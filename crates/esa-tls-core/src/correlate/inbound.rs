//! Inbound connections (ICID lines): opening, HAT verdict, TLS, loss and receiving failures.

use super::connection::{add_domain, apply_tls, invalidate};
use super::*;
use crate::parse::{HatAction, TlsEvent};

impl Correlator {
    /// `New SMTP ICID n interface … address … reverse dns host … verified …`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn icid_open(
        &mut self,
        a: usize,
        icid: u64,
        time: Option<LogTime>,
        interface: Option<&[u8]>,
        remote_ip: Option<&[u8]>,
        remote_host: Option<&[u8]>,
        verified: Option<bool>,
        out: &mut dyn FnMut(Record),
    ) {
        let keep = self.keep_text;
        let c = self.open_conn(a, (Direction::Inbound, icid), time, out);
        invalidate(c);
        if keep {
            c.rec.interface = opt_text(interface);
            c.rec.hop.remote_ip = opt_text(remote_ip);
            c.rec.hop.remote_host = opt_text(remote_host.filter(|h| *h != b"unknown"));
        }
        c.rec.hop.rdns_verified = verified;
    }

    /// `ICID n ACCEPT|RELAY|REJECT|TCPREFUSE SG … match … SBRS …`.
    pub(super) fn icid_hat(
        &mut self,
        a: usize,
        icid: u64,
        time: Option<LogTime>,
        action: HatAction,
        sender_group: Option<&[u8]>,
        sbrs: Option<&[u8]>,
    ) {
        let keep = self.keep_text;
        if let Some(c) = self.conn(a, (Direction::Inbound, icid), time) {
            let action = match action {
                HatAction::Accept => "ACCEPT",
                HatAction::Relay => "RELAY",
                HatAction::Reject => "REJECT",
                HatAction::TcpRefuse => "TCPREFUSE",
            };
            if keep {
                c.rec.hat = Some(HatVerdict { action, sender_group: opt_text(sender_group), sbrs: opt_text(sbrs) });
            }
        }
    }

    /// `ICID n TLS success|failed …`.
    pub(super) fn icid_tls(
        &mut self,
        a: usize,
        icid: u64,
        time: Option<LogTime>,
        tls: &TlsEvent<'_>,
        out: &mut dyn FnMut(Record),
    ) {
        let keep = self.keep_text;
        if let Some(c) = self.conn(a, (Direction::Inbound, icid), time) {
            apply_tls(c, tls, keep);
        }
        self.resolve_waiting(a, (Direction::Inbound, icid), out);
    }

    /// `ICID n lost`.
    pub(super) fn icid_lost(&mut self, a: usize, icid: u64, time: Option<LogTime>) {
        if let Some(c) = self.conn(a, (Direction::Inbound, icid), time) {
            c.rec.lost = true;
        }
    }

    /// `ICID n Receiving Failed: …`.
    pub(super) fn icid_failure(&mut self, a: usize, icid: u64, time: Option<LogTime>, reason: &[u8]) {
        let keep = self.keep_text;
        if let Some(c) = self.conn(a, (Direction::Inbound, icid), time) {
            c.errored = true;
            if keep {
                c.rec.error = opt_text(Some(reason));
            }
        }
    }

    /// The sender's domain goes on the injection connection's record.
    pub(super) fn inbound_domain(&mut self, a: usize, icid: u64, domain: &str) {
        if icid != 0 {
            if let Some(c) = self.apps[a].conns.get_mut(&(Direction::Inbound, icid)) {
                add_domain(c, domain);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use crate::model::{Direction::Inbound, TlsOutcome};

    #[test]
    fn the_opening_hat_verdict_and_loss_are_recorded() {
        let r = run(&[
            "10:00:00 New SMTP ICID 3 interface Data 1 (10.0.0.1) address 192.0.2.3 reverse dns host unknown verified no",
            "10:00:00 ICID 3 REJECT SG BLACKLIST match sbrs[-10.0:-3.0] SBRS -5.5",
            "10:00:01 ICID 3 lost",
            "10:00:02 ICID 3 close",
        ]);
        let c = conn(&r, Inbound, 3);
        assert_eq!(c.hop.remote_ip.as_deref(), Some("192.0.2.3"));
        assert_eq!(c.hop.remote_host, None, "`unknown` is no host name");
        assert_eq!(c.hop.rdns_verified, Some(false));
        let hat = c.hat.as_ref().unwrap();
        assert_eq!((hat.action, hat.sender_group.as_deref()), ("REJECT", Some("BLACKLIST")));
        assert!(c.lost);
        assert_eq!(c.hop.tls, TlsOutcome::None);
    }

    #[test]
    fn a_tls_failure_logged_after_a_message_is_that_message_s_verdict() {
        // the message is held until its connection has settled
        let r = run(&[
            "10:00:00 Start MID 9 ICID 4",
            "10:00:00 MID 9 ICID 4 From: <a@sender.example>",
            "10:00:01 Message finished MID 9 done",
            "10:00:02 ICID 4 TLS failed: (336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')",
            "10:00:03 ICID 4 close",
        ]);
        let m = msg(&r, 9);
        let h = m.received.as_ref().unwrap();
        assert_eq!(h.tls, TlsOutcome::Failed);
        assert!(h.reason.as_deref().unwrap().contains("certificate unknown"));
        assert_eq!(conn(&r, Inbound, 4).domains, vec![Box::<str>::from("sender.example")]);
    }

    #[test]
    fn a_receiving_failure_is_the_connection_s_error() {
        let r = run(&[
            "10:00:00 New SMTP ICID 8 interface D (10.0.0.1) address 192.0.2.8 reverse dns host unknown verified no",
            "10:00:01 ICID 8 Receiving Failed: Connection closed by peer",
            "10:00:02 ICID 8 close",
        ]);
        assert_eq!(conn(&r, Inbound, 8).error.as_deref(), Some("Connection closed by peer"));
    }
}
