//! The user interface: thin Leptos components that render core results.
//!
//! One [`state::AppState`] is provided at the root; pages read it with
//! `expect_context`. Components hold no domain logic: scoring, advice, texts
//! and formats come from `crate::core`.

mod chrome;
mod intro;
mod question;
mod result;
mod review;
pub mod state;

use leptos::prelude::*;

use crate::core::stored::Stage;
use chrome::{Footer, Header, Notices};
use state::AppState;

/// The whole app: header, notices, the current page and the footer.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    Effect::new(move |_| crate::web::page::set_document_lang(state.lang.get()));
    let stage = Memo::new(move |_| state.progress.with(|progress| progress.stage));
    // Pages render their texts statically and are rendered again when the
    // language or the stage changes; only what changes within a page (the
    // chosen option) is reactive. This keeps the wasm small.
    let page = move || {
        let lang = state.lang.get();
        match stage.get() {
            Stage::Intro => view! { <intro::IntroPage lang /> }.into_any(),
            Stage::Questions { item } => {
                view! { <question::QuestionPage index=item lang /> }.into_any()
            }
            Stage::Review => view! { <review::ReviewPage lang /> }.into_any(),
            Stage::Result => view! { <result::ResultPage lang /> }.into_any(),
        }
    };
    view! {
        <a class="skip-link" href="#main">{move || state.t(crate::core::texts::Text::SkipToContent)}</a>
        <Header />
        <main id="main" tabindex="-1">
            <Notices />
            {page}
        </main>
        <Footer />
    }
}
