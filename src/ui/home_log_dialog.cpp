#include "ui/home_log_dialog.h"

#include "services/home_log_book.h"
#include "ui/checked_form.h"
#include "ui/wx_text.h"

#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/datetime.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <memory>

namespace fc::ui {

namespace {

class AddHomeSessionDialog : public wxDialog {
public:
    AddHomeSessionDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, std::int64_t patient_id)
        : book_(clinic, actor), patient_id_(patient_id)
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "add_home_session_dialog");
        rules_ = book_.entry_rules(patient_id_);
        auto* sizes = Combo("dilator-mm");
        if (rules_.set)
            for (const int mm : rules_.set->sizes_mm)
                sizes->Append(wxString::Format("%d", mm));
        sizes->Enable(rules_.set.has_value());
        sizes->SetToolTip(rules_.set ? wxString::Format(_("A size of the set %s"), to_wx(rules_.set->name))
                                     : _("No dilator programme in the active plan"));
        XRCCTRL(*this, "date", wxTextCtrl)->ChangeValue(to_wx(to_iso(rules_.today)));
        checked_ = std::make_unique<CheckedForm>(this,
                                                 std::vector<std::pair<std::string, wxString>>{{"date", _("Date")},
                                                                                               {"dilator-mm", _("Dilator size")},
                                                                                               {"minutes", _("Minutes")},
                                                                                               {"comfort", _("Comfort")},
                                                                                               {"pain", _("Pain")},
                                                                                               {"text", _("Notes")}},
                                                 [this] { return check_home_log_form(Form(), rules_); },
                                                 FindWindow(wxID_OK));
        Bind(wxEVT_BUTTON, &AddHomeSessionDialog::OnAdd, this, wxID_OK);
        checked_->Recheck();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        FindWindow("date")->SetFocus();
    }

    const std::optional<LoggedHomeSession>& added() const { return added_; }

private:
    wxComboBox* Combo(const char* name) const { return dynamic_cast<wxComboBox*>(FindWindow(name)); }
    std::string Entry(const char* name) const { return from_wx(Combo(name)->GetValue().Strip(wxString::both)); }

    HomeLogForm Form() const
    {
        HomeLogForm f;
        f.date = from_wx(XRCCTRL(*this, "date", wxTextCtrl)->GetValue().Strip(wxString::both));
        f.dilator_mm = Entry("dilator-mm");
        f.minutes = Entry("minutes");
        f.comfort = Entry("comfort");
        f.pain = Entry("pain");
        f.bleeding = XRCCTRL(*this, "bleeding", wxCheckBox)->GetValue();
        f.text = from_wx(XRCCTRL(*this, "text", wxTextCtrl)->GetValue());
        return f;
    }

    void OnAdd(wxCommandEvent&)
    {
        if (checked_->Submit(this, [this] { added_ = book_.add(patient_id_, Form()); }))
            EndModal(wxID_OK);
    }

    HomeLogBook book_;
    std::int64_t patient_id_;
    RecordingContext rules_;
    std::unique_ptr<CheckedForm> checked_;
    std::optional<LoggedHomeSession> added_;
};

} // namespace

std::optional<LoggedHomeSession> ShowAddHomeSessionDialog(wxWindow* parent, Clinic& clinic, const Actor& actor,
                                                          std::int64_t patient_id)
{
    AddHomeSessionDialog dialog(parent, clinic, actor, patient_id);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.added();
}

} // namespace fc::ui
