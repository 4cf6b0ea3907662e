//! Team exports: the aggregates of a shown team as CSV and JSON. Only
//! aggregates leave: no member's answers, no per-person scores (the dot-plot
//! scores stay on screen).

use serde::Serialize;

use crate::core::model::Dimension;
use crate::core::team::profile::TeamProfile;

/// The `format` value of a team export.
pub const TEAM_FORMAT: &str = "sociale-innovatie-scan/team";

/// The team export version this app writes.
pub const TEAM_EXPORT_VERSION: u32 = 1;

#[derive(Serialize)]
struct DimensionRecord {
    id: &'static str,
    n: usize,
    mean: f64,
    median: f64,
    sd: f64,
    min: f64,
    max: f64,
}

#[derive(Serialize)]
struct ItemRecord {
    id: &'static str,
    n: usize,
    mean: f64,
    sd: f64,
}

#[derive(Serialize)]
struct TeamRecord {
    format: &'static str,
    version: u32,
    questionnaire: u16,
    min_group: usize,
    n: usize,
    index: Option<f64>,
    coherence: Option<f64>,
    dimensions: Vec<DimensionRecord>,
    themes: Vec<(&'static str, Option<f64>)>,
    most_disagreed: Vec<ItemRecord>,
    most_agreed: Vec<ItemRecord>,
}

/// Rounds to one decimal for exports: enough for reports, no false precision.
fn tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

fn record(team: &TeamProfile, min_group: usize) -> TeamRecord {
    let questionnaire = &team.questionnaire;
    let items = |list: &[crate::core::team::profile::ItemSpread]| {
        list.iter()
            .map(|item| ItemRecord {
                id: questionnaire.items[item.index].id,
                n: item.n,
                mean: tenth(item.mean),
                sd: tenth(item.sd),
            })
            .collect()
    };
    TeamRecord {
        format: TEAM_FORMAT,
        version: TEAM_EXPORT_VERSION,
        questionnaire: questionnaire.version,
        min_group,
        n: team.n,
        index: team.index.map(tenth),
        coherence: team.coherence.map(tenth),
        dimensions: team
            .shown_dimensions()
            .map(|d| DimensionRecord {
                id: d.dimension.id(),
                n: d.n,
                mean: tenth(d.mean),
                median: tenth(d.median),
                sd: tenth(d.sd),
                min: tenth(d.min),
                max: tenth(d.max),
            })
            .collect(),
        themes: crate::core::model::Theme::ALL
            .iter()
            .zip(&team.themes)
            .map(|(theme, score)| (theme.id(), score.map(tenth)))
            .collect(),
        most_disagreed: items(&team.most_disagreed),
        most_agreed: items(&team.most_agreed),
    }
}

/// The team's aggregates as pretty-printed JSON.
pub fn team_json(team: &TeamProfile, min_group: usize) -> String {
    serde_json::to_string_pretty(&record(team, min_group)).expect("a team record always serializes")
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
            tenth(d.mean),
            tenth(d.median),
            tenth(d.sd),
            tenth(d.min),
            tenth(d.max)
        ));
    }
    csv
}
