#include "ui/appointments_tab.h"

#include "services/appointments.h"
#include "ui/appointment_dialogs.h"
#include "ui/appointment_text.h"
#include "ui/error_messages.h"
#include "ui/list_columns.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <tuple>
#include <utility>

namespace fc::ui {

namespace {

constexpr int adherence_weeks = 8;
constexpr int upcoming_rows_shown = 3; // at most, before the list scrolls: the past takes the rest
constexpr int adherence_rows = 6;      // booked, attended, missed, cancelled, home sessions, target

enum MenuId { ID_EDIT = wxID_HIGHEST + 1, ID_ATTENDED, ID_DNA, ID_CANCEL, ID_NOTE };

// What matters most comes first (the record pane is narrow): when, and what became of it.
void AddAppointmentColumns(wxDataViewListCtrl* list)
{
    AddSizedColumn(list, _("Date"), {"Wed 0000-00-00"});
    AddSizedColumn(list, _("Time"), {"00:00"});
    AddSizedColumn(list, _("Status"), {_("Did not attend"), _("Cancelled: patient unwell")});
    AddSizedColumn(list, _("Type"), {_("Initial assessment")});
    AddSizedColumn(list, _("Duration"), {"480 min"});
    AddSizedColumn(list, _("Clinician"), {"Robin Sample-Smith"});
    AddSizedColumn(list, _("Room"), {"Room 2"});
    AddSizedColumn(list, _("Session note"), {_("Written")});
    AddSizedColumn(list, _("Booking note"), {}, true);
}

// The height of a list showing `rows` rows under its header.
int ListHeight(wxWindow* list, int rows)
{
    return list->GetCharHeight() + list->FromDIP(14) + rows * (list->GetCharHeight() + list->FromDIP(9));
}

} // namespace

AppointmentsTab::AppointmentsTab(wxWindow* parent)
{
    wxXmlResource::Get()->LoadPanel(this, parent, "appointments_tab");
    upcoming_list_ = XRCCTRL(*this, "upcoming", wxDataViewListCtrl);
    past_list_ = XRCCTRL(*this, "past", wxDataViewListCtrl);
    adherence_list_ = XRCCTRL(*this, "adherence", wxDataViewListCtrl);
    upcoming_list_->SetName("upcoming");
    past_list_->SetName("past");
    adherence_list_->SetName("adherence");
    for (const char* hint : {"upcoming_none", "past_none", "count", "adherence_summary"})
        FindWindow(hint)->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    AddAppointmentColumns(upcoming_list_);
    AddAppointmentColumns(past_list_);
    // The weeks across (their columns are made when shown), what was done in each down.
    // Narrower than their columns when the pane is (they scroll): never wider than the pane.
    past_list_->SetMinSize(wxSize(FromDIP(160), ListHeight(past_list_, 2)));
    adherence_list_->SetMinSize(wxSize(FromDIP(160), ListHeight(adherence_list_, 2)));
    auto* split = XRCCTRL(*this, "split", wxSplitterWindow);
    split->SetMinimumPaneSize(FromDIP(80));
    // Shown once the divider is placed: laid out in the notebook's first, tiny size, GTK would
    // give the lists' scroll bars less than nothing.
    split->Hide();
    // Never squeezed below its two panes' headings and a row of each list.
    split->SetMinSize(wxSize(-1, FromDIP(240)));
    // Once it has its height and the appointments: the divider is placed (PlaceDivider).
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { PlaceDivider(); });
    });

    for (auto* list : {upcoming_list_, past_list_}) {
        list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this, list](wxDataViewEvent&) {
            // One selection between the two lists: the commands act on it.
            auto* other = list == upcoming_list_ ? past_list_ : upcoming_list_;
            if (list->GetSelectedRow() != wxNOT_FOUND && other->GetSelectedRow() != wxNOT_FOUND)
                other->UnselectAll();
            Enable();
        });
        list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { Edit(); });
        list->Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU, &AppointmentsTab::ShowMenu, this);
    }
    // Snug buttons (wxBU_EXACTFIT) with a little room each, so that the six fit on one row of
    // the record's pane.
    for (const char* name : {"book_appointment", "edit_appointment", "mark_attended", "mark_dna",
                             "cancel_appointment", "write_note"}) {
        auto* button = FindWindow(name);
        button->SetMinSize(wxSize(button->GetBestSize().x + FromDIP(14), -1));
    }
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Book(); }, XRCID("book_appointment"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Edit(); }, XRCID("edit_appointment"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { SetStatus(AppointmentStatus::Attended); }, XRCID("mark_attended"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { SetStatus(AppointmentStatus::DidNotAttend); }, XRCID("mark_dna"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { SetStatus(AppointmentStatus::Cancelled); },
         XRCID("cancel_appointment"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { WriteNote(); }, XRCID("write_note"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Edit(); }, ID_EDIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { SetStatus(AppointmentStatus::Attended); }, ID_ATTENDED);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { SetStatus(AppointmentStatus::DidNotAttend); }, ID_DNA);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { SetStatus(AppointmentStatus::Cancelled); }, ID_CANCEL);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { WriteNote(); }, ID_NOTE);
}

wxString AppointmentsTab::Title() const
{
    return _("Appointments");
}

void AppointmentsTab::ShowRecord(const RecordView& view)
{
    const bool same_patient = view_ && view_->record.patient.id == view.record.patient.id;
    std::optional<std::int64_t> keep = std::exchange(select_after_reload_, std::nullopt);
    if (!keep && same_patient)
        if (const auto* a = Selected())
            keep = a->id;
    view_.reset();
    view_.emplace(view);
    Load(keep);
}

void AppointmentsTab::Load(std::optional<std::int64_t> select)
{
    upcoming_.clear();
    past_.clear();
    std::vector<Appointment> all;
    if (view_ && view_->clinic)
        ShowingErrors(this, [&] {
            all = Appointments(*view_->clinic, view_->actor).for_patient(view_->record.patient.id);
        });
    const Date today = view_ ? view_->today : Date(boost::gregorian::day_clock::local_day());
    for (const auto& a : all)
        (a.date >= today ? upcoming_ : past_).push_back(a);
    std::sort(upcoming_.begin(), upcoming_.end(), earlier);
    std::sort(past_.begin(), past_.end(), [](const Appointment& a, const Appointment& b) { return earlier(b, a); });

    const auto rows = [&](const std::vector<Appointment>& list, bool past) {
        std::vector<ListRow> out;
        for (const auto& a : list) {
            wxString status = StatusText(a);
            if (past && a.status == AppointmentStatus::Booked)
                status << L" \u2014 " << _("not recorded yet");
            wxString note = to_wx(a.note);
            note.Replace("\n", " ");
            out.push_back({WeekdayName(weekday_of(a.date)) + " " + to_wx(to_iso(a.date)), to_wx(to_iso(a.start)),
                           status, wxGetTranslation(to_wx(label(a.type))),
                           wxString::Format(_("%d min"), a.duration_min),
                           view_ && view_->clinician_name ? to_wx(view_->clinician_name(a.clinician_id)) : wxString(),
                           to_wx(a.room), a.session_note_id ? _("Written") : wxString(), note});
        }
        return out;
    };
    ShowListRows(upcoming_list_, rows(upcoming_, false));
    ShowListRows(past_list_, rows(past_, true));
    const int upcoming_rows = std::clamp(static_cast<int>(upcoming_.size()), 2, upcoming_rows_shown);
    upcoming_list_->SetMinSize(wxSize(FromDIP(160), ListHeight(upcoming_list_, upcoming_rows)));
    upcoming_list_->Show(!upcoming_.empty());
    past_list_->Show(!past_.empty());
    auto* none = XRCCTRL(*this, "upcoming_none", wxStaticText);
    none->SetLabelText(_("Nothing booked. Book... makes an appointment, once or weekly."));
    none->Show(upcoming_.empty());
    auto* no_past = XRCCTRL(*this, "past_none", wxStaticText);
    no_past->SetLabelText(_("No past appointments."));
    no_past->Show(past_.empty());
    const auto booked = std::count_if(upcoming_.begin(), upcoming_.end(),
                                      [](const Appointment& a) { return a.status == AppointmentStatus::Booked; });
    XRCCTRL(*this, "count", wxStaticText)
        ->SetLabelText(all.empty() ? wxString()
                                   : wxString::Format(wxPLURAL("%zu appointment in all, %zu booked ahead",
                                                               "%zu appointments in all, %zu booked ahead", all.size()),
                                                      all.size(), static_cast<std::size_t>(booked)));
    LoadAdherence();
    if (!select || !Select(*select)) {
        upcoming_list_->UnselectAll();
        past_list_->UnselectAll();
    }
    Enable();
    FindWindow("appointments_pane")->Layout();
    FindWindow("adherence_pane")->Layout();
    Layout();
    PlaceDivider();
}

void AppointmentsTab::PlaceDivider()
{
    if (!view_ || GetClientSize().y < FromDIP(300))
        return;
    auto* split = XRCCTRL(*this, "split", wxSplitterWindow);
    if (!divider_placed_) {
        split->Show();
        Layout();
    }
    const int height = split->GetClientSize().y;
    if (!divider_placed_ && height < FromDIP(240)) { // a passing size while the window is made
        split->Hide();
        return;
    }
    const int appointments = FindWindow("appointments_pane")->GetSizer()->GetMinSize().y;
    const int most = height - FromDIP(80); // the adherence pane keeps its heading and a row
    if (!divider_placed_) {
        divider_placed_ = true;
        // The appointments first, then as much of the adherence table as is left, all of it when
        // there is room; the clinician moves the divider from there.
        const int table = ListHeight(adherence_list_, adherence_rows) + FromDIP(40) +
                          FindWindow("adherence_heading")->GetBestSize().y;
        split->SetSashPosition(std::clamp(std::max(appointments, height - table), height / 3, most));
    } else if (split->GetSashPosition() < appointments && split->GetSashPosition() < most) {
        split->SetSashPosition(std::min(appointments, most)); // more appointments than room for them
    }
}

void AppointmentsTab::LoadAdherence()
{
    weeks_.clear();
    wxString summary;
    if (view_ && view_->clinic) {
        const Date to = view_->today;
        const Date from = monday_of(to) - boost::gregorian::days(7 * (adherence_weeks - 1));
        ShowingErrors(this, [&] {
            const auto adherence =
                Appointments(*view_->clinic, view_->actor).adherence(view_->record.patient.id, from, to);
            weeks_ = adherence.weeks;
            if (adherence.percent)
                summary = wxString::Format(_("%.0f%% of the target (%d of %d sessions)"), *adherence.percent,
                                           adherence.sessions_counted, adherence.sessions_target);
            else
                summary = _("No dilator target in these weeks");
        });
    }
    // A column a week, oldest first as on a chart, headed by its Monday.
    adherence_list_->DeleteAllItems();
    // The columns are made again only for other weeks (a new day, another clinic's today).
    const auto first = weeks_.empty() ? std::optional<Date>() : std::optional<Date>(weeks_.front().monday);
    if (first != columns_from_ || adherence_list_->GetColumnCount() != weeks_.size() + 1) {
        columns_from_ = first;
        adherence_list_->ClearColumns();
        // Narrow columns, so that the eight weeks fit beside each other in the record's pane.
        const wxFont bold = adherence_list_->GetFont().Bold();
        const auto add = [&](const wxString& title, const wxString& widest) {
            int width = 0;
            adherence_list_->GetTextExtent(title, &width, nullptr, nullptr, nullptr, &bold);
            width = std::max(width, adherence_list_->GetTextExtent(widest).x) + adherence_list_->FromDIP(12);
            adherence_list_->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, width, wxALIGN_LEFT, 0);
        };
        add(wxString(), _("Home sessions"));
        // "12 Oct 19 26 02 Nov 09": the month only where it changes, as on a calendar.
        for (std::size_t i = 0; i < weeks_.size(); ++i) {
            const auto& monday = weeks_[i].monday;
            const bool new_month = i == 0 || weeks_[i - 1].monday.month() != monday.month();
            add(new_month ? ShortDay(monday, monday).AfterFirst(' ')
                          : wxString::Format("%02d", static_cast<int>(monday.day())),
                "00");
        }
    }
    const auto row = [&](const wxString& title, auto cell) {
        ListRow r{title};
        for (const auto& w : weeks_)
            r.push_back(cell(w));
        return r;
    };
    const auto count = [](int n) { return wxString::Format("%d", n); };
    ShowListRows(adherence_list_,
                 {row(_("Booked"), [&](const WeekAdherence& w) { return count(w.booked); }),
                  row(_("Attended"), [&](const WeekAdherence& w) { return count(w.attended); }),
                  row(_("Missed"), [&](const WeekAdherence& w) { return count(w.missed); }),
                  row(_("Cancelled"), [&](const WeekAdherence& w) { return count(w.cancelled); }),
                  row(_("Home sessions"), [&](const WeekAdherence& w) { return count(w.home_sessions); }),
                  row(_("Target"), [&](const WeekAdherence& w) {
                      return w.target ? count(*w.target) : wxString(L"\u2014");
                  })});
    XRCCTRL(*this, "adherence_summary", wxStaticText)->SetLabelText(summary);
}

const Appointment* AppointmentsTab::Selected() const
{
    const auto at = [](wxDataViewListCtrl* list, const std::vector<Appointment>& items) -> const Appointment* {
        const int row = list->GetSelectedRow();
        if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= items.size())
            return nullptr;
        return &items[static_cast<std::size_t>(row)];
    };
    if (const auto* a = at(upcoming_list_, upcoming_))
        return a;
    return at(past_list_, past_);
}

bool AppointmentsTab::Select(std::int64_t id)
{
    for (auto [list, items, other] : {std::tuple(upcoming_list_, &upcoming_, past_list_),
                                      std::tuple(past_list_, &past_, upcoming_list_)})
        for (std::size_t i = 0; i < items->size(); ++i)
            if ((*items)[i].id == id) {
                other->UnselectAll();
                list->SelectRow(static_cast<unsigned>(i));
                list->EnsureVisible(list->RowToItem(static_cast<int>(i)));
                Enable();
                return true;
            }
    return false;
}

void AppointmentsTab::Enable()
{
    const bool can_change = view_ && view_->can_change() && !view_->record.patient.archived;
    const auto* a = Selected();
    const bool booked = can_change && a && a->can_be_changed();
    FindWindow("book_appointment")->Enable(can_change);
    FindWindow("edit_appointment")->Enable(booked);
    FindWindow("mark_attended")->Enable(booked);
    FindWindow("mark_dna")->Enable(booked);
    FindWindow("cancel_appointment")->Enable(booked);
    // A note is written on the day or after it, once per appointment.
    const bool note = can_change && a && !a->session_note_id && a->status != AppointmentStatus::Cancelled &&
                      a->date <= view_->today;
    FindWindow("write_note")->Enable(note);
}

void AppointmentsTab::Book()
{
    if (!view_ || !view_->can_change())
        return;
    std::optional<Booking> booked;
    if (!ShowingErrors(this, [&] {
            booked = BookAppointment(this, *view_->clinic, view_->actor, view_->record.patient.id, AppointmentForm{});
        }) ||
        !booked || booked->appointments.empty())
        return;
    Changed(booked->appointments.front().id);
}

void AppointmentsTab::Edit()
{
    const auto* a = Selected();
    if (!a || !view_ || !view_->can_change() || !a->can_be_changed())
        return;
    const auto id = a->id;
    std::optional<Booking> edited;
    ShowingErrors(this, [&] { edited = EditAppointment(this, *view_->clinic, view_->actor, id); });
    if (edited)
        Changed(id);
    else
        Load(id); // changed elsewhere meanwhile, perhaps: shown as it is
}

void AppointmentsTab::SetStatus(AppointmentStatus to)
{
    const auto* a = Selected();
    if (!a || !view_ || !view_->can_change())
        return;
    const auto id = a->id;
    bool changed = false;
    ShowingErrors(this, [&] { changed = ChangeAppointmentStatus(this, *view_->clinic, view_->actor, id, to); });
    if (changed)
        Changed(id);
}

void AppointmentsTab::WriteNote()
{
    const auto* a = Selected();
    if (!a || !view_ || !view_->can_change())
        return;
    const auto id = a->id;
    select_after_reload_ = id; // the record is read again once the note is saved
    ShowingErrors(this, [&] { WriteNoteFromAppointment(this, *view_->clinic, view_->actor, id); });
}

void AppointmentsTab::ShowMenu(wxDataViewEvent& event)
{
    auto* list = dynamic_cast<wxDataViewListCtrl*>(event.GetEventObject());
    if (list && event.GetItem().IsOk())
        list->Select(event.GetItem()); // the row under the pointer, as a click would
    if (list == upcoming_list_ && past_list_->GetSelectedRow() != wxNOT_FOUND)
        past_list_->UnselectAll();
    if (list == past_list_ && upcoming_list_->GetSelectedRow() != wxNOT_FOUND)
        upcoming_list_->UnselectAll();
    Enable();
    if (!Selected())
        return;
    wxMenu menu;
    menu.Append(ID_EDIT, _("&Edit/Move..."));
    menu.Append(ID_ATTENDED, _("&Attended"));
    menu.Append(ID_DNA, _("&Did not attend..."));
    menu.Append(ID_CANCEL, _("&Cancel..."));
    menu.AppendSeparator();
    menu.Append(ID_NOTE, _("&Write note..."));
    menu.Enable(ID_EDIT, FindWindow("edit_appointment")->IsEnabled());
    menu.Enable(ID_ATTENDED, FindWindow("mark_attended")->IsEnabled());
    menu.Enable(ID_DNA, FindWindow("mark_dna")->IsEnabled());
    menu.Enable(ID_CANCEL, FindWindow("cancel_appointment")->IsEnabled());
    menu.Enable(ID_NOTE, FindWindow("write_note")->IsEnabled());
    PopupMenu(&menu);
}

void AppointmentsTab::Changed(std::optional<std::int64_t> select)
{
    select_after_reload_ = select;
    Load(select); // at once, and again when the record is read again
    if (view_ && view_->changed)
        view_->changed();
}

} // namespace fc::ui
