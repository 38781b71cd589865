package main

import (
	"database/sql"
	"flag"
	"html/template"
	"net/http"

	_ "github.com/mattn/go-sqlite3"
)

func main() {
	listen := flag.String("listen", ":3000", "address")
	flag.Parse()
	db, err := sql.Open("sqlite3", "notes.db")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	page := template.Must(template.ParseFiles("templates/index.html"))
	http.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		_ = page.Execute(w, nil)
	})
	_ = http.ListenAndServe(*listen, nil)
}
