//! The simulator's traffic, with verdicts it decided itself, against what esa-tls reads from its log.

use crate::common::*;
use esa_tls::model::{Direction, RecipientStatus, TlsOutcome};
use esa_tls::pipeline::Collect;
use esa_tls_sim::{generate, Config, Truth};
use std::collections::HashMap;

pub fn simulate(cfg: &Config) -> (Vec<u8>, Truth) {
    let mut out = Vec::new();
    let truth = generate(cfg, &mut out, true).unwrap();
    (out, truth)
}

/// Every record equals the truth, and there is no record the truth does not know.
pub fn assert_matches_truth(c: &Collect, truth: &Truth) {
    let mut msgs: HashMap<(Option<String>, u64), &esa_tls::model::Message> = HashMap::new();
    for m in &c.messages {
        let key = (m.appliance.as_deref().map(String::from), m.mid);
        assert!(msgs.insert(key.clone(), m).is_none(), "two records for {key:?}");
    }
    assert_eq!(c.messages.len(), truth.messages.len(), "message record count");
    for t in &truth.messages {
        let m = msgs
            .get(&(t.appliance.clone(), t.mid))
            .unwrap_or_else(|| panic!("no record for {:?} MID {}", t.appliance, t.mid));
        assert_eq!(m.icid, t.icid, "icid of MID {}", t.mid);
        assert_eq!(m.from.as_deref(), t.from.as_deref(), "from of MID {}", t.mid);
        assert_eq!(m.received.as_ref().map(|h| h.tls), t.received_tls, "received TLS of MID {}", t.mid);
        assert_eq!(m.recipients.len(), t.recipients.len(), "recipients of MID {}", t.mid);
        for (r, rt) in m.recipients.iter().zip(&t.recipients) {
            let ctx = format!("MID {} RID {}", t.mid, rt.rid);
            assert_eq!(r.rid, rt.rid, "{ctx}");
            assert_eq!(r.to.as_deref(), rt.to.as_deref(), "{ctx} to");
            assert_eq!(r.status, rt.status, "{ctx} status");
            assert_eq!(r.dcid, rt.dcid, "{ctx} dcid");
            assert_eq!(r.delivery.as_ref().map(|h| h.tls), rt.delivery_tls, "{ctx} delivery TLS");
            assert_eq!(r.attempts, rt.attempts, "{ctx} attempts");
        }
    }
    let mut conns = HashMap::new();
    for x in &c.connections {
        let key = (x.appliance.as_deref().map(String::from), x.direction, x.id);
        assert!(conns.insert(key.clone(), x).is_none(), "two records for {key:?}");
    }
    assert_eq!(c.connections.len(), truth.connections.len(), "connection record count");
    for t in &truth.connections {
        let x = conns
            .get(&(t.appliance.clone(), t.direction, t.id))
            .unwrap_or_else(|| panic!("no record for {:?}", (t.appliance.clone(), t.direction, t.id)));
        assert_eq!(x.hop.tls, t.tls, "TLS of {:?} {}", t.direction, t.id);
        assert_eq!(x.hop.protocol.as_deref(), t.protocol.as_deref(), "protocol of {:?} {}", t.direction, t.id);
        assert_eq!(x.mids, t.mids, "MIDs of {:?} {}", t.direction, t.id);
        assert_eq!(x.hop.cipher.as_deref(), t.cipher.as_deref(), "cipher of {:?} {}", t.direction, t.id);
        assert_eq!(x.hop.reason.as_deref(), t.reason.as_deref(), "reason of {:?} {}", t.direction, t.id);
        assert_eq!(x.hop.remote_ip.as_deref(), t.remote_ip.as_deref(), "IP of {:?} {}", t.direction, t.id);
        let domains: Vec<&str> = x.domains.iter().map(|d| &**d).collect();
        assert_eq!(domains, t.domains, "domains of {:?} {}", t.direction, t.id);
    }
}

#[test]
fn one_appliance_on_box_format() {
    let cfg = Config { seed: 11, messages: 400, ..Config::default() };
    let (log, truth) = simulate(&cfg);
    let (c, r) = run_with(&log, opts());
    assert_eq!(r.files[0].not_understood, 0, "{:?}", r.files[0].examples);
    assert_eq!(r.files[0].lines, truth.lines);
    assert_matches_truth(&c, &truth);
    // the traffic exercises every verdict
    for o in TlsOutcome::ALL {
        assert!(c.connections.iter().any(|x| x.hop.tls == o), "no connection with {o:?}");
    }
    for s in
        [RecipientStatus::Delivered, RecipientStatus::Bounced, RecipientStatus::Rewritten, RecipientStatus::Aborted]
    {
        assert!(c.messages.iter().flat_map(|m| &m.recipients).any(|r| r.status == s), "no recipient {s:?}");
    }
    // times carry the header's offset
    let first = c.connections.iter().find_map(|x| x.opened).unwrap();
    assert_eq!(first.offset, Some(-18000));
}

#[test]
fn two_appliances_with_overlapping_ids_over_syslog() {
    let cfg = Config { seed: 5, messages: 300, appliances: 2, syslog: true, ..Config::default() };
    let (log, truth) = simulate(&cfg);
    let (c, r) = run_with(&log, esa_tls::pipeline::Options { year: Some(2024), ..opts() });
    assert_eq!(r.files[0].not_understood, 0);
    // the same ICID exists on both appliances
    let icid = truth.connections.iter().find(|x| x.direction == Direction::Inbound).unwrap().id;
    assert_eq!(c.connections.iter().filter(|x| x.direction == Direction::Inbound && x.id == icid).count(), 2);
    assert_matches_truth(&c, &truth);
}

#[test]
fn many_seeds() {
    for seed in 100..112 {
        let cfg = Config {
            seed,
            messages: 120,
            appliances: 1 + (seed % 2) as u32,
            syslog: seed % 2 == 1,
            ..Config::default()
        };
        let (log, truth) = simulate(&cfg);
        let (c, _) = run_with(&log, esa_tls::pipeline::Options { year: Some(2024), ..opts() });
        assert_matches_truth(&c, &truth);
    }
}

/// The direct JSON writer of records (`output::record_json`, the hot path of `messages` and
/// `connections`) writes exactly what serde writes from the model's derive, the contract: on every
/// record of simulated traffic (one appliance on-box, two over syslog, connections and messages cut
/// by the start of the log), and on records carrying hostile text, DANE, disagreements and a time
/// outside the years RFC 3339 text is written by hand for.
#[test]
fn the_direct_record_json_is_serdes() {
    use esa_tls::model::{Dane, HatVerdict, Hop};
    use esa_tls::output::record_json;
    use esa_tls::time::LogTime;
    use std::sync::Arc;
    let mut all = Collect::default();
    for cfg in [
        Config { seed: 21, messages: 400, truncated_connections: 5, truncated_messages: 5, ..Config::default() },
        Config { seed: 22, messages: 300, appliances: 2, syslog: true, ..Config::default() },
    ] {
        let (log, _) = simulate(&cfg);
        let (c, _) = run_with(&log, esa_tls::pipeline::Options { year: Some(2024), ..opts() });
        all.messages.extend(c.messages);
        all.connections.extend(c.connections);
    }
    assert!(all.messages.len() > 500 && all.connections.len() > 500);
    let hostile = "a\"b\\c\n\r\t\u{0}\u{1b}[31m\u{7f} Ünïcode ✓ 日本 =?utf-8?q?x?= </script><b>";
    let mut m = all.messages.iter().find(|m| !m.recipients.is_empty()).unwrap().clone();
    m.from = Some(hostile.into());
    m.subject = Some(hostile.into());
    m.message_id = Some("".into());
    m.aborted = Some(hostile.into());
    m.dane = Some(Dane { status: "success".into(), host: Some(hostile.into()) });
    m.disagreements = vec![hostile.to_string(), "received: tls".into()];
    m.started = Some(LogTime { local: 320_000_000_000, offset: Some(3600) }); // year 12110
    m.finished = Some(LogTime { local: 0, offset: None });
    m.recipients[0].to = Some(hostile.into());
    m.recipients[0].response = Some(hostile.into());
    let mut hop = Hop::unknown();
    hop.cn = Some(hostile.into());
    hop.rdns_verified = Some(false);
    hop.required = true;
    m.recipients[0].delivery = Some(Arc::new(hop.clone()));
    m.received = Some(Arc::new(hop.clone()));
    all.messages.push(m);
    let mut c = all.connections[0].clone();
    c.hop = hop;
    c.hat = Some(HatVerdict { action: "REJECT", sender_group: Some(hostile.into()), sbrs: None });
    c.error = Some(hostile.into());
    c.port = Some(u16::MAX);
    c.domains = vec![hostile.into(), "b.example".into()];
    c.mids = vec![u64::MAX, 0];
    all.connections.push(c);

    let mut buf = Vec::new();
    // one cache of hops for the run, as the writers keep it: shared hops are written from it
    let mut hops = record_json::HopCache::default();
    for m in &all.messages {
        buf.clear();
        record_json::message(&mut buf, m, &mut hops);
        assert_eq!(String::from_utf8_lossy(&buf), serde_json::to_string(m).unwrap(), "MID {}", m.mid);
    }
    for c in &all.connections {
        buf.clear();
        record_json::connection(&mut buf, c);
        assert_eq!(String::from_utf8_lossy(&buf), serde_json::to_string(c).unwrap(), "{:?} {}", c.direction, c.id);
    }
}
