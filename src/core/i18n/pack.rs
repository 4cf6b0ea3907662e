//! A language's texts as one file, a *text pack*, so that the app fetches
//! only the language it shows instead of carrying every language in its wasm.
//!
//! The format (version [`FORMAT`]): a header line `sis-texts 1 TAG`, then every
//! string of the language in the fixed order below, each ended by
//! [`SEPARATOR`] (a character no text contains; a test checks it). The order
//! is the keys of [`Text::ALL`], then the statements of questionnaire version
//! 1, the advice by dimension and level, the note that purpose comes first,
//! the months, the dimensions' actions and the themes' actions: the tables of
//! each language file, row by row.
//!
//! The texts only the team app shows ([`TEAM_APP_ONLY`]) are empty in a pack.
//!
//! A pack is made at build time from the language files ([`write`], by the
//! native `sis-texts`) and read by the app ([`read`]); both come from the
//! same build, which names each pack by its content, so the format needs no
//! migration. A pack that is not one of this build (another format, another
//! language, another number of strings) is refused as a whole.

use super::{Lang, Text};

/// The first words of a pack's header: the format and its version.
pub const FORMAT: &str = "sis-texts 1";

/// Ends every string of a pack (ASCII's record separator).
pub const SEPARATOR: char = '\u{1e}';

/// Where each table starts in a pack's strings, and how many there are.
pub mod at {
    use super::Text;

    /// The short texts, in [`Text::ALL`] order (a key's index is its
    /// position there).
    pub const TEXTS: usize = 0;
    /// The 30 statements of questionnaire version 1.
    pub const STATEMENTS_V1: usize = TEXTS + Text::ALL.len();
    /// The advice: 5 dimensions of 4 levels each.
    pub const ADVICE: usize = STATEMENTS_V1 + 30;
    /// The note that purpose comes first.
    pub const PURPOSE_FIRST: usize = ADVICE + 5 * 4;
    /// The 12 months.
    pub const MONTHS: usize = PURPOSE_FIRST + 1;
    /// The actions of the dimensions: 5 dimensions of 3 each.
    pub const DIMENSION_ACTIONS: usize = MONTHS + 12;
    /// The actions of the 13 themes.
    pub const THEME_ACTIONS: usize = DIMENSION_ACTIONS + 5 * 3;
    /// The number of strings in a pack.
    pub const COUNT: usize = THEME_ACTIONS + 13;
}

/// The short texts that only the team app shows: those of the facilitator's
/// pages (`src/ui/team/` but `member.rs` and `store.rs`) and of the core's
/// findings only they show (`core::team::{gap, workshop}`), which no other
/// file names (a counted text's form for one going with it). The team app has every language compiled in, so a pack
/// holds these empty: the app never shows them, and every visit saved about
/// 2 KiB brotli (README, "Measuring"). A test (`tests/core/text_packs.rs`)
/// finds this list from the sources and fails when it is not exactly this,
/// so a text that a page of the app starts to use cannot stay out.
pub const TEAM_APP_ONLY: &[Text] = &[
    Text::TeamSetupTitle,
    Text::TeamSetupIntro,
    Text::TeamLabelField,
    Text::MinGroupField,
    Text::MinGroupHelp,
    Text::CreateInvite,
    Text::InviteLinkLabel,
    Text::NoSecureRandom,
    Text::MemoryOnlyKeyWarning,
    Text::TeamStoreUnreadable,
    Text::YourSessionsTitle,
    Text::SessionCollecting,
    Text::SessionCollectingOne,
    Text::SessionOpened,
    Text::GoToSession,
    Text::OlderOpenTitle,
    Text::OlderOpenText,
    Text::CombineResultLinks,
    Text::SessionTitle,
    Text::SessionInviteIntro,
    Text::SessionCollectTitle,
    Text::SessionCollectIntro,
    Text::PasteRepliesLabel,
    Text::ReadReplies,
    Text::RepliesCounted,
    Text::RepliesReady,
    Text::RepliesDuplicates,
    Text::RepliesReplaced,
    Text::RepliesNoneFound,
    Text::RepliesNotCounted,
    Text::OpenProfile,
    Text::OpenProfileNeedMore,
    Text::OpenProfileNeedMoreOne,
    Text::OpenProfileOnce,
    Text::ConfirmOpenTitle,
    Text::ConfirmOpenText,
    Text::ConfirmOpen,
    Text::OpenFailed,
    Text::CancelOpen,
    Text::OpenedNowNote,
    Text::SessionClosedNote,
    Text::SessionClosed,
    Text::SessionNotFound,
    Text::ToTeamSessions,
    Text::ReplyPageTitle,
    Text::ReplyForYourSession,
    Text::AddReply,
    Text::ReplySealedElsewhere,
    Text::ReplyBroken,
    Text::ReplyNewerVersion,
    Text::TeamViewOpenNote,
    Text::SealedRepliesHere,
    Text::SealedRepliesHereOne,
    Text::TeamViewTitle,
    Text::PasteLinksLabel,
    Text::ReadLinks,
    Text::FoundSummary,
    Text::FoundSummaryOne,
    Text::UnreadableTitle,
    Text::UnreadableLine,
    Text::UnreadableMore,
    Text::UnreadableMoreOne,
    Text::NoLinksFound,
    Text::OtherVersions,
    Text::OtherVersionsOne,
    Text::PasteTruncated,
    Text::TeamTooSmall,
    Text::Respondents,
    Text::ColumnMean,
    Text::ColumnMedian,
    Text::ColumnSpread,
    Text::ColumnRange,
    Text::ColumnDistribution,
    Text::GroupTooSmallShort,
    Text::GroupWithheldShort,
    Text::RoleMeanWithheld,
    Text::RoleMeanWithheldNote,
    Text::PerceptionTitle,
    Text::PerceptionIntro,
    Text::PerceptionNeedsTwo,
    Text::LargestGap,
    Text::DisagreeTitle,
    Text::AgreeTitle,
    Text::TeamProfileTitle,
    Text::TeamTableCaption,
    Text::TeamShareTitle,
    Text::TeamShareIntro,
    Text::TeamLinkLabel,
    Text::DownloadTeamCsv,
    Text::DownloadTeamJson,
    Text::KeptExportsTitle,
    Text::TeamAggregateTitle,
    Text::TeamAggregateFrame,
    Text::TeamChartLegend,
    Text::TeamChartAlt,
    Text::TeamDiscussTitle,
    Text::TeamDiscussWeakest,
    Text::TeamDiscussGap,
    Text::SpreadOfItem,
    Text::RoundsTitle,
    Text::RoundsIntro,
    Text::RoundsEmpty,
    Text::RoundsHubText,
    Text::RoundsCount,
    Text::RoundsCountOne,
    Text::OpenRounds,
    Text::KeepRoundTitle,
    Text::KeepRoundNoRoles,
    Text::RoundTeamField,
    Text::RoundDayField,
    Text::KeepRound,
    Text::RoundKept,
    Text::RoundAlreadyKept,
    Text::RoundsNotSaved,
    Text::AddRoundTitle,
    Text::AddRoundIntro,
    Text::AddRoundLink,
    Text::AddRound,
    Text::RoundsOfTeam,
    Text::RoundParticipants,
    Text::RoundMinGroup,
    Text::RoundWithRoles,
    Text::RoundFromLink,
    Text::DeleteRound,
    Text::RoundDeleted,
    Text::CompareRoundsTitle,
    Text::CompareRoundsIntro,
    Text::CompareFirstRound,
    Text::CompareSecondRound,
    Text::ColumnChange,
    Text::RoundsTrendTitle,
    Text::RoundsTrendIntro,
    Text::GapTableTitle,
    Text::GapTableIntro,
    Text::RoundsNoteVersions,
    Text::RoundsNoteMinimums,
    Text::RoundsNoteNoRoles,
    Text::RoundsNoteNoRolesOne,
    Text::RoundOption,
    Text::WorkshopOpen,
    Text::WorkshopOpenNote,
    Text::WorkshopTitle,
    Text::WorkshopKeys,
    Text::WorkshopScreenOf,
    Text::WorkshopPrevious,
    Text::WorkshopNext,
    Text::WorkshopClose,
    Text::WorkshopPrint,
    Text::WorkshopPromptStrongestWeakest,
    Text::WorkshopPromptProfileEven,
    Text::WorkshopPromptRolesAlike,
    Text::WorkshopPromptRolesUnknown,
    Text::WorkshopPromptAgreesLeast,
    Text::WorkshopPromptSharedStrength,
    Text::WorkshopPromptSharedConcern,
    Text::WorkshopPromptThemes,
    Text::WorkshopPromptThemesEven,
    Text::ScanTitle,
    Text::ScanIntro,
    Text::ScanStart,
    Text::ScanStop,
    Text::ScanSound,
    Text::ScanVideoLabel,
    Text::ScanStarting,
    Text::ScanLooking,
    Text::ScanReadCount,
    Text::DecoderUnavailable,
    Text::TeamExportFileStem,
];

/// Where a statement's text is in a pack: the pre-rendered first screen
/// reads the statements from the second on from the pack the loader fetches
/// at once, instead of carrying them in every language
/// (`first_screen::script`).
pub fn position_of(statement: super::Statement) -> usize {
    match statement {
        super::Statement::V1(index) => at::STATEMENTS_V1 + index,
    }
}

/// Why a text could not be read as a pack.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// The header is not this format's, or names another language.
    #[error("not a text pack of format `{FORMAT}` for this language")]
    Header,
    /// The pack holds another number of strings than this build's.
    #[error("the text pack holds {found} strings, not {}", at::COUNT)]
    Count {
        /// The number of strings found.
        found: usize,
    },
}

/// The strings of the pack `text` for `lang`, in pack order.
pub fn read(text: &str, lang: Lang) -> Result<Vec<&str>, PackError> {
    let (header, body) = text.split_once('\n').ok_or(PackError::Header)?;
    if header
        .strip_prefix(FORMAT)
        .and_then(|rest| rest.strip_prefix(' '))
        != Some(lang.tag())
    {
        return Err(PackError::Header);
    }
    // Every string ends with the separator, so the text after the last one
    // is empty.
    let mut strings: Vec<&str> = body.split(SEPARATOR).collect();
    if strings.pop() != Some("") || strings.len() != at::COUNT {
        return Err(PackError::Count {
            found: body.matches(SEPARATOR).count(),
        });
    }
    Ok(strings)
}

/// The pack of `lang`, from its language file: what `sis-texts` writes.
/// Only where the language files are compiled in (not `texts_on_demand`,
/// see `build.rs`).
#[cfg(not(texts_on_demand))]
pub fn write(lang: Lang) -> String {
    let mut pack = format!("{FORMAT} {}\n", lang.tag());
    for (index, string) in lang.strings().into_iter().enumerate() {
        let team_app_only = Text::ALL
            .get(index)
            .is_some_and(|key| TEAM_APP_ONLY.contains(key));
        if !team_app_only {
            pack.push_str(string);
        }
        pack.push(SEPARATOR);
    }
    pack
}
