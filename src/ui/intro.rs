//! The intro page: what the scan is, how long it takes, the privacy promise,
//! and start, continue or start over.

use leptos::prelude::*;

use super::state::use_state;
use crate::core::model::Dimension;
use crate::core::questionnaire::ITEM_COUNT;
use crate::core::stored::{Progress, Stage};
use crate::core::texts::{fill, Text};

/// The intro page.
#[component]
pub fn IntroPage() -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| state.t(text);
    let answered = move || state.progress.with(|p| p.answers.answered_count());
    let has_answers = move || answered() > 0;
    let start = move |_| {
        state.update_progress(|progress| {
            *progress = Progress::new();
            progress.stage = Stage::Questions { item: 0 };
        })
    };
    let resume = move |_| {
        state.update_progress(|progress| {
            let item = progress.answers.first_unanswered();
            progress.stage = match item {
                Some(item) => Stage::Questions { item },
                None => Stage::Review,
            };
        })
    };
    let resume_info = move || {
        fill(
            t(Text::ResumeInfo),
            &[
                ("answered", &answered().to_string()),
                ("total", &ITEM_COUNT.to_string()),
            ],
        )
    };
    view! {
        <div class="wrap page intro">
            <h1>{move || t(Text::IntroTitle)}</h1>
            <p class="lead">{move || t(Text::IntroLead)}</p>
            <div class="start-panel">
                <Show when=has_answers
                    fallback=move || view! {
                        <button type="button" class="button-primary" id="start" on:click=start>
                            {move || t(Text::Start)}
                        </button>
                    }>
                    <p class="resume-info">{resume_info}</p>
                    <div class="button-row">
                        <button type="button" class="button-primary" id="continue" on:click=resume>
                            {move || t(Text::Continue)}
                        </button>
                        <button type="button" class="button-secondary" id="start-over" on:click=start>
                            {move || t(Text::StartOver)}
                        </button>
                    </div>
                </Show>
                <p class="duration">{move || t(Text::IntroDuration)}</p>
            </div>
            <div class="intro-grid">
                <section aria-labelledby="model-title" class="card">
                    <h2 id="model-title">{move || t(Text::IntroModelTitle)}</h2>
                    <p>{move || t(Text::IntroModel)}</p>
                    <ol class="dimension-list">
                        {Dimension::ALL.map(|dimension| view! {
                            <li>{move || dimension.label().get(state.lang.get())}</li>
                        })}
                    </ol>
                </section>
                <section aria-labelledby="how-title" class="card">
                    <h2 id="how-title">{move || t(Text::IntroHowTitle)}</h2>
                    <p>{move || t(Text::IntroScale)}</p>
                    <p>{move || t(Text::IntroResult)}</p>
                </section>
                <section aria-labelledby="privacy-title" class="card">
                    <h2 id="privacy-title">{move || t(Text::IntroPrivacyTitle)}</h2>
                    <p>{move || t(Text::IntroPrivacy)}</p>
                </section>
            </div>
            <section aria-labelledby="credit-title" class="credit">
                <h2 id="credit-title">{move || t(Text::CreditTitle)}</h2>
                <p>{move || t(Text::Credit)}</p>
            </section>
        </div>
    }
}
