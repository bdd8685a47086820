//! `esa-tls ciphers`: protocol and cipher inventory.

use super::args::ReportArgs;
use super::run::{aggregate, render_tables};
use esa_tls::report::ciphers::Ciphers;

pub fn run(a: &ReportArgs) -> u8 {
    aggregate(
        a,
        true,
        Ciphers::default(),
        |x, r| x.add(r),
        |x, _, f, out| render_tables("ciphers", x.tables(), a, f, out),
    )
}
