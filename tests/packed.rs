//! Packed storage text: any text comes back exactly, it takes far fewer
//! code units than JSON, and damaged values are refused rather than misread.
//! The start of a packed value gives the start of its text.

use crate::common::day;
use chrono::DateTime;
use ladder::domain::{Scale, generate};
use ladder::storage::packed::{self, Effort};
use ladder::storage::snapshot;
use proptest::prelude::*;

#[test]
fn packing_round_trips_any_text_and_fits_quota_better_than_json() {
    for text in [
        "",
        "a",
        "ab",
        "{\"x\": \"é — ✓ 😀\"}",
        &"long line ".repeat(10_000),
        // Compresses a thousandfold: the unpacked buffer must grow many times.
        &"a".repeat(3_000_000),
    ] {
        for effort in [Effort::Fast, Effort::Small] {
            let stored = packed::pack(text, effort);
            assert!(packed::is_packed(&stored));
            assert!(
                stored
                    .chars()
                    .all(|c| !(0xD800..=0xDFFF).contains(&(c as u32)))
            );
            assert_eq!(packed::unpack(&stored).as_deref(), Ok(text));
        }
    }
    let json = snapshot::encode_stored(
        &generate(Scale::Medium, day(2026, 11, 25), 3),
        1,
        DateTime::UNIX_EPOCH,
    )
    .expect("encodes");
    let stored = packed::pack(&json, Effort::Fast);
    let units = stored.encode_utf16().count();
    assert!(
        units * 5 < json.len(),
        "{units} code units for {} bytes",
        json.len()
    );
}

#[test]
fn damaged_packed_values_are_refused_not_misread() {
    let stored = packed::pack("{\"hello\": 1}", Effort::Fast);
    assert!(packed::unpack("{\"hello\": 1}").is_err());
    let cut: String = stored.chars().take(stored.chars().count() - 1).collect();
    assert!(packed::unpack(&cut).is_err());
    let wrong: String = stored.replace(|c: char| c as u32 >= 0x4000, "a");
    assert!(packed::unpack(&wrong).is_err());
    // Characters of other widths in UTF-8, even where the byte count still
    // divides by three: 1 + 2 bytes (whose bits would read as U+40E9, a
    // value in range), and a 4-byte character after two 1-byte ones.
    let rest = stored.strip_prefix("\u{2042}z1:").expect("the mark");
    let (length, body) = rest.split_once(':').expect("a length");
    let first = body.chars().next().expect("data").len_utf8();
    for intruder in ["4é", "aé", "ab😀", "\u{3fff}", "\u{c000}"] {
        let damaged = format!("\u{2042}z1:{length}:{intruder}{}", &body[first..]);
        assert!(
            packed::unpack(&damaged).is_err(),
            "{intruder:?} was accepted"
        );
    }
    // A damaged length is refused before it decides how much memory to ask for.
    for length in ["99999999999", "18446744073709551615", "1000"] {
        let damaged = format!("\u{2042}z1:{length}:{body}");
        assert_eq!(
            packed::unpack(&damaged),
            Err("the packed value is cut short".to_owned())
        );
    }
}

#[test]
fn the_start_of_a_kept_workspace_says_when_it_was_saved() {
    let saved_at = "2026-12-05T08:30:00Z".parse().expect("a time");
    let json = snapshot::encode_stored(&generate(Scale::Small, day(2026, 12, 5), 7), 0, saved_at)
        .expect("encodes");
    let stored = packed::pack(&json, Effort::Small);
    // As local::backups reads it: the first 1,024 characters.
    let start: String = stored.chars().take(1024).collect();
    let text = packed::unpack_start(&start, 4096).expect("a start");
    // Cut back to a whole character.
    assert!(json.starts_with(&text) && text.len() + 3 >= 4096, "{text}");
    assert_eq!(snapshot::saved_at_in_start(&text), Some(saved_at));
    assert_eq!(snapshot::saved_at(&json), Some(saved_at));
    // Too short a start does not say, rather than saying something wrong.
    assert_eq!(snapshot::saved_at_in_start(&json[..40]), None);
    // Pretty JSON, as an earlier version may have kept, says nothing here:
    // its reader falls back to the whole text.
    let pretty = ladder::storage::pretty::pretty(&json);
    assert!(pretty.contains("\"saved_at\": \"2026-12-05T08:30:00Z\""));
    assert_eq!(snapshot::saved_at_in_start(&pretty), None);
    assert_eq!(snapshot::saved_at(&pretty), Some(saved_at));
}

proptest! {
    #[test]
    fn any_start_of_a_packed_text_unpacks_to_a_start_of_the_text(
        text in any::<String>(),
        cut in any::<prop::sample::Index>(),
        at_most in 0usize..200,
    ) {
        let stored = packed::pack(&text, Effort::Small);
        let mark = "\u{2042}z1:".len();
        let header = mark + stored[mark..].find(':').expect("a length") + 1;
        // Cut anywhere after the header, back to a whole character.
        let end = cut.index(stored.len() - header + 1) + header;
        let end = (0..=end).rev().find(|&i| stored.is_char_boundary(i)).unwrap_or(0);
        let start = &stored[..end];
        let got = packed::unpack_start(start, at_most).expect("a start");
        prop_assert!(text.starts_with(&got), "{:?} does not start {:?}", got, text);
        prop_assert!(got.len() <= at_most);
        if start.len() == stored.len() {
            // All of it: as much as was asked for, less the last character if cut.
            prop_assert!(got.len() + 3 >= at_most.min(text.len()));
        }
    }

    #[test]
    fn any_text_round_trips(text in any::<String>(), small in any::<bool>()) {
        let effort = if small { Effort::Small } else { Effort::Fast };
        prop_assert_eq!(packed::unpack(&packed::pack(&text, effort)), Ok(text));
    }

    #[test]
    fn any_stored_text_unpacks_or_is_refused_without_panicking(text in any::<String>()) {
        let _ = packed::unpack(&text);
        let _ = packed::unpack_start(&text, 100);
        let _ = packed::unpack_start(&format!("\u{2042}z1:{}:{text}", text.len()), 100);
        let _ = snapshot::saved_at_in_start(&text);
        let _ = packed::unpack(&format!("\u{2042}z1:{}:{text}", text.len()));
    }
}
