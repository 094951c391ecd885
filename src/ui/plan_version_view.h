#pragma once
// The body of the Plan tab (forms/plan_tab.xrc): the plan as one version has it - title, status,
// dates, conditions, goals, and each component with its parameters in one line, the patient's
// instructions and any precaution override - with a notice over a version that is not the
// current one. Its text is wrapped to the body's width.
#include "core/dilator_set.h"
#include "core/therapy_plan.h"
#include "ui/record_tab.h"

#include <wx/string.h>

#include <vector>

class wxScrolledWindow;
class wxStaticText;
class wxWindow;

namespace fc::ui {

class PlanVersionView {
public:
    // Fills the controls of `tab`, loaded from "plan_tab".
    explicit PlanVersionView(wxWindow* tab);

    // Shows version `shown` of `plan`; the set names come from `catalogue`, who gave an override
    // and the precautions it overrode from `view`.
    void Show(const EpisodeOfCare& plan, const PlanVersion& shown, const DilatorCatalogue& catalogue,
              const RecordView& view);

private:
    void ShowGoals(const TherapyPlan& plan);
    void ShowComponents(const TherapyPlan& plan, const DilatorCatalogue& catalogue, const RecordView& view,
                        bool current);
    // Text wrapped to the body's width: set now, and again when the width changes.
    wxStaticText* Wrapped(wxStaticText* label, const wxString& text, int indent);
    void WrapAll();

    wxWindow* tab_;
    wxScrolledWindow* body_ = nullptr;
    wxStaticText* title_ = nullptr;
    wxWindow* goals_ = nullptr;
    wxWindow* components_ = nullptr;
    struct WrappedText {
        wxStaticText* label;
        wxString text;
        int indent; // from the body's left margin
    };
    std::vector<WrappedText> wrapped_;
    int wrapped_for_ = 0; // the body's width when last wrapped
};

} // namespace fc::ui
