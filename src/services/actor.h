#pragma once
// Who is working: every change is stamped with this clinician. A read-only look (opening a
// record from a script) may have no clinician; a change may not.
#include <cstdint>
#include <optional>
#include <string>

namespace fc {

struct Actor {
    std::optional<std::int64_t> clinician_id;
    std::string name;

    static Actor nobody() { return {}; }
};

} // namespace fc
