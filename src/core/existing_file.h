#pragma once
// Whether a file written for the clinician (a report, a calendar file, a backup) may replace a file
// already at its name: only when the clinician said so (--force, or yes to a Save dialog's question).
namespace fc {

enum class ExistingFile { Refuse, Replace };

} // namespace fc
