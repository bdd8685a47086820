//! Which records a command keeps: `--since` / `--until` (a time range) and the search filters
//! (`--mid`, `--to`, `--subject`, `--tls`, …). Correlation always runs over the whole input (cutting
//! lines would break the links); only the records are filtered.

use crate::correlate::WantedAddresses;
pub use crate::model::AddressPattern;
use crate::model::{bare_message_id, domain_of, Connection, Direction, Hop, Message, Record, TlsOutcome};
use crate::pipeline::{Options, Sink};
use crate::time::{Clock, LogTime};
use std::sync::Arc;

/// A time range, either end open. A bound is a wall-clock reading of the log (`local` seconds), or,
/// when it was written with a zone (`2024-03-10T13:05Z`, `…-05:00`, as the records' own times are),
/// an instant, compared with each record's time in UTC (a record whose offset is unknown, by its
/// reading).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimeRange {
    /// Bounds on the records' wall-clock readings, which the stores' time indexes use: for an
    /// instant, every reading it can have in some zone (12 hours before it to 14 after).
    pub since: Option<i64>,
    pub until: Option<i64>,
    /// The bounds written with a zone, as UTC seconds.
    pub since_utc: Option<i64>,
    pub until_utc: Option<i64>,
}

/// How far a wall-clock reading can be from UTC: 12 hours west, 14 east.
const WEST: i64 = 12 * 3600;
const EAST: i64 = 14 * 3600;

impl TimeRange {
    /// `--since` and `--until` as given (see [`crate::time::parse_cli_time`]), or relative to now
    /// ([`crate::time::parse_relative_time`]: `2h`, `today`, …, instants); an error names the bound
    /// it is about (`since: …`).
    pub fn parse(since: Option<&str>, until: Option<&str>) -> Result<TimeRange, String> {
        Self::parse_at(since, until, &Clock::now(), false)
    }

    /// [`TimeRange::parse`] with the clock relative times are counted from; with `readings`, they
    /// are this machine's wall-clock readings rather than instants (for figures added up by the
    /// logs' wall-clock hours, which take no instant).
    pub fn parse_at(
        since: Option<&str>,
        until: Option<&str>,
        clock: &Clock,
        readings: bool,
    ) -> Result<TimeRange, String> {
        // one bound: the reading as given, or an instant and the readings it can have (`widen`)
        let bound = |name: &str, v: Option<&str>, widen: i64| -> Result<(Option<i64>, Option<i64>), String> {
            let Some(t) = v else { return Ok((None, None)) };
            let read = match crate::time::parse_cli_time(t) {
                Some(r) => r,
                None => match crate::time::parse_relative_time(t, clock) {
                    Some(Ok((reading, _))) if readings => (reading, None),
                    Some(Ok(r)) => r,
                    Some(Err(e)) => return Err(format!("{name}: {e}")),
                    None => return Err(format!("{name}: cannot read {t:?} (use 2024-03-01, 2024-03-01T08:00, with a zone 2024-03-01T13:00Z or 2024-03-01T08:00-05:00, or before now: 2h, 30min, 7d, today, yesterday)")),
                },
            };
            Ok(match read {
                (t, None) => (Some(t), None),
                (t, Some(o)) => {
                    let u = t - o as i64;
                    (Some(u + widen), Some(u))
                }
            })
        };
        let (since, since_utc) = bound("since", since, -WEST)?;
        let (until, until_utc) = bound("until", until, EAST)?;
        // bounds the wrong way round (or equal) keep nothing: a slip, said rather than answered
        // with a report of zeros; bounds of two kinds (a reading and an instant) are not compared
        let backwards = match (since_utc, until_utc) {
            (Some(s), Some(u)) => s >= u,
            (None, None) => since.zip(until).is_some_and(|(s, u)| s >= u),
            _ => false,
        };
        if backwards {
            return Err("since: not before until: the range keeps nothing (the two swapped?)".into());
        }
        Ok(TimeRange { since, until, since_utc, until_utc })
    }

    /// The range as a note says it: `since 2024-03-10T08:00:00 until 2024-03-10T13:00:00Z` (a
    /// wall-clock bound as the logs' reading, an instant in UTC), so that a bound counted back from
    /// now (`2h`) is seen as the time it was taken for.
    pub fn describe(&self) -> String {
        let end = |reading: Option<i64>, utc: Option<i64>| match (utc, reading) {
            (Some(u), _) => Some(LogTime { local: u, offset: Some(0) }),
            (None, r) => r.map(|r| LogTime { local: r, offset: None }),
        };
        [("since", end(self.since, self.since_utc)), ("until", end(self.until, self.until_utc))]
            .into_iter()
            .filter_map(|(word, t)| t.map(|t| format!("{word} {t}")))
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn is_open(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }

    /// Whether a bound is an instant (written with a zone): what adds records up by wall-clock
    /// hours cannot answer for it.
    pub fn has_instants(&self) -> bool {
        self.since_utc.is_some() || self.until_utc.is_some()
    }

    /// Whether `t` is in range; a record without a time is kept only when the range is open.
    pub fn contains(&self, t: Option<LogTime>) -> bool {
        if self.is_open() {
            return true;
        }
        let Some(t) = t else { return false };
        let utc = t.utc_or_local();
        self.since.is_none_or(|s| t.local >= s)
            && self.until.is_none_or(|u| t.local < u)
            && self.since_utc.is_none_or(|s| utc >= s)
            && self.until_utc.is_none_or(|u| utc < u)
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

/// The search filters. Every filter given must match (AND); a filter given several times matches
/// when any of its values does (OR). An empty list is no filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub mids: Vec<u64>,
    pub icids: Vec<u64>,
    pub dcids: Vec<u64>,
    /// Message-IDs, without their angle brackets.
    pub message_ids: Vec<String>,
    pub from: Vec<AddressPattern>,
    pub to: Vec<AddressPattern>,
    /// Lower-case substrings of the decoded subject.
    pub subjects: Vec<String>,
    /// An IP address, a host, or a domain (the hosts under it), on either side.
    pub peers: Vec<String>,
    /// The TLS verdict of any hop (of the chosen direction).
    pub tls: Vec<TlsOutcome>,
    pub direction: Option<Direction>,
}

fn any_or_none<T>(list: &[T], f: impl Fn(&T) -> bool) -> bool {
    list.is_empty() || list.iter().any(f)
}

impl Search {
    pub fn is_empty(&self) -> bool {
        // field by field (every field named, so a new one cannot be forgotten): comparing with
        // `Search::default()` built and dropped a search for every record
        let Search { mids, icids, dcids, message_ids, from, to, subjects, peers, tls, direction } = self;
        mids.is_empty()
            && icids.is_empty()
            && dcids.is_empty()
            && message_ids.is_empty()
            && from.is_empty()
            && to.is_empty()
            && subjects.is_empty()
            && peers.is_empty()
            && tls.is_empty()
            && direction.is_none()
    }

    /// Whether a filter reads the records' texts other than envelope addresses and Message-IDs
    /// (subjects, hosts). The others read numbers and verdicts (`--mid`, `--icid`, `--dcid`,
    /// `--tls`, `--direction`), addresses (`--from`, `--to`) or Message-IDs, which a run keeps
    /// without the rest of the texts (see [`crate::correlate::Correlator::keep_mids`],
    /// `keep_addresses` and `keep_message_ids`).
    pub fn reads_text(&self) -> bool {
        !(self.subjects.is_empty() && self.peers.is_empty())
    }

    /// Whether the search keeps few records whatever the log: it names them by ID, by Message-ID
    /// or by full address (`--from`, `--to`, every value a full address). The other filters given
    /// with it only narrow it further. Those few records' texts can be read back afterwards (see
    /// [`crate::readback`]).
    pub fn is_selective(&self) -> bool {
        let exact =
            |ps: &[AddressPattern]| !ps.is_empty() && ps.iter().all(|p| matches!(p, AddressPattern::Address(_)));
        self.picks_by_id() || !self.message_ids.is_empty() || exact(&self.from) || exact(&self.to)
    }

    /// The envelope addresses a run must keep for this search, when it keeps no other text (see
    /// [`crate::correlate::Correlator::wanted_addresses`]): those its `--from` and `--to` match;
    /// `None` without either. `connections`: connections are searched too, by their envelope
    /// domains, which a full address matches by its domain: every address at that domain is kept
    /// then, so a connection gets the domain whichever address there it carried.
    pub fn wanted_addresses(&self, connections: bool) -> Option<WantedAddresses> {
        if !self.reads_addresses() {
            return None;
        }
        let widen = |ps: &[AddressPattern]| -> Vec<AddressPattern> {
            ps.iter()
                .map(|p| match p {
                    AddressPattern::Address(a) if connections => {
                        domain_of(a).map_or_else(|| p.clone(), |d| AddressPattern::Domain(d.into_owned()))
                    }
                    _ => p.clone(),
                })
                .collect()
        };
        Some(WantedAddresses { senders: widen(&self.from), recipients: widen(&self.to) })
    }

    /// Whether a filter names records by their IDs (`--mid`, `--icid`, `--dcid`).
    pub fn picks_by_id(&self) -> bool {
        !(self.mids.is_empty() && self.icids.is_empty() && self.dcids.is_empty())
    }

    /// `opts`, keeping what these filters read: every text for subjects and hosts; else only the
    /// envelope addresses they match, the Message-IDs, the MIDs connections carried, where they look
    /// at them (see [`crate::correlate::Correlator::keep_text`] and the others). Filters on IDs and
    /// verdicts need nothing more.
    pub fn keeping(&self, opts: Options) -> Options {
        let keep_text = opts.keep_text || self.reads_text();
        // addresses kept for the search alone: those it matches (see `wanted_addresses`)
        let wanted_addresses = match keep_text || opts.keep_addresses {
            true => opts.wanted_addresses.clone(),
            false => self.wanted_addresses(true).map(Arc::new),
        };
        Options {
            keep_text,
            wanted_addresses,
            keep_addresses: opts.keep_addresses || self.reads_addresses(),
            keep_message_ids: opts.keep_message_ids || !self.message_ids.is_empty(),
            keep_mids: opts.keep_mids || !self.mids.is_empty(),
            ..opts
        }
    }

    /// Whether a filter reads envelope addresses (`--from`, `--to`).
    pub fn reads_addresses(&self) -> bool {
        !(self.from.is_empty() && self.to.is_empty())
    }

    /// Filters that only messages have (a connection record cannot be told by them).
    pub fn message_only(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if !self.message_ids.is_empty() {
            v.push("--message-id");
        }
        if !self.subjects.is_empty() {
            v.push("--subject");
        }
        v
    }

    fn peer_matches(&self, h: &Hop) -> bool {
        any_or_none(&self.peers, |p| {
            let p = p.to_ascii_lowercase();
            h.remote_ip.as_deref().is_some_and(|ip| ip.eq_ignore_ascii_case(&p))
                || h.remote_host.as_deref().is_some_and(|host| {
                    let host = host.to_ascii_lowercase();
                    host == p
                        || (host.len() > p.len() && host.ends_with(&p) && host[..host.len() - p.len()].ends_with('.'))
                })
        })
    }

    /// Whether a message matches. Hops considered for `--peer` and `--tls`: the receipt and every
    /// attempted recipient's delivery, or those of `--direction` only.
    pub fn message(&self, m: &Message) -> bool {
        let inbound = self.direction != Some(Direction::Outbound);
        let outbound = self.direction != Some(Direction::Inbound);
        let received = m.received.as_deref().filter(|_| inbound && m.icid.is_some_and(|i| i != 0));
        // the hops, only walked for the filters that look at them
        let hops = || {
            let delivered = m.recipients.iter().filter(|r| r.attempts > 0).filter_map(|r| r.delivery.as_deref());
            received.into_iter().chain(delivered.filter(move |_| outbound))
        };
        let dir_ok = match self.direction {
            None => true,
            Some(Direction::Inbound) => received.is_some(),
            Some(Direction::Outbound) => m.recipients.iter().any(|r| r.attempts > 0),
        };
        // cheapest first: numbers, then text
        dir_ok
            && any_or_none(&self.mids, |&x| x == m.mid)
            && any_or_none(&self.icids, |&x| m.icid == Some(x))
            && any_or_none(&self.dcids, |&x| m.recipients.iter().any(|r| r.dcid == Some(x)))
            && (self.tls.is_empty() || hops().any(|h| self.tls.contains(&h.tls)))
            && any_or_none(&self.message_ids, |x| m.message_id.as_deref().is_some_and(|id| bare_message_id(id) == x))
            && any_or_none(&self.from, |p| m.from.as_deref().is_some_and(|f| p.matches(f)))
            && any_or_none(&self.to, |p| m.recipients.iter().any(|r| r.to.as_deref().is_some_and(|t| p.matches(t))))
            && any_or_none(&self.subjects, |x| {
                m.subject.as_deref().is_some_and(|s| s.to_lowercase().contains(x.as_str()))
            })
            && (self.peers.is_empty() || hops().any(|h| self.peer_matches(h)))
    }

    /// Keeps, of a matching message, the recipients the recipient-level filters pick (`--to`,
    /// `--dcid`, and with `--direction outbound` also `--peer` and `--tls` on their delivery): the
    /// figures of a report then count the recipients asked about, not their neighbours.
    pub fn narrow(&self, m: &mut Message) {
        let outbound_only = self.direction == Some(Direction::Outbound);
        if self.to.is_empty()
            && self.dcids.is_empty()
            && !(outbound_only && !(self.peers.is_empty() && self.tls.is_empty()))
        {
            return;
        }
        m.recipients.retain(|r| {
            any_or_none(&self.to, |p| r.to.as_deref().is_some_and(|t| p.matches(t)))
                && any_or_none(&self.dcids, |&x| r.dcid == Some(x))
                && (!outbound_only
                    || r.delivery.as_deref().is_some_and(|h| {
                        r.attempts > 0 && self.peer_matches(h) && any_or_none(&self.tls, |t| h.tls == *t)
                    })
                    || (self.peers.is_empty() && self.tls.is_empty()))
        });
    }

    /// Whether a connection matches. `--from` and `--to` look at its envelope domains (senders'
    /// inbound, recipients' outbound); `--mid` at the messages it carried. Message-only filters
    /// (see [`Search::message_only`]) leave no connection.
    pub fn connection(&self, c: &Connection) -> bool {
        let (inbound, outbound) = (c.direction == Direction::Inbound, c.direction == Direction::Outbound);
        self.message_only().is_empty()
            && self.direction.is_none_or(|d| d == c.direction)
            && any_or_none(&self.mids, |x| c.mids.contains(x))
            && any_or_none(&self.icids, |&x| inbound && c.id == x)
            && any_or_none(&self.dcids, |&x| outbound && c.id == x)
            && any_or_none(&self.from, |p| inbound && c.domains.iter().any(|d| p.matches_domain(d)))
            && any_or_none(&self.to, |p| outbound && c.domains.iter().any(|d| p.matches_domain(d)))
            && self.peer_matches(&c.hop)
            && any_or_none(&self.tls, |t| c.hop.tls == *t)
    }
}

/// Passes on the records in range that match the search.
pub struct Filtered<'s> {
    pub range: TimeRange,
    pub search: Search,
    /// Reports: keep only the recipients the search asks about (see [`Search::narrow`]).
    pub narrow: bool,
    pub inner: &'s mut dyn Sink,
}

impl Filtered<'_> {
    /// Whether every record passes: no time range, no search.
    pub fn filters_nothing(&self) -> bool {
        self.range.is_open() && self.search.is_empty()
    }

    /// Where to hand records: this filter, or the sink behind it when the filter passes every
    /// record (one hand-over of each fewer).
    pub fn sink(&mut self) -> &mut dyn Sink {
        if self.filters_nothing() {
            &mut *self.inner
        } else {
            self
        }
    }
}

impl Sink for Filtered<'_> {
    fn record(&mut self, r: Record) {
        if self.filters_nothing() {
            return self.inner.record(r);
        }
        let (t, found) = match &r {
            Record::Message(m) => (message_time(m), self.search.message(m)),
            Record::Connection(c) => (connection_time(c), self.search.connection(c)),
        };
        if found && self.range.contains(t) {
            match r {
                Record::Message(mut m) if self.narrow => {
                    self.search.narrow(&mut m);
                    self.inner.record(Record::Message(m))
                }
                r => self.inner.record(r),
            }
        }
    }
    fn stopped(&self) -> bool {
        self.inner.stopped()
    }
    fn flush(&mut self) {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_keeps_the_addresses_its_search_matches() {
        let p = |s: &str| AddressPattern::parse(s).unwrap();
        let s = Search {
            to: vec![p("<Bob@Corp.Example>"), p("partner.example")],
            from: vec![p("@x.example")],
            ..Search::default()
        };
        // messages alone: as given
        assert_eq!(
            s.wanted_addresses(false),
            Some(WantedAddresses {
                senders: vec![p("@x.example")],
                recipients: vec![p("bob@corp.example"), p("partner.example")]
            })
        );
        // connections too: a full address by its domain, which is how it finds connections
        assert_eq!(
            s.wanted_addresses(true),
            Some(WantedAddresses {
                senders: vec![p("@x.example")],
                recipients: vec![p("@corp.example"), p("partner.example")]
            })
        );
        for s in [Search { mids: vec![5], ..Search::default() }, Search::default()] {
            assert_eq!(s.wanted_addresses(true), None, "{s:?}");
        }
    }

    #[test]
    fn address_patterns() {
        let p = |s: &str| AddressPattern::parse(s).unwrap();
        assert!(p("Bob@Partner.Example").matches("<bob@partner.example>"));
        assert!(!p("bob@partner.example").matches("bob@mail.partner.example"));
        assert!(p("@partner.example").matches("a@PARTNER.example"));
        assert!(!p("@partner.example").matches("a@mail.partner.example"), "@ is that domain only");
        assert!(p("partner.example").matches("a@mail.partner.example"), "a domain includes its subdomains");
        assert!(p("partner.example").matches("a@partner.example"));
        assert!(!p("partner.example").matches("a@otherpartner.example"), "a suffix is not a subdomain");
        assert!(p("partner.example").matches_domain("mx.partner.example"));
        // a full address finds connections by its domain alone
        assert!(p("bob@partner.example").matches_domain("partner.example"));
        assert!(!p("bob@partner.example").matches_domain("mx.partner.example"));
        assert!(AddressPattern::parse(" ").is_err());
        // the root dot of a fully qualified name, as DNS tools print it
        assert!(p("Partner.Example.").matches("a@mail.partner.example"));
        assert!(p("*.partner.example.").matches("a@mail.partner.example"));
        assert!(p("bob@partner.example.").matches("<bob@partner.example>"));
        assert!(AddressPattern::parse(".").is_err());
    }

    #[test]
    fn a_range_the_wrong_way_round_is_refused() {
        let r = |since: &str, until: &str| TimeRange::parse(Some(since), Some(until));
        assert!(r("2024-03-10", "2024-03-09").unwrap_err().contains("not before until"));
        assert!(r("2024-03-10T08:00", "2024-03-10T08:00").is_err(), "an empty range");
        assert!(r("2024-03-10T13:00Z", "2024-03-10T08:00-05:00").is_err(), "the same instant");
        assert!(r("2024-03-10T13:00Z", "2024-03-10T08:01-05:00").is_ok());
        assert!(r("2024-03-09", "2024-03-10").is_ok());
        // a reading and an instant: the reading's zone is not known, so no verdict
        assert!(r("2024-03-10T09:00", "2024-03-10T13:30Z").is_ok());
        assert!(TimeRange::parse(Some("2024-03-10"), None).is_ok());
        assert!(TimeRange::parse(None, Some("2024-03-10")).is_ok());
    }

    #[test]
    fn a_bound_before_now_is_an_instant_or_a_reading_of_this_machine() {
        let at = |local: &str, offset: Option<i32>| {
            Some(LogTime { local: crate::time::parse_cli_time(local).unwrap().0, offset })
        };
        // 10:30 UTC, a machine at -05:00 (05:30 there)
        let clock = Clock::fixed(crate::time::parse_cli_time("2024-03-10T10:30").unwrap().0, -5 * 3600);
        let r = |since: &str, readings| TimeRange::parse_at(Some(since), None, &clock, readings);
        // two hours ago: 08:30 UTC, an instant, so a record of any zone is compared at its instant
        let ago = r("2h", false).unwrap();
        assert_eq!(ago, TimeRange::parse(Some("2024-03-10T08:30Z"), None).unwrap());
        assert!(ago.contains(at("2024-03-10T03:30", Some(-5 * 3600))));
        assert!(!ago.contains(at("2024-03-10T03:29:59", Some(-5 * 3600))));
        assert!(ago.contains(at("2024-03-10T09:30", Some(3600))));
        for same in ["2h ago", "2 hours ago", "-2h", " 120min ", "7200s", "2 Hours Ago"] {
            assert_eq!(r(same, false).unwrap(), ago, "{same}");
        }
        // today and yesterday: the machine's midnight (05:30 at -05:00: today began at 05:00 UTC)
        assert_eq!(r("today", false).unwrap(), TimeRange::parse(Some("2024-03-10T00:00-05:00"), None).unwrap());
        assert_eq!(r("Yesterday", false).unwrap(), TimeRange::parse(Some("2024-03-09T00:00-05:00"), None).unwrap());
        // for the store's wall-clock hours: the same times as this machine's readings
        let reading = r("2h", true).unwrap();
        assert!(!reading.has_instants());
        assert_eq!(reading, TimeRange::parse(Some("2024-03-10T03:30"), None).unwrap());
        assert_eq!(r("today", true).unwrap(), TimeRange::parse(Some("2024-03-10"), None).unwrap());
        // until now, and a range the wrong way round said as before
        assert!(TimeRange::parse_at(Some("today"), Some("now"), &clock, false).is_ok());
        assert!(TimeRange::parse_at(Some("1h"), Some("2h"), &clock, false).unwrap_err().contains("not before"));
        assert_eq!(r("2h", false).unwrap().describe(), "since 2024-03-10T08:30:00Z");
        assert_eq!(
            TimeRange::parse_at(Some("2024-03-10T08:00"), Some("now"), &clock, false).unwrap().describe(),
            "since 2024-03-10T08:00:00 until 2024-03-10T10:30:00Z"
        );
        // what is not taken, said with the bound's name
        assert!(r("3m", false).unwrap_err().starts_with("since: \"3m\": minutes or months?"));
        assert!(r("2 fortnights", false).unwrap_err().starts_with("since: "));
        let e = r("last week", false).unwrap_err();
        assert!(e.contains("cannot read") && e.contains("2h, 30min"), "{e}");
        // a mistyped date is a date's error, not a span's
        assert!(r("2024-13-01", false).unwrap_err().contains("cannot read"));
    }

    #[test]
    fn a_bound_with_a_zone_is_an_instant() {
        let at = |local: &str, offset: Option<i32>| {
            Some(LogTime { local: crate::time::parse_cli_time(local).unwrap().0, offset })
        };
        let r = |since: &str| TimeRange::parse(Some(since), None).unwrap();
        // the records' own form: 08:05 at -05:00 is 13:05 UTC
        let bound = r("2024-03-10T08:05:00-05:00");
        assert!(bound.has_instants());
        assert_eq!(bound, r("2024-03-10T13:05Z"));
        assert!(bound.contains(at("2024-03-10T08:05", Some(-5 * 3600))));
        assert!(!bound.contains(at("2024-03-10T08:04:59", Some(-5 * 3600))));
        // a record of another zone is compared at the same instant, not the same reading
        assert!(bound.contains(at("2024-03-10T14:05", Some(3600))));
        assert!(!bound.contains(at("2024-03-10T09:05", Some(3600))));
        // a record whose offset is unknown: by its reading, as if UTC
        assert!(bound.contains(at("2024-03-10T13:05", None)));
        assert!(!bound.contains(at("2024-03-10T08:05", None)));
        // until is exclusive, and the wall-clock bounds an index uses hold every reading of the range
        let until = TimeRange::parse(None, Some("2024-03-10T13:05Z")).unwrap();
        assert!(!until.contains(at("2024-03-10T08:05", Some(-5 * 3600))));
        assert!(until.contains(at("2024-03-10T08:04:59", Some(-5 * 3600))));
        assert!(until.until.unwrap() >= at("2024-03-11T03:04", Some(14 * 3600)).unwrap().local);
        assert!(bound.since.unwrap() <= at("2024-03-10T01:05", Some(-12 * 3600)).unwrap().local);
        // without a zone: readings, as before
        let local = r("2024-03-10T08:05");
        assert!(!local.has_instants());
        assert!(local.contains(at("2024-03-10T08:05", Some(3600))));
        assert!(TimeRange::parse(Some("2024-03-10T08:05+5"), None).unwrap_err().starts_with("since:"));
        // the widened bounds exactly: 12 hours before the instant, 14 after
        let u = crate::time::parse_cli_time("2024-03-10T13:05").unwrap().0;
        assert_eq!((bound.since, bound.since_utc), (Some(u - 12 * 3600), Some(u)));
        let east = TimeRange::parse(None, Some("2024-03-10T14:05+01:00")).unwrap();
        assert_eq!((east.until, east.until_utc), (Some(u + 14 * 3600), Some(u)));
        // an open range keeps records without a time; a closed one does not
        assert!(TimeRange::default().contains(None));
        assert!(!local.contains(None));
        // a wall-clock until is exclusive too
        let lu = TimeRange::parse(None, Some("2024-03-10T08:05")).unwrap();
        assert!(!lu.contains(at("2024-03-10T08:05", None)));
        assert!(lu.contains(at("2024-03-10T08:04:59", None)));
    }

    #[test]
    fn the_wildcards_admins_type_mean_what_they_mean_in_the_rules() {
        let p = |s: &str| AddressPattern::parse(s).unwrap();
        // `*@domain` is `@domain`: every address at that domain, not its subdomains
        assert_eq!(p("*@Partner.Example"), p("@partner.example"));
        assert!(p("*@partner.example").matches("bob@partner.example"));
        assert!(!p("*@partner.example").matches("bob@mail.partner.example"));
        // `*.domain` is its subdomains only, as `--require-tls *.domain` and the appliance's tables
        assert!(p("*.partner.example").matches("bob@mail.partner.example"));
        assert!(p("*.partner.example").matches_domain("a.b.partner.example"));
        assert!(!p("*.partner.example").matches("bob@partner.example"));
        assert!(!p("*.partner.example").matches("bob@otherpartner.example"));
        // anything else that would match nothing in silence is refused, with the forms understood
        for bad in ["judy*@gmail.example", "*gmail.example", "gmail.*", "*", "*@", "@", "*.", "bob@", "gmail example"] {
            let e = AddressPattern::parse(bad).expect_err(bad);
            assert!(!e.is_empty(), "{bad}");
        }
        assert!(AddressPattern::parse("judy*@gmail.example").unwrap_err().contains("*@domain"));
        // an address as a mail client shows it is the address in its brackets
        assert_eq!(p("Judy Zero <Judy0@Gmail.example>"), p("judy0@gmail.example"));
        assert_eq!(p(" <judy0@gmail.example> "), p("judy0@gmail.example"));
    }
}
