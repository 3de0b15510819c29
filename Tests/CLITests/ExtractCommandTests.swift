import Foundation
import Testing

@Suite("newsgraph extract and eval carb")
struct ExtractCommandTests {
    @Test func extractsRelationsFromAnArticle() throws {
        let article = "leftcenterrightdel\nA caption here\n\nThe minister visited Hanoi on Monday.\n\nTranslated by Thu Nguyen\n"
        let result = try CLIRunner.run(["extract", "-"], stdin: Data(article.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.contains { $0.count >= 5 && $0[2] == "The minister" && $0[3] == "visited" && $0[4] == "Hanoi" })
        #expect(!result.stdout.contains("caption") && !result.stdout.contains("Thu Nguyen"))
    }

    @Test func carbOutputKeepsTheGivenTokensAndScores() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sentence = "The minister visited Hanoi -LRB- Vietnam -RRB- on Monday ."
        try Data((sentence + "\n").utf8).write(to: dir.appendingPathComponent("in.txt"))
        try Data("\(sentence)\tvisited\tThe minister\tHanoi\ton Monday\n".utf8).write(to: dir.appendingPathComponent("gold.tsv"))
        let extracted = try CLIRunner.run(["extract", "--carb", "in.txt", "-o", "out.tsv"], in: dir)
        #expect(extracted.status == 0, "\(extracted.stderr)")
        let output = try String(contentsOf: dir.appendingPathComponent("out.tsv"), encoding: .utf8)
        #expect(output.split(separator: "\n").allSatisfy { $0.hasPrefix(sentence + "\t") })
        let scored = try CLIRunner.run(["eval", "carb", "gold.tsv", "out.tsv"], in: dir)
        #expect(scored.status == 0, "\(scored.stderr)")
        #expect(scored.stdout.hasPrefix("P "))
        #expect(scored.stdout.contains("R 1.000"))
    }

    @Test func malformedSystemOutputIsAnErrorWithItsLine() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("s\tvisited\ta\tb\n".utf8).write(to: dir.appendingPathComponent("gold.tsv"))
        try Data("s\t0.5\tvisited\ta\tb\ns\thigh\tvisited\ta\tb\n".utf8).write(to: dir.appendingPathComponent("out.tsv"))
        let result = try CLIRunner.run(["eval", "carb", "gold.tsv", "out.tsv"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("out.tsv:2:1: error:"))
    }
}
