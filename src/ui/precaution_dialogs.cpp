#include "ui/precaution_dialogs.h"

#include "services/patient_records.h"
#include "ui/checked_form.h"
#include "ui/wx_text.h"

#include <wx/button.h>
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

wxString Value(const wxDialog& d, const char* field)
{
    return XRCCTRL(d, field, wxTextCtrl)->GetValue();
}

void WrapIntro(wxDialog& d)
{
    auto* intro = XRCCTRL(d, "intro", wxStaticText);
    intro->Wrap(d.GetCharWidth() * wrap_chars);
}

class AddPrecautionDialog : public wxDialog {
public:
    AddPrecautionDialog(wxWindow* parent, PatientRecords& records, const Date& today, std::int64_t patient_id)
        : records_(records), today_(today), patient_id_(patient_id)
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "add_precaution");
        kind_ = XRCCTRL(*this, "kind", wxChoice);
        for (const auto k : all_precaution_kinds)
            kind_->Append(to_wx(label(k)));
        XRCCTRL(*this, "date", wxTextCtrl)->ChangeValue(to_wx(to_iso(today)));
        WrapIntro(*this);

        checked_ = std::make_unique<CheckedForm>(
            this, std::vector<std::pair<std::string, wxString>>{
                      {"kind", _("Precaution")}, {"detail", _("Detail")}, {"date", _("Noted on")}},
            [this] { return check_precaution_form(Form(), today_); }, FindWindow(wxID_OK));
        Bind(wxEVT_BUTTON, &AddPrecautionDialog::OnAdd, this, wxID_OK);
        checked_->Recheck();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        kind_->SetFocus();
    }

    const std::optional<Precaution>& added() const { return added_; }

private:
    PrecautionForm Form() const
    {
        PrecautionForm form;
        if (const int i = kind_->GetSelection(); i != wxNOT_FOUND)
            form.kind = std::string(to_string(all_precaution_kinds[i]));
        form.detail = from_wx(Value(*this, "detail"));
        form.date = from_wx(Value(*this, "date"));
        return form;
    }

    void OnAdd(wxCommandEvent&)
    {
        if (checked_->Submit(this, [this] { added_ = records_.add_precaution(patient_id_, Form()); }))
            EndModal(wxID_OK);
    }

    PatientRecords& records_;
    Date today_;
    std::int64_t patient_id_;
    wxChoice* kind_ = nullptr;
    std::unique_ptr<CheckedForm> checked_;
    std::optional<Precaution> added_;
};

wxString Describe(const Precaution& p)
{
    wxString text = to_wx(label(p.kind));
    if (!p.detail.empty())
        text << " (" << to_wx(p.detail.substr(0, p.detail.find('\n'))) << ")";
    return wxString::Format(_("%s, noted %s"), text, to_wx(to_iso(p.noted_on)));
}

class ClearPrecautionDialog : public wxDialog {
public:
    ClearPrecautionDialog(wxWindow* parent, PatientRecords& records, const Date& today, std::int64_t patient_id,
                          std::vector<Precaution> open, std::optional<std::int64_t> preselect,
                          const std::string& clinician)
        : records_(records), today_(today), patient_id_(patient_id), open_(std::move(open))
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "clear_precaution");
        which_ = XRCCTRL(*this, "precaution", wxChoice);
        for (const auto& p : open_) {
            which_->Append(Describe(p));
            if (preselect && p.id == *preselect)
                which_->SetSelection(static_cast<int>(which_->GetCount() - 1));
        }
        if (which_->GetSelection() == wxNOT_FOUND && open_.size() == 1)
            which_->SetSelection(0);
        XRCCTRL(*this, "by", wxTextCtrl)->SetHint(wxString::Format(_("Empty: %s"), to_wx(clinician)));
        XRCCTRL(*this, "date", wxTextCtrl)->ChangeValue(to_wx(to_iso(today)));
        WrapIntro(*this);

        checked_ = std::make_unique<CheckedForm>(
            this,
            std::vector<std::pair<std::string, wxString>>{
                {"precaution", _("Precaution")}, {"by", _("Cleared by")}, {"date", _("Cleared on")}},
            [this] { return Check(); }, FindWindow(wxID_OK));
        Bind(wxEVT_BUTTON, &ClearPrecautionDialog::OnClear, this, wxID_OK);
        checked_->Recheck();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        (which_->GetSelection() == wxNOT_FOUND ? static_cast<wxWindow*>(which_) : FindWindow("by"))->SetFocus();
    }

    const std::optional<Precaution>& cleared_precaution() const { return cleared_; }

private:
    const Precaution* Chosen() const
    {
        const int i = which_->GetSelection();
        return i == wxNOT_FOUND ? nullptr : &open_.at(static_cast<std::size_t>(i));
    }

    ClearanceForm Form() const { return {from_wx(Value(*this, "by")), from_wx(Value(*this, "date"))}; }

    // The core's rules for a clearance (who, and a date between the noting and today), once the
    // precaution is chosen.
    std::vector<FieldError> Check() const
    {
        const auto* p = Chosen();
        if (!p)
            return {FieldError{"precaution", "required", "is required"}};
        try {
            cleared(*p, Form(), "-", today_);
        } catch (const InvalidInput& e) {
            return e.errors();
        } catch (const Error&) {
            // already cleared: the service says so when saving
        }
        return {};
    }

    void OnClear(wxCommandEvent&)
    {
        const auto* p = Chosen();
        if (p && checked_->Submit(this, [&] { cleared_ = records_.clear_precaution(patient_id_, p->id, Form()); }))
            EndModal(wxID_OK);
    }

    PatientRecords& records_;
    Date today_;
    std::int64_t patient_id_;
    std::vector<Precaution> open_;
    wxChoice* which_ = nullptr;
    std::unique_ptr<CheckedForm> checked_;
    std::optional<Precaution> cleared_;
};

} // namespace

std::optional<Precaution> ShowAddPrecautionDialog(wxWindow* parent, PatientRecords& records, const Date& today,
                                                  std::int64_t patient_id)
{
    AddPrecautionDialog dialog(parent, records, today, patient_id);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.added();
}

std::optional<Precaution> ShowClearPrecautionDialog(wxWindow* parent, PatientRecords& records, const Date& today,
                                                    std::int64_t patient_id, const std::vector<Precaution>& open,
                                                    std::optional<std::int64_t> preselect,
                                                    const std::string& clinician)
{
    ClearPrecautionDialog dialog(parent, records, today, patient_id, open, preselect, clinician);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.cleared_precaution();
}

} // namespace fc::ui
