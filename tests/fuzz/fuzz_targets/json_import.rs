//! Fuzzes the JSON import with any file content.
//!
//! Beyond "no panic": an imported result exports to JSON that imports to the
//! same result again, and that carries the result's own link code.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sis::core::links::share;
use sis::core::scan::export;

fuzz_target!(|data: &[u8]| {
    // The browser hands the file over as text; lossy conversion lets every
    // input reach the parser.
    let text = String::from_utf8_lossy(data);
    let Ok(result) = export::from_json(&text) else {
        return;
    };
    let json = export::to_json(&result);
    assert_eq!(
        export::from_json(&json),
        Ok(result),
        "the export round trip"
    );
    assert!(
        json.contains(&format!("\"code\": \"{}\"", share::encode(&result))),
        "an export carries its result's code"
    );
});
