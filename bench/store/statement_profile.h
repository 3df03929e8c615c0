// The writer's CPU time by SQL statement, for scale_bench --profile: which statements of an import
// cost what (the FTS5 inserts, the graph merge's lookups and inserts, the COMMIT that writes the
// segments, the WAL frames and the checkpoint). A statement's time runs from its first step to its
// end or reset, on the thread's CPU clock; a statement stepped while another one is open (a SELECT
// read one row at a time around other writes) also counts what ran in between, so the shares are
// a map of where the time goes, not an exact partition. The automatic WAL checkpoint runs after
// its COMMIT is over: it is counted apart ("(wal checkpoint)"), by a WAL hook that does what
// SQLite's own does (a passive checkpoint once the WAL holds `PRAGMA wal_autocheckpoint` frames).
// Bench-only: not part of the core.
#pragma once

#include "measure.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace sillok::bench {

class StatementProfile {
public:
    // Starts recording the statements `db` runs on the calling thread; `autocheckpoint` is the
    // connection's PRAGMA wal_autocheckpoint (0: none), restored by stop().
    StatementProfile(sqlite3 *db, int autocheckpoint)
        : m_db(db), m_thread(std::this_thread::get_id()), m_frames(autocheckpoint)
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, &StatementProfile::callback, this);
        sqlite3_wal_hook(m_db, &StatementProfile::walHook, this); // replaces SQLite's own
    }
    ~StatementProfile() { stop(); }
    StatementProfile(const StatementProfile &) = delete;
    StatementProfile &operator=(const StatementProfile &) = delete;

    void stop()
    {
        if (m_db) {
            sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
            sqlite3_wal_autocheckpoint(m_db, m_frames); // SQLite's own hook again
        }
        m_db = nullptr;
    }

    // Forgets what was recorded so far (a batch's profile apart from the one before).
    void clear() { m_costs.clear(); }

    // The `top` costliest statements, their runs, CPU seconds and share of the total.
    void print(std::size_t top) const
    {
        std::vector<std::pair<std::string, Cost>> rows(m_costs.begin(), m_costs.end());
        std::ranges::sort(rows, [](const auto &a, const auto &b) { return a.second.seconds > b.second.seconds; });
        double total = 0;
        for (const auto &[sql, cost] : rows)
            total += cost.seconds;
        std::printf("\nwriter's statements by CPU (%.1f s in all):\n%9s %9s %6s  %s\n", total, "runs", "CPU s", "%",
                    "statement");
        for (std::size_t i = 0; i < rows.size() && i < top; ++i) {
            const auto &[sql, cost] = rows[i];
            std::printf("%9lld %9.2f %6.1f  %.150s", cost.runs, cost.seconds,
                        total > 0 ? 100.0 * cost.seconds / total : 0.0, sql.c_str());
            if (cost.frames > 0)
                std::printf(": %lld pages", cost.frames);
            std::printf("\n");
        }
    }

private:
    struct Cost {
        long long runs = 0;
        double seconds = 0;
        long long frames = 0; // WAL frames checkpointed (the checkpoint's row only)
    };

    static int walHook(void *context, sqlite3 *db, const char *name, int frames)
    {
        auto *self = static_cast<StatementProfile *>(context);
        if (self->m_frames <= 0 || frames < self->m_frames)
            return SQLITE_OK;
        const double start = cpuNow();
        sqlite3_wal_checkpoint(db, name);
        Cost &cost = self->m_costs["(wal checkpoint)"];
        cost.runs += 1;
        cost.frames += frames;
        cost.seconds += cpuNow() - start;
        return SQLITE_OK;
    }

    // A multi-row INSERT (store/insert_rows.h: 1 to 32 rows a statement) is one line whatever its
    // rows: its first row, then " …" ("runs" counts statements, not rows).
    static std::string groupKey(std::string_view sql)
    {
        const std::size_t values = sql.starts_with("INSERT") ? sql.find(" VALUES (") : std::string_view::npos;
        const std::size_t close = values == std::string_view::npos ? values : sql.find(')', values);
        if (close == std::string_view::npos || !sql.substr(close + 1).starts_with(", ("))
            return std::string(sql);
        return std::string(sql.substr(0, close + 1)) + ", \u2026 (multi-row)";
    }

    static double cpuNow() { return threadCpuMs() / 1e3; } // seconds

    // Each moment goes to the statement started last of those still open: a SELECT left open
    // (one row read, reset later) is not charged for the statements run in between.
    static int callback(unsigned type, void *context, void *p, void *x)
    {
        auto *self = static_cast<StatementProfile *>(context);
        if (std::this_thread::get_id() != self->m_thread)
            return 0;
        auto *stmt = static_cast<sqlite3_stmt *>(p);
        const double now = cpuNow();
        std::vector<Open> &open = self->m_open;
        if (type == SQLITE_TRACE_STMT) {
            const char *text = static_cast<const char *>(x);
            if (text == nullptr || std::string_view(text).starts_with("--"))
                return 0; // a trigger's statement: counted in the one that fired it
            if (std::ranges::any_of(open, [&](const Open &o) { return o.stmt == stmt; }))
                return 0;
            if (!open.empty())
                open.back().seconds += now - open.back().since;
            open.push_back({stmt, now, 0});
        } else if (type == SQLITE_TRACE_PROFILE) {
            auto it = std::ranges::find_if(open, [&](const Open &o) { return o.stmt == stmt; });
            if (it == open.end())
                return 0;
            const bool running = it + 1 == open.end();
            const double spent = it->seconds + (running ? now - it->since : 0.0);
            const char *sql = sqlite3_sql(stmt);
            Cost &cost = self->m_costs[sql ? groupKey(sql) : std::string("?")];
            cost.runs += 1;
            cost.seconds += spent;
            open.erase(it);
            if (running && !open.empty())
                open.back().since = now;
        }
        return 0;
    }

    struct Open {
        sqlite3_stmt *stmt;
        double since;   // CPU clock when it last became the running one
        double seconds; // charged to it so far
    };

    sqlite3 *m_db;
    std::thread::id m_thread;
    std::vector<Open> m_open;
    std::map<std::string, Cost> m_costs;
    int m_frames; // checkpoint when the WAL holds this many frames (as SQLite's own hook would)
};

} // namespace sillok::bench
