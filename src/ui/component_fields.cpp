#include "ui/component_fields.h"

#include "ui/plan_text.h"
#include "ui/wx_text.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/simplebook.h>
#include <wx/textctrl.h>
#include <wx/window.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <cstdlib>

namespace fc::ui {

namespace {
constexpr Lubricant lubricants[] = {Lubricant::Water, Lubricant::Silicone, Lubricant::Oil};
// The fields the form has for every kind; the others are on the kind's page.
constexpr std::string_view shared_fields[] = {"kind", "instructions", "override-reason"};
} // namespace

ComponentFields::ComponentFields(wxWindow* dialog, const DilatorCatalogue& catalogue) : dialog_(dialog)
{
    pages_ = XRCCTRL(*dialog_, "kind_pages", wxSimplebook);
    set_ = Choice(ComponentKind::Dilator, "set");
    for (const auto& s : catalogue.sets)
        if (s.active) {
            sets_.push_back(&s);
            set_->Append(DilatorSetLabel(s));
        }
    for (const auto l : lubricants)
        Choice(ComponentKind::Dilator, "lubricant")->Append(LubricantLabel(l));
    for (const auto k : all_component_kinds) {
        ComponentForm f;
        try {
            f = ComponentForm::from(component_from_form(ComponentForm{.kind = std::string(to_string(k))}, catalogue));
        } catch (const Error&) {
            continue; // no defaults: education and referral
        }
        ShowDefaults(k, f);
    }
    // A set chosen offers its sizes, the smallest and the largest chosen.
    set_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        event.Skip();
        const auto* set = ChosenSet();
        ShowSizes(set, set ? set->smallest_mm() : 0, set ? set->largest_mm() : 0);
    });
}

int ComponentFields::PageOf(std::optional<ComponentKind> kind)
{
    return kind ? static_cast<int>(*kind) + 1 : 0;
}

std::string ComponentFields::FieldName(ComponentKind kind, std::string_view field)
{
    return std::string(to_string(kind)) + "." + std::string(field);
}

std::vector<std::pair<std::string, wxString>> ComponentFields::Labels()
{
    using K = ComponentKind;
    const std::pair<K, std::vector<std::pair<const char*, wxString>>> fields[] = {
        {K::Dilator,
         {{"set", _("Dilator set")},
          {"start-mm", _("Start size")},
          {"target-mm", _("Target size")},
          {"minutes-start", _("Minutes at the start")},
          {"minutes-target", _("Minutes at the target")},
          {"per-week", _("Sessions a week")},
          {"lubricant", _("Lubricant")}}},
        {K::Pfmt,
         {{"hold-s", _("Hold")},
          {"reps", _("Repetitions")},
          {"sets", _("Sets a day")},
          {"fast", _("Fast contractions")}}},
        {K::Breathing, {{"minutes", _("Minutes")}, {"per-day", _("Times a day")}}},
        {K::Massage, {{"minutes", _("Minutes")}, {"per-week", _("Sessions a week")}}},
        {K::Heat, {{"minutes", _("Minutes")}, {"per-week", _("Sessions a week")}}},
        {K::Education, {{"topic", _("Topics")}, {"other-topic", _("Other topic")}}},
        {K::Referral, {{"to", _("Refer to")}, {"reason", _("Reason")}}},
    };
    std::vector<std::pair<std::string, wxString>> labels;
    for (const auto& [kind, names] : fields)
        for (const auto& [field, name] : names)
            labels.emplace_back(FieldName(kind, field), name);
    return labels;
}

std::vector<FieldError> ComponentFields::Named(std::vector<FieldError> errors, std::optional<ComponentKind> kind)
{
    if (kind)
        for (auto& e : errors)
            if (std::find(std::begin(shared_fields), std::end(shared_fields), e.field) == std::end(shared_fields))
                e.field = FieldName(*kind, e.field);
    return errors;
}

wxChoice* ComponentFields::Choice(ComponentKind kind, std::string_view field) const
{
    return dynamic_cast<wxChoice*>(dialog_->FindWindow(to_wx(FieldName(kind, field))));
}

wxTextCtrl* ComponentFields::Text(ComponentKind kind, std::string_view field) const
{
    return dynamic_cast<wxTextCtrl*>(dialog_->FindWindow(to_wx(FieldName(kind, field))));
}

wxCheckBox* ComponentFields::CheckBox(ComponentKind kind, std::string_view field) const
{
    return dynamic_cast<wxCheckBox*>(dialog_->FindWindow(to_wx(FieldName(kind, field))));
}

const DilatorSet* ComponentFields::ChosenSet() const
{
    const int i = set_->GetSelection();
    return i == wxNOT_FOUND ? nullptr : sets_.at(static_cast<std::size_t>(i));
}

void ComponentFields::AlignLabels(wxWindow* first) const
{
    std::vector<wxWindow*> labels{first};
    for (const auto k : all_component_kinds)
        for (auto* child : pages_->GetPage(static_cast<std::size_t>(PageOf(k)))->GetChildren())
            if (child->GetName().EndsWith("_label"))
                labels.push_back(child);
    int widest = 0;
    for (auto* l : labels)
        widest = std::max(widest, l->GetBestSize().x);
    for (auto* l : labels)
        l->SetMinSize(wxSize(widest, -1));
}

ComponentForm ComponentFields::Form(ComponentKind kind) const
{
    ComponentForm f;
    f.kind = std::string(to_string(kind));
    const auto text = [&](const char* field) { return from_wx(Text(kind, field)->GetValue()); };
    using K = ComponentKind;
    switch (kind) {
    case K::Dilator: {
        if (const auto* set = ChosenSet()) {
            f.set = std::to_string(set->id);
            for (const auto& [field, value] :
                 {std::pair{"start-mm", &f.start_mm}, std::pair{"target-mm", &f.target_mm}})
                if (const int i = Choice(kind, field)->GetSelection(); i != wxNOT_FOUND)
                    *value = std::to_string(set->sizes_mm.at(static_cast<std::size_t>(i)));
        }
        f.minutes_start = text("minutes-start");
        f.minutes_target = text("minutes-target");
        f.per_week = text("per-week");
        if (const int i = Choice(kind, "lubricant")->GetSelection(); i != wxNOT_FOUND)
            f.lubricant = std::string(to_string(lubricants[i]));
        break;
    }
    case K::Pfmt:
        f.hold_s = text("hold-s");
        f.reps = text("reps");
        f.sets = text("sets");
        f.fast = text("fast");
        f.relaxation = CheckBox(kind, "relaxation")->GetValue();
        break;
    case K::Breathing:
        f.minutes = text("minutes");
        f.per_day = text("per-day");
        break;
    case K::Massage:
    case K::Heat:
        f.minutes = text("minutes");
        f.per_week = text("per-week");
        break;
    case K::Education:
        for (const auto t : all_education_topics)
            if (CheckBox(kind, "topic." + std::string(to_string(t)))->GetValue())
                f.topics.emplace_back(to_string(t));
        f.other_topic = text("other-topic");
        break;
    case K::Referral:
        f.to = text("to");
        f.reason = text("reason");
        break;
    }
    return f;
}

void ComponentFields::ShowDefaults(ComponentKind kind, const ComponentForm& f)
{
    using K = ComponentKind;
    const auto set_text = [&](const char* field, const std::string& value) {
        if (auto* text = Text(kind, field))
            text->ChangeValue(to_wx(value));
    };
    switch (kind) {
    case K::Dilator: {
        for (std::size_t i = 0; i < sets_.size(); ++i)
            if (std::to_string(sets_[i]->id) == f.set)
                set_->SetSelection(static_cast<int>(i));
        ShowSizes(ChosenSet(), std::atoi(f.start_mm.c_str()), std::atoi(f.target_mm.c_str()));
        set_text("minutes-start", f.minutes_start);
        set_text("minutes-target", f.minutes_target);
        set_text("per-week", f.per_week);
        for (std::size_t i = 0; i < std::size(lubricants); ++i)
            if (to_string(lubricants[i]) == f.lubricant)
                Choice(kind, "lubricant")->SetSelection(static_cast<int>(i));
        break;
    }
    case K::Pfmt:
        set_text("hold-s", f.hold_s);
        set_text("reps", f.reps);
        set_text("sets", f.sets);
        set_text("fast", f.fast);
        CheckBox(kind, "relaxation")->SetValue(f.relaxation);
        break;
    case K::Breathing:
        set_text("minutes", f.minutes);
        set_text("per-day", f.per_day);
        break;
    case K::Massage:
    case K::Heat:
        set_text("minutes", f.minutes);
        set_text("per-week", f.per_week);
        break;
    case K::Education:
    case K::Referral:
        break;
    }
}

void ComponentFields::ShowSizes(const DilatorSet* set, int start_mm, int target_mm)
{
    for (const auto& [field, chosen] : {std::pair{"start-mm", start_mm}, std::pair{"target-mm", target_mm}}) {
        auto* sizes = Choice(ComponentKind::Dilator, field);
        sizes->Clear();
        if (!set)
            continue;
        for (std::size_t i = 0; i < set->sizes_mm.size(); ++i) {
            sizes->Append(wxString::Format(_("%d mm"), set->sizes_mm[i]));
            if (set->sizes_mm[i] == chosen)
                sizes->SetSelection(static_cast<int>(i));
        }
    }
}

} // namespace fc::ui
