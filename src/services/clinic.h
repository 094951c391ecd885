#pragma once
// An open clinic file, as the use cases see it. Holds no SQL types in its interface, so the
// GUI and the CLI can include it without the store's headers.
#include "core/clinic_health.h"
#include "core/date.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>

namespace fc {

// Where the clinic file lives unless --db says otherwise: the XDG data folder,
// $XDG_DATA_HOME/floorchart/clinic.floorchart (~/.local/share/floorchart/clinic.floorchart).
std::filesystem::path default_clinic_path();

class Clinic {
public:
    // Opens (and, when asked, creates) the clinic file; throws ClinicFileError.
    explicit Clinic(const std::filesystem::path& path, bool create_if_missing = true);
    ~Clinic();
    Clinic(Clinic&&) noexcept;
    Clinic& operator=(Clinic&&) noexcept;

    const std::filesystem::path& path() const;
    bool was_checked_after_unclean_shutdown() const;
    // A FloorChart backup (or a copy set aside by a restore): read-only, every write is refused.
    bool is_backup() const;
    // Integrity (quick_check, or integrity_check when thorough), foreign keys, schema, counts.
    ClinicHealth check(bool thorough = false);

    // The clinic's calendar date today; tests may pin it.
    Date today() const;
    void set_today(std::function<Date()> today);

    struct Impl; // services only
    Impl& impl() { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

} // namespace fc
