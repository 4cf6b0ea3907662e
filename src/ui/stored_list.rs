//! A list the full app keeps under one localStorage key (the action plans,
//! the team rounds): read once at start with the notices every record gives
//! (`core::storage::session::list_at_start`), changed in memory and saved
//! whole, left alone when it came from a newer version, and forgotten with
//! "delete my data".

use leptos::prelude::*;

use crate::core::storage::session::ListAtStart;
use crate::ui::state::AppState;
use crate::web::storage;

/// A stored list. Copyable; provided once by the full app for each kind.
pub struct StoredList<T: Send + Sync + 'static> {
    /// The list as it is now.
    pub items: RwSignal<Vec<T>>,
    /// Whether the stored list may be written: not when it comes from a
    /// newer version of the app, which this one leaves as it is.
    writable: StoredValue<bool>,
    /// The key it is stored under.
    key: &'static str,
    /// How it is written.
    encode: fn(&[T]) -> String,
    /// The app state, whose saving rules apply.
    state: AppState,
}

impl<T: Send + Sync + 'static> Clone for StoredList<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for StoredList<T> {}

impl<T: Send + Sync + 'static> StoredList<T> {
    /// Reads the list under `key` with `start` (which decides from what
    /// storage gave), shows its notice, and forgets the list in memory
    /// whenever "delete my data" or a kiosk's wipe runs.
    pub fn load(
        state: AppState,
        key: &'static str,
        start: fn(storage_read: crate::core::storage::session::Read) -> ListAtStart<T>,
        encode: fn(&[T]) -> String,
    ) -> StoredList<T> {
        let start = start(storage::read(key));
        if let Some(notice) = start.notice {
            state.notices.update(|notices| {
                if !notices.contains(&notice) {
                    notices.push(notice);
                }
            });
        }
        let list = StoredList {
            items: RwSignal::new(start.list),
            writable: StoredValue::new(start.writable),
            key,
            encode,
            state,
        };
        Effect::watch(
            move || state.deletions.get(),
            move |_, _, _| list.clear(),
            false,
        );
        list
    }

    /// Whether what is stored could not be written over (it came from a
    /// newer version): changes then stay in this tab.
    pub fn read_only(&self) -> bool {
        !self.writable.get_value()
    }

    /// Forgets the list in memory, after "delete my data" removed it from
    /// storage.
    pub fn clear(&self) {
        self.items.set(Vec::new());
        self.writable.set_value(true);
    }

    /// Changes the list and saves it whole.
    pub fn change(&self, change: impl FnOnce(&mut Vec<T>)) {
        self.items.update(change);
        if self.writable.get_value() {
            let json = self.items.with_untracked(|items| (self.encode)(items));
            self.state.save(self.key, json);
        }
    }
}
