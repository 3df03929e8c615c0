#include "common/fields.h"

namespace sillok::core {

std::vector<std::string_view> splitFields(std::string_view line, char separator)
{
    std::vector<std::string_view> out;
    std::size_t pos = 0;
    while (true) {
        const auto at = line.find(separator, pos);
        out.push_back(line.substr(pos, at == std::string_view::npos ? std::string_view::npos : at - pos));
        if (at == std::string_view::npos)
            break;
        pos = at + 1;
    }
    return out;
}

} // namespace sillok::core
