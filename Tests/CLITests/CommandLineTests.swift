import Foundation
import Testing

/// What every subcommand owes its users: help with examples, a version, completions, exit
/// statuses, and colour only where it belongs.
@Suite("The command line")
struct CommandLineTests {
    static let subcommands = [
        "build", "render", "diff", "patch", "convert", "canon", "load", "annotate", "extract", "train", "eval",
        "eval conllu", "eval ner", "eval carb",
    ]

    @Test(arguments: subcommands)
    func helpHasExamples(_ subcommand: String) throws {
        let result = try CLIRunner.run(subcommand.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"), "\(subcommand)")
    }

    @Test func versionIsPrinted() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: ".").count == 3, "\(result.stdout)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(_ shell: String) throws {
        let result = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for subcommand in ["build", "load", "canon", "diff"] { #expect(result.stdout.contains(subcommand), "\(shell): \(subcommand)") }
    }

    @Test(arguments: [["frobnicate"], ["build", "--no-such-option"], ["canon", "a.nq", "--hash", "md5"]])
    func badUsageExitsWithTwo(_ arguments: [String]) throws {
        #expect(try CLIRunner.run(arguments).status == 2)
    }

    /// On a terminal (a pseudo-terminal from util-linux `script`) errors are coloured; with
    /// NO_COLOR, or piped, they are not.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let command = "'\(CLIRunner.binary)' canon /nonexistent/input.nq"
        let terminal = try CLIRunner.runShell("script -qec \"\(command)\" /dev/null", environment: ["NO_COLOR": ""])
        #expect(terminal.contains("\u{1B}[1;31merror:"), "\(terminal)")
        let noColour = try CLIRunner.runShell("script -qec \"\(command)\" /dev/null", environment: ["NO_COLOR": "1"])
        #expect(noColour.contains("error:") && !noColour.contains("\u{1B}["), "\(noColour)")
        let piped = try CLIRunner.run(["canon", "/nonexistent/input.nq"])
        #expect(piped.status == 1 && !piped.stderr.contains("\u{1B}["))
    }
}
