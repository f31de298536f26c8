import Testing
import Foundation
import TestSupport

/// `baocao -c EXPR …` is read without ArgumentParser (it costs more than the
/// query); `baocao start …` always goes through it. Both must do the same.
@Suite("The usual command lines, read by hand, do what ArgumentParser does")
struct QuickArgumentsTests {
    @Test("same output, errors and exit status as `baocao start`", arguments: [
        ["-c", "economy.tourism.revenue"],
        ["--format", "json", "-c", "1 tỷ đồng + 500 triệu đồng"],
        ["--format=csv", "--numbers=en", "-c", "facts | take 2"],
        ["--no-color", "--no-init", "--numbers", "en", "-c", "2 ha in m2", "-c", "economy.tourism.arrivals"],
        ["--no-cache", "-c", "facts | count"],
        ["-c", "1 +"],                               // a syntax error: exit 3
        ["-c", "economy.tourism.revenu"],            // an unknown name: exit 1
        ["--format", "xml", "-c", "1"],              // a bad value: left to ArgumentParser
        ["--format", "json", "--format", "csv", "-c", "1"],
        ["-c"],                                      // a missing value
        ["-c", "-1"],                                // a value that looks like an option: still the expression
        ["-c", "--format"],
        ["--no-color=yes", "-c", "1"],
        ["-x"],
    ])
    func sameAsArgumentParser(_ arguments: [String]) throws {
        let quick = try BinaryRunner.run(arguments, stdin: "")
        let parsed = try BinaryRunner.run(["start"] + arguments, stdin: "")
        #expect(quick.status == parsed.status)
        #expect(quick.stdout == parsed.stdout)
        #expect(quick.stderr == parsed.stderr)
    }

    @Test("the common cases succeed and say what they should")
    func expectedResults() throws {
        let sum = try BinaryRunner.run(["--format=plain", "--numbers=en", "-c", "1 tỷ đồng + 500 triệu đồng"])
        #expect(sum.status == 0)
        #expect(sum.stdout == "1.5 tỷ đồng\n")
        let negative = try BinaryRunner.run(["-c", "-12 * 2", "-c", "--1"])
        #expect(negative.stdout == "-24\n1\n")  // `--1` is an expression too: minus minus one
        #expect(negative.status == 0)
        let bad = try BinaryRunner.run(["--format", "xml", "-c", "1"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown format 'xml'"))
    }
}
