//! What several native test files share: running the `wijzer` binary, and a result as a
//! serde_json value.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `wijzer` with `args` and `invoer` on stdin: the exit code and stdout.
pub fn wijzer(args: &[&str], invoer: impl AsRef<[u8]>) -> (i32, String) {
    let mut kind = Command::new(env!("CARGO_BIN_EXE_wijzer"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("wijzer starts");
    // A usage error exits before reading: a closed pipe is part of what is tested then.
    let _ = kind.stdin.take().unwrap().write_all(invoer.as_ref());
    let uit = kind.wait_with_output().unwrap();
    (uit.status.code().unwrap_or(-1), String::from_utf8(uit.stdout).unwrap())
}

/// A result or a `fout` as the JSON value the contract shows.
#[allow(dead_code)] // not every test file that shares this module compares values
pub fn als_waarde(uitkomst: &impl inburgeringswijzer::engine::json::NaarJson) -> serde_json::Value {
    serde_json::from_str(&uitkomst.json_tekst()).expect("the core writes valid JSON")
}
