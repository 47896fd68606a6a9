//! Runs the cases of a target on every core, each under `catch_unwind`
//! and a clock, and reports every failure so that it can be reproduced:
//! its case seed, a shrunk copy of its input in `target/fuzz/`, and the
//! command that runs it alone.
//!
//! Case `i` of a run with seed `S` has the seed `S + i·φ` (φ the golden
//! ratio step), so case 0's seed is `S` itself: `FUZZ_SEED=<case seed>
//! FUZZ_CASES=1` runs exactly one reported case again, whatever the number
//! of threads that found it.

use super::json::{self, J};
use super::rng::{GOLDEN, Rng};
use ladder::storage::packed::{self, Effort};
use std::cell::{Cell, RefCell};
use std::io::{Seek, SeekFrom, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::{Duration, Instant};

/// A case's input: values by storage key (one file is one entry).
pub type Input = Vec<(String, String)>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Verdict {
    Accepted,
    Refused,
}

pub struct Target {
    pub name: &'static str,
    /// The input of the case whose generator is `rng`; deterministic.
    pub generate: fn(&mut Rng) -> Input,
    /// Reads the input as the app would and checks what must hold of the
    /// result; `Err` says which rule broke.
    pub check: fn(&Input) -> Result<Verdict, String>,
}

/// How many times slower than a release build a debug build runs the
/// slowest cases (inflating a deflate bomb, parsing its hundreds of
/// megabytes): the time limit is meant for release code, and a debug
/// build's scales with it.
const UNOPTIMISED_SLOWDOWN: u64 = if cfg!(debug_assertions) { 30 } else { 1 };

/// How a run is set up, from the environment.
pub struct Settings {
    pub seed: u64,
    pub cases: u64,
    pub threads: usize,
    /// A case taking longer fails.
    pub time_limit: Duration,
    /// Only this target runs, when set.
    pub only: Option<String>,
}

impl Settings {
    /// `FUZZ_SEED` (decimal or `0x…`), `FUZZ_CASES` (per target),
    /// `FUZZ_THREADS` (every core by default), `FUZZ_TIME_LIMIT_MS` (1,000
    /// in a release build), `FUZZ_TARGET` (`import` or `stored`; both by
    /// default).
    pub fn from_env(default_cases: u64) -> Settings {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let number = |name: &str| {
            var(name).map(|v| {
                let v = v.trim().replace('_', "");
                match v.strip_prefix("0x") {
                    Some(hex) => u64::from_str_radix(hex, 16),
                    None => v.parse(),
                }
                .unwrap_or_else(|_| panic!("{name} must be a number, not {v:?}"))
            })
        };
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Settings {
            seed: number("FUZZ_SEED").unwrap_or(0x1add_e125_eed5),
            cases: number("FUZZ_CASES").unwrap_or(default_cases),
            threads: number("FUZZ_THREADS").map_or(cores, |n| n.max(1) as usize),
            time_limit: Duration::from_millis(
                number("FUZZ_TIME_LIMIT_MS").unwrap_or(1000 * UNOPTIMISED_SLOWDOWN),
            ),
            only: var("FUZZ_TARGET"),
        }
    }

    pub fn runs(&self, target: &Target) -> bool {
        self.only.as_deref().is_none_or(|only| only == target.name)
    }
}

pub fn case_seed(run_seed: u64, case: u64) -> u64 {
    run_seed.wrapping_add(case.wrapping_mul(GOLDEN))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Panic,
    Broken,
    Slow,
}

pub struct Failure {
    pub seed: u64,
    pub kind: Kind,
    pub message: String,
    pub file: PathBuf,
}

pub struct Summary {
    pub name: &'static str,
    pub seed: u64,
    pub cases: u64,
    pub accepted: u64,
    pub refused: u64,
    pub elapsed: Duration,
    pub slowest: Duration,
    pub slowest_seed: u64,
    pub failures: Vec<Failure>,
}

impl Summary {
    pub fn per_second(&self) -> f64 {
        self.cases as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// The most failures of one run written out (and shrunk); the count says how many more.
const KEPT_FAILURES: usize = 8;
/// A case running this long is taken to hang: the run stops.
const HANG: Duration = Duration::from_secs(60);

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Panics inside a case are recorded for its report instead of printed.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                CAUGHT.with(|c| *c.borrow_mut() = Some(info.to_string()));
            } else {
                default(info);
            }
        }));
    });
}

/// The input of the case with `seed`, or the generator's own panic (a bug
/// in the fuzzer, reported like any other failure).
fn generate(target: &Target, seed: u64) -> Result<Input, String> {
    quietly(|| (target.generate)(&mut Rng::new(seed)))
}

/// Runs `f`, catching a panic as its message.
fn quietly<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    install_panic_hook();
    QUIET.with(|q| q.set(true));
    let outcome = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    outcome.map_err(|_| {
        CAUGHT
            .with(|c| c.borrow_mut().take())
            .unwrap_or_else(|| "a panic without a message".to_owned())
    })
}

/// Runs `check` on `input`, catching a panic as its message.
fn attempt(target: &Target, input: &Input) -> (Result<Result<Verdict, String>, String>, Duration) {
    let started = Instant::now();
    let outcome = quietly(|| (target.check)(input));
    (outcome, started.elapsed())
}

/// The time this thread has spent on a CPU, where Linux says
/// (`/proc/thread-self/schedstat`, in nanoseconds).
fn cpu_time() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(
        text.split_whitespace().next()?.parse().ok()?,
    ))
}

/// How long a case takes when it has a CPU to itself: the least CPU time
/// of two more runs (their wall time where the CPU time is unknown). A
/// case over the limit by the wall clock is timed again this way, so that
/// a machine busy with other work does not fail it.
fn on_cpu(target: &Target, input: &Input) -> Duration {
    (0..2)
        .map(|_| {
            let before = cpu_time();
            let (_, wall) = attempt(target, input);
            match (before, cpu_time()) {
                (Some(before), Some(after)) => after.saturating_sub(before),
                _ => wall,
            }
        })
        .min()
        .unwrap_or(Duration::MAX)
}

/// The directory failures are written to: `target/fuzz`, found from this
/// test binary's own place (`target/<profile>/deps/fuzz-…`).
pub fn out_dir() -> PathBuf {
    let dir = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_path_buf()))
        .unwrap_or_else(|| PathBuf::from("target"));
    dir.join("fuzz")
}

/// What each thread is running, in a file of its own, so a case that
/// kills the process (a stack overflow, an abort) can still be found:
/// the file holds its seed.
struct InFlight {
    file: Option<std::fs::File>,
}

impl InFlight {
    fn new(name: &str, thread: usize) -> InFlight {
        let dir = out_dir();
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(format!("{name}-in-flight-{thread}.txt"));
        InFlight {
            file: std::fs::File::create(path).ok(),
        }
    }

    fn set(&mut self, seed: u64) {
        if let Some(file) = &mut self.file {
            let _ = file.seek(SeekFrom::Start(0));
            let _ = writeln!(file, "0x{seed:016x}");
        }
    }

    fn done(&mut self) {
        if let Some(file) = &mut self.file {
            let _ = file.seek(SeekFrom::Start(0));
            let _ = writeln!(file, "done              ");
        }
    }
}

/// Runs `settings.cases` cases of `target`.
pub fn run(target: &'static Target, settings: &Settings) -> Summary {
    let started = Instant::now();
    let threads = settings.threads.max(1);
    let failures = Arc::new(Mutex::new(Vec::<Failure>::new()));
    // Per thread: milliseconds since the start when its case began (0: idle), and its seed.
    let running: Arc<Vec<(AtomicU64, AtomicU64)>> = Arc::new(
        (0..threads)
            .map(|_| (AtomicU64::new(0), AtomicU64::new(0)))
            .collect(),
    );
    let finished = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let (running, finished) = (Arc::clone(&running), Arc::clone(&finished));
        std::thread::spawn(move || watch(target, &running, &finished, started))
    };
    let workers: Vec<_> = (0..threads)
        .map(|t| {
            let failures = Arc::clone(&failures);
            let running = Arc::clone(&running);
            let (seed, cases, limit) = (settings.seed, settings.cases, settings.time_limit);
            std::thread::Builder::new()
                .name(format!("fuzz-{}-{t}", target.name))
                // Room for deep structures, so only a real runaway overflows.
                .stack_size(64 << 20)
                .spawn(move || {
                    let mut in_flight = InFlight::new(target.name, t);
                    let (mut accepted, mut refused) = (0u64, 0u64);
                    let mut slowest = (Duration::ZERO, seed);
                    let mut case = t as u64;
                    while case < cases {
                        let seed = case_seed(seed, case);
                        in_flight.set(seed);
                        let input = match generate(target, seed) {
                            Ok(input) => input,
                            Err(panic) => {
                                let message = format!("the case could not be made: {panic}");
                                record(target, &failures, seed, Kind::Panic, message, &Vec::new());
                                case += threads as u64;
                                continue;
                            }
                        };
                        let since = started.elapsed().as_millis() as u64 + 1;
                        running[t].1.store(seed, Ordering::SeqCst);
                        running[t].0.store(since, Ordering::SeqCst);
                        let (outcome, took) = attempt(target, &input);
                        running[t].0.store(0, Ordering::SeqCst);
                        if took > slowest.0 {
                            slowest = (took, seed);
                        }
                        let failure = match outcome {
                            Ok(Ok(_)) if took > limit && on_cpu(target, &input) > limit => Some((
                                Kind::Slow,
                                format!(
                                    "took {} ms (limit {} ms)",
                                    took.as_millis(),
                                    limit.as_millis()
                                ),
                            )),
                            Ok(Ok(Verdict::Accepted)) => {
                                accepted += 1;
                                None
                            }
                            Ok(Ok(Verdict::Refused)) => {
                                refused += 1;
                                None
                            }
                            Ok(Err(broken)) => Some((Kind::Broken, broken)),
                            Err(panic) => Some((Kind::Panic, panic)),
                        };
                        if let Some((kind, message)) = failure {
                            record(target, &failures, seed, kind, message, &input);
                        }
                        case += threads as u64;
                    }
                    in_flight.done();
                    (accepted, refused, slowest)
                })
                .expect("a fuzzing thread starts")
        })
        .collect();
    let (mut accepted, mut refused, mut slowest) = (0, 0, (Duration::ZERO, settings.seed));
    for worker in workers {
        let (a, r, s) = worker.join().expect("a fuzzing thread finishes");
        accepted += a;
        refused += r;
        if s.0 > slowest.0 {
            slowest = s;
        }
    }
    finished.store(true, Ordering::SeqCst);
    let _ = watchdog.join();
    let failures = std::mem::take(&mut *failures.lock().unwrap_or_else(|e| e.into_inner()));
    Summary {
        name: target.name,
        seed: settings.seed,
        cases: settings.cases,
        accepted,
        refused,
        elapsed: started.elapsed(),
        slowest: slowest.0,
        slowest_seed: slowest.1,
        failures,
    }
}

/// Stops the process when a case hangs, after writing how to run it again.
fn watch(
    target: &'static Target,
    running: &[(AtomicU64, AtomicU64)],
    finished: &AtomicBool,
    started: Instant,
) {
    while !finished.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(200));
        let now = started.elapsed().as_millis() as u64 + 1;
        for (since, seed) in running {
            let since = since.load(Ordering::SeqCst);
            if since > 0 && now.saturating_sub(since) > HANG.as_millis() as u64 {
                let seed = seed.load(Ordering::SeqCst);
                let input = generate(target, seed).unwrap_or_default();
                let message = format!("hangs: still running after {} s", HANG.as_secs());
                let file = write_failure(target, seed, Kind::Slow, &message, &input);
                eprintln!(
                    "{}: case 0x{seed:016x} {message}; input in {}\n  rerun: {}",
                    target.name,
                    file.display(),
                    rerun(target, seed)
                );
                std::process::exit(1);
            }
        }
    }
}

pub fn rerun(target: &Target, seed: u64) -> String {
    format!(
        "FUZZ_TARGET={} FUZZ_SEED=0x{seed:016x} FUZZ_CASES=1 cargo test --locked --test fuzz -- --nocapture",
        target.name
    )
}

fn record(
    target: &Target,
    failures: &Mutex<Vec<Failure>>,
    seed: u64,
    kind: Kind,
    message: String,
    input: &Input,
) {
    let kept = failures.lock().map_or(KEPT_FAILURES, |f| f.len());
    let file = if kept < KEPT_FAILURES {
        let shrunk = match kind {
            // Time is too noisy a property to shrink by.
            Kind::Slow => input.clone(),
            Kind::Panic | Kind::Broken => shrink(target, input, kind),
        };
        write_failure(target, seed, kind, &message, &shrunk)
    } else {
        PathBuf::new()
    };
    if let Ok(mut failures) = failures.lock() {
        failures.push(Failure {
            seed,
            kind,
            message,
            file,
        });
    }
}

fn write_failure(target: &Target, seed: u64, kind: Kind, message: &str, input: &Input) -> PathBuf {
    let dir = out_dir();
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("{}-{seed:016x}.txt", target.name));
    let mut text = format!(
        "target: {}\ncase seed: 0x{seed:016x}\nfailure: {kind:?}\n{message}\n\nrerun: {}\n",
        target.name,
        rerun(target, seed)
    );
    for (key, value) in input {
        text.push_str(&format!("\n== {key} ==\n{}\n", shown(value)));
        if let Ok(inner) = packed::unpack(value) {
            text.push_str(&format!("\n== {key}, unpacked ==\n{}\n", shown(&inner)));
        }
    }
    let _ = std::fs::write(&path, text);
    path
}

/// The most of a value a failure's file shows: a deflate bomb's text is
/// hundreds of megabytes, and its seed reproduces it anyway.
const SHOWN: usize = 1 << 20;

fn shown(value: &str) -> String {
    match value.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}… ({} bytes in all)", &value[..cut], value.len()),
        None => value.to_owned(),
    }
}

/// The most checks spent shrinking one failure.
const SHRINK_BUDGET: usize = 3000;

/// A smaller input that still fails the same way: entries dropped, then
/// each value's JSON (inside its packing, if packed) pruned node by node,
/// or its text cut chunk by chunk when it is not JSON.
fn shrink(target: &Target, input: &Input, kind: Kind) -> Input {
    let mut budget = SHRINK_BUDGET;
    let fails = |input: &Input, budget: &mut usize| -> bool {
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        let (outcome, _) = attempt(target, input);
        match outcome {
            Ok(Ok(_)) => false,
            Ok(Err(_)) => kind == Kind::Broken,
            Err(_) => kind == Kind::Panic,
        }
    };
    let mut best = input.clone();
    // The first entry is what is read; the others are what it refers to.
    let mut at = 1;
    while at < best.len() {
        let mut fewer = best.clone();
        fewer.remove(at);
        if fails(&fewer, &mut budget) {
            best = fewer;
        } else {
            at += 1;
        }
    }
    for entry in 0..best.len() {
        let value = best[entry].1.clone();
        let was_packed = packed::unpack(&value).ok();
        let text = was_packed.clone().unwrap_or(value);
        let rebuild = |text: &str| match was_packed {
            Some(_) => packed::pack(text, Effort::Fast),
            None => text.to_owned(),
        };
        let try_text = |text: &str, budget: &mut usize| {
            let mut candidate = best.clone();
            candidate[entry].1 = rebuild(text);
            fails(&candidate, budget)
        };
        let shrunk = match json::parse(&text) {
            Some(tree) if try_text(&tree.write(), &mut budget) => shrink_tree(
                tree,
                &mut |t: &J, b: &mut usize| try_text(&t.write(), b),
                &mut budget,
            )
            .write(),
            _ => shrink_text(
                text,
                &mut |t: &str, b: &mut usize| try_text(t, b),
                &mut budget,
            ),
        };
        best[entry].1 = rebuild(&shrunk);
    }
    best
}

fn container(_: Option<&str>, n: &J) -> bool {
    matches!(n, J::Arr(_) | J::Obj(_))
}

/// Removes children of containers while `fails` holds.
fn shrink_tree(
    mut tree: J,
    fails: &mut dyn FnMut(&J, &mut usize) -> bool,
    budget: &mut usize,
) -> J {
    loop {
        let mut progress = false;
        let mut k = 0;
        while k < tree.count(&container) && *budget > 0 {
            let mut child = 0;
            loop {
                let mut candidate = tree.clone();
                let Some(node) = candidate.nth_mut(&container, k) else {
                    break;
                };
                let removed = match node {
                    J::Arr(items) if child < items.len() => {
                        items.remove(child);
                        true
                    }
                    J::Obj(fields) if child < fields.len() => {
                        fields.remove(child);
                        true
                    }
                    _ => false,
                };
                if !removed || *budget == 0 {
                    break;
                }
                if fails(&candidate, budget) {
                    tree = candidate;
                    progress = true;
                } else {
                    child += 1;
                }
            }
            k += 1;
        }
        if !progress || *budget == 0 {
            return tree;
        }
    }
}

/// Cuts chunks of the text, halving their size, while `fails` holds.
fn shrink_text(
    text: String,
    fails: &mut dyn FnMut(&str, &mut usize) -> bool,
    budget: &mut usize,
) -> String {
    let mut best: Vec<char> = text.chars().collect();
    let mut chunk = best.len() / 2;
    while chunk > 0 && *budget > 0 {
        let mut at = 0;
        while at < best.len() && *budget > 0 {
            let end = (at + chunk).min(best.len());
            let candidate: String = best[..at].iter().chain(&best[end..]).collect();
            if fails(&candidate, budget) {
                best.drain(at..end);
            } else {
                at += chunk;
            }
        }
        chunk /= 2;
    }
    best.into_iter().collect()
}

/// Prints a run's figures and every failure; true when there were none.
pub fn report(summary: &Summary) -> bool {
    println!(
        "fuzz {:<7} {} cases in {:.1} s ({:.0} cases/s): {} accepted, {} refused, {} failed; slowest {} ms (case 0x{:016x}); seed 0x{:016x}",
        summary.name,
        summary.cases,
        summary.elapsed.as_secs_f64(),
        summary.per_second(),
        summary.accepted,
        summary.refused,
        summary.failures.len(),
        summary.slowest.as_millis(),
        summary.slowest_seed,
        summary.seed,
    );
    for failure in &summary.failures {
        println!(
            "  {:?} in case 0x{:016x}: {}\n    input: {}",
            failure.kind,
            failure.seed,
            failure.message.replace('\n', "\n    "),
            if failure.file.as_os_str().is_empty() {
                "(not written: too many failures)".to_owned()
            } else {
                failure.file.display().to_string()
            },
        );
    }
    summary.failures.is_empty()
}
