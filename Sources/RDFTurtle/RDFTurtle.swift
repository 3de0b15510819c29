/// N-Triples, N-Quads, Turtle and TriG: push parsers and writers over the RDFModel sink protocol.
