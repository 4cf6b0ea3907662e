//! The app state shared by every component, and the actions that change it.
//!
//! Every change to stored data goes through an action here that saves it at
//! once; when saving fails the app goes on in memory and shows one notice.

use leptos::prelude::*;

use crate::core::host::params::LaunchParams;
use crate::core::i18n::{Lang, Text};
use crate::core::links::invite::{decode_invite, Invite, InviteError, TeamId};
use crate::core::links::link_reader::{
    screen_after_change, screen_at_start, screen_for_next_person, HandoffPage, LinkKind, Screen,
};
use crate::core::links::share::{self, LinkError, SharedResult};
use crate::core::links::team::{decode_aggregate, AggregateError};
use crate::core::scan::progress::{Progress, Stage, TeamSession};
use crate::core::storage::history::{self, encode_history, HistoryEntry, HISTORY_KEY};
use crate::core::storage::records::{
    encode_progress, encode_settings, Settings, PROGRESS_KEY, SETTINGS_KEY,
};
use crate::core::storage::session::{self, Notice, Persistence};
use crate::core::team::aggregate::TeamAggregate;
use crate::core::team::sealed::{self, ReplyError, SealedReply};
use crate::web::{browser, page, storage};

/// Which part of the app is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    /// One's own scan: intro, statements, review or result (by its stage).
    Scan,
    /// A result opened from a link, read-only; or why the link did not work.
    Shared(Result<SharedResult, LinkError>),
    /// The list of one's finished scans.
    History,
    /// What the app stores and what leaves the browser.
    Privacy,
    /// One finished scan from the history, read-only.
    HistoryEntry(i64),
    /// Two results side by side.
    Compare(SharedResult, SharedResult, CompareNames),
    /// A team invite opened by a member, or why it did not work.
    Invite(Result<Invite, InviteError>),
    /// A facilitator sets up a team session.
    TeamSetup,
    /// A facilitator's team overview of result links (older, open sessions).
    TeamView,
    /// A facilitator's kept team rounds, "My team profiles".
    TeamRounds,
    /// A facilitator's sealed session: its invite, collecting replies, and
    /// its team profile once opened.
    TeamSession(TeamId),
    /// A sealed team reply opened as a link (`#s=`), or why it failed.
    Reply(Result<SealedReply, ReplyError>),
    /// A team profile opened from a team link (aggregates only), or why it failed.
    TeamAggregate(Box<Result<TeamAggregate, AggregateError>>),
}

/// How the two compared results are named in the legend: the date of an own
/// result (ms since 1970) or `None` for a pasted link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompareNames(pub Option<i64>, pub Option<i64>);

/// Signals shared by the whole app. Copyable, provided once at the root.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The language of the interface.
    pub lang: RwSignal<Lang>,
    /// The scan: answers and where the respondent is.
    pub progress: RwSignal<Progress>,
    /// Finished scans, oldest first.
    pub history: RwSignal<Vec<HistoryEntry>>,
    /// What is shown.
    pub route: RwSignal<Route>,
    /// Whether changes are written to storage.
    pub persistence: RwSignal<Persistence>,
    /// Notices shown at the top of the page.
    pub notices: RwSignal<Vec<Notice>>,
    /// Set after "delete my data" succeeded, for its confirmation message.
    pub deleted: RwSignal<bool>,
    /// How many times "delete my data" (or a kiosk's wipe) ran, for state
    /// kept outside this struct to forget itself too.
    pub deletions: RwSignal<u32>,
    /// Whether the "delete my data" confirmation is open (keys of the
    /// statement page wait meanwhile).
    pub confirming_delete: RwSignal<bool>,
}

impl Route {
    /// Whether the route shows a link opened from the address (a result, an
    /// invite, a team link or a reply), which leaves when the link leaves
    /// the address.
    pub fn is_link(&self) -> bool {
        matches!(
            self,
            Route::Shared(_) | Route::Invite(_) | Route::Reply(_) | Route::TeamAggregate(_)
        )
    }
}

/// The full app's route for a screen the address asks for (decided by
/// `core::links::link_reader`): the link read by its kind's module, the query's
/// invite, or one's own scan.
fn route_for_screen(screen: Screen, fragment: &str, params: &LaunchParams) -> Route {
    // The address is read as the text `#FRAGMENT`, as if it were pasted.
    let link = format!("#{fragment}");
    match screen {
        Screen::Link(LinkKind::Result) => Route::Shared(share::decode(&link)),
        Screen::Link(LinkKind::Invite) => Route::Invite(decode_invite(&link)),
        Screen::Link(LinkKind::TeamLink) => Route::TeamAggregate(Box::new(decode_aggregate(&link))),
        Screen::Link(LinkKind::Reply) => Route::Reply(sealed::read_reply(&link)),
        Screen::QueryInvite => {
            Route::Invite(decode_invite(params.invite.as_deref().unwrap_or_default()))
        }
        Screen::Own => Route::Scan,
    }
}

/// The full app's route for the address at start: the fragment's link, or
/// a team invite from the query string (as from an embed) when the fragment
/// holds no link, else one's own scan.
pub fn route_for_address(fragment: &str, params: &LaunchParams) -> Route {
    let screen = screen_at_start(fragment, params.invite.is_some());
    route_for_screen(screen, fragment, params)
}

/// The full app's route for the next person at a kiosk (decided by
/// `core::links::link_reader::screen_for_next_person`): the query's invite
/// again, else the intro of one's own scan.
pub fn route_for_next_person(params: &LaunchParams) -> Route {
    route_for_screen(screen_for_next_person(params.invite.is_some()), "", params)
}

/// The full app's route after the address changed (a link pasted into the
/// address bar, Back or Forward), or `None` when the screen stays as it is.
pub fn route_after_address_change(
    fragment: &str,
    params: &LaunchParams,
    current: &Route,
) -> Option<Route> {
    let screen = screen_after_change(fragment, params.invite.is_some(), current.is_link())?;
    let route = route_for_screen(screen, fragment, params);
    (route != *current).then_some(route)
}

impl AppState {
    /// Reads storage and the address, and decides the start state (see
    /// `core::storage::session`), with the settings of the query string. In the
    /// team app a hand-over from the full app takes the place of storage.
    pub fn start(params: &LaunchParams) -> AppState {
        match crate::web::handoff::take() {
            Some(handoff) => AppState::start_from_handoff(handoff, params),
            None => AppState::start_from_storage(params),
        }
    }

    /// Reads storage and the address.
    fn start_from_storage(params: &LaunchParams) -> AppState {
        let startup = session::start(
            storage::read(PROGRESS_KEY),
            storage::read(SETTINGS_KEY),
            storage::read(HISTORY_KEY),
        );
        let mut progress = startup.progress;
        if params.skip_intro && progress.stage == Stage::Intro {
            progress.stage = Stage::Questions {
                item: progress.answers.first_unanswered().unwrap_or(0),
            };
        }
        AppState::new(
            rule_lang(params.lang, startup.stored_lang),
            progress,
            startup.history,
            route_for_address(&browser::fragment(), params),
            startup.persistence,
            startup.notices,
        )
    }

    /// A state of these values, with nothing deleted and no confirmation open.
    pub fn new(
        lang: Lang,
        progress: Progress,
        history: Vec<HistoryEntry>,
        route: Route,
        persistence: Persistence,
        notices: Vec<Notice>,
    ) -> AppState {
        AppState {
            lang: RwSignal::new(lang),
            progress: RwSignal::new(progress),
            history: RwSignal::new(history),
            route: RwSignal::new(route),
            persistence: RwSignal::new(persistence),
            notices: RwSignal::new(notices),
            deleted: RwSignal::new(false),
            deletions: RwSignal::new(0),
            confirming_delete: RwSignal::new(false),
        }
    }

    /// The full app's start after the first-load app handed over its state.
    fn start_from_handoff(
        handoff: crate::web::handoff::Handoff,
        params: &LaunchParams,
    ) -> AppState {
        let startup = session::start(
            session::Read::Found(handoff.progress),
            session::Read::Found(handoff.settings),
            session::Read::Found(handoff.history),
        );
        let route = match HandoffPage::from_id(&handoff.route) {
            HandoffPage::History => Route::History,
            HandoffPage::TeamSetup => Route::TeamSetup,
            HandoffPage::Privacy => Route::Privacy,
            HandoffPage::Address => route_for_address(&browser::fragment(), params),
            HandoffPage::Scan => Route::Scan,
        };
        let notices = handoff
            .notices
            .split(',')
            .filter_map(Notice::from_id)
            .collect();
        AppState::new(
            startup.settings.lang,
            startup.progress,
            startup.history,
            route,
            Persistence::from_id(&handoff.persistence).unwrap_or(startup.persistence),
            notices,
        )
    }

    /// The state as texts in the stored formats, for the full app.
    pub fn handoff(&self, route: &str) -> crate::web::handoff::Handoff {
        crate::web::handoff::Handoff {
            progress: self.progress.with_untracked(encode_progress),
            settings: encode_settings(&Settings {
                lang: self.lang.get_untracked(),
            }),
            history: self
                .history
                .with_untracked(|entries| encode_history(entries)),
            persistence: self.persistence.get_untracked().id().to_owned(),
            notices: self.notices.with_untracked(|notices| {
                notices.iter().map(|n| n.id()).collect::<Vec<_>>().join(",")
            }),
            route: route.to_owned(),
        }
    }

    /// A text in the current language; reactive when called inside a view.
    #[inline(always)]
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

    /// Starts a new, empty scan at the first statement, in the same team
    /// session as the scan before it (if any).
    pub fn start_new_scan(&self) {
        let team = self
            .progress
            .with_untracked(|progress| progress.team.clone());
        self.start_scan_for(team);
    }

    /// Starts a new, empty scan for a team session (or none).
    pub fn start_scan_for(&self, team: Option<TeamSession>) {
        self.update_progress(|progress| {
            *progress = Progress::new();
            progress.scan = Some(browser::now_ms());
            progress.stage = Stage::Questions { item: 0 };
            progress.team = team;
        });
    }

    /// Shows one's own result and keeps it in the history (updating the entry
    /// of this scan when its answers were changed and shown again).
    pub fn show_own_result(&self) {
        let now = browser::now_ms();
        self.update_progress(|progress| {
            progress.stage = Stage::Result;
            progress.scan.get_or_insert(now);
        });
        let entry = self.progress.with_untracked(|progress| HistoryEntry {
            scan: progress.scan.unwrap_or(now),
            finished: now,
            result: progress.shared_result(),
        });
        self.change_history(|entries| history::record(entries, entry));
    }

    /// Changes the history and saves it.
    pub fn change_history(&self, change: impl FnOnce(&mut Vec<HistoryEntry>)) {
        self.history.update(change);
        let json = self
            .history
            .with_untracked(|entries| encode_history(entries));
        self.save(HISTORY_KEY, json);
    }

    /// Goes to a route and to the top of the page.
    pub fn go(&self, route: Route) {
        self.route.set(route);
        page::scroll_to_top();
    }

    /// Leaves a shared result or an invite for one's own scan, removing the
    /// link from the address.
    pub fn leave_shared(&self) {
        browser::clear_fragment();
        self.go(Route::Scan);
    }

    /// Switches the language and remembers the choice. Where texts come on
    /// demand, a language whose pack is not here yet is fetched first, and
    /// the app stays in its language meanwhile, with the chosen language's
    /// button in the menu busy; if the pack cannot be fetched (offline,
    /// say), it stays there with a notice.
    pub fn set_lang(&self, lang: Lang) {
        // The last choice counts: a language whose texts arrive after
        // another was chosen (the one shown, too) is not switched to, and
        // its button is busy no more.
        #[cfg(texts_on_demand)]
        if let Some(before) = LANG_CHOSEN.replace(Some(lang)) {
            crate::web::page::set_busy(before.menu_id(), false);
        }
        // The language shown already: nothing to render again.
        if self.lang.get_untracked() == lang {
            return;
        }
        #[cfg(texts_on_demand)]
        {
            if !crate::core::i18n::on_demand::is_loaded(lang) {
                crate::web::page::set_busy(lang.menu_id(), true);
                let state = *self;
                leptos::task::spawn_local(async move {
                    let loaded = crate::web::texts::load(lang).await;
                    if LANG_CHOSEN.get() != Some(lang) {
                        return;
                    }
                    crate::web::page::set_busy(lang.menu_id(), false);
                    match loaded {
                        Ok(()) => state.set_lang(lang),
                        Err(_) => state.notify(Notice::LanguageUnavailable),
                    }
                });
                return;
            }
        }
        self.dismiss(Notice::LanguageUnavailable);
        self.lang.set(lang);
        self.save(SETTINGS_KEY, encode_settings(&Settings { lang }));
    }

    /// Where texts come on demand, the pack of [`start_language`] was
    /// fetched before mounting, which is the language this state chose.
    /// Should the two ever differ, the page shows a language whose texts are
    /// here while the chosen one's are fetched.
    #[cfg(texts_on_demand)]
    pub fn show_a_language_whose_texts_are_here(&self) {
        use crate::core::i18n::on_demand;
        let chosen = self.lang.get_untracked();
        if on_demand::is_loaded(chosen) {
            return;
        }
        if let Some(&here) = Lang::ALL.iter().find(|&&lang| on_demand::is_loaded(lang)) {
            self.lang.set(here);
            self.set_lang(chosen);
        }
    }

    /// Removes a notice.
    pub fn dismiss(&self, notice: Notice) {
        self.notices
            .update(|notices| notices.retain(|n| *n != notice));
    }

    /// Deletes everything the app stored and starts afresh at the intro.
    pub fn delete_everything(&self) {
        let removed = storage::remove_all();
        self.progress.set(Progress::new());
        self.history.set(Vec::new());
        self.notices.set(Vec::new());
        if removed {
            // After an explicit delete, newer data is gone too: saving may resume.
            self.persistence.set(Persistence::Saving);
        }
        self.deleted.set(true);
        self.deletions.update(|n| *n += 1);
        if !matches!(
            self.route.get_untracked(),
            Route::Shared(_) | Route::Invite(_) | Route::Reply(_)
        ) {
            self.route.set(Route::Scan);
        }
    }

    /// Shows `notice`, once.
    pub fn notify(&self, notice: Notice) {
        // The state may be gone (the team app took over) when a fetch ends.
        let _ = self.notices.try_update(|notices| {
            if !notices.contains(&notice) {
                notices.push(notice);
            }
        });
    }

    /// Stores `json` under `key` when saving is on; a refusal turns saving
    /// off with one notice, as for every other record.
    pub fn save(&self, key: &str, json: String) {
        if self.persistence.get_untracked() != Persistence::Saving {
            return;
        }
        if !storage::write(key, json) {
            self.persistence.set(Persistence::MemoryOnly);
            self.notify(Notice::StorageUnavailable);
        }
    }
}

#[cfg(texts_on_demand)]
thread_local! {
    /// The language last chosen in the menu, while texts come on demand
    /// (see [`AppState::set_lang`]).
    static LANG_CHOSEN: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// The language by the rule of [`crate::core::i18n::start_lang`]: `lang=`
/// in the address, else the choice stored in this browser, else the
/// browser's preferred languages, else the default.
fn rule_lang(from_address: Option<Lang>, stored: Option<Lang>) -> Lang {
    crate::core::i18n::start_lang(
        from_address,
        stored,
        browser::preferred_languages().iter().map(String::as_str),
    )
}

/// The language the app's first page will show, known before it mounts, so
/// that its text pack is fetched first (`texts_on_demand`): the pre-rendered
/// screen's, where one was shown (the person may have switched there, and
/// the app adopts it), else [`rule_lang`]'s over the same address and
/// storage that [`AppState::start`] reads.
#[cfg(texts_on_demand)]
pub fn start_language() -> Lang {
    if let Some(lang) = page::prerendered_lang() {
        return lang;
    }
    let (params, _) = crate::core::host::params::parse_query(&page::query_string());
    let stored = session::start(
        session::Read::Missing,
        storage::read(SETTINGS_KEY),
        session::Read::Missing,
    )
    .stored_lang;
    rule_lang(params.lang, stored)
}

/// The app state from context.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
