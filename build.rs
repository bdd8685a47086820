//! Names the commit in `esa-tls --version`: `git describe` of the checkout being built, or
//! `unknown` outside a git checkout (a source tarball, `cargo install` from a registry), and a build
//! made with profile-guided optimisation (`bench/pgo.sh`).

use std::process::Command;

fn main() {
    let commit = Command::new("git")
        .args(["describe", "--always", "--dirty", "--abbrev=12"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".into());
    // the flags esa-tls itself is compiled with (`-Cprofile-use=…` in a PGO build)
    let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    let build = if flags.contains("-Cprofile-use") {
        ", PGO"
    } else if flags.contains("-Cprofile-generate") {
        ", PGO-instrumented"
    } else {
        ""
    };
    println!("cargo:rustc-env=ESA_TLS_COMMIT={commit}{build}");
    // rebuild when HEAD moves (the files exist only in a checkout)
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/index");
}
