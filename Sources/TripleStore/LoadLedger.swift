/// What a store has acknowledged: per graph, the requests and statements, and whether the graph
/// was loaded whole.
package struct LoadLedger: Sendable {
    package struct GraphState: Sendable {
        package var requests = 0
        package var statements = 0
        package var complete = false
    }

    package private(set) var graphs: [String?] = []
    private var states: [String?: GraphState] = [:]
    package private(set) var statementsSent = 0
    package private(set) var requests = 0
    /// The graph of the request being sent when it is not atomic (a bulk POST), and whether one
    /// is being sent: if it fails, part of it may be in the store.
    package var inFlight: String?
    package var inFlightIsNonAtomic = false

    package init() {}

    package func state(of graph: String?) -> GraphState? { states[graph] }

    mutating func noteGraph(_ graph: String?) {
        if states[graph] == nil {
            graphs.append(graph)
            states[graph] = GraphState()
        }
    }

    mutating func record(graph: String?, statements: Int) {
        noteGraph(graph)
        states[graph]?.requests += 1
        states[graph]?.statements += statements
        statementsSent += statements
        requests += 1
    }

    mutating func complete(_ graph: String?) {
        noteGraph(graph)
        states[graph]?.complete = true
    }

    /// The graphs loaded whole, and those the store holds only part of.
    package var completeGraphs: [String?] { graphs.filter { states[$0]?.complete == true } }
    package var partialGraphs: [String?] { graphs.filter { states[$0]?.complete != true && (states[$0]?.requests ?? 0) > 0 } }
}

/// A load that stopped: the error, and what had been acknowledged before it.
package struct LoadFailure: Error, CustomStringConvertible, Sendable {
    package var error: LoadError
    package var ledger: LoadLedger

    package var description: String {
        var lines = [error.message]
        let complete = ledger.completeGraphs
        var partial = ledger.partialGraphs
        let uncertain = ledger.inFlightIsNonAtomic && !partial.contains(ledger.inFlight) ? ledger.inFlight : nil
        if ledger.inFlightIsNonAtomic, !partial.contains(ledger.inFlight) { partial.append(ledger.inFlight) }
        if complete.isEmpty && partial.isEmpty {
            lines.append("nothing was loaded")
        } else {
            if !complete.isEmpty {
                lines.append("loaded before the failure: \(complete.count) graph(s) whole: " + complete.map(StoreLoader.label).joined(separator: ", "))
            }
            for graph in partial {
                let state = ledger.state(of: graph) ?? LoadLedger.GraphState()
                if state.requests == 0, graph == uncertain {
                    lines.append(
                        "\(StoreLoader.label(graph)) may be partly loaded: the request that failed was a bulk load, which the store does not apply as one transaction; load it again to replace it")
                    continue
                }
                lines.append(
                    "\(StoreLoader.label(graph)) is only partly loaded: \(state.requests) request(s), \(state.statements) statements acknowledged; load it again to replace it")
            }
        }
        return lines.joined(separator: "\n")
    }
}
