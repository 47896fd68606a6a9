//! Ids are short, readable and stable.
use ladder::domain::ObjectiveId;
use proptest::prelude::*;

#[test]
fn ids_use_twelve_unambiguous_characters() {
    assert_eq!(ObjectiveId::from_bits(0).as_str(), "000000000000");
    assert_eq!(ObjectiveId::from_bits(u64::MAX).as_str(), "zzzzzzzzzzzz");
}

proptest! {
    #[test]
    fn different_bits_give_different_ids(a in 0u64..(1 << 60), b in 0u64..(1 << 60)) {
        prop_assume!(a != b);
        prop_assert_ne!(ObjectiveId::from_bits(a), ObjectiveId::from_bits(b));
    }

    #[test]
    fn ids_survive_json(bits: u64) {
        let id = ObjectiveId::from_bits(bits);
        let text = serde_json::to_string(&id).expect("serialises");
        prop_assert_eq!(serde_json::from_str::<ObjectiveId>(&text).expect("parses"), id);
    }
}
