#include "ui/backup_actions.h"

#include "services/clinic_backups.h"
#include "ui/app_settings.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/progress_window.h"
#include "ui/wx_text.h"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <filesystem>
#include <optional>

namespace fc::ui {

namespace {

// What a backup is doing, from its count (ClinicBackups::back_up's `progress`).
wxString BackupWording(int done, int total)
{
    if (total <= 0)
        return _("Checking the clinic file before backing it up...");
    if (done < total)
        return wxString::Format(_("Copying the clinic file into the backup: page %d of %d"), done, total);
    return _("Checking the backup...");
}

void BackUp(wxWindow* parent, ClinicSession& session, const std::optional<std::filesystem::path>& to)
{
    if (!session.clinic())
        return;
    std::filesystem::path written;
    {
        wxBusyCursor busy;
        // The progress window lives inside the action: it is gone before an error is shown.
        if (!ShowingErrors(parent, [&] {
                ProgressWindow progress(parent, _("Backing up"), BackupWording);
                // A file named in the Save dialog may replace one there: the dialog asked first (the
                // clinic file and backups are refused anyway).
                written = ClinicBackups(*session.clinic())
                              .back_up(to, session.actor(), progress.callback(), ExistingFile::Replace);
            }))
            return;
    }
    wxMessageDialog told(parent, _("The clinic is backed up."), _("Backed up"), wxOK | wxICON_INFORMATION);
    told.SetExtendedMessage(wxString::Format(_("The backup was checked and written to %s. Copy the backups folder to "
                                               "another disk or machine regularly."),
                                             path_to_wx(written)));
    told.ShowModal();
}

} // namespace

void BackUpNow(wxWindow* parent, ClinicSession& session)
{
    BackUp(parent, session, std::nullopt);
}

void BackUpTo(wxWindow* parent, ClinicSession& session)
{
    if (!session.clinic())
        return;
    const auto& clinic = session.clinic()->path();
    wxFileDialog ask(parent, _("Back up the clinic to"), wxString(),
                     path_to_wx(clinic.stem()) + "-" + wxDateTime::Now().Format("%Y%m%d") + ".floorchart",
                     _("FloorChart clinic files (*.floorchart)|*.floorchart"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (ask.ShowModal() == wxID_OK)
        BackUp(parent, session, path_from_wx(ask.GetPath()));
}

void BackUpAutomatically(wxWindow* parent, ClinicSession& session)
{
    if (!session.clinic())
        return;
    wxBusyCursor busy;
    try {
        ProgressWindow progress(parent, _("Automatic backup"), BackupWording); // gone before an error is shown
        ClinicBackups(*session.clinic())
            .back_up_automatically(session.actor(), AppSettings::AutomaticBackupRotation(), progress.callback());
    } catch (const std::exception& e) {
        ShowError(parent, e, _("The automatic backup could not be made; the clinic file itself is unchanged."));
    }
}

} // namespace fc::ui
