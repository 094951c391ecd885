#include "store/note_form_json.h"

#include "core/errors.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>
#include <utility>

namespace fc::store {

namespace {

using Json = nlohmann::ordered_json; // keeps the documented field order in the stored text

// The text fields of a form, by their stored name.
template <class Form>
auto text_fields(Form& f)
{
    return std::to_array<std::pair<const char*, decltype(&f.date)>>({
        {"appointment", &f.appointment},
        {"date", &f.date},
        {"start", &f.start},
        {"duration", &f.duration},
        {"type", &f.type},
        {"attendance", &f.attendance},
        {"subjective", &f.subjective},
        {"objective", &f.objective},
        {"assessment", &f.assessment},
        {"plan", &f.plan},
        {"next_steps", &f.next_steps},
    });
}

template <class Measures>
auto measure_fields(Measures& m)
{
    return std::to_array<std::pair<const char*, decltype(&m.comfort)>>({
        {"pain_during", &m.pain_during},
        {"pain_after", &m.pain_after},
        {"comfort", &m.comfort},
        {"dilator_mm", &m.dilator_mm},
        {"minutes_held", &m.minutes_held},
        {"oxford", &m.oxford},
        {"perfect_p", &m.perfect_p},
        {"perfect_e", &m.perfect_e},
        {"perfect_r", &m.perfect_r},
        {"perfect_f", &m.perfect_f},
        {"bristol", &m.bristol},
    });
}

template <class Symptoms>
auto symptom_fields(Symptoms& s)
{
    return std::to_array<std::pair<const char*, decltype(&s.bleeding)>>({
        {"bleeding", &s.bleeding},
        {"sharp_pain", &s.sharp_pain},
        {"burning", &s.burning},
        {"soreness_over_24h", &s.soreness_over_24h},
        {"worsening", &s.worsening},
        {"distress", &s.distress},
    });
}

template <class Form>
auto flag_fields(Form& f)
{
    return std::to_array<std::pair<const char*, decltype(&f.screened)>>({
        {"screened", &f.screened},
        {"consent_internal", &f.consent_internal},
        {"chaperone_offered", &f.chaperone_offered},
        {"chaperone_present", &f.chaperone_present},
    });
}

[[noreturn]] void damaged(std::string_view where, std::string_view what)
{
    throw ClinicFileError(ClinicFileError::Kind::Corrupt,
                          fmt::format("the clinic file is damaged: {} is not a note form as typed ({}); restore a "
                                      "backup or ask for help",
                                      where, what));
}

const Json& member(const Json& object, const char* name, std::string_view where)
{
    const auto it = object.find(name);
    if (it == object.end())
        damaged(where, fmt::format("no \"{}\"", name));
    return *it;
}

std::string text_member(const Json& object, const char* name, std::string_view where)
{
    const auto& value = member(object, name, where);
    if (!value.is_string())
        damaged(where, fmt::format("\"{}\" is not text", name));
    return value.get<std::string>();
}

bool flag_member(const Json& object, const char* name, std::string_view where)
{
    const auto& value = member(object, name, where);
    if (!value.is_boolean())
        damaged(where, fmt::format("\"{}\" is not true or false", name));
    return value.get<bool>();
}

} // namespace

std::string note_form_to_json(const NoteForm& form)
{
    Json doc = {{"format", note_form_json_format}};
    for (const auto& [name, field] : text_fields(form))
        doc[name] = *field;
    Json measures = Json::object();
    for (const auto& [name, field] : measure_fields(form.measures))
        measures[name] = *field;
    doc["measures"] = std::move(measures);
    Json symptoms = Json::object();
    for (const auto& [name, field] : symptom_fields(form.symptoms))
        symptoms[name] = *field;
    doc["symptoms"] = std::move(symptoms);
    doc["screening"] = form.screening;
    for (const auto& [name, field] : flag_fields(form))
        doc[name] = *field;
    return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

NoteForm note_form_from_json(std::string_view json, std::string_view where)
{
    const Json doc = Json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        damaged(where, "not a JSON object");
    const auto& format = member(doc, "format", where);
    if (!format.is_number_integer())
        damaged(where, "\"format\" is not a number");
    if (format.get<int>() > note_form_json_format)
        throw ClinicFileError(ClinicFileError::Kind::NewerSchema,
                              fmt::format("{} was written by a newer FloorChart (format {}); update FloorChart",
                                          where, format.get<int>()));
    NoteForm form;
    for (const auto& [name, field] : text_fields(form))
        *field = text_member(doc, name, where);
    const auto& measures = member(doc, "measures", where);
    for (const auto& [name, field] : measure_fields(form.measures))
        *field = text_member(measures, name, where);
    const auto& symptoms = member(doc, "symptoms", where);
    for (const auto& [name, field] : symptom_fields(form.symptoms))
        *field = flag_member(symptoms, name, where);
    const auto& screening = member(doc, "screening", where);
    if (!screening.is_array())
        damaged(where, "\"screening\" is not a list");
    for (const auto& item : screening) {
        if (!item.is_string())
            damaged(where, "\"screening\" holds something other than text");
        form.screening.push_back(item.get<std::string>());
    }
    for (const auto& [name, field] : flag_fields(form))
        *field = flag_member(doc, name, where);
    return form;
}

} // namespace fc::store
