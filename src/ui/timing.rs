//! When deferred work runs, and named timings on the browser's performance
//! timeline. The benchmark reads the timings to learn how long loading and
//! saving took on the main thread, which it cannot observe from outside the
//! page.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Runs `f` once, when the page is next idle; where the browser has no
/// `requestIdleCallback` (Safari), a second from now instead. (Leptos's
/// `request_idle_callback` does nothing there.)
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let run = Closure::once_into_js(f);
    let run = run.unchecked_ref();
    if window.request_idle_callback(run).is_err() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(run, 1000);
    }
}

/// Runs `f` once, in a task of its own after what is already waiting (a
/// press, a key, a frame to draw): how work done in slices lets the page
/// answer between them without waiting for an idle moment, which may come
/// only every 50 ms.
pub fn next_task(f: impl FnOnce() + 'static) {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return when_idle(f);
    };
    let run = Closure::once_into_js(f);
    channel.port1().set_onmessage(Some(run.unchecked_ref()));
    if channel
        .port2()
        .post_message(&wasm_bindgen::JsValue::NULL)
        .is_err()
    {
        channel.port1().set_onmessage(None);
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(run.unchecked_ref());
        }
    }
}

/// [`next_task`] for async code: lets the page run what waits (a press, a
/// frame to draw) before going on.
pub async fn next_task_async() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        next_task(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Milliseconds on the page's clock, for work that watches its own time.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Marks this moment on the performance timeline as `name`.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

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
