module example.com/corpus/ginclean

go 1.22
