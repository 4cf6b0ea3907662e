//! The share panel of one's own result: the result link, copy with a
//! visible confirmation, and the link as a QR code.

use leptos::prelude::*;

use crate::core::model::Lang;
use crate::core::share::SharedResult;
use crate::core::team_link::{member_fragment, TeamId};
use crate::core::texts::Text;
use crate::qr_svg::qr_svg;
use crate::web::browser;

/// What copying the link gave, for the status line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

/// The share panel.
#[component]
pub fn SharePanel(
    /// The result to share.
    shared: SharedResult,
    /// The team session the result belongs to, if any.
    team: Option<TeamId>,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let link = format!("{}#{}", browser::base_url(), member_fragment(&shared, team));
    let team_note =
        team.map(|_| view! { <p class="team-note" id="team-note">{t(Text::ShareTeamNote)}</p> });
    let (status, set_status) = signal(CopyStatus::Idle);
    let (show_qr, set_show_qr) = signal(false);
    let qr = qr_svg(&link, t(Text::QrAlt)).unwrap_or_default();
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
                    crate::web::page::select_text_of("share-link");
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
        <section class="share card no-print" aria-labelledby="share-title">
            <h2 id="share-title">{t(Text::ShareTitle)}</h2>
            <p>{t(Text::ShareIntro)}</p>
            {team_note}
            <label for="share-link" class="field-label">{t(Text::ShareLinkLabel)}</label>
            <div class="share-row">
                <input id="share-link" class="share-link" type="text" readonly value=link
                    on:focus=move |_| crate::web::page::select_text_of("share-link") />
                <button type="button" class="button-primary" id="copy-link" on:click=copy>
                    {t(Text::CopyLink)}
                </button>
            </div>
            <p class="copy-status" role="status" id="copy-status">{status_text}</p>
            <button type="button" class="button-quiet" id="toggle-qr"
                aria-expanded=move || if show_qr.get() { "true" } else { "false" }
                on:click=move |_| set_show_qr.update(|shown| *shown = !*shown)>
                {move || if show_qr.get() { t(Text::HideQr) } else { t(Text::ShowQr) }}
            </button>
            <Show when=move || show_qr.get()>
                <div class="qr-box" id="qr-code" inner_html=qr.clone()></div>
            </Show>
        </section>
    }
}
