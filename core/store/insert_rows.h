#pragma once
// InsertRows: one INSERT statement for up to kMaxRows rows of a table. The writer inserts tens of
// rows of a few tables an article (mentions, fact evidence); one multi-row statement does
// the same inserts, in the same order, without a reset, a step and the statement's set-up for each
// row. The 1..kMaxRows-row texts are built once; Database::cached() prepares each once.
//
//   static const InsertRows rows("INSERT INTO fact_evidence (fact_id, mention_id, date, date_text) VALUES",
//                                "(?,?,?,?)");
//   rows.run(db, evidence.size(), [&](Statement &st, std::size_t i) { st.bind(factId).bind(…); });

#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace sillok::core {

class InsertRows {
public:
    static constexpr std::size_t kMaxRows = 32;

    // `head`: "INSERT [OR …] INTO table (columns) VALUES"; `row`: one row's placeholders, "(?,?,?)"
    // (positional: bound in order by run()'s callback).
    InsertRows(std::string_view head, std::string_view row)
    {
        for (std::size_t n = 1; n <= kMaxRows; ++n) {
            std::string &sql = m_sql[n - 1];
            sql.reserve(head.size() + n * (row.size() + 2));
            sql.append(head);
            for (std::size_t i = 0; i < n; ++i)
                sql.append(i == 0 ? " " : ", ").append(row);
        }
    }

    // Inserts `count` rows, at most kMaxRows a statement; bindRow(statement, i) binds row i's
    // values with bind(value) in column order. Stops at the first error.
    template <class BindRow>
    Status run(Database &db, std::size_t count, BindRow &&bindRow) const
    {
        for (std::size_t first = 0; first < count; first += kMaxRows) {
            const std::size_t n = std::min(kMaxRows, count - first);
            auto st = db.cached(m_sql[n - 1]);
            for (std::size_t i = first; i < first + n; ++i)
                bindRow(*st, i);
            if (auto s = st->run(); !s)
                return s;
        }
        return {};
    }

    // The statement for `n` rows (1..kMaxRows), for tests.
    const std::string &sql(std::size_t n) const { return m_sql[n - 1]; }

private:
    std::array<std::string, kMaxRows> m_sql;
};

} // namespace sillok::core
