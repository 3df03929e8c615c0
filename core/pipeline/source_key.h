#pragma once
// The identity of a file across imports (sourceKeyOf), and the same key for many files at a
// fraction of its system calls (SourceKeys).

#include "common/string_hash.h"

#include <functional>
#include <string>
#include <unordered_map>

namespace sillok::core {

// The identity of a file across imports: its absolute path with . and .. and symlinks resolved as
// far as they exist (std::filesystem::weakly_canonical).
std::string sourceKeyOf(const std::string &path);

// sourceKeyOf for the files of an import. weakly_canonical asks the kernel about every component of
// every path (a dozen system calls a file, 13 µs: a quarter of a second per 20,000 files, before the
// first article reaches a worker). A folder's resolved path is the same for every file in it, so
// SourceKeys resolves each folder once and asks only whether the file itself is a symlink (one
// lstat); a symlink is followed by hand. Whatever it cannot settle so (a missing file, a name such
// as "..", a loop) goes to sourceKeyOf. The keys are sourceKeyOf's, byte for byte (tests).
// Not thread-safe: one per thread.
class SourceKeys {
public:
    std::string keyOf(const std::string &path);

private:
    const std::string &folder(const std::string &dir);
    std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> m_folders;
};

} // namespace sillok::core
