package main

import "os"

func main() {
	_, _ = os.ReadFile(os.Getenv("CONFIG"))
}
