//! The privacy page: what is stored where (the keys from `core::storage::privacy`),
//! how to delete it, and what leaves the browser.

use leptos::prelude::*;

use crate::core::i18n::Lang;
use crate::core::i18n::Text;
use crate::core::storage::privacy::STORAGE_KEYS;

/// The privacy page.
#[component]
pub fn PrivacyPage(
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let title_ref = crate::ui::widgets::focus::use_title_focus::<leptos::html::H1>();
    let keys = STORAGE_KEYS
        .iter()
        .map(|(key, what)| {
            view! {
                <li data-key=*key><code>{*key}</code>": "{t(*what)}</li>
            }
        })
        .collect_view();
    view! {
        <div class="wrap page privacy">
            <h1 id="privacy-title" tabindex="-1" node_ref=title_ref>{t(Text::PrivacyTitle)}</h1>
            <p class="lead">{t(Text::PrivacyIntro)}</p>
            <section aria-labelledby="privacy-stored" class="card">
                <h2 id="privacy-stored">{t(Text::PrivacyStoredTitle)}</h2>
                <p>{t(Text::PrivacyStoredIntro)}</p>
                <ul id="storage-keys">{keys}</ul>
            </section>
            <section aria-labelledby="privacy-delete" class="card">
                <h2 id="privacy-delete">{t(Text::PrivacyDeleteTitle)}</h2>
                <p>{t(Text::PrivacyDelete)}</p>
            </section>
            <section aria-labelledby="privacy-leaves" class="card">
                <h2 id="privacy-leaves">{t(Text::PrivacyLeavesTitle)}</h2>
                <p>{t(Text::PrivacyLeaves)}</p>
                <p>{t(Text::PrivacyEmbedded)}</p>
            </section>
        </div>
    }
}
