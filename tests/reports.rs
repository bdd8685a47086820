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
use esa_tls_sim::{Config, Truth};
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

#[test]
fn check_and_impact_figures_match_the_traffic() {
    use esa_tls::report::compliance::{Check, Impact, Rules};
    let (c, truth) = setup(11);
    let required = ["strict-gov.example", "plainmail.example"];
    let rules = Rules::new(&required.map(String::from), Some("TLSv1.2")).unwrap();
    let (mut check, mut impact) = (Check::new(rules.clone()), Impact::new(rules));
    for r in records(&c) {
        check.add(&r);
        impact.add(&r);
    }
    let rank = |p: Option<&String>| match p.map(String::as_str) {
        Some("TLSv1") => 10,
        Some("TLSv1.1") => 11,
        Some("TLSv1.2") => 12,
        Some("TLSv1.3") => 13,
        _ => 99,
    };
    let conn = |app: &Option<String>, d: Direction, id: u64| {
        truth.connections.iter().find(|x| &x.appliance == app && x.direction == d && x.id == id)
    };
    let is_required = |d: &str| required.contains(&d);
    let (mut violations, mut unverified) = (0u64, 0u64);
    // (direction, domain) -> (hops, refused or delayed, unknown)
    let mut req: BTreeMap<(Direction, String), (u64, u64, u64)> = BTreeMap::new();
    let mut below: BTreeMap<(Direction, String), u64> = BTreeMap::new();
    for x in &truth.connections {
        if x.domains.iter().any(|d| is_required(d)) {
            match x.tls {
                TlsOutcome::Unknown => unverified += 1,
                TlsOutcome::Success => {}
                _ => violations += 1,
            }
        }
        if x.tls == TlsOutcome::Success && rank(x.protocol.as_ref()) < 12 {
            violations += 1;
            *below.entry((x.direction, x.remote_ip.clone().unwrap())).or_default() += 1;
        }
    }
    let mut hop = |d: Direction,
                   dom: String,
                   tls: Option<TlsOutcome>,
                   proto_rank: u32,
                   violations: &mut u64,
                   unverified: &mut u64| {
        if is_required(&dom) {
            let e = req.entry((d, dom)).or_default();
            e.0 += 1;
            match tls {
                Some(TlsOutcome::Success) => {}
                Some(TlsOutcome::Unknown) | None => {
                    *unverified += 1;
                    e.2 += 1;
                }
                _ => {
                    *violations += 1;
                    e.1 += 1;
                }
            }
        }
        if tls == Some(TlsOutcome::Success) && proto_rank < 12 {
            *violations += 1;
        }
    };
    for m in &truth.messages {
        if m.counted_inbound {
            let p = m
                .icid
                .and_then(|i| conn(&m.appliance, Direction::Inbound, i))
                .map_or(99, |x| rank(x.protocol.as_ref()));
            let dom = m.from.as_deref().map_or("(unknown)".to_string(), domain);
            hop(Direction::Inbound, dom, m.received_tls, p, &mut violations, &mut unverified);
        }
        for r in m.recipients.iter().filter(|r| r.attempts > 0) {
            let p = r
                .dcid
                .and_then(|d| conn(&m.appliance, Direction::Outbound, d))
                .map_or(99, |x| rank(x.protocol.as_ref()));
            hop(
                Direction::Outbound,
                r.to.as_deref().map_or("(unknown)".to_string(), domain),
                r.delivery_tls,
                p,
                &mut violations,
                &mut unverified,
            );
        }
    }
    assert!(violations > 0 && !req.is_empty() && !below.is_empty(), "the traffic must exercise the rules");
    assert_eq!(check.count, violations);
    assert_eq!(check.unverified, unverified);
    let got: BTreeMap<(Direction, String), (u64, u64, u64)> =
        impact.require.iter().map(|(k, v)| (k.clone(), (v.messages, v.affected, v.unknown))).collect();
    assert_eq!(got, req);
    // outbound peers are keyed by IP; inbound ones by their verified rDNS name, which the truth does
    // not carry: compare those by total
    let got: BTreeMap<(Direction, String), u64> = impact
        .protocol
        .iter()
        .filter(|((d, _), v)| *d == Direction::Outbound && v.below_min > 0)
        .map(|(k, v)| (k.clone(), v.below_min))
        .collect();
    let want: BTreeMap<(Direction, String), u64> =
        below.iter().filter(|((d, _), _)| *d == Direction::Outbound).map(|(k, v)| (k.clone(), *v)).collect();
    assert_eq!(got, want);
    let inbound = |m: &BTreeMap<(Direction, String), u64>| {
        m.iter().filter(|((d, _), _)| *d == Direction::Inbound).map(|(_, v)| v).sum::<u64>()
    };
    let got_in: BTreeMap<(Direction, String), u64> =
        impact.protocol.iter().map(|(k, v)| (k.clone(), v.below_min)).collect();
    assert_eq!(inbound(&got_in), inbound(&below));
}
