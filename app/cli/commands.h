#pragma once
// One function per sillok-cli command, each in its own file. `args` are the words after the
// command name; `dbPath` is the resolved database path (--db, $SILLOK_DB or the default).
// Each returns the process exit status: 0 success, 1 bad input or database, 2 usage error.
// stdout carries results only; diagnostics go to stderr.

#include "extract/extraction.h"
#include "ingest/article.h"
#include "model/records.h"

#include <functional>
#include <string>
#include <vector>

namespace sillok::cli {

// What runExtract() mines one parsed article with (core::extractEntities by default; tests inject
// one that fails). An exception out of it is reported as an internal error naming the file.
using ArticleExtractor = std::function<core::Extraction(const core::ParsedArticle &)>;

int runImport(const std::string &dbPath, const std::vector<std::string> &args);
int runSearch(const std::string &dbPath, const std::vector<std::string> &args);
int runExtract(const std::vector<std::string> &args); // needs no database
int runExtract(const std::vector<std::string> &args, const ArticleExtractor &extract);
int runEntities(const std::string &dbPath, const std::vector<std::string> &args);
int runTimeline(const std::string &dbPath, const std::vector<std::string> &args);
int runExport(const std::string &dbPath, const std::vector<std::string> &args);
int runImportAnnotations(const std::string &dbPath, const std::vector<std::string> &args);
int runReextract(const std::string &dbPath, const std::vector<std::string> &args);
int runChanges(const std::string &dbPath, const std::vector<std::string> &args);
int runWatch(const std::string &dbPath, const std::vector<std::string> &args);
int runReview(const std::string &dbPath, const std::vector<std::string> &args);

// Prints an import's (or re-extraction's) failures, stop message and summary to stderr, and the
// --json document to stdout; the exit status (0, 1, or 130 when interrupted). `verb` names the
// command in messages.
int reportImport(const core::ImportReport &report, bool json, const char *verb);

} // namespace sillok::cli
