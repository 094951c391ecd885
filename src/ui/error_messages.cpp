#include "ui/error_messages.h"

#include "ui/wx_text.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>

namespace fc::ui {

namespace {

wxString headline_for(const std::exception& error)
{
    if (dynamic_cast<const ClinicFileError*>(&error))
        return _("The clinic file cannot be used");
    if (dynamic_cast<const InvalidInput*>(&error))
        return _("Please check what you entered");
    if (dynamic_cast<const NotFound*>(&error))
        return _("Not found");
    if (dynamic_cast<const Conflict*>(&error))
        return _("Changed meanwhile");
    if (dynamic_cast<const ClinicianRequired*>(&error))
        return _("Choose who is working");
    if (dynamic_cast<const Error*>(&error))
        return _("FloorChart could not do this");
    return _("Unexpected problem");
}

wxString text_for(const std::exception& error)
{
    // InvalidInput's own text names each field; say it one rule per line.
    if (const auto* invalid = dynamic_cast<const InvalidInput*>(&error); invalid && !invalid->errors().empty()) {
        wxString text;
        for (const auto& e : invalid->errors())
            text << (text.empty() ? "" : "\n") << to_wx(e.describe());
        return text;
    }
    wxString text = to_wx(error.what());
    if (!dynamic_cast<const Error*>(&error))
        text = wxString::Format(_("Something unexpected went wrong: %s\n\nNothing half-done was saved."), text);
    return text;
}

} // namespace

void ShowError(wxWindow* parent, const std::exception& error)
{
    ShowError(parent, error, headline_for(error));
}

void ShowError(wxWindow* parent, const std::exception& error, const wxString& headline)
{
    wxMessageDialog dialog(parent, headline, "FloorChart", wxOK | wxICON_ERROR);
    dialog.SetExtendedMessage(text_for(error));
    dialog.ShowModal();
}

} // namespace fc::ui
