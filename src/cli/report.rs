//! `esa-tls report [--html FILE] [PATH…]`: one self-contained HTML file for people: the share
//! encrypted, its trend, protocols, partners not encrypting, failures, violations of the rules
//! given, and what could not be told. The same figures as the JSON reports.

use super::args::InputArgs;
use super::run::{drive, err, finish, nothing_read, or_say, shown_url, EXIT_ERROR};
use clap::Args;
use esa_tls::output::html::{self, Covered};
use esa_tls::report::compliance::{Check, Rules};
use esa_tls::report::dashboard::Dashboard;
use esa_tls::sink::FnSink;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

#[derive(Args)]
pub struct ReportArgs {
    /// Write the report to this file (self-contained HTML: no script, no external resource); `-`,
    /// or no --html with standard output redirected (`esa-tls report LOGS > report.html`): standard
    /// output.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    /// Add a section of Required-TLS violations for these domains (see `check`).
    #[arg(long = "require-tls", value_name = "DOMAIN[,DOMAIN…]", value_delimiter = ',')]
    pub require_tls: Vec<String>,
    /// With the violations: lowest acceptable protocol.
    #[arg(long)]
    pub min_protocol: Option<String>,
}

pub fn run(a: &ReportArgs) -> u8 {
    // where it goes, decided before anything is read: HTML is not for a terminal
    let to_file = match a.html.as_deref() {
        Some(p) if p.as_os_str() != "-" => Some(p),
        Some(_) => None,
        None if std::io::stdout().is_terminal() => {
            err(
                "report writes HTML: give --html FILE, or redirect standard output (esa-tls report LOGS > report.html)",
            );
            return EXIT_ERROR;
        }
        None => None,
    };
    let check = if a.require_tls.is_empty() && a.min_protocol.is_none() {
        None
    } else {
        let Some(rules) = or_say(Rules::new(&a.require_tls, a.min_protocol.as_deref())) else {
            return EXIT_ERROR;
        };
        Some(Check::new(rules))
    };
    let Some(mut cfg) = or_say(a.input.config(true)) else {
        return EXIT_ERROR;
    };
    let mut d = Dashboard::new(check);
    let mut records = 0;
    let report = drive(
        &mut cfg,
        true,
        &mut FnSink(|r| {
            records += 1;
            d.add(&r)
        }),
    );
    if nothing_read(&report) {
        // no file: a report of zeros would be handed on as an answer
        return finish(&report, &cfg, Ok(()));
    }
    let covered = Covered {
        inputs: match &cfg.store {
            Some(url) => vec![(format!("store {}", shown_url(url)), records)],
            None => report.files.iter().map(|f| (f.source.clone(), f.lines)).collect(),
        },
        store: cfg.store.is_some(),
        version: format!("{} ({})", env!("CARGO_PKG_VERSION"), env!("ESA_TLS_COMMIT")),
        kept_by: a.input.kept_by(),
        problems: report.errors.iter().map(ToString::to_string).collect(),
        notes: if cfg.quiet { Vec::new() } else { report.notes.clone() },
    };
    let page = html::render(&d, &covered);
    let r = match to_file {
        Some(path) => {
            std::fs::write(path, page).map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(page.as_bytes()).and_then(|()| out.flush())
        }
    };
    finish(&report, &cfg, r)
}
