//! Consolidated Event Log lines (CEF, AsyncOS 14+): a second source of verdicts, one line per
//! message with its IDs and its inbound and outbound TLS.
//!
//! - Alone (no mail-log line about the message): the line gives the message's record by itself.
//! - With the mail log of the same appliance: both feed the same record. The CEF line fills what the
//!   mail log could not tell (a hop whose connection began before the input, DANE) and where both
//!   tell a verdict and they differ, the difference is written in the record's `disagreements` and
//!   counted, never hidden. Because the CEF line is logged when the message is done, a finished
//!   message waits [`CEF_GRACE_SECS`] of log time for it once the appliance's log has shown CEF lines.

use super::*;
use crate::parse::cef::extension_fields;

/// How long (log time) a finished message waits for its Consolidated Event Log line.
pub const CEF_GRACE_SECS: i64 = 10;

/// What one consolidated line says.
#[derive(Debug, Default)]
struct Facts {
    mid: u64,
    icid: Option<u64>,
    dcid: Option<u64>,
    from: Option<String>,
    to: Vec<String>,
    message_id: Option<String>,
    subject: Option<String>,
    size: Option<u64>,
    inbound: Option<Hop>,
    outbound: Option<Hop>,
    dane: Option<Dane>,
    act: Option<String>,
    started: Option<LogTime>,
    finished: Option<LogTime>,
}

fn verdict_of(status: &str) -> TlsOutcome {
    match status.to_ascii_lowercase().as_str() {
        "success" => TlsOutcome::Success,
        "failure" | "failed" | "fail" => TlsOutcome::Failed,
        _ => TlsOutcome::Unknown,
    }
}

/// A classic timestamp (`Mon Aug  1 03:34:23 2022`), as `startTime` and `endTime` are written.
fn classic(v: &str, offset: Option<i32>) -> Option<LogTime> {
    let line = format!("{v} Info: x");
    let t = crate::parse::parse_header(line.as_bytes())?.time?;
    let local = t.local_seconds_in(t.year()?)?;
    Some(LogTime { local, offset })
}

fn facts(ext: &[u8], offset: Option<i32>) -> Option<Facts> {
    let fields = extension_fields(ext);
    let get = |k: &str| fields.iter().find(|(x, _)| *x == k.as_bytes()).map(|x| x.1.clone()).filter(|v| !v.is_empty());
    // IDs: their leading digits (a sample line reads `ESAMID=123 E SAAMPVerdict=…`)
    let num = |k: &str| {
        get(k).and_then(|v| {
            let d: String = v.chars().take_while(char::is_ascii_digit).collect();
            d.parse::<u64>().ok()
        })
    };
    let mid = num("ESAMID")?;
    let hop = |dir: &str, ip: Option<String>, host: Option<String>| -> Option<Hop> {
        let status = get(&format!("ESATLS{dir}ConnStatus"));
        let protocol = get(&format!("ESATLS{dir}Protocol"));
        let cipher = get(&format!("ESATLS{dir}Cipher"));
        if status.is_none() && protocol.is_none() {
            return None;
        }
        let mut h = Hop::unknown();
        // a protocol with no status is a negotiated session
        h.tls = status.as_deref().map_or(TlsOutcome::Success, verdict_of);
        h.protocol = protocol.map(Into::into);
        h.cipher = cipher.map(Into::into);
        h.remote_ip = ip.map(Into::into);
        h.remote_host = host.filter(|h| h != "unknown").map(Into::into);
        Some(h)
    };
    // `cs4` is the Message-ID when its label says so
    let label_value = |label: &str| {
        (1..=6).find_map(|i| {
            (get(&format!("cs{i}Label")).as_deref() == Some(label)).then(|| get(&format!("cs{i}"))).flatten()
        })
    };
    Some(Facts {
        mid,
        icid: num("ESAICID"),
        dcid: num("ESADCID"),
        from: get("suser"),
        to: get("duser")
            .map(|d| d.split([';', ',']).map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect())
            .unwrap_or_default(),
        message_id: label_value("ExternalMsgID"),
        subject: get("msg").map(|s| decode_rfc2047(&s).into_owned()),
        size: num("ESAMsgSize"),
        inbound: hop("In", get("sourceAddress"), get("sourceHostName")),
        outbound: hop("Out", None, None),
        dane: get("ESADaneStatus").map(|s| Dane { status: s.into(), host: get("ESADaneHost").map(Into::into) }),
        act: get("act"),
        started: get("startTime").and_then(|v| classic(&v, offset)),
        finished: get("endTime").and_then(|v| classic(&v, offset)),
    })
}

impl Correlator {
    /// One Consolidated Event Log line.
    pub(super) fn consolidated(&mut self, a: usize, time: Option<LogTime>, ext: &[u8], out: &mut dyn FnMut(Record)) {
        self.stats.cef_lines += 1;
        self.apps[a].cef_seen = true;
        let Some(f) = facts(ext, time.and_then(|t| t.offset)) else { return };
        let mid = f.mid;
        if let Some(m) = self.apps[a].msgs.get_mut(&mid) {
            let disagreed = merge(&mut m.msg, &f);
            self.stats.cef_merged += 1;
            self.stats.cef_disagreements += disagreed as u64;
            if m.held {
                self.emit_now(a, mid, out);
            }
            return;
        }
        if self.apps[a].done.contains(&mid) {
            // its message went out before this line came
            self.stats.cef_late += 1;
            return;
        }
        self.stats.cef_only += 1;
        self.stats.messages += 1;
        let msg = alone(self.apps[a].name.clone(), f, time);
        let app = &mut self.apps[a];
        app.done.insert(mid);
        app.done_order.push_back(mid);
        out(Record::Message(msg));
    }
}

/// The record of a message known from its consolidated line alone.
fn alone(appliance: Option<Arc<str>>, f: Facts, time: Option<LogTime>) -> Message {
    let status = match f.act.as_deref().map(str::to_ascii_uppercase).as_deref() {
        Some("DELIVERED") => RecipientStatus::Delivered,
        Some("BOUNCED") | Some("DROPPED") | Some("REJECTED") => RecipientStatus::Bounced,
        Some("ABORTED") => RecipientStatus::Aborted,
        _ => RecipientStatus::Queued,
    };
    let attempted = matches!(status, RecipientStatus::Delivered | RecipientStatus::Bounced) && f.outbound.is_some();
    let delivery = f.outbound.map(Arc::new);
    let recipients =
        f.to.iter()
            .enumerate()
            .map(|(i, to)| {
                let mut r = Recipient::new(i as u32);
                r.to = Some(to.as_str().into());
                r.status = status;
                if attempted {
                    r.attempts = 1;
                    r.dcid = f.dcid;
                    r.delivery = delivery.clone();
                    r.last_attempt = f.finished.or(time);
                }
                r
            })
            .collect();
    let generated = f.icid == Some(0);
    Message {
        appliance,
        mid: f.mid,
        icid: f.icid,
        from: f.from.map(Into::into),
        subject: f.subject.map(Into::into),
        message_id: f.message_id.map(Into::into),
        size: f.size,
        received: if generated { None } else { Some(Arc::new(f.inbound.unwrap_or_else(Hop::unknown))) },
        recipients,
        origin: Origin {
            kind: match f.icid {
                Some(0) => OriginKind::Generated,
                Some(_) => OriginKind::Smtp,
                None => OriginKind::Unknown,
            },
            parent: None,
        },
        children: Vec::new(),
        started: f.started.or(time),
        finished: f.finished.or(time),
        aborted: None,
        dane: f.dane,
        disagreements: Vec::new(),
        lines: None,
    }
}

/// Fills a mail-log message with what its consolidated line adds, and notes where they disagree.
/// Returns whether they did.
fn merge(m: &mut Message, f: &Facts) -> bool {
    let before = m.disagreements.len();
    if m.from.is_none() {
        m.from = f.from.as_deref().map(Into::into);
    }
    if m.message_id.is_none() {
        m.message_id = f.message_id.as_deref().map(Into::into);
    }
    if m.subject.is_none() {
        m.subject = f.subject.as_deref().map(Into::into);
    }
    if m.dane.is_none() {
        m.dane = f.dane.clone();
    }
    if let (Some(cef), Some(hop)) = (&f.inbound, m.received.as_mut()) {
        match hop.tls {
            TlsOutcome::Unknown => {
                *hop = Arc::new(Hop {
                    remote_ip: hop.remote_ip.clone(),
                    remote_host: hop.remote_host.clone(),
                    rdns_verified: hop.rdns_verified,
                    ..cef.clone()
                })
            }
            t if t != cef.tls => m.disagreements.push(format!(
                "inbound TLS: the mail log says {}, the Consolidated Event Log {}",
                t.as_str(),
                cef.tls.as_str()
            )),
            _ => {}
        }
    }
    if let Some(cef) = &f.outbound {
        for r in m.recipients.iter_mut().filter(|r| r.attempts > 0) {
            match r.delivery.as_deref().map(|h| h.tls) {
                None | Some(TlsOutcome::Unknown) => {
                    let ip = r.delivery.as_deref().and_then(|h| h.remote_ip.clone());
                    r.delivery = Some(Arc::new(Hop { remote_ip: ip, ..cef.clone() }));
                }
                Some(t) if t != cef.tls => m.disagreements.push(format!(
                    "outbound TLS of RID {}: the mail log says {}, the Consolidated Event Log {}",
                    r.rid,
                    t.as_str(),
                    cef.tls.as_str()
                )),
                _ => {}
            }
        }
    }
    m.disagreements.len() > before
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use crate::model::TlsOutcome;

    const CEF: &str = "CEF:0|Cisco|C100V Email Security Virtual Appliance|14.3.0-023|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|deviceExternalId=423A ESAMID=77 ESAICID=5 ESADCID=9 suser=a@sender.example duser=b@partner.example;c@partner.example act=DELIVERED ESATLSInConnStatus=Success ESATLSInProtocol=TLSv1.2 ESATLSInCipher=ECDHE-RSA-AES256-GCM-SHA384 ESATLSOutConnStatus=Success ESATLSOutProtocol=TLSv1.3 ESADaneStatus=success ESADaneHost=mx.partner.example cs4Label=ExternalMsgID cs4=<77@sender.example> msg=Hello";

    #[test]
    fn a_consolidated_line_alone_gives_the_message() {
        let r = run(&[&format!("10:00:00 {CEF}")]);
        let m = msg(&r, 77);
        assert_eq!(m.icid, Some(5));
        assert_eq!(m.from.as_deref(), Some("a@sender.example"));
        assert_eq!(m.message_id.as_deref(), Some("<77@sender.example>"));
        let h = m.received.as_ref().unwrap();
        assert_eq!((h.tls, h.protocol.as_deref()), (TlsOutcome::Success, Some("TLSv1.2")));
        assert_eq!(m.recipients.len(), 2);
        let d = m.recipients[1].delivery.as_ref().unwrap();
        assert_eq!(
            (d.tls, d.protocol.as_deref(), m.recipients[1].dcid),
            (TlsOutcome::Success, Some("TLSv1.3"), Some(9))
        );
        assert_eq!(m.dane.as_ref().map(|d| &*d.status), Some("success"));
    }

    #[test]
    fn with_the_mail_log_it_fills_in_and_disagreements_are_written() {
        let mail = [
            "10:00:00 New SMTP ICID 5 interface D (10.0.0.1) address 192.0.2.5 reverse dns host unknown verified no",
            "10:00:01 Start MID 77 ICID 5",
            "10:00:01 MID 77 ICID 5 From: <a@sender.example>",
            "10:00:01 MID 77 ICID 5 RID 0 To: <b@partner.example>",
            "10:00:02 ICID 5 close",
            "10:00:03 New SMTP DCID 9 interface 10.0.0.1 address 198.51.100.9 port 25",
            "10:00:03 DCID 9 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384",
            "10:00:04 Delivery start DCID 9 MID 77 to RID [0]",
            "10:00:04 Message done DCID 9 MID 77 to RID [0]",
            "10:00:04 Message finished MID 77 done",
        ];
        // the mail log says the receipt had no TLS, the consolidated line says it had
        let mut lines: Vec<String> = mail.iter().map(|s| s.to_string()).collect();
        lines.insert(0, format!("09:59:00 {}", CEF.replace("ESAMID=77", "ESAMID=1")));
        lines.push(format!("10:00:05 {CEF}"));
        lines.push("10:00:06 DCID 9 close".into());
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let r = run(&refs);
        let m = msg(&r, 77);
        assert_eq!(m.received.as_ref().unwrap().tls, TlsOutcome::None, "the mail log's verdict stands");
        assert_eq!(m.disagreements.len(), 1, "{:?}", m.disagreements);
        assert!(m.disagreements[0].contains("inbound TLS: the mail log says none"));
        assert_eq!(m.dane.as_ref().map(|d| &*d.status), Some("success"), "DANE comes from the consolidated line");
        assert_eq!(m.message_id.as_deref(), Some("<77@sender.example>"), "filled in");
        // the message waited for its line: one record, not two
        assert_eq!(r.iter().filter(|x| matches!(x, crate::model::Record::Message(m) if m.mid == 77)).count(), 1);
    }
}
