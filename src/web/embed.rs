//! The browser side of embedding: whether the app runs in a frame, the
//! messages to the parent page (the height always, the finished result only
//! to the origin the embed names), and the host's accent colour. The
//! messages themselves are made in `core::host::messages`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::host::colour::AccentPalette;
use crate::core::host::messages::height_message;

/// Whether the page runs inside a frame of another page.
pub fn in_frame() -> bool {
    web_sys::window().is_some_and(|window| match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&window, &parent),
        // A parent that cannot even be named is another page's frame.
        _ => true,
    })
}

/// Posts a message (JSON made by the core) to the parent page, for
/// `target_origin` only (`"*"` for any). Does nothing outside a frame.
pub fn post_to_parent(json: &str, target_origin: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&window, &parent) {
        return;
    }
    if let Ok(message) = js_sys::JSON::parse(json) {
        let _ = parent.post_message(&message, target_origin);
    }
}

/// Reports the content height to the parent page now and whenever it
/// changes, growing or shrinking, for `target_origin` (`"*"` for any: the
/// height says nothing about the answers).
pub fn report_height(target_origin: String) {
    // One observer per page: the team app, started by the full app, finds
    // the full app's observer still reporting (it lives as long as the page).
    let global = js_sys::global();
    let marker = JsValue::from_str("sisReportsHeight");
    if js_sys::Reflect::get(&global, &marker).is_ok_and(|value| value.is_truthy()) {
        return;
    }
    let _ = js_sys::Reflect::set(&global, &marker, &JsValue::TRUE);
    let Some(body) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
    else {
        return;
    };
    let last = std::rc::Rc::new(std::cell::Cell::new(-1.0));
    let measured = body.clone();
    let report = move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height != last.get() {
            last.set(height);
            post_to_parent(&height_message(height), &target_origin);
        }
    };
    // Browsers pause observers in frames out of view, so the first height
    // is also measured once the page has rendered, wherever the frame is.
    let first = report.clone();
    leptos::prelude::set_timeout(first, std::time::Duration::from_millis(50));
    let on_resize = Closure::<dyn FnMut()>::new(report);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer calls back for as long as the page lives.
    on_resize.forget();
}

/// Puts the accent palette into the style sheet's custom properties.
pub fn apply_accent(palette: AccentPalette) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (property, colour) in [
        ("--color-accent", palette.accent),
        ("--color-accent-strong", palette.strong),
        ("--color-accent-soft", palette.soft),
    ] {
        let _ = style.set_property(property, &colour.to_hex());
    }
}

/// Adds a class to `<html>`, for styles of a mode (such as `embedded`).
pub fn add_root_class(class: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.class_list().add_1(class);
    }
}
