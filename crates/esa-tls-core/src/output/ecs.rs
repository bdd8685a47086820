//! The ECS renderer: Elastic Common Schema documents, one JSON object per line, for an
//! Elasticsearch or OpenSearch `_bulk` load, Filebeat or Elastic Agent reading NDJSON, or Splunk.
//!
//! TLS is a property of a hop, so a message gives one document per hop: its receipt
//! (`email.direction: inbound`, the sender's connection in `source.*`) and each recipient's last
//! delivery attempt (`outbound`, the receiving server in `destination.*`); a connection gives one
//! document. Everything ECS does not define is under `esa_tls.*` (the verdict with its four values,
//! IDs, statuses). The mapping table is in the README.

use super::{JsonBuf, Renderer};
use crate::model::{Connection, Direction, Hop, Message, Recipient, TlsOutcome, SCHEMA_VERSION};
use crate::report::summary::SummaryReport;
use crate::report::Table;
use crate::time::LogTime;
use crate::trace::Trace;
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// ECS documents as NDJSON.
#[derive(Default)]
pub struct EcsRenderer {
    buf: JsonBuf,
}

/// The ECS version the documents follow.
pub const ECS_VERSION: &str = "8.11.0";

fn not_records(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("--format ecs writes records (messages, connections), not {what}; use json or ndjson"),
    )
}

/// `TLSv1.2` → (`tls`, `1.2`); `SSLv3` → (`ssl`, `3`); `TLSv1` → (`tls`, `1.0`).
fn version_protocol(p: &str) -> Option<(&'static str, String)> {
    let l = p.to_ascii_lowercase();
    if let Some(v) = l.strip_prefix("tlsv") {
        let v = v.split('/').next().unwrap_or(v);
        return Some(("tls", if v.contains('.') { v.to_string() } else { format!("{v}.0") }));
    }
    l.strip_prefix("sslv").map(|v| ("ssl", v.to_string()))
}

fn time(t: Option<LogTime>) -> Option<String> {
    t.map(|t| t.to_string())
}

/// Inserts a value at a dotted path (`tls.server.x509.subject.common_name`), building the objects.
fn put(doc: &mut Map<String, Value>, path: &str, v: Value) {
    if v.is_null() {
        return;
    }
    let mut parts = path.split('.').peekable();
    let mut cur = doc;
    while let Some(p) = parts.next() {
        if parts.peek().is_none() {
            cur.insert(p.to_string(), v);
            return;
        }
        cur = cur.entry(p.to_string()).or_insert_with(|| Value::Object(Map::new())).as_object_mut().expect("an object");
    }
}

fn opt(s: Option<&str>) -> Value {
    s.map_or(Value::Null, |s| Value::String(s.to_string()))
}

/// The `tls.*` fields and the outcome of a hop.
fn hop_fields(doc: &mut Map<String, Value>, h: &Hop, side: &str) {
    put(doc, "tls.established", Value::Bool(h.tls == TlsOutcome::Success));
    if let Some((proto, version)) = h.protocol.as_deref().and_then(version_protocol) {
        put(doc, "tls.version_protocol", json!(proto));
        put(doc, "tls.version", json!(version));
    }
    put(doc, "tls.cipher", opt(h.cipher.as_deref()));
    if let Some(cn) = h.cn.as_deref() {
        put(doc, "tls.server.x509.subject.common_name", json!([cn]));
        put(doc, "tls.server.subject", json!(format!("CN={cn}")));
    }
    put(doc, &format!("{side}.ip"), opt(h.remote_ip.as_deref()));
    put(doc, &format!("{side}.domain"), opt(h.remote_host.as_deref()));
    if let Some(ip) = h.remote_ip.as_deref() {
        put(doc, "related.ip", json!([ip]));
    }
    if let Some(host) = h.remote_host.as_deref() {
        put(doc, "related.hosts", json!([host]));
    }
    let outcome = match h.tls {
        TlsOutcome::Success => "success",
        TlsOutcome::Failed | TlsOutcome::None => "failure",
        TlsOutcome::Unknown => "unknown",
    };
    put(doc, "event.outcome", json!(outcome));
    put(doc, "esa_tls.tls", json!(h.tls.as_str()));
    put(doc, "esa_tls.tls_required", json!(h.required));
    put(doc, "esa_tls.reason", opt(h.reason.as_deref()));
    if let Some(r) = h.reason.as_deref() {
        put(doc, "event.reason", json!(r));
    }
}

/// What every document carries: the event, the appliance, the time.
fn base(appliance: Option<&str>, dataset: &str, t: Option<LogTime>, event_type: &str) -> Map<String, Value> {
    let mut doc = Map::new();
    put(&mut doc, "@timestamp", opt(time(t).as_deref()));
    put(&mut doc, "ecs.version", json!(ECS_VERSION));
    put(&mut doc, "event.kind", json!("event"));
    put(&mut doc, "event.category", json!(["email", "network"]));
    put(&mut doc, "event.type", json!([event_type]));
    put(&mut doc, "event.module", json!("esa_tls"));
    put(&mut doc, "event.dataset", json!(dataset));
    put(&mut doc, "observer.vendor", json!("Cisco"));
    put(&mut doc, "observer.product", json!("Secure Email Gateway"));
    put(&mut doc, "observer.type", json!("mail-gateway"));
    if let Some(a) = appliance {
        // a hostname, or the serial number of an on-box file's header
        let serial = a.len() >= 20 && a.contains('-') && !a.contains('.');
        put(&mut doc, if serial { "observer.serial_number" } else { "observer.name" }, json!(a));
    }
    put(&mut doc, "esa_tls.schema_version", json!(SCHEMA_VERSION));
    doc
}

/// The `email.*` fields of a message.
fn email(doc: &mut Map<String, Value>, m: &Message, direction: &str, to: Vec<&str>) {
    put(doc, "email.direction", json!(direction));
    put(doc, "network.direction", json!(direction));
    put(doc, "email.local_id", json!(m.mid.to_string()));
    if let Some(f) = m.from.as_deref().filter(|f| !f.is_empty()) {
        put(doc, "email.from.address", json!([f]));
    }
    if !to.is_empty() {
        put(doc, "email.to.address", json!(to));
    }
    put(doc, "email.message_id", opt(m.message_id.as_deref()));
    put(doc, "email.subject", opt(m.subject.as_deref()));
    put(doc, "event.start", opt(time(m.started).as_deref()));
    put(doc, "event.end", opt(time(m.finished).as_deref()));
    put(doc, "esa_tls.mid", json!(m.mid));
    put(doc, "esa_tls.icid", m.icid.map_or(Value::Null, |i| json!(i)));
    put(doc, "esa_tls.origin", json!(m.origin.kind.as_str()));
    put(doc, "esa_tls.parent_mid", m.origin.parent.map_or(Value::Null, |p| json!(p)));
    if let Some(d) = &m.dane {
        put(doc, "esa_tls.dane.status", json!(&*d.status));
        put(doc, "esa_tls.dane.host", opt(d.host.as_deref()));
    }
    if !m.disagreements.is_empty() {
        put(doc, "esa_tls.disagreements", json!(m.disagreements));
    }
}

fn delivery(m: &Message, r: &Recipient, h: &Hop) -> Map<String, Value> {
    let mut doc = base(m.appliance.as_deref(), "esa_tls.delivery", r.last_attempt.or(m.started), "info");
    email(&mut doc, m, "outbound", r.to.as_deref().into_iter().collect());
    hop_fields(&mut doc, h, "destination");
    put(&mut doc, "email.delivery_timestamp", opt(time(r.last_attempt).as_deref()));
    put(&mut doc, "esa_tls.rid", json!(r.rid));
    put(&mut doc, "esa_tls.dcid", r.dcid.map_or(Value::Null, |d| json!(d)));
    put(&mut doc, "esa_tls.status", json!(r.status.as_str()));
    put(&mut doc, "esa_tls.attempts", json!(r.attempts));
    put(&mut doc, "esa_tls.code", opt(r.code.as_deref()));
    doc
}

impl Renderer for EcsRenderer {
    /// The receipt (over SMTP) and each attempted recipient's delivery, one document each.
    fn message(&mut self, out: &mut dyn Write, m: &Message) -> io::Result<()> {
        if let (true, Some(h)) = (m.received_over_smtp(), m.received.as_deref()) {
            let mut doc = base(m.appliance.as_deref(), "esa_tls.receipt", m.started, "info");
            let to: Vec<&str> = m.recipients.iter().filter_map(|r| r.to.as_deref()).collect();
            email(&mut doc, m, "inbound", to);
            hop_fields(&mut doc, h, "source");
            self.buf.write(out, b"", &Value::Object(doc), b"\n")?;
        }
        for r in m.recipients.iter().filter(|r| r.attempts > 0) {
            if let Some(h) = r.delivery.as_deref() {
                self.buf.write(out, b"", &Value::Object(delivery(m, r, h)), b"\n")?;
            }
        }
        Ok(())
    }

    fn connection(&mut self, out: &mut dyn Write, c: &Connection) -> io::Result<()> {
        let mut doc = base(c.appliance.as_deref(), "esa_tls.connection", c.opened.or(c.closed), "connection");
        let (dir, side) = match c.direction {
            Direction::Inbound => ("inbound", "source"),
            Direction::Outbound => ("outbound", "destination"),
        };
        put(&mut doc, "network.direction", json!(dir));
        hop_fields(&mut doc, &c.hop, side);
        put(&mut doc, "event.start", opt(time(c.opened).as_deref()));
        put(&mut doc, "event.end", opt(time(c.closed).as_deref()));
        put(&mut doc, "error.message", opt(c.error.as_deref()));
        put(&mut doc, if c.direction == Direction::Inbound { "esa_tls.icid" } else { "esa_tls.dcid" }, json!(c.id));
        put(&mut doc, "esa_tls.seen_from_start", json!(c.seen_from_start));
        put(&mut doc, "esa_tls.mids", json!(c.mids));
        put(&mut doc, "esa_tls.domains", json!(c.domains));
        if let Some(hat) = &c.hat {
            put(&mut doc, "esa_tls.hat.action", json!(hat.action));
            put(&mut doc, "esa_tls.hat.sender_group", opt(hat.sender_group.as_deref()));
        }
        self.buf.write(out, b"", &Value::Object(doc), b"\n")
    }

    fn report(&mut self, _out: &mut dyn Write, name: &str, _tables: &[Table]) -> io::Result<()> {
        Err(not_records(&format!("the {name} report")))
    }

    fn summary(&mut self, _out: &mut dyn Write, _r: &SummaryReport, _extra: &[Table]) -> io::Result<()> {
        Err(not_records("the summary"))
    }

    fn traces(&mut self, _out: &mut dyn Write, _traces: &[Trace]) -> io::Result<()> {
        Err(not_records("traces"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_names_become_ecs_versions() {
        assert_eq!(version_protocol("TLSv1.2"), Some(("tls", "1.2".into())));
        assert_eq!(version_protocol("TLSv1.3"), Some(("tls", "1.3".into())));
        assert_eq!(version_protocol("TLSv1"), Some(("tls", "1.0".into())));
        assert_eq!(version_protocol("TLSv1/SSLv3"), Some(("tls", "1.0".into())));
        assert_eq!(version_protocol("SSLv3"), Some(("ssl", "3".into())));
        assert_eq!(version_protocol("weird"), None);
    }
}
