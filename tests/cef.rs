//! Consolidated Event Logs (CEF) as a second source of verdicts: alone they give message records
//! with their TLS; mixed with the mail log of the same appliance they feed the same records, and a
//! disagreement is written and said.

use crate::common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn messages(p: &Path, extra: &[&str]) -> (Vec<Value>, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_esa-tls"))
        .args(["messages", "-f", "ndjson"])
        .args(extra)
        .arg(p)
        .output()
        .unwrap();
    let recs = String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (recs, String::from_utf8_lossy(&o.stderr).into_owned())
}

/// `key=value` of a CEF line, the value up to the next space (enough for IDs and statuses).
fn field<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let i = line.find(&format!(" {key}="))? + key.len() + 2;
    line[i..].split(' ').next()
}

#[test]
fn the_corpus_consolidated_logs_give_their_messages_and_verdicts() {
    let Some(shared) = shared() else { return };
    let mut checked = 0;
    for f in [
        "corpus/sekoia_intake-formats_cisco-esa_cef/consolidated_event_cef.log",
        "corpus/elastic_integrations_cisco_secure_email_gateway/test-common-consolidated-event.TLS-subset.log",
    ] {
        let p = shared.join(f);
        let text = std::fs::read_to_string(&p).unwrap();
        let (recs, _) = messages(&p, &["--year", "2022"]);
        let mut seen = std::collections::BTreeSet::new();
        for line in text.lines().filter(|l| l.contains("ESA_CONSOLIDATED_LOG_EVENT")) {
            let Some(mid) = field(line, "ESAMID").and_then(|m| m.parse::<u64>().ok()) else { continue };
            // a second line for the same MID comes after its message went out: the first one counts
            if !seen.insert(mid) {
                continue;
            }
            let m = recs.iter().find(|r| r["mid"] == mid).unwrap_or_else(|| panic!("{f}: MID {mid}"));
            if let Some(s) = field(line, "ESATLSInConnStatus") {
                let want = if s.eq_ignore_ascii_case("success") { "success" } else { "failed" };
                assert_eq!(m["received"]["tls"], want, "{f}: MID {mid}");
                assert_eq!(m["received"]["protocol"].as_str(), field(line, "ESATLSInProtocol"));
                checked += 1;
            }
            if let Some(s) = field(line, "ESATLSOutConnStatus") {
                let want = if s.eq_ignore_ascii_case("success") { "success" } else { "failed" };
                for r in m["recipients"].as_array().unwrap().iter().filter(|r| r["attempts"].as_u64() > Some(0)) {
                    assert_eq!(r["delivery"]["tls"], want, "{f}: MID {mid}");
                }
                checked += 1;
            }
            if let Some(icid) = field(line, "ESAICID").and_then(|x| x.parse::<u64>().ok()) {
                assert_eq!(m["icid"], icid);
            }
        }
    }
    assert!(checked >= 5, "{checked} verdicts checked");
}

/// A consolidated line for a message of the sample, as the appliance would write it.
fn cef_for(mid: u64, icid: u64, inbound: &str, dane: &str) -> String {
    format!(
        "Sun Mar 10 08:07:30 2024 Info: CEF:0|Cisco|C100V Email Security Virtual Appliance|15.0.1-030|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|deviceExternalId=4229ABCDEF0123456789-0A1B2C3D4E5F ESAMID={mid} ESAICID={icid} ESATLSInConnStatus={inbound} ESATLSInProtocol=TLSv1.2 ESADaneStatus={dane} ESADaneHost=mx.partner-bank.example act=DELIVERED\n"
    )
}

#[test]
fn mixed_with_the_mail_log_they_feed_the_same_records() {
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/mail_logs.@20240310T080000.s");
    let (plain, _) = messages(&sample, &[]);
    let mut text = std::fs::read_to_string(&sample).unwrap();
    let finished_at = |text: &str, mid: u64| {
        let done = format!("Info: Message finished MID {mid} done\n");
        text.find(&done).map(|i| i + done.len())
    };
    // messages received over SMTP, in the order they finish in the log
    let mut received: Vec<&Value> = plain
        .iter()
        .filter(|m| m["icid"].as_u64() > Some(0) && m["origin"]["kind"] == "smtp")
        .filter(|m| finished_at(&text, m["mid"].as_u64().unwrap()).is_some())
        .collect();
    received.sort_by_key(|m| finished_at(&text, m["mid"].as_u64().unwrap()));
    // the appliance writes the consolidated line when the message is done, just after its last
    // line; from the first such line on, finished messages wait for theirs
    let first = *received.iter().find(|m| m["received"]["tls"] == "success").unwrap();
    let first_at = finished_at(&text, first["mid"].as_u64().unwrap()).unwrap();
    let later: Vec<&Value> = received
        .iter()
        .copied()
        .filter(|m| finished_at(&text, m["mid"].as_u64().unwrap()).unwrap() > first_at)
        .collect();
    let with = *later.iter().find(|m| m["received"]["tls"] == "success").unwrap();
    let without = *later.iter().find(|m| m["received"]["tls"] == "none").unwrap();
    // the consolidated lines agree on `first` and `with`, and disagree on `without`
    for m in [first, with, without] {
        let mid = m["mid"].as_u64().unwrap();
        let at = finished_at(&text, mid).unwrap();
        let stamp = text[..at].lines().last().unwrap()[..24].to_string();
        let line =
            cef_for(mid, m["icid"].as_u64().unwrap(), "Success", "success").replace("Sun Mar 10 08:07:30 2024", &stamp);
        text.insert_str(at, &line);
    }
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("mail_logs.@20240310T080000.s");
    std::fs::write(&p, text).unwrap();
    let (mixed, err) = messages(&p, &[]);
    assert_eq!(mixed.len(), plain.len(), "the same records, no extra one per consolidated line");
    let get = |mid: &Value| mixed.iter().find(|m| m["mid"] == *mid).unwrap();
    let agreed = get(&with["mid"]);
    assert_eq!(agreed["received"]["tls"], "success");
    assert!(agreed.get("disagreements").is_none(), "{agreed}");
    assert_eq!(agreed["dane"]["status"], "success", "DANE comes from the consolidated line");
    let disagreed = get(&without["mid"]);
    assert_eq!(disagreed["received"]["tls"], "none", "the mail log's verdict stands");
    let why = disagreed["disagreements"][0].as_str().unwrap();
    assert!(why.contains("mail log says none") && why.contains("Consolidated Event Log success"), "{why}");
    assert!(err.contains("1 message where the mail log and the Consolidated Event Log disagree"), "{err}");
    // every other record is unchanged
    for m in &plain {
        if ![&with["mid"], &without["mid"], &first["mid"]].contains(&&m["mid"]) {
            assert_eq!(get(&m["mid"]), m);
        }
    }
}
