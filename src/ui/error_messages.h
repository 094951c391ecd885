#pragma once
// The UI boundary for failures: the clinic's exceptions (core/errors.h) are caught here by
// reference and turned into a message the clinician can act on. Never a crash.
#include "core/errors.h"

#include <exception>
#include <utility>

class wxString;
class wxWindow;

namespace fc::ui {

// A message box saying what went wrong: a headline naming the kind of problem (or `headline`,
// when the caller knows better what failed), then the error's own words.
void ShowError(wxWindow* parent, const std::exception& error);
void ShowError(wxWindow* parent, const std::exception& error, const wxString& headline);

// Runs `action`; if it fails, shows why and returns false.
template <class Action>
bool ShowingErrors(wxWindow* parent, Action&& action)
{
    try {
        std::forward<Action>(action)();
        return true;
    } catch (const Error& e) {
        ShowError(parent, e);
    } catch (const std::exception& e) {
        ShowError(parent, e);
    }
    return false;
}

} // namespace fc::ui
