#include "services/clinic.h"

#include "services/clinic_impl.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace fc {

std::filesystem::path default_clinic_path()
{
    return store::default_clinic_path();
}

Clinic::Clinic(const std::filesystem::path& path, bool create_if_missing)
    : impl_(std::make_unique<Impl>(path, create_if_missing))
{
}

Clinic::~Clinic() = default;
Clinic::Clinic(Clinic&&) noexcept = default;
Clinic& Clinic::operator=(Clinic&&) noexcept = default;

const std::filesystem::path& Clinic::path() const
{
    return impl_->file.path();
}

bool Clinic::was_checked_after_unclean_shutdown() const
{
    return impl_->file.was_checked_after_unclean_shutdown();
}

bool Clinic::is_backup() const
{
    return impl_->file.is_backup();
}

ClinicHealth Clinic::check(bool thorough)
{
    auto h = impl_->file.check(thorough);
    if (h.ok) {
        impl_->read([&] {
            h.patients = impl_->patients.count(true);
            h.clinicians = static_cast<std::int64_t>(impl_->clinicians.list().size());
            h.audit_entries = impl_->audit.count();
        });
    }
    return h;
}

Date Clinic::today() const
{
    return impl_->today ? impl_->today() : boost::gregorian::day_clock::local_day();
}

void Clinic::set_today(std::function<Date()> today)
{
    impl_->today = std::move(today);
}

} // namespace fc
