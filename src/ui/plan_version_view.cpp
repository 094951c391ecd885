#include "ui/plan_version_view.h"

#include "ui/patient_banner.h"
#include "ui/plan_text.h"
#include "ui/wx_text.h"

#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace fc::ui {

namespace {

constexpr int margin = 12; // around the body (forms/plan_tab.xrc)

wxColour GreyText()
{
    return wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
}

// The notice over an earlier version: a pale blue band (a dark one on dark themes).
wxColour NoticeBackground()
{
    return wxSystemSettings::GetAppearance().IsDark() ? wxColour(0x1C, 0x33, 0x52) : wxColour(0xE3, 0xEC, 0xFA);
}

// Lays out `window` and, below it, every panel with a sizer of its own: a label wrapped anew
// changes the height of the panels it is in even when their width stays.
void LayOut(wxWindow* window)
{
    window->Layout();
    for (auto* child : window->GetChildren())
        if (child->GetSizer())
            LayOut(child);
}

} // namespace

PlanVersionView::PlanVersionView(wxWindow* tab) : tab_(tab)
{
    body_ = XRCCTRL(*tab_, "plan_body", wxScrolledWindow);
    title_ = XRCCTRL(*tab_, "plan_title", wxStaticText);
    goals_ = tab_->FindWindow("goals");
    components_ = tab_->FindWindow("components");
    auto* grid = new wxFlexGridSizer(3, wxSize(tab_->FromDIP(12), tab_->FromDIP(6)));
    grid->AddGrowableCol(1);
    goals_->SetSizer(grid);
    components_->SetSizer(new wxBoxSizer(wxVERTICAL));
    body_->SetScrollRate(0, tab_->FromDIP(12));
    title_->SetFont(title_->GetFont().Scaled(1.3f).Bold());
    tab_->FindWindow("as_of")->SetBackgroundColour(NoticeBackground());
    auto* as_of_text = tab_->FindWindow("as_of_text");
    as_of_text->SetFont(as_of_text->GetFont().Bold());

    // The labels line up with the widest.
    int widest = 0;
    for (const char* field : {"status", "dates", "conditions"})
        widest = std::max(widest, tab_->FindWindow(wxString(field) + "_label")->GetBestSize().x);
    for (const char* field : {"status", "dates", "conditions"})
        tab_->FindWindow(wxString(field) + "_label")->SetMinSize(wxSize(widest, -1));

    body_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        body_->CallAfter([this] {
            if (body_->GetClientSize().x != wrapped_for_)
                WrapAll();
        });
    });
}

void PlanVersionView::Show(const EpisodeOfCare& plan, const PlanVersion& shown, const DilatorCatalogue& catalogue,
                           const RecordView& view)
{
    wrapped_.clear();
    const auto& p = shown.plan;
    const auto* latest = latest_plan_version(plan.plan_versions);
    const bool current = latest == &shown;
    auto* as_of = tab_->FindWindow("as_of");
    as_of->Show(!current);
    if (!current)
        Wrapped(XRCCTRL(*tab_, "as_of_text", wxStaticText),
                wxString::Format(_("As of version %d, %s: this is not the current plan (version %d, from %s)."),
                                 shown.number, to_wx(to_iso(shown.effective_on)), latest->number,
                                 to_wx(to_iso(latest->effective_on))),
                tab_->FromDIP(36));
    auto* hint = XRCCTRL(*tab_, "versions_hint", wxStaticText);
    const wxString earlier = wxString::Format(_("Shown: version %d, as it was from %s. Choose version %d for the "
                                                "current plan."),
                                              shown.number, to_wx(to_iso(shown.effective_on)), latest->number);
    Wrapped(hint, current ? _("Choose a version to see the plan as it was then.") : earlier, 0);
    hint->SetForegroundColour(current ? GreyText() : tab_->GetForegroundColour());
    hint->SetFont(current ? tab_->GetFont() : tab_->GetFont().Bold());
    Wrapped(title_, to_wx(p.title), 0);
    Wrapped(XRCCTRL(*tab_, "value_status", wxStaticText), StatusText(p),
            tab_->FindWindow("status_label")->GetMinSize().x + tab_->FromDIP(12));
    const bool overdue = current && p.status == PlanStatus::Active && p.review_on < view.today;
    XRCCTRL(*tab_, "value_dates", wxStaticText)
        ->SetLabelText(wxString::Format(overdue ? _("Started %s, review %s (overdue)") : _("Started %s, review %s"),
                                        to_wx(to_iso(p.start_on)), to_wx(to_iso(p.review_on))));
    wxString conditions;
    for (const auto& c : p.conditions)
        conditions << (conditions.empty() ? "" : "; ") << to_wx(c);
    auto* conditions_value = XRCCTRL(*tab_, "value_conditions", wxStaticText);
    Wrapped(conditions_value, conditions.empty() ? _("No conditions named") : conditions,
            tab_->FindWindow("conditions_label")->GetMinSize().x + tab_->FromDIP(12));
    conditions_value->SetForegroundColour(conditions.empty() ? GreyText() : tab_->GetForegroundColour());
    ShowGoals(p);
    ShowComponents(p, catalogue, view, current);
    WrapAll();
}

void PlanVersionView::ShowGoals(const TherapyPlan& plan)
{
    goals_->DestroyChildren();
    auto* grid = goals_->GetSizer();
    grid->Clear();
    if (plan.goals.empty()) {
        auto* none = new wxStaticText(goals_, wxID_ANY, _("No goals recorded."));
        none->SetForegroundColour(GreyText());
        grid->Add(none);
        return;
    }
    const int mark_width = tab_->GetTextExtent(L"\u2713").x;
    const int when_width = tab_->GetTextExtent(_("target 0000-00-00, achieved")).x;
    for (const auto& g : plan.goals) {
        auto* mark = new wxStaticText(goals_, wxID_ANY, g.achieved ? L"\u2713" : L"\u2022");
        grid->Add(mark, wxSizerFlags().Top());
        auto* text = new wxStaticText(goals_, wxID_ANY, wxString());
        text->SetName("goal");
        grid->Add(Wrapped(text, to_wx(g.text), mark_width + when_width + tab_->FromDIP(24)), wxSizerFlags().Expand());
        wxString when;
        if (g.target_on)
            when = wxString::Format(_("target %s"), to_wx(to_iso(*g.target_on)));
        if (g.achieved)
            when = when.empty() ? _("achieved") : wxString::Format(_("%s, achieved"), when);
        auto* target = new wxStaticText(goals_, wxID_ANY, when);
        target->SetForegroundColour(GreyText());
        grid->Add(target, wxSizerFlags().Top());
    }
}

void PlanVersionView::ShowComponents(const TherapyPlan& plan, const DilatorCatalogue& catalogue,
                                     const RecordView& view, bool current)
{
    components_->DestroyChildren();
    auto* column = components_->GetSizer();
    column->Clear();
    const int left = tab_->FromDIP(6); // forms/plan_tab.xrc: the components' indent
    if (plan.components.empty()) {
        auto* none = new wxStaticText(components_, wxID_ANY, wxString());
        none->SetForegroundColour(GreyText());
        column->Add(Wrapped(none,
                            current ? _("No components yet. Add a dilator programme, exercises, advice or a referral "
                                        "with Add component.")
                                    : _("No components in this version."),
                            left),
                    wxSizerFlags().Expand());
        return;
    }
    const int indent = left + tab_->FromDIP(2 + 10 + 2); // and the instructions', right of their rule
    for (const auto& c : plan.components) {
        auto* panel = wxXmlResource::Get()->LoadPanel(components_, "plan_component");
        panel->SetName(wxString("component_") + to_wx(to_string(c.kind())));
        auto* kind = XRCCTRL(*panel, "kind", wxStaticText);
        kind->SetLabelText(KindLabel(c.kind()));
        kind->SetFont(kind->GetFont().Bold());
        kind->SetInitialSize(); // as wide as its bold text
        Wrapped(XRCCTRL(*panel, "params", wxStaticText), ParametersLine(c, catalogue), left);
        auto* caption = panel->FindWindow("instructions_caption");
        caption->SetForegroundColour(GreyText());
        caption->SetFont(caption->GetFont().Smaller());
        Wrapped(XRCCTRL(*panel, "instructions", wxStaticText), to_wx(c.instructions), indent);
        auto* override_text = XRCCTRL(*panel, "override", wxStaticText);
        auto* icon = XRCCTRL(*panel, "override_icon", wxStaticBitmap);
        override_text->Show(c.precaution_override.has_value());
        icon->Show(c.precaution_override.has_value());
        if (c.precaution_override) {
            override_text->SetForegroundColour(WarningColour());
            Wrapped(override_text,
                    OverrideText(*c.precaution_override, view.record.precautions,
                                 to_wx(view.clinician_name(c.precaution_override->clinician_id))),
                    left + icon->GetBestSize().x + tab_->FromDIP(6));
        }
        column->Add(panel, wxSizerFlags().Expand().Border(wxBOTTOM, tab_->FromDIP(12)));
    }
}

wxStaticText* PlanVersionView::Wrapped(wxStaticText* label, const wxString& text, int indent)
{
    wrapped_.push_back({label, text, indent});
    label->SetLabelText(text);
    label->SetMinSize(wxSize(tab_->FromDIP(120), -1)); // wrapped to the tab's width, never widening it
    return label;
}

void PlanVersionView::WrapAll()
{
    wrapped_for_ = body_->GetClientSize().x;
    for (const auto& w : wrapped_) {
        w.label->SetLabelText(w.text);
        if (const int width = wrapped_for_ - tab_->FromDIP(2 * margin) - w.indent; width > 0)
            w.label->Wrap(width);
        w.label->InvalidateBestSize();
    }
    LayOut(body_);
    body_->FitInside();
}

} // namespace fc::ui
