import FoundationEssentials
import Platform
import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Shell

// Parse by hand rather than with `main()` so that usage errors exit with 2,
// as the README documents, instead of ArgumentParser's 64.
// The usual command lines skip ArgumentParser, whose reflection costs more than a query.
let arguments = Array(CommandLine.arguments.dropFirst())

do {
    if let quick = QuickArguments.start(arguments) {
        try quick.run()
    } else {
        var command = try Baocao.parseAsRoot(arguments)
        try command.run()
    }
} catch let failure as ExitCodeError {
    exit(failure.status.rawValue)
} catch {
    let code = Baocao.exitCode(for: error)
    if code == .success {
        print(Baocao.fullMessage(for: error))
        exit(0)
    }
    StandardStreams.writeError(Baocao.fullMessage(for: error) + "\n")
    exit(ExitStatus.usage.rawValue)
}
