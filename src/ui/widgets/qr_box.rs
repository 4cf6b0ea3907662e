//! [`QrBox`]: the QR code of a link, drawn when the box is shown. In the
//! app, the QR encoder comes with the on-demand share module
//! (`web::share_module`): the box says "one moment" while it comes, and
//! says so, in the reader's language, when it cannot come (offline before
//! its first use), with a button to try again.

use leptos::prelude::*;

use crate::core::i18n::{Lang, Text};
use crate::ui::widgets::retry::{on_demand, retry_card};
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
    let link = StoredValue::new(link);
    let (drawn, draw) = on_demand(move || {
        let link = link.try_get_value()?;
        Some(async move { share_module::qr_svg(&link, Text::QrAlt.get(lang)).await })
    });
    // One box throughout, so that the focus Try again gives it stays.
    view! {
        <div class="qr-box" id=id tabindex="-1" aria-busy=move || if drawn.with(Option::is_none) { "true" } else { "false" }>
            {move || match drawn.get() {
                // The markup is the app's own (`qr_svg::qr_svg_of`, which
                // escapes the title); the module gives only the code's modules.
                Some(Ok(svg)) => view! { <div class="qr-code" inner_html=svg></div> }.into_any(),
                // Too long for a QR code (no link of the app is): the link alone.
                Some(Err(ShareError::Refused)) => ().into_any(),
                Some(Err(ShareError::Unavailable)) => {
                    retry_card("qr-unavailable", "retry-qr", Text::QrUnavailable, lang, draw, id)
                }
                None => view! {
                    <p class="field-note" role="status">{Text::ShareModuleLoading.get(lang)}</p>
                }
                .into_any(),
            }}
        </div>
    }
}
