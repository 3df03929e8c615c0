// TEMPORARY: placeholders so the Library links before the annotate helper lands. Each fails with
// ErrorCode::Unsupported (or does nothing, for the store's hook). The annotate helper deletes
// these as it implements them in library_annotations*.cpp.

#include "store/library_private.h"

namespace sillok::core {

namespace store {

Status reanchorAnnotations(Database &, std::int64_t)
{
    return {}; // nothing to re-anchor until annotations exist
}

} // namespace store

Result<AnnotationRecord> Library::addAnnotation(const AnnotationRecord &)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Status Library::updateAnnotation(const AnnotationRecord &)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Status Library::deleteAnnotation(const std::string &)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<std::vector<AnnotationRecord>> Library::annotations(std::int64_t)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

Result<std::vector<AnnotationRecord>> Library::searchAnnotations(std::string_view)
{
    return fail(ErrorCode::Unsupported, "not implemented yet");
}

} // namespace sillok::core
