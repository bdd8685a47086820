//! `messages` with a search by ID keeps no text and reads the texts of the records it prints back
//! from their lines (`esa_tls::readback`): the records must be exactly those of a run that keeps
//! every text, however the input is cut into files and whatever the search picks.

use crate::common::*;
use esa_tls::input::Source;
use esa_tls::model::{Connection, Direction, Message, RecipientStatus, TlsOutcome};
use esa_tls::pipeline::{Collect, Options, Pipeline, Sink};
use esa_tls::readback::{self, ReadBack, ReadBackReport};
use esa_tls::report::filter::{AddressPattern, Filtered, Search, TimeRange};
use proptest::prelude::*;
use std::path::PathBuf;

/// Writes `data` cut before the lines at the fractions `cuts` of it into files of a folder.
fn files(dir: &std::path::Path, data: &[u8], cuts: &[f64]) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for (i, part) in cut_at_lines(data, cuts).into_iter().enumerate() {
        let p = dir.join(format!("mail.{i}.log"));
        std::fs::write(&p, part).unwrap();
        paths.push(p);
    }
    paths
}

fn options() -> Options {
    Options { year: Some(2024), ..opts() }
}

/// The records a search keeps, from a run with every text kept.
fn with_texts_all(paths: &[PathBuf], search: &Search) -> Collect {
    let mut p = Pipeline::new(options());
    let mut c = Collect::default();
    let mut f = Filtered { range: TimeRange::default(), search: search.clone(), narrow: false, inner: &mut c };
    for path in paths {
        p.run_source(&Source::file(path), &mut f);
    }
    p.finish(&mut f);
    c
}

fn with_texts(paths: &[PathBuf], search: &Search) -> Vec<Message> {
    with_texts_all(paths, search).messages
}

/// The same from a run that keeps no text and reads back the texts of the records of `kinds`
/// (connections, messages) it keeps, as `esa-tls messages` and `connections` run it;
/// `before_reading_back` may change the files in between. `chunk_size`: how the files are read
/// (positions must hold across chunks and files).
fn read_back_kinds(
    paths: &[PathBuf],
    search: &Search,
    kinds: (bool, bool),
    chunk_size: usize,
    before_reading_back: impl FnOnce(),
) -> (Collect, ReadBackReport) {
    let mut p = Pipeline::new(Options { chunk_size, ..readback::lean(&options(), search, kinds) });
    let mut c = Collect::default();
    let total = paths.iter().map(|p| std::fs::metadata(p).unwrap().len()).sum();
    let mut back = ReadBack::new(p.extents(), &options(), kinds, total, &mut c);
    // searches that keep most records are read back here too (a run of the CLI reads those again
    // with every text instead: see `a_search_that_keeps_many_records_...`)
    back.budget = u64::MAX;
    let mut f = Filtered { range: TimeRange::default(), search: search.clone(), narrow: false, inner: &mut back };
    for path in paths {
        p.run_source(&Source::file(path), &mut f);
    }
    p.finish(&mut f);
    before_reading_back();
    let report = back.finish();
    (c, report)
}

fn read_back(
    paths: &[PathBuf],
    search: &Search,
    chunk_size: usize,
    before_reading_back: impl FnOnce(),
) -> (Vec<Message>, ReadBackReport) {
    let (c, report) = read_back_kinds(paths, search, (false, true), chunk_size, before_reading_back);
    (c.messages, report)
}

/// The messages `search` keeps in `paths`, from a run with every text, having checked that reading
/// their texts back (in chunks of `chunk_size`) gives those very records, without a failure.
fn read_back_as_with_texts(paths: &[PathBuf], search: &Search, chunk_size: usize) -> Vec<Message> {
    let want = with_texts(paths, search);
    let (got, report) = read_back(paths, search, chunk_size, || {});
    assert_eq!(report, ReadBackReport::default());
    assert_eq!(json(&got), json(&want));
    want
}

fn json(ms: &[Message]) -> Vec<String> {
    ms.iter().map(|m| serde_json::to_string(m).unwrap()).collect()
}

fn json_connections(cs: &[Connection]) -> Vec<String> {
    cs.iter().map(|c| serde_json::to_string(c).unwrap()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn records_read_back_are_the_records_of_a_run_with_every_text(
        seed in 0u64..6,
        pick in 0usize..1000,
        cuts in proptest::collection::vec(0.0f64..1.0, 0..3),
    ) {
        let data = sim_log(seed, 1 + (seed % 2) as u32);
        let dir = tempfile::tempdir().unwrap();
        let paths = files(dir.path(), &data, &cuts);
        let all = with_texts(&paths, &Search::default());
        // a rewrite or split child (its texts come from its parent's lines), a bounce, any message
        let child = all.iter().filter(|m| m.origin.parent.is_some()).nth(pick % 5).map_or(0, |m| m.mid);
        let any = &all[pick % all.len()];
        let dcid = all.iter().flat_map(|m| &m.recipients).filter_map(|r| r.dcid).nth(pick % 11).unwrap_or(0);
        let message_id = all.iter().filter_map(|m| m.message_id.as_deref()).nth(pick % 17).unwrap();
        let message_id = message_id.trim_start_matches('<').trim_end_matches('>');
        let to = all.iter().flat_map(|m| &m.recipients).filter_map(|r| r.to.as_deref()).nth(pick % 23).unwrap();
        let from = all.iter().filter_map(|m| m.from.as_deref()).filter(|f| f.contains('@')).nth(pick % 19).unwrap();
        // a sender and a recipient of one message
        let (pair_from, pair_to) = all
            .iter()
            .filter_map(|m| m.from.as_deref().filter(|f| f.contains('@')).map(|f| (f, &m.recipients)))
            .flat_map(|(f, rs)| rs.iter().filter_map(move |r| r.to.as_deref().map(|t| (f, t))))
            .nth(pick % 13)
            .unwrap();
        let exact = |a: &str| AddressPattern::parse(a).unwrap();
        let searches = [
            Search { mids: vec![child], ..Search::default() },
            Search { mids: vec![any.mid, child, any.mid + 7], ..Search::default() },
            Search { icids: vec![any.icid.unwrap_or(0)], ..Search::default() },
            Search { dcids: vec![dcid], ..Search::default() },
            Search { mids: all.iter().map(|m| m.mid).collect(), ..Search::default() },
            Search { mids: vec![any.mid], direction: Some(Direction::Outbound), ..Search::default() },
            // by Message-ID, by full address (the run keeps those texts and reads back the others)
            Search { message_ids: vec![message_id.to_string()], ..Search::default() },
            Search { to: vec![exact(to)], tls: vec![TlsOutcome::Success], ..Search::default() },
            Search { from: vec![exact(from), exact("nobody@nowhere.example")], ..Search::default() },
            // a sender and a recipient together (with recipients only, the run reads no `ready` line)
            Search { from: vec![exact(pair_from)], to: vec![exact(pair_to)], ..Search::default() },
        ];
        let sources: Vec<Source> = paths.iter().map(Source::file).collect();
        for s in &searches {
            prop_assert!(readback::applies(s, (false, true), &sources), "{:?} reads back", s);
            let want = with_texts_all(&paths, s);
            let chunk = 1 << (9 + pick % 12);
            let (got, report) = read_back(&paths, s, chunk, || {});
            prop_assert_eq!(report, ReadBackReport::default());
            prop_assert!(!want.messages.is_empty() || s.mids == [0] || s.direction.is_some() || !s.tls.is_empty(), "{:?} finds something", s);
            prop_assert_eq!(json(&got), json(&want.messages), "{:?}", s);
            // connections, with the MIDs they carried and the envelope domains of their messages
            let (got, report) = read_back_kinds(&paths, s, (true, false), chunk, || {});
            prop_assert_eq!(report, ReadBackReport::default());
            if s.mids.len() > 3 {
                let outbound_domains = |c: &Collect| c.connections.iter().any(|c| c.direction == Direction::Outbound && !c.domains.is_empty());
                prop_assert!(outbound_domains(&want) && outbound_domains(&got), "delivery connections with their domains");
            }
            prop_assert_eq!(json_connections(&got.connections), json_connections(&want.connections), "{:?}", s);
        }
    }
}

#[test]
fn texts_are_read_back_indeed() {
    // without reading back, the run keeps none of them: the test above would pass vacuously
    let dir = tempfile::tempdir().unwrap();
    let paths = files(dir.path(), &sim_log(3, 1), &[0.5]);
    let all = with_texts(&paths, &Search::default());
    let m = all.iter().find(|m| m.subject.is_some() && m.recipients.iter().any(|r| r.to.is_some())).unwrap();
    let s = Search { mids: vec![m.mid], ..Search::default() };
    let mut p = Pipeline::new(Options { keep_text: false, spans: true, ..options() });
    let mut c = Collect::default();
    for path in &paths {
        p.run_source(&Source::file(path), &mut c);
    }
    p.finish(&mut c);
    let bare = c.messages.iter().find(|x| x.mid == m.mid).unwrap();
    assert_eq!((bare.subject.as_deref(), bare.recipients[0].to.as_deref()), (None, None));
    assert!(bare.lines.is_some(), "its lines are noted");
    let (got, _) = read_back(&paths, &s, 1 << 20, || {});
    assert_eq!(json(&got), json(std::slice::from_ref(m)));
}

#[test]
fn a_record_whose_lines_are_gone_goes_out_without_texts_and_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let paths = files(dir.path(), &sim_log(1, 1), &[]);
    let all = with_texts(&paths, &Search::default());
    let m = &all[all.len() / 2];
    let s = Search { mids: vec![m.mid], ..Search::default() };
    let (got, report) = read_back(&paths, &s, 1 << 20, || std::fs::write(&paths[0], b"").unwrap());
    assert_eq!(got.len(), 1, "the record still goes out");
    assert_eq!((got[0].mid, got[0].subject.as_deref()), (m.mid, None));
    assert_eq!(report.failed, 1);
    assert!(report.last_error.is_some());
}

#[test]
fn only_plain_files_are_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("mail.log");
    std::fs::write(&plain, sim_log(0, 1)).unwrap();
    let gz = dir.path().join("mail.log.gz");
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut e, b"Info: ICID 1 close\n").unwrap();
    std::fs::write(&gz, e.finish().unwrap()).unwrap();
    assert!(readback::eligible(&[Source::file(&plain)]));
    assert!(!readback::eligible(&[Source::file(&plain), Source::file(&gz)]), "gzip is read from its start only");
    assert!(!readback::eligible(&[Source::stdin()]));
    assert!(!readback::eligible(&[Source::file(dir.path())]), "a folder");
    assert!(!readback::eligible(&[]));
}

#[test]
fn a_run_reading_texts_back_keeps_the_addresses_its_search_matches_for_messages_only() {
    let p = |a: &str| AddressPattern::parse(a).unwrap();
    let s = Search { to: vec![p("bob@corp.example")], ..Search::default() };
    let messages = readback::lean(&options(), &s, (false, true));
    let wanted = messages.wanted_addresses.expect("messages: the search's addresses alone");
    assert_eq!((wanted.senders.len(), wanted.recipients.clone()), (0, vec![p("bob@corp.example")]));
    assert!(messages.keep_addresses && !messages.keep_text);
    // printed connections show every envelope domain, which every address gives
    assert_eq!(readback::lean(&options(), &s, (true, false)).wanted_addresses, None);
    // a search that reads no address keeps none
    let by_id = readback::lean(&options(), &Search { mids: vec![5], ..Search::default() }, (false, true));
    assert!(!by_id.keep_addresses && by_id.wanted_addresses.is_none());
}

#[test]
fn only_searches_that_name_few_records_and_read_no_other_text_are_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("mail.log");
    std::fs::write(&plain, sim_log(0, 1)).unwrap();
    let files = [Source::file(&plain)];
    let exact = |a: &str| AddressPattern::parse(a).unwrap();
    let mid = Search { mids: vec![500_001], ..Search::default() };
    for s in [
        mid.clone(),
        Search { icids: vec![3], ..Search::default() },
        Search { dcids: vec![3], ..Search::default() },
        Search { message_ids: vec!["a@b.example".into()], ..Search::default() },
        Search { to: vec![exact("bob@partner.example")], ..Search::default() },
        Search { from: vec![exact("bob@partner.example")], tls: vec![TlsOutcome::Failed], ..Search::default() },
        // a broad filter beside a selective one: still few records
        Search { to: vec![exact("partner.example")], mids: vec![5], ..Search::default() },
    ] {
        assert!(readback::applies(&s, (false, true), &files), "{s:?}");
        assert!(readback::applies(&s, (true, false), &files), "{s:?}");
    }
    for s in [
        // many records: every text is kept from the start
        Search::default(),
        Search { tls: vec![TlsOutcome::Failed], ..Search::default() },
        Search { to: vec![exact("partner.example")], ..Search::default() },
        Search { to: vec![exact("bob@partner.example"), exact("@partner.example")], ..Search::default() },
        // texts the run would have to keep for every record to match them
        Search { subjects: vec!["invoice".into()], ..mid.clone() },
        Search { peers: vec!["192.0.2.1".into()], ..mid.clone() },
    ] {
        assert!(!readback::applies(&s, (false, true), &files), "{s:?}");
    }
    // a report reads every kind; standard input cannot be read again
    assert!(!readback::applies(&mid, (true, true), &files));
    assert!(!readback::applies(&mid, (false, true), &[Source::stdin()]));
}

#[test]
fn a_rewritten_message_reads_its_parent_s_texts_back() {
    // the parent came in before the input starts: no connection ties the two, only the rewrite
    // line; the child's subject, sender and recipient are its parent's
    let log = "\
Mon Mar 04 10:00:00 2024 Info: MID 7 From: <alice@example.com>
Mon Mar 04 10:00:00 2024 Info: MID 7 RID 0 To: <bob@partner.example>
Mon Mar 04 10:00:00 2024 Info: MID 7 Subject 'quarterly numbers'
Mon Mar 04 10:00:01 2024 Info: MID 7 ready 1200 bytes from <alice@example.com>
Mon Mar 04 10:00:02 2024 Info: MID 7 rewritten to MID 8 by antispam (alt-rcpt-to)
Mon Mar 04 10:00:02 2024 Info: Message finished MID 7 done
Mon Mar 04 10:00:03 2024 Info: New SMTP DCID 21 interface 10.0.0.1 address 192.0.2.25 port 25
Mon Mar 04 10:00:03 2024 Info: DCID 21 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar 04 10:00:04 2024 Info: Delivery start DCID 21 MID 8 to RID [0]
Mon Mar 04 10:00:05 2024 Info: Message done DCID 21 MID 8 to RID [0]
Mon Mar 04 10:00:05 2024 Info: Message finished MID 8 done
Mon Mar 04 10:00:06 2024 Info: DCID 21 close
";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mail.log");
    std::fs::write(&path, log).unwrap();
    let want = read_back_as_with_texts(&[path], &Search { mids: vec![8], ..Search::default() }, 1 << 20);
    assert_eq!(want[0].subject.as_deref(), Some("quarterly numbers"));
}

#[test]
fn a_message_rewritten_twice_reads_its_grandparent_s_texts_back_from_among_other_traffic() {
    // MID 9's record names its parent 8, not 7, whose lines hold the texts both inherit: the
    // stretch is read again from the lines that name them (found on the line that names 8), not
    // whole, and the message is the message of a run with every text
    let lines = [
        "New SMTP ICID 40 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host mx.example.com verified yes",
        "ICID 40 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256",
        "Start MID 7 ICID 40",
        "MID 7 ICID 40 From: <alice@example.com>",
        "MID 7 ICID 40 RID 0 To: <bob@partner.example>",
        "MID 7 Message-ID '<7@example.com>'",
        "MID 7 Subject 'the numbers,\nwrapped'",
        "MID 7 ready 1200 bytes from <alice@example.com>",
        "MID 7 rewritten to MID 8 by antispam (alt-rcpt-to)",
        "Message finished MID 7 done",
        "ICID 40 close",
        "MID 8 rewritten to MID 9 by LDAP (alias)",
        "Message finished MID 8 done",
        "New SMTP DCID 21 interface 10.0.0.1 address 192.0.2.25 port 25",
        "DCID 21 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384",
        "Delivery start DCID 21 MID 9 to RID [0]",
        "Message done DCID 21 MID 9 to RID [0]",
        "MID 9 RID [0] Response '250 ok'",
        "Message finished MID 9 done",
        "DCID 21 close",
    ];
    // other messages around each line, some with IDs that end in the same digits
    let mut log = String::new();
    for (i, l) in lines.iter().enumerate() {
        log += &format!("Mon Mar 04 10:{i:02}:00 2024 Info: {l}\n");
        for j in 0..4 {
            let (mid, icid) = (10_007 + 1000 * (4 * i + j), 100_040 + 1000 * (4 * i + j));
            log += &format!("Mon Mar 04 10:{i:02}:01 2024 Info: Start MID {mid} ICID {icid}\n");
            log += &format!("Mon Mar 04 10:{i:02}:02 2024 Info: MID {mid} Subject 'not this one'\n");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mail.log");
    std::fs::write(&path, log).unwrap();
    let want = read_back_as_with_texts(&[path], &Search { mids: vec![9], ..Search::default() }, 1 << 20);
    assert_eq!(want[0].subject.as_deref(), Some("the numbers, wrapped"));
    assert_eq!(want[0].recipients[0].to.as_deref(), Some("bob@partner.example"));
    assert_eq!(want[0].received.as_ref().and_then(|h| h.remote_host.as_deref()), Some("mx.example.com"));
}

#[test]
fn a_message_cut_by_the_start_or_the_end_of_the_input_reads_all_its_texts_back() {
    // the run without texts reads no subject, Message-ID or size line: MID 5 has those before its
    // first other line (it started before the input), MID 6 after its last (the input ends first);
    // ICID 40, not closed either, has its message's sender after its own last line
    let log = "\
Mon Mar 04 10:00:00 2024 Info: MID 5 Subject 'started before the input'
Mon Mar 04 10:00:00 2024 Info: MID 5 ready 900 bytes from <carol@example.com>
Mon Mar 04 10:00:01 2024 Info: New SMTP DCID 30 interface 10.0.0.1 address 192.0.2.30 port 25
Mon Mar 04 10:00:01 2024 Info: DCID 30 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar 04 10:00:02 2024 Info: Delivery start DCID 30 MID 5 to RID [0]
Mon Mar 04 10:00:03 2024 Info: Message done DCID 30 MID 5 to RID [0]
Mon Mar 04 10:00:03 2024 Info: Message finished MID 5 done
Mon Mar 04 10:00:03 2024 Info: New SMTP ICID 40 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host mx.example.com verified yes
Mon Mar 04 10:00:03 2024 Info: ICID 40 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Mon Mar 04 10:00:04 2024 Info: Start MID 6 ICID 40
Mon Mar 04 10:00:04 2024 Info: MID 6 ICID 40 From: <dave@example.com>
Mon Mar 04 10:00:04 2024 Info: MID 6 ICID 40 RID 0 To: <erin@partner.example>
Mon Mar 04 10:00:05 2024 Info: MID 6 Message-ID '<6@example.com>'
Mon Mar 04 10:00:05 2024 Info: MID 6 Subject 'the input ends before it is delivered'
Mon Mar 04 10:00:05 2024 Info: MID 6 ready 1500 bytes from <dave@example.com>
Mon Mar 04 10:00:05 2024 Info: MID 6 queued for delivery
";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mail.log");
    std::fs::write(&path, log).unwrap();
    for mids in [vec![5], vec![6], vec![5, 6]] {
        let want = read_back_as_with_texts(std::slice::from_ref(&path), &Search { mids, ..Search::default() }, 1 << 20);
        assert!(want.iter().all(|m| m.subject.is_some() && m.size.is_some()), "{want:?}");
    }
    let s = Search { icids: vec![40], ..Search::default() };
    let want = with_texts_all(std::slice::from_ref(&path), &s).connections;
    assert_eq!(want[0].domains, ["example.com".into()]);
    let (got, report) = read_back_kinds(std::slice::from_ref(&path), &s, (true, false), 1 << 20, || {});
    assert_eq!(report, ReadBackReport::default());
    assert_eq!(json_connections(&got.connections), json_connections(&want));
}

#[test]
fn a_search_that_keeps_many_records_stops_reading_back_early() {
    // every MID: the records need the whole input read again, more than a run with every text
    // costs; the run without texts stops as soon as that is clear, having handed nothing on
    let dir = tempfile::tempdir().unwrap();
    let mut log = Vec::new();
    esa_tls_sim::generate(&esa_tls_sim::Config { seed: 2, messages: 3000, ..Default::default() }, &mut log, false)
        .unwrap();
    let paths = files(dir.path(), &log, &[]);
    let all = with_texts(&paths, &Search::default());
    let total = std::fs::metadata(&paths[0]).unwrap().len();
    let run = |search: &Search| {
        let mut p = Pipeline::new(Options { chunk_size: 4096, ..readback::lean(&options(), search, (false, true)) });
        let mut c = Collect::default();
        let mut back = ReadBack::new(p.extents(), &options(), (false, true), total, &mut c);
        let mut f = Filtered { range: TimeRange::default(), search: search.clone(), narrow: false, inner: &mut back };
        p.run_source(&Source::file(&paths[0]), &mut f);
        let stopped = f.stopped();
        let files = p.finish(&mut f).files;
        (back.over_budget(), stopped, files[0].lines, c.messages.len())
    };
    let (over, stopped, lines, handed) =
        run(&Search { mids: all.iter().map(|m| m.mid).collect(), ..Search::default() });
    assert!(over && stopped, "over the budget, and the pipeline told so");
    assert_eq!(handed, 0, "nothing handed on before the run is made again");
    let whole = std::fs::read_to_string(&paths[0]).unwrap().lines().count() as u64;
    assert!(lines < whole / 2, "stopped early: {lines} of {whole} lines read");
    // a few messages are within it however long they lived: the ones retried longest, whose lives
    // span much of the input, are searched for in it rather than read again whole
    let mut longest: Vec<&Message> = all.iter().filter(|m| m.started.is_some() && m.finished.is_some()).collect();
    let life = |m: &Message| m.finished.unwrap().local - m.started.unwrap().local;
    longest.sort_by_key(|m| std::cmp::Reverse(life(m)));
    let first = all.iter().filter_map(|m| m.started.map(|t| t.local)).min().unwrap();
    let last = all.iter().filter_map(|m| m.finished.map(|t| t.local)).max().unwrap();
    assert!(8 * life(longest[0]) > last - first, "a message lived more than an eighth of the input");
    let long = Search { mids: longest[..4].iter().map(|m| m.mid).collect(), ..Search::default() };
    let (over, stopped, lines, _) = run(&long);
    assert_eq!((over, stopped, lines), (false, false, whole));
    read_back_as_with_texts(&paths, &long, 4096);
    // one message delivered at once is well within it
    let prompt: Vec<&Message> = all
        .iter()
        .filter(|m| {
            !m.recipients.is_empty()
                && m.recipients.iter().all(|r| r.attempts == 1 && r.status == RecipientStatus::Delivered)
        })
        .collect();
    let (over, stopped, lines, _) = run(&Search { mids: vec![prompt[prompt.len() / 2].mid], ..Search::default() });
    assert_eq!((over, stopped, lines), (false, false, whole));
}

#[test]
fn a_file_rotated_before_its_texts_are_read_back_is_read_as_it_was() {
    // the appliance renames mail.current and starts a new one while the run goes on: the texts are
    // read from the file the run read, not from whatever now has its name
    let dir = tempfile::tempdir().unwrap();
    let paths = files(dir.path(), &sim_log(4, 1), &[]);
    let all = with_texts(&paths, &Search::default());
    let s = Search { mids: vec![all[all.len() / 3].mid, all[all.len() / 2].mid], ..Search::default() };
    let want = with_texts(&paths, &s);
    let (got, report) = read_back(&paths, &s, 1 << 20, || {
        std::fs::rename(&paths[0], dir.path().join("mail.@20240304T100000.s")).unwrap();
        std::fs::write(&paths[0], "Mon Mar 04 10:00:00 2024 Info: Begin Logfile\n").unwrap();
    });
    assert_eq!(report, ReadBackReport::default());
    assert_eq!(json(&got), json(&want));
}
