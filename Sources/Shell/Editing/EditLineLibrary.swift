import CEditLine

/// libedit's functions, found when the REPL first asks for them.
///
/// libedit is opened at run time rather than linked: only the REPL edits
/// lines, and a one-shot query need not load libedit and the libraries it
/// needs (libtinfo, libbsd, libmd).
enum EditLineLibrary {
    /// The functions, or nil when libedit cannot be opened (the REPL then says so).
    // Written once, by the lazy initialiser, and only read after.
    nonisolated(unsafe) static let functions: UnsafePointer<baocao_editline>? = {
        let functions = UnsafeMutablePointer<baocao_editline>.allocate(capacity: 1)
        functions.initialize(to: baocao_editline())
        guard baocao_editline_open(functions) == 0 else {
            functions.deallocate()
            return nil
        }
        return UnsafePointer(functions)
    }()
}
