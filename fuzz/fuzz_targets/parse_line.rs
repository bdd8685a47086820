//! One line through the header and event parsers: never panics, and a parsed header's body is a
//! part of the line. The input read as lines, the header cache (classic times, collectors' hosts and
//! tags) gives every line the header `parse_header` gives it.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(h) = esa_tls::parse::parse_header(data) {
        let _ = esa_tls::parse::parse_body(h.body);
    }
    let _ = esa_tls::parse::parse_body(data);
    let _ = esa_tls::parse::is_entry_boundary(data);
    let mut cache = esa_tls::parse::HeaderCache::default();
    for line in data.split(|&c| c == b'\n') {
        assert_eq!(cache.parse(line), esa_tls::parse::parse_header(line), "{:?}", String::from_utf8_lossy(line));
    }
});
