//! The page around the app: the document language and focus helpers.

use wasm_bindgen::JsCast;

use crate::core::i18n::Lang;

/// Sets the `lang` attribute of `<html>`, so assistive technology and
/// hyphenation follow the chosen language, and the document's title.
pub fn set_document_lang(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
    // The tab's title is the app's name in that language.
    document.set_title(crate::core::i18n::Text::AppName.get(lang));
}

/// Moves keyboard focus to the element with the given id, if it exists. The
/// take-over of the pre-rendered first screen needs this (it reports the
/// focused control by id), and so does Try again, whose target is a page's
/// (`ui::widgets::retry`); the app's own focus goes through `NodeRef`s
/// (`ui::widgets::focus`).
pub fn focus_by_id(id: &str) {
    if let Some(element) =
        element_by_id(id).and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The page's element with the given id, if there is one.
fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
}

/// Marks the element with the given id busy (`aria-busy="true"`) or not:
/// the language menu's button of a language whose texts are on their way.
/// Set here rather than through a signal of every button, which cost the
/// app's wasm 0.9 KiB (brotli), this 0.2 KiB.
pub fn set_busy(id: &str, busy: bool) {
    if let Some(element) = element_by_id(id) {
        let _ = if busy {
            element.set_attribute("aria-busy", "true")
        } else {
            element.remove_attribute("aria-busy")
        };
    }
}

/// Whether the focus is on the language menu: a page rendered again because
/// the language changed leaves it there.
pub fn choosing_language() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .and_then(|element| element.parent_element())
        .is_some_and(|menu| menu.id() == "lang-menu")
}

/// Scrolls the window to the top, for a new page of the flow.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The query string of the page address, `""` when there is none.
pub fn query_string() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// Writes a warning to the browser console (for integrators, not users).
pub fn console_warn(message: &str) {
    web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(message));
}

/// Selects the text of an input (so the user can copy it by hand).
pub fn select_text_of(id: &str) {
    if let Some(input) =
        element_by_id(id).and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}

/// The language the pre-rendered first screen of index.html shows, if it is
/// shown (`sisPre.lang`, see `src/web/prerender.js`).
#[cfg(texts_on_demand)]
pub fn prerendered_lang() -> Option<Lang> {
    let pre = js_sys::Reflect::get(&js_sys::global(), &"sisPre".into()).ok()?;
    let tag = js_sys::Reflect::get(&pre, &"lang".into())
        .ok()?
        .as_string()?;
    Lang::from_tag(&tag)
}

/// Removes the pre-rendered first screen of index.html (see
/// `src/web/prerender.js`), if it is shown, and returns what the person did
/// there: "lang view answer started focus". Once: the team app, started
/// later on the same page, finds nothing to take.
pub fn take_prerendered() -> Option<String> {
    let global = js_sys::global();
    let pre = js_sys::Reflect::get(&global, &"sisPre".into()).ok()?;
    let _ = js_sys::Reflect::delete_property(&global, &"sisPre".into());
    let take = js_sys::Reflect::get(&pre, &"take".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    take.call0(&pre).ok()?.as_string()
}
