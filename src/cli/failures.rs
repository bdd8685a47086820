//! `esa-tls failures`: TLS failures grouped by reason.

use super::args::ReportArgs;
use super::run::{aggregate, render_tables};
use esa_tls::report::failures::Failures;

pub fn run(a: &ReportArgs) -> u8 {
    aggregate(
        a,
        true,
        Failures::default(),
        |x, r| x.add(r),
        |x, _, f, out| render_tables("failures", x.tables(), a, f, out),
    )
}
