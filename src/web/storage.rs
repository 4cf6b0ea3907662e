//! localStorage access through gloo-storage, made safe against storage that throws.
//!
//! gloo-storage's `LocalStorage::raw()` throws when the browser refuses
//! access (sandboxed frames, disabled storage), so every call first asks the
//! browser for the storage object itself and returns a value on failure.
//! Reads use the raw `getItem` so that a throwing read is a value too.

use gloo_storage::{LocalStorage, Storage};

use crate::core::storage::records::KEY_PREFIX;
use crate::core::storage::session::Read;

/// Whether the browser gives access to localStorage right now.
fn accessible() -> bool {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .is_some()
}

/// Reads the text stored under `key`.
pub fn read(key: &str) -> Read {
    if !accessible() {
        return Read::Failed;
    }
    match LocalStorage::raw().get_item(key) {
        Ok(Some(text)) => Read::Found(text),
        Ok(None) => Read::Missing,
        Err(_) => Read::Failed,
    }
}

/// Stores `json` (already encoded by the core) under `key`. Returns `false`
/// when storage refused it (unavailable, quota exceeded, security error).
pub fn write(key: &str, json: String) -> bool {
    if !accessible() {
        return false;
    }
    // The core's encoder always produces JSON; it is stored as is.
    LocalStorage::raw().set_item(key, &json).is_ok()
}

/// Removes every key this app wrote (those with its prefix) and nothing else.
/// Returns `false` when storage could not be reached.
pub fn remove_all() -> bool {
    if !accessible() {
        return false;
    }
    let storage = LocalStorage::raw();
    let length = storage.length().unwrap_or(0);
    let ours: Vec<String> = (0..length)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(KEY_PREFIX))
        .collect();
    ours.iter().all(|key| storage.remove_item(key).is_ok())
}
