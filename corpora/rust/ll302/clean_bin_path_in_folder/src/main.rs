fn main() {
    println!("ledger cli");
}
