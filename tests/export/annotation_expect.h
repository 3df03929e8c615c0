#pragma once
// Field-by-field comparison of two annotations (gtest EXPECTs), for round-trip tests.

#include "model/records.h"

#include <gtest/gtest.h>

namespace sillok::test {

inline void expectSameAnnotation(const core::AnnotationRecord &x, const core::AnnotationRecord &y)
{
    EXPECT_EQ(x.uid, y.uid);
    EXPECT_EQ(x.articleUid, y.articleUid);
    EXPECT_EQ(x.start, y.start);
    EXPECT_EQ(x.end, y.end);
    EXPECT_EQ(x.exact, y.exact);
    EXPECT_EQ(x.prefix, y.prefix);
    EXPECT_EQ(x.suffix, y.suffix);
    EXPECT_EQ(x.textHash, y.textHash);
    EXPECT_EQ(x.note, y.note);
    EXPECT_EQ(x.color, y.color);
    EXPECT_EQ(x.tags, y.tags);
    EXPECT_EQ(x.entityUid, y.entityUid);
    EXPECT_EQ(x.orphaned, y.orphaned);
    EXPECT_EQ(x.createdAt, y.createdAt);
    EXPECT_EQ(x.modifiedAt, y.modifiedAt);
}

} // namespace sillok::test
