//! `esa-tls completions SHELL` and `esa-tls man`: shell completions (clap_complete) and the man
//! page (clap_mangen), generated from the command line's own definition.

use super::run::{err, EXIT_ERROR, EXIT_OK};
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::io::Write;

#[derive(Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    #[arg(value_enum, ignore_case = true)]
    pub shell: Shell,
}

/// Writes the completion script for a shell on stdout. It is made in memory first: clap_complete
/// panics when its writer fails, as stdout does when a pager or `head` closes the pipe.
pub fn completions(a: &CompletionsArgs) -> u8 {
    let mut cmd = super::Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "esa-tls", &mut script);
    write_stdout(&script)
}

/// Writes `bytes` on stdout; a reader that stopped reading (a closed pipe) is no error.
fn write_stdout(bytes: &[u8]) -> u8 {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            err(format!("writing output: {e}"));
            EXIT_ERROR
        }
        _ => EXIT_OK,
    }
}

/// The JSON Schema of the contract (`schema/esa-tls.schema.json`, tested against real output).
pub const SCHEMA: &str = include_str!("../../schema/esa-tls.schema.json");

/// Writes the JSON Schema on stdout.
pub fn schema() -> u8 {
    write_stdout(SCHEMA.as_bytes())
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
