//! The share panel of one's own result: the result link with its copy
//! button, and the link as a QR code.

use leptos::prelude::*;

use crate::ui::widgets::when::When;

use crate::core::i18n::Lang;
use crate::core::i18n::Text;
use crate::core::links::invite::{member_fragment, TeamId};
use crate::core::links::share::SharedResult;
use crate::ui::widgets::link_field::LinkField;
use crate::ui::widgets::qr_box::QrBox;
use crate::web::browser;

/// The share panel.
#[component]
pub fn SharePanel(
    /// The result to share.
    shared: SharedResult,
    /// The open team session the result belongs to, if any.
    team: Option<TeamId>,
    /// Whether the result belongs to a sealed team session (whose reply is
    /// offered apart, so this link holds nothing of the session).
    sealed: bool,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let link = format!("{}#{}", browser::base_url(), member_fragment(&shared, team));
    let team_note = if sealed {
        Some(view! { <p class="team-note" id="team-note">{t(Text::TeamPrivateNote)}</p> })
    } else {
        team.map(|_| view! { <p class="team-note" id="team-note">{t(Text::ShareTeamNote)}</p> })
    };
    let (show_qr, set_show_qr) = signal(false);
    view! {
        <section class="share card no-print" aria-labelledby="share-title">
            <h2 id="share-title">{t(Text::ShareTitle)}</h2>
            <p>{t(Text::ShareIntro)}</p>
            {team_note}
            <LinkField id="share-link" label=Text::ShareLinkLabel link=link.clone() lang />
            <button type="button" class="button-quiet" id="toggle-qr"
                aria-expanded=move || if show_qr.get() { "true" } else { "false" }
                on:click=move |_| set_show_qr.update(|shown| *shown = !*shown)>
                {move || if show_qr.get() { t(Text::HideQr) } else { t(Text::ShowQr) }}
            </button>
            <When when=move || show_qr.get()>
                <QrBox id="qr-code" link=link.clone() lang />
            </When>
        </section>
    }
}
