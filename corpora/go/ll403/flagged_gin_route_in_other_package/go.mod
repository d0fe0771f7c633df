module example.com/corpus/ginflag

go 1.22
