//! When deferred work runs, and named timings on the browser's performance
//! timeline. The benchmark reads the timings to learn how long loading and
//! saving took on the main thread, which it cannot observe from outside the
//! page.

use leptos::prelude::*;
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

/// Runs `f` once the page has painted what it shows now: the frame's
/// rendering runs after requestAnimationFrame's callbacks, and a task
/// posted from one runs after that frame is painted.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || next_task(f));
}

/// `source`, one painted frame late: each new value reaches the copy only
/// after the page has painted what changed with it (in a hidden tab, once
/// the tab is shown and painted again). A part of a page that
/// takes long to draw again (a chart, a list) reads the copy, so what a
/// press changes first (a dialog closing, the value in words) is on the
/// screen without waiting for it; React calls this a deferred value.
/// Several changes within one frame reach the copy as one.
pub fn deferred<T>(source: Memo<T>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let later = RwSignal::new(source.get_untracked());
    let waiting = StoredValue::new(false);
    Effect::new(move |_| {
        source.track();
        if waiting.get_value() {
            return;
        }
        waiting.set_value(true);
        after_paint(move || {
            // The page may have been left in the meantime.
            let _ = waiting.try_set_value(false);
            if let Some(now) = source.try_get_untracked() {
                later.try_maybe_update(|value| {
                    let changed = *value != now;
                    if changed {
                        *value = now;
                    }
                    (changed, ())
                });
            }
        });
    });
    later.into()
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
