module example.com/corpus/rootbackfill // the root package holds a handler and a command-line job

go 1.22
