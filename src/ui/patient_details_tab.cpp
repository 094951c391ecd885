#include "ui/patient_details_tab.h"

#include "ui/list_columns.h"
#include "ui/main_commands.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace fc::ui {

namespace {

constexpr int most_rows_shown = 6; // a longer list scrolls within itself
// Wide literals: a narrow one would be converted with the C library locale, not as UTF-8.
wxString NoValue()
{
    return L"\u2014";
}

wxString SexLabel(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return _("Female");
    case Sex::Male:
        return _("Male");
    case Sex::Other:
        return _("Other");
    case Sex::Unknown:
        break;
    }
    return _("Unknown");
}

} // namespace

PatientDetailsTab::PatientDetailsTab(wxWindow* parent)
{
    wxXmlResource::Get()->LoadObject(this, parent, "patient_details", "wxScrolledWindow");
    precautions_ = XRCCTRL(*this, "precautions", wxDataViewListCtrl);
    conditions_ = XRCCTRL(*this, "conditions", wxDataViewListCtrl);
    consents_ = XRCCTRL(*this, "consents", wxDataViewListCtrl);
    notes_ = XRCCTRL(*this, "value_notes", wxStaticText);
    // XRC creates list controls without their names (wxDataViewListCtrl::Create takes none).
    precautions_->SetName("precautions");
    conditions_->SetName("conditions");
    consents_->SetName("consents");
    SetScrollRate(0, FromDIP(12));

    const wxString date = "0000-00-00";
    AddSizedColumn(precautions_, _("Precaution"), {_("Recent anorectal surgery")});
    AddSizedColumn(precautions_, _("Noted"), {date});
    AddSizedColumn(precautions_, _("Cleared"), {date, _("Open")});
    AddSizedColumn(precautions_, _("Cleared by"), {"Dr Ada Quill"});
    AddSizedColumn(precautions_, _("Detail"), {}, true);
    AddSizedColumn(conditions_, _("Code"), {"K59.00"});
    AddSizedColumn(conditions_, _("Onset"), {date});
    AddSizedColumn(conditions_, _("Condition"), {}, true);
    AddSizedColumn(consents_, _("Date"), {date});
    AddSizedColumn(consents_, _("Consent"), {_("Declined")});
    AddSizedColumn(consents_, _("Chaperone"), {_("offered, present"), _("offered, not present"), _("not offered")});
    AddSizedColumn(consents_, _("Recorded by"), {"Ελένη Μαρκοπούλου"});
    AddSizedColumn(consents_, _("Note"), {}, true);

    for (const char* none : {"precautions_none", "conditions_none", "consents_none"})
        FindWindow(none)->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    for (const char* heading : {"personal_heading", "referral_heading", "precautions_heading", "conditions_heading",
                                "consents_heading", "notes_heading"})
        FindWindow(heading)->SetFont(FindWindow(heading)->GetFont().Bold());
    notes_->SetMinSize(wxSize(FromDIP(120), -1)); // wrapped to the tab's width, never widening it

    // The sections' values line up: every label as wide as the widest.
    std::vector<wxWindow*> labels;
    int widest = 0;
    for (const char* field : {"dob", "sex", "pronouns", "phone", "email", "address", "referrer", "referrer-practice",
                              "gp"}) {
        labels.push_back(FindWindow(wxString(field) + "_label"));
        widest = std::max(widest, labels.back()->GetBestSize().x);
    }
    for (auto* label : labels)
        label->SetMinSize(wxSize(widest, -1));

    // Clear precaution names the precaution selected here (0: the dialog asks which).
    FindWindow(CommandId(Command::ClearPrecaution))->Bind(wxEVT_BUTTON, [this](wxCommandEvent& event) {
        event.SetExtraLong(static_cast<long>(SelectedPrecaution().value_or(0)));
        event.Skip(); // on to the main window, which runs the command
    });
    precautions_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (const auto id = SelectedPrecaution()) {
            wxCommandEvent clear(wxEVT_MENU, CommandId(Command::ClearPrecaution));
            clear.SetExtraLong(static_cast<long>(*id));
            clear.SetEventObject(this);
            ProcessWindowEvent(clear);
        }
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] {
            if (GetClientSize().x != wrapped_for_)
                WrapNotes();
        });
    });
}

wxString PatientDetailsTab::Title() const
{
    return _("Details");
}

void PatientDetailsTab::SetValue(const char* field, const std::string& value)
{
    auto* label = dynamic_cast<wxStaticText*>(FindWindow(wxString("value_") + field));
    label->SetLabelText(value.empty() ? NoValue() : to_wx(value));
    // A long value may be cut short in a narrow window: its tooltip holds it whole.
    label->SetToolTip(value.size() > 40 ? to_wx(value) : wxString());
}

void PatientDetailsTab::ShowRows(wxDataViewListCtrl* list, const char* none, const std::vector<Row>& rows)
{
    ShowListRows(list, rows);
    list->Show(!rows.empty());
    FindWindow(none)->Show(rows.empty());
    // Tall enough for its header and rows (up to a few; more scroll within the list).
    const int row_height = GetCharHeight() + FromDIP(8);
    const auto shown = static_cast<int>(std::min<std::size_t>(rows.size(), most_rows_shown));
    list->SetMinSize(wxSize(-1, row_height * (shown + 1) + FromDIP(8)));
}

void PatientDetailsTab::ShowRecord(const RecordView& view)
{
    const auto& p = view.record.patient;
    SetValue("dob", to_iso(p.dob) + "  (" + std::to_string(age_on(p.dob, view.today)) + ")");
    FindWindow("value_sex")->SetLabel(SexLabel(p.sex));
    SetValue("pronouns", p.pronouns);
    SetValue("phone", p.phone);
    SetValue("email", p.email);
    SetValue("address", p.address);
    SetValue("referrer", p.referrer_name);
    SetValue("referrer-practice", p.referrer_practice);
    SetValue("gp", p.gp);

    std::vector<Row> rows;
    precaution_ids_.clear();
    precaution_open_.clear();
    for (const auto& pr : view.record.precautions) {
        const bool open = pr.is_open_on(view.today);
        rows.push_back({to_wx(label(pr.kind)), to_wx(to_iso(pr.noted_on)),
                        pr.cleared_on ? to_wx(to_iso(*pr.cleared_on)) : _("Open"), to_wx(pr.cleared_by),
                        to_wx(pr.detail)});
        precaution_ids_.push_back(pr.id);
        precaution_open_.push_back(open);
    }
    ShowRows(precautions_, "precautions_none", rows);

    rows.clear();
    for (const auto& c : view.record.conditions)
        rows.push_back({to_wx(c.code), c.onset ? to_wx(to_iso(*c.onset)) : NoValue(), to_wx(c.label)});
    ShowRows(conditions_, "conditions_none", rows);

    rows.clear();
    for (const auto& c : view.record.consents) {
        const wxString chaperone = !c.chaperone_offered ? _("not offered")
                                   : c.chaperone_present ? _("offered, present")
                                                         : _("offered, not present");
        rows.push_back({to_wx(to_iso(c.on)), c.consent_given ? _("Given") : _("Declined"), chaperone,
                        to_wx(view.clinician_name(c.clinician_id)), to_wx(c.note)});
    }
    ShowRows(consents_, "consents_none", rows);

    notes_text_ = p.notes.empty() ? NoValue() : to_wx(p.notes);
    WrapNotes();
    FitInside();
}

std::optional<std::int64_t> PatientDetailsTab::SelectedPrecaution() const
{
    const int row = precautions_->GetSelectedRow();
    if (row == wxNOT_FOUND || !precaution_open_.at(static_cast<std::size_t>(row)))
        return std::nullopt;
    return precaution_ids_.at(static_cast<std::size_t>(row));
}

void PatientDetailsTab::WrapNotes()
{
    wrapped_for_ = GetClientSize().x;
    notes_->SetLabelText(notes_text_);
    if (const int width = wrapped_for_ - FromDIP(24); width > 0)
        notes_->Wrap(width);
    notes_->InvalidateBestSize();
    Layout();
    FitInside();
}

} // namespace fc::ui
