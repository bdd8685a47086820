//! `esa-tls completions SHELL` and `esa-tls man`: shell completions (clap_complete) and the man
//! page (clap_mangen), generated from the command line's own definition.

use super::run::{err, EXIT_ERROR, EXIT_OK};
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::io::Write;

#[derive(Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Writes the completion script for a shell on stdout.
pub fn completions(a: &CompletionsArgs) -> u8 {
    let mut cmd = super::Cli::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(a.shell, &mut cmd, "esa-tls", &mut out);
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            err(format!("writing output: {e}"));
            return EXIT_ERROR;
        }
    }
    EXIT_OK
}

/// The JSON Schema of the contract (`schema/esa-tls.schema.json`, tested against real output).
pub const SCHEMA: &str = include_str!("../../schema/esa-tls.schema.json");

/// Writes the JSON Schema on stdout.
pub fn schema() -> u8 {
    let mut out = std::io::stdout().lock();
    match out.write_all(SCHEMA.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            err(format!("writing output: {e}"));
            EXIT_ERROR
        }
        _ => EXIT_OK,
    }
}

/// Writes the man page (roff) on stdout, the subcommands included.
pub fn man() -> u8 {
    let cmd = super::Cli::command();
    let mut out = std::io::stdout().lock();
    let r = clap_mangen::Man::new(cmd.clone()).render(&mut out).and_then(|_| {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let name = format!("esa-tls-{}", sub.get_name());
            clap_mangen::Man::new(sub.clone().name(name)).render(&mut out)?;
        }
        out.flush()
    });
    match r {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            err(format!("writing output: {e}"));
            EXIT_ERROR
        }
        _ => EXIT_OK,
    }
}
