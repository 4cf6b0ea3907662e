//! Build time (native only): the pre-rendered first screen as HTML. The
//! first-load app's intro and first statement (for `?intro=0`) in each
//! language the first load carries, as `<template>`s; the page's own message
//! for a first load that cannot start (every language); and the inline script
//! that shows the right one before the wasm arrives (`src/web/prerender.js`),
//! with the data its rules need generated from the core. The native
//! `sis-prerender` prints [`document`]; the post-build step
//! `.ci/post-build/prerender.mjs` puts it into index.html.
//!
//! The content comes from [`super`] (the same data the components render)
//! and the core's texts; every text and attribute value goes through the
//! app's one escaping path, [`crate::svg::escape_into`]. Only the element
//! structure around that content is written here as the components write
//! it; `tests/e2e/prerender.test.mjs` fails if it differs from the mounted
//! DOM.
//!
//! Over 400 lines on purpose: the element structure of the pre-rendered intro,
//! statement, header, footer and load-failure page, written once here and
//! compared with the mounted DOM by a browser test.

use std::fmt::Write;

use super::{answer_options, intro_cards, intro_duration, question_progress};
use crate::core::host::params::SWITCHES;
use crate::core::i18n::{answer_label, Lang, Text, TAG_SEPARATORS};
use crate::core::questionnaire::Questionnaire;
use crate::core::storage::privacy::STORAGE_KEYS;
use crate::core::storage::records::{encode_settings, Settings};
use crate::svg::{escape, escape_into};

/// One element: tag, attributes (in the app's order), inner HTML (already
/// markup: made by `el` or [`escape`]).
fn el(tag: &str, attributes: &[(&str, &str)], inner: &str) -> String {
    let mut out = format!("<{tag}");
    for (name, value) in attributes {
        let _ = write!(out, " {name}=\"");
        escape_into(&mut out, value);
        out.push('"');
    }
    let _ = write!(out, ">{inner}</{tag}>");
    out
}

/// A text of the core, escaped.
fn t(text: Text, lang: Lang) -> String {
    escape(text.get(lang))
}

/// The header, as `ui::chrome::Header` renders it before any finished scan.
fn header(lang: Lang) -> String {
    let brand = el(
        "button",
        &[
            ("class", "brand"),
            ("type", "button"),
            ("aria-label", Text::HomeLabel.get(lang)),
        ],
        &[
            el(
                "span",
                &[("class", "brand-mark"), ("aria-hidden", "true")],
                "",
            ),
            el("span", &[("class", "brand-name")], &t(Text::AppName, lang)),
        ]
        .concat(),
    );
    let nav = el(
        "nav",
        &[
            ("class", "header-nav"),
            ("aria-label", Text::MyResults.get(lang)),
        ],
        "",
    );
    el(
        "header",
        &[("class", "site-header")],
        &el(
            "div",
            &[("class", "wrap header-row")],
            &[brand, nav, language_menu(lang)].concat(),
        ),
    )
}

/// The language menu, as `ui::chrome::LanguageSwitch` renders it.
fn language_menu(lang: Lang) -> String {
    let buttons: String = Lang::ALL
        .iter()
        .map(|&option| {
            el(
                "button",
                &[
                    ("type", "button"),
                    ("class", "lang-option"),
                    ("id", option.menu_id()),
                    ("lang", option.tag()),
                    ("aria-label", option.menu_label()),
                    (
                        "aria-pressed",
                        if option == lang { "true" } else { "false" },
                    ),
                ],
                &escape(option.tag()),
            )
        })
        .collect();
    el(
        "div",
        &[
            ("class", "lang-menu"),
            ("id", "lang-menu"),
            ("role", "group"),
            ("aria-label", Text::LanguageMenuLabel.get(lang)),
        ],
        &buttons,
    )
}

/// The footer, as `ui::chrome::Footer` renders it with nothing to confirm.
fn footer(lang: Lang) -> String {
    let quiet = |id: &str, text: Text| {
        el(
            "button",
            &[("class", "button-quiet"), ("type", "button"), ("id", id)],
            &t(text, lang),
        )
    };
    el(
        "footer",
        &[("class", "site-footer")],
        &el(
            "div",
            &[("class", "wrap")],
            &[
                el(
                    "p",
                    &[("class", "footer-privacy")],
                    &t(Text::PrivacyFooter, lang),
                ),
                quiet("privacy-link", Text::PrivacyLink),
                quiet("team-session", Text::FacilitatorLink),
                quiet("delete-data", Text::DeleteData),
            ]
            .concat(),
        ),
    )
}

/// The intro of a first visit, as `ui::scan::intro::IntroPage` renders it with
/// nothing answered.
fn intro(lang: Lang) -> String {
    let cards: String = intro_cards(&Questionnaire::current(), lang)
        .iter()
        .map(|card| {
            let paragraphs: String = card
                .paragraphs
                .iter()
                .map(|paragraph| el("p", &[], &escape(paragraph)))
                .collect();
            let dimensions = if !card.dimensions.is_empty() {
                let items: String = card
                    .dimensions
                    .iter()
                    .map(|dimension| el("li", &[], &t(dimension.label(), lang)))
                    .collect();
                el("ol", &[("class", "dimension-list")], &items)
            } else {
                String::new()
            };
            el(
                "section",
                &[("class", "card"), ("aria-labelledby", card.id)],
                &[
                    el("h2", &[("id", card.id)], &escape(card.title)),
                    paragraphs,
                    dimensions,
                ]
                .concat(),
            )
        })
        .collect();
    let start_panel = el(
        "div",
        &[("class", "start-panel")],
        &[
            el(
                "button",
                &[
                    ("class", "button-primary"),
                    ("type", "button"),
                    ("id", "start"),
                ],
                &t(Text::Start, lang),
            ),
            el(
                "p",
                &[("class", "duration")],
                &escape(&intro_duration(&Questionnaire::current(), lang)),
            ),
        ]
        .concat(),
    );
    let credit = el(
        "section",
        &[("class", "credit"), ("aria-labelledby", "credit-title")],
        &[
            el("h2", &[("id", "credit-title")], &t(Text::CreditTitle, lang)),
            el("p", &[], &t(Text::Credit, lang)),
        ]
        .concat(),
    );
    el(
        "div",
        &[("class", "wrap page intro")],
        &[
            el("h1", &[], &t(Text::IntroTitle, lang)),
            el("p", &[("class", "lead")], &t(Text::IntroLead, lang)),
            start_panel,
            el("div", &[("class", "intro-grid")], &cards),
            credit,
        ]
        .concat(),
    )
}

/// The first statement, unanswered, as `ui::scan::question::QuestionPage` renders
/// it.
fn question(lang: Lang) -> String {
    let index = 0;
    let item = Questionnaire::current().items[index];
    let progress = question_progress(&Questionnaire::current(), index, lang);
    let number = progress.number.to_string();
    let options: String = answer_options(index)
        .iter()
        .enumerate()
        .map(|(position, option)| {
            el(
                "button",
                &[
                    ("class", option.class),
                    ("type", "button"),
                    ("role", "radio"),
                    ("id", &option.id),
                    ("data-answer", &option.key),
                    ("aria-checked", "false"),
                    ("tabindex", if position == 0 { "0" } else { "-1" }),
                ],
                &[
                    el(
                        "span",
                        &[("class", "option-key"), ("aria-hidden", "true")],
                        &escape(&option.key),
                    ),
                    el(
                        "span",
                        &[("class", "option-label")],
                        &t(answer_label(option.answer), lang),
                    ),
                ]
                .concat(),
            )
        })
        .collect();
    let progress_block = el(
        "div",
        &[("class", "progress-block")],
        &[
            el(
                "p",
                &[("class", "progress-text")],
                &[
                    el(
                        "span",
                        &[("id", "progress-count")],
                        &escape(&progress.count_text),
                    ),
                    el(
                        "span",
                        &[("class", "progress-sep"), ("aria-hidden", "true")],
                        " · ",
                    ),
                    el("span", &[], &escape(&progress.dimension_text)),
                ]
                .concat(),
            ),
            // The fill's width is set by the inline script through the CSSOM
            // (a `style` attribute would be refused by the CSP).
            el(
                "div",
                &[
                    ("class", "progress-bar"),
                    ("role", "progressbar"),
                    ("aria-valuemin", "1"),
                    ("aria-valuemax", &progress.total.to_string()),
                    ("aria-valuenow", &number),
                    ("aria-valuetext", &progress.count_text),
                    ("aria-label", Text::ProgressBarLabel.get(lang)),
                ],
                &el("span", &[("class", "progress-fill")], ""),
            ),
        ]
        .concat(),
    );
    let card = el(
        "div",
        &[("class", "question-card")],
        &[
            el(
                "p",
                &[("class", "dimension-name")],
                &t(item.dimension.label(), lang),
            ),
            el(
                "h1",
                &[("class", "statement"), ("id", "statement")],
                &escape(item.text.get(lang)),
            ),
            el(
                "p",
                &[("class", "scale-hint"), ("id", "scale-hint")],
                &t(Text::ScaleHint, lang),
            ),
            el(
                "div",
                &[
                    ("class", "options"),
                    ("role", "radiogroup"),
                    ("aria-labelledby", "statement"),
                    ("aria-describedby", "scale-hint"),
                ],
                &options,
            ),
        ]
        .concat(),
    );
    let nav = el(
        "div",
        &[("class", "question-nav")],
        &[
            el(
                "button",
                &[
                    ("class", "button-secondary"),
                    ("type", "button"),
                    ("id", "back"),
                ],
                &t(Text::Back, lang),
            ),
            el(
                "button",
                &[
                    ("class", "button-primary"),
                    ("type", "button"),
                    ("id", "next"),
                ],
                &t(Text::Skip, lang),
            ),
        ]
        .concat(),
    );
    el(
        "div",
        &[
            ("class", "wrap page question-page"),
            ("data-item", item.id),
            ("data-number", &number),
        ],
        &[
            progress_block,
            card,
            nav,
            el(
                "p",
                &[("class", "keyboard-hint")],
                &t(Text::KeyboardHint, lang),
            ),
        ]
        .concat(),
    )
}

/// The whole first-load app around one page, as `ui::FirstApp` renders it.
fn app(lang: Lang, page: &str) -> String {
    [
        el(
            "a",
            &[("class", "skip-link"), ("href", "#main")],
            &t(Text::SkipToContent, lang),
        ),
        header(lang),
        el(
            "main",
            &[("id", "main"), ("tabindex", "-1")],
            &[
                el("div", &[("class", "notices"), ("role", "status")], ""),
                page.to_owned(),
            ]
            .concat(),
        ),
        footer(lang),
    ]
    .concat()
}

/// The names under which the inline script receives its generated data, in
/// the order of [`script_arguments`].
pub const SCRIPT_PARAMETERS: &str = "KEYS,SETTINGS,LANGS,SEPARATORS,SWITCHES";

/// The data the inline script's rules need, generated from the core, as
/// JavaScript arguments in the order of [`SCRIPT_PARAMETERS`]: the keys the
/// app stores under; the settings records that only choose a language (what
/// a plain first visit may have stored), each with its language; the tags of
/// the languages the app speaks, the default first; the characters that end
/// a language tag's primary subtag (`Lang::from_tag`); and the values of a
/// switch such as `intro=` (`params::SWITCHES`).
pub fn script_arguments() -> String {
    let quoted = |text: &str| format!("{text:?}");
    let keys: Vec<String> = STORAGE_KEYS.iter().map(|(key, _)| quoted(key)).collect();
    let settings: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| {
            format!(
                "{}:{}",
                quoted(&encode_settings(&Settings { lang })),
                quoted(lang.tag())
            )
        })
        .collect();
    let languages: Vec<String> = Lang::ALL.iter().map(|lang| quoted(lang.tag())).collect();
    let separators: String = TAG_SEPARATORS.iter().collect();
    let switches: Vec<String> = SWITCHES
        .iter()
        .map(|(value, on)| format!("{}:{on}", quoted(value)))
        .collect();
    format!(
        "[{}],{{{}}},[{}],{},{{{}}}",
        keys.join(","),
        settings.join(","),
        languages.join(","),
        quoted(&separators),
        switches.join(",")
    )
}

/// The inline script: `body` (the text of `src/web/prerender.js`) as a
/// function of [`SCRIPT_PARAMETERS`], called with [`script_arguments`].
pub fn script(body: &str) -> String {
    format!(
        "(function({SCRIPT_PARAMETERS}){{{}}})({})",
        body.trim(),
        script_arguments()
    )
}

/// The templates, the load-failure message and the inline script.
pub fn document() -> String {
    let mut out = String::new();
    for &lang in Lang::ALL.iter().filter(|lang| lang.in_first_load()) {
        let _ = write!(
            out,
            "<template id=\"sis-pre-intro-{}\">{}</template>",
            lang.tag(),
            app(lang, &intro(lang))
        );
        let _ = write!(
            out,
            "<template id=\"sis-pre-question-{}\">{}</template>",
            lang.tag(),
            app(lang, &question(lang))
        );
    }
    // The message of the page itself when the first-load app cannot start
    // (src/web/full_loader.js), in every language.
    let load_failed: String = Lang::ALL
        .iter()
        .map(|&lang| el("p", &[("lang", lang.tag())], &t(Text::AppLoadFailed, lang)))
        .collect();
    let _ = write!(
        out,
        "<template id=\"sis-load-failed\">{load_failed}</template>"
    );
    let _ = write!(
        out,
        "<script>{}</script>",
        script(include_str!("../web/prerender.js"))
    );
    out
}
