module example.com/corpus/rootsleep

go 1.22
