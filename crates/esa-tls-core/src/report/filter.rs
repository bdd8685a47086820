//! `--since` / `--until`: keeps the records whose time falls in the range. Correlation always runs
//! over the whole input (cutting lines would break the links); only the records are filtered.

use crate::model::{Connection, Message, Record};
use crate::pipeline::Sink;
use crate::time::LogTime;

/// A time range on wall-clock log time (`local` seconds), either end open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimeRange {
    pub since: Option<i64>,
    pub until: Option<i64>,
}

impl TimeRange {
    pub fn is_open(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }

    /// Whether `t` is in range; a record without a time is kept only when the range is open.
    pub fn contains(&self, t: Option<LogTime>) -> bool {
        if self.is_open() {
            return true;
        }
        let Some(t) = t else { return false };
        self.since.is_none_or(|s| t.local >= s) && self.until.is_none_or(|u| t.local < u)
    }
}

/// The time a message is placed at: its start, else its end, else its first delivery attempt.
pub fn message_time(m: &Message) -> Option<LogTime> {
    m.started.or(m.finished).or_else(|| m.recipients.iter().filter_map(|r| r.last_attempt).min())
}

/// The time a connection is placed at: its opening, else its close.
pub fn connection_time(c: &Connection) -> Option<LogTime> {
    c.opened.or(c.closed)
}

/// Passes on the records in range.
pub struct Filtered<'s> {
    pub range: TimeRange,
    pub inner: &'s mut dyn Sink,
}

impl Sink for Filtered<'_> {
    fn record(&mut self, r: Record) {
        if self.range.is_open() {
            return self.inner.record(r);
        }
        let t = match &r {
            Record::Message(m) => message_time(m),
            Record::Connection(c) => connection_time(c),
        };
        if self.range.contains(t) {
            self.inner.record(r);
        }
    }
    fn stopped(&self) -> bool {
        self.inner.stopped()
    }
    fn flush(&mut self) {
        self.inner.flush()
    }
}
