//! Arbitrary bytes through the text decoding of inputs (UTF-16 with a byte order mark, search
//! exports in CSV or JSON), read in pieces of every size: never a panic or a hang; a text that is
//! neither comes out byte for byte; decoded UTF-16 is valid UTF-8.
#![no_main]
use esa_tls::input::{decoded, text_kind};
use libfuzzer_sys::fuzz_target;
use std::io::Read;

/// Gives at most `step` bytes a call.
struct Dribble<'a>(&'a [u8], usize);
impl Read for Dribble<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(self.1).min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&step, data)) = data.split_first() else { return };
    let step = 1 + step as usize % 64;
    let mut out = Vec::new();
    let r = decoded(Dribble(data, step)).read_to_end(&mut out);
    match text_kind(data) {
        None => assert_eq!(out, data, "passed through"),
        Some("UTF-16 text") => {
            r.unwrap();
            assert!(std::str::from_utf8(&out).is_ok(), "UTF-16 decodes to UTF-8");
        }
        Some(_) => {
            // a search export: rows that are not CSV may be an error, never a panic
        }
    }
});
