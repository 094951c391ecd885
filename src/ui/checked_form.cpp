#include "ui/checked_form.h"

#include "ui/wx_text.h"

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/textctrl.h>
#include <wx/window.h>

#include <algorithm>

namespace fc::ui {

CheckedForm::CheckedForm(wxWindow* form, std::vector<std::pair<std::string, wxString>> labels, Check check,
                         wxWindow* ok)
    : form_(form), errors_(form, labels), check_(std::move(check)), ok_(ok)
{
    for (const auto& [field, label] : labels) {
        fields_.push_back(field);
        if (auto* control = form_->FindWindow(to_wx(field)))
            control->Bind(wxEVT_KILL_FOCUS, [this, name = field](wxFocusEvent& event) {
                event.Skip();
                touched_.insert(name);
                // After the focus has moved: a message appearing resizes the dialog.
                form_->CallAfter([this] { Recheck(); });
            });
    }
    form_->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
        event.Skip();
        Recheck();
    });
    form_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        event.Skip();
        Recheck();
    });
    form_->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent& event) {
        event.Skip();
        Recheck();
    });
}

bool CheckedForm::IsEmpty(const std::string& field) const
{
    auto* control = form_->FindWindow(to_wx(field));
    // A combo box first: in wxGTK it is also a wxChoice, whose selection says nothing of typed text.
    if (auto* combo = dynamic_cast<wxComboBox*>(control))
        return combo->GetValue().Strip(wxString::both).empty();
    if (auto* choice = dynamic_cast<wxChoice*>(control))
        return choice->GetSelection() == wxNOT_FOUND;
    if (auto* text = dynamic_cast<wxTextCtrl*>(control))
        return text->GetValue().Strip(wxString::both).empty();
    return false;
}

void CheckedForm::Recheck()
{
    auto errors = check_();
    bool required_missing = false;
    std::erase_if(errors, [&](const FieldError& e) {
        if (!IsEmpty(e.field))
            return !touched_.contains(e.field);
        required_missing = true; // an empty field the core refuses: it is required
        return true;
    });
    errors_.show(errors);
    if (ok_)
        ok_->Enable(!required_missing);
}

bool CheckedForm::CheckAll()
{
    touched_.insert(fields_.begin(), fields_.end());
    const auto errors = check_();
    errors_.show(errors);
    if (errors.empty())
        return true;
    errors_.focus_first();
    return false;
}

std::vector<FieldError> CheckedForm::ShowErrors(const std::vector<FieldError>& errors, bool focus)
{
    for (const auto& e : errors)
        touched_.insert(e.field);
    auto elsewhere = errors_.show(errors);
    if (focus)
        errors_.focus_first();
    return elsewhere;
}

} // namespace fc::ui
