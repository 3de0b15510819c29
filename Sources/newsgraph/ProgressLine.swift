/// One line of progress on standard error (`build`'s bar, `load`'s counter), redrawn in place at
/// most ten times a second and erased at the end; nothing when it is not enabled (standard error
/// not a terminal, or --quiet).
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant?
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Draws `text()` unless the last drawing is under 100 ms old; `final` draws regardless.
    func update(final: Bool = false, _ text: () -> String) {
        guard enabled else { return }
        let now = clock.now
        if let last, now - last < .milliseconds(100), !final { return }
        last = now
        drawn = true
        Diagnostics.printRawNoNewline("\r" + text())
    }

    func finish() {
        if drawn { Diagnostics.printRawNoNewline("\r\u{1B}[K") }
    }

    /// `[#####     ] 412/1000 articles, 3 failed`.
    static func bar(done: Int, total: Int, failed: Int) -> String {
        let width = 30
        let filled = total == 0 ? width : width * done / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total) articles"
            + (failed > 0 ? ", \(failed) failed" : "")
    }
}
