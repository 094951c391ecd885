#include "ui/main_frame.h"

#include "services/clinic.h"
#include "ui/about_box.h"
#include "ui/app_settings.h"
#include "ui/clinic_actions.h"
#include "ui/clinic_overview.h"
#include "ui/clinic_session.h"
#include "ui/main_menu.h"
#include "ui/main_toolbar.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_workspace.h"
#include "ui/wx_text.h"

#include <wx/artprov.h>
#include <wx/display.h>
#include <wx/frame.h>
#include <wx/infobar.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>

namespace fc::ui {

namespace {

enum StatusField { CLINIC_FIELD, CLINICIAN_FIELD, STATUS_FIELDS };
enum BodyPage { OVERVIEW_PAGE, PATIENTS_PAGE };
enum { ID_CHOOSE_CLINICIAN = wxID_HIGHEST + 50 };

class MainFrame : public wxFrame {
public:
    explicit MainFrame(std::unique_ptr<ClinicSession> session)
        : wxFrame(nullptr, wxID_ANY, "FloorChart"), session_(std::move(session))
    {
        SetName("main_frame");
        SetIcons(wxArtProvider::GetIconBundle(AppIconName(), wxART_FRAME_ICON));
        CreateStatusBar(STATUS_FIELDS);
        const int widths[STATUS_FIELDS] = {-3, -1};
        SetStatusWidths(STATUS_FIELDS, widths);

        // The body: the clinic's patients and records, or, with no clinic open, what to do.
        no_clinician_ = new wxInfoBar(this);
        no_clinician_->SetName("no_clinician");
        // No mnemonic: GTK's own info bar would show the "&".
        no_clinician_->AddButton(ID_CHOOSE_CLINICIAN, _("Choose clinician..."));
        no_clinician_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ChangeClinician(this, *session_); },
                            ID_CHOOSE_CLINICIAN);
        body_ = new wxSimplebook(this);
        overview_ = new ClinicOverview(body_, *session_);
        patients_ = new PatientWorkspace(body_, *session_);
        body_->AddPage(overview_, wxString());
        body_->AddPage(patients_, wxString());
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(no_clinician_, wxSizerFlags().Expand());
        sizer->Add(body_, wxSizerFlags(1).Expand());
        SetSizer(sizer);

        context_ = std::make_unique<MainContext>(MainContext{*this, *session_, *patients_});
        InstallMainMenu(*context_);
        InstallMainToolbar(*this);

        session_->on_change([this] { ShowSession(); });
        ShowSession();
        RestoreGeometry();
        Bind(wxEVT_CLOSE_WINDOW, &MainFrame::OnClose, this);
    }

    // The windows go first: they work on the session until then.
    ~MainFrame() override { DestroyChildren(); }

    ClinicSession& session() { return *session_; }

private:
    void ShowSession()
    {
        const auto* clinic = session_->clinic();
        SetTitle(clinic ? "FloorChart - " + path_to_wx(clinic->path().filename()) : wxString("FloorChart"));
        SetStatusText(clinic ? path_to_wx(clinic->path()) : _("No clinic file open"), CLINIC_FIELD);
        SetStatusText(session_->has_clinician()
                          ? wxString::Format(_("Clinician: %s"), to_wx(session_->actor().name))
                          : wxString(_("No clinician")),
                      CLINICIAN_FIELD);
        overview_->ShowSession();
        patients_->ShowSession();
        body_->ChangeSelection(clinic ? PATIENTS_PAGE : OVERVIEW_PAGE);
        if (clinic && !session_->has_clinician())
            no_clinician_->ShowMessage(_("No clinician is working: you can look at records, but a change needs "
                                         "the clinician who makes it."),
                                       wxICON_INFORMATION);
        else if (no_clinician_->IsShown())
            no_clinician_->Dismiss();
        if (clinic)
            patients_->list().FocusSearch();
        Layout();
    }

    void RestoreGeometry()
    {
        const auto g = AppSettings::MainWindowGeometry();
        SetMinSize(FromDIP(wxSize(640, 400)));
        auto size = FromDIP(wxSize(g.width, g.height));
        if (!g.has_position) // the first time: larger with a larger desktop font
            size.IncTo(wxSize(GetCharWidth() * 140, GetCharHeight() * 44));
        // Never larger than the screen it is on.
        size.DecTo(wxDisplay(this).GetClientArea().GetSize());
        SetSize(size);
        // A remembered place on a screen that is gone would put the window out of reach.
        if (g.has_position && wxDisplay::GetFromPoint(wxPoint(g.x + 16, g.y + 16)) != wxNOT_FOUND)
            Move(g.x, g.y);
        else
            Centre();
        if (g.maximized)
            Maximize();
    }

    void SaveGeometry()
    {
        patients_->SaveLayout();
        if (IsIconized())
            return;
        auto g = AppSettings::MainWindowGeometry();
        g.maximized = IsMaximized();
        if (!g.maximized) { // keep the size to return to from maximised
            const auto size = ToDIP(GetSize());
            g.width = size.x;
            g.height = size.y;
            g.has_position = true;
            g.x = GetPosition().x;
            g.y = GetPosition().y;
        }
        AppSettings::SetMainWindowGeometry(g);
    }

    void OnClose(wxCloseEvent& event)
    {
        SaveGeometry();
        event.Skip(); // the default handler destroys the window
    }

    std::unique_ptr<ClinicSession> session_;
    std::unique_ptr<MainContext> context_;
    wxInfoBar* no_clinician_ = nullptr;
    wxSimplebook* body_ = nullptr;
    ClinicOverview* overview_ = nullptr;
    PatientWorkspace* patients_ = nullptr;
};

wxFrame* show(std::unique_ptr<ClinicSession> session)
{
    auto* frame = new MainFrame(std::move(session));
    frame->Show();
    return frame;
}

} // namespace

wxFrame* OpenMainFrame(std::unique_ptr<Clinic> clinic, Actor actor)
{
    return show(std::make_unique<ClinicSession>(std::move(clinic), std::move(actor)));
}

wxFrame* OpenMainFrameOn(const std::filesystem::path& clinic_path, std::optional<std::int64_t> clinician)
{
    auto* frame = new MainFrame(std::make_unique<ClinicSession>());
    frame->Show();
    // Once the window is up, so that the questions and messages appear over it.
    frame->CallAfter([frame, clinic_path, clinician] {
        OpenClinicAndAsk(frame, frame->session(), clinic_path, true, clinician);
    });
    return frame;
}

} // namespace fc::ui
