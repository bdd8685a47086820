//! Search exports, read as the log lines they carry.
//!
//! A log server's search exports events with the log line in one field: Splunk's "Export → CSV" in
//! the `_raw` column, its JSON export in `result._raw`; Kibana's and Graylog's CSV in
//! `event.original`, `full_message` or `message`; Elasticsearch documents (one JSON object a line,
//! as `elasticdump` and the like write them) in `_source`, `event.original` or `message`; a log
//! collector's own JSON lines (NXLog's `Message`, Fluent Bit's, rsyslog's, Vector's `message`) the
//! same way (field names in any case). Read as
//! text, every CSV row would be a log line with the other columns glued to its end — a cipher named
//! `ECDHE-RSA-AES256-GCM-SHA384","2024-03-10T08:00:02.000-0500","esa1"…` — and every JSON line a
//! line not understood. A stream whose first line is such a CSV header row, or such a JSON object,
//! is therefore read as that field's values, one line each (a value that spans lines stays one
//! entry: its continuation lines follow it). A CSV header row becomes a blank line and a JSON line
//! without the field (or not JSON) is handed on as it is, so that line numbers are the file's (but
//! after a JSON value that spans lines, written on one) and nothing is lost unsaid. Positions are of the text read, so such a file is read from its start,
//! never at a position (as a gzip file is). A value that lacks the header the appliance sent
//! (Graylog's, Logstash's, NXLog's, Fluent Bit's `message`) is given the event's time, sender and
//! tag from its other fields, as the syslog frame they make (see [`framed`]).

use crate::parse::parse_header;
use std::io::{self, Read};

/// Columns (CSV) and fields (JSON) that hold the raw log line, in order of preference (GELF, the
/// Graylog Extended Log Format, has `short_message` and may have `full_message`).
const RAW_COLUMNS: [&str; 5] = ["_raw", "event.original", "full_message", "message", "short_message"];

/// Columns and fields of the event's context, put in front of a raw line that carries none of its
/// own (see [`framed`]): its time, the sender and the syslog tag, as log servers name them —
/// Graylog (`timestamp`, `source`, `application_name`), Logstash (`@timestamp`, `logsource`,
/// `program`), ECS (`host.name`, `log.syslog.appname`), NXLog's JSON (`EventTime`, `Hostname`,
/// `SourceName`), Fluent Bit and fluentd (`date`, `host`, `ident`), rsyslog's JSON templates
/// (`programname`, `syslogtag`), Vector (`appname`). Names are matched without regard to case; a
/// JSON time may be a number (seconds since the epoch).
const TIME_COLUMNS: [&str; 7] = ["@timestamp", "timestamp", "_time", "EventTime", "time", "date", "EventReceivedTime"];
const HOST_COLUMNS: [&str; 5] = ["source", "host.name", "host", "hostname", "logsource"];
const TAG_COLUMNS: [&str; 8] =
    ["program", "log.syslog.appname", "application_name", "SourceName", "ident", "appname", "programname", "syslogtag"];

/// What an export's event carries besides its raw line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Context<T> {
    time: Option<T>,
    host: Option<T>,
    tag: Option<T>,
}

/// The raw line a log server keeps without the header the appliance sent (Graylog's and Logstash's
/// `message`: `mail_logs: Info: …`, `Info: …`) has no time, and no sender to tell appliances
/// apart: their IDs would mix. When the event has a time ([`EventTime`]), the line is written as the
/// syslog frame it was — RFC 5424 (`<14>1 TIME HOST TAG - - - Info: …`) for a time with a year,
/// RFC 3164 (`<14>Mar 14 08:26:53 HOST TAG: Info: …`) for a syslog time — its own host and tag
/// preferred; any other line, or a time of another form, as it is.
fn framed(raw: &[u8], cx: Context<&[u8]>, out: &mut Vec<u8>) {
    let start = out.len();
    if let (Some(time), Some(h)) = (cx.time.and_then(EventTime::read), parse_header(raw)) {
        if let (None, Some(level)) = (h.time, h.level) {
            let (host, tag) = (field(h.host.or(cx.host)), field(h.tag.or(cx.tag.map(bare_tag))));
            match &time {
                EventTime::Iso(t) => {
                    for part in [&b"<14>1 "[..], t, b" ", host, b" ", tag, b" - - - "] {
                        out.extend_from_slice(part);
                    }
                }
                // an RFC 3164 frame needs a host; its tag may be absent
                EventTime::Syslog(_) if host == b"-" => {}
                EventTime::Syslog(t) => {
                    for part in [&b"<14>"[..], t, b" ", host, b" "] {
                        out.extend_from_slice(part);
                    }
                    if tag != b"-" {
                        out.extend_from_slice(tag);
                        out.extend_from_slice(b": ");
                    }
                }
            }
            if out.len() > start {
                for part in [level.as_str().as_bytes(), b": ", h.body] {
                    out.extend_from_slice(part);
                }
                if parse_header(&out[start..]).is_some_and(|f| f.time.is_some()) {
                    return;
                }
                out.truncate(start);
            }
        }
    }
    out.extend_from_slice(raw);
}

/// An export event's time, as a syslog frame can carry it.
#[derive(Debug, PartialEq, Eq)]
enum EventTime<'a> {
    /// RFC 3339, or made so: with a year, and an offset when the export gave one.
    Iso(std::borrow::Cow<'a, [u8]>),
    /// A syslog time (`Mar 14 08:26:53`): no year, which the reader infers as for a syslog file.
    Syslog(&'a [u8]),
}

impl<'a> EventTime<'a> {
    /// The forms exports write: RFC 3339 (Graylog, Logstash, Splunk's `_time`); a space for the `T`
    /// (NXLog's `EventTime`, `2026-03-14 08:26:53`, local); Kibana's display date (`Mar 14, 2026 @
    /// 08:26:53.000`, in Kibana's zone); seconds since the epoch, to the second, milli- or
    /// microsecond (Fluent Bit's `date`, `1710404813.684`; UTC); a syslog time (`Mar 14 08:26:53`).
    /// A time without an offset is read as the lines without one are: at `--utc-offset`, else
    /// local.
    fn read(t: &'a [u8]) -> Option<EventTime<'a>> {
        let t = t.trim_ascii();
        if t.len() >= 19 && t[..4].iter().all(u8::is_ascii_digit) && t[4] == b'-' && t[7] == b'-' {
            return Some(EventTime::Iso(match t[10] {
                b' ' => {
                    let mut iso = t.to_vec();
                    iso[10] = b'T';
                    iso.into()
                }
                _ => t.into(),
            }));
        }
        if let Some(iso) = kibana_time(t).or_else(|| epoch_time(t)) {
            return Some(EventTime::Iso(iso.into()));
        }
        let syslog = t.len() == 15
            && crate::time::month_from_abbrev(&t[..3]).is_some()
            && t[3] == b' '
            && (t[4] == b' ' || t[4].is_ascii_digit())
            && t[5].is_ascii_digit()
            && t[6] == b' ';
        syslog.then_some(EventTime::Syslog(t))
    }
}

/// Seconds since the Unix epoch (10 digits), or milli- or microseconds (13, 16 digits), with or
/// without a fraction of a second, as an RFC 3339 time in UTC.
fn epoch_time(t: &[u8]) -> Option<Vec<u8>> {
    let (whole, fraction) = match memchr::memchr(b'.', t) {
        Some(i) => (&t[..i], &t[i + 1..]),
        None => (t, &b""[..]),
    };
    let digits = |b: &[u8]| b.iter().all(u8::is_ascii_digit);
    if !digits(whole) || !digits(fraction) || fraction.len() > 9 {
        return None;
    }
    let value: i64 = std::str::from_utf8(whole).ok()?.parse().ok()?;
    let (secs, sub) = match whole.len() {
        10 => (value, String::from_utf8_lossy(fraction).into_owned()),
        13 if fraction.is_empty() => (value / 1000, format!("{:03}", value % 1000)),
        16 if fraction.is_empty() => (value / 1_000_000, format!("{:06}", value % 1_000_000)),
        _ => return None,
    };
    // the time without a zone, as the records write it; then the fraction, then UTC's `Z`
    let mut iso = crate::time::LogTime { local: secs, offset: None }.to_string();
    if !sub.is_empty() {
        iso.push('.');
        iso.push_str(&sub);
    }
    iso.push('Z');
    Some(iso.into_bytes())
}

/// A syslog tag as rsyslog's `syslogtag` gives it (`mail_logs:`, `mail_logs[123]:`): the name.
fn bare_tag(tag: &[u8]) -> &[u8] {
    let tag = tag.strip_suffix(b":").unwrap_or(tag);
    match memchr::memchr(b'[', tag) {
        Some(i) if tag.ends_with(b"]") => &tag[..i],
        _ => tag,
    }
}

/// Kibana's display date as an ISO time (`2026-03-14T08:26:53.000`): its default `dateFormat`,
/// which its CSV export writes — `MMM D, YYYY @ HH:mm:ss.SSS` since Kibana 7 (`Mar 14, 2026 @
/// 08:26:53.000`), `MMMM Do YYYY, HH:mm:ss.SSS` before (`March 14th 2026, 08:26:53.000`). It names
/// no zone (Kibana's own, the browser's by default).
fn kibana_time(t: &[u8]) -> Option<Vec<u8>> {
    let t = std::str::from_utf8(t).ok()?;
    let (month, day, year, time) = match t.split_once(" @ ") {
        // Kibana 7 and later
        Some((date, time)) => {
            let (month_day, year) = date.split_once(", ")?;
            let (month, day) = month_day.split_once(' ')?;
            (month, day, year, time)
        }
        // Kibana 6 and before: the month's whole name, the day with its ordinal suffix
        None => {
            let (date, time) = t.split_once(", ")?;
            let mut parts = date.split(' ');
            let (month, day, year) = (parts.next()?, parts.next()?, parts.next()?);
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            if parts.next().is_some() || !MONTHS.iter().any(|m| m.eq_ignore_ascii_case(month)) {
                return None;
            }
            let day = ["st", "nd", "rd", "th"].iter().find_map(|s| day.strip_suffix(s))?;
            (&month[..3], day, year, time)
        }
    };
    let month = crate::time::month_from_abbrev(month.as_bytes())?;
    let digits =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    let (hms, fraction) = time.split_once('.').map_or((time, None), |(a, b)| (a, Some(b)));
    let mut hms = hms.split(':');
    let (h, m, sec) = (hms.next()?, hms.next()?, hms.next()?);
    let ok = digits(day, 1..=2)
        && digits(year, 4..=4)
        && [h, m, sec].iter().all(|x| digits(x, 2..=2))
        && hms.next().is_none()
        && fraction.is_none_or(|f| digits(f, 1..=9));
    if !ok {
        return None;
    }
    let mut iso = format!("{year}-{month:02}-{day:0>2}T{h}:{m}:{sec}");
    if let Some(f) = fraction {
        iso.push('.');
        iso.push_str(f);
    }
    Some(iso.into_bytes())
}

/// A value as one token of an RFC 5424 frame, else nil (`-`).
fn field(v: Option<&[u8]>) -> &[u8] {
    v.filter(|v| !v.is_empty() && v.iter().all(u8::is_ascii_graphic)).unwrap_or(b"-")
}

/// A field of a JSON export's event, a dotted name also as nested objects (`log.syslog.appname`
/// whole, or `log` holding `syslog` holding `appname`, or `log` holding `syslog.appname`).
fn json_field<'v>(scope: &'v serde_json::Value, name: &str) -> Option<&'v serde_json::Value> {
    json_key(scope, name).or_else(|| {
        let (a, rest) = name.split_once('.')?;
        json_field(json_key(scope, a)?, rest)
    })
}

/// A key of an object, as written or else in any case (NXLog writes `Message`, `Hostname`).
fn json_key<'v>(scope: &'v serde_json::Value, name: &str) -> Option<&'v serde_json::Value> {
    let object = scope.as_object()?;
    object.get(name).or_else(|| object.iter().find_map(|(k, v)| k.eq_ignore_ascii_case(name).then_some(v)))
}

/// The first of `names` that is a string in `scope`.
fn json_text<'v>(scope: &'v serde_json::Value, names: &[&str]) -> Option<&'v str> {
    names.iter().find_map(|n| json_field(scope, n)?.as_str())
}

/// The raw log line of a JSON export line: the first of [`RAW_COLUMNS`] found at the top, under
/// `result` (Splunk) or under `_source` (Elasticsearch), a dotted name also as nested objects;
/// framed with the event's context when it carries none (see [`framed`]).
fn json_raw(line: &[u8]) -> Option<Vec<u8>> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if !line.trim_ascii_start().starts_with(b"{") {
        return None;
    }
    let v: serde_json::Value = serde_json::from_slice(line).ok()?;
    for scope in [&v, &v["result"], &v["_source"]] {
        if let Some(raw) = json_text(scope, &RAW_COLUMNS) {
            // a time may be a number: seconds since the epoch (Fluent Bit's `date`)
            let number = TIME_COLUMNS.iter().find_map(|n| json_field(scope, n)?.as_number().map(|v| v.to_string()));
            let cx = Context {
                time: json_text(scope, &TIME_COLUMNS).or(number.as_deref()).map(str::as_bytes),
                host: json_text(scope, &HOST_COLUMNS).map(str::as_bytes),
                tag: json_text(scope, &TAG_COLUMNS).map(str::as_bytes),
            };
            let mut out = Vec::with_capacity(raw.len() + 64);
            framed(raw.as_bytes(), cx, &mut out);
            return Some(out);
        }
    }
    None
}

/// Longest header row looked at.
const MAX_HEADER: usize = super::SNIFF_BYTES;

/// The columns of a CSV export: the raw line's and its context's.
#[derive(Debug, Clone, Copy)]
struct Columns {
    raw: usize,
    context: Context<usize>,
}

/// The columns and the field separator, when `first_line` is the header row of a search export:
/// commas as exported, or semicolons or tabs as a spreadsheet saves it again (Excel's "CSV" in many
/// locales, its "Unicode text").
fn csv_columns(first_line: &[u8]) -> Option<(Columns, u8)> {
    let line = first_line.strip_suffix(b"\n").unwrap_or(first_line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    [b',', b';', b'\t'].into_iter().find_map(|sep| {
        let mut r = csv::ReaderBuilder::new().has_headers(false).delimiter(sep).from_reader(line);
        let header = r.byte_records().next()?.ok()?;
        if header.len() < 2 {
            return None;
        }
        let find = |names: &[&str]| {
            names.iter().find_map(|name| header.iter().position(|f| f.eq_ignore_ascii_case(name.as_bytes())))
        };
        let raw = find(&RAW_COLUMNS)?;
        let context = Context { time: find(&TIME_COLUMNS), host: find(&HOST_COLUMNS), tag: find(&TAG_COLUMNS) };
        Some((Columns { raw, context }, sep))
    })
}

/// What export `start` (the first bytes of a stream) opens, if any, for people.
pub fn export_kind(start: &[u8]) -> Option<&'static str> {
    let start = &start[..start.len().min(MAX_HEADER)];
    let first = &start[..memchr::memchr(b'\n', start).unwrap_or(start.len())];
    if csv_columns(first).is_some() {
        Some("a search export (CSV)")
    } else if json_raw(first).is_some() {
        Some("a search export (JSON)")
    } else {
        None
    }
}

/// A reader that gives the raw field of a search export as lines, when its first line opens one,
/// and is its inner stream itself otherwise.
pub struct Export<R: Read> {
    state: State<R>,
    out: Vec<u8>,
    pos: usize,
}

enum State<R: Read> {
    /// Nothing read yet.
    Start(Option<R>),
    Plain(R),
    Csv {
        rows: csv::Reader<R>,
        columns: Columns,
        row: csv::ByteRecord,
    },
    Json {
        lines: io::BufReader<R>,
        line: Vec<u8>,
    },
    Done,
}

impl<R: Read> Export<R> {
    pub fn new(inner: R) -> Self {
        Export { state: State::Start(Some(inner)), out: Vec::new(), pos: 0 }
    }

    /// Reads the first line (up to [`MAX_HEADER`] bytes) and decides.
    fn start(&mut self) -> io::Result<()> {
        let State::Start(inner) = &mut self.state else { return Ok(()) };
        let mut inner = inner.take().expect("started once");
        let mut first = Vec::new();
        let mut byte = [0u8; 1];
        // byte by byte: nothing past the first line may be taken from the stream here
        while first.len() < MAX_HEADER && first.last() != Some(&b'\n') {
            match inner.read(&mut byte) {
                Ok(0) => break,
                Ok(_) => first.push(byte[0]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    // nothing decided yet: the bytes read so far are handed on as they are
                    self.out = first;
                    self.state = State::Plain(inner);
                    return Err(e);
                }
            }
        }
        if let Some((columns, sep)) = csv_columns(&first) {
            // the header row as a blank line: the events keep their line numbers
            self.out = b"\n".to_vec();
            let rows = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(sep).from_reader(inner);
            self.state = State::Csv { rows, columns, row: csv::ByteRecord::new() };
        } else if let Some(raw) = json_raw(&first) {
            self.out = raw;
            self.out.push(b'\n');
            self.state = State::Json { lines: io::BufReader::with_capacity(256 * 1024, inner), line: Vec::new() };
        } else {
            self.out = first;
            self.state = State::Plain(inner);
        }
        self.pos = 0;
        Ok(())
    }
}

impl<R: Read> Read for Export<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if matches!(self.state, State::Start(_)) {
            self.start()?;
        }
        loop {
            if self.pos < self.out.len() {
                let n = buf.len().min(self.out.len() - self.pos);
                buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
                self.pos += n;
                return Ok(n);
            }
            match &mut self.state {
                State::Start(_) => unreachable!("started above"),
                State::Plain(inner) => return inner.read(buf),
                State::Done => return Ok(0),
                State::Json { lines, line } => {
                    line.clear();
                    if io::BufRead::read_until(lines, b'\n', line)? == 0 {
                        self.state = State::Done;
                        continue;
                    }
                    self.out.clear();
                    self.pos = 0;
                    match json_raw(line) {
                        Some(raw) => {
                            self.out.extend_from_slice(&raw);
                            self.out.push(b'\n');
                        }
                        // not an event of the export: handed on as it is, to be counted and shown
                        None => {
                            self.out.extend_from_slice(line);
                            if self.out.last() != Some(&b'\n') {
                                self.out.push(b'\n');
                            }
                        }
                    }
                }
                State::Csv { rows, columns, row } => {
                    let more = rows.read_byte_record(row).map_err(|e| match e.into_kind() {
                        csv::ErrorKind::Io(e) => e,
                        other => io::Error::new(io::ErrorKind::InvalidData, format!("CSV export: {other:?}")),
                    })?;
                    if !more {
                        self.state = State::Done;
                        continue;
                    }
                    self.out.clear();
                    self.pos = 0;
                    // a row without the column (cut short) is an empty line: counted, not lost
                    let cell = |c: Option<usize>| c.and_then(|c| row.get(c));
                    let cx = columns.context;
                    let cx = Context { time: cell(cx.time), host: cell(cx.host), tag: cell(cx.tag) };
                    framed(row.get(columns.raw).unwrap_or_default(), cx, &mut self.out);
                    self.out.push(b'\n');
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> String {
        let mut out = String::new();
        Export::new(bytes).read_to_string(&mut out).unwrap();
        out
    }

    #[test]
    fn splunk_kibana_and_graylog_exports_give_their_raw_column() {
        let splunk = "\"_raw\",\"_time\",host\r\n\"Mar 10 08:00:02 esa1 mail_logs: Info: ICID 3 TLS success protocol TLSv1.2 cipher AES\",\"2024-03-10T08:00:02.000-0500\",esa1\r\n\"Mar 10 08:00:03 esa1 mail_logs: Info: MID 5 Subject 'say \"\"hi\"\", then\nmore'\",\"2024-03-10T08:00:03.000-0500\",esa1\r\n";
        assert_eq!(
            read(splunk.as_bytes()),
            "\nMar 10 08:00:02 esa1 mail_logs: Info: ICID 3 TLS success protocol TLSv1.2 cipher AES\nMar 10 08:00:03 esa1 mail_logs: Info: MID 5 Subject 'say \"hi\", then\nmore'\n"
        );
        // the raw column anywhere, named as Kibana or Graylog name it; a preferred name wins
        assert_eq!(read(b"@timestamp,message\n2024-03-10,Info: ICID 1 close\n"), "\nInfo: ICID 1 close\n");
        assert_eq!(read(b"\xEF\xBB\xBFtimestamp,Message,source\nx,Info: ICID 2 close,y\n"), "\nInfo: ICID 2 close\n");
        assert_eq!(read(b"message,event.original\nparsed,Info: ICID 4 close\n"), "\nInfo: ICID 4 close\n");
        // a short row: an empty line
        assert_eq!(read(b"_time,_raw\n2024\n"), "\n\n");
        // saved again by a spreadsheet: semicolons, tabs
        assert_eq!(
            read(b"_time;host;_raw\n2024;esa1;\"Info: MID 5 Subject 'a; b, c'\"\n"),
            "\nInfo: MID 5 Subject 'a; b, c'\n"
        );
        assert_eq!(read(b"_time\thost\t_raw\n2024\tesa1\tInfo: ICID 6 close\n"), "\nInfo: ICID 6 close\n");
    }

    #[test]
    fn json_exports_give_their_raw_field() {
        // Splunk's JSON export
        let splunk = concat!(
            r#"{"preview":false,"result":{"_raw":"Mar 10 08:00:02 esa1 mail_logs: Info: ICID 3 close","_time":"2024-03-10T08:00:02.000-0500"}}"#,
            "\n",
            r#"{"preview":false,"result":{"_raw":"Mar 10 08:00:03 esa1 mail_logs: Info: MID 5 Subject 'a \"b\"\nc'"}}"#,
            "\n"
        );
        assert_eq!(
            read(splunk.as_bytes()),
            "Mar 10 08:00:02 esa1 mail_logs: Info: ICID 3 close\nMar 10 08:00:03 esa1 mail_logs: Info: MID 5 Subject 'a \"b\"\nc'\n"
        );
        // Elasticsearch documents: `event.original` nested or dotted, `message`; a line that is not
        // an event is handed on as it is
        let es = r#"{"_index":"logs","_source":{"event":{"original":"Info: ICID 1 close"},"message":"parsed"}}
{"_source":{"event.original":"Info: ICID 2 close"}}
{"@timestamp":"2024-03-10T08:00:02Z","message":"Info: ICID 4 close"}
not json
"#;
        assert_eq!(
            read(es.as_bytes()),
            "Info: ICID 1 close\nInfo: ICID 2 close\n<14>1 2024-03-10T08:00:02Z - - - - - Info: ICID 4 close\nnot json\n"
        );
    }

    #[test]
    fn a_raw_line_without_its_header_gets_the_events_time_and_sender() {
        // Graylog's CSV export: the message as the appliance sent it after its header
        let graylog = "\"timestamp\",\"source\",\"message\"\n\"2026-03-14T08:26:53.000Z\",\"esa1\",\"mail_logs: Info: ICID 7 close\"\n\"2026-03-14T08:26:54.000Z\",\"esa2\",\"Info: ICID 7 close\"\n";
        assert_eq!(
            read(graylog.as_bytes()),
            "\n<14>1 2026-03-14T08:26:53.000Z esa1 mail_logs - - - Info: ICID 7 close\n<14>1 2026-03-14T08:26:54.000Z esa2 - - - - Info: ICID 7 close\n"
        );
        // Logstash's syslog input (logsource, program), ECS documents (host.name, log.syslog.appname)
        let logstash = concat!(
            r#"{"@timestamp":"2026-03-14T08:26:53.000Z","logsource":"esa1","program":"mail_logs","message":"Info: ICID 7 close"}"#,
            "\n",
            r#"{"_source":{"@timestamp":"2026-03-14T09:26:53+01:00","host":{"name":"esa2.corp.example"},"log":{"syslog":{"appname":"mail_logs"}},"message":"Warning: MID 5 x"}}"#,
            "\n"
        );
        assert_eq!(
            read(logstash.as_bytes()),
            "<14>1 2026-03-14T08:26:53.000Z esa1 mail_logs - - - Info: ICID 7 close\n<14>1 2026-03-14T09:26:53+01:00 esa2.corp.example mail_logs - - - Warning: MID 5 x\n"
        );
        // the line's own host and tag win; a sender that is not one token is nil
        assert_eq!(
            read(b"timestamp,source,message\n2026-03-14T08:26:53Z,relay,esa9 mail_logs: Info: ICID 1 close\n2026-03-14T08:26:53Z,two words,mail_logs: Info: ICID 2 close\n"),
            "\n<14>1 2026-03-14T08:26:53Z esa9 mail_logs - - - Info: ICID 1 close\n<14>1 2026-03-14T08:26:53Z - mail_logs - - - Info: ICID 2 close\n"
        );
        // NXLog's JSON (keys in any case, a space for the T, local), Fluent Bit's (seconds since the
        // epoch; milliseconds), rsyslog's JSON template (syslogtag with its pid and colon), a syslog
        // time (an RFC 3164 frame, whose year is inferred as a syslog file's), GELF
        let collectors = concat!(
            r#"{"EventReceivedTime":"2026-03-14 08:26:54","SourceModuleName":"udp","Hostname":"esa1","SourceName":"mail_logs","Message":"Info: ICID 1 close","EventTime":"2026-03-14 08:26:53"}"#,
            "\n",
            r#"{"date":1773476813.684,"host":"esa2","ident":"mail_logs","message":"Info: ICID 2 close"}"#,
            "\n",
            r#"{"date":"1773476813684","host":"esa2","message":"Info: ICID 3 close"}"#,
            "\n",
            r#"{"timestamp":"2026-03-14T08:26:53.684502+00:00","host":"esa3","syslogtag":"mail_logs[12]:","message":"Info: ICID 4 close"}"#,
            "\n",
            r#"{"time":"Mar  4 08:26:53","host":"esa4","ident":"mail_logs","message":"Info: ICID 5 close"}"#,
            "\n",
            r#"{"version":"1.1","host":"esa5","short_message":"Info: ICID 6 close","timestamp":1773476813.5,"level":6}"#,
            "\n",
        );
        assert_eq!(
            read(collectors.as_bytes()),
            concat!(
                "<14>1 2026-03-14T08:26:53 esa1 mail_logs - - - Info: ICID 1 close\n",
                "<14>1 2026-03-14T08:26:53.684Z esa2 mail_logs - - - Info: ICID 2 close\n",
                "<14>1 2026-03-14T08:26:53.684Z esa2 - - - - Info: ICID 3 close\n",
                "<14>1 2026-03-14T08:26:53.684502+00:00 esa3 mail_logs - - - Info: ICID 4 close\n",
                "<14>Mar  4 08:26:53 esa4 mail_logs: Info: ICID 5 close\n",
                "<14>1 2026-03-14T08:26:53.5Z esa5 - - - - Info: ICID 6 close\n",
            )
        );
        // Kibana's CSV: its display date, in no zone (read as the lines without one)
        assert_eq!(
            read(b"@timestamp,host.name,message\n\"Mar 14, 2026 @ 08:26:53.000\",esa1,Info: ICID 1 close\n\"Mar 4, 2026 @ 18:06:03\",esa2,Info: ICID 2 close\n"),
            "\n<14>1 2026-03-14T08:26:53.000 esa1 - - - - Info: ICID 1 close\n<14>1 2026-03-04T18:06:03 esa2 - - - - Info: ICID 2 close\n"
        );
        // as they are: a line with its own time, a time of another form, no time at all, a line
        // that is not a log line
        for (export, want) in [
            (
                "_time,host,_raw\n2026-03-14T08:26:53Z,esa1,Mar 14 08:26:53 esa1 mail_logs: Info: ICID 1 close\n",
                "\nMar 14 08:26:53 esa1 mail_logs: Info: ICID 1 close\n",
            ),
            ("@timestamp,host.name,message\n\"14/03/2026 08:26\",esa1,Info: ICID 1 close\n", "\nInfo: ICID 1 close\n"),
            (
                "@timestamp,host.name,message\n\"Mar 14, 2026 @ 8:26:53\",esa1,Info: ICID 1 close\n",
                "\nInfo: ICID 1 close\n",
            ),
            ("source,message\nesa1,Info: ICID 1 close\n", "\nInfo: ICID 1 close\n"),
            ("timestamp,message\n2026-03-14T08:26:53Z,see the ticket\n", "\nsee the ticket\n"),
        ] {
            assert_eq!(read(export.as_bytes()), want, "{export}");
        }
    }

    #[test]
    fn an_events_time_is_read_in_the_forms_exports_write_and_no_other() {
        let iso = |t: &str| {
            EventTime::read(t.as_bytes()).map(|e| match e {
                EventTime::Iso(b) => String::from_utf8(b.into_owned()).unwrap(),
                EventTime::Syslog(b) => format!("syslog {}", String::from_utf8_lossy(b)),
            })
        };
        for (t, want) in [
            ("2026-03-14T08:26:53.684Z", Some("2026-03-14T08:26:53.684Z")),
            (" 2026-03-14 08:26:53 ", Some("2026-03-14T08:26:53")),
            ("1773476813", Some("2026-03-14T08:26:53Z")),
            ("1773476813.5", Some("2026-03-14T08:26:53.5Z")),
            ("1773476813684", Some("2026-03-14T08:26:53.684Z")),
            ("1773476813684502", Some("2026-03-14T08:26:53.684502Z")),
            ("Mar 14, 2026 @ 08:26:53.000", Some("2026-03-14T08:26:53.000")),
            ("March 14th 2026, 08:26:53.000", Some("2026-03-14T08:26:53.000")),
            ("September 1st 2019, 16:13:51.123", Some("2019-09-01T16:13:51.123")),
            ("Mar 14 08:26:53", Some("syslog Mar 14 08:26:53")),
            ("Mar  4 08:26:53", Some("syslog Mar  4 08:26:53")),
            // not times: a date alone, a count, an epoch of another length, a fraction too long,
            // a month not a month, nothing
            ("2026-03-14", None),
            ("42", None),
            ("17734768130", None),
            ("1773476813.1234567890", None),
            ("1773476813684.5", None),
            ("Foo 14 08:26:53", None),
            ("Mar 14, 2026 @ 08:26", None),
            ("March 14 2026, 08:26:53.000", None),
            ("Ma 14th 2026, 08:26:53", None),
            ("Marching 14th 2026, 08:26:53", None),
            ("", None),
            ("\u{e9}\u{e9}\u{e9}\u{e9}-\u{e9}\u{e9}-\u{e9}\u{e9}", None),
        ] {
            assert_eq!(iso(t).as_deref(), want, "{t:?}");
        }
    }

    #[test]
    fn logs_pass_through_untouched() {
        for text in [
            "Sun Mar 10 08:00:02 2024 Info: ICID 3 close\nSun Mar 10 08:00:02 2024 Info: ICID 4 close\n",
            "Info: MID 5 Subject 'message, _raw'\n",
            "message\nnot an export: one column\n",
            "{\"level\":\"info\",\"msg\":\"no raw field\"}\nInfo: ICID 1 close\n",
            "",
            "no newline at all",
        ] {
            assert_eq!(read(text.as_bytes()), text);
        }
    }
}
