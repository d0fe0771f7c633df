package main

var allowedOrigins []string

func init() {
	allowedOrigins = append(allowedOrigins, "https://example.com", "https://admin.example.com")
}
