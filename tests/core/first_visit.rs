//! The rules of a first visit, the core's and the pre-rendered screen's
//! script's (`src/web/prerender.js`), over one table of cases: which visit is
//! plain (`params::first_load_query`, `link_reader::fragment_may_hold_link`),
//! and which language and view it starts in (`Lang::from_tag`,
//! `i18n::start_lang`). This test writes what the core
//! decides for each case into the golden file
//! `tests/data/first-visit-rules.json`, with the data the script gets
//! generated (`first_screen::script::script_arguments`);
//! `tests/build/first-visit-rules.test.mjs` runs the script over the same
//! cases and fails where it decides differently.
//!
//! The table holds ASCII whitespace only: JavaScript's `trim` also removes
//! U+FEFF and Rust's U+0085, and neither reaches the script's rule (the
//! first load does not decode the query, and browsers list well-formed
//! language tags).

use serde_json::{json, Value};
use sis::core::host::params::first_load_query;
use sis::core::i18n::{start_lang, Lang};
use sis::core::links::link_reader::fragment_may_hold_link;
use sis::core::storage::records::{encode_settings, Settings};
use sis::first_screen::script::{script_arguments, SCRIPT_PARAMETERS};

use super::support::check_golden;

/// One visit: the query string, the fragment, the browser's preferred
/// languages (`navigator.languages`) and the language stored before, if any.
struct Visit {
    query: &'static str,
    fragment: &'static str,
    languages: &'static [&'static str],
    stored: Option<Lang>,
}

const fn visit(query: &'static str, languages: &'static [&'static str]) -> Visit {
    Visit {
        query,
        fragment: "",
        languages,
        stored: None,
    }
}

const fn with_fragment(fragment: &'static str) -> Visit {
    Visit {
        query: "",
        fragment,
        languages: &["en"],
        stored: None,
    }
}

const VISITS: &[Visit] = &[
    // The browser's languages alone.
    visit("", &["de-AT"]),
    visit("", &[" EN "]),
    visit("", &["nl_NL"]),
    visit("", &["fr"]),
    visit("", &[""]),
    visit("", &["zh-Hant-TW"]),
    visit("", &["zh-Hant-TW", "en-GB"]),
    visit("", &["fr", "de", "en"]),
    visit("", &[]),
    visit("", &["EN-us"]),
    visit("", &["\tde\n"]),
    visit("", &["English"]),
    visit("", &["e"]),
    visit("", &["en-"]),
    visit("", &["-en"]),
    visit("", &["_nl"]),
    visit("", &["ＥＮ"]),
    // The query.
    visit("?lang=de-AT", &["en"]),
    visit("?lang= EN ", &["de"]),
    visit("?lang=nl_NL", &["en"]),
    visit("?lang=fr", &["en"]),
    visit("?lang=", &["en"]),
    visit("?lang", &["en"]),
    visit("?lang=zh-Hant-TW", &["en"]),
    visit("?lang=En_gb&intro=0", &["nl"]),
    visit("lang=EN", &[]),
    visit("?LANG=en", &[]),
    visit("?lang=en=1", &[]),
    visit("?intro=0", &["en"]),
    visit("?intro=1", &[]),
    visit("?intro=", &[]),
    visit("?intro", &[]),
    visit("?intro=yes", &[]),
    visit("?intro=0=1", &[]),
    visit("?intro=0&lang=en", &[]),
    visit("?&&lang=en&", &[]),
    visit("?lang=en&embed=1", &[]),
    visit("?kiosk=1", &[]),
    visit("?x", &[]),
    // The fragment: a link may be in it.
    with_fragment("#r=1abc"),
    with_fragment("#top"),
    with_fragment("#x%3d1"),
    with_fragment("#x%3D1"),
    with_fragment("#x%3"),
    with_fragment("#"),
    // A language chosen before.
    Visit {
        query: "",
        fragment: "",
        languages: &["en"],
        stored: Some(Lang::De),
    },
    Visit {
        query: "?lang=nl",
        fragment: "",
        languages: &["de"],
        stored: Some(Lang::En),
    },
    Visit {
        query: "?intro=0",
        fragment: "",
        languages: &[],
        stored: Some(Lang::En),
    },
];

/// What the core decides: "LANG VIEW" on a plain visit, else "full app"
/// (the first load hands the visit over, and nothing is pre-rendered). VIEW
/// is named as the script's report names it (`flow::PreScreen`): `intro`, or
/// `0` for the first statement.
fn decide(visit: &Visit) -> String {
    let (params, plain) = first_load_query(visit.query);
    let fragment = visit.fragment.strip_prefix('#').unwrap_or(visit.fragment);
    if !plain || fragment_may_hold_link(fragment) {
        return "full app".to_owned();
    }
    let lang = start_lang(params.lang, visit.stored, visit.languages.iter().copied());
    let view = if params.skip_intro { "0" } else { "intro" };
    format!("{} {view}", lang.tag())
}

#[test]
fn first_visit_rules_are_the_golden_table() {
    let cases: Vec<Value> = VISITS
        .iter()
        .map(|visit| {
            json!({
                "query": visit.query,
                "fragment": visit.fragment,
                "languages": visit.languages,
                "stored": visit.stored.map(|lang| encode_settings(&Settings { lang })),
                "decision": decide(visit),
            })
        })
        .collect();
    let table = json!({
        "script_parameters": SCRIPT_PARAMETERS,
        "script_arguments": script_arguments(),
        "cases": cases,
    });
    let text = serde_json::to_string_pretty(&table).expect("JSON") + "\n";
    check_golden("first-visit-rules.json", &text);
}
