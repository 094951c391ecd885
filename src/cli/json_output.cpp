#include "cli/json_output.h"

namespace fc::cli {

using nlohmann::json;

namespace {
json optional_date(const std::optional<Date>& d)
{
    return d ? json(to_iso(*d)) : json(nullptr);
}
} // namespace

json to_json(const Clinician& c)
{
    return {{"id", c.id},
            {"name", c.name},
            {"profession", c.profession},
            {"registration", c.registration},
            {"active", c.active},
            {"version", c.version}};
}

json to_json(const Patient& p, const Date& today)
{
    return {{"id", p.id},
            {"version", p.version},
            {"mrn", p.mrn},
            {"family_name", p.family_name},
            {"given_name", p.given_name},
            {"preferred_name", p.preferred_name},
            {"dob", to_iso(p.dob)},
            {"age", age_on(p.dob, today)},
            {"sex", std::string(to_string(p.sex))},
            {"pronouns", p.pronouns},
            {"phone", p.phone},
            {"email", p.email},
            {"address", p.address},
            {"referrer_name", p.referrer_name},
            {"referrer_practice", p.referrer_practice},
            {"gp", p.gp},
            {"notes", p.notes},
            {"archived", p.archived}};
}

json to_json(const PatientListEntry& e, const Date& today)
{
    return {{"id", e.id},
            {"mrn", e.mrn},
            {"family_name", e.family_name},
            {"given_name", e.given_name},
            {"preferred_name", e.preferred_name},
            {"dob", to_iso(e.dob)},
            {"age", age_on(e.dob, today)},
            {"sex", std::string(to_string(e.sex))},
            {"archived", e.archived},
            {"open_precautions", e.open_precautions}};
}

json to_json(const Precaution& p, const Date& today)
{
    return {{"id", p.id},
            {"patient_id", p.patient_id},
            {"kind", std::string(to_string(p.kind))},
            {"label", std::string(label(p.kind))},
            {"detail", p.detail},
            {"date", to_iso(p.noted_on)},
            {"open", p.is_open_on(today)},
            {"cleared_on", optional_date(p.cleared_on)},
            {"cleared_by", p.cleared_by},
            {"version", p.version}};
}

json to_json(const Condition& c)
{
    return {{"id", c.id},
            {"patient_id", c.patient_id},
            {"code", c.code},
            {"label", c.label},
            {"onset", optional_date(c.onset)}};
}

json to_json(const Consent& c)
{
    return {{"id", c.id},
            {"patient_id", c.patient_id},
            {"clinician_id", c.clinician_id},
            {"date", to_iso(c.on)},
            {"consent_given", c.consent_given},
            {"chaperone_offered", c.chaperone_offered},
            {"chaperone_present", c.chaperone_present},
            {"note", c.note}};
}

json to_json(const PatientRecord& r, const Date& today)
{
    auto j = to_json(r.patient, today);
    j["conditions"] = json::array();
    for (const auto& c : r.conditions)
        j["conditions"].push_back(to_json(c));
    j["precautions"] = json::array();
    for (const auto& p : r.precautions)
        j["precautions"].push_back(to_json(p, today));
    j["consents"] = json::array();
    for (const auto& c : r.consents)
        j["consents"].push_back(to_json(c));
    j["open_precautions"] = r.open_precautions_on(today);
    return j;
}

json to_json(const AuditEntry& e)
{
    return {{"id", e.id},
            {"at", e.at},
            {"clinician_id", e.clinician_id ? json(*e.clinician_id) : json(nullptr)},
            {"action", e.action},
            {"entity", e.entity},
            {"entity_id", e.entity_id},
            {"detail", e.detail}};
}

} // namespace fc::cli
