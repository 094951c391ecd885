#include "ui/addendum_dialog.h"

#include "core/addendum.h"
#include "services/session_notes.h"
#include "ui/checked_form.h"
#include "ui/note_text.h"
#include "ui/wx_text.h"

#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <memory>

namespace fc::ui {

namespace {

constexpr int wrap_chars = 64;

class AddAddendumDialog : public wxDialog {
public:
    AddAddendumDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const SessionNote& note,
                      const std::string& text)
        : notes_(clinic, actor), note_id_(note.id)
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "add_addendum_dialog");
        text_ = XRCCTRL(*this, "text", wxTextCtrl);
        text_->ChangeValue(to_wx(text));
        auto* intro = XRCCTRL(*this, "intro", wxStaticText);
        intro->SetLabelText(wxString::Format(_("To the signed note \"%s\". The note stays as it was signed; the "
                                               "addendum is added below it with today's date and your name."),
                                             NoteHeading(note)));
        intro->Wrap(GetCharWidth() * wrap_chars);
        checked_ = std::make_unique<CheckedForm>(this, std::vector<std::pair<std::string, wxString>>{{"text", _("Addendum")}},
                                                 [this] { return check_addendum_form(Form()); }, FindWindow(wxID_OK));
        Bind(wxEVT_BUTTON, &AddAddendumDialog::OnAdd, this, wxID_OK);
        checked_->Recheck();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        text_->SetFocus();
    }

private:
    AddendumForm Form() const { return {from_wx(text_->GetValue())}; }

    void OnAdd(wxCommandEvent&)
    {
        if (checked_->Submit(this, [this] { notes_.add_addendum(note_id_, Form()); }))
            EndModal(wxID_OK);
    }

    SessionNotes notes_;
    std::int64_t note_id_;
    wxTextCtrl* text_ = nullptr;
    std::unique_ptr<CheckedForm> checked_;
};

} // namespace

bool ShowAddAddendumDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const SessionNote& note,
                           const std::string& text)
{
    AddAddendumDialog dialog(parent, clinic, actor, note, text);
    return dialog.ShowModal() == wxID_OK;
}

} // namespace fc::ui
