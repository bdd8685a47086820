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
