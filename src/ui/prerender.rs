//! Build time (native, feature `prerender`): the app's first screens
//! (the intro and the first statement, in every language) rendered to HTML by Leptos's server-side rendering, from the very
//! components the browser mounts ([`super::first_frame`]). Rendering runs no
//! effect and no event handler, and Leptos's helpers add no window listener
//! under the server's shared context, so nothing here touches a browser.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use super::state::{AppState, Route};
use crate::core::i18n::Lang;
use crate::core::scan::progress::Stage;
use crate::core::storage::session::{self, Read};

/// `render` run with the app's state of a first visit (nothing stored) in
/// `lang` at `stage` provided as context, under the server's shared context.
fn on_first_visit(lang: Lang, stage: Stage, render: impl FnOnce(AppState) -> String) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        let mut startup = session::start(Read::Missing, Read::Missing, Read::Missing);
        startup.progress.stage = stage;
        let state = AppState::new(
            lang,
            startup.progress,
            startup.history,
            Route::Scan,
            startup.persistence,
            startup.notices,
        );
        provide_context(state);
        render(state)
    });
    drop(owner);
    without_style_attributes(&html)
}

/// The app's frame on a first visit (nothing stored) in `lang`
/// at `stage`, as HTML: what the browser shows for it before anything is
/// answered.
pub fn first_screen(lang: Lang, stage: Stage) -> String {
    on_first_visit(lang, stage, |state| super::first_frame(state).to_html())
}

/// The intro's Continue and Start over in `lang`, as HTML, with how many
/// statements were answered left as `{n}` for the script to fill in: what
/// the intro shows instead of Start once statements were answered (the
/// script puts it in place of Start when one goes back to the intro).
pub fn resume_buttons(lang: Lang) -> String {
    use crate::core::i18n::{fill, Text};
    use crate::first_screen::script::NUMBER_SLOT;
    on_first_visit(lang, Stage::Intro, |state| {
        let total = state
            .progress
            .with_untracked(|progress| progress.questionnaire.item_count());
        let info = fill(
            Text::ResumeInfo.get(lang),
            &[("answered", NUMBER_SLOT), ("total", &total.to_string())],
        );
        super::scan::intro::start_buttons(lang, Some(info)).to_html()
    })
}

/// `html` without its `style` attributes. The page's CSP refuses them
/// (`style-src 'self'`): the app sets styles through the CSSOM (`style:` in
/// its views), and the inline script does so for the pre-rendered statement's
/// progress fill. Texts are escaped (`"` as `&quot;`), so ` style="` only
/// ever starts an attribute.
pub fn without_style_attributes(html: &str) -> String {
    const START: &str = " style=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(START) {
        out.push_str(&rest[..start]);
        let value = &rest[start + START.len()..];
        let end = value.find('"').map_or(value.len(), |end| end + 1);
        rest = &value[end..];
    }
    out.push_str(rest);
    out
}

/// The page's own message for an app that cannot start
/// (`src/web/loader.js` shows it), in every language.
fn load_failed() -> String {
    use crate::core::i18n::Text;
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        Lang::ALL
            .iter()
            .map(|&lang| view! { <p lang=lang.tag()>{Text::AppLoadFailed.get(lang)}</p> })
            .collect_view()
            .to_html()
    });
    drop(owner);
    html
}

/// The pre-rendered first screen for index.html: the intro and the first
/// statement in every language, as `<template>`s, with the intro's Continue
/// and Start over ([`resume_buttons`]); the load-failure message;
/// and the inline script that shows the right one before the wasm arrives
/// and fills the statement's template in for every other statement
/// (`script_body`, the text of `src/web/prerender.js`, with its rules' data
/// and the statements' texts from the core). One statement template per
/// language, not one per statement: every byte of index.html is paid by
/// every visit.
pub fn document(script_body: &str) -> String {
    let mut out = String::new();
    for &lang in Lang::ALL {
        for (name, stage) in [
            ("intro", Stage::Intro),
            ("question", Stage::Questions { item: 0 }),
        ] {
            out.push_str(&format!(
                "<template id=\"sis-pre-{name}-{}\">{}</template>",
                lang.tag(),
                first_screen(lang, stage)
            ));
        }
    }
    for &lang in Lang::ALL {
        out.push_str(&format!(
            "<template id=\"sis-pre-resume-{}\">{}</template>",
            lang.tag(),
            resume_buttons(lang)
        ));
    }
    out.push_str(&format!(
        "<template id=\"sis-load-failed\">{}</template>",
        load_failed()
    ));
    out.push_str(&format!(
        "<script>{}</script>",
        crate::first_screen::script::script(script_body)
    ));
    out
}
