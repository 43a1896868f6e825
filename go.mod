module github.com/osaamo/osaamo

go 1.26.8
