module github.com/claimtrack/claimtrack

go 1.26.8
