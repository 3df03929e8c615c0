#pragma once
// Helpers shared by the ingest tests: fixture paths and file reading.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace sillok::test {

inline std::string ingestData(const std::string &name)
{
    return std::string(SILLOK_TEST_DATA_DIR) + "/ingest/" + name;
}

inline std::string readAll(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace sillok::test
