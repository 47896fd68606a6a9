//! Rhythm: key results of a period under way are checked in on every
//! cadence, and a commitment that is off track says why.

use super::{Finding, Rule, Subject};
use crate::domain::{Commitment, Status, Workspace};
use crate::text;
use chrono::NaiveDate;

/// Cadences without a check-in before the coach speaks.
const QUIET_CADENCES: i64 = 2;

pub(super) fn check(ws: &Workspace, today: NaiveDate, out: &mut Vec<Finding>) {
    let quiet_days = QUIET_CADENCES * i64::from(ws.settings.check_in_every_days.max(1));
    for period in ws.periods.iter().filter(|p| !p.closed) {
        let under_way = period.start <= today && today <= period.end;
        let objectives = ws
            .objectives
            .iter()
            .filter(|o| o.period == period.id && !o.archived && ws.shows(o));
        for objective in objectives {
            for kr in ws.key_results_of(&objective.id) {
                let latest = ws.latest_check_in(&kr.id);
                let since = latest.map_or(period.start, |c| c.date);
                let days = (today - since).num_days();
                if under_way && days > quiet_days {
                    out.push(Finding {
                        rule: Rule::NoRecentCheckIn,
                        subject: Subject::KeyResult(kr.id.clone()),
                        why: text::coach::no_recent_check_in(days),
                        fix: text::coach::NO_RECENT_CHECK_IN_FIX.to_owned(),
                    });
                }
                let unexplained = latest
                    .is_some_and(|c| c.status == Status::OffTrack && c.note.trim().is_empty());
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
}
