module example.com/corpus/setupclean

go 1.22
