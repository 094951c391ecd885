#pragma once
// The home-programme handout for the patient: the plan's components as plain instructions,
// the dilator schedule for the coming weeks, when to stop and call, and a blank diary.
#include "reports/document.h"
#include "reports/font_metrics.h"
#include "reports/report_data.h"

#include <string>
#include <vector>

namespace fc::reports {

// One week of the dilator schedule.
struct ScheduleWeek {
    int number = 1;
    Date first, last;
    int sessions = 0;
    int start_mm = 0; // the size to use first that week
    int up_to_mm = 0; // the largest size allowed that week, if the smaller one is comfortable
    int minutes = 0;
};

// The schedule of `programme` from `starts_on`: at most one size up a week (and only when
// comfortable), minutes rising evenly to the target.
std::vector<ScheduleWeek> dilator_schedule(const DilatorProgramme& programme, const DilatorSet* set,
                                           const Date& starts_on, int weeks);

Document layout_home_programme(const HomeProgrammeData& data, const FontMetrics& metrics);

} // namespace fc::reports
