import ArgumentParser
import Glibc

/// The `newsgraph` command: dispatches to its subcommands.
@main
struct NewsgraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn English news articles into knowledge graphs, and read, write and convert RDF.",
        subcommands: [Build.self, Render.self, Diff.self, Patch.self, Convert.self, Canon.self, Load.self, Annotate.self, Extract.self, Train.self, Eval.self, Vocabulary.self]
    )

    /// Runs the command; bad usage exits with status 2, like other Unix tools.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Diagnostics.printRaw(fullMessage(for: error))
                Glibc.exit(2)
            }
            Self.exit(withError: error)
        }
    }
}
