//! Build time (native): the pre-rendered first screen. Writes, to stdout, the
//! markup the first-load app renders for a plain first visit (the intro, and
//! the first statement for `?intro=0`, in each language the first load
//! carries) as `<template>`s, the page's own message for a first load that
//! cannot start (every language), and the inline script that shows the right one
//! before the wasm arrives (`src/web/prerender.js`). The first-load app
//! removes it when it mounts and adopts what the person did meanwhile.
//! `tests/e2e/prerender.test.mjs` fails if this markup differs from the
//! mounted DOM. Texts come from `sis::core`; only the element structure is
//! repeated here.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", html::document());
}

#[cfg(not(target_arch = "wasm32"))]
mod html {
    use sis::core::i18n::Lang;
    use sis::core::i18n::{answer_label, fill, fill_questionnaire, Text};
    use sis::core::questionnaire::V1;
    use sis::core::scan::answers::Answer;
    use sis::core::scan::flow;
    use sis::core::storage::privacy::STORAGE_KEYS;
    use sis::core::storage::records::{encode_settings, Settings};
    use std::fmt::Write;

    fn esc(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    /// One element: tag, attributes (in the app's order), inner HTML.
    fn el(tag: &str, attrs: &[(&str, &str)], inner: &str) -> String {
        let mut out = format!("<{tag}");
        for (name, value) in attrs {
            let _ = write!(out, " {name}=\"{}\"", esc(value));
        }
        let _ = write!(out, ">{inner}</{tag}>");
        out
    }

    fn t(text: Text, lang: Lang) -> String {
        esc(text.get(lang))
    }

    fn header(lang: Lang) -> String {
        el(
            "header",
            &[("class", "site-header")],
            &el(
                "div",
                &[("class", "wrap header-row")],
                &[
                    el(
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
                    ),
                    el(
                        "nav",
                        &[
                            ("class", "header-nav"),
                            ("aria-label", Text::MyResults.get(lang)),
                        ],
                        "",
                    ),
                    language_menu(lang),
                ]
                .concat(),
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
                    &esc(option.tag()),
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

    fn intro(lang: Lang) -> String {
        let dimensions: String = V1
            .dimensions
            .iter()
            .map(|d| el("li", &[], &esc(d.label().get(lang))))
            .collect();
        let card = |id: &str, title: Text, paragraphs: &[Text], extra: &str| {
            let ps: String = paragraphs
                .iter()
                .map(|p| el("p", &[], &t(*p, lang)))
                .collect();
            el(
                "section",
                &[("class", "card"), ("aria-labelledby", id)],
                &[
                    el("h2", &[("id", id)], &t(title, lang)),
                    ps,
                    extra.to_owned(),
                ]
                .concat(),
            )
        };
        el(
            "div",
            &[("class", "wrap page intro")],
            &[
                el("h1", &[], &t(Text::IntroTitle, lang)),
                el("p", &[("class", "lead")], &t(Text::IntroLead, lang)),
                el(
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
                            &esc(&fill_questionnaire(Text::IntroDuration.get(lang), &V1)),
                        ),
                    ]
                    .concat(),
                ),
                el(
                    "div",
                    &[("class", "intro-grid")],
                    &[
                        card(
                            "model-title",
                            Text::IntroModelTitle,
                            &[Text::IntroModel],
                            &el("ol", &[("class", "dimension-list")], &dimensions),
                        ),
                        card(
                            "how-title",
                            Text::IntroHowTitle,
                            &[Text::IntroScale, Text::IntroResult],
                            "",
                        ),
                        card(
                            "privacy-title",
                            Text::IntroPrivacyTitle,
                            &[Text::IntroPrivacy],
                            "",
                        ),
                    ]
                    .concat(),
                ),
                el(
                    "section",
                    &[("class", "credit"), ("aria-labelledby", "credit-title")],
                    &[
                        el("h2", &[("id", "credit-title")], &t(Text::CreditTitle, lang)),
                        el("p", &[], &t(Text::Credit, lang)),
                    ]
                    .concat(),
                ),
            ]
            .concat(),
        )
    }

    /// The first statement, unanswered (as `ui::question::QuestionPage`).
    fn question(lang: Lang) -> String {
        let index = 0;
        let item = V1.items[index];
        let dimension_number = V1.position_of(item.dimension).unwrap_or(0) + 1;
        let progress = fill(
            Text::QuestionProgress.get(lang),
            &[
                ("n", &(index + 1).to_string()),
                ("total", &V1.item_count().to_string()),
            ],
        );
        let options: String = flow::options()
            .iter()
            .enumerate()
            .map(|(position, &answer)| {
                let key = match answer {
                    Answer::Scale(likert) => likert.value().to_string(),
                    Answer::DontKnow => "0".to_owned(),
                };
                let class = match answer {
                    Answer::Scale(_) => "option",
                    Answer::DontKnow => "option option-dont-know",
                };
                el(
                    "button",
                    &[
                        ("class", class),
                        ("type", "button"),
                        ("role", "radio"),
                        ("id", &format!("q{index}-opt{position}")),
                        ("data-answer", &key),
                        ("aria-checked", "false"),
                        ("tabindex", if position == 0 { "0" } else { "-1" }),
                    ],
                    &[
                        el(
                            "span",
                            &[("class", "option-key"), ("aria-hidden", "true")],
                            &key,
                        ),
                        el(
                            "span",
                            &[("class", "option-label")],
                            &t(answer_label(answer), lang),
                        ),
                    ]
                    .concat(),
                )
            })
            .collect();
        el(
            "div",
            &[
                ("class", "wrap page question-page"),
                ("data-item", item.id),
                ("data-number", &(index + 1).to_string()),
            ],
            &[
                el(
                    "div",
                    &[("class", "progress-block")],
                    &[
                        el(
                            "p",
                            &[("class", "progress-text")],
                            &[
                                el("span", &[("id", "progress-count")], &esc(&progress)),
                                el(
                                    "span",
                                    &[("class", "progress-sep"), ("aria-hidden", "true")],
                                    " · ",
                                ),
                                el(
                                    "span",
                                    &[],
                                    &esc(&fill(
                                        Text::DimensionProgress.get(lang),
                                        &[("n", &dimension_number.to_string())],
                                    )),
                                ),
                            ]
                            .concat(),
                        ),
                        // The width is set by the inline script through the CSSOM.
                        el(
                            "div",
                            &[
                                ("class", "progress-bar"),
                                ("role", "progressbar"),
                                ("aria-valuemin", "1"),
                                ("aria-valuemax", &V1.item_count().to_string()),
                                ("aria-valuenow", &(index + 1).to_string()),
                                ("aria-valuetext", &progress),
                                ("aria-label", Text::ProgressBarLabel.get(lang)),
                            ],
                            &el("span", &[("class", "progress-fill")], ""),
                        ),
                    ]
                    .concat(),
                ),
                el(
                    "div",
                    &[("class", "question-card")],
                    &[
                        el(
                            "p",
                            &[("class", "dimension-name")],
                            &esc(item.dimension.label().get(lang)),
                        ),
                        el(
                            "h1",
                            &[("class", "statement"), ("id", "statement")],
                            &esc(item.text.get(lang)),
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
                ),
                el(
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
                ),
                el(
                    "p",
                    &[("class", "keyboard-hint")],
                    &t(Text::KeyboardHint, lang),
                ),
            ]
            .concat(),
        )
    }

    /// The whole first-load app for one view: as `ui::FirstApp` renders it.
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

    /// The templates and the inline script that picks one.
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
        // The message of the page itself when the first-load app cannot
        // start (src/web/full_loader.js), in every language.
        let load_failed: String = Lang::ALL
            .iter()
            .map(|&lang| el("p", &[("lang", lang.tag())], &t(Text::AppLoadFailed, lang)))
            .collect();
        let _ = write!(
            out,
            "<template id=\"sis-load-failed\">{load_failed}</template>"
        );
        // What the script must know: the keys the app stores under, and the
        // settings records that only choose a language (allowed on a plain
        // first visit).
        let keys: Vec<String> = STORAGE_KEYS
            .iter()
            .map(|(key, _)| format!("{key:?}"))
            .collect();
        let settings: Vec<String> = Lang::ALL
            .iter()
            .map(|lang| {
                format!(
                    "{:?}:{:?}",
                    encode_settings(&Settings { lang: *lang }),
                    lang.tag()
                )
            })
            .collect();
        let languages: Vec<String> = Lang::ALL
            .iter()
            .map(|lang| format!("{:?}", lang.tag()))
            .collect();
        let _ = write!(
            out,
            "<script>(function(KEYS,SETTINGS,LANGS){{{}}})([{}],{{{}}},[{}])</script>",
            include_str!("web/prerender.js").trim(),
            keys.join(","),
            settings.join(","),
            languages.join(",")
        );
        out
    }
}
