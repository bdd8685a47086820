//! `esa-tls peers`: per partner, by domain or host.

use super::args::{read_policy, BucketArg, GroupArg, InOutArg, ReportArgs, SortArg};
use super::run::{aggregate_with, or_say, render_tables, EXIT_ERROR};
use clap::Args;
use esa_tls::report::peers::{DirectionFilter, Peers};
use std::path::PathBuf;

#[derive(Args)]
pub struct PeersArgs {
    #[command(flatten)]
    pub report: ReportArgs,
    /// Group by envelope domain or by host.
    #[arg(long, value_enum, ignore_case = true, default_value = "domain")]
    pub group: GroupArg,
    /// Order of the rows.
    #[arg(long, value_enum, ignore_case = true, default_value = "messages")]
    pub by: SortArg,
    /// Show the first N rows per direction.
    #[arg(long)]
    pub top: Option<usize>,
    /// Add the appliance report's Required/Preferred columns from a policy file (see README).
    #[arg(long)]
    pub policy: Option<PathBuf>,
    /// Add, per peer shown, the share encrypted per hour or day.
    #[arg(long, value_enum, ignore_case = true)]
    pub bucket: Option<BucketArg>,
}

pub fn run(a: &PeersArgs) -> u8 {
    let Some(policy) = or_say(read_policy(&a.policy)) else {
        return EXIT_ERROR;
    };
    aggregate_with(
        &a.report,
        true,
        Peers { bucket: a.bucket.map(Into::into), ..Peers::default() },
        |p, r| p.add(r),
        Some(|p, b, range| esa_tls::store::query::peers(b, range, p)),
        |p, _, f, out| {
            // the search's --direction also picks the tables shown
            let direction = match a.report.input.search.direction {
                None => DirectionFilter::Both,
                Some(InOutArg::Inbound) => DirectionFilter::Inbound,
                Some(InOutArg::Outbound) => DirectionFilter::Outbound,
            };
            let tables = p.tables(a.group.into(), direction, a.by.into(), a.top, policy.as_ref());
            render_tables("peers", tables, &a.report, f, out)
        },
    )
}
