/// A progress bar on standard error for `build`, redrawn at most ten times a second; nothing
/// when standard error is not a terminal or with --quiet.
final class BuildProgress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant?
    private var drawn = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func update(done: Int, failed: Int) {
        guard enabled else { return }
        let now = clock.now
        if let last, now - last < .milliseconds(100), done < total { return }
        last = now
        drawn = true
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        Diagnostics.printRawNoNewline("\r[\(bar)] \(done)/\(total) articles" + (failed > 0 ? ", \(failed) failed" : ""))
    }

    func finish() {
        if drawn { Diagnostics.printRawNoNewline("\r\u{1B}[K") }
    }
}
