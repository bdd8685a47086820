//! The rules of `check` and `impact`: `--require-tls` and `--min-protocol`.

use super::args::ReportArgs;
use super::run::{err, EXIT_ERROR};
use clap::Args;
use esa_tls::report::compliance::Rules;

#[derive(Args)]
pub struct RulesArgs {
    #[command(flatten)]
    pub report: ReportArgs,
    /// Domain that must send and receive over TLS: `example.com` (with subdomains), `*.example.com`
    /// (subdomains only), `@example.com` (the domain only). Repeat the option or give a comma list.
    #[arg(long = "require-tls", value_name = "DOMAIN[,DOMAIN…]", value_delimiter = ',')]
    pub require_tls: Vec<String>,
    /// Lowest acceptable TLS protocol, e.g. TLSv1.2 (any case; `1.2` works too).
    #[arg(long)]
    pub min_protocol: Option<String>,
    /// `check`: list at most N violations, the earliest (default: all; every one is counted).
    #[arg(long, value_name = "N")]
    pub max_listed: Option<usize>,
}

impl RulesArgs {
    /// The rules, validated; `Err` holds the exit code after the error was said.
    pub fn rules(&self) -> Result<Rules, u8> {
        let rules = Rules::new(&self.require_tls, self.min_protocol.as_deref()).map_err(|m| {
            err(m);
            EXIT_ERROR
        })?;
        if rules.require_tls.is_empty() && rules.min_protocol.is_none() {
            err("give --require-tls DOMAIN[,DOMAIN…] and/or --min-protocol VERSION");
            return Err(EXIT_ERROR);
        }
        Ok(rules)
    }

    /// Notes on stderr unless `--quiet`.
    pub fn say(&self, notes: Vec<String>) {
        for n in notes {
            super::run::note(self.report.input.quiet, Some(n));
        }
    }
}
