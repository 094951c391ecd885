#pragma once
// Backups from the app: by hand (Back up now, Back up to...) and automatically when the main
// window closes, at most once a day, rotated (AppSettings::AutomaticBackupRotation). The clinic
// keeps running while it is copied (SQLite's online backup); a backup that takes longer than
// 200 ms shows its progress (ProgressWindow).
class wxWindow;

namespace fc::ui {

class ClinicSession;

// Into the backups folder beside the clinic file; says where.
void BackUpNow(wxWindow* parent, ClinicSession& session);
// To a file the clinician chooses (another disk); says where.
void BackUpTo(wxWindow* parent, ClinicSession& session);
// The daily automatic backup, if none was made today; tells only of a failure.
void BackUpAutomatically(wxWindow* parent, ClinicSession& session);

} // namespace fc::ui
