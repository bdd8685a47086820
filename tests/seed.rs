//! Cisco tech note 118500 ("Determine if ESA is using TLS for delivery or receiving"): the four
//! example blocks must give the verdicts the note derives by hand.

use crate::common::*;
use esa_tls::model::{Direction, OriginKind, RecipientStatus, TlsOutcome};
use esa_tls::pipeline::Collect;

fn assert_seed_verdicts(c: &Collect) {
    // Successful TLS from the remote host (receiving)
    let i = connection(c, Direction::Inbound, 282204970);
    assert_eq!(i.hop.tls, TlsOutcome::Success);
    assert_eq!(i.hop.remote_ip.as_deref(), Some("192.168.1.1"));
    assert_eq!(i.hop.remote_host, None, "rDNS 'unknown' is no host");
    assert_eq!(i.mids, vec![200257070]);
    let m = message(c, 200257070);
    assert_eq!(m.icid, Some(282204970));
    assert_eq!(m.origin.kind, OriginKind::Smtp);
    assert_eq!(m.received.as_ref().unwrap().tls, TlsOutcome::Success);

    // Failed TLS from the remote host: required but not initiated
    let f = connection(c, Direction::Inbound, 282204971);
    assert_eq!(f.hop.tls, TlsOutcome::Failed);
    assert!(f.hop.required);
    assert_eq!(f.hop.reason.as_deref(), Some("TLS was required but remote host did not initiate it"));
    assert!(f.lost);
    assert!(f.closed.is_some());

    // Successful TLS to the remote host (delivery); the TLS line precedes the opening line
    let d = connection(c, Direction::Outbound, 2386069);
    assert_eq!(d.hop.tls, TlsOutcome::Success);
    assert_eq!(d.hop.cn.as_deref(), Some("common"));
    assert_eq!(d.hop.remote_ip.as_deref(), Some("192.168.2.2"));
    assert!(d.seen_from_start);
    assert_eq!(d.mids, vec![200257075]);
    let m = message(c, 200257075);
    assert_eq!(m.received.as_ref().unwrap().tls, TlsOutcome::Unknown, "its receipt is before the input");
    assert_eq!(m.icid, None);
    assert_eq!(m.recipients.len(), 1);
    let r = &m.recipients[0];
    assert_eq!((r.rid, r.status, r.dcid), (0, RecipientStatus::InFlight, Some(2386069)));
    let dl = r.delivery.as_ref().unwrap();
    assert_eq!(dl.tls, TlsOutcome::Success);
    assert_eq!(dl.cn.as_deref(), Some("common"));

    // Failed TLS to the remote host
    let x = connection(c, Direction::Outbound, 2386070);
    assert_eq!(x.hop.tls, TlsOutcome::Failed);
    assert_eq!(x.hop.remote_ip.as_deref(), Some("192.168.2.2"));
    assert_eq!(x.hop.reason.as_deref(), Some("STARTTLS unexpected response"));

    assert_eq!(c.connections.len(), 4);
    assert_eq!(c.messages.len(), 2);
}

#[test]
fn seed_example_blocks() {
    let text = std::fs::read_to_string(fixture("seed_118500_examples.log")).unwrap();
    let (c, r) = run_text(&text);
    assert_seed_verdicts(&c);
    let f = &r.files[0];
    assert_eq!(f.not_understood, 0, "{:?}", f.examples);
    assert_eq!(f.lines, text.lines().count() as u64);
    assert_eq!(f.used + f.ignored, f.lines);
}

#[test]
fn seed_document_as_it_is() {
    let Some(shared) = shared() else { return };
    let dir = shared.join("seed");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("SKIP: {} is missing", dir.display());
        return;
    };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    assert!(!files.is_empty());
    for path in files {
        let data = std::fs::read(&path).unwrap();
        let (c, r) = run_with(&data, opts());
        assert_seed_verdicts(&c);
        let f = &r.files[0];
        // the prose is counted, not silently dropped
        assert_eq!(f.used + f.ignored + f.not_understood, f.lines);
        assert!(f.not_understood > 0);
        assert!(f.examples.iter().any(|e| e.text.contains("Determine si el ESA")), "{:?}", f.examples);
    }
}
