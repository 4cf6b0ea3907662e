//! The user interface: thin Leptos components that render core results.
//!
//! One [`state::AppState`] is provided at the root; pages read it with
//! `expect_context`. Components hold no domain logic: scoring, advice, texts
//! and formats come from `crate::core`.

mod chrome;
mod embed;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod privacy;
mod scan;
pub mod state;
mod stored_list;
mod team;
mod widgets;

use leptos::prelude::*;

use crate::core::host::params::{parse_query, LaunchParams};
use crate::core::links::link_reader::HandoffPage;
use crate::core::scan::progress::Stage;
use chrome::{Footer, Header, Notices};
use embed::{EmbedBar, Embedding, KioskGuard};
use scan::{compare, history, intro, plan, question, result, review, shared};
use state::{route_after_address_change, AppState, Route};

/// The header row of a data table: one column header per text.
pub(crate) fn header_row(
    columns: &[crate::core::i18n::Text],
    lang: crate::core::i18n::Lang,
) -> impl IntoView {
    let cells = columns
        .iter()
        .map(|column| view! { <th scope="col">{column.get(lang)}</th> })
        .collect_view();
    view! { <tr>{cells}</tr> }
}

/// The button back to "My results", under pages reached from there.
#[component]
pub(crate) fn BackToResults(
    /// The language to render in.
    lang: crate::core::i18n::Lang,
) -> impl IntoView {
    let state = state::use_state();
    view! {
        <div class="button-row no-print">
            <button type="button" class="button-secondary" id="back-to-results"
                on:click=move |_| state.go(Route::History)>
                {crate::core::i18n::Text::BackToResults.get(lang)}
            </button>
        </div>
    }
}

/// Reads the query settings, warning in the console about ignored ones, and
/// sets up the embedding: the start of the app.
fn launch() -> (LaunchParams, Embedding) {
    let (params, warnings) = parse_query(&crate::web::page::query_string());
    for warning in warnings {
        crate::web::page::console_warn(&format!("Sociale Innovatie Scan: {warning}"));
    }
    let embedding = Embedding::start(&params);
    (params, embedding)
}

/// The header and footer, or in a frame the compact bar that replaces both
/// (the host page is the frame there).
fn frame_of(embedding: &Embedding) -> (Option<AnyView>, AnyView) {
    if embedding.embedded {
        (None, view! { <EmbedBar /> }.into_any())
    } else {
        (
            Some(view! { <Header /> }.into_any()),
            view! { <Footer /> }.into_any(),
        )
    }
}

/// Whether this binary renders the facilitator's pages: the team app
/// (`sis-team`, feature `team-pages`) does; the full app (`sis-app`) hands
/// them over to it. A constant, so that the full app's wasm leaves out the
/// pages' code (each use is a branch the compiler drops).
const TEAM_PAGES: bool = cfg!(feature = "team-pages");

/// A facilitator's page, which only the team app renders: team set-up and
/// sessions, the team view, rounds, and the links a facilitator opens (team
/// links `#g=`, replies `#s=`). A member's invite and reply stay with every
/// visitor.
fn team_page(route: Route, lang: crate::core::i18n::Lang) -> AnyView {
    match route {
        Route::TeamSetup => view! { <team::setup::TeamSetupPage lang /> }.into_any(),
        Route::TeamView => view! { <team::view::TeamViewPage lang /> }.into_any(),
        Route::TeamRounds => view! { <team::rounds::TeamRoundsPage lang /> }.into_any(),
        Route::TeamSession(team) => {
            view! { <team::session::TeamSessionPage team lang /> }.into_any()
        }
        Route::Reply(outcome) => view! { <team::session::ReplyPage outcome lang /> }.into_any(),
        Route::TeamAggregate(outcome) => {
            view! { <team::profile::TeamAggregatePage outcome=*outcome lang /> }.into_any()
        }
        _ => ().into_any(),
    }
}

/// Which page a stage of the scan shows: every statement is the one page
/// [`question::QuestionPage`], which follows the statement itself (as
/// `Stage::Questions { item: 0 }`), so that answering does not render the
/// page again.
fn screen_of(stage: Stage) -> Stage {
    match stage {
        Stage::Questions { .. } => Stage::Questions { item: 0 },
        other => other,
    }
}

/// The whole app: header, notices, the current page and the footer.
#[component]
pub fn App() -> impl IntoView {
    let (params, embedding) = launch();
    let state = AppState::start(&params);
    // On a plain first visit, index.html showed the first screen before the
    // app arrived: take over what the person did there.
    adopt_prerendered(state);
    #[cfg(texts_on_demand)]
    state.show_a_language_whose_texts_are_here();
    provide_context(state);
    // A member's team reply (on one's own result) is the full app's too.
    provide_context(team::store::TeamStore::load(state));
    let plans = plan::PlanStore::load_plans(state);
    provide_context(plans);
    if TEAM_PAGES {
        provide_context(team::rounds::RoundStore::load_rounds(state));
        let team_view_draft = team::view::TeamViewDraft::new();
        provide_context(team_view_draft);
        Effect::new(move |_| {
            // "Delete my data" forgets what was pasted too (the stored lists
            // forget themselves).
            if state.deletions.get() > 0 {
                team_view_draft.clear();
            }
        });
    }
    provide_context(embedding.clone());
    provide_context(intro::IntroNote {
        note: |lang| view! { <embed::EmbedPrivacyNote lang /> }.into_any(),
        privacy: embed::privacy_card_text,
    });
    if let Some(origin) = embedding
        .parent_origin
        .clone()
        .filter(|_| embedding.embedded)
    {
        embed::post_results_to(state, origin);
    }
    let kiosk = embedding
        .kiosk
        .clone()
        .map(|kiosk| view! { <KioskGuard kiosk /> });
    Effect::new(move |_| crate::web::page::set_document_lang(state.lang.get()));
    let stage = Memo::new(move |_| screen_of(state.progress.with(|progress| progress.stage)));
    // The screen follows the address: a link pasted into the address bar of
    // this open tab opens, and Back to the page before a link leaves it.
    crate::web::browser::on_address_change(move || {
        // The listener lives as long as the page: after the full app handed
        // over to the team app, its state is gone and the team app follows
        // the address.
        let Some(current) = state.route.try_get_untracked() else {
            return;
        };
        let fragment = crate::web::browser::fragment();
        if let Some(route) = route_after_address_change(&fragment, &params, &current) {
            state.go(route);
        }
    });
    // Pages render their texts statically and are rendered again when the
    // language or the stage changes; only what changes within a page (the
    // chosen option, and on the statements' page the statement) is reactive.
    // This keeps the wasm small.
    let page = move || {
        let lang = state.lang.get();
        match state.route.get() {
            Route::Scan => match stage.get() {
                Stage::Intro => view! { <intro::IntroPage lang /> }.into_any(),
                Stage::Questions { .. } => view! { <question::QuestionPage lang /> }.into_any(),
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
            Route::Invite(outcome) => {
                view! { <team::member::InvitePage outcome lang /> }.into_any()
            }
            // The full app hands the facilitator's pages over to the team app.
            route @ (Route::TeamSetup
            | Route::TeamView
            | Route::TeamRounds
            | Route::TeamSession(_)
            | Route::Reply(_)
            | Route::TeamAggregate(_)) => {
                if TEAM_PAGES {
                    team_page(route, lang)
                } else {
                    view! { <LoadingTeam lang /> }.into_any()
                }
            }
        }
    };
    let (header, footer) = frame_of(&embedding);
    // A reactive child is written as a closure in the view (`{move || page()}`),
    // not by its name (`{page}`): Leptos compiles the rendering of the first
    // once for all such children of the same output type (`AnyView`), but
    // of the second once for each closure (1.2 KiB brotli over the pages).
    view! {
        <a class="skip-link" href="#main">{move || state.t(crate::core::i18n::Text::SkipToContent)}</a>
        {header}
        <main id="main" tabindex="-1">
            <Notices />
            {move || page()}
        </main>
        {footer}
        {kiosk}
    }
}

thread_local! {
    /// The mounted full app, unmounted when the team app takes over.
    static MOUNTED: std::cell::RefCell<Option<Box<dyn std::any::Any>>> =
        const { std::cell::RefCell::new(None) };
    /// Whether the team app is being loaded (it is loaded once).
    static HANDING_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The element that had the focus in the pre-rendered first screen.
    static PRE_FOCUS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Mounts the full app (or the team app, which is the full app with the
/// facilitator's pages), keeping its handle for a hand-over to the team app.
pub fn mount_full() {
    let handle = leptos::mount::mount_to(document().body().expect("a body"), App);
    MOUNTED.with(|mount| *mount.borrow_mut() = Some(Box::new(handle)));
    // Focus where it was in the pre-rendered screen, if that is still there.
    // This one goes by id: the pre-rendered screen (plain markup and
    // `src/web/prerender.js`) reports which of its controls had the focus by
    // the id the app's own control has, which may be any control of the
    // intro, a statement or the header; a reference to each of them
    // only for this moment would cost more than the lookup.
    if let Some(id) = PRE_FOCUS.with(|focus| focus.take()) {
        crate::web::page::focus_by_id(&id);
    }
}

/// Takes over from the pre-rendered first screen (index.html): removes it and
/// does what the person did there as the app's own controls would: the
/// language switch and Start, then every answer given, then the stage they
/// were on (the intro, a statement, or the review past the last one). A
/// report that is not one ([`PreScreen::read`]) is ignored.
///
/// [`PreScreen::read`]: crate::core::scan::flow::PreScreen::read
fn adopt_prerendered(state: AppState) {
    use crate::core::scan::flow::PreScreen;
    let questionnaire = state
        .progress
        .with_untracked(|progress| progress.questionnaire);
    let Some(pre) = crate::web::page::take_prerendered()
        .and_then(|report| PreScreen::read(&report, &questionnaire))
    else {
        return;
    };
    state.set_lang(pre.lang);
    if pre.started {
        state.start_new_scan();
    }
    // Nothing is saved for a visit that only looked.
    let answered = pre.answers.iter().any(Option::is_some);
    let stage = state.progress.with_untracked(|progress| progress.stage);
    if answered || pre.stage != stage {
        state.update_progress(|progress| {
            for (index, answer) in pre.answers.iter().enumerate() {
                if answer.is_some() {
                    progress.answers.set(index, *answer);
                }
            }
            progress.stage = pre.stage;
        });
    }
    PRE_FOCUS.with(|slot| *slot.borrow_mut() = pre.focus);
}

/// The first screen of a plain first visit, for `state` (provided as
/// context): the skip link, header, notices, the intro or a statement, and
/// the footer, as [`App`] shows them there. At build time the pre-rendered
/// first screen of index.html is rendered from it ([`prerender::first_screen`]);
/// `tests/e2e/prerender.test.mjs` checks that the app's own markup is the same.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_frame(state: AppState) -> impl IntoView {
    let stage = Memo::new(move |_| screen_of(state.progress.with(|progress| progress.stage)));
    let page = move || {
        let lang = state.lang.get();
        match stage.get() {
            Stage::Intro => view! { <intro::IntroPage lang /> }.into_any(),
            Stage::Questions { .. } => view! { <question::QuestionPage lang /> }.into_any(),
            Stage::Review | Stage::Result => ().into_any(),
        }
    };
    view! {
        <a class="skip-link" href="#main">{move || state.t(crate::core::i18n::Text::SkipToContent)}</a>
        <Header />
        <main id="main" tabindex="-1">
            <Notices />
            {move || page()}
        </main>
        <Footer />
    }
}

/// Which page the team app opens: team set-up by name, anything else from
/// the address again.
fn handoff_page(route: &Route) -> HandoffPage {
    match route {
        Route::Scan => HandoffPage::Scan,
        Route::History => HandoffPage::History,
        Route::TeamSetup => HandoffPage::TeamSetup,
        Route::Privacy => HandoffPage::Privacy,
        _ => HandoffPage::Address,
    }
}

/// Shown while the team app loads, which it starts (once at a time). If the
/// load fails (offline), it says so and offers to try again or to go back to
/// one's own scan; this app keeps working.
#[component]
fn LoadingTeam(lang: crate::core::i18n::Lang) -> impl IntoView {
    use crate::core::i18n::Text;
    let state = state::use_state();
    let (failed, set_failed) = signal(false);
    let load = move || {
        if HANDING_OVER.with(|flag| flag.replace(true)) {
            return;
        }
        set_failed.set(false);
        crate::web::handoff::hand_over(
            // The state as it is when the team app starts, not as it was
            // when loading began.
            move || state.handoff(handoff_page(&state.route.get_untracked()).id()),
            || {
                // Dropping the handle removes this app from the page.
                let handle = MOUNTED.with(|mount| mount.borrow_mut().take());
                drop(handle);
            },
            move || {
                HANDING_OVER.with(|flag| flag.set(false));
                // The page may have been left meanwhile.
                let _ = set_failed.try_set(true);
            },
        );
    };
    load();
    let back = move |_| state.go(Route::Scan);
    let message = move || {
        if !failed.get() {
            return view! { <p>{Text::LoadingTeam.get(lang)}</p> }.into_any();
        }
        view! {
            <p>{Text::LoadingTeamFailed.get(lang)}</p>
            <div class="button-row">
                <button type="button" class="button-primary" id="retry-loading" on:click=move |_| load()>
                    {Text::RetryLoading.get(lang)}
                </button>
                <button type="button" class="button-secondary" id="loading-back" on:click=back>
                    {Text::BackToScan.get(lang)}
                </button>
            </div>
        }
        .into_any()
    };
    view! {
        <div class="wrap page" id="loading-next" role="status" aria-live="polite">
            {move || message()}
        </div>
    }
}
