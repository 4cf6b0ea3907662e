//! Fuzzes the result-link decoder with any pasted text.
//!
//! Beyond "no panic": a text that decodes holds exactly one spelling of its
//! code, so writing the result again gives the code that was found, and the
//! written code and fragment decode to the same result.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sis::core::links::share;

fuzz_target!(|data: &[u8]| {
    // A pasted link reaches the decoder as a string; lossy conversion lets
    // every input exercise it rather than only valid UTF-8.
    let text = String::from_utf8_lossy(data);
    let Ok(result) = share::decode(&text) else {
        return;
    };
    let code = share::encode(&result);
    let found = share::find_code(&text).expect("a decoded text has a code");
    assert_eq!(code, found, "a decoded code is written back the same");
    assert_eq!(share::decode(&code), Ok(result), "the code round trip");
    assert_eq!(
        share::decode(&share::fragment(&result)),
        Ok(result),
        "the fragment round trip"
    );
});
