#include "ui/note_form_fields.h"

#include "ui/wx_text.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace fc::ui {

namespace {

// Choices in the order of the XRC lists.
constexpr std::array<std::string_view, 4> type_ids = {"initial", "follow-up", "review", "discharge"};
constexpr std::array<std::string_view, 3> attendance_ids = {"attended", "cancelled", "did-not-attend"};

// Short entries, read without surrounding spaces.
auto entry_members()
{
    return std::to_array<std::pair<const char*, std::string NoteForm::*>>({
        {"date", &NoteForm::date},
        {"start", &NoteForm::start},
        {"duration", &NoteForm::duration},
    });
}

// Free text, kept as typed (leading spaces and blank lines are the clinician's).
auto text_members()
{
    return std::to_array<std::pair<const char*, std::string NoteForm::*>>({
        {"subjective", &NoteForm::subjective},
        {"objective", &NoteForm::objective},
        {"assessment", &NoteForm::assessment},
        {"plan", &NoteForm::plan},
        {"next-steps", &NoteForm::next_steps},
    });
}

auto measure_members()
{
    return std::to_array<std::pair<const char*, std::string MeasuresForm::*>>({
        {"pain-during", &MeasuresForm::pain_during},
        {"pain-after", &MeasuresForm::pain_after},
        {"comfort", &MeasuresForm::comfort},
        {"dilator-mm", &MeasuresForm::dilator_mm},
        {"minutes-held", &MeasuresForm::minutes_held},
        {"oxford", &MeasuresForm::oxford},
        {"perfect-p", &MeasuresForm::perfect_p},
        {"perfect-e", &MeasuresForm::perfect_e},
        {"perfect-r", &MeasuresForm::perfect_r},
        {"perfect-f", &MeasuresForm::perfect_f},
        {"bristol", &MeasuresForm::bristol},
    });
}

auto symptom_members()
{
    return std::to_array<std::pair<const char*, bool Symptoms::*>>({
        {"bleeding", &Symptoms::bleeding},
        {"sharp-pain", &Symptoms::sharp_pain},
        {"burning", &Symptoms::burning},
        {"soreness-24h", &Symptoms::soreness_over_24h},
        {"worsening", &Symptoms::worsening},
        {"distress", &Symptoms::distress},
    });
}

auto flag_members()
{
    return std::to_array<std::pair<const char*, bool NoteForm::*>>({
        {"screened", &NoteForm::screened},
        {"consent-internal", &NoteForm::consent_internal},
        {"chaperone-offered", &NoteForm::chaperone_offered},
        {"chaperone-present", &NoteForm::chaperone_present},
    });
}

template <class T>
T* Control(wxWindow* editor, const char* name)
{
    return dynamic_cast<T*>(editor->FindWindow(name));
}

template <std::size_t N>
int IndexOf(const std::array<std::string_view, N>& ids, const std::string& id, int fallback)
{
    const auto it = std::find(ids.begin(), ids.end(), id);
    return it == ids.end() ? fallback : static_cast<int>(it - ids.begin());
}

wxString EntryText(wxWindow* editor, const char* name)
{
    if (auto* combo = Control<wxComboBox>(editor, name))
        return combo->GetValue();
    if (auto* text = Control<wxTextCtrl>(editor, name))
        return text->GetValue();
    return {};
}

void SetEntryText(wxWindow* editor, const char* name, const std::string& value)
{
    if (auto* combo = Control<wxComboBox>(editor, name))
        combo->ChangeValue(to_wx(value));
    else if (auto* text = Control<wxTextCtrl>(editor, name))
        text->ChangeValue(to_wx(value));
}

} // namespace

std::vector<std::pair<std::string, wxString>> NoteFieldLabels()
{
    return {{"date", _("Date")},
            {"start", _("Start")},
            {"duration", _("Duration")},
            {"type", _("Type")},
            {"attendance", _("Attendance")},
            {"subjective", _("Subjective")},
            {"objective", _("Objective")},
            {"assessment", _("Assessment")},
            {"plan", _("Plan")},
            {"next-steps", _("Next steps")},
            {"pain-during", _("Pain during")},
            {"pain-after", _("Pain after")},
            {"comfort", _("Comfort")},
            {"dilator-mm", _("Dilator size")},
            {"minutes-held", _("Minutes held")},
            {"oxford", _("Oxford grade")},
            {"bristol", _("Bristol type")},
            {"perfect-p", _("Power")},
            {"perfect-e", _("Endurance")},
            {"perfect-r", _("Repetitions")},
            {"perfect-f", _("Fast contractions")},
            {"screening", _("Screening")},
            {"chaperone-offered", _("Chaperone offered")}};
}

void NoteFormFields::OfferSizes(const std::optional<DilatorSet>& set)
{
    auto* sizes = Control<wxComboBox>(editor_, "dilator-mm");
    const wxString typed = sizes->GetValue();
    sizes->Clear();
    sizes->Append(wxString());
    if (set)
        for (const int mm : set->sizes_mm)
            sizes->Append(wxString::Format("%d", mm));
    sizes->ChangeValue(typed);
    sizes->SetToolTip(set ? wxString::Format(_("A size of the set %s"), to_wx(set->name))
                          : _("No dilator programme in the active plan"));
}

NoteForm NoteFormFields::Read() const
{
    NoteForm f;
    for (const auto& [name, member] : entry_members())
        f.*member = from_wx(EntryText(editor_, name).Strip(wxString::both));
    for (const auto& [name, member] : text_members())
        f.*member = from_wx(EntryText(editor_, name));
    f.type = std::string(type_ids.at(static_cast<std::size_t>(std::max(0, Control<wxChoice>(editor_, "type")->GetSelection()))));
    f.attendance = std::string(
        attendance_ids.at(static_cast<std::size_t>(std::max(0, Control<wxChoice>(editor_, "attendance")->GetSelection()))));
    for (const auto& [name, member] : measure_members())
        f.measures.*member = from_wx(EntryText(editor_, name).Strip(wxString::both));
    for (const auto& [name, member] : symptom_members())
        f.symptoms.*member = Control<wxCheckBox>(editor_, name)->GetValue();
    for (const auto& [name, member] : flag_members())
        f.*member = Control<wxCheckBox>(editor_, name)->GetValue();
    for (const auto q : all_screening_questions)
        if (Control<wxCheckBox>(editor_, ("screening-" + std::string(to_string(q))).c_str())->GetValue())
            f.screening.emplace_back(to_string(q));
    return f;
}

void NoteFormFields::Write(const NoteForm& f)
{
    for (const auto& [name, member] : entry_members())
        SetEntryText(editor_, name, f.*member);
    for (const auto& [name, member] : text_members())
        SetEntryText(editor_, name, f.*member);
    Control<wxChoice>(editor_, "type")->SetSelection(IndexOf(type_ids, f.type.empty() ? "follow-up" : f.type, 1));
    Control<wxChoice>(editor_, "attendance")->SetSelection(IndexOf(attendance_ids, f.attendance, 0));
    for (const auto& [name, member] : measure_members())
        SetEntryText(editor_, name, f.measures.*member);
    for (const auto& [name, member] : symptom_members())
        Control<wxCheckBox>(editor_, name)->SetValue(f.symptoms.*member);
    for (const auto& [name, member] : flag_members())
        Control<wxCheckBox>(editor_, name)->SetValue(f.*member);
    for (const auto q : all_screening_questions) {
        const auto id = std::string(to_string(q));
        const bool yes = std::any_of(f.screening.begin(), f.screening.end(),
                                     [&](const std::string& items) { return items.find(id) != std::string::npos; });
        Control<wxCheckBox>(editor_, ("screening-" + id).c_str())->SetValue(yes);
    }
}

void NoteFormFields::FocusFirst() const
{
    editor_->FindWindow("subjective")->SetFocus();
}

} // namespace fc::ui
