#include "ui/consent_dialog.h"

#include "services/patient_records.h"
#include "ui/checked_form.h"
#include "ui/wx_text.h"

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <memory>

namespace fc::ui {

namespace {

constexpr int wrap_chars = 60;

// The three questions are asked with no answer chosen: each must be answered, never assumed.
// Their items are "yes" then "no" (forms/consent_dialog.xrc).
std::string YesNo(const wxChoice* choice)
{
    switch (choice->GetSelection()) {
    case 0:
        return "yes";
    case 1:
        return "no";
    default:
        return {};
    }
}

class AddConsentDialog : public wxDialog {
public:
    AddConsentDialog(wxWindow* parent, PatientRecords& records, const Date& today, std::int64_t patient_id)
        : records_(records), today_(today), patient_id_(patient_id)
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "add_consent");
        given_ = XRCCTRL(*this, "given", wxChoice);
        offered_ = XRCCTRL(*this, "chaperone-offered", wxChoice);
        present_ = XRCCTRL(*this, "chaperone-present", wxChoice);
        date_ = XRCCTRL(*this, "date", wxTextCtrl);
        note_ = XRCCTRL(*this, "note", wxTextCtrl);
        date_->ChangeValue(to_wx(to_iso(today)));
        XRCCTRL(*this, "intro", wxStaticText)->Wrap(GetCharWidth() * wrap_chars);

        checked_ = std::make_unique<CheckedForm>(this,
                                                 std::vector<std::pair<std::string, wxString>>{
                                                     {"given", _("Consent")},
                                                     {"chaperone-offered", _("Chaperone offered")},
                                                     {"chaperone-present", _("Chaperone present")},
                                                     {"date", _("Date")},
                                                     {"note", _("Note")}},
                                                 [this] { return check_consent_form(Form(), today_); },
                                                 FindWindow(wxID_OK));
        Bind(wxEVT_BUTTON, &AddConsentDialog::OnRecord, this, wxID_OK);
        checked_->Recheck();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        given_->SetFocus();
    }

    const std::optional<Consent>& added() const { return added_; }

private:
    ConsentForm Form() const
    {
        return {YesNo(given_), YesNo(offered_), YesNo(present_), from_wx(date_->GetValue()),
                from_wx(note_->GetValue())};
    }

    void OnRecord(wxCommandEvent&)
    {
        if (checked_->Submit(this, [this] { added_ = records_.add_consent(patient_id_, Form()); }))
            EndModal(wxID_OK);
    }

    PatientRecords& records_;
    Date today_;
    std::int64_t patient_id_;
    wxChoice* given_ = nullptr;
    wxChoice* offered_ = nullptr;
    wxChoice* present_ = nullptr;
    wxTextCtrl* date_ = nullptr;
    wxTextCtrl* note_ = nullptr;
    std::unique_ptr<CheckedForm> checked_;
    std::optional<Consent> added_;
};

} // namespace

std::optional<Consent> ShowAddConsentDialog(wxWindow* parent, PatientRecords& records, const Date& today,
                                            std::int64_t patient_id)
{
    AddConsentDialog dialog(parent, records, today, patient_id);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.added();
}

} // namespace fc::ui
