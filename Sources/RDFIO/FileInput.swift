import Glibc

/// A file or standard input read in fixed-size chunks, so memory stays constant.
public final class FileInput {
    /// The path as given, or `<stdin>`.
    public let displayPath: String
    let descriptor: Int32
    let ownsDescriptor: Bool
    let chunkSize: Int

    /// Opens `path`, or standard input when `path` is `nil` or `-`.
    public init(path: String?, chunkSize: Int = 1 << 18) throws {
        self.chunkSize = chunkSize
        guard let path, path != "-" else {
            displayPath = "<stdin>"
            descriptor = 0
            ownsDescriptor = false
            return
        }
        displayPath = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw RDFIOError(path: path, message: systemErrorMessage()) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw RDFIOError(path: path, message: "is a directory")
        }
        descriptor = fd
        ownsDescriptor = true
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// Calls `body` with each chunk in order until the end of the input.
    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = try read(into: buffer)
            if n == 0 { return }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// Calls `body` with the bytes of `range` of a regular file, in chunks, in order (`pread`:
    /// the file position is left alone).
    public func forEachChunk(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var offset = range.lowerBound
        while offset < range.upperBound {
            let n = pread(descriptor, buffer.baseAddress, min(buffer.count, range.upperBound - offset), off_t(offset))
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw RDFIOError(path: displayPath, message: systemErrorMessage()) }
            if n == 0 { return }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            offset += n
        }
    }

    /// Reads the next bytes into `buffer`; returns how many, 0 at the end of the input.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno != EINTR { throw RDFIOError(path: displayPath, message: systemErrorMessage()) }
        }
    }

    /// The whole input.
    public func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk { bytes.append(contentsOf: $0) }
        return bytes
    }
}

/// The text of `errno`.
func systemErrorMessage(_ code: Int32 = errno) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
}

extension FileInput {
    /// The `file:` IRI of the input, the default base for relative references; `nil` for stdin.
    public var fileIRI: String? {
        guard descriptor != 0 || ownsDescriptor else { return nil }
        var path = displayPath
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            if getcwd(&buffer, buffer.count) != nil {
                let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                path = cwd + (cwd.hasSuffix("/") ? "" : "/") + path
            }
        }
        return "file://" + percentEncodedPath(path)
    }
}

/// Percent-encodes the bytes of a path that may not appear literally in an IRI path.
func percentEncodedPath(_ path: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for b in path.utf8 {
        let isUnreserved =
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E || b == 0x2F || b >= 0x80
            || b == 0x21 || b == 0x24 || b == 0x26 || b == 0x27 || b == 0x28 || b == 0x29
            || b == 0x2A || b == 0x2B || b == 0x2C || b == 0x3B || b == 0x3D || b == 0x3A || b == 0x40
        if isUnreserved {
            out.append(b)
        } else {
            out.append(0x25)
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0xF)])
        }
    }
    return String(decoding: out, as: UTF8.self)
}
