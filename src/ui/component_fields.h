#pragma once
// The parameters of a plan component as the component dialog asks for them: one page of
// "kind_pages" (forms/plan_dialogs.xrc) a kind, its fields named "<kind>.<field>" (kinds share the
// core's field names), filled with the core's defaults and read back as the core's ComponentForm.
#include "core/dilator_set.h"
#include "core/errors.h"
#include "core/plan_component.h"

#include <wx/string.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxSimplebook;
class wxTextCtrl;
class wxWindow;

namespace fc::ui {

class ComponentFields {
public:
    // The fields of `dialog`'s pages, with the sets of `catalogue` (which must outlive this).
    ComponentFields(wxWindow* dialog, const DilatorCatalogue& catalogue);

    // The page that asks for `kind`'s parameters (0 when no kind is chosen).
    static int PageOf(std::optional<ComponentKind> kind);
    // What the form calls the core's field `field` of `kind`.
    static std::string FieldName(ComponentKind kind, std::string_view field);
    // Every page's field names and labels (for CheckedForm).
    static std::vector<std::pair<std::string, wxString>> Labels();
    // The core's errors about `kind`, named as this form names its fields.
    static std::vector<FieldError> Named(std::vector<FieldError> errors, std::optional<ComponentKind> kind);

    // The parameters of `kind` as its page holds them (no instructions).
    ComponentForm Form(ComponentKind kind) const;
    // Every page's labels as wide as the widest of them and `first`, so that the fields line up.
    void AlignLabels(wxWindow* first) const;

private:
    wxChoice* Choice(ComponentKind kind, std::string_view field) const;
    wxTextCtrl* Text(ComponentKind kind, std::string_view field) const;
    wxCheckBox* CheckBox(ComponentKind kind, std::string_view field) const;
    const DilatorSet* ChosenSet() const;
    // The page of `kind` filled with the core's defaults (the catalogue's default set, its
    // smallest and largest size...); kinds with none (education, referral) are left empty.
    void ShowDefaults(ComponentKind kind, const ComponentForm& defaults);
    // The sizes of `set` to choose from, `start_mm` and `target_mm` chosen.
    void ShowSizes(const DilatorSet* set, int start_mm, int target_mm);

    wxWindow* dialog_;
    wxSimplebook* pages_ = nullptr;
    wxChoice* set_ = nullptr;
    std::vector<const DilatorSet*> sets_; // by item of set_
};

} // namespace fc::ui
