//! [`retry_card`]: what a page says when a part of the app it fetches on
//! demand (the share module) could not come: why, in the reader's language,
//! and a Try again button. One function with its action type-erased, so that
//! its view code is compiled once for every page that uses it.

use leptos::prelude::*;

use crate::core::i18n::{Lang, Text};

/// The message `message` (an alert, with the id `id`) and a Try again
/// button (with the id `button_id`) that runs `retry`.
pub(crate) fn retry_card(
    id: &'static str,
    button_id: &'static str,
    message: Text,
    lang: Lang,
    retry: Callback<()>,
) -> AnyView {
    view! {
        <p class="card card-warning" role="alert" id=id>{message.get(lang)}</p>
        <button type="button" class="button-secondary" id=button_id on:click=move |_| retry.run(())>
            {Text::RetryLoading.get(lang)}
        </button>
    }
    .into_any()
}
