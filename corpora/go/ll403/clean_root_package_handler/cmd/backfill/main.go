package main

import (
	"os"

	root "example.com/corpus/rootbackfill"
)

func main() { root.Backfill(os.Args[1:]) }
