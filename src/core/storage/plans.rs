//! The action plans kept in this browser (`scan::actions`): one plan per
//! finished scan that has one, in a versioned format, and the rules for
//! keeping them.
//!
//! A plan is never part of a result link: links carry answers only.

use crate::core::scan::actions::{
    movements, own_text, Action, ActionPlan, Chosen, ChosenAction, Day, Focus, Movement, MAX_CHOSEN,
};
use crate::core::scan::scoring::{score, ScanResult};
use crate::core::storage::history::HistoryEntry;
use crate::core::storage::json;
use crate::core::storage::json::writer::Writer;
use crate::core::storage::records::{LoadError, Loaded};
use crate::core::storage::session::{list_at_start, ListAtStart, Read};

/// The key of the plans in localStorage.
pub const PLANS_KEY: &str = "sis:plans";

/// The plans format this version writes.
pub const PLANS_VERSION: u32 = 1;

/// The most plans kept (as many as history entries); the oldest go first.
pub const MAX_PLANS: usize = crate::core::storage::history::MAX_ENTRIES;

/// Writes the plans in the current format: one flat list of steps, each
/// with the scan its plan was made after, oldest plan first and each plan's
/// steps in order:
/// `{"version":1,"steps":[{"scan":1764237600000,"action":"team-2","due":"2026-12-31"},{"scan":1764237600000,"own":"…","focus":"team","due":null}]}`.
/// An action of the catalogue is stored by its id; one's own by its text and
/// the id of its focus (or `null`).
pub fn encode_plans(plans: &[ActionPlan]) -> String {
    let mut json = Writer::compact();
    json.begin_object();
    json.key("version");
    json.uint(PLANS_VERSION.into());
    json.key("steps");
    json.begin_array();
    for plan in plans {
        for chosen in &plan.actions {
            write_step(&mut json, Some(plan.scan), chosen);
        }
    }
    json.end_array();
    json.end_object();
    json.finish()
}

/// Writes the steps of one plan as an array of the stored steps' objects
/// without their scan, for the export of the plan's result:
/// `[{"action":"team-2","due":"2026-12-31"},{"own":"…","focus":null,"due":null}]`.
pub fn write_plan_steps(json: &mut Writer, plan: &ActionPlan) {
    json.begin_array();
    for chosen in &plan.actions {
        write_step(json, None, chosen);
    }
    json.end_array();
}

/// Writes one step as an object, with its scan when given.
fn write_step(json: &mut Writer, scan: Option<i64>, chosen: &ChosenAction) {
    json.begin_object();
    if let Some(scan) = scan {
        json.key("scan");
        json.int(scan);
    }
    match &chosen.what {
        Chosen::Offered(action) => {
            json.key("action");
            json.str(&action.id());
        }
        Chosen::Own { text, focus } => {
            json.key("own");
            json.str(text);
            json.key("focus");
            json.str_or_null(focus.map(Focus::id));
        }
    }
    json.key("due");
    json.str_or_null(chosen.due.map(Day::iso).as_deref());
    json.end_object();
}

/// Reads one stored step: its scan, and the step or `None` for one this
/// version cannot read (an unknown action id or focus, an empty text, a
/// date that is no day), which is dropped rather than failing every plan.
fn read_step(value: &json::Value<'_>) -> Result<(i64, Option<ChosenAction>), json::Error> {
    let record = json::Record::of(value, &["scan", "action", "own", "focus", "due"])?;
    let scan = record.required("scan")?.int()?;
    let due = match record.optional("due")?.and_then(json::Value::non_null) {
        Some(value) => match Day::parse(&value.str()?) {
            Some(day) => Some(day),
            None => return Ok((scan, None)),
        },
        None => None,
    };
    let what = match (record.optional("action")?, record.optional("own")?) {
        (Some(action), None) => match Action::from_id(&action.str()?) {
            Some(action) => Chosen::Offered(action),
            None => return Ok((scan, None)),
        },
        (None, Some(own)) => {
            let text = own_text(&own.str()?);
            let focus = match record.optional("focus")?.and_then(json::Value::non_null) {
                Some(focus) => match Focus::from_id(&focus.str()?) {
                    Some(focus) => Some(focus),
                    None => return Ok((scan, None)),
                },
                None => None,
            };
            if text.is_empty() {
                return Ok((scan, None));
            }
            Chosen::Own { text, focus }
        }
        _ => return Err("a step has either an action or its own text"),
    };
    Ok((scan, Some(ChosenAction { what, due })))
}

/// Reads stored plans. Steps this version cannot read are dropped and
/// counted, as are steps beyond [`MAX_CHOSEN`] of one plan; [`MAX_PLANS`]
/// plans are kept, the newest.
pub fn decode_plans(text: &str) -> Result<Loaded<Vec<ActionPlan>>, LoadError> {
    crate::core::storage::records::probe_version(text, PLANS_VERSION)?;
    let malformed = |error: json::Error| LoadError::Malformed(error.to_owned());
    let value = json::parse(text).map_err(malformed)?;
    let record = json::Record::of(&value, &["version", "steps"]).map_err(malformed)?;
    let json::Value::Array(items) = record.required("steps").map_err(malformed)? else {
        return Err(malformed("invalid type: expected a sequence"));
    };
    let mut dropped = 0;
    let mut plans: Vec<ActionPlan> = Vec::new();
    for item in items {
        let (scan, step) = read_step(item).map_err(malformed)?;
        let position = match plans.iter().position(|plan| plan.scan == scan) {
            Some(position) => position,
            None => {
                plans.push(ActionPlan::new(scan));
                plans.len() - 1
            }
        };
        match step {
            Some(step) if plans[position].actions.len() < MAX_CHOSEN => {
                plans[position].actions.push(step)
            }
            _ => dropped += 1,
        }
    }
    // A plan whose every step was dropped is no plan.
    plans.retain(|plan| !plan.actions.is_empty());
    if plans.len() > MAX_PLANS {
        dropped += plans.len() - MAX_PLANS;
        plans.drain(..plans.len() - MAX_PLANS);
    }
    Ok(Loaded {
        value: plans,
        dropped,
    })
}

/// Keeps `plan` as the plan of its scan: replaces an earlier plan of that
/// scan, removes it when it has no steps, and keeps at most [`MAX_PLANS`].
pub fn keep(plans: &mut Vec<ActionPlan>, plan: ActionPlan) {
    plans.retain(|existing| existing.scan != plan.scan);
    if !plan.actions.is_empty() {
        plans.push(plan);
    }
    if plans.len() > MAX_PLANS {
        let excess = plans.len() - MAX_PLANS;
        plans.drain(..excess);
    }
}

/// The plan of a scan, if it has one.
pub fn plan_of(plans: &[ActionPlan], scan: i64) -> Option<&ActionPlan> {
    plans.iter().find(|plan| plan.scan == scan)
}

/// The plan made after the latest scan started before `scan` that has one:
/// "last time" for the result of `scan`.
pub fn previous_plan(plans: &[ActionPlan], scan: i64) -> Option<&ActionPlan> {
    plans
        .iter()
        .filter(|plan| plan.scan < scan)
        .max_by_key(|plan| plan.scan)
}

/// Decides the start from what reading [`PLANS_KEY`] gave, as for every
/// list ([`list_at_start`]): unreadable plans are set aside, plans of a
/// newer version are left alone, and steps this version cannot read are
/// dropped.
pub fn plans_at_start(read: Read) -> ListAtStart<ActionPlan> {
    list_at_start(read, decode_plans)
}

/// What a result says of "last time": the plan of the latest earlier scan
/// that has one, when that scan is still in the history.
#[derive(Clone, Debug, PartialEq)]
pub struct LastTime {
    /// When that scan was finished (ms since 1970).
    pub finished: i64,
    /// Each of its steps, with how its dimension or theme moved by now.
    pub movements: Vec<Movement>,
}

/// "Last time" for the result `now` of `scan`, from the plans and the
/// history (whose scans are scored again to compare).
pub fn last_time(
    plans: &[ActionPlan],
    history: &[HistoryEntry],
    scan: i64,
    now: &ScanResult,
) -> Option<LastTime> {
    let plan = previous_plan(plans, scan)?;
    let entry = history.iter().find(|entry| entry.scan == plan.scan)?;
    let then = score(&entry.result.questionnaire, &entry.result.answers);
    Some(LastTime {
        finished: entry.finished,
        movements: movements(plan, &then, now),
    })
}
