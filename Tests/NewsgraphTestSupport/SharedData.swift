import Foundation

/// The shared test data (W3C suites, benchmarks), which is not in the repository.
///
/// It is looked up at `<package root>/../shared`, then in the further ancestors of the package
/// root (so a git worktree such as `…/wt/<branch>` finds the checkout's `…/shared`); the
/// environment variable `NEWSGRAPH_SHARED` overrides the search. Tests that need it are skipped
/// when it is absent, unless `NEWSGRAPH_REQUIRE_SHARED=1`, in which case they fail.
public enum SharedData {
    /// The package root, derived from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // NewsgraphTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The directories searched, in order.
    public static var candidates: [URL] {
        if let override = ProcessInfo.processInfo.environment["NEWSGRAPH_SHARED"], !override.isEmpty {
            return [URL(fileURLWithPath: override)]
        }
        var result: [URL] = []
        var directory = packageRoot.deletingLastPathComponent()
        while true {
            result.append(directory.appendingPathComponent("shared"))
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        return result
    }

    /// The shared data directory, if found.
    public static let root: URL? = candidates.first { url in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether missing shared data must fail the tests (`NEWSGRAPH_REQUIRE_SHARED=1`).
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["NEWSGRAPH_REQUIRE_SHARED"] == "1" }

    /// Whether tests that need the shared data should run: it is there, or it is required (and
    /// the tests will then fail on its absence).
    public static var shouldRun: Bool { root != nil || isRequired }

    /// Why the tests are skipped.
    public static var skipMessage: String {
        "shared test data not found at \(packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path)"
            + " (or an ancestor's shared/, or $NEWSGRAPH_SHARED); set NEWSGRAPH_REQUIRE_SHARED=1 to fail instead"
    }

    /// A path inside the shared data, if it is there.
    public static func url(_ relativePath: String) -> URL? {
        root?.appendingPathComponent(relativePath)
    }

    /// The bytes of a file.
    public static func bytes(atPath path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return [UInt8](data)
    }
}
