module example.com/corpus/relayflag

go 1.22
