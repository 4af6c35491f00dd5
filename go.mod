module github.com/gintonic/gintonic

go 1.26
