//! `esa-tls summary`: connections, messages and recipients by TLS outcome, per direction.

use super::args::{read_policy, BucketArg, ReportArgs};
use super::run::{aggregate_with, note, or_say, InStore, EXIT_ERROR, EXIT_OK};
use clap::Args;
use esa_tls::output;
use esa_tls::report::summary::{Series, SummaryReport};
use std::path::PathBuf;

#[derive(Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub report: ReportArgs,
    /// Add a time series of the TLS share per hour or day.
    #[arg(long, value_enum, ignore_case = true)]
    pub bucket: Option<BucketArg>,
    /// Split connections into Required and Preferred by a policy file (see README).
    #[arg(long)]
    pub policy: Option<PathBuf>,
}

pub fn run(a: &SummaryArgs) -> u8 {
    let Some(policy) = or_say(read_policy(&a.policy)) else {
        return EXIT_ERROR;
    };
    // the summary needs verdicts only, unless the policy is matched against envelope domains
    let keep_text = policy.is_some();
    // a store adds the figures up itself, unless the policy must look at every connection's peer
    let in_store: Option<InStore<SummaryReport>> =
        policy.is_none().then_some(|s, b, range| esa_tls::store::query::summary(b, range, s));
    let agg = SummaryReport {
        series: a.bucket.map(|b| Series::new(b.into())),
        policy: policy.map(|p| (p, Default::default())),
        scope: a.report.input.scope(),
        ..Default::default()
    };
    aggregate_with(
        &a.report,
        keep_text,
        agg,
        |s, r| s.add(r),
        in_store,
        |s, _, f, out| {
            let n = output::render_summary(s, f, a.report.table.as_deref(), out)?;
            note(a.report.input.quiet, n);
            Ok(EXIT_OK)
        },
    )
}
