#include "services/demo_clinic.h"

#include "core/condition.h"
#include "core/patient_search.h"
#include "services/clinic_impl.h"
#include "services/demo_diary.h"
#include "services/demo_history.h"
#include "services/demo_names.h"
#include "services/demo_random.h"
#include "services/flag_raising.h"

#include <fmt/format.h>


namespace fc {

namespace {
constexpr int batch_size = 1000;

using demo::Random;

std::vector<std::int64_t> ensure_clinicians(Clinic::Impl& impl, DemoSummary& summary)
{
    std::vector<std::int64_t> ids;
    for (const auto& c : impl.clinicians.list(false))
        ids.push_back(c.id);
    if (!ids.empty())
        return ids;
    const ClinicianForm staff[] = {
        {"Harriet Ashdown", "Pelvic health physiotherapist", "PH-104233"},
        {"Tomasz Wróbel", "Pelvic health physiotherapist", "PH-118406"},
        {"Ελένη Μαρκοπούλου", "Physiotherapist", "PH-120977"},
        {"Aoife Ní Riain", "Clinical specialist physiotherapist", "PH-099512"},
    };
    for (const auto& form : staff) {
        auto c = clinician_from_form(form);
        const auto id = impl.clinicians.insert(c);
        impl.audit.append(id, "create", "clinician", id, "demo clinic");
        ids.push_back(id);
        ++summary.clinicians_added;
    }
    return ids;
}

Patient invent_patient(Random& rnd, const Date& today)
{
    const auto& pool = rnd.pick(demo::name_pools());
    Patient p;
    const bool female = rnd.chance(78);
    p.sex = female ? Sex::Female : (rnd.chance(97) ? Sex::Male : Sex::Other);
    p.family_name = std::string(rnd.pick(pool.family));
    p.given_name = std::string(female ? rnd.pick(pool.female) : rnd.pick(pool.male));
    if (rnd.chance(8))
        p.preferred_name = p.given_name.substr(0, p.given_name.find(' '));
    if (p.sex == Sex::Other)
        p.pronouns = "they/them";
    const int age_days = rnd.between(18 * 365, 86 * 365);
    p.dob = today - boost::gregorian::days(age_days);
    p.phone = fmt::format("+44 7700 900{:03d}", rnd.between(0, 999)); // reserved drama range
    if (rnd.chance(70))
        p.email = fmt::format("patient{}@example.org", rnd.between(1000, 999999));
    p.address = fmt::format("{} Example Street\nSampletown", rnd.between(1, 240));
    static const std::vector<std::string_view> referrers = {"Dr Ada Quill", "Dr Pieter Vos", "Dr Samira Haddad",
                                                            "Dr Colm Fitzgerald", "Dr Ruth Abara"};
    static const std::vector<std::string_view> practices = {"Riverside Colorectal Clinic",
                                                            "Northgate Medical Practice", "St Elsewhere Hospital",
                                                            "Harbour Lane Surgery"};
    p.referrer_name = std::string(rnd.pick(referrers));
    p.referrer_practice = std::string(rnd.pick(practices));
    p.gp = std::string(rnd.pick(referrers)) + ", " + std::string(rnd.pick(practices));
    return p;
}
// Conditions, precautions (some cleared) and consent records; returns the precautions.
std::vector<Precaution> invent_background(Clinic::Impl& impl, Random& rnd, const Patient& p, std::int64_t by,
                                          const Date& today, DemoSummary& summary)
{
    std::vector<Precaution> precautions;
    const auto& conditions = known_conditions();
    const int n_conditions = rnd.chance(25) ? 2 : 1;
    for (int k = 0; k < n_conditions; ++k) {
        const auto& known = rnd.pick(conditions);
        Condition c{.patient_id = p.id, .code = known.code, .label = known.label};
        if (rnd.chance(60))
            c.onset = today - boost::gregorian::days(rnd.between(30, 3000));
        impl.conditions.insert(c);
        ++summary.conditions_added;
    }
    if (rnd.chance(30)) {
        Precaution pr;
        pr.patient_id = p.id;
        pr.kind = rnd.pick(std::vector<PrecautionKind>(std::begin(all_precaution_kinds),
                                                       std::end(all_precaution_kinds) - 1));
        pr.noted_on = today - boost::gregorian::days(rnd.between(1, 400));
        pr.detail = "Noted at referral";
        pr.id = impl.precautions.insert(pr, by);
        pr.version = 1;
        ++summary.precautions_added;
        if (rnd.chance(50)) {
            pr.cleared_on = pr.noted_on + boost::gregorian::days(rnd.between(0, 60));
            if (*pr.cleared_on > today)
                pr.cleared_on = today;
            pr.cleared_by = p.referrer_name;
            impl.precautions.record_clearance(pr, by);
            ++pr.version;
        }
        precautions.push_back(std::move(pr));
    }
    if (rnd.chance(60)) {
        Consent c{.patient_id = p.id,
                  .clinician_id = by,
                  .on = today - boost::gregorian::days(rnd.between(0, 300)),
                  .consent_given = rnd.chance(92),
                  .chaperone_offered = true,
                  .chaperone_present = rnd.chance(20)};
        impl.consents.insert(c);
        ++summary.consents_added;
    }
    return precautions;
}
} // namespace

DemoSummary fill_demo_clinic(Clinic& clinic, const DemoOptions& options)
{
    if (options.patients < 0 || options.patients > 1'000'000)
        throw InvalidInput(FieldError{"patients", "range", "must be between 0 and 1000000"});
    auto& impl = clinic.impl();
    const auto today = clinic.today();
    Random rnd{std::mt19937(options.seed)};
    // The coming weeks' bookings from dice of their own, so the rest of the clinic stays as it was.
    Random diary_rnd{std::mt19937(options.seed ^ 0x9e3779b9u)};
    demo::TakenSlots taken;
    DemoSummary summary;

    const auto clinicians = impl.write([&] { return ensure_clinicians(impl, summary); });
    for (int start = 0; start < options.patients; start += batch_size) {
        const int end = std::min(options.patients, start + batch_size);
        impl.write([&] {
            std::int64_t next = impl.patients.next_id();
            for (int i = start; i < end; ++i) {
                auto p = invent_patient(rnd, today);
                const auto by = rnd.pick(clinicians);
                p.mrn = generated_mrn(next++);
                while (impl.patients.mrn_taken(p.mrn))
                    p.mrn = generated_mrn(next++);
                p.id = impl.patients.insert(p);
                impl.audit.append(by, "create", "patient", p.id, "demo clinic");
                ++summary.patients_added;

                const auto precautions = invent_background(impl, rnd, p, by, today, summary);
                const auto history = demo::invent_history(impl, rnd, p, precautions, by, today, taken);
                summary.plans_added += history.plans;
                summary.notes_added += history.notes;
                summary.home_log_added += history.home_log;
                summary.appointments_added += history.appointments +
                                              demo::book_coming_weeks(impl, diary_rnd, p.id, by, today, taken);
                // The flags this history calls for, as if it had been written note by note; those
                // older than two weeks were reviewed at the time, as in a clinic that keeps up.
                for (auto& f : raise_new_flags(impl, p.id, by, [](const auto& ctx, const auto& settings) {
                         return all_red_flags(ctx, settings);
                     })) {
                    ++summary.flags_raised;
                    if (f.on + boost::gregorian::days(14) < today) {
                        static const AcknowledgementForm reviewed{"advised",
                                                                  "Discussed with the patient at the next session."};
                        impl.red_flags.record_acknowledgement(
                            acknowledged(f, reviewed, by, fmt::format("{}T18:00:00Z", to_iso(f.on))));
                    }
                }
            }
        });
        if (options.progress)
            options.progress(end, options.patients);
    }
    return summary;
}

} // namespace fc
