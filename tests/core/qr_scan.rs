//! Replies read by camera: a frame's luma, QR codes of real replies decoded
//! back to the same text (and nothing from noise or a blank frame), what a
//! decoded text does to a session's collection and the message it gives,
//! and one read per showing of a code.

use qrcodegen::{QrCode, QrCodeEcc};

use sis::core::i18n::Lang;
use sis::core::links::invite::TeamId;
use sis::core::links::share::{self, SharedResult};
use sis::core::model::Role;
use sis::core::questionnaire::V1;
use sis::core::team::scan::{
    frame_texts, outcome_message, read_scanned, FrameFilter, ScanOutcome, HOLD_MS,
};
use sis::core::team::sealed::{
    reply_fragment, seal, session_keys, Collection, ReplyContent, ReplyError, ReplyId,
};
use sis::qr_read::{luma_from_rgba, QrReader};

use super::support::raw_sheet;

const TEAM: TeamId = TeamId(0x5CA9_0001);
const ANSWERS: &str = "4 5 3 2 4 1  3 3 4 2 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 1 5 4 5";

/// A reply link of member `reply` to [`TEAM`] under the key from `key_seed`,
/// as a member's result page shows it (address and `#s=` code).
fn reply_link(key_seed: u8, team: TeamId, reply: u64, finished: u32) -> String {
    let (_, public) = session_keys([key_seed; 32]);
    let content = ReplyContent {
        reply: ReplyId(reply),
        finished,
        result: SharedResult {
            questionnaire: V1,
            role: Some(Role::Manager),
            answers: raw_sheet(ANSWERS),
        },
    };
    let code = seal(team, &public, &content, [reply as u8; 32]).expect("a usable key");
    format!("https://scan.example/team/#{}", reply_fragment(&code))
}

/// `text` as a QR code in a grey image: `scale` pixels a module, a quiet
/// zone of four modules, dark on white; returns (luma, side).
fn qr_image(text: &str, scale: usize) -> (Vec<u8>, usize) {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).expect("fits a QR code");
    let modules = code.size() as usize + 8;
    let side = modules * scale;
    let mut luma = vec![255u8; side * side];
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = ((x / scale) as i32 - 4, (y / scale) as i32 - 4);
            if code.get_module(mx, my) {
                luma[y * side + x] = 0;
            }
        }
    }
    (luma, side)
}

/// A grey image as RGBA, with the grey as green and a tint in red and blue
/// that luma weighs little, and alpha 255.
fn as_rgba(luma: &[u8]) -> Vec<u8> {
    luma.iter().flat_map(|&g| [g / 2, g, g / 3, 255]).collect()
}

#[test]
fn luma_weighs_red_green_and_blue_as_bt601_and_ignores_alpha() {
    // (r, g, b, a), luma
    let table: [([u8; 4], u8); 7] = [
        ([0, 0, 0, 255], 0),
        ([255, 255, 255, 255], 255),
        ([255, 255, 255, 0], 255),
        ([255, 0, 0, 255], 76),
        ([0, 255, 0, 255], 149),
        ([0, 0, 255, 255], 28),
        ([10, 200, 30, 7], 123),
    ];
    for (pixel, expected) in table {
        assert_eq!(luma_from_rgba(&pixel), [expected], "{pixel:?}");
    }
    let mut two = [0u8; 9];
    two[4..8].copy_from_slice(&[255, 255, 255, 255]);
    assert_eq!(
        luma_from_rgba(&two),
        [0, 255],
        "a trailing partial pixel is left out"
    );
}

#[test]
fn a_qr_code_of_a_real_reply_decodes_to_the_same_link() {
    let link = reply_link(7, TEAM, 0xAB, 1_790_000_000);
    for scale in [3, 4, 6] {
        let (luma, side) = qr_image(&link, scale);
        let mut reader = QrReader::new();
        assert_eq!(
            reader.read(&luma, side, side),
            std::slice::from_ref(&link),
            "scale {scale}"
        );
        assert_eq!(
            reader.read_rgba(&as_rgba(&luma), side, side),
            std::slice::from_ref(&link),
            "RGBA, scale {scale}"
        );
    }
    // In a larger frame, off centre, as a camera sees it.
    let (code, side) = qr_image(&link, 4);
    let (width, height) = (side + 150, side + 60);
    let mut frame = vec![200u8; width * height];
    for y in 0..side {
        frame[(y + 40) * width + 100..(y + 40) * width + 100 + side]
            .copy_from_slice(&code[y * side..(y + 1) * side]);
    }
    assert_eq!(QrReader::new().read(&frame, width, height), [link]);
}

#[test]
fn noise_blank_frames_and_wrong_sizes_give_nothing() {
    let mut reader = QrReader::new();
    let (width, height) = (320, 240);
    assert!(
        reader
            .read(&vec![255; width * height], width, height)
            .is_empty(),
        "white"
    );
    assert!(
        reader
            .read(&vec![0; width * height], width, height)
            .is_empty(),
        "black"
    );
    // Deterministic noise (a linear congruential generator).
    let mut state = 12_345u32;
    let noise: Vec<u8> = (0..width * height)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as u8
        })
        .collect();
    assert!(reader.read(&noise, width, height).is_empty(), "noise");
    let (luma, side) = qr_image("#s=x", 4);
    assert!(
        reader.read(&luma, side, side - 1).is_empty(),
        "too few pixels for the size"
    );
    assert!(reader.read(&luma, 0, 0).is_empty(), "no size");
    assert!(
        reader.read_rgba(&luma, side, side).is_empty(),
        "grey given as RGBA"
    );
    // A cut code (its bottom half white) does not decode.
    let mut cut = luma.clone();
    cut[side * side / 2..].fill(255);
    assert!(reader.read(&cut, side, side).is_empty(), "half a code");
}

#[test]
fn frames_hand_over_their_texts_without_empty_ones() {
    assert_eq!(frame_texts(""), Vec::<String>::new());
    assert_eq!(frame_texts("a"), ["a"]);
    assert_eq!(frame_texts("a\0b\0\0"), ["a", "b"]);
}

#[test]
fn a_code_is_read_once_per_showing() {
    let texts = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut filter = FrameFilter::new();
    // (time in ms, the frame's texts, the new ones)
    let table: [(f64, &[&str], &[&str]); 10] = [
        (0.0, &["a"], &["a"]),
        (100.0, &["a"], &[]),
        (200.0, &["a", "b"], &["b"]),
        (300.0, &["b", "b"], &[]),
        (400.0, &[], &[]),
        // Held up again after a short gap: the same showing.
        (200.0 + HOLD_MS - 1.0, &["a"], &[]),
        // "b" out of sight for HOLD_MS: shown again.
        (300.0 + HOLD_MS, &["b"], &["b"]),
        (10_000.0, &["a"], &["a"]),
        (10_000.0, &["a"], &[]),
        (10_000.0, &["c", "a", "c"], &["c"]),
    ];
    for (now, frame, new) in table {
        assert_eq!(
            filter.new_texts(&texts(frame), now),
            texts(new),
            "at {now}: {frame:?}"
        );
    }
}

#[test]
fn a_scanned_code_counts_as_a_pasted_one_and_says_what_it_did() {
    let (secret, _) = session_keys([7; 32]);
    let first = reply_link(7, TEAM, 1, 1_790_000_000);
    let later = reply_link(7, TEAM, 1, 1_790_000_100);
    let second = reply_link(7, TEAM, 2, 1_790_000_000);
    let other_session = reply_link(7, TeamId(TEAM.0 + 1), 3, 1_790_000_000);
    let other_key = reply_link(8, TEAM, 4, 1_790_000_000);
    // One character of the code changed: the check fails.
    let at = first.find("#s=").expect("a reply link") + 20;
    let swapped = if &first[at..=at] == "x" { "y" } else { "x" };
    let damaged = format!("{}{swapped}{}", &first[..at], &first[at + 1..]);
    let result_link = format!(
        "https://scan.example/#r={}",
        share::encode(&SharedResult {
            questionnaire: V1,
            role: None,
            answers: raw_sheet(ANSWERS),
        })
    );
    let mut scanned = Collection::new();
    // (text, outcome, replies counted after it)
    let table = [
        (first.as_str(), ScanOutcome::Counted, 1),
        (first.as_str(), ScanOutcome::Duplicate, 1),
        (second.as_str(), ScanOutcome::Counted, 2),
        (later.as_str(), ScanOutcome::Replaced, 2),
        (first.as_str(), ScanOutcome::Replaced, 2),
        (
            other_session.as_str(),
            ScanOutcome::NotCounted(ReplyError::OtherSession),
            2,
        ),
        (
            other_key.as_str(),
            ScanOutcome::NotCounted(ReplyError::OtherKey),
            2,
        ),
        (
            damaged.as_str(),
            ScanOutcome::NotCounted(ReplyError::Damaged),
            2,
        ),
        (result_link.as_str(), ScanOutcome::ResultLink, 2),
        ("https://example.org/menu", ScanOutcome::NotAReply, 2),
        ("", ScanOutcome::NotAReply, 2),
    ];
    for (text, outcome, counted) in table {
        assert_eq!(
            read_scanned(&mut scanned, TEAM, &secret, text),
            outcome,
            "{text}"
        );
        assert_eq!(scanned.received(), counted, "{text}");
        assert_eq!(
            outcome.counts(),
            matches!(outcome, ScanOutcome::Counted | ScanOutcome::Replaced)
        );
    }
    // The same texts pasted at once give the same collection.
    let mut pasted = Collection::new();
    pasted.add_text(TEAM, &secret, &table.map(|(text, _, _)| text).join("\n"));
    assert_eq!(pasted.received(), scanned.received());
    assert_eq!(pasted.duplicates, scanned.duplicates);
    assert_eq!(pasted.replaced, scanned.replaced);
    assert_eq!(pasted.refused_by_reason(), scanned.refused_by_reason());
    assert_eq!(pasted.codes(), scanned.codes());
    assert_eq!((pasted.result_links, scanned.result_links), (1, 1));
}

#[test]
fn each_outcome_has_its_message_in_every_language() {
    let (secret, _) = session_keys([7; 32]);
    let mut collection = Collection::new();
    let _ = read_scanned(&mut collection, TEAM, &secret, &reply_link(7, TEAM, 1, 1));
    let _ = read_scanned(&mut collection, TEAM, &secret, &reply_link(8, TEAM, 2, 1));
    let _ = read_scanned(&mut collection, TEAM, &secret, &reply_link(8, TEAM, 3, 1));
    collection.result_links = 4;
    // (outcome, English message)
    let table = [
        (ScanOutcome::Counted, "Reply counted. Replies counted: 1."),
        (
            ScanOutcome::Duplicate,
            "Already counted: this reply was read before.",
        ),
        (
            ScanOutcome::NotCounted(ReplyError::OtherKey),
            "Not counted. Not encrypted with this session's key: 2",
        ),
        (
            ScanOutcome::ResultLink,
            "Not counted. Result links, not team replies, so not read: 4",
        ),
        (ScanOutcome::NotAReply, "This QR code holds no team reply."),
    ];
    for (outcome, english) in table {
        assert_eq!(outcome_message(outcome, &collection, Lang::En), english);
        for &lang in Lang::ALL {
            let message = outcome_message(outcome, &collection, lang);
            assert!(!message.contains('{'), "{lang:?}: {message}");
        }
    }
    assert!(
        outcome_message(ScanOutcome::Replaced, &collection, Lang::Nl)
            .ends_with("Antwoorden geteld: 1.")
    );
}

#[test]
fn a_camera_that_does_not_open_says_why_and_in_a_frame_what_the_frame_needs() {
    use sis::core::i18n::Text;
    use sis::core::team::scan::CameraProblem;
    // (the browser's error name, the problem, its text on a page, in a frame)
    let cases = [
        (
            "NotAllowedError",
            CameraProblem::Refused,
            Text::CameraRefused,
        ),
        ("SecurityError", CameraProblem::Refused, Text::CameraRefused),
        ("NotFoundError", CameraProblem::Missing, Text::CameraMissing),
        (
            "OverconstrainedError",
            CameraProblem::Missing,
            Text::CameraMissing,
        ),
        (
            "NotReadableError",
            CameraProblem::Failed,
            Text::CameraFailed,
        ),
        ("", CameraProblem::Failed, Text::CameraFailed),
    ];
    for (name, problem, text) in cases {
        assert_eq!(CameraProblem::of_error_name(name), problem, "{name}");
        assert_eq!(problem.text(false), text, "{name}");
        assert_eq!(problem.text(true), Text::CameraFramed, "{name}");
    }
}
