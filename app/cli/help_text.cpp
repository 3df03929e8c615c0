#include "help_text.h"

#include <array>
#include <cstring>

namespace sillok::cli {

namespace {

constexpr std::array kCommands{
    CommandHelp{"import", "[--published YYYY-MM-DD] [--json] PATH...", "add articles (files or folders)",
                "Imports news articles: .txt files as scraped from the web and saved .html pages, in UTF-8, UTF-16 or "
                "EUC-KR/CP949. Folders are read recursively. Each article is cleaned, its organisations, people, "
                "initiatives and meetings are extracted and merged into the library's graph. A file imported again "
                "is updated when it changed and left alone otherwise. --published gives the date of articles that "
                "state none. --json prints the import report as JSON."},
    CommandHelp{"search",
                "[--json] [--limit N] [--offset N] [--facets] [--org|--person|--initiative|--meeting NAME]... "
                "[--from DATE] [--to DATE] [QUERY...]",
                "",
                "Searches the articles (Korean-aware: particles and spacing do not matter) and prints the best "
                "matches first, each story once. A query that names a known entity, by any of its names in any "
                "language, finds all its names, and the articles that mention it come first. --org, --person, "
                "--initiative and --meeting keep the articles that mention that entity (any name or alias; several "
                "filters all apply), --from and --to those whose date overlaps the range (YYYY, YYYY-MM or "
                "YYYY-MM-DD); filters alone need no QUERY. --limit sets the number of results (default 20), "
                "--offset skips that many. --facets adds the total and how many matching articles name each "
                "organization, person, initiative and meeting, each year and each source."},
    CommandHelp{"entities", "[--type TYPE] [--json] [QUERY]", "organizations, people, initiatives, meetings",
                "Lists the entities of the library with their article counts, a person with the role and "
                "organization that tell namesakes apart. TYPE is organization, person, initiative or meeting; "
                "QUERY keeps those whose name or alias contains it."},
    CommandHelp{"timeline", "[--json]", "dated initiatives and meetings",
                "Lists the initiatives and meetings that have a date, in date order, with the precision of each "
                "date."},
    CommandHelp{"extract", "--json [--published YYYY-MM-DD] PATH...", "parse and extract without a database",
                "Prints what the extractor finds in the given files, as JSON, without touching a database."},
    CommandHelp{"export", "--format graphml|csv-entities|csv-facts|ics|annotations [--bom] [--output FILE]", "",
                "Writes the library as GraphML, CSV of entities or facts, iCalendar (dated initiatives and "
                "meetings) or W3C Web Annotations (JSON-LD). --bom starts CSV with a byte-order mark for "
                "spreadsheet programs. Without --output the document goes to standard output."},
    CommandHelp{"import-annotations", "[--json] FILE...", "add W3C Web Annotation (JSON-LD) files",
                "Adds the annotations of W3C Web Annotation (JSON-LD) files, as written by export --format "
                "annotations, to the articles they point to. Importing the same file twice adds nothing."},
    CommandHelp{"reextract", "[--json]", "re-run this build's extractor over the library",
                "Runs this version's extractor over every article of the library again, keeping the decisions "
                "and annotations made by hand."},
    CommandHelp{"changes", "[--json] [--since RUN_ID|YYYY-MM-DD]", "what the last import (or imports since) brought",
                "Lists what the last import run brought (or every run since RUN_ID or the date): the new "
                "organizations, people, initiatives and meetings, the entities seen again with how many of the "
                "new articles name them, and the new relations. What concerns a watched entity comes first."},
    CommandHelp{"watch", "[--off] NAME...", "put what concerns an entity first in changes",
                "Watches the named entities (--off: stops watching them): what concerns them is marked and listed "
                "first by changes, after every later import too."},
    CommandHelp{"review", "[--json] [--limit N] [--offset N] [--all] | review accept|reject ID [--date YYYY-MM-DD]",
                "decisions waiting for a person",
                "Lists the decisions left to a person, each with the sentences it rests on: possible merges "
                "(also a company written in Hangul in one article and in Latin letters in another), names found "
                "with low confidence, conflicting dates of a meeting and highlights whose words are gone. "
                "review accept ID and review reject ID record the decision, which holds after re-import and "
                "re-extraction; accepting a date conflict with --date and one of the dates it lists gives the "
                "meeting that date. --json prints every item (\"total\" counts them); the text listing prints the "
                "first 200; --limit and --offset choose a page, --all prints every item."},
};

constexpr std::array kOptions{
    OptionHelp{"--db PATH", "the database (default: $SILLOK_DB, else the per-user data folder)"},
    OptionHelp{"--help", "this text"},
    OptionHelp{"--version", "the program version"},
};

constexpr const char *kExitStatus = "0 success, 1 bad input or database, 2 usage error.";

// Escapes text for roff: backslashes, hyphens (so they are not broken or turned into dashes) and
// a leading dot or quote (which would start a request).
std::string roff(const char *text)
{
    std::string out;
    for (const char *p = text; *p; ++p) {
        if (*p == '\\')
            out += "\\e";
        else if (*p == '-')
            out += "\\-";
        else
            out += *p;
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\''))
        out.insert(0, "\\&");
    return out;
}

} // namespace

std::span<const CommandHelp> commandHelp()
{
    return kCommands;
}

std::span<const OptionHelp> optionHelp()
{
    return kOptions;
}

std::string usageText()
{
    constexpr std::size_t kColumn = 53; // where the summaries start
    std::string out = "usage: sillok-cli [--db PATH] COMMAND [ARGS]\n\nCommands:\n";
    for (const CommandHelp &c : kCommands) {
        std::string line = std::string("  ") + c.name + " " + c.synopsis;
        if (*c.summary) {
            if (line.size() + 1 > kColumn) {
                line += "\n";
                line.append(kColumn, ' ');
            } else {
                line.append(kColumn - line.size(), ' ');
            }
            line += c.summary;
        }
        out += line + "\n";
    }
    out += "\nOptions:\n";
    for (const OptionHelp &o : kOptions) {
        std::string line = std::string("  ") + o.flag;
        line.append(line.size() < 16 ? 16 - line.size() : 1, ' ');
        out += line + o.summary + "\n";
    }
    out += std::string("\nExit status: ") + kExitStatus + "\n";
    return out;
}

std::string manPage(const std::string &version, const std::string &date)
{
    std::string m;
    m += ".\\\" Generated from app/cli/help_text.cpp by sillok-cli-manpage. Do not edit.\n";
    m += ".TH SILLOK\\-CLI 1 \"" + date + "\" \"Sillok " + version + "\" \"User Commands\"\n";
    m += ".SH NAME\nsillok\\-cli \\- import, search and export a Sillok library of Korean AI\\-chip news\n";
    m += ".SH SYNOPSIS\n.B sillok\\-cli\n[\\fB\\-\\-db\\fR \\fIPATH\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n";
    m += ".SH DESCRIPTION\n"
         "\\fBsillok\\-cli\\fR drives the same library as the desktop application \\fBsillok\\fR(1): it imports "
         "news articles, extracts the organisations, people, initiatives and meetings they mention with their "
         "dates, merges them into one graph, and searches and exports it. Results go to standard output, "
         "diagnostics to standard error.\n";
    m += ".SH COMMANDS\n";
    for (const CommandHelp &c : kCommands) {
        m += ".TP\n\\fB" + roff(c.name) + "\\fR " + roff(c.synopsis) + "\n" + roff(c.details) + "\n";
    }
    m += ".SH OPTIONS\nGlobal options come before the command.\n";
    for (const OptionHelp &o : kOptions)
        m += ".TP\n.B " + roff(o.flag) + "\n" + roff(o.summary) + "\n";
    m += ".SH ENVIRONMENT\n"
         ".TP\n.B SILLOK_DB\nThe database used when \\fB\\-\\-db\\fR is not given.\n"
         ".TP\n.B SILLOK_DATA_DIR\nA folder laid out like \\fI/usr/share/sillok\\fR to read the gazetteer, "
         "lexicon and sample corpus from instead of the installed ones.\n"
         ".TP\n.B SILLOK_GAZETTEER\nA file that replaces the gazetteer of organisations (organizations.tsv).\n";
    m += ".SH FILES\n"
         ".TP\n.I ~/.local/share/sillok/sillok.sqlite\nThe default database ($XDG_DATA_HOME/sillok/sillok.sqlite when "
         "XDG_DATA_HOME is set).\n"
         ".TP\n.I /usr/share/sillok/\nThe gazetteer, lexicon and event calendar (gazetteer/), the sample corpus "
         "(corpus/) and the translations of the desktop application, found relative to the installed program.\n";
    m += std::string(".SH EXIT STATUS\n") + roff(kExitStatus) + "\n";
    m += ".SH EXAMPLES\n.nf\nsillok\\-cli import /usr/share/sillok/corpus\nsillok\\-cli search \\-\\-json 반도체\n"
         "sillok\\-cli export \\-\\-format graphml \\-\\-output graph.graphml\n.fi\n";
    m += ".SH SEE ALSO\n\\fBsillok\\fR(1)\n";
    return m;
}

} // namespace sillok::cli
