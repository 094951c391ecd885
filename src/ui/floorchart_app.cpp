#include "ui/floorchart_app.h"

#include "services/clinic.h"
#include "ui/app_settings.h"
#include "ui/error_messages.h"
#include "ui/forms.h"
#include "ui/language.h"
#include "ui/main_frame.h"
#include "ui/startup_measure.h"
#include "ui/wx_text.h"

#include <wx/cmdline.h>
#include <wx/frame.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>

#include <system_error>

namespace fc::ui {

bool FloorChartApp::OnInit()
{
    SetAppName("floorchart");
    SetVendorName("FloorChart");
    SetAppDisplayName("FloorChart");
    if (!wxApp::OnInit()) // parses the command line
        return false;

    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    AppSettings::Open();
    LoadForms();
    UseUserLanguage();

    SetTopWindow(OpenMainFrameOn(clinic_path_, clinician_id_));
    return true;
}

int FloorChartApp::OnExit()
{
    AppSettings::Close();
    return wxApp::OnExit();
}

void FloorChartApp::OnInitCmdLine(wxCmdLineParser& parser)
{
    wxApp::OnInitCmdLine(parser);
    parser.AddOption("", "db", _("the clinic file to work on (created when missing)"), wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "clinician", _("the id of the clinician who is working (skips the question)"),
                     wxCMD_LINE_VAL_NUMBER);
    parser.AddSwitch("", "measure-startup",
                     _("print \"startup: N ms\" once the patient list is shown and quit (asks nothing)"));
}

bool FloorChartApp::OnCmdLineParsed(wxCmdLineParser& parser)
{
    if (!wxApp::OnCmdLineParsed(parser))
        return false;
    if (wxString db; parser.Found("db", &db)) {
        std::error_code ec;
        clinic_path_ = path_from_wx(db);
        if (auto absolute = std::filesystem::absolute(clinic_path_, ec); !ec)
            clinic_path_ = absolute;
    } else {
        clinic_path_ = default_clinic_path();
    }
    if (long id = 0; parser.Found("clinician", &id))
        clinician_id_ = id;
    if (parser.Found("measure-startup"))
        MeasureStartup();
    return true;
}

bool FloorChartApp::OnExceptionInMainLoop()
{
    // The last safety net: handlers catch the clinic's errors themselves; whatever slips through
    // is shown, and the app goes on (every write is one transaction, so nothing is half-done).
    try {
        throw;
    } catch (const std::exception& e) {
        ShowError(GetTopWindow(), e);
        return true;
    } catch (...) {
        return false; // unknown: OnUnhandledException says so and the app ends
    }
}

void FloorChartApp::OnUnhandledException()
{
    wxString what = _("an unknown error");
    try {
        throw;
    } catch (const std::exception& e) {
        what = to_wx(e.what());
    } catch (...) {
    }
    wxSafeShowMessage("FloorChart",
                      wxString::Format(_("FloorChart has to close because of an unexpected problem: %s\n\nChanges "
                                         "saved before are kept; a change in progress was not saved."),
                                       what));
}

} // namespace fc::ui
