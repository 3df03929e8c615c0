#include "pipeline/source_key.h"

#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace sillok::core {

std::string sourceKeyOf(const std::string &path)
{
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec)
        p = fs::absolute(path, ec).lexically_normal();
    return p.string();
}

namespace {

// As the kernel's own resolution: no more than 40 symlinks on the way (Linux's MAXSYMLINKS).
constexpr int kMaxHops = 40;

} // namespace

const std::string &SourceKeys::folder(const std::string &dir)
{
    const auto it = m_folders.find(dir);
    if (it != m_folders.end())
        return it->second;
    return m_folders.emplace(dir, sourceKeyOf(dir)).first->second;
}

std::string SourceKeys::keyOf(const std::string &path)
{
    std::error_code ec;
    fs::path p = fs::absolute(path, ec);
    for (int hop = 0; !ec && hop < kMaxHops; ++hop) {
        const fs::path name = p.filename();
        if (name.empty() || name == "." || name == "..")
            break;
        const fs::file_status status = fs::symlink_status(p, ec);
        if (ec || !fs::exists(status))
            break; // weakly_canonical's rules for what does not exist
        const fs::path dir(folder(p.parent_path().string()));
        if (!fs::is_symlink(status))
            return (dir / name).string();
        // The link's text is read from its folder's resolved path, as the kernel does.
        const fs::path target = fs::read_symlink(p, ec);
        p = target.is_absolute() ? target : dir / target;
    }
    return sourceKeyOf(path);
}

} // namespace sillok::core
