module example.com/corpus/setupflag

go 1.22
