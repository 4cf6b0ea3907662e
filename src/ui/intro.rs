//! The intro page: what the scan is, how long it takes, the privacy promise,
//! and start, continue or start over.

use leptos::prelude::*;

use super::state::use_state;
use crate::core::model::{Dimension, Lang};
use crate::core::questionnaire::ITEM_COUNT;
use crate::core::stored::{Progress, Stage};
use crate::core::texts::{fill, Text};

/// The intro page.
#[component]
pub fn IntroPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    let answered = state
        .progress
        .with_untracked(|p| p.answers.answered_count());
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
    let resume_info = {
        fill(
            t(Text::ResumeInfo),
            &[
                ("answered", &answered.to_string()),
                ("total", &ITEM_COUNT.to_string()),
            ],
        )
    };
    let start_buttons = if answered > 0 {
        view! {
            <p class="resume-info">{resume_info}</p>
            <div class="button-row">
                <button type="button" class="button-primary" id="continue" on:click=resume>
                    {t(Text::Continue)}
                </button>
                <button type="button" class="button-secondary" id="start-over" on:click=start>
                    {t(Text::StartOver)}
                </button>
            </div>
        }
        .into_any()
    } else {
        view! {
            <button type="button" class="button-primary" id="start" on:click=start>
                {t(Text::Start)}
            </button>
        }
        .into_any()
    };
    view! {
        <div class="wrap page intro">
            <h1>{t(Text::IntroTitle)}</h1>
            <p class="lead">{t(Text::IntroLead)}</p>
            <div class="start-panel">
                {start_buttons}
                <p class="duration">{t(Text::IntroDuration)}</p>
            </div>
            <div class="intro-grid">
                <section aria-labelledby="model-title" class="card">
                    <h2 id="model-title">{t(Text::IntroModelTitle)}</h2>
                    <p>{t(Text::IntroModel)}</p>
                    <ol class="dimension-list">
                        {Dimension::ALL.map(|dimension| view! {
                            <li>{dimension.label().get(lang)}</li>
                        })}
                    </ol>
                </section>
                <section aria-labelledby="how-title" class="card">
                    <h2 id="how-title">{t(Text::IntroHowTitle)}</h2>
                    <p>{t(Text::IntroScale)}</p>
                    <p>{t(Text::IntroResult)}</p>
                </section>
                <section aria-labelledby="privacy-title" class="card">
                    <h2 id="privacy-title">{t(Text::IntroPrivacyTitle)}</h2>
                    <p>{t(Text::IntroPrivacy)}</p>
                </section>
            </div>
            <section aria-labelledby="credit-title" class="credit">
                <h2 id="credit-title">{t(Text::CreditTitle)}</h2>
                <p>{t(Text::Credit)}</p>
            </section>
        </div>
    }
}
