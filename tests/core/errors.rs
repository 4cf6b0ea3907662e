//! Every error says what is wrong in the user's language, through the text
//! its own type gives (`error.text()`); the pages only show it.

use std::collections::HashSet;
use std::fmt::Debug;

use super::support::every_link_error;
use sis::core::i18n::{Lang, Text};
use sis::core::links::invite::InviteError;
use sis::core::links::share::LinkError;
use sis::core::links::team::AggregateError;
use sis::core::scan::export::ImportError;
use sis::core::team::sealed::ReplyError;

/// Every error of one kind has a text in every language, and distinct
/// errors say distinct things, except the pairs in `same` (by index).
fn check<E: Debug>(errors: &[E], text: impl Fn(&E) -> Text, same: &[(usize, usize)]) {
    for (i, a) in errors.iter().enumerate() {
        for &lang in Lang::ALL {
            assert!(!text(a).get(lang).is_empty(), "{a:?} in {lang:?}");
        }
        for (j, b) in errors.iter().enumerate().skip(i + 1) {
            let on_purpose = same.contains(&(i, j));
            assert_eq!(text(a) == text(b), on_purpose, "{a:?} and {b:?}");
        }
    }
}

#[test]
fn every_error_has_its_own_text() {
    let links = every_link_error();
    // A newer format and an unknown questionnaire both come from a newer version.
    check(&links, LinkError::text, &[(6, 7)]);
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
    check(&imports, ImportError::text, &[]);

    let replies = [
        ReplyError::Damaged,
        ReplyError::Newer,
        ReplyError::OtherSession,
        ReplyError::OtherKey,
        ReplyError::Invalid,
    ];
    check(&replies, |e| e.text(), &[]);

    let invites = [
        InviteError::Damaged,
        InviteError::Newer,
        InviteError::OutOfRange,
    ];
    check(&invites, InviteError::text, &[]);

    // A team link is either from a newer version or cannot be read.
    let aggregates = [
        AggregateError::Empty,
        AggregateError::NotATeamLink,
        AggregateError::Damaged,
        AggregateError::OutOfRange,
        AggregateError::NewerVersion,
    ];
    check(
        &aggregates,
        |e| e.text(),
        &[(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)],
    );
    assert_eq!(AggregateError::NewerVersion.text(), Text::TeamLinkNewer);
}
