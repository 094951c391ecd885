#include "cli/cli_context.h"

#include "cli/terminal_text.h"
#include "core/errors.h"
#include "services/clinician_directory.h"

#include <charconv>
#include <iostream>
#include <system_error>

namespace fc::cli {

std::filesystem::path Context::clinic_path() const
{
    return db_option.empty() ? default_clinic_path() : std::filesystem::path(db_option);
}

Clinic& Context::clinic(bool create)
{
    if (!clinic_) {
        const auto path = clinic_path();
        try {
            clinic_ = std::make_unique<Clinic>(path, create);
        } catch (const ClinicFileError& e) {
            // No file at all: say what to do (an empty one's message already does).
            if (std::error_code ec; e.kind() == ClinicFileError::Kind::Missing && !std::filesystem::exists(path, ec))
                throw ClinicFileError(e.kind(), std::string(e.what()) +
                                                    " Create it with 'floorchart-cli init', name another with --db, "
                                                    "or, if it held your clinic, put back a backup (floorchart-cli "
                                                    "backup list, then floorchart-cli restore FILE).");
            throw;
        }
    }
    return *clinic_;
}

std::optional<std::int64_t> Context::requested_clinician()
{
    if (clinician_option.empty())
        return std::nullopt;
    return parse_id("clinician", clinician_option);
}

Actor Context::acting_clinician()
{
    return ClinicianDirectory(clinic()).act_as(requested_clinician());
}

Actor Context::known_clinician()
{
    return ClinicianDirectory(clinic()).act_as_if_known(requested_clinician());
}

void Context::print(const nlohmann::json& value, std::string_view text) const
{
    if (json)
        std::cout << value.dump(2) << '\n';
    else if (!text.empty())
        std::cout << printable(text) << (text.back() == '\n' ? "" : "\n");
}

std::int64_t parse_id(std::string_view field, const std::string& text)
{
    std::int64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value <= 0)
        throw InvalidInput(FieldError{std::string(field), "whole-number",
                                      "must be a positive whole number (an id as printed by 'list')"});
    return value;
}

} // namespace fc::cli
