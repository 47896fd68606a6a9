//! Text for `objective`.

// The reflection prompts: heading, then question.
pub const IMPACT: &str = "Impact";
pub const IMPACT_QUESTION: &str = "Which key results did we most influence?";
pub const FOCUS: &str = "Focus";
pub const FOCUS_QUESTION: &str = "How did these OKRs help us prioritise our work?";
pub const COMMUNICATION: &str = "Communication";
pub const COMMUNICATION_QUESTION: &str = "How did they improve alignment and collaboration?";
pub const LEARNING: &str = "Learning";
pub const LEARNING_QUESTION: &str = "What did we learn, and how will we apply it?";
