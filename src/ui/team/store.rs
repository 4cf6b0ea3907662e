//! The team sessions this browser keeps, on both sides, in memory and in
//! localStorage: the sessions it hosts as a facilitator
//! (`sis:team-sessions`) and the sealed sessions it was invited to
//! (`sis:team-replies`).
//!
//! Every write first reads what is stored and merges it
//! (`core::storage::team_sessions::merge_sessions`), so a second tab can neither bring
//! back a deleted key nor lose replies the other tab added. Opening a
//! session's profile is written straight to storage and read back before
//! the profile shows: if storage still holds the key, the profile does not
//! open.

use leptos::prelude::*;

use crate::core::links::invite::TeamId;
use crate::core::storage::records::{LoadError, Loaded};
use crate::core::storage::session::{Persistence, Read};
use crate::core::storage::team_sessions::{
    current_session, decode_memberships, decode_sessions, encode_memberships, encode_sessions,
    holds_key, is_opened, merge_sessions, replace_session, HostedSession, Membership, MEMBER_KEY,
    SESSIONS_KEY,
};
use crate::core::team::TeamAnalysis;
use crate::ui::state::{AppState, Route};
use crate::web::storage;

/// The team sessions this browser keeps. Provided once by the full app.
#[derive(Clone, Copy)]
pub struct TeamStore {
    /// Sessions created here.
    pub hosted: RwSignal<Vec<HostedSession>>,
    /// Sealed sessions this browser was invited to.
    pub memberships: RwSignal<Vec<Membership>>,
    /// The profile of a session just opened, kept in memory only (never
    /// stored) while its page is shown, so that switching the language does
    /// not lose it.
    pub just_opened: RwSignal<Option<(TeamId, TeamAnalysis)>>,
    /// Whether the stored sessions may be written: not when what is stored
    /// could not be read (corrupt, or from a newer version), so a private
    /// key there is never overwritten.
    hosted_writable: StoredValue<bool>,
    memberships_writable: StoredValue<bool>,
    /// The app state, whose saving rules apply (kept here: saving also
    /// happens in tasks of their own, outside any component).
    state: AppState,
}

/// What storage gave for a list: the list (empty when there was none or it
/// could not be read), and whether it may be written.
fn load_list<T>(
    read: Read,
    decode: fn(&str) -> Result<Loaded<Vec<T>>, LoadError>,
) -> (Vec<T>, bool) {
    match read {
        Read::Found(text) => match decode(&text) {
            Ok(loaded) => (loaded.value, true),
            Err(_) => (Vec::new(), false),
        },
        Read::Missing | Read::Failed => (Vec::new(), true),
    }
}

/// The stored sessions as they are now (another tab may have changed them).
fn stored_sessions() -> Option<Vec<HostedSession>> {
    match storage::read(SESSIONS_KEY) {
        Read::Found(text) => decode_sessions(&text).ok().map(|loaded| loaded.value),
        Read::Missing => Some(Vec::new()),
        Read::Failed => None,
    }
}

impl TeamStore {
    /// Reads both lists from storage; both are forgotten in memory whenever
    /// "delete my data" or a kiosk's wipe runs.
    pub fn load(state: AppState) -> TeamStore {
        let (hosted, hosted_writable) = load_list(storage::read(SESSIONS_KEY), decode_sessions);
        let (memberships, memberships_writable) =
            load_list(storage::read(MEMBER_KEY), decode_memberships);
        let store = TeamStore {
            hosted: RwSignal::new(hosted),
            memberships: RwSignal::new(memberships),
            just_opened: RwSignal::new(None),
            hosted_writable: StoredValue::new(hosted_writable),
            memberships_writable: StoredValue::new(memberships_writable),
            state,
        };
        Effect::watch(
            move || state.deletions.get(),
            move |_, _, _| store.clear(),
            false,
        );
        // The full profile of a session just opened shows until its page is
        // left (a language switch stays on the page); then only the
        // aggregate is left, as after a reload.
        Effect::watch(
            move || state.route.get(),
            move |route, _, _| {
                if !matches!(route, Route::TeamSession(_)) {
                    store.just_opened.set(None);
                }
            },
            false,
        );
        store
    }

    /// Whether the stored sessions could not be read (and are left alone).
    pub fn unreadable(&self) -> bool {
        !self.hosted_writable.get_value()
    }

    /// Whether a session's key lives in this tab only: storage is off, or
    /// what is stored could not be read.
    pub fn keys_in_memory_only(&self) -> bool {
        self.unreadable() || self.state.persistence.get_untracked() != Persistence::Saving
    }

    /// Changes the hosted sessions and saves them, merged with what another
    /// tab may have stored since.
    pub fn change_hosted(&self, change: impl FnOnce(&mut Vec<HostedSession>)) {
        if self.hosted_writable.get_value() {
            if let Some(stored) = stored_sessions() {
                let merged = self
                    .hosted
                    .with_untracked(|memory| merge_sessions(stored, memory));
                self.hosted.set(merged);
            }
        }
        self.hosted.update(change);
        if self.hosted_writable.get_value() {
            let json = self.hosted.with_untracked(|s| encode_sessions(s));
            self.state.save(SESSIONS_KEY, json);
        }
    }

    /// Replaces a collecting session by its opened form, in storage first:
    /// `true` only when storage no longer holds the session's key (or holds
    /// nothing at all because it cannot be reached, as in a tab that never
    /// stored the session). Nothing changes when it returns `false`.
    pub fn commit_opened(&self, opened: HostedSession) -> bool {
        let team = opened.team;
        let Some(stored) = stored_sessions() else {
            // Storage cannot be read: the session was never stored, so it
            // lives in this tab only; it is opened in memory.
            self.hosted
                .update(|sessions| replace_session(sessions, &opened));
            return true;
        };
        if is_opened(&stored, team) {
            // Another tab opened it first.
            return false;
        }
        let mut merged = self
            .hosted
            .with_untracked(|memory| merge_sessions(stored, memory));
        replace_session(&mut merged, &opened);
        let stored_now = storage::write(SESSIONS_KEY, encode_sessions(&merged))
            .then(stored_sessions)
            .flatten();
        let key_gone = stored_now.is_some_and(|sessions| !holds_key(&sessions, team));
        if key_gone {
            self.hosted.set(merged);
        }
        key_gone
    }

    /// Changes the memberships and saves them.
    pub fn change_memberships(&self, change: impl FnOnce(&mut Vec<Membership>)) {
        self.memberships.update(change);
        if self.memberships_writable.get_value() {
            let json = self.memberships.with_untracked(|m| encode_memberships(m));
            self.state.save(MEMBER_KEY, json);
        }
    }

    /// Forgets everything in memory (after "delete my data").
    pub fn clear(&self) {
        self.hosted.set(Vec::new());
        self.memberships.set(Vec::new());
        self.just_opened.set(None);
        self.hosted_writable.set_value(true);
        self.memberships_writable.set_value(true);
    }

    /// The hosted session with this id, as stored now when storage can be
    /// read (another tab may have opened it), else as in memory.
    pub fn session(&self, team: TeamId) -> Option<HostedSession> {
        let stored = self
            .hosted_writable
            .get_value()
            .then(stored_sessions)
            .flatten();
        self.hosted
            .with_untracked(|memory| current_session(stored.as_deref(), memory, team))
    }
}

/// The team store from context.
pub fn use_team_store() -> TeamStore {
    expect_context::<TeamStore>()
}
