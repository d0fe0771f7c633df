package main

// The package's mutable state, kept apart from the handler.
var auditTrail []string
