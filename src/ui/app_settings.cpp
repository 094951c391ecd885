#include "ui/app_settings.h"

#include "ui/wx_text.h"

#include <wx/fileconf.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <system_error>

namespace fc::ui {

namespace {

namespace fs = std::filesystem;

// The defaults, all in one place.
constexpr int default_main_width = 1200; // DIP; made to fit smaller screens when shown
constexpr int default_main_height = 760;
constexpr int default_patient_list_width = 430; // DIP
constexpr int min_patient_list_width = 200;

std::unique_ptr<wxFileConfig> settings;

wxConfigBase& config()
{
    if (!settings)
        AppSettings::Open();
    return *settings;
}

// wxConfig keys cannot hold a path, so each clinic file gets a group named after a hash of its
// absolute path (FNV-1a), with the path itself written inside for whoever reads the file.
fs::path clinic_key_path(const fs::path& clinic)
{
    std::error_code ec;
    auto absolute = fs::absolute(clinic, ec);
    if (ec)
        absolute = clinic;
    auto canonical = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal() : canonical;
}

wxString clinic_group(const fs::path& clinic)
{
    const auto key = clinic_key_path(clinic);
    std::uint64_t hash = 14695981039346656037ull;
    for (const unsigned char c : key.native()) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return wxString::Format("/Clinics/%016llx/", static_cast<unsigned long long>(hash));
}

} // namespace

fs::path AppSettings::UserSettingsFile()
{
    fs::path base;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".config";
    else
        base = fs::current_path();
    return base / "floorchart" / "settings.ini";
}

void AppSettings::Open(const fs::path& file)
{
    Close();
    const auto path = file.empty() ? UserSettingsFile() : file;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec); // if it fails, settings are simply not kept
    // Nothing else may create a wxConfig behind our back (and leave a ~/.floorchart file).
    wxConfigBase::DontCreateOnDemand();
    settings = std::make_unique<wxFileConfig>("floorchart", "FloorChart", path_to_wx(path), wxString(),
                                              wxCONFIG_USE_LOCAL_FILE);
}

void AppSettings::Close()
{
    if (settings)
        settings->Flush();
    settings.reset();
}

std::optional<std::int64_t> AppSettings::LastClinician(const fs::path& clinic)
{
    wxLongLong_t id = 0;
    if (!config().Read(clinic_group(clinic) + "LastClinician", &id) || id <= 0)
        return std::nullopt;
    return static_cast<std::int64_t>(id);
}

void AppSettings::SetLastClinician(const fs::path& clinic, std::int64_t clinician_id)
{
    auto& c = config();
    const auto group = clinic_group(clinic);
    c.Write(group + "File", path_to_wx(clinic_key_path(clinic)));
    c.Write(group + "LastClinician", static_cast<wxLongLong_t>(clinician_id));
    c.Flush();
}

WindowGeometry AppSettings::MainWindowGeometry()
{
    auto& c = config();
    WindowGeometry g;
    g.width = static_cast<int>(c.ReadLong("/MainWindow/Width", default_main_width));
    g.height = static_cast<int>(c.ReadLong("/MainWindow/Height", default_main_height));
    if (g.width <= 0 || g.height <= 0) {
        g.width = default_main_width;
        g.height = default_main_height;
    }
    g.has_position = c.HasEntry("/MainWindow/X") && c.HasEntry("/MainWindow/Y");
    g.x = static_cast<int>(c.ReadLong("/MainWindow/X", 0));
    g.y = static_cast<int>(c.ReadLong("/MainWindow/Y", 0));
    g.maximized = c.ReadBool("/MainWindow/Maximized", false);
    return g;
}

void AppSettings::SetMainWindowGeometry(const WindowGeometry& g)
{
    auto& c = config();
    if (g.has_position) {
        c.Write("/MainWindow/X", g.x);
        c.Write("/MainWindow/Y", g.y);
    }
    c.Write("/MainWindow/Width", g.width);
    c.Write("/MainWindow/Height", g.height);
    c.Write("/MainWindow/Maximized", g.maximized);
    c.Flush();
}

int AppSettings::PatientListWidth()
{
    const auto width = static_cast<int>(config().ReadLong("/MainWindow/PatientListWidth", default_patient_list_width));
    return width >= min_patient_list_width ? width : default_patient_list_width;
}

void AppSettings::SetPatientListWidth(int width)
{
    auto& c = config();
    c.Write("/MainWindow/PatientListWidth", width);
    c.Flush();
}

BackupRotation AppSettings::AutomaticBackupRotation()
{
    auto& c = config();
    const BackupRotation defaults;
    const auto kept = [&](const char* key, int fallback) {
        return static_cast<int>(std::clamp(c.ReadLong(key, fallback), 0L, 365L));
    };
    return BackupRotation{kept("/Backups/KeepDaily", defaults.daily), kept("/Backups/KeepWeekly", defaults.weekly)};
}

} // namespace fc::ui
