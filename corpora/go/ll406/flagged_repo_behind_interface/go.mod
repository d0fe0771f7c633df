module example.com/corpus/flaggediface

go 1.22
