module example.com/corpus/injectclean

go 1.22
