#include "ui/patient_dialog.h"

#include "services/patient_records.h"
#include "ui/checked_form.h"
#include "ui/error_messages.h"
#include "ui/patient_form_fields.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/clipbrd.h>
#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <array>
#include <memory>

namespace fc::ui {

namespace {

// The sex choice's items, in the order of forms/patient_dialog.xrc.
constexpr std::array<Sex, 4> sex_items = {Sex::Female, Sex::Male, Sex::Other, Sex::Unknown};

std::string translated(const char* label)
{
    return from_wx(wxGetTranslation(label));
}

wxString field_names(const std::vector<const PatientFormField*>& fields)
{
    wxString names;
    for (const auto* f : fields)
        names << (names.empty() ? "" : ", ") << wxGetTranslation(f->label);
    return names;
}

class PatientDialog : public wxDialog {
public:
    PatientDialog(wxWindow* parent, PatientRecords& records, const Date& today, const Patient* editing)
        : records_(records), today_(today)
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "patient");
        sex_ = XRCCTRL(*this, "sex", wxChoice);
        notice_ = XRCCTRL(*this, "notice", wxStaticText);
        auto* ok = dynamic_cast<wxButton*>(FindWindow(wxID_OK));
        if (editing) {
            loaded_ = *editing;
            SetTitle(wxString::Format(_("Edit patient: %s"), to_wx(editing->display_name())));
            ok->SetLabel(_("&Save"));
        } else {
            SetTitle(_("New patient"));
            ok->SetLabel(_("&Add patient"));
        }

        std::vector<std::pair<std::string, wxString>> labels;
        for (const auto& f : patient_form_fields())
            labels.emplace_back(f.name, wxGetTranslation(f.label));
        if (loaded_)
            Fill(PatientForm::from(*loaded_));
        checked_ = std::make_unique<CheckedForm>(
            this, labels, [this] { return check_patient_form(Form(), today_); }, ok);
        Bind(wxEVT_BUTTON, &PatientDialog::OnSave, this, wxID_OK);

        checked_->Recheck();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        FindWindow("family")->SetFocus();
    }

    const std::optional<Patient>& saved() const { return saved_; }

private:
    // The text control of `field`; null for the fields that are not typed (sex).
    wxTextCtrl* Text(const char* field) const { return dynamic_cast<wxTextCtrl*>(FindWindow(field)); }

    PatientForm Form() const
    {
        PatientForm form;
        for (const auto& f : patient_form_fields())
            if (auto* text = Text(f.name))
                form.*f.member = from_wx(text->GetValue());
        if (const int i = sex_->GetSelection(); i != wxNOT_FOUND)
            form.sex = std::string(to_string(sex_items.at(static_cast<std::size_t>(i))));
        return form;
    }

    void Fill(const PatientForm& form)
    {
        for (const auto& f : patient_form_fields())
            if (auto* text = Text(f.name))
                text->ChangeValue(to_wx(form.*f.member));
        sex_->SetSelection(wxNOT_FOUND);
        if (const auto sex = parse_sex(form.sex))
            for (std::size_t i = 0; i < sex_items.size(); ++i)
                if (sex_items[i] == *sex)
                    sex_->SetSelection(static_cast<int>(i));
    }

    void ShowNotice(const wxString& text)
    {
        notice_->SetLabelText(text);
        notice_->Wrap(GetClientSize().x - FromDIP(24));
        notice_->Show();
        Layout();
        GetSizer()->SetSizeHints(this);
    }

    void OnSave(wxCommandEvent&)
    {
        if (!checked_->CheckAll())
            return;
        try {
            saved_ = loaded_ ? records_.edit(loaded_->id, Form(), loaded_->version) : records_.add(Form());
            EndModal(wxID_OK);
        } catch (const InvalidInput& e) {
            if (const auto elsewhere = checked_->ShowErrors(e.errors()); !elsewhere.empty())
                ShowError(this, InvalidInput(elsewhere));
        } catch (const Conflict& e) {
            OnConflict(e);
        } catch (const Error& e) {
            ShowError(this, e);
        }
    }

    // Refused: a duplicate MRN, an archived record, or someone else saved first.
    void OnConflict(const Conflict& refused)
    {
        std::optional<Patient> now;
        if (loaded_ && !ShowingErrors(this, [&] { now = records_.get(loaded_->id); }))
            return;
        if (!now || now->version == loaded_->version) {
            ShowError(this, refused, loaded_ ? _("The changes were not saved") : _("The patient was not added"));
            return;
        }
        wxMessageDialog ask(this, _("Someone else saved this patient's record after you opened it."),
                            GetTitle(), wxYES_NO | wxCANCEL | wxICON_WARNING);
        ask.SetExtendedMessage(_("Your changes are not saved yet, and nothing you typed is lost.\n\nReload the "
                                 "record to take in the other changes: yours are then put back into the form, "
                                 "for you to check and save. Or copy your text to keep it elsewhere."));
        ask.SetYesNoCancelLabels(_("&Reload and re-apply my changes"), _("&Copy my text"), _("&Back to the form"));
        switch (ask.ShowModal()) {
        case wxID_YES:
            Reapply(*now);
            break;
        case wxID_NO:
            CopyText();
            break;
        default:
            break;
        }
    }

    void Reapply(const Patient& now)
    {
        const auto typed = Form();
        const auto merged = reapply_changes(PatientForm::from(*loaded_), typed, PatientForm::from(now));
        loaded_ = now;
        Fill(merged.form);
        checked_->Recheck();
        wxString notice = wxString::Format(_("Reloaded the record as saved meanwhile (changed: %s). Your "
                                             "changes are back in the form: check them, then save."),
                                           field_names(merged.changed_meanwhile));
        for (const auto* f : merged.changed_by_both)
            notice << "\n"
                   << wxString::Format(_("%s was changed by both of you; the form keeps yours. The other "
                                         "value was: %s"),
                                       wxGetTranslation(f->label), to_wx(PatientForm::from(now).*f->member));
        ShowNotice(notice);
    }

    void CopyText()
    {
        const auto text = to_wx(form_as_text(Form(), &translated));
        wxClipboardLocker clipboard;
        if (!!clipboard && wxTheClipboard->SetData(new wxTextDataObject(text)))
            ShowNotice(_("Your text is on the clipboard, and still in the form."));
        else
            ShowNotice(_("The clipboard could not be used; your text is still in the form."));
    }

    PatientRecords& records_;
    Date today_;
    std::optional<Patient> loaded_; // when editing: the record the form was loaded from
    std::optional<Patient> saved_;
    wxChoice* sex_ = nullptr;
    wxStaticText* notice_ = nullptr;
    std::unique_ptr<CheckedForm> checked_;
};

} // namespace

std::optional<Patient> ShowNewPatientDialog(wxWindow* parent, PatientRecords& records, const Date& today)
{
    PatientDialog dialog(parent, records, today, nullptr);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.saved();
}

std::optional<Patient> ShowEditPatientDialog(wxWindow* parent, PatientRecords& records, const Date& today,
                                             const Patient& patient)
{
    PatientDialog dialog(parent, records, today, &patient);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.saved();
}

} // namespace fc::ui
