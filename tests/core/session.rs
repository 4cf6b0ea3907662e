//! Start-up under every storage condition: the app always starts, with the
//! right notices and persistence mode.

use sis::core::i18n::Lang;
use sis::core::scan::progress::{Progress, Stage};
use sis::core::storage::records::{encode_progress, encode_settings, Settings};
use sis::core::storage::session::{start, Notice, Persistence, Read};

fn found(text: &str) -> Read {
    Read::Found(text.to_owned())
}

fn check(progress: Read, settings: Read, persistence: Persistence, notices: &[Notice]) {
    let startup = start(progress.clone(), settings.clone(), Read::Missing);
    assert_eq!(
        startup.persistence, persistence,
        "{progress:?} / {settings:?}"
    );
    assert_eq!(startup.notices, notices, "{progress:?} / {settings:?}");
}

#[test]
fn storage_conditions() {
    use Notice::*;
    use Persistence::*;
    let good = encode_progress(&Progress::new());
    check(Read::Missing, Read::Missing, Saving, &[]);
    check(found(&good), Read::Missing, Saving, &[]);
    check(
        Read::Failed,
        Read::Failed,
        MemoryOnly,
        &[StorageUnavailable],
    );
    check(
        Read::Failed,
        Read::Missing,
        MemoryOnly,
        &[StorageUnavailable],
    );
    check(found("{corrupt"), Read::Missing, Saving, &[StoredCorrupt]);
    check(
        found("{\"version\":0}"),
        Read::Missing,
        Saving,
        &[StoredCorrupt],
    );
    check(
        found("{\"version\":7}"),
        Read::Missing,
        ProtectingNewer,
        &[StoredNewer],
    );
    check(
        Read::Missing,
        found("{\"version\":3,\"lang\":\"de\"}"),
        ProtectingNewer,
        &[StoredNewer],
    );
    check(
        found(r#"{"version":1,"questionnaire":1,"answers":{"purpose-1":8},"stage":"intro"}"#),
        Read::Missing,
        Saving,
        &[StoredRepaired],
    );
    // A corrupt settings record is a silent fallback to Dutch.
    check(Read::Missing, found("garbage"), Saving, &[]);
}

#[test]
fn stored_progress_and_language_are_resumed() {
    let mut progress = Progress::new();
    progress.stage = Stage::Questions { item: 12 };
    let startup = start(
        found(&encode_progress(&progress)),
        found(&encode_settings(&Settings { lang: Lang::En })),
        Read::Missing,
    );
    assert_eq!(startup.progress, progress);
    assert_eq!(startup.settings.lang, Lang::En);
}

#[test]
fn bad_data_starts_a_clean_scan() {
    let startup = start(found("{\"version\":1}"), Read::Missing, Read::Missing);
    assert_eq!(startup.progress, Progress::new());
    assert_eq!(startup.settings, Settings::default());
}
