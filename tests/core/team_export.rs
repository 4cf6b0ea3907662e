//! Team exports carry aggregates only.

use sis::core::model::Role;
use sis::core::questionnaire::V1;
use sis::core::team::export::{team_csv, team_json};
use sis::core::team::profile::profile;
use sis::core::team::{Group, Member};

use super::support::raw_sheet;

#[test]
fn exports_hold_aggregates_and_no_individual_rows() {
    let sheets = [
        "123451234512345123451234512345",
        "555554444433333222221111155555",
        "333333333333333333333333333333",
        "444444444444444444444444444444",
        "222222222222222222222222222222",
    ];
    let members: Vec<Member> = sheets
        .iter()
        .map(|s| Member {
            questionnaire: V1,
            answers: raw_sheet(s),
            role: Some(Role::Employee),
        })
        .collect();
    let q = V1;
    let Group::Shown(team) = profile(&q, &members, 5) else {
        panic!("five members and a minimum of five are shown");
    };
    let json = team_json(&team, 5);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["format"], "sociale-innovatie-scan/team");
    assert_eq!(value["n"], 5);
    assert_eq!(value["dimensions"].as_array().map(Vec::len), Some(5));
    // No member's answers or per-person scores.
    for forbidden in ["answers", "scores", "members", "role"] {
        assert!(
            !json.contains(&format!("\"{forbidden}\"")),
            "{forbidden} in {json}"
        );
    }
    let csv = team_csv(&team, |d| d.id().to_owned());
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines[0], "dimension,name,n,mean,median,sd,min,max");
    assert_eq!(lines.len(), 6);
}
