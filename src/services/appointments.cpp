#include "services/appointments.h"

#include "core/note_defaults.h"
#include "core/text.h"
#include "services/diary_settings.h"
#include "services/record_lookup.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace fc {

namespace {
using boost::gregorian::days;

// Names for warnings, looked up once each.
class NameCache {
public:
    explicit NameCache(Clinic::Impl& impl) : impl_(impl) {}
    DiaryNames names()
    {
        return DiaryNames{[this](std::int64_t id) { return patient(id); }, [this](std::int64_t id) { return clinician(id); }};
    }

private:
    std::string patient(std::int64_t id)
    {
        auto [it, fresh] = patients_.try_emplace(id);
        if (fresh)
            if (const auto p = impl_.patients.find(id))
                it->second = p->display_name();
        return it->second;
    }
    std::string clinician(std::int64_t id)
    {
        auto [it, fresh] = clinicians_.try_emplace(id);
        if (fresh)
            if (const auto c = impl_.clinicians.find(id))
                it->second = c->name;
        return it->second;
    }
    Clinic::Impl& impl_;
    std::map<std::int64_t, std::string> patients_;
    std::map<std::int64_t, std::string> clinicians_;
};

Appointment existing_appointment(Clinic::Impl& impl, std::int64_t id)
{
    if (auto a = impl.appointments.find(id))
        return *a;
    throw NotFound(fmt::format("appointment {} does not exist", id));
}

Conflict stale(std::int64_t id)
{
    return Conflict(fmt::format("appointment {} was changed by someone else since it was loaded; reload it and make "
                                "the change again",
                                id));
}

// The clinician an appointment is with: the form's, else the one acting; must exist and work here.
std::int64_t booked_clinician(Clinic::Impl& impl, const Appointment& requested, const Actor& actor)
{
    const auto id = requested.clinician_id ? requested.clinician_id : acting_clinician(actor);
    const auto c = impl.clinicians.find(id);
    if (!c)
        throw NotFound(fmt::format("clinician {} does not exist", id));
    if (!c->active)
        throw InvalidInput(FieldError{"clinician", "inactive",
                                      fmt::format("{} (clinician {}) no longer works here", c->name, id)});
    return id;
}

std::string booked_as(const Repeat& r)
{
    std::string on;
    for (const auto d : r.days)
        on += (on.empty() ? "" : ", ") + std::string(to_string(d));
    return r.every_weeks == 1 ? fmt::format("weekly on {}; {} in all", on, r.count)
                              : fmt::format("every {} weeks on {}; {} in all", r.every_weeks, on, r.count);
}

// Every warning for the appointments as they are now placed (`a` among the others of its day).
void add_warnings(Clinic::Impl& impl, const std::vector<Appointment>& placed, const DiarySettings& settings,
                  const Date& today, NameCache& names, std::vector<BookingWarning>& out)
{
    std::map<Date, std::vector<Appointment>> by_day;
    for (const auto& a : placed) {
        auto [it, fresh] = by_day.try_emplace(a.date);
        if (fresh)
            it->second = impl.appointments.between(a.date, a.date, std::nullopt);
        auto others = it->second;
        for (const auto& b : placed) // occurrences not written yet (a check) are on the day too
            if (b.date == a.date && &b != &a && (b.id == 0 || std::none_of(others.begin(), others.end(),
                                                                           [&](const auto& o) { return o.id == b.id; })))
                others.push_back(b);
        auto w = booking_warnings(a, others, settings.hours, today, names.names());
        out.insert(out.end(), std::make_move_iterator(w.begin()), std::make_move_iterator(w.end()));
    }
}

void require_booked(const Appointment& a, std::string_view change)
{
    if (!a.can_be_changed())
        throw Conflict(fmt::format("appointment {} is {}; only a booked appointment can be {}", a.id,
                                   text::to_lower_ascii(label(a.status)), change));
}
} // namespace

std::int64_t Appointments::clinician()
{
    return acting_clinician(actor_);
}

Booking Appointments::check(std::int64_t patient_id, const AppointmentForm& form)
{
    auto& impl = clinic_.impl();
    const auto today = clinic_.today();
    return impl.read([&] {
        auto request = booking_from_form(form, today);
        existing_patient(impl, patient_id);
        request.first.patient_id = patient_id;
        request.first.clinician_id = booked_clinician(impl, request.first, actor_);
        Booking b;
        const auto dates = request.repeat ? occurrence_dates(request.first.date, *request.repeat)
                                          : std::vector<Date>{request.first.date};
        for (const auto& d : dates) {
            auto a = request.first;
            a.date = d;
            b.appointments.push_back(a);
        }
        NameCache names(impl);
        add_warnings(impl, b.appointments, load_diary_settings(impl), today, names, b.warnings);
        return b;
    });
}

Booking Appointments::book(std::int64_t patient_id, const AppointmentForm& form)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    const auto today = clinic_.today();
    return impl.write([&] {
        auto request = booking_from_form(form, today);
        existing_patient(impl, patient_id);
        request.first.patient_id = patient_id;
        request.first.clinician_id = booked_clinician(impl, request.first, actor_);
        Booking b;
        if (request.repeat) {
            b.series_id = impl.appointments.insert_series(patient_id, request.first.clinician_id,
                                                          booked_as(*request.repeat), std::nullopt, by);
            impl.audit.append(by, "create", "appointment-series", *b.series_id,
                              fmt::format("patient {}; {}", patient_id, booked_as(*request.repeat)));
        }
        const auto dates = request.repeat ? occurrence_dates(request.first.date, *request.repeat)
                                          : std::vector<Date>{request.first.date};
        for (const auto& d : dates) {
            auto a = request.first;
            a.date = d;
            a.series_id = b.series_id;
            a.id = impl.appointments.insert(a, by);
            a.version = 1;
            impl.audit.append(by, "create", "appointment", a.id,
                              fmt::format("patient {}; {} {}", patient_id, to_iso(a.date), to_iso(a.start)));
            b.appointments.push_back(a);
        }
        NameCache names(impl);
        add_warnings(impl, b.appointments, load_diary_settings(impl), today, names, b.warnings);
        return b;
    });
}

namespace {
// What an edit changes: the occurrences it applies to, each as it will be, and whether they
// leave their series for a new one (there are earlier occurrences to leave behind).
struct EditPlan {
    Appointment current;
    std::vector<Appointment> targets; // as they will be; versions as stored now
    bool split = false;
};

EditPlan plan_edit(Clinic::Impl& impl, std::int64_t appointment_id, const AppointmentForm& form,
                   std::int64_t expected_version, SeriesScope scope, const Actor& actor, const Date& today)
{
    EditPlan plan{existing_appointment(impl, appointment_id), {}, false};
    const auto& current = plan.current;
    if (current.version != expected_version)
        throw stale(appointment_id);
    require_booked(current, "moved or changed");
    auto plain = form;
    plain.repeat.clear();
    plain.on.clear();
    plain.count.clear();
    plain.every.clear();
    auto wanted = booking_from_form(plain, today).first;
    wanted.patient_id = current.patient_id;
    if (!wanted.clinician_id)
        wanted.clinician_id = current.clinician_id;
    wanted.clinician_id = booked_clinician(impl, wanted, actor);

    std::vector<Appointment> targets{current};
    if (scope == SeriesScope::ThisAndFollowing && current.series_id)
        for (const auto& o : impl.appointments.of_series(*current.series_id)) {
            if (earlier(o, current))
                plan.split = true;
            else if (o.id != current.id && o.can_be_changed())
                targets.push_back(o);
        }
    const auto shift = wanted.date - current.date;
    const auto limit = today + boost::gregorian::years(2);
    for (auto a : targets) {
        a.date = a.date + shift;
        if (a.date > limit)
            throw InvalidInput(FieldError{
                "date", "too-late",
                fmt::format("appointment {} would move to {}, more than two years ahead", a.id, to_iso(a.date))});
        a.start = wanted.start;
        a.duration_min = wanted.duration_min;
        a.type = wanted.type;
        a.clinician_id = wanted.clinician_id;
        a.room = wanted.room;
        a.note = wanted.note;
        plan.targets.push_back(a);
    }
    return plan;
}
} // namespace

Booking Appointments::check_edit(std::int64_t appointment_id, const AppointmentForm& form,
                                 std::int64_t expected_version, SeriesScope scope)
{
    auto& impl = clinic_.impl();
    const auto today = clinic_.today();
    return impl.read([&] {
        auto plan = plan_edit(impl, appointment_id, form, expected_version, scope, actor_, today);
        Booking b;
        b.series_id = plan.current.series_id;
        b.appointments = std::move(plan.targets);
        NameCache names(impl);
        add_warnings(impl, b.appointments, load_diary_settings(impl), today, names, b.warnings);
        return b;
    });
}

Booking Appointments::edit(std::int64_t appointment_id, const AppointmentForm& form, std::int64_t expected_version,
                           SeriesScope scope)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    const auto today = clinic_.today();
    return impl.write([&] {
        auto plan = plan_edit(impl, appointment_id, form, expected_version, scope, actor_, today);
        const auto& current = plan.current;
        std::optional<std::int64_t> new_series;
        if (plan.split) { // this and the following ones become a series of their own
            new_series = impl.appointments.insert_series(
                current.patient_id, plan.targets.front().clinician_id,
                fmt::format("split from series {} at {}", *current.series_id, to_iso(current.date)), current.series_id,
                by);
            impl.audit.append(by, "create", "appointment-series", *new_series,
                              fmt::format("split from series {} at appointment {}", *current.series_id, current.id));
        }
        Booking b;
        b.series_id = new_series ? new_series : current.series_id;
        for (auto a : plan.targets) {
            const auto version = a.version;
            if (new_series)
                a.series_id = new_series;
            if (!impl.appointments.update(a, version, by))
                throw stale(a.id);
            a.version = version + 1;
            impl.audit.append(by, "update", "appointment", a.id,
                              fmt::format("now {} {} ({} min)", to_iso(a.date), to_iso(a.start), a.duration_min));
            b.appointments.push_back(a);
        }
        NameCache names(impl);
        add_warnings(impl, b.appointments, load_diary_settings(impl), today, names, b.warnings);
        return b;
    });
}

Booking Appointments::move(std::int64_t appointment_id, const Date& date, TimeOfDay time,
                           std::int64_t expected_version, SeriesScope scope)
{
    auto form = AppointmentForm::from(get(appointment_id));
    form.date = to_iso(date);
    form.time = to_iso(time);
    return edit(appointment_id, form, expected_version, scope);
}

Booking Appointments::move(std::int64_t appointment_id, const std::string& date, const std::string& time,
                           std::optional<std::int64_t> expected_version, SeriesScope scope)
{
    const auto current = get(appointment_id);
    auto form = AppointmentForm::from(current);
    form.date = date;
    form.time = time;
    return edit(appointment_id, form, expected_version.value_or(current.version), scope);
}

std::vector<Appointment> Appointments::set_status(std::int64_t appointment_id, AppointmentStatus status,
                                                  const std::string& reason,
                                                  std::optional<std::int64_t> expected_version, SeriesScope scope)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    const auto today = clinic_.today();
    return impl.write([&] {
        const auto current = existing_appointment(impl, appointment_id);
        if (expected_version && current.version != *expected_version)
            throw stale(appointment_id);
        if (current.session_note_id)
            throw Conflict(fmt::format("appointment {} is recorded by session note {}; its attendance is the note's",
                                       appointment_id, *current.session_note_id));
        check_status_change(current, status, reason, today);
        std::vector<Appointment> targets{current};
        if (scope == SeriesScope::ThisAndFollowing && status == AppointmentStatus::Cancelled && current.series_id)
            for (const auto& o : impl.appointments.of_series(*current.series_id))
                if (earlier(current, o) && o.can_be_changed() && !o.session_note_id)
                    targets.push_back(o);
        std::vector<Appointment> changed;
        for (auto a : targets) {
            const auto version = a.version;
            a.status = status;
            a.reason = text::trim(reason);
            if (!impl.appointments.update(a, version, by))
                throw stale(a.id);
            a.version = version + 1;
            impl.audit.append(by, "update", "appointment", a.id,
                              a.reason.empty() ? std::string(to_string(status))
                                               : fmt::format("{}: {}", to_string(status), a.reason));
            changed.push_back(a);
        }
        return changed;
    });
}

Appointment Appointments::get(std::int64_t appointment_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return existing_appointment(impl, appointment_id); });
}

std::vector<Appointment> Appointments::between(const Date& from, const Date& to, std::optional<std::int64_t> clinician)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return impl.appointments.between(from, to, clinician); });
}

std::vector<Appointment> Appointments::on_day(const Date& day, std::optional<std::int64_t> clinician)
{
    return between(day, day, clinician);
}

std::vector<Appointment> Appointments::week_of(const Date& day, std::optional<std::int64_t> clinician)
{
    const auto monday = monday_of(day);
    return between(monday, monday + days(6), clinician);
}

std::vector<DiaryEntry> Appointments::diary(const Date& day, DiarySpan span, std::optional<std::int64_t> clinician)
{
    const auto from = span == DiarySpan::Week ? monday_of(day) : day;
    const auto to = span == DiarySpan::Week ? from + days(6) : day;
    auto& impl = clinic_.impl();
    return impl.read([&] { return impl.appointments.entries_between(from, to, clinician); });
}

namespace {
// What `rows` reads, once the patient is known to exist (NotFound otherwise), in one read.
template <class Rows>
auto of_existing_patient(Clinic::Impl& impl, std::int64_t patient_id, Rows rows)
{
    return impl.read([&] {
        existing_patient(impl, patient_id);
        return rows();
    });
}
} // namespace

std::vector<Appointment> Appointments::for_patient(std::int64_t patient_id)
{
    auto& impl = clinic_.impl();
    return of_existing_patient(impl, patient_id, [&] { return impl.appointments.for_patient(patient_id); });
}

std::vector<DiaryEntry> Appointments::diary_of_patient(std::int64_t patient_id)
{
    auto& impl = clinic_.impl();
    return of_existing_patient(impl, patient_id, [&] { return impl.appointments.entries_for_patient(patient_id); });
}

std::vector<Appointment> Appointments::of_series(std::int64_t series_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return impl.appointments.of_series(series_id); });
}

std::optional<Appointment> Appointments::next_for_patient(std::int64_t patient_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return impl.appointments.next_booked(patient_id, clinic_.today()); });
}

NoteForm Appointments::note_form(std::int64_t appointment_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        const auto a = existing_appointment(impl, appointment_id);
        if (a.session_note_id)
            throw Conflict(fmt::format("appointment {} is already recorded by session note {}", a.id,
                                       *a.session_note_id));
        const auto plan = active_plan_version(impl, a.patient_id);
        auto form = next_note_form(impl.notes.for_patient(a.patient_id), plan ? &plan->plan : nullptr, clinic_.today());
        form.appointment = std::to_string(a.id);
        form.date = to_iso(a.date);
        form.start = to_iso(a.start);
        form.duration = std::to_string(a.duration_min);
        form.type = std::string(to_string(a.type));
        form.attendance = "attended";
        return form;
    });
}

Adherence Appointments::adherence(std::int64_t patient_id, const Date& from, const Date& to)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        existing_patient(impl, patient_id);
        std::vector<PlanVersion> versions;
        for (auto& episode : impl.plans.for_patient(patient_id))
            for (auto& v : episode.plan_versions)
                versions.push_back(std::move(v));
        auto result = fc::adherence(impl.notes.for_patient(patient_id), impl.home_log.for_patient(patient_id), versions,
                                    from, to);
        count_appointments(result, impl.appointments.for_patient(patient_id));
        return result;
    });
}

DiarySettings Appointments::settings()
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return load_diary_settings(impl); });
}

void Appointments::check_settings(const DiarySettingsForm& form)
{
    auto s = settings();
    apply_diary_settings_form(form, s);
}

DiarySettings Appointments::save_settings(const DiarySettingsForm& form)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        auto s = load_diary_settings(impl);
        apply_diary_settings_form(form, s);
        store_diary_settings(impl, s);
        impl.audit.append(by, "update", "settings", 0, fmt::format("hours {}; time zone {}", to_setting(s.hours),
                                                                   s.time_zone));
        return s;
    });
}

} // namespace fc
