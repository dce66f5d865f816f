using TestSupport.LogScan;

// Every test fails when the hosts and loggers it started logged a BSN or a name of the RvIG test set.
[assembly: NoPersonalDataInLogs]
