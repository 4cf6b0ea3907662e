//! Embed and kiosk modes: the compact bar that replaces header and footer in
//! a frame, the result message to a named host, and the kiosk guard that
//! wipes everything between respondents.

use std::time::Duration;

use leptos::prelude::*;

use super::chrome::{DeleteControl, LanguageSwitch, MyResultsButton, PrivacyLink};
use super::state::{route_for_next_person, use_state, AppState, Route};
use crate::core::host::colour::accent_palette;
use crate::core::host::messages::result_message;
use crate::core::host::params::LaunchParams;
use crate::core::i18n::Text;
use crate::core::links::invite::member_fragment;
use crate::core::scan::progress::Stage;
use crate::core::scan::scoring::score;
use crate::web::{browser, embed};

/// How the app runs: embedded or not, which host gets the result, and
/// whether it is a kiosk.
#[derive(Clone, Debug, PartialEq)]
pub struct Embedding {
    /// Embed mode: no header or footer, a compact layout, height reports.
    pub embedded: bool,
    /// The one origin the finished result is posted to.
    pub parent_origin: Option<String>,
    /// Kiosk mode: a shared device that wipes everything between respondents.
    pub kiosk: Option<Kiosk>,
}

/// A kiosk's settings, the same for every respondent.
#[derive(Clone, Debug, PartialEq)]
pub struct Kiosk {
    /// The inactivity after which everything is wiped.
    pub timeout: Duration,
    /// Where every respondent starts, the first as the next: the query's
    /// team invite, else the intro.
    pub start: Route,
}

impl Embedding {
    /// Decides the mode from the query settings and the frame, and sets up
    /// the page for it: the accent colour, the `embedded` class on `<html>`
    /// and the height reports to the parent.
    pub fn start(params: &LaunchParams) -> Embedding {
        let embedded = params.embed.unwrap_or_else(embed::in_frame);
        if let Some(accent) = params.accent {
            embed::apply_accent(accent_palette(accent));
        }
        if embedded {
            embed::add_root_class("embedded");
            // The height says nothing about the answers; with a named host it
            // goes only there, else to whichever page holds the frame.
            embed::report_height(
                params
                    .parent_origin
                    .clone()
                    .unwrap_or_else(|| "*".to_owned()),
            );
        }
        Embedding {
            embedded,
            parent_origin: params.parent_origin.clone(),
            kiosk: params.kiosk.then(|| Kiosk {
                timeout: Duration::from_secs(u64::from(params.kiosk_timeout_seconds)),
                start: route_for_next_person(params),
            }),
        }
    }
}

/// The embedding from context.
pub fn use_embedding() -> Embedding {
    use_context::<Embedding>().unwrap_or(Embedding {
        embedded: false,
        parent_origin: None,
        kiosk: None,
    })
}

/// The intro's privacy card in a frame that posts the result to its host:
/// the usual text ("nothing is sent") would not be true there.
pub fn privacy_card_text(lang: crate::core::i18n::Lang) -> Option<&'static str> {
    let embedding = use_embedding();
    (embedding.embedded && embedding.parent_origin.is_some())
        .then(|| Text::IntroPrivacyEmbedded.get(lang))
}

/// In embed mode, the bar under the page that replaces header and footer:
/// the language switch, "my results" and "delete my data".
#[component]
pub fn EmbedBar() -> impl IntoView {
    view! {
        <footer class="embed-bar">
            <div class="wrap embed-bar-row">
                <LanguageSwitch />
                <MyResultsButton />
                <PrivacyLink />
                <DeleteControl />
            </div>
        </footer>
    }
}

/// Posts each finished scan's result to the named host, once per result.
pub fn post_results_to(state: AppState, origin: String) {
    let posted = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let on_result = matches!(state.route.get(), Route::Scan)
            && state.progress.with(|p| p.stage == Stage::Result);
        if !on_result {
            return;
        }
        let (shared, team) = state.progress.with(|progress| {
            (
                progress.shared_result(),
                progress.team.as_ref().map(|team| team.id),
            )
        });
        let link = format!("{}#{}", browser::base_url(), member_fragment(&shared, team));
        if posted.get_value().as_deref() == Some(link.as_str()) {
            return;
        }
        posted.set_value(Some(link.clone()));
        let result = score(&shared.questionnaire, &shared.answers);
        embed::post_to_parent(&result_message(&shared, &result, &link), &origin);
    });
}

/// Whether anything of a respondent is in the app: answers, a result, a
/// history, or another page than where every respondent starts (`start`).
fn holds_anything(state: &AppState, start: &Route) -> bool {
    let scan_started = state
        .progress
        .with_untracked(|progress| progress.has_begun());
    let history = state.history.with_untracked(|entries| !entries.is_empty());
    let elsewhere = state.route.with_untracked(|route| route != start);
    scan_started || history || elsewhere
}

/// Wipes everything of the respondent, stored or shown, and returns to where
/// every respondent starts (`start`: the kiosk's invite, or the intro).
pub fn wipe_for_next_person(state: AppState, start: Route) {
    browser::clear_fragment();
    state.delete_everything();
    // The next person needs no word about the last one's data.
    state.deleted.set(false);
    state.go(start);
}

/// In kiosk mode: after the kiosk's timeout without any touch, click or key,
/// wipes everything and returns to where every respondent starts.
#[component]
pub fn KioskGuard(
    /// The kiosk's timeout and start.
    kiosk: Kiosk,
) -> impl IntoView {
    let Kiosk { timeout, start } = kiosk;
    let state = use_state();
    let last_activity = StoredValue::new(browser::now_ms());
    // The listeners and the timer outlive this app when the first-load app
    // hands over to the full app; then the stored value is gone and they do
    // nothing (the full app has its own guard).
    let touch = move || {
        let _ = last_activity.try_set_value(browser::now_ms());
    };
    for event in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        std::mem::forget(window_event_listener_untyped(event, move |_| touch()));
    }
    let timeout_ms = i64::try_from(timeout.as_millis()).unwrap_or(i64::MAX);
    set_interval(
        move || {
            let Some(last) = last_activity.try_get_value() else {
                return;
            };
            let idle = browser::now_ms() - last;
            if idle >= timeout_ms && holds_anything(&state, &start) {
                wipe_for_next_person(state, start.clone());
                last_activity.set_value(browser::now_ms());
            }
        },
        Duration::from_secs(1),
    );
}

/// In kiosk mode, on the result page: the button for the next respondent.
#[component]
pub fn NextPersonButton(
    /// The language to render in.
    lang: crate::core::i18n::Lang,
) -> impl IntoView {
    let state = use_state();
    use_embedding().kiosk.map(|kiosk| {
        let start = kiosk.start;
        view! {
            <div class="card next-person no-print">
                <p>{Text::NextPersonHint.get(lang)}</p>
                <button type="button" class="button-primary" id="next-person"
                    on:click=move |_| wipe_for_next_person(state, start.clone())>
                    {Text::NextPerson.get(lang)}
                </button>
            </div>
        }
    })
}

/// In embed mode, on the intro: what leaves the frame, so the respondent knows.
#[component]
pub fn EmbedPrivacyNote(
    /// The language to render in.
    lang: crate::core::i18n::Lang,
) -> impl IntoView {
    let embedding = use_embedding();
    embedding.embedded.then(|| {
        let text = match embedding.parent_origin {
            Some(origin) => view! {
                {Text::EmbedSendsResult.get(lang)}" "<strong>{origin}</strong>". "
                {Text::EmbedAnswersStay.get(lang)}
            }
            .into_any(),
            None => Text::EmbedSendsNothing.get(lang).into_any(),
        };
        view! { <p class="embed-note" id="embed-note">{text}</p> }
    })
}
