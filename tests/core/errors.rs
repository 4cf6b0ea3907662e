//! Every error says what is wrong in the user's language, through the text
//! its own type gives (`error.text()`); the pages only show it.

use std::collections::HashSet;

use sis::core::export::ImportError;
use sis::core::i18n::{Lang, Text};
use sis::core::sealed::ReplyError;
use sis::core::share::LinkError;
use sis::core::team::AggregateError;
use sis::core::team_link::InviteError;

/// Each kind's errors with their texts: distinct errors say distinct
/// things, except those listed as saying the same on purpose.
fn check(kind: &str, texts: &[(&str, Text)], same: &[(&str, &str)]) {
    for (i, (a, text_a)) in texts.iter().enumerate() {
        for &lang in Lang::ALL {
            assert!(!text_a.get(lang).is_empty(), "{kind} {a} in {lang:?}");
        }
        for (b, text_b) in &texts[i + 1..] {
            let on_purpose = same.contains(&(a, b)) || same.contains(&(b, a));
            assert_eq!(text_a == text_b, on_purpose, "{kind}: {a} and {b}");
        }
    }
}

#[test]
fn every_error_has_its_own_text() {
    let links = [
        LinkError::Empty,
        LinkError::NotAResultLink,
        LinkError::Incomplete,
        LinkError::TooLong,
        LinkError::InvalidCharacter,
        LinkError::Damaged,
        LinkError::NewerVersion,
        LinkError::UnknownQuestionnaire(9),
    ];
    let names: Vec<String> = links.iter().map(|e| format!("{e:?}")).collect();
    let texts: Vec<(&str, Text)> = names
        .iter()
        .map(String::as_str)
        .zip(links.iter().map(LinkError::text))
        .collect();
    check(
        "link",
        &texts,
        &[("NewerVersion", "UnknownQuestionnaire(9)")],
    );
    // The ids the browser tests look for are distinct in the same way.
    let ids: HashSet<&str> = links.iter().map(LinkError::id).collect();
    assert_eq!(ids.len(), links.len() - 1);

    let imports = [
        ImportError::TooLarge,
        ImportError::NotJson,
        ImportError::Foreign,
        ImportError::Newer,
        ImportError::Damaged,
    ];
    let names: Vec<String> = imports.iter().map(|e| format!("{e:?}")).collect();
    let texts: Vec<(&str, Text)> = names
        .iter()
        .map(String::as_str)
        .zip(imports.iter().map(ImportError::text))
        .collect();
    check("import", &texts, &[]);

    let replies = [
        ReplyError::Damaged,
        ReplyError::Newer,
        ReplyError::OtherSession,
        ReplyError::OtherKey,
        ReplyError::Invalid,
    ];
    let names: Vec<String> = replies.iter().map(|e| format!("{e:?}")).collect();
    let texts: Vec<(&str, Text)> = names
        .iter()
        .map(String::as_str)
        .zip(replies.iter().map(|e| e.text()))
        .collect();
    check("reply", &texts, &[]);

    let invites = [
        InviteError::Damaged,
        InviteError::Newer,
        InviteError::OutOfRange,
    ];
    let names: Vec<String> = invites.iter().map(|e| format!("{e:?}")).collect();
    let texts: Vec<(&str, Text)> = names
        .iter()
        .map(String::as_str)
        .zip(invites.iter().map(InviteError::text))
        .collect();
    check("invite", &texts, &[]);

    // A team link is either from a newer version or cannot be read.
    assert_eq!(AggregateError::NewerVersion.text(), Text::TeamLinkNewer);
    for error in [
        AggregateError::Empty,
        AggregateError::NotATeamLink,
        AggregateError::Damaged,
    ] {
        assert_eq!(error.text(), Text::TeamLinkBroken, "{error:?}");
    }
}
