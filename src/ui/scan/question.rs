//! One statement at a time: the progress, the statement as a radio group of
//! six options, back and next, and keyboard answering.
//!
//! One item per screen was chosen over one dimension per page: on a phone the
//! statement and six large, labelled options fit without scrolling; on a
//! laptop the number keys answer and move on in one press. Choosing an option
//! (click, tap, number key or Space) saves it and shows the next statement;
//! arrows change the choice without moving on; Enter moves on.
//!
//! The page stays mounted while the scan moves from statement to statement:
//! what differs between two statements (the progress, the statement, the
//! option ids, the chosen option, Next or Skip) follows the stage and is
//! changed in place. Running the component again for every answer, as
//! before, built every text, closure and listener of the page anew: a third
//! of the script time of answering all statements by clicks
//! (`tests/bench/load-time.mjs --before`).

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::i18n::Lang;
use crate::core::i18n::{answer_label, Text};
use crate::core::scan::answers::Answer;
use crate::core::scan::flow::{self, KeyAction};
use crate::core::scan::progress::Stage;
use crate::first_screen::{answer_options, option_id, question_progress};
use crate::ui::state::use_state;
use crate::ui::widgets::focus::{focus_node, in_next_frame};

/// Whether a key event comes from the answer options, or from no control at
/// all (then Enter and arrows also belong to the question).
fn from_question(event: &ev::KeyboardEvent) -> bool {
    let Some(target) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
    else {
        return true;
    };
    if target.closest("[role=radiogroup]").ok().flatten().is_some() {
        return true;
    }
    !matches!(
        target.tag_name().as_str(),
        "BUTTON" | "A" | "INPUT" | "SELECT" | "TEXTAREA"
    )
}

/// The progress fill's transform for a filled share in whole percent: the
/// full-width fill shifted left by the share still to go.
/// `src/web/prerender.js` writes the same for the pre-rendered statement.
fn progress_shift(percent: usize) -> String {
    format!("translateX({}%)", percent.min(100) as i64 - 100)
}

/// An attribute that changes with the statement. Leptos compiles the
/// rendering of an attribute once for each type of its value; a closure is
/// a type of its own, these boxes are one type for every such attribute
/// (0.3 KiB of wasm, brotli, less than three closures).
type Changing = Box<dyn Fn() -> String + Send + Sync>;

/// The attribute value of `text`, see [`Changing`].
fn changing(text: impl Fn() -> String + Send + Sync + 'static) -> Changing {
    Box::new(text)
}

/// The index of the statement that `stage` shows, 0-based, at most `last`.
/// Past the last statement the page is about to go; it keeps the last until
/// then.
fn statement_index(stage: Stage, last: usize) -> usize {
    match stage {
        Stage::Questions { item } => item.min(last),
        _ => last,
    }
}

/// The page for the statements: the one the stage is at, followed in place
/// (see the module's docs). Mounted only while the stage is at a statement.
#[component]
pub fn QuestionPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let questionnaire = state
        .progress
        .with_untracked(|progress| progress.questionnaire);
    let last = questionnaire.item_count() - 1;
    // The stage, in a memo of the type the app's own has (a memo of a type
    // of its own would cost the wasm more), and from it the statement on
    // screen.
    let stage = Memo::new(move |_| state.progress.with(|progress| progress.stage));
    let index = move || statement_index(stage.get(), last);
    let option_count = flow::options().len();
    // The option buttons, for the roving focus of the radio group.
    let option_refs: [NodeRef<html::Button>; flow::OPTION_COUNT] =
        std::array::from_fn(|_| NodeRef::new());
    let focus_option = move |position: usize| {
        if let Some(&node) = option_refs.get(position) {
            focus_node(node);
        }
    };
    let selected = move || {
        let index = index();
        state.progress.with(|progress| progress.answers.get(index))
    };
    let selected_position = move || {
        let index = statement_index(stage.get_untracked(), last);
        let current = state
            .progress
            .with_untracked(|progress| progress.answers.get(index));
        flow::options()
            .iter()
            .position(|option| Some(*option) == current)
    };

    // Focus goes to the chosen option (or the first) of the statement on
    // screen, so keyboard and screen-reader users continue right there: when
    // the page is mounted and after each move to another statement. Leptos
    // changes the page in a microtask; the next frame comes after it, so the
    // options show the new statement then. (`NodeRef::on_load` would do the
    // first through an effect, which costs the first load more.)
    let focus_statement = move || {
        in_next_frame(move || {
            // Not when the language was just switched: focus stays on the menu.
            if crate::web::page::choosing_language() {
                return;
            }
            // The page may be gone by the next frame (past the last
            // statement, or on another page): its memo is then disposed.
            let Some(stage) = stage.try_get_untracked() else {
                return;
            };
            let index = statement_index(stage, last);
            let answer = state
                .progress
                .with_untracked(|progress| progress.answers.get(index));
            let position = answer
                .and_then(|answer| flow::options().iter().position(|option| *option == answer))
                .unwrap_or(0);
            focus_option(position);
        })
    };
    let move_to = move |stage: Stage| {
        state.update_progress(|progress| progress.stage = stage);
        focus_statement();
    };
    let give = move |answer: Answer, advance: bool| {
        let index = statement_index(stage.get_untracked(), last);
        state.update_progress(|progress| {
            progress.answers.set(index, Some(answer));
            if advance {
                progress.stage = flow::after_item(&questionnaire, index);
            }
        });
        if advance {
            focus_statement();
        }
    };
    let go_next = move || {
        move_to(flow::after_item(
            &questionnaire,
            statement_index(stage.get_untracked(), last),
        ))
    };
    let go_back = move || {
        move_to(flow::before_item(statement_index(
            stage.get_untracked(),
            last,
        )))
    };

    let handle = window_event_listener(ev::keydown, move |event: ev::KeyboardEvent| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() || event.default_prevented() {
            return;
        }
        // Keys are ignored while the delete confirmation is open.
        if state.confirming_delete.get_untracked() {
            return;
        }
        match flow::key_action(&event.key(), from_question(&event)) {
            KeyAction::AnswerAndAdvance(answer) => {
                event.prevent_default();
                give(answer, true);
            }
            KeyAction::Advance => {
                event.prevent_default();
                go_next();
            }
            KeyAction::Move(step) => {
                event.prevent_default();
                let position = flow::moved_option(selected_position(), step, option_count);
                give(flow::options()[position], false);
                focus_option(position);
            }
            KeyAction::None => {}
        }
    });
    on_cleanup(move || handle.remove());
    focus_statement();

    // The texts, ids and keys come from `first_screen`, which the
    // pre-rendered first screen writes too. What changes with the statement
    // is rendered by few closures (each closure in a view is compiled on its
    // own): the progress block and the statement's texts are each one view
    // that Leptos changes in place (it sets only the attributes and texts
    // that differ).
    let progress_block = move || {
        let progress = question_progress(&questionnaire, index(), lang);
        let value_text = progress.count_text.clone();
        view! {
            <p class="progress-text">
                <span id="progress-count">{progress.count_text}</span>
                <span class="progress-sep" aria-hidden="true">" · "</span>
                <span>{progress.dimension_text}</span>
            </p>
            <div class="progress-bar" role="progressbar" aria-valuemin="1"
                aria-valuemax=progress.total.to_string() aria-valuenow=progress.number.to_string()
                aria-valuetext=value_text aria-label=Text::ProgressBarLabel.get(lang)>
                // The fill is the bar's full width, shifted left by the share still
                // to go: a transform moves without layout or paint, where an
                // animated width costs a layout in every frame of the transition.
                // It goes through the CSSOM (`style:`), which the CSP allows; a
                // `style` attribute would be refused.
                <span class="progress-fill" style:transform=progress_shift(progress.percent)></span>
            </div>
        }
    };
    let statement_texts = move || {
        let item = questionnaire.items[index()];
        view! {
            <p class="dimension-name">{item.dimension.label().get(lang)}</p>
            // The focus stays in the same radio group from one statement to
            // the next, where screen readers do not read the group's name
            // (this statement) again: as a live region, the same element
            // with new text, it is read out when it changes.
            <h1 class="statement" id="statement" aria-live="polite" aria-atomic="true">{item.text.get(lang)}</h1>
        }
    };

    let option_buttons = answer_options(0)
        .into_iter()
        .enumerate()
        .map(|(position, option)| {
            let answer = option.answer;
            let is_checked = move || selected() == Some(answer);
            // The chosen option is the one in the tab order, else the first.
            let tab_index = move || {
                let focusable = match selected() {
                    Some(chosen) => chosen == answer,
                    None => position == 0,
                };
                if focusable {
                    "0"
                } else {
                    "-1"
                }
            };
            let data_answer = option.key.clone();
            view! {
                <button type="button" role="radio" class=option.class
                    id=changing(move || option_id(index(), position))
                    node_ref=option_refs[position]
                    data-answer=data_answer
                    aria-checked=move || if is_checked() { "true" } else { "false" }
                    tabindex=tab_index
                    on:click=move |_| give(answer, true)>
                    <span class="option-key" aria-hidden="true">{option.key}</span>
                    <span class="option-label">{move || state.t(answer_label(answer))}</span>
                </button>
            }
        })
        .collect_view();

    view! {
        <div class="wrap page question-page" data-item=changing(move || questionnaire.items[index()].id.to_owned())
            data-number=changing(move || (index() + 1).to_string())>
            <div class="progress-block">{progress_block}</div>
            <div class="question-card">
                {statement_texts}
                <p class="scale-hint" id="scale-hint">{Text::ScaleHint.get(lang)}</p>
                <div role="radiogroup" class="options" aria-labelledby="statement"
                    aria-describedby="scale-hint">
                    {option_buttons}
                </div>
            </div>
            <div class="question-nav">
                <button type="button" class="button-secondary" id="back" on:click=move |_| go_back()>
                    {Text::Back.get(lang)}
                </button>
                <button type="button" class="button-primary" id="next" on:click=move |_| go_next()>
                    {move || if selected().is_some() { Text::Next.get(lang) } else { Text::Skip.get(lang) }}
                </button>
            </div>
            <p class="keyboard-hint">{Text::KeyboardHint.get(lang)}</p>
        </div>
    }
}
