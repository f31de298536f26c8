import Testing
import Foundation
import TestSupport

/// Scripts and standard input as sqlite3 users drive them: --keep-going for
/// piped input and `run -`, options listed by --help, and a non-zero exit
/// status for every error in one-shot and script use.
@Suite("Scripts, standard input and exit statuses on the real binary")
struct ScriptHabitsTests {
    static let script = "1 + 1\nnonsense\n3 * 3\n"

    @Test("piped input stops at the first error, or with --keep-going goes on; both exit 1")
    func pipedInput() throws {
        let stopping = try BinaryRunner.run([], stdin: Self.script)
        #expect(stopping.status == 1 && stopping.stdout == "2\n")
        let going = try BinaryRunner.run(["--keep-going"], stdin: Self.script)
        #expect(going.status == 1 && going.stdout == "2\n9\n")
        #expect(going.stderr.contains("<stdin>:2:1: error: unknown name 'nonsense'"))
    }

    @Test("run - reads the script from standard input, with --keep-going too")
    func runStandardInput() throws {
        let result = try BinaryRunner.run(["run", "--keep-going", "-"], stdin: Self.script)
        #expect(result.status == 1 && result.stdout == "2\n9\n")
        let clean = try BinaryRunner.run(["run", "-"], stdin: "2 ha in m2\n")
        #expect(clean.status == 0 && clean.stdout == "20.000 m²\n")
    }

    @Test("--help lists the options people use most")
    func help() throws {
        let help = try BinaryRunner.run(["--help"]).stdout
        for option in ["-c EXPR", "--report PATH", "--db FILE", "--format FORMAT", "--keep-going", "--plugins DIR"] {
            #expect(help.contains(option), "\(option) is not in --help")
        }
    }

    @Test("a broken manifest is reported, the query still answered, and the exit status is 2")
    func brokenManifest() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        try "this is = not [ toml\n".write(toFile: folder + "/broken.toml", atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["--plugins", folder, "-c", "1 + 1"])
        #expect(result.stdout == "2\n")
        #expect(result.stderr.contains("broken.toml:1: error:"))
        #expect(result.status == 2)
        let piped = try BinaryRunner.run(["--plugins", folder], stdin: "1 + 1\n")
        #expect(piped.status == 2 && piped.stdout == "2\n")
    }

    @Test("plugin new refuses a namespace an installed plugin has")
    func namespaceInUse() throws {
        let config = try BinaryRunner.temporaryDirectory()
        let plugins = config + "/baocao/plugins"
        try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true)
        _ = try BinaryRunner.run(["plugin", "new", "transport", "--directory", plugins])
        let elsewhere = try BinaryRunner.temporaryDirectory()
        let again = try BinaryRunner.run(["plugin", "new", "transport", "--directory", elsewhere], environment: ["XDG_CONFIG_HOME": config])
        #expect(again.status == 2 && again.stderr.contains("a plugin called 'transport' is already installed"))
    }

    @Test("search and ~ take the i and y spellings of a word as one (tỉ/tỷ, lí/lý, kĩ/kỹ)")
    func spellingVariants() throws {
        let i = try BinaryRunner.run(["-c", "search \"tỉ lệ\" | count"]).stdout
        let y = try BinaryRunner.run(["-c", "search \"tỷ lệ\" | count"]).stdout
        #expect(i == y && Int(i.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 20)
        let matches = try BinaryRunner.run(["--format", "plain", "-c", "\"Kỹ thuật\" ~ \"kĩ thuật\"", "-c", "\"lý do\" ~ \"lí do\""])
        #expect(matches.stdout == "true\ntrue\n")
    }
}
