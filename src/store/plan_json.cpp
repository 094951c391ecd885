#include "store/plan_json.h"

#include "core/errors.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <climits>
#include <stdexcept>

namespace fc::store {

namespace {

using Json = nlohmann::ordered_json; // keeps the documented field order in the stored text

// ---------------------------------------------------------------------------------------------
// Writing

std::string date_text(const Date& d, std::string_view field)
{
    if (d.is_special())
        throw std::invalid_argument(fmt::format("a therapy plan's {} must be a real date", field));
    return to_iso(d);
}

Json params_json(const DilatorProgramme& p)
{
    return {{"set_id", p.set_id},
            {"start_mm", p.start_mm},
            {"target_mm", p.target_mm},
            {"minutes_start", p.minutes_start},
            {"minutes_target", p.minutes_target},
            {"per_week", p.per_week},
            {"lubricant", to_string(p.lubricant)}};
}

Json params_json(const PfmtProgramme& p)
{
    return {{"hold_s", p.hold_s}, {"reps", p.reps}, {"sets", p.sets}, {"fast", p.fast}, {"relaxation", p.relaxation}};
}

Json params_json(const BreathingPractice& p)
{
    return {{"minutes", p.minutes}, {"per_day", p.per_day}};
}

Json params_json(const PerinealMassage& p)
{
    return {{"minutes", p.minutes}, {"per_week", p.per_week}};
}

Json params_json(const HeatTherapy& p)
{
    return {{"minutes", p.minutes}, {"per_week", p.per_week}};
}

Json params_json(const Education& p)
{
    Json topics = Json::array();
    for (const auto t : p.topics)
        topics.push_back(to_string(t));
    return {{"topics", std::move(topics)}, {"other_topic", p.other_topic}};
}

Json params_json(const Referral& p)
{
    return {{"to", p.to}, {"reason", p.reason}};
}

Json override_json(const std::optional<PrecautionOverride>& o)
{
    if (!o)
        return nullptr;
    return {{"reason", o->reason},
            {"clinician_id", o->clinician_id},
            {"on", date_text(o->on, "precaution override date")},
            {"precaution_ids", o->precaution_ids}};
}

Json component_json(const PlanComponent& c)
{
    return {{"kind", to_string(c.kind())},
            {"params", std::visit([](const auto& p) { return params_json(p); }, c.params)},
            {"instructions", c.instructions},
            {"precaution_override", override_json(c.precaution_override)}};
}

Json plan_json(const TherapyPlan& plan)
{
    Json goals = Json::array();
    for (const auto& g : plan.goals)
        goals.push_back({{"text", g.text},
                         {"target_on", g.target_on ? Json(date_text(*g.target_on, "goal target")) : Json(nullptr)},
                         {"achieved", g.achieved}});
    Json components = Json::array();
    for (const auto& c : plan.components)
        components.push_back(component_json(c));
    return {{"format", plan_json_format},
            {"title", plan.title},
            {"conditions", plan.conditions},
            {"goals", std::move(goals)},
            {"start_on", date_text(plan.start_on, "start")},
            {"review_on", date_text(plan.review_on, "review date")},
            {"status", to_string(plan.status)},
            {"stop_reason", plan.stop_reason},
            {"components", std::move(components)}};
}

// ---------------------------------------------------------------------------------------------
// Reading: every field is looked up by name and checked for its type; the first problem is
// reported with the path of the field ("components[2].params.per_week").

struct Damaged {
    std::string field;
    std::string problem;
};

class Reader {
public:
    Reader(const Json& value, std::string path) : value_(value), path_(std::move(path)) {}

    Reader at(std::string_view key) const
    {
        if (!value_.is_object())
            fail("is not an object");
        const auto it = value_.find(std::string(key));
        const auto path = path_.empty() ? std::string(key) : path_ + "." + std::string(key);
        if (it == value_.end())
            throw Damaged{path, "is missing"};
        return Reader(*it, path);
    }
    bool is_null() const { return value_.is_null(); }

    std::int64_t id() const
    {
        if (!value_.is_number_integer() || (value_.is_number_unsigned() && value_.get<std::uint64_t>() > INT64_MAX))
            fail("is not a whole number");
        return value_.get<std::int64_t>();
    }
    int number() const
    {
        const auto n = id();
        if (n >= INT_MIN && n <= INT_MAX)
            return static_cast<int>(n);
        fail("is out of range");
    }
    bool flag() const
    {
        if (!value_.is_boolean())
            fail("is not true or false");
        return value_.get<bool>();
    }
    std::string text() const
    {
        if (!value_.is_string())
            fail("is not text");
        return value_.get<std::string>();
    }
    Date date() const
    {
        const auto t = text();
        if (const auto d = parse_iso_date(t))
            return *d;
        fail(fmt::format("is not a date (YYYY-MM-DD): '{}'", t));
    }
    std::optional<Date> optional_date() const
    {
        if (is_null())
            return std::nullopt;
        return date();
    }
    template <class Parse>
    auto stable_id(Parse parse) const
    {
        const auto t = text();
        if (auto value = parse(std::string_view(t)))
            return *value;
        fail(fmt::format("holds an unknown id '{}'", t));
    }
    // Each element of an array, in order, with its path.
    template <class F>
    void each(F&& f) const
    {
        if (!value_.is_array())
            fail("is not a list");
        for (std::size_t i = 0; i < value_.size(); ++i)
            f(Reader(value_[i], fmt::format("{}[{}]", path_, i)));
    }

    [[noreturn]] void fail(std::string problem) const { throw Damaged{path_.empty() ? "the document" : path_, problem}; }

private:
    const Json& value_;
    std::string path_;
};

ComponentParams read_params(ComponentKind kind, const Reader& p)
{
    switch (kind) {
    case ComponentKind::Dilator: {
        DilatorProgramme d;
        d.set_id = p.at("set_id").id();
        d.start_mm = p.at("start_mm").number();
        d.target_mm = p.at("target_mm").number();
        d.minutes_start = p.at("minutes_start").number();
        d.minutes_target = p.at("minutes_target").number();
        d.per_week = p.at("per_week").number();
        d.lubricant = p.at("lubricant").stable_id(parse_lubricant);
        return d;
    }
    case ComponentKind::Pfmt:
        return PfmtProgramme{.hold_s = p.at("hold_s").number(),
                             .reps = p.at("reps").number(),
                             .sets = p.at("sets").number(),
                             .fast = p.at("fast").number(),
                             .relaxation = p.at("relaxation").flag()};
    case ComponentKind::Breathing:
        return BreathingPractice{.minutes = p.at("minutes").number(), .per_day = p.at("per_day").number()};
    case ComponentKind::Massage:
        return PerinealMassage{.minutes = p.at("minutes").number(), .per_week = p.at("per_week").number()};
    case ComponentKind::Heat:
        return HeatTherapy{.minutes = p.at("minutes").number(), .per_week = p.at("per_week").number()};
    case ComponentKind::Education: {
        Education e;
        p.at("topics").each([&](const Reader& t) { e.topics.push_back(t.stable_id(parse_education_topic)); });
        e.other_topic = p.at("other_topic").text();
        return e;
    }
    case ComponentKind::Referral:
        return Referral{.to = p.at("to").text(), .reason = p.at("reason").text()};
    }
    p.fail("is of an unknown kind");
}

std::optional<PrecautionOverride> read_override(const Reader& o)
{
    if (o.is_null())
        return std::nullopt;
    PrecautionOverride out;
    out.reason = o.at("reason").text();
    out.clinician_id = o.at("clinician_id").id();
    out.on = o.at("on").date();
    o.at("precaution_ids").each([&](const Reader& id) { out.precaution_ids.push_back(id.id()); });
    return out;
}

PlanComponent read_component(const Reader& c)
{
    PlanComponent out;
    out.params = read_params(c.at("kind").stable_id(parse_component_kind), c.at("params"));
    out.instructions = c.at("instructions").text();
    out.precaution_override = read_override(c.at("precaution_override"));
    return out;
}

TherapyPlan read_plan(const Reader& r)
{
    TherapyPlan plan;
    plan.title = r.at("title").text();
    r.at("conditions").each([&](const Reader& c) { plan.conditions.push_back(c.text()); });
    r.at("goals").each([&](const Reader& g) {
        plan.goals.push_back(Goal{.text = g.at("text").text(),
                                  .target_on = g.at("target_on").optional_date(),
                                  .achieved = g.at("achieved").flag()});
    });
    plan.start_on = r.at("start_on").date();
    plan.review_on = r.at("review_on").date();
    plan.status = r.at("status").stable_id(parse_plan_status);
    plan.stop_reason = r.at("stop_reason").text();
    r.at("components").each([&](const Reader& c) { plan.components.push_back(read_component(c)); });
    return plan;
}

[[noreturn]] void damaged(std::string_view where, std::string_view detail)
{
    throw ClinicFileError(ClinicFileError::Kind::Corrupt,
                          fmt::format("The clinic file holds a damaged {} ({}). Run 'check' and restore a backup if "
                                      "it reports damage.",
                                      where, detail));
}

} // namespace

std::string plan_to_json(const TherapyPlan& plan)
{
    try {
        return plan_json(plan).dump(-1, ' ', false, Json::error_handler_t::strict);
    } catch (const Json::type_error& e) {
        throw std::invalid_argument(fmt::format("a therapy plan's text is not valid UTF-8 ({})", e.what()));
    }
}

TherapyPlan plan_from_json(std::string_view json, std::string_view where)
{
    const Json doc = Json::parse(json.begin(), json.end(), nullptr, false);
    if (doc.is_discarded())
        damaged(where, "it is not valid JSON");
    try {
        const Reader root(doc, "");
        const auto format = root.at("format").number();
        if (format > plan_json_format)
            throw ClinicFileError(ClinicFileError::Kind::NewerSchema,
                                  fmt::format("The clinic file holds {} written by a newer FloorChart (format {}; "
                                              "this version knows up to {}). Install the newer FloorChart to read "
                                              "it.",
                                              where, format, plan_json_format));
        if (format < 1)
            root.at("format").fail(fmt::format("is not a known format ({})", format));
        return read_plan(root);
    } catch (const Damaged& d) {
        damaged(where, d.field + " " + d.problem);
    } catch (const Json::exception& e) {
        damaged(where, e.what());
    }
}

} // namespace fc::store
