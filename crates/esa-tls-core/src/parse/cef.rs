//! Consolidated Event Log lines (AsyncOS 14+): CEF, one line per message, with the message's IDs and
//! its inbound and outbound TLS (`ESATLSInConnStatus`, `ESATLSOutProtocol`, …, `ESADaneStatus`).
//!
//! `CEF:Version|Vendor|Product|Version|SignatureID|Name|Severity|Extension`: the header's fields are
//! separated by `|` (`\|` and `\\` escaped), the extension is `key=value` pairs separated by spaces,
//! where a value runs to the next ` key=` and `\=`, `\\`, `\n`, `\r` are escapes. Keys come in any
//! order.

/// The header fields of a CEF line and its extension, undecoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cef<'a> {
    pub vendor: &'a [u8],
    pub product: &'a [u8],
    pub device_version: &'a [u8],
    pub signature: &'a [u8],
    pub extension: &'a [u8],
}

/// Splits a line that starts with `CEF:` into its header fields and extension.
pub fn parse_cef(line: &[u8]) -> Option<Cef<'_>> {
    let rest = line.strip_prefix(b"CEF:")?;
    let mut fields = Vec::with_capacity(7);
    let mut start = 0;
    let mut i = 0;
    while i < rest.len() && fields.len() < 7 {
        match rest[i] {
            b'\\' => i += 2,
            b'|' => {
                fields.push(&rest[start..i]);
                start = i + 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    if fields.len() < 7 {
        return None;
    }
    Some(Cef {
        vendor: fields[1],
        product: fields[2],
        device_version: fields[3],
        signature: fields[4],
        extension: &rest[start.min(rest.len())..],
    })
}

fn is_key_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c == b'-' || c == b'[' || c == b']'
}

/// The `key=value` pairs of an extension, values unescaped, in line order.
pub fn extension_fields(ext: &[u8]) -> Vec<(&[u8], String)> {
    // the unescaped `=` that end a key: a key is the token before it, after a space or the start
    let mut keys: Vec<(usize, usize)> = Vec::new(); // (key start, `=` index)
    let mut i = 0;
    while i < ext.len() {
        match ext[i] {
            b'\\' => i += 2,
            b'=' => {
                let mut s = i;
                while s > 0 && is_key_byte(ext[s - 1]) {
                    s -= 1;
                }
                if s < i && (s == 0 || ext[s - 1] == b' ') {
                    keys.push((s, i));
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    let mut out = Vec::with_capacity(keys.len());
    for (n, &(ks, eq)) in keys.iter().enumerate() {
        let end = keys.get(n + 1).map_or(ext.len(), |&(next, _)| next.saturating_sub(1).max(eq + 1));
        let raw = &ext[(eq + 1).min(end)..end];
        out.push((&ext[ks..eq], unescape(raw)));
    }
    out
}

/// `\=`, `\\`, `\n`, `\r` (and a literal `\n` pair left by files that stored line ends escaped).
fn unescape(raw: &[u8]) -> String {
    let mut v = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'\\' && i + 1 < raw.len() {
            match raw[i + 1] {
                b'n' => v.push(b'\n'),
                b'r' => v.push(b'\r'),
                c => v.push(c),
            }
            i += 2;
        } else {
            v.push(raw[i]);
            i += 1;
        }
    }
    let s = String::from_utf8_lossy(&v).trim().to_string();
    // values some exporters quote
    match s.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')) {
        Some(x) => x.to_string(),
        None => s,
    }
}

/// Whether a CEF line is the ESA's consolidated per-message event.
pub fn is_consolidated(c: &Cef<'_>) -> bool {
    c.signature == b"ESA_CONSOLIDATED_LOG_EVENT"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_extension() {
        let line = b"CEF:0|Cisco|C100V Email Security Virtual Appliance|14.3.0-023|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|deviceExternalId=423A ESAMID=4086421 ESAICID=13956459 endTime=Thu Nov 24 13:39:24 2022 ESATLSInConnStatus=Success cs4='<123@corp.net>' msg=a\\=b c\\\\d";
        let c = parse_cef(line).unwrap();
        assert_eq!(c.vendor, b"Cisco");
        assert!(is_consolidated(&c));
        let f = extension_fields(c.extension);
        let get = |k: &str| f.iter().find(|(x, _)| *x == k.as_bytes()).map(|x| x.1.clone());
        assert_eq!(get("ESAMID").as_deref(), Some("4086421"));
        assert_eq!(
            get("endTime").as_deref(),
            Some("Thu Nov 24 13:39:24 2022"),
            "a value with spaces runs to the next key"
        );
        assert_eq!(get("ESATLSInConnStatus").as_deref(), Some("Success"));
        assert_eq!(get("cs4").as_deref(), Some("<123@corp.net>"));
        assert_eq!(get("msg").as_deref(), Some("a=b c\\d"), "escapes");
        // an escaped pipe in the header, an empty value
        let c = parse_cef(b"CEF:0|Ci\\|sco|P|1|ESA_CONSOLIDATED_LOG_EVENT|n|5|a= b=1").unwrap();
        assert_eq!(c.vendor, b"Ci\\|sco");
        let f = extension_fields(c.extension);
        assert_eq!(f, vec![(&b"a"[..], String::new()), (&b"b"[..], "1".to_string())]);
        assert!(parse_cef(b"CEF:0|only|three").is_none());
        // an escape late in a header field skips one byte, not more
        let c = parse_cef(b"CEF:0|Cisco|Secure Email\\|Gateway|1|ESA_CONSOLIDATED_LOG_EVENT|n|5|a=1").unwrap();
        assert_eq!(c.product, b"Secure Email\\|Gateway");
        assert_eq!(c.device_version, b"1");
        // the extension may hold unescaped pipes: only the first seven split the header
        let c = parse_cef(b"CEF:0|Cisco|P|1|ESA_CONSOLIDATED_LOG_EVENT|n|5|msg=a|b|c d=1").unwrap();
        assert_eq!(c.extension, b"msg=a|b|c d=1");
    }
}
