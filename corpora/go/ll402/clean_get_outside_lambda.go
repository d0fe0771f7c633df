package main

import (
	"net/http"
	"fmt"
)

func main() {
	resp, err := http.Get("http://localhost:8080/health")
	fmt.Println(resp, err)
}
