// NewsgraphTestSupport
