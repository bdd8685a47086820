//! The correlator's open state as data: saved at the end of an ingest into a store and restored by the
//! next one, so that a log ingested in pieces gives the records one run over the whole would.

use super::{ApplianceState, CorrelationStats, Correlator, Limits};
use crate::model::Hop;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Everything a [`Correlator`] holds between two lines: open connections and messages per appliance,
/// the recently finished IDs, the order counters and the statistics so far.
#[derive(Serialize, Deserialize)]
pub struct CorrelatorState {
    apps: Vec<ApplianceState>,
    names: Vec<(Vec<u8>, u32)>,
    seq: u64,
    stats: CorrelationStats,
}

impl Correlator {
    /// A copy of the open state (the correlator goes on unchanged).
    pub fn snapshot(&self) -> Result<Vec<u8>, String> {
        #[derive(Serialize)]
        struct View<'a> {
            apps: &'a [ApplianceState],
            names: Vec<(&'a [u8], u32)>,
            seq: u64,
            stats: CorrelationStats,
        }
        let mut names: Vec<(&[u8], u32)> = self.names.iter().map(|(k, v)| (&**k, *v)).collect();
        names.sort_unstable_by_key(|x| x.1);
        let view = View { apps: &self.apps, names, seq: self.seq, stats: self.stats };
        serde_json::to_vec(&view).map_err(|e| format!("saving the correlation state: {e}"))
    }

    /// A correlator that goes on from a [`snapshot`](Correlator::snapshot).
    pub fn restore(data: &[u8], limits: Limits, keep_text: bool) -> Result<Correlator, String> {
        let s: CorrelatorState =
            serde_json::from_slice(data).map_err(|e| format!("reading the saved correlation state: {e}"))?;
        if s.apps.is_empty() {
            return Err("reading the saved correlation state: no appliance".into());
        }
        Ok(Correlator {
            apps: s.apps,
            names: s.names.into_iter().map(|(k, v)| (k.into_boxed_slice(), v)).collect(),
            seq: s.seq,
            unknown_hop: Arc::new(Hop::unknown()),
            limits,
            keep_text,
            keep_mids: false,
            keep_addresses: false,
            wanted_addresses: None,
            keep_message_ids: false,
            connections_wanted: true,
            spans: false,
            at: 0,
            stats: s.stats,
        })
    }
}

/// A hash map as a list of pairs in key order (JSON keys must be strings; the order makes the
/// saved state the same for the same content).
pub(super) mod pairs {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::HashMap;
    use std::hash::{BuildHasher, Hash};

    pub fn serialize<K: Serialize + Ord, V: Serialize, H, S: Serializer>(
        m: &HashMap<K, V, H>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let mut v: Vec<(&K, &V)> = m.iter().collect();
        v.sort_unstable_by(|a, b| a.0.cmp(b.0));
        s.collect_seq(v)
    }

    pub fn deserialize<'de, K, V, H, D>(d: D) -> Result<HashMap<K, V, H>, D::Error>
    where
        K: Deserialize<'de> + Eq + Hash,
        V: Deserialize<'de>,
        H: BuildHasher + Default,
        D: Deserializer<'de>,
    {
        Ok(Vec::<(K, V)>::deserialize(d)?.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit;
    use super::*;
    use crate::model::Record;
    use crate::parse::Event;

    const LINES: &[&str] = &[
        "10:00:00 Info: New SMTP ICID 1 interface Management (10.0.0.1) address 192.0.2.10 reverse dns host mx.partner.example verified yes",
        "10:00:00 Info: ICID 1 ACCEPT SG UNKNOWNLIST match  SBRS 1.0",
        "10:00:01 Info: ICID 1 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384",
        "10:00:02 Info: Start MID 7 ICID 1",
        "10:00:02 Info: MID 7 ICID 1 From: <a@partner.example>",
        "10:00:02 Info: MID 7 ICID 1 RID 0 To: <b@corp.example>",
        "10:00:03 Info: MID 7 Subject 'hello'",
        "10:00:03 Info: MID 7 ready 1234 bytes from <a@partner.example>",
        "10:00:04 Info: ICID 1 close",
        "10:00:05 Info: New SMTP DCID 9 interface 10.0.0.1 address 198.51.100.7 port 25",
        "10:00:06 Info: DCID 9 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384",
        "10:00:07 Info: Delivery start DCID 9 MID 7 to RID [0]",
        "10:00:08 Info: Message done DCID 9 MID 7 to RID [0]",
        "10:00:08 Info: MID 7 queued for delivery",
        "10:00:09 Info: Message finished MID 7 done",
        "10:00:10 Info: DCID 9 close",
    ];

    fn json(recs: &[Record]) -> Vec<String> {
        recs.iter()
            .map(|r| match r {
                Record::Connection(c) => serde_json::to_string(c).unwrap(),
                Record::Message(m) => serde_json::to_string(m).unwrap(),
            })
            .collect()
    }

    #[test]
    fn a_run_cut_anywhere_and_restored_gives_the_same_records() {
        let whole = json(&testkit::run(LINES));
        assert_eq!(whole.len(), 3, "{whole:?}");
        for cut in 0..=LINES.len() {
            let mut c = Correlator::default();
            let mut out = Vec::new();
            testkit::feed(&mut c, &LINES[..cut], &mut out);
            let saved = c.snapshot().unwrap();
            drop(c);
            let mut c = Correlator::restore(&saved, Limits::default(), true).unwrap();
            testkit::feed(&mut c, &LINES[cut..], &mut out);
            c.finish(&mut |r| out.push(r));
            assert_eq!(json(&out), whole, "cut before line {cut}");
            // the statistics carry over too
            assert_eq!(c.stats.messages, 1, "cut before line {cut}");
        }
        assert!(!matches!(crate::parse::parse_body(b"Info: ICID 1 close"), Event::Malformed));
    }

    #[test]
    fn a_damaged_state_is_an_error() {
        assert!(Correlator::restore(b"{", Limits::default(), true).is_err());
        assert!(
            Correlator::restore(b"{\"apps\":[],\"names\":[],\"seq\":0,\"stats\":{}}", Limits::default(), true).is_err()
        );
    }
}
