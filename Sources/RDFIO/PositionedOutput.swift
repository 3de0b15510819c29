public import RDFModel
import Glibc

/// A ``ByteOutput`` that writes into the temporary file of a ``FileOutput`` from a given offset
/// on, with `pwrite`: several of them, on several threads, can fill disjoint ranges of one file.
public final class PositionedOutput: ByteOutput, @unchecked Sendable {
    private let file: FileOutput
    private var offset: Int

    /// An output writing at `offset` of `file`, or nil when `file` is not a regular file it owns
    /// (standard output, a device or a pipe).
    public init?(_ file: FileOutput, offset: Int) {
        guard file.temporaryPath != nil else { return nil }
        self.file = file
        self.offset = offset
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let n = pwrite(file.descriptor, base + done, bytes.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw RDFIOError(path: file.displayPath, message: systemErrorMessage())
            }
            done += n
        }
        offset += done
    }
}
