//! Log timestamps.
//!
//! ESA logs carry local wall-clock time without a zone: the classic on-box form has a year, the syslog
//! forms do not. A [`LogTime`] keeps the wall-clock seconds as written and, when the file header told us
//! (`Time offset from UTC: N seconds`) or the user did, the offset that turns it into UTC.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A point in log time: wall-clock seconds since 1970-01-01T00:00:00 *as written in the log*, plus the
/// offset from UTC when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LogTime {
    /// Seconds since the epoch of the local wall-clock reading (not UTC unless `offset` is 0).
    pub local: i64,
    /// Seconds east of UTC, when known.
    pub offset: Option<i32>,
}

impl LogTime {
    /// Seconds since the Unix epoch in UTC, or the local reading when the offset is unknown
    /// (the best available ordering key).
    pub fn utc_or_local(&self) -> i64 {
        self.local - self.offset.unwrap_or(0) as i64
    }
}

impl PartialOrd for LogTime {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for LogTime {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.utc_or_local().cmp(&other.utc_or_local()).then(self.local.cmp(&other.local))
    }
}

impl LogTime {
    /// RFC 3339 text (`2005-07-20T19:47:40-04:00`, `…Z`, or no offset when unknown), written by hand
    /// into `buf`: every record carries several times, and `write!` costs more than the rest of
    /// serializing one. `None` for a year outside 0..=9999, which takes the general path.
    pub(crate) fn rfc3339<'b>(&self, buf: &'b mut [u8; 25]) -> Option<&'b str> {
        std::str::from_utf8(self.rfc3339_bytes(buf)?).ok()
    }

    /// [`LogTime::rfc3339`] as the ASCII bytes it is (for the JSON writer). The date part of the
    /// last day written is remembered per thread: the records of a log come day after day, and
    /// turning days into a calendar date was most of the cost.
    pub(crate) fn rfc3339_bytes<'b>(&self, buf: &'b mut [u8; 25]) -> Option<&'b [u8]> {
        thread_local! {
            static LAST_DATE: std::cell::Cell<(i64, [u8; 10])> = const { std::cell::Cell::new((i64::MIN, [0; 10])) };
        }
        let two = |b: &mut [u8], v: u32| {
            b[0] = b'0' + (v / 10 % 10) as u8;
            b[1] = b'0' + (v % 10) as u8;
        };
        let days = self.local.div_euclid(86400);
        let tod = self.local.rem_euclid(86400) as u32;
        let date = match LAST_DATE.with(|c| c.get()) {
            (d, date) if d == days => date,
            _ => {
                let (y, mo, d, ..) = civil_from_seconds(self.local);
                if !(0..=9999).contains(&y) {
                    return None;
                }
                let y = y as u32;
                let mut date = *b"0000-00-00";
                two(&mut date[0..2], y / 100);
                two(&mut date[2..4], y % 100);
                two(&mut date[5..7], mo);
                two(&mut date[8..10], d);
                LAST_DATE.with(|c| c.set((days, date)));
                date
            }
        };
        buf[..10].copy_from_slice(&date);
        buf[10] = b'T';
        two(&mut buf[11..13], tod / 3600);
        buf[13] = b':';
        two(&mut buf[14..16], tod / 60 % 60);
        buf[16] = b':';
        two(&mut buf[17..19], tod % 60);
        let len = match self.offset {
            None => 19,
            Some(0) => {
                buf[19] = b'Z';
                20
            }
            Some(off) => {
                let a = off.unsigned_abs();
                if a / 3600 > 99 {
                    return None;
                }
                buf[19] = if off < 0 { b'-' } else { b'+' };
                two(&mut buf[20..22], a / 3600);
                buf[22] = b':';
                two(&mut buf[23..25], (a % 3600) / 60);
                25
            }
        };
        Some(&buf[..len])
    }
}

impl fmt::Display for LogTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(s) = self.rfc3339(&mut [0; 25]) {
            return f.write_str(s);
        }
        let (y, mo, d, h, mi, s) = civil_from_seconds(self.local);
        write!(f, "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}")?;
        if let Some(off) = self.offset {
            if off == 0 {
                f.write_str("Z")?;
            } else {
                let sign = if off < 0 { '-' } else { '+' };
                let a = off.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", a / 3600, (a % 3600) / 60)?;
            }
        }
        Ok(())
    }
}

impl Serialize for LogTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.rfc3339(&mut [0; 25]) {
            Some(text) => s.serialize_str(text),
            None => s.collect_str(self),
        }
    }
}

impl LogTime {
    /// Reads the RFC 3339 text [`Display`](fmt::Display) writes: `2005-07-20T19:47:40`, with `Z` or
    /// `±HH:MM` when the offset is known.
    pub fn parse(s: &str) -> Option<LogTime> {
        let b = s.as_bytes();
        if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<i64> { s.get(r)?.parse().ok() };
        let local = local_seconds(
            num(0..4)?,
            num(5..7)? as u32,
            num(8..10)? as u32,
            num(11..13)? as u32,
            num(14..16)? as u32,
            num(17..19)? as u32,
        )?;
        let offset = match &b[19..] {
            [] => None,
            [b'Z'] => Some(0),
            [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
                let v = (num(20..22)? * 3600 + num(23..25)? * 60) as i32;
                Some(if *sign == b'-' { -v } else { v })
            }
            _ => return None,
        };
        Some(LogTime { local, offset })
    }
}

impl<'de> Deserialize<'de> for LogTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        LogTime::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a log time: {s:?}")))
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Inverse of [`days_from_civil`] plus time of day.
pub fn civil_from_seconds(secs: i64) -> (i64, u32, u32, u32, u32, u32) {
    let days = secs.div_euclid(86400);
    let tod = secs.rem_euclid(86400);
    let z = days + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = if m <= 2 { y + 1 } else { y };
    (y, m, d, (tod / 3600) as u32, ((tod % 3600) / 60) as u32, (tod % 60) as u32)
}

/// Month number (1–12) of an English three-letter abbreviation.
#[inline]
pub fn month_from_abbrev(b: &[u8]) -> Option<u32> {
    if b.len() != 3 {
        return None;
    }
    let m = match [b[0] | 0x20, b[1] | 0x20, b[2] | 0x20] {
        [b'j', b'a', b'n'] => 1,
        [b'f', b'e', b'b'] => 2,
        [b'm', b'a', b'r'] => 3,
        [b'a', b'p', b'r'] => 4,
        [b'm', b'a', b'y'] => 5,
        [b'j', b'u', b'n'] => 6,
        [b'j', b'u', b'l'] => 7,
        [b'a', b'u', b'g'] => 8,
        [b's', b'e', b'p'] => 9,
        [b'o', b'c', b't'] => 10,
        [b'n', b'o', b'v'] => 11,
        [b'd', b'e', b'c'] => 12,
        _ => return None,
    };
    Some(m)
}

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(y: i64, mo: u32) -> u32 {
    match mo {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// Seconds since the epoch of a wall-clock reading, validating ranges (not the weekday: real samples
/// carry wrong weekdays).
pub fn local_seconds(y: i64, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> Option<i64> {
    if !(1..=12).contains(&mo) || !(1..=days_in_month(y, mo)).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    Some(days_from_civil(y, mo, d) * 86400 + (h * 3600 + mi * 60 + s) as i64)
}

/// Parses an ISO-8601-ish date or date-time given on the command line (`2024-03-01`,
/// `2024-03-01T10:00:00`, `2024-03-01 10:00`), as wall-clock seconds, and the zone it was written
/// with, if any (`…Z`, `…+01:00`, `…-0500`, as the records' own RFC 3339 times are written):
/// seconds east of UTC.
pub fn parse_cli_time(s: &str) -> Option<(i64, Option<i32>)> {
    let s = s.trim();
    let (date, time) = match s.find(['T', ' ']) {
        Some(i) => (&s[..i], s[i + 1..].trim()),
        None => (s, ""),
    };
    let mut dp = date.split('-');
    let y: i64 = dp.next()?.parse().ok()?;
    let mo: u32 = dp.next()?.parse().ok()?;
    let d: u32 = dp.next()?.parse().ok()?;
    if dp.next().is_some() {
        return None;
    }
    // the zone: `Z`, or a sign after the time's digits
    let (time, offset) = if let Some(t) = time.strip_suffix(['Z', 'z']) {
        (t, Some(0))
    } else if let Some(i) = time.rfind(['+', '-']) {
        (time[..i].trim_end(), Some(zone_offset(&time[i..])?))
    } else {
        (time, None)
    };
    if time.is_empty() && offset.is_some() {
        return None;
    }
    let mut tp = time.split(':').filter(|p| !p.is_empty());
    let h: u32 = tp.next().map(str::parse).transpose().ok()?.unwrap_or(0);
    let mi: u32 = tp.next().map(str::parse).transpose().ok()?.unwrap_or(0);
    // fractions of a second are dropped, as the logs' own are
    let sec: u32 = tp.next().map(|p| p.split('.').next().unwrap_or(p).parse()).transpose().ok()?.unwrap_or(0);
    if tp.next().is_some() {
        return None;
    }
    Some((local_seconds(y, mo, d, h, mi, sec)?, offset))
}

/// Reads `--utc-offset`: seconds east of UTC as a log header writes them (`-18000`, `3600`), or a
/// zone as people write it (`-05:00`, `-0500` as `date +%z` prints it, `+1`, `UTC-5`, `Z`). A
/// number of seconds that is no zone's offset (not a whole quarter hour: `+0100` read as 100 s,
/// `-300` meant as minutes) is refused rather than taken, since every time would be off by it
/// unseen. From UTC-12 to UTC+14.
pub fn parse_utc_offset(s: &str) -> Result<i32, String> {
    let hint =
        "give seconds east of UTC as a log header writes them (-18000, 3600) or a zone (-05:00, -0500, +1, UTC-5)";
    let t = s.trim();
    // `UTC-5`; not `GMT+1`, which means UTC-1 to a POSIX zone and UTC+1 to most people
    let bare = t.get(..3).filter(|h| h.eq_ignore_ascii_case("utc")).map_or(t, |_| t[3..].trim_start());
    if bare.is_empty() || bare.eq_ignore_ascii_case("z") {
        return Ok(0);
    }
    // a zone first (`+0100` is an hour), then seconds: those of four digits are 1800 and more, no
    // hours of a zone, and fewer digits are no zone's offset
    let (sign, digits) = match bare.strip_prefix(['+', '-']) {
        Some(d) => (&bare[..1], d),
        None => ("+", bare),
    };
    // an hour of one digit, as people write it (`-5`, `-5:00`)
    let hour_len = digits.find(':').unwrap_or(digits.len());
    let zone = if hour_len == 1 { format!("{sign}0{digits}") } else { format!("{sign}{digits}") };
    let offset = match zone_offset(&zone) {
        Some(z) => z,
        None => {
            let secs: i32 = bare.parse().map_err(|_| format!("cannot read {s:?}: {hint}"))?;
            if secs % 900 != 0 {
                return Err(format!(
                    "{s:?} seconds is no zone's offset from UTC (zones are whole quarter hours): {hint}"
                ));
            }
            secs
        }
    };
    if !(-43200..=50400).contains(&offset) {
        return Err(format!("{s:?} is beyond UTC-12 to UTC+14 (-43200 to 50400 seconds)"));
    }
    Ok(offset)
}

/// A length of time as people write it, in seconds: a number and a unit, `36h`, `90d`, `2w`,
/// `1y` (365 days), `30min`, `45s`, `90 days`, `2 Weeks`. `m` alone is refused (minutes or
/// months?), and months, which have no fixed length.
pub fn parse_span(s: &str) -> Result<i64, String> {
    let hint = "use a number and s, min, h, d, w or y (30min, 36h, 90d)";
    let t = s.trim();
    let (num, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let n: i64 = num.parse().map_err(|_| format!("{s:?}: {hint}"))?;
    let unit = match unit.trim().to_ascii_lowercase().as_str() {
        "s" | "sec" | "secs" | "second" | "seconds" => 1,
        "min" | "mins" | "minute" | "minutes" => 60,
        "h" | "hr" | "hrs" | "hour" | "hours" => 3600,
        "d" | "day" | "days" => 86_400,
        "w" | "week" | "weeks" => 7 * 86_400,
        "y" | "year" | "years" => 365 * 86_400,
        "m" => return Err(format!("{s:?}: minutes or months? write {n}min, or days for months (90d)")),
        "mo" | "month" | "months" => {
            return Err(format!("{s:?}: months have no fixed length: give days or weeks (90d, 13w)"))
        }
        _ => return Err(format!("{s:?}: {hint}")),
    };
    n.checked_mul(unit).filter(|&x| x <= 10_000 * 365 * 86_400).ok_or_else(|| format!("{s:?}: too large"))
}

/// The time now, and the offset from UTC of this machine's zone: what relative times
/// ([`parse_relative_time`]) are counted from.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    /// Seconds since the Unix epoch, UTC.
    pub utc: i64,
    /// This machine's offset from UTC now, seconds east.
    pub offset: i32,
    /// The zone's offset at any UTC instant (a midnight of today or yesterday may lie before a
    /// daylight-saving change); `None`: `offset` at every instant.
    pub zone: Option<fn(i64) -> i32>,
}

impl Clock {
    /// A clock at `utc` in a zone that keeps `offset` all year.
    pub fn fixed(utc: i64, offset: i32) -> Clock {
        Clock { utc, offset, zone: None }
    }

    /// The system clock, and the zone of `TZ` or `/etc/localtime` (UTC when neither can be read).
    pub fn now() -> Clock {
        let utc = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
        Clock { utc, offset: local_offset(utc), zone: Some(local_offset) }
    }

    /// The wall-clock reading of this machine now.
    pub fn reading(&self) -> i64 {
        self.utc + self.offset as i64
    }

    /// The offset in force at a wall-clock reading of this zone: the offset at the reading less
    /// today's offset, which is on the reading's side of any change unless the change lies between
    /// the two (a reading a change skipped or repeated gets one of the offsets around it).
    pub fn offset_at_reading(&self, reading: i64) -> i32 {
        match self.zone {
            Some(zone) => zone(reading - self.offset as i64),
            None => self.offset,
        }
    }
}

#[cfg(unix)]
fn local_offset(utc: i64) -> i32 {
    let t = utc as libc::time_t;
    // SAFETY: `localtime_r` writes the `tm` it is given and reads `t`; both live on this stack
    // frame, and a zeroed `tm` is a valid value of the plain C struct
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return 0;
        }
        tm.tm_gmtoff as i32
    }
}

#[cfg(not(unix))]
fn local_offset(_utc: i64) -> i32 {
    0
}

/// A time relative to `clock`, as [`parse_cli_time`] gives a time (the wall-clock reading and the
/// zone it is read in, here this machine's): `now`, a span before now (`2h`, `-2h`, `2h ago`,
/// `2 hours ago`, `30min`: see [`parse_span`]), `today` and `yesterday` (midnight of this machine's
/// day). `None` when `s` is none of these forms; an error when it is a span that cannot be taken
/// (`3m`: minutes or months?).
pub fn parse_relative_time(s: &str, clock: &Clock) -> Option<Result<(i64, Option<i32>), String>> {
    let lower = s.trim().to_ascii_lowercase();
    let at = |reading: i64| Some(Ok((reading, Some(clock.offset))));
    // a midnight in the zone's offset of then, not of now: the day after a daylight-saving change
    // (or the day of one) began an hour apart from what today's offset says
    let midnight = |days_back: i64| {
        let reading = (clock.reading().div_euclid(86_400) - days_back) * 86_400;
        Some(Ok((reading, Some(clock.offset_at_reading(reading)))))
    };
    match lower.as_str() {
        "now" => return at(clock.reading()),
        "today" => return midnight(0),
        "yesterday" => return midnight(1),
        _ => {}
    }
    let span = lower.strip_suffix("ago").map(str::trim_end).or_else(|| lower.strip_prefix('-')).unwrap_or(&lower);
    // a span starts with a digit, and has no date's or time's separators (`2024-03-01` and
    // `10:00` are left to their own reader, and a wrong date must not get a span's error)
    if !span.starts_with(|c: char| c.is_ascii_digit()) || span.contains(['-', ':', '/']) {
        return None;
    }
    Some(parse_span(span).map(|secs| (clock.reading() - secs, Some(clock.offset))))
}

/// `+01:00`, `-0500`, `+01`: seconds east of UTC.
fn zone_offset(z: &str) -> Option<i32> {
    let (sign, rest) = match z.as_bytes().first()? {
        b'+' => (1, &z[1..]),
        b'-' => (-1, &z[1..]),
        _ => return None,
    };
    let (h, m) = match rest.split_once(':') {
        Some(hm) => hm,
        // cut only where a character ends: `+1é1` is four bytes too
        None if rest.len() == 4 && rest.is_ascii() => rest.split_at(2),
        None => (rest, "00"),
    };
    let two_digits = |d: &str| d.len() == 2 && d.bytes().all(|c| c.is_ascii_digit());
    if !two_digits(h) || !two_digits(m) {
        return None;
    }
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 14 && m <= 59).then_some(sign * (h * 3600 + m * 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_read_with_their_unit() {
        for (given, secs) in [
            ("36h", 36 * 3600),
            ("90d", 90 * 86_400),
            ("2w", 14 * 86_400),
            ("1y", 365 * 86_400),
            ("30min", 1800),
            ("45s", 45),
            ("90 days", 90 * 86_400),
            ("2 Weeks", 14 * 86_400),
            ("1 hour", 3600),
            (" 5 minutes ", 300),
        ] {
            assert_eq!(parse_span(given), Ok(secs), "{given}");
        }
        assert!(parse_span("3m").unwrap_err().contains("minutes or months? write 3min"));
        assert!(parse_span("3 months").unwrap_err().contains("no fixed length"));
        for bad in ["", "d", "soon", "3 fortnights", "-2h", "1.5h", "99999999999999999999d", "10001y"] {
            assert!(parse_span(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn relative_times_count_back_from_the_clock() {
        let clock = Clock::fixed(1_710_066_600, 3600); // 2024-03-10T10:30Z, a machine at +01:00
        let reading = clock.utc + 3600;
        let rel = |s: &str| parse_relative_time(s, &clock);
        assert_eq!(rel("now"), Some(Ok((reading, Some(3600)))));
        assert_eq!(rel("2h"), Some(Ok((reading - 7200, Some(3600)))));
        assert_eq!(rel("2h ago"), rel("-2h"));
        assert_eq!(rel("today"), Some(Ok((parse_cli_time("2024-03-10").unwrap().0, Some(3600)))));
        assert_eq!(rel("YESTERDAY"), Some(Ok((parse_cli_time("2024-03-09").unwrap().0, Some(3600)))));
        assert!(matches!(rel("3m"), Some(Err(_))));
        // not relative at all: left to the caller's error
        for other in ["2024-03-10", "2024-03-10T08:00", "10:00", "last week", "ago", "-", ""] {
            assert_eq!(rel(other), None, "{other}");
        }
    }

    #[test]
    fn today_and_yesterday_begin_at_their_own_midnight_across_a_daylight_saving_change() {
        // Berlin in 2024: +01:00, +02:00 from 2024-03-31T01:00Z, +01:00 again from 2024-10-27T01:00Z
        fn berlin(utc: i64) -> i32 {
            let t = |s: &str| parse_cli_time(s).unwrap().0;
            if (t("2024-03-31T01:00")..t("2024-10-27T01:00")).contains(&utc) {
                7200
            } else {
                3600
            }
        }
        let instant = |r: Option<Result<(i64, Option<i32>), String>>| {
            let (reading, offset) = r.unwrap().unwrap();
            reading - offset.unwrap() as i64
        };
        let utc = |s: &str| parse_cli_time(s).unwrap().0;
        let at = |now: &str| {
            let utc = utc(now);
            Clock { utc, offset: berlin(utc), zone: Some(berlin) }
        };
        // the day after spring's change: yesterday began at 00:00 +01:00
        let c = at("2024-04-01T08:00");
        assert_eq!(instant(parse_relative_time("yesterday", &c)), utc("2024-03-30T23:00"));
        assert_eq!(instant(parse_relative_time("today", &c)), utc("2024-03-31T22:00"));
        // the day of the change: today began at 00:00 +01:00, two hours ago is two hours ago
        let c = at("2024-03-31T08:00");
        assert_eq!(instant(parse_relative_time("today", &c)), utc("2024-03-30T23:00"));
        assert_eq!(instant(parse_relative_time("2h", &c)), utc("2024-03-31T06:00"));
        // the day after autumn's: yesterday began at 00:00 +02:00
        let c = at("2024-10-28T09:00");
        assert_eq!(instant(parse_relative_time("yesterday", &c)), utc("2024-10-26T22:00"));
        assert_eq!(instant(parse_relative_time("today", &c)), utc("2024-10-27T23:00"));
        // a reading the change skipped gets one of the offsets around it
        assert!([3600, 7200].contains(&c.offset_at_reading(utc("2024-03-31T02:30"))));
        // a fixed zone keeps its offset
        assert_eq!(Clock::fixed(c.utc, 3600).offset_at_reading(utc("2024-07-01")), 3600);
    }

    #[cfg(unix)]
    #[test]
    fn the_machine_offset_is_a_zone() {
        let c = Clock::now();
        assert!((-12 * 3600..=14 * 3600).contains(&c.offset) && c.offset % 900 == 0, "{c:?}");
    }

    #[test]
    fn a_utc_offset_is_read_in_seconds_or_as_a_zone() {
        for (given, secs) in [
            ("-18000", -18000),
            ("3600", 3600),
            ("+3600", 3600),
            ("0", 0),
            ("19800", 19800),
            ("20700", 20700),
            ("-05:00", -18000),
            ("+05:30", 19800),
            ("-0500", -18000),
            ("+0100", 3600),
            ("+1245", 45900),
            ("0100", 3600),
            ("-5", -18000),
            ("+1", 3600),
            ("+14", 50400),
            ("UTC-5", -18000),
            ("utc+05:30", 19800),
            ("-5:00", -18000),
            ("UTC", 0),
            ("Z", 0),
            (" -18000 ", -18000),
            ("-1800", -1800),
        ] {
            assert_eq!(parse_utc_offset(given), Ok(secs), "{given}");
        }
        for bad in [
            "100", "-300", "+0160", "GMT+1", "+15", "99999", "-50000", "+1500", "5h", "-", "--5", "+05:3", "UTC+",
            "+1é1", "é", "+é:00", "Ü",
        ] {
            assert!(parse_utc_offset(bad).is_err(), "{bad}: {:?}", parse_utc_offset(bad));
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(parse_cli_time("2024-02-30"), None);
        assert_eq!(parse_cli_time("2023-02-29"), None);
        assert_eq!(parse_cli_time("2024-04-31T08:00"), None);
        assert_eq!(parse_cli_time("2024-03-10T24:00"), None);
        assert!(parse_cli_time("2024-02-29").is_some());
        assert!(parse_cli_time("2000-02-29").is_some());
        assert_eq!(parse_cli_time("1900-02-29"), None);
    }

    #[test]
    fn civil_round_trip() {
        for &(y, m, d) in &[(1970, 1, 1), (2005, 7, 20), (2000, 2, 29), (2024, 12, 31), (1969, 12, 31)] {
            let s = local_seconds(y, m, d, 13, 14, 15).unwrap();
            assert_eq!(civil_from_seconds(s), (y, m, d, 13, 14, 15));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2005, 7, 20), 12984);
    }

    #[test]
    fn display_with_and_without_offset() {
        let local = local_seconds(2005, 7, 20, 19, 47, 40).unwrap();
        assert_eq!(LogTime { local, offset: None }.to_string(), "2005-07-20T19:47:40");
        assert_eq!(LogTime { local, offset: Some(-14400) }.to_string(), "2005-07-20T19:47:40-04:00");
        assert_eq!(LogTime { local, offset: Some(0) }.to_string(), "2005-07-20T19:47:40Z");
        assert_eq!(LogTime { local, offset: Some(19207) }.to_string(), "2005-07-20T19:47:40+05:20");
        // the hand-written form and the general one agree, at the edges too, and from one time to
        // the next within a day, across midnight and between days far apart (the remembered date)
        let mut next = crate::testutil::xorshift(0x2545_f491_4f6c_dd1d);
        let mut times = vec![(0, None), (-1, Some(3600)), (253_402_300_799, Some(-50_400)), (-62_167_219_200, Some(0))];
        let mut local = 1_709_510_390i64;
        for i in 0..3_000u64 {
            local = match i % 3 {
                0 => local + (next() % 7) as i64,
                1 => local + (next() % 200_000) as i64 - 100_000,
                _ => (next() % 253_402_300_800) as i64 - if i % 2 == 0 { 62_167_219_200 } else { 0 },
            };
            times.push((local, [None, Some(0), Some(-18_000)][(next() % 3) as usize]));
        }
        for (local, offset) in times {
            let t = LogTime { local, offset };
            let (y, mo, d, h, mi, s) = civil_from_seconds(local);
            let mut want = format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}");
            match offset {
                None => {}
                Some(0) => want.push('Z'),
                Some(o) => want.push_str(&format!(
                    "{}{:02}:{:02}",
                    if o < 0 { '-' } else { '+' },
                    o.unsigned_abs() / 3600,
                    o.unsigned_abs() % 3600 / 60
                )),
            }
            assert_eq!(t.to_string(), want);
            assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{want}\""));
        }
        // outside 0..=9999 the general path writes it
        assert_eq!(LogTime { local: 253_402_300_800, offset: None }.to_string(), "10000-01-01T00:00:00");
    }

    #[test]
    fn text_reads_back() {
        for (local, offset) in
            [(1_709_510_400, None), (1_709_510_400, Some(0)), (0, Some(-14_400)), (86_399, Some(19_800))]
        {
            let t = LogTime { local, offset };
            assert_eq!(LogTime::parse(&t.to_string()), Some(t), "{t}");
            let back: LogTime = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
            assert_eq!(back, t);
        }
        for bad in ["", "2024-03-10", "2024-03-10T08:00:00+0100", "2024-02-30T00:00:00", "2024-03-10T08:00:00Q"] {
            assert_eq!(LogTime::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn cli_times() {
        let local = |h, mi, s| local_seconds(2005, 7, 20, h, mi, s).map(|t| (t, None));
        assert_eq!(parse_cli_time("2005-07-20"), local(0, 0, 0));
        assert_eq!(parse_cli_time("2005-07-20T19:47"), local(19, 47, 0));
        assert_eq!(parse_cli_time("2005-07-20 19:47:40"), local(19, 47, 40));
        assert_eq!(parse_cli_time("yesterday"), None);
        assert_eq!(parse_cli_time("2005-13-01"), None);
        assert_eq!(parse_cli_time("2005-07-20T19:47:40:10"), None);
        // with a zone, as the records' own times are written: the reading and its offset
        let zoned = |o| local_seconds(2005, 7, 20, 19, 47, 40).map(|t| (t, Some(o)));
        assert_eq!(parse_cli_time("2005-07-20T19:47:40-04:00"), zoned(-4 * 3600));
        assert_eq!(parse_cli_time("2005-07-20T19:47:40Z"), zoned(0));
        assert_eq!(parse_cli_time("2005-07-20T19:47:40.684502+05:30"), zoned(5 * 3600 + 1800));
        assert_eq!(parse_cli_time("2005-07-20 19:47:40 +0530"), zoned(5 * 3600 + 1800));
        for bad in [
            "2005-07-20T19:47:40+5",
            "2005-07-20T19:47:40+15:00",
            "2005-07-20TZ",
            "2005-07-20T19:47:40+ab:00",
            "2005-07-20T19:47:40+1é1",
            "2005-07-20T19:47:40-é",
        ] {
            assert_eq!(parse_cli_time(bad), None, "{bad}");
        }
    }
}
