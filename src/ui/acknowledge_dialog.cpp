#include "ui/acknowledge_dialog.h"

#include "services/red_flags.h"
#include "ui/checked_form.h"
#include "ui/flag_text.h"
#include "ui/wx_text.h"

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <memory>

namespace fc::ui {

namespace {

constexpr int wrap_chars = 64;

class AcknowledgeDialog : public wxDialog {
public:
    AcknowledgeDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const RedFlag& flag,
                      const wxString& patient)
        : flags_(clinic, actor), flag_id_(flag.id)
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "acknowledge_flag_dialog");
        auto* title = XRCCTRL(*this, "flag", wxStaticText);
        // Whose flag, how urgent and from when, before anything is recorded against it.
        title->SetLabelText(patient + "\n" +
                            SeverityLabel(flag.severity) + ", " +
                            to_wx(to_iso(flag.on)) + ": " + to_wx(flag.message));
        title->Wrap(GetCharWidth() * wrap_chars);
        XRCCTRL(*this, "intro", wxStaticText)->Wrap(GetCharWidth() * wrap_chars);
        action_ = XRCCTRL(*this, "action", wxChoice);
        action_->Clear();
        for (const auto a : all_red_flag_actions)
            action_->Append(to_wx(label(a)));
        action_->SetSelection(wxNOT_FOUND); // chosen, never assumed
        note_ = XRCCTRL(*this, "note", wxTextCtrl);
        checked_ = std::make_unique<CheckedForm>(
            this, std::vector<std::pair<std::string, wxString>>{{"action", _("Action")}, {"note", _("Note")}},
            [this] { return check_acknowledgement_form(Form()); }, FindWindow(wxID_OK));
        Bind(wxEVT_BUTTON, &AcknowledgeDialog::OnAcknowledge, this, wxID_OK);
        checked_->Recheck();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        action_->SetFocus();
    }

    const std::optional<RedFlag>& acknowledged() const { return acknowledged_; }

private:
    AcknowledgementForm Form() const
    {
        AcknowledgementForm f;
        if (const int i = action_->GetSelection(); i != wxNOT_FOUND)
            f.action = std::string(to_string(all_red_flag_actions[i]));
        f.note = from_wx(note_->GetValue());
        return f;
    }

    void OnAcknowledge(wxCommandEvent&)
    {
        if (checked_->Submit(this, [this] { acknowledged_ = flags_.acknowledge(flag_id_, Form()); }))
            EndModal(wxID_OK);
    }

    RedFlags flags_;
    std::int64_t flag_id_;
    wxChoice* action_ = nullptr;
    wxTextCtrl* note_ = nullptr;
    std::unique_ptr<CheckedForm> checked_;
    std::optional<RedFlag> acknowledged_;
};

} // namespace

std::optional<RedFlag> ShowAcknowledgeDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const RedFlag& flag,
                                             const wxString& patient)
{
    AcknowledgeDialog dialog(parent, clinic, actor, flag, patient);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.acknowledged();
}

} // namespace fc::ui
