//! Text for `shortcuts`.

pub const TITLE: &str = "Keyboard shortcuts";
pub const INTRO: &str = "Single keys work anywhere outside a text field.";
pub const SHOW_LIST: &str = "Keyboard shortcuts (?)";

/// Each shortcut: its keys, shown one after the other, and what it does.
pub const LIST: [(&[&str], &str); 7] = [
    (&["?"], "Show this list"),
    (&["/"], "Search objectives and key results"),
    (&["n"], "New objective, in the view shown"),
    (&["c"], "Check in on the key result shown"),
    (&["Ctrl", "Z"], "Undo (⌘ Z on a Mac)"),
    (
        &["Ctrl", "Shift", "Z"],
        "Redo (also Ctrl Y; ⌘ ⇧ Z on a Mac)",
    ),
    (
        &["↑", "↓", "←", "→"],
        "Move through the cascade; Enter opens",
    ),
];

/// A button's tooltip with the key that presses it: "New objective (n)".
pub fn with_key(label: &str, key: &str) -> String {
    format!("{label} (shortcut: {key})")
}
