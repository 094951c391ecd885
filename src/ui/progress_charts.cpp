#include "ui/progress_charts.h"

#include "ui/progress_chart.h"

#include <algorithm>

namespace fc::ui {

namespace {
constexpr int chart_height = 140; // the least a chart is readable at (DIP)
constexpr int chart_width = 280;
constexpr int gap = 8;
} // namespace

ProgressCharts::ProgressCharts(wxWindow* parent) : wxPanel(parent, wxID_ANY)
{
    SetName("progress_charts");
    dilator_ = new ProgressChart(this, "dilator_chart");
    minutes_ = new ProgressChart(this, "minutes_chart");
    pain_ = new ProgressChart(this, "pain_chart");
    for (auto* chart : {dilator_, minutes_, pain_})
        chart->SetMinSize(FromDIP(wxSize(chart_width, chart_height)));
    // Room for the side-by-side arrangement; a taller panel stacks them.
    SetMinSize(FromDIP(wxSize(chart_width, 2 * chart_height + gap)));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        Arrange();
    });
}

void ProgressCharts::Arrange()
{
    const wxSize size = GetClientSize();
    const int g = FromDIP(gap);
    if (size.x <= 0 || size.y <= 2 * g)
        return; // not laid out yet
    const bool wide = size.x >= 2 * FromDIP(chart_width) + g;
    stacked_ = !wide || size.y >= 3 * FromDIP(chart_height) + 2 * g;
    if (stacked_) {
        const int h = std::max(1, (size.y - 2 * g) / 3);
        dilator_->SetSize(0, 0, size.x, h);
        minutes_->SetSize(0, h + g, size.x, h);
        pain_->SetSize(0, 2 * (h + g), size.x, size.y - 2 * (h + g));
        return;
    }
    const int h = (size.y - g) / 2, w = (size.x - g) / 2;
    dilator_->SetSize(0, 0, size.x, h);
    minutes_->SetSize(0, h + g, w, size.y - h - g);
    pain_->SetSize(w + g, h + g, size.x - w - g, size.y - h - g);
}

} // namespace fc::ui
