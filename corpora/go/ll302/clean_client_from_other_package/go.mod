module example.com/corpus/relayclean

go 1.22
