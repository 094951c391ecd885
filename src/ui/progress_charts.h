#pragma once
// The record's three progress charts (dilator size, minutes held, pain) and how they share their
// room: stacked on one time axis when each gets a readable height, else dilator size across the
// top with minutes held and pain side by side below it, so that all three stay in view at
// 1280 x 800.
#include <wx/panel.h>

namespace fc::ui {

class ProgressChart;

class ProgressCharts : public wxPanel {
public:
    explicit ProgressCharts(wxWindow* parent);

    ProgressChart& dilator() { return *dilator_; }
    ProgressChart& minutes() { return *minutes_; }
    ProgressChart& pain() { return *pain_; }
    // Whether the three are one above the other now.
    bool Stacked() const { return stacked_; }

private:
    void Arrange();

    ProgressChart* dilator_ = nullptr;
    ProgressChart* minutes_ = nullptr;
    ProgressChart* pain_ = nullptr;
    bool stacked_ = true;
};

} // namespace fc::ui
