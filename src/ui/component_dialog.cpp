#include "ui/component_dialog.h"

#include "ui/checked_form.h"
#include "ui/component_fields.h"
#include "ui/patient_banner.h"
#include "ui/plan_text.h"
#include "ui/window_fit.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/msgdlg.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <memory>

namespace fc::ui {

namespace {

constexpr int wrap_chars = 80;

class AddComponentDialog : public wxDialog {
public:
    AddComponentDialog(wxWindow* parent, TherapyPlans& plans, const DilatorCatalogue& catalogue,
                       const PatientRecord& record, const Date& today, const EpisodeOfCare& plan)
        : plans_(plans), catalogue_(catalogue), record_(record), today_(today), plan_(plan),
          blocking_(blocking_precautions(ComponentKind::Dilator, record.precautions, today))
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "add_component");
        kind_ = XRCCTRL(*this, "kind", wxChoice);
        pages_ = XRCCTRL(*this, "kind_pages", wxSimplebook);
        instructions_ = XRCCTRL(*this, "instructions", wxTextCtrl);
        override_ = FindWindow("override_panel");
        fields_.emplace(this, catalogue_);

        const auto* latest = latest_plan_version(plan_.plan_versions);
        for (const auto k : all_component_kinds)
            if (k != ComponentKind::Dilator || !latest || !dilator_programme(latest->plan)) {
                kinds_.push_back(k);
                kind_->Append(KindLabel(k));
            }
        auto* intro = XRCCTRL(*this, "intro", wxStaticText);
        intro->SetLabelText(wxString::Format(_("Saved as version %d of the plan; the earlier versions are kept."),
                                             latest ? latest->number + 1 : 1));
        intro->Wrap(GetCharWidth() * wrap_chars);
        ShowOpenPrecautions();
        fields_->AlignLabels(FindWindow("kind_label"));
        XRCCTRL(*this, "dilator.lubricant_warning", wxStaticText)->SetForegroundColour(WarningColour());

        std::vector<std::pair<std::string, wxString>> labels = {{"kind", _("Kind")},
                                                                {"instructions", _("Instructions")},
                                                                {"override-reason", _("Reason for overriding")}};
        for (auto& label : ComponentFields::Labels())
            labels.push_back(std::move(label));
        checked_ = std::make_unique<CheckedForm>(this, labels, [this] { return Check(); }, FindWindow(wxID_OK));

        kind_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
            event.Skip();
            ShowKind();
        });
        // A change to a parameter rewrites the default instructions (unless the clinician wrote their own).
        for (const auto type : {wxEVT_TEXT, wxEVT_CHOICE, wxEVT_CHECKBOX})
            pages_->Bind(type, [this](wxCommandEvent& event) {
                event.Skip();
                ParametersChanged();
            });
        pages_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { checked_->Recheck(); });
        FindWindow("default_instructions")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            instructions_->SetValue(to_wx(default_text_));
            instructions_->SetFocus();
        });
        Bind(wxEVT_BUTTON, &AddComponentDialog::OnAdd, this, wxID_OK);
        ShowKind();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        kind_->SetFocus();
    }

    const std::optional<ComponentAdded>& added() const { return added_; }

private:
    std::optional<ComponentKind> Kind() const
    {
        const int i = kind_->GetSelection();
        return i == wxNOT_FOUND ? std::nullopt : std::optional(kinds_.at(static_cast<std::size_t>(i)));
    }

    void ShowOpenPrecautions()
    {
        wxString open;
        for (const auto& p : blocking_)
            open << (open.empty() ? "" : "; ")
                 << wxString::Format(_("%s (noted %s)"), to_wx(label(p.kind)), to_wx(to_iso(p.noted_on)));
        auto* intro = XRCCTRL(*this, "override_intro", wxStaticText);
        intro->SetLabelText(
            wxString::Format(wxPLURAL("Open precaution: %s, not cleared by a medical practitioner.",
                                      "Open precautions: %s, not cleared by a medical practitioner.", blocking_.size()),
                             open) +
            " " +
            _("A dilator programme starts only with a reason for the override, recorded with your name and the date; "
              "it raises a red flag for review."));
        intro->SetForegroundColour(WarningColour());
        intro->Wrap(GetCharWidth() * (wrap_chars - 4));
    }

    ComponentForm Form() const
    {
        const auto kind = Kind();
        auto form = kind ? fields_->Form(*kind) : ComponentForm{};
        form.instructions = from_wx(instructions_->GetValue());
        return form;
    }

    bool NeedsOverride() const
    {
        const auto kind = Kind();
        return kind && is_internal_work(*kind) && !blocking_.empty();
    }

    OverrideForm Override() const
    {
        if (!NeedsOverride())
            return {};
        return {from_wx(XRCCTRL(*this, "override-reason", wxTextCtrl)->GetValue())};
    }

    std::vector<FieldError> Check() const
    {
        auto errors = ComponentFields::Named(check_component_form(Form(), catalogue_), Kind());
        if (NeedsOverride()) {
            std::optional<PrecautionOverride> given;
            const auto reason = Override().override_reason;
            if (reason.find_first_not_of(" \t\r\n") != std::string::npos) {
                given = PrecautionOverride{.reason = reason};
                for (const auto& p : blocking_)
                    given->precaution_ids.push_back(p.id);
            }
            for (auto& e : check_internal_work(*Kind(), record_.precautions, today_, given))
                errors.push_back(std::move(e));
        }
        return errors;
    }

    void ShowKind()
    {
        const auto kind = Kind();
        pages_->ChangeSelection(static_cast<std::size_t>(ComponentFields::PageOf(kind)));
        override_->Show(NeedsOverride());
        ParametersChanged();
        Refit();
    }

    // The default instructions follow the parameters while the clinician has not written their own;
    // a caution (oil-based lubricant with a latex set) shows under its field.
    void ParametersChanged()
    {
        std::optional<PlanComponent> component;
        if (Kind()) {
            auto form = Form();
            form.instructions.clear();
            try {
                component = component_from_form(form, catalogue_);
            } catch (const Error&) {
            }
        }
        const auto text = component ? default_instructions(component->params) : std::string();
        const auto shown = from_wx(instructions_->GetValue());
        if (shown.empty() || shown == default_text_) {
            instructions_->ChangeValue(to_wx(text));
            if (checked_)
                checked_->Recheck();
        }
        default_text_ = text;
        FindWindow("default_instructions")->Enable(!text.empty());

        auto* warning = XRCCTRL(*this, "dilator.lubricant_warning", wxStaticText);
        wxString caution;
        if (component)
            for (const auto& w : component_warnings(*component, catalogue_))
                caution << (caution.empty() ? "" : "\n")
                        << wxString::Format(_("Caution: the lubricant %s"), to_wx(w.message));
        if (caution != warning_text_ || warning->IsShown() != !caution.empty()) {
            warning_text_ = caution;
            warning->SetLabelText(caution);
            warning->Wrap(std::max(FindWindow("dilator.lubricant")->GetSize().x, FromDIP(240)));
            warning->Show(!caution.empty());
            Refit();
        }
    }

    void Refit()
    {
        if (!GetSizer())
            return;
        FitHeightToContent(this);
        // Grown below the screen's edge (the override's reason appearing): moved up into view.
        if (const int index = wxDisplay::GetFromWindow(this); index != wxNOT_FOUND) {
            const auto area = wxDisplay(static_cast<unsigned>(index)).GetClientArea();
            if (GetRect().GetBottom() > area.GetBottom())
                Move(GetPosition().x, std::max(area.GetTop(), area.GetBottom() - GetSize().y));
        }
    }

    void OnAdd(wxCommandEvent&)
    {
        const auto kind = Kind();
        const bool added = checked_->Submit(this, [this, kind] {
            try {
                added_ = plans_.add_component(plan_.id, Form(), Override());
            } catch (const InvalidInput& e) {
                throw InvalidInput(ComponentFields::Named(e.errors(), kind));
            }
        });
        if (added)
            EndModal(wxID_OK);
    }

    TherapyPlans& plans_;
    const DilatorCatalogue& catalogue_;
    const PatientRecord& record_;
    Date today_;
    const EpisodeOfCare& plan_;
    std::vector<Precaution> blocking_; // open precautions that dilator work must override
    wxChoice* kind_ = nullptr;
    wxSimplebook* pages_ = nullptr;
    wxTextCtrl* instructions_ = nullptr;
    wxWindow* override_ = nullptr;
    std::optional<ComponentFields> fields_; // once the dialog is loaded
    std::vector<ComponentKind> kinds_;     // by item of kind_
    std::string default_text_;             // the instructions written from the parameters now
    wxString warning_text_;
    std::unique_ptr<CheckedForm> checked_;
    std::optional<ComponentAdded> added_;
};

} // namespace

std::optional<ComponentAdded> ShowAddComponentDialog(wxWindow* parent, TherapyPlans& plans,
                                                     const DilatorCatalogue& catalogue, const PatientRecord& record,
                                                     const Date& today, const EpisodeOfCare& plan)
{
    AddComponentDialog dialog(parent, plans, catalogue, record, today, plan);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.added();
}

void ShowRaisedFlags(wxWindow* parent, const std::vector<RedFlag>& flags)
{
    if (flags.empty())
        return;
    wxString list;
    for (const auto& f : flags)
        list << L"\u2022 " << to_wx(f.message) << "\n";
    const bool one = flags.size() == 1;
    wxMessageDialog message(parent,
                            one ? _("The plan was saved and raised a red flag for review.")
                                : wxString::Format(_("The plan was saved and raised %zu red flags for review."),
                                                   flags.size()),
                            "FloorChart", wxOK | wxICON_WARNING);
    message.SetExtendedMessage(list + "\n" +
                               (one ? _("It waits in the red-flag queue until a clinician acknowledges it.")
                                    : _("They wait in the red-flag queue until a clinician acknowledges them.")));
    message.ShowModal();
}

} // namespace fc::ui
