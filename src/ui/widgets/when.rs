//! [`When`]: Leptos's `Show` with its types erased.
//!
//! `Show` is generic over its condition and its children, so each use
//! compiles its own memo, render effect and switch between children and
//! fallback. `When` takes the condition as a `Signal<bool>` and the children
//! as `ChildrenFn`, so every use shares one copy of that code. It renders the
//! same: the children while the condition holds, else the fallback, and
//! renders again only when the condition changes.
//!
//! The header and footer (`ui::chrome`) keep `Show`: they are in the first
//! load, where their three uses cost less than the machinery of a derived
//! `Signal` that `When` would bring along (measured with
//! `tests/bench/size.mjs`).

use leptos::prelude::*;

/// Shows its children while `when` is true, else the fallback.
#[component]
pub(crate) fn When(
    /// Whether the children show.
    #[prop(into)]
    when: Signal<bool>,
    /// What shows while `when` is true.
    children: ChildrenFn,
    /// What shows while `when` is false (nothing unless given).
    #[prop(optional, into)]
    fallback: ViewFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| when.get());
    move || {
        if shown.get() {
            children()
        } else {
            fallback.run()
        }
    }
}
