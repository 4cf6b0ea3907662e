//! Team exports: the aggregates of a shown team as CSV and JSON. Only
//! aggregates leave: no member's answers, no per-person scores (the dot-plot
//! scores stay on screen).

use crate::core::decimal::Decimal;
use crate::core::model::{Dimension, Theme};
use crate::core::scan::export::begin_export;
use crate::core::storage::json::writer::Writer;
use crate::core::team::profile::{ItemSpread, TeamProfile};

/// The `format` value of a team export.
pub const TEAM_FORMAT: &str = "sociale-innovatie-scan/team";

/// The team export version this app writes.
pub const TEAM_EXPORT_VERSION: u32 = 1;

/// The team's aggregates as pretty-printed JSON, team export version 1:
/// `format`, `version`, `questionnaire`, `min_group`, `n`, `index` and
/// `coherence` (or `null`), `dimensions` (the shown ones, each with `id`,
/// `n`, `mean`, `median`, `sd`, `min`, `max`), `themes` (pairs of a theme id
/// and its mean or `null`), `most_disagreed` and `most_agreed` (items with
/// `id`, `n`, `mean`, `sd`); every statistic rounded to a tenth: enough for
/// reports, no false precision.
pub fn team_json(team: &TeamProfile, min_group: usize) -> String {
    let mut json = begin_export(TEAM_FORMAT, TEAM_EXPORT_VERSION, &team.questionnaire);
    json.key("min_group");
    json.uint(min_group as u64);
    json.key("n");
    json.uint(team.n as u64);
    json.key("index");
    json.one_decimal_or_null(team.index);
    json.key("coherence");
    json.one_decimal_or_null(team.coherence);
    json.key("dimensions");
    json.begin_array();
    for d in team.shown_dimensions() {
        json.begin_object();
        json.key("id");
        json.str(d.dimension.id());
        json.key("n");
        json.uint(d.n as u64);
        for (name, value) in [
            ("mean", d.mean),
            ("median", d.median),
            ("sd", d.sd),
            ("min", d.min),
            ("max", d.max),
        ] {
            json.key(name);
            json.one_decimal(value);
        }
        json.end_object();
    }
    json.end_array();
    json.key("themes");
    json.begin_array();
    for (theme, score) in Theme::ALL.iter().zip(&team.themes) {
        json.begin_array();
        json.str(theme.id());
        json.one_decimal_or_null(*score);
        json.end_array();
    }
    json.end_array();
    for (name, items) in [
        ("most_disagreed", &team.most_disagreed),
        ("most_agreed", &team.most_agreed),
    ] {
        json.key(name);
        items_json(&mut json, team, items);
    }
    json.end_object();
    json.finish()
}

/// A list of items with their spread.
fn items_json(json: &mut Writer, team: &TeamProfile, items: &[ItemSpread]) {
    json.begin_array();
    for item in items {
        json.begin_object();
        json.key("id");
        json.str(team.questionnaire.items[item.index].id);
        json.key("n");
        json.uint(item.n as u64);
        json.key("mean");
        json.one_decimal(item.mean);
        json.key("sd");
        json.one_decimal(item.sd);
        json.end_object();
    }
    json.end_array();
}

/// The team's aggregates as CSV: one row per dimension with its statistics.
/// `label` gives a dimension's name in the user's language.
pub fn team_csv(team: &TeamProfile, label: impl Fn(Dimension) -> String) -> String {
    let mut csv = String::from("dimension,name,n,mean,median,sd,min,max\r\n");
    for d in team.shown_dimensions() {
        let name = label(d.dimension).replace('"', "\"\"");
        csv.push_str(&format!(
            "{},\"{name}\",{},{},{},{},{},{}\r\n",
            d.dimension.id(),
            d.n,
            Decimal::tenths(d.mean),
            Decimal::tenths(d.median),
            Decimal::tenths(d.sd),
            Decimal::tenths(d.min),
            Decimal::tenths(d.max)
        ));
    }
    csv
}
