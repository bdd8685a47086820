//! `esa-tls serve`: a small read-only web app over a store — the dashboard, a search page, message
//! and partner pages, and a JSON API under `/api/` (README, "The web app").
//!
//! Loopback by default. Any other address needs an access token (`--token-file`, `--token` or
//! `$ESA_TLS_TOKEN`), checked on every request: `Authorization: Bearer TOKEN`, or the session cookie
//! the sign-in page sets (HttpOnly, SameSite=Strict). The token never goes in a URL, and nothing is
//! logged but the method, path and status of failed requests.

use super::args::{self, store_url, InOutArg, SearchArgs, TlsArg};
use super::follow::{socket_addr, stop_flag};
use super::run::{check_token, err, or_say, same_secret, token_file, EXIT_ERROR, EXIT_OK};
use clap::{Args, ValueEnum};
use esa_tls::model::{Connection, Direction, Message, Record};
use esa_tls::output::html::Covered;
use esa_tls::output::web::{self, SearchForm, SEARCH_FIELDS};
use esa_tls::output::{self, Format, RecordKind, RecordWriter};
use esa_tls::report::ciphers::Ciphers;
use esa_tls::report::dashboard::Dashboard;
use esa_tls::report::failures::Failures;
use esa_tls::report::filter::{Search, TimeRange};
use esa_tls::report::peers::{DirectionFilter, PeerGroup, PeerSort, Peers};
use esa_tls::report::summary::{Bucket, Series, SummaryReport};
use esa_tls::sink::Sink;
use esa_tls::store::{self, Backend, Scan};
use std::collections::HashSet;
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Args)]
pub struct ServeArgs {
    /// The store to serve (a path, sqlite://PATH or clickhouse://HOST:8123/DB); alone or absent, the
    /// default store.
    #[arg(long, value_name = "URL", num_args = 0..=1, default_missing_value = "")]
    pub store: Option<String>,
    /// Address to listen on; a bare PORT is 127.0.0.1:PORT. Anything but loopback needs a token.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// A file holding the access token every request must carry (first line).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// The access token itself (visible to other users of this machine in the process list: prefer
    /// --token-file or $ESA_TLS_TOKEN).
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
    /// Most messages a search shows (the API takes `limit=`, up to 100 000).
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub limit: u64,
    /// Threads answering requests.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub workers: u16,
    /// No lines on stderr but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// What every worker shares.
struct App {
    url: String,
    token: Option<String>,
    sessions: Mutex<HashSet<String>>,
    limit: usize,
    quiet: bool,
}

/// A response: status, content type, body, extra headers.
struct Reply {
    status: u16,
    kind: &'static str,
    body: Vec<u8>,
    headers: Vec<(String, String)>,
}

impl Reply {
    fn html(status: u16, body: String) -> Reply {
        Reply { status, kind: "text/html; charset=utf-8", body: body.into_bytes(), headers: Vec::new() }
    }
    fn json(status: u16, body: Vec<u8>) -> Reply {
        Reply { status, kind: "application/json", body, headers: Vec::new() }
    }
    fn error(status: u16, api: bool, text: &str) -> Reply {
        if api {
            Reply::json(status, serde_json::json!({ "error": text }).to_string().into_bytes())
        } else {
            let title = match status {
                400 => "Bad request",
                401 => "Sign in",
                404 => "Not found",
                405 => "Not allowed",
                _ => "Error",
            };
            Reply::html(status, web::error(title, text))
        }
    }
}

/// Decodes `a=1&b=x%20y` (and `+` for a space).
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let dec =
                |s: &str| percent_encoding::percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned();
            (dec(k), dec(v))
        })
        .collect()
}

fn random_id() -> String {
    let mut b = [0u8; 24];
    if std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut b)).is_err() {
        // no urandom: the clock and the address of a stack value; a session is still not a token
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        b[..16].copy_from_slice(&t.to_le_bytes());
    }
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn range_of(params: &[(String, String)]) -> Result<TimeRange, String> {
    let get = |n: &str| params.iter().find(|(k, v)| k == n && !v.is_empty()).map(|(_, v)| v.as_str());
    // relative times (2h, today) as this machine's wall-clock readings, which the store's hours are
    let r = TimeRange::parse_at(get("since"), get("until"), &esa_tls::time::Clock::now(), true)?;
    if r.has_instants() {
        // the store's figures are added up by the logs' wall-clock hours
        return Err("give since and until as the logs' wall-clock time, without a zone".into());
    }
    Ok(r)
}

/// The search filters of a query string, read as the command line reads them.
fn search_of(params: &[(String, String)]) -> Result<Search, String> {
    // every non-empty value of a field, as given
    let whole = |n: &str| -> Vec<String> {
        params.iter().filter(|(k, v)| k == n && !v.trim().is_empty()).map(|(_, v)| v.clone()).collect()
    };
    // … and as a comma list, as the command line reads it
    let all = |n: &str| -> Vec<String> {
        whole(n).iter().flat_map(|v| v.split(',').map(|x| x.trim().to_string())).filter(|x| !x.is_empty()).collect()
    };
    // IDs as the command line reads them (`500032`, `MID 500032` pasted from a log line)
    let nums = |n: &str, id: fn(&str) -> Result<u64, String>| -> Result<Vec<u64>, String> {
        all(n).iter().map(|v| id(v).map_err(|e| format!("{n}: {}", field_words(&e)))).collect()
    };
    let tls = all("tls")
        .iter()
        .map(|t| TlsArg::from_str(t, true).map_err(|_| format!("tls: {t:?} is not success, failed, none or unknown")))
        .collect::<Result<Vec<_>, _>>()?;
    let direction = match all("direction").first().map(|d| d.to_ascii_lowercase()) {
        None => None,
        Some(d) => {
            Some(InOutArg::from_str(&d, true).map_err(|_| format!("direction: {d:?} is not inbound or outbound"))?)
        }
    };
    SearchArgs {
        mid: nums("mid", args::mid)?,
        icid: nums("icid", args::icid)?,
        dcid: nums("dcid", args::dcid)?,
        // a Message-ID or a subject may hold a comma: not split
        message_id: whole("message_id"),
        from: all("from"),
        to: all("to"),
        subject: whole("subject"),
        peer: all("peer"),
        tls,
        direction,
    }
    .search()
    .map_err(|e| field_words(&e))
}

/// A message of the command line's readers in the form's words: its fields, not options
/// (`--to "x": …` is `to "x": …`, `use --icid` is `use icid`).
fn field_words(e: &str) -> String {
    SEARCH_FIELDS.iter().fold(e.to_string(), |e, (name, _, _)| {
        let option = format!("--{}", name.replace('_', "-"));
        let e = match e.strip_prefix(&format!("{option} ")) {
            Some(rest) => format!("{name} {rest}"),
            None => e,
        };
        e.replace(&format!("(use {option})"), &format!("(use {name})"))
    })
}

/// Collects matching records, at most `limit` of each kind (`more`: there were more).
struct Found {
    messages: Vec<Message>,
    connections: Vec<Connection>,
    limit: usize,
    more: bool,
}

impl Sink for Found {
    fn record(&mut self, r: Record) {
        match r {
            Record::Message(m) if self.messages.len() < self.limit => self.messages.push(m),
            Record::Connection(c) if self.connections.len() < self.limit => self.connections.push(c),
            _ => self.more = true,
        }
    }
    fn stopped(&self) -> bool {
        self.more
    }
}

impl App {
    fn open(&self) -> Result<Box<dyn Backend>, String> {
        store::open_existing(&self.url).map_err(|e| e.to_string())
    }

    /// Records matching a search in a range, as the commands find them.
    fn find(&self, search: &Search, range: TimeRange, kinds: (bool, bool), limit: usize) -> Result<Found, String> {
        let mut b = self.open()?;
        let mut found = Found { messages: Vec::new(), connections: Vec::new(), limit, more: false };
        store::search(b.as_mut(), kinds, range, search, false, &mut found).map_err(|e| e.to_string())?;
        Ok(found)
    }

    /// Every record in a range, into an aggregate.
    fn each(&self, range: TimeRange, f: &mut dyn FnMut(&Record)) -> Result<(), String> {
        let mut b = self.open()?;
        let q = Scan { connections: true, messages: true, range, keys: None, outside_rollup: false };
        b.scan(&q, &mut |_, r| {
            f(&r);
            true
        })
        .map(|_| ())
        .map_err(|e| e.to_string())
    }

    /// What a page's figures rest on: the store, and the `records` it gave.
    fn covered(&self, records: u64) -> Covered {
        Covered {
            inputs: vec![(format!("store {}", self.url_for_people()), records)],
            store: true,
            version: format!("{} ({})", env!("CARGO_PKG_VERSION"), env!("ESA_TLS_COMMIT")),
            kept_by: None,
            problems: Vec::new(),
            notes: Vec::new(),
        }
    }

    fn url_for_people(&self) -> String {
        store::Location::parse(&self.url).map(|l| l.describe()).unwrap_or_else(|_| self.url.clone())
    }

    fn route(&self, path: &str, params: &[(String, String)]) -> Result<Reply, (u16, String)> {
        let bad = |m: String| (400u16, m);
        let fail = |m: String| (500u16, m);
        let range = range_of(params).map_err(bad)?;
        let param = |n: &str| params.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
        let json_of = |f: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>| -> Result<Reply, (u16, String)> {
            let mut out = Vec::new();
            f(&mut out).map_err(|e| fail(e.to_string()))?;
            Ok(Reply::json(200, out))
        };
        let limit = match param("limit") {
            Some(l) => l.parse::<usize>().map_err(|_| bad(format!("limit: {l:?} is not a number")))?.clamp(1, 100_000),
            None => self.limit,
        };
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        match segments.as_slice() {
            [""] => {
                let (mut d, mut records) = (Dashboard::new(None), 0);
                self.each(range, &mut |r| {
                    records += 1;
                    d.add(r)
                })
                .map_err(fail)?;
                Ok(Reply::html(200, web::dashboard(&d, &self.covered(records))))
            }
            ["healthz"] => Ok(Reply { status: 200, kind: "text/plain", body: b"ok\n".to_vec(), headers: Vec::new() }),
            ["search"] => {
                let form = SearchForm {
                    fields: SEARCH_FIELDS.iter().map(|(n, _, _)| (*n, param(n).unwrap_or("").to_string())).collect(),
                };
                let searched = form.fields.iter().any(|(_, v)| !v.trim().is_empty());
                let page = match search_of(params) {
                    Ok(s) if searched => {
                        let found = self.find(&s, range, (false, true), limit).map_err(fail)?;
                        web::search(&form, &found.messages, found.more, None, true)
                    }
                    Ok(_) => web::search(&form, &[], false, None, false),
                    Err(e) => web::search(&form, &[], false, Some(&e), false),
                };
                Ok(Reply::html(200, page))
            }
            ["message", mid] | ["api", "message", mid] => {
                let mid: u64 = mid.parse().map_err(|_| (404u16, format!("{mid:?} is not a MID")))?;
                let appliance = param("appliance").filter(|a| !a.is_empty());
                let s = Search { mids: vec![mid], ..Search::default() };
                let mut found = self.find(&s, TimeRange::default(), (false, true), 100).map_err(fail)?;
                found.messages.retain(|m| appliance.is_none_or(|a| m.appliance.as_deref() == Some(a)));
                // the connections it crossed: its ICID, and each recipient's DCID
                let mut conns = Vec::new();
                for m in &found.messages {
                    let s = Search { icids: m.icid.filter(|i| *i != 0).into_iter().collect(), ..Search::default() };
                    let dcids: Vec<u64> = m.recipients.iter().filter_map(|r| r.dcid).collect();
                    for s in [s, Search { dcids: dcids.clone(), ..Search::default() }] {
                        if s.icids.is_empty() && s.dcids.is_empty() {
                            continue;
                        }
                        let f = self.find(&s, TimeRange::default(), (true, false), 1000).map_err(fail)?;
                        conns.extend(
                            f.connections.into_iter().filter(|c| c.appliance == m.appliance && c.mids.contains(&m.mid)),
                        );
                    }
                }
                if segments[0] == "api" {
                    if found.messages.is_empty() {
                        return Err((404, format!("no message with MID {mid}")));
                    }
                    let body = serde_json::json!({ "schema_version": esa_tls::model::SCHEMA_VERSION, "messages": found.messages, "connections": conns });
                    return Ok(Reply::json(200, body.to_string().into_bytes()));
                }
                let status = if found.messages.is_empty() { 404 } else { 200 };
                Ok(Reply::html(status, web::message(&found.messages, &conns)))
            }
            ["partner", dir, group, key] => {
                let direction = match *dir {
                    "inbound" => Direction::Inbound,
                    "outbound" => Direction::Outbound,
                    _ => return Err((404, "the direction is inbound or outbound".into())),
                };
                let group = match *group {
                    "domain" => PeerGroup::Domain,
                    "host" => PeerGroup::Host,
                    _ => return Err((404, "the group is domain or host".into())),
                };
                let key = percent_encoding::percent_decode_str(key).decode_utf8_lossy().into_owned();
                let mut p = Peers::default();
                let mut b = self.open().map_err(fail)?;
                store::query::peers(b.as_mut(), range, &mut p).map_err(|e| fail(e.to_string()))?;
                let dirs =
                    if direction == Direction::Inbound { DirectionFilter::Inbound } else { DirectionFilter::Outbound };
                let mut tables = p.tables(group, dirs, PeerSort::Name, None, None);
                for t in &mut tables {
                    t.rows.retain(|r| matches!(r.first(), Some(esa_tls::report::Cell::Text(k)) if *k == key));
                    t.notes.clear();
                }
                let pattern = || esa_tls::report::filter::AddressPattern::parse(&key).map_err(bad);
                let s = match (direction, group) {
                    (_, PeerGroup::Host) => {
                        Search { peers: vec![key.clone()], direction: Some(direction), ..Search::default() }
                    }
                    (Direction::Inbound, PeerGroup::Domain) => Search { from: vec![pattern()?], ..Search::default() },
                    (Direction::Outbound, PeerGroup::Domain) => Search { to: vec![pattern()?], ..Search::default() },
                };
                let found = self.find(&s, range, (false, true), 50).map_err(fail)?;
                Ok(Reply::html(200, web::partner(&key, &tables, &found.messages)))
            }
            ["api", "summary"] => {
                let bucket = match param("bucket") {
                    None | Some("") => None,
                    Some("hour") => Some(Bucket::Hour),
                    Some("day") => Some(Bucket::Day),
                    Some(b) => return Err(bad(format!("bucket: {b:?} is not hour or day"))),
                };
                let mut r = SummaryReport { series: bucket.map(Series::new), ..Default::default() };
                let mut b = self.open().map_err(fail)?;
                store::query::summary(b.as_mut(), range, &mut r).map_err(|e| fail(e.to_string()))?;
                json_of(&|out| output::render_summary(&r, Format::Json, None, out).map(|_| ()))
            }
            ["api", "peers"] => {
                let group = match param("group") {
                    None | Some("") | Some("domain") => PeerGroup::Domain,
                    Some("host") => PeerGroup::Host,
                    Some(g) => return Err(bad(format!("group: {g:?} is not domain or host"))),
                };
                let top =
                    param("top").map(|t| t.parse::<usize>().map_err(|_| bad(format!("top: {t:?}")))).transpose()?;
                let mut p = Peers::default();
                let mut b = self.open().map_err(fail)?;
                store::query::peers(b.as_mut(), range, &mut p).map_err(|e| fail(e.to_string()))?;
                let tables = p.tables(group, DirectionFilter::Both, PeerSort::Messages, top, None);
                json_of(&|out| output::render_report("peers", &tables, Format::Json, out))
            }
            ["api", "failures"] => {
                let mut f = Failures::default();
                self.each(range, &mut |r| f.add(r)).map_err(fail)?;
                json_of(&|out| output::render_report("failures", &f.tables(), Format::Json, out))
            }
            ["api", "ciphers"] => {
                let mut c = Ciphers::default();
                self.each(range, &mut |r| c.add(r)).map_err(fail)?;
                json_of(&|out| output::render_report("ciphers", &c.tables(), Format::Json, out))
            }
            ["api", kind @ ("messages" | "connections")] => {
                let s = search_of(params).map_err(bad)?;
                let conns = *kind == "connections";
                let found = self.find(&s, range, (conns, !conns), limit).map_err(fail)?;
                let mut out = Vec::new();
                let rk = if conns { RecordKind::Connections } else { RecordKind::Messages };
                let mut w = RecordWriter::new(&mut out, rk, Format::Json);
                for m in found.messages {
                    w.record(Record::Message(m));
                }
                for c in found.connections {
                    w.record(Record::Connection(c));
                }
                w.finish().map_err(|e| fail(e.to_string()))?;
                let mut reply = Reply::json(200, out);
                if found.more {
                    reply.headers.push(("X-Esa-Tls-More".into(), "true".into()));
                }
                Ok(reply)
            }
            _ => Err((404, format!("no page {path}"))),
        }
    }

    /// Whether the request carries the token (header) or a session (cookie).
    fn allowed(&self, req: &tiny_http::Request) -> bool {
        let Some(token) = &self.token else { return true };
        for h in req.headers() {
            let v = h.value.as_str();
            if h.field.equiv("Authorization") {
                if let Some(t) = v.strip_prefix("Bearer ") {
                    if same_secret(t.trim(), token) {
                        return true;
                    }
                }
            }
            if h.field.equiv("Cookie") {
                let sessions = self.sessions.lock().map(|s| s.clone()).unwrap_or_default();
                for c in v.split(';') {
                    if let Some(id) = c.trim().strip_prefix("esa_tls_session=") {
                        if sessions.iter().any(|s| same_secret(s, id)) {
                            return true;
                        }
                    }
                }
            }
        }
        false
    }

    fn handle(&self, mut req: tiny_http::Request) {
        let url = req.url().to_string();
        let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
        let path = path.to_string();
        let api = path.starts_with("/api/");
        let method = req.method().clone();
        let reply = if path == "/login" && method == tiny_http::Method::Post {
            let mut body = String::new();
            let _ = req.as_reader().take(4096).read_to_string(&mut body);
            let given = parse_query(&body).into_iter().find(|(k, _)| k == "token").map(|(_, v)| v).unwrap_or_default();
            match &self.token {
                Some(t) if same_secret(&given, t) => {
                    let id = random_id();
                    if let Ok(mut s) = self.sessions.lock() {
                        s.insert(id.clone());
                    }
                    let mut r = Reply::html(303, web::error("Signed in", "Go on to the dashboard."));
                    r.headers.push(("Location".into(), "/".into()));
                    r.headers.push((
                        "Set-Cookie".into(),
                        format!("esa_tls_session={id}; HttpOnly; SameSite=Strict; Path=/"),
                    ));
                    r
                }
                Some(_) => Reply::html(401, web::login(true)),
                None => {
                    let mut r = Reply::html(303, String::new());
                    r.headers.push(("Location".into(), "/".into()));
                    r
                }
            }
        } else if !matches!(method, tiny_http::Method::Get | tiny_http::Method::Head) {
            Reply::error(405, api, "read-only: GET only")
        } else if !self.allowed(&req) {
            if api {
                Reply::error(401, true, "give the access token: Authorization: Bearer TOKEN")
            } else {
                Reply::html(401, web::login(false))
            }
        } else {
            match self.route(&path, &parse_query(query)) {
                Ok(r) => r,
                Err((status, m)) => Reply::error(status, api, &m),
            }
        };
        if reply.status >= 400 && !self.quiet && reply.status != 401 && reply.status != 404 {
            err(format!(
                "{} {path}: {}",
                reply.status,
                String::from_utf8_lossy(&reply.body).chars().take(300).collect::<String>()
            ));
        }
        let mut resp = tiny_http::Response::from_data(reply.body).with_status_code(reply.status);
        let mut headers = vec![
            ("Content-Type".to_string(), reply.kind.to_string()),
            (
                "Content-Security-Policy".into(),
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'".into(),
            ),
            ("X-Content-Type-Options".into(), "nosniff".into()),
            ("Referrer-Policy".into(), "no-referrer".into()),
            ("Cache-Control".into(), "no-store".into()),
        ];
        headers.extend(reply.headers);
        for (k, v) in headers {
            if let Ok(h) = tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()) {
                resp.add_header(h);
            }
        }
        let _ = req.respond(resp);
    }
}

pub fn run(a: &ServeArgs) -> u8 {
    let Some(addr) = or_say(socket_addr(&a.listen, "--listen")) else {
        return EXIT_ERROR;
    };
    let token = match (&a.token_file, &a.token, std::env::var("ESA_TLS_TOKEN").ok().filter(|t| !t.is_empty())) {
        (Some(f), _, _) => match token_file(f, "--token-file") {
            Ok(t) => Some(t),
            Err(e) => {
                err(e);
                return EXIT_ERROR;
            }
        },
        (None, Some(t), _) => Some(t.clone()),
        (None, None, env) => env,
    };
    if let Some(Err(e)) = token.as_deref().map(check_token) {
        err(e);
        return EXIT_ERROR;
    }
    if !addr.ip().is_loopback() && token.is_none() {
        err(format!(
            "--listen {addr} is reachable from other machines: give an access token (--token-file FILE, or $ESA_TLS_TOKEN)"
        ));
        return EXIT_ERROR;
    }
    let url = store_url(a.store.as_deref().unwrap_or(""));
    if let Err(e) = store::open_existing(&url) {
        err(e);
        return EXIT_ERROR;
    }
    let server = match tiny_http::Server::http(addr) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            err(format!("--listen {addr}: {e}"));
            return EXIT_ERROR;
        }
    };
    let app =
        Arc::new(App { url, token, sessions: Mutex::new(HashSet::new()), limit: a.limit as usize, quiet: a.quiet });
    if !a.quiet {
        err(format!("serving {} on http://{addr}/ (read-only)", app.url_for_people()));
    }
    let stop = stop_flag();
    let workers: Vec<_> = (0..a.workers)
        .map(|_| {
            let (server, app, stop) = (server.clone(), app.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    match server.recv_timeout(Duration::from_millis(200)) {
                        Ok(Some(req)) => app.handle(req),
                        Ok(None) => {}
                        Err(_) => break,
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    EXIT_OK
}
