//! Named timings on the browser's performance timeline. The benchmark reads
//! them to learn how long loading and saving took on the main thread, which
//! it cannot observe from outside the page.

/// Runs `f`, recording its duration as a performance measure named `name`.
pub fn measure<R>(name: &str, f: impl FnOnce() -> R) -> R {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return f();
    };
    let start = format!("{name}:start");
    let _ = performance.mark(&start);
    let result = f();
    let _ = performance.measure_with_start_mark(name, &start);
    performance.clear_marks_with_mark_name(&start);
    result
}
