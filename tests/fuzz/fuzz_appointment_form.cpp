// The booking form as typed (11 fields): checking it never crashes; a form without errors is
// booked without throwing, its repeat gives exactly `count` dates in order, from the date on,
// within two years of today, and no occurrence ends after midnight.
#include "core/appointment.h"
#include "fuzz_fields.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto f = fc::fuzz::fields(data, size, 11);
    const fc::AppointmentForm form{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]};
    const fc::Date today(2026, 11, 25);
    if (!fc::check_appointment_form(form, today).empty())
        return 0;
    const auto request = fc::booking_from_form(form, today); // must not throw: the check passed
    if (request.first.end_minutes() > 24 * 60)
        std::abort();
    if (request.repeat) {
        const auto dates = fc::occurrence_dates(request.first.date, *request.repeat);
        if (static_cast<int>(dates.size()) != request.repeat->count || dates.front() < request.first.date)
            std::abort();
        for (std::size_t i = 1; i < dates.size(); ++i)
            if (!(dates[i - 1] < dates[i]))
                std::abort();
        if (dates.back() > today + boost::gregorian::years(2))
            std::abort();
    }
    return 0;
}
