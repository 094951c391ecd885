#include "ui/patient_list_panel.h"

#include "services/clinic.h"
#include "ui/appointment_text.h"
#include "ui/patient_finder.h"
#include "ui/patient_list_model.h"
#include "ui/timings.h"
#include "ui/wx_text.h"

#include <wx/checkbox.h>
#include <wx/dataview.h>
#include <wx/settings.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <cstdio>

namespace fc::ui {

namespace {

// Room around a cell's text, so that the fixed widths below never clip it.
constexpr int cell_padding = 16; // DIP

} // namespace

PatientListPanel::PatientListPanel(wxWindow* parent)
{
    wxXmlResource::Get()->LoadPanel(this, parent, "patient_list");
    search_ = XRCCTRL(*this, "search", wxSearchCtrl);
    show_archived_ = XRCCTRL(*this, "show_archived", wxCheckBox);
    count_ = XRCCTRL(*this, "count", wxStaticText);
    list_ = XRCCTRL(*this, "patients", wxDataViewCtrl);
    search_->ShowCancelButton(true);
    count_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    const int marker = FromDIP(16);
    model_ = new PatientListModel(wxSize(marker, marker));
    list_->AssociateModel(model_);
    model_->DecRef(); // the list holds it now
    AddColumns();

    finder_ = std::make_unique<PatientFinder>([this](std::vector<PatientListEntry> rows, bool complete) {
        const auto start = timings::Clock::now();
        Show(std::move(rows), complete);
        if (complete && timings::Enabled())
            timings::NoteWhenIdle(this, "list shows all " + std::to_string(RowCount()) + " rows", start);
    });

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        const auto start = timings::Clock::now();
        FindAgain();
        if (timings::Enabled()) {
            char listed[160];
            std::snprintf(listed, sizeof listed, "search '%s': %zu rows%s listed in %.2f ms; idle again after",
                          from_wx(search_->GetValue()).c_str(), RowCount(), Complete() ? "" : " (first page)",
                          timings::MsSince(start));
            timings::NoteWhenIdle(this, listed, start);
        }
    });
    search_->Bind(wxEVT_SEARCH, [this](wxCommandEvent&) { FocusList(); }); // Enter: on to the list
    search_->Bind(wxEVT_KEY_DOWN, &PatientListPanel::OnSearchKey, this);
    show_archived_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { FindAgain(); });

    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        if (filling_)
            return;
        const auto item = list_->GetSelection();
        if (!item.IsOk())
            return; // the record shown stays until another patient is chosen
        const auto id = model_->at(model_->GetRow(item)).id;
        if (selected_ == id)
            return;
        selected_ = id;
        if (on_select_)
            on_select_(id);
    });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& event) {
        if (!event.GetItem().IsOk())
            return;
        const auto id = model_->at(model_->GetRow(event.GetItem())).id;
        selected_ = id;
        if (on_activate_)
            on_activate_(id);
    });
    // Typing in the list goes to the search box, rather than to GTK's own find-as-you-type
    // (which would also take Ctrl+F, the main window's Find, and drop the selection).
    list_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (event.GetModifiers() == wxMOD_CONTROL && event.GetKeyCode() == 'F')
            FocusSearch();
        else
            event.Skip();
    });
    list_->Bind(wxEVT_CHAR, [this](wxKeyEvent& event) {
        const auto typed = event.GetUnicodeKey();
        if (typed == WXK_NONE || typed < ' ' || event.HasModifiers()) { // Shift is fine: capitals
            event.Skip();
            return;
        }
        search_->SetFocus();
        search_->AppendText(wxString(typed));
    });
    list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        FitNameColumn();
    });
    ShowCount(true);
}

PatientListPanel::~PatientListPanel() = default;

void PatientListPanel::AddColumns()
{
    // Every column has a fixed width: only then does GTK skip measuring each row, which keeps the
    // list virtual. The widths come from the font, so larger fonts get wider columns.
    auto width = [this](std::initializer_list<wxString> samples) {
        int widest = 0;
        for (const auto& s : samples)
            widest = std::max(widest, list_->GetTextExtent(s).x);
        return widest + list_->FromDIP(cell_padding);
    };
    const int marker = list_->FromDIP(16) + list_->FromDIP(cell_padding) / 2;
    const int born = width({_("Born"), "0000-00-00"});
    const int age = width({_("Age"), "000"});
    const int mrn = width({_("MRN"), "FC000000"});
    // The longest next appointment is one of another year: "Wed 29 Sep 2027 09:30".
    const int next =
        width({_("Next appointment"), ShortWhen(Date(2027, 9, 29), TimeOfDay::at(9, 30), Date(2026, 1, 1))});
    fixed_columns_width_ = 2 * marker + born + age + mrn + next;
    list_->AppendBitmapColumn(wxString(), PatientListModel::MARKER, wxDATAVIEW_CELL_INERT, marker, wxALIGN_CENTER,
                              0);
    list_->AppendBitmapColumn(wxString(), PatientListModel::FLAGS, wxDATAVIEW_CELL_INERT, marker, wxALIGN_CENTER, 0);
    auto* name = list_->AppendTextColumn(_("Name"), PatientListModel::NAME, wxDATAVIEW_CELL_INERT,
                                         width({"Name"}) * 4, wxALIGN_LEFT, 0);
    name->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    list_->AppendTextColumn(_("Born"), PatientListModel::BORN, wxDATAVIEW_CELL_INERT, born, wxALIGN_LEFT, 0);
    list_->AppendTextColumn(_("Age"), PatientListModel::AGE, wxDATAVIEW_CELL_INERT, age, wxALIGN_RIGHT, 0);
    auto* mrn_column =
        list_->AppendTextColumn(_("MRN"), PatientListModel::MRN, wxDATAVIEW_CELL_INERT, mrn, wxALIGN_LEFT, 0);
    mrn_column->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END); // MRNs typed by hand may be longer
    list_->AppendTextColumn(_("Next appointment"), PatientListModel::NEXT_APPOINTMENT, wxDATAVIEW_CELL_INERT, next,
                            wxALIGN_LEFT, 0);
    // Room for a name of some twenty characters, whatever the font.
    list_->SetMinSize(wxSize(MinNameWidth() + fixed_columns_width_, -1));
}

int PatientListPanel::MinNameWidth() const
{
    return list_->GetCharWidth() * 20;
}

void PatientListPanel::FitNameColumn()
{
    // The name takes whatever width the other columns leave (GTK reports a column's width only
    // once it is drawn: the fixed widths given are summed here instead).
    // Room is left for a vertical scroll bar, so that no horizontal one is ever needed.
    const int scroll_bar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, list_);
    const int wanted =
        std::max(MinNameWidth(), list_->GetClientSize().x - fixed_columns_width_ - std::max(scroll_bar, 0));
    if (auto* name = list_->GetColumn(PatientListModel::NAME); name->GetWidth() != wanted)
        name->SetWidth(wanted);
}

void PatientListPanel::UseClinic(Clinic* clinic)
{
    clinic_ = clinic;
    finder_->use(clinic);
    selected_.reset();
    FindAgain();
}

void PatientListPanel::FindAgain(std::optional<std::int64_t> select)
{
    if (select)
        selected_ = select;
    // The first step reads twice the rows the list can show (and at least a screenful).
    const int row_height = GetCharHeight() + FromDIP(6);
    finder_->set_first_page(static_cast<std::size_t>(std::max(80, 2 * list_->GetClientSize().y / row_height)));
    finder_->find(PatientQuery{.text = from_wx(search_->GetValue()), .include_archived = ShowsArchived()});
}

void PatientListPanel::ClearSearch(std::optional<std::int64_t> select)
{
    if (select)
        selected_ = select;
    if (search_->GetValue().empty())
        FindAgain();
    else
        search_->SetValue(wxString()); // lists again, through wxEVT_TEXT
}

void PatientListPanel::Show(std::vector<PatientListEntry> rows, bool complete)
{
    filling_ = true;
    list_->Freeze();
    model_->Show(std::move(rows), clinic_ ? clinic_->today() : Date(boost::gregorian::day_clock::local_day()));
    Select(selected_);
    list_->Thaw();
    filling_ = false;
    ShowCount(complete);
}

void PatientListPanel::Select(std::optional<std::int64_t> id)
{
    const auto row = id ? model_->RowOf(*id) : std::nullopt;
    if (!row) {
        list_->UnselectAll();
        return;
    }
    const auto item = model_->GetItem(*row);
    list_->Select(item);
    list_->SetCurrentItem(item);
    list_->EnsureVisible(item);
}

void PatientListPanel::ShowCount(bool complete)
{
    const auto n = model_->size();
    wxString text;
    if (!clinic_)
        text = wxString();
    else if (!complete)
        text = wxString::Format(_("%zu+ patients"), n);
    else if (n == 0)
        text = search_->GetValue().empty() ? _("No patients yet") : _("No patient matches");
    else
        text = wxString::Format(wxPLURAL("%zu patient", "%zu patients", n), n);
    if (count_->GetLabel() != text) {
        count_->SetLabel(text);
        Layout();
    }
}

void PatientListPanel::OnSearchKey(wxKeyEvent& event)
{
    switch (event.GetKeyCode()) {
    case WXK_DOWN:
    case WXK_NUMPAD_DOWN:
        FocusList();
        break;
    case WXK_ESCAPE:
        if (!search_->GetValue().empty())
            search_->SetValue(wxString());
        else
            event.Skip();
        break;
    default:
        event.Skip();
    }
}

void PatientListPanel::FocusSearch()
{
    search_->SetFocus();
    search_->SelectAll();
}

void PatientListPanel::FocusList()
{
    list_->SetFocus();
    if (!list_->HasSelection() && model_->size() > 0) {
        const auto item = model_->GetItem(0);
        list_->Select(item);
        list_->SetCurrentItem(item);
        // A programmatic selection sends no event: say it as the user's choice.
        selected_ = model_->at(0).id;
        if (on_select_)
            on_select_(*selected_);
    }
}

bool PatientListPanel::ShowsArchived() const
{
    return show_archived_->GetValue();
}

void PatientListPanel::ShowArchived(bool show)
{
    if (show_archived_->GetValue() == show)
        return;
    show_archived_->SetValue(show);
    FindAgain();
}

std::optional<std::int64_t> PatientListPanel::Selected() const
{
    return selected_;
}

std::size_t PatientListPanel::RowCount() const
{
    return model_->size();
}

const PatientListEntry& PatientListPanel::Row(unsigned row) const
{
    return model_->at(row);
}

bool PatientListPanel::Complete() const
{
    return finder_->complete();
}

} // namespace fc::ui
