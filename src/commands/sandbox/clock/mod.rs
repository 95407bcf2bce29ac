pub mod advance;
pub mod show;

use crate::output::{Human, Output};
use crate::sandbox::control::ClockView;

pub fn output(v: ClockView) -> Output {
    let offset = super::human_duration(v.offset_seconds);
    let fields = vec![
        ("now", v.now.clone()),
        (
            "offset",
            if v.offset_seconds == 0 {
                "none".into()
            } else {
                format!("+{offset}")
            },
        ),
    ];
    Output::new(
        v,
        Human::Record {
            fields,
            sections: Vec::new(),
        },
    )
}
