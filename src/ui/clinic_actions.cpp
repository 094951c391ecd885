#include "ui/clinic_actions.h"

#include "services/clinic.h"
#include "services/clinic_backups.h"
#include "services/clinician_directory.h"
#include "ui/app_settings.h"
#include "ui/clinic_session.h"
#include "ui/clinician_dialogs.h"
#include "ui/error_messages.h"
#include "ui/progress_window.h"
#include "ui/startup_measure.h"
#include "ui/wx_text.h"

#include <fmt/format.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <algorithm>
#include <optional>
#include <system_error>

namespace fc::ui {

namespace {

namespace fs = std::filesystem;

wxString clinic_file_filter()
{
    return _("FloorChart clinic (*.floorchart)|*.floorchart|All files|*");
}

// The folder the file dialogs start in: the open clinic's, else the default clinic's, else home.
wxString start_folder(const ClinicSession& session)
{
    const auto clinic = session.clinic() ? session.clinic()->path() : default_clinic_path();
    std::error_code ec;
    return fs::is_directory(clinic.parent_path(), ec) ? path_to_wx(clinic.parent_path()) : wxGetHomeDir();
}

Actor remember(const fs::path& clinic, const Clinician& c)
{
    AppSettings::SetLastClinician(clinic, c.id);
    return Actor{c.id, c.name};
}

// A damaged, empty or missing clinic file: offers to put back the newest backup that passes its
// check (a damaged or empty file is kept beside it, never overwritten). Returns the restored clinic,
// or null when there is no good backup or the clinician declines (the caller then says why the file
// cannot be used).
std::unique_ptr<Clinic> OfferNewestGoodBackup(wxWindow* parent, const fs::path& path, const ClinicFileError& damage)
{
    std::optional<BackupFile> good;
    ClinicHealth check;
    {
        wxBusyCursor looking;
        const auto backups = list_backups(path); // newest first
        const auto n = static_cast<int>(backups.size());
        ProgressWindow progress(parent, _("Looking for a good backup"), [](int done, int total) {
            return wxString::Format(_("Checking backup %d of %d..."), std::min(done + 1, total), total);
        });
        for (int i = 0; i < n; ++i) {
            if (check = verify_backup(backups[i].path, [&] { progress(i, n); }); check.ok) {
                good = backups[i];
                break;
            }
            progress(i + 1, n);
        }
    }
    if (!good)
        return nullptr;
    std::error_code ec;
    const bool missing = damage.kind() == ClinicFileError::Kind::Missing;
    const bool gone = missing && !fs::exists(path, ec);
    wxMessageDialog ask(parent,
                        gone      ? _("The clinic file is missing. Restore the newest good backup?")
                        : missing ? _("The clinic file is empty. Restore the newest good backup?")
                                  : _("The clinic file is damaged. Restore the newest good backup?"),
                        gone ? _("Missing clinic file") : _("Damaged clinic file"),
                        wxYES_NO | wxYES_DEFAULT | wxICON_ERROR);
    ask.SetExtendedMessage(wxString::Format(
        _("%s\n\nThe newest backup that passes its check is %s, of %s (%lld patients, %lld session notes). "
          "Anything recorded after it is not in it. The damaged file is kept beside the clinic file, never "
          "overwritten."),
        to_wx(damage.what()), to_wx(good->name), to_wx(good->modified), static_cast<long long>(check.patients),
        static_cast<long long>(check.session_notes)));
    ask.SetYesNoLabels(_("&Restore the backup"), _("&Not now"));
    if (ask.ShowModal() != wxID_YES)
        return nullptr;
    try {
        wxBusyCursor restoring;
        const auto result = [&] {
            ProgressWindow progress(parent, _("Restoring the backup"), [](int done, int total) {
                if (total <= 0)
                    return _("Checking the backup...");
                if (done < total)
                    return wxString::Format(_("Keeping the damaged file, then copying the backup: page %d of %d"),
                                            done, total);
                return _("Checking the restored clinic file...");
            });
            return restore_clinic(path, good->path, Actor::nobody(), progress.callback());
        }(); // the progress window is gone before anything else is shown
        auto clinic = std::make_unique<Clinic>(path, false);
        wxMessageDialog told(parent, _("The backup is restored."), _("Restored"), wxOK | wxICON_INFORMATION);
        if (!result.replaced_file_kept_as.empty())
            told.SetExtendedMessage(wxString::Format(_("The damaged file is kept as %s."),
                                                     path_to_wx(result.replaced_file_kept_as.filename())));
        told.ShowModal();
        return clinic;
    } catch (const std::exception& e) {
        ShowError(parent, e, _("The backup could not be restored; the damaged file is still there, unchanged."));
    }
    return nullptr;
}

// No file at all where the clinic should be (the first start, or a --db naming a new file): a clinic
// is created only when the clinician says so, never by a mistyped path.
bool AgreedToStartAClinic(wxWindow* parent, const fs::path& path)
{
    wxMessageDialog ask(parent, _("There is no clinic file here yet. Start a new clinic?"), _("New clinic"),
                        wxYES_NO | wxYES_DEFAULT | wxICON_QUESTION);
    ask.SetExtendedMessage(wxString::Format(_("A new, empty clinic file will be made at %s.\n\nIf your clinic "
                                              "is kept somewhere else, choose Not now and open it with File > Open "
                                              "clinic..."),
                                            path_to_wx(path)));
    ask.SetYesNoLabels(_("&Start a new clinic"), _("&Not now"));
    return ask.ShowModal() == wxID_YES;
}

} // namespace

std::unique_ptr<Clinic> OpenClinicOrExplain(wxWindow* parent, const fs::path& path, bool create,
                                            std::string* problem)
{
    try {
        wxBusyCursor opening; // a locked file is waited for a few seconds
        auto clinic = std::make_unique<Clinic>(path, create);
        if (clinic->is_backup()) // read-only, and the app writes as it goes (every record it opens is audited)
            throw ClinicFileError(ClinicFileError::Kind::ReadOnly,
                                  fmt::format("{} is a FloorChart backup, not the clinic file. A backup is never "
                                              "changed, and the app writes as you work (every record you open is "
                                              "noted in the audit trail). Open the clinic file, or put this backup "
                                              "back first with 'floorchart-cli restore {}'; the backup was not "
                                              "changed.",
                                              path.string(), path.string()));
        return clinic;
    } catch (const ClinicFileError& e) {
        if (e.kind() == ClinicFileError::Kind::Corrupt || e.kind() == ClinicFileError::Kind::Missing)
            if (auto restored = OfferNewestGoodBackup(parent, path, e))
                return restored;
        if (std::error_code ec; e.kind() == ClinicFileError::Kind::Missing && !fs::exists(path, ec)) {
            if (AgreedToStartAClinic(parent, path))
                return OpenClinicOrExplain(parent, path, true, problem);
            if (problem)
                *problem = e.what(); // declined: the welcome page says why nothing is open
            return nullptr;
        }
        if (problem)
            *problem = e.what();
        ShowError(parent, e);
    } catch (const Error& e) {
        if (problem)
            *problem = e.what();
        ShowError(parent, e);
    }
    return nullptr;
}

std::optional<Actor> AskWhoIsWorking(wxWindow* parent, Clinic& clinic, std::optional<std::int64_t> requested,
                                     const Actor& by)
{
    ClinicianDirectory directory(clinic);
    if (requested) {
        const auto cannot_work = wxString::Format(_("Clinician %lld cannot work in %s; choose who is working."),
                                                  static_cast<long long>(*requested),
                                                  path_to_wx(clinic.path().filename()));
        try {
            auto actor = directory.act_as(requested);
            AppSettings::SetLastClinician(clinic.path(), *actor.clinician_id);
            return actor;
        } catch (const NotFound& e) {
            ShowError(parent, e, cannot_work);
        } catch (const InvalidInput& e) { // inactive
            ShowError(parent, e, cannot_work);
        }
    }

    const auto name = path_to_wx(clinic.path().filename());
    if (directory.list(false).empty()) {
        const auto intro =
            directory.list(true).empty()
                ? wxString::Format(_("%s has no clinician yet. Add yourself to start: every change is signed "
                                     "with the name of the clinician who made it."),
                                   name)
                : wxString::Format(_("No clinician of %s is active. Add the clinician who is working now."), name);
        const auto added = ShowAddClinicianDialog(parent, directory, by, intro);
        if (!added)
            return std::nullopt;
        return remember(clinic.path(), *added);
    }

    const auto chosen =
        ShowChooseClinicianDialog(parent, directory, by, AppSettings::LastClinician(clinic.path()), name);
    if (!chosen)
        return std::nullopt;
    return remember(clinic.path(), *chosen);
}

bool OpenClinicAndAsk(wxWindow* parent, ClinicSession& session, const fs::path& path, bool create,
                      std::optional<std::int64_t> requested)
{
    std::string problem;
    auto clinic = OpenClinicOrExplain(parent, path, create, &problem);
    if (!clinic) {
        if (!session.clinic())
            session.fail(problem);
        return false;
    }
    // The window shows the clinic while the question is asked.
    auto& opened = *clinic;
    session.open(std::move(clinic), Actor::nobody());
    if (MeasuringStartup())
        return true; // nobody is asked anything
    ShowingErrors(parent, [&] {
        if (auto actor = AskWhoIsWorking(parent, opened, requested))
            session.set_actor(std::move(*actor));
    });
    return true;
}

void OpenClinicFromFile(wxWindow* parent, ClinicSession& session)
{
    wxFileDialog dialog(parent, _("Open clinic"), start_folder(session), wxString(), clinic_file_filter(),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK)
        return;
    OpenClinicAndAsk(parent, session, path_from_wx(dialog.GetPath()), false);
}

void CreateNewClinic(wxWindow* parent, ClinicSession& session)
{
    wxFileDialog dialog(parent, _("New clinic"), start_folder(session), "clinic.floorchart", clinic_file_filter(),
                        wxFD_SAVE);
    if (dialog.ShowModal() != wxID_OK)
        return;
    auto path = path_from_wx(dialog.GetPath());
    if (!path.has_extension())
        path += ".floorchart";
    std::error_code ec;
    if (fs::exists(path, ec)) {
        wxMessageBox(wxString::Format(_("%s already exists, and a new clinic never replaces a file.\n\nOpen it "
                                        "with File > Open clinic..., or choose another name."),
                                      path_to_wx(path)),
                     _("New clinic"), wxOK | wxICON_INFORMATION, parent);
        return;
    }
    OpenClinicAndAsk(parent, session, path, true);
}

void ChangeClinician(wxWindow* parent, ClinicSession& session)
{
    auto* clinic = session.clinic();
    if (!clinic)
        return;
    ShowingErrors(parent, [&] {
        if (auto actor = AskWhoIsWorking(parent, *clinic, std::nullopt, session.actor()))
            session.set_actor(std::move(*actor));
    });
}

} // namespace fc::ui
