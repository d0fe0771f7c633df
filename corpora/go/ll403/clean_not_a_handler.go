package main

import (
	"time"
)

func poll() { time.Sleep(time.Second) }

func main() {
	for {
		poll()
	}
}
