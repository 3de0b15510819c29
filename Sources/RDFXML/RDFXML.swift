/// RDF/XML: a streaming reader on libxml2 SAX2 and a writer on xmlTextWriter.
