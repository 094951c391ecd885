#include "ui/condition_dialog.h"

#include "services/patient_records.h"
#include "ui/checked_form.h"
#include "ui/wx_text.h"

#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <memory>

namespace fc::ui {

namespace {

constexpr int wrap_chars = 60;

class AddConditionDialog : public wxDialog {
public:
    AddConditionDialog(wxWindow* parent, PatientRecords& records, const Date& today, std::int64_t patient_id)
        : records_(records), today_(today), patient_id_(patient_id)
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "add_condition");
        label_ = XRCCTRL(*this, "label", wxComboBox);
        code_ = XRCCTRL(*this, "code", wxTextCtrl);
        onset_ = XRCCTRL(*this, "onset", wxTextCtrl);
        for (const auto& known : known_conditions())
            label_->Append(to_wx(known.label));
        XRCCTRL(*this, "intro", wxStaticText)->Wrap(GetCharWidth() * wrap_chars);

        // A condition chosen from the list brings its code; typing keeps whatever code is there.
        label_->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent& event) {
            event.Skip();
            if (const int i = label_->GetSelection(); i != wxNOT_FOUND)
                code_->ChangeValue(to_wx(known_conditions().at(static_cast<std::size_t>(i)).code));
        });
        checked_ = std::make_unique<CheckedForm>(
            this, std::vector<std::pair<std::string, wxString>>{
                      {"label", _("Condition")}, {"code", _("ICD-10 code")}, {"onset", _("Onset")}},
            [this] { return check_condition_form(Form(), today_); }, FindWindow(wxID_OK));
        Bind(wxEVT_BUTTON, &AddConditionDialog::OnAdd, this, wxID_OK);
        checked_->Recheck();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        label_->SetFocus();
    }

    const std::optional<Condition>& added() const { return added_; }

private:
    ConditionForm Form() const
    {
        return {from_wx(code_->GetValue()), from_wx(label_->GetValue()), from_wx(onset_->GetValue())};
    }

    void OnAdd(wxCommandEvent&)
    {
        if (checked_->Submit(this, [this] { added_ = records_.add_condition(patient_id_, Form()); }))
            EndModal(wxID_OK);
    }

    PatientRecords& records_;
    Date today_;
    std::int64_t patient_id_;
    wxComboBox* label_ = nullptr;
    wxTextCtrl* code_ = nullptr;
    wxTextCtrl* onset_ = nullptr;
    std::unique_ptr<CheckedForm> checked_;
    std::optional<Condition> added_;
};

} // namespace

std::optional<Condition> ShowAddConditionDialog(wxWindow* parent, PatientRecords& records, const Date& today,
                                                std::int64_t patient_id)
{
    AddConditionDialog dialog(parent, records, today, patient_id);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.added();
}

} // namespace fc::ui
