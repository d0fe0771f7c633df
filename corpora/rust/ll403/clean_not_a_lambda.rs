use std::time::Duration;

fn main() {
    loop {
        std::thread::sleep(Duration::from_secs(60));
        println!("tick");
    }
}
