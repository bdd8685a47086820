//! The README's examples are real: every ``$ esa-tls …`` block without a pipe is run and its output
//! compared with what the README shows.

use assert_cmd::Command;

#[test]
fn readme_examples_are_current() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let mut checked = 0;
    let blocks = readme.split("```").skip(1).step_by(2);
    for block in blocks {
        let block = block.trim_start_matches(|c: char| c != '\n').trim_start_matches('\n');
        let Some(first) = block.lines().next() else { continue };
        let Some(cmd) = first.strip_prefix("$ esa-tls ") else { continue };
        if cmd.contains('|') || cmd.contains(';') {
            continue;
        }
        let want: String = block.lines().skip(1).map(|l| format!("{l}\n")).collect();
        let mut args: Vec<&str> = cmd.split_whitespace().collect();
        if !args.iter().any(|a| *a == "-f" || *a == "--format") {
            // the README shows what a terminal shows
            args.extend(["-f", "table"]);
        }
        let out = Command::cargo_bin("esa-tls")
            .unwrap()
            .current_dir(&root)
            .env("ESA_TLS_COLUMNS", "150")
            .args(&args)
            .output()
            .unwrap();
        let got = String::from_utf8(out.stdout).unwrap();
        assert_eq!(got, want, "README example `esa-tls {cmd}` is out of date");
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} README examples found");
}

#[test]
fn the_shipped_sample_is_what_the_readme_says() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut log = Vec::new();
    esa_tls_sim::generate(&esa_tls_sim::Config { seed: 7, messages: 80, ..Default::default() }, &mut log, false)
        .unwrap();
    let shipped = std::fs::read(root.join("samples/mail_logs.@20240310T080000.s")).unwrap();
    assert!(
        log == shipped,
        "samples/ is no longer `esa-tls simulate --seed 7 --messages 80`: regenerate it and the README examples"
    );
}
