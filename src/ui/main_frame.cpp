#include "ui/main_frame.h"

#include "services/clinic.h"
#include "ui/app_settings.h"
#include "ui/clinic_actions.h"
#include "ui/clinic_overview.h"
#include "ui/clinic_session.h"
#include "ui/main_menu.h"
#include "ui/wx_text.h"

#include <wx/display.h>
#include <wx/frame.h>
#include <wx/sizer.h>

namespace fc::ui {

namespace {

enum StatusField { CLINIC_FIELD, CLINICIAN_FIELD, STATUS_FIELDS };

class MainFrame : public wxFrame {
public:
    explicit MainFrame(std::unique_ptr<ClinicSession> session)
        : wxFrame(nullptr, wxID_ANY, "FloorChart"), session_(std::move(session))
    {
        InstallMainMenu(*this, *session_);
        CreateStatusBar(STATUS_FIELDS);
        const int widths[STATUS_FIELDS] = {-3, -1};
        SetStatusWidths(STATUS_FIELDS, widths);

        overview_ = new ClinicOverview(this, *session_);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(overview_, wxSizerFlags(1).Expand());
        SetSizer(sizer);

        session_->on_change([this] { ShowSession(); });
        ShowSession();
        RestoreGeometry();
        Bind(wxEVT_CLOSE_WINDOW, &MainFrame::OnClose, this);
    }

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
    }

    void RestoreGeometry()
    {
        const auto g = AppSettings::MainWindowGeometry();
        SetMinSize(FromDIP(wxSize(480, 320)));
        SetSize(FromDIP(wxSize(g.width, g.height)));
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
    ClinicOverview* overview_ = nullptr;
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
