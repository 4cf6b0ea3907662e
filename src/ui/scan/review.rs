//! The review page after the last statement: how much was answered, what is
//! still open, and the way to the result.

use leptos::prelude::*;

use crate::core::i18n::Lang;
use crate::core::i18n::{fill, fill_questionnaire, Text};
use crate::core::model::Role;
use crate::core::scan::answers::Answer;
use crate::core::scan::flow::moved_option;
use crate::core::scan::progress::Stage;
use crate::core::scan::scoring::score;
use crate::ui::state::use_state;

/// The review page.
#[component]
pub fn ReviewPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    // The answers cannot change on this page, so it is computed once.
    let progress = state.progress.get_untracked();
    let answers = progress.answers.clone();
    let dont_know = answers
        .as_slice()
        .iter()
        .filter(|answer| **answer == Some(Answer::DontKnow))
        .count();
    let open_items: Vec<usize> = (0..answers.item_count())
        .filter(|i| answers.get(*i).is_none())
        .collect();
    let too_few: Vec<_> = score(&progress.questionnaire, &answers)
        .dimensions
        .iter()
        .filter(|d| d.score.is_none())
        .map(|d| d.dimension)
        .collect();
    let summary = fill(
        t(Text::ReviewSummary),
        &[
            ("answered", &answers.answered_count().to_string()),
            ("total", &answers.item_count().to_string()),
        ],
    );
    let dont_know_note = (dont_know > 0).then(|| {
        view! { <p>{fill(t(Text::ReviewDontKnow.for_count(dont_know)), &[("count", &dont_know.to_string())])}</p> }
    });
    let too_few_note = (!too_few.is_empty()).then(|| {
        view! {
            <div class="card card-warning" id="too-few">
                <p>{fill_questionnaire(t(Text::ReviewTooFew), &progress.questionnaire)}</p>
                <ul>
                    {too_few.iter().map(|d| view! { <li>{d.label().get(lang)}</li> }).collect_view()}
                </ul>
            </div>
        }
    });
    let open_list = (!open_items.is_empty()).then(|| {
        let entries = open_items
            .iter()
            .map(|&index| {
                let go = move |_| state.update_progress(|p| p.stage = Stage::Questions { item: index });
                view! {
                    <li>
                        <button type="button" class="link-button" on:click=go>
                            {fill(t(Text::ReviewGoToItem), &[("n", &(index + 1).to_string())])}
                        </button>
                        <span class="open-item-text">{progress.questionnaire.items[index].text.get(lang)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{t(Text::ReviewOpenItems)}</h2>
            <ul class="open-items">{entries}</ul>
        }
    });
    let show_result = move |_| state.show_own_result();
    let back = move |_| {
        state.update_progress(|p| p.stage = crate::core::scan::flow::last_item(&p.questionnaire))
    };
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    view! {
        <div class="wrap page review">
            <h1 id="review-title" tabindex="-1" node_ref=title_ref>{t(Text::ReviewTitle)}</h1>
            <p class="lead">{summary}</p>
            {dont_know_note}
            {too_few_note}
            {open_list}
            <RoleQuestion lang />
            // In a frame, what showing the result sends to the host is said
            // here too, right before it is sent: with `intro=0` the intro,
            // which says it first, is never seen.
            <crate::ui::embed::EmbedPrivacyNote lang />
            <div class="button-row">
                <button type="button" class="button-primary" id="show-result" on:click=show_result>
                    {t(Text::ShowResult)}
                </button>
                <button type="button" class="button-secondary" id="back-to-questions" on:click=back>
                    {t(Text::BackToQuestions)}
                </button>
            </div>
        </div>
    }
}

/// The optional role question: a radio group; choosing the chosen role again
/// clears it.
#[component]
fn RoleQuestion(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let t = move |text: Text| text.get(lang);
    let chosen = move || state.progress.with(|p| p.role);
    // The role buttons, for the roving focus of the radio group.
    let option_refs: [NodeRef<leptos::html::Button>; Role::ALL.len()] =
        std::array::from_fn(|_| NodeRef::new());
    let options = Role::ALL
        .iter()
        .enumerate()
        .map(|(position, &role)| {
            let checked = move || chosen() == Some(role);
            let choose = move |_| {
                state.update_progress(|p| {
                    p.role = if p.role == Some(role) {
                        None
                    } else {
                        Some(role)
                    }
                })
            };
            let tab_index = move || {
                let focusable = match chosen() {
                    Some(current) => current == role,
                    None => position == 0,
                };
                if focusable {
                    "0"
                } else {
                    "-1"
                }
            };
            view! {
                <button type="button" role="radio" class="option role-option" data-role=role.id()
                    id=format!("role-{}", role.id()) node_ref=option_refs[position]
                    aria-checked=move || if checked() { "true" } else { "false" }
                    tabindex=tab_index on:click=choose>
                    <span class="option-label">{role.label().get(lang)}</span>
                </button>
            }
        })
        .collect_view();
    // Arrows move the choice within the group, as in any radio group.
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let step = match event.key().as_str() {
            "ArrowDown" | "ArrowRight" => 1,
            "ArrowUp" | "ArrowLeft" => -1,
            _ => return,
        };
        event.prevent_default();
        let current = chosen().and_then(|role| Role::ALL.iter().position(|r| *r == role));
        let next = moved_option(current, step, Role::ALL.len());
        state.update_progress(|p| p.role = Some(Role::ALL[next]));
        crate::ui::widgets::focus::focus_node(option_refs[next]);
    };
    view! {
        <section class="card role-question" aria-labelledby="role-title">
            <h2 id="role-title">{t(Text::RoleTitle)}</h2>
            <p id="role-intro">{t(Text::RoleIntro)}</p>
            <div role="radiogroup" class="role-options" aria-labelledby="role-title"
                aria-describedby="role-intro" on:keydown=on_key>
                {options}
            </div>
        </section>
    }
}
