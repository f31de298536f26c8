import Testing
import Foundation
import Platform

/// `FileStatus` answers what a path is with `stat(2)`, and lists a folder with
/// `readdir`: what prunes the cache folder on every run that writes to it. It
/// must list every name, of any length, and never read past the records
/// `readdir` returns (it once copied whole `dirent`s and crashed where the
/// last record ended a page).
@Suite("Files and folders without Foundation")
struct FileStatusTests {
    @Test("every name of a folder is listed, short and long, in folders of one to a thousand files", arguments: [1, 7, 1000])
    func lists(_ count: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-entries-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var expected: Set<String> = []
        for index in 0..<count {
            // Lengths from 1 to 255 bytes, some with Vietnamese letters (two bytes each).
            let length = 1 + (index * 37) % 200
            let name = String(repeating: index % 3 == 0 ? "ư" : "a", count: index % 3 == 0 ? length / 2 + 1 : length) + "\(index)"
            expected.insert(name)
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data()))
        }
        let names = try #require(FileStatus.entries(of: folder))
        #expect(Set(names) == expected)
        #expect(names.count == count)
    }

    @Test("a missing folder has no entries")
    func missing() {
        #expect(FileStatus.entries(of: "/nonexistent/baocao-folder") == nil)
    }

    @Test("a folder, a file and nothing are told apart")
    func status() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-status-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/a.md"
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        #expect(FileStatus.isDirectory(folder))
        #expect(FileStatus.exists(folder))
        #expect(!FileStatus.isDirectory(file))
        #expect(FileStatus.exists(file))
        #expect(!FileStatus.exists(folder + "/missing"))
        #expect(!FileStatus.isDirectory(folder + "/missing"))
    }

    @Test("the source folder of a file is found from its #filePath")
    func sourceFolder() throws {
        let folder = try #require(ExecutableLocation.sourceFolder(of: #filePath))
        #expect(FileStatus.isDirectory(folder))
        #expect(FileStatus.exists(folder + "/FileStatusTests.swift"))
    }
}
