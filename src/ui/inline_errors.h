#pragma once
// Validation messages shown next to the fields they are about. A form (from XRC) names each
// field's control after the core's field name ("name") and gives it a hidden wxStaticText named
// "<field>_error" just below it; this fills, shows and hides those labels.
#include "core/errors.h"

#include <wx/string.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

class wxWindow;

namespace fc::ui {

class InlineErrors {
public:
    // `labels`: each field's name in the core and what the form calls it ("name" -> "Name").
    InlineErrors(wxWindow* form, std::vector<std::pair<std::string, wxString>> labels);

    // Shows the first error of each field next to it and hides the labels of fields without one.
    // Returns the errors about fields this form does not have (to be shown some other way).
    std::vector<FieldError> show(const std::vector<FieldError>& errors);
    // The message shown for `field`, or "" when it has none.
    wxString shown(const std::string& field) const;
    // Moves the keyboard focus to the first field that has an error.
    void focus_first() const;
    // A message appearing or going never makes the window smaller than it is (a large editor the
    // clinician sized to their liking); by default the window fits its messages.
    void keep_window_size() { keep_size_ = true; }

private:
    wxWindow* form_;
    std::vector<std::pair<std::string, wxString>> labels_;
    std::map<std::string, wxString> shown_; // unwrapped, by field
    bool keep_size_ = false;
};

} // namespace fc::ui
