//! The intro page: what the scan is, how long it takes, the privacy promise,
//! and start, continue or start over.

use leptos::prelude::*;

use crate::core::i18n::Lang;
use crate::core::i18n::{fill, Text};
use crate::core::scan::progress::Stage;
use crate::first_screen::{intro_cards, intro_duration};
use crate::ui::state::use_state;

/// What the app changes on the intro (in embed mode: what leaves the
/// frame): a note under the lead, and the privacy card's text where the
/// usual one would not be true. The pre-rendered first screen (a plain
/// visit, never embedded) is rendered without it.
#[derive(Clone, Copy)]
pub struct IntroNote {
    /// The note under the lead.
    pub note: fn(Lang) -> AnyView,
    /// The privacy card's paragraph instead of the usual one, if any.
    pub privacy: fn(Lang) -> Option<&'static str>,
}

/// The intro's start buttons: Start; or, when statements were answered
/// already (`resume_info` says how many), Continue and Start over. The
/// pre-rendered first screen renders the second kind too
/// (`ui::prerender::document`), for the intro one goes back to after
/// answering there.
pub(crate) fn start_buttons(lang: Lang, resume_info: Option<String>) -> AnyView {
    let state = use_state();
    let start = move |_| state.start_new_scan();
    let resume = move |_| {
        state.update_progress(|progress| {
            let item = progress.answers.first_unanswered();
            progress.stage = match item {
                Some(item) => Stage::Questions { item },
                None => Stage::Review,
            };
        })
    };
    match resume_info {
        Some(resume_info) => view! {
            <p class="resume-info">{resume_info}</p>
            <div class="button-row">
                <button type="button" class="button-primary" id="continue" on:click=resume>
                    {Text::Continue.get(lang)}
                </button>
                <button type="button" class="button-secondary" id="start-over" on:click=start>
                    {Text::StartOver.get(lang)}
                </button>
            </div>
        }
        .into_any(),
        None => view! {
            <button type="button" class="button-primary" id="start" on:click=start>
                {Text::Start.get(lang)}
            </button>
        }
        .into_any(),
    }
}

/// The intro page.
#[component]
pub fn IntroPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let (answered, questionnaire) = state
        .progress
        .with_untracked(|p| (p.answers.answered_count(), p.questionnaire));
    let resume_info = (answered > 0).then(|| {
        fill(
            Text::ResumeInfo.get(lang),
            &[
                ("answered", &answered.to_string()),
                ("total", &questionnaire.item_count().to_string()),
            ],
        )
    });
    // The cards come from `first_screen`, which the pre-rendered first
    // screen writes too.
    let intro_note = use_context::<IntroNote>();
    let mut cards = intro_cards(&questionnaire, lang);
    if let Some(text) = intro_note.and_then(|note| (note.privacy)(lang)) {
        if let Some(card) = cards.iter_mut().find(|card| card.id == "privacy-title") {
            card.paragraphs = vec![text];
        }
    }
    let cards = cards
        .into_iter()
        .map(|card| {
            let dimension_list = (!card.dimensions.is_empty()).then(|| {
                view! {
                    <ol class="dimension-list">
                        {card.dimensions.iter().map(|dimension| view! { <li>{dimension.label().get(lang)}</li> }).collect_view()}
                    </ol>
                }
            });
            view! {
                <section aria-labelledby=card.id class="card">
                    <h2 id=card.id>{card.title}</h2>
                    {card.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                    {dimension_list}
                </section>
            }
        })
        .collect_view();
    let start_buttons = start_buttons(lang, resume_info);
    view! {
        <div class="wrap page intro">
            <h1>{Text::IntroTitle.get(lang)}</h1>
            <p class="lead">{Text::IntroLead.get(lang)}</p>
            {intro_note.map(|note| (note.note)(lang))}
            <div class="start-panel">
                {start_buttons}
                <p class="duration">{intro_duration(&questionnaire, lang)}</p>
            </div>
            <div class="intro-grid">{cards}</div>
            <section aria-labelledby="credit-title" class="credit">
                <h2 id="credit-title">{Text::CreditTitle.get(lang)}</h2>
                <p>{Text::Credit.get(lang)}</p>
            </section>
        </div>
    }
}
