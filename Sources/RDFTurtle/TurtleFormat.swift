/// The terse formats: [Turtle](https://www.w3.org/TR/turtle/) and [TriG](https://www.w3.org/TR/trig/).
public enum TurtleFormat: Sendable, Hashable { case turtle, trig }
