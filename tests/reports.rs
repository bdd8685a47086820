//! Every figure of the reports against values computed here, independently, from the simulator's
//! own decisions (never from the records the reports read).

use crate::common::*;
use crate::sim::simulate;
use esa_tls::model::{Direction, TlsOutcome};
use esa_tls::pipeline::{Collect, Options};
use esa_tls::report::ciphers::Ciphers;
use esa_tls::report::failures::Failures;
use esa_tls::report::peers::{PeerGroup, Peers};
use esa_tls::report::Summary;
use esa_tls::sim::{Config, Truth};
use std::collections::BTreeMap;

fn setup(seed: u64) -> (Collect, Truth) {
    let cfg = Config { seed, messages: 500, appliances: 2, syslog: true, ..Config::default() };
    let (log, truth) = simulate(&cfg);
    let (c, _) = run_with(&log, Options { year: Some(2024), ..opts() });
    (c, truth)
}

fn records(c: &Collect) -> Vec<esa_tls::model::Record> {
    c.connections
        .iter()
        .cloned()
        .map(esa_tls::model::Record::Connection)
        .chain(c.messages.iter().cloned().map(esa_tls::model::Record::Message))
        .collect()
}

/// encrypted / not encrypted / unknown, as the reports count a hop.
fn enc(t: Option<TlsOutcome>) -> usize {
    match t {
        Some(TlsOutcome::Success) => 0,
        Some(TlsOutcome::Failed) | Some(TlsOutcome::None) => 1,
        _ => 2,
    }
}

fn outcome_index(t: TlsOutcome) -> usize {
    match t {
        TlsOutcome::Success => 0,
        TlsOutcome::Failed => 1,
        TlsOutcome::None => 2,
        TlsOutcome::Unknown => 3,
    }
}

fn domain(addr: &str) -> String {
    addr.rsplit_once('@').map_or("(unknown)".into(), |x| x.1.to_ascii_lowercase())
}

#[test]
fn summary_figures_match_the_traffic() {
    for seed in [3, 4] {
        let (c, truth) = setup(seed);
        let mut s = Summary::default();
        for r in records(&c) {
            s.add(&r);
        }
        let mut conns = [[0u64; 4]; 2];
        for x in &truth.connections {
            conns[(x.direction == Direction::Outbound) as usize][outcome_index(x.tls)] += 1;
        }
        let mut inbound = [0u64; 3];
        let mut outbound = [0u64; 3];
        for m in &truth.messages {
            if m.counted_inbound {
                inbound[enc(m.received_tls)] += 1;
            }
            for r in m.recipients.iter().filter(|r| r.attempts > 0) {
                outbound[enc(r.delivery_tls)] += 1;
            }
        }
        let ic = &s.inbound.connections;
        let oc = &s.outbound.connections;
        assert_eq!([ic.success, ic.failed, ic.none, ic.unknown], conns[0]);
        assert_eq!([oc.success, oc.failed, oc.none, oc.unknown], conns[1]);
        let im = &s.inbound.messages;
        let orc = &s.outbound.recipients;
        assert_eq!([im.encrypted, im.not_encrypted, im.unknown], inbound);
        assert_eq!([orc.encrypted, orc.not_encrypted, orc.unknown], outbound);
        assert_eq!(s.messages_total, truth.messages.len() as u64);
    }
}

#[test]
fn peer_figures_match_the_traffic() {
    let (c, truth) = setup(7);
    let mut peers = Peers::default();
    for r in records(&c) {
        peers.add(&r);
    }
    // expected, per (direction, domain): connections by outcome and messages by encryption
    type Row = ([u64; 4], [u64; 3]);
    let mut want: BTreeMap<(Direction, String), Row> = BTreeMap::new();
    for x in &truth.connections {
        for d in &x.domains {
            want.entry((x.direction, d.clone())).or_default().0[outcome_index(x.tls)] += 1;
        }
    }
    for m in &truth.messages {
        if m.counted_inbound {
            let d = match m.from.as_deref() {
                Some("") => "(null sender)".to_string(),
                Some(f) => domain(f),
                None => "(unknown)".into(),
            };
            want.entry((Direction::Inbound, d)).or_default().1[enc(m.received_tls)] += 1;
        }
        for r in m.recipients.iter().filter(|r| r.attempts > 0) {
            let d = r.to.as_deref().map_or("(unknown)".to_string(), domain);
            want.entry((Direction::Outbound, d)).or_default().1[enc(r.delivery_tls)] += 1;
        }
    }
    let got: BTreeMap<(Direction, String), Row> = peers
        .rows
        .iter()
        .filter(|((_, g, _), _)| *g == PeerGroup::Domain)
        .map(|((d, _, k), r)| {
            let c = &r.connections;
            let m = &r.messages;
            ((*d, k.clone()), ([c.success, c.failed, c.none, c.unknown], [m.encrypted, m.not_encrypted, m.unknown]))
        })
        .collect();
    assert_eq!(got, want);
    // and by destination IP, outbound
    let mut want_ip: BTreeMap<String, [u64; 4]> = BTreeMap::new();
    for x in truth.connections.iter().filter(|x| x.direction == Direction::Outbound) {
        want_ip.entry(x.remote_ip.clone().unwrap_or_else(|| "(unknown)".into())).or_default()[outcome_index(x.tls)] +=
            1;
    }
    let got_ip: BTreeMap<String, [u64; 4]> = peers
        .rows
        .iter()
        .filter(|((d, g, _), r)| *d == Direction::Outbound && *g == PeerGroup::Host && r.connections.total() > 0)
        .map(|((_, _, k), r)| {
            (k.clone(), [r.connections.success, r.connections.failed, r.connections.none, r.connections.unknown])
        })
        .collect();
    assert_eq!(got_ip, want_ip);
}

#[test]
fn failure_and_cipher_figures_match_the_traffic() {
    let (c, truth) = setup(9);
    let (mut f, mut ci) = (Failures::default(), Ciphers::default());
    for r in records(&c) {
        f.add(&r);
        ci.add(&r);
    }
    // failures by reason: the OpenSSL reason is the text after the last ':' inside the quotes
    let label = |r: Option<&str>| match r {
        None => "(no reason logged)".to_string(),
        Some(r) if r.contains("error:") => r.trim_end_matches("')").rsplit(':').next().unwrap().to_string(),
        Some(r) => r.to_string(),
    };
    let mut want: BTreeMap<(Direction, String), u64> = BTreeMap::new();
    for x in truth.connections.iter().filter(|x| x.tls == TlsOutcome::Failed) {
        *want.entry((x.direction, label(x.reason.as_deref()))).or_default() += 1;
    }
    let got: BTreeMap<(Direction, String), u64> = f.rows.iter().map(|(k, v)| (k.clone(), v.connections)).collect();
    assert_eq!(got, want);
    assert!(want.keys().any(|k| k.1 == "sslv3 alert certificate unknown"));

    let mut want: BTreeMap<(Direction, String, String), u64> = BTreeMap::new();
    for x in truth.connections.iter().filter(|x| x.tls == TlsOutcome::Success) {
        *want.entry((x.direction, x.protocol.clone().unwrap(), x.cipher.clone().unwrap())).or_default() += 1;
    }
    let got: BTreeMap<_, u64> =
        ci.rows.iter().filter(|(_, v)| v.connections > 0).map(|(k, v)| (k.clone(), v.connections)).collect();
    assert_eq!(got, want);
}
