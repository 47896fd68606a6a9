//! The cascade as an ARIA tree: objectives with the ones aligned to them
//! beneath, expandable, and navigable with the arrow keys (WAI-ARIA tree
//! pattern: one tab stop, roving focus, Right/Left to open, close or move to
//! the parent, Home/End, Enter to open the objective).
//!
//! Rows render flat with `aria-level`, keyed by everything they show, so an
//! edit re-renders only the rows it changes. Whether a row is open is not
//! part of its key: opening it keeps its element, and with it the focus.
//!
//! A tree draws with its first frame only the rows a screen can show; the
//! rest follow once that frame is painted, a slice a task (a large
//! company's quarter has over a hundred rows, and drawing them all held its
//! overview back by about 40 ms); meanwhile the tree is `aria-busy`. A key
//! pressed in the tree draws them all at once, so the arrow keys and End
//! always find their row.

use super::objective_card::children_note;
use super::{ProgressBar, StatusBadge};
use crate::domain::{CascadeNode, ObjectiveId};
use crate::text;
use crate::ui::route::Route;
use crate::ui::router::Router;
use crate::ui::state::Document;
use crate::ui::summary::{ObjectiveSummary, summarize};
use crate::ui::{clock, timing};
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use std::collections::HashSet;
use wasm_bindgen::JsCast;

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
struct Row {
    summary: ObjectiveSummary,
    level: usize,
    position: usize,
    set_size: usize,
    parent: Option<ObjectiveId>,
    has_children: bool,
}

fn flatten(
    nodes: &[CascadeNode],
    level: usize,
    parent: Option<&ObjectiveId>,
    collapsed: &HashSet<ObjectiveId>,
    out: &mut Vec<(CascadeNode, usize, usize, usize, Option<ObjectiveId>)>,
) {
    for (i, node) in nodes.iter().enumerate() {
        out.push((node.clone(), level, i + 1, nodes.len(), parent.cloned()));
        if !collapsed.contains(&node.id) {
            flatten(&node.children, level + 1, Some(&node.id), collapsed, out);
        }
    }
}

/// The least height of a row in CSS pixels (one line of title and the
/// padding): how many rows the first frame needs to fill a screen.
const MIN_ROW_PX: f64 = 40.0;
/// Rows drawn in each task after the first frame.
const MORE_ROWS: usize = 24;

/// How many rows fill the window from its top, whatever is above the tree.
fn first_rows() -> usize {
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(1080.0);
    (height / MIN_ROW_PX).ceil() as usize + 1
}

/// The tree's shared state: which rows are shown, which are closed, and
/// which holds the roving tab stop.
#[derive(Clone, Copy)]
struct Tree {
    rows: Memo<Vec<Row>>,
    /// How many of `rows` are drawn so far (see the module's notes).
    drawn: RwSignal<usize>,
    collapsed: RwSignal<HashSet<ObjectiveId>>,
    focused: RwSignal<Option<ObjectiveId>>,
    id_prefix: &'static str,
}

impl Tree {
    fn element_id(self, id: &ObjectiveId) -> String {
        format!("{}-{id}", self.id_prefix)
    }

    fn is_expanded(self, id: &ObjectiveId) -> bool {
        self.collapsed.with(|c| !c.contains(id))
    }

    fn set_expanded(self, id: &ObjectiveId, open: bool) {
        self.collapsed.update(|c| {
            if open {
                c.remove(id);
            } else {
                c.insert(id.clone());
            }
        });
    }

    fn move_focus(self, id: ObjectiveId) {
        let dom_id = self.element_id(&id);
        self.focused.set(Some(id));
        // After the rows re-render: the target may be a row just shown.
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&dom_id)
                && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = el.focus();
            }
        });
    }

    /// The row that takes Tab: the one last focused, else the first.
    fn is_tab_stop(self, id: &ObjectiveId) -> bool {
        // A remembered row that is no longer shown (another period, a
        // filter) must not leave the tree without a Tab stop.
        let shown = |f: &ObjectiveId| self.rows.with(|r| r.iter().any(|row| &row.summary.id == f));
        self.focused.with(|f| match f {
            Some(f) if shown(f) => f == id,
            _ => self
                .rows
                .with(|r| r.first().is_some_and(|first| &first.summary.id == id)),
        })
    }

    /// Draws `MORE_ROWS` more rows, and then the next slice in a task of
    /// its own; once every row is drawn, every row the tree ever has is
    /// (another period's, rows opened). Stops if the tree is gone.
    fn draw_more(self) {
        let Some(drawn) = self.drawn.try_get_untracked() else {
            return;
        };
        if drawn >= self.rows.with_untracked(Vec::len) {
            self.drawn.set(usize::MAX);
            return;
        }
        self.drawn.set(drawn + MORE_ROWS);
        timing::next_task(move || self.draw_more());
    }

    /// The arrow keys, Home, End and Enter, as the WAI-ARIA tree pattern has them.
    fn on_key(self, ev: leptos::ev::KeyboardEvent, router: Router) {
        if self.drawn.get_untracked() != usize::MAX {
            self.drawn.set(usize::MAX);
        }
        let list = self.rows.get_untracked();
        let Some(here) = self
            .focused
            .get_untracked()
            .and_then(|id| list.iter().position(|r| r.summary.id == id))
        else {
            return;
        };
        let row = &list[here];
        let expanded = self
            .collapsed
            .with_untracked(|c| !c.contains(&row.summary.id));
        let target = match ev.key().as_str() {
            "ArrowDown" => list.get(here + 1).map(|r| r.summary.id.clone()),
            "ArrowUp" => here.checked_sub(1).map(|i| list[i].summary.id.clone()),
            "Home" => list.first().map(|r| r.summary.id.clone()),
            "End" => list.last().map(|r| r.summary.id.clone()),
            "ArrowRight" if row.has_children && !expanded => {
                self.set_expanded(&row.summary.id, true);
                Some(row.summary.id.clone())
            }
            "ArrowRight" if row.has_children => list.get(here + 1).map(|r| r.summary.id.clone()),
            "ArrowLeft" if row.has_children && expanded => {
                self.set_expanded(&row.summary.id, false);
                Some(row.summary.id.clone())
            }
            "ArrowLeft" => row.parent.clone(),
            "Enter" => {
                router.go(Route::parse(&row.summary.href));
                None
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(id) = target {
            self.move_focus(id);
        }
    }
}

#[component]
pub fn CascadeTree(
    /// The top objectives, each with its aligned objectives beneath.
    #[prop(into)]
    roots: Signal<Vec<CascadeNode>>,
    /// Names the tree for assistive technology.
    label: &'static str,
    /// Distinguishes element ids when a page shows several trees.
    id_prefix: &'static str,
    /// Whether top rows say what they ladder up to (or why not).
    #[prop(optional)]
    show_alignment: bool,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let collapsed = RwSignal::new(HashSet::<ObjectiveId>::new());
    let today = clock::today();
    let rows = Memo::new(move |_| {
        let mut flat = Vec::new();
        roots.with(|roots| collapsed.with(|c| flatten(roots, 1, None, c, &mut flat)));
        state.with(|ws| {
            flat.into_iter()
                .filter_map(|(node, level, position, set_size, parent)| {
                    Some(Row {
                        summary: summarize(ws, &node.id, today)?,
                        level,
                        position,
                        set_size,
                        parent,
                        has_children: !node.children.is_empty(),
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let tree = Tree {
        rows,
        drawn: RwSignal::new(first_rows()),
        collapsed,
        focused: RwSignal::new(None),
        id_prefix,
    };
    timing::after_paint(move || tree.draw_more());
    let drawn_rows =
        move || rows.with(|r| r.iter().take(tree.drawn.get()).cloned().collect::<Vec<_>>());
    view! {
        <ul
            class="tree"
            role="tree"
            aria-label=label
            aria-busy=move || (tree.drawn.get() < rows.with(Vec::len)).then_some("true")
            on:keydown=move |ev| tree.on_key(ev, router)
        >
            <For each=drawn_rows key=|row| row.clone() let:row>
                {tree_row(row, tree, show_alignment)}
            </For>
        </ul>
    }
}

/// One objective in the tree, at its level, with its progress. A plain
/// function, not a component: with `erase_components` a component's view
/// is boxed, and the tree renders hundreds of rows.
fn tree_row(row: Row, tree: Tree, show_alignment: bool) -> impl IntoView {
    let id = row.summary.id.clone();
    let (tab_id, focus_id, toggle_id) = (id.clone(), id.clone(), id.clone());
    let (open_id, glyph_id) = (id.clone(), id.clone());
    let has_children = row.has_children;
    let note = children_note(row.summary.children);
    let alignment = (show_alignment && row.level == 1).then(|| row.summary.alignment.clone());
    let label = text::cascade_tree::progress_label(&row.summary.title);
    // The view macro has no `aria-level`: it is added below as a plain attribute.
    let level = custom_attribute("aria-level", row.level.to_string());
    view! {
        <li
            role="treeitem"
            id=tree.element_id(&id)
            class="tree-row"
            style=("--level", (row.level - 1).to_string())
            aria-posinset=row.position
            aria-setsize=row.set_size
            aria-expanded=move || {
                has_children.then(|| if tree.is_expanded(&open_id) { "true" } else { "false" })
            }
            tabindex=move || if tree.is_tab_stop(&tab_id) { "0" } else { "-1" }
            on:focus=move |_| tree.focused.set(Some(focus_id.clone()))
        >
            <span
                class="tree-toggle"
                aria-hidden="true"
                on:click=move |_| {
                    let open = tree.collapsed.with_untracked(|c| c.contains(&toggle_id));
                    tree.set_expanded(&toggle_id, open);
                }
            >
                {move || {
                    if !has_children {
                        ""
                    } else if tree.is_expanded(&glyph_id) {
                        "▾"
                    } else {
                        "▸"
                    }
                }}
            </span>
            <div class="tree-main">
                <a class="tree-title" href=row.summary.href.clone() tabindex="-1">
                    {row.summary.title.clone()}
                </a>
                <span class="tree-meta">
                    <span class="unit-badge">{row.summary.unit_kind}</span>
                    {text::cascade_tree::unit_and_lead(&row.summary.unit, &row.summary.lead)}
                    {note.map(|n| text::common::then(&n))}
                </span>
                {alignment.map(|a| view! { <span class="tree-alignment">{a}</span> })}
            </div>
            <div class="tree-progress">
                <ProgressBar progress=row.summary.progress() expected=row.summary.pace() label />
                <StatusBadge status=row.summary.status none_label=row.summary.no_status() />
            </div>
        </li>
    }
    .add_any_attr(level)
}
