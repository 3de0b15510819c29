// RDFTurtleTests
