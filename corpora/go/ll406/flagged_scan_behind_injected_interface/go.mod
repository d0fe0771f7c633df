module example.com/corpus/injectflag

go 1.22
