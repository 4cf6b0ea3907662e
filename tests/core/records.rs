//! Stored formats: round trips, golden files of every published version, and
//! what happens to corrupt, foreign, newer and out-of-range data.

use sis::core::i18n::Lang;
use sis::core::links::invite::TeamId;
use sis::core::model::Role;
use sis::core::scan::answers::{Answer, Likert};
use sis::core::scan::progress::{Progress, Stage, TeamSession};
use sis::core::storage::records::{
    decode_progress, decode_settings, encode_progress, encode_settings, LoadError, Settings,
};

use super::support::{check_golden, data_path, raw_sheet};

fn sample_progress() -> Progress {
    let mut progress = Progress::new();
    progress.answers = raw_sheet("4 5 3 2 4 0  3 3 4 . 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 . 0 4 5");
    progress.stage = Stage::Questions { item: 17 };
    progress.role = Some(Role::Manager);
    progress.scan = Some(1_764_237_600_000);
    progress.team = Some(TeamSession {
        id: TeamId(4_000_000_001),
        label: "Team <Zorg> & \"Welzijn\"".to_owned(),
        key: Some(sis::core::team::sealed::session_keys([3; 32]).1),
    });
    progress
}

#[test]
fn progress_round_trips_at_every_stage() {
    let stages = [
        Stage::Intro,
        Stage::Questions { item: 0 },
        Stage::Questions { item: 29 },
        Stage::Review,
        Stage::Result,
    ];
    for stage in stages {
        let progress = Progress {
            stage,
            ..sample_progress()
        };
        let loaded = decode_progress(&encode_progress(&progress)).expect("own output loads");
        assert_eq!(loaded.value, progress);
        assert_eq!(loaded.dropped, 0);
    }
}

#[test]
fn settings_round_trip() {
    for lang in Lang::ALL {
        let settings = Settings { lang: *lang };
        let loaded = decode_settings(&encode_settings(&settings)).expect("own output loads");
        assert_eq!(loaded.value, settings);
    }
}

/// What this version writes is pinned: a change of format must be a new version,
/// and the files of earlier versions stay as they were written.
#[test]
fn progress_v4_output_is_golden() {
    check_golden(
        "stored/progress-v4.json",
        &(encode_progress(&sample_progress()) + "\n"),
    );
    check_golden(
        "stored/settings-v1.json",
        &(encode_settings(&Settings { lang: Lang::En }) + "\n"),
    );
}

/// Stored data written by earlier versions keeps loading the same way: each
/// published version's file loads as the sample, minus what it could not hold.
#[test]
fn published_progress_files_still_load() {
    let v3_sample = {
        let mut sample = sample_progress();
        if let Some(team) = sample.team.as_mut() {
            team.key = None;
        }
        sample
    };
    let v2_sample = Progress {
        team: None,
        ..sample_progress()
    };
    let v1_sample = Progress {
        role: None,
        scan: None,
        ..v2_sample.clone()
    };
    let cases = [
        ("stored/progress-v1.json", v1_sample),
        ("stored/progress-v2.json", v2_sample),
        ("stored/progress-v3.json", v3_sample),
        ("stored/progress-v4.json", sample_progress()),
    ];
    for (file, expected) in cases {
        let text = std::fs::read_to_string(data_path(file)).expect("golden file");
        let loaded = decode_progress(text.trim()).expect(file);
        assert_eq!(loaded.value, expected, "{file}");
        assert_eq!(loaded.dropped, 0, "{file}");
    }
}

#[test]
fn an_unknown_role_is_dropped() {
    let text = r#"{"version":2,"questionnaire":1,"answers":{},"stage":"intro","role":"ceo"}"#;
    let loaded = decode_progress(text).expect("shape is right");
    assert_eq!(loaded.value.role, None);
    assert_eq!(loaded.dropped, 1);
}

/// A check that an error is of the expected kind.
type ErrorMatcher = fn(&LoadError) -> bool;

#[test]
fn bad_progress_gives_typed_errors() {
    let cases: [(&str, ErrorMatcher); 9] = [
        ("", |e| matches!(e, LoadError::Corrupt(_))),
        ("{not json", |e| matches!(e, LoadError::Corrupt(_))),
        ("[1,2,3]", |e| matches!(e, LoadError::Corrupt(_))),
        ("{\"answers\":{}}", |e| matches!(e, LoadError::Corrupt(_))),
        ("{\"version\":\"1\"}", |e| {
            matches!(e, LoadError::Corrupt(_))
        }),
        ("{\"version\":0}", |e| {
            matches!(e, LoadError::UnknownVersion(0))
        }),
        ("{\"version\":5,\"whatever\":true}", |e| {
            matches!(e, LoadError::Newer(5))
        }),
        ("{\"version\":1,\"answers\":[]}", |e| {
            matches!(e, LoadError::Malformed(_))
        }),
        (
            "{\"version\":1,\"questionnaire\":9,\"answers\":{},\"stage\":\"intro\"}",
            |e| matches!(e, LoadError::UnknownQuestionnaire(9)),
        ),
    ];
    for (text, expected) in cases {
        let error = decode_progress(text).expect_err(text);
        assert!(expected(&error), "{text}: {error:?}");
    }
}

#[test]
fn out_of_range_values_are_dropped_and_the_rest_kept() {
    let text = r#"{"version":1,"questionnaire":1,"answers":{"purpose-1":4,"purpose-2":9,"nope-1":3,"team-2":0,"team-3":255},"stage":"questions","item":99}"#;
    let loaded = decode_progress(text).expect("shape is right");
    let answers = loaded.value.answers;
    assert_eq!(answers.get(0), Some(Answer::Scale(Likert::new(4).unwrap())));
    assert_eq!(answers.get(1), None);
    assert_eq!(answers.get(19), Some(Answer::DontKnow));
    assert_eq!(answers.get(20), None);
    assert_eq!(answers.answered_count(), 2);
    // Three bad answers and one impossible position.
    assert_eq!(loaded.dropped, 4);
    assert_eq!(loaded.value.stage, Stage::Questions { item: 1 });
}

#[test]
fn negative_or_huge_numbers_are_malformed_not_panics() {
    for text in [
        r#"{"version":1,"questionnaire":1,"answers":{"purpose-1":-1},"stage":"intro"}"#,
        r#"{"version":1,"questionnaire":1,"answers":{},"stage":"questions","item":-5}"#,
        r#"{"version":99999999999,"answers":{}}"#,
    ] {
        assert!(decode_progress(text).is_err(), "{text}");
    }
}

#[test]
fn settings_with_unknown_language_fall_back_to_dutch() {
    let loaded = decode_settings(r#"{"version":1,"lang":"xx"}"#).expect("shape is right");
    assert_eq!(loaded.value.lang, Lang::Nl);
    assert_eq!(loaded.dropped, 1);
}

#[test]
fn the_shared_result_is_the_answers_questionnaire_and_role_only() {
    let progress = sample_progress();
    let shared = progress.shared_result();
    assert_eq!(shared.questionnaire, progress.questionnaire);
    assert_eq!(shared.role, Some(Role::Manager));
    assert_eq!(shared.answers, progress.answers);
    // Where the person is, when they started and the team do not change it.
    let mut elsewhere = progress.clone();
    elsewhere.stage = Stage::Result;
    elsewhere.scan = None;
    elsewhere.team = None;
    assert_eq!(elsewhere.shared_result(), shared);
}

#[test]
fn a_scan_has_begun_with_an_answer_or_any_page_past_the_intro() {
    let fresh = Progress::new();
    let cases = [
        ("fresh, at the intro", fresh.clone(), false),
        (
            "an answer, back at the intro",
            Progress {
                answers: raw_sheet("3..... ...... ...... ...... ......"),
                ..fresh.clone()
            },
            true,
        ),
        (
            "the first statement, no answer",
            Progress {
                stage: Stage::Questions { item: 0 },
                ..fresh.clone()
            },
            true,
        ),
        (
            "the result",
            Progress {
                stage: Stage::Result,
                ..fresh.clone()
            },
            true,
        ),
    ];
    for (name, progress, begun) in cases {
        assert_eq!(progress.has_begun(), begun, "{name}");
    }
}

/// A sealed session whose key does not read is dropped whole: it must never
/// be taken for an open session, whose members send their result link.
#[test]
fn a_team_session_with_a_broken_key_is_dropped() {
    let cases = [
        ("\"short\"", 1),
        ("\"AAAA\"", 1),
        ("\"!!!\"", 1),
        ("null", 0),
    ];
    for (key, dropped) in cases {
        let text = format!(
            r#"{{"version":4,"questionnaire":1,"answers":{{}},"stage":"intro","team":{{"id":7,"label":"T","key":{key}}}}}"#
        );
        let loaded = decode_progress(&text).expect("shape is right");
        assert_eq!(loaded.dropped, dropped, "{key}");
        assert_eq!(loaded.value.team.is_some(), dropped == 0, "{key}");
        assert_eq!(loaded.value.team.and_then(|t| t.key), None, "{key}");
    }
}

/// The record lists answers by item id, whichever items were answered: each
/// answer is put in its place as it is written (no sort in the first load).
#[test]
fn stored_answers_are_listed_by_item_id() {
    let cases: [&[usize]; 4] = [&[], &[29], &[29, 0, 14], &[3, 2, 1, 0, 28, 12, 6, 18, 24]];
    for answered in cases {
        let mut progress = Progress::new();
        for &index in answered {
            progress
                .answers
                .set(index, Some(Answer::Scale(Likert::new(3).expect("valid"))));
        }
        let text = encode_progress(&progress);
        // The ids in the order the text has them (a JSON reader would sort them).
        let start = text.find("\"answers\":{").expect("answers") + "\"answers\":{".len();
        let body = &text[start..start + text[start..].find('}').expect("end")];
        let ids: Vec<&str> = body
            .split(',')
            .filter(|pair| !pair.is_empty())
            .map(|pair| pair.split(':').next().expect("key").trim_matches('"'))
            .collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "{answered:?}");
        assert_eq!(ids.len(), answered.len(), "{answered:?}");
    }
}
