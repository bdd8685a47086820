//! Logs saved as UTF-16 text, read as UTF-8.
//!
//! Windows tools write UTF-16 with a byte order mark: Windows PowerShell 5's `>` and `Out-File`,
//! Notepad's "Unicode", some log viewers' exports. Read as bytes, such a file is a NUL between
//! every two characters and not one line is understood. A stream that starts with a UTF-16 byte
//! order mark (`FF FE` little-endian, `FE FF` big-endian) is therefore decoded on the way to UTF-8,
//! the mark dropped; anything else passes through untouched. A unit that is not valid UTF-16 (a
//! lone surrogate, an odd last byte) becomes U+FFFD, as in any other text the tool cannot read.
//! Line numbers are those of the text; byte positions are of the decoded text, so such a file is
//! read from its start (as a gzip file is), never at a position.

use std::io::{self, Read};

/// The byte order of a UTF-16 stream, from its first bytes (`None`: not UTF-16 with a mark).
pub fn bom(b: &[u8]) -> Option<Endian> {
    match b {
        [0xFF, 0xFE, ..] => Some(Endian::Little),
        [0xFE, 0xFF, ..] => Some(Endian::Big),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endian {
    Little,
    Big,
}

/// Raw bytes read from the inner stream at a time.
const BLOCK: usize = 64 * 1024;

/// A reader that decodes its inner stream when it starts with a UTF-16 byte order mark, and is the
/// inner stream itself otherwise (see the module's text).
pub struct Utf16Sniff<R> {
    inner: R,
    state: State,
    /// Decoded (or, while sniffing, raw) bytes not yet handed out: `out[pos..]`.
    out: Vec<u8>,
    pos: usize,
    /// Raw bytes read: `raw[..carry]` are those of an incomplete unit or surrogate pair carried to
    /// the next block (allocated once, when the stream turns out to be UTF-16).
    raw: Vec<u8>,
    carry: usize,
    eof: bool,
}

enum State {
    /// Fewer than two bytes seen yet.
    Sniffing,
    Plain,
    Utf16(Endian),
}

impl<R: Read> Utf16Sniff<R> {
    pub fn new(inner: R) -> Self {
        Utf16Sniff { inner, state: State::Sniffing, out: Vec::new(), pos: 0, raw: Vec::new(), carry: 0, eof: false }
    }

    /// Reads until two bytes are seen (or the end): then the stream's kind is known.
    fn sniff(&mut self) -> io::Result<()> {
        let mut first = [0u8; 2];
        while self.out.len() < 2 {
            let n = self.inner.read(&mut first[..2 - self.out.len()])?;
            if n == 0 {
                self.state = State::Plain;
                return Ok(());
            }
            self.out.extend_from_slice(&first[..n]);
        }
        match bom(&self.out) {
            Some(e) => {
                self.state = State::Utf16(e);
                self.out.clear();
            }
            None => self.state = State::Plain,
        }
        Ok(())
    }

    /// Decodes the next block of raw bytes into `out`. False at the end of the input.
    fn decode_more(&mut self, endian: Endian) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.raw.is_empty() {
            self.raw = vec![0; BLOCK];
        }
        let n = self.inner.read(&mut self.raw[self.carry..])?;
        let have = self.carry + n;
        self.out.clear();
        self.pos = 0;
        if n == 0 {
            self.eof = true;
            if have == 0 {
                return Ok(false);
            }
            // an odd last byte, or a high surrogate with nothing after it
            push_units(&mut self.out, &self.raw[..have / 2 * 2], endian);
            if have % 2 == 1 {
                self.out.extend_from_slice("\u{FFFD}".as_bytes());
            }
            self.carry = 0;
            return Ok(true);
        }
        // whole units only, and never the first half of a surrogate pair: those wait for the next block
        let mut whole = have / 2 * 2;
        if whole >= 2 && (0xD800..0xDC00).contains(&unit(&self.raw[whole - 2..whole], endian)) {
            whole -= 2;
        }
        push_units(&mut self.out, &self.raw[..whole], endian);
        self.raw.copy_within(whole..have, 0);
        self.carry = have - whole;
        Ok(true)
    }
}

fn unit(c: &[u8], endian: Endian) -> u16 {
    match endian {
        Endian::Little => u16::from_le_bytes([c[0], c[1]]),
        Endian::Big => u16::from_be_bytes([c[0], c[1]]),
    }
}

fn push_units(out: &mut Vec<u8>, raw: &[u8], endian: Endian) {
    let mut buf = [0u8; 4];
    for c in char::decode_utf16(raw.chunks_exact(2).map(|c| unit(c, endian))) {
        out.extend_from_slice(c.unwrap_or(char::REPLACEMENT_CHARACTER).encode_utf8(&mut buf).as_bytes());
    }
}

impl<R: Read> Read for Utf16Sniff<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let State::Sniffing = self.state {
            self.sniff()?;
        }
        match self.state {
            State::Sniffing => unreachable!("sniff decides or fails"),
            State::Plain => {
                if self.pos < self.out.len() {
                    // the bytes read while sniffing
                    let n = buf.len().min(self.out.len() - self.pos);
                    buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
                    self.pos += n;
                    return Ok(n);
                }
                self.inner.read(buf)
            }
            State::Utf16(endian) => {
                while self.pos == self.out.len() {
                    if !self.decode_more(endian)? {
                        return Ok(0);
                    }
                }
                let n = buf.len().min(self.out.len() - self.pos);
                buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
                self.pos += n;
                Ok(n)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads everything through `Utf16Sniff`, the inner reader giving at most `step` bytes a call.
    fn decode(bytes: &[u8], step: usize) -> Vec<u8> {
        struct Dribble<'a>(&'a [u8], usize);
        impl Read for Dribble<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = buf.len().min(self.1).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut out = Vec::new();
        Utf16Sniff::new(Dribble(bytes, step)).read_to_end(&mut out).unwrap();
        out
    }

    fn encode(s: &str, endian: Endian) -> Vec<u8> {
        let mut b = match endian {
            Endian::Little => vec![0xFF, 0xFE],
            Endian::Big => vec![0xFE, 0xFF],
        };
        for u in s.encode_utf16() {
            b.extend_from_slice(&match endian {
                Endian::Little => u.to_le_bytes(),
                Endian::Big => u.to_be_bytes(),
            });
        }
        b
    }

    const TEXT: &str = "Sun Mar 10 08:00:02 2024 Info: MID 500002 Subject 'Ünïcode sübject ✓ 𝄞'\r\nSun Mar 10 08:00:02 2024 Info: ICID 100003 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384\r\n";

    #[test]
    fn utf16_with_a_mark_is_read_as_utf8_in_any_pieces() {
        for endian in [Endian::Little, Endian::Big] {
            let bytes = encode(TEXT, endian);
            // pieces of every size, so that units and the surrogate pair of 𝄞 fall across reads
            for step in [1, 2, 3, 5, 7, 64, BLOCK + 1, bytes.len()] {
                assert_eq!(String::from_utf8(decode(&bytes, step)).unwrap(), TEXT, "{endian:?} {step}");
            }
        }
    }

    #[test]
    fn random_bytes_after_a_mark_always_give_utf8_and_others_pass_through() {
        let mut next = crate::testutil::xorshift(0x5eed_1616);
        for round in 0..2_000 {
            let len = (next() % 200) as usize;
            let mut b: Vec<u8> = (0..len).map(|_| (next() % 256) as u8).collect();
            let step = 1 + (next() % 9) as usize;
            match round % 3 {
                0 => b.splice(0..0, [0xFF, 0xFE]).for_each(drop),
                1 => b.splice(0..0, [0xFE, 0xFF]).for_each(drop),
                _ => {}
            }
            let out = decode(&b, step);
            if bom(&b).is_some() {
                assert!(std::str::from_utf8(&out).is_ok(), "{b:?}");
            } else {
                assert_eq!(out, b);
            }
        }
    }

    #[test]
    fn anything_else_passes_through_untouched() {
        for b in
            [&b""[..], b"S", b"Sun Mar 10", b"\xEF\xBB\xBFSun", b"\xFF", b"\xFE", b"\x1f\x8b\x08", &[0, b'S', 0, b'u']]
        {
            for step in [1, 2, 100] {
                assert_eq!(decode(b, step), b, "{b:?} {step}");
            }
        }
    }

    #[test]
    fn what_is_not_utf16_becomes_a_replacement_character() {
        // a lone low surrogate, a high surrogate before a letter, an odd last byte
        let mut b = vec![0xFF, 0xFE];
        for u in [u16::from(b'a'), 0xDC00, u16::from(b'b'), 0xD800, u16::from(b'c')] {
            b.extend_from_slice(&u.to_le_bytes());
        }
        b.push(b'x');
        for step in [1, 3, 100] {
            assert_eq!(String::from_utf8(decode(&b, step)).unwrap(), "a\u{FFFD}b\u{FFFD}c\u{FFFD}", "{step}");
        }
        // a high surrogate at the very end
        let mut b = vec![0xFE, 0xFF, 0, b'a', 0xD8, 0x00];
        assert_eq!(String::from_utf8(decode(&b, 1)).unwrap(), "a\u{FFFD}");
        b.truncate(2);
        assert_eq!(decode(&b, 1), b"", "a mark alone is an empty text");
    }

    #[test]
    fn a_read_error_while_sniffing_loses_no_byte() {
        // the first byte, then an error (an idle live stream), then the rest
        struct Hiccup(Vec<io::Result<Vec<u8>>>);
        impl Read for Hiccup {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                match self.0.first_mut() {
                    None => Ok(0),
                    Some(Err(_)) => Err(self.0.remove(0).unwrap_err()),
                    Some(Ok(v)) => {
                        let n = buf.len().min(v.len());
                        buf[..n].copy_from_slice(&v[..n]);
                        v.drain(..n);
                        if v.is_empty() {
                            let _ = self.0.remove(0);
                        }
                        Ok(n)
                    }
                }
            }
        }
        let idle = || Err(io::Error::new(io::ErrorKind::TimedOut, "idle"));
        let mut r = Utf16Sniff::new(Hiccup(vec![Ok(b"S".to_vec()), idle(), Ok(b"un Mar".to_vec())]));
        let mut buf = [0u8; 16];
        assert_eq!(r.read(&mut buf).unwrap_err().kind(), io::ErrorKind::TimedOut);
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        assert_eq!(out, b"Sun Mar");
        // and while decoding, with half a unit waiting
        let mut r = Utf16Sniff::new(Hiccup(vec![Ok(vec![0xFF, 0xFE, b'S', 0, b'u']), idle(), Ok(vec![0, b'n', 0])]));
        let mut out = Vec::new();
        assert_eq!(r.read_to_end(&mut out).unwrap_err().kind(), io::ErrorKind::TimedOut);
        r.read_to_end(&mut out).unwrap();
        assert_eq!(out, b"Sun");
    }
}
