//! The thin browser edge: everything that touches browser APIs other than the
//! DOM that Leptos renders. Each function here is small and forgiving: browser
//! faults become values, never panics.

pub mod browser;
pub mod camera;
pub mod embed;
pub mod handoff;
pub mod page;
pub mod panic;
pub mod share_module;
pub mod storage;
#[cfg(texts_on_demand)]
pub mod texts;
