//! `esa-tls simulate`: writes a simulated ESA mail log with known verdicts (tests and benchmarks).

use super::run::{err, EXIT_ERROR, EXIT_OK};
use clap::Args;
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Args)]
pub struct SimulateArgs {
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Inbound messages to simulate.
    #[arg(long, default_value_t = 1000)]
    pub messages: u64,
    /// Stop once this many bytes were written (overrides --messages), e.g. 1G, 500M.
    #[arg(long)]
    pub size: Option<String>,
    /// Number of appliances (more than one implies syslog lines with hostnames).
    #[arg(long, default_value_t = 1)]
    pub appliances: u32,
    /// Syslog lines (`Mmm dd HH:MM:SS host mail_logs: Info: …`) instead of the on-box form.
    #[arg(long)]
    pub syslog: bool,
    /// Write the expected verdicts (JSON) to this file.
    #[arg(long)]
    pub truth: Option<PathBuf>,
}

fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1u64 << 10),
        'm' | 'M' => (&s[..s.len() - 1], 1 << 20),
        'g' | 'G' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<u64>().ok().map(|n| n * mult)
}

pub fn run(a: &SimulateArgs) -> u8 {
    let mut cfg = esa_tls_sim::Config {
        seed: a.seed,
        messages: a.messages,
        appliances: a.appliances.max(1),
        syslog: a.syslog || a.appliances > 1,
        ..Default::default()
    };
    if let Some(s) = &a.size {
        match parse_size(s) {
            Some(n) => cfg.max_bytes = Some(n),
            None => {
                err(format!("--size: cannot read {s:?} (use e.g. 500M or 1G)"));
                return EXIT_ERROR;
            }
        }
    }
    let stdout = io::stdout().lock();
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout);
    let truth = match esa_tls_sim::generate(&cfg, &mut out, a.truth.is_some()) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return EXIT_OK,
        Err(e) => {
            err(format!("writing output: {e}"));
            return EXIT_ERROR;
        }
    };
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            err(format!("writing output: {e}"));
            return EXIT_ERROR;
        }
    }
    if let Some(path) = &a.truth {
        let r = std::fs::File::create(path)
            .map_err(|e| e.to_string())
            .and_then(|f| serde_json::to_writer(io::BufWriter::new(f), &truth).map_err(|e| e.to_string()));
        if let Err(e) = r {
            err(format!("{}: {e}", path.display()));
            return EXIT_ERROR;
        }
    }
    EXIT_OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1G"), Some(1 << 30));
        assert_eq!(parse_size("500M"), Some(500 << 20));
        assert_eq!(parse_size("123"), Some(123));
        assert_eq!(parse_size("x"), None);
    }
}
