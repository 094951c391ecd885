#include "ui/calendar_page.h"

#include "services/appointments.h"
#include "services/clinician_directory.h"
#include "ui/appointment_dialogs.h"
#include "ui/appointment_text.h"
#include "ui/calendar_moves.h"
#include "ui/calendar_view.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/wx_text.h"

#include <fmt/format.h>

#include <wx/bitmap.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/dcmemory.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/datetime.h>
#include <wx/radiobut.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace fc::ui {

namespace {

using boost::gregorian::days;

constexpr int clock_ms = 60 * 1000; // the time-now line moves, and other workstations' changes show
const wxString en_dash = wxString::FromUTF8("\xe2\x80\x93");

wxString MonthName(const Date& d, wxDateTime::NameFlags flags)
{
    return wxDateTime::GetMonthName(static_cast<wxDateTime::Month>(d.month() - 1), flags);
}

// "Wednesday 25 November 2026"
wxString LongDate(const Date& d)
{
    return wxString::Format("%s %d %s %d", wxDateTime::GetWeekDayName(ToWxDate(d).GetWeekDay(), wxDateTime::Name_Full),
                            static_cast<int>(d.day()), MonthName(d, wxDateTime::Name_Full),
                            static_cast<int>(d.year()));
}

// The patients' names of the period's appointments, as read with them in one query.
std::map<std::int64_t, std::string> PatientNames(const std::vector<DiaryEntry>& entries)
{
    std::map<std::int64_t, std::string> names;
    for (const auto& e : entries)
        names.emplace(e.appointment.patient_id, e.patient_name());
    return names;
}

// A small square of a type's colour for the key under the grid.
wxBitmap Swatch(AppointmentType type, int size, bool dark)
{
    wxBitmap bitmap(size, size);
    wxMemoryDC dc(bitmap);
    const wxColour colour = TypeColour(type, dark);
    dc.SetBrush(wxBrush(colour.ChangeLightness(dark ? 70 : 160)));
    dc.SetPen(wxPen(colour));
    dc.DrawRectangle(0, 0, size, size);
    dc.SetBrush(wxBrush(colour));
    dc.DrawRectangle(0, 0, std::max(size / 4, 2), size);
    dc.SelectObject(wxNullBitmap);
    return bitmap;
}

} // namespace

CalendarPage::CalendarPage(wxWindow* parent, ClinicSession& session,
                           std::function<void(std::int64_t patient_id)> open_record, std::function<void()> changed)
    : session_(session), open_record_(std::move(open_record)), changed_(std::move(changed)), clock_(this)
{
    wxXmlResource::Get()->LoadPanel(this, parent, "calendar_page");
    grid_ = new CalendarGrid(this);
    wxXmlResource::Get()->AttachUnknownControl("calendar_grid", grid_, this);
    clinician_choice_ = XRCCTRL(*this, "calendar_clinician", wxChoice);
    date_picker_ = XRCCTRL(*this, "calendar_date", wxDatePickerCtrl);
    day_ = XRCCTRL(*this, "calendar_day", wxRadioButton);
    week_ = XRCCTRL(*this, "calendar_week", wxRadioButton);
    heading_ = XRCCTRL(*this, "calendar_heading", wxStaticText);
    count_ = XRCCTRL(*this, "calendar_count", wxStaticText);
    heading_->SetFont(heading_->GetFont().Scaled(1.2f).Bold());
    date_ = session_.clinic() ? session_.clinic()->today() : Date(boost::gregorian::day_clock::local_day());

    // The key to the colours and marks.
    auto* legend = XRCCTRL(*this, "calendar_legend", wxPanel);
    auto* keys = new wxBoxSizer(wxHORIZONTAL);
    const int swatch = legend->GetCharHeight() * 3 / 4;
    const bool dark = wxSystemSettings::GetAppearance().IsDark();
    for (const auto type : {AppointmentType::Initial, AppointmentType::FollowUp, AppointmentType::Review,
                            AppointmentType::Discharge}) {
        keys->Add(new wxStaticBitmap(legend, wxID_ANY, Swatch(type, swatch, dark)),
                  wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(4)));
        keys->Add(new wxStaticText(legend, wxID_ANY, to_wx(label(type))),
                  wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(12)));
    }
    auto* marks = new wxStaticText(legend, wxID_ANY,
                                   wxString::FromUTF8("\xe2\x9c\x93 attended   \xe2\x9c\x95 did not attend"));
    marks->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    keys->Add(marks, wxSizerFlags().CentreVertical());
    legend->SetSizer(keys);
    const wxString how = _("The colour says the type of appointment. A tick: attended. A cross on grey hatching: "
                           "did not attend. Faded and struck through: cancelled.");
    legend->SetToolTip(how);
    for (auto* child : legend->GetChildren())
        child->SetToolTip(how);

    grid_->OnOpen([this](const Appointment& a) { Open(a); });
    grid_->OnBook([this](const CalendarColumn& column, TimeOfDay at) { Book(column, at); });
    grid_->OnMove([this](const Appointment& a, const CalendarColumn& to, TimeOfDay at) { Move(a, to, at); });
    grid_->OnMenu(
        [this](const Appointment* a, std::optional<CalendarSlot> slot, wxPoint at) { ShowMenu(a, slot, at); });
    grid_->OnKey([this](const wxKeyEvent& event) { return OnKey(event); });

    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Step(-1); }, XRCID("calendar_previous"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ShowDate(session_.clinic() ? session_.clinic()->today() : date_); },
         XRCID("calendar_today"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Step(1); }, XRCID("calendar_next"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ExportWeek(); }, XRCID("calendar_export"));
    date_picker_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& event) {
        // A year being typed ("12/08/2" is the year 2) is no date yet: the page stays where it is.
        if (const auto day = FromWxDate(event.GetDate()))
            ShowDate(*day);
    });
    day_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { SetMode(Mode::Day); });
    week_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { SetMode(Mode::Week); });
    clinician_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int i = clinician_choice_->GetSelection();
        SetClinician(i > 0 ? std::optional(clinician_ids_.at(static_cast<std::size_t>(i - 1))) : std::nullopt);
    });
    clock_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        grid_->SetNow(CurrentMinute());
        // Changes made on other workstations show within a minute, unless the clinician is mid-drag.
        if (IsShownOnScreen() && !grid_->Dragging() && session_.clinic())
            Load(true);
    });
    clock_.Start(clock_ms);
    day_->SetValue(true);
}

template <class Action>
bool CalendarPage::Reading(bool quiet, Action&& action)
{
    if (!quiet)
        return ShowingErrors(this, std::forward<Action>(action));
    try {
        std::forward<Action>(action)();
        return true;
    } catch (const Error&) {
        return false; // what is shown stays; the next try tells
    }
}

void CalendarPage::FillClinicians(bool quiet)
{
    // Read at each reload: a clinician added or made inactive (here or elsewhere) shows at once.
    std::vector<Clinician> clinicians;
    if (session_.clinic() && !Reading(quiet, [&] { clinicians = ClinicianDirectory(*session_.clinic()).list(true); }))
        return;
    std::map<std::int64_t, std::string> names;
    std::vector<std::int64_t> active;
    for (const auto& c : clinicians) {
        names[c.id] = c.name;
        if (c.active)
            active.push_back(c.id);
    }
    if (clinicians_of_ == session_.generation() && names == clinician_names_ && active == clinician_ids_)
        return;
    clinicians_of_ = session_.generation();
    clinician_names_ = std::move(names);
    clinician_ids_ = std::move(active);
    clinician_choice_->Clear();
    clinician_choice_->Append(_("All clinicians"));
    for (const auto id : clinician_ids_)
        clinician_choice_->Append(to_wx(clinician_names_[id]));
    if (clinician_ && std::find(clinician_ids_.begin(), clinician_ids_.end(), *clinician_) == clinician_ids_.end())
        clinician_.reset(); // not one who works here now
}

std::string CalendarPage::ClinicianName(std::int64_t id) const
{
    const auto it = clinician_names_.find(id);
    return it != clinician_names_.end() ? it->second
                                        : from_wx(wxString::Format(_("clinician %lld"), static_cast<long long>(id)));
}

void CalendarPage::Reload()
{
    Load(false);
}

void CalendarPage::Load(bool quiet)
{
    FillClinicians(quiet);
    ShowChoices();
    auto* clinic = session_.clinic();
    if (!clinic) {
        CalendarContent content;
        content.today = date_;
        grid_->ShowContent(std::move(content));
        heading_->SetLabelText(wxString());
        count_->SetLabelText(wxString());
        return;
    }
    std::vector<DiaryEntry> entries; // each with its patient's name, read in the same query
    DiarySettings settings;
    if (!Reading(quiet, [&] {
            Appointments diary(*clinic, session_.actor());
            settings = diary.settings();
            entries = diary.diary(date_, mode_ == Mode::Week ? DiarySpan::Week : DiarySpan::Day, clinician_);
        })) {
        count_->SetLabelText(_("Could not read the appointments again"));
        return;
    }
    const auto names = PatientNames(entries);
    std::vector<Appointment> appointments;
    appointments.reserve(entries.size());
    for (auto& e : entries)
        appointments.push_back(std::move(e.appointment));
    const CalendarPeriod period{date_, mode_ == Mode::Week, clinician_, clinician_ids_};
    ShowView(build_calendar_view(period, settings.hours, std::move(appointments), names));
}

void CalendarPage::ShowChoices()
{
    int chosen = 0;
    for (std::size_t i = 0; i < clinician_ids_.size(); ++i)
        if (clinician_ && clinician_ids_[i] == *clinician_)
            chosen = static_cast<int>(i + 1);
    clinician_choice_->SetSelection(chosen);
    date_picker_->SetValue(ToWxDate(date_));
    day_->SetValue(mode_ == Mode::Day);
    week_->SetValue(mode_ == Mode::Week);
    grid_->AllowMoves(session_.has_clinician());
}

void CalendarPage::ShowView(CalendarView view)
{
    CalendarContent content;
    content.today = session_.clinic()->today();
    content.columns = view.columns;
    for (const auto& b : view.blocks)
        content.texts.push_back(
            CalendarBlockText{to_wx(b.start), to_wx(b.time), to_wx(b.patient), to_wx(b.detail), to_wx(b.status)});
    for (std::size_t c = 0; c < view.columns.size(); ++c) {
        const auto& column = view.columns[c];
        const int n = view.held_in_column[c];
        if (mode_ == Mode::Week) {
            content.titles.push_back(ShortDay(column.date, content.today));
        } else {
            const auto id = column.clinician.value_or(0);
            wxString title = to_wx(ClinicianName(id));
            if (session_.actor().clinician_id == id)
                title += " " + _("(you)");
            content.titles.push_back(title);
        }
        wxString sub = n ? wxString::Format(wxPLURAL("%d booked", "%d booked", n), n) : wxString();
        if (!column.hours)
            sub = n ? wxString::Format(_("Closed, %s"), sub) : _("Closed");
        content.subtitles.push_back(sub);
    }
    content.appointments = view.appointments;
    grid_->ShowContent(std::move(content));
    grid_->SetNow(CurrentMinute());

    ShowPeriod();
    wxString count = view.held == 0
                         ? _("Nothing booked")
                         : wxString::Format(wxPLURAL("%d appointment", "%d appointments", view.held), view.held);
    if (view.not_held)
        count += wxString::Format(wxPLURAL(", %d cancelled or missed", ", %d cancelled or missed", view.not_held),
                                  view.not_held);
    count_->SetLabelText(count);
    if (!scrolled_) {
        scrolled_ = true;
        grid_->ScrollToMinute(first_minute_shown(view, CurrentMinute()));
    }
    Layout();
}

void CalendarPage::ShowPeriod()
{
    const Date today = session_.clinic() ? session_.clinic()->today() : date_;
    wxString heading;
    if (mode_ == Mode::Day) {
        heading = LongDate(date_);
        if (date_ == today)
            heading += " " + en_dash + " " + _("today");
    } else {
        const auto dates = ShownDates();
        const Date first = dates.front(), last = dates.back();
        // "30 Nov – 6 Dec 2026": the weekdays are in the column titles.
        const auto day_month = [](const Date& d) {
            return wxString::Format("%d %s", static_cast<int>(d.day()), MonthName(d, wxDateTime::Name_Abbr));
        };
        heading = day_month(first) + " " + en_dash + " " + day_month(last) + " " +
                  wxString::Format("%d", static_cast<int>(last.year()));
        if (first <= today && today <= last)
            heading += " " + en_dash + " " + _("this week");
    }
    heading_->SetLabelText(heading);
}

std::vector<Date> CalendarPage::ShownDates() const
{
    std::vector<Date> dates;
    for (const auto& c : grid_->Content().columns)
        if (std::find(dates.begin(), dates.end(), c.date) == dates.end())
            dates.push_back(c.date);
    if (dates.empty())
        dates.push_back(date_);
    return dates;
}

std::optional<int> CalendarPage::CurrentMinute() const
{
    if (!session_.clinic())
        return std::nullopt;
    const Date today = session_.clinic()->today();
    const auto dates = ShownDates();
    if (std::find(dates.begin(), dates.end(), today) == dates.end())
        return std::nullopt;
    const auto now = wxDateTime::Now();
    return now.GetHour() * 60 + now.GetMinute();
}

bool CalendarPage::ShowToday()
{
    date_ = session_.clinic() ? session_.clinic()->today() : date_;
    mode_ = Mode::Day;
    FillClinicians(false);
    clinician_ = session_.actor().clinician_id;
    scrolled_ = false;
    Reload();
    return session_.has_clinician() && !Shown().empty();
}

void CalendarPage::ShowDate(const Date& day)
{
    if (day != date_)
        scrolled_ = false;
    date_ = day;
    Reload();
}

void CalendarPage::SetMode(Mode mode)
{
    if (mode != mode_)
        scrolled_ = false;
    mode_ = mode;
    Reload();
}

void CalendarPage::SetClinician(std::optional<std::int64_t> clinician_id)
{
    clinician_ = clinician_id;
    Reload();
}

void CalendarPage::Step(int periods)
{
    ShowDate(date_ + days(periods * (mode_ == Mode::Week ? 7 : 1)));
}

void CalendarPage::FocusGrid()
{
    grid_->SetFocus();
}

bool CalendarPage::OnKey(const wxKeyEvent& event)
{
    if (event.GetModifiers() != wxMOD_NONE)
        return false;
    switch (event.GetKeyCode()) {
    case WXK_LEFT:
    case WXK_NUMPAD_LEFT:
        Step(-1);
        return true;
    case WXK_RIGHT:
    case WXK_NUMPAD_RIGHT:
        Step(1);
        return true;
    case 'T':
    case 't':
    case WXK_HOME:
    case WXK_NUMPAD_HOME:
        ShowDate(session_.clinic() ? session_.clinic()->today() : date_);
        return true;
    case 'D':
    case 'd':
        SetMode(Mode::Day);
        return true;
    case 'W':
    case 'w':
        SetMode(Mode::Week);
        return true;
    case WXK_DELETE:
    case WXK_NUMPAD_DELETE:
        if (const auto* a = grid_->Selected(); a && a->can_be_changed()) {
            const Appointment copy = *a;
            SetStatus(copy, AppointmentStatus::Cancelled);
        }
        return true;
    default:
        return false;
    }
}

void CalendarPage::Changed(std::optional<std::int64_t> select)
{
    Reload();
    if (select)
        grid_->Select(select);
    grid_->ScrollToSelection();
    if (changed_)
        changed_();
}

void CalendarPage::Open(const Appointment& a)
{
    if (!session_.clinic())
        return;
    std::optional<Booking> saved;
    if (!ShowingErrors(this, [&] { saved = EditAppointment(this, session_, a.id); }))
        Reload(); // it may be gone, or changed: show it as it is
    else if (saved)
        Changed(a.id);
}

void CalendarPage::Book(const CalendarColumn& column, TimeOfDay at)
{
    if (!session_.clinic())
        return;
    if (!session_.has_clinician()) {
        wxMessageBox(_("Booking needs the clinician who makes it: choose who is working with File > Change clinician."),
                     _("Book appointment"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    AppointmentForm preset;
    preset.date = to_iso(column.date);
    preset.time = to_iso(at);
    if (const auto whose = column.clinician ? column.clinician : clinician_)
        preset.clinician = std::to_string(*whose);
    std::optional<Booking> booked;
    if (ShowingErrors(this, [&] { booked = BookAppointment(this, session_, std::nullopt, preset); }) && booked &&
        !booked->appointments.empty()) {
        // The week of the first booking shows it, where the day might not.
        Changed(booked->appointments.front().id);
    }
}

void CalendarPage::Move(const Appointment& a, const CalendarColumn& to, TimeOfDay at)
{
    const auto outcome = MoveAppointment(this, session_, a, to.date, at, to.clinician, [this] { Reload(); });
    if (outcome == MoveOutcome::Moved || outcome == MoveOutcome::Undone)
        Changed(a.id);
    else if (outcome != MoveOutcome::Stale)
        Reload();
}

void CalendarPage::SetStatus(const Appointment& a, AppointmentStatus status)
{
    bool changed = false;
    if (!ShowingErrors(this, [&] { changed = ChangeAppointmentStatus(this, session_, a.id, status); }))
        Reload();
    else if (changed)
        Changed(a.id);
}

void CalendarPage::WriteNote(const Appointment& a)
{
    ShowingErrors(this, [&] { WriteNoteFromAppointment(this, session_, a.id); });
    Changed(a.id);
}

bool CalendarPage::ExportWeek(const std::filesystem::path& file)
{
    auto* clinic = session_.clinic();
    const auto clinician = clinician_ ? clinician_ : session_.actor().clinician_id;
    if (!clinic)
        return false;
    if (!clinician) {
        wxMessageBox(_("Choose the clinician whose week to export first."), _("Export week"), wxOK | wxICON_INFORMATION,
                     this);
        return false;
    }
    const auto monday = monday_of(date_);
    auto path = file;
    if (path.empty()) {
        wxFileDialog ask(this, _("Export the week as a calendar file"), wxEmptyString,
                         to_wx(fmt::format("week-{}.ics", to_iso(monday))), _("Calendar files (*.ics)|*.ics"),
                         wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (ask.ShowModal() != wxID_OK)
            return false;
        path = from_wx(ask.GetPath());
    }
    // Without patient names: a phone's calendar is no place for them. The Save dialog (or the
    // caller naming the file) agreed to replace a file already there.
    return ShowingErrors(this, [&] {
        Appointments(*clinic, Actor::nobody()).export_week(*clinician, monday, false, path, ExistingFile::Replace);
    });
}

void CalendarPage::ShowMenu(const Appointment* a, std::optional<CalendarSlot> slot, wxPoint at)
{
    const bool can_change = session_.has_clinician();
    const Date today = session_.clinic() ? session_.clinic()->today() : date_;
    enum { OPEN_RECORD = 1, EDIT, ATTENDED, MISSED, CANCEL, NOTE, BOOK };
    wxMenu menu;
    std::optional<Appointment> copy;
    if (a) {
        copy = *a;
        const bool booked = a->can_be_changed();
        const bool noted = a->session_note_id.has_value();
        menu.Append(OPEN_RECORD, _("&Open patient record"));
        menu.Append(EDIT, _("&Edit/Move..."))->Enable(can_change && booked);
        menu.AppendSeparator();
        menu.Append(ATTENDED, _("Mark &attended"))
            ->Enable(can_change && !noted && a->status != AppointmentStatus::Attended && a->date <= today &&
                     a->status != AppointmentStatus::Cancelled);
        menu.Append(MISSED, _("&Did not attend"))
            ->Enable(can_change && !noted && a->status != AppointmentStatus::DidNotAttend && a->date <= today &&
                     a->status != AppointmentStatus::Cancelled);
        menu.Append(CANCEL, _("&Cancel..."))->Enable(can_change && booked);
        menu.AppendSeparator();
        menu.Append(NOTE, _("&Write session note..."))
            ->Enable(can_change && !noted && a->status != AppointmentStatus::Cancelled);
    } else if (slot) {
        const auto& column = grid_->Geometry().columns().at(slot->column);
        menu.Append(BOOK, wxString::Format(_("&Book appointment at %s, %s..."), ShortDay(column.date, today),
                                           to_wx(to_iso(TimeOfDay{slot->minute}))))
            ->Enable(can_change);
    }
    const int chosen = grid_->GetPopupMenuSelectionFromUser(menu, at);
    switch (chosen) {
    case OPEN_RECORD:
        if (open_record_)
            open_record_(copy->patient_id);
        break;
    case EDIT:
        Open(*copy);
        break;
    case ATTENDED:
        SetStatus(*copy, AppointmentStatus::Attended);
        break;
    case MISSED:
        SetStatus(*copy, AppointmentStatus::DidNotAttend);
        break;
    case CANCEL:
        SetStatus(*copy, AppointmentStatus::Cancelled);
        break;
    case NOTE:
        WriteNote(*copy);
        break;
    case BOOK:
        Book(grid_->Geometry().columns().at(slot->column), TimeOfDay{slot->minute});
        break;
    default:
        break;
    }
}

} // namespace fc::ui
