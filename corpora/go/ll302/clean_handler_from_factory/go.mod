module example.com/corpus/factoryclean

go 1.22
