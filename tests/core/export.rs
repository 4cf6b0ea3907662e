//! Exports: JSON that imports again to the same result (golden, versioned),
//! bad imports with typed errors, and CSV.

use sis::core::links::share::SharedResult;
use sis::core::model::Dimension;
use sis::core::model::Role;
use sis::core::questionnaire::V1;
use sis::core::scan::actions::{Action, ActionPlan, Chosen, Day, Focus};
use sis::core::scan::export::{
    from_json, to_csv, to_json, to_json_with_plan, ImportError, MAX_IMPORT_BYTES,
};

use super::support::{check_golden, data_path, raw_sheet};

fn sample() -> SharedResult {
    SharedResult {
        questionnaire: V1,
        role: Some(Role::Manager),
        answers: raw_sheet("4 5 3 2 4 .  3 3 4 . 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 . . 4 5"),
    }
}

#[test]
fn json_round_trips_and_v1_is_golden() {
    let json = to_json(&sample());
    check_golden("export-v1.json", &(json.clone() + "\n"));
    assert_eq!(from_json(&json), Ok(sample()));
    let golden = std::fs::read_to_string(data_path("export-v1.json")).expect("golden");
    assert_eq!(from_json(&golden), Ok(sample()));
}

#[test]
fn the_plan_goes_into_the_json_when_it_has_steps_and_an_import_ignores_it() {
    let mut plan = ActionPlan::new(1_764_000_000_000);
    plan.add(Chosen::Offered(Action::Dimension(Dimension::Team, 1)))
        .unwrap();
    plan.add(Chosen::Own {
        text: "Talk to \"HR\"".into(),
        focus: Some(Focus::Dimension(Dimension::Organisation)),
    })
    .unwrap();
    plan.set_due(0, Day::parse("2027-01-31"));
    let json = to_json_with_plan(&sample(), Some(&plan));
    check_golden("export-v1-plan.json", &(json.clone() + "\n"));
    assert_eq!(from_json(&json), Ok(sample()));
    // No plan, or one without steps: the export of before, byte for byte.
    assert_eq!(to_json_with_plan(&sample(), None), to_json(&sample()));
    assert_eq!(
        to_json_with_plan(&sample(), Some(&ActionPlan::new(1))),
        to_json(&sample())
    );
}

#[test]
fn bad_imports_say_what_is_wrong() {
    let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
    let cases: Vec<(&str, ImportError)> = vec![
        ("", ImportError::NotJson),
        ("{not json", ImportError::NotJson),
        ("<script>alert(1)</script>", ImportError::NotJson),
        ("[1,2]", ImportError::Foreign),
        ("\"text\"", ImportError::Foreign),
        ("{}", ImportError::Foreign),
        (
            r#"{"format":"something-else","version":1}"#,
            ImportError::Foreign,
        ),
        (
            r#"{"format":"sociale-innovatie-scan/result","version":2}"#,
            ImportError::Newer,
        ),
        (
            r#"{"format":"sociale-innovatie-scan/result"}"#,
            ImportError::Damaged,
        ),
        (
            r#"{"format":"sociale-innovatie-scan/result","version":1}"#,
            ImportError::Damaged,
        ),
        (
            r#"{"format":"sociale-innovatie-scan/result","version":1,"questionnaire":1,"answers":{"purpose-1":9}}"#,
            ImportError::Damaged,
        ),
        (
            r#"{"format":"sociale-innovatie-scan/result","version":1,"questionnaire":1,"answers":{"<b>x</b>":1}}"#,
            ImportError::Damaged,
        ),
        (
            r#"{"format":"sociale-innovatie-scan/result","version":1,"questionnaire":5,"answers":{}}"#,
            ImportError::Newer,
        ),
        (&huge, ImportError::TooLarge),
    ];
    for (text, expected) in cases {
        assert_eq!(
            from_json(text),
            Err(expected.clone()),
            "{}",
            &text[..text.len().min(80)]
        );
    }
}

#[test]
fn csv_has_a_row_per_item_and_per_dimension() {
    let csv = to_csv(
        &sample(),
        |index| format!("Item \"{index}\", with comma"),
        |d| d.id().to_owned(),
    );
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "kind,id,text,answer,score,level");
    assert_eq!(lines.len(), 1 + 30 + 5);
    assert_eq!(
        lines[1],
        "item,purpose-1,\"Item \"\"0\"\", with comma\",4,,"
    );
    assert_eq!(lines[6], "item,purpose-6,\"Item \"\"5\"\", with comma\",,,");
    assert!(lines[31].starts_with("dimension,purpose,purpose,,"));
}
