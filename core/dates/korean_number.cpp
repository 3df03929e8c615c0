#include "dates/korean_number.h"

#include <array>

namespace sillok::core {
namespace {

enum class Kind { Digit, Small, Big, NativeTens, NativeOnes };

struct Token {
    std::u32string_view word;
    Kind kind;
    long long value;
};

// Longer words first where one is a prefix of another (일곱 before 일, 하나 before 한).
constexpr std::array kTokens{
    Token{U"일곱", Kind::NativeOnes, 7}, Token{U"여덟", Kind::NativeOnes, 8},
    Token{U"여섯", Kind::NativeOnes, 6}, Token{U"다섯", Kind::NativeOnes, 5},
    Token{U"아홉", Kind::NativeOnes, 9}, Token{U"하나", Kind::NativeOnes, 1},
    Token{U"스물", Kind::NativeTens, 20}, Token{U"스무", Kind::NativeTens, 20},
    Token{U"서른", Kind::NativeTens, 30}, Token{U"마흔", Kind::NativeTens, 40},
    Token{U"예순", Kind::NativeTens, 60}, Token{U"일흔", Kind::NativeTens, 70},
    Token{U"여든", Kind::NativeTens, 80}, Token{U"아흔", Kind::NativeTens, 90},
    Token{U"쉰", Kind::NativeTens, 50},  Token{U"열", Kind::NativeTens, 10},
    Token{U"한", Kind::NativeOnes, 1},   Token{U"둘", Kind::NativeOnes, 2},
    Token{U"두", Kind::NativeOnes, 2},   Token{U"셋", Kind::NativeOnes, 3},
    Token{U"세", Kind::NativeOnes, 3},   Token{U"넷", Kind::NativeOnes, 4},
    Token{U"네", Kind::NativeOnes, 4},   Token{U"영", Kind::Digit, 0},
    Token{U"일", Kind::Digit, 1},        Token{U"이", Kind::Digit, 2},
    Token{U"삼", Kind::Digit, 3},        Token{U"사", Kind::Digit, 4},
    Token{U"오", Kind::Digit, 5},        Token{U"육", Kind::Digit, 6},
    Token{U"칠", Kind::Digit, 7},        Token{U"팔", Kind::Digit, 8},
    Token{U"구", Kind::Digit, 9},        Token{U"십", Kind::Small, 10},
    Token{U"백", Kind::Small, 100},      Token{U"천", Kind::Small, 1000},
    Token{U"만", Kind::Big, 10000},      Token{U"억", Kind::Big, 100000000},
};

// Evaluates a token sequence; false when it is not a well-formed numeral.
class Evaluator {
public:
    bool push(const Token &t)
    {
        switch (t.kind) {
        case Kind::Digit:
            if (m_pending >= 0 || m_sawOnes)
                return false;
            m_pending = t.value;
            return true;
        case Kind::Small:
            if (m_sawOnes || m_sawNativeTens || (m_lastSmall && t.value >= m_lastSmall))
                return false;
            m_section += (m_pending < 0 ? 1 : m_pending) * t.value;
            m_lastSmall = t.value;
            m_pending = -1;
            return true;
        case Kind::Big:
            if (m_sawNativeTens || m_sawOnes)
                return false;
            m_section += m_pending < 0 ? 0 : m_pending;
            m_total += (m_section == 0 ? 1 : m_section) * t.value;
            m_section = 0;
            m_pending = -1;
            m_lastSmall = 0;
            return true;
        case Kind::NativeTens:
            if (m_pending >= 0 || m_sawNativeTens || m_sawOnes || m_lastSmall)
                return false;
            m_section += t.value;
            m_sawNativeTens = true;
            return true;
        case Kind::NativeOnes:
            if (m_pending >= 0 || m_sawOnes)
                return false;
            m_section += t.value;
            m_sawOnes = true;
            return true;
        }
        return false;
    }
    long long value() const { return m_total + m_section + (m_pending < 0 ? 0 : m_pending); }

private:
    long long m_total = 0, m_section = 0, m_pending = -1, m_lastSmall = 0;
    bool m_sawNativeTens = false, m_sawOnes = false;
};

} // namespace

std::vector<NumberPrefix> hangulNumberPrefixes(std::u32string_view text, std::size_t pos)
{
    std::vector<NumberPrefix> out;
    Evaluator eval;
    std::size_t p = pos;
    while (p < text.size() && out.size() < 16) {
        const Token *match = nullptr;
        for (const Token &t : kTokens) {
            if (text.substr(p, t.word.size()) == t.word) {
                match = &t;
                break;
            }
        }
        if (!match || !eval.push(*match))
            break;
        p += match->word.size();
        out.push_back({eval.value(), p});
    }
    return out;
}

} // namespace sillok::core
