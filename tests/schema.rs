//! The published JSON Schema (`schema/esa-tls.schema.json`, printed by `esa-tls schema`) holds for
//! real output of every command and format it describes. A small validator of the keywords the
//! schema uses ($ref, type, enum, const, required, properties, additionalProperties, items, oneOf,
//! minimum, pattern) keeps the test free of a schema crate.

use serde_json::Value;
use std::path::{Path, PathBuf};

fn schema() -> Value {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls")).arg("schema").output().unwrap();
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let file: Value = serde_json::from_str(
        &std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema/esa-tls.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(printed, file, "esa-tls schema prints the published file");
    file
}

fn resolve<'a>(root: &'a Value, r: &str) -> &'a Value {
    let name = r.strip_prefix("#/$defs/").unwrap_or_else(|| panic!("unsupported $ref {r}"));
    &root["$defs"][name]
}

fn type_is(t: &str, v: &Value) -> bool {
    match t {
        "string" => v.is_string(),
        "integer" => v.is_u64() || v.is_i64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        "null" => v.is_null(),
        other => panic!("unsupported type {other}"),
    }
}

/// Errors of `v` against schema `s` (empty: valid), with the path.
fn check(root: &Value, s: &Value, v: &Value, path: &str, errs: &mut Vec<String>) {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return check(root, resolve(root, r), v, path, errs);
    }
    if let Some(t) = s.get("type") {
        let ok = match t {
            Value::String(t) => type_is(t, v),
            Value::Array(ts) => ts.iter().any(|t| type_is(t.as_str().unwrap(), v)),
            _ => panic!("bad type"),
        };
        if !ok {
            errs.push(format!("{path}: {v} is not of type {t}"));
            return;
        }
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            errs.push(format!("{path}: {v} not in {e:?}"));
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            errs.push(format!("{path}: {v} is not {c}"));
        }
    }
    if let (Some(m), Some(n)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if n < m {
            errs.push(format!("{path}: {n} < {m}"));
        }
    }
    if let (Some(p), Some(x)) = (s.get("pattern").and_then(Value::as_str), v.as_str()) {
        assert_eq!(p, "^[a-z_]+$", "unsupported pattern");
        if x.is_empty() || !x.bytes().all(|c| c.is_ascii_lowercase() || c == b'_') {
            errs.push(format!("{path}: {x:?} does not match {p}"));
        }
    }
    if let Some(obj) = v.as_object() {
        for r in s.get("required").and_then(Value::as_array).into_iter().flatten() {
            if !obj.contains_key(r.as_str().unwrap()) {
                errs.push(format!("{path}: missing {r}"));
            }
        }
        let props = s.get("properties").and_then(Value::as_object);
        for (k, x) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(ps) => check(root, ps, x, &format!("{path}.{k}"), errs),
                None => match s.get("additionalProperties") {
                    Some(Value::Bool(false)) => errs.push(format!("{path}: unexpected {k}")),
                    Some(ap @ Value::Object(_)) => check(root, ap, x, &format!("{path}.{k}"), errs),
                    _ => {}
                },
            }
        }
    }
    if let (Some(items), Some(arr)) = (s.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            check(root, items, x, &format!("{path}[{i}]"), errs);
        }
    }
    if let Some(alts) = s.get("oneOf").and_then(Value::as_array) {
        let passing = alts
            .iter()
            .filter(|a| {
                let mut e = Vec::new();
                check(root, a, v, path, &mut e);
                e.is_empty()
            })
            .count();
        if passing != 1 {
            errs.push(format!("{path}: {passing} of the oneOf alternatives hold"));
        }
    }
}

fn valid(root: &Value, def: &str, v: &Value) {
    let mut errs = Vec::new();
    check(root, resolve(root, &format!("#/$defs/{def}")), v, "$", &mut errs);
    assert!(errs.is_empty(), "{def}: {errs:#?}");
}

fn run(args: &[&str], paths: &[&Path]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(args)
        .args(paths)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn lines(s: &str) -> Vec<Value> {
    s.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn real_output_follows_the_published_schema() {
    let root = schema();
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s");
    let seed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed_118500_examples.log");
    for p in [&sample, &seed] {
        let p = p.as_path();
        for m in lines(&run(&["messages", "-f", "ndjson"], &[p])) {
            valid(&root, "message", &m);
        }
        for c in lines(&run(&["connections", "-f", "ndjson"], &[p])) {
            valid(&root, "connection", &c);
        }
        valid(&root, "messages_document", &serde_json::from_str(&run(&["messages", "-f", "json"], &[p])).unwrap());
        valid(
            &root,
            "connections_document",
            &serde_json::from_str(&run(&["connections", "-f", "json"], &[p])).unwrap(),
        );
    }
    let d = tempfile::tempdir().unwrap();
    let policy = d.path().join("policy");
    std::fs::write(&policy, "strict-gov.example Required\n").unwrap();
    let summary = run(&["summary", "-f", "json", "--bucket", "hour", "--policy", policy.to_str().unwrap()], &[&sample]);
    valid(&root, "summary_document", &serde_json::from_str(&summary).unwrap());
    valid(&root, "summary_document", &lines(&run(&["summary", "-f", "ndjson"], &[&sample]))[0]);
    for args in [
        vec!["peers", "--bucket", "hour"],
        vec!["failures"],
        vec!["ciphers"],
        vec!["check", "--require-tls", "strict-gov.example", "--min-protocol", "TLSv1.2"],
        vec!["impact", "--require-tls", "plainmail.example", "--min-protocol", "TLSv1.2"],
    ] {
        let mut a = args.clone();
        a.extend(["-f", "json"]);
        valid(&root, "report_document", &serde_json::from_str(&run(&a, &[&sample])).unwrap());
        let mut a = args.clone();
        a.extend(["-f", "ndjson"]);
        let rows = lines(&run(&a, &[&sample]));
        assert!(!rows.is_empty(), "{args:?}");
        for r in rows {
            valid(&root, "report_row", &r);
        }
    }
    let traces: Value = serde_json::from_str(&run(&["trace", "500096", "-f", "json"], &[&sample])).unwrap();
    valid(&root, "traces_document", &traces);
    let traces: Value = serde_json::from_str(&run(&["trace", "200257075", "-f", "json"], &[&seed])).unwrap();
    valid(&root, "traces_document", &traces);
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    let root = schema();
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s");
    let m = lines(&run(&["messages", "-f", "ndjson"], &[&sample])).remove(0);
    let mut errs = Vec::new();
    let mut bad = m.clone();
    bad["recipients"][0]["status"] = "lost".into();
    check(&root, resolve(&root, "#/$defs/message"), &bad, "$", &mut errs);
    assert!(!errs.is_empty(), "an unknown status");
    let mut bad = m.clone();
    bad.as_object_mut().unwrap().remove("mid");
    errs.clear();
    check(&root, resolve(&root, "#/$defs/message"), &bad, "$", &mut errs);
    assert!(!errs.is_empty(), "a missing field");
    let mut bad = m;
    bad["received"]["tls"] = "maybe".into();
    errs.clear();
    check(&root, resolve(&root, "#/$defs/message"), &bad, "$", &mut errs);
    assert!(!errs.is_empty(), "an unknown verdict");
}
