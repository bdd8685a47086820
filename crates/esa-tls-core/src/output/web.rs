//! The pages of the web app (`esa-tls serve`): the dashboard (the HTML report's content), a search
//! page, a message page and a partner page, in one layout with a navigation bar. maud escapes every
//! value: what comes from a log is shown as text, never as markup.

use super::html::{page, report_body, Covered};
use crate::model::{Connection, Direction, Hop, Message};
use crate::report::dashboard::Dashboard;
use crate::report::Table;
use maud::{html, Markup};

/// The values of the search form, as given (shown back in the form).
#[derive(Debug, Clone, Default)]
pub struct SearchForm {
    pub fields: Vec<(&'static str, String)>,
}

impl SearchForm {
    fn get(&self, name: &str) -> &str {
        self.fields.iter().find(|(n, _)| *n == name).map_or("", |(_, v)| v.as_str())
    }
}

/// The search fields: (query name, label, placeholder).
pub const SEARCH_FIELDS: [(&str, &str, &str); 12] = [
    ("mid", "MID", "123456"),
    ("message_id", "Message-ID", "<id@host>"),
    ("from", "From", "address, @domain or domain"),
    ("to", "To", "address, @domain or domain"),
    ("subject", "Subject", "part of the subject"),
    ("peer", "Peer", "IP, host or domain"),
    ("icid", "ICID", ""),
    ("dcid", "DCID", ""),
    ("tls", "TLS", "success, failed, none, unknown"),
    ("direction", "Direction", "inbound or outbound"),
    ("since", "Since", "2024-03-01T08:00"),
    ("until", "Until", "2024-03-02"),
];

fn nav(active: &str) -> Markup {
    html! {
        nav style="margin-bottom:1rem;border-bottom:1px solid #d9dde5;padding-bottom:.4rem" {
            @for (href, name) in [("/", "Dashboard"), ("/search", "Search"), ("/api/summary", "API")] {
                @if name == active { strong style="margin-right:1.2rem" { (name) } }
                @else { a href=(href) style="margin-right:1.2rem" { (name) } }
            }
        }
    }
}

/// The dashboard: the HTML report's content over the store.
pub fn dashboard(d: &Dashboard, covered: &Covered) -> String {
    page("esa-tls: dashboard", nav("Dashboard"), report_body(d, covered))
}

fn verdict(h: Option<&Hop>) -> Markup {
    let tls = h.map_or("unknown", |h| h.tls.as_str());
    let class = match tls {
        "success" => "good",
        "failed" | "none" => "bad",
        _ => "warn",
    };
    html! { span class=(class) { (tls) } }
}

fn hop_detail(h: Option<&Hop>) -> Markup {
    html! {
        @if let Some(h) = h {
            @if let Some(p) = &h.protocol { (p) " " }
            @if let Some(c) = &h.cipher { code { (c) } " " }
            @if let Some(cn) = &h.cn { "cert " (cn) " " }
            @if let Some(r) = &h.reason { span.bad { (r) } }
        }
    }
}

fn message_link(m: &Message) -> String {
    match &m.appliance {
        Some(a) => format!("/message/{}?appliance={}", m.mid, crate::output::web::query_escape(a)),
        None => format!("/message/{}", m.mid),
    }
}

/// Percent-encodes a query value.
pub fn query_escape(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn messages_table(found: &[Message]) -> Markup {
    html! {
        table data-table="messages" {
            thead { tr { th { "time" } th { "MID" } th { "from" } th { "to" } th { "subject" } th { "received" } th { "delivered" } } }
            tbody {
                @for m in found {
                    tr {
                        td { (m.started.or(m.finished).map(|t| t.to_string()).unwrap_or_default()) }
                        td { a href=(message_link(m)) data-mid=(m.mid) { (m.mid) } }
                        td { (m.from.as_deref().unwrap_or("")) }
                        td { @for (i, r) in m.recipients.iter().enumerate() { @if i > 0 { br; } (r.to.as_deref().unwrap_or("")) } }
                        td { (m.subject.as_deref().map(crate::model::decode_rfc2047).unwrap_or_default()) }
                        td { (verdict(m.received.as_deref())) }
                        td { @for (i, r) in m.recipients.iter().enumerate() { @if i > 0 { br; } (verdict(r.delivery.as_deref().filter(|_| r.attempts > 0))) } }
                    }
                }
            }
        }
    }
}

/// The search page: the form, and the messages found (at most `limit`, `more` when there were more).
pub fn search(form: &SearchForm, found: &[Message], more: bool, error: Option<&str>, searched: bool) -> String {
    let body = html! {
        h1 { "Find a message" }
        form method="get" action="/search" {
            div.cards {
                @for (name, label, hint) in SEARCH_FIELDS {
                    label style="flex:1 1 200px" { (label) br; input type="text" name=(name) value=(form.get(name)) placeholder=(hint) style="width:95%"; }
                }
            }
            p { button type="submit" { "Search" } }
        }
        @if let Some(e) = error { p.bad { (e) } }
        @if searched {
            h2 { (found.len()) @if more { "+" } " messages" }
            @if more { p.muted { "Only the first " (found.len()) " are shown: narrow the search, or use the API (" code { "/api/messages" } ")." } }
            (messages_table(found))
        }
    };
    page("esa-tls: search", nav("Search"), body)
}

fn connection_row(c: &Connection) -> Markup {
    html! {
        tr {
            td { (c.direction.as_str()) }
            td data-id=(c.id) { (if c.direction == Direction::Inbound { "ICID " } else { "DCID " }) (c.id) }
            td { (c.hop.remote_host.as_deref().unwrap_or("")) " " (c.hop.remote_ip.as_deref().unwrap_or("")) }
            td { (verdict(Some(&c.hop))) }
            td { (hop_detail(Some(&c.hop))) }
            td { (c.opened.map(|t| t.to_string()).unwrap_or_default()) }
            td { (c.closed.map(|t| t.to_string()).unwrap_or_default()) }
        }
    }
}

/// A message's page: how it was received, each recipient's delivery, and the connections it crossed.
pub fn message(found: &[Message], conns: &[Connection]) -> String {
    let body = html! {
        @if found.is_empty() { h1 { "No such message" } p.muted { "The store holds no message with that MID." } }
        @for m in found {
            h1 { "MID " (m.mid) }
            p.muted { "Appliance " (m.appliance.as_deref().unwrap_or("(unnamed)")) ", " (m.started.map(|t| t.to_string()).unwrap_or_default()) " to " (m.finished.map(|t| t.to_string()).unwrap_or_default()) }
            table {
                tr { th { "from" } td { (m.from.as_deref().unwrap_or("")) } }
                tr { th { "subject" } td { (m.subject.as_deref().map(crate::model::decode_rfc2047).unwrap_or_default()) } }
                tr { th { "Message-ID" } td { (m.message_id.as_deref().unwrap_or("")) } }
                tr { th { "received" } td data-verdict="received" { (verdict(m.received.as_deref())) " " (hop_detail(m.received.as_deref())) @if let Some(i) = m.icid { " on ICID " (i) } } }
            }
            h2 { "Recipients" }
            table {
                thead { tr { th { "RID" } th { "to" } th { "status" } th { "delivered over" } th { "TLS" } th { "detail" } } }
                tbody {
                    @for r in &m.recipients {
                        tr {
                            td { (r.rid) }
                            td { (r.to.as_deref().unwrap_or("")) }
                            td { (r.status.as_str()) @if let Some(c) = &r.code { " " (c) } }
                            td { @if let Some(d) = r.dcid { "DCID " (d) } }
                            td data-verdict="delivery" { (verdict(r.delivery.as_deref().filter(|_| r.attempts > 0))) }
                            td { (hop_detail(r.delivery.as_deref())) @if let Some(resp) = &r.response { " " span.muted { (resp) } } }
                        }
                    }
                }
            }
            @if !m.disagreements.is_empty() {
                h2 { "Where the mail log and the Consolidated Event Log disagree" }
                ul { @for d in &m.disagreements { li { (d) } } }
            }
        }
        @if !conns.is_empty() {
            h2 { "Connections" }
            table {
                thead { tr { th { "direction" } th { "ID" } th { "peer" } th { "TLS" } th { "detail" } th { "opened" } th { "closed" } } }
                tbody { @for c in conns { (connection_row(c)) } }
            }
        }
    };
    page("esa-tls: message", nav(""), body)
}

/// A partner's page: its rows of the peers report, and its latest messages.
pub fn partner(name: &str, tables: &[Table], found: &[Message]) -> String {
    let body = html! {
        h1 { "Partner " (name) }
        @for t in tables {
            h2 { (t.title) }
            (super::html::table_markup(t, 50))
        }
        h2 { "Latest messages" }
        (messages_table(found))
    };
    page("esa-tls: partner", nav(""), body)
}

/// The page asking for the access token.
pub fn login(failed: bool) -> String {
    let body = html! {
        h1 { "esa-tls" }
        form method="post" action="/login" {
            p { label { "Access token " input type="password" name="token" autofocus; } " " button type="submit" { "Sign in" } }
        }
        @if failed { p.bad { "That token is not the right one." } }
    };
    page("esa-tls: sign in", html! {}, body)
}

/// A short page for errors (404, 400, 500).
pub fn error(title: &str, text: &str) -> String {
    page("esa-tls", nav(""), html! { h1 { (title) } p { (text) } })
}
