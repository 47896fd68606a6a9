//! Rhythm: key results of a period under way keep being checked in on every
//! cadence, and a commitment that is off track says why.

use super::{Finding, Rule, Subject};
use crate::domain::{Commitment, Objective, Status, Workspace};
use crate::text;
use chrono::NaiveDate;

/// Cadences without a check-in before the coach speaks.
const QUIET_CADENCES: i64 = 2;

pub(super) fn check<'a>(
    ws: &Workspace,
    objectives: impl Iterator<Item = &'a Objective>,
    today: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let quiet_days = QUIET_CADENCES * i64::from(ws.settings.check_in_every_days.max(1));
    for objective in objectives {
        let Some(period) = ws.period(&objective.period) else {
            continue;
        };
        let under_way = period.contains(today);
        for kr in ws.key_results_of(&objective.id) {
            // Only a key result that has had check-ins can have gone quiet:
            // when one without any was added is not recorded, and the
            // Check-ins page lists it as due.
            let Some(latest) = ws.latest_check_in(&kr.id) else {
                continue;
            };
            let days = (today - latest.date).num_days();
            if under_way && days > quiet_days {
                out.push(Finding {
                    rule: Rule::NoRecentCheckIn,
                    subject: Subject::KeyResult(kr.id.clone()),
                    why: text::coach::no_recent_check_in(days),
                    fix: text::coach::NO_RECENT_CHECK_IN_FIX.to_owned(),
                });
            }
            let unexplained = latest.status == Status::OffTrack && latest.note.trim().is_empty();
            if kr.commitment == Commitment::Commit && unexplained {
                out.push(Finding {
                    rule: Rule::OffTrackWithoutNote,
                    subject: Subject::KeyResult(kr.id.clone()),
                    why: text::coach::OFF_TRACK_WITHOUT_NOTE.to_owned(),
                    fix: text::coach::OFF_TRACK_WITHOUT_NOTE_FIX.to_owned(),
                });
            }
        }
    }
}
