// RDFIOTests
