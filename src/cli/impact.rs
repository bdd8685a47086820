//! `esa-tls impact`: what would break if TLS were required, or old protocols turned off.

use super::rules::RulesArgs;
use super::run::{aggregate, render_tables};
use esa_tls::report::compliance::Impact;

pub fn run(a: &RulesArgs) -> u8 {
    let rules = match a.rules() {
        Ok(r) => r,
        Err(code) => return code,
    };
    aggregate(
        &a.report,
        true,
        Impact::new(rules),
        |i, r| i.add(r),
        |i, _, f, out| {
            a.say(i.used.notes(&i.rules));
            render_tables("impact", i.tables(), &a.report, f, out)
        },
    )
}
