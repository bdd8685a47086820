//! `--format ecs`: every field is an ECS field with its ECS type (checked against the ECS
//! reference in ../shared/reference/ecs), or under the one custom prefix `esa_tls.`.

use crate::common::*;
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;

/// Field → (type, allowed values) from ecs_flat.yml: top-level keys, their `type:`, and the names
/// listed under `allowed_values:`.
fn ecs_fields(yml: &str) -> HashMap<String, (String, Vec<String>)> {
    let mut out = HashMap::new();
    let mut cur: Option<String> = None;
    let mut in_allowed = false;
    for l in yml.lines() {
        if !l.starts_with(' ') && l.ends_with(':') {
            let name = l.trim_end_matches(':').trim_matches('\'').to_string();
            out.insert(name.clone(), (String::new(), Vec::new()));
            cur = Some(name);
            in_allowed = false;
            continue;
        }
        let Some(c) = &cur else { continue };
        if let Some(t) = l.strip_prefix("  type: ") {
            out.get_mut(c).unwrap().0 = t.trim().to_string();
        }
        if l.starts_with("  allowed_values:") {
            in_allowed = true;
        } else if l.starts_with("  ") && !l.starts_with("   ") && !l.starts_with("  -") {
            in_allowed = false;
        }
        if in_allowed {
            if let Some(v) = l.trim_start().strip_prefix("name: ").or_else(|| l.trim_start().strip_prefix("- name: ")) {
                out.get_mut(c).unwrap().1.push(v.trim().to_string());
            }
        }
    }
    out
}

fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&p, x, out);
            }
        }
        _ => out.push((prefix.to_string(), v.clone())),
    }
}

fn type_ok(ty: &str, v: &Value) -> bool {
    let one = |x: &Value| match ty {
        "keyword" | "wildcard" | "match_only_text" | "text" | "constant_keyword" => x.is_string(),
        "boolean" => x.is_boolean(),
        "long" | "integer" | "short" | "byte" | "unsigned_long" => x.is_u64() || x.is_i64(),
        "ip" => x.as_str().is_some_and(|s| s.parse::<std::net::IpAddr>().is_ok()),
        "date" => x.as_str().is_some_and(|s| s.len() >= 20 && s.as_bytes()[4] == b'-' && s.contains('T')),
        _ => false,
    };
    match v {
        Value::Array(a) => !a.is_empty() && a.iter().all(one),
        x => one(x),
    }
}

#[test]
fn ecs_documents_use_ecs_fields_with_ecs_types() {
    let Some(shared) = shared() else { return };
    let yml = std::fs::read_to_string(shared.join("reference/ecs/ecs_flat.yml")).unwrap();
    let ecs = ecs_fields(&yml);
    assert!(ecs.len() > 1000 && ecs["tls.established"].0 == "boolean", "the reference was read");
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s");
    let mut seen = std::collections::BTreeSet::new();
    for cmd in ["messages", "connections"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"))
            .args([cmd, "-f", "ecs"])
            .arg(&sample)
            .output()
            .unwrap();
        assert!(out.status.success());
        let docs: Vec<Value> =
            String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert!(docs.len() > 20, "{cmd}");
        for d in &docs {
            let mut fields = Vec::new();
            flatten("", d, &mut fields);
            for (k, v) in fields {
                seen.insert(k.clone());
                if k.starts_with("esa_tls.") {
                    continue;
                }
                let (ty, allowed) =
                    ecs.get(&k).unwrap_or_else(|| panic!("{k} is not an ECS field (and not under esa_tls.)"));
                assert!(type_ok(ty, &v), "{k}: {v} is not of ECS type {ty}");
                if !allowed.is_empty() {
                    let vals: Vec<&str> = match &v {
                        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                        x => x.as_str().into_iter().collect(),
                    };
                    for x in vals {
                        assert!(allowed.iter().any(|a| a == x), "{k}: {x} is not an allowed value {allowed:?}");
                    }
                }
            }
            assert!(d["@timestamp"].is_string(), "every document has its time");
        }
    }
    for must in [
        "@timestamp",
        "event.kind",
        "event.category",
        "event.type",
        "event.outcome",
        "event.dataset",
        "email.direction",
        "email.from.address",
        "email.to.address",
        "email.message_id",
        "email.subject",
        "email.local_id",
        "tls.established",
        "tls.version",
        "tls.version_protocol",
        "tls.cipher",
        "tls.server.x509.subject.common_name",
        "source.ip",
        "destination.ip",
        "observer.serial_number",
        "observer.product",
    ] {
        assert!(seen.contains(must), "{must} never written");
    }
}

#[test]
fn one_document_per_hop_with_the_hop_s_verdict() {
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s");
    let run = |f: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"))
            .args(["messages", "-f", f])
            .arg(&sample)
            .output()
            .unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .collect::<Vec<_>>()
    };
    let (records, docs) = (run("ndjson"), run("ecs"));
    let mut want = 0;
    for m in &records {
        let mid = m["mid"].as_u64().unwrap().to_string();
        let received = m["icid"].as_u64().is_some_and(|i| i != 0) && m["origin"]["kind"] == "smtp";
        if received {
            want += 1;
            let d = docs
                .iter()
                .find(|d| d["email"]["local_id"] == mid.as_str() && d["email"]["direction"] == "inbound")
                .unwrap();
            assert_eq!(d["esa_tls"]["tls"], m["received"]["tls"], "MID {mid}");
            assert_eq!(d["tls"]["established"], m["received"]["tls"] == "success");
        }
        for r in m["recipients"].as_array().unwrap().iter().filter(|r| r["attempts"].as_u64() > Some(0)) {
            want += 1;
            let d = docs
                .iter()
                .find(|d| {
                    d["email"]["local_id"] == mid.as_str()
                        && d["esa_tls"]["rid"] == r["rid"]
                        && d["email"]["direction"] == "outbound"
                })
                .unwrap();
            assert_eq!(d["esa_tls"]["tls"], r["delivery"]["tls"]);
            assert_eq!(d["destination"]["ip"], r["delivery"]["remote_ip"]);
        }
    }
    assert_eq!(docs.len(), want);
}
