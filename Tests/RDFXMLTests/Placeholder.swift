// RDFXMLTests
