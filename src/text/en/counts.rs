//! Counted nouns, one function each: "1 objective", "3 objectives".
//! A translation writes its own, with its language's plural rules.

pub fn units(n: usize) -> String {
    match n {
        1 => "1 unit".to_owned(),
        n => format!("{n} units"),
    }
}

pub fn people(n: usize) -> String {
    match n {
        1 => "1 person".to_owned(),
        n => format!("{n} people"),
    }
}

pub fn objectives(n: usize) -> String {
    match n {
        1 => "1 objective".to_owned(),
        n => format!("{n} objectives"),
    }
}

pub fn key_results(n: usize) -> String {
    match n {
        1 => "1 key result".to_owned(),
        n => format!("{n} key results"),
    }
}

pub fn unfinished_key_results(n: usize) -> String {
    match n {
        1 => "1 unfinished key result".to_owned(),
        n => format!("{n} unfinished key results"),
    }
}

pub fn dependencies(n: usize) -> String {
    match n {
        1 => "1 dependency".to_owned(),
        n => format!("{n} dependencies"),
    }
}

pub fn kpis(n: usize) -> String {
    match n {
        1 => "1 KPI".to_owned(),
        n => format!("{n} KPIs"),
    }
}

pub fn individual_goals(n: usize) -> String {
    match n {
        1 => "1 individual goal".to_owned(),
        n => format!("{n} individual goals"),
    }
}

pub fn individual_goals_are(n: usize) -> String {
    match n {
        1 => "1 individual goal is".to_owned(),
        n => format!("{n} individual goals are"),
    }
}

pub fn personal_goals(n: usize) -> String {
    match n {
        1 => "1 personal goal".to_owned(),
        n => format!("{n} personal goals"),
    }
}

pub fn one_on_one_notes(n: usize) -> String {
    match n {
        1 => "1 1:1 note".to_owned(),
        n => format!("{n} 1:1 notes"),
    }
}

pub fn days(n: usize) -> String {
    match n {
        1 => "1 day".to_owned(),
        n => format!("{n} days"),
    }
}
