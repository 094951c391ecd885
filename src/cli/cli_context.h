#pragma once
// What every floorchart-cli command shares: the global options, the clinic file opened on
// demand, who is acting, and how results are printed (text or --json).
#include "services/actor.h"
#include "services/clinic.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace fc::cli {

class Context {
public:
    std::string db_option;        // --db FILE
    std::string clinician_option; // --clinician ID
    bool json = false;            // --json

    // The clinic file; created when missing only if `create` (commands that add records).
    Clinic& clinic(bool create = false);
    // The clinic file's path (--db or the default), without opening it.
    std::filesystem::path clinic_path() const;
    // Closes the clinic file if it is open (before a restore replaces it).
    void close_clinic() { clinic_.reset(); }
    // The clinician a change is stamped with (exit 2 when it cannot be decided).
    Actor acting_clinician();
    // The clinician if it can be decided, else nobody (for commands that change no record).
    Actor known_clinician();

    // Prints a JSON value, or the text (controls escaped as a last guard, see terminal_text.h), on stdout.
    void print(const nlohmann::json& value, std::string_view text) const;

private:
    std::optional<std::int64_t> requested_clinician();
    std::unique_ptr<Clinic> clinic_;
};

// A whole number typed for `field`; throws InvalidInput naming the field.
std::int64_t parse_id(std::string_view field, const std::string& text);

} // namespace fc::cli
