pub mod notify;
