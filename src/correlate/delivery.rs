//! Delivery connections (DCID lines) and delivery attempts: which connection each recipient's last
//! attempt crossed, and how it ended.

use super::connection::{add_domain, apply_tls, invalidate};
use super::message::rcpt;
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
}
