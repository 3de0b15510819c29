// RDFModelTests
