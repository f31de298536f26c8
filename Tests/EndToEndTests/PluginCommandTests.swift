import Testing
import Foundation
import TestSupport

@Suite("Adding a domain plugin from the shell")
struct PluginCommandTests {
    @Test("the scaffolded manifest loads, passes plugin check, and answers queries")
    func scaffoldManifest() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let new = try BinaryRunner.run(["plugin", "new", "transport", "--directory", folder])
        #expect(new.status == 0)
        #expect(new.stdout.hasPrefix("wrote \(folder)/transport.toml"))
        let check = try BinaryRunner.run(["plugin", "check", folder + "/transport.toml"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("found      transport.roads.repaired_points = 42 điểm"))
        #expect(check.stdout.hasSuffix("2 of 2 indicators found in this report\n"))
        let query = try BinaryRunner.run(["--plugins", folder, "--format", "plain", "-c", "transport.roads.repaired_points", "-c", ".plugins"])
        #expect(query.stdout.hasPrefix("42 điểm\n"))
        #expect(query.stdout.contains("transport — Giao thông / Transport: 2 of 2 indicators found [\(folder)/transport.toml]"))
        let described = try BinaryRunner.run(["--plugins", folder, "-c", ".describe transport.roads.repaired_points"])
        #expect(described.stdout.contains("about:    Landslide and damage points on roads repaired this year."))
        let again = try BinaryRunner.run(["plugin", "new", "transport", "--directory", folder])
        #expect(again.status == 2)
        #expect(again.stderr.contains("a plugin called 'transport' is already installed"))
    }

    @Test("a manifest in $XDG_CONFIG_HOME/baocao/plugins loads without --plugins")
    func userFolder() throws {
        let config = try BinaryRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: config + "/baocao/plugins", withIntermediateDirectories: true)
        _ = try BinaryRunner.run(["plugin", "new", "transport", "--directory", config + "/baocao/plugins"])
        let query = try BinaryRunner.run(["--format", "plain", "-c", "transport.roads.civilized_streets.target"], environment: ["XDG_CONFIG_HOME": config])
        #expect(query.stdout == "10 tuyến\n")
    }

    @Test("a broken manifest is reported, baocao answers without it, and the exit status says so")
    func brokenManifest() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        try "namespace = \"broken\"\nbaocao = \"0.1\"\ntitle_vi = \"x\n".write(toFile: folder + "/broken.toml", atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["--plugins", folder, "--format", "plain", "-c", "economy.tourism.revenue"])
        #expect(result.status == 2)
        #expect(result.stdout == "1.746 tỷ đồng\n")
        #expect(result.stderr.hasPrefix("\(folder)/broken.toml:3: error: bad TOML"))
        let check = try BinaryRunner.run(["plugin", "check", folder + "/broken.toml"])
        #expect(check.status == 1)
        #expect(check.stderr.hasPrefix("\(folder)/broken.toml:3: error:"))
    }

    @Test("the Swift scaffold writes a domain folder, its spec and a Swift function, and says the lines that register it")
    func scaffoldSwift() throws {
        let root = try BinaryRunner.temporaryDirectory()
        let result = try BinaryRunner.run(["plugin", "new", "transport", "--swift", "--directory", root])
        #expect(result.status == 0)
        #expect(result.stdout.contains("wrote \(root)/Plugins/Transport"))
        #expect(result.stdout.contains("    Domain(\"transport\", folder: \"Transport\", functions: TransportFunctions.all),"))
        #expect(result.stdout.contains("    \"Transport/transport.toml\","))
        let spec = try String(contentsOfFile: root + "/Plugins/Transport/transport.toml", encoding: .utf8)
        #expect(spec.contains("namespace = \"transport\""))
        let source = try String(contentsOfFile: root + "/Plugins/Transport/TransportFunctions.swift", encoding: .utf8)
        #expect(source.contains("enum TransportFunctions"))
        #expect(source.contains("body: .native"))
    }

    @Test("a new plugin may not take a built-in domain's namespace")
    func scaffoldRefusesBuiltInNamespace() throws {
        let root = try BinaryRunner.temporaryDirectory()
        let result = try BinaryRunner.run(["plugin", "new", "economy", "--directory", root])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'economy' is the namespace of a built-in domain"))
        #expect(!FileManager.default.fileExists(atPath: root + "/economy.toml"))
    }

    @Test("plugin check takes a plugin's folder for the one spec in it, and says what a wrong path is")
    func checkFolder() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        _ = try BinaryRunner.run(["plugin", "new", "transport", "--directory", folder])
        let check = try BinaryRunner.run(["plugin", "check", folder])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.hasPrefix("transport — "))
        let missing = try BinaryRunner.run(["plugin", "check", folder + "/nothing.toml"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "\(folder)/nothing.toml:0: error: no such file\n")
        _ = try BinaryRunner.run(["plugin", "new", "water", "--directory", folder])
        let two = try BinaryRunner.run(["plugin", "check", folder])
        #expect(two.status == 1)
        #expect(two.stderr == "\(folder):0: error: is a folder with 2 specs; name one: transport.toml, water.toml\n")
    }

    @Test("an edited copy of a built-in spec is checked in the built-in's place, its Swift functions kept")
    func checkBuiltInSpec() throws {
        let land = PackageLayout.root.appendingPathComponent("Plugins/Land").path
        let check = try BinaryRunner.run(["plugin", "check", land])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("in place of the built-in land plugin, for this check"))
        #expect(!check.stdout.contains("error"))
        let folder = try BinaryRunner.temporaryDirectory()
        let spec = try String(contentsOfFile: PackageLayout.root.appendingPathComponent("Plugins/Security/security.toml").path, encoding: .utf8)
        let edited = spec.replacingOccurrences(of: "yields = \"98 công dân\"", with: "yields = \"99 công dân\"")
        #expect(edited != spec)
        try edited.write(toFile: folder + "/security.toml", atomically: true, encoding: .utf8)
        let failing = try BinaryRunner.run(["plugin", "check", folder + "/security.toml"])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("expected 99 công dân, read 98 công dân"))
    }
}
