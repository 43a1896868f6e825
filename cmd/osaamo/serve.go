package main

import (
	"fmt"
	"io"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "osaamo serve: not implemented yet (issue #5); use osaamo build and open public/index.html")
	return exitUsage
}
