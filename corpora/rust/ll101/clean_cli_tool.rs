use std::thread;

fn main() {
    let workers: Vec<_> = (0..4).map(|i| thread::spawn(move || i)).collect();
    for w in workers {
        let _ = w.join();
    }
}
