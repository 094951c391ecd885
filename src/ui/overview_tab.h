#pragma once
// The Overview tab of a patient's record: the therapy plan in brief (title, dates, status, each
// component in one line, goals, a recorded precaution override), key numbers (sessions signed,
// latest pain, current dilator size, adherence over the last four full weeks) and the progress
// charts: dilator size against the target, minutes held, pain during and after. Everything is
// read once when the record is shown; the charts then only paint.
#include "ui/record_tab.h"

#include <wx/scrolwin.h>

#include <vector>

class wxStaticText;

namespace fc {
struct DilatorCatalogue;
struct PlanVersion;
struct ProgressSeries;
struct SessionNote;
struct HomeLogEntry;
}

namespace fc::ui {

class ProgressCharts;

class OverviewTab : public wxScrolledWindow, public RecordTab {
public:
    explicit OverviewTab(wxWindow* parent);

    wxWindow* Page() override { return this; }
    wxString Title() const override;
    void ShowRecord(const RecordView& view) override;

private:
    void ShowPlan(const PlanVersion* plan, const DilatorCatalogue& catalogue, const RecordView& view);
    void ShowNumbers(const std::vector<SessionNote>& notes, const std::vector<HomeLogEntry>& home_log,
                     const std::vector<PlanVersion>& versions, const ProgressSeries& progress,
                     const PlanVersion* plan, const Date& today);
    void ShowCharts(const ProgressSeries& progress, const PlanVersion* plan, bool any_session, const Date& today);
    void SetWrapped(const char* name, const wxString& text);
    void Wrap();

    ProgressCharts* charts_ = nullptr;
    struct Wrapped {
        wxStaticText* label;
        wxString text;
    };
    std::vector<Wrapped> wrapped_; // labels wrapped to the tab's width
    int wrapped_for_ = 0;          // the width they were last wrapped for
};

} // namespace fc::ui
