//! `ladder-lint`: the OKR coach for exported snapshots, so a company can check
//! its OKRs in its own CI.
//!
//! ```text
//! cargo run --bin ladder-lint -- snapshot.json [--json] [--today YYYY-MM-DD]
//! ```
//!
//! Prints the coach's findings, the same the app shows for the same data:
//! readable lines by default, or a JSON array with one object per finding
//! (`--json`). Exits with 1 when any finding is a warning, 0 when none is,
//! and 2 when the arguments or the file cannot be used.

use chrono::{DateTime, NaiveDate};
use ladder::domain::coach::{self, Severity};
use ladder::storage::snapshot;
use ladder::text;
use std::io::{ErrorKind, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

struct Options {
    path: String,
    json: bool,
    today: NaiveDate,
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
        .map_err(|e| text::lint::not_a_snapshot(&options.path, &e))?;
    let ws = &envelope.workspace;
    let findings = coach::coach(ws, options.today);
    let mut out = String::new();
    if options.json {
        let reports: Vec<_> = findings.iter().map(|f| f.report(ws)).collect();
        out = serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?;
        out.push('\n');
    } else {
        for finding in &findings {
            let report = finding.report(ws);
            let fix = text::lint::fix(&report.suggestion);
            let (severity, rule, path) = (report.severity, report.rule, &report.record_path);
            let message = &report.message;
            out.push_str(&format!(
                "{severity} {rule} {path}\n    {message}\n    {fix}\n"
            ));
        }
        let warnings = findings
            .iter()
            .filter(|f| f.rule.severity() == Severity::Warning)
            .count();
        out.push_str(&text::lint::summary(warnings, findings.len() - warnings));
        out.push('\n');
    }
    print(&out)?;
    let warned = findings
        .iter()
        .any(|f| f.rule.severity() == Severity::Warning);
    Ok(if warned {
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
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
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
