#pragma once
// Stored text made safe to print as text. Control characters (C0, DEL, C1) would act on the
// terminal (retitle it, clear it, hide or overwrite text), so they are shown as \x1b, and bytes
// that are not UTF-8 as \xff; stray bidi controls and invisible zero-width characters are shown
// as \u202e. This is so for every text output, to a terminal or not: a file or pipe of text
// output is read on a terminal sooner or later (--json stays exact JSON). On a terminal only,
// text holding right-to-left letters is isolated between U+2068 FSI and U+2069 PDI, so it cannot
// reorder the words and columns printed beside it; output to a pipe or file keeps the text as stored.
#include <cstddef>
#include <string>
#include <string_view>

namespace fc::cli {

// One value for one line (a name, a table cell): line breaks and tabs escaped too.
std::string shown(std::string_view value);
// A value of several lines (an address, SOAP text): line breaks and tabs kept, each line isolated on its own.
std::string shown_lines(std::string_view value);
// The whole text of an output, as the last guard for any value not passed through shown():
// controls other than line breaks and tabs, and bidi overrides and embeddings, escaped.
std::string printable(std::string_view text);
// Columns that shown text takes: its characters, less the isolates and joiners that take none.
std::size_t shown_width(std::string_view shown_text);

} // namespace fc::cli
