#pragma once
// What FloorChart remembers between runs, typed, with every default in app_settings.cpp. The only
// code that touches wxConfig: everything else asks here.
#include "core/backup_rotation.h"

#include <cstdint>
#include <filesystem>
#include <optional>

namespace fc::ui {

// A top-level window's place: position in screen pixels, size in device-independent pixels (so a
// remembered size survives a change of display scaling).
struct WindowGeometry {
    bool has_position = false; // false: centre it
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool maximized = false;
};

class AppSettings {
public:
    // Reads and writes settings in `file`; empty means the user's settings file,
    // $XDG_CONFIG_HOME/floorchart/settings.ini (~/.config/floorchart/settings.ini). Called once at
    // start-up (tests pass a temporary file); without it the user's file is opened on first use.
    static void Open(const std::filesystem::path& file = {});
    // Writes what is pending and lets go of the file.
    static void Close();
    static std::filesystem::path UserSettingsFile();

    // The clinician last chosen as working in this clinic file, if any.
    static std::optional<std::int64_t> LastClinician(const std::filesystem::path& clinic);
    static void SetLastClinician(const std::filesystem::path& clinic, std::int64_t clinician_id);

    // Where the main window was when last closed, or the default place the first time.
    static WindowGeometry MainWindowGeometry();
    static void SetMainWindowGeometry(const WindowGeometry& geometry);
    // Where the divider between the patient list and the record was, in DIP from the left.
    static int PatientListWidth();
    static void SetPatientListWidth(int width);
    // How many automatic backups are kept: the newest of each of `daily` days, then of `weekly`
    // weeks (/Backups/KeepDaily, /Backups/KeepWeekly; 7 and 4 unless set, each 0 to 365).
    static BackupRotation AutomaticBackupRotation();
};

} // namespace fc::ui
