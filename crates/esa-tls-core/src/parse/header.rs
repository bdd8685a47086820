//! The line header: everything before the message text.
//!
//! Forms accepted (numbers from `shared/docs/log-formats.md` §1):
//! - H1 classic on-box: `Tue Jun 28 19:08:49 2005 Info: …` (day padded or not, weekday not checked)
//! - H2–H5 syslog: `[<PRI>]Mmm dd HH:MM:SS [YYYY] [host] tag: …`
//! - H6 collector without time: `host tag: Level: …`, or without its host either: `tag: Level: …`
//! - H7/H8 a syslog header wrapping the ESA's own classic timestamp or a second syslog header
//! - H9 message only: `Info: …`
//! - bare message bodies that begin with a mail event keyword (`ICID 5 close`), as authors paste them.
//! - what log servers write in front (the addendum 2's C2–C5): an RFC 3339 time first (its offset
//!   with or without a colon, as `journalctl -o short-iso` writes it), RFC 5424 frames, year-first
//!   templates, and Kiwi Syslog Server's tab-separated fields.

use crate::time::month_from_abbrev;

/// Log level of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
    Critical,
    Debug,
    Trace,
}

impl Level {
    /// As the appliance writes it before the colon.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "Info",
            Level::Warning => "Warning",
            Level::Critical => "Critical",
            Level::Debug => "Debug",
            Level::Trace => "Trace",
        }
    }
}

/// A timestamp as written, before the year is inferred and the zone applied.
///
/// Kept in one word, as every parsed line carries it from the parser's thread to the correlating
/// one: an `Option<RawTime>` is 8 bytes (it was 24), and "the same time as the line before", true of
/// nearly every line, is one comparison. Every time a header gives fits: hour, minute and second
/// are two digits, the day 1–31, the month 1–12, the year four digits (one either side for a
/// syslog time under a dated one), the offset under a day.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct RawTime(std::num::NonZeroU64);

impl RawTime {
    // bit positions: second, minute, hour (7 bits each), day (5), month (4), year + 2 (14 bits; 0:
    // none), offset + 2^17 (18 bits; 0: none); the top bit is always set (never zero)
    const MINUTE: u32 = 7;
    const HOUR: u32 = 14;
    const DAY: u32 = 21;
    const MONTH: u32 = 26;
    const YEAR: u32 = 30;
    const OFFSET: u32 = 44;
    const OFFSET_BIAS: i32 = 1 << 17;
    const SET: u64 = 1 << 63;

    /// `year`: `None` for syslog forms, which carry none. `offset`: seconds east of UTC written in
    /// the timestamp itself (RFC 3339 forms of log collectors): the line's own zone, which wins over
    /// a file header's offset and `--utc-offset`.
    #[inline]
    pub fn new(year: Option<i32>, month: u8, day: u8, hour: u8, minute: u8, second: u8, offset: Option<i32>) -> Self {
        debug_assert!(
            second < 128
                && minute < 128
                && hour < 128
                && day < 32
                && month < 16
                && year.is_none_or(|y| (-1..16_382).contains(&y))
                && offset.is_none_or(|o| o.abs() < Self::OFFSET_BIAS),
            "a time no header gives: {year:?}-{month}-{day} {hour}:{minute}:{second} {offset:?}"
        );
        // each field kept to its own bits, whatever it is given
        let year = Self::year_code(year);
        let offset = offset.map_or(0, |o| (o + Self::OFFSET_BIAS) as u64 & 0x3_ffff);
        let bits = (second as u64 & 0x7f)
            | (minute as u64 & 0x7f) << Self::MINUTE
            | (hour as u64 & 0x7f) << Self::HOUR
            | (day as u64 & 0x1f) << Self::DAY
            | (month as u64 & 0xf) << Self::MONTH
            | year << Self::YEAR
            | offset << Self::OFFSET
            | Self::SET;
        RawTime(std::num::NonZeroU64::new(bits).expect("the top bit is set"))
    }

    /// The year's 14 bits: `year + 2`, 0 for none.
    #[inline]
    fn year_code(year: Option<i32>) -> u64 {
        year.map_or(0, |y| (y + 2) as u64 & 0x3fff)
    }

    #[inline]
    fn field(self, at: u32, bits: u32) -> u64 {
        (self.0.get() >> at) & ((1 << bits) - 1)
    }

    pub fn year(self) -> Option<i32> {
        let y = self.field(Self::YEAR, 14);
        (y != 0).then(|| y as i32 - 2)
    }

    /// The same time in `year` (its bits replaced, the others kept).
    #[inline]
    pub fn with_year(self, year: Option<i32>) -> Self {
        debug_assert!(year.is_none_or(|y| (-1..16_382).contains(&y)), "a year no header gives: {year:?}");
        let bits = (self.0.get() & !(0x3fff << Self::YEAR)) | Self::year_code(year) << Self::YEAR;
        RawTime(std::num::NonZeroU64::new(bits).expect("the top bit is kept"))
    }

    /// Seconds since the epoch of this time on the wall clock in `year` (its own, or one inferred);
    /// `None` for a date or time that does not exist.
    pub fn local_seconds_in(self, year: i32) -> Option<i64> {
        crate::time::local_seconds(
            year as i64,
            self.month() as u32,
            self.day() as u32,
            self.hour() as u32,
            self.minute() as u32,
            self.second() as u32,
        )
    }

    pub fn month(self) -> u8 {
        self.field(Self::MONTH, 4) as u8
    }

    pub fn day(self) -> u8 {
        self.field(Self::DAY, 5) as u8
    }

    pub fn hour(self) -> u8 {
        self.field(Self::HOUR, 7) as u8
    }

    pub fn minute(self) -> u8 {
        self.field(Self::MINUTE, 7) as u8
    }

    pub fn second(self) -> u8 {
        self.field(0, 7) as u8
    }

    pub fn offset(self) -> Option<i32> {
        let o = self.field(Self::OFFSET, 18);
        (o != 0).then(|| o as i32 - Self::OFFSET_BIAS)
    }
}

impl std::fmt::Debug for RawTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawTime")
            .field("year", &self.year())
            .field("month", &self.month())
            .field("day", &self.day())
            .field("hour", &self.hour())
            .field("minute", &self.minute())
            .field("second", &self.second())
            .field("offset", &self.offset())
            .finish()
    }
}

/// A recognised header and the message text after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header<'a> {
    pub time: Option<RawTime>,
    /// Syslog hostname: the appliance identity when present.
    pub host: Option<&'a [u8]>,
    /// Syslog tag: the admin-chosen log subscription name.
    pub tag: Option<&'a [u8]>,
    pub level: Option<Level>,
    /// Message text, trimmed of surrounding blanks.
    pub body: &'a [u8],
}

impl Header<'_> {
    /// Nothing read yet: what the header forms fill in.
    const NONE: Header<'static> = Header { time: None, host: None, tag: None, level: None, body: &[] };
}

#[inline]
fn trim(mut b: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = b {
        if first.is_ascii_whitespace() {
            b = rest;
        } else {
            break;
        }
    }
    while let [rest @ .., last] = b {
        if last.is_ascii_whitespace() {
            b = rest;
        } else {
            break;
        }
    }
    b
}

/// The body after a time when what follows the time is ` Info: ` and a body that neither starts nor
/// ends with a blank: nearly every line, read with one comparison of eight bytes. What
/// `level(skip_spaces(rest))` gives such a line; `None` for any other, which goes that way.
#[inline(always)]
fn info_body(rest: &[u8]) -> Option<&[u8]> {
    const INFO: u64 = u64::from_le_bytes(*b" Info: \0");
    const MASK: u64 = 0x00FF_FFFF_FFFF_FFFF;
    let eight = u64::from_le_bytes(*rest.first_chunk::<8>()?);
    // the body's first byte is the eighth
    let first = (eight >> 56) as u8;
    let last = *rest.last()?;
    (eight & MASK == INFO && !first.is_ascii_whitespace() && !last.is_ascii_whitespace()).then(|| &rest[7..])
}

#[inline]
fn skip_spaces(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|&&c| c == b' ').count();
    &b[n..]
}

#[inline]
fn digits2(b: &[u8]) -> Option<u8> {
    match b {
        [a, c] if a.is_ascii_digit() && c.is_ascii_digit() => Some((a - b'0') * 10 + (c - b'0')),
        _ => None,
    }
}

/// `HH:MM:SS` with an optional `.fraction` (insurance: never seen). Returns the rest.
#[inline]
fn hms(b: &[u8]) -> Option<(u8, u8, u8, &[u8])> {
    if b.len() < 8 || b[2] != b':' || b[5] != b':' {
        return None;
    }
    let h = digits2(&b[0..2])?;
    let m = digits2(&b[3..5])?;
    let s = digits2(&b[6..8])?;
    let mut rest = &b[8..];
    if let [b'.', tail @ ..] = rest {
        let n = tail.iter().take_while(|c| c.is_ascii_digit()).count();
        rest = &tail[n..];
    }
    Some((h, m, s, rest))
}

/// Month, day, hour, minute, second and the rest of the line.
type MonthDayTime<'a> = (u8, u8, u8, u8, u8, &'a [u8]);

/// `Mmm dd HH:MM:SS` (day space-padded or not). Returns the rest after the seconds.
#[inline]
fn month_day_time(b: &[u8]) -> Option<MonthDayTime<'_>> {
    if b.len() < 14 || b[3] != b' ' {
        return None;
    }
    let month = month_from_abbrev(&b[0..3])? as u8;
    let b = skip_spaces(&b[4..]);
    let nd = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if nd == 0 || nd > 2 || b.get(nd) != Some(&b' ') {
        return None;
    }
    let day = b[..nd].iter().fold(0u8, |a, c| a * 10 + (c - b'0'));
    if day == 0 || day > 31 {
        return None;
    }
    let (h, m, s, rest) = hms(&b[nd + 1..])?;
    Some((month, day, h, m, s, rest))
}

#[inline]
fn year4(b: &[u8]) -> Option<(i32, &[u8])> {
    if b.len() >= 5 && b[0] == b' ' && b[1..5].iter().all(u8::is_ascii_digit) && b.get(5).is_none_or(|&c| c == b' ') {
        let y = b[1..5].iter().fold(0i32, |a, c| a * 10 + (c - b'0') as i32);
        Some((y, &b[5..]))
    } else {
        None
    }
}

/// Classic `Www Mmm dd HH:MM:SS YYYY`.
#[inline]
fn classic_time(b: &[u8]) -> Option<(RawTime, &[u8])> {
    if b.len() < 24 || b[3] != b' ' || !b[..3].iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let (month, day, hour, minute, second, rest) = month_day_time(&b[4..])?;
    let (year, rest) = year4(rest)?;
    Some((RawTime::new(Some(year), month, day, hour, minute, second, None), rest))
}

/// `Level:` followed by a blank or the end. Returns the level and the trimmed body.
#[inline]
fn level(b: &[u8]) -> Option<(Level, &[u8])> {
    // fixed-size comparisons: `starts_with` would call `memcmp` for a handful of bytes, on every line
    let (lvl, n) = match b.first()? {
        b'I' if b.first_chunk() == Some(b"Info:") => (Level::Info, 5),
        b'W' if b.first_chunk() == Some(b"Warning:") => (Level::Warning, 8),
        b'C' if b.first_chunk() == Some(b"Critical:") => (Level::Critical, 9),
        b'D' if b.first_chunk() == Some(b"Debug:") => (Level::Debug, 6),
        b'T' if b.first_chunk() == Some(b"Trace:") => (Level::Trace, 6),
        _ => return None,
    };
    match b.get(n) {
        None => Some((lvl, &[])),
        Some(c) if c.is_ascii_whitespace() => Some((lvl, trim(&b[n..]))),
        _ => None,
    }
}

/// A syslog tag token `name:` followed by a blank or the end.
#[inline]
fn tag_token(b: &[u8]) -> Option<(&[u8], &[u8])> {
    let end = b.iter().position(|&c| c == b' ').unwrap_or(b.len());
    let tok = &b[..end];
    if tok.len() < 2 || tok[tok.len() - 1] != b':' {
        return None;
    }
    let name = &tok[..tok.len() - 1];
    if name.contains(&b':') && !name.iter().all(|&c| c.is_ascii_hexdigit() || c == b':' || c == b'.') {
        // `host:port` style or a `key: value` pair inside prose; an IPv6 host never ends a tag.
        return None;
    }
    Some((name, &b[end..]))
}

fn hostname_ok(tok: &[u8]) -> bool {
    !tok.is_empty()
        && tok.len() <= 255
        && tok.iter().all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_' | b':'))
}

/// What follows a syslog tag: the ESA's own classic timestamp and level, a level, a nested syslog
/// header, or (for non-mail subscriptions such as CEF) plain text.
fn inner<'a>(rest: &'a [u8], outer: Header<'a>, depth: u8) -> Header<'a> {
    let rest = skip_spaces(rest);
    if let Some((t, r)) = classic_time(rest) {
        if let Some((lvl, body)) = level(skip_spaces(r)) {
            return Header { time: Some(t), level: Some(lvl), body, ..outer };
        }
    }
    if let Some((lvl, body)) = level(rest) {
        return Header { level: Some(lvl), body, ..outer };
    }
    if depth < 2 {
        if let Some(h) = syslog(rest, depth + 1) {
            // The innermost header is the one closest to the appliance: prefer its host and tag,
            // and its time, with the year the outer one wrote when it wrote none.
            let time = match (h.time, outer.time) {
                (Some(t), Some(o)) if t.year().is_none() => Some(t.with_year(year_near(o, t.month()))),
                (t, o) => t.or(o),
            };
            return Header { time, host: h.host.or(outer.host), tag: h.tag.or(outer.tag), ..h };
        }
    }
    Header { level: None, body: trim(rest), ..outer }
}

/// The year of a time in `month` written close to `near` (a collector's time of the same line): its
/// year, but the one before when the month is December and `near` January, and the one after for
/// the other way round (a line sent just before midnight on New Year's Eve, written just after).
fn year_near(near: RawTime, month: u8) -> Option<i32> {
    let y = near.year()?;
    Some(match (month, near.month()) {
        (12, 1) => y - 1,
        (1, 12) => y + 1,
        _ => y,
    })
}

/// `Mmm dd HH:MM:SS [YYYY] [host] tag: …`
fn syslog(b: &[u8], depth: u8) -> Option<Header<'_>> {
    let (month, day, hour, minute, second, rest) = month_day_time(b)?;
    let (year, rest) = match year4(rest) {
        Some((y, r)) => (Some(y), r),
        None => (None, rest),
    };
    if rest.first() != Some(&b' ') {
        return None;
    }
    host_and_tag(rest, RawTime::new(year, month, day, hour, minute, second, None), depth)
}

/// What follows a collector's timestamp: `[host] tag: …`.
fn host_and_tag(rest: &[u8], time: RawTime, depth: u8) -> Option<Header<'_>> {
    let (host, tag, r) = host_and_tag_parts(rest)?;
    Some(inner(r, Header { time: Some(time), host, tag: Some(tag), level: None, body: &[] }, depth))
}

/// A collector's host (if any) and tag, and what follows the tag.
type HostTagParts<'a> = (Option<&'a [u8]>, &'a [u8], &'a [u8]);

/// The host (if any) and tag of [`host_and_tag`], and what follows the tag. Which they are depends
/// only on the bytes up to the end of the tag and the one after it (see [`HostTagCache`]).
#[inline]
fn host_and_tag_parts(rest: &[u8]) -> Option<HostTagParts<'_>> {
    let rest = skip_spaces(rest);
    if let Some((tag, r)) = tag_token(rest) {
        return Some((None, tag, r));
    }
    let end = rest.iter().position(|&c| c == b' ')?;
    let host = &rest[..end];
    if !hostname_ok(host) {
        return None;
    }
    let (tag, r) = tag_token(skip_spaces(&rest[end..]))?;
    Some((Some(host), tag, r))
}

#[inline]
fn digits4(b: &[u8]) -> Option<i32> {
    match b {
        [a, b2, c, d] if [a, b2, c, d].iter().all(|x| x.is_ascii_digit()) => {
            Some([a, b2, c, d].iter().fold(0i32, |acc, x| acc * 10 + (**x - b'0') as i32))
        }
        _ => None,
    }
}

/// An RFC 3339 timestamp as log collectors write it (`2026-03-14T09:26:53.684502+00:00`, `…Z`,
/// `2026-03-14T09:26:53+01:00`, `2026-03-14T09:26:53+0100`), followed by a blank or the end. The offset, when written, is the
/// line's zone. The date and time may be apart by a space, as RFC 3339 allows and many templates
/// write them (`2026-03-14 09:26:53`, a fraction after a comma as ISO 8601 allows: `…:53,684`).
fn rfc3339_time(b: &[u8]) -> Option<(RawTime, &[u8])> {
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let year = digits4(&b[0..4])?;
    let month = digits2(&b[5..7])?;
    let day = digits2(&b[8..10])?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let (hour, minute, second, mut rest) = hms(&b[11..])?;
    if let [b',', tail @ ..] = rest {
        rest = &tail[tail.iter().take_while(|c| c.is_ascii_digit()).count()..];
    }
    let (offset, rest) = match rest {
        [b'Z' | b'z', r @ ..] => (Some(0), r),
        // `+01:00` as RFC 3339 writes it, or `+0100` as strftime's `%z` and `journalctl -o
        // short-iso` write it (ISO 8601's basic form)
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2, r @ ..] | [sign @ (b'+' | b'-'), h1, h2, m1, m2, r @ ..] => {
            let h = digits2(&[*h1, *h2])? as i32;
            let m = digits2(&[*m1, *m2])? as i32;
            if h > 23 || m > 59 {
                return None;
            }
            let secs = h * 3600 + m * 60;
            (Some(if *sign == b'-' { -secs } else { secs }), r)
        }
        _ => (None, rest),
    };
    if rest.first().is_some_and(|&c| c != b' ') {
        return None;
    }
    Some((RawTime::new(Some(year), month, day, hour, minute, second, offset), rest))
}

/// Collector templates with an RFC 3339 time first (rsyslog `RSYSLOG_FileFormat`, syslog-ng
/// `ts-format(iso)`): `2026-03-14T09:26:53.684502+00:00 host tag: Info: …`.
fn iso_syslog(b: &[u8], depth: u8) -> Option<Header<'_>> {
    let (time, rest) = rfc3339_time(b)?;
    host_and_tag(rest, time, depth)
}

/// One space-separated token and the rest after it.
fn token(b: &[u8]) -> Option<(&[u8], &[u8])> {
    let b = skip_spaces(b);
    if b.is_empty() {
        return None;
    }
    let end = b.iter().position(|&c| c == b' ').unwrap_or(b.len());
    Some((&b[..end], &b[end..]))
}

/// An RFC 5424 frame after its `<PRI>`: `1 2026-03-14T09:26:53.684Z host app procid msgid SD msg`
/// (`-` is nil; SD is `-` or bracketed elements). The app-name is the tag.
fn rfc5424(b: &[u8]) -> Option<Header<'_>> {
    let (version, rest) = token(b)?;
    if version.is_empty() || version.len() > 2 || !version.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let (ts, rest) = token(rest)?;
    let time = match ts {
        b"-" => None,
        _ => Some(rfc3339_time(ts)?.0),
    };
    let nil = |t: &'_ [u8]| -> bool { t == b"-" };
    let (host, rest) = token(rest)?;
    let (app, rest) = token(rest)?;
    let (_procid, rest) = token(rest)?;
    let (_msgid, rest) = token(rest)?;
    let mut rest = skip_spaces(rest);
    // structured data: `-`, or one or more `[id k="v" …]` (`\]` and `\"` escaped inside values)
    match rest.first() {
        Some(b'-') => rest = &rest[1..],
        Some(b'[') => {
            let mut i = 0;
            while rest.get(i) == Some(&b'[') {
                let mut quoted = false;
                i += 1;
                loop {
                    match rest.get(i)? {
                        b'\\' if quoted => i += 1,
                        b'"' => quoted = !quoted,
                        b']' if !quoted => break,
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            rest = &rest[i..];
        }
        _ => return None,
    }
    if !rest.is_empty() && rest[0] != b' ' {
        return None;
    }
    let mut msg = skip_spaces(rest);
    if let Some(m) = msg.strip_prefix(b"\xEF\xBB\xBF") {
        msg = m;
    }
    if host != b"-" && !hostname_ok(host) {
        return None;
    }
    let outer =
        Header { time, host: (!nil(host)).then_some(host), tag: (!nil(app)).then_some(app), level: None, body: &[] };
    Some(inner(msg, outer, 1))
}

/// A syslog-ng template with the year first and facility/level words before the tag (seen in course
/// notes): `2019 Sep 28 16:13:51 ironport_server mail [info] splunk_maillogs:nopid Info: MID …`. The
/// tag is the last word before the level, up to its first `:`.
fn year_first(b: &[u8]) -> Option<Header<'_>> {
    if b.len() < 20 || b[4] != b' ' {
        return None;
    }
    let year = digits4(&b[..4])?;
    let (month, day, hour, minute, second, rest) = month_day_time(&b[5..])?;
    if rest.first() != Some(&b' ') {
        return None;
    }
    let time = RawTime::new(Some(year), month, day, hour, minute, second, None);
    if let Some(h) = host_and_tag(rest, time, 0) {
        if h.level.is_some() {
            return Some(h);
        }
    }
    let (host, mut rest) = token(rest)?;
    if !hostname_ok(host) {
        return None;
    }
    let mut tag = None;
    for _ in 0..4 {
        let r = skip_spaces(rest);
        if let Some((lvl, body)) = level(r) {
            return Some(Header { time: Some(time), host: Some(host), tag, level: Some(lvl), body });
        }
        let (tok, after) = token(r)?;
        if !tok.starts_with(b"[") {
            let name = tok.split(|&c| c == b':').next().unwrap_or(tok);
            tag = (!name.is_empty()).then_some(name);
        }
        rest = after;
    }
    None
}

/// Kiwi Syslog Server's log files (the syslog server of many Windows shops), tab-separated: date
/// and time, facility and level, the sender, and the message as the appliance sent it after its
/// `<PRI>` — a tag, or a syslog header of its own, before the ESA's text:
/// `2026-03-14 09:26:53\tMail.Info\t10.0.0.5\tmail_logs: Info: …`.
fn kiwi(b: &[u8]) -> Option<Header<'_>> {
    let mut fields = b.splitn(4, |&c| c == b'\t');
    let (time, rest) = rfc3339_time(fields.next()?)?;
    let priority = fields.next()?;
    let host = fields.next()?;
    let message = fields.next()?;
    // `Mail.Info`, `Local0.Notice`: a facility and a level, letters and digits
    let word = |w: &[u8]| !w.is_empty() && w.iter().all(u8::is_ascii_alphanumeric);
    if !rest.is_empty() || !priority.split(|&c| c == b'.').map(word).eq([true, true]) || !hostname_ok(host) {
        return None;
    }
    let outer = Header { time: Some(time), host: Some(host), ..Header::NONE };
    // the ESA's text, or a syslog header of its own; else a tag before it
    let h = inner(message, outer, 0);
    if h.level.is_some() {
        return Some(h);
    }
    tag_and_level(skip_spaces(message), outer)
}

/// `host tag: Level: …` (a collector dropped PRI and time). The level is required, so prose such as
/// `AUTH mechanism: LOGIN …` is not mistaken for a header.
fn host_tag(b: &[u8]) -> Option<Header<'_>> {
    let end = b.iter().position(|&c| c == b' ')?;
    let host = &b[..end];
    if !hostname_ok(host) || !host.contains(&b'.') && !host.iter().any(u8::is_ascii_digit) && host.len() < 3 {
        return None;
    }
    tag_and_level(skip_spaces(&b[end..]), Header { host: Some(host), ..Header::NONE })
}

/// `tag: Level: …`: the message as the appliance sent it, after its `<PRI>`, time and host, as
/// log servers keep it in a field of its own (Graylog's and Logstash's `message`, a search export's
/// column). The level is required, as for [`host_tag`].
fn tag_only(b: &[u8]) -> Option<Header<'_>> {
    tag_and_level(b, Header::NONE)
}

/// `tag: Level: …` after what `outer` read before it (its time and host, if any): the level is
/// required, so that prose with a colon is not taken for a tag.
fn tag_and_level<'a>(b: &'a [u8], outer: Header<'a>) -> Option<Header<'a>> {
    let (tag, r) = tag_token(b)?;
    let h = inner(r, Header { tag: Some(tag), ..outer }, 1);
    h.level.map(|_| h)
}

/// Message bodies that authors paste without any header; recognised only by an unmistakable
/// mail-event start so wrapped text is never taken for one.
pub fn is_bare_event(b: &[u8]) -> bool {
    fn id_after(b: &[u8], kw: &[u8]) -> bool {
        b.starts_with(kw) && b.get(kw.len()).is_some_and(u8::is_ascii_digit)
    }
    id_after(b, b"ICID ")
        || id_after(b, b"DCID ")
        || id_after(b, b"MID ")
        || id_after(b, b"Start MID ")
        || b.starts_with(b"New SMTP ICID ")
        || b.starts_with(b"New SMTP DCID ")
        || b.starts_with(b"Delivery start DCID ")
        || b.starts_with(b"Message done DCID ")
        || b.starts_with(b"Message finished MID ")
        || b.starts_with(b"Message aborted MID ")
        || b.starts_with(b"Bounced: DCID")
        || b.starts_with(b"Delayed: DCID")
        || b.starts_with(b"Connection Error: ")
        || b.starts_with(b"Double bounce: ")
}

/// Remembers the classic timestamp of the last line (`Sun Mar 10 08:00:01 2024`): consecutive lines
/// mostly share their second, and comparing a few bytes is much cheaper than parsing them again. For
/// the lines of a log server (`Mar 10 08:00:01 esa1.example.net mail_logs: Info: …`, or an RFC 3339
/// time first), it remembers the host and tag that follow the time (see [`HostTagCache`]).
#[derive(Debug, Default, Clone)]
pub struct HeaderCache {
    prefix: [u8; 32],
    len: usize,
    time: Option<RawTime>,
    /// A collector's last `Mmm dd HH:MM:SS[.fff]`, as bytes, and what it reads as.
    syslog_time: ([u8; 32], usize, Option<RawTime>),
    host_tag: HostTagCache,
}

/// What followed the timestamps of the last few collector lines: ` esa1.example.net mail_logs:`, as
/// bytes, with where the host and tag lie in them. A line whose bytes after its time are the same,
/// followed by a blank, has the same host and tag: [`host_and_tag_parts`] looks at nothing else (it
/// stops at the first blank after the tag). Comparing them costs a tenth of reading them again, on
/// every line of a log server's file. A few slots, as a server's file interleaves its appliances.
#[derive(Debug, Default, Clone)]
struct HostTagCache {
    slots: [HostTag; 4],
    next: usize,
}

#[derive(Debug, Clone)]
struct HostTag {
    /// The bytes from the end of the time to the end of the tag's colon; `len` 0: empty.
    bytes: [u8; 96],
    len: u8,
    /// Where the host (if any) and the tag lie in `bytes`.
    host: Option<(u8, u8)>,
    tag: (u8, u8),
}

impl Default for HostTag {
    fn default() -> Self {
        HostTag { bytes: [0; 96], len: 0, host: None, tag: (0, 0) }
    }
}

impl HostTagCache {
    /// [`host_and_tag_parts`] of `rest`, from a slot when its bytes begin `rest`.
    #[inline]
    fn parts<'a>(&mut self, rest: &'a [u8]) -> Option<HostTagParts<'a>> {
        for s in &self.slots {
            let n = s.len as usize;
            if n > 0 && rest.get(n) == Some(&b' ') && rest[..n] == s.bytes[..n] {
                let host = s.host.map(|(a, b)| &rest[a as usize..b as usize]);
                return Some((host, &rest[s.tag.0 as usize..s.tag.1 as usize], &rest[n..]));
            }
        }
        let parts = host_and_tag_parts(rest)?;
        let (host, tag, r) = parts;
        let at = |x: &[u8]| (x.as_ptr() as usize - rest.as_ptr() as usize) as u8;
        let n = rest.len() - r.len();
        // (what follows a tag is a blank or nothing: a line with these bytes and a blank after them
        // has the same parts either way)
        if n <= 96 {
            let i = self.next;
            self.next = (i + 1) % self.slots.len();
            let slot = &mut self.slots[i];
            slot.bytes[..n].copy_from_slice(&rest[..n]);
            slot.len = n as u8;
            slot.host = host.map(|h| (at(h), at(h) + h.len() as u8));
            slot.tag = (at(tag), at(tag) + tag.len() as u8);
        }
        Some(parts)
    }
}

impl HeaderCache {
    /// [`parse_header`], with the timestamp of a classic line taken from the cache when the line starts
    /// with the same bytes as the last one. Same result as [`parse_header`] for every line.
    #[inline]
    pub fn parse<'a>(&mut self, line: &'a [u8]) -> Option<Header<'a>> {
        if let Some(time) = self.time {
            // the usual 24-byte prefix compared as a fixed-size array (no `memcmp` call)
            let same = match line.first_chunk::<24>() {
                Some(p) if self.len == 24 => self.prefix.first_chunk::<24>() == Some(p),
                _ => line.len() > self.len && line[..self.len] == self.prefix[..self.len],
            };
            if same {
                if let Some(body) = info_body(&line[self.len..]) {
                    return Some(Header { time: Some(time), host: None, tag: None, level: Some(Level::Info), body });
                }
            }
            if same && line.get(self.len) == Some(&b' ') {
                if let Some((lvl, body)) = level(skip_spaces(&line[self.len..])) {
                    return Some(Header { time: Some(time), host: None, tag: None, level: Some(lvl), body });
                }
            }
        }
        if let Some((t, r)) = classic_time(line) {
            if let Some((lvl, body)) = level(skip_spaces(r)) {
                let len = line.len() - r.len();
                if len <= self.prefix.len() {
                    self.prefix[..len].copy_from_slice(&line[..len]);
                    self.len = len;
                    self.time = Some(t);
                }
                return Some(Header { time: Some(t), host: None, tag: None, level: Some(lvl), body });
            }
        }
        self.collector(line).or_else(|| parse_header(line))
    }

    /// The header of a collector's line (`[<PRI>]Mmm dd HH:MM:SS [YYYY] [host] tag: …`, or an RFC
    /// 3339 time first without a PRI), its time and its host and tag from the cache when they repeat:
    /// what [`parse_header`] gives it, by the same functions. `None`: another form, or a line this
    /// reading does not take, for [`parse_header`].
    #[inline]
    fn collector<'a>(&mut self, line: &'a [u8]) -> Option<Header<'a>> {
        let (b, had_pri) = match line {
            [b'<', rest @ ..] => {
                let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
                if !(1..=3).contains(&n) || rest.get(n) != Some(&b'>') {
                    return None;
                }
                (&rest[n + 1..], true)
            }
            // a quoted line, a Consolidated Event Log line: parse_header's own turns
            [b'\'' | b'"' | b'C', ..] => return None,
            _ => (line, false),
        };
        // (parse_header tries a classic time before these forms: it never reads one of these lines,
        // as it wants letters where they have the day's digits)
        let (time, rest) = match b.first()? {
            c if c.is_ascii_digit() => {
                // rsyslog's RSYSLOG_FileFormat and syslog-ng's ISO times; with a PRI, RFC 5424
                if had_pri {
                    return None;
                }
                rfc3339_time(b)?
            }
            _ => {
                // the time of the last such line, when this one starts with the same bytes (those
                // month_day_time read): if they are followed here by more it would read (digits of
                // a fraction), the blank asked for below is missing and parse_header reads the line
                let (bytes, n, last) = &self.syslog_time;
                let cached = last.filter(|_| b.len() > *n && b[..*n] == bytes[..*n]);
                // the time without a year, as the cache keeps it (packed once, not on every line)
                let (time, rest) = match cached {
                    Some(t) => (t, &b[*n..]),
                    None => {
                        let (month, day, hour, minute, second, rest) = month_day_time(b)?;
                        let t = RawTime::new(None, month, day, hour, minute, second, None);
                        let n = b.len() - rest.len();
                        if n <= 32 {
                            self.syslog_time.0[..n].copy_from_slice(&b[..n]);
                            self.syslog_time.1 = n;
                            self.syslog_time.2 = Some(t);
                        }
                        (t, rest)
                    }
                };
                let (time, rest) = match year4(rest) {
                    Some((y, r)) => (time.with_year(Some(y)), r),
                    None => (time, rest),
                };
                if rest.first() != Some(&b' ') {
                    return None;
                }
                (time, rest)
            }
        };
        let (host, tag, r) = self.host_tag.parts(rest)?;
        Some(inner(r, Header { time: Some(time), host, tag: Some(tag), level: None, body: &[] }, 0))
    }
}

/// Parses the header of one physical line. `None` means the line does not start with a recognised
/// header (a continuation of the previous entry, or text that is not a log line).
pub fn parse_header(line: &[u8]) -> Option<Header<'_>> {
    // A UTF-8 byte order mark before the first line (Windows PowerShell 5's `Set-Content -Encoding
    // UTF8`, Notepad's "UTF-8 with BOM"), or before each file's first line put together with `cat`
    // (one: a line of them is text, and no recursion goes as deep as a line is long)
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    // A log line pasted inside quotes (`'Mon Jan 16 16:41:00 2006 Info: …'`).
    if let [q @ (b'\'' | b'"'), inner @ .., last] = line {
        // not a row of a CSV export whose raw column was not found (`"…","2024-…","esa1"`): its
        // other columns would be read as the end of the log line
        let csv_row = *q == b'"' && memchr::memmem::find(inner, b"\",\"").is_some();
        if q == last && !csv_row && inner.first().is_some_and(u8::is_ascii_alphabetic) {
            if let Some(h) = parse_header_unquoted(inner) {
                return Some(h);
            }
        }
    }
    parse_header_unquoted(line)
}

fn parse_header_unquoted(line: &[u8]) -> Option<Header<'_>> {
    // Consolidated Event Log lines (CEF) without a syslog header: another subscription.
    if line.starts_with(b"CEF:") {
        return Some(Header { time: None, host: None, tag: Some(b"CEF"), level: None, body: line });
    }
    let mut b = line;
    let mut had_pri = false;
    if let [b'<', rest @ ..] = b {
        let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if (1..=3).contains(&n) && rest.get(n) == Some(&b'>') {
            b = &rest[n + 1..];
            had_pri = true;
        } else {
            return None;
        }
    }
    if let Some((t, r)) = classic_time(b) {
        if let Some((lvl, body)) = level(skip_spaces(r)) {
            return Some(Header { time: Some(t), host: None, tag: None, level: Some(lvl), body });
        }
        // A classic time followed by a host and tag (a collector template with the year).
    }
    if let Some(h) = syslog(b, 0) {
        return Some(h);
    }
    if b.first().is_some_and(u8::is_ascii_digit) {
        if had_pri {
            return rfc5424(b);
        }
        if let Some(h) = iso_syslog(b, 0).or_else(|| year_first(b)).or_else(|| kiwi(b)) {
            return Some(h);
        }
    }
    if had_pri {
        return None;
    }
    if let Some((lvl, body)) = level(b) {
        return Some(Header { time: None, host: None, tag: None, level: Some(lvl), body });
    }
    if let Some(h) = host_tag(b).or_else(|| tag_only(b)) {
        return Some(h);
    }
    let t = trim(b);
    if is_bare_event(t) {
        return Some(Header { time: None, host: None, tag: None, level: None, body: t });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(line: &str) -> Header<'_> {
        parse_header(line.as_bytes()).unwrap_or_else(|| panic!("no header: {line}"))
    }

    /// Every value a header can give each field comes back as given, whatever the others are, so
    /// two times are equal exactly when their fields are.
    #[test]
    fn a_raw_time_keeps_every_field_a_header_can_give() {
        let mut n = 0;
        for year in [None, Some(-1), Some(0), Some(1970), Some(2026), Some(9999), Some(10_000)] {
            for month in [1, 2, 11, 12] {
                for day in [1, 9, 30, 31] {
                    for hms in [0, 1, 23, 59, 60, 98, 99] {
                        for offset in [None, Some(-86_340), Some(-16_200), Some(0), Some(1), Some(86_340)] {
                            let (hour, minute, second) = (hms, 99 - hms, (hms + 7) % 100);
                            let t = RawTime::new(year, month, day, hour, minute, second, offset);
                            let back = (t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second(), t.offset());
                            assert_eq!(back, (year, month, day, hour, minute, second, offset));
                            assert_eq!(t.with_year(Some(2001)).year(), Some(2001));
                            n += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(n, 7 * 4 * 4 * 7 * 6);
        assert_eq!(std::mem::size_of::<Option<RawTime>>(), 8);
    }

    #[test]
    fn classic() {
        let x = h("Tue Jun 28 19:08:49 2005 Info: ICID 282204971 TLS failed");
        assert_eq!(x.time, Some(RawTime::new(Some(2005), 6, 28, 19, 8, 49, None)));
        assert_eq!(x.level, Some(Level::Info));
        assert_eq!(x.body, b"ICID 282204971 TLS failed");
        assert_eq!(h("Mon Mar  8 19:37:40 2004 Info: x").time.unwrap().day(), 8);
        assert_eq!(h("Mon Mar 5 14:21:04 2018 Info: x").time.unwrap().day(), 5);
        assert_eq!(h("Thu Aug 07 11:57:16 2020 Info: x").time.unwrap().day(), 7);
        assert_eq!(h("Wed Sep  6 13:13:16 2023 Debug: MID 14").level, Some(Level::Debug));
        // weekday not validated
        assert_eq!(h("Fri Sep 12 11:00:00 2022 Info: x").time.unwrap().day(), 12);
    }

    #[test]
    fn a_byte_order_mark_before_a_line_is_not_part_of_it() {
        for line in [
            "Sun Mar 10 08:00:00 2024 Info: Begin Logfile",
            "Mar 10 08:00:01 esa1 mail_logs: Info: ICID 7 close",
            "<22>1 2024-03-10T08:00:01.000Z esa1 mail_logs - - - Info: ICID 7 close",
            "2024-03-10T08:00:01+01:00 esa1 mail_logs: Info: ICID 7 close",
        ] {
            let with = format!("\u{feff}{line}");
            assert_eq!(parse_header(with.as_bytes()), Some(h(line)), "{line}");
            assert_eq!(HeaderCache::default().parse(with.as_bytes()), Some(h(line)), "{line}");
        }
        // only before the line: inside it, it is text; and one (a long line of them is no header,
        // and reading it takes no stack)
        assert!(parse_header("Sun Mar 10 08:00:00 \u{feff}2024 Info: x".as_bytes()).is_none());
        assert!(parse_header("\u{feff}\u{feff}Sun Mar 10 08:00:00 2024 Info: x".as_bytes()).is_none());
        assert!(parse_header("\u{feff}".repeat(1 << 20).as_bytes()).is_none());
    }

    #[test]
    fn syslog_forms() {
        let x = h("<166>Mar 17 18:24:37 mail_logs: Info: New SMTP DCID 8 interface 1.128.3.4 address 1.128.3.4");
        assert_eq!(x.host, None);
        assert_eq!(x.tag, Some(&b"mail_logs"[..]));
        assert_eq!(x.time.unwrap().year(), None);
        assert!(x.body.starts_with(b"New SMTP DCID 8"));

        let x =
            h("<94>Nov 24 14:22:57 REDACTED.africa.example.net mail_logs: Info: Start MID 204841507 ICID 146047847");
        assert_eq!(x.host, Some(&b"REDACTED.africa.example.net"[..]));
        assert_eq!(x.body, b"Start MID 204841507 ICID 146047847");

        let x = h("Jun 26 10:42:23 ip1out.temple.edu mail_logs: Info: ICID 69610481 close");
        assert_eq!(x.host, Some(&b"ip1out.temple.edu"[..]));

        let x = h("Oct 19 06:33:29 2011 mx07.lnh.mail.rcn.net syslog_mail: Info: Start MID 1416566008 ICID 2106327026");
        assert_eq!(x.time.unwrap().year(), Some(2011));
        assert_eq!(x.tag, Some(&b"syslog_mail"[..]));

        // the tag alone, as Graylog's and Logstash's `message` field keeps what the appliance sent
        let x = h("mail_logs: Info: ICID 7 close");
        assert_eq!((x.time, x.host, x.tag), (None, None, Some(&b"mail_logs"[..])));
        assert_eq!((x.level, x.body), (Some(Level::Info), &b"ICID 7 close"[..]));
        assert_eq!(h("ESA_mail_logs: Warning: x").level, Some(Level::Warning));
        let x = h("esa02.cooperhealth.edu ESA_mail_logs: Info: MID 286962029 Subject 'Synapse Health Delivery Notice'");
        assert_eq!(x.host, Some(&b"esa02.cooperhealth.edu"[..]));
        assert_eq!(x.time, None);

        // H7: syslog wrapping the ESA's classic time; the inner time wins.
        let x = h("<111>Aug 10 10:00:00 mail_logs: Mon Aug 10 09:52:59 2020 Info: ICID 442736 ACCEPT SG UNKNOWNLIST match sbrs[-2.0:10.0] SBRS -0.9");
        assert_eq!(x.time.unwrap().year(), Some(2020));
        assert_eq!(x.time.unwrap().minute(), 52);
        assert!(x.body.starts_with(b"ICID 442736 ACCEPT"));

        // H8: nested syslog; the inner host and tag win.
        let x = h("<111>Aug 10 10:00:00 cisco_esa relay: Aug  2 23:59:52 10.0.1.1 MAIL_SecurityAudit: Info: MID 308049623 using engine: SPF");
        assert_eq!(x.host, Some(&b"10.0.1.1"[..]));
        assert_eq!(x.tag, Some(&b"MAIL_SecurityAudit"[..]));

        // a non-mail subscription without level (CEF)
        let x = h("<166>Mar 17 18:24:37 consolidated_event: CEF:0|Cisco|C100V");
        assert_eq!(x.tag, Some(&b"consolidated_event"[..]));
        assert_eq!(x.level, None);
    }

    #[test]
    fn collector_forms_of_log_formats_addendum_2() {
        // C2 rsyslog RSYSLOG_FileFormat: fraction and offset; the offset is the line's zone
        let x = h("2026-03-14T09:26:53.684502+00:00 esa1.corp.example mail_logs: Info: ICID 5 close");
        let t = x.time.unwrap();
        assert_eq!((t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second()), (Some(2026), 3, 14, 9, 26, 53));
        assert_eq!(t.offset(), Some(0));
        assert_eq!(x.host, Some(&b"esa1.corp.example"[..]));
        assert_eq!(x.tag, Some(&b"mail_logs"[..]));
        assert_eq!(x.body, b"ICID 5 close");
        // C5 syslog-ng ts-format(iso), no fraction, a positive and a negative offset
        let x = h("2026-03-14T09:26:53+01:00 esa1 mail_logs: Info: ICID 6 close");
        assert_eq!(x.time.unwrap().offset(), Some(3600));
        assert_eq!(x.host, Some(&b"esa1"[..]));
        assert_eq!(h("2026-03-14T09:26:53-04:30 esa1 mail_logs: Info: x").time.unwrap().offset(), Some(-16200));
        // the offset without its colon (ISO 8601's basic form), as `journalctl -o short-iso` and
        // templates with strftime's `%z` write it, the process ID after the tag
        let x = h("2026-03-14T09:26:53+0100 esa1 mail_logs[2215]: Info: ICID 6 close");
        assert_eq!(x.time.unwrap().offset(), Some(3600));
        assert_eq!((x.host, x.tag, x.body), (Some(&b"esa1"[..]), Some(&b"mail_logs[2215]"[..]), &b"ICID 6 close"[..]));
        assert_eq!(h("2026-03-14T09:26:53.123456-0430 esa1 mail_logs: Info: x").time.unwrap().offset(), Some(-16200));
        // no host
        assert_eq!(h("2026-03-14T09:26:53Z mail_logs: Info: ICID 7 close").host, None);
        // date and time apart by a space, a fraction after a comma, no zone: the file's zone
        for (l, offset) in [
            ("2026-03-14 09:26:53 esa1 mail_logs: Info: ICID 7 close", None),
            ("2026-03-14 09:26:53,684 esa1 mail_logs: Info: ICID 7 close", None),
            ("2026-03-14 09:26:53.684-05:00 esa1 mail_logs: Info: ICID 7 close", Some(-18000)),
        ] {
            let x = h(l);
            let t = x.time.unwrap();
            assert_eq!(
                (t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second()),
                (Some(2026), 3, 14, 9, 26, 53),
                "{l}"
            );
            assert_eq!(t.offset(), offset, "{l}");
            assert_eq!(
                (x.host, x.tag, x.body),
                (Some(&b"esa1"[..]), Some(&b"mail_logs"[..]), &b"ICID 7 close"[..]),
                "{l}"
            );
        }
        // Kiwi Syslog Server's files: date and time, facility.level, sender, and the message after
        // the appliance's <PRI>: a tag (then the sender is the host), or a syslog header of its own
        // (then its host and tag, the appliance's, are preferred), or the ESA's text alone
        for (l, host, tag) in [
            ("2026-03-14 09:26:53\tMail.Info\t10.0.0.5\tmail_logs: Info: ICID 7 close", "10.0.0.5", Some("mail_logs")),
            (
                "2026-03-14 09:26:53\tLocal0.Debug\tesa1.corp.example\tmail_logs: Info: ICID 7 close",
                "esa1.corp.example",
                Some("mail_logs"),
            ),
            (
                "2026-03-14 09:26:53\tMail.Info\t10.0.0.5\tMar 14 09:26:53 esa1 mail_logs: Info: ICID 7 close",
                "esa1",
                Some("mail_logs"),
            ),
            ("2026-03-14 09:26:53\tMail.Info\t10.0.0.5\tInfo: ICID 7 close", "10.0.0.5", None),
        ] {
            let x = h(l);
            let t = x.time.unwrap();
            assert_eq!((t.month(), t.day(), t.hour(), t.minute(), t.second()), (3, 14, 9, 26, 53), "{l}");
            assert_eq!(x.host, Some(host.as_bytes()), "{l}");
            assert_eq!(x.tag, tag.map(str::as_bytes), "{l}");
            assert_eq!((x.level, x.body), (Some(Level::Info), &b"ICID 7 close"[..]), "{l}");
        }
        assert_eq!(h("2026-03-14 09:26:53\tMail.Info\t10.0.0.5\tmail_logs: Info: x").time.unwrap().year(), Some(2026));
        // an inner syslog time without a year takes the collector's, across New Year's Eve too
        for (l, year) in [
            ("2026-03-14 09:26:54\tMail.Info\t10.0.0.5\tMar 14 09:26:53 esa1 mail_logs: Info: x", 2026),
            ("2026-01-01 00:00:01\tMail.Info\t10.0.0.5\tDec 31 23:59:59 esa1 mail_logs: Info: x", 2025),
            ("2025-12-31 23:59:59\tMail.Info\t10.0.0.5\tJan  1 00:00:01 esa1 mail_logs: Info: x", 2026),
            ("2026-03-14T09:26:54+00:00 relay mail_logs: Mar 14 09:26:53 esa1 mail_logs: Info: x", 2026),
        ] {
            assert_eq!(h(l).time.unwrap().year(), Some(year), "{l}");
        }
        // the time itself is the inner one, the appliance's
        let l = "2026-03-14 09:26:54\tMail.Info\t10.0.0.5\tMar 14 09:26:53 esa1 mail_logs: Info: x";
        assert_eq!(h(l).time.unwrap().second(), 53);
        // not Kiwi's: no facility.level, a fourth field that is prose
        for l in [
            "2026-03-14 09:26:53\tInfo\t10.0.0.5\tmail_logs: Info: x",
            "2026-03-14 09:26:53\tMail.Info\t10.0.0.5\tsee the ticket",
            "2026-03-14 09:26:53\tMail.Info\t10.0.0.5",
        ] {
            assert!(parse_header(l.as_bytes()).is_none(), "{l}");
        }
        // C3 RFC 5424: app-name is the tag, structured data nil or present, BOM before the message
        let x = h("<22>1 2026-03-14T09:26:53.684Z esa1.corp.example mail_logs - - - Info: ICID 8 close");
        assert_eq!(x.time.unwrap().offset(), Some(0));
        assert_eq!(x.time.unwrap().year(), Some(2026));
        assert_eq!(x.host, Some(&b"esa1.corp.example"[..]));
        assert_eq!(x.tag, Some(&b"mail_logs"[..]));
        assert_eq!(x.level, Some(Level::Info));
        assert_eq!(x.body, b"ICID 8 close");
        let x = h("<22>1 2026-03-14T09:26:53Z esa2 mail_logs 123 ID47 [exampleSDID@32473 iut=\"3\" x=\"a\\]b\"][y@1 k=\"v\"] \u{feff}Info: ICID 9 close");
        assert_eq!(x.host, Some(&b"esa2"[..]));
        assert_eq!(x.body, b"ICID 9 close");
        let x = h("<22>1 - - - - - - Info: ICID 10 close");
        assert_eq!((x.time, x.host, x.tag), (None, None, None));
        assert_eq!(x.body, b"ICID 10 close");
        // C4 year first, facility and level words, `tag:nopid`
        let x =
            h("2019 Sep 28 16:13:51 ironport_server mail [info] splunk_maillogs:nopid Info: MID 6509657 DLP violation");
        let t = x.time.unwrap();
        assert_eq!((t.year(), t.month(), t.day(), t.hour()), (Some(2019), 9, 28, 16));
        assert_eq!(x.host, Some(&b"ironport_server"[..]));
        assert_eq!(x.tag, Some(&b"splunk_maillogs"[..]));
        assert_eq!(x.body, b"MID 6509657 DLP violation");
        assert_eq!(h("2019 Sep 28 16:13:51 esa1 mail_logs: Info: ICID 1 close").tag, Some(&b"mail_logs"[..]));
        // not headers: broken times, an impossible month, prose starting with a year
        for l in [
            "2026-13-14T09:26:53Z esa1 mail_logs: Info: x",
            "2026-03-14T09:26:53+01 esa1 mail_logs: Info: x",
            "2026-03-14T09:26:53+2500 esa1 mail_logs: Info: x",
            "2026-03-14 is the day we saw it",
            "2019 was a good year for mail",
            "<22>1 2026-03-14T09:26:53Z esa1 mail_logs - - [unterminated Info: x",
        ] {
            assert_eq!(parse_header(l.as_bytes()), None, "{l}");
        }
    }

    #[test]
    fn quoted_and_cef() {
        let x = h("'Mon Jan 16 16:41:00 2006 Info: Mail delivery client with DCID 7590360 exited.'");
        assert_eq!(x.body, b"Mail delivery client with DCID 7590360 exited.");
        assert_eq!(h("\"Mon Jan 16 16:41:00 2006 Info: MID 5 Subject 'a, b'\"").body, b"MID 5 Subject 'a, b'");
        assert_eq!(h("CEF:0|Cisco|C390|14.0.0-698|ESA_CONSOLIDATED_LOG_EVENT").tag, Some(&b"CEF"[..]));
        // a row of a CSV export whose raw column has another name: not a line whose end is the
        // other columns
        let row = "\"Mar 10 08:00:02 esa1 mail_logs: Info: ICID 3 TLS success protocol TLSv1.2 cipher AES\",\"2024-03-10T08:00:02.000-0500\",\"esa1\"";
        assert_eq!(parse_header(row.as_bytes()), None);
    }

    #[test]
    fn message_only_and_bare() {
        assert_eq!(h("Info: ICID 623143 TLS success").body, b"ICID 623143 TLS success");
        assert_eq!(h("DCID 58744 TLS success CN=mail.internetsellout.com").level, None);
        assert_eq!(h("MID 164148 interim verdict").body, b"MID 164148 interim verdict");
    }

    #[test]
    fn cache_gives_the_same_headers() {
        let lines = [
            "Sun Mar 10 08:00:01 2024 Info: ICID 1 close",
            "Sun Mar 10 08:00:01 2024 Info: ICID 2 close",
            "Sun Mar 10 08:00:01 2024Info: ICID 2 close",
            "Sun Mar 10 08:00:01 2024 Warning: x",
            "Sun Mar 10 08:00:01 2024 host mail_logs: Info: ICID 3 close",
            "Sun Mar 10 08:00:01 2024 Info:",
            "Sun Mar 10 08:00:01 2024",
            "Sun Mar 10 08:00:02 2024 Info: ICID 4 close",
            "Mon Mar 5 14:21:04 2018 Info: x",
            "Mon Mar 5 14:21:04 2018 Info: y",
            "Mon Mar 5 14:21:04 2018.5 Info: y",
            "Sun Mar 10 08:00:02 2024 Info: ICID 4 close",
            "<166>Mar 17 18:24:37 mail_logs: Info: New SMTP DCID 8",
            "Info: ICID 623143 TLS success",
            "Sun Mar 10 08:00:02 2024 Info: z",
        ];
        let mut cache = HeaderCache::default();
        for l in lines {
            assert_eq!(cache.parse(l.as_bytes()), parse_header(l.as_bytes()), "{l}");
        }
    }

    /// What follows a cached time, in every near form of ` Info: ` and its body (blanks before, after
    /// and at either end, other levels, none): the fast reading of the usual form gives what the
    /// general one gives, and every other form goes the general way.
    #[test]
    fn the_usual_info_after_a_cached_time_reads_as_any_other_line() {
        let time = "Sun Mar 10 08:00:01 2024";
        let mut cache = HeaderCache::default();
        assert!(cache.parse(format!("{time} Info: prime").as_bytes()).is_some());
        let mut next = crate::testutil::xorshift(0x51_7cc1_b727_220a);
        let pick = |next: &mut dyn FnMut() -> u64, v: &[&'static str]| v[(next() % v.len() as u64) as usize];
        for _ in 0..20_000 {
            let mut tail = String::new();
            tail.push_str(pick(&mut next, &[" ", "  ", "\t", "", " \t"]));
            tail.push_str(pick(&mut next, &["Info:", "Info", "Warning:", "info:", "Infox", "Info:x"]));
            tail.push_str(pick(&mut next, &[" ", "  ", "\t", "", "\r", " \t"]));
            for _ in 0..next() % 4 {
                tail.push_str(pick(&mut next, &["x", " ", "\t", "I", "\r", "\u{a0}"]));
            }
            tail.push_str(pick(&mut next, &["", " ", "\t", "y"]));
            let line = format!("{time}{tail}");
            assert_eq!(cache.parse(line.as_bytes()), parse_header(line.as_bytes()), "{line:?}");
        }
    }

    /// Collector lines in every combination of the parts the host and tag cache looks at, in an
    /// order that fills its slots and then meets the same bytes followed by something else.
    #[test]
    fn the_host_and_tag_cache_gives_the_same_headers() {
        let times = [
            "Mar 10 08:00:01",
            "Mar  9 08:00:01",
            "Mar 10 08:00:01 2024",
            "Mar 10 08:00:01.123",
            "Mar 10 08:00:01.1234",
            "Mar 10 08:00:011",
            "Mar 10 08:00:02",
            "2024-03-10T08:00:01.684502+00:00",
            "2024-03-10T08:00:01Z",
            "2024-03-10 08:00:01,684",
            "Sun Mar 10 08:00:01 2024",
        ];
        let hosts = ["", "esa1.example.net ", "10.0.0.5 ", "2001:db8::5 ", "esa1 ", "bad/host ", "esa1  "];
        let tags = ["mail_logs:", "mail_logs", "a:b:", "ESA_mail_logs:", "x:", ":", "mail_logs:\t"];
        let rests = [
            " Info: ICID 1 close",
            "",
            " ",
            "Info: x",
            " Sun Mar 10 08:00:01 2024 Info: ICID 2 close",
            " Mar 10 08:00:02 esa9 inner_tag: Warning: y",
            " CEF:0|Cisco|x",
            " plain text",
            ": Info: z",
        ];
        let mut lines = Vec::new();
        // a UTF-8 byte order mark before the line too (a file saved "UTF-8 with BOM")
        for pri in ["", "<22>", "<1234>", "\u{feff}"] {
            for t in times {
                for h in hosts {
                    for tag in tags {
                        for r in rests {
                            lines.push(format!("{pri}{t} {h}{tag}{r}"));
                        }
                    }
                }
            }
        }
        let mut cache = HeaderCache::default();
        // in order (the same host and tag with every rest), then interleaved from both ends
        let n = lines.len();
        let order = (0..n).chain((0..n).flat_map(|i| [i, n - 1 - i]));
        let mut hits = 0;
        for i in order {
            let l = lines[i].as_bytes();
            let want = parse_header(l);
            hits += want.is_some_and(|h| h.host.is_some()) as usize;
            assert_eq!(cache.parse(l), want, "{}", lines[i]);
        }
        assert!(hits > 1000, "the lines exercise hosts and tags: {hits}");
    }

    #[test]
    fn continuations_are_not_headers() {
        for l in [
            "(10.10.10.1) address 192.168.1.1 reverse dns host unknown verified no",
            "did not initiate it",
            "unexpected response",
            "address 192.168.2.2",
            "  AUTH mechanism: LOGIN with profile: ldap_smpt",
            "AUTH mechanism: LOGIN with profile: ldap_smpt",
            "Note: the Info: line below",
            "ed yes",
            "2317877 to local IronPort Spam Quarantine",
            "error ('550', ['<george@yourdomain.com>... Relaying denied']) []",
            "i Sep  8 05:21:31 2023 Info: MID 4 ICID 4 From: x",
            "<37gva9$5uvbhe@mail.example.com> Queued mail for delivery",
            "",
        ] {
            assert_eq!(parse_header(l.as_bytes()), None, "{l}");
        }
    }
}
