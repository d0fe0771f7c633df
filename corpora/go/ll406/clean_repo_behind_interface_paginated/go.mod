module example.com/corpus/cleaniface

go 1.22
