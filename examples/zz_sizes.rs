use std::mem::size_of;
fn main() {
    use runsheet::model::*;
    use runsheet::schedule::*;
    println!("Span {}", size_of::<Span>());
    println!("Session {}", size_of::<Session>());
    println!("Event {}", size_of::<Event>());
    println!("Option<Spanned<SessionId>> {}", size_of::<Option<Spanned<SessionId>>>());
    println!("Option<Spanned<String>> {}", size_of::<Option<Spanned<String>>>());
    println!("Option<Spanned<u32>> {}", size_of::<Option<Spanned<u32>>>());
    println!("Option<Spanned<Slot>> {}", size_of::<Option<Spanned<Slot>>>());
    println!("Option<Spanned<LocalSlot>> {}", size_of::<Option<Spanned<LocalSlot>>>());
    println!("Option<Timing> {}", size_of::<Option<Timing>>());
    println!("Zone {}", size_of::<Zone>());
    println!("Person {}", size_of::<Person>());
    println!("PersonKey {}", size_of::<PersonKey>());
}
