//! A byte stream through the whole pipeline (chunking, continuation joining, correlation) with a
//! small chunk size and two parser threads beside the correlator, then through every output format.
#![no_main]
use esa_tls::output::{Format, RecordKind, RecordWriter};
use esa_tls::pipeline::{Collect, Options, Pipeline, Sink};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = || Options { chunk_size: 256, threads: 3, today: (2024, 6), ..Options::default() };
    let mut p = Pipeline::new(opts());
    let mut c = Collect::default();
    p.run_bytes("fuzz", data, &mut c);
    let report = p.finish(&mut c);
    let f = &report.files[0];
    assert_eq!(f.used + f.ignored + f.not_understood, f.lines);
    for format in [Format::Table, Format::Json, Format::Ndjson, Format::Csv] {
        for kind in [RecordKind::Messages, RecordKind::Connections] {
            let mut w = RecordWriter::new(Vec::new(), kind, format);
            for m in &c.messages {
                w.record(esa_tls::model::Record::Message(m.clone()));
            }
            for x in &c.connections {
                w.record(esa_tls::model::Record::Connection(x.clone()));
            }
            w.finish().unwrap();
        }
    }
    let mut s = esa_tls::report::summary::SummaryReport::default();
    for m in &c.messages {
        s.add(&esa_tls::model::Record::Message(m.clone()));
    }
    esa_tls::output::render_summary(&s, Format::Table, None, &mut Vec::new()).unwrap();
});
