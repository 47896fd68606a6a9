//! English, the language Ladder is written in.

pub mod alignment;
pub mod app;
pub mod app_state;
pub mod appearance;
pub mod banners;
pub mod cascade_tree;
pub mod chart;
pub mod check_in;
pub mod check_in_form;
pub mod check_ins_page;
pub mod coach;
pub mod common;
pub mod counts;
pub mod date_serde;
pub mod dependency;
pub mod draft;
pub mod drafts;
pub mod edit;
pub mod files;
pub mod format;
pub mod grade;
pub mod header;
pub mod import;
pub mod initiative;
pub mod initiative_form;
pub mod integrity;
pub mod key_result;
pub mod key_result_form;
pub mod key_result_page;
pub mod kpi;
pub mod kpi_form;
pub mod kpi_list;
pub mod lint;
pub mod local;
pub mod lock;
pub mod measure_sentence;
pub mod merge;
pub mod my_goals_page;
pub mod my_work;
pub mod not_found_page;
pub mod number;
pub mod objective;
pub mod objective_card;
pub mod objective_form;
pub mod objective_page;
pub mod one_on_one;
pub mod one_on_one_form;
pub mod org_unit;
pub mod overview_page;
pub mod packed;
pub mod parts;
pub mod period;
pub mod person_field;
pub mod person_form;
pub mod person_page;
pub mod personal;
pub mod personal_file;
pub mod personal_goal;
pub mod personal_goal_form;
pub mod personal_state;
pub mod print_page;
pub mod progress;
pub mod refusal;
pub mod retrospective;
pub mod revision;
pub mod rollover;
pub mod route;
pub mod seal;
pub mod settings_page;
pub mod settings_rules;
pub mod shortcuts;
pub mod snapshot;
pub mod snapshot_banner;
pub mod summary_page;
pub mod sync;
pub mod teams_page;
pub mod toast;
pub mod ui_summary;
pub mod unit_form;
pub mod unit_page;
pub mod workspace;

/// A sentence that starts with a name from elsewhere ("the key result
/// “X”"): English capitalises its first letter.
pub(crate) fn starting(subject: &dyn std::fmt::Display, rest: &str) -> String {
    let subject = subject.to_string();
    let mut letters = subject.chars();
    match letters.next() {
        Some(first) => format!("{}{}{rest}", first.to_uppercase(), letters.as_str()),
        None => rest.trim_start().to_owned(),
    }
}
