//! A readable message in the page when the app panics, instead of a blank page.
//!
//! The message (`Text::CrashMessage`) is in every language because the panic
//! may come before the language is known. It is built with DOM text nodes, never as HTML, and also logged to
//! the console for developers.

use crate::core::i18n::{Lang, Text};
use wasm_bindgen::prelude::*;

/// Installs the panic hook. Call once, before mounting the app.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
        show_message();
    }));
}

fn show_message() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_id("sis-fatal");
    let _ = panel.set_attribute("role", "alert");
    for &lang in Lang::ALL {
        if let Ok(paragraph) = document.create_element("p") {
            let _ = paragraph.set_attribute("lang", lang.tag());
            paragraph.set_text_content(Some(Text::CrashMessage.get(lang)));
            let _ = panel.append_child(&paragraph);
        }
    }
    let _ = body.prepend_with_node_1(&panel);
}

/// Panics on purpose, so browser tests can prove the message appears. It is
/// exported to JavaScript only; no URL or UI can reach it.
#[wasm_bindgen(js_name = sisSelfTestPanic)]
pub fn self_test_panic() {
    panic!("self-test panic requested from JavaScript");
}
