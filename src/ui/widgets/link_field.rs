//! A read-only link with a copy button and a visible, announced
//! confirmation; when copying fails the link is selected for copying by hand.

use leptos::prelude::*;

use crate::core::i18n::Lang;
use crate::core::i18n::Text;
use crate::web::browser;

/// What copying the link gave, for the status line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

/// A labelled, read-only link field with a copy button.
///
/// The element ids are `id` for the field, `copy-{id}` for the button and
/// `{id}-status` for the status line, except for the result link, whose
/// button and status keep their published ids `copy-link` and `copy-status`.
#[component]
pub fn LinkField(
    /// The id of the field.
    id: &'static str,
    /// The label of the field.
    label: Text,
    /// The link.
    link: String,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let (button_id, status_id) = if id == "share-link" {
        ("copy-link".to_owned(), "copy-status".to_owned())
    } else {
        (format!("copy-{id}"), format!("{id}-status"))
    };
    let (status, set_status) = signal(CopyStatus::Idle);
    let copy = {
        let link = link.clone();
        move |_| {
            browser::copy_text(link.clone(), move |ok| {
                set_status.set(if ok {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                });
                if !ok {
                    crate::web::page::select_text_of(id);
                }
            })
        }
    };
    let status_text = move || match status.get() {
        CopyStatus::Idle => "",
        CopyStatus::Copied => t(Text::Copied),
        CopyStatus::Failed => t(Text::CopyFailed),
    };
    view! {
        <label for=id class="field-label">{t(label)}</label>
        <div class="share-row">
            <input id=id class="share-link" type="text" readonly value=link
                on:focus=move |_| crate::web::page::select_text_of(id) />
            <button type="button" class="button-primary" id=button_id on:click=copy>
                {t(Text::CopyLink)}
            </button>
        </div>
        <p class="copy-status" role="status" id=status_id>{status_text}</p>
    }
}
