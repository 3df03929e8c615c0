// TEMPORARY: placeholders for the graph side (library_graph*.cpp, library_curation.cpp) while
// core/graph builds it only with SILLOK_GRAPH_STORE=ON; core/store/CMakeLists.txt compiles this
// file only when that option is OFF. mergeExtraction is a no-op success so imports work.

#include "store/library_graph.h"
#include "store/library_private.h"

namespace sillok::core {

Status mergeExtraction(Database &, std::int64_t, const Extraction &, std::int64_t)
{
    return {};
}

Status deleteArticleGraph(Database &, std::int64_t)
{
    return {};
}

std::vector<std::string> aliasGroupFromGraph(Database &, std::string_view)
{
    return {};
}

Result<std::vector<EntitySummary>> Library::entities(const EntityFilter &)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<EntityDetail> Library::entity(std::int64_t)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<std::vector<TimelineItem>> Library::timeline()
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<Graph> Library::graph(std::int64_t, int)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<std::vector<FactRecord>> Library::facts()
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<std::int64_t> Library::renameEntity(std::int64_t, const std::string &)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<std::int64_t> Library::addAlias(std::int64_t, const std::string &)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<std::int64_t> Library::removeAlias(std::int64_t, const std::string &)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<std::int64_t> Library::mergeEntities(std::int64_t, std::int64_t)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<std::int64_t> Library::splitEntity(std::int64_t, std::int64_t)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<std::int64_t> Library::rejectEntity(std::int64_t)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Status Library::undoDecision(std::int64_t)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

} // namespace sillok::core
