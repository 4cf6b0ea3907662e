//! [`QrBox`]: the QR code of a link, drawn when the box is shown. In the
//! app, the QR encoder comes with the on-demand share module
//! (`web::share_module`): the box says "one moment" while it comes, and
//! says so, in the reader's language, when it cannot come (offline before
//! its first use), with a button to try again.

use leptos::prelude::*;

use crate::core::i18n::{Lang, Text};
use crate::web::share_module::{self, ShareError};

/// The QR code of `link`, in a box with the id `id`.
#[component]
pub(crate) fn QrBox(
    /// The box's id.
    id: &'static str,
    /// What the code holds.
    link: String,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let (drawn, set_drawn) = signal(None::<Result<String, ShareError>>);
    let link = StoredValue::new(link);
    let draw = move || {
        set_drawn.set(None);
        leptos::task::spawn_local(async move {
            let Some(link) = link.try_get_value() else {
                return;
            };
            let svg = share_module::qr_svg(&link, Text::QrAlt.get(lang)).await;
            // The box may be gone by now (hidden again): then nothing is set.
            let _ = set_drawn.try_set(Some(svg));
        });
    };
    draw();
    move || match drawn.get() {
        // The markup is the app's own (`qr_svg::qr_svg_of`, which escapes
        // the title); the module gives only the code's modules.
        Some(Ok(svg)) => view! { <div class="qr-box" id=id inner_html=svg></div> }.into_any(),
        Some(Err(_)) => view! {
            <div class="qr-box" id=id>
                <p class="card card-warning" role="alert">{Text::QrUnavailable.get(lang)}</p>
                <button type="button" class="button-secondary" on:click=move |_| draw()>
                    {Text::RetryLoading.get(lang)}
                </button>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="qr-box" id=id aria-busy="true">
                <p class="field-note" role="status">{Text::ShareModuleLoading.get(lang)}</p>
            </div>
        }
        .into_any(),
    }
}
