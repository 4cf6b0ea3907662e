//! The user interface: thin Leptos components that render core results.
//!
//! One [`state::AppState`] is provided at the root; pages read it with
//! `expect_context`. Components hold no domain logic: scoring, advice, texts
//! and formats come from `crate::core`.

mod chrome;
mod compare;
mod embed;
mod exports;
mod history;
mod intro;
mod link_field;
mod privacy;
mod question;
mod result;
mod review;
mod share_panel;
mod shared;
pub mod state;
mod team_setup;
mod team_view;

use leptos::prelude::*;

use crate::core::params::parse_query;
use crate::core::stored::Stage;
use chrome::{Footer, Header, Notices};
use embed::{EmbedBar, Embedding, KioskGuard};
use state::{route_for_fragment, AppState, Route};

/// A column header of a data table.
pub(crate) fn header_cell(text: &'static str) -> impl IntoView {
    view! { <th scope="col">{text}</th> }
}

/// The button back to "My results", under pages reached from there.
#[component]
pub(crate) fn BackToResults(
    /// The language to render in.
    lang: crate::core::model::Lang,
) -> impl IntoView {
    let state = state::use_state();
    view! {
        <div class="button-row no-print">
            <button type="button" class="button-secondary" id="back-to-results"
                on:click=move |_| state.go(Route::History)>
                {crate::core::texts::Text::BackToResults.get(lang)}
            </button>
        </div>
    }
}

/// The whole app: header, notices, the current page and the footer.
#[component]
pub fn App() -> impl IntoView {
    let (params, warnings) = parse_query(&crate::web::page::query_string());
    for warning in warnings {
        crate::web::page::console_warn(&format!("Sociale Innovatie Scan: {warning}"));
    }
    let embedding = Embedding::start(&params);
    let state = AppState::start(&params);
    provide_context(state);
    provide_context(embedding.clone());
    if let Some(origin) = embedding
        .parent_origin
        .clone()
        .filter(|_| embedding.embedded)
    {
        embed::post_results_to(state, origin);
    }
    let kiosk = embedding
        .kiosk_timeout
        .map(|timeout| view! { <KioskGuard timeout /> });
    Effect::new(move |_| crate::web::page::set_document_lang(state.lang.get()));
    let stage = Memo::new(move |_| state.progress.with(|progress| progress.stage));
    // A result link pasted into the address bar of this open tab.
    crate::web::browser::on_fragment_change(move || {
        let route = route_for_fragment(&crate::web::browser::fragment());
        if !matches!(route, Route::Scan) {
            state.go(route);
        }
    });
    // Pages render their texts statically and are rendered again when the
    // language or the stage changes; only what changes within a page (the
    // chosen option) is reactive. This keeps the wasm small.
    let page = move || {
        let lang = state.lang.get();
        match state.route.get() {
            Route::Scan => match stage.get() {
                Stage::Intro => view! { <intro::IntroPage lang /> }.into_any(),
                Stage::Questions { item } => {
                    view! { <question::QuestionPage index=item lang /> }.into_any()
                }
                Stage::Review => view! { <review::ReviewPage lang /> }.into_any(),
                Stage::Result => view! { <result::ResultPage lang /> }.into_any(),
            },
            Route::Shared(outcome) => view! { <shared::SharedPage outcome lang /> }.into_any(),
            Route::History => view! { <history::HistoryPage lang /> }.into_any(),
            Route::Privacy => view! { <privacy::PrivacyPage lang /> }.into_any(),
            Route::HistoryEntry(scan) => {
                view! { <history::HistoryEntryPage scan lang /> }.into_any()
            }
            Route::Compare(first, second, names) => {
                view! { <compare::ComparePage first second names lang /> }.into_any()
            }
            Route::Invite(outcome) => view! { <team_setup::InvitePage outcome lang /> }.into_any(),
            Route::TeamSetup => view! { <team_setup::TeamSetupPage lang /> }.into_any(),
            Route::TeamView(invite) => view! { <team_view::TeamViewPage invite lang /> }.into_any(),
            Route::TeamAggregate(outcome) => {
                view! { <team_view::TeamAggregatePage outcome=*outcome lang /> }.into_any()
            }
        }
    };
    // In a frame the host page is the frame: a compact bar replaces the
    // header and footer.
    let (header, footer) = if embedding.embedded {
        (None, view! { <EmbedBar /> }.into_any())
    } else {
        (Some(view! { <Header /> }), view! { <Footer /> }.into_any())
    };
    view! {
        <a class="skip-link" href="#main">{move || state.t(crate::core::texts::Text::SkipToContent)}</a>
        {header}
        <main id="main" tabindex="-1">
            <Notices />
            {page}
        </main>
        {footer}
        {kiosk}
    }
}
