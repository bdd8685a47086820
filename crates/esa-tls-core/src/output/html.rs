//! The HTML report (`esa-tls report --html FILE`): one self-contained file to attach to an email —
//! no script, no external resource, charts as inline SVG, a print style for PDF. Built with maud,
//! which escapes every value: subjects, addresses and host names come from the log and are
//! attacker-controlled.
//!
//! Every figure is also in a table beside its chart, and carries `data-figure="…"` with the key of
//! the JSON report it equals (the tests compare them).

use crate::report::dashboard::Dashboard;
use crate::report::peers::{DirectionFilter, PeerGroup, PeerSort};
use crate::report::summary::{Series, SeriesRow};
use crate::report::{count, deprecated, percent, Cell, Counts, EncryptionCounts, Table};
use maud::{html, Markup, PreEscaped, DOCTYPE};

const STYLE: &str = "
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2433;margin:2rem auto;max-width:1100px;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .2rem} h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:1px solid #d9dde5;padding-bottom:.2rem}
.muted{color:#5b6478} .cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{border:1px solid #d9dde5;border-radius:6px;padding:.8rem 1rem;flex:1 1 240px}
.big{font-size:1.9rem;font-weight:600} .good{color:#137333} .bad{color:#b3261e} .warn{color:#9a6700}
.problems{border:2px solid #b3261e;border-radius:6px;padding:.2rem 1rem;margin:1rem 0;background:#fdf3f2}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:13px}
th,td{border-bottom:1px solid #e6e9ef;padding:.25rem .45rem;text-align:left;vertical-align:top}
th{background:#f5f7fa} td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
svg{width:100%;height:auto;background:#fff} .legend span{margin-right:1rem} .sw{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em}
code{font-size:12px} section{break-inside:avoid-page}
@media print{body{margin:0;max-width:none;font-size:11px} h2{break-after:avoid} .card{break-inside:avoid}}
";

/// What the report covers: the inputs and how many lines they had, or the store and how many
/// records it gave.
pub struct Covered {
    pub inputs: Vec<(String, u64)>,
    /// The inputs are a store (one, with its records counted), not logs (with their lines).
    pub store: bool,
    pub version: String,
    /// The search and time range the figures are limited to, as given; `None`: every record.
    pub kept_by: Option<String>,
    /// What went wrong with the inputs (`source: message`, as on stderr): the figures leave out
    /// what could not be read, or rest on lines that could not be trusted. Shown before any figure.
    pub problems: Vec<String>,
    /// The notes on the inputs (as on stderr): files skipped, lines out of order, tags taken by
    /// their content. Shown, folded, before any figure.
    pub notes: Vec<String>,
}

fn pct(part: u64, whole: u64) -> String {
    if whole == 0 {
        "–".into()
    } else {
        format!("{:.1}%", percent(part, whole))
    }
}

fn class_for(part: u64, whole: u64) -> &'static str {
    match (whole, percent(part, whole)) {
        (0, _) => "muted",
        (_, p) if p >= 95.0 => "good",
        (_, p) if p >= 70.0 => "warn",
        _ => "bad",
    }
}

fn cell(c: &Cell) -> String {
    super::cell_text(c, true)
}

/// One side of the headline: a share by messages (or recipients) and by connections.
fn card(title: &str, key: &str, msgs: &EncryptionCounts, unit: &str, conns: &Counts) -> Markup {
    html! {
        div.card {
            strong { (title) }
            div.cards {
                div {
                    div.big.(class_for(msgs.encrypted, msgs.total())) { (pct(msgs.encrypted, msgs.total())) }
                    div.muted {
                        "of " span data-figure={(key) "." (unit) ".total"} { (msgs.total()) } " " (unit) " encrypted ("
                        span data-figure={(key) "." (unit) ".encrypted"} { (msgs.encrypted) } "; "
                        span data-figure={(key) "." (unit) ".not_encrypted"} { (msgs.not_encrypted) } " not, "
                        span data-figure={(key) "." (unit) ".unknown"} { (msgs.unknown) } " unknown)"
                    }
                }
                div {
                    div.big.(class_for(conns.success, conns.total())) { (pct(conns.success, conns.total())) }
                    div.muted {
                        "of " span data-figure={(key) ".connections.total"} { (conns.total()) } " connections with TLS ("
                        span data-figure={(key) ".connections.success"} { (conns.success) } " success, "
                        span data-figure={(key) ".connections.failed"} { (conns.failed) } " failed, "
                        span data-figure={(key) ".connections.none"} { (conns.none) } " none, "
                        span data-figure={(key) ".connections.unknown"} { (conns.unknown) } " unknown)"
                    }
                }
            }
        }
    }
}

/// The rows of a series, hourly when the period is short, daily otherwise.
fn trend_rows(d: &Dashboard) -> (&'static str, Vec<&SeriesRow>) {
    let hourly: Vec<&SeriesRow> =
        d.summary.series.as_ref().map(|s: &Series| s.rows.values().collect()).unwrap_or_default();
    if hourly.len() <= 72 {
        return ("hour", hourly);
    }
    ("day", d.daily.as_ref().map(|s| s.rows.values().collect()).unwrap_or_default())
}

/// A line chart of the share encrypted per bucket, inbound and outbound.
fn trend_svg(rows: &[&SeriesRow]) -> Markup {
    let (w, h, left, bottom) = (900.0, 220.0, 40.0, 24.0);
    let n = rows.len().max(1) as f64;
    let x = |i: usize| left + (w - left - 10.0) * (if n > 1.0 { i as f64 / (n - 1.0) } else { 0.5 });
    let y = |p: f64| 8.0 + (h - bottom - 8.0) * (1.0 - p / 100.0);
    let line = |f: &dyn Fn(&SeriesRow) -> (u64, u64)| -> String {
        rows.iter()
            .enumerate()
            .filter(|(_, r)| f(r).1 > 0)
            .map(|(i, r)| {
                let (a, b) = f(r);
                format!("{:.1},{:.1}", x(i), y(percent(a, b)))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let inbound = line(&|r| (r.inbound_messages.encrypted, r.inbound_messages.total()));
    let outbound = line(&|r| (r.outbound_recipients.encrypted, r.outbound_recipients.total()));
    let dots = |f: &dyn Fn(&SeriesRow) -> (u64, u64)| -> Vec<(f64, f64)> {
        rows.iter()
            .enumerate()
            .filter(|(_, r)| f(r).1 > 0)
            .map(|(i, r)| {
                let (a, b) = f(r);
                (x(i), y(percent(a, b)))
            })
            .collect()
    };
    let (blue, orange) = ("#1a73e8", "#e8710a");
    let series = [
        (inbound, dots(&|r| (r.inbound_messages.encrypted, r.inbound_messages.total())), blue),
        (outbound, dots(&|r| (r.outbound_recipients.encrypted, r.outbound_recipients.total())), orange),
    ];
    let every = (rows.len() / 8).max(1);
    html! {
        svg viewBox={"0 0 " (w) " " (h)} role="img" aria-label="Share encrypted over time" {
            @for p in [0.0, 50.0, 100.0] {
                line x1=(left) x2=(w - 10.0) y1=(y(p)) y2=(y(p)) stroke="#e6e9ef" {}
                text x=(left - 6.0) y=(y(p) + 4.0) text-anchor="end" font-size="10" fill="#5b6478" { (p) "%" }
            }
            @for (points, dots, colour) in &series {
                @if !points.is_empty() {
                    polyline points=(points) fill="none" stroke=(colour) stroke-width="2" {}
                    @for (cx, cy) in dots { circle cx=(cx) cy=(cy) r="3" fill=(colour) {} }
                }
            }
            @for (i, r) in rows.iter().enumerate() {
                @if i % every == 0 || i + 1 == rows.len() {
                    @let anchor = if rows.len() > 1 && i == 0 { "start" } else if rows.len() > 1 && i + 1 == rows.len() { "end" } else { "middle" };
                    text x=(x(i)) y=(h - 6.0) text-anchor=(anchor) font-size="10" fill="#5b6478" {
                        (short_label(r.start))
                    }
                }
            }
        }
        div.legend {
            span { span.sw style={"background:" (blue)} {} "received (messages)" }
            span { span.sw style={"background:" (orange)} {} "delivered (recipients)" }
        }
    }
}

/// A bucket start as `03-10 08:00`.
fn short_label(start: Option<crate::time::LogTime>) -> String {
    let s = super::short_time(start);
    s.get(5..16).unwrap_or(&s).to_string()
}

/// One segment of a stacked bar: x, y, height, index of the protocol, count.
type Bar = (f64, f64, f64, usize, u64);

/// Stacked bars of the protocols of encrypted connections per hour, deprecated ones in red.
fn protocols_svg(d: &Dashboard) -> Markup {
    let buckets: Vec<(&i64, &std::collections::BTreeMap<String, u64>)> = d.protocols.iter().collect();
    let mut names: Vec<&str> = buckets.iter().flat_map(|(_, m)| m.keys().map(String::as_str)).collect();
    names.sort();
    names.dedup();
    let palette = ["#1a73e8", "#188038", "#9334e6", "#12b5cb", "#5f6368"];
    let reds = ["#d93025", "#f28b82", "#a50e0e"];
    let colour = |name: &str, i: usize| {
        if deprecated(Some(name), None).is_some() {
            reds[names.iter().take(i).filter(|n| deprecated(Some(n), None).is_some()).count() % reds.len()]
        } else {
            palette[i % palette.len()]
        }
    };
    let (w, h, left, bottom) = (900.0, 200.0, 40.0, 22.0);
    let max = buckets.iter().map(|(_, m)| m.values().sum::<u64>()).max().unwrap_or(1).max(1) as f64;
    let bw = ((w - left - 10.0) / buckets.len().max(1) as f64).min(40.0);
    // Stack each bucket's protocols bottom-up.
    let bars: Vec<Vec<Bar>> = buckets
        .iter()
        .enumerate()
        .map(|(i, (_, m))| {
            let mut top = h - bottom;
            names
                .iter()
                .enumerate()
                .filter_map(|(j, name)| {
                    let v = m.get(*name).copied().unwrap_or(0);
                    (v > 0).then(|| {
                        let bh = (h - bottom - 8.0) * v as f64 / max;
                        top -= bh;
                        (left + i as f64 * bw + 1.0, top, bh, j, v)
                    })
                })
                .collect()
        })
        .collect();
    html! {
        svg viewBox={"0 0 " (w) " " (h)} role="img" aria-label="Protocols over time" {
            @for (i, (start, _)) in buckets.iter().enumerate() {
                @for &(x, y, bh, j, v) in &bars[i] {
                    rect x=(x) y=(y) width=(bw - 2.0) height=(bh) fill=(colour(names[j], j)) {
                        title { (names[j]) ": " (v) }
                    }
                }
                @if buckets.len() <= 24 || i % (buckets.len() / 12).max(1) == 0 {
                    text x=(left + i as f64 * bw + bw / 2.0) y=(h - 6.0) text-anchor="middle" font-size="10" fill="#5b6478" {
                        (super::short_time(Some(crate::time::LogTime { local: **start, offset: d.offset })).get(11..16).unwrap_or(""))
                    }
                }
            }
        }
        div.legend {
            @for (j, name) in names.iter().enumerate() {
                span {
                    span.sw style={"background:" (colour(name, j))} {}
                    (name)
                    @if let Some(why) = deprecated(Some(name), None) { " (deprecated: " (why) ")" }
                }
            }
        }
    }
}

/// A table with only some of its columns.
fn narrow(t: &Table, keep: &[&str]) -> Table {
    let idx: Vec<usize> = t.columns.iter().enumerate().filter(|(_, c)| keep.contains(c)).map(|(i, _)| i).collect();
    let mut n = t.clone();
    n.columns = idx.iter().map(|&i| t.columns[i]).collect();
    n.numeric = idx.iter().map(|&i| t.numeric[i]).collect();
    n.rows = t.rows.iter().map(|r| idx.iter().map(|&i| r[i].clone()).collect()).collect();
    n
}

/// A report table, its cells escaped; `limit` rows at most.
pub fn table_markup(t: &Table, limit: usize) -> Markup {
    table(t, limit)
}

fn table(t: &Table, limit: usize) -> Markup {
    html! {
        table data-table=(t.id) {
            thead { tr { @for (c, n) in t.columns.iter().zip(&t.numeric) { th.n[*n] { (c.replace('_', " ")) } } } }
            tbody {
                @for r in t.rows.iter().take(limit) {
                    tr { @for (c, n) in r.iter().zip(&t.numeric) { td.n[*n] { (cell(c)) } } }
                }
            }
        }
        @if t.rows.len() > limit { p.muted { (t.rows.len() - limit) " more rows: see `esa-tls " (t.id) "` or the JSON reports." } }
    }
}

/// The whole report, one self-contained page.
pub fn render(d: &Dashboard, covered: &Covered) -> String {
    page("esa-tls: was this mail encrypted?", html! {}, report_body(d, covered))
}

/// A page: the style, an optional navigation bar, and a body.
pub fn page(title: &str, nav: Markup, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                (nav)
                (body)
            }
        }
    }
    .into_string()
}

/// The report's content.
pub fn report_body(d: &Dashboard, covered: &Covered) -> Markup {
    let s = &d.summary.summary;
    let (bucket, rows) = trend_rows(d);
    let span = match (s.span.first, s.span.last) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "no timestamps".into(),
    };
    // partners not encrypting, by messages (recipients) affected
    let mut partner_tables =
        d.peers.tables(PeerGroup::Domain, DirectionFilter::Both, PeerSort::Unencrypted, Some(20), None);
    for t in &mut partner_tables {
        let col = t.columns.iter().position(|c| *c == "not_encrypted").unwrap_or(0);
        t.rows.retain(|r| matches!(r.get(col), Some(Cell::Int(n)) if *n > 0));
    }
    let failures = d.failures.tables();
    let lines: u64 = covered.inputs.iter().map(|i| i.1).sum();
    // nothing to count: a page of zeros and dashes must not pass for an answer
    let nothing = s.messages_total == 0 && s.inbound.connections.total() + s.outbound.connections.total() == 0;
    let source = if covered.store { "the store" } else { "the inputs" };
    html! {
                h1 { "Was this mail encrypted?" }
                p.muted {
                    "TLS on the Cisco Secure Email Gateway's connections, messages and recipients, " (span) ". From "
                    @if covered.store {
                        @for (name, n) in &covered.inputs { code { (name) } ": " (count(*n, "record", "records")) }
                    } @else {
                        (count(covered.inputs.len() as u64, "input", "inputs")) ", " (count(lines, "log line", "log lines")) ": "
                        @for (i, (name, n)) in covered.inputs.iter().enumerate() {
                            @if i > 0 { ", " }
                            code { (name) } " (" (n) ")"
                        }
                    }
                    "."
                }
                @if !covered.problems.is_empty() {
                    div.problems data-problems=(covered.problems.len()) {
                        p { strong.bad { "The inputs had problems: the figures below are incomplete, or wrong where an input says so." } }
                        ul { @for x in &covered.problems { li { code { (x) } } } }
                    }
                }
                @if nothing {
                    div.problems data-nothing="1" {
                        p { strong.bad {
                            "Nothing to count: " (source) " gave no message and no connection"
                            @if covered.kept_by.is_some() { " that the search or time range keeps" }
                            ". Every figure below is 0, and says nothing about TLS."
                        } }
                    }
                }
                @if !covered.notes.is_empty() {
                    details.muted data-notes=(covered.notes.len()) {
                        summary { "Notes on the inputs (" (covered.notes.len()) ")" }
                        ul { @for x in &covered.notes { li { (x) } } }
                    }
                }
                @if let Some(k) = &covered.kept_by {
                    p.muted { strong { "Only the records this search keeps: " } code { (k) } ". Every figure below counts those alone." }
                }
                section #headline {
                    h2 { "Share encrypted" }
                    div.cards {
                        (card("Received (inbound)", "inbound", &s.inbound.messages, "messages", &s.inbound.connections))
                        (card("Delivered (outbound)", "outbound", &s.outbound.recipients, "recipients", &s.outbound.connections))
                    }
                    p.muted { "Connections count SMTP sessions; one carries many messages, and a message may leave over several: the two shares differ, and both matter." }
                }
                section #trend {
                    h2 { "Over time, per " (bucket) }
                    (trend_svg(&rows))
                    table data-table="series" {
                        thead { tr { th { "start" } th.n { "received" } th.n { "% encrypted" } th.n { "delivered" } th.n { "% encrypted" } } }
                        tbody {
                            @for r in &rows {
                                tr {
                                    td { (super::short_time(r.start)) }
                                    td.n { (r.inbound_messages.total()) }
                                    td.n { (pct(r.inbound_messages.encrypted, r.inbound_messages.total())) }
                                    td.n { (r.outbound_recipients.total()) }
                                    td.n { (pct(r.outbound_recipients.encrypted, r.outbound_recipients.total())) }
                                }
                            }
                        }
                    }
                }
                section #protocols {
                    h2 { "Protocols of encrypted connections, per hour" }
                    @if d.protocols.is_empty() { p.muted { "No encrypted connection in the input." } } @else { (protocols_svg(d)) }
                    @for t in d.ciphers.tables() { h3 { (t.title) } (table(&t, 15)) }
                }
                section #partners {
                    h2 { "Partners not encrypting" }
                    p.muted { "Ranked by the messages (inbound) or recipients (outbound) that crossed without TLS." }
                    @for t in &partner_tables {
                        h3 { (t.title) }
                        @if t.rows.is_empty() { p.good { "Every message crossed encrypted." } } @else { (table(&narrow(t, &["peer", "messages", "recipients", "not_encrypted", "pct_encrypted", "conn_failed", "conn_none", "last_failure"]), 20)) }
                    }
                }
                section #in-clear {
                    h2 { "Latest messages in clear" }
                    @if d.in_clear.is_empty() { p.good { "None." } } @else {
                        table data-table="in_clear" {
                            thead { tr { th { "time" } th.n { "MID" } th { "from" } th { "sending host" } th { "to" } th { "subject" } th { "in clear" } } }
                            tbody {
                                @for m in d.in_clear.iter().rev() {
                                    tr { td { (super::short_time(m.time)) } td.n { (m.mid) } td { (m.from) } td { (m.peer) } td { (m.to) } td { (m.subject) } td { (m.hops) } }
                                }
                            }
                        }
                        p.muted { "The story of one: " code { "esa-tls trace MID PATH…" } }
                    }
                }
                section #failures {
                    h2 { "TLS failures by reason" }
                    @for t in &failures { @if t.rows.is_empty() { p.good { "No TLS failure." } } @else { (table(t, 30)) } }
                }
                @if let Some(c) = &d.check {
                    section #violations {
                        h2 { "Required-TLS violations" }
                        p { span.big.bad[c.count > 0].good[c.count == 0] data-figure="violations" { (c.count) } " violations; " (c.unverified) " hops under the rules could not be verified." }
                        @for t in c.tables() { (table(&t, 50)) }
                    }
                }
                section #unknown {
                    h2 { "What could not be told, and why" }
                    ul {
                        li { span data-figure="unknown.opened_before_input" { (d.unknowns.opened_before_input) } " connections opened before the first line of the input: without their opening, no TLS line does not mean no TLS." }
                        li { span data-figure="unknown.failed_before_message" { (d.unknowns.failed_before_message) } " delivery connections failed before any message crossed them." }
                        li { span data-figure="unknown.open_at_end" { (d.unknowns.open_at_end) } " connections were still open at the end of the input, with no TLS line yet." }
                        li { (s.inbound.messages.unknown) " received messages and " (s.outbound.recipients.unknown) " recipients cross such connections." }
                    }
                }
                footer.muted { p { "esa-tls " (covered.version) ". Every figure here equals the JSON reports over the same input (" code { "esa-tls summary -f json" } ", " code { "peers" } ", " code { "failures" } ", " code { "ciphers" } ", " code { "check" } ")." } }
    }
}
