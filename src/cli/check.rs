//! `esa-tls check`: the compliance gate. Exit 1 on a violation, 3 when nothing was verified (the
//! input held no mail-log data, or the search and time range kept no record: no pass), 2 on an
//! input error.

use super::rules::RulesArgs;
use super::run::{aggregate, err, render_tables, EXIT_NO_DATA, EXIT_OK, EXIT_VIOLATIONS};
use esa_tls::report::compliance::Check;

pub fn run(a: &RulesArgs) -> u8 {
    let rules = match a.rules() {
        Ok(r) => r,
        Err(code) => return code,
    };
    let mut check = Check::new(rules);
    check.max_listed = a.max_listed;
    // with the records the search and time range kept: none kept is nothing verified either
    aggregate(
        &a.report,
        true,
        check,
        |c, r| c.add(r),
        |c, report, f, out| {
            // a rule that met no record, among records read (with none kept, exit 3 says why)
            a.say(c.unused_rule_notes());
            render_tables("check", c.tables(), &a.report, f, out)?;
            let seen = &report.correlation;
            Ok(if seen.connections + seen.messages == 0 {
                err("check: the input held no mail-log data, so nothing was verified (exit 3)");
                EXIT_NO_DATA
            } else if !c.used.records {
                err("check: the search and time range kept no record, so nothing was verified (exit 3)");
                EXIT_NO_DATA
            } else if c.count > 0 {
                EXIT_VIOLATIONS
            } else {
                EXIT_OK
            })
        },
    )
}
