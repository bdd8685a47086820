//! One line through the header and event parsers: never panics, and a parsed header's body is a
//! part of the line.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(h) = esa_tls::parse::parse_header(data) {
        let _ = esa_tls::parse::parse_body(h.body);
    }
    let _ = esa_tls::parse::parse_body(data);
    let _ = esa_tls::parse::is_entry_boundary(data);
});
