//! `--policy FILE`: the TLS setting per domain or host, as an admin copies it from Destination
//! Controls (outbound) or the mail flow policies (inbound).
//!
//! Format: one `<domain|.suffix|ip|default> <setting>` per line; `#` starts a comment. Settings:
//! `No`, `Preferred`, `Required`, `Preferred-Verify`, `Required-Verify` (any case; `(Verify)` also
//! accepted). `example.com` matches that domain only, `.example.com` its subdomains, `default` all else.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TlsSetting {
    No,
    Preferred,
    PreferredVerify,
    Required,
    RequiredVerify,
}

impl TlsSetting {
    pub fn is_required(self) -> bool {
        matches!(self, TlsSetting::Required | TlsSetting::RequiredVerify)
    }

    fn parse(s: &str) -> Option<Self> {
        let k: String = s.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        Some(match k.as_str() {
            "no" | "off" | "none" => TlsSetting::No,
            "preferred" => TlsSetting::Preferred,
            "preferredverify" => TlsSetting::PreferredVerify,
            "required" => TlsSetting::Required,
            "requiredverify" => TlsSetting::RequiredVerify,
            _ => return None,
        })
    }
}

impl fmt::Display for TlsSetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TlsSetting::No => "No",
            TlsSetting::Preferred => "Preferred",
            TlsSetting::PreferredVerify => "Preferred-Verify",
            TlsSetting::Required => "Required",
            TlsSetting::RequiredVerify => "Required-Verify",
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    exact: Vec<(String, TlsSetting)>,
    suffix: Vec<(String, TlsSetting)>,
    default: Option<TlsSetting>,
}

impl Policy {
    /// Parses a policy file's text; errors name the line.
    pub fn parse(text: &str) -> Result<Policy, String> {
        let mut p = Policy::default();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut parts = line.split_whitespace();
            let (Some(key), Some(setting)) = (parts.next(), parts.next()) else {
                return Err(format!("line {}: expected `<domain> <setting>`, got {raw:?}", i + 1));
            };
            let rest: Vec<&str> = parts.collect();
            let setting_text = std::iter::once(setting).chain(rest).collect::<Vec<_>>().join(" ");
            let Some(setting) = TlsSetting::parse(&setting_text) else {
                return Err(format!(
                    "line {}: unknown setting {setting_text:?} (use No, Preferred, Required, Preferred-Verify, Required-Verify)",
                    i + 1
                ));
            };
            let key = key.to_ascii_lowercase();
            if key == "default" || key == "all" {
                p.default = Some(setting);
            } else if let Some(s) = key.strip_prefix('.') {
                p.suffix.push((s.to_string(), setting));
            } else {
                p.exact.push((key, setting));
            }
        }
        Ok(p)
    }

    /// The setting for a domain, host or IP.
    pub fn lookup(&self, name: &str) -> Option<TlsSetting> {
        let name = name.to_ascii_lowercase();
        if let Some((_, s)) = self.exact.iter().find(|(k, _)| *k == name) {
            return Some(*s);
        }
        // the longest matching suffix wins
        self.suffix
            .iter()
            .filter(|(k, _)| {
                name.len() > k.len() && name.ends_with(k.as_str()) && name.as_bytes()[name.len() - k.len() - 1] == b'.'
            })
            .max_by_key(|(k, _)| k.len())
            .map(|(_, s)| *s)
            .or(self.default)
    }
}

/// Connections split like the appliance's TLS Connections report: where TLS was required (by the
/// policy, or as the log shows), success and failure; where preferred, success and failure.
/// Connections with no TLS attempt under a Required policy count as required failures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Split {
    pub required_success: u64,
    pub required_failed: u64,
    pub preferred_success: u64,
    pub preferred_failed: u64,
    /// Connections without any TLS attempt where TLS was only preferred: plaintext, not a failure
    /// in the appliance's terms, but mail in clear all the same.
    pub preferred_none: u64,
}

impl Split {
    /// From a peer's connection counts and its setting.
    pub fn of(setting: Option<TlsSetting>, c: &super::Counts) -> Split {
        if setting.is_some_and(TlsSetting::is_required) {
            Split { required_success: c.success, required_failed: c.failed + c.none, ..Split::default() }
        } else {
            Split {
                preferred_success: c.success,
                preferred_failed: c.failed,
                preferred_none: c.none,
                ..Split::default()
            }
        }
    }

    pub fn add(&mut self, o: &Split) {
        self.required_success += o.required_success;
        self.required_failed += o.required_failed;
        self.preferred_success += o.preferred_success;
        self.preferred_failed += o.preferred_failed;
        self.preferred_none += o.preferred_none;
    }
}

/// The setting of a connection: the strictest setting of its envelope domains, else of its host.
pub fn connection_setting(policy: &Policy, c: &crate::model::Connection) -> Option<TlsSetting> {
    let by_domain = c.domains.iter().filter_map(|d| policy.lookup(d)).max();
    by_domain.or_else(|| policy.lookup(&c.hop.peer_key(c.direction)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_lookup() {
        let p = Policy::parse(
            "# destination controls\npartner-bank.example  Required\n.gov.example Required-Verify\nmail.gov.example No\ndefault Preferred\n",
        )
        .unwrap();
        assert_eq!(p.lookup("partner-bank.example"), Some(TlsSetting::Required));
        assert_eq!(p.lookup("Partner-Bank.Example"), Some(TlsSetting::Required));
        assert_eq!(p.lookup("x.gov.example"), Some(TlsSetting::RequiredVerify));
        assert_eq!(p.lookup("mail.gov.example"), Some(TlsSetting::No));
        assert_eq!(
            p.lookup("gov.example"),
            Some(TlsSetting::Preferred),
            "a suffix entry does not match the bare domain"
        );
        assert_eq!(p.lookup("other.example"), Some(TlsSetting::Preferred));
        assert!(Policy::parse("x.example Sometimes\n").unwrap_err().contains("line 1"));
        assert_eq!(
            Policy::parse("a.example Preferred (Verify)").unwrap().lookup("a.example"),
            Some(TlsSetting::PreferredVerify)
        );
    }
}
