pub mod books;
