#pragma once
// A dialog's fields checked by the core as the user works, its messages shown next to each field
// (InlineErrors). A field's message appears once the user has left the field or asked to save,
// and goes as soon as the field is put right. OK stays disabled while a field that the core
// will not accept empty is empty; that is not scolded, the field's hint says it is required.
// Fields are found by their core name (the XRC control name); text fields, combo boxes and
// choices are understood.
#include "core/errors.h"
#include "ui/error_messages.h"
#include "ui/inline_errors.h"

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

class wxWindow;

namespace fc::ui {

class CheckedForm {
public:
    using Check = std::function<std::vector<FieldError>()>;

    // `labels`: each field's core name and label; `check` runs the core's check on what the form
    // holds now; `ok` is enabled only while no required field is empty.
    CheckedForm(wxWindow* form, std::vector<std::pair<std::string, wxString>> labels, Check check, wxWindow* ok);

    // Checks again and updates the messages and OK (done on every change of a field).
    void Recheck();
    // Before saving: shows every message; when there is one, focuses its field and returns false.
    bool CheckAll();
    // Shows the errors a service reported; returns those about no field of this form. `focus`:
    // the keyboard goes to the first field in error (not while the user types elsewhere).
    std::vector<FieldError> ShowErrors(const std::vector<FieldError>& errors, bool focus = true);
    // Runs `save` once every field is right; what the service refuses is shown next to its field,
    // or else in a message box over `parent`. Returns whether it was saved.
    template <class Save>
    bool Submit(wxWindow* parent, Save&& save)
    {
        if (!CheckAll())
            return false;
        try {
            save();
            return true;
        } catch (const InvalidInput& e) {
            if (const auto elsewhere = ShowErrors(e.errors()); !elsewhere.empty())
                ShowError(parent, InvalidInput(elsewhere));
        } catch (const Error& e) {
            ShowError(parent, e);
        }
        return false;
    }
    const InlineErrors& errors() const { return errors_; }
    void KeepWindowSize() { errors_.keep_window_size(); }

private:
    bool IsEmpty(const std::string& field) const;

    wxWindow* form_;
    InlineErrors errors_;
    std::vector<std::string> fields_;
    Check check_;
    wxWindow* ok_;
    std::set<std::string> touched_;
};

} // namespace fc::ui
