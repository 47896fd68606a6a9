//! `ladder-lint`: the OKR coach for exported snapshots, so a company can check
//! its OKRs in its own CI.
//!
//! ```text
//! cargo run --bin ladder-lint -- snapshot.json [--json] [--today YYYY-MM-DD] [--include-dismissed]
//! ```
//!
//! Prints the coach's findings, the same the app shows for the same data:
//! readable lines by default, or a JSON array with one object per finding
//! (`--json`). Findings someone dismissed in the app are left out, and
//! only counted, unless `--include-dismissed` lists them too, with their
//! reason. Exits with 1 when any finding not dismissed is a warning, 0
//! when none is, and 2 when the arguments or the file cannot be used.

use chrono::{DateTime, NaiveDate};
use ladder::domain::coach::{self, Report, Severity, Sorted};
use ladder::storage::{refusal, snapshot};
use ladder::text;
use std::io::{ErrorKind, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

struct Options {
    path: String,
    json: bool,
    today: NaiveDate,
    include_dismissed: bool,
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1)) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: impl Iterator<Item = String>) -> Result<ExitCode, String> {
    let Some(options) = options(args)? else {
        print(&format!("{}\n", text::lint::USAGE))?;
        return Ok(ExitCode::SUCCESS);
    };
    let content = std::fs::read_to_string(&options.path)
        .map_err(|e| text::lint::cannot_read(&options.path, &e))?;
    let envelope = snapshot::decode_and_check(&content)
        .map_err(|e| text::lint::not_a_snapshot(&options.path, &refusal::explain(&content, &e)))?;
    let ws = &envelope.workspace;
    let sorted = Sorted::new(ws, coach::coach(ws, options.today));
    let warnings = sorted
        .open
        .iter()
        .filter(|f| f.rule.severity() == Severity::Warning)
        .count();
    let open: Vec<Report> = sorted.open.iter().map(|f| f.report(ws)).collect();
    let dismissed: Vec<Report> = sorted.dismissed.iter().map(|(f, _)| f.report(ws)).collect();
    let shown: Vec<&Report> = if options.include_dismissed {
        open.iter().chain(&dismissed).collect()
    } else {
        open.iter().collect()
    };
    let mut out = String::new();
    if options.json {
        out = serde_json::to_string_pretty(&shown).map_err(|e| e.to_string())?;
        out.push('\n');
    } else {
        for report in &shown {
            let fix = text::lint::fix(&report.suggestion);
            let (severity, rule, path) = (report.severity, report.rule, &report.record_path);
            let message = &report.message;
            out.push_str(&format!(
                "{severity} {rule} {path}\n    {message}\n    {fix}\n"
            ));
            if let Some(d) = &report.dismissed {
                out.push_str(&format!(
                    "    {}\n",
                    text::coach::dismissed_on(&d.on, &d.reason)
                ));
            }
        }
        out.push_str(&text::lint::summary(warnings, open.len() - warnings));
        if !dismissed.is_empty() {
            out.push(' ');
            out.push_str(&if options.include_dismissed {
                text::lint::dismissed_listed(dismissed.len())
            } else {
                text::lint::dismissed_left_out(dismissed.len())
            });
        }
        out.push('\n');
    }
    print(&out)?;
    Ok(if warnings > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes to standard output. A reader that stops early (`| head`) is not
/// an error: the exit code still tells the findings.
fn print(text: &str) -> Result<(), String> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

/// The options, or `None` when help was asked for.
fn options(mut args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut path = None;
    let mut json = false;
    let mut today = None;
    let mut include_dismissed = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--include-dismissed" => include_dismissed = true,
            "--today" => {
                let day = args
                    .next()
                    .ok_or_else(|| text::lint::TODAY_NEEDS_DATE.to_owned())?;
                let parsed = day
                    .parse::<NaiveDate>()
                    .map_err(|_| text::lint::bad_date(&day))?;
                today = Some(parsed);
            }
            "-h" | "--help" => return Ok(None),
            flag if flag.starts_with('-') => return Err(text::lint::unknown_option(&flag)),
            _ if path.is_some() => return Err(text::lint::USAGE.to_owned()),
            _ => path = Some(arg),
        }
    }
    Ok(Some(Options {
        path: path.ok_or_else(|| text::lint::USAGE.to_owned())?,
        json,
        today: today.unwrap_or_else(system_today),
        include_dismissed,
    }))
}

/// Today in UTC, from the system clock; `--today` gives the local date the
/// app would use.
fn system_today() -> NaiveDate {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    DateTime::from_timestamp(i64::try_from(seconds).unwrap_or(0), 0)
        .unwrap_or_default()
        .date_naive()
}
