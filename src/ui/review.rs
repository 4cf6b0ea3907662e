//! The review page after the last statement: how much was answered, what is
//! still open, and the way to the result.

use leptos::prelude::*;

use super::state::use_state;
use crate::core::answers::Answer;
use crate::core::questionnaire::ITEM_COUNT;
use crate::core::scoring::score;
use crate::core::stored::Stage;
use crate::core::texts::{fill, Text};

/// The review page.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| state.t(text);
    let progress = move || state.progress.get();
    let answered = move || progress().answers.answered_count();
    let dont_know = move || {
        progress()
            .answers
            .as_slice()
            .iter()
            .filter(|answer| **answer == Some(Answer::DontKnow))
            .count()
    };
    let open_items = move || {
        progress()
            .answers
            .as_slice()
            .iter()
            .enumerate()
            .filter(|(_, answer)| answer.is_none())
            .map(|(index, _)| index)
            .collect::<Vec<_>>()
    };
    let too_few = move || {
        let progress = progress();
        score(&progress.questionnaire, &progress.answers)
            .dimensions
            .iter()
            .filter(|d| d.score.is_none())
            .map(|d| d.dimension)
            .collect::<Vec<_>>()
    };
    let show_result = move |_| state.update_progress(|p| p.stage = Stage::Result);
    let back = move |_| {
        state.update_progress(|p| {
            p.stage = Stage::Questions {
                item: ITEM_COUNT - 1,
            }
        })
    };
    request_animation_frame(|| crate::web::page::focus_by_id("review-title"));
    view! {
        <div class="wrap page review">
            <h1 id="review-title" tabindex="-1">{move || t(Text::ReviewTitle)}</h1>
            <p class="lead">{move || fill(t(Text::ReviewSummary), &[
                ("answered", &answered().to_string()),
                ("total", &ITEM_COUNT.to_string()),
            ])}</p>
            <Show when=move || { dont_know() > 0 }>
                <p>{move || fill(t(Text::ReviewDontKnow), &[("count", &dont_know().to_string())])}</p>
            </Show>
            <Show when=move || !too_few().is_empty()>
                <div class="card card-warning">
                    <p>{move || t(Text::ReviewTooFew)}</p>
                    <ul>
                        {move || too_few().into_iter().map(|dimension| view! {
                            <li>{dimension.label().get(state.lang.get())}</li>
                        }).collect_view()}
                    </ul>
                </div>
            </Show>
            <Show when=move || !open_items().is_empty()>
                <h2>{move || t(Text::ReviewOpenItems)}</h2>
                <ul class="open-items">
                    {move || {
                        let questionnaire = progress().questionnaire;
                        open_items().into_iter().map(|index| {
                            let item = questionnaire.items[index];
                            let go = move |_| state.update_progress(|p| p.stage = Stage::Questions { item: index });
                            view! {
                                <li>
                                    <button type="button" class="link-button" on:click=go>
                                        {fill(t(Text::ReviewGoToItem), &[("n", &(index + 1).to_string())])}
                                    </button>
                                    <span class="open-item-text">{item.text.get(state.lang.get())}</span>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </Show>
            <div class="button-row">
                <button type="button" class="button-primary" id="show-result" on:click=show_result>
                    {move || t(Text::ShowResult)}
                </button>
                <button type="button" class="button-secondary" id="back-to-questions" on:click=back>
                    {move || t(Text::BackToQuestions)}
                </button>
            </div>
        </div>
    }
}
