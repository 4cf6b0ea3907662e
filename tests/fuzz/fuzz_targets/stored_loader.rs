//! Fuzzes the start-up loader with any text in storage: the same text is
//! given as stored progress, settings and history, as the browser edge
//! (`web::storage::read`) hands it over, and to each record's decoder.
//!
//! Beyond "no panic": start-up agrees with the decoders, shows each notice
//! once and protects newer data exactly when it says so; and every record
//! that loads is written back to one that loads the same, with nothing
//! dropped.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sis::core::storage::history::{self, MAX_ENTRIES};
use sis::core::storage::session::{self, Notice, Persistence, Read};
use sis::core::storage::records;

fuzz_target!(|data: &[u8]| {
    // localStorage holds JavaScript strings, which reach Rust as valid UTF-8;
    // lossy conversion lets every input reach the loader.
    let text = String::from_utf8_lossy(data).into_owned();
    startup(&text);
    progress(&text);
    settings(&text);
    stored_history(&text);
});

fn startup(text: &str) {
    let found = || Read::Found(text.to_owned());
    let startup = session::start(found(), found(), found());
    for (index, notice) in startup.notices.iter().enumerate() {
        assert!(
            !startup.notices[..index].contains(notice),
            "{notice:?} is shown once"
        );
    }
    assert_ne!(startup.persistence, Persistence::MemoryOnly);
    assert!(!startup.notices.contains(&Notice::StorageUnavailable));
    assert_eq!(
        startup.persistence == Persistence::ProtectingNewer,
        startup.notices.contains(&Notice::StoredNewer),
        "newer data is protected exactly when the notice says so"
    );
    assert!(startup.history.len() <= MAX_ENTRIES);
    let progress = records::decode_progress(text).map_or_else(|_| Default::default(), |l| l.value);
    assert_eq!(
        startup.progress, progress,
        "start-up loads what the decoder reads"
    );
    let history = history::decode_history(text).map_or_else(|_| Vec::new(), |l| l.value);
    assert_eq!(
        startup.history, history,
        "start-up loads what the decoder reads"
    );

    // A storage that fails on one key keeps everything in memory, whatever
    // the others hold.
    let failing = session::start(found(), Read::Failed, Read::Missing);
    assert_eq!(failing.persistence, Persistence::MemoryOnly);
    assert_eq!(failing.notices.first(), Some(&Notice::StorageUnavailable));
    assert_eq!(failing.progress, startup.progress);
}

fn progress(text: &str) {
    let Ok(loaded) = records::decode_progress(text) else {
        return;
    };
    let again = records::decode_progress(&records::encode_progress(&loaded.value));
    assert_eq!(
        again,
        Ok(records::Loaded {
            value: loaded.value,
            dropped: 0
        }),
        "the progress round trip"
    );
}

fn settings(text: &str) {
    let Ok(loaded) = records::decode_settings(text) else {
        return;
    };
    let again = records::decode_settings(&records::encode_settings(&loaded.value));
    assert_eq!(
        again,
        Ok(records::Loaded {
            value: loaded.value,
            dropped: 0
        }),
        "the settings round trip"
    );
}

fn stored_history(text: &str) {
    let Ok(loaded) = history::decode_history(text) else {
        return;
    };
    let again = history::decode_history(&history::encode_history(&loaded.value));
    assert_eq!(
        again,
        Ok(records::Loaded {
            value: loaded.value,
            dropped: 0
        }),
        "the history round trip"
    );
}
