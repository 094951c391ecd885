#include "services/patient_records.h"

#include "services/clinic_impl.h"
#include "services/flag_raising.h"
#include "services/record_lookup.h"

#include <fmt/format.h>

namespace fc {

namespace {
// Names of the fields an edit changed, for the audit trail (values stay in the record).
std::string changed_fields(const Patient& a, const Patient& b)
{
    std::string out;
    auto note = [&](const char* name, bool changed) {
        if (changed)
            out += (out.empty() ? "" : ", ") + std::string(name);
    };
    note("mrn", a.mrn != b.mrn);
    note("family", a.family_name != b.family_name);
    note("given", a.given_name != b.given_name);
    note("preferred", a.preferred_name != b.preferred_name);
    note("dob", a.dob != b.dob);
    note("sex", a.sex != b.sex);
    note("pronouns", a.pronouns != b.pronouns);
    note("phone", a.phone != b.phone);
    note("email", a.email != b.email);
    note("address", a.address != b.address);
    note("referrer", a.referrer_name != b.referrer_name);
    note("referrer-practice", a.referrer_practice != b.referrer_practice);
    note("gp", a.gp != b.gp);
    note("notes", a.notes != b.notes);
    return out;
}

Conflict duplicate_mrn(const std::string& mrn)
{
    return Conflict(fmt::format("mrn: {} is already used by another patient; MRNs must be unique", mrn));
}
} // namespace

std::int64_t PatientRecords::clinician()
{
    return acting_clinician(actor_);
}

Patient PatientRecords::existing(std::int64_t id)
{
    return existing_patient(clinic_.impl(), id);
}

Patient PatientRecords::add(const PatientForm& form)
{
    auto p = patient_from_form(form, clinic_.today());
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        if (p.mrn.empty()) {
            p.mrn = generated_mrn(impl.patients.next_id());
            for (int n = 2; impl.patients.mrn_taken(p.mrn); ++n)
                p.mrn = generated_mrn(impl.patients.next_id()) + "-" + std::to_string(n);
        } else if (impl.patients.mrn_taken(p.mrn)) {
            throw duplicate_mrn(p.mrn);
        }
        p.id = impl.patients.insert(p);
        p.version = 1;
        impl.audit.append(by, "create", "patient", p.id);
        return p;
    });
}

Patient PatientRecords::edit(std::int64_t id, const PatientForm& form, std::int64_t expected_version)
{
    auto updated = patient_from_form(form, clinic_.today());
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        const auto current = existing(id);
        if (current.version != expected_version)
            throw Conflict(fmt::format("patient {} was changed by someone else since it was loaded (version {}, now "
                                       "{}); reload it and make the change again",
                                       id, expected_version, current.version));
        if (current.archived)
            throw Conflict(fmt::format("patient {} is archived: un-archive the record before editing it", id));
        if (updated.mrn.empty())
            updated.mrn = current.mrn;
        else if (impl.patients.mrn_taken(updated.mrn, id))
            throw duplicate_mrn(updated.mrn);
        updated.id = id;
        updated.version = current.version;
        updated.archived = current.archived;
        const auto changes = changed_fields(current, updated);
        if (changes.empty())
            return current;
        if (!impl.patients.update(updated))
            throw Conflict(fmt::format("patient {} was changed by someone else; reload it and try again", id));
        ++updated.version;
        impl.audit.append(by, "update", "patient", id, changes);
        return updated;
    });
}

Patient PatientRecords::set_archived(std::int64_t id, bool archived)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        auto p = existing(id);
        if (p.archived == archived)
            return p;
        if (!impl.patients.set_archived(id, archived, p.version))
            throw Conflict(fmt::format("patient {} was changed by someone else; reload it and try again", id));
        p.archived = archived;
        ++p.version;
        impl.audit.append(by, archived ? "archive" : "unarchive", "patient", id);
        return p;
    });
}

PatientRecord PatientRecords::open(std::int64_t id)
{
    auto& impl = clinic_.impl();
    return impl.write([&] {
        auto r = whole_record(id);
        impl.audit.append(actor_.clinician_id, "open", "patient", id);
        return r;
    });
}

PatientRecord PatientRecords::reread(std::int64_t id)
{
    return clinic_.impl().read([&] { return whole_record(id); });
}

PatientRecord PatientRecords::whole_record(std::int64_t id)
{
    auto& impl = clinic_.impl();
    PatientRecord r;
    r.patient = existing(id);
    r.conditions = impl.conditions.for_patient(id);
    r.precautions = impl.precautions.for_patient(id);
    r.consents = impl.consents.for_patient(id);
    r.open_flags = impl.red_flags.list({.open_only = true, .patient_id = id});
    return r;
}

Patient PatientRecords::get(std::int64_t id)
{
    return clinic_.impl().read([&] { return existing(id); });
}

std::vector<PatientListEntry> PatientRecords::search(const PatientQuery& query)
{
    auto& impl = clinic_.impl();
    auto q = query;
    if (!q.appointments_from)
        q.appointments_from = clinic_.today();
    return impl.read([&] { return impl.patients.search(q); });
}

std::int64_t PatientRecords::count(bool include_archived)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return impl.patients.count(include_archived); });
}

std::vector<AuditEntry> PatientRecords::history(std::int64_t id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        existing(id);
        return impl.audit.for_record("patient", id);
    });
}

Precaution PatientRecords::add_precaution(std::int64_t patient_id, const PrecautionForm& form)
{
    auto p = precaution_from_form(form, clinic_.today());
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        existing(patient_id);
        p.patient_id = patient_id;
        p.id = impl.precautions.insert(p, by);
        p.version = 1;
        impl.audit.append(by, "create", "precaution", p.id, fmt::format("patient {}", patient_id));
        raise_new_flags(impl, patient_id, by, [&](const auto& ctx, const auto& settings) {
            return flags_for_precaution(p, ctx, settings);
        });
        return p;
    });
}

Precaution PatientRecords::clear_precaution(std::int64_t patient_id, std::int64_t precaution_id,
                                            const ClearanceForm& form)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        existing(patient_id);
        const auto current = impl.precautions.find(precaution_id);
        if (!current || current->patient_id != patient_id)
            throw NotFound(fmt::format("precaution {} not found for patient {}", precaution_id, patient_id));
        auto done = cleared(*current, form, actor_.name, clinic_.today());
        if (!impl.precautions.record_clearance(done, by))
            throw Conflict(fmt::format("precaution {} was changed by someone else; reload and try again",
                                       precaution_id));
        ++done.version;
        impl.audit.append(by, "clear", "precaution", precaution_id,
                          fmt::format("patient {}; cleared by {} on {}", patient_id, done.cleared_by,
                                      to_iso(*done.cleared_on)));
        return done;
    });
}

Condition PatientRecords::add_condition(std::int64_t patient_id, const ConditionForm& form)
{
    auto c = condition_from_form(form, clinic_.today());
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        existing(patient_id);
        c.patient_id = patient_id;
        c.id = impl.conditions.insert(c);
        c.version = 1;
        impl.audit.append(by, "create", "condition", c.id, fmt::format("patient {}", patient_id));
        return c;
    });
}

Consent PatientRecords::add_consent(std::int64_t patient_id, const ConsentForm& form)
{
    auto c = consent_from_form(form, clinic_.today());
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        existing(patient_id);
        c.patient_id = patient_id;
        c.clinician_id = by;
        c.id = impl.consents.insert(c);
        impl.audit.append(by, "create", "consent", c.id, fmt::format("patient {}", patient_id));
        return c;
    });
}

} // namespace fc
