//! The records do not depend on how the input is cut: chunk size, thread count, files.

use crate::common::*;
use esa_tls::pipeline::{Collect, Options, Pipeline};
use esa_tls::sim::{generate, Config};
use proptest::prelude::*;

fn log(seed: u64, appliances: u32) -> Vec<u8> {
    let cfg = Config { seed, messages: 150, appliances, syslog: appliances > 1, ..Config::default() };
    let mut out = Vec::new();
    generate(&cfg, &mut out, false).unwrap();
    // wrapped lines and prose, as pasted from tickets, must survive any cut too
    out.extend_from_slice(std::fs::read(fixture("seed_118500_examples.log")).unwrap().as_slice());
    out.extend_from_slice(b"prose that is not a log line\nwith a second line\n\n");
    out
}

/// Records as comparable text (NDJSON lines), plus the line accounting.
fn run_parts(parts: &[&[u8]], o: Options) -> (Vec<String>, Vec<String>, (u64, u64, u64, u64)) {
    let mut p = Pipeline::new(o);
    let mut c = Collect::default();
    for (i, part) in parts.iter().enumerate() {
        p.run_bytes(&format!("part{i}"), part, &mut c);
    }
    let r = p.finish(&mut c);
    let m = c.messages.iter().map(|x| serde_json::to_string(x).unwrap()).collect();
    let k = c.connections.iter().map(|x| serde_json::to_string(x).unwrap()).collect();
    let totals = r
        .files
        .iter()
        .fold((0, 0, 0, 0), |t, f| (t.0 + f.lines, t.1 + f.used, t.2 + f.ignored, t.3 + f.not_understood));
    (m, k, totals)
}

fn reference(data: &[u8]) -> (Vec<String>, Vec<String>, (u64, u64, u64, u64)) {
    run_parts(&[data], Options { year: Some(2024), ..opts() })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn chunk_size_and_threads_do_not_matter(seed in 0u64..4, chunk in 64usize..20_000, threads in 1usize..5) {
        let data = log(seed, 1 + (seed % 2) as u32);
        let want = reference(&data);
        let got = run_parts(&[&data], Options { year: Some(2024), chunk_size: chunk, threads, ..opts() });
        prop_assert_eq!(got, want);
    }

    #[test]
    fn splitting_into_files_at_any_line_does_not_matter(seed in 0u64..4, cuts in proptest::collection::vec(0.0f64..1.0, 1..4)) {
        let data = log(seed, 1);
        let want = reference(&data);
        let starts: Vec<usize> = std::iter::once(0).chain(data.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1)).collect();
        let mut at: Vec<usize> = cuts.iter().map(|f| starts[(f * (starts.len() - 1) as f64) as usize]).collect();
        at.sort_unstable();
        at.dedup();
        let mut parts = Vec::new();
        let mut prev = 0;
        for a in at {
            parts.push(&data[prev..a]);
            prev = a;
        }
        parts.push(&data[prev..]);
        let got = run_parts(&parts, Options { year: Some(2024), ..opts() });
        // a wrapped entry cut apart by a file boundary is the one thing that may differ
        prop_assume!(got.2.3 == want.2.3);
        prop_assert_eq!(got, want);
    }
}

#[test]
fn interleaving_two_appliances_equals_running_them_apart() {
    let cfg = |seed| Config { seed, messages: 150, appliances: 1, syslog: true, ..Config::default() };
    let mut a = Vec::new();
    generate(&cfg(1), &mut a, false).unwrap();
    let mut b = Vec::new();
    generate(&cfg(2), &mut b, false).unwrap();
    let b = String::from_utf8(b).unwrap().replace(" esa1.example.net ", " esa2.example.net ");
    let a = String::from_utf8(a).unwrap();
    // merge by timestamp (stable: ties keep each stream's order)
    let mut lines: Vec<(&str, usize, usize)> = Vec::new();
    for (k, text) in [&a, &b].iter().enumerate() {
        for (i, l) in text.lines().enumerate() {
            lines.push((l, k, i));
        }
    }
    lines.sort_by(|x, y| x.0[..15].cmp(&y.0[..15]).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let merged: String = lines.iter().map(|l| format!("{}\n", l.0)).collect();
    let o = || Options { year: Some(2024), ..opts() };
    let (mut m, mut k, _) = run_parts(&[merged.as_bytes()], o());
    let (ma, ka, _) = run_parts(&[a.as_bytes()], o());
    let (mb, kb, _) = run_parts(&[b.as_bytes()], o());
    let mut m_apart: Vec<String> = ma.into_iter().chain(mb).collect();
    let mut k_apart: Vec<String> = ka.into_iter().chain(kb).collect();
    for v in [&mut m, &mut k, &mut m_apart, &mut k_apart] {
        v.sort();
    }
    assert_eq!(m.len(), m_apart.len());
    assert_eq!(m, m_apart);
    assert_eq!(k, k_apart);
}
