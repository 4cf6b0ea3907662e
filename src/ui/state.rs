//! The app state shared by every component, and the actions that change it.
//!
//! Every change to the answers goes through [`AppState::update_progress`],
//! which saves it at once; when saving fails the app goes on in memory and
//! shows one notice.

use leptos::prelude::*;

use crate::core::model::Lang;
use crate::core::params::parse_query;
use crate::core::session::{self, Notice, Persistence};
use crate::core::stored::{
    encode_progress, encode_settings, Progress, Settings, Stage, PROGRESS_KEY, SETTINGS_KEY,
};
use crate::core::texts::Text;
use crate::web::{page, storage};

/// Signals shared by the whole app. Copyable, provided once at the root.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The language of the interface.
    pub lang: RwSignal<Lang>,
    /// The scan: answers and where the respondent is.
    pub progress: RwSignal<Progress>,
    /// Whether changes are written to storage.
    pub persistence: RwSignal<Persistence>,
    /// Notices shown at the top of the page.
    pub notices: RwSignal<Vec<Notice>>,
    /// Set after "delete my data" succeeded, for its confirmation message.
    pub deleted: RwSignal<bool>,
}

impl AppState {
    /// Reads storage and decides the start state (see `core::session`).
    pub fn start() -> AppState {
        let startup = session::start(storage::read(PROGRESS_KEY), storage::read(SETTINGS_KEY));
        let (params, warnings) = parse_query(&page::query_string());
        for warning in warnings {
            page::console_warn(&format!("Sociale Innovatie Scan: {warning}"));
        }
        let mut progress = startup.progress;
        if params.skip_intro && progress.stage == Stage::Intro {
            progress.stage = Stage::Questions {
                item: progress.answers.first_unanswered().unwrap_or(0),
            };
        }
        AppState {
            lang: RwSignal::new(params.lang.unwrap_or(startup.settings.lang)),
            progress: RwSignal::new(progress),
            persistence: RwSignal::new(startup.persistence),
            notices: RwSignal::new(startup.notices),
            deleted: RwSignal::new(false),
        }
    }

    /// A text in the current language; reactive when called inside a view.
    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.lang.get())
    }

    /// Changes the scan and saves it.
    pub fn update_progress(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        self.deleted.set(false);
        let json = self.progress.with_untracked(encode_progress);
        self.save(PROGRESS_KEY, json);
    }

    /// Switches the language and remembers the choice.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.save(SETTINGS_KEY, encode_settings(&Settings { lang }));
    }

    /// Removes a notice.
    pub fn dismiss(&self, notice: Notice) {
        self.notices
            .update(|notices| notices.retain(|n| *n != notice));
    }

    /// Deletes everything the app stored and starts a fresh scan. Returns
    /// whether storage confirmed it (in memory the data is gone either way).
    pub fn delete_everything(&self) {
        let removed = storage::remove_all();
        self.progress.set(Progress::new());
        self.notices.set(Vec::new());
        if removed {
            // After an explicit delete, newer data is gone too: saving may resume.
            self.persistence.set(Persistence::Saving);
        }
        self.deleted.set(true);
    }

    fn save(&self, key: &str, json: String) {
        if self.persistence.get_untracked() != Persistence::Saving {
            return;
        }
        if !storage::write(key, json) {
            self.persistence.set(Persistence::MemoryOnly);
            self.notices.update(|notices| {
                if !notices.contains(&Notice::StorageUnavailable) {
                    notices.push(Notice::StorageUnavailable);
                }
            });
        }
    }
}

/// The app state from context.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
