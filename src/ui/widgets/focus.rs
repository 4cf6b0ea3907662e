//! Where the keyboard focus goes: to a new page's title, so that
//! screen-reader and keyboard users start there, and to the control that a
//! change of the page puts on screen. Elements are reached through
//! `NodeRef`s, never looked up by id.

use leptos::prelude::*;
use leptos::tachys::html::element::ElementType;
use wasm_bindgen::JsCast;

/// A reference for a new page's title (`node_ref=` on the heading, which has
/// `tabindex="-1"`): the title takes the focus once it is on screen, unless
/// the page is only the same page in another language (the focus then stays
/// on the language menu, see [`crate::web::page::choosing_language`]).
pub fn use_title_focus<E>() -> NodeRef<E>
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    let title = NodeRef::<E>::new();
    title.on_load(|element| {
        if !crate::web::page::choosing_language() {
            let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
    title
}

/// Moves the focus to the element of `node`, if it is on screen. The page
/// that held the reference may be gone by then (a keyboard user answers
/// faster than the next frame comes): the reference is then disposed, and
/// nothing happens.
pub fn focus_node<E>(node: NodeRef<E>)
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    if let Some(element) = node.try_get_untracked().flatten() {
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Moves the focus to the element of `node` in the next frame: for an
/// element that a change made now puts on screen, such as the first button
/// of a confirmation. Leptos renders the change in a microtask, which runs
/// before the frame. An effect that follows the reference would do the same
/// without the frame, but each such effect costs the first load about half
/// a KiB (brotli), and the first load has little room.
pub fn focus_in_next_frame<E>(node: NodeRef<E>)
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    in_next_frame(move || focus_node(node));
}

/// Runs `then` in the next frame, after Leptos has put a change made now on
/// screen. A page rendered to HTML at build time (`ui::prerender`, native)
/// has no frames and nothing to focus: there it does nothing.
pub fn in_next_frame(then: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    request_animation_frame(then);
    #[cfg(not(target_arch = "wasm32"))]
    drop(then);
}
