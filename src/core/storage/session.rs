//! Start-up and persistence policy: what the app does with what storage gave it.
//!
//! The browser edge reads raw text (or fails to); this module decides, without
//! any IO, which progress and settings to start with, which notices to show,
//! and whether writing is allowed. Keeping it here makes every storage fault a
//! native, table-driven test.

use crate::core::i18n::{Lang, Text};
use crate::core::scan::progress::Progress;
use crate::core::storage::history::{decode_history, HistoryEntry};
use crate::core::storage::records::{
    decode_progress, decode_settings, LoadError, Loaded, Settings,
};

/// What reading one storage key gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// The key holds this text.
    Found(String),
    /// The key is not there.
    Missing,
    /// Storage threw (disabled, private mode, sandboxed frame).
    Failed,
}

/// Whether the app may write to storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// Writes go to storage.
    Saving,
    /// Storage is unavailable or failed; the app keeps everything in memory.
    MemoryOnly,
    /// Storage holds data of a newer app version; it is left untouched, so the
    /// app keeps this session in memory.
    ProtectingNewer,
}

impl Persistence {
    /// A stable name, for the hand-over from the first-load app to the full app.
    pub fn id(self) -> &'static str {
        match self {
            Persistence::Saving => "saving",
            Persistence::MemoryOnly => "memory",
            Persistence::ProtectingNewer => "newer",
        }
    }

    /// The mode with this [`Persistence::id`], if any.
    pub fn from_id(id: &str) -> Option<Persistence> {
        [
            Persistence::Saving,
            Persistence::MemoryOnly,
            Persistence::ProtectingNewer,
        ]
        .into_iter()
        .find(|mode| mode.id() == id)
    }
}

/// A short message about storage shown once at the top of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Notice {
    /// Progress cannot be kept.
    StorageUnavailable,
    /// Stored data was unreadable and was ignored.
    StoredCorrupt,
    /// Part of the stored data was invalid and was dropped.
    StoredRepaired,
    /// Stored data is from a newer version and left alone.
    StoredNewer,
    /// The texts of a language chosen in the menu could not be fetched; the
    /// app stays in the language it showed.
    LanguageUnavailable,
}

impl Notice {
    /// A stable name for the notice, used as a hook by browser tests.
    pub fn id(self) -> &'static str {
        match self {
            Notice::StorageUnavailable => "storage-unavailable",
            Notice::StoredCorrupt => "stored-corrupt",
            Notice::StoredRepaired => "stored-repaired",
            Notice::StoredNewer => "stored-newer",
            Notice::LanguageUnavailable => "language-unavailable",
        }
    }

    /// The notice with this [`Notice::id`], if any.
    pub fn from_id(id: &str) -> Option<Notice> {
        [
            Notice::StorageUnavailable,
            Notice::StoredCorrupt,
            Notice::StoredRepaired,
            Notice::StoredNewer,
            Notice::LanguageUnavailable,
        ]
        .into_iter()
        .find(|notice| notice.id() == id)
    }

    /// The text of the notice.
    #[inline(always)]
    pub fn text(self) -> Text {
        match self {
            Notice::StorageUnavailable => Text::NoticeStorageUnavailable,
            Notice::StoredCorrupt => Text::NoticeStoredCorrupt,
            Notice::StoredRepaired => Text::NoticeStoredRepaired,
            Notice::StoredNewer => Text::NoticeStoredNewer,
            Notice::LanguageUnavailable => Text::NoticeLanguageUnavailable,
        }
    }
}

/// What the app starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Startup {
    /// The scan to show.
    pub progress: Progress,
    /// The user's settings.
    pub settings: Settings,
    /// The language chosen before in this browser, if a valid choice is stored.
    pub stored_lang: Option<Lang>,
    /// The finished scans kept in this browser, oldest first.
    pub history: Vec<HistoryEntry>,
    /// Whether writes go to storage.
    pub persistence: Persistence,
    /// Notices to show, without duplicates.
    pub notices: Vec<Notice>,
}

fn add(notices: &mut Vec<Notice>, notice: Notice) {
    if !notices.contains(&notice) {
        notices.push(notice);
    }
}

/// A stored record: its valid part (with a notice when something was
/// dropped), or nothing, with `judge` deciding the notice for why.
fn load<T>(
    outcome: Option<Result<Loaded<T>, LoadError>>,
    notices: &mut Vec<Notice>,
    judge: &mut impl FnMut(LoadError, &mut Vec<Notice>),
) -> Option<T> {
    match outcome? {
        Ok(loaded) => {
            if loaded.dropped > 0 {
                add(notices, Notice::StoredRepaired);
            }
            Some(loaded.value)
        }
        Err(error) => {
            judge(error, notices);
            None
        }
    }
}

/// Decides the start state from what reading the progress, settings and
/// history keys gave.
pub fn start(progress: Read, settings: Read, history: Read) -> Startup {
    let mut notices = Vec::new();
    let mut persistence = Persistence::Saving;
    let mut take = |read: Read| -> Option<String> {
        match read {
            Read::Found(text) => Some(text),
            Read::Missing => None,
            Read::Failed => {
                persistence = Persistence::MemoryOnly;
                None
            }
        }
    };
    let progress_text = take(progress);
    let settings_text = take(settings);
    let history_text = take(history);
    if persistence == Persistence::MemoryOnly {
        add(&mut notices, Notice::StorageUnavailable);
    }

    let mut judge = |error: LoadError, notices: &mut Vec<Notice>| match error {
        LoadError::Newer(_) | LoadError::UnknownQuestionnaire(_) => {
            if persistence == Persistence::Saving {
                persistence = Persistence::ProtectingNewer;
            }
            add(notices, Notice::StoredNewer);
        }
        LoadError::Corrupt(_) | LoadError::UnknownVersion(_) | LoadError::Malformed(_) => {
            add(notices, Notice::StoredCorrupt)
        }
    };

    let progress = load(
        progress_text.map(|text| decode_progress(&text)),
        &mut notices,
        &mut judge,
    )
    .unwrap_or_default();
    // Settings are a convenience: a bad record silently falls back to the
    // default language, unless it comes from a newer version.
    let mut stored_lang = None;
    let settings = match settings_text.map(|text| decode_settings(&text)) {
        Some(Ok(loaded)) => {
            if loaded.dropped == 0 {
                stored_lang = Some(loaded.value.lang);
            }
            loaded.value
        }
        Some(Err(error @ LoadError::Newer(_))) => {
            judge(error, &mut notices);
            Settings::default()
        }
        _ => Settings::default(),
    };
    let history: Vec<HistoryEntry> = load(
        history_text.map(|text| decode_history(&text)),
        &mut notices,
        &mut judge,
    )
    .unwrap_or_default();
    Startup {
        progress,
        settings,
        stored_lang,
        history,
        persistence,
        notices,
    }
}

/// What the app starts with from what storage gave for a list kept under
/// one key (the action plans, the team rounds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListAtStart<T> {
    /// What could be read.
    pub list: Vec<T>,
    /// Whether the list may be written: not when it comes from a newer
    /// version, which this one leaves as it is.
    pub writable: bool,
    /// What to tell the person, if anything: as for every other record.
    pub notice: Option<Notice>,
}

/// Decides the start of a list from what reading its key gave: an
/// unreadable list is set aside (and overwritten by the next change), one of
/// a newer version is left alone, and entries this version cannot read are
/// dropped; each with the notice the other records give for the same case.
pub fn list_at_start<T>(
    read: Read,
    decode: fn(&str) -> Result<Loaded<Vec<T>>, LoadError>,
) -> ListAtStart<T> {
    let start = |list, writable, notice| ListAtStart {
        list,
        writable,
        notice,
    };
    match read {
        Read::Missing => start(Vec::new(), true, None),
        Read::Failed => start(Vec::new(), true, Some(Notice::StorageUnavailable)),
        Read::Found(text) => match decode(&text) {
            Ok(loaded) => {
                let notice = (loaded.dropped > 0).then_some(Notice::StoredRepaired);
                start(loaded.value, true, notice)
            }
            Err(LoadError::Newer(_)) => start(Vec::new(), false, Some(Notice::StoredNewer)),
            Err(_) => start(Vec::new(), true, Some(Notice::StoredCorrupt)),
        },
    }
}
