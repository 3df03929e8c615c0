#pragma once
// The search benchmarks' query shapes (issue 8: common word, rare name, alias, English name,
// phrase, multi-word) and their queries: scale_bench and search_bench time the same ones.

#include <map>
#include <string>
#include <vector>

namespace sillok::bench {

inline const std::map<std::string, std::vector<std::string>> &queryShapes()
{
    static const std::map<std::string, std::vector<std::string>> shapes = {
        {"common word", {"반도체", "정부", "투자"}},
        {"rare name", {"하결칩스", "사누실리콘", "리벨리온"}},
        {"alias", {"과기정통부", "산업부", "MSIT"}},
        {"English name", {"NVIDIA", "Samsung Electronics", "furiosa"}},
        {"phrase", {"\"인공지능 반도체\"", "\"업무협약\""}},
        {"multi-word", {"반도체 투자 협약", "AI 반도체 스타트업"}},
    };
    return shapes;
}

} // namespace sillok::bench
