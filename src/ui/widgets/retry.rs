//! A part of a page that waits on the on-demand share module: [`on_demand`]
//! runs its task and keeps the answer, and [`retry_card`] is what the page
//! says when the module could not come: why, in the reader's language, and
//! a Try again button that runs the task again. `retry_card` has its action
//! type-erased, so that its view code is compiled once for every page that
//! uses it.

use std::future::Future;

use leptos::prelude::*;

use crate::core::i18n::{Lang, Text};
use crate::web::share_module::ShareError;

/// Runs `task` at once, and again each time the returned callback runs (Try
/// again): its answer in the returned signal, `None` while it runs. `task`
/// gives `None` when what it needs is gone; an answer that comes after the
/// page is gone is dropped.
pub(crate) fn on_demand<T, Answer>(
    task: impl Fn() -> Option<Answer> + Send + Sync + 'static,
) -> (ReadSignal<Option<Result<T, ShareError>>>, Callback<()>)
where
    T: Send + Sync + 'static,
    Answer: Future<Output = Result<T, ShareError>> + 'static,
{
    let (answer, set_answer) = signal(None);
    let run = Callback::new(move |()| {
        set_answer.set(None);
        if let Some(answer) = task() {
            leptos::task::spawn_local(async move {
                let _ = set_answer.try_set(Some(answer.await));
            });
        }
    });
    run.run(());
    (answer, run)
}

/// The message `message` (an alert, with the id `id`) and a Try again
/// button (with the id `button_id`) that runs `retry`. The button goes away
/// with the message, so it first moves the focus to `focus_after`, the id
/// of an element that stays while the part is fetched again and shown (its
/// heading or box, with `tabindex="-1"`): the focus is not lost to the page.
pub(crate) fn retry_card(
    id: &'static str,
    button_id: &'static str,
    message: Text,
    lang: Lang,
    retry: Callback<()>,
    focus_after: &'static str,
) -> AnyView {
    let again = move |_| {
        crate::web::page::focus_by_id(focus_after);
        retry.run(());
    };
    view! {
        <p class="card card-warning" role="alert" id=id>{message.get(lang)}</p>
        <button type="button" class="button-secondary" id=button_id on:click=again>
            {Text::RetryLoading.get(lang)}
        </button>
    }
    .into_any()
}
