import Glibc
public import RDFModel

/// A ``ByteOutput`` on a file descriptor: standard output, or a temporary file that replaces the
/// destination only when ``commit()`` is called, so a failed run never leaves a partial file.
public final class FileOutput: ByteOutput {
    /// The destination path, or `<stdout>`.
    public let displayPath: String
    let descriptor: Int32
    let temporaryPath: String?
    /// Whether the descriptor is a device or pipe opened in place (`/dev/null`, a FIFO), which
    /// cannot be replaced by renaming and is closed on commit.
    let isSpecialFile: Bool
    var isClosed = false

    /// Standard output.
    public init() {
        displayPath = "<stdout>"
        descriptor = 1
        temporaryPath = nil
        isSpecialFile = false
    }

    /// A temporary file beside `path`; ``commit()`` renames it to `path`, ``discard()`` removes it.
    /// A path that exists and is not a regular file (`/dev/null`, a FIFO, a terminal) is opened
    /// and written in place: renaming over it would replace a device with a file.
    public init(atomicallyReplacing path: String) throws {
        displayPath = path
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { throw RDFIOError(path: path, message: systemErrorMessage()) }
            descriptor = fd
            temporaryPath = nil
            isSpecialFile = true
            return
        }
        isSpecialFile = false
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory).\(name).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard fd >= 0 else { throw RDFIOError(path: path, message: systemErrorMessage()) }
        descriptor = fd
        temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = fchmod(fd, 0o644 & ~currentUmask())
    }

    deinit { discard() }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw RDFIOError(path: displayPath, message: systemErrorMessage())
            }
            offset += n
        }
    }

    /// Closes the temporary file and moves it to the destination.
    public func commit() throws {
        if isSpecialFile, !isClosed {
            isClosed = true
            guard close(descriptor) == 0 else { throw RDFIOError(path: displayPath, message: systemErrorMessage()) }
            return
        }
        guard let temporaryPath, !isClosed else { return }
        isClosed = true
        guard close(descriptor) == 0 else {
            let message = systemErrorMessage()
            unlink(temporaryPath)
            throw RDFIOError(path: displayPath, message: message)
        }
        guard rename(temporaryPath, displayPath) == 0 else {
            let message = systemErrorMessage()
            unlink(temporaryPath)
            throw RDFIOError(path: displayPath, message: message)
        }
    }

    /// Closes and removes the temporary file, leaving the destination untouched.
    public func discard() {
        if isSpecialFile, !isClosed {
            isClosed = true
            close(descriptor)
            return
        }
        guard let temporaryPath, !isClosed else { return }
        isClosed = true
        close(descriptor)
        unlink(temporaryPath)
    }
}

private func currentUmask() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return mask
}
