//! What several native test files share: running the `wijzer` binary, a result as a serde_json
//! value, and how a scenario's expected part is matched.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `wijzer` with `args` and `invoer` on stdin: the exit code and stdout.
pub fn wijzer(args: &[&str], invoer: impl AsRef<[u8]>) -> (i32, String) {
    let (code, uit, _) = wijzer_met_stderr(args, invoer);
    (code, uit)
}

/// Runs `wijzer` with `args` and `invoer` on stdin: the exit code, stdout and stderr.
pub fn wijzer_met_stderr(args: &[&str], invoer: impl AsRef<[u8]>) -> (i32, String, String) {
    let mut kind = Command::new(env!("CARGO_BIN_EXE_wijzer"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("wijzer starts");
    // A usage error exits before reading: a closed pipe is part of what is tested then.
    let _ = kind.stdin.take().unwrap().write_all(invoer.as_ref());
    let uit = kind.wait_with_output().unwrap();
    let tekst = |bytes| String::from_utf8(bytes).unwrap();
    (uit.status.code().unwrap_or(-1), tekst(uit.stdout), tekst(uit.stderr))
}

/// A result or a `fout` as the JSON value the contract shows.
#[allow(dead_code)] // not every test file that shares this module compares values
pub fn als_waarde(uitkomst: &impl inburgeringswijzer::engine::schrijver::NaarJson) -> serde_json::Value {
    serde_json::from_str(&uitkomst.json_tekst()).expect("the core writes valid JSON")
}

/// `verwacht` is a part of `echt`: objects by key (every key it names must be there), arrays in
/// order (every expected item matches a later actual item than the one before; an empty array
/// only an empty one), everything else exactly. The error names the path.
#[allow(dead_code)] // not every test file that shares this module compares values
pub fn deel_van(verwacht: &serde_json::Value, echt: &serde_json::Value, pad: &str) -> Result<(), String> {
    use serde_json::Value;
    match (verwacht, echt) {
        (Value::Object(v), Value::Object(e)) => v.iter().try_for_each(|(k, w)| {
            let p = format!("{pad}.{k}");
            deel_van(w, e.get(k).ok_or_else(|| format!("{p} is missing in {echt}"))?, &p)
        }),
        (Value::Array(v), Value::Array(e)) if v.is_empty() => {
            e.is_empty().then_some(()).ok_or_else(|| format!("{pad}: expected [], got {echt}"))
        }
        (Value::Array(v), Value::Array(e)) => {
            let mut rest = e.iter().enumerate();
            for (i, w) in v.iter().enumerate() {
                rest.find(|(_, x)| deel_van(w, x, pad).is_ok())
                    .ok_or_else(|| format!("{pad}: expected item {i} ({w}) not found in order in {echt}"))?;
            }
            Ok(())
        }
        _ if verwacht == echt => Ok(()),
        _ => Err(format!("{pad}: expected {verwacht}, got {echt}")),
    }
}

#[cfg(test)]
mod tests {
    use super::deel_van;
    use serde_json::json;

    #[test]
    fn a_part_matches_by_key_and_arrays_in_order() {
        let echt = json!({"a": 1, "l": [{"r": "x", "n": 1}, {"r": "y"}, 3], "leeg": []});
        assert!(deel_van(&json!({"l": [{"r": "x"}, 3]}), &echt, "").is_ok());
        assert!(deel_van(&json!({"l": [{"r": "y"}, {"r": "x"}]}), &echt, "").is_err(), "out of order");
        assert!(deel_van(&json!({"l": [{"r": "x"}, {"r": "x"}]}), &echt, "").is_err(), "one item twice");
        assert!(deel_van(&json!({"l": [4]}), &echt, "").is_err());
        assert!(deel_van(&json!({"leeg": [], "a": 1}), &echt, "").is_ok());
        assert!(deel_van(&json!({"l": []}), &echt, "").is_err(), "[] is all of it");
        assert_eq!(deel_van(&json!({"b": 1}), &echt, "").unwrap_err().split(" is missing").next(), Some(".b"));
    }
}
