import ArgumentParser
import Glibc

/// The `newsgraph` command: dispatches to its subcommands.
@main
struct NewsgraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn English news articles into knowledge graphs, and read, write and convert RDF.",
        discussion: """
            Examples:
              newsgraph build news/ -o graphs                      # articles to RDF, images, corpus files
              newsgraph render graphs/article.ttl -o article.png   # any RDF graph drawn
              newsgraph diff article.txt corrected.txt             # what changed, per entity
              newsgraph load graphs/corpus.trig --endpoint http://127.0.0.1:7878
              newsgraph canon data.nq                              # RDFC-1.0 canonical N-Quads

            Shell completions: newsgraph --generate-completion-script bash|zsh|fish
            Exit status: 0 success (diff: equal), 1 failure (diff: different), 2 bad usage. \
            Colour on a terminal only, never with NO_COLOR set.
            """,
        version: NewsgraphCommand.version,
        subcommands: [Build.self, Render.self, Diff.self, Patch.self, Convert.self, Canon.self, Load.self, Annotate.self, Extract.self, Train.self, Eval.self, Vocabulary.self]
    )

    /// The version `--version` prints.
    static let version = "0.8.0"

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
