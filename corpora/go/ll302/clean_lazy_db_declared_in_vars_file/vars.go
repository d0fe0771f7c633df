package main

import "database/sql"

// Package state lives in its own file, as many Go services keep it.
var ledger *sql.DB
