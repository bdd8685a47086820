//! Arbitrary bytes as a `.gz` file (and as gzip members appended to a valid one): a corrupt stream
//! is an error naming the file, never a panic or a hang.
#![no_main]
use esa_tls::input::Source;
use esa_tls::pipeline::{Collect, Options, Pipeline};
use libfuzzer_sys::fuzz_target;
use std::io::Write;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("esa-tls-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("in.gz");
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(b"Mon Mar  4 10:00:00 2024 Info: ICID 1 close\n").unwrap();
    let mut bytes = e.finish().unwrap();
    bytes.extend_from_slice(&[0x1f, 0x8b]);
    bytes.extend_from_slice(data);
    for content in [&bytes[..], &[&[0x1f, 0x8b][..], data].concat()[..]] {
        std::fs::write(&path, content).unwrap();
        let mut p = Pipeline::new(Options { today: (2024, 6), ..Options::default() });
        let mut c = Collect::default();
        p.run_source(&Source::file(&path), &mut c);
        let r = p.finish(&mut c);
        if let Some(e) = r.errors.first() {
            assert!(e.source.ends_with("in.gz"));
        }
    }
});
