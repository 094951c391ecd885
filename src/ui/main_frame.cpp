#include "ui/main_frame.h"

#include "services/clinic.h"
#include "services/red_flags.h"
#include "ui/about_box.h"
#include "ui/app_settings.h"
#include "ui/backup_actions.h"
#include "ui/calendar_page.h"
#include "ui/clinic_actions.h"
#include "ui/clinic_overview.h"
#include "ui/clinic_session.h"
#include "ui/main_commands.h"
#include "ui/main_menu.h"
#include "ui/main_toolbar.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_workspace.h"
#include "ui/red_flag_queue.h"
#include "ui/wx_text.h"

#include <wx/artprov.h>
#include <wx/display.h>
#include <wx/frame.h>
#include <wx/infobar.h>
#include <wx/msgdlg.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/timer.h>
#include <wx/toolbar.h>

#include <optional>
#include <utility>

namespace fc::ui {

namespace {

enum StatusField { CLINIC_FIELD, CLINICIAN_FIELD, FLAGS_FIELD, STATUS_FIELDS };
enum BodyPage { OVERVIEW_PAGE, PATIENTS_PAGE, FLAGS_PAGE, CALENDAR_PAGE };
constexpr int recount_flags_ms = 60 * 1000; // flags raised on other workstations show within a minute
enum { ID_CHOOSE_CLINICIAN = wxID_HIGHEST + 50 };

class MainFrame : public wxFrame {
public:
    explicit MainFrame(std::unique_ptr<ClinicSession> session)
        : wxFrame(nullptr, wxID_ANY, "FloorChart"), session_(std::move(session))
    {
        SetName("main_frame");
        SetIcons(wxArtProvider::GetIconBundle(AppIconName(), wxART_FRAME_ICON));
        CreateStatusBar(STATUS_FIELDS);
        const int widths[STATUS_FIELDS] = {-3, -1, -1};
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
        flag_queue_ = new RedFlagQueue(
            body_, *session_,
            [this](std::int64_t patient_id, const RecordItem& item) {
                ShowFlagQueue(false);
                if (!patients_->ShowItem(patient_id, item))
                    patients_->FocusRecord(); // the record is open; the source is not in a tab yet
            },
            [this] {
                if (patients_->record())
                    patients_->Reload(); // the banner and the list; the counts follow (OnRecordChanged)
                else
                    UpdateFlagCounts();
            });
        body_->AddPage(overview_, wxString());
        body_->AddPage(patients_, wxString());
        calendar_ = new CalendarPage(
            body_, *session_,
            [this](std::int64_t patient_id) {
                ShowCalendar(false);
                if (!patients_->record() || patients_->record()->patient.id != patient_id) {
                    patients_->list().ClearSearch(patient_id);
                    patients_->Open(patient_id);
                }
                patients_->FocusRecord();
            },
            [this] {
                // A booking or a note written from an appointment: the record and the list follow.
                if (patients_->record())
                    patients_->Reload();
                else
                    patients_->list().FindAgain();
            });
        body_->AddPage(flag_queue_, wxString());
        body_->AddPage(calendar_, wxString());
        patients_->OnRecordChanged([this] { UpdateFlagCounts(); });
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(no_clinician_, wxSizerFlags().Expand());
        sizer->Add(body_, wxSizerFlags(1).Expand());
        SetSizer(sizer);

        context_ = std::make_unique<MainContext>(MainContext{*this, *session_, *patients_,
                                                             [this](bool show) { ShowFlagQueue(show); },
                                                             [this] { return body_->GetSelection() == FLAGS_PAGE; },
                                                             [this](bool show) { ShowCalendar(show); },
                                                             [this] { return body_->GetSelection() == CALENDAR_PAGE; }});
        InstallMainMenu(*context_);
        InstallMainToolbar(*this);

        session_->on_change([this] { ShowSession(); });
        ShowSession();
        recount_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
            const auto before = shown_counts_;
            UpdateFlagCounts();
            // Flags raised or acknowledged on another workstation: the banner and the list follow.
            if (shown_counts_ != before) {
                if (patients_->record())
                    patients_->Reload(); // the banner, and the list with it
                else
                    patients_->list().FindAgain();
            }
        });
        recount_.Start(recount_flags_ms);
        // A click on the status bar's count opens the queue.
        GetStatusBar()->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& event) {
            event.Skip();
            wxRect field;
            if (GetStatusBar()->GetFieldRect(FLAGS_FIELD, field) && field.Contains(event.GetPosition()) &&
                session_->clinic())
                ShowFlagQueue(true);
        });
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
        // When a clinician starts work, the day opens on their appointments today, if they have any.
        bool their_day = false;
        const auto starting = std::pair(session_->generation(), session_->actor().clinician_id);
        if (clinic && session_->has_clinician() && started_ != starting) {
            started_ = starting;
            their_day = calendar_->ShowToday();
        }
        body_->ChangeSelection(!clinic ? OVERVIEW_PAGE : their_day ? CALENDAR_PAGE : PATIENTS_PAGE);
        ShowPageTools();
        UpdateFlagCounts();
        // Urgent flags are told as soon as a clinician starts work on a clinic, once.
        if (clinic && session_->has_clinician() && told_urgent_of_ != session_->generation()) {
            told_urgent_of_ = session_->generation();
            CallAfter([this] { TellUrgentFlags(); });
        }
        if (clinic && !session_->has_clinician())
            no_clinician_->ShowMessage(_("No clinician is working: you can look at records, but a change needs "
                                         "the clinician who makes it."),
                                       wxICON_INFORMATION);
        else if (no_clinician_->IsShown())
            no_clinician_->Dismiss();
        if (clinic && their_day)
            calendar_->FocusGrid();
        else if (clinic)
            patients_->list().FocusSearch();
        Layout();
    }

    void ShowCalendar(bool show)
    {
        if (!session_->clinic())
            return;
        if (show) {
            calendar_->Reload();
            body_->ChangeSelection(CALENDAR_PAGE);
            calendar_->FocusGrid();
        } else if (body_->GetSelection() == CALENDAR_PAGE) {
            body_->ChangeSelection(PATIENTS_PAGE);
        }
        ShowPageTools();
        Layout();
    }

    // The toolbar's page tools are pressed while their page is shown.
    void ShowPageTools()
    {
        auto* bar = GetToolBar();
        if (!bar)
            return;
        bar->ToggleTool(CommandId(Command::ReviewFlags), body_->GetSelection() == FLAGS_PAGE);
        bar->ToggleTool(CommandId(Command::ShowCalendar), body_->GetSelection() == CALENDAR_PAGE);
    }

    void ShowFlagQueue(bool show)
    {
        if (!session_->clinic())
            return;
        if (show) {
            flag_queue_->Reload();
            body_->ChangeSelection(FLAGS_PAGE);
            flag_queue_->SetFocus();
        } else if (body_->GetSelection() == FLAGS_PAGE) {
            body_->ChangeSelection(PATIENTS_PAGE);
        }
        ShowPageTools();
        Layout();
    }

    void UpdateFlagCounts()
    {
        RedFlagCounts counts;
        if (auto* clinic = session_->clinic()) {
            try {
                counts = RedFlags(*clinic, session_->actor()).open_counts();
            } catch (const Error&) {
                return; // the file is busy or gone: the next count tells
            }
        }
        shown_counts_ = {counts.open, counts.urgent};
        ShowFlagCount(*this, static_cast<long>(counts.open), static_cast<long>(counts.urgent));
        SetStatusText(!session_->clinic() ? wxString()
                      : counts.open == 0  ? _("No red flags to review")
                      : counts.urgent ? wxString::Format(wxPLURAL("%lld red flag to review (%lld urgent)",
                                                                  "%lld red flags to review (%lld urgent)", counts.open),
                                                         static_cast<long long>(counts.open),
                                                         static_cast<long long>(counts.urgent))
                                      : wxString::Format(wxPLURAL("%lld red flag to review", "%lld red flags to review",
                                                                  counts.open),
                                                         static_cast<long long>(counts.open)),
                      FLAGS_FIELD);
        if (body_->GetSelection() == FLAGS_PAGE)
            flag_queue_->Reload();
    }

    void TellUrgentFlags()
    {
        if (!session_->clinic() || closing_)
            return;
        std::int64_t urgent = 0;
        try {
            urgent = RedFlags(*session_->clinic(), session_->actor()).open_counts().urgent;
        } catch (const Error&) {
            return;
        }
        if (urgent == 0)
            return;
        wxMessageDialog ask(this,
                            wxString::Format(wxPLURAL("%lld urgent red flag is waiting for review.",
                                                      "%lld urgent red flags are waiting for review.", urgent),
                                             static_cast<long long>(urgent)),
                            _("Urgent red flags"), wxYES_NO | wxYES_DEFAULT | wxICON_WARNING);
        ask.SetExtendedMessage(_("Each stays in the red-flag queue until a clinician records what was done about it."));
        ask.SetYesNoLabels(_("&Review now"), _("&Later"));
        if (ask.ShowModal() == wxID_YES)
            ShowFlagQueue(true);
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
        closing_ = true; // nothing more to ask
        SaveGeometry();
        BackUpAutomatically(this, *session_); // at most once a day, rotated
        event.Skip(); // the default handler destroys the window
    }

    std::unique_ptr<ClinicSession> session_;
    std::unique_ptr<MainContext> context_;
    wxInfoBar* no_clinician_ = nullptr;
    wxSimplebook* body_ = nullptr;
    ClinicOverview* overview_ = nullptr;
    PatientWorkspace* patients_ = nullptr;
    RedFlagQueue* flag_queue_ = nullptr;
    CalendarPage* calendar_ = nullptr;
    // The session generation and clinician whose day was offered at the start of their work.
    std::optional<std::pair<unsigned, std::optional<std::int64_t>>> started_;
    wxTimer recount_;
    std::pair<std::int64_t, std::int64_t> shown_counts_; // open, urgent
    std::optional<unsigned> told_urgent_of_; // the session generation whose urgent flags were told
    bool closing_ = false;
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
        OpenClinicAndAsk(frame, frame->session(), clinic_path, false, clinician);
    });
    return frame;
}

} // namespace fc::ui
