//! Where the keyboard focus goes when a page appears: to its title, so that
//! screen-reader and keyboard users start there.

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
