#include "ui/inline_errors.h"

#include "ui/window_fit.h"
#include "ui/wx_text.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/toplevel.h>

#include <algorithm>

namespace fc::ui {

namespace {

wxStaticText* error_label(wxWindow* form, const std::string& field)
{
    return dynamic_cast<wxStaticText*>(form->FindWindow(to_wx(field + "_error")));
}

wxColour error_colour()
{
    return wxSystemSettings::GetAppearance().IsDark() ? wxColour(0xFF, 0x7B, 0x63) : wxColour(0xC0, 0x1C, 0x28);
}

// Fits the window's height to the messages now shown (it grows and shrinks with them, or only
// grows when `keep_size`) and lets it grow wider when a message needs it, never narrower than the
// user made it.
void fit_to_messages(wxWindow* form, bool keep_size)
{
    auto* top = wxGetTopLevelParent(form);
    if (!top || !top->GetSizer()) {
        form->Layout();
        return;
    }
    FitHeightToContent(top, keep_size);
}

} // namespace

InlineErrors::InlineErrors(wxWindow* form, std::vector<std::pair<std::string, wxString>> labels)
    : form_(form), labels_(std::move(labels))
{
}

std::vector<FieldError> InlineErrors::show(const std::vector<FieldError>& errors)
{
    bool changed = false;
    for (const auto& [key, name] : labels_) {
        const auto& field = key; // a structured binding cannot be captured by clang 14
        auto* label = error_label(form_, field);
        if (!label)
            continue;
        const auto it = std::find_if(errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == field; });
        if (it == errors.end()) {
            changed |= label->IsShown();
            label->Hide();
            shown_.erase(field);
            continue;
        }
        // The core's message leaves out the field's name: "is required ...".
        const wxString text = name + " " + to_wx(it->message);
        if (label->IsShown() && shown_[field] == text)
            continue;
        shown_[field] = text;
        label->SetForegroundColour(error_colour());
        label->SetLabelText(text);
        if (auto* control = form_->FindWindow(to_wx(field)); control && control->GetSize().x > 0)
            label->Wrap(control->GetSize().x);
        label->Show();
        changed = true;
    }
    if (changed)
        fit_to_messages(form_, keep_size_);

    std::vector<FieldError> elsewhere;
    for (const auto& e : errors)
        if (std::none_of(labels_.begin(), labels_.end(), [&](const auto& l) { return l.first == e.field; }) ||
            !error_label(form_, e.field))
            elsewhere.push_back(e);
    return elsewhere;
}

wxString InlineErrors::shown(const std::string& field) const
{
    const auto it = shown_.find(field);
    return it == shown_.end() ? wxString() : it->second;
}

void InlineErrors::focus_first() const
{
    for (const auto& [field, name] : labels_)
        if (!shown(field).empty())
            if (auto* control = form_->FindWindow(to_wx(field))) {
                control->SetFocus();
                return;
            }
}

} // namespace fc::ui
