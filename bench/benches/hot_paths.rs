//! Hot paths, each with Throughput::Bytes: line classification, the timestamp header, ID parsing,
//! chunk parsing and the correlator fold, on a simulated log.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use esa_tls::parse::chunk::ParsedChunk;
use esa_tls::parse::{parse_body, parse_header};
use esa_tls::pipeline::{Collect, Options, Pipeline, Sink};
use esa_tls_sim::{generate, Config};

fn log(messages: u64) -> Vec<u8> {
    let mut out = Vec::new();
    generate(&Config { seed: 5, messages, ..Config::default() }, &mut out, false).unwrap();
    out
}

fn lines(data: &[u8]) -> Vec<&[u8]> {
    data.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect()
}

fn benches(c: &mut Criterion) {
    let data = log(3000);
    let ls = lines(&data);

    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(data.len() as u64));
    g.bench_function("header (timestamp and level)", |b| {
        b.iter(|| ls.iter().filter(|l| parse_header(l).is_some()).count())
    });
    g.bench_function("classify line (header + event)", |b| {
        b.iter(|| {
            ls.iter().filter_map(|l| parse_header(l)).map(|h| parse_body(h.body)).filter(|e| e.understood()).count()
        })
    });
    g.bench_function("chunk (entries + classification)", |b| {
        b.iter_batched(
            || data.clone(),
            |d| ParsedChunk::parse(d, &[]).borrow_dependent().items.len(),
            BatchSize::LargeInput,
        )
    });
    g.finish();

    let ids: Vec<Vec<u8>> = (0..10_000u64).map(|i| format!("ICID {} close", i * 7919 + 100_000).into_bytes()).collect();
    let bytes: usize = ids.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("ids");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("ID parse (ICID n close)", |b| {
        b.iter(|| ids.iter().map(|l| parse_body(l)).filter(|e| e.understood()).count())
    });
    g.finish();

    struct Count(usize);
    impl Sink for Count {
        fn record(&mut self, _: esa_tls::model::Record) {
            self.0 += 1;
        }
    }
    let mut g = c.benchmark_group("correlate");
    g.throughput(Throughput::Bytes(data.len() as u64));
    g.sample_size(20);
    for (name, keep_text, threads) in [
        ("fold, verdicts only, 1 thread", false, 1),
        ("fold, full records, 1 thread", true, 1),
        ("fold, verdicts only, 2 threads", false, 2),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut p = Pipeline::new(Options { keep_text, threads, today: (2024, 6), ..Options::default() });
                let mut n = Count(0);
                p.run_bytes("bench", &data, &mut n);
                p.finish(&mut n);
                n.0
            })
        });
    }
    g.finish();
    let _ = Collect::default();
}

criterion_group!(hot_paths, benches);
criterion_main!(hot_paths);
