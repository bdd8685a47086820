//! The instructions of each stage of the parse alone, for bench/HISTORY.md (session 28): run under
//! callgrind on one file, cut into chunks of about 1 MiB at newlines as the reader cuts them.
//!
//!     cargo build --release -p esa-tls-core --example parse_floor
//!     valgrind --tool=callgrind target/release/examples/parse_floor STAGE FILE
//!
//! STAGE: `newlines` (memchr's count of them: what finding the lines costs at least), `entries` (the
//! lines split into entries, their headers read), `bodies` (and each body parsed as `summary` parses
//! it), `items` (the whole parse stage of `summary`: classified, counted, the events kept).

use esa_tls::parse::chunk::{items, Reading, TextLines};
use esa_tls::parse::{entries, parse_body_as, Event, Piece, Texts};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, stage, file] = &args[..] else {
        eprintln!("usage: parse_floor newlines|entries|bodies|items FILE");
        std::process::exit(2);
    };
    let data = std::fs::read(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut chunks = Vec::new();
    let mut start = 0;
    while start < data.len() {
        let end = (start + (1 << 20)).min(data.len());
        let end = memchr::memchr(b'\n', &data[end..]).map_or(data.len(), |i| end + i + 1);
        chunks.push(&data[start..end]);
        start = end;
    }
    let reading = Reading { texts: TextLines::None, addresses: None, cut: Texts::NONE };
    let mut n = 0u64;
    for c in chunks {
        match stage.as_str() {
            "newlines" => n += memchr::memchr_iter(b'\n', c).count() as u64,
            "entries" => entries(c, 0, |p, _| n += matches!(p, Piece::Line { .. }) as u64),
            "bodies" => entries(c, 0, |p, _| {
                if let Piece::Line { header, .. } = p {
                    n += !matches!(parse_body_as(header.body, Texts::NONE), Event::Ignored) as u64
                }
            }),
            "items" => n += items(c, &[], &reading, Vec::new()).items.len() as u64,
            _ => {
                eprintln!("unknown stage {stage}");
                std::process::exit(2);
            }
        }
    }
    println!("{n}");
}
