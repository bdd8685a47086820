//! The records do not depend on how the input is cut: chunk size, thread count, files.

use crate::common::*;
use esa_tls::pipeline::{Collect, Options, Pipeline};
use esa_tls_sim::{generate, Config};
use proptest::prelude::*;

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
        let data = sim_log(seed, 1 + (seed % 2) as u32);
        let want = reference(&data);
        let got = run_parts(&[&data], Options { year: Some(2024), chunk_size: chunk, threads, ..opts() });
        prop_assert_eq!(got, want);
        // and the not-understood lines are reported at the same line numbers
        let examples = |o: Options| {
            let mut p = Pipeline::new(Options { examples: 100, ..o });
            let mut c = Collect::default();
            p.run_bytes("x", &data, &mut c);
            p.finish(&mut c).files[0].examples.clone()
        };
        let whole = examples(Options { year: Some(2024), ..opts() });
        prop_assert!(!whole.is_empty());
        prop_assert_eq!(examples(Options { year: Some(2024), chunk_size: chunk, threads, ..opts() }), whole);
    }

    #[test]
    fn reading_a_file_gives_the_records_of_its_bytes(seed in 0u64..4, chunk in 64usize..20_000, threads in 1usize..4, mmap in any::<bool>()) {
        // mapped (the default) or read with `read`
        let data = sim_log(seed, 1 + (seed % 2) as u32);
        let want = reference(&data);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mail.current");
        std::fs::write(&path, &data).unwrap();
        let mut p = Pipeline::new(Options { year: Some(2024), chunk_size: chunk, threads, mmap, ..opts() });
        let mut c = Collect::default();
        p.run_source(&esa_tls::input::Source::file(&path), &mut c);
        let r = p.finish(&mut c);
        let f = &r.files[0];
        let got = (
            c.messages.iter().map(|x| serde_json::to_string(x).unwrap()).collect::<Vec<_>>(),
            c.connections.iter().map(|x| serde_json::to_string(x).unwrap()).collect::<Vec<_>>(),
            (f.lines, f.used, f.ignored, f.not_understood),
        );
        prop_assert!(f.error.is_none());
        prop_assert_eq!(got, want);
    }

    #[test]
    fn verdict_only_runs_give_the_full_runs_verdicts(seed in 0u64..6, threads in 1usize..4) {
        // `summary` reads with no texts kept; every verdict, count and time must be what the full
        // records say
        let data = sim_log(seed, 1 + (seed % 2) as u32);
        let verdicts = |c: &Collect| {
            let conns: Vec<_> = c.connections.iter().map(|x| (x.direction, x.id, x.hop.tls, x.opened, x.closed)).collect();
            let msgs: Vec<_> = c
                .messages
                .iter()
                .map(|m| {
                    let rcpts: Vec<_> = m.recipients.iter().map(|r| (r.rid, r.status, r.attempts, r.dcid, r.delivery.as_ref().map(|h| h.tls), r.last_attempt)).collect();
                    (m.mid, m.icid, m.origin.kind, m.received.as_ref().map(|h| h.tls), m.started, m.finished, rcpts)
                })
                .collect();
            (conns, msgs)
        };
        let (full, _) = run_with(&data, Options { year: Some(2024), threads, ..opts() });
        let (lean, _) = run_with(&data, Options { year: Some(2024), threads, keep_text: false, ..opts() });
        prop_assert!(lean.messages.iter().all(|m| m.from.is_none() && m.recipients.iter().all(|r| r.to.is_none())));
        prop_assert!(lean.connections.iter().all(|c| c.hop.cipher.is_none() && c.hop.remote_ip.is_none()));
        prop_assert_eq!(verdicts(&lean), verdicts(&full));
        let summary = |c: &Collect| {
            let mut s = esa_tls::report::summary::Summary::default();
            c.connections.iter().for_each(|x| s.add_connection(x));
            c.messages.iter().for_each(|m| s.add_message(m));
            s
        };
        prop_assert_eq!(summary(&lean), summary(&full));
    }

    #[test]
    fn connection_only_runs_give_the_full_runs_connections(seed in 0u64..6, threads in 1usize..4) {
        // `connections` reads no line that only carries a message's texts: its records, every field
        // of them, and the accounting of every line must be the full run's
        let data = sim_log(seed, 1 + (seed % 2) as u32);
        let o = Options { year: Some(2024), threads, ..opts() };
        let (full, full_report) = run_with(&data, o.clone());
        let (lean, lean_report) = run_with(&data, Options { messages: false, ..o });
        let json = |c: &Collect| c.connections.iter().map(|x| serde_json::to_string(x).unwrap()).collect::<Vec<_>>();
        prop_assert!(!full.connections.is_empty());
        prop_assert_eq!(json(&lean), json(&full));
        let lines = |r: &esa_tls::pipeline::RunReport| {
            r.files.iter().map(|f| (f.lines, f.used, f.ignored, f.not_understood)).collect::<Vec<_>>()
        };
        prop_assert_eq!(lines(&lean_report), lines(&full_report));
        // the text lines were not read: no message has a subject or a Message-ID, where the full
        // run's have them
        prop_assert!(full.messages.iter().any(|m| m.subject.is_some() && m.message_id.is_some()));
        prop_assert!(lean.messages.iter().all(|m| m.subject.is_none() && m.message_id.is_none() && m.size.is_none()));
    }

    #[test]
    fn filters_on_ids_verdicts_addresses_and_message_ids_find_without_texts_what_they_find_with_them(seed in 0u64..6, pick in 0usize..1000) {
        // `summary` with `--mid/--icid/--dcid/--tls/--direction` reads with no texts kept (the MIDs
        // each connection carried excepted), with `--from/--to` with the envelope addresses only:
        // every such search must pick the very records, and recipients, it picks in a full run
        use esa_tls::model::{domain_of, Direction, TlsOutcome};
        use esa_tls::report::filter::{AddressPattern, Search};
        let data = sim_log(seed, 1 + (seed % 2) as u32);
        let (full, _) = run_with(&data, Options { year: Some(2024), ..opts() });
        let lean_opts = Options { year: Some(2024), keep_text: false, keep_mids: true, keep_addresses: true, keep_message_ids: true, ..opts() };
        let (lean, _) = run_with(&data, lean_opts.clone());
        prop_assert!(lean.messages.iter().all(|m| m.subject.is_none()), "no other text is kept");
        prop_assert!(lean.connections.iter().all(|c| c.hop.remote_ip.is_none()), "no other text is kept");
        let carried = |c: &Collect| c.connections.iter().map(|x| (x.direction, x.id, x.mids.clone(), x.domains.clone())).collect::<Vec<_>>();
        prop_assert_eq!(carried(&lean), carried(&full));
        let m = &full.messages[pick % full.messages.len()];
        let icid = m.icid.unwrap_or(0);
        let dcid = full.connections.iter().filter(|c| c.direction == Direction::Outbound).nth(pick % 7).map_or(0, |c| c.id);
        let to = full.messages.iter().flat_map(|m| &m.recipients).filter_map(|r| r.to.as_deref()).filter(|a| a.contains('@')).nth(pick % 50).unwrap_or("x@y.example");
        let from = full.messages.iter().filter_map(|m| m.from.as_deref()).filter(|a| a.contains('@')).nth(pick % 40).unwrap_or("x@y.example");
        let pattern = |s: &str| AddressPattern::parse(s).unwrap();
        let to_domain = domain_of(to).map(|d| d.into_owned()).unwrap_or_default();
        let searches = [
            Search { mids: vec![m.mid, m.mid + 1], ..Search::default() },
            Search { icids: vec![icid], ..Search::default() },
            Search { dcids: vec![dcid], ..Search::default() },
            Search { tls: vec![TlsOutcome::Failed, TlsOutcome::Unknown], ..Search::default() },
            Search { tls: vec![TlsOutcome::None], direction: Some(Direction::Outbound), ..Search::default() },
            Search { mids: vec![m.mid], direction: Some(Direction::Inbound), ..Search::default() },
            Search { to: vec![pattern(to)], ..Search::default() },
            Search { to: vec![pattern(&to_domain)], tls: vec![TlsOutcome::Success], ..Search::default() },
            Search { from: vec![pattern(from)], direction: Some(Direction::Outbound), ..Search::default() },
            Search { from: vec![pattern(&format!("@{}", domain_of(from).unwrap_or_default()))], ..Search::default() },
            Search { message_ids: full.messages.iter().filter_map(|m| m.message_id.as_deref()).skip(pick % 30).take(3).map(|i| i.trim_matches(['<', '>']).to_string()).collect(), ..Search::default() },
        ];
        for s in &searches {
            prop_assert!(!s.reads_text());
            let found = |c: &Collect| {
                let msgs: Vec<(u64, Vec<u32>)> = c
                    .messages
                    .iter()
                    .filter(|x| s.message(x))
                    .map(|x| {
                        let mut x = x.clone();
                        s.narrow(&mut x);
                        (x.mid, x.recipients.iter().map(|r| r.rid).collect())
                    })
                    .collect();
                let conns: Vec<(Direction, u64)> = c.connections.iter().filter(|x| s.connection(x)).map(|x| (x.direction, x.id)).collect();
                (msgs, conns)
            };
            let (want, got) = (found(&full), found(&lean));
            if s.reads_addresses() {
                // as `summary` runs it: only the addresses the search matches are kept (a full
                // address widened to its domain, for the connections)
                let wanted = s.wanted_addresses(true).map(std::sync::Arc::new);
                let (only, _) = run_with(&data, Options { wanted_addresses: wanted, ..lean_opts.clone() });
                prop_assert_eq!(found(&only), want.clone(), "{:?}, only the addresses it matches", s);
            }
            if s.mids.len() == 2 {
                prop_assert!(want.0.iter().any(|x| x.0 == m.mid), "the MID search finds its message");
            }
            if !s.message_ids.is_empty() {
                prop_assert!(!want.0.is_empty(), "the Message-ID search finds its messages");
            }
            if s.to.len() == 1 && s.tls.is_empty() {
                prop_assert!(!want.0.is_empty(), "the address search finds its message");
            }
            prop_assert_eq!(got, want, "{:?}", s);
        }
    }

    #[test]
    fn splitting_into_files_at_any_line_does_not_matter(seed in 0u64..4, cuts in proptest::collection::vec(0.0f64..1.0, 1..4)) {
        let data = sim_log(seed, 1);
        let want = reference(&data);
        let parts = cut_at_lines(&data, &cuts);
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

/// The IDs a line is about (ICID, MID, DCID, RCID numbers).
fn ids(line: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut out = Vec::new();
    for w in words.windows(2) {
        let kw = w[0].trim_end_matches(':');
        if matches!(kw, "ICID" | "MID" | "DCID" | "RCID") || kw == "Message" {
            let n: String = w[1].chars().take_while(|c| c.is_ascii_digit()).collect();
            if !n.is_empty() {
                out.push((if kw == "Message" { "MID".into() } else { kw.to_string() }, n));
            }
        }
    }
    // `MID a rewritten to MID b`, `generated for bounce of MID a`: both IDs are already caught
    out
}

/// Reorders the lines of each second at random, keeping the order of any two lines about a
/// common ID (where the order carries meaning).
fn shuffle_within_seconds(text: &str, seed: u64) -> String {
    let mut rng = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut next = move |n: usize| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % n as u64) as usize
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let stamp = &lines[i][..lines[i].len().min(24)];
        let mut j = i;
        while j < lines.len() && lines[j].starts_with(stamp) {
            j += 1;
        }
        let block = &lines[i..j];
        let block_ids: Vec<Vec<(String, String)>> = block.iter().map(|l| ids(l)).collect();
        let mut done = vec![false; block.len()];
        for _ in 0..block.len() {
            // lines whose earlier lines sharing an ID are placed; lines about no ID (file header,
            // system lines) stay where they are relative to every other line
            let ready: Vec<usize> = (0..block.len())
                .filter(|&k| {
                    !done[k]
                        && (0..k).all(|p| {
                            done[p]
                                || (!block_ids[p].is_empty()
                                    && !block_ids[k].is_empty()
                                    && !block_ids[p].iter().any(|x| block_ids[k].contains(x)))
                        })
                })
                .collect();
            let k = ready[next(ready.len())];
            done[k] = true;
            out.push(block[k]);
        }
        i = j;
    }
    out.join("\n") + "\n"
}

#[test]
fn shuffling_lines_within_a_second_does_not_change_verdicts() {
    let cfg = Config { seed: 77, messages: 200, appliances: 1, ..Config::default() };
    let mut data = Vec::new();
    generate(&cfg, &mut data, false).unwrap();
    let text = String::from_utf8(data).unwrap();
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let (m0, k0, t0) = reference(text.as_bytes());
    for seed in 1..4 {
        let shuffled = shuffle_within_seconds(&text, seed);
        assert_ne!(shuffled, text, "the shuffle must move something");
        let (m, k, t) = reference(shuffled.as_bytes());
        assert_eq!(t, t0);
        assert_eq!(sorted(m), sorted(m0.clone()));
        assert_eq!(sorted(k), sorted(k0.clone()));
    }
}

#[test]
fn an_address_search_without_texts_still_reads_the_sender_of_a_ready_line() {
    // a message whose `From:` line is missing gets its sender from `ready … bytes from <…>`, a line
    // a verdict-only run drops when parsed: a run that keeps addresses must read it
    let log = b"Mon Mar  4 10:00:00 2024 Info: New SMTP ICID 5 interface D (10.0.0.1) address 192.0.2.1 reverse dns host unknown verified no
Mon Mar  4 10:00:01 2024 Info: Start MID 7 ICID 5
Mon Mar  4 10:00:01 2024 Info: MID 7 ICID 5 RID 0 To: <b@partner.example>
Mon Mar  4 10:00:01 2024 Info: MID 7 Subject 'hello'
Mon Mar  4 10:00:01 2024 Info: MID 7 ready 120 bytes from <a@sender.example>
Mon Mar  4 10:00:02 2024 Info: Message finished MID 7 done
Mon Mar  4 10:00:03 2024 Info: ICID 5 close
";
    let opts = Options { year: Some(2024), keep_text: false, keep_addresses: true, ..opts() };
    let (c, _) = run_with(log, opts);
    let m = &c.messages[0];
    assert_eq!(m.from.as_deref(), Some("a@sender.example"));
    assert_eq!(m.recipients[0].to.as_deref(), Some("b@partner.example"));
    assert_eq!(m.subject, None, "no other text");
}

/// A value given on the command line or in the web app's search form (the same readers) may be
/// anything typed or pasted: no reader panics on it, whatever its characters (a cut inside a
/// multi-byte character panicked `--utc-offset +1é1` and `--since 2005-07-20T19:47+1é1`).
mod option_values {
    use esa_tls::model::{bare_message_id, AddressPattern};
    use esa_tls::report::compliance::DomainRule;
    use esa_tls::report::filter::TimeRange;
    use esa_tls::time::{parse_cli_time, parse_utc_offset};
    use proptest::prelude::*;

    fn typed() -> impl Strategy<Value = String> {
        // the characters such values are made of, and a few that are not
        proptest::collection::vec(
            prop_oneof![
                proptest::char::range('0', '9'),
                Just('+'),
                Just('-'),
                Just(':'),
                Just('T'),
                Just('Z'),
                Just(' '),
                Just('@'),
                Just('<'),
                Just('>'),
                Just('*'),
                Just('.'),
                Just('é'),
                Just('€'),
                Just('\u{a0}'),
                any::<char>(),
            ],
            0..24,
        )
        .prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]
        #[test]
        fn no_reader_panics(s in typed(), prefix in prop_oneof![Just(""), Just("2005-07-20T19:47"), Just("UTC"), Just("Message-ID:")]) {
            let s = format!("{prefix}{s}");
            let _ = parse_utc_offset(&s);
            let _ = parse_cli_time(&s);
            let _ = TimeRange::parse(Some(&s), None);
            let _ = bare_message_id(&s);
            let _ = AddressPattern::parse(&s);
            let _ = DomainRule::parse(&s);
        }
    }
}

/// What `parse_body_as` must give when it leaves the texts out that `texts` does not name: the
/// full parse's event, with those fields empty and nothing else changed.
fn without(e: esa_tls::parse::Event<'_>, texts: esa_tls::parse::Texts) -> esa_tls::parse::Event<'_> {
    use esa_tls::parse::{Event, Part, Texts, TlsEvent};
    let success =
        || TlsEvent::Success { text: b"", protocol: Part::default(), cipher: Part::default(), cn: Part::default() };
    let (others, senders, recipients, ids) = (
        texts.cuts(Texts::OTHERS),
        texts.cuts(Texts::SENDERS),
        texts.cuts(Texts::RECIPIENTS),
        texts.cuts(Texts::MESSAGE_IDS),
    );
    match e {
        Event::IcidOpen { icid, verified, .. } if !others => {
            Event::IcidOpen { icid, interface: None, remote_ip: None, remote_host: None, verified }
        }
        Event::IcidHat { icid, action, .. } if !others => {
            Event::IcidHat { icid, action, sender_group: None, sbrs: None }
        }
        Event::DcidOpen { dcid, port, .. } if !others => {
            Event::DcidOpen { dcid, interface: None, remote_ip: None, port }
        }
        Event::MsgFrom { mid, icid, .. } if !senders => Event::MsgFrom { mid, icid, from: b"" },
        Event::MsgRcpt { mid, icid, rid, .. } if !recipients => Event::MsgRcpt { mid, icid, rid, to: b"" },
        Event::MsgReady { mid, size, from } if !senders => Event::MsgReady { mid, size, from: from.map(|_| &b""[..]) },
        Event::MsgMessageId { mid, .. } if !ids => Event::MsgMessageId { mid, message_id: b"" },
        Event::MsgSubject { mid, .. } if !others => Event::MsgSubject { mid, subject: b"" },
        Event::MsgResponse { mid, rids, .. } if !others => Event::MsgResponse { mid, rids, response: b"" },
        Event::DeliveryFailed { hard, dcid, mid, rids, .. } if !others => {
            Event::DeliveryFailed { hard, dcid, mid, rids, text: b"", code: Part::default(), reason_at: 0 }
        }
        Event::IcidTls { icid, tls: TlsEvent::Success { .. } } if !others => Event::IcidTls { icid, tls: success() },
        Event::DcidTls { dcid, ip, tls: TlsEvent::Success { .. } } if !others => {
            Event::DcidTls { dcid, ip, tls: success() }
        }
        e => e,
    }
}

#[test]
fn a_parse_that_leaves_texts_out_reads_every_line_as_the_full_parse() {
    // `summary` and the searches parse with the texts they do not keep left out (`Texts`): every
    // line must still be the same event, with the same IDs, numbers and verdicts, so that it is
    // accounted for and correlated alike
    use esa_tls::parse::{parse_body, parse_body_as, parse_header, Texts};
    let mut logs: Vec<Vec<u8>> = (0..4).map(|seed| sim_log(seed, 1 + (seed % 2) as u32)).collect();
    for name in ["seed_118500_examples.log", "partners.log"] {
        logs.push(std::fs::read(fixture(name)).unwrap());
    }
    logs.push(std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/mail_logs.@20240310T080000.s")).unwrap());
    if let Some(shared) = shared() {
        let mut dirs = vec![shared.join("corpus")];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                match e.path() {
                    p if p.is_dir() => dirs.push(p),
                    p => logs.push(std::fs::read(p).unwrap()),
                }
            }
        }
    }
    // the forms each way leaves out, as logged and as they vary
    logs.push(
        b"Info: New SMTP ICID 7 interface Data 1 (10.0.0.1) address 192.0.2.7 reverse dns host mx.example verified yes
Info: New SMTP ICID 8 interface IP-Inbound (10.0.0.1) address 192.0.2.8 reverse dns host x.example verifi
Info: New SMTP ICID 9 interface private address 81.137.223.69
Info: Info: New SMTP ICID 10 interface Management
Info: ICID 7 ACCEPT SG SUSPECTLIST match sbrs[-1.0:-0.1] SBRS -0.5 country United States
Info: ICID 8 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Info: ICID 9 TCPREFUSE SG BLOCKED match sbrs[-10.0:-3.0] SBRS -5.5
Info: New SMTP DCID 3 interface 10.0.0.1 address 198.51.100.3 port 25
Info: New SMTP DCID 4 interface 10.0.0.1 address 198.51.100.4 port 99999
Info: MID 5 ICID 7 From: <Ann@Sender.example>
Info: MID 5 ICID 7 From: <>
Info: MID 5 ICID 7 RID 0 To: <bob@corp.example>
Info: MID 5 ICID 7 RID 1 To: carol@corp.example Rejected
Info: MID 5 From: <a@x.example> To: <b@y.example>, 2 total recipients
Info: MID 5 Message-ID '<5.abc@sender.example>'
Info: MID 5 Subject 'hello \"world\"'
Info: MID 5 Subject
Info: MID 5 ready 4242 bytes from <ann@sender.example>
Info: MID 5 ready 4242 bytes
Info: MID 5 ready lots of bytes from <ann@sender.example>
Info: MID 5 RID [0] Response '2.0.0 Ok: queued as 4Xy'
Info: MID 5 RID [0, 1] queued
Info: MID 5 queued for delivery
Info: ICID 7 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Info: DCID 3 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 CN: <mx.partner.example>
Info: DCID 3 IP 198.51.100.3 TLS success
Info: DCID 4 TLS failed: STARTTLS not offered
Info: Delayed: DCID 4 MID 5 to RID [0] - 4.1.0 - Unknown address error ('451', ['4.7.1 try later'])
Info: Bounced: DCID 4 MID 5 to RID [0, 1] - 5.1.1 - Bad destination mailbox address ('550', ['no such user'])
Info: Bounced: DCID 0 MID 5 From: <a@x.example> To: <b@y.example> RID 0 - 5.4.7 - Delivery expired
Info: Delayed: DCID 4 MID 5 to RID [0]
Info: Bounced: DCID 4 MID 5 to RID [zero] - 5.1.1 - no list
Info: DCID 3 TLS successful
"
        .to_vec(),
    );
    let forms = [
        Texts::NONE,
        Texts::ADDRESSES,
        Texts::SENDERS,
        Texts::RECIPIENTS.with(Texts::MESSAGE_IDS, true),
        Texts::MESSAGE_IDS,
        Texts::OTHERS,
        Texts::NONE.with(Texts::ADDRESSES, true).with(Texts::MESSAGE_IDS, true),
        Texts::ALL,
    ];
    let (mut lines, mut left_out) = (0, 0);
    for log in &logs {
        for line in log.split(|&c| c == b'\n') {
            let body = parse_header(line).map_or(line, |h| h.body);
            let full = parse_body(body);
            lines += 1;
            for texts in forms {
                let lean = parse_body_as(body, texts);
                assert_eq!(lean, without(full, texts), "{:?} with {texts:?}", String::from_utf8_lossy(line));
                left_out += usize::from(lean != full);
            }
        }
    }
    assert!(lines > 5_000 && left_out > 1_000, "{lines} lines, {left_out} events with texts left out");
}
