import Testing
import Platform
import Report
import Facts
import FactReading
import Query
@testable import PluginKit
import BuiltinPlugins
import Foundation
import TestSupport

/// A valid manifest to start each broken one from.
let validManifest = Manifests.transport

@Suite("Plugin specs users write (manifests)")
struct PluginLoaderTests {
    func folder(with files: [String: String]) throws -> String {
        let folder = try BinaryRunner.temporaryDirectory()
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    @Test("a manifest is read by the reader of the built-in specs and registers beside them")
    func loads() throws {
        let plugin = try PluginSpecReader.read(validManifest, path: "transport.toml")
        #expect(plugin.namespace == "transport")
        #expect(plugin.indicators.first?.actual.unit == .count("điểm"))
        #expect(plugin.description(of: "roads.repaired_points") == "Points repaired.")
        let result = PluginLoader.load(folders: [try folder(with: ["transport.toml": validManifest])], into: BuiltinPlugins.registry())
        #expect(result.errors.isEmpty)
        #expect(result.registry.plugin(named: "transport")?.origin.hasSuffix("transport.toml") == true)
        #expect(result.registry.plugins.count == BuiltinPlugins.all.count + 1)
    }

    @Test("each kind of broken manifest gives FILE:LINE: error and is left out", arguments: [
        ("bad TOML", validManifest.replacingOccurrences(of: "title_en = \"Transport\"", with: "title_en = \"Transport"), 5, "bad TOML"),
        ("unknown unit", validManifest.replacingOccurrences(of: "unit = \"count:điểm\"", with: "unit = \"furlongs\""), 16, "unknown unit 'furlongs'"),
        ("bad expression", validManifest.replacingOccurrences(of: "transport.roads.repaired_points * 2", with: "transport.roads.repaired_points *"), 25, "expression does not parse"),
        ("bad namespace", validManifest.replacingOccurrences(of: "namespace = \"transport\"", with: "namespace = \"Transport-2\""), 1, "namespace 'Transport-2' must be lower case letters, digits and _"),
        ("namespace clash", validManifest.replacingOccurrences(of: "namespace = \"transport\"", with: "namespace = \"economy\""), 1, "a plugin with namespace 'economy' is already registered"),
        ("key clash", validManifest.replacingOccurrences(of: "key = \"roads.double\"", with: "key = \"roads.repaired_points\""), 23, "indicator 'transport.roads.repaired_points' is defined twice"),
        ("newer baocao", validManifest.replacingOccurrences(of: "baocao = \"0.1\"", with: "baocao = \"0.9\""), 3, "needs baocao 0.9"),
        ("missing rule", validManifest.replacingOccurrences(of: "[indicators.actual]\nphrases = [\"sửa chữa, khắc phục\"]\nunit = \"count:điểm\"\n", with: ""), 8, "has no [indicators.actual] rule"),
        // A key misspelled, or put where it does nothing, would be read as nothing at all: it is refused, with the key meant.
        ("misspelled rule table", validManifest.replacingOccurrences(of: "[indicators.actual]", with: "[indicators.actuall]"), 14,
         "unknown key 'actuall' in [[indicators]]; did you mean 'actual'?"),
        ("unknown indicator key", validManifest.replacingOccurrences(of: "unit = \"điểm\"", with: "unit = \"điểm\"\nbeter = \"lower\""), 12,
         "unknown key 'beter' in [[indicators]]; did you mean 'better'?"),
        ("unknown rule key", validManifest.replacingOccurrences(of: "unit = \"count:điểm\"", with: "unit = \"count:điểm\"\nprefr = \"estimate\""), 17,
         "unknown key 'prefr' in [indicators.actual]; did you mean 'prefer'?"),
        ("unknown example key", validManifest.replacingOccurrences(of: "yields = \"35 điểm\"", with: "yields = \"35 điểm\"\nyeilds = \"35\""), 21,
         "unknown key 'yeilds' in [[indicators.examples]]; did you mean 'yields'?"),
        ("unknown spec key", validManifest.replacingOccurrences(of: "version = \"1.0.0\"", with: "versoin = \"1.0.0\""), 2,
         "unknown key 'versoin' in the spec; did you mean 'version'?"),
        ("bad direction", validManifest.replacingOccurrences(of: "unit = \"điểm\"", with: "unit = \"điểm\"\nbetter = \"less\""), 12,
         "better is \"higher\" (the default) or \"lower\", not 'less'"),
        ("bad status", validManifest.replacingOccurrences(of: "unit = \"điểm\"", with: "unit = \"điểm\"\nstatus = \"none\""), 12,
         "status is true (the default) or false, not '\"none\"'"),
        ("bad change_alone", validManifest.replacingOccurrences(of: "unit = \"điểm\"", with: "unit = \"điểm\"\nchange_alone = 0"), 12,
         "change_alone is true (the default) or false, not '0'"),
        ("bad share_alone", validManifest.replacingOccurrences(of: "unit = \"điểm\"", with: "unit = \"điểm\"\nshare_alone = \"yes\""), 12,
         "share_alone is true or false (by default, whether the unit is an amount), not '\"yes\"'"),
    ] as [(String, String, Int, String)])
    func broken(_ kind: String, _ text: String, _ line: Int, _ message: String) throws {
        let folder = try folder(with: ["broken.toml": text, "good.toml": validManifest.replacingOccurrences(of: "\"transport", with: "\"roads")])
        let result = PluginLoader.load(folders: [folder], into: BuiltinPlugins.registry())
        let error = try #require(result.errors.first, "\(kind) was accepted")
        #expect(error.file == folder + "/broken.toml")
        #expect(error.line == line, "\(kind): \(error)")
        #expect(error.message.contains(message), "\(kind): \(error)")
        #expect(error.description.hasPrefix("\(folder)/broken.toml:\(line): error: "))
        // The rest starts: the good manifest is there, the broken one is not.
        #expect(result.registry.plugin(named: "roads") != nil)
        #expect(result.registry.plugins.count == BuiltinPlugins.all.count + 1)
    }

    @Test("a rule's option given for the indicator holds for both its rules; a rule's own wins")
    func optionsOfIndicator() throws {
        let text = validManifest.replacingOccurrences(of: "unit = \"điểm\"", with: "unit = \"điểm\"\nposition = \"before\"\nmonthly = true")
            .replacingOccurrences(of: "unit = \"count:điểm\"", with: "unit = \"count:điểm\"\n\n[indicators.target]\nnames = [\"sửa chữa\"]\nposition = \"after\"\nunit = \"count:điểm\"")
        let indicator = try #require(try PluginSpecReader.read(text, path: "transport.toml").indicators.first)
        #expect(indicator.actual.position == .before && indicator.actual.monthly)
        #expect(indicator.target?.position == .after && indicator.target?.monthly == true)
    }

    @Test("a plugin folder that does not exist is reported")
    func missingFolder() {
        let result = PluginLoader.load(folders: ["/no/such/folder"], into: BuiltinPlugins.registry())
        #expect(result.errors.first?.description == "/no/such/folder:0: error: plugin folder does not exist")
    }
}
