module example.com/corpus/factoryflag

go 1.22
