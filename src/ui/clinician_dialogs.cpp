#include "ui/clinician_dialogs.h"

#include "services/clinician_directory.h"
#include "ui/error_messages.h"
#include "ui/inline_errors.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <vector>

namespace fc::ui {

namespace {

// Sentences are wrapped at about this many average characters, whatever the font size.
constexpr int wrap_chars = 56;

class AddClinicianDialog : public wxDialog {
public:
    AddClinicianDialog(wxWindow* parent, ClinicianDirectory& directory, const Actor& by, const wxString& intro)
        : directory_(directory), by_(by),
          errors_(this, {{"name", _("Name")},
                         {"profession", _("Profession")},
                         {"registration", _("Registration number")}})
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "add_clinician");
        name_ = XRCCTRL(*this, "name", wxTextCtrl);
        profession_ = XRCCTRL(*this, "profession", wxComboBox);
        registration_ = XRCCTRL(*this, "registration", wxTextCtrl);
        ok_ = FindWindow(wxID_OK);

        auto* intro_text = XRCCTRL(*this, "intro", wxStaticText);
        if (!intro.empty())
            intro_text->SetLabelText(intro);
        intro_text->Wrap(GetCharWidth() * wrap_chars);
        profession_->SetHint(_("Physiotherapist"));

        Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Revalidate(); });
        Bind(wxEVT_COMBOBOX, [this](wxCommandEvent&) { Revalidate(); });
        Bind(wxEVT_BUTTON, &AddClinicianDialog::OnAdd, this, wxID_OK);

        Revalidate();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        name_->SetFocus();
    }

    const std::optional<Clinician>& added() const { return added_; }

private:
    ClinicianForm Form() const
    {
        return {from_wx(name_->GetValue()), from_wx(profession_->GetValue()), from_wx(registration_->GetValue())};
    }

    // While typing: the empty required name only keeps Add disabled (no scolding before the user
    // has typed anything); every other broken rule is shown next to its field.
    void Revalidate()
    {
        auto errors = check_clinician_form(Form());
        const bool name_missing = std::any_of(errors.begin(), errors.end(), [](const FieldError& e) {
            return e.field == "name" && e.rule == "required";
        });
        std::erase_if(errors, [](const FieldError& e) { return e.field == "name" && e.rule == "required"; });
        errors_.show(errors);
        ok_->Enable(!name_missing && errors.empty());
    }

    void OnAdd(wxCommandEvent&)
    {
        const auto form = Form();
        if (const auto errors = check_clinician_form(form); !errors.empty()) {
            errors_.show(errors);
            errors_.focus_first();
            return;
        }
        try {
            added_ = directory_.add(form, by_);
            EndModal(wxID_OK);
        } catch (const InvalidInput& e) {
            if (const auto elsewhere = errors_.show(e.errors()); !elsewhere.empty())
                ShowError(this, InvalidInput(elsewhere));
            errors_.focus_first();
        } catch (const Error& e) {
            ShowError(this, e);
        }
    }

    ClinicianDirectory& directory_;
    Actor by_;
    InlineErrors errors_;
    wxTextCtrl* name_ = nullptr;
    wxComboBox* profession_ = nullptr;
    wxTextCtrl* registration_ = nullptr;
    wxWindow* ok_ = nullptr;
    std::optional<Clinician> added_;
};

wxString describe(const Clinician& c)
{
    wxString text = to_wx(c.name);
    if (!c.profession.empty())
        text << " (" << to_wx(c.profession) << ")";
    return text;
}

class ChooseClinicianDialog : public wxDialog {
public:
    ChooseClinicianDialog(wxWindow* parent, ClinicianDirectory& directory, const Actor& by,
                          std::optional<std::int64_t> preselect, const wxString& clinic_name)
        : directory_(directory), by_(by)
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "choose_clinician");
        list_ = XRCCTRL(*this, "clinicians", wxListBox);
        ok_ = FindWindow(wxID_OK);

        auto* question = XRCCTRL(*this, "question", wxStaticText);
        question->SetLabelText(wxString::Format(
            _("Who is working in %s? Every change you make is signed with this name."), clinic_name));
        question->Wrap(GetCharWidth() * wrap_chars);
        list_->SetMinSize(wxSize(-1, GetCharHeight() * 9));

        list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { ok_->Enable(list_->GetSelection() != wxNOT_FOUND); });
        list_->Bind(wxEVT_LISTBOX_DCLICK, &ChooseClinicianDialog::OnChoose, this);
        Bind(wxEVT_BUTTON, &ChooseClinicianDialog::OnChoose, this, wxID_OK);
        Bind(wxEVT_BUTTON, &ChooseClinicianDialog::OnAdd, this, XRCID("add_clinician"));

        Fill(preselect);
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        list_->SetFocus();
    }

    const std::optional<Clinician>& chosen() const { return chosen_; }

private:
    void Fill(std::optional<std::int64_t> select)
    {
        clinicians_ = directory_.list(false);
        list_->Clear();
        for (const auto& c : clinicians_)
            list_->Append(describe(c));
        int selection = clinicians_.empty() ? wxNOT_FOUND : 0;
        for (std::size_t i = 0; i < clinicians_.size(); ++i)
            if (select && clinicians_[i].id == *select)
                selection = static_cast<int>(i);
        list_->SetSelection(selection);
        ok_->Enable(selection != wxNOT_FOUND);
    }

    void OnChoose(wxCommandEvent&)
    {
        const int selection = list_->GetSelection();
        if (selection == wxNOT_FOUND)
            return;
        chosen_ = clinicians_.at(static_cast<std::size_t>(selection));
        EndModal(wxID_OK);
    }

    void OnAdd(wxCommandEvent&)
    {
        ShowingErrors(this, [&] {
            if (const auto added = ShowAddClinicianDialog(this, directory_, by_, wxString()))
                Fill(added->id);
        });
    }

    ClinicianDirectory& directory_;
    Actor by_;
    wxListBox* list_ = nullptr;
    wxWindow* ok_ = nullptr;
    std::vector<Clinician> clinicians_;
    std::optional<Clinician> chosen_;
};

} // namespace

std::optional<Clinician> ShowAddClinicianDialog(wxWindow* parent, ClinicianDirectory& directory, const Actor& by,
                                                const wxString& intro)
{
    AddClinicianDialog dialog(parent, directory, by, intro);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.added();
}

std::optional<Clinician> ShowChooseClinicianDialog(wxWindow* parent, ClinicianDirectory& directory, const Actor& by,
                                                   std::optional<std::int64_t> preselect,
                                                   const wxString& clinic_name)
{
    ChooseClinicianDialog dialog(parent, directory, by, preselect, clinic_name);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.chosen();
}

} // namespace fc::ui
